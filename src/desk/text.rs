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
    let mut cited = String::new();
    for part in &card.parts {
        out.push('\n');
        wrap_into(&mut out, &[&part.heading.to_uppercase()], "", "");
        for line in &part.lines {
            match &line.source {
                Some(s) => {
                    cited.clear();
                    cited.extend(["[", s, "]"]);
                    wrap_into(&mut out, &[&line.text, &cited], "- ", "  ");
                }
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
    let mut line = Line {
        len: first.chars().count(),
        indent: rest.chars().count(),
        empty: true,
    };
    out.push_str(first);
    for piece in pieces {
        let piece = piece.trim_matches(|c: char| c.is_ascii_whitespace());
        if tidy(piece) {
            line.wrap_tidy(out, piece, rest);
        } else {
            line.wrap_words(out, piece, rest);
        }
    }
    out.push('\n');
}

/// Where the line being written stands.
struct Line {
    /// Its length so far, in characters.
    len: usize,
    /// The length of the indent that starts each further line.
    indent: usize,
    /// Whether no word is on it yet.
    empty: bool,
}

impl Line {
    fn break_line(&mut self, out: &mut String, rest: &str) {
        out.push('\n');
        out.push_str(rest);
        self.len = self.indent;
        self.empty = true;
    }

    /// A piece whose words are joined by single spaces (most of a card): whole lines
    /// are copied at once, each cut at the last space that fits.
    fn wrap_tidy(&mut self, out: &mut String, piece: &str, rest: &str) {
        let mut s = piece;
        while !s.is_empty() {
            let sep = usize::from(!self.empty);
            let avail = WIDTH.saturating_sub(self.len + sep);
            let Some(limit) = char_boundary_after(s, avail) else {
                // The rest of the piece fits on this line.
                if sep == 1 {
                    out.push(' ');
                }
                out.push_str(s);
                self.len += sep + s.chars().count();
                self.empty = false;
                return;
            };
            let cut = if s.as_bytes()[limit] == b' ' {
                Some(limit)
            } else {
                s[..limit].rfind(' ')
            };
            match cut {
                Some(cut) => {
                    if sep == 1 {
                        out.push(' ');
                    }
                    out.push_str(&s[..cut]);
                    self.break_line(out, rest);
                    s = &s[cut + 1..];
                }
                // Not even the first word fits: on a fresh line if this one has words,
                // else on a line of its own, however long.
                None if !self.empty => self.break_line(out, rest),
                None => {
                    let end = s.find(' ').unwrap_or(s.len());
                    out.push_str(&s[..end]);
                    self.len += s[..end].chars().count();
                    self.empty = false;
                    s = s[end..].trim_start_matches(' ');
                    if !s.is_empty() {
                        self.break_line(out, rest);
                    }
                }
            }
        }
    }

    /// Any piece, word by word: spaces of any kind and number between words become one.
    /// Words joined by single spaces are copied as one run, once the line they end up
    /// on is known.
    fn wrap_words(&mut self, out: &mut String, piece: &str, rest: &str) {
        let bytes = piece.as_bytes();
        // `run` is where the run not yet copied starts.
        let mut run: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let gap = i;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let start = i;
            let mut letters = 0;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii_whitespace() {
                    break;
                }
                letters += usize::from(starts_letter(b));
                i += 1;
            }
            let single_space = start == gap + 1 && bytes[gap] == b' ';
            if !self.empty && self.len + 1 + letters > WIDTH {
                if let Some(r) = run.take() {
                    out.push_str(&piece[r..gap]);
                }
                self.break_line(out, rest);
            }
            match run {
                // The run goes on through this word's single space.
                Some(_) if single_space => {}
                _ => {
                    if let Some(r) = run.take() {
                        out.push_str(&piece[r..gap]);
                    }
                    if !self.empty {
                        out.push(' ');
                    }
                    run = Some(start);
                }
            }
            self.len += letters + usize::from(!self.empty);
            self.empty = false;
        }
        if let Some(r) = run {
            out.push_str(&piece[r..]);
        }
    }
}

/// A byte that is not a UTF-8 continuation byte starts a letter.
fn starts_letter(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// Whether a trimmed piece has only single ASCII spaces between its words (no tabs,
/// line breaks or runs of spaces). One scan of each byte and the next, with no early
/// exit, so the compiler can do it many bytes at a time.
fn tidy(piece: &str) -> bool {
    let bytes = piece.as_bytes();
    let Some(&last) = bytes.last() else {
        return true;
    };
    let untidy = bytes
        .iter()
        .zip(&bytes[1..])
        .fold(u8::from(last < 0x20), |any, (&b, &n)| {
            any | u8::from(b < 0x20) | (u8::from(b == b' ') & u8::from(n == b' '))
        });
    untidy == 0
}

/// The byte at which the letter after the first `n` of `s` starts, or `None` if `s`
/// has no more than `n` letters. Eight bytes at a time while whole words fit.
fn char_boundary_after(s: &str, n: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A continuation byte is 10xxxxxx: its top bit set, the next one clear. The
        // marks are summed by one multiplication (no popcount on baseline x86-64).
        let marks = (x & !(x << 1) & HIGH) >> 7;
        let continuation = (marks.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        let letters = 8 - continuation;
        if seen + letters > n {
            break;
        }
        seen += letters;
        i += 8;
    }
    for (j, &b) in bytes[i..].iter().enumerate() {
        if starts_letter(b) {
            if seen == n {
                return Some(i + j);
            }
            seen += 1;
        }
    }
    None
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
        let long = "https://kca.gov.kg/publication/very/long/address/of/the/procedure";
        let words = [&words[..], &[long]].concat();
        // Mixed spaces take the word-by-word path; single spaces the line-by-line one.
        let spacing: [&[&str]; 2] = [&["  ", " ", "\n", " ", "\t", "\r\n"], &[" "]];
        let mut seed = 7u64;
        for i in 0..600 {
            let gaps = spacing[i % 2];
            let mut text = String::new();
            let n = (seed % 60) as usize;
            for _ in 0..n {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                text.push_str(words[(seed >> 33) as usize % words.len()]);
                text.push_str(gaps[(seed >> 40) as usize % gaps.len()]);
            }
            assert_eq!(
                tidy(text.trim()),
                i % 2 == 1 || !text.trim().contains(char::is_whitespace)
            );
            for first in ["- ", "", &"x".repeat(70)] {
                let mut out = String::new();
                wrap_into(&mut out, &[&text, "[tail]", &text], first, "  ");
                let want = naive(&[&text, "[tail]", &text], first, "  ");
                assert_eq!(out, want, "{text:?}");
            }
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
