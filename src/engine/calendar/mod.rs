//! Production calendars: which days are working days in a country, and why not.
//!
//! # Overview
//! A calendar file (`regulations/calendars/<cc>.json`) lists public holidays, the
//! carry-over rule in force each period, and government transfers of days off. At
//! load time Tartip classifies every day of the covered years once and keeps two
//! tables: the running count of working days and the list of working days. Adding N
//! working days or counting them between two dates is then two array reads.
//!
//! Order of application: weekly rest days, holidays that are days off, carry-overs
//! derived from the rule in force, then government transfers (which may also undo a
//! derived carry-over).

use chrono::{Datelike, Weekday};

use super::date::Date;
use super::text::Text;

mod data;
pub use data::*;

/// A production calendar ready for O(1) working-day arithmetic.
pub struct Calendar {
    pub file: CalendarFile,
    first: Date,
    /// `first` as days from the common era, so indexing is one subtraction.
    first_ce: i32,
    kinds: Vec<DayKind>,
    /// `rank[i]`: working days among days `0..=i`.
    rank: Vec<u32>,
    /// The working days, in order.
    working: Vec<Date>,
}

impl Calendar {
    pub fn from_json(json: &str) -> Result<Calendar, String> {
        let file: CalendarFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Calendar::build(file)
    }

    pub fn build(file: CalendarFile) -> Result<Calendar, String> {
        let first = Date::from_ymd_opt(file.covers.from, 1, 1).ok_or("bad covers.from")?;
        let end = Date::from_ymd_opt(file.covers.last(), 12, 31).ok_or("bad covers.to")?;
        let len = (end - first).num_days() as usize + 1;
        let rest: Vec<Weekday> = file.weekly_rest_days.iter().map(|d| d.weekday()).collect();
        let known_end = Date::from_ymd_opt(file.covers.to, 12, 31).ok_or("bad covers.to")?;
        let offset = |d: Date| -> Result<usize, String> {
            let i = (d - first).num_days();
            if i < 0 || d > known_end {
                Err(format!(
                    "{d} is outside covers {}–{}",
                    file.covers.from, file.covers.to
                ))
            } else {
                Ok(i as usize)
            }
        };

        let mut kinds: Vec<DayKind> = (0..len)
            .map(|i| {
                let d = first + chrono::Days::new(i as u64);
                if rest.contains(&d.weekday()) {
                    DayKind::WeeklyRest
                } else {
                    DayKind::Working
                }
            })
            .collect();

        let mut by_date: Vec<usize> = (0..file.holidays.len()).collect();
        by_date.sort_by_key(|&i| file.holidays[i].date);
        for &i in &by_date {
            let h = &file.holidays[i];
            let at = offset(h.date)?;
            if h.day_off {
                if kinds[at] == DayKind::WeeklyRest {
                    // Marked as the holiday; the carry-over pass below sees it is a rest day.
                }
                kinds[at] = DayKind::Holiday(i as u16);
            } else if kinds[at] == DayKind::Working {
                kinds[at] = DayKind::WorkingHoliday(i as u16);
            }
        }
        for &i in &by_date {
            let h = &file.holidays[i];
            if !(h.day_off && h.carry_over && rest.contains(&h.date.weekday())) {
                continue;
            }
            if file.carry_over_rule_on(h.date) != Some(CarryOver::NextWorkingDay) {
                continue;
            }
            let mut at = offset(h.date)? + 1;
            while at < len
                && kinds[at] != DayKind::Working
                && !matches!(kinds[at], DayKind::WorkingHoliday(_))
            {
                at += 1;
            }
            if at < len {
                kinds[at] = DayKind::CarryOver(i as u16);
            }
        }
        // A transfer may pair a covered day with one outside the covered years (a
        // working Saturday in late December for a day off on 2 January): only the
        // covered half concerns this calendar.
        for (i, t) in file.transfers.iter().enumerate() {
            if let Some(at) = t.day_off.and_then(|d| offset(d).ok()) {
                kinds[at] = DayKind::TransferredDayOff(i as u16);
            }
            // Making a plain weekday "a working day" (undoing a carry-over the code no
            // longer grants) changes nothing and is not worth explaining.
            if let Some(at) = t.working_day.and_then(|d| offset(d).ok()) {
                if !kinds[at].is_working() {
                    kinds[at] = DayKind::TransferredWorkingDay(i as u16);
                }
            }
            if t.day_off.or(t.working_day).is_none() {
                return Err(format!("transfer {i} names no day"));
            }
        }

        let mut rank = Vec::with_capacity(len);
        let mut working = Vec::new();
        let mut count = 0u32;
        for (i, k) in kinds.iter().enumerate() {
            if k.is_working() {
                working.push(first + chrono::Days::new(i as u64));
                count += 1;
            }
            rank.push(count);
        }
        Ok(Calendar {
            file,
            first,
            first_ce: first.num_days_from_ce(),
            kinds,
            rank,
            working,
        })
    }

