//! The expected completion: at the end of the steps, or by the overall term the act
//! sets (from submission or from a step), and the step an overall minimum holds back.

use super::{Chain, Cursor};
use crate::engine::condition::Truth;
use crate::engine::plan::types::{Completion, CompletionBasis, PlannedStep, TermOut};
use crate::engine::plan::warnings::{StepFlag, Warning};
use crate::engine::plan::Ctx;
use crate::engine::regulation::OverallTerm;
use crate::engine::term::TermKind;

/// The completion of a plan whose act does not apply on the date.
pub(in crate::engine::plan) fn not_in_force() -> Completion {
    undated_completion(CompletionBasis::NotInForce)
}

/// The completion of a plan a refusal ground bars.
pub(in crate::engine::plan) fn barred() -> Completion {
    undated_completion(CompletionBasis::Barred)
}

fn undated_completion(basis: CompletionBasis) -> Completion {
    Completion {
        earliest: None,
        latest: None,
        basis,
        lower_bound_after: None,
        term: None,
        source: None,
        special_days: Vec::new(),
        rolled_from: None,
    }
}

impl Ctx<'_> {
    pub(super) fn completion(
        &self,
        chain: &Chain,
        ends: &[(String, Chain)],
        warnings: &mut Vec<Warning>,
    ) -> Completion {
        let overall = self
            .service
            .overall_terms
            .iter()
            .find(|o| self.truth(&o.when) != Truth::No);
        let no_steps = self.applicable_steps().all(|s| s.contingency.is_some());
        match overall {
            None if no_steps => undated_completion(CompletionBasis::NoStepsNoTerm),
            None => self.completion_at_steps_end(chain),
            Some(o) => self.completion_by_overall_term(o, chain, ends, warnings),
        }
    }

    pub(super) fn completion_at_steps_end(&self, chain: &Chain) -> Completion {
        match (&chain.latest, &chain.lower_bound_after) {
            // A step without a term: the completion is known only from below.
            (Cursor::At(d), Some(step)) => Completion {
                earliest: Some(d.date),
                latest: None,
                basis: CompletionBasis::LowerBound {
                    date: d.date,
                    step: step.clone(),
                },
                lower_bound_after: Some(step.clone()),
                term: None,
                source: None,
                special_days: d.special_days.clone(),
                rolled_from: d.rolled_from,
            },
            (Cursor::At(d), None) => Completion {
                // A minimum that contradicts the step terms is reported, not shown as
                // an earliest date after the latest.
                earliest: chain.earliest.date().map(|e| e.min(d.date)),
                latest: Some(d.date),
                basis: CompletionBasis::StepsEnd {
                    date: d.date,
                    own_path: !self.service.overall_terms.is_empty(),
                },
                lower_bound_after: None,
                term: None,
                source: None,
                special_days: d.special_days.clone(),
                rolled_from: d.rolled_from,
            },
            (Cursor::Unknown(why), _) => Completion {
                earliest: None,
                latest: None,
                basis: CompletionBasis::Undated {
                    why: (**why).clone(),
                },
                lower_bound_after: None,
                term: None,
                source: None,
                special_days: Vec::new(),
                rolled_from: None,
            },
        }
    }

    pub(super) fn completion_by_overall_term(
        &self,
        o: &OverallTerm,
        chain: &Chain,
        ends: &[(String, Chain)],
        warnings: &mut Vec<Warning>,
    ) -> Completion {
        let t = &o.term;
        // Counted from a step's end where the act says so and the step is on this path.
        let from_step = o
            .from_step
            .as_ref()
            .and_then(|id| ends.iter().find(|(s, _)| s == id));
        let (from, from_step_id) = match from_step {
            Some((id, c)) => (c.clone(), Some(id.clone())),
            None => (self.start(), None),
        };
        // Where the term ends: a named step's end (the certificate), or the chain's.
        let chain = o
            .to_step
            .as_ref()
            .and_then(|id| ends.iter().find(|(s, _)| s == id))
            .map_or(chain, |(_, c)| c);
        let cap = self.advance(&from.latest, t.max.or(t.min).unwrap_or(0), t.unit, t, false);
        let floor = match (t.kind, t.min) {
            (TermKind::Range, Some(min)) => self
                .advance(&from.earliest, min, t.lower_unit(), t, true)
                .date(),
            _ => None,
        };
        let Cursor::At(capped) = &cap else {
            let Cursor::Unknown(why) = cap else {
                unreachable!()
            };
            return Completion {
                earliest: None,
                latest: None,
                basis: CompletionBasis::Undated { why: *why },
                lower_bound_after: None,
                term: Some(TermOut::from(t)),
                source: Some(o.source.clone()),
                special_days: Vec::new(),
                rolled_from: None,
            };
        };
        let (Some(from_date), latest) = (from.latest.date(), capped.date) else {
            return self.completion_at_steps_end(chain);
        };
        if let Some(steps_date) = chain.latest.date() {
            if steps_date > latest && chain.lower_bound_after.is_none() {
                warnings.push(Warning::StepsExceedOverall {
                    steps: steps_date,
                    cap: latest,
                    source: o.source.clone(),
                });
            }
        }
        // After an untimed step the chain's end is itself only a lower bound.
        let from_below = chain.lower_bound_after.as_ref().and(chain.latest.date());
        let earliest = [chain.earliest.date(), floor, from_below]
            .into_iter()
            .flatten()
            .max();
        Completion {
            earliest: earliest.map(|e| e.min(latest)),
            latest: Some(latest),
            basis: CompletionBasis::OverallTerm {
                term: TermOut::from(t),
                source: o.source.clone(),
                from_step: from_step_id,
                from: from_date,
                to: latest,
                not_before: floor,
            },
            lower_bound_after: None,
            term: Some(TermOut::from(t)),
            source: Some(o.source.clone()),
            special_days: capped.special_days.clone(),
            rolled_from: capped.rolled_from,
        }
    }

    /// An overall term's minimum holds back the step that ends it (the certificate),
    /// not only the completion.
    pub(super) fn hold_back_overall_end(&self, completion: &Completion, out: &mut [PlannedStep]) {
        let CompletionBasis::OverallTerm {
            not_before: Some(floor),
            ..
        } = &completion.basis
        else {
            return;
        };
        let Some(o) = self
            .service
            .overall_terms
            .iter()
            .find(|o| self.truth(&o.when) != Truth::No)
        else {
            return;
        };
        let Some(end) = o
            .to_step
            .as_ref()
            .and_then(|id| out.iter_mut().find(|s| &s.id == id))
        else {
            return;
        };
        if end.earliest.is_some_and(|e| e < *floor) {
            end.earliest = Some(*floor);
            end.flags.push(StepFlag::HeldBack {
                procedure: o.id.clone(),
                not_before: *floor,
            });
        }
    }
}
