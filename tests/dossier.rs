//! `tartip dossier verify` on exported organisation dossiers: sound ones pass, and
//! missing, unfinished, expired, altered or foreign ones exit 2 with the reason.

mod command;

use std::collections::BTreeMap;

use command::tartip;
use tartip::engine::date::parse_date;
use tartip::engine::plan::plan;
use tartip::engine::text::Lang;
use tartip::engine::Catalog;
use tartip::locale::{tf, O};
use tartip::org::archive::{sha256_hex, write};
use tartip::org::{DocRecord, DocStatus, FileMeta, OrgDossier, Organisation, Workspace};

const SCAN: &[u8] = b"%PDF-1.4 scanned medical certificate";

/// A dossier for `service`/`situation` planned for `planned`, every document the plan
/// asks for ready, the first with a scanned file.
fn dossier(service: &str, situation: &str, planned: &str) -> OrgDossier {
    let mut d = OrgDossier {
        id: "d1".into(),
        organisation: "org".into(),
        service: service.into(),
        situation: situation.into(),
        planned: parse_date(planned).unwrap(),
        answers: BTreeMap::new(),
        documents: BTreeMap::new(),
        calendar: Default::default(),
    };
    let p = plan(Catalog::embedded().unwrap(), &d.request()).unwrap();
    for (i, doc) in p.documents.iter().enumerate() {
        let files = if i == 0 {
            vec![FileMeta {
                name: "scan.pdf".into(),
                mime: "application/pdf".into(),
                size: SCAN.len() as u64,
                sha256: sha256_hex(SCAN),
            }]
        } else {
            vec![]
        };
        let record = DocRecord {
            status: DocStatus::Ready,
            files,
            ..DocRecord::default()
        };
        d.documents.insert(doc.id.clone(), record);
    }
    d
}

/// `d` exported into a ZIP in the target directory, named `name`.
fn export(d: &OrgDossier, name: &str) -> String {
    let ws = Workspace {
        organisations: vec![Organisation {
            id: "org".into(),
            ..Organisation::default()
        }],
        dossiers: vec![d.clone()],
        ..Workspace::default()
    };
    let files = [(sha256_hex(SCAN), SCAN.to_vec())].into();
    let zip = write(&ws, &files, &[], when()).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, zip).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_complete_accreditation_dossier_is_sound() {
    let d = dossier(
        "kg-accreditation-personnel-certification-body",
        "initial-accreditation",
        "2026-02-02",
    );
    let n = d.documents.len();
    let path = export(&d, "sound.zip");
    let (code, out, err) = tartip(&["dossier", "verify", &path]);
    assert_eq!(code, 0, "{err}");
    let expected = tf(
        Lang::En,
        O::Sound,
        &[("file", &path), ("dossiers", "1"), ("files", "1")],
    );
    assert!(out.starts_with(&expected), "{out}");
    assert!(
        out.contains(&format!("{n} of {n} documents ready")),
        "{out}"
    );
}

