//! Where a dossier stands against its plan: each required document's state and expiry,
//! how ready the dossier is, what blocks submission, and the next date that matters.

use serde::Serialize;

use super::dossier::{DocStatus, OrgDossier};
use crate::engine::calendar::Calendar;
use crate::engine::date::Date;
use crate::engine::plan::{Plan, PlannedDocument, Required};
use crate::engine::term::{window_start, Unit};

/// One document the plan asks for, as the dossier has it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocReview {
    pub document: String,
    pub required: Required,
    pub status: DocStatus,
    /// The last day the document is valid, and on what that rests.
    pub expires: Option<(Date, ExpiryBasis)>,
}

/// Where an expiry date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpiryBasis {
    /// The regulation's window on the document's date (e.g. issued within 6 months).
    Regulation,
    /// Entered by the organisation where the regulation sets no window.
    ByHand,
}

/// What stands between the dossier and its submission on the planned date.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Blocker {
    /// A required document not ready (missing or still in preparation).
    NotReady { document: String, status: DocStatus },
    /// A document whose validity ends before the planned submission.
    ExpiresBeforeSubmission { document: String, expires: Date },
    /// The act does not apply on the planned date (not yet in force, repealed, or a
    /// ground bars the application): the plan says which.
    ActDoesNotApply,
}

/// A date to act on: the earliest that has not passed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextDate {
    Submission { date: Date },
    Expiry { date: Date, document: String },
    Decision { date: Date },
}