    pub fn country(&self) -> Country {
        self.file.country
    }

    /// The first and last covered dates.
    pub fn span(&self) -> (Date, Date) {
        (
            self.first,
            self.first + chrono::Days::new(self.kinds.len() as u64 - 1),
        )
    }

    fn index(&self, date: Date) -> Result<usize, CalendarError> {
        let i = i64::from(date.num_days_from_ce() - self.first_ce);
        if i < 0 || i as usize >= self.kinds.len() {
            Err(self.out_of_range(date))
        } else {
            Ok(i as usize)
        }
    }

    fn out_of_range(&self, date: Date) -> CalendarError {
        CalendarError::OutOfRange {
            date,
            from: self.file.covers.from,
            to: self.file.covers.last(),
            country: self.file.country,
        }
    }

    /// Whether `date` lies past the years whose days off are known: there it is
    /// counted with the weekly rest days alone.
    pub fn is_projected(&self, date: Date) -> bool {
        date.year() > self.file.covers.to
    }

    /// The last year whose holidays and transfers are known.
    pub fn last_known_year(&self) -> i32 {
        self.file.covers.to
    }

    fn date_at(&self, i: usize) -> Date {
        self.first + chrono::Days::new(i as u64)
    }

    pub fn kind(&self, date: Date) -> Result<DayKind, CalendarError> {
        Ok(self.kinds[self.index(date)?])
    }

    pub fn is_working(&self, date: Date) -> Result<bool, CalendarError> {
        Ok(self.kind(date)?.is_working())
    }

    /// The `n`-th working day after `from` (`from` itself not counted); `n = 0` gives `from`.
    ///
    /// # Properties
    /// For `n ≥ 1` the result is a working day, `working_days_between(from, result) == n`,
    /// and the result never decreases as `n` or `from` grows.
    pub fn add_working_days(&self, from: Date, n: u32) -> Result<Date, CalendarError> {
        if n == 0 {
            return Ok(from);
        }
        let i = self.index(from)?;
        let k = self.rank[i] as usize + n as usize - 1;
        match self.working.get(k) {
            Some(&at) => Ok(at),
            None => Err(self.beyond_end()),
        }
    }

    /// The `n`-th working day before `from` (`from` itself not counted).
    pub fn sub_working_days(&self, from: Date, n: u32) -> Result<Date, CalendarError> {
        if n == 0 {
            return Ok(from);
        }
        let i = self.index(from)?;
        // Working days strictly before `from`.
        let before = self.rank[i] as usize - usize::from(self.kinds[i].is_working());
        if (n as usize) > before {
            return Err(self.out_of_range(self.first - chrono::Days::new(1)));
        }
        Ok(self.working[before - n as usize])
    }

    /// Working days in `(from, to]`: `from` excluded, `to` included. Negative when `to < from`.
    pub fn working_days_between(&self, from: Date, to: Date) -> Result<i64, CalendarError> {
        let (a, b) = (self.index(from)?, self.index(to)?);
        Ok(self.rank[b] as i64 - self.rank[a] as i64)
    }

