//! Plans for the driving-licence service (seed 002), dates worked out by hand on the
//! Kyrgyz production calendar.
//!
//! Calendar facts used (regulations/calendars/kg.json): 2025 — 1–7 January off (2, 3
//! and 6 January by the Cabinet's transfer of 30.12.2024, Saturday 11 January a working
//! day), 21 March Nooruz, Orozo Ait on Sunday 30 March (the 2025 Labour Code grants no
//! carry-over), 1–9 May off, 6 June Kurman Ait. 2024 — Kurman Ait on Sunday 16 June,
//! carried over to Monday 17 June under the 2004 Labour Code, art. 113.

use std::collections::BTreeMap;

use tartip::engine::act::Standing;
use tartip::engine::date::parse_date;
use tartip::engine::plan::{
    plan, CompletionBasis, Plan, Request, Required, StepFlag, TimeOfDay, Warning,
};
use tartip::engine::Catalog;

mod common;
use common::{day, why, Why};

const DL: &str = "kg-driving-licence-issue";

fn make(situation: &str, submitted: &str, answers: &[(&str, &str)]) -> Plan {
    let req = Request {
        service: DL,
        situation,
        submitted: parse_date(submitted).unwrap(),
        submitted_at: None,
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
    };
    plan(Catalog::embedded().unwrap(), &req).unwrap()
}

fn doc_ids(p: &Plan) -> Vec<&str> {
    p.documents.iter().map(|d| d.id.as_str()).collect()
}

fn required_ids(p: &Plan) -> Vec<&str> {
    p.documents
        .iter()
        .filter(|d| d.required == Required::Yes)
        .map(|d| d.id.as_str())
        .collect()
}

fn step_ids(p: &Plan) -> Vec<&str> {
    p.steps.iter().map(|s| s.id.as_str()).collect()
}

fn due(p: &Plan, step: &str) -> Option<String> {
    p.steps
        .iter()
        .find(|s| s.id == step)
        .unwrap()
        .due
        .map(|d| d.to_string())
}

fn latest(p: &Plan) -> Option<String> {
    p.completion.latest.map(|d| d.to_string())
}

fn kinds(p: &Plan) -> Vec<String> {
    p.warnings.iter().map(Warning::kind).collect()
}

fn d(s: &str) -> tartip::engine::date::Date {
    parse_date(s).unwrap()
}

/// Source: 002 l. 27 (4 working days), l. 93–119 (list 5), l. 109 (a lost licence is not submitted).
#[test]
fn a_lost_licence_replaced_across_nooruz() {
    // Wed 19.03.2025 + 4 wd: Thu 20 (1), Fri 21 Nooruz, Sat 22, Sun 23, Mon 24 (2), Tue 25 (3), Wed 26 (4).
    let p = make("replace-lost", "2025-03-19", &[]);
    assert_eq!(latest(&p).as_deref(), Some("2025-03-26"));
    assert_eq!(p.completion.earliest.unwrap().to_string(), "2025-03-19");
    assert_eq!(
        why(&p.completion.special_days),
        [
            day("2025-03-21", Why::Holiday("Nooruz".into())),
            day("2025-03-22", Why::Weekend),
            day("2025-03-23", Why::Weekend),
        ]
    );
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "passport-kg",
            "foreign-passport-or-registration",
            "medical-certificate",
            "fee-receipt",
            "training-certificate",
            "personal-card",
            "licence-issue-confirmation"
        ]
    );
    assert_eq!(
        required_ids(&p),
        ["pin", "application", "medical-certificate", "fee-receipt"]
    );
    // 12 months back from the submission date (002 l. 103).
    let med = p
        .documents
        .iter()
        .find(|d| d.id == "medical-certificate")
        .unwrap();
    assert_eq!(med.issued_not_before.unwrap().to_string(), "2024-03-19");
    assert_eq!(step_ids(&p), ["1.2", "1.3", "3.2", "4.1", "4.2"]);
    assert_eq!(
        due(&p, "3.2").as_deref(),
        Some("2025-03-19"),
        "minutes are spent during the visit"
    );
}

