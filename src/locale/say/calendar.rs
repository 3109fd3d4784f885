//! Calendar days and calendar errors in words.

use crate::engine::calendar::{DayReason, SpecialDay};
use crate::engine::date::dotted;
use crate::engine::source::LegalRef;

use super::{said, sentence, Say};
use crate::locale::{Lang, Phrase, M, S};

impl Say for SpecialDay {
    /// "21.03.2025 Nooruz", "22.03.2025 weekend", …
    fn phrase(&self) -> Phrase {
        Phrase::Joined(vec![
            Phrase::Plain(dotted(self.date)),
            day_reason(&self.reason),
        ])
    }
}

/// Why a day is special, without its date: "Nooruz", "weekend", "day off carried over
/// from Nooruz (21.03.2025)", …
pub fn day_reason(reason: &DayReason) -> Phrase {
    match reason {
        DayReason::Weekend => said(M::Weekend),
        DayReason::Holiday { name, .. } => Phrase::Text(name.clone()),
        DayReason::CarryOver {
            holiday,
            holiday_date,
            ..
        } => sentence(
            M::CarriedOver,
            [
                ("holiday", holiday.into()),
                ("date", dotted(*holiday_date).into()),
            ],
        ),
        DayReason::TransferredDayOff {
            worked_instead,
            source,
        } => match worked_instead {
            Some(w) => sentence(
                M::TransferredDayOffFor,
                [
                    ("date", dotted(*w).into()),
                    ("decree", decree(source).into()),
                ],
            ),
            None => sentence(M::TransferredDayOff, [("decree", decree(source).into())]),
        },
        DayReason::TransferredWorkingDay {
            day_off_instead,
            source,
        } => match day_off_instead {
            Some(off) => sentence(
                M::TransferredWorkingDayFor,
                [
                    ("date", dotted(*off).into()),
                    ("decree", decree(source).into()),
                ],
            ),
            None => sentence(
                M::TransferredWorkingDay,
                [("decree", decree(source).into())],
            ),
        },
        DayReason::WorkingHoliday { name, .. } => {
            sentence(M::WorkingHoliday, [("name", name.into())])
        }
    }
}

/// " (№ 835, 2025-12-25)", or what of it is known.
pub(super) fn decree(source: &LegalRef) -> String {
    match (&source.number, &source.date) {
        (Some(n), Some(d)) => format!(" ({n}, {d})"),
        (Some(n), None) => format!(" ({n})"),
        (None, Some(d)) => format!(" ({d})"),
        (None, None) => String::new(),
    }
}

impl std::fmt::Display for crate::engine::calendar::CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&calendar_error(self, Lang::En))
    }
}

/// A date the calendars cannot count, in the reader's language.
pub fn calendar_error(e: &crate::engine::calendar::CalendarError, lang: Lang) -> String {
    let crate::engine::calendar::CalendarError::OutOfRange {
        date,
        from,
        to,
        country,
    } = e;
    crate::locale::tf(
        lang,
        S::ErrOutOfCalendar,
        &[
            ("date", &date.to_string()),
            ("country", country.code()),
            ("from", &from.to_string()),
            ("to", &to.to_string()),
        ],
    )
}
