//! Moving along the calendar: a cursor `n` units on, and a step's chain of readings.

use super::{Chain, Cursor};
use crate::engine::clock::{add_working_time, Moment};
use crate::engine::plan::Ctx;
use crate::engine::regulation::Step;
use crate::engine::term::{self, Dated, Term, TermKind, Unit};

impl Ctx<'_> {
    /// `n` units after a cursor, or why not. Minutes and hours are working time inside
    /// the provider's day; after a count in days they start at the next opening, or on
    /// the same-day reading at that day's opening.
    pub(super) fn advance(
        &self,
        from: &Cursor,
        n: u32,
        unit: Unit,
        t: &Term,
        same_day: bool,
    ) -> Cursor {
        self.advance_as(from, n, unit, t, same_day, true)
    }

    /// [`Self::advance`] without the trace of skipped days, for the readings whose
    /// dates alone are shown (the earliest and the same-day chains).
    pub(super) fn advance_quiet(
        &self,
        from: &Cursor,
        n: u32,
        unit: Unit,
        t: &Term,
        same_day: bool,
    ) -> Cursor {
        self.advance_as(from, n, unit, t, same_day, false)
    }

    pub(super) fn advance_as(
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
    pub(in crate::engine::plan) fn advance_public(
        &self,
        from: &Cursor,
        n: u32,
        t: &Term,
    ) -> Cursor {
        self.advance(from, n, t.unit, t, false)
    }

    /// The chain after `step`, started at `from`.
    pub(super) fn date_step(&self, step: &Step, from: &Chain) -> Chain {
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
}