#[test]
fn answers_settle_the_conditional_documents_and_steps() {
    let p = make(
        "replace-lost",
        "2025-03-19",
        &[
            ("citizenship", "kg-citizen"),
            ("data_in_database", "no"),
            ("has_training_certificate", "yes"),
            ("has_personal_card", "no"),
            ("licence_kind", "national"),
        ],
    );
    // No personal card and no e-database record: the issuing office's confirmation (l. 119).
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "passport-kg",
            "medical-certificate",
            "fee-receipt",
            "training-certificate",
            "licence-issue-confirmation"
        ]
    );
    assert_eq!(required_ids(&p), doc_ids(&p));
    assert_eq!(step_ids(&p), ["1.2", "1.3", "3.2", "4.1"]);
    let p = make(
        "replace-lost",
        "2025-03-19",
        &[
            ("data_in_database", "yes"),
            ("licence_kind", "international"),
        ],
    );
    assert!(
        !doc_ids(&p).contains(&"training-certificate") && !doc_ids(&p).contains(&"personal-card")
    );
    assert_eq!(step_ids(&p), ["1.2", "1.3", "3.2", "4.2"]);
}

/// Source: 002 l. 59–75 (list 3); 1–9 May are days off under the 2025 Labour Code.
#[test]
fn an_international_licence_across_the_may_holidays() {
    // Wed 30.04.2025 + 4 wd: 1–9 May off, Sat 10, Sun 11, Mon 12 (1), 13 (2), 14 (3), Thu 15 (4).
    let p = make(
        "intl-in-person",
        "2025-04-30",
        &[("citizenship", "kg-citizen")],
    );
    assert_eq!(latest(&p).as_deref(), Some("2025-05-15"));
    assert_eq!(p.completion.special_days.len(), 11);
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "passport-kg",
            "national-licence",
            "photos",
            "fee-receipt"
        ]
    );
    assert_eq!(
        p.documents.iter().find(|d| d.id == "photos").unwrap().count,
        Some(2)
    );
    assert_eq!(step_ids(&p), ["1.2", "4.2"]);
}

/// Source: 002 l. 27; kg.json: Orozo Ait 2025 on a Sunday, no carry-over since the 2025 Labour Code.
#[test]
fn a_holiday_on_a_sunday_gives_no_extra_day_off_in_2025() {
    // Fri 28.03.2025 + 4 wd: Sat 29, Sun 30 Orozo Ait, Mon 31 (1), Tue 01.04 (2), Wed 02 (3), Thu 03 (4).
    let p = make("nat-first-issue", "2025-03-28", &[]);
    assert_eq!(latest(&p).as_deref(), Some("2025-04-03"));
}

/// kg.json: Kurman Ait 2024 on Sunday 16 June, carried over to Monday 17 June (2004 Labour Code, art. 113).
#[test]
fn a_holiday_on_a_sunday_was_carried_over_in_2024() {
    // Fri 14.06.2024 + 4 wd: Sat 15, Sun 16 Kurman Ait, Mon 17 carried over, Tue 18 (1) … Fri 21 (4).
    let p = make("nat-higher-category", "2024-06-14", &[]);
    assert_eq!(latest(&p).as_deref(), Some("2024-06-21"));
    assert_eq!(
        why(&p.completion.special_days),
        [
            day("2024-06-15", Why::Weekend),
            day(
                "2024-06-16",
                Why::Holiday("Kurman Ait (Eid al-Adha)".into())
            ),
            day(
                "2024-06-17",
                Why::CarryOver("Kurman Ait (Eid al-Adha)".into(), "2024-06-16".into())
            ),
        ]
    );
}

/// A term crossing New Year's Eve into the 2025 January holidays, ending on a Saturday
/// that the Cabinet made a working day.
#[test]
fn a_term_crossing_the_new_year_ends_on_a_transferred_working_saturday() {
    // Tue 31.12.2024 + 4 wd: 1–7.01 off (2, 3, 6 by transfer), Wed 08 (1), Thu 09 (2), Fri 10 (3), Sat 11 (4, working by transfer).
    let p = make("intl-in-person", "2024-12-31", &[]);
    assert_eq!(latest(&p).as_deref(), Some("2025-01-11"));
}

/// Source: 002 l. 35 (re-take not earlier than 10 days), read as calendar days.
#[test]
fn an_exam_retake_ending_on_a_holiday_moves_to_the_next_working_day() {
    // Exam on Tue 11.03.2025 + 10 calendar days = Fri 21.03 Nooruz → Mon 24.03.
    let p = make("nat-first-issue", "2025-03-11", &[]);
    let retake = p.steps.iter().find(|s| s.id == "retake").unwrap();
    assert_eq!(retake.earliest.unwrap().to_string(), "2025-03-24");
    assert_eq!(retake.due, None);
    assert!(retake.contingency.is_some());
    // The re-take does not move the timeline: Tue 11.03 + 4 wd = Mon 17.03.
    assert_eq!(latest(&p).as_deref(), Some("2025-03-17"));
    assert_eq!(
        step_ids(&p),
        ["1.1", "1.2", "2.1", "2.2", "2.3", "retake", "2.6", "3.1", "4.1"]
    );
}

