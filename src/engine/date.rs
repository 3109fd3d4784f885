//! Civil dates: strict parsing and the month arithmetic the term rules rely on.
//!
//! Tartip works with dates only (no time zones): a submission date, a due date.

pub use chrono::NaiveDate as Date;
use chrono::{Datelike, Months};

/// Why a text is not a date; `crate::locale::date_error` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Shape(String),
    /// Of the form, but no such day (30 February).
    NotReal(String),
}

/// Parses a strict ISO date `YYYY-MM-DD`, naming the bad value on failure.
pub fn parse_date(s: &str) -> Result<Date, DateError> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(DateError::Shape(s.to_string()));
    }
    Date::parse_from_str(s, "%Y-%m-%d").map_err(|_| DateError::NotReal(s.to_string()))
}

/// `date` plus `n` months; a day the target month lacks becomes its last day
/// (31 January + 1 month = 28 or 29 February).
///
/// # Properties
/// Not reversible: 2024-03-31 + 1 month = 2024-04-30, and 2024-04-30 − 1 month = 2024-03-30.
pub fn add_months(date: Date, n: i32) -> Option<Date> {
    if n >= 0 {
        date.checked_add_months(Months::new(n as u32))
    } else {
        date.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// `dd.mm.yyyy`, the way dates are written in Kyrgyz and Kazakh documents.
pub fn dotted(date: Date) -> String {
    let mut s = String::with_capacity(10);
    push_dotted(&mut s, date);
    s
}

/// [`dotted`] onto the end of `s`. Written digit by digit: plans and cards word
/// hundreds of dates.
pub fn push_dotted(s: &mut String, date: Date) {
    let two = |s: &mut String, n: u32| {
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    };
    two(s, date.day());
    s.push('.');
    two(s, date.month());
    s.push('.');
    match u32::try_from(date.year()) {
        Ok(y @ 1000..=9999) => {
            two(s, y / 100);
            two(s, y % 100);
        }
        _ => s.push_str(&date.year().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    #[test]
    fn parse_accepts_only_strict_iso_dates() {
        assert_eq!(d("2025-03-21"), Date::from_ymd_opt(2025, 3, 21).unwrap());
        for bad in [
            "2025-3-21",
            "21.03.2025",
            "2025-02-30",
            "2025-13-01",
            "",
            "2025-03-21x",
            "２０２５-03-21",
        ] {
            assert!(parse_date(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn months_clamp_to_the_end_of_a_shorter_month() {
        assert_eq!(add_months(d("2025-01-31"), 1), Some(d("2025-02-28")));
        assert_eq!(add_months(d("2024-01-31"), 1), Some(d("2024-02-29")));
        assert_eq!(add_months(d("2024-02-29"), 12), Some(d("2025-02-28")));
        assert_eq!(add_months(d("2024-03-31"), -1), Some(d("2024-02-29")));
        assert_eq!(add_months(d("2025-03-21"), -12), Some(d("2024-03-21")));
    }

    #[test]
    fn dotted_pads_day_and_month() {
        assert_eq!(dotted(d("2025-03-01")), "01.03.2025");
        assert_eq!(dotted(d("2031-12-31")), "31.12.2031");
        let far = Date::from_ymd_opt(12345, 1, 9).unwrap();
        assert_eq!(dotted(far), "09.01.12345");
    }
}
