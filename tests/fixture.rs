//! A test-only service (tests/fixtures/kz-fixture-fees-and-form.json, on its own test
//! act) that runs the paths no seed text uses: a fixed fee, a fee as a multiple of the
//! МРП, an application form whose fields are filled from the applicant's details,
//! the plan and the answers, and a question only a provider depends on. Every figure
//! below is worked out by hand from the fixture and the real data: the МРП from
//! regulations/indices/kz-mrp.json (2 651 tenge to 31.03.2020, 2 778 from 01.04.2020,
//! 3 932 in 2025, none yet for 2027) and the Kazakh calendar (21–25 March 2025 off:
//! Nauryz 21–23 March, 22 and 23 March carried over to Monday 24 and Tuesday 25).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use tartip::engine::date::parse_date;
use tartip::engine::money::Money;
use tartip::engine::plan::{plan, Charge, Plan, PlanError, Request, Warning};
use tartip::engine::validate::service_problems;
use tartip::engine::Catalog;
use tartip::package::applicant::Applicant;
use tartip::package::content::{application, Block};

const ID: &str = "kz-fixture-fees-and-form";

/// `(stem, JSON)` of every `.json` file in `dir`.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn catalog() -> Catalog {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures");
    let service = vec![(
        ID.to_string(),
        fs::read_to_string(fixtures.join(format!("{ID}.json"))).unwrap(),
    )];
    let calendars = files(&root.join("regulations/calendars"));
    let conventions = files(&root.join("regulations/conventions"));
    let indices = files(&root.join("regulations/indices"));
    let mut acts = files(&root.join("regulations/acts"));
    acts.extend(files(&fixtures.join("acts")));
    Catalog::from_files(&pairs(&service), &pairs(&calendars), &pairs(&conventions))
        .and_then(|c| c.with_indices(&pairs(&indices)))
        .and_then(|c| c.with_acts(&pairs(&acts)))
        .unwrap()
}

fn make(c: &Catalog, situation: &str, submitted: &str, answers: &[(&str, &str)]) -> Plan {
    try_make(c, situation, submitted, answers).unwrap()
}

fn try_make(
    c: &Catalog,
    situation: &str,
    submitted: &str,
    answers: &[(&str, &str)],
) -> Result<Plan, PlanError> {
    let req = Request {
        service: ID,
        situation,
        submitted: parse_date(submitted).unwrap(),
        submitted_at: None,
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
    };
    plan(c, &req)
}

fn kzt(tenge: i64, tiyn: i64) -> Money {
    Money {
        minor: tenge * 100 + tiyn,
        currency: "KZT".into(),
    }
}

fn charge(p: &Plan, fee: &str) -> Charge {
    p.fees.iter().find(|f| f.id == fee).unwrap().charge.clone()
}

#[test]
fn the_fixture_is_sound_data() {
    let c = catalog();
    assert_eq!(
        service_problems(c.service(ID).unwrap()),
        Vec::<String>::new()
    );
}

#[test]
fn a_fee_in_mrp_takes_the_index_in_force_on_the_submission_day() {
    let c = catalog();
    let cases = [
        ("2020-03-31", 2651, kzt(6627, 50)),
        ("2020-04-01", 2778, kzt(6945, 0)),
        ("2025-03-19", 3932, kzt(9830, 0)),
    ];
    for (day, mrp, amount) in cases {
        let p = make(&c, "first", day, &[]);
        match charge(&p, "state-duty") {
            Charge::IndexMultiple {
                multiple,
                index,
                value,
                on,
                amount: got,
                law,
                ..
            } => {
                assert_eq!(multiple, 2.5, "{day}");
                assert_eq!(index, "kz-mrp");
                assert_eq!(value, kzt(mrp, 0), "{day}");
                assert_eq!(on, parse_date(day).unwrap());
                assert_eq!(got, amount, "{day}");
                assert!(law.title.contains("бюджете"), "{}", law.title);
            }
            other => panic!("{day}: {other:?}"),
        }
    }
    // 2027: no budget law yet sets the МРП, so no amount is made up.
    let p = make(&c, "first", "2027-03-01", &[]);
    assert_eq!(
        charge(&p, "state-duty"),
        Charge::IndexMissing {
            multiple: 2.5,
            index: "kz-mrp".into(),
            on: parse_date("2027-03-01").unwrap(),
        }
    );
}

#[test]
fn a_fixed_fee_keeps_its_tiyn_and_a_conditional_fee_follows_the_answer() {
    let c = catalog();
    let p = make(&c, "first", "2025-03-19", &[("urgent", "no")]);
    assert_eq!(
        charge(&p, "blank"),
        Charge::Fixed {
            amount: kzt(1500, 50)
        }
    );
    assert!(p.fees.iter().all(|f| f.id != "urgency"));
    let p = make(&c, "first", "2025-03-19", &[("urgent", "yes")]);
    assert_eq!(
        charge(&p, "urgency"),
        Charge::Fixed {
            amount: kzt(3000, 0)
        }
    );
}