#[test]
fn a_medical_certificate_twelve_months_and_a_day_old_is_expired_on_the_date() {
    // Issued 18.03.2024, "not older than 12 months": on 19.03.2025 the window reaches
    // back to 19.03.2024 only, so the certificate was last valid on 18.03.2025.
    let mut d = dossier("kg-driving-licence-issue", "nat-first-issue", "2025-03-19");
    let cert = d.documents.get_mut("medical-certificate").unwrap();
    cert.issued = Some(parse_date("2024-03-18").unwrap());
    let path = export(&d, "expired.zip");
    let (code, _, err) = tartip(&["dossier", "verify", &path, "--lang", "ru"]);
    assert_eq!(code, 2);
    let not_sound = tf(Lang::Ru, O::NotSound, &[("file", &path)]);
    assert!(err.contains(&not_sound), "{err}");
    assert!(err.contains("18.03.2025"), "{err}");
    // A day earlier the same certificate is still valid.
    let (code, out, err) = tartip(&["dossier", "verify", &path, "--on", "2025-03-18"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("18.03.2025"), "{out}");
}

#[test]
fn a_missing_document_and_an_altered_file_are_reasons_not_to_submit() {
    let mut d = dossier(
        "kg-accreditation-personnel-certification-body",
        "initial-accreditation",
        "2026-02-02",
    );
    let (id, record) = d.documents.iter_mut().nth(1).unwrap();
    let id = id.clone();
    record.status = DocStatus::InPreparation;
    let path = export(&d, "unfinished.zip");
    let (code, _, err) = tartip(&["dossier", "verify", &path]);
    assert_eq!(code, 2);
    assert!(err.contains("in preparation"), "{err}");
    let p = plan(Catalog::embedded().unwrap(), &d.request()).unwrap();
    let title = p
        .documents
        .iter()
        .find(|x| x.id == id)
        .unwrap()
        .title
        .get(Lang::En);
    assert!(err.contains(title), "{err}");

    // The same manifest with other bytes under the scan's hash: a file swapped.
    let opened = tartip::org::archive::open(&std::fs::read(&path).unwrap(), 1 << 20).unwrap();
    let sha = sha256_hex(SCAN);
    let forged = raw_zip(&[
        ("manifest.json", opened.manifest.to_json().as_bytes()),
        (&format!("files/{sha}"), b"%PDF-1.4 another certificate!"),
    ]);
    let forged_path = format!("{path}.forged.zip");
    std::fs::write(&forged_path, forged).unwrap();
    let (code, _, err) = tartip(&["dossier", "verify", &forged_path]);
    assert_eq!(code, 2);
    assert!(err.contains("does not match its SHA-256"), "{err}");
    // Bytes changed inside the ZIP itself fail its own checksum.
    let mut broken = std::fs::read(&path).unwrap();
    let at = broken.windows(SCAN.len()).position(|w| w == SCAN).unwrap();
    broken[at + 10] ^= 1;
    std::fs::write(&forged_path, broken).unwrap();
    let (code, _, err) = tartip(&["dossier", "verify", &forged_path]);
    assert_eq!(code, 2);
    assert!(err.contains("does not read"), "{err}");

    let (code, _, err) = tartip(&["dossier", "verify", "Cargo.toml"]);
    assert_eq!(code, 2);
    assert!(err.contains("does not read"), "{err}");
    let (code, _, _) = tartip(&["dossier", "check", &path]);
    assert_eq!(code, 2);
}

/// A ZIP of `entries` as given, for archives tampered with.
fn raw_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    tartip::package::zip_files(entries, when())
}

fn when() -> zip::DateTime {
    zip::DateTime::from_date_and_time(2026, 1, 5, 12, 0, 0).unwrap()
}

/// The cycle calendar of the KG accreditation dossier submitted 21.04.2025, exported,
/// then exported again after the submission moves to 28.04.2025, as `icalendar` reads
/// them.
#[test]
fn the_cycle_calendar_parses_with_its_alarms_and_updates_events_in_place() {
    use tartip::org::cycle::{calendar_events, cycle, Exported};
    use tartip::org::review::review;
    let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyenv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: bash scripts/setup.sh --tests installs it",
        python.display()
    );
    let catalog = Catalog::embedded().unwrap();
    let export = |d: &OrgDossier, previous: &Exported, name: &str| {
        let p = plan(catalog, &d.request()).unwrap();
        let cal = catalog.calendar(p.country).unwrap();
        let r = review(d, &p, cal, d.planned);
        let (events, log) = calendar_events(&cycle(d, &p, &r), &p, Lang::Ru, 10, previous);
        let ics = tartip::package::ics::calendar(&events, "Tartip", "20250401T090000Z");
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, ics).unwrap();
        let out = std::process::Command::new(&python)
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/check_cycle_ics.py"
            ))
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (parsed.as_array().unwrap().clone(), log)
    };
    let mut d = dossier(
        "kg-accreditation-personnel-certification-body",
        "initial-accreditation",
        "2025-04-21",
    );
    let (first, log) = export(&d, &Exported::default(), "cycle-1.ics");
    let starts: Vec<&str> = first.iter().map(|e| e["start"].as_str().unwrap()).collect();
    assert_eq!(starts.first(), Some(&"2025-04-21"));
    for day in ["2026-11-23", "2028-05-23", "2029-11-23"] {
        assert!(starts.contains(&day), "{day} in {starts:?}");
    }
    assert!(first
        .iter()
        .all(|e| e["alarm_days_before"] == 10 && e["sequence"] == 0));

    d.planned = parse_date("2025-04-28").unwrap();
    let (second, _) = export(&d, &log, "cycle-2.ics");
    let uids = |v: &[serde_json::Value]| {
        let mut u: Vec<String> = v
            .iter()
            .map(|e| e["uid"].as_str().unwrap().into())
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&first), uids(&second), "the same UIDs");
    let submission = second
        .iter()
        .find(|e| e["uid"] == "d1-submission@tartip")
        .unwrap();
    assert_eq!(submission["start"], "2025-04-28");
    assert_eq!(submission["sequence"], 1);
    assert!(submission["summary"]
        .as_str()
        .unwrap()
        .starts_with("Подача: "));
}
