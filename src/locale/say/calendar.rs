//! Calendar days and calendar errors in words.

use crate::engine::calendar::{DayReason, SpecialDay};
use crate::engine::date::dotted;
use crate::engine::source::LegalRef;

use super::Say;
use crate::locale::{render, text, Lang, Text, M, S};

impl Say for SpecialDay {
    /// "21.03.2025 Nooruz", "22.03.2025 weekend", … in every language.
    fn text(&self) -> Text {
        let what = day_reason(&self.reason);
        let day = dotted(self.date);
        let each = |lang| Some(format!("{day} {}", what.get(lang)));
        Text {
            ky: each(Lang::Ky).map(Into::into),
            kk: each(Lang::Kk).map(Into::into),
            ru: each(Lang::Ru).map(Into::into),
            en: each(Lang::En).map(Into::into),
        }
    }
}

/// Why a day is special, without its date: "Nooruz", "weekend", "day off carried over
/// from Nooruz (21.03.2025)", …
pub fn day_reason(reason: &DayReason) -> Text {
    match reason {
        DayReason::Weekend => text(M::Weekend),
        DayReason::Holiday { name, .. } => name.clone(),
        DayReason::CarryOver {
            holiday,
            holiday_date,
            ..
        } => render(
            M::CarriedOver,
            &[
                ("holiday", holiday.into()),
                ("date", dotted(*holiday_date).into()),
            ],
        ),
        DayReason::TransferredDayOff {
            worked_instead,
            source,
        } => match worked_instead {
            Some(w) => render(
                M::TransferredDayOffFor,
                &[
                    ("date", dotted(*w).into()),
                    ("decree", decree(source).into()),
                ],
            ),
            None => render(M::TransferredDayOff, &[("decree", decree(source).into())]),
        },
        DayReason::TransferredWorkingDay {
            day_off_instead,
            source,
        } => match day_off_instead {
            Some(off) => render(
                M::TransferredWorkingDayFor,
                &[
                    ("date", dotted(*off).into()),
                    ("decree", decree(source).into()),
                ],
            ),
            None => render(
                M::TransferredWorkingDay,
                &[("decree", decree(source).into())],
            ),
        },
        DayReason::WorkingHoliday { name, .. } => {
            render(M::WorkingHoliday, &[("name", name.into())])
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
