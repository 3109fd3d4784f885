//! `check`: every data file, quote and plan case, for editors.

use std::fmt::Write;

use super::{catalog, CliError, Flags};
use crate::locale::{tf, S};

/// Validates every data file, every quote and every plan case; lists each problem.
pub(super) fn check(f: &Flags, dir: &str) -> Result<String, CliError> {
    let lang = f.lang()?;
    use crate::engine::cases::{check_case, CaseFile};
    use crate::engine::validate::{quote_problems, service_problems};
    let root = std::path::Path::new(dir);
    let catalog = catalog()?;
    let mut out = String::new();
    let mut problems = 0;
    let mut quotes = 0;
    for s in &catalog.services {
        for p in service_problems(s) {
            let _ = writeln!(out, "{p}");
            problems += 1;
        }
    }
    // Every quote of every service file and act file, at its cited lines.
    let files = catalog
        .services
        .iter()
        .map(|s| (s.id.clone(), root.join(format!("{}.json", s.id))))
        .chain(catalog.acts().map(|a| {
            (
                format!("act {}", a.id),
                root.join("acts").join(format!("{}.json", a.id)),
            )
        }));
    for (name, path) in files {
        let value: serde_json::Value = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let (n, bad) = quote_problems(&value, &root.join("sources"));
        quotes += n;
        for p in bad {
            let _ = writeln!(out, "{name}: {p}");
            problems += 1;
        }
    }
    let cases_dir = std::path::PathBuf::from(f.one("cases").unwrap_or("tests/cases"));
    let mut cases = 0;
    let mut files: Vec<_> = std::fs::read_dir(&cases_dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
    {
        let parsed: Result<CaseFile, String> = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()));
        match parsed {
            Err(e) => {
                let _ = writeln!(out, "{}: {e}", path.display());
                problems += 1;
            }
            Ok(file) => {
                for case in &file.cases {
                    cases += 1;
                    for p in check_case(catalog, &file.service, case) {
                        let _ = writeln!(out, "{} «{}»: {p}", file.service, case.name);
                        problems += 1;
                    }
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{}",
        tf(
            lang,
            S::CliCheckSummary,
            &[
                ("services", &catalog.services.len().to_string()),
                ("quotes", &quotes.to_string()),
                ("cases", &cases.to_string()),
                ("problems", &problems.to_string()),
            ],
        )
    );
    if problems > 0 {
        print!("{out}");
        return Err(CliError::Failed(tf(
            lang,
            S::CliProblems,
            &[("n", &problems.to_string())],
        )));
    }
    Ok(out)
}
