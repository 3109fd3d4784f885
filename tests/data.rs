//! Validates every data file in `regulations/`: strict parsing, sound references, and
//! every source quote found verbatim at its cited lines of the seed text.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tartip::engine::calendar::{Calendar, DayKind};
use tartip::engine::regulation::Service;
use tartip::engine::validate::{quote_problems, service_problems};
use tartip::engine::Catalog;

fn regulations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations")
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_embedded_catalogue_loads() {
    let catalog = Catalog::embedded().expect("embedded data parse");
    assert_eq!(catalog.services.len(), json_files(&regulations()).len());
}

#[test]
fn every_service_file_is_sound() {
    let mut problems = Vec::new();
    for path in json_files(&regulations()) {
        let text = fs::read_to_string(&path).unwrap();
        let service: Service = match serde_json::from_str(&text) {
            Ok(s) => s,
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        assert_eq!(
            path.file_stem().unwrap().to_str().unwrap(),
            service.id,
            "file name equals the service id"
        );
        problems.extend(service_problems(&service));
    }
    assert!(
        problems.is_empty(),
        "data problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_quote_occurs_at_its_cited_lines() {
    let mut problems = Vec::new();
    let mut checked = 0;
    let acts = json_files(&regulations().join("acts"));
    assert!(acts.len() >= 5, "the five acts of the seeds");
    for path in json_files(&regulations()).into_iter().chain(acts) {
        let value: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let (n, bad) = quote_problems(&value, &regulations().join("sources"));
        assert!(n > 0, "{} cites nothing", path.display());
        checked += n;
        problems.extend(bad.into_iter().map(|p| format!("{}: {p}", path.display())));
    }
    assert!(
        problems.is_empty(),
        "{} bad quotes:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked > 50, "only {checked} quotes checked");
}

#[test]
fn indices_are_continuous_and_sourced() {
    let catalog = Catalog::embedded().unwrap();
    let mrp = catalog.index("kz-mrp").expect("the MRP table");
    assert!(mrp.problems().is_empty(), "{:?}", mrp.problems());
    assert_eq!(mrp.values.first().unwrap().from.to_string(), "2013-01-01");
    assert_eq!(mrp.values.last().unwrap().to.to_string(), "2026-12-31");
    assert!(mrp.values.iter().all(|v| !v.source.title.is_empty()));
    // Spot checks against the budget laws (regulations/indices/kz-mrp-notes.md).
    let on = |d: &str| {
        mrp.on(tartip::engine::date::parse_date(d).unwrap())
            .unwrap()
            .value
    };
    assert_eq!(on("2020-03-31"), 2651.0);
    assert_eq!(on("2020-04-01"), 2778.0);
    assert_eq!(
        on("2022-06-01"),
        3063.0,
        "state duties stayed at 3 063 all of 2022"
    );
    assert_eq!(on("2025-03-19"), 3932.0);
}

#[test]
fn sources_are_the_seed_texts_unchanged() {
    // The copies in regulations/sources/ must stay byte-identical to the seed texts they
    // cite: regulations/sources.sha256 (`sha256sum -c` reads it) holds their SHA-256,
    // taken from ../shared/seeds/, and where those seeds are at hand they are compared too.
    use sha2::{Digest, Sha256};
    let sums = fs::read_to_string(regulations().join("sources.sha256")).unwrap();
    let listed: Vec<(&str, &str)> = sums
        .lines()
        .map(|l| l.split_once("  ").expect("`HASH  FILE` lines"))
        .collect();
    let mut present: Vec<String> = fs::read_dir(regulations().join("sources"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    present.sort();
    let names: Vec<&str> = listed.iter().map(|(_, f)| *f).collect();
    assert_eq!(
        present, names,
        "every source text has its hash, and no more"
    );
    let seeds = regulations().join("../../shared/seeds");
    for (hash, file) in listed {
        let bytes = fs::read(regulations().join("sources").join(file)).unwrap();
        let got: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(got, hash, "{file} differs from the seed text");
        if let Ok(seed) = fs::read(seeds.join(file)) {
            assert!(seed == bytes, "{file} differs from ../shared/seeds/{file}");
        }
    }
}

#[test]
fn calendars_cover_their_years_and_cite_every_entry() {
    for path in json_files(&regulations().join("calendars")) {
        let cal = Calendar::from_json(&fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let f = &cal.file;
        let name = path.display();
        for year in f.covers.from..=f.covers.to {
            assert!(
                f.years.iter().any(|y| y.year == year),
                "{name}: no status for {year}"
            );
        }
        for h in &f.holidays {
            assert!(
                !h.source.title.is_empty(),
                "{name}: holiday {} unsourced",
                h.date
            );
            assert!(
                h.name.en.is_some() && h.name.ru.is_some(),
                "{name}: holiday {} lacks ru/en name",
                h.date
            );
        }
        for t in &f.transfers {
            assert!(!t.source.title.is_empty(), "{name}: transfer unsourced");
            let (first, last) = cal.span();
            let covered = |d: &chrono::NaiveDate| (first..=last).contains(d);
            if let Some(d) = t.working_day.filter(covered) {
                assert!(
                    cal.is_working(d).unwrap(),
                    "{name}: {d} should be a working day"
                );
            }
            if let Some(d) = t.day_off.filter(covered) {
                assert_eq!(
                    cal.kind(d).unwrap(),
                    DayKind::TransferredDayOff(
                        f.transfers.iter().position(|x| std::ptr::eq(x, t)).unwrap() as u16
                    ),
                    "{name}: {d}"
                );
            }
        }
        for r in &f.carry_over_rules {
            assert!(
                !r.source.title.is_empty(),
                "{name}: carry-over rule unsourced"
            );
        }
    }
}

/// Every counting rule cites, for every day from 2013 to 2030, exactly one law it rests
/// on (the labour code or civil code then in force), and no period ends before it begins.
#[test]
fn every_counting_rule_cites_the_law_in_force_on_every_day() {
    use tartip::engine::date::Date;
    use tartip::engine::term::{BasisRole, CountryConventions, DatedBasis};
    let mut problems = Vec::new();
    for path in json_files(&regulations().join("conventions")) {
        let c: CountryConventions =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let mut rules: Vec<(&str, &[DatedBasis])> =
            vec![("working_day", c.working_day.bases.as_slice())];
        rules.extend(c.rules.iter().map(|r| (r.id.as_str(), r.bases.as_slice())));
        for (id, bases) in rules {
            for b in bases {
                if b.to.is_some_and(|to| to < b.from) {
                    problems.push(format!(
                        "{}: {id}: a period ends before it begins",
                        path.display()
                    ));
                }
            }
            let mut day = Date::from_ymd_opt(2013, 1, 1).unwrap();
            let last = Date::from_ymd_opt(2030, 12, 31).unwrap();
            while day <= last {
                let mains = bases
                    .iter()
                    .filter(|b| b.role == BasisRole::Main && b.covers(day))
                    .count();
                if mains != 1 {
                    problems.push(format!(
                        "{}: {id}: {mains} main bases on {day}",
                        path.display()
                    ));
                    break;
                }
                day = day.succ_opt().unwrap();
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A holiday's name is read in every language of the app: a Kyrgyz holiday named to a
/// Kazakh reader, and the reverse, not in Russian by default.
#[test]
fn every_holiday_is_named_in_all_four_languages() {
    for country in ["kg", "kz"] {
        let path = regulations().join(format!("calendars/{country}.json"));
        let cal: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        for h in cal["holidays"].as_array().unwrap() {
            for lang in ["ky", "kk", "ru", "en"] {
                let name = h["name"][lang].as_str().unwrap_or_default();
                assert!(
                    !name.trim().is_empty(),
                    "{country}: {lang} name missing in {h}"
                );
            }
        }
    }
}
