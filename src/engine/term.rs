//! Terms and how they are counted.
//!
//! # Overview
//! A term is a number of units (working days, calendar days, months …) counted from
//! an event on a country's production calendar. How the counting starts and ends is a
//! set of explicit [`Conventions`], never a hidden code path: by default the general
//! civil-law rule (the event day is not counted; a term ending on a day off ends on
//! the next working day; a month-term ending on a day the month lacks ends on the
//! month's last day). A regulation may override them for one term.

use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, CalendarError, SpecialDay};
use super::date::{add_months, Date};
use super::source::{LegalRef, Source};
use super::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Minutes,
    Hours,
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
    Years,
}

impl Unit {
    /// Whether the unit measures time within one visit rather than days.
    pub fn is_sub_day(self) -> bool {
        matches!(self, Unit::Minutes | Unit::Hours)
    }
}

/// What the figures of a term bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// A deadline: done within `max`.
    Within,
    /// Not before `min` has passed (e.g. an exam re-take).
    NotEarlierThan,
    /// Between `min` and `max`.
    Range,
    /// Takes `max` (a stated duration, e.g. 25 minutes for an exam).
    Duration,
}

/// A term as the regulation states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub kind: TermKind,
    #[serde(default)]
    pub min: Option<u32>,
    #[serde(default)]
    pub max: Option<u32>,
    pub unit: Unit,
    /// The unit of `min` when it differs from `unit` ("15 working days to 2 months").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_unit: Option<Unit>,
    /// Present when the text gives no unit and Tartip reads one (e.g. "4 days" read as
    /// working days by the overall term): why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_reading: Option<Text>,
    /// Counting rules the regulation itself sets for this term, overriding the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conventions: Option<ConventionOverride>,
    /// Present when the text gives this step no term and Tartip applies one by a
    /// stated reading (e.g. the paper route's term for the same internal step): why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

impl Term {
    /// The unit `min` is counted in.
    pub fn lower_unit(&self) -> Unit {
        self.min_unit.unwrap_or(self.unit)
    }
}

/// Does the event's own day count as the first day of the term?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Start {
    /// The term begins the day after the event (the civil-law default).
    NextDay,
    /// The event's day is day one.
    SameDay,
}

/// What happens when a term ends on a day that is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Roll {
    /// The term ends on the next working day (the civil-law default).
    NextWorkingDay,
    /// The term ends on that day regardless.
    None,
}

/// A month-term ending on a day the month lacks (31 January + 1 month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthEnd {
    /// Ends on the last day of that month (the civil-law default).
    Clamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conventions {
    pub start: Start,
    pub roll: Roll,
    pub month_end: MonthEnd,
}

impl Default for Conventions {
    fn default() -> Self {
        Conventions {
            start: Start::NextDay,
            roll: Roll::NextWorkingDay,
            month_end: MonthEnd::Clamp,
        }
    }
}

/// Counting rules a regulation sets for one term, with where it says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConventionOverride {
    #[serde(default)]
    pub start: Option<Start>,
    #[serde(default)]
    pub roll: Option<Roll>,
    pub source: Source,
}

impl Conventions {
    pub fn with(self, o: &Option<ConventionOverride>) -> Conventions {
        match o {
            None => self,
            Some(o) => Conventions {
                start: o.start.unwrap_or(self.start),
                roll: o.roll.unwrap_or(self.roll),
                month_end: self.month_end,
            },
        }
    }
}

/// `regulations/conventions/<cc>.json`: a country's general counting rules, each with
/// its legal basis.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryConventions {
    pub country: super::calendar::Country,
    pub conventions: Conventions,
    /// The working day assumed for terms in hours or minutes when a regulation gives
    /// no office hours.
    pub working_day: WorkingDayRule,
    /// One statement per rule, for the UI's "conventions used" panel.
    pub rules: Vec<ConventionRule>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingDayRule {
    pub hours: u16,
    pub text: Text,
    /// The law each period rests on (the labour code then in force).
    pub bases: Vec<DatedBasis>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConventionRule {
    pub id: String,
    pub text: Text,
    /// The law each period rests on, with laws that also say it, or say otherwise.
    pub bases: Vec<DatedBasis>,
}

/// How a law stands to a counting rule in its period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisRole {
    /// The rule rests on it.
    #[default]
    Main,
    /// It says the same.
    Also,
    /// It can be read otherwise; Tartip follows the main basis and says so.
    Conflict,
}

/// A law in force from `from` to `to` (inclusive; open-ended when `to` is absent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedBasis {
    pub from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    #[serde(default)]
    pub role: BasisRole,
    pub source: LegalRef,
    /// Tartip's reading: an approximate boundary, a narrow scope, a secondary source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