    /// `date` if it is a working day, else the next working day.
    pub fn next_working_day_from(&self, date: Date) -> Result<Date, CalendarError> {
        let i = self.index(date)?;
        if self.kinds[i].is_working() {
            return Ok(date);
        }
        match self.working.get(self.rank[i] as usize) {
            Some(&at) => Ok(at),
            None => Err(self.beyond_end()),
        }
    }

    fn beyond_end(&self) -> CalendarError {
        self.out_of_range(self.span().1 + chrono::Days::new(1))
    }

    /// Every day in `(from, to]` that is not an ordinary working day, with its reason:
    /// the trace behind "why this date?".
    pub fn special_days(&self, from: Date, to: Date) -> Result<Vec<SpecialDay>, CalendarError> {
        let (a, b) = (self.index(from)?, self.index(to)?);
        Ok((a + 1..=b).filter_map(|i| self.special_day(i)).collect())
    }

    /// The reason a day is special, if it is.
    pub fn special(&self, date: Date) -> Result<Option<SpecialDay>, CalendarError> {
        Ok(self.special_day(self.index(date)?))
    }

    fn special_day(&self, i: usize) -> Option<SpecialDay> {
        let f = &self.file;
        let reason = match self.kinds[i] {
            DayKind::Working => return None,
            DayKind::WeeklyRest => DayReason::Weekend,
            DayKind::Holiday(h) => {
                let h = &f.holidays[h as usize];
                DayReason::Holiday {
                    name: h.name.clone(),
                    source: h.source.clone(),
                }
            }
            DayKind::WorkingHoliday(h) => {
                let h = &f.holidays[h as usize];
                DayReason::WorkingHoliday {
                    name: h.name.clone(),
                    source: h.source.clone(),
                }
            }
            DayKind::CarryOver(h) => {
                let h = &f.holidays[h as usize];
                let rule = f.carry_over_rules.iter().find(|r| r.covers(h.date));
                DayReason::CarryOver {
                    holiday: h.name.clone(),
                    holiday_date: h.date,
                    source: rule.map_or_else(|| h.source.clone(), |r| r.source.clone()),
                }
            }
            DayKind::TransferredDayOff(t) => DayReason::TransferredDayOff {
                worked_instead: f.transfers[t as usize].working_day,
                source: f.transfers[t as usize].source.clone(),
            },
            DayKind::TransferredWorkingDay(t) => DayReason::TransferredWorkingDay {
                day_off_instead: f.transfers[t as usize].day_off,
                source: f.transfers[t as usize].source.clone(),
            },
        };
        Some(SpecialDay {
            date: self.date_at(i),
            working: self.kinds[i].is_working(),
            reason,
        })
    }

    /// Hours by which the law shortens `date`'s working day (the eve of a holiday).
    pub fn shortened_hours(&self, date: Date) -> u8 {
        self.file
            .shortened_days
            .iter()
            .find(|s| s.date == date)
            .map_or(0, |s| s.hours)
    }

    /// Whether the decrees for `year` are not all known yet (a projected year never is).
    pub fn is_provisional(&self, year: i32) -> bool {
        year > self.file.covers.to
            || self
                .file
                .years
                .iter()
                .any(|y| y.year == year && y.status == YearState::Provisional)
    }

    /// What is still open about a provisional year in the file.
    pub fn open_points(&self, year: i32) -> &[OpenPoint] {
        self.file
            .years
            .iter()
            .find(|y| y.year == year)
            .map_or(&[], |y| y.open.as_slice())
    }

    /// The name of the holiday `id` (from any year it is listed in).
    pub fn holiday_name(&self, id: &str) -> Option<&Text> {
        self.file
            .holidays
            .iter()
            .find(|h| h.id == id)
            .map(|h| &h.name)
    }

