//! Citations: every figure Tartip shows carries where it comes from.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::text::Text;

/// A place in one of the regulation texts in `regulations/sources/`.
///
/// `lines` are 1-based physical lines, inclusive. `quote` is verbatim from those
/// lines; `…` marks omitted words (each fragment must occur, in order).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Shared, not copied: a plan copies hundreds of sources from the catalogue.
    pub file: Arc<str>,
    pub lines: [u32; 2],
    pub quote: Arc<str>,
    /// Tartip's reading where the text is unclear, an OCR slip is corrected, or
    /// something is inferred rather than stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

/// A legal act outside the seed texts (a labour code, a decree, a civil code). Its
/// words are shared like a [`Source`]'s: plans copy the laws they count by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalRef {
    pub title: Arc<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Arc<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<super::date::Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Arc<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Arc<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Arc<str>>,
}

impl LegalRef {
    /// "Title No. N of DATE, article A" from whatever parts are known.
    pub fn citation(&self) -> String {
        let mut s = String::with_capacity(self.title.len() + 48);
        s.push_str(&self.title);
        if let Some(n) = &self.number {
            s.extend([" ", n]);
        }
        if let Some(d) = &self.date {
            s.push_str(" (");
            s.push_str(&d.to_string());
            s.push(')');
        }
        if let Some(a) = &self.article {
            s.extend([", ", a]);
        }
        s
    }
}

impl Source {
    /// "002_….txt, l. 47" or "002_….txt, l. 93–119".
    pub fn citation(&self) -> String {
        let mut s = String::with_capacity(self.file.len() + 16);
        s.push_str(&self.file);
        s.push_str(", ");
        self.push_lines(&mut s);
        s
    }

    /// "l. 47" or "l. 93–119" onto the end of `s`: the lines alone, for a reader who
    /// already knows which text (the help desk's card names the act's file once).
    pub fn push_lines(&self, s: &mut String) {
        let [a, b] = self.lines;
        let mut digits = itoa::Buffer::new();
        s.push_str("l. ");
        s.push_str(digits.format(a));
        if a != b {
            s.push('–');
            s.push_str(digits.format(b));
        }
    }

    /// Where `quote` fails to occur in `text` at the cited lines, a description of
    /// what is wrong. Whitespace is compared loosely because the texts are OCR'd.
    pub fn check_against(&self, text: &str) -> Result<(), String> {
        let lines: Vec<&str> = text.split('\n').collect();
        let [a, b] = self.lines;
        if a == 0 || b < a || b as usize > lines.len() {
            return Err(format!(
                "{}: lines {a}–{b} are outside the file's {} lines",
                self.file,
                lines.len()
            ));
        }
        let cited = normalise(&lines[a as usize - 1..b as usize].join(" "));
        let mut rest = cited.as_str();
        for fragment in self
            .quote
            .split('…')
            .map(normalise)
            .filter(|f| !f.is_empty())
        {
            match rest.find(&fragment) {
                Some(i) => rest = &rest[i + fragment.len()..],
                None => {
                    return Err(format!(
                        "{}: quote fragment «{fragment}» not found at l. {a}–{b}",
                        self.file
                    ))
                }
            }
        }
        Ok(())
    }
}

/// Collapses runs of whitespace and drops markdown emphasis and escapes, which the
/// OCR'd texts scatter through their lines.
fn normalise(s: &str) -> String {
    let cleaned: String = s.chars().filter(|c| !matches!(c, '*' | '\\')).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(lines: [u32; 2], quote: &str) -> Source {
        Source {
            file: "t.txt".into(),
            lines,
            quote: quote.into(),
            reading: None,
        }
    }

    const TEXT: &str = "first line\n**(1) Term:** 4 working  days.\nthird line";

    #[test]
    fn a_quote_must_occur_on_its_cited_lines() {
        assert!(src([2, 2], "(1) Term: 4 working days.")
            .check_against(TEXT)
            .is_ok());
        assert!(src([1, 3], "first … third").check_against(TEXT).is_ok());
        assert!(
            src([1, 1], "4 working days").check_against(TEXT).is_err(),
            "wrong line"
        );
        assert!(
            src([1, 3], "third … first").check_against(TEXT).is_err(),
            "order matters"
        );
        assert!(
            src([3, 4], "third").check_against(TEXT).is_err(),
            "past the end"
        );
    }
}
