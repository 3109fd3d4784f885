//! The print-ready HTML page (print it to PDF from the browser). Every text is escaped
//! and isolated with `<bdi>`, so whatever the applicant typed (markup, quotes,
//! right-to-left marks) shows as typed and runs nothing.

use super::content::{tick_mark, Block};
use crate::engine::text::Lang;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}\
h1{font-size:1.4rem;text-align:center}h2{font-size:1.1rem;margin-top:1.6rem}\
.field{display:flex;gap:.5rem;border-bottom:1px solid #999;padding:.3rem 0}.field b{min-width:40%}\
ul{padding-left:1.2rem}ul.checks{list-style:none;padding-left:0}li{margin:.25rem 0}.note{color:#444;font-size:.85rem;border-left:3px solid #bbb;padding-left:.6rem}\
@media print{body{margin:0}}";

/// A whole page: `sections` are rendered one after another.
pub fn page(title: &str, lang: Lang, sections: &[&[Block]]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(title)
    );
    for blocks in sections {
        for b in blocks.iter() {
            out.push_str(&block(b));
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn block(b: &Block) -> String {
    let x = |s: &str| format!("<bdi>{}</bdi>", escape(s));
    match b {
        Block::Title(s) => format!("<h1>{}</h1>\n", x(s)),
        Block::Heading(s) => format!("<h2>{}</h2>\n", x(s)),
        Block::Para(s) => format!("<p>{}</p>\n", x(s)),
        Block::Note(s) => format!("<p class=\"note\">{}</p>\n", x(s)),
        Block::Field { label, value } => format!(
            "<div class=\"field\"><b>{}</b><span>{}</span></div>\n",
            x(label),
            x(value)
        ),
        Block::Values { label, values } => {
            let v: Vec<String> = values.iter().map(|v| x(v)).collect();
            format!("<p>{} {}</p>\n", x(label), v.join(", "))
        }
        Block::List(items) => {
            let li: String = items
                .iter()
                .map(|(tick, s)| format!("<li>{}{}</li>", tick_mark(*tick), x(s)))
                .collect();
            // A checklist shows its boxes instead of bullets.
            let class = if items.iter().any(|(t, _)| t.is_some()) {
                " class=\"checks\""
            } else {
                ""
            };
            format!("<ul{class}>{li}</ul>\n")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_markup_is_text() {
        let hostile = "<script>alert(1)</script> \"O'Brien\" & Co \u{202e}abc";
        let html = page(
            hostile,
            Lang::En,
            &[&[Block::Field {
                label: "Name".into(),
                value: hostile.into(),
            }]],
        );
        assert!(!html.contains("<script>"));
        assert!(html.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;O&#39;Brien&quot; &amp; Co \u{202e}abc"
        ));
        assert!(html.contains("<bdi>&lt;script&gt;"));
    }
}
