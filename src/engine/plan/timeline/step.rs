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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::engine::catalog::Catalog;
    use crate::engine::clock::ClockTime;
    use crate::engine::plan::testing::{answers, ctx, d, nauryz_2025, step, term, why, Fixture};
    use crate::engine::plan::types::{PlannedStep, Required, TermOut};
    use crate::engine::plan::warnings::{StepFlag, Undated};
    use crate::engine::text::Text;

    /// Every step of the fixture `c` planned in order from submission on `day`, each
    /// from the end of the one before.
    fn chain(c: &Catalog, day: &str, pairs: &[(&str, &str)]) -> Vec<PlannedStep> {
        let a = answers(pairs);
        let x = ctx(c, "first", d(day), &a);
        let mut from = x.start();
        let mut out = Vec::new();
        for s in &x.service.steps {
            let at = x.date_step(s, &from);
            out.push(x.planned(s, &from, &at));
            from = at;
        }
        out
    }

    #[test]
    fn a_timed_step_is_due_at_the_latest_end_with_the_days_it_skipped() {
        // Wed 19.03.2025 + 3 working days: Thu 20 (1), Nauryz 21–25, Wed 26 (2), Thu 27 (3).
        let c = Fixture::new().catalog();
        let s = &chain(&c, "2025-03-19", &[])[0];
        let service = c.service(crate::engine::plan::testing::ID).unwrap();
        assert_eq!(
            (
                s.earliest,
                s.due,
                s.due_time,
                s.due_other_reading,
                &s.undated
            ),
            (
                Some(d("2025-03-19")),
                Some(d("2025-03-27")),
                None,
                None,
                &None
            )
        );
        assert_eq!(why(&s.special_days), nauryz_2025());
        assert_eq!((s.applies, &s.flags), (Required::Yes, &vec![]));
        assert_eq!(
            s.term,
            Some(TermOut::from(service.steps[0].term.as_ref().unwrap()))
        );
        assert_eq!(
            (&s.title, &s.source),
            (&service.steps[0].title, &service.steps[0].source)
        );
    }

    #[test]
    fn after_a_step_without_a_term_due_dates_are_lower_bounds() {
        let c = Fixture::new()
            .steps(vec![
                step("u", None),
                step("v", None),
                step("1", Some(term("within", 3, "working_days"))),
            ])
            .catalog();
        let out = chain(&c, "2025-03-19", &[]);
        let untimed = |id: &str| Undated::NoTerm {
            title: Text::en(format!("step {id}")),
            source: crate::engine::plan::testing::source(&format!("step {id}")),
        };
        // `u` is undated itself, ending no earlier than submission; the first untimed
        // step is the reason, so it carries no flag of its own.
        assert_eq!((out[0].due, out[0].earliest), (None, Some(d("2025-03-19"))));
        assert_eq!(
            (&out[0].undated, &out[0].flags),
            (&Some(untimed("u")), &vec![])
        );
        // `v`, also untimed, comes after `u`: a lower bound because of `u`.
        assert_eq!(out[1].undated, Some(untimed("v")));
        let after_u = StepFlag::LowerBound {
            after_step: "u".into(),
        };
        assert_eq!(out[1].flags, vec![after_u.clone()]);
        // `1` would be due Thu 27.03 if `u` and `v` took no time: not before then.
        assert_eq!((out[2].due, out[2].earliest), (None, Some(d("2025-03-27"))));
        assert_eq!(
            out[2].undated,
            Some(Undated::AfterUntimed {
                step: "u".into(),
                title: Text::en("step u")
            })
        );
        assert_eq!(
            (&out[2].flags, &out[2].special_days),
            (&vec![after_u], &vec![])
        );
    }

    #[test]
    fn a_step_with_only_a_minimum_is_not_due_but_has_an_earliest_day() {
        // Not earlier than 10 calendar days after Wed 19.03.2025: Sat 29.03, so Mon 31.03.
        let c = Fixture::new()
            .step_field(
                "1",
                "term",
                json!({"kind": "not_earlier_than", "min": 10, "unit": "calendar_days"}),
            )
            .catalog();
        let out = chain(&c, "2025-03-19", &[]);
        assert_eq!((out[0].due, out[0].earliest), (None, Some(d("2025-03-31"))));
        assert_eq!(out[0].undated, Some(Undated::LowerBoundOnly));
        // The step after it is known only from below: Mon 31.03 + 2 working days = Wed 02.04.
        assert_eq!((out[1].due, out[1].earliest), (None, Some(d("2025-04-02"))));
        assert!(matches!(&out[1].undated, Some(Undated::AfterUntimed { step, .. }) if step == "1"));
    }

    #[test]
    fn a_step_in_a_projected_year_a_read_term_and_an_open_condition_are_flagged() {
        // Mon 20.12.2027 + 10 working days: 21–24 (4), 27–31 (9), and 2028 is counted
        // with weekends alone: Mon 03.01.2028 (10).
        let c = Fixture::new()
            .step_field("1", "term", term("within", 10, "working_days"))
            .step_field(
                "1",
                "when",
                json!({"answer_is": {"question": "urgent", "value": "no"}}),
            )
            .edit(|s| s["steps"][0]["term"]["reading"] = json!({"en": "the paper route's"}))
            .catalog();
        let s = &chain(&c, "2027-12-20", &[])[0];
        assert_eq!(s.due, Some(d("2028-01-03")));
        assert_eq!(
            s.flags,
            [StepFlag::Projected { year: 2028 }, StepFlag::TermByReading]
        );
        assert_eq!(s.applies, Required::IfApplicable);
        // The same step in a known year is not projected: Wed 19.03.2025 + 10 working
        // days is Thu 20 (1), Wed 26 – Fri 28 (4), Mon 31 – Fri 04.04 (9), Mon 07.04 (10).
        let s = &chain(&c, "2025-03-19", &[("urgent", "no")])[0];
        assert_eq!(s.due, Some(d("2025-04-07")));
        assert_eq!(
            (&s.flags, s.applies),
            (&vec![StepFlag::TermByReading], Required::Yes)
        );
    }

    #[test]
    fn hours_after_days_are_due_at_a_clock_time_the_next_opening_or_the_same_day() {
        // Office hours 09:00–18:00. Step 1 ends on Thu 27.03.2025 and may use the whole
        // day, so the 2 hours run on Fri 28.03 09:00–11:00; on the other reading, on
        // Thu 27.03 itself, 09:00–11:00.
        let c = Fixture::new()
            .office_hours("09:00", "18:00", &[])
            .step_field("2", "term", term("within", 2, "hours"))
            .catalog();
        let s = &chain(&c, "2025-03-19", &[])[1];
        assert_eq!(
            (s.due, s.due_time, s.due_other_reading),
            (
                Some(d("2025-03-28")),
                Some(ClockTime::parse("11:00").unwrap()),
                Some(d("2025-03-27"))
            )
        );
        assert_eq!(
            s.flags,
            [StepFlag::OtherReading {
                due: d("2025-03-27")
            }]
        );
        // Without office hours there is no clock time to give, only the day.
        let c = Fixture::new()
            .step_field("2", "term", term("within", 2, "hours"))
            .catalog();
        let s = &chain(&c, "2025-03-19", &[])[1];
        assert_eq!((s.due, s.due_time), (Some(d("2025-03-28")), None));
    }
}