/// Source: 002 l. 37–57 (list в); l. 53 (the earlier licence), l. 57 (retraining).
#[test]
fn the_exam_situations_take_the_exam_list() {
    let base = [
        "pin",
        "application",
        "passport-kg",
        "foreign-passport-or-registration",
        "medical-certificate",
    ];
    let p = make("nat-first-issue", "2025-03-19", &[]);
    assert_eq!(
        doc_ids(&p),
        [
            &base[..],
            &["training-certificate", "personal-card", "fee-receipt"]
        ]
        .concat()
    );
    for s in ["nat-higher-category", "nat-return-after-deprivation"] {
        let p = make(s, "2025-03-19", &[]);
        assert_eq!(
            doc_ids(&p),
            [
                &base[..],
                &[
                    "training-certificate",
                    "personal-card",
                    "previous-licence",
                    // l. 53: only if the earlier licence is in a foreign language.
                    "licence-translation",
                    "fee-receipt"
                ]
            ]
            .concat(),
            "{s}"
        );
    }
    let p = make(
        "nat-retraining-cd",
        "2025-03-19",
        &[("data_in_database", "no")],
    );
    assert_eq!(
        doc_ids(&p),
        [
            &base[..],
            &[
                "personal-card",
                "previous-licence",
                "licence-translation",
                "fee-receipt",
                "retraining-certificate"
            ]
        ]
        .concat()
    );
    let p = make(
        "nat-first-issue",
        "2025-03-19",
        &[("citizenship", "foreigner"), ("data_in_database", "yes")],
    );
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "foreign-passport-or-registration",
            "medical-certificate",
            "personal-card",
            "fee-receipt"
        ]
    );
}

/// Source: 002 l. 159–167: 25 + 25 + 60 + 20 minutes against a cap of 1:50.
#[test]
fn the_exam_procedure_overruns_its_own_cap_and_says_so() {
    let p = make("nat-first-issue", "2025-03-19", &[]);
    let overrun = p
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::ProcedureOverrun { .. }))
        .unwrap_or_else(|| panic!("{:?}", kinds(&p)));
    let Warning::ProcedureOverrun {
        procedure,
        step,
        cap,
        ends,
        cap_at,
        ends_at,
        ..
    } = overrun
    else {
        unreachable!()
    };
    assert_eq!(procedure, "2");
    // The same day on both sides, so the moments in the working day tell them apart:
    // steps 1.1 and 1.2 take the first 10 minutes, the cap ends 110 minutes later (2:00
    // into the day), the steps 25 + 25 + 60 + 20 minutes later (2:20).
    assert_eq!(cap, ends);
    assert_eq!(
        (*cap_at, *ends_at),
        (Some(TimeOfDay::IntoDay(120)), Some(TimeOfDay::IntoDay(140)))
    );
    // 25 + 25 + 60 = 110 minutes fit the cap; the 20-minute step 2.6 ends past it.
    assert_eq!(step, "2.6");
    let flagged = p.steps.iter().find(|s| s.id == "2.6").unwrap();
    assert!(flagged
        .flags
        .iter()
        .any(|f| matches!(f, StepFlag::OverCap { procedure, .. } if procedure == "2")));
    let p = make("replace-lost", "2025-03-19", &[]);
    assert!(!kinds(&p).contains(&"procedure_overrun".to_string()));
}

/// Source: 002 l. 77–89 (list 4).
#[test]
fn a_representative_brings_the_principals_documents() {
    let p = make(
        "intl-via-representative",
        "2025-03-19",
        &[("citizenship", "kg-citizen")],
    );
    assert_eq!(
        doc_ids(&p),
        [
            "power-of-attorney",
            "representative-id",
            "principal-national-licence",
            "principal-passport-copy",
            "principal-photos",
            "fee-receipt"
        ]
    );
    let copy = p
        .documents
        .iter()
        .find(|d| d.id == "principal-passport-copy")
        .unwrap();
    assert_eq!(format!("{:?}", copy.original_or_copy), "Copy");
    assert!(p.gaps.iter().any(|g| g.id == "representative-list"));
}

