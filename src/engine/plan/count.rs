//! "Why this date" as a picture: the month calendar from the submission to the due
//! date, every day typed, the counted days numbered.
//!
//! # Overview
//! [`CountPicture::build`] lays out the months from a start date (the event the term
//! counts from, not counted itself) to an end date (the due date) as weeks, Monday
//! first. Each day of those months is a [`CountDay`]: its kind on the production
//! calendar, the special day's reason where there is one (worded by the locale, as in
//! the text explanation), its number in the count, and whether it is the start, the
//! due date, outside the span, or projected (past the last year whose days off are
//! known). [`completion_picture`] gives the picture behind a plan's completion date,
//! when the span is short enough to draw.
//!
//! Only facts are computed here; the UI draws them and the locale words them.

use chrono::{Datelike, Days};
use serde::Serialize;

use super::types::{CompletionBasis, Plan};
use crate::engine::calendar::{Calendar, CalendarError, DayKind, SpecialDay};
use crate::engine::date::Date;
use crate::engine::term::Unit;

/// The most months a picture draws; a longer span keeps its text explanation alone.
pub const MAX_MONTHS: usize = 3;

/// What the picture numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// Every working day after the start, 1..n.
    WorkingDays,
    /// Every day after the start, 1..n.
    CalendarDays,
    /// Nothing numbered (months, years, hours): only the start and the due date marked.
    Marked,
}

/// What a day is on the production calendar, without the calendar's indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountDayKind {
    Working,
    WeeklyRest,
    /// A public holiday that is a day off.
    Holiday,
    /// The day off carried over from a holiday that fell on a rest day.
    CarryOver,
    /// A weekday made a day off by a government transfer.
    TransferredDayOff,
    /// A rest day made a working day by a government transfer.
    TransferredWorkingDay,
    /// A holiday that is not a day off.
    WorkingHoliday,
}

impl CountDayKind {
    pub const ALL: [CountDayKind; 7] = [
        CountDayKind::Working,
        CountDayKind::WeeklyRest,
        CountDayKind::Holiday,
        CountDayKind::CarryOver,
        CountDayKind::TransferredDayOff,
        CountDayKind::TransferredWorkingDay,
        CountDayKind::WorkingHoliday,
    ];

    pub fn is_working(self) -> bool {
        matches!(
            self,
            CountDayKind::Working
                | CountDayKind::TransferredWorkingDay
                | CountDayKind::WorkingHoliday
        )
    }

    /// A stable name for data attributes and CSS classes: `weekly-rest`, `holiday`, …
    pub fn key(self) -> &'static str {
        match self {
            CountDayKind::Working => "working",
            CountDayKind::WeeklyRest => "weekly-rest",
            CountDayKind::Holiday => "holiday",
            CountDayKind::CarryOver => "carry-over",
            CountDayKind::TransferredDayOff => "transferred-day-off",
            CountDayKind::TransferredWorkingDay => "transferred-working-day",
            CountDayKind::WorkingHoliday => "working-holiday",
        }
    }
}

impl From<DayKind> for CountDayKind {
    fn from(k: DayKind) -> Self {
        match k {
            DayKind::Working => CountDayKind::Working,
            DayKind::WeeklyRest => CountDayKind::WeeklyRest,
            DayKind::Holiday(_) => CountDayKind::Holiday,
            DayKind::CarryOver(_) => CountDayKind::CarryOver,
            DayKind::TransferredDayOff(_) => CountDayKind::TransferredDayOff,
            DayKind::TransferredWorkingDay(_) => CountDayKind::TransferredWorkingDay,
            DayKind::WorkingHoliday(_) => CountDayKind::WorkingHoliday,
        }
    }
}

