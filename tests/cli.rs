//! The CLI contract: stable output that help-desk scripts and tests depend on.

mod command;

use command::tartip;

use serde_json::Value;
use tartip::engine::calendar::Country;
use tartip::engine::date::DateError;
use tartip::engine::plan::Warning;
use tartip::engine::text::Lang;
use tartip::engine::Catalog;
use tartip::locale::{date_error, text, tf, Say, M, S};

fn json(args: &[&str]) -> Value {
    let (code, out, err) = tartip(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

/// The 20 services of the five seed regulations (issue list of the data work).
#[test]
fn services_lists_all_twenty_services_of_the_seeds() {
    let v = json(&["services", "--json"]);
    let mut ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "kg-accreditation-personnel-certification-body",
            "kg-driving-licence-issue",
            "kz-certification-centre-accreditation",
            "kz-eir-is-state-register-registration",
            "kz-foreign-standards-registration",
            "kz-forensic-expert-attestation",
            "kz-forensic-expertise-qualification",
            "kz-independent-expert-accreditation",
            "kz-is-software-deposit",
            "kz-kkm-computer-system-conformity-conclusion",
            "kz-measuring-instrument-type-approval",
            "kz-medical-organisation-accreditation",
            "kz-metrological-attestation-certificate",
            "kz-metrology-expert-auditor-certificate",
            "kz-nca-registration-certificate-issue-revoke",
            "kz-organ-tissue-blood-import-export-licence",
            "kz-specialist-certificate-no-category",
            "kz-specialist-certificate-with-category",
            "kz-state-flag-emblem-licence",
            "kz-tr-expert-auditor-attestat",
        ]
    );
}

#[test]
fn services_lists_the_driving_licence_with_its_situations_typical_path_first() {
    let v = json(&["services", "--json"]);
    let dl = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "kg-driving-licence-issue")
        .expect("the driving licence is listed");
    assert_eq!(dl["country"], "KG");
    assert_eq!(dl["act"], "kg-mia-regulation-dl-2022");
    assert_eq!(
        dl["standing_today"]["kind"], "in_force_as_far_as_text_shows",
        "no repeal is known, and the text does not date its entry into force"
    );
    assert_eq!(
        dl["title"],
        "Issue of a driving licence (national and international)"
    );
    let situations: Vec<&str> = dl["situations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(
        situations,
        [
            "nat-first-issue",
            "nat-higher-category",
            "nat-retraining-cd",
            "nat-return-after-deprivation",
            "intl-in-person",
            "intl-via-representative",
            "replace-previously-issued",
            "replace-lost",
            "abroad-via-consulate",
            "foreign-dl-exchange"
        ]
    );
}

/// Source: 002_6dedd84d796291a7.txt l. 27, 93–119, 128.
#[test]
fn plan_json_has_the_contract_fields() {
    let v = json(&[
        "plan",
        "kg-driving-licence-issue",
        "--situation",
        "replace-lost",
        "--submitted",
        "2025-03-19",
        "--json",
    ]);
    assert_eq!(v["service"], "kg-driving-licence-issue");
    assert_eq!(v["situation"], "replace-lost");
    assert_eq!(v["submitted"], "2025-03-19");
    let reg = &v["regulation"];
    assert!(reg["act"].is_string());
    assert_eq!(reg["in_force"], true, "in force as far as the text shows");
    assert_eq!(reg["standing"]["kind"], "in_force_as_far_as_text_shows");
    assert_eq!(reg["period"]["first_day"]["earliest"]["date"], "2022-01-01");
    assert_eq!(
        reg["period"]["first_day"]["earliest"]["basis"]["kind"],
        "signed_in_year"
    );
    assert_eq!(reg["period"]["last_day"], Value::Null, "no repeal known");
    let doc = &v["documents"][0];
    for key in [
        "id",
        "title",
        "original_or_copy",
        "condition",
        "issued_not_before",
        "source",
    ] {
        assert!(doc.get(key).is_some(), "documents[0] lacks {key}");
    }
    let fee = &v["fees"][0];
    assert_eq!(fee["id"], "service-fee");
    // A typed charge: the regulation leaves the price to a list it does not contain.
    assert_eq!(
        fee["charge"]["kind"], "price_list",
        "the regulation gives no amount"
    );
    assert!(fee["charge"]["set_by"].is_string());
    assert!(fee.get("source").is_some(), "fees[0] lacks its source");
    let step = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "4.1")
        .unwrap();
    assert_eq!(step["term"]["max"], 4);
    assert_eq!(step["term"]["unit"], "working_days");
    assert_eq!(step["due"], "2025-03-26");
    assert_eq!(v["completion"]["earliest"], "2025-03-19");
    assert_eq!(v["completion"]["latest"], "2025-03-26");
    // Why this date, as a typed basis the reader words: the overall term from submission.
    let basis = &v["completion"]["basis"];
    assert_eq!(basis["kind"], "overall_term");
    assert_eq!(
        (basis["from"].as_str(), basis["to"].as_str()),
        (Some("2025-03-19"), Some("2025-03-26"))
    );
    assert_eq!(basis["from_step"], Value::Null);
    assert_eq!(basis["term"]["max"], 4);
    let gap = v["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["what"].as_str().unwrap().contains("fee amount"))
        .unwrap();
    assert!(gap["refers_to"].as_str().unwrap().contains("antimonopoly"));
    assert!(gap["source"]["lines"] == serde_json::json!([128, 128]));
    // Warnings are typed facts: a kind and its data, worded by the reader.
    let warnings = v["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().all(|w| w["kind"].is_string()),
        "{warnings:?}"
    );
    assert!(warnings
        .iter()
        .any(|w| w["kind"] == "act_in_force_as_far_as_text_shows"
            && w["as_of"] == "2026-11-23"
            && w["entry_undated"] == true));
}

