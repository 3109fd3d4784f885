//! The five acts' in-force periods as their texts bound them, worked out by hand, and
//! what a plan says on days around each edge; the counting rules' laws by date; years
//! past the calendars.

use tartip::engine::act::{Basis, Standing};
use tartip::engine::date::{parse_date, Date};
use tartip::engine::plan::{plan, Plan, Request, StepFlag, Warning};
use tartip::engine::Catalog;

fn d(s: &str) -> Date {
    parse_date(s).unwrap()
}

fn catalog() -> &'static Catalog {
    Catalog::embedded().unwrap()
}

/// (first day earliest, first day latest, last day earliest, last day latest) of the
/// service's regulation.
fn edges(service: &str) -> (Date, Option<Date>, Option<Date>, Option<Date>) {
    let s = catalog().service(service).unwrap();
    let p = catalog().period(s);
    (
        p.first_day.earliest.date,
        p.first_day.latest.as_ref().map(|b| b.date),
        p.last_day.as_ref().map(|l| l.earliest.date),
        p.last_day
            .as_ref()
            .and_then(|l| l.latest.as_ref().map(|b| b.date)),
    )
}

fn make(service: &str, situation: &str, submitted: &str) -> Plan {
    plan(
        catalog(),
        &Request {
            service,
            situation,
            submitted: d(submitted),
            submitted_at: None,
            answers: Default::default(),
        },
    )
    .unwrap()
}

/// Order 509 (seed 001, l. 7, 9, 38): registered 08.02.2013, in force ten calendar
/// days after publication (09.02–18.02 pass: from 19.02.2013 at the earliest); read as in
/// force by the day order 880 repealed it (24.08.2015); order 880 in force 21 days after
/// its publication (25.08–14.09 pass: order 509 last applied on 14.09.2015 at the
/// earliest); the copy received on 23.11.2026 already marks it repealed.
#[test]
fn order_509_of_seed_001() {
    assert_eq!(
        edges("kz-tr-expert-auditor-attestat"),
        (
            d("2013-02-19"),
            Some(d("2015-08-24")),
            Some(d("2015-09-14")),
            Some(d("2026-11-22"))
        )
    );
}

/// Order 144 (seed 003, l. 7, 9, 51): registered 25.04.2014 → from 06.05.2014 at the
/// earliest; order 401 of 28.05.2015, in force ten days after publication → the last
/// day is 07.06.2015 at the earliest.
#[test]
fn order_144_of_seed_003() {
    assert_eq!(
        edges("kz-forensic-expert-attestation"),
        (
            d("2014-05-06"),
            Some(d("2015-05-28")),
            Some(d("2015-06-07")),
            Some(d("2026-11-22"))
        )
    );
}

/// Order 209 (seed 004, l. 7, 9, 25, 39): registered 29.04.2014 → 10.05.2014 at the
/// earliest; amended by order 601 of 25.05.2015 (read as in force by then); repealed by
/// order 877 of 24.08.2015 (21 days) → 14.09.2015 at the earliest. Its annex 5 was
/// repealed on its own by order 601 (ten days) → 04.06.2015 at the earliest (l. 23,
/// 578–580).
#[test]
fn order_209_of_seed_004_and_its_annex_5() {
    assert_eq!(
        edges("kz-is-software-deposit"),
        (
            d("2014-05-10"),
            Some(d("2015-05-25")),
            Some(d("2015-09-14")),
            Some(d("2026-11-22"))
        )
    );
    assert_eq!(
        edges("kz-nca-registration-certificate-issue-revoke").2,
        Some(d("2015-06-04"))
    );
}

/// The Kyrgyz texts give no repeal and no entry into force: from the day (or year) they
/// were approved, in force as far as the text shows, and never before.
#[test]
fn the_kyrgyz_acts_have_no_known_end() {
    assert_eq!(
        edges("kg-driving-licence-issue"),
        (d("2022-01-01"), None, None, None)
    );
    assert_eq!(
        edges("kg-accreditation-personnel-certification-body"),
        (d("2025-02-03"), None, None, None)
    );
    let s = catalog().service("kg-driving-licence-issue").unwrap();
    assert_eq!(
        catalog().period(s).first_day.earliest.basis,
        Basis::SignedInYear { year: 2022 }
    );
}