/// One day of a drawn month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountDay {
    pub date: Date,
    pub kind: CountDayKind,
    /// Why the day is not an ordinary working day (weekend, the holiday's name, the
    /// decree), as the text explanation words it.
    pub special: Option<SpecialDay>,
    /// Its number in the count, for a counted day inside the span.
    pub counted: Option<u32>,
    /// The start (the submission): the day the count runs from, not counted.
    pub is_start: bool,
    pub is_due: bool,
    /// Before the start or after the due date (the rest of the first and last month).
    pub outside: bool,
    /// Past the last year whose days off are known: weekends alone are shown.
    pub projected: bool,
}

/// A week, Monday first; `None` for the days of the neighbouring months.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountWeek {
    pub days: [Option<CountDay>; 7],
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountMonth {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    pub weeks: Vec<CountWeek>,
}

impl CountMonth {
    /// The month's days in order.
    pub fn days(&self) -> impl Iterator<Item = &CountDay> {
        self.weeks.iter().flat_map(|w| w.days.iter().flatten())
    }
}

/// The months from a start to a due date, each day typed and the count numbered.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountPicture {
    pub start: Date,
    pub due: Date,
    pub counting: Counting,
    /// The number on the last counted day (the count's total); 0 when nothing is
    /// numbered.
    pub total: u32,
    /// Whether some day of the span is projected.
    pub projected: bool,
    pub months: Vec<CountMonth>,
}

/// Why no picture can be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    /// A day of the drawn months is outside the calendar's range.
    Calendar(CalendarError),
    /// The due date is before the start.
    Backwards { start: Date, due: Date },
    /// The span needs more than [`MAX_MONTHS`] months.
    TooLong { months: usize },
}

impl From<CalendarError> for PictureError {
    fn from(e: CalendarError) -> Self {
        PictureError::Calendar(e)
    }
}

fn first_of_month(d: Date) -> Date {
    d.with_day(1).unwrap_or(d)
}

fn next_month(first: Date) -> Option<Date> {
    first.checked_add_months(chrono::Months::new(1))
}

/// How many months `[start, due]` touches.
fn months_between(start: Date, due: Date) -> usize {
    let a = start.year() * 12 + start.month0() as i32;
    let b = due.year() * 12 + due.month0() as i32;
    (b - a).max(0) as usize + 1
}

impl CountPicture {
    /// The months from `start` to `due` on `calendar`, numbered by `counting`.
    ///
    /// # Errors
    /// A due date before the start, a span over [`MAX_MONTHS`] months, or a day of
    /// those months the calendar does not cover. Never panics.
    ///
    /// # Properties
    /// With [`Counting::WorkingDays`], the day numbered `n` is
    /// `calendar.add_working_days(start, n)`, so when the due date is the end of a
    /// term of N working days it carries the number N.
    pub fn build(
        calendar: &Calendar,
        start: Date,
        due: Date,
        counting: Counting,
    ) -> Result<CountPicture, PictureError> {
        if due < start {
            return Err(PictureError::Backwards { start, due });
        }
        let months = months_between(start, due);
        if months > MAX_MONTHS {
            return Err(PictureError::TooLong { months });
        }
        let mut out = Vec::with_capacity(months);
        let mut count = 0u32;
        let mut projected = false;
        let mut first = first_of_month(start);
        for _ in 0..months {
            let next = next_month(first).ok_or(PictureError::TooLong { months })?;
            let mut weeks: Vec<CountWeek> = Vec::new();
            let mut week: [Option<CountDay>; 7] = Default::default();
            let mut day = first;
            while day < next {
                let kind = CountDayKind::from(calendar.kind(day)?);
                let outside = day < start || day > due;
                let counted = match counting {
                    _ if outside || day == start => None,
                    Counting::WorkingDays if kind.is_working() => Some(count + 1),
                    Counting::CalendarDays => Some(count + 1),
                    Counting::WorkingDays | Counting::Marked => None,
                };
                if let Some(n) = counted {
                    count = n;
                }
                let is_projected = calendar.is_projected(day);
                projected |= is_projected && !outside;
                let col = day.weekday().num_days_from_monday() as usize;
                week[col] = Some(CountDay {
                    date: day,
                    kind,
                    special: calendar.special(day)?,
                    counted,
                    is_start: day == start,
                    is_due: day == due,
                    outside,
                    projected: is_projected,
                });
                if col == 6 {
                    weeks.push(CountWeek {
                        days: std::mem::take(&mut week),
                    });
                }
                day = day
                    .checked_add_days(Days::new(1))
                    .ok_or(PictureError::TooLong { months })?;
            }
            if week.iter().any(Option::is_some) {
                weeks.push(CountWeek { days: week });
            }
            out.push(CountMonth {
                year: first.year(),
                month: first.month(),
                weeks,
            });
            first = next;
        }
        Ok(CountPicture {
            start,
            due,
            counting,
            total: count,
            projected,
            months: out,
        })
    }