#[test]
fn add_prints_the_date_alone() {
    let (code, out, _) = tartip(&[
        "add",
        "--country",
        "KG",
        "--from",
        "2025-03-19",
        "--working-days",
        "4",
    ]);
    assert_eq!((code, out.as_str()), (0, "2025-03-26\n"));
    // 31 January + 1 month clamps to 28 February 2025 (a Friday, a working day).
    let (_, out, _) = tartip(&[
        "add",
        "--country",
        "KZ",
        "--from",
        "2025-01-31",
        "--months",
        "1",
    ]);
    assert_eq!(out, "2025-02-28\n");
}

/// A plan on a day the act no longer applies says so, lists nothing as applying, and
/// points to the last day it did. Source: 004 l. 5–9 (repealed by order 877, in force
/// 21 days after its publication; the copy received on 23.11.2026 already marks it).
#[test]
fn a_plan_after_the_repeal_lists_nothing_and_points_to_the_last_day_in_force() {
    let args = [
        "plan",
        "kz-is-software-deposit",
        "--situation",
        "deposit",
        "--submitted",
        "2026-12-07",
    ];
    let v = json(&[&args[..], &["--json"]].concat());
    assert_eq!(v["regulation"]["standing"]["kind"], "repealed");
    assert_eq!(v["applies"], false);
    assert_eq!(v["documents"], serde_json::json!([]));
    assert_eq!(v["steps"], serde_json::json!([]));
    assert_eq!(v["fees"], serde_json::json!([]));
    assert_eq!(v["completion"]["latest"], Value::Null);
    assert_eq!(v["regulation"]["nearest_day_in_force"], "2015-09-14");
    assert_eq!(v["warnings"][0]["kind"], "act_repealed");
    assert_eq!(v["warnings"][0]["last_day_earliest"], "2015-09-14");
    assert_eq!(v["warnings"][0]["last_day_latest"], "2026-11-22");
    let (code, out, _) = tartip(&args);
    assert_eq!(code, 0);
    assert!(out.contains("— repealed"), "{out}");
    assert!(
        out.contains(
            "tartip plan kz-is-software-deposit --situation deposit --submitted 2015-09-14"
        ),
        "{out}"
    );
    assert!(!out.contains("Documents:"), "{out}");
    // The same words in Russian, from the same typed fact.
    let (_, ru, _) = tartip(&[&args[..], &["--lang", "ru"]].concat());
    assert!(ru.contains("отменён актом"), "{ru}");
}

