//! The limits a procedure sets on its steps: its minimum holds the end back, its
//! maximum flags the steps past it, and a step's own term may exceed it.

use super::{Chain, Cursor, Running};
use crate::engine::clock::ClockTime;
use crate::engine::plan::types::{PlannedStep, TermOut};
use crate::engine::plan::warnings::{StepFlag, TimeOfDay, Warning};
use crate::engine::plan::Ctx;
use crate::engine::regulation::Procedure;
use crate::engine::term::TermKind;

impl Ctx<'_> {
    /// At a procedure's last step: its minimum holds the end back, and its maximum,
    /// counted from its start, flags the steps that end after it.
    pub(super) fn close_procedure(
        &self,
        r: &Running,
        at: &mut Chain,
        out: &mut [PlannedStep],
        warnings: &mut Vec<Warning>,
    ) {
        let Some(cap) = &r.procedure.cap else { return };
        let last = r.steps.last().expect("a procedure with a step").0;
        if let (Some(min), TermKind::Range | TermKind::NotEarlierThan) = (cap.min, cap.kind) {
            // The earliest end: no sooner than `min` after the earliest start.
            let floor = self.advance(&r.start.earliest, min, cap.lower_unit(), cap, true);
            if let (Some(f), Some(e)) = (floor.date(), at.earliest.date()) {
                if f > e {
                    at.earliest = floor.clone();
                    out[last].earliest = Some(f);
                    out[last].flags.push(StepFlag::HeldBack {
                        procedure: r.procedure.id.clone(),
                        not_before: f,
                    });
                }
            }
            // The step terms make the procedure due before its minimum can pass, counted
            // from where it starts on the same (latest) reading: the text contradicts
            // itself, and the plan says so.
            let least = self.advance(&r.start.latest, min, cap.lower_unit(), cap, true);
            if let (Some(f), Some(due)) = (least.date(), out[last].due) {
                if due < f {
                    warnings.push(Warning::MinimumAfterDue {
                        procedure: r.procedure.id.clone(),
                        title: r.procedure.title.clone(),
                        step: out[last].id.clone(),
                        not_before: f,
                        due,
                        source: r.procedure.source.clone(),
                    });
                }
            }
        }
        let Some(max) = cap.max else { return };
        let limit = self.advance(&r.start.latest, max, cap.unit, cap, false);
        let (Some(cap_date), Some(started)) = (limit.date(), r.start.latest.date()) else {
            return;
        };
        let moment = |c: &Cursor| match c {
            Cursor::At(d) => Some((d.date, d.minute.unwrap_or(self.day.end()))),
            Cursor::Unknown(_) => None,
        };
        let Some(cap_moment) = moment(&limit) else {
            return;
        };
        // Times of day matter where the limit is in hours or minutes.
        let at = |c: &Cursor| match c {
            Cursor::At(d) if cap.unit.is_sub_day() => d.minute.map(|m| {
                if self.day.clock {
                    TimeOfDay::Clock(ClockTime(m))
                } else {
                    TimeOfDay::IntoDay(m.saturating_sub(self.day.start()))
                }
            }),
            _ => None,
        };
        let mut reported = false;
        for (i, ended) in &r.steps {
            let (Some(end), Some(due)) = (moment(ended), out[*i].due) else {
                continue;
            };
            if end > cap_moment {
                out[*i].flags.push(StepFlag::OverCap {
                    procedure: r.procedure.id.clone(),
                    cap: cap_date,
                });
                if !reported {
                    reported = true;
                    warnings.push(Warning::ProcedureOverrun {
                        procedure: r.procedure.id.clone(),
                        title: r.procedure.title.clone(),
                        step: out[*i].id.clone(),
                        limit: Box::new(TermOut::from(cap)),
                        started,
                        cap: cap_date,
                        ends: due,
                        cap_at: at(&limit),
                        ends_at: at(ended),
                        source: r.procedure.source.clone(),
                    });
                }
            }
        }
    }

    /// A step whose own upper bound exceeds its procedure's limit (in the same unit).
    pub(super) fn check_step_terms_against_cap(&self, p: &Procedure, warnings: &mut Vec<Warning>) {
        let Some(cap) = &p.cap else { return };
        let Some(limit) = cap.max else { return };
        for s in self
            .applicable_steps()
            .filter(|s| s.procedure.as_deref() == Some(p.id.as_str()))
        {
            if let Some(n) = s
                .term
                .as_ref()
                .filter(|t| t.unit == cap.unit)
                .and_then(|t| t.max)
            {
                if n > limit {
                    warnings.push(Warning::StepTermOverCap {
                        step: s.id.clone(),
                        procedure: p.id.clone(),
                        term: n,
                        limit,
                        unit: cap.unit,
                        source: p.source.clone(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::engine::catalog::Catalog;
    use crate::engine::plan::testing::{answers, ctx, d, source, term, Fixture};
    use crate::engine::plan::timeline::{Chain, Running};
    use crate::engine::plan::types::{PlannedStep, TermOut};
    use crate::engine::plan::warnings::{StepFlag, Warning};
    use crate::engine::plan::Ctx;
    use crate::engine::term::Unit;
    use crate::engine::text::Text;

    /// The fixture with steps 1 (3 working days) and 2 (2 working days) in procedure `p`
    /// capped by `cap`.
    fn capped(cap: Value) -> Fixture {
        Fixture::new().procedure("p", cap, &["1", "2"])
    }

    /// Steps 1 and 2 dated from `x`'s submission, then procedure `p` closed on them:
    /// the steps, the chain at its end and the warnings.
    fn close(x: &Ctx) -> (Vec<PlannedStep>, Chain, Vec<Warning>) {
        let procedure = &x.service.procedures[0];
        let start = x.start();
        let mut r = Running {
            procedure,
            start: start.clone(),
            steps: Vec::new(),
        };
        let (mut from, mut out) = (start, Vec::new());
        for s in &x.service.steps {
            let at = x.date_step(s, &from);
            out.push(x.planned(s, &from, &at));
            r.steps.push((out.len() - 1, at.latest.clone()));
            from = at;
        }
        let mut w = Vec::new();
        x.close_procedure(&r, &mut from, &mut out, &mut w);
        (out, from, w)
    }

    fn run(c: &Catalog, day: &str) -> (Vec<PlannedStep>, Chain, Vec<Warning>) {
        let a = answers(&[]);
        close(&ctx(c, "first", d(day), &a))
    }

    #[test]
    fn steps_past_the_procedures_maximum_are_flagged_and_warned_once() {
        // From Wed 19.03.2025 the procedure may take 4 working days: Thu 20, Wed 26,
        // Thu 27, Fri 28.03. Step 1 is due Thu 27 (within), step 2 Mon 31.03 (past).
        let c = capped(term("within", 4, "working_days")).catalog();
        let (out, _, w) = run(&c, "2025-03-19");
        assert_eq!(out[0].flags, []);
        assert_eq!(
            out[1].flags,
            [StepFlag::OverCap {
                procedure: "p".into(),
                cap: d("2025-03-28")
            }]
        );
        let cap = c
            .service(crate::engine::plan::testing::ID)
            .unwrap()
            .procedures[0]
            .cap
            .clone()
            .unwrap();
        assert_eq!(
            w,
            [Warning::ProcedureOverrun {
                procedure: "p".into(),
                title: Text::en("procedure p"),
                step: "2".into(),
                limit: Box::new(TermOut::from(&cap)),
                started: d("2025-03-19"),
                cap: d("2025-03-28"),
                ends: d("2025-03-31"),
                cap_at: None,
                ends_at: None,
                source: source("procedure p"),
            }]
        );
        // One working day (Thu 20.03): both steps are past it, and the warning names the
        // first.
        let c = capped(term("within", 1, "working_days")).catalog();
        let (out, _, w) = run(&c, "2025-03-19");
        let over = StepFlag::OverCap {
            procedure: "p".into(),
            cap: d("2025-03-20"),
        };
        assert_eq!(
            [&out[0].flags, &out[1].flags],
            [&vec![over.clone()], &vec![over]]
        );
        assert!(
            matches!(&w[..], [Warning::ProcedureOverrun { step, ends, .. }]
            if step == "1" && *ends == d("2025-03-27"))
        );
        // Five working days end on Mon 31.03 itself: a step due on the cap's day is not past it.
        let c = capped(term("within", 5, "working_days")).catalog();
        let (out, _, w) = run(&c, "2025-03-19");
        assert!(
            out.iter().all(|s| s.flags.is_empty()) && w.is_empty(),
            "{w:?}"
        );
    }

    #[test]
    fn a_cap_in_hours_is_passed_by_minutes_on_the_same_day() {
        // Office hours 09:00–18:00; from Wed 19.03.2025 09:00 the procedure may take 4
        // hours (to 13:00). Step 1 takes 2 h (11:00), step 2 another 3 h (14:00): past
        // the cap the same day.
        let c = capped(term("within", 4, "hours"))
            .office_hours("09:00", "18:00", &[])
            .step_field("1", "term", term("within", 2, "hours"))
            .step_field("2", "term", term("within", 3, "hours"))
            .catalog();
        let (out, _, w) = run(&c, "2025-03-19");
        assert_eq!(out[0].flags, []);
        let over = StepFlag::OverCap {
            procedure: "p".into(),
            cap: d("2025-03-19"),
        };
        assert_eq!(out[1].flags, [over]);
        assert!(
            matches!(&w[..], [Warning::ProcedureOverrun { step, cap, ends, .. }]
            if step == "2" && *cap == d("2025-03-19") && *ends == d("2025-03-19"))
        );
    }

    #[test]
    fn a_minimum_holds_the_earliest_end_back() {
        // 3 to 10 working days. The steps may be done at once (within), but not before
        // 3 working days from Wed 19.03.2025 have passed: Thu 20, Wed 26, Thu 27.03. Due
        // Mon 31.03, within 10 working days (Mon 07.04): nothing else to say.
        let c =
            capped(json!({"kind": "range", "min": 3, "max": 10, "unit": "working_days"})).catalog();
        let (out, at, w) = run(&c, "2025-03-19");
        assert_eq!(out[0].earliest, Some(d("2025-03-19")));
        assert_eq!(out[1].earliest, Some(d("2025-03-27")));
        assert_eq!(
            out[1].flags,
            [StepFlag::HeldBack {
                procedure: "p".into(),
                not_before: d("2025-03-27")
            }]
        );
        assert_eq!(at.earliest.date(), Some(d("2025-03-27")));
        assert_eq!(w, []);
    }

    #[test]
    fn a_minimum_past_the_last_due_date_is_a_contradiction_in_the_text() {
        // At least 10 working days from Wed 19.03.2025 is Mon 07.04 (20, 26–28, 31,
        // 1–4, 7); the steps are due Mon 31.03.
        let held = |out: &[PlannedStep]| out[1].flags.clone();
        let not_before = StepFlag::HeldBack {
            procedure: "p".into(),
            not_before: d("2025-04-07"),
        };
        let contradiction = Warning::MinimumAfterDue {
            procedure: "p".into(),
            title: Text::en("procedure p"),
            step: "2".into(),
            not_before: d("2025-04-07"),
            due: d("2025-03-31"),
            source: source("procedure p"),
        };
        for cap in [
            json!({"kind": "range", "min": 10, "max": 20, "unit": "working_days"}),
            json!({"kind": "not_earlier_than", "min": 10, "unit": "working_days"}),
        ] {
            let (out, _, w) = run(&capped(cap.clone()).catalog(), "2025-03-19");
            assert_eq!(held(&out), vec![not_before.clone()], "{cap}");
            assert_eq!(w, vec![contradiction.clone()], "{cap}");
        }
        // A `within` cap's figures bound it from above only: no minimum to hold back.
        let cap = json!({"kind": "within", "min": 10, "max": 20, "unit": "working_days"});
        let (out, _, w) = run(&capped(cap).catalog(), "2025-03-19");
        assert_eq!((held(&out), w), (vec![], vec![]));
    }

    #[test]
    fn a_step_whose_own_term_exceeds_the_cap_is_reported_in_the_same_unit_only() {
        let check = |f: Fixture, situation: &str| -> Vec<Warning> {
            let c = f.catalog();
            let a = answers(&[]);
            let x = ctx(&c, situation, d("2025-03-19"), &a);
            let mut w = Vec::new();
            x.check_step_terms_against_cap(&x.service.procedures[0], &mut w);
            w
        };
        // Step 1's 3 working days exceed a cap of 2; step 2's 2 do not.
        assert_eq!(
            check(capped(term("within", 2, "working_days")), "first"),
            [Warning::StepTermOverCap {
                step: "1".into(),
                procedure: "p".into(),
                term: 3,
                limit: 2,
                unit: Unit::WorkingDays,
                source: source("procedure p"),
            }]
        );
        // 2 calendar days are not compared with working days.
        assert_eq!(
            check(capped(term("within", 2, "calendar_days")), "first"),
            []
        );
        // A step that does not happen in this situation cannot exceed anything.
        let f = capped(term("within", 2, "working_days")).step_field(
            "1",
            "when",
            json!({"situation_in": ["renewal"]}),
        );
        assert_eq!(check(f, "first"), []);
    }
}