/// Source: 002 l. 21, 93, 107: no term for the consular channel.
#[test]
fn the_consular_channel_has_no_determinable_completion() {
    let p = make(
        "abroad-via-consulate",
        "2025-03-19",
        &[("licence_lost", "yes")],
    );
    // The consular channel has no term: no latest date, only "not before" the day of
    // submission, and the completion says why.
    assert_eq!(p.completion.latest, None);
    assert_eq!(p.completion.earliest, Some(d("2025-03-19")));
    assert_eq!(
        p.completion.basis,
        CompletionBasis::LowerBound {
            date: d("2025-03-19"),
            step: "consular".into()
        }
    );
    assert_eq!(step_ids(&p), ["consular"]);
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "passport-kg",
            "fee-receipt",
            "medical-certificate-abroad",
            "training-certificate",
            "personal-card",
            "licence-issue-confirmation"
        ]
    );
    assert!(p.gaps.iter().any(|g| g.id == "consular-procedure"));
}

/// Source: 002 l. 121–123: the Foreign Ministry's confirmation has no term.
#[test]
fn a_foreign_licence_exchange_waits_on_an_undated_confirmation() {
    let p = make("foreign-dl-exchange", "2025-03-19", &[]);
    assert_eq!(p.completion.latest, None);
    assert_eq!(
        step_ids(&p),
        [
            "1.1",
            "1.2",
            "mfa-confirmation",
            "2.3",
            "retake",
            "2.6",
            "3.1",
            "4.1"
        ]
    );
    assert_eq!(due(&p, "1.2").as_deref(), Some("2025-03-19"));
    assert_eq!(due(&p, "mfa-confirmation"), None);
    // The confirmation has no term: what follows is dated as if it took no time, as
    // "not before" dates. 4.1: Wed 19.03.2025 + 4 wd: Thu 20 (1), Fri 21 Nooruz,
    // weekend, Mon 24 (2), Tue 25 (3), Wed 26 (4).
    let last = p.steps.iter().find(|s| s.id == "4.1").unwrap();
    assert_eq!(last.due, None);
    assert_eq!(last.earliest, Some(d("2025-03-26")));
    assert!(last.flags.contains(&StepFlag::LowerBound {
        after_step: "mfa-confirmation".into()
    }));
    assert_eq!(p.completion.latest, None);
    assert_eq!(p.completion.earliest, Some(d("2025-03-26")));
    assert_eq!(
        p.completion.lower_bound_after.as_deref(),
        Some("mfa-confirmation")
    );
    assert!(kinds(&p).contains(&"lower_bounds".to_string()));
    // l. 121–123: the exchange needs the Foreign Ministry's confirmation, then the
    // practical exam, for which list (в) (l. 37–55) sets the documents; the translation
    // only if the licence is in a foreign language (l. 53).
    assert_eq!(
        doc_ids(&p),
        [
            "pin",
            "application",
            "foreign-passport-or-registration",
            "medical-certificate",
            "training-certificate",
            "personal-card",
            "foreign-licence",
            "licence-translation",
            "fee-receipt",
            "mfa-confirmation"
        ]
    );
    assert!(p.gaps.iter().any(|g| g.id == "foreign-exchange-documents"));
}

/// Source: 002 l. 47 (not older than 12 months), l. 3–8 (blank date and number).
#[test]
fn a_medical_certificate_older_than_twelve_months_is_flagged() {
    // Submitted Mon 31.03.2025: the certificate must be dated 31.03.2024 or later.
    let old = make(
        "nat-first-issue",
        "2025-03-31",
        &[("medical_certificate_date", "2024-03-30")],
    );
    assert!(
        old.warnings.iter().any(|w| matches!(w,
            Warning::DocumentTooOld { document, issued, limit, .. }
                if document == "medical-certificate" && *issued == d("2024-03-30") && *limit == d("2024-03-31"))),
        "{:?}",
        kinds(&old)
    );
    let fine = make(
        "nat-first-issue",
        "2025-03-31",
        &[("medical_certificate_date", "2024-03-31")],
    );
    assert!(!kinds(&fine).contains(&"document_too_old".to_string()));
    // 29 February 2024 − 12 months clamps to 28 February 2023.
    let leap = make("nat-first-issue", "2024-02-29", &[]);
    let med = leap
        .documents
        .iter()
        .find(|d| d.id == "medical-certificate")
        .unwrap();
    assert_eq!(med.issued_not_before.unwrap().to_string(), "2023-02-28");
}