/// Past the last year with known holidays, terms are counted with weekends alone and
/// say so; past 2045 Tartip does not count at all, and says why.
#[test]
fn dates_past_the_calendar_are_counted_with_weekends_and_said_to_be() {
    // Thu 30.12.2027 + 3 wd: Fri 31.12 (1), weekend, Mon 03.01.2028 (2), Tue 04.01 (3).
    let (code, out, err) = tartip(&[
        "add",
        "--country",
        "KG",
        "--from",
        "2027-12-30",
        "--working-days",
        "3",
    ]);
    assert_eq!((code, out.as_str()), (0, "2028-01-04\n"));
    // The note is the typed warning's own wording, in the language asked for, whichever
    // command counted into 2028.
    let note = |lang: Lang| {
        Warning::ProjectedYear {
            country: Country::KG,
            year: 2028,
            last_known: 2027,
        }
        .say(lang)
    };
    assert!(err.contains(&note(Lang::En)), "{err}");
    let (code, out, _) = tartip(&[
        "explain",
        "--country",
        "KG",
        "--from",
        "2027-12-30",
        "--working-days",
        "3",
        "--lang",
        "ky",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains(&note(Lang::Ky)), "{out}");
    let (code, out, _) = tartip(&[
        "workdays",
        "--country",
        "KG",
        "--from",
        "2027-12-20",
        "--to",
        "2028-01-10",
        "--lang",
        "kk",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains(&note(Lang::Kk)), "{out}");
    // Inside the known years nothing is said.
    let (_, out, _) = tartip(&[
        "workdays",
        "--country",
        "KG",
        "--from",
        "2027-01-04",
        "--to",
        "2027-12-30",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
    let (code, _, err) = tartip(&[
        "add",
        "--country",
        "KG",
        "--from",
        "2045-12-29",
        "--working-days",
        "3",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "2046-01-01 is outside the years Tartip counts on the KG calendar (2013–2045)"
        ),
        "{err}"
    );
}

/// Source: 002 l. 115: the training certificate is valid six months only for a candidate
/// who failed to appear for the exam. The human output keeps that condition beside the
/// date, and drops the window for one who appeared.
#[test]
fn the_six_month_window_keeps_its_no_show_condition() {
    let base = [
        "plan",
        "kg-driving-licence-issue",
        "--situation",
        "nat-first-issue",
        "--submitted",
        "2025-03-19",
        "--answer",
        "data_in_database=no",
    ];
    let (code, out, _) = tartip(&base);
    assert_eq!(code, 0);
    let line = out
        .lines()
        .find(|l| l.contains("driver-training course"))
        .unwrap();
    // Wed 19.03.2025 − 6 months = 19.09.2024, and the window's condition from the data.
    let applies = |lang: Lang| {
        let service = Catalog::embedded()
            .unwrap()
            .service("kg-driving-licence-issue")
            .unwrap();
        let doc = service
            .documents
            .iter()
            .find(|d| d.validity.as_ref().is_some_and(|v| v.when.is_some()))
            .unwrap();
        doc.validity
            .as_ref()
            .unwrap()
            .applies
            .as_ref()
            .unwrap()
            .get(lang)
            .to_string()
    };
    assert!(line.contains("19.09.2024"), "{line}");
    assert!(line.contains(&applies(Lang::En)), "{line}");
    let (_, ru, _) = tartip(&[&base[..], &["--lang", "ru"]].concat());
    assert!(ru.contains(&applies(Lang::Ru)), "{ru}");
    let (_, appeared, _) = tartip(&[&base[..], &["--answer", "exam_no_show=no"]].concat());
    let line = appeared
        .lines()
        .find(|l| l.contains("driver-training course"))
        .unwrap();
    assert!(!line.contains("issued on or after"), "{line}");
}

/// No application package for a day the act did not apply: it would ask for a service
/// under rules that were not in force.
#[test]
fn no_package_is_made_for_a_day_the_act_did_not_apply() {
    let out = std::env::temp_dir().join("tartip-not-in-force.zip");
    let (code, _, err) = tartip(&[
        "package",
        "kz-is-software-deposit",
        "--situation",
        "deposit",
        "--submitted",
        "2026-12-07",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("nothing to package: the act does not apply on Mon 07.12.2026"),
        "{err}"
    );
    assert!(err.contains("--submitted 2015-09-14"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_repeated_answer_is_refused_naming_it() {
    let twice_given = [
        "plan",
        "kg-driving-licence-issue",
        "--situation",
        "nat-first-issue",
        "--submitted",
        "2025-03-19",
        "--answer",
        "citizenship=kg-citizen",
        "--answer",
        "citizenship=foreigner",
    ];
    let (code, out, err) = tartip(&twice_given);
    assert_eq!(code, 2, "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let twice = |lang: Lang| {
        tf(
            lang,
            S::CliAnswerTwice,
            &[
                ("key", "citizenship"),
                ("first", "kg-citizen"),
                ("second", "foreigner"),
            ],
        )
    };
    assert!(err.contains(&twice(Lang::En)), "{err}");
    // In the language asked for.
    let (code, _, err) = tartip(&[&twice_given[..], &["--lang", "ky"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains(&twice(Lang::Ky)), "{err}");
    let (code, _, err) = tartip(&[
        "plan",
        "kg-driving-licence-issue",
        "--situation",
        "nat-first-issue",
        "--submitted",
        "2025-02-30",
        "--lang",
        "kk",
    ]);
    assert_eq!(code, 2);
    let not_real = date_error(&DateError::NotReal("2025-02-30".into()), Lang::Kk);
    assert!(err.contains(&not_real), "{err}");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_value_and_the_choices() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "plan",
                "kg-no-such",
                "--situation",
                "x",
                "--submitted",
                "2025-03-19",
            ],
            "unknown service 'kg-no-such' (valid: ",
        ),
        (
            &[
                "plan",
                "kg-driving-licence-issue",
                "--situation",
                "lost",
                "--submitted",
                "2025-03-19",
            ],
            "unknown situation 'lost' for kg-driving-licence-issue (valid: nat-first-issue, ",
        ),
        (
            &[
                "plan",
                "kg-driving-licence-issue",
                "--situation",
                "replace-lost",
                "--submitted",
                "19.03.2025",
            ],
            "--submitted: '19.03.2025' is not a date in the form YYYY-MM-DD",
        ),
        (
            &[
                "plan",
                "kg-driving-licence-issue",
                "--situation",
                "replace-lost",
                "--submitted",
                "2025-02-29",
            ],
            "'2025-02-29' is not a real calendar date",
        ),
        (
            &[
                "plan",
                "kg-driving-licence-issue",
                "--situation",
                "replace-lost",
            ],
            "missing --submitted",
        ),
        (
            &[
                "plan",
                "kg-driving-licence-issue",
                "--situation",
                "replace-lost",
                "--submitted",
                "2025-03-19",
                "--answer",
                "citizenship=martian",
            ],
            "invalid answer 'martian' to 'citizenship' (valid: kg-citizen, foreigner)",
        ),
        (
            &[
                "add",
                "--country",
                "UZ",
                "--from",
                "2025-01-01",
                "--working-days",
                "1",
            ],
            "unknown country 'UZ' (valid: KG, KZ)",
        ),
        (
            &["add", "--country", "KG", "--from", "2025-01-01"],
            "give exactly one of --working-days",
        ),
        (
            &[
                "add",
                "--country",
                "KG",
                "--from",
                "2025-01-01",
                "--working-days",
                "-3",
            ],
            "'-3' is not a whole number",
        ),
        (
            &["frobnicate"],
            "unknown command 'frobnicate' (valid: services, plan, answer, package, dossier, add",
        ),
        (
            &["services", "--colour"],
            "unknown flag '--colour' (valid: --json, --lang)",
        ),
    ];
    for (args, expected) in cases {
        let (code, out, err) = tartip(args);
        assert_eq!(code, 2, "{args:?} → {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains(expected),
            "{args:?}: expected «{expected}» in «{err}»"
        );
    }
}

/// The package command writes the five files; the dossier imports back to the same
/// application; typed markup stays text; a wrong IIN is refused naming the field.
#[test]
fn package_writes_the_application_files_and_a_dossier_that_imports_back() {
    let dir = std::env::temp_dir().join(format!("tartip-package-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let details = dir.join("details.json");
    std::fs::write(
        &details,
        r#"{"kind": "person", "person": {"full_name": "<script>alert(1)</script> Асель", "id_number": "900101300017"}}"#,
    )
    .unwrap();
    let out = dir.join("p.zip");
    let package = || {
        tartip(&[
            "package",
            "kz-forensic-expert-attestation",
            "--situation",
            "portal",
            "--submitted",
            "2025-02-03",
            "--details",
            details.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let (code, stdout, err) = package();
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains(
        "application.html, application.docx, checklist.html, calendar.ics, dossier.json"
    ));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let dossier = tartip::package::dossier::Dossier::import(&read("dossier.json")).unwrap();
    assert_eq!(dossier.service, "kz-forensic-expert-attestation");
    assert_eq!(dossier.submitted.to_string(), "2025-02-03");
    assert_eq!(
        dossier.applicant.person.full_name,
        "<script>alert(1)</script> Асель"
    );
    let html = read("application.html");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Асель") && !html.contains("<script>")
    );
    // The overall term: 21 working days from Mon 03.02.2025 → Tue 04.03.2025 (tests/cases).
    assert!(read("calendar.ics").contains("DTSTART;VALUE=DATE:20250304\r\n"));

    std::fs::write(
        &details,
        r#"{"person": {"full_name": "A", "id_number": "900101300018"}}"#,
    )
    .unwrap();
    let (code, _, err) = package();
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "tartip: --details: person.id_number: The last digit should be 7: please check the number."
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The human output names the rules its dates were counted by, the chaining of steps
/// included, in the language asked for: the same words as the page's "why this date".
#[test]
fn the_plan_says_how_its_terms_were_counted() {
    for lang in [Lang::En, Lang::Kk] {
        let (code, out, _) = tartip(&[
            "plan",
            "kz-is-software-deposit",
            "--situation",
            "deposit",
            "--submitted",
            "2015-03-19",
            "--lang",
            lang.code(),
        ]);
        assert_eq!(code, 0);
        assert!(out.contains(S::HowCounted.get(lang)), "{out}");
        assert!(out.contains(text(M::ChainRule).get(lang)), "{out}");
    }
}