#[test]
fn steps_skip_nauryz_and_its_carried_over_days() {
    let c = catalog();
    let p = make(&c, "first", "2025-03-19", &[]);
    let due: Vec<_> = p.steps.iter().map(|s| (s.id.as_str(), s.due)).collect();
    // Wed 19.03 + 3 working days: Thu 20, then 21–25 off, Wed 26, Thu 27.
    // + 2: Fri 28, Mon 31.
    assert_eq!(
        due,
        vec![
            ("1", Some(parse_date("2025-03-27").unwrap())),
            ("2", Some(parse_date("2025-03-31").unwrap())),
        ]
    );
    assert_eq!(p.completion.latest, Some(parse_date("2025-03-31").unwrap()));
}

#[test]
fn only_the_questions_something_depends_on_are_asked() {
    let c = catalog();
    let asked = |situation, answers: &[(&str, &str)]| -> Vec<String> {
        make(&c, situation, "2025-03-19", answers)
            .questions
            .into_iter()
            .map(|q| q.id)
            .collect()
    };
    // `branch` only chooses the provider; `urgent` a fee (and, on renewal, whether
    // the old licence is needed); `photo_date` the photo's window; nothing uses
    // `unused_note`.
    assert_eq!(asked("first", &[]), ["branch", "urgent", "photo_date"]);
    assert_eq!(asked("renewal", &[]), ["branch", "urgent", "photo_date"]);
    let p = make(&c, "first", "2025-03-19", &[("branch", "astana")]);
    let providers: Vec<&str> = p.providers.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(providers, ["astana"]);
    let p = make(&c, "first", "2025-03-19", &[("unused_note", "yes")]);
    assert!(p.warnings.contains(&Warning::UnusedAnswer {
        question: "unused_note".into(),
        value: "yes".into()
    }));
}

#[test]
fn an_exemption_counts_only_where_the_document_is_listed() {
    let c = catalog();
    let ids = |situation, answers: &[(&str, &str)]| -> Vec<String> {
        make(&c, situation, "2025-03-19", answers)
            .documents
            .into_iter()
            .map(|d| d.id)
            .collect()
    };
    assert_eq!(
        ids("renewal", &[("urgent", "no")]),
        ["application", "photo", "old-licence"]
    );
    assert_eq!(
        ids("renewal", &[("urgent", "yes")]),
        ["application", "photo"]
    );
    assert_eq!(ids("first", &[("urgent", "no")]), ["application", "photo"]);
}

#[test]
fn a_photo_older_than_six_months_is_flagged_to_the_day() {
    let c = catalog();
    let too_old = |taken: &str| {
        make(&c, "first", "2025-03-19", &[("photo_date", taken)])
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::DocumentTooOld { document, .. } if document == "photo"))
    };
    // Six months back from 19.03.2025 is 19.09.2024: that day is still within.
    assert!(too_old("2024-09-18"));
    assert!(!too_old("2024-09-19"));
}

#[test]
fn the_application_form_is_filled_from_the_details_the_plan_and_the_answers() {
    let c = catalog();
    let service = c.service(ID).unwrap();
    let p = make(&c, "first", "2025-03-19", &[("branch", "almaty")]);
    let mut who = Applicant::default();
    who.person.full_name = "Әлия Сейітқызы".into();
    who.person.id_number = "900101300017".into();
    let (lang, blocks) = application(service, &p, &who, tartip::engine::text::Lang::En);
    // The act's own form, in the act's language.
    assert_eq!(lang, tartip::engine::text::Lang::Kk);
    let field = |label: &str| {
        blocks.iter().find_map(|b| match b {
            Block::Field { label: l, value } if l == label => Some(value.clone()),
            _ => None,
        })
    };
    assert_eq!(blocks[0], Block::Para("Сынақ бөлімінің басшысына".into()));
    assert_eq!(blocks[1], Block::Title("Өтініш".into()));
    assert_eq!(field("Аты-жөні").as_deref(), Some("Әлия Сейітқызы"));
    assert_eq!(field("ЖСН").as_deref(), Some("900101300017"));
    assert_eq!(field("Қызмет").as_deref(), Some("Сынақ қызметі"));
    assert_eq!(field("Бөлім").as_deref(), Some("almaty"));
    assert_eq!(field("Күні").as_deref(), Some("19.03.2025"));
    assert_eq!(field("Қолы").as_deref(), Some("____________"));
    assert!(blocks.contains(&Block::List(vec![(
        Some(false),
        "Дербес деректерді өңдеуге келісемін".into()
    )])));
}

#[test]
fn a_date_before_the_test_act_applied_gets_no_steps() {
    let c = catalog();
    let p = make(&c, "first", "2019-12-31", &[]);
    assert!(p.steps.is_empty(), "{:?}", p.steps);
    assert!(p
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ActNotYetInForce { .. })));
}