/// Source: 002 l. 3–8: approved in 2022, day and number blank, no entry-into-force
/// clause and no repeal: not before 2022, uncertain all through 2022 (it may not have
/// been approved yet), in force as far as the text shows from 2023 on.
#[test]
fn the_act_applies_as_far_as_the_text_shows_and_not_before_2022() {
    let p = make("replace-previously-issued", "2025-03-19", &[]);
    assert_eq!(p.regulation.standing, Standing::InForceAsFarAsTextShows);
    assert_eq!(p.regulation.in_force, Some(true));
    assert!(p.warnings.contains(&Warning::ActInForceAsFarAsTextShows {
        as_of: d("2026-11-23"),
        entry_undated: true
    }));
    let early = make("replace-lost", "2013-03-20", &[]);
    assert_eq!(early.regulation.standing, Standing::NotYetInForce);
    assert!(!early.applies);
    assert!(early.steps.is_empty() && early.documents.is_empty() && early.fees.is_empty());
    assert_eq!(early.completion.latest, None);
    // The first day it surely was approved: 01.01.2023.
    assert_eq!(early.regulation.nearest_day_in_force, Some(d("2023-01-01")));
    assert!(early.warnings.contains(&Warning::ActNotYetInForce {
        date: d("2013-03-20"),
        earliest: d("2022-01-01"),
        latest: None
    }));
    for day in ["2022-01-01", "2022-12-31"] {
        let p = make("replace-lost", day, &[]);
        assert_eq!(p.regulation.standing, Standing::EntryUncertain, "{day}");
        assert_eq!(p.regulation.in_force, None);
        // Computed under the warning that names the year.
        assert!(p.applies && !p.documents.is_empty());
        assert!(p.warnings.contains(&Warning::ActSigningUncertain {
            date: d(day),
            year: 2022
        }));
    }
    let next = make("replace-lost", "2023-01-01", &[]);
    assert_eq!(next.regulation.standing, Standing::InForceAsFarAsTextShows);
}

#[test]
fn the_missing_fee_is_said_plainly() {
    let p = make("replace-previously-issued", "2025-03-19", &[]);
    let fee = &p.fees[0];
    assert_eq!(
        (fee.amount(), fee.gap.as_deref()),
        (None, Some("fee-amounts"))
    );
    assert!(p
        .gaps
        .iter()
        .any(|g| g.id == "fee-amounts" && g.source.lines == [128, 128]));
    assert!(doc_ids(&p).contains(&"licence-being-replaced"));
}

#[test]
fn only_questions_that_change_the_outcome_are_asked() {
    let asked = |s: &str, a: &[(&str, &str)]| -> Vec<String> {
        make(s, "2025-03-19", a)
            .questions
            .into_iter()
            .map(|q| q.id)
            .collect()
    };
    // l. 125: a deprivation in force bars issue in every situation, so it is always asked.
    assert_eq!(
        asked("intl-in-person", &[]),
        ["citizenship", "deprivation_on_record"]
    );
    assert_eq!(
        asked("foreign-dl-exchange", &[]),
        [
            "data_in_database",
            "medical_certificate_date",
            "licence_in_foreign_language",
            "deprivation_on_record",
            "exam_no_show",
            "training_certificate_date"
        ]
    );
    // l. 115: the training certificate's 6 months hold only after a no-show, so that
    // and the certificate's date are asked where the exam is taken.
    assert_eq!(
        asked("nat-first-issue", &[]),
        [
            "citizenship",
            "data_in_database",
            "medical_certificate_date",
            "deprivation_on_record",
            "exam_no_show",
            "training_certificate_date"
        ]
    );
    // Once the records are in the database, whether you hold the paper ones stops mattering.
    assert_eq!(
        asked("replace-lost", &[("data_in_database", "yes")]),
        [
            "citizenship",
            "data_in_database",
            "licence_kind",
            "medical_certificate_date",
            "deprivation_on_record"
        ]
    );
}

#[test]
fn bad_answers_are_refused_with_the_valid_choices() {
    let req = Request {
        service: DL,
        situation: "replace-lost",
        submitted: parse_date("2025-03-19").unwrap(),
        submitted_at: None,
        answers: BTreeMap::from([("licence_kind".to_string(), "both-and-more".to_string())]),
    };
    let e = plan(Catalog::embedded().unwrap(), &req).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid answer 'both-and-more' to 'licence_kind' (valid: national, international, both)"
    );
}
