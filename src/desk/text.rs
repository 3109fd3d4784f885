//! The card as text to paste into a chat or an e-mail, as Markdown, or as JSON. The
//! desk's "copy as text" and `tartip answer` both call [`render`], so what an operator
//! pastes and what the command line prints are the same bytes.

use super::card::Card;

/// How the card is written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain lines no longer than [`WIDTH`], no markup.
    Text,
    Markdown,
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Json];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// The longest line of the plain text, in characters: short enough for a chat window
/// on a phone, and for an e-mail without re-wrapping.
pub const WIDTH: usize = 64;

/// The card written out in `format`.
pub fn render(card: &Card, format: Format) -> String {
    match format {
        Format::Text => text(card),
        Format::Markdown => markdown(card),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(card).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

fn text(card: &Card) -> String {
    // Room for every line, its source and its wrapping, so the text is never moved.
    let room: usize = card
        .parts
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| l.text.len() + l.source.as_ref().map_or(0, |s| s.len() + 3) + 16)
        .sum();
    let mut out = String::with_capacity(card.title.len() + room * 9 / 8 + 256);
    wrap_into(&mut out, &[&card.title], "", "");
    for part in &card.parts {
        out.push('\n');
        wrap_into(&mut out, &[&part.heading.to_uppercase()], "", "");
        for line in &part.lines {
            match &line.source {
                Some(s) => wrap_into(&mut out, &[&line.text, &format!("[{s}]")], "- ", "  "),
                None => wrap_into(&mut out, &[&line.text], "- ", "  "),
            }
        }
    }
    out
}

fn markdown(card: &Card) -> String {
    let mut out = format!("## {}\n", escape(&card.title));
    for part in &card.parts {
        out.push_str(&format!("\n**{}**\n\n", escape(&part.heading)));
        for line in &part.lines {
            out.push_str("- ");
            out.push_str(&escape(&line.text));
            if let Some(s) = &line.source {
                out.push_str(&format!(" _[{}]_", escape(s)));
            }
            out.push('\n');
        }
    }
    out
}

/// Regulation text and typed answers are shown as they are, never read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The words of `pieces` greedily wrapped at [`WIDTH`] straight into `out`: the first
/// line after `first`, the rest after `rest`. A word longer than a line (an address on
/// the web) keeps its own line. Words break at ASCII spaces only: a no-break space (in
/// "7 864 ₸") holds its words together, as it does on screen.
fn wrap_into(out: &mut String, pieces: &[&str], first: &str, rest: &str) {
    out.push_str(first);
    let mut len = first.chars().count();
    let indent = rest.chars().count();
    let mut empty = true;
    for piece in pieces {
        let bytes = piece.as_bytes();
        // Words joined by single spaces are copied as one run, once the line they end
        // up on is known: `run` is where the run not yet copied starts.
        let mut run: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let gap = i;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
            let start = i;
            let mut letters = 0;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii_whitespace() {
                    break;
                }
                // A byte that is not a UTF-8 continuation byte starts a letter.
                letters += usize::from((b as i8) >= -0x40);
                i += 1;
            }
            let single_space = start == gap + 1 && bytes[gap] == b' ';
            if !empty && len + 1 + letters > WIDTH {
                if let Some(r) = run.take() {
                    out.push_str(&piece[r..gap]);
                }
                out.push('\n');
                out.push_str(rest);
                len = indent;
                empty = true;
            }
            match run {
                // The run goes on through this word's single space.
                Some(_) if single_space => {}
                _ => {
                    if let Some(r) = run.take() {
                        out.push_str(&piece[r..gap]);
                    }
                    if !empty {
                        out.push(' ');
                    }
                    run = Some(start);
                }
            }
            len += letters + usize::from(!empty);
            empty = false;
        }
        if let Some(r) = run {
            out.push_str(piece[r..].trim_end_matches(|c: char| c.is_ascii_whitespace()));
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_at_the_width_and_keep_every_word() {
        let mut out = String::new();
        let long = "слово ".repeat(40);
        wrap_into(&mut out, &[&long], "- ", "  ");
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert_eq!(out.split_whitespace().filter(|w| *w == "слово").count(), 40);
        assert!(out.starts_with("- слово"));
        assert!(out.lines().skip(1).all(|l| l.starts_with("  слово")));
        let mut out = String::new();
        let url = "x".repeat(80);
        wrap_into(&mut out, &["see", &url, "now"], "", "");
        assert_eq!(out, format!("see\n{url}\nnow\n"));
    }

    /// The plain greedy wrap, word by word: what the run-copying one must equal.
    fn naive(pieces: &[&str], first: &str, rest: &str) -> String {
        let mut lines = vec![first.to_string()];
        let mut fresh = true;
        for word in pieces.iter().flat_map(|p| p.split_ascii_whitespace()) {
            let last = lines.last_mut().unwrap();
            if !fresh && last.chars().count() + 1 + word.chars().count() > WIDTH {
                lines.push(format!("{rest}{word}"));
            } else {
                if !fresh {
                    last.push(' ');
                }
                last.push_str(word);
            }
            fresh = false;
        }
        lines.join("\n") + "\n"
    }

    #[test]
    fn the_wrap_equals_the_plain_greedy_one() {
        let words = [
            "а",
            "слово",
            "x",
            "длинноеслово",
            "7\u{202F}864",
            "[002.txt,",
            "l.",
            "12]",
        ];
        let mut seed = 7u64;
        for _ in 0..300 {
            let mut text = String::new();
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                text.push_str(words[(seed >> 33) as usize % words.len()]);
                text.push_str(["  ", " ", "\n", " ", "\t", "\r\n"][(seed >> 40) as usize % 6]);
            }
            let mut out = String::new();
            wrap_into(&mut out, &[&text, "[tail]"], "- ", "  ");
            assert_eq!(out, naive(&[&text, "[tail]"], "- ", "  "), "{text:?}");
        }
    }

    #[test]
    fn spaces_of_any_kind_between_words_become_one() {
        let mut out = String::new();
        wrap_into(&mut out, &["  a  b\tc\nd ", "e"], "- ", "  ");
        assert_eq!(out, "- a b c d e\n");
        let mut out = String::new();
        let words: Vec<String> = (0..30).map(|i| format!("w{i:02}")).collect();
        wrap_into(&mut out, &[&words.join("  ")], "", "");
        let again: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(again, words);
        assert!(
            out.lines().all(|l| l.len() <= WIDTH && !l.contains("  ")),
            "{out}"
        );
    }

    #[test]
    fn a_no_break_space_is_kept_and_never_broken() {
        let mut out = String::new();
        let amount = "7\u{202F}864\u{a0}₸";
        let text = format!("{} {amount}", "слово ".repeat(10).trim());
        wrap_into(&mut out, &[&text], "", "");
        assert!(out.contains(amount), "{out}");
    }

    #[test]
    fn markup_in_regulation_text_stays_text() {
        assert_eq!(escape("*a* [b](c) <s>"), r"\*a\* \[b\](c) \<s\>");
    }
}
