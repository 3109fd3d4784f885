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
    let mut out = String::new();
    wrap_into(&mut out, &card.title, "", "");
    for part in &card.parts {
        out.push('\n');
        wrap_into(&mut out, &part.heading.to_uppercase(), "", "");
        for line in &part.lines {
            let mut t = line.text.clone();
            if let Some(s) = &line.source {
                t.push_str(&format!(" [{s}]"));
            }
            wrap_into(&mut out, &t, "- ", "  ");
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

/// `s` greedily wrapped at [`WIDTH`]: the first line after `first`, the rest after
/// `rest`. A word longer than a line (an address on the web) keeps its own line.
fn wrap_into(out: &mut String, s: &str, first: &str, rest: &str) {
    let mut line = String::from(first);
    let mut len = first.chars().count();
    let mut empty = true;
    for word in s.split_whitespace() {
        let w = word.chars().count();
        if !empty && len + 1 + w > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            len = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_at_the_width_and_keep_every_word() {
        let mut out = String::new();
        let long = "слово ".repeat(40);
        wrap_into(&mut out, &long, "- ", "  ");
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert_eq!(out.split_whitespace().filter(|w| *w == "слово").count(), 40);
        assert!(out.starts_with("- слово"));
        assert!(out.lines().skip(1).all(|l| l.starts_with("  слово")));
        let mut out = String::new();
        let url = "x".repeat(80);
        wrap_into(&mut out, &format!("see {url} now"), "", "");
        assert_eq!(out, format!("see\n{url}\nnow\n"));
    }

    #[test]
    fn markup_in_regulation_text_stays_text() {
        assert_eq!(escape("*a* [b](c) <s>"), r"\*a\* \[b\](c) \<s\>");
    }
}