    /// Days off other than weekly rest days, and working weekend days, in `year`.
    pub fn year_special_days(&self, year: i32) -> Result<Vec<SpecialDay>, CalendarError> {
        let (first, last) = self.span();
        let start = Date::from_ymd_opt(year, 1, 1).ok_or_else(|| self.out_of_range(first))?;
        let end = Date::from_ymd_opt(year, 12, 31).ok_or_else(|| self.out_of_range(last))?;
        let (a, b) = (self.index(start)?, self.index(end)?);
        Ok((a..=b)
            .filter_map(|i| self.special_day(i))
            .filter(|d| d.reason != DayReason::Weekend)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::parse_date;
    use crate::engine::text::Lang;
    // The wording lives in the locale; these tests read a day's reason through it.
    use crate::locale::Say;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    /// A small calendar shaped like real ones: a holiday on a Sunday carried over,
    /// a decree moving a working Saturday, a holiday that is not a day off.
    fn fixture() -> Calendar {
        Calendar::from_json(
            r#"{
            "country": "KG", "name": {"en": "test"}, "weekly_rest_days": ["saturday", "sunday"],
            "covers": {"from": 2025, "to": 2025},
            "carry_over_rules": [{"from": "2025-01-01", "to": null, "rule": "next_working_day",
                "text": {"en": "moves"}, "source": {"title": "Code"}}],
            "years": [{"year": 2025, "status": "final"}],
            "holidays": [
              {"date": "2025-03-21", "id": "nooruz", "name": {"en": "Nooruz"}, "day_off": true, "carry_over": true, "source": {"title": "Code"}},
              {"date": "2025-03-30", "id": "orozo", "name": {"en": "Orozo Ait"}, "day_off": true, "carry_over": true, "source": {"title": "Decree"}},
              {"date": "2025-04-02", "id": "memo", "name": {"en": "Memorial"}, "day_off": false, "carry_over": false, "source": {"title": "Law"}}
            ],
            "transfers": [{"day_off": "2025-04-04", "working_day": "2025-04-12", "text": {"en": "moved"}, "source": {"title": "Decree 1"}}]
        }"#,
        )
        .unwrap()
    }

    #[test]
    fn a_holiday_on_a_sunday_is_carried_over_to_monday() {
        let c = fixture();
        assert!(!c.is_working(d("2025-03-30")).unwrap());
        assert_eq!(c.kind(d("2025-03-31")).unwrap(), DayKind::CarryOver(1));
        assert!(c.is_working(d("2025-04-01")).unwrap());
    }

    #[test]
    fn transfers_swap_a_weekday_and_a_saturday() {
        let c = fixture();
        assert!(!c.is_working(d("2025-04-04")).unwrap());
        assert!(c.is_working(d("2025-04-12")).unwrap());
        assert!(c.is_working(d("2025-04-02")).unwrap(), "not a day off");
    }

    #[test]
    fn adding_working_days_skips_holidays_weekends_and_carry_overs() {
        let c = fixture();
        // Thu 20.03 + 1: Fri 21.03 Nooruz, Sat, Sun → Mon 24.03.
        assert_eq!(
            c.add_working_days(d("2025-03-20"), 1).unwrap(),
            d("2025-03-24")
        );
        // Fri 28.03 + 1: Sat 29, Sun 30 Orozo, Mon 31 carry-over → Tue 01.04.
        assert_eq!(
            c.add_working_days(d("2025-03-28"), 1).unwrap(),
            d("2025-04-01")
        );
        // Thu 03.04 + 2: Fri 04.04 transferred off, Sat 05, Sun 06, Mon 07 (1), Tue 08 (2).
        assert_eq!(
            c.add_working_days(d("2025-04-03"), 2).unwrap(),
            d("2025-04-08")
        );
        // Fri 11.04 + 1: Sat 12.04 is a working day by decree.
        assert_eq!(
            c.add_working_days(d("2025-04-11"), 1).unwrap(),
            d("2025-04-12")
        );
        // From a day off: Sun 23.03 + 1 → Mon 24.03.
        assert_eq!(
            c.add_working_days(d("2025-03-23"), 1).unwrap(),
            d("2025-03-24")
        );
        assert_eq!(
            c.add_working_days(d("2025-03-23"), 0).unwrap(),
            d("2025-03-23")
        );
    }

    #[test]
    fn counting_back_and_between_mirror_adding() {
        let c = fixture();
        assert_eq!(
            c.sub_working_days(d("2025-03-24"), 1).unwrap(),
            d("2025-03-20")
        );
        assert_eq!(
            c.sub_working_days(d("2025-03-23"), 1).unwrap(),
            d("2025-03-20")
        );
        // (Thu 20.03, Tue 01.04]: 24, 25, 26, 27, 28.03 and 01.04.
        assert_eq!(
            c.working_days_between(d("2025-03-20"), d("2025-04-01"))
                .unwrap(),
            6
        );
        assert_eq!(
            c.working_days_between(d("2025-04-01"), d("2025-03-20"))
                .unwrap(),
            -6
        );
    }

    #[test]
    fn the_end_of_the_calendar_is_an_error_not_a_guess() {
        let c = fixture();
        assert!(matches!(
            c.add_working_days(d("2025-12-30"), 5),
            Err(CalendarError::OutOfRange { .. })
        ));
        assert!(c.is_working(d("2026-01-05")).is_err());
    }

    #[test]
    fn years_past_the_known_ones_count_weekends_alone() {
        let json = serde_json::to_value(fixture().file).unwrap();
        let mut file: CalendarFile = serde_json::from_value(json).unwrap();
        file.covers.projected_to = Some(2026);
        let c = Calendar::build(file).unwrap();
        // Tue 30.12.2025 + 5: Wed 31 (1), Thu 01.01.2026 (2: New Year is not known for
        // 2026 here), Fri 02 (3), weekend, Mon 05 (4), Tue 06 (5).
        assert_eq!(
            c.add_working_days(d("2025-12-30"), 5).unwrap(),
            d("2026-01-06")
        );
        assert!(c.is_projected(d("2026-01-01")) && !c.is_projected(d("2025-12-31")));
        assert!(c.is_provisional(2026));
        assert_eq!(c.last_known_year(), 2025);
        // Past the projection, still an error with its reason.
        assert!(matches!(
            c.add_working_days(d("2026-12-30"), 5),
            Err(CalendarError::OutOfRange { to: 2026, .. })
        ));
        // A holiday listed in a projected year is a data error, not a silent guess.
        let json = serde_json::to_value(fixture().file).unwrap();
        let mut file: CalendarFile = serde_json::from_value(json).unwrap();
        file.covers.projected_to = Some(2026);
        file.holidays[0].date = d("2026-03-21");
        assert!(Calendar::build(file).is_err());
    }

    #[test]
    fn a_transfer_is_worded_from_its_two_days_in_every_language() {
        let c = fixture();
        let off = c.special(d("2025-04-04")).unwrap().unwrap();
        let worked = c.special(d("2025-04-12")).unwrap().unwrap();
        assert_eq!(
            off.say(Lang::En),
            "04.04.2025 day off by government transfer, worked instead on 12.04.2025"
        );
        assert_eq!(
            worked.say(Lang::En),
            "12.04.2025 working day by government transfer, for the day off on 04.04.2025"
        );
        let t = off.text();
        for lang in Lang::ALL {
            assert!(
                t.get(lang).contains("12.04.2025"),
                "{lang}: {}",
                t.get(lang)
            );
        }
        assert!(t.get(Lang::Kk).contains("демалыс"));
        assert!(t.get(Lang::Ky).contains("дем алыш"));
    }

    #[test]
    fn special_days_explain_the_skipped_days() {
        let c = fixture();
        let labels: Vec<String> = c
            .special_days(d("2025-03-28"), d("2025-04-01"))
            .unwrap()
            .iter()
            .map(|d| d.say(Lang::En))
            .collect();
        assert_eq!(
            labels,
            [
                "29.03.2025 weekend",
                "30.03.2025 Orozo Ait",
                "31.03.2025 day off carried over from Orozo Ait (30.03.2025)"
            ]
        );
    }
}