#[test]
fn each_day_around_the_edges_of_order_209_says_what_can_be_known() {
    let on = |day: &str| make("kz-is-software-deposit", "deposit", day);
    let cases = [
        ("2014-05-09", Standing::NotYetInForce),
        ("2014-05-10", Standing::EntryUncertain),
        ("2015-05-24", Standing::EntryUncertain),
        ("2015-05-25", Standing::InForce),
        ("2015-09-14", Standing::InForce),
        ("2015-09-15", Standing::RepealUncertain),
        ("2026-11-22", Standing::RepealUncertain),
        ("2026-11-23", Standing::Repealed),
    ];
    for (day, want) in cases {
        let p = on(day);
        assert_eq!(p.regulation.standing, want, "{day}");
        assert_eq!(p.applies, want.applies(), "{day}");
        // Not in force either way: nothing is presented as applying.
        if !p.applies {
            assert!(p.documents.is_empty() && p.steps.is_empty() && p.fees.is_empty());
            assert!(p.questions.is_empty() && p.gaps.is_empty() && p.schedules.is_empty());
            assert_eq!((p.completion.earliest, p.completion.latest), (None, None));
        } else {
            assert!(!p.documents.is_empty(), "{day}");
        }
    }
    // Uncertain: computed, under a warning that names the range.
    let p = on("2020-03-02");
    assert!(p.warnings.iter().any(|w| matches!(w,
        Warning::ActRepealUncertain { last_day_earliest, last_day_latest, .. }
            if *last_day_earliest == d("2015-09-14") && *last_day_latest == d("2026-11-22"))));
    let p = on("2014-12-01");
    assert!(p.warnings.contains(&Warning::ActEntryUncertain {
        date: d("2014-12-01"),
        earliest: d("2014-05-10"),
        latest: Some(d("2015-05-25"))
    }));
    // Not yet in force: the plan offers the first day the act surely applied.
    let p = on("2014-01-15");
    assert_eq!(p.regulation.nearest_day_in_force, Some(d("2015-05-25")));
}

/// The Kazakh counting rules cite the law then in force: the 2007 Labour Code's 8-hour
/// day until 2015, the 2015 Code's from 2016; the Law on administrative procedures'
/// art. 12-1 beside the Civil Code from mid-2013 to mid-2021.
#[test]
fn the_counting_rules_cite_the_law_in_force_on_the_date() {
    // Seed 004's certification-centre accreditation has steps in hours and no office hours.
    let law = |day: &str, id: &str| {
        let p = make(
            "kz-certification-centre-accreditation",
            "accreditation",
            day,
        );
        let c = p.conventions.iter().find(|c| c.id == id).unwrap().clone();
        (
            c.legal_basis
                .unwrap()
                .number
                .unwrap_or_default()
                .to_string(),
            c.also
                .iter()
                .map(|b| b.source.article.as_deref().unwrap_or_default().to_string())
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(law("2015-06-01", "working-day").0, "№ 251-III");
    assert_eq!(law("2020-03-02", "working-day").0, "№ 414-V");
    assert_eq!(
        law("2015-06-01", "event-day-not-counted"),
        ("№ 268-XIII".into(), vec!["ст. 12-1 п. 5".to_string()])
    );
    assert_eq!(
        law("2022-03-01", "event-day-not-counted"),
        ("№ 268-XIII".into(), vec![])
    );
}

/// Seed 004, certification-centre accreditation, submitted Thu 03.09.2015, inside the
/// window where order 209 surely applied: steps dated after 14.09.2015 fall where the
/// repeal may already have taken effect, and say so.
#[test]
fn a_process_straddling_the_repeal_flags_the_steps_past_it() {
    let p = make(
        "kz-certification-centre-accreditation",
        "accreditation",
        "2015-09-03",
    );
    assert_eq!(p.regulation.standing, Standing::InForce);
    let flagged: Vec<&str> = p
        .steps
        .iter()
        .filter(|s| {
            s.flags
                .iter()
                .any(|f| matches!(f, StepFlag::MayBeAfterRepeal { .. }))
        })
        .map(|s| s.id.as_str())
        .collect();
    assert!(!flagged.is_empty());
    for s in &p.steps {
        let after = s.due.or(s.earliest).is_some_and(|x| x > d("2015-09-14"));
        assert_eq!(flagged.contains(&s.id.as_str()), after, "step {}", s.id);
    }
    assert!(p.warnings.iter().any(|w| matches!(w,
        Warning::RunsPastRepeal { surely: false, last_day, .. } if *last_day == d("2015-09-14"))));
}
