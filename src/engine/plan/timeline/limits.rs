//! The limits a procedure sets on its steps: its minimum holds the end back, its
//! maximum flags the steps past it, and a step's own term may exceed it.

use super::{Chain, Cursor, Running};
use crate::engine::plan::types::{PlannedStep, TermOut};
use crate::engine::plan::warnings::{StepFlag, Warning};
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