    /// Every drawn day in order.
    pub fn days(&self) -> impl Iterator<Item = &CountDay> {
        self.months.iter().flat_map(CountMonth::days)
    }

    /// The drawn day `date`, if it is drawn.
    pub fn day(&self, date: Date) -> Option<&CountDay> {
        self.days().find(|d| d.date == date)
    }

    /// The days of the span a reader needs told apart: the start, the due date, and
    /// every day in between that is not an ordinary working day.
    pub fn notable_days(&self) -> impl Iterator<Item = &CountDay> {
        self.days()
            .filter(|d| !d.outside && (d.is_start || d.is_due || d.kind != CountDayKind::Working))
    }

    /// The kinds that occur in the span, in [`CountDayKind::ALL`] order (for a legend).
    pub fn kinds(&self) -> Vec<CountDayKind> {
        CountDayKind::ALL
            .into_iter()
            .filter(|k| self.days().any(|d| !d.outside && d.kind == *k))
            .collect()
    }
}

/// What a plan's completion date is counted in.
///
/// The rule: by an overall term, its unit (working days numbered as working days;
/// calendar days and weeks as calendar days; months, years and time within a day not
/// numbered). Without one, the completion is where the steps end: working days if
/// every step with a due date after the submission day has a term in working days
/// (steps done on the submission day itself, in minutes or hours, take no day), else
/// calendar days, since a mix of units is not a count of working days.
pub fn completion_counting(plan: &Plan) -> Counting {
    if let CompletionBasis::OverallTerm { term, .. } = &plan.completion.basis {
        return unit_counting(term.unit);
    }
    let all_working = plan
        .steps
        .iter()
        .filter(|s| s.due.is_some_and(|d| d > plan.submitted))
        .filter_map(|s| s.term.as_ref())
        .all(|t| t.unit == Unit::WorkingDays);
    if all_working {
        Counting::WorkingDays
    } else {
        Counting::CalendarDays
    }
}

fn unit_counting(unit: Unit) -> Counting {
    match unit {
        Unit::WorkingDays => Counting::WorkingDays,
        Unit::CalendarDays | Unit::Weeks => Counting::CalendarDays,
        Unit::Months | Unit::Years | Unit::Minutes | Unit::Hours => Counting::Marked,
    }
}

