//! Runs every plan case in `tests/cases/*.json` against the embedded data.

use std::fs;
use std::path::Path;

use tartip::engine::cases::{check_case, CaseFile};
use tartip::engine::Catalog;

#[test]
fn every_plan_case_holds() {
    let catalog = Catalog::embedded().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
    {
        let file: CaseFile = serde_json::from_str(&fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            catalog.service(&file.service).is_some(),
            "{}: unknown service",
            path.display()
        );
        for case in &file.cases {
            count += 1;
            for problem in check_case(catalog, &file.service, case) {
                failures.push(format!("{} «{}»: {problem}", file.service, case.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count > 0);
    println!("{count} plan cases hold");
}

#[test]
fn every_service_has_at_least_three_cases() {
    let catalog = Catalog::embedded().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for s in &catalog.services {
        let path = dir.join(format!("{}.json", s.id));
        let file: CaseFile = serde_json::from_str(
            &fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} has no cases file", s.id)),
        )
        .unwrap();
        assert!(
            file.cases.len() >= 3,
            "{}: {} cases",
            s.id,
            file.cases.len()
        );
    }
}