impl DatedBasis {
    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// The main basis in force on `day`, and the others that speak to the rule then.
pub fn bases_on(bases: &[DatedBasis], day: Date) -> (Option<&DatedBasis>, Vec<&DatedBasis>) {
    let on: Vec<&DatedBasis> = bases.iter().filter(|b| b.covers(day)).collect();
    let main = on.iter().copied().find(|b| b.role == BasisRole::Main);
    let others = on
        .into_iter()
        .filter(|b| b.role != BasisRole::Main)
        .collect();
    (main, others)
}

/// A computed date and the trace behind it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dated {
    pub date: Date,
    /// Days in the counted span that were skipped or specially counted.
    pub special_days: Vec<SpecialDay>,
    /// Where the count itself ended before moving off a day off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rolled_from: Option<Date>,
    /// For working time: the minute of the day reached (see `clock::WorkingDay`);
    /// `None` after a count in days, meaning "by the end of that day".
    #[serde(skip)]
    pub minute: Option<u16>,
}

impl Dated {
    /// A bare date with nothing to explain.
    pub fn on(date: Date, minute: Option<u16>) -> Dated {
        Dated {
            date,
            special_days: Vec::new(),
            rolled_from: None,
            minute,
        }
    }
}

/// `n` units after `from`, on `calendar`, under `conv`.
///
/// Minutes and hours stay on `from`: they are spent during the visit.
///
/// # Errors
/// When the counted span leaves the years the calendar covers.
pub fn add(
    calendar: &Calendar,
    from: Date,
    n: u32,
    unit: Unit,
    conv: Conventions,
) -> Result<Dated, CalendarError> {
    add_traced(calendar, from, n, unit, conv, true)
}

/// [`add`], with the trace of skipped days only when `trace` (a plan's other readings
/// need the date alone, and the trace is what costs).
pub fn add_traced(
    calendar: &Calendar,
    from: Date,
    n: u32,
    unit: Unit,
    conv: Conventions,
    trace: bool,
) -> Result<Dated, CalendarError> {
    // Under `SameDay` the event day is day one, i.e. we count from the day before.
    let same_day = conv.start == Start::SameDay && n > 0;
    let raw = match unit {
        Unit::Minutes | Unit::Hours => from,
        Unit::WorkingDays => {
            let base = if same_day && calendar.is_working(from)? {
                from.pred_opt().expect("date in range")
            } else {
                from
            };
            calendar.add_working_days(base, n)?
        }
        Unit::CalendarDays | Unit::Weeks => {
            let days = if unit == Unit::Weeks { 7 * n } else { n };
            let days = if same_day { days - 1 } else { days };
            from + chrono::Days::new(days as u64)
        }
        Unit::Months | Unit::Years => {
            let months = if unit == Unit::Years { 12 * n } else { n };
            let d = add_months(from, months as i32).expect("date in range");
            if same_day {
                d.pred_opt().expect("date in range")
            } else {
                d
            }
        }
    };
    let date = match conv.roll {
        Roll::NextWorkingDay if !unit.is_sub_day() => calendar.next_working_day_from(raw)?,
        _ => {
            calendar.is_working(raw)?; // still inside the calendar
            raw
        }
    };
    Ok(Dated {
        date,
        special_days: match unit {
            _ if !trace => Vec::new(),
            // A count in calendar time counts days off like any other day: the only
            // days it passes over are those its end rolled across.
            Unit::CalendarDays | Unit::Weeks | Unit::Months | Unit::Years => {
                let mut days =
                    calendar.special_days(raw.pred_opt().expect("date in range"), date)?;
                days.retain(|d| d.date < date);
                days
            }
            _ => calendar.special_days(from, date)?,
        },
        rolled_from: (date != raw).then_some(raw),
        minute: None,
    })
}

/// The first day of a backward window: a document issued "not earlier than 12 months
/// before submission" must be dated on or after `window_start(submission, 12, Months)`.
/// No rolling: the window's edge is a bound on a document's date, not a deadline.
pub fn window_start(
    calendar: &Calendar,
    from: Date,
    n: u32,
    unit: Unit,
) -> Result<Date, CalendarError> {
    Ok(match unit {
        Unit::WorkingDays => calendar.sub_working_days(from, n)?,
        Unit::Months => add_months(from, -(n as i32)).expect("date in range"),
        Unit::Years => add_months(from, -12 * n as i32).expect("date in range"),
        Unit::Weeks => from - chrono::Days::new(7 * n as u64),
        Unit::CalendarDays => from - chrono::Days::new(n as u64),
        Unit::Minutes | Unit::Hours => from,
    })
}
