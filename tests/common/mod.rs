//! Helpers the integration tests share.

use tartip::engine::calendar::{DayReason, SpecialDay};
use tartip::engine::text::Lang;

/// Why a day is special, as typed data: the reason's variant with the holiday's name
/// (the data's English name) and, for a carried-over day, the holiday's date.
#[derive(Debug, PartialEq, Eq)]
pub enum Why {
    Weekend,
    Holiday(String),
    CarryOver(String, String),
    TransferredDayOff,
    TransferredWorkingDay,
    WorkingHoliday(String),
}

/// Each special day as `(YYYY-MM-DD, why)`.
pub fn why(days: &[SpecialDay]) -> Vec<(String, Why)> {
    days.iter()
        .map(|d| {
            let why = match &d.reason {
                DayReason::Weekend => Why::Weekend,
                DayReason::Holiday { name, .. } => Why::Holiday(name.get(Lang::En).into()),
                DayReason::CarryOver {
                    holiday,
                    holiday_date,
                    ..
                } => Why::CarryOver(holiday.get(Lang::En).into(), holiday_date.to_string()),
                DayReason::TransferredDayOff { .. } => Why::TransferredDayOff,
                DayReason::TransferredWorkingDay { .. } => Why::TransferredWorkingDay,
                DayReason::WorkingHoliday { name, .. } => {
                    Why::WorkingHoliday(name.get(Lang::En).into())
                }
            };
            (d.date.to_string(), why)
        })
        .collect()
}

/// `(YYYY-MM-DD, why)` for the expectations.
pub fn day(date: &str, why: Why) -> (String, Why) {
    (date.to_string(), why)
}
