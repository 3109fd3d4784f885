//! A dossier's whole cycle as dated events, from submission to the last duty the text
//! sets after the decision: each step's due date, the decision, the inspections and
//! reassessment, and the day each document stops being valid, on one axis.
//!
//! Exported as a calendar, each event keeps its UID from export to export, and an
//! event that moved or was renamed gets a higher SEQUENCE, so calendar apps update it
//! rather than adding a copy.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dossier::OrgDossier;
use super::review::Review;
use crate::engine::date::Date;
use crate::engine::plan::Plan;
use crate::engine::text::Lang;
use crate::locale::{tf, O};
use crate::package::ics::Event;

/// What an event of the cycle is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CycleKind {
    Submission,
    /// A step's due date.
    Step {
        step: String,
    },
    Decision,
    /// An item of a schedule after the decision (an inspection, a reassessment).
    Duty {
        schedule: String,
        item: String,
    },
    /// The last day a document is valid.
    Expiry {
        document: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CycleEvent {
    /// Stable across exports of the same dossier.
    pub uid: String,
    pub date: Date,
    pub kind: CycleKind,
}

/// The cycle of `d`, whose plan is `plan` and review `review`, in date order.
pub fn cycle(d: &OrgDossier, plan: &Plan, review: &Review) -> Vec<CycleEvent> {
    let uid = |what: &str| format!("{}-{what}@tartip", d.id);
    let mut out = vec![CycleEvent {
        uid: uid("submission"),
        date: d.planned,
        kind: CycleKind::Submission,
    }];
    for s in &plan.steps {
        if let Some(date) = s.due {
            out.push(CycleEvent {
                uid: uid(&format!("step-{}", s.id)),
                date,
                kind: CycleKind::Step { step: s.id.clone() },
            });
        }
    }
    if let Some(date) = plan.completion.latest {
        out.push(CycleEvent {
            uid: uid("decision"),
            date,
            kind: CycleKind::Decision,
        });
    }
    for sch in &plan.schedules {
        for item in &sch.items {
            if let Some(date) = item.date {
                out.push(CycleEvent {
                    uid: uid(&format!("{}-{}", sch.id, item.id)),
                    date,
                    kind: CycleKind::Duty {
                        schedule: sch.id.clone(),
                        item: item.id.clone(),
                    },
                });
            }
        }
    }
    for r in &review.documents {
        if let Some((date, _)) = r.expires {
            out.push(CycleEvent {
                uid: uid(&format!("expiry-{}", r.document)),
                date,
                kind: CycleKind::Expiry {
                    document: r.document.clone(),
                },
            });
        }
    }
    // By date; on one day the submission first, then the steps in the plan's order.
    out.sort_by_key(|e| (e.date, rank(&e.kind)));
    out
}

fn rank(kind: &CycleKind) -> u8 {
    match kind {
        CycleKind::Submission => 0,
        CycleKind::Step { .. } => 1,
        CycleKind::Decision => 2,
        CycleKind::Duty { .. } => 3,
        CycleKind::Expiry { .. } => 4,
    }
}

/// What the last calendar export said of each event, by UID: its sequence number and
/// what it showed. Kept with the dossier.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exported(pub BTreeMap<String, (u32, String)>);

impl Exported {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The cycle as calendar events in `lang`, each reminded `remind` days before, with
/// sequence numbers continuing `previous`; and the record of this export.
pub fn calendar_events(
    events: &[CycleEvent],
    plan: &Plan,
    lang: Lang,
    remind: u32,
    previous: &Exported,
) -> (Vec<Event>, Exported) {
    let service = plan.service_title.get(lang);
    let mut now = Exported::default();
    let out = events
        .iter()
        .map(|e| {
            let summary = summary(e, plan, lang);
            let shown = format!("{} {summary}", e.date);
            let sequence = match previous.0.get(&e.uid) {
                Some((n, before)) if *before == shown => *n,
                Some((n, _)) => n + 1,
                None => 0,
            };
            now.0.insert(e.uid.clone(), (sequence, shown));
            Event {
                uid: e.uid.clone(),
                date: e.date,
                summary,
                description: service.to_string(),
                remind_days_before: remind,
                sequence,
            }
        })
        .collect();
    (out, now)
}

fn summary(e: &CycleEvent, plan: &Plan, lang: Lang) -> String {
    let service = plan.service_title.get(lang);
    match &e.kind {
        CycleKind::Submission => tf(lang, O::CycleSubmission, &[("service", service)]),
        CycleKind::Step { step } => plan
            .steps
            .iter()
            .find(|s| &s.id == step)
            .map_or_else(|| step.clone(), |s| s.title.get(lang).to_string()),
        CycleKind::Decision => tf(lang, O::CycleDecision, &[("service", service)]),
        CycleKind::Duty { schedule, item } => {
            let sch = plan.schedules.iter().find(|s| &s.id == schedule);
            let it = sch.and_then(|s| s.items.iter().find(|i| &i.id == item));
            match (sch, it) {
                (Some(s), Some(i)) => format!("{}: {}", s.title.get(lang), i.title.get(lang)),
                _ => item.clone(),
            }
        }
        CycleKind::Expiry { document } => {
            let doc = plan.documents.iter().find(|x| &x.id == document);
            let title = doc.map_or(document.as_str(), |x| x.title.get(lang));
            tf(lang, O::CycleExpiry, &[("doc", title)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Country;
    use crate::engine::date::parse_date;
    use crate::engine::plan::plan;
    use crate::engine::Catalog;
    use crate::org::review::review;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    /// The KG personnel-certification body's initial accreditation, submitted
    /// 21.04.2025: the hand-worked case has its inspections on 23.11.2026 and
    /// 23.05.2028 and its reassessment on 23.11.2029.
    fn accreditation() -> (OrgDossier, Plan, Review) {
        let dossier = OrgDossier {
            id: "cb".into(),
            organisation: "org".into(),
            service: "kg-accreditation-personnel-certification-body".into(),
            situation: "initial-accreditation".into(),
            planned: d("2025-04-21"),
            answers: BTreeMap::new(),
            documents: BTreeMap::new(),
            calendar: Default::default(),
        };
        let (p, r) = planned(&dossier);
        (dossier, p, r)
    }

    /// The dossier's plan and its review on 01.04.2025.
    fn planned(dossier: &OrgDossier) -> (Plan, Review) {
        let c = Catalog::embedded().unwrap();
        let p = plan(c, &dossier.request()).unwrap();
        let r = review(
            dossier,
            &p,
            c.calendar(Country::KG).unwrap(),
            d("2025-04-01"),
        );
        (p, r)
    }

    #[test]
    fn the_cycle_runs_from_submission_to_the_reassessment_in_date_order() {
        let (dossier, p, r) = accreditation();
        let events = cycle(&dossier, &p, &r);
        assert_eq!(events.first().unwrap().kind, CycleKind::Submission);
        assert_eq!(events.first().unwrap().date, d("2025-04-21"));
        let duties: Vec<Date> = events
            .iter()
            .filter(|e| matches!(e.kind, CycleKind::Duty { .. }))
            .map(|e| e.date)
            .collect();
        assert_eq!(duties, [d("2026-11-23"), d("2028-05-23"), d("2029-11-23")]);
        assert_eq!(events.last().unwrap().date, d("2029-11-23"));
        assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
        let decision = events.iter().find(|e| e.kind == CycleKind::Decision);
        assert_eq!(decision.map(|e| e.date), p.completion.latest);
    }

    #[test]
    fn a_second_export_keeps_the_uids_and_raises_the_sequence_of_what_moved() {
        let (mut dossier, p, r) = accreditation();
        let events = cycle(&dossier, &p, &r);
        let (first, log) = calendar_events(&events, &p, Lang::En, 7, &Exported::default());
        assert!(first
            .iter()
            .all(|e| e.sequence == 0 && e.remind_days_before == 7));
        let (again, same) = calendar_events(&events, &p, Lang::En, 7, &log);
        assert_eq!(again, first, "nothing changed, nothing moves");
        assert_eq!(same, log);

        // Submitted a week later, the submission and what counts from it move.
        dossier.planned = d("2025-04-28");
        let (p2, r2) = planned(&dossier);
        let (second, _) = calendar_events(&cycle(&dossier, &p2, &r2), &p2, Lang::En, 7, &log);
        let submission = second
            .iter()
            .find(|e| e.uid == "cb-submission@tartip")
            .unwrap();
        assert_eq!((submission.date, submission.sequence), (d("2025-04-28"), 1));
        let uids = |v: &[Event]| v.iter().map(|e| e.uid.clone()).collect::<Vec<_>>();
        let mut before = uids(&first);
        let mut after = uids(&second);
        before.sort();
        after.sort();
        assert_eq!(before, after, "the same events under the same UIDs");
        for e in &second {
            let old = first.iter().find(|o| o.uid == e.uid).unwrap();
            let moved = (old.date, &old.summary) != (e.date, &e.summary);
            assert_eq!(e.sequence, u32::from(moved), "{}", e.uid);
        }
    }
}
