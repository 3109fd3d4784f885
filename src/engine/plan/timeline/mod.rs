//! The steps and their dates, the limits the regulation sets on them, and the
//! expected completion.
//!
//! # How steps chain
//! Each step counts from the end of the one before (or, `alongside`, from where an
//! earlier step started). A term in days counts from the day the previous step ended,
//! that day not counted (the general rule on terms). A step in hours or minutes starts
//! when the previous one ended; after a term in days that means the next opening, since
//! the previous step may use its whole last day — the latest reading, which gives the
//! due dates. The other defensible reading, that steps in hours are done on the last day
//! of the step in days before them, is computed alongside and shown where it differs.
//!
//! A step without a term is counted as taking no time: the dates after it are lower
//! bounds and say so. A procedure's own limit is checked against its steps' dates
//! (its minimum holds the earliest end back, its maximum flags the steps past it); an
//! overall term counts from submission or from the end of a named step.

mod advance;
mod completion;
mod limits;
mod repeal;
mod step;

pub(super) use completion::{barred, not_in_force};

use super::super::act::Period;
use super::super::condition::Truth;
use super::super::date::Date;
use super::super::regulation::{Procedure, Step};
use super::super::term::Dated;
use super::types::{Completion, PlannedStep};
use super::warnings::{Undated, Warning};
use super::Ctx;

/// Where the timeline stands: a date, or why none can be given.
#[derive(Clone, Debug)]
pub(super) enum Cursor {
    At(Dated),
    Unknown(Box<Undated>),
}

impl Cursor {
    fn date(&self) -> Option<Date> {
        match self {
            Cursor::At(d) => Some(d.date),
            Cursor::Unknown(_) => None,
        }
    }
}

/// The timeline after some steps: the earliest end, the latest end (the due dates),
/// and the latest end on the same-day reading.
#[derive(Clone, Debug)]
pub(super) struct Chain {
    earliest: Cursor,
    latest: Cursor,
    same_day: Cursor,
    /// A step without a term was passed: `latest` and `same_day` are lower bounds.
    lower_bound_after: Option<String>,
}

/// The steps with their dates and the completion they lead to.
pub(super) struct Timeline {
    pub steps: Vec<PlannedStep>,
    pub completion: Completion,
}

/// A procedure's start and what is known of its limit while its steps are dated.
struct Running<'a> {
    procedure: &'a Procedure,
    start: Chain,
    /// Its steps: the index in `out` and where the step ended (latest reading).
    steps: Vec<(usize, Cursor)>,
}

impl Ctx<'_> {
    pub(super) fn applicable_steps(&self) -> impl Iterator<Item = &Step> {
        self.service
            .steps
            .iter()
            .filter(|s| self.truth(&s.when) != Truth::No)
    }

    fn start(&self) -> Chain {
        let at = Cursor::At(Dated::on(self.submitted, Some(self.start_minute)));
        Chain {
            earliest: at.clone(),
            latest: at.clone(),
            same_day: at,
            lower_bound_after: None,
        }
    }

    /// Every applicable step dated, the procedures' limits checked, the completion.
    pub(super) fn timeline(&self, period: &Period, warnings: &mut Vec<Warning>) -> Timeline {
        let mut now = self.start();
        // Where the current stage began, for steps running `alongside` an earlier one.
        let mut stage = now.clone();
        let mut out: Vec<PlannedStep> = Vec::new();
        // The chain at the end of each step, for overall terms counted from a step.
        let mut ends: Vec<(String, Chain)> = Vec::new();
        let keep_ends = self
            .service
            .overall_terms
            .iter()
            .any(|o| o.from_step.is_some() || o.to_step.is_some());
        let mut running: Option<Running> = None;
        let steps: Vec<&Step> = self.applicable_steps().collect();
        for (i, step) in steps.iter().enumerate() {
            let parallel = step
                .alongside
                .as_ref()
                .is_some_and(|a| out.iter().any(|s| &s.id == a));
            let base = if parallel { stage.clone() } else { now.clone() };
            if step.contingency.is_none() {
                let same = running
                    .as_ref()
                    .is_some_and(|r| step.procedure.as_deref() == Some(r.procedure.id.as_str()));
                if !same {
                    running = step
                        .procedure
                        .as_ref()
                        .and_then(|p| self.service.procedures.iter().find(|x| &x.id == p))
                        .filter(|p| p.cap.is_some())
                        .map(|procedure| Running {
                            procedure,
                            start: base.clone(),
                            steps: Vec::new(),
                        });
                }
            }
            let mut at = self.date_step(step, &base);
            out.push(self.planned(step, &base, &at));
            if step.contingency.is_some() {
                continue;
            }
            if let Some(r) = running.as_mut() {
                r.steps.push((out.len() - 1, at.latest.clone()));
                let last_of_procedure = steps[i + 1..]
                    .iter()
                    .find(|s| s.contingency.is_none())
                    .is_none_or(|next| next.procedure != step.procedure);
                if last_of_procedure {
                    self.close_procedure(r, &mut at, &mut out, warnings);
                }
            }
            if keep_ends {
                ends.push((step.id.clone(), at.clone()));
            }
            if parallel {
                now = Chain {
                    earliest: later(&now.earliest, &at.earliest),
                    latest: later(&now.latest, &at.latest),
                    same_day: later(&now.same_day, &at.same_day),
                    lower_bound_after: now.lower_bound_after.clone().or(at.lower_bound_after),
                };
            } else {
                stage = now;
                now = at;
            }
        }
        for o in &self.service.procedures {
            self.check_step_terms_against_cap(o, warnings);
        }
        if let Some(after) = &now.lower_bound_after {
            if let Some(s) = self.service.steps.iter().find(|s| &s.id == after) {
                warnings.push(Warning::LowerBounds {
                    step: s.id.clone(),
                    title: s.title.clone(),
                });
            }
        }
        let completion = self.completion(&now, &ends, warnings);
        self.hold_back_overall_end(&completion, &mut out);
        self.flag_repeal(period, &mut out, &completion, warnings);
        Timeline {
            steps: out,
            completion,
        }
    }
}

/// The later of two timeline positions; unknown if either is.
fn later(a: &Cursor, b: &Cursor) -> Cursor {
    match (a, b) {
        (Cursor::Unknown(_), _) => a.clone(),
        (_, Cursor::Unknown(_)) => b.clone(),
        (Cursor::At(x), Cursor::At(y)) => {
            if y.date > x.date {
                b.clone()
            } else {
                a.clone()
            }
        }
    }
}
