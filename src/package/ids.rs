//! Identity numbers the applicant types: Kazakhstan's IIN and BIN (12 digits, the last a
//! check digit) and Kyrgyzstan's PIN (14 digits: sex, date of birth, a serial number).
//! A wrong number gets a message saying what is wrong, so it can be fixed on the spot.

use chrono::NaiveDate;

/// What is wrong with a number; `crate::locale::id_problem` says it in the
/// applicant's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdProblem {
    NotDigits { len: usize },
    Length { has: usize, len: usize },
    SeventhDigit,
    BirthDate,
    FirstDigit,
    CheckDigit { expected: u8 },
    Impossible,
}

/// Why a Kazakh IIN is not valid (its shape, the date of birth in the first six digits
/// with the century in the seventh, the check digit), or `None` when it is.
pub fn iin_problem(value: &str) -> Option<IdProblem> {
    let d = match digits(value, 12) {
        Ok(d) => d,
        Err(e) => return Some(e),
    };
    let century = match d[6] {
        1 | 2 => Some(1800),
        3 | 4 => Some(1900),
        5 | 6 => Some(2000),
        // Numbers issued to some foreigners carry 0: no century to check.
        0 => None,
        _ => return Some(IdProblem::SeventhDigit),
    };
    if let Some(c) = century {
        let year = c + i32::from(d[0] * 10 + d[1]);
        let (month, day) = (u32::from(d[2] * 10 + d[3]), u32::from(d[4] * 10 + d[5]));
        if NaiveDate::from_ymd_opt(year, month, day).is_none() {
            return Some(IdProblem::BirthDate);
        }
    }
    check_digit_problem(&d)
}

/// Why a Kazakh BIN (business identification number) is not valid, or `None`.
pub fn bin_problem(value: &str) -> Option<IdProblem> {
    match digits(value, 12) {
        Ok(d) => check_digit_problem(&d),
        Err(e) => Some(e),
    }
}

/// Why a Kyrgyz PIN is not valid (14 digits: 1 or 2, the date of birth DDMMYYYY, five
/// more digits), or `None`.
pub fn kg_pin_problem(value: &str) -> Option<IdProblem> {
    let d = match digits(value, 14) {
        Ok(d) => d,
        Err(e) => return Some(e),
    };
    if d[0] != 1 && d[0] != 2 {
        return Some(IdProblem::FirstDigit);
    }
    let n = |from: usize, to: usize| {
        d[from..to]
            .iter()
            .fold(0u32, |acc, x| acc * 10 + u32::from(*x))
    };
    let (day, month, year) = (n(1, 3), n(3, 5), n(5, 9));
    let born = i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
    if year < 1900 || born.is_none() {
        return Some(IdProblem::BirthDate);
    }
    None
}

/// Why a Kyrgyz INN of an organisation (14 digits) is not valid, or `None`.
pub fn kg_inn_problem(value: &str) -> Option<IdProblem> {
    digits(value, 14).err()
}

fn digits(value: &str, len: usize) -> Result<Vec<u8>, IdProblem> {
    if value.is_empty() || value.chars().any(|c| !c.is_ascii_digit()) {
        return Err(IdProblem::NotDigits { len });
    }
    if value.len() != len {
        return Err(IdProblem::Length {
            has: value.len(),
            len,
        });
    }
    Ok(value.bytes().map(|b| b - b'0').collect())
}

fn check_digit_problem(d: &[u8]) -> Option<IdProblem> {
    match kz_check_digit(&d[..11]) {
        None => Some(IdProblem::Impossible),
        Some(c) if c != d[11] => Some(IdProblem::CheckDigit { expected: c }),
        Some(_) => None,
    }
}

/// The check digit of a Kazakh IIN/BIN from its first 11 digits: weights 1 to 11, and
/// if the remainder is 10, weights 3 to 11, 1, 2; a second 10 means no valid number.
fn kz_check_digit(first: &[u8]) -> Option<u8> {
    let sum = |weights: [u32; 11]| {
        first
            .iter()
            .zip(weights)
            .map(|(d, w)| u32::from(*d) * w)
            .sum::<u32>()
            % 11
    };
    let r = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    let r = if r == 10 {
        sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
    } else {
        r
    };
    u8::try_from(r).ok().filter(|r| *r != 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iin_check_digit_by_hand() {
        // 900101 3 0001 ?: 9·1+0·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+0·10+1·11 = 51; 51 mod 11 = 7.
        assert_eq!(iin_problem("900101300017"), None);
        assert_eq!(
            iin_problem("900101300018"),
            Some(IdProblem::CheckDigit { expected: 7 })
        );
        // 850615 4 0012 ?: 8+10+0+24+5+30+28+0+0+10+22 = 137; 137 mod 11 = 5.
        assert_eq!(iin_problem("850615400125"), None);
    }

    #[test]
    fn iin_second_weights_when_the_first_remainder_is_10() {
        // 11 digits 0,0,0,0,0,0,0,0,0,1,0 → 1·10 = 10 → second weights: 1·1 = 1 → check 1.
        assert_eq!(kz_check_digit(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]), Some(1));
        assert_eq!(bin_problem("000000000101"), None);
    }

    #[test]
    fn iin_shape_and_date_of_birth() {
        assert_eq!(iin_problem(""), Some(IdProblem::NotDigits { len: 12 }));
        assert_eq!(
            iin_problem("90010130001"),
            Some(IdProblem::Length { has: 11, len: 12 })
        );
        assert_eq!(
            iin_problem("9001013000 7"),
            Some(IdProblem::NotDigits { len: 12 })
        );
        assert_eq!(iin_problem("901301300017"), Some(IdProblem::BirthDate));
        assert_eq!(iin_problem("900101900017"), Some(IdProblem::SeventhDigit));
    }

    #[test]
    fn kg_pin_shape_and_date_of_birth() {
        assert_eq!(kg_pin_problem("21503199000123"), None);
        assert_eq!(
            kg_pin_problem("31503199000123"),
            Some(IdProblem::FirstDigit)
        );
        assert_eq!(kg_pin_problem("23102199000123"), Some(IdProblem::BirthDate));
        assert_eq!(
            kg_pin_problem("2150319900012"),
            Some(IdProblem::Length { has: 13, len: 14 })
        );
    }
}