/// The picture behind a plan's completion date: from the submission to
/// `completion.latest`, counted by [`completion_counting`].
///
/// `None` when there is nothing to draw or it would not read as a count: no latest
/// date (undated, a lower bound, the act not in force, barred), an overall term that
/// counts from a step's end rather than from the submission, a span over
/// [`MAX_MONTHS`] months, or a date the calendar does not cover. The text
/// explanation stays in every case.
pub fn completion_picture(plan: &Plan, calendar: &Calendar) -> Option<CountPicture> {
    let latest = plan.completion.latest?;
    if let CompletionBasis::OverallTerm { from, .. } = &plan.completion.basis {
        if *from != plan.submitted {
            return None;
        }
    }
    CountPicture::build(calendar, plan.submitted, latest, completion_counting(plan)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::{Country, DayReason};
    use crate::engine::catalog::Catalog;
    use crate::engine::date::parse_date;
    use crate::engine::text::Lang;
    use crate::locale::Say;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn cal(c: Country) -> &'static Calendar {
        Catalog::embedded().unwrap().calendar(c).unwrap()
    }

    /// `(YYYY-MM-DD, number)` of every numbered day.
    fn numbered(p: &CountPicture) -> Vec<(String, u32)> {
        p.days()
            .filter_map(|d| d.counted.map(|n| (d.date.to_string(), n)))
            .collect()
    }

    /// `(YYYY-MM-DD, kind)` of every day in the span that is not an ordinary working day.
    fn kinds(p: &CountPicture) -> Vec<(String, CountDayKind)> {
        p.days()
            .filter(|d| !d.outside && d.kind != CountDayKind::Working)
            .map(|d| (d.date.to_string(), d.kind))
            .collect()
    }

    fn n(v: &[(&str, u32)]) -> Vec<(String, u32)> {
        v.iter().map(|(d, n)| (d.to_string(), *n)).collect()
    }

    fn k(v: &[(&str, CountDayKind)]) -> Vec<(String, CountDayKind)> {
        v.iter().map(|(d, k)| (d.to_string(), *k)).collect()
    }

    use CountDayKind::*;

    #[test]
    fn kz_five_working_days_across_nauryz_2025() {
        // kz.json 2025: Nauryz Fri 21, Sat 22, Sun 23 March, all days off carried over
        // by the rule of 2016 → Sat 22 to Mon 24, Sun 23 to Tue 25. Womens' day Sat 08.03
        // → Mon 10.03 (before the span). Wed 19.03 + 5 wd: Thu 20 (1), 21–25 off,
        // Wed 26 (2), Thu 27 (3), Fri 28 (4), Sat 29, Sun 30, Mon 31 (5).
        let c = cal(Country::KZ);
        let p = CountPicture::build(c, d("2025-03-19"), d("2025-03-31"), Counting::WorkingDays)
            .unwrap();
        assert_eq!(
            c.add_working_days(d("2025-03-19"), 5).unwrap(),
            d("2025-03-31")
        );
        assert_eq!(
            numbered(&p),
            n(&[
                ("2025-03-20", 1),
                ("2025-03-26", 2),
                ("2025-03-27", 3),
                ("2025-03-28", 4),
                ("2025-03-31", 5)
            ])
        );
        assert_eq!(
            kinds(&p),
            k(&[
                ("2025-03-21", Holiday),
                ("2025-03-22", Holiday),
                ("2025-03-23", Holiday),
                ("2025-03-24", CarryOver),
                ("2025-03-25", CarryOver),
                ("2025-03-29", WeeklyRest),
                ("2025-03-30", WeeklyRest),
            ])
        );
        assert_eq!(p.total, 5);
        assert_eq!(p.months.len(), 1);
        let m = &p.months[0];
        assert_eq!((m.year, m.month), (2025, 3));
        // March 2025 starts on a Saturday: the first week has five blank days, and
        // Mon 31 opens a sixth week of its own.
        assert_eq!(m.weeks.len(), 6);
        assert!(m.weeks[0].days[..5].iter().all(Option::is_none));
        assert_eq!(m.weeks[0].days[5].as_ref().unwrap().date, d("2025-03-01"));
        assert_eq!(m.weeks[5].days[0].as_ref().unwrap().date, d("2025-03-31"));
        assert!(m.weeks[5].days[1..].iter().all(Option::is_none));
        // The start is marked and not counted; the days before it are outside.
        let start = p.day(d("2025-03-19")).unwrap();
        assert!(start.is_start && start.counted.is_none() && !start.outside);
        let before = p.day(d("2025-03-10")).unwrap();
        assert!(before.outside && before.counted.is_none());
        assert_eq!(before.kind, CarryOver, "outside days keep their kind");
        let due = p.day(d("2025-03-31")).unwrap();
        assert!(due.is_due && due.counted == Some(5));
        assert_eq!(p.days().filter(|d| d.is_due).count(), 1);
        // Named as the text explanation names them.
        let named = |s: &str| p.day(d(s)).unwrap().special.as_ref().unwrap().say(Lang::En);
        assert_eq!(named("2025-03-21"), "21.03.2025 Nauryz Meiramy");
        assert_eq!(
            named("2025-03-24"),
            "24.03.2025 day off carried over from Nauryz Meiramy (22.03.2025)"
        );
        assert_eq!(named("2025-03-29"), "29.03.2025 weekend");
        assert!(p.day(d("2025-03-20")).unwrap().special.is_none());
        assert!(!p.projected);
    }

    #[test]
    fn kg_kurman_ait_on_a_sunday_is_carried_over_to_monday_in_2024() {
        // kg.json 2024: Kurman Ait Sun 16.06.2024, carry_over under the rule in force
        // until 22.01.2025 → Mon 17.06 off; no transfer touches June 2024.
        // Fri 14.06 + 3 wd: Sat 15, Sun 16, Mon 17 off, Tue 18 (1), Wed 19 (2), Thu 20 (3).
        let c = cal(Country::KG);
        assert_eq!(
            c.add_working_days(d("2024-06-14"), 3).unwrap(),
            d("2024-06-20")
        );
        let p = CountPicture::build(c, d("2024-06-14"), d("2024-06-20"), Counting::WorkingDays)
            .unwrap();
        assert_eq!(
            numbered(&p),
            n(&[("2024-06-18", 1), ("2024-06-19", 2), ("2024-06-20", 3)])
        );
        assert_eq!(
            kinds(&p),
            k(&[
                ("2024-06-15", WeeklyRest),
                ("2024-06-16", Holiday),
                ("2024-06-17", CarryOver),
            ])
        );
        match &p
            .day(d("2024-06-17"))
            .unwrap()
            .special
            .as_ref()
            .unwrap()
            .reason
        {
            DayReason::CarryOver { holiday_date, .. } => {
                assert_eq!(*holiday_date, d("2024-06-16"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn kg_a_transfer_takes_back_the_carry_over_of_independence_day_2024() {
        // kg.json 2024: Independence Day Sat 31.08 would carry over to Mon 02.09, but the
        // transfer decree moved that day off to Fri 05.01.2024: Mon 02.09 is worked.
        // Thu 29.08 + 3 wd: Fri 30 (1), Sat 31, Sun 01.09, Mon 02 (2), Tue 03 (3).
        let c = cal(Country::KG);
        assert_eq!(
            c.add_working_days(d("2024-08-29"), 3).unwrap(),
            d("2024-09-03")
        );
        let p = CountPicture::build(c, d("2024-08-29"), d("2024-09-03"), Counting::WorkingDays)
            .unwrap();
        assert_eq!(
            numbered(&p),
            n(&[("2024-08-30", 1), ("2024-09-02", 2), ("2024-09-03", 3)])
        );
        assert_eq!(
            kinds(&p),
            k(&[
                ("2024-08-31", Holiday),
                ("2024-09-01", WeeklyRest),
                ("2024-09-02", TransferredWorkingDay),
            ])
        );
        // Crossing a month end draws both months, each with its own weeks.
        assert_eq!(
            p.months
                .iter()
                .map(|m| (m.year, m.month))
                .collect::<Vec<_>>(),
            [(2024, 8), (2024, 9)]
        );
        assert_eq!(p.months[0].days().count(), 31);
        assert_eq!(p.months[1].days().count(), 30);
        // September 2024 starts on a Sunday.
        assert_eq!(
            p.months[1].weeks[0].days[6].as_ref().unwrap().date,
            d("2024-09-01")
        );
        assert!(p.day(d("2024-09-04")).unwrap().outside);
    }

    #[test]
    fn the_nth_working_day_is_numbered_n_every_day_of_2025() {
        // For every start in 2025 and terms of 1..=15 working days: the due date's number
        // is the term, and the numbers run 1..n without a gap.
        for c in [cal(Country::KG), cal(Country::KZ)] {
            let mut start = d("2025-01-01");
            while start.year() == 2025 {
                for term in [1, 4, 10, 15] {
                    let due = c.add_working_days(start, term).unwrap();
                    let p = CountPicture::build(c, start, due, Counting::WorkingDays).unwrap();
                    assert_eq!(p.day(due).unwrap().counted, Some(term), "{start} + {term}");
                    assert_eq!(p.total, term);
                    let nums: Vec<u32> = p.days().filter_map(|d| d.counted).collect();
                    assert_eq!(nums, (1..=term).collect::<Vec<_>>());
                }
                start = start.succ_opt().unwrap();
            }
        }
    }

    #[test]
    fn calendar_days_number_every_day_and_months_number_none() {
        let c = cal(Country::KZ);
        // Fri 28.02.2025 + 10 calendar days = Mon 10.03 (itself a carried-over day off:
        // the planner would roll it; the picture numbers what it is given).
        let p = CountPicture::build(c, d("2025-02-28"), d("2025-03-10"), Counting::CalendarDays)
            .unwrap();
        assert_eq!(p.total, 10);
        assert_eq!(p.day(d("2025-03-01")).unwrap().counted, Some(1));
        assert_eq!(p.day(d("2025-03-08")).unwrap().counted, Some(8));
        assert_eq!(p.day(d("2025-03-08")).unwrap().kind, Holiday);
        assert_eq!(p.day(d("2025-03-10")).unwrap().counted, Some(10));
        let p = CountPicture::build(c, d("2025-01-31"), d("2025-02-28"), Counting::Marked).unwrap();
        assert_eq!(p.total, 0);
        assert!(p.days().all(|d| d.counted.is_none()));
        assert!(p.day(d("2025-02-28")).unwrap().is_due);
    }

    #[test]
    fn past_2027_the_days_are_projected_with_weekends_alone() {
        // kz.json covers 2013–2027, projected to 2045. Mon 27.12.2027 + 5 wd: Tue 28 (1),
        // Wed 29 (2), Thu 30 (3), Fri 31 (4), Sat 01.01.2028, Sun 02, Mon 03.01.2028 (5):
        // New Year 2028 is not known, so nothing but the weekend is skipped.
        let c = cal(Country::KZ);
        assert_eq!(
            c.add_working_days(d("2027-12-27"), 5).unwrap(),
            d("2028-01-03")
        );
        let p = CountPicture::build(c, d("2027-12-27"), d("2028-01-03"), Counting::WorkingDays)
            .unwrap();
        assert!(p.projected);
        assert_eq!(
            numbered(&p),
            n(&[
                ("2027-12-28", 1),
                ("2027-12-29", 2),
                ("2027-12-30", 3),
                ("2027-12-31", 4),
                ("2028-01-03", 5)
            ])
        );
        assert_eq!(
            kinds(&p),
            k(&[("2028-01-01", WeeklyRest), ("2028-01-02", WeeklyRest)])
        );
        assert!(!p.day(d("2027-12-31")).unwrap().projected);
        assert!(p.day(d("2028-01-01")).unwrap().projected);
        assert!(p.day(d("2028-01-31")).unwrap().projected);
        // In 2027 itself (known) the picture is not projected.
        let p = CountPicture::build(c, d("2027-03-01"), d("2027-03-05"), Counting::WorkingDays)
            .unwrap();
        assert!(!p.projected);
    }

    #[test]
    fn what_cannot_be_drawn_is_an_error_not_a_panic() {
        let c = cal(Country::KZ);
        assert_eq!(
            CountPicture::build(c, d("2025-03-19"), d("2025-03-18"), Counting::WorkingDays),
            Err(PictureError::Backwards {
                start: d("2025-03-19"),
                due: d("2025-03-18")
            })
        );
        assert_eq!(
            CountPicture::build(c, d("2025-01-31"), d("2025-04-01"), Counting::Marked),
            Err(PictureError::TooLong { months: 4 })
        );
        assert!(CountPicture::build(c, d("2025-01-31"), d("2025-03-31"), Counting::Marked).is_ok());
        assert!(matches!(
            CountPicture::build(c, d("2045-12-20"), d("2046-01-05"), Counting::WorkingDays),
            Err(PictureError::Calendar(CalendarError::OutOfRange { .. }))
        ));
        assert!(matches!(
            CountPicture::build(c, d("2012-12-28"), d("2013-01-05"), Counting::WorkingDays),
            Err(PictureError::Calendar(_))
        ));
        // The same day as start and due: one day, marked both, nothing counted.
        let p = CountPicture::build(c, d("2025-03-19"), d("2025-03-19"), Counting::WorkingDays)
            .unwrap();
        let day = p.day(d("2025-03-19")).unwrap();
        assert!(day.is_start && day.is_due && day.counted.is_none());
        assert_eq!(p.total, 0);
    }

    fn plan_of(service: &str, situation: &str, submitted: &str, answers: &[(&str, &str)]) -> Plan {
        let req = super::super::Request {
            service,
            situation,
            submitted: d(submitted),
            submitted_at: None,
            answers: answers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        super::super::plan(Catalog::embedded().unwrap(), &req).unwrap()
    }

    #[test]
    fn a_plans_completion_is_drawn_by_its_overall_term_in_working_days() {
        // tests/cases/kg-driving-licence-issue.json, "a lost licence replaced across
        // Nooruz": overall term 4 wd (l. 27) from Wed 19.03.2025: Thu 20 (1), Fri 21
        // Nooruz, Sat 22, Sun 23, Mon 24 (2), Tue 25 (3), Wed 26 (4).
        let p = plan_of(
            "kg-driving-licence-issue",
            "replace-lost",
            "2025-03-19",
            &[
                ("citizenship", "kg-citizen"),
                ("data_in_database", "yes"),
                ("licence_kind", "national"),
                ("deprivation_on_record", "no"),
            ],
        );
        assert_eq!(completion_counting(&p), Counting::WorkingDays);
        let pic = completion_picture(&p, cal(Country::KG)).unwrap();
        assert_eq!((pic.start, pic.due), (d("2025-03-19"), d("2025-03-26")));
        assert_eq!(
            numbered(&pic),
            n(&[
                ("2025-03-20", 1),
                ("2025-03-24", 2),
                ("2025-03-25", 3),
                ("2025-03-26", 4)
            ])
        );
        assert_eq!(
            kinds(&pic),
            k(&[
                ("2025-03-21", Holiday),
                ("2025-03-22", WeeklyRest),
                ("2025-03-23", WeeklyRest)
            ])
        );
    }

    #[test]
    fn a_plan_of_mixed_step_units_is_drawn_in_calendar_days_and_a_long_one_not_at_all() {
        // tests/cases/kz-certification-centre-accreditation.json: hours, working days
        // and calendar days from Wed 19.03.2025 to Thu 24.04.2025, no overall term.
        let p = plan_of(
            "kz-certification-centre-accreditation",
            "accreditation",
            "2025-03-19",
            &[],
        );
        assert_eq!(completion_counting(&p), Counting::CalendarDays);
        let pic = completion_picture(&p, cal(Country::KZ)).unwrap();
        assert_eq!(pic.due, d("2025-04-24"));
        // 12 days left in March (20–31) + 24 in April.
        assert_eq!(pic.total, 36);
        assert_eq!(pic.day(d("2025-04-24")).unwrap().counted, Some(36));
        // Not drawable: no latest date (a citizen abroad: the consular step has no term).
        let p = plan_of(
            "kg-driving-licence-issue",
            "abroad-via-consulate",
            "2025-03-19",
            &[
                ("licence_lost", "no"),
                ("data_in_database", "yes"),
                ("deprivation_on_record", "no"),
            ],
        );
        assert!(completion_picture(&p, cal(Country::KG)).is_none());
    }
}