impl NextDate {
    pub fn date(&self) -> Date {
        match self {
            NextDate::Submission { date }
            | NextDate::Expiry { date, .. }
            | NextDate::Decision { date } => *date,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Review {
    pub documents: Vec<DocReview>,
    /// Records of documents the plan no longer asks for (an answer changed): kept, and
    /// shown apart.
    pub set_aside: Vec<String>,
    pub missing: usize,
    pub in_preparation: usize,
    pub ready: usize,
    pub not_applicable: usize,
    /// Ready or not applicable, of all documents, rounded down: 100 only when all are.
    pub percent: u8,
    pub blockers: Vec<Blocker>,
    /// Documents still valid at submission that lapse before the expected decision:
    /// where the text wants them valid then, they must be renewed.
    pub lapse_before_decision: Vec<(String, Date)>,
    pub next: Option<NextDate>,
}

/// The dossier `d` against `plan` (made for its answers and planned date), on `today`.
pub fn review(d: &OrgDossier, plan: &Plan, calendar: &Calendar, today: Date) -> Review {
    let documents: Vec<DocReview> = plan
        .documents
        .iter()
        .map(|doc| {
            let record = d.record(&doc.id);
            let by_rule = record
                .issued
                .and_then(|issued| expiry(calendar, doc, issued))
                .map(|e| (e, ExpiryBasis::Regulation));
            let by_hand = record.expires.map(|e| (e, ExpiryBasis::ByHand));
            DocReview {
                document: doc.id.clone(),
                required: doc.required,
                status: record.status.clone(),
                expires: by_rule.or(by_hand),
            }
        })
        .collect();
    let set_aside = d
        .documents
        .keys()
        .filter(|id| !plan.documents.iter().any(|doc| &doc.id == *id))
        .cloned()
        .collect();
    let count = |f: fn(&DocStatus) -> bool| documents.iter().filter(|r| f(&r.status)).count();
    let missing = count(|s| *s == DocStatus::Missing);
    let in_preparation = count(|s| *s == DocStatus::InPreparation);
    let ready = count(|s| *s == DocStatus::Ready);
    let not_applicable = count(|s| matches!(s, DocStatus::NotApplicable { .. }));
    let done = ready + not_applicable;
    let percent = if documents.is_empty() {
        100
    } else {
        (done * 100 / documents.len()) as u8
    };

    let mut blockers = vec![];
    if !plan.applies || !plan.barred_by.is_empty() {
        blockers.push(Blocker::ActDoesNotApply);
    }
    for r in &documents {
        let needed = !matches!(r.status, DocStatus::NotApplicable { .. });
        if needed && r.required == Required::Yes && r.status != DocStatus::Ready {
            blockers.push(Blocker::NotReady {
                document: r.document.clone(),
                status: r.status.clone(),
            });
        }
        if let Some((expires, _)) = r.expires.filter(|(e, _)| needed && *e < d.planned) {
            blockers.push(Blocker::ExpiresBeforeSubmission {
                document: r.document.clone(),
                expires,
            });
        }
    }
    let decision = plan.completion.latest;
    let lapse_before_decision = documents
        .iter()
        .filter_map(|r| {
            let (e, _) = r.expires?;
            (e >= d.planned && decision.is_some_and(|dec| e < dec)).then(|| (r.document.clone(), e))
        })
        .collect();

    let expiries = documents.iter().filter_map(|r| {
        r.expires.map(|(date, _)| NextDate::Expiry {
            date,
            document: r.document.clone(),
        })
    });
    let next = std::iter::once(NextDate::Submission { date: d.planned })
        .chain(expiries)
        .chain(decision.map(|date| NextDate::Decision { date }))
        .filter(|n| n.date() >= today)
        .min_by_key(NextDate::date);

    Review {
        documents,
        set_aside,
        missing,
        in_preparation,
        ready,
        not_applicable,
        percent,
        blockers,
        lapse_before_decision,
        next,
    }
}

/// The last day a document issued on `issued` still meets the regulation's window:
/// the last day whose window (counted back from it) still reaches `issued`. The window
/// is counted exactly as the plan counts it, so the two always agree.
pub fn expiry(calendar: &Calendar, doc: &PlannedDocument, issued: Date) -> Option<Date> {
    let v = doc.validity.as_ref()?;
    let reaches = |day: Date| window_start(calendar, day, v.max_age, v.unit).map(|s| s <= issued);
    // Far enough that the window surely no longer reaches `issued`.
    let span = u64::from(v.max_age)
        * match v.unit {
            Unit::CalendarDays => 1,
            Unit::Weeks => 7,
            Unit::WorkingDays => 3,
            Unit::Months => 31,
            Unit::Years => 366,
            Unit::Minutes | Unit::Hours => return None,
        };
    let (mut lo, mut hi) = (issued, issued + chrono::Days::new(span + 31));
    if !reaches(lo).ok()? {
        return None;
    }
    // `reaches` holds at `lo` and not at `hi`: halve until they meet.
    while (hi - lo).num_days() > 1 {
        let mid = lo + chrono::Days::new(((hi - lo).num_days() / 2) as u64);
        if reaches(mid).ok()? {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Country;
    use crate::engine::plan::plan;
    use crate::engine::plan::testing::{d, Fixture, ID};
    use crate::org::dossier::DocRecord;

    /// The fixture's first issue, planned for `planned`, with these records.
    fn dossier(planned: &str, records: &[(&str, DocRecord)]) -> OrgDossier {
        OrgDossier {
            id: "d1".into(),
            organisation: "lab".into(),
            service: ID.into(),
            situation: "first".into(),
            planned: d(planned),
            answers: Default::default(),
            documents: records
                .iter()
                .map(|(id, r)| (id.to_string(), r.clone()))
                .collect(),
            calendar: Default::default(),
        }
    }

    fn record(status: DocStatus, issued: Option<&str>) -> DocRecord {
        DocRecord {
            status,
            issued: issued.map(d),
            ..DocRecord::default()
        }
    }

    fn run(dossier: &OrgDossier, today: &str) -> Review {
        let c = Fixture::new().catalog();
        let p = plan(&c, &dossier.request()).unwrap();
        review(dossier, &p, c.calendar(Country::KZ).unwrap(), d(today))
    }

    #[test]
    fn a_photo_six_months_old_lapses_at_the_month_end_and_blocks_submission() {
        // Issued 31.08.2024, "at most 6 months old": the window from 28.02.2025 reaches
        // back to 28.08.2024, from 01.03.2025 only to 01.09.2024. Valid up to 28.02.2025.
        let d1 = dossier(
            "2025-03-19",
            &[
                ("application", record(DocStatus::Ready, None)),
                ("photo", record(DocStatus::Ready, Some("2024-08-31"))),
            ],
        );
        let r = run(&d1, "2025-02-01");
        assert_eq!(
            r.documents[1].expires,
            Some((d("2025-02-28"), ExpiryBasis::Regulation))
        );
        assert_eq!(
            r.blockers,
            vec![Blocker::ExpiresBeforeSubmission {
                document: "photo".into(),
                expires: d("2025-02-28"),
            }]
        );
        assert_eq!((r.ready, r.missing, r.percent), (2, 0, 100));
        // The photo's lapse comes before the submission.
        assert_eq!(
            r.next,
            Some(NextDate::Expiry {
                date: d("2025-02-28"),
                document: "photo".into()
            })
        );
    }

    #[test]
    fn a_photo_valid_on_the_day_of_submission_may_lapse_before_the_decision() {
        // Issued 19.09.2024: the window from 19.03.2025 reaches it, from 20.03.2025 not.
        let d1 = dossier(
            "2025-03-19",
            &[("photo", record(DocStatus::Ready, Some("2024-09-19")))],
        );
        let r = run(&d1, "2025-03-19");
        assert_eq!(
            r.documents[1].expires,
            Some((d("2025-03-19"), ExpiryBasis::Regulation))
        );
        assert_eq!(
            r.lapse_before_decision,
            vec![("photo".into(), d("2025-03-19"))]
        );
        assert_eq!(
            r.blockers,
            vec![Blocker::NotReady {
                document: "application".into(),
                status: DocStatus::Missing,
            }]
        );
        assert_eq!((r.ready, r.missing, r.percent), (1, 1, 50));
        assert_eq!(
            r.next,
            Some(NextDate::Submission {
                date: d("2025-03-19")
            })
        );
    }

    #[test]
    fn a_record_the_plan_no_longer_asks_for_is_set_aside_not_lost() {
        // The old licence is asked on renewal only.
        let d1 = dossier(
            "2025-03-19",
            &[(
                "old-licence",
                record(DocStatus::InPreparation, Some("2020-01-10")),
            )],
        );
        let r = run(&d1, "2025-03-01");
        assert_eq!(r.set_aside, vec!["old-licence".to_string()]);
        assert_eq!(r.documents.len(), 2);
        let mut renewal = d1.clone();
        renewal.situation = "renewal".into();
        let r = run(&renewal, "2025-03-01");
        assert!(r.set_aside.is_empty());
        assert_eq!(r.in_preparation, 1);
    }

    #[test]
    fn an_expiry_entered_by_hand_counts_where_the_text_sets_no_window() {
        let mut application = record(DocStatus::Ready, Some("2025-01-10"));
        application.expires = Some(d("2025-03-18"));
        let d1 = dossier("2025-03-19", &[("application", application)]);
        let r = run(&d1, "2025-03-01");
        assert_eq!(
            r.documents[0].expires,
            Some((d("2025-03-18"), ExpiryBasis::ByHand))
        );
        assert!(r.blockers.contains(&Blocker::ExpiresBeforeSubmission {
            document: "application".into(),
            expires: d("2025-03-18"),
        }));
    }

    #[test]
    fn a_document_not_applicable_neither_blocks_nor_lapses() {
        let na = DocStatus::NotApplicable {
            reason: "exempt".into(),
        };
        let d1 = dossier(
            "2025-03-19",
            &[
                ("application", record(DocStatus::Ready, None)),
                ("photo", record(na, Some("2020-01-01"))),
            ],
        );
        let r = run(&d1, "2025-03-01");
        assert!(r.blockers.is_empty(), "{:?}", r.blockers);
        assert_eq!((r.not_applicable, r.percent), (1, 100));
    }

    #[test]
    fn the_expiry_agrees_with_the_plans_own_window_on_every_day() {
        // For each issue date of 2024 and each submission day of the following year,
        // the document is valid at submission exactly when its expiry is not before it.
        let c = Fixture::new().catalog();
        let p = plan(&c, &dossier("2025-03-19", &[]).request()).unwrap();
        let photo = p.documents.iter().find(|x| x.id == "photo").unwrap();
        let cal = c.calendar(Country::KZ).unwrap();
        let mut issued = d("2024-01-01");
        while issued < d("2025-01-01") {
            let e = expiry(cal, photo, issued).unwrap();
            for ahead in [0, 150, 181, 182, 183, 184, 200] {
                let day = issued + chrono::Days::new(ahead);
                let within = window_start(cal, day, 6, Unit::Months).unwrap() <= issued;
                assert_eq!(within, day <= e, "issued {issued}, submitted {day}");
            }
            issued = issued.succ_opt().unwrap();
        }
    }

    #[test]
    fn before_the_act_is_in_force_the_dossier_cannot_be_submitted() {
        // The fixture's act is in force from 01.01.2020.
        let d1 = dossier("2019-12-20", &[]);
        let r = run(&d1, "2019-12-01");
        assert_eq!(r.blockers.first(), Some(&Blocker::ActDoesNotApply));
    }
}
