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

use super::super::act::Period;
use super::super::clock::{add_working_time, ClockTime, Moment};
use super::super::condition::Truth;
use super::super::date::Date;
use super::super::regulation::{OverallTerm, Procedure, Step};
use super::super::term::{self, Dated, Term, TermKind, Unit};
use super::types::{Completion, CompletionBasis, PlannedStep, Required, TermOut};
use super::warnings::{StepFlag, Undated, Warning};
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

/// The completion of a plan whose act does not apply on the date.
pub(super) fn not_in_force() -> Completion {
    undated_completion(CompletionBasis::NotInForce)
}

/// The completion of a plan a refusal ground bars.
pub(super) fn barred() -> Completion {
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

    /// `n` units after a cursor, or why not. Minutes and hours are working time inside
    /// the provider's day; after a count in days they start at the next opening, or on
    /// the same-day reading at that day's opening.
    fn advance(&self, from: &Cursor, n: u32, unit: Unit, t: &Term, same_day: bool) -> Cursor {
        self.advance_as(from, n, unit, t, same_day, true)
    }

    /// [`Self::advance`] without the trace of skipped days, for the readings whose
    /// dates alone are shown (the earliest and the same-day chains).
    fn advance_quiet(&self, from: &Cursor, n: u32, unit: Unit, t: &Term, same_day: bool) -> Cursor {
        self.advance_as(from, n, unit, t, same_day, false)
    }

    fn advance_as(
        &self,
        from: &Cursor,
        n: u32,
        unit: Unit,
        t: &Term,
        same_day: bool,
        trace: bool,
    ) -> Cursor {
        let Cursor::At(at) = from else {
            return from.clone();
        };
        if unit.is_sub_day() {
            let minutes = if unit == Unit::Hours { n * 60 } else { n };
            let after_days = if same_day {
                self.day.start()
            } else {
                self.day.end()
            };
            let start = Moment {
                date: at.date,
                minute: at.minute.unwrap_or(after_days),
            };
            return match add_working_time(self.calendar, &self.day, start, minutes) {
                Ok(m) => Cursor::At(Dated {
                    date: m.date,
                    special_days: if trace {
                        self.calendar
                            .special_days(at.date, m.date)
                            .unwrap_or_default()
                    } else {
                        Vec::new()
                    },
                    rolled_from: None,
                    minute: Some(m.minute),
                }),
                Err(e) => Cursor::Unknown(Box::new((&e).into())),
            };
        }
        if n == 0 {
            return Cursor::At(Dated::on(at.date, at.minute));
        }
        let conv = self.general.with(&t.conventions);
        match term::add_traced(self.calendar, at.date, n, unit, conv, trace) {
            Ok(d) => Cursor::At(d),
            Err(e) => Cursor::Unknown(Box::new((&e).into())),
        }
    }

    /// `n` units of `t` after a cursor, on the latest reading (for schedules).
    pub(super) fn advance_public(&self, from: &Cursor, n: u32, t: &Term) -> Cursor {
        self.advance(from, n, t.unit, t, false)
    }

    /// The chain after `step`, started at `from`.
    fn date_step(&self, step: &Step, from: &Chain) -> Chain {
        let Some(t) = &step.term else {
            // No term: counted as taking no time, and what follows is a lower bound.
            return Chain {
                lower_bound_after: from
                    .lower_bound_after
                    .clone()
                    .or_else(|| Some(step.id.clone())),
                ..from.clone()
            };
        };
        let lo = t.min.unwrap_or(0);
        let hi = t.max.unwrap_or(lo);
        match t.kind {
            // Only a lower bound: the next steps can be dated no earlier than it.
            TermKind::NotEarlierThan => {
                let at = self.advance(&from.latest, lo, t.lower_unit(), t, false);
                Chain {
                    earliest: at.clone(),
                    same_day: self.advance_quiet(&from.same_day, lo, t.lower_unit(), t, true),
                    latest: at,
                    lower_bound_after: from
                        .lower_bound_after
                        .clone()
                        .or_else(|| Some(step.id.clone())),
                }
            }
            TermKind::Within | TermKind::Range => Chain {
                earliest: self.advance_quiet(&from.earliest, lo, t.lower_unit(), t, false),
                latest: self.advance(&from.latest, hi, t.unit, t, false),
                same_day: self.advance_quiet(&from.same_day, hi, t.unit, t, true),
                lower_bound_after: from.lower_bound_after.clone(),
            },
            TermKind::Duration => Chain {
                earliest: self.advance_quiet(&from.earliest, hi, t.unit, t, false),
                latest: self.advance(&from.latest, hi, t.unit, t, false),
                same_day: self.advance_quiet(&from.same_day, hi, t.unit, t, true),
                lower_bound_after: from.lower_bound_after.clone(),
            },
        }
    }

    /// `step` as the plan shows it, ended at `at` and started at `from`.
    fn planned(&self, step: &Step, from: &Chain, at: &Chain) -> PlannedStep {
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

    /// At a procedure's last step: its minimum holds the end back, and its maximum,
    /// counted from its start, flags the steps that end after it.
    fn close_procedure(
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
    fn check_step_terms_against_cap(&self, p: &Procedure, warnings: &mut Vec<Warning>) {
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

    fn completion(
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

    fn completion_at_steps_end(&self, chain: &Chain) -> Completion {
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

    fn completion_by_overall_term(
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
    fn hold_back_overall_end(&self, completion: &Completion, out: &mut [PlannedStep]) {
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

    /// Steps dated past the act's possible repeal say so, and the plan warns once; a
    /// completion past it says so too.
    fn flag_repeal(
        &self,
        period: &Period,
        out: &mut [PlannedStep],
        completion: &Completion,
        warnings: &mut Vec<Warning>,
    ) {
        let Some(last) = &period.last_day else { return };
        let latest = last.latest.as_ref().map(|l| l.date);
        // Submitted where the repeal may already have taken effect, the whole plan is
        // under that warning: only a step past the latest possible repeal is news.
        let already_uncertain = self.submitted > last.earliest.date;
        let mut warned = false;
        for s in out.iter_mut() {
            let Some(date) = s.due.or(s.earliest) else {
                continue;
            };
            let flag = match latest {
                Some(l) if date > l => Some(StepFlag::AfterRepeal { last_day: l }),
                _ if date > last.earliest.date && !already_uncertain => {
                    Some(StepFlag::MayBeAfterRepeal {
                        earliest: last.earliest.date,
                        latest: latest.unwrap_or(last.earliest.date),
                    })
                }
                _ => None,
            };
            let Some(flag) = flag else { continue };
            if !warned && s.contingency.is_none() {
                warned = true;
                let surely = matches!(flag, StepFlag::AfterRepeal { .. });
                warnings.push(Warning::RunsPastRepeal {
                    step: s.id.clone(),
                    last_day: if surely {
                        latest.unwrap_or(last.earliest.date)
                    } else {
                        last.earliest.date
                    },
                    surely,
                });
            }
            s.flags.push(flag);
        }
        let end = completion.latest.or(completion.earliest);
        if let (false, Some(end)) = (warned, end) {
            let past_latest = latest.is_some_and(|l| end > l);
            if end > last.earliest.date && (past_latest || !already_uncertain) {
                let surely = latest.is_some_and(|l| end > l);
                warnings.push(Warning::CompletionPastRepeal {
                    completion: end,
                    last_day: if surely {
                        latest.unwrap_or(last.earliest.date)
                    } else {
                        last.earliest.date
                    },
                    surely,
                });
            }
        }
    }

    /// Provisional years and years past the known calendar that the plan's dates touch.
    pub(super) fn calendar_warnings(
        &self,
        steps: &[PlannedStep],
        completion: &Completion,
        schedules: &[super::types::PlannedSchedule],
        warnings: &mut Vec<Warning>,
    ) {
        use chrono::Datelike;
        let mut years: Vec<i32> = steps
            .iter()
            .flat_map(|s| [s.earliest, s.due])
            .chain([completion.earliest, completion.latest, Some(self.submitted)])
            .chain(
                schedules
                    .iter()
                    .flat_map(|s| s.items.iter().map(|i| i.date)),
            )
            .flatten()
            .map(|d| d.year())
            .collect();
        years.sort_unstable();
        years.dedup();
        let country = self.service.country;
        for y in years {
            if y > self.calendar.last_known_year() {
                warnings.push(Warning::ProjectedYear {
                    country,
                    year: y,
                    last_known: self.calendar.last_known_year(),
                });
            } else if self.calendar.is_provisional(y) {
                let open = self
                    .calendar
                    .open_points(y)
                    .iter()
                    .map(|p| super::warnings::OpenFact {
                        holiday: p
                            .holiday()
                            .and_then(|h| self.calendar.holiday_name(h))
                            .cloned(),
                        point: p.clone(),
                    })
                    .collect();
                warnings.push(Warning::ProvisionalYear {
                    country,
                    year: y,
                    open,
                });
            }
        }
    }

    /// Whether `date` lies past the years whose holidays are known.
    pub(super) fn projected(&self, date: Date) -> Option<i32> {
        use chrono::Datelike;
        self.calendar.is_projected(date).then_some(date.year())
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
