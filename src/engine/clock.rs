//! Time within a working day: office hours, breaks, and terms in minutes or hours.
//!
//! # Overview
//! A [`WorkingDay`] is the list of windows in which a provider works on each working
//! day of its country's calendar. It comes from the regulation's office hours where
//! the act gives them (e.g. 09:00–16:00 with lunch 13:00–14:30); otherwise from the
//! country's normal working day, and then it has no clock times, only a length.
//! Adding working time walks the windows and, when a day runs out, moves to the next
//! working day.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calendar::{Calendar, CalendarError};
use super::date::Date;
use super::source::Source;

/// A time of day as minutes after midnight, written "HH:MM".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(pub u16);

impl ClockTime {
    pub fn parse(s: &str) -> Result<ClockTime, String> {
        let bad = || format!("'{s}' is not a time HH:MM");
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if h > 24 || m > 59 || (h == 24 && m > 0) {
            return Err(bad());
        }
        Ok(ClockTime(h * 60 + m))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ClockTime::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Office hours as a regulation states them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeHours {
    pub open: ClockTime,
    pub close: ClockTime,
    /// Lunch and other breaks, each `[from, to]`.
    #[serde(default)]
    pub breaks: Vec<[ClockTime; 2]>,
    pub source: Source,
}

/// The windows a provider works in on a working day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingDay {
    /// Ordered, non-overlapping `[from, to)` windows in minutes.
    windows: Vec<(u16, u16)>,
    /// Whether the windows are real clock times (from office hours) or only a length.
    pub clock: bool,
}

impl WorkingDay {
    /// The windows of `hours`: opening to closing, less the breaks.
    ///
    /// # Errors
    /// Closing before opening, or a break outside the day or overlapping another.
    pub fn from_office_hours(hours: &OfficeHours) -> Result<WorkingDay, String> {
        if hours.close <= hours.open {
            return Err(format!(
                "office closes ({}) before it opens ({})",
                hours.close, hours.open
            ));
        }
        let mut breaks: Vec<(u16, u16)> = hours.breaks.iter().map(|[a, b]| (a.0, b.0)).collect();
        breaks.sort_unstable();
        let mut windows = Vec::new();
        let mut at = hours.open.0;
        for (from, to) in breaks {
            if from < at || to <= from || to > hours.close.0 {
                return Err(format!(
                    "break {}–{} does not fit the day {}–{}",
                    ClockTime(from),
                    ClockTime(to),
                    hours.open,
                    hours.close
                ));
            }
            if from > at {
                windows.push((at, from));
            }
            at = to;
        }
        if at < hours.close.0 {
            windows.push((at, hours.close.0));
        }
        Ok(WorkingDay {
            windows,
            clock: true,
        })
    }

    /// A day of `hours` working hours with no clock times.
    pub fn of_length(hours: u16) -> WorkingDay {
        WorkingDay {
            windows: vec![(0, hours * 60)],
            clock: false,
        }
    }

    /// The first working minute of the day.
    pub fn start(&self) -> u16 {
        self.windows[0].0
    }

    /// The last working minute of the day (its end).
    pub fn end(&self) -> u16 {
        self.windows[self.windows.len() - 1].1
    }

    /// The windows on `date`: the eve of a holiday loses the hours the law shortens it by,
    /// from the end of the day. Any other day keeps the usual windows, not a copy.
    fn windows_on(&self, calendar: &Calendar, date: Date) -> Cow<'_, [(u16, u16)]> {
        let mut cut = u16::from(calendar.shortened_hours(date)) * 60;
        if cut == 0 {
            return Cow::Borrowed(&self.windows);
        }
        let mut windows = self.windows.clone();
        while cut > 0 {
            let Some(last) = windows.last_mut() else {
                break;
            };
            let take = cut.min(last.1 - last.0);
            last.1 -= take;
            cut -= take;
            if last.0 == last.1 {
                windows.pop();
            }
        }
        if windows.is_empty() {
            windows.push((self.start(), self.start()));
        }
        Cow::Owned(windows)
    }

    /// Working minutes in one day.
    pub fn length(&self) -> u32 {
        self.windows.iter().map(|(a, b)| u32::from(b - a)).sum()
    }
}

/// A point in working time: a date and a minute of that day (see [`WorkingDay::clock`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Moment {
    pub date: Date,
    pub minute: u16,
}

/// `minutes` of working time after `from`, skipping breaks, closed hours and days off.
///
/// A start outside working time begins at the next working minute. The result lies at
/// the end of the last minute worked, so 16:00 closing time stays 16:00 rather than
/// moving to the next morning.
///
/// # Errors
/// When the count leaves the years the calendar covers.
pub fn add_working_time(
    calendar: &Calendar,
    day: &WorkingDay,
    from: Moment,
    minutes: u32,
) -> Result<Moment, CalendarError> {
    let mut at = next_working_minute(calendar, day, from)?;
    let mut left = minutes;
    loop {
        let windows = day.windows_on(calendar, at.date);
        let (_, end) = windows
            .iter()
            .copied()
            .find(|&(a, b)| a <= at.minute && at.minute < b)
            .expect("at is a working minute");
        let room = u32::from(end - at.minute);
        if left <= room {
            return Ok(Moment {
                date: at.date,
                minute: at.minute + left as u16,
            });
        }
        left -= room;
        at = next_working_minute(
            calendar,
            day,
            Moment {
                date: at.date,
                minute: end,
            },
        )?;
    }
}

/// `from` if it is inside a working window, else the start of the next window.
fn next_working_minute(
    calendar: &Calendar,
    day: &WorkingDay,
    from: Moment,
) -> Result<Moment, CalendarError> {
    if calendar.is_working(from.date)? {
        if let Some(&(a, _)) = day
            .windows_on(calendar, from.date)
            .iter()
            .find(|&&(_, b)| from.minute < b)
        {
            return Ok(Moment {
                date: from.date,
                minute: a.max(from.minute),
            });
        }
    }
    let next = calendar.add_working_days(from.date, 1)?;
    Ok(Moment {
        date: next,
        minute: day.start(),
    })
}
