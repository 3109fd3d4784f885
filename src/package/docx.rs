//! The application as a DOCX file (Office Open XML, ECMA-376): the smallest valid
//! package Word and LibreOffice open: content types, the package relationship, and one
//! document part. Written directly rather than with a DOCX crate, which would add
//! hundreds of kilobytes to a bundle that ships to phones for these few paragraphs.
//! Parts are stored uncompressed (allowed by the OPC): a deflate encoder would cost
//! the bundle about 25 KB to save a few kilobytes of download.

use super::content::{tick_mark, Block};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

/// Text in XML: markup characters escaped, and characters XML 1.0 cannot carry (C0
/// controls other than tab and line breaks) dropped.
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A value the applicant typed, wrapped in first-strong isolate marks so that a
/// right-to-left override inside it cannot reorder anything after it (Unicode UAX #9).
fn isolated(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

fn run(text: &str, bold: bool, size_half_points: Option<u32>) -> String {
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/>");
    }
    if let Some(s) = size_half_points {
        props.push_str(&format!("<w:sz w:val=\"{s}\"/>"));
    }
    let rpr = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!(
        "<w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        xml_text(text)
    )
}

fn para(runs: &str, center: bool) -> String {
    let ppr = if center {
        "<w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    } else {
        ""
    };
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn body(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        out.push_str(&match b {
            Block::Title(s) => para(&run(s, true, Some(32)), true),
            Block::Heading(s) => para(&run(s, true, Some(26)), false),
            Block::Para(s) => para(&run(s, false, None), false),
            Block::Note(s) => para(&run(s, false, Some(18)), false),
            Block::Field { label, value } => para(
                &format!(
                    "{}{}",
                    run(&format!("{label}: "), true, None),
                    run(&isolated(value), false, None)
                ),
                false,
            ),
            Block::Values { label, values } => {
                let runs: Vec<String> = values
                    .iter()
                    .map(|v| run(&isolated(v), false, None))
                    .collect();
                para(
                    &format!(
                        "{}{}",
                        run(&format!("{label} "), true, None),
                        runs.join(&run(", ", false, None))
                    ),
                    false,
                )
            }
            Block::List(items) => items
                .iter()
                .map(|(tick, s)| {
                    // A paragraph per item: a bullet where there is no tick box.
                    let mark = if tick.is_some() {
                        tick_mark(*tick)
                    } else {
                        "• "
                    };
                    para(&run(&format!("{mark}{s}"), false, None), false)
                })
                .collect(),
        });
    }
    out
}

/// The DOCX bytes of a document made of `blocks`.
pub fn document(title: &str, blocks: &[Block]) -> Vec<u8> {
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        body(blocks)
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>Tartip</dc:creator></cp:coreProperties>",
        xml_text(title)
    );
    super::zip_files(
        &[
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ("_rels/.rels", RELS.as_bytes()),
            ("docProps/core.xml", core.as_bytes()),
            ("word/document.xml", doc.as_bytes()),
        ],
        zip::DateTime::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    #[test]
    fn the_package_has_its_parts_and_typed_text_is_escaped() {
        let hostile = "<script>alert(1)</script> \"A&B\" \u{1}";
        let bytes = document(
            "t",
            &[Block::Field {
                label: "ФИО".into(),
                value: hostile.into(),
            }],
        );
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let names: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "docProps/core.xml",
        ] {
            assert!(names.iter().any(|n| n == part), "{part} in {names:?}");
        }
        let mut doc = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut doc)
            .unwrap();
        assert!(doc.contains("ФИО: </w:t>"));
        assert!(doc.contains(
            "\u{2068}&lt;script&gt;alert(1)&lt;/script&gt; &quot;A&amp;B&quot; \u{2069}</w:t>"
        ));
        assert!(!doc.contains("<script>"));
    }
}
