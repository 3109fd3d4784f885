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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::engine::calendar::Country;
    use crate::engine::date::Date;
    use crate::engine::plan::testing::{
        answers, ctx, d, nauryz_2025, src, step, why, Fixture, Why,
    };
    use crate::engine::plan::timeline::{Chain, Cursor};
    use crate::engine::plan::warnings::Undated;
    use crate::engine::regulation::Step;
    use crate::engine::term::{Dated, Term, Unit};

    fn t(v: Value) -> Term {
        serde_json::from_value(v).unwrap()
    }

    fn at(day: &str, minute: Option<u16>) -> Cursor {
        Cursor::At(Dated::on(d(day), minute))
    }

    fn dated(c: &Cursor) -> &Dated {
        match c {
            Cursor::At(x) => x,
            Cursor::Unknown(why) => panic!("undated: {why:?}"),
        }
    }

    /// Date and minute reached.
    fn moment(c: &Cursor) -> (Date, Option<u16>) {
        let x = dated(c);
        (x.date, x.minute)
    }

    #[test]
    fn working_days_skip_nauryz_and_say_why_unless_quiet() {
        // Thu 20.03.2025 + 1 working day: 21–25.03 are off, so Wed 26.03.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let wd = t(json!({"kind": "within", "max": 1, "unit": "working_days"}));
        let from = at("2025-03-20", None);
        let loud = x.advance(&from, 1, Unit::WorkingDays, &wd, false);
        assert_eq!(moment(&loud), (d("2025-03-26"), None));
        assert_eq!(why(&dated(&loud).special_days), nauryz_2025());
        assert_eq!(dated(&loud).rolled_from, None);
        let quiet = x.advance_quiet(&from, 1, Unit::WorkingDays, &wd, false);
        assert_eq!(dated(&quiet).date, d("2025-03-26"));
        assert_eq!(dated(&quiet).special_days, []);
    }

    #[test]
    fn a_term_ending_on_a_day_off_rolls_past_the_carried_over_holiday() {
        // Thu 06.02.2025 + 30 calendar days = Sat 08.03.2025, Women's Day on a Saturday:
        // Sun 09 is a weekend day and Mon 10 the holiday carried over, so Tue 11.03.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let cd = t(json!({"kind": "within", "max": 30, "unit": "calendar_days"}));
        let r = x.advance(&at("2025-02-06", None), 30, Unit::CalendarDays, &cd, false);
        assert_eq!(dated(&r).date, d("2025-03-11"));
        assert_eq!(dated(&r).rolled_from, Some(d("2025-03-08")));
        // The trace: only the days the end rolled across (the holiday, its Sunday and
        // its carry-over); the weekends inside a calendar count are counted days.
        let women = "International Women's Day";
        let want: Vec<(Date, Why)> = vec![
            (d("2025-03-08"), Why::Holiday(women.into())),
            (d("2025-03-09"), Why::Weekend),
            (
                d("2025-03-10"),
                Why::CarryOver(women.into(), d("2025-03-08")),
            ),
        ];
        assert_eq!(why(&dated(&r).special_days), want);
        // The term's own rule overrides the general one: no roll ends on the Saturday.
        let no_roll = t(json!({"kind": "within", "max": 30, "unit": "calendar_days",
                               "conventions": {"roll": "none", "source": src("no roll")}}));
        let r = x.advance(
            &at("2025-02-06", None),
            30,
            Unit::CalendarDays,
            &no_roll,
            false,
        );
        assert_eq!(
            (dated(&r).date, dated(&r).rolled_from),
            (d("2025-03-08"), None)
        );
        // The event's own day as day one: Wed 19.03.2025 + 1 working day is that day.
        let same = t(json!({"kind": "within", "max": 1, "unit": "working_days",
                            "conventions": {"start": "same_day", "source": src("same day")}}));
        let r = x.advance(&at("2025-03-19", None), 1, Unit::WorkingDays, &same, false);
        assert_eq!(dated(&r).date, d("2025-03-19"));
        // A month from 31.01.2025 ends on the month's last day, Fri 28.02.2025.
        let month = t(json!({"kind": "within", "max": 1, "unit": "months"}));
        let r = x.advance_public(&at("2025-01-31", None), 1, &month);
        assert_eq!(dated(&r).date, d("2025-02-28"));
    }

    #[test]
    fn hours_after_a_day_count_start_at_the_next_opening_or_the_same_day() {
        // No office hours: Kazakhstan's 8-hour day, minutes 0–480 with no clock times.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let h = t(json!({"kind": "within", "max": 2, "unit": "hours"}));
        // After a count in days (no minute) the day may be used up: Thu 20.03 at 2 h.
        let after = x.advance(&at("2025-03-19", None), 2, Unit::Hours, &h, false);
        assert_eq!(moment(&after), (d("2025-03-20"), Some(120)));
        // On the same-day reading the step is done that very day.
        let same = x.advance(&at("2025-03-19", None), 2, Unit::Hours, &h, true);
        assert_eq!(moment(&same), (d("2025-03-19"), Some(120)));
        // From 7 h into Thu 20.03: 1 h that day, then Nauryz to 25.03, then 1 h on Wed 26.
        let over = x.advance(&at("2025-03-20", Some(420)), 2, Unit::Hours, &h, false);
        assert_eq!(moment(&over), (d("2025-03-26"), Some(60)));
        assert_eq!(why(&dated(&over).special_days), nauryz_2025());
        let m = t(json!({"kind": "duration", "max": 25, "unit": "minutes"}));
        let r = x.advance(&at("2025-03-19", Some(0)), 25, Unit::Minutes, &m, false);
        assert_eq!(moment(&r), (d("2025-03-19"), Some(25)));
    }

    #[test]
    fn nothing_to_count_keeps_the_cursor_and_an_undated_one_stays_undated() {
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let wd = t(json!({"kind": "within", "max": 0, "unit": "working_days"}));
        // Zero days from a Saturday stays on the Saturday, minute and all.
        let r = x.advance(
            &at("2025-03-22", Some(90)),
            0,
            Unit::WorkingDays,
            &wd,
            false,
        );
        assert_eq!(moment(&r), (d("2025-03-22"), Some(90)));
        let unknown = Cursor::Unknown(Box::new(Undated::NotInForce));
        let r = x.advance(&unknown, 3, Unit::WorkingDays, &wd, false);
        assert!(matches!(r, Cursor::Unknown(w) if *w == Undated::NotInForce));
    }

    #[test]
    fn a_count_past_the_projected_years_cannot_be_dated() {
        // KZ is known to 2027 and projected (weekends alone) to 2045. From Fri 29.12.2045
        // the next working day would be Mon 01.01.2046; a month from 15.12.2045 would
        // end on 15.01.2046.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let out = |date: &str| Undated::OutOfCalendar {
            date: d(date),
            country: Country::KZ,
            from: 2013,
            to: 2045,
        };
        let wd = t(json!({"kind": "within", "max": 1, "unit": "working_days"}));
        let r = x.advance(&at("2045-12-29", None), 1, Unit::WorkingDays, &wd, false);
        assert!(
            matches!(&r, Cursor::Unknown(w) if **w == out("2046-01-01")),
            "{r:?}"
        );
        let month = t(json!({"kind": "within", "max": 1, "unit": "months"}));
        let r = x.advance(&at("2045-12-15", None), 1, Unit::Months, &month, false);
        assert!(
            matches!(&r, Cursor::Unknown(w) if **w == out("2046-01-15")),
            "{r:?}"
        );
    }

    /// The chain after step `id` with `term`, from submission on Wed 19.03.2025.
    fn after(term: Option<Value>) -> Chain {
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let s: Step = serde_json::from_value(step("s", term)).unwrap();
        x.date_step(&s, &x.start())
    }

    fn dates(ch: &Chain) -> [Date; 3] {
        [&ch.earliest, &ch.latest, &ch.same_day].map(|c| dated(c).date)
    }

    #[test]
    fn a_step_moves_the_earliest_and_the_latest_ends_by_its_kind_of_term() {
        let w =
            |days: u32| d(["2025-03-19", "2025-03-20", "2025-03-26", "2025-03-27"][days as usize]);
        // Within 3 working days: done at once at the earliest; latest Thu 20 (1),
        // Wed 26 (2), Thu 27 (3).
        let ch = after(Some(
            json!({"kind": "within", "max": 3, "unit": "working_days"}),
        ));
        assert_eq!(dates(&ch), [w(0), w(3), w(3)]);
        assert_eq!(ch.lower_bound_after, None);
        // A stated duration takes all of it, at the earliest too.
        let ch = after(Some(
            json!({"kind": "duration", "max": 3, "unit": "working_days"}),
        ));
        assert_eq!(dates(&ch), [w(3), w(3), w(3)]);
        // 5 working days to 1 month: earliest 20, 26, 27, 28, Mon 31.03; latest
        // 19.04.2025 is a Saturday, so Mon 21.04.
        let ch = after(Some(
            json!({"kind": "range", "min": 5, "min_unit": "working_days",
                                    "max": 1, "unit": "months"}),
        ));
        assert_eq!(
            dates(&ch),
            [d("2025-03-31"), d("2025-04-21"), d("2025-04-21")]
        );
        assert_eq!(dated(&ch.latest).rolled_from, Some(d("2025-04-19")));
    }

    #[test]
    fn a_step_with_only_a_minimum_or_no_term_makes_what_follows_a_lower_bound() {
        // Not earlier than 10 calendar days: Sat 29.03.2025, rolled to Mon 31.03; both
        // ends there, and later dates are lower bounds.
        let ch = after(Some(json!({"kind": "not_earlier_than", "min": 10,
                                    "unit": "calendar_days"})));
        assert_eq!(dates(&ch), [d("2025-03-31"); 3]);
        assert_eq!(ch.lower_bound_after.as_deref(), Some("s"));
        // No term: counted as taking no time.
        let ch = after(None);
        assert_eq!(dates(&ch), [d("2025-03-19"); 3]);
        assert_eq!(ch.lower_bound_after.as_deref(), Some("s"));
        // A second untimed step keeps the first one as the reason.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let s: Step = serde_json::from_value(step("t", None)).unwrap();
        assert_eq!(x.date_step(&s, &ch).lower_bound_after.as_deref(), Some("s"));
    }
}
