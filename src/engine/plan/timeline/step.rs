//! A step as the plan shows it: its due date, or why there is none, and its flags.

use super::{Chain, Cursor};
use crate::engine::clock::ClockTime;
use crate::engine::condition::Truth;
use crate::engine::plan::types::{PlannedStep, Required, TermOut};
use crate::engine::plan::warnings::{StepFlag, Undated};
use crate::engine::plan::Ctx;
use crate::engine::regulation::Step;
use crate::engine::term::{Dated, TermKind};

impl Ctx<'_> {
    /// `step` as the plan shows it, ended at `at` and started at `from`.
    pub(super) fn planned(&self, step: &Step, from: &Chain, at: &Chain) -> PlannedStep {
        // After a step without a term, the due date is only known from below.
        let bounded = from.lower_bound_after.as_ref().filter(|_| {
            step.term
                .as_ref()
                .is_some_and(|t| t.kind != TermKind::NotEarlierThan)
        });
        let (due, undated, special_days) = match (&at.latest, &step.term) {
            (Cursor::At(_), Some(_)) if bounded.is_some() => {
                let after = bounded.expect("checked");
                let title = self
                    .service
                    .steps
                    .iter()
                    .find(|s| &s.id == after)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                (
                    None,
                    Some(Undated::AfterUntimed {
                        step: after.clone(),
                        title,
                    }),
                    Vec::new(),
                )
            }
            (_, None) => (
                None,
                Some(Undated::NoTerm {
                    title: step.title.clone(),
                    source: step.source.clone(),
                }),
                Vec::new(),
            ),
            (_, Some(t)) if t.kind == TermKind::NotEarlierThan => {
                (None, Some(Undated::LowerBoundOnly), Vec::new())
            }
            (Cursor::At(d), _) => (Some(d.date), None, d.special_days.clone()),
            (Cursor::Unknown(why), _) => (None, Some((**why).clone()), Vec::new()),
        };
        let due_time = match &at.latest {
            Cursor::At(Dated {
                minute: Some(m), ..
            }) if self.day.clock && due.is_some() => Some(ClockTime(*m)),
            _ => None,
        };
        // The lower bound of a due date that depends on an untimed step: the date the
        // step would be due if the untimed one took no time.
        let lower_bound = bounded.and(at.latest.date());
        // A due date or lower bound the same-day reading puts elsewhere.
        let shown = due.or(lower_bound);
        let other = at
            .same_day
            .date()
            .filter(|d| shown.is_some_and(|x| x != *d));
        let mut flags = Vec::new();
        let untimed_after = from
            .lower_bound_after
            .as_ref()
            .filter(|_| step.term.is_none());
        if let (Some(after), Some(_)) = (
            bounded.or(untimed_after),
            lower_bound.or(from.latest.date()),
        ) {
            flags.push(StepFlag::LowerBound {
                after_step: after.clone(),
            });
        }
        if let Some(year) = due.or(lower_bound).and_then(|d| self.projected(d)) {
            flags.push(StepFlag::Projected { year });
        }
        if step.term.as_ref().is_some_and(|t| t.reading.is_some()) {
            flags.push(StepFlag::TermByReading);
        }
        if let Some(d) = other {
            flags.push(StepFlag::OtherReading { due: d });
        }
        PlannedStep {
            id: step.id.clone(),
            procedure: step.procedure.clone(),
            title: step.title.clone(),
            actor: step.actor.clone(),
            party: step.party,
            applies: if self.truth(&step.when) == Truth::Yes {
                Required::Yes
            } else {
                Required::IfApplicable
            },
            term: step.term.as_ref().map(TermOut::from),
            earliest: match &step.term {
                // An untimed step ends no earlier than where the chain stands.
                None => from.latest.date(),
                Some(_) => lower_bound.or(at.earliest.date()),
            },
            due,
            due_time,
            due_other_reading: other,
            undated,
            contingency: step.contingency.clone(),
            special_days,
            flags,
            source: step.source.clone(),
        }
    }
}
