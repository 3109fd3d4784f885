//! The calendar file's schema (`regulations/calendars/<cc>.json`) and the typed days
//! a calendar reports: countries, holidays, carry-over rules, transfers, and why a
//! day is special.

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use crate::engine::date::Date;
use crate::engine::source::LegalRef;
use crate::engine::text::Text;

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Country {
    #[default]
    KG,
    KZ,
}

impl Country {
    pub fn code(self) -> &'static str {
        match self {
            Country::KG => "KG",
            Country::KZ => "KZ",
        }
    }

    /// The national currency's ISO 4217 code, in which fees are paid.
    pub fn currency(self) -> &'static str {
        match self {
            Country::KG => "KGS",
            Country::KZ => "KZT",
        }
    }

    pub fn parse(s: &str) -> Result<Country, String> {
        match s.to_ascii_uppercase().as_str() {
            "KG" => Ok(Country::KG),
            "KZ" => Ok(Country::KZ),
            _ => Err(format!("unknown country '{s}' (valid: KG, KZ)")),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RestDay {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl RestDay {
    pub(super) fn weekday(self) -> Weekday {
        match self {
            RestDay::Monday => Weekday::Mon,
            RestDay::Tuesday => Weekday::Tue,
            RestDay::Wednesday => Weekday::Wed,
            RestDay::Thursday => Weekday::Thu,
            RestDay::Friday => Weekday::Fri,
            RestDay::Saturday => Weekday::Sat,
            RestDay::Sunday => Weekday::Sun,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarFile {
    pub country: Country,
    pub name: Text,
    pub weekly_rest_days: Vec<RestDay>,
    pub covers: Covers,
    pub carry_over_rules: Vec<CarryOverRule>,
    pub years: Vec<YearStatus>,
    pub holidays: Vec<Holiday>,
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    #[serde(default)]
    pub shortened_days: Vec<ShortenedDay>,
    #[serde(default)]
    pub deviations: Vec<Deviation>,
}

/// The years whose days off are known, and how far past them Tartip still counts.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Covers {
    pub from: i32,
    /// The last year whose holidays and transfers the file holds.
    pub to: i32,
    /// Years after `to` up to this one are counted with the weekly rest days alone:
    /// their holiday decrees are not known yet, so every date there is provisional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projected_to: Option<i32>,
}

impl Covers {
    /// The last year Tartip counts at all, known or projected.
    pub fn last(&self) -> i32 {
        self.projected_to.unwrap_or(self.to).max(self.to)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CarryOver {
    /// A day off falling on a weekly rest day moves to the next working day.
    NextWorkingDay,
    /// No carry-over: the day off is lost when it falls on a rest day.
    None,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarryOverRule {
    pub from: Date,
    pub to: Option<Date>,
    pub rule: CarryOver,
    pub text: Text,
    pub source: LegalRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearState {
    Final,
    Provisional,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearStatus {
    pub year: i32,
    pub status: YearState,
    /// What is still unknown about a provisional year, as facts the locale words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<OpenPoint>,
    /// The editors' research note (sources searched, dates found); not shown to users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl OpenPoint {
    /// The holiday it is about, if any.
    pub fn holiday(&self) -> Option<&str> {
        match self {
            OpenPoint::NoTransferDecree {} => None,
            OpenPoint::HolidayUnconfirmed { holiday }
            | OpenPoint::HolidayNotAnnounced { holiday }
            | OpenPoint::HolidayChangeReported { holiday } => Some(holiday),
        }
    }
}

/// One thing not yet known about a provisional year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum OpenPoint {
    /// No decree moving days off in that year is known; one may still be issued.
    /// (Written `{}` so a stray key is refused.)
    NoTransferDecree {},
    /// The holiday's date in the file is announced but not confirmed.
    HolidayUnconfirmed { holiday: String },
    /// The holiday's date is not announced yet, so it is not in the file at all.
    HolidayNotAnnounced { holiday: String },
    /// The file follows a reported change of the holiday; the amending act was not read.
    HolidayChangeReported { holiday: String },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub date: Date,
    pub id: String,
    pub name: Text,
    pub day_off: bool,
    pub carry_over: bool,
    pub source: LegalRef,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub day_off: Option<Date>,
    pub working_day: Option<Date>,
    /// The editors' summary of the decree; users see the typed swap, worded in four
    /// languages from the two dates.
    pub text: Text,
    pub source: LegalRef,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortenedDay {
    pub date: Date,
    pub hours: u8,
    pub source: LegalRef,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deviation {
    pub date: Date,
    pub tartip: String,
    pub reference: String,
    pub why: String,
    pub source: LegalRef,
}

/// What a day is, with an index into the calendar file's lists for the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    Working,
    /// A holiday that is not a day off (e.g. Kurban Ait in Kazakhstan without a decree).
    WorkingHoliday(u16),
    /// A weekly rest day made a working day by a government transfer.
    TransferredWorkingDay(u16),
    WeeklyRest,
    Holiday(u16),
    /// The day off carried over from a holiday (index) that fell on a rest day.
    CarryOver(u16),
    /// A weekday made a day off by a government transfer.
    TransferredDayOff(u16),
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(
            self,
            DayKind::Working | DayKind::WorkingHoliday(_) | DayKind::TransferredWorkingDay(_)
        )
    }
}

/// Why a day in a computed span is special: shown in "why this date?".
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayReason {
    Weekend,
    Holiday {
        name: Text,
        source: LegalRef,
    },
    CarryOver {
        holiday: Text,
        holiday_date: Date,
        source: LegalRef,
    },
    TransferredDayOff {
        /// The weekend day worked instead, where the decree names one.
        worked_instead: Option<Date>,
        source: LegalRef,
    },
    /// Counted as a working day although it is a weekend day.
    TransferredWorkingDay {
        /// The weekday made a day off in exchange, where the decree names one.
        day_off_instead: Option<Date>,
        source: LegalRef,
    },
    /// Counted as a working day although it is a holiday.
    WorkingHoliday {
        name: Text,
        source: LegalRef,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpecialDay {
    pub date: Date,
    pub working: bool,
    #[serde(flatten)]
    pub reason: DayReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// The date lies outside the years the calendar covers.
    OutOfRange {
        date: Date,
        from: i32,
        to: i32,
        country: Country,
    },
}

// Worded in `crate::locale` (`Display` gives the English).

impl std::error::Error for CalendarError {}

impl CalendarFile {
    /// The carry-over rule in force on `date`, if the file states one.
    pub fn carry_over_rule_on(&self, date: Date) -> Option<CarryOver> {
        self.carry_over_rules
            .iter()
            .find(|r| r.covers(date))
            .map(|r| r.rule)
    }
}

impl CarryOverRule {
    pub(super) fn covers(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}
