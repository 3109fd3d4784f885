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
            end.flags
                .push(StepFlag::HeldBackOverall { not_before: *floor });
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{barred, not_in_force};
    use crate::engine::calendar::Country;
    use crate::engine::plan::testing::{
        answers, ctx, d, nauryz_2025, source, step, term, why, Fixture, Why,
    };
    use crate::engine::plan::timeline::Chain;
    use crate::engine::plan::types::{Completion, CompletionBasis, PlannedStep, TermOut};
    use crate::engine::plan::warnings::{StepFlag, Undated, Warning};

    /// The fixture's applicable steps chained from submission on `day`, then its
    /// completion (and the steps, after an overall minimum held the last one back).
    fn complete(f: Fixture, day: &str) -> (Completion, Vec<PlannedStep>, Vec<Warning>) {
        let c = f.catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d(day), &a);
        let mut now: Chain = x.start();
        let (mut ends, mut out) = (Vec::new(), Vec::new());
        for s in x.applicable_steps() {
            let at = x.date_step(s, &now);
            out.push(x.planned(s, &now, &at));
            if s.contingency.is_none() {
                ends.push((s.id.clone(), at.clone()));
                now = at;
            }
        }
        let mut w = Vec::new();
        let done = x.completion(&now, &ends, &mut w);
        x.hold_back_overall_end(&done, &mut out);
        (done, out, w)
    }

    fn overall_term(c: &Completion) -> TermOut {
        c.term.clone().unwrap()
    }

    #[test]
    fn a_plan_not_in_force_or_barred_has_no_dates() {
        for (c, basis) in [
            (not_in_force(), CompletionBasis::NotInForce),
            (barred(), CompletionBasis::Barred),
        ] {
            assert_eq!((c.earliest, c.latest, c.basis), (None, None, basis));
            assert_eq!((c.term, c.source, c.rolled_from), (None, None, None));
            assert!(c.special_days.is_empty() && c.lower_bound_after.is_none());
        }
        // No steps and no overall term: nothing to count; a contingency alone is not a path.
        let (c, _, _) = complete(Fixture::new().steps(vec![]), "2025-03-19");
        assert_eq!((c.basis, c.latest), (CompletionBasis::NoStepsNoTerm, None));
        let f = Fixture::new().steps(vec![step("r", Some(term("within", 5, "working_days")))]);
        let f = f.step_field("r", "contingency", json!({"en": "if failed"}));
        assert_eq!(
            complete(f, "2025-03-19").0.basis,
            CompletionBasis::NoStepsNoTerm
        );
    }

    #[test]
    fn without_an_overall_term_the_plan_completes_where_the_steps_end() {
        // Step 1 is due Thu 27.03.2025, step 2 two working days later: Fri 28, Mon 31.03.
        let (c, _, w) = complete(Fixture::new(), "2025-03-19");
        assert_eq!(
            (c.earliest, c.latest),
            (Some(d("2025-03-19")), Some(d("2025-03-31")))
        );
        assert_eq!(
            c.basis,
            CompletionBasis::StepsEnd {
                date: d("2025-03-31"),
                own_path: false
            }
        );
        // The days step 2 skipped: the weekend of 29–30 March.
        assert_eq!(
            why(&c.special_days),
            [
                (d("2025-03-29"), Why::Weekend),
                (d("2025-03-30"), Why::Weekend)
            ]
        );
        assert_eq!(w, []);
        // The act has an overall term, for renewal only: this path ends on its steps.
        let f = Fixture::new().overall(
            "o",
            term("within", 3, "working_days"),
            json!({"when": {"situation_in": ["renewal"]}}),
        );
        let (c, _, w) = complete(f, "2025-03-19");
        assert_eq!(
            c.basis,
            CompletionBasis::StepsEnd {
                date: d("2025-03-31"),
                own_path: true
            }
        );
        assert_eq!(w, []);
    }

    #[test]
    fn after_a_step_without_a_term_the_completion_is_a_lower_bound() {
        // Step 2 has no term: done no sooner than step 1, Thu 27.03.2025.
        let f = Fixture::new().step_field("2", "term", json!(null));
        let (c, _, _) = complete(f, "2025-03-19");
        assert_eq!((c.earliest, c.latest), (Some(d("2025-03-27")), None));
        assert_eq!(
            c.basis,
            CompletionBasis::LowerBound {
                date: d("2025-03-27"),
                step: "2".into()
            }
        );
        assert_eq!(c.lower_bound_after.as_deref(), Some("2"));
    }

    #[test]
    fn an_overall_term_counts_from_submission_and_caps_the_steps() {
        // 10 working days from Wed 19.03.2025: Thu 20 (1), 21–25 off, Wed 26 – Fri 28 (4),
        // Mon 31 – Fri 04.04 (9), Mon 07.04 (10).
        let f = Fixture::new().overall("o", term("within", 10, "working_days"), json!({}));
        let (c, _, w) = complete(f, "2025-03-19");
        assert_eq!(
            (c.earliest, c.latest),
            (Some(d("2025-03-19")), Some(d("2025-04-07")))
        );
        assert_eq!(
            c.basis,
            CompletionBasis::OverallTerm {
                term: overall_term(&c),
                source: source("overall o"),
                from_step: None,
                from: d("2025-03-19"),
                to: d("2025-04-07"),
                not_before: None,
            }
        );
        let mut skipped = nauryz_2025();
        skipped.extend(
            ["2025-03-29", "2025-03-30", "2025-04-05", "2025-04-06"].map(|x| (d(x), Why::Weekend)),
        );
        skipped.sort_by_key(|x| x.0);
        assert_eq!(why(&c.special_days), skipped);
        assert_eq!(w, []);
        // Three working days (Thu 27.03) are shorter than the steps (Mon 31.03): the
        // completion stays at the term, and the plan warns.
        let f = Fixture::new().overall("o", term("within", 3, "working_days"), json!({}));
        let (c, _, w) = complete(f, "2025-03-19");
        assert_eq!(c.latest, Some(d("2025-03-27")));
        assert_eq!(
            w,
            [Warning::StepsExceedOverall {
                steps: d("2025-03-31"),
                cap: d("2025-03-27"),
                source: source("overall o")
            }]
        );
    }

    #[test]
    fn an_overall_term_counted_from_a_step_starts_where_that_step_ends() {
        // From step 1's end, Thu 27.03.2025, 5 working days: Fri 28, Mon 31, Tue 01 –
        // Thu 03.04.
        let f = Fixture::new().overall(
            "o",
            term("within", 5, "working_days"),
            json!({"from_step": "1"}),
        );
        let (c, _, _) = complete(f.clone(), "2025-03-19");
        assert!(
            matches!(&c.basis, CompletionBasis::OverallTerm { from_step: Some(s), from, to, .. }
            if s == "1" && *from == d("2025-03-27") && *to == d("2025-04-03"))
        );
        // Where step 1 is not on the path, the term counts from submission: Thu 20,
        // Wed 26 – Fri 28, Mon 31.03.
        let f = f.step_field("1", "when", json!({"situation_in": ["renewal"]}));
        let (c, _, _) = complete(f, "2025-03-19");
        assert!(
            matches!(&c.basis, CompletionBasis::OverallTerm { from_step: None, from, to, .. }
            if *from == d("2025-03-19") && *to == d("2025-03-31"))
        );
    }

    #[test]
    fn an_overall_minimum_holds_back_the_completion_and_the_step_it_ends_at() {
        // 5 to 15 working days from Wed 19.03.2025, ending at step 2: not before Mon 31.03
        // (20, 26, 27, 28, 31), by Mon 14.04 (… 07.04 is the 10th, 11.04 the 14th).
        let o = json!({"kind": "range", "min": 5, "max": 15, "unit": "working_days"});
        let f = Fixture::new().overall("o", o, json!({"to_step": "2"}));
        let (c, steps, _) = complete(f, "2025-03-19");
        assert_eq!(
            (c.earliest, c.latest),
            (Some(d("2025-03-31")), Some(d("2025-04-14")))
        );
        assert!(
            matches!(&c.basis, CompletionBasis::OverallTerm { not_before, .. }
            if *not_before == Some(d("2025-03-31")))
        );
        assert_eq!(steps[1].earliest, Some(d("2025-03-31")));
        assert_eq!(
            steps[1].flags,
            [StepFlag::HeldBackOverall {
                not_before: d("2025-03-31")
            }]
        );
        assert_eq!(steps[0].flags, []);
    }

    #[test]
    fn after_an_untimed_step_the_overall_term_still_dates_the_completion() {
        // Step 1 has no term; step 2 would end Wed 26.03.2025 (Thu 20, Wed 26) if it took
        // none, so not before then; the 10-working-day term gives Mon 07.04.
        let f = Fixture::new().step_field("1", "term", json!(null)).overall(
            "o",
            term("within", 10, "working_days"),
            json!({}),
        );
        let (c, _, _) = complete(f.clone(), "2025-03-19");
        assert_eq!(
            (c.earliest, c.latest),
            (Some(d("2025-03-26")), Some(d("2025-04-07")))
        );
        // A lower bound past the term (1 working day: Thu 20.03) is not a contradiction,
        // and the earliest date never passes the latest.
        let f = Fixture::new().step_field("1", "term", json!(null)).overall(
            "o",
            term("within", 1, "working_days"),
            json!({}),
        );
        let (c, _, w) = complete(f, "2025-03-19");
        assert_eq!(
            (c.earliest, c.latest, w),
            (Some(d("2025-03-20")), Some(d("2025-03-20")), vec![])
        );
    }

    #[test]
    fn an_overall_term_past_the_projected_years_is_undated() {
        // From Wed 20.12.2045, 10 working days run past 31.12.2045, the last projected day.
        let f = Fixture::new().overall("o", term("within", 10, "working_days"), json!({}));
        let (c, _, _) = complete(f, "2045-12-20");
        assert_eq!((c.earliest, c.latest), (None, None));
        assert_eq!(
            c.basis,
            CompletionBasis::Undated {
                why: Undated::OutOfCalendar {
                    date: d("2046-01-01"),
                    country: Country::KZ,
                    from: 2013,
                    to: 2045
                }
            }
        );
        assert_eq!(c.source, Some(source("overall o")));
        assert!(c.term.is_some());
    }
}
