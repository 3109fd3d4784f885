//! When an act applies: signed, registered, in force from, repealed — as far as its
//! text tells, and no further.
//!
//! # Overview
//! `regulations/acts/<id>.json` describes one act: when it was signed, its registration
//! with the Ministry of Justice, the rule that puts it into force ("ten calendar days
//! after its first official publication"), the act that repealed it and that act's own
//! rule, and the date of the copy Tartip holds. The texts rarely give publication
//! dates, so most edges are known only as bounds: [`Period`] keeps each edge as an
//! earliest and a latest day, each with its basis, and [`Period::standing_on`] says
//! what can be known on a given day — in force, not yet, repealed, or uncertain
//! because the day falls between the bounds.
//!
//! Counting after publication follows the general rule on terms: the publication day
//! is not counted, so "N calendar days after publication" ends on day P + N and the
//! act applies from P + N + 1; a repeal that takes effect that way leaves P + N as the
//! last day the repealed act applied.

use chrono::{Datelike, Days};
use serde::{Deserialize, Serialize};

use super::calendar::Country;
use super::date::Date;
use super::source::Source;
use super::text::Text;

/// `regulations/acts/<id>.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActFile {
    pub id: String,
    pub country: Country,
    pub title: Text,
    pub issuer: Text,
    pub number: Option<String>,
    pub signed: Signed,
    /// Registration with the Ministry of Justice, where the text gives it.
    #[serde(default)]
    pub registration: Option<Registration>,
    pub entry_into_force: Entry,
    /// The act that repealed this one, where the text says so.
    #[serde(default)]
    pub repeal: Option<Repeal>,
    pub text_as_of: TextAsOf,
    /// The header lines that identify the act.
    pub source: Source,
}

/// When the act was signed (approved): a day, or only the year the text gives.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    #[serde(default)]
    pub date: Option<Date>,
    /// Where the day is left blank and only the year is printed.
    #[serde(default)]
    pub year: Option<i32>,
    pub source: Source,
}

impl Signed {
    /// The earliest day the act can have been signed.
    pub fn earliest(&self) -> Option<Date> {
        self.date
            .or_else(|| self.year.and_then(|y| Date::from_ymd_opt(y, 1, 1)))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub number: String,
    pub date: Date,
    pub source: Source,
}

/// How an act (or the act repealing it) takes effect, as its text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum EffectRule {
    /// "…enters into force N calendar days after its first official publication".
    AfterPublication { days: u32 },
    /// On a day the text names.
    OnDate { date: Date },
    /// The text says nothing about it (written `{}` so a stray key is refused).
    NotStated {},
}

impl Default for EffectRule {
    fn default() -> Self {
        EffectRule::NotStated {}
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: EffectRule,
    /// Tartip's reading of the latest day it can have entered into force, where the
    /// text gives none (e.g. it was in force when a later act amended it).
    #[serde(default)]
    pub latest: Option<Reading>,
    /// Where the rule is stated; `None` when the text says nothing.
    #[serde(default)]
    pub source: Option<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repeal {
    /// The repealing act, named as the text names it.
    pub by: Text,
    pub number: Option<String>,
    /// The day the repealing act was signed.
    pub signed: Date,
    /// How the repealing act takes effect.
    pub rule: EffectRule,
    /// Tartip's reading of the latest day the repealed act can still have applied.
    #[serde(default)]
    pub latest: Option<Reading>,
    pub source: Source,
}

/// A date Tartip reads from the text rather than finds in it, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub date: Date,
    pub why: Text,
    pub source: Source,
}

/// The day the copy of the text Tartip holds speaks for. The copy states the act's
/// status as of then (e.g. a «Күшін жойған» banner), so a repeal it shows had taken
/// effect by that day, and no repeal is known after it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextAsOf {
    pub date: Date,
    pub why: Text,
}

impl Default for TextAsOf {
    fn default() -> Self {
        TextAsOf {
            date: Date::MIN,
            why: Text::default(),
        }
    }
}

/// A service file's reference to its act: the act's id, the lines approving this
/// service's regulation, and a repeal of this annex alone where one applies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActRef {
    pub id: String,
    pub source: Source,
    /// This service's regulation was repealed on its own, apart from the act.
    #[serde(default)]
    pub repeal: Option<Repeal>,
}

/// Why an edge of the in-force period falls where it does.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Basis {
    /// The text names the day.
    Stated,
    /// Not before the day the act was signed.
    Signed,
    /// Only the year of signing is printed; the day is blank.
    SignedInYear { year: i32 },
    /// `days` calendar days after a first official publication the text does not
    /// date; publication cannot precede `published_not_before` (registration, or
    /// signing where there is no registration).
    AfterPublication {
        days: u32,
        published_not_before: Date,
        after: PublicationFloor,
    },
    /// Tartip's reading, with why.
    Reading { why: Text },
    /// The copy of the text Tartip holds, as of this day, already shows the repeal.
    TextAsOf { why: Text },
}

/// What publication cannot precede.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublicationFloor {
    Registration,
    Signing,
}

/// One edge (a first or a last day in force) as far as it is known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bound {
    pub date: Date,
    pub basis: Basis,
    pub source: Option<Source>,
}

/// An edge known to lie between `earliest` and `latest` (both included); `latest`
/// is `None` when nothing in the text closes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    pub earliest: Bound,
    pub latest: Option<Bound>,
}

impl Edge {
    /// Whether the edge is known to the day.
    pub fn is_exact(&self) -> bool {
        self.latest
            .as_ref()
            .is_some_and(|l| l.date == self.earliest.date)
    }
}

/// The act that ended an act's force.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RepealedBy {
    pub by: Text,
    pub number: Option<String>,
    pub signed: Date,
    pub source: Source,
}

/// When an act applied, as its text bounds it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    /// The first day in force.
    pub first_day: Edge,
    /// The last day in force, where a repeal is known.
    pub last_day: Option<Edge>,
    pub repealed_by: Option<RepealedBy>,
    /// The day the copy of the text speaks for.
    pub text_as_of: Date,
    /// The year of signing, where the text gives no day and no entry into force: all
    /// that year the act may not have been approved yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed_in_year: Option<i32>,
}

/// What can be known about an act on one day.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Standing {
    /// Before its first possible day in force.
    NotYetInForce,
    /// Between the earliest and the latest day it can have entered into force.
    EntryUncertain,
    /// Surely in force: after its entry, before any possible repeal, and no later
    /// than the copy of the text shows.
    InForce,
    /// No repeal is known, but the text speaks only for `text_as_of`, or does not
    /// date its entry into force.
    InForceAsFarAsTextShows,
    /// Between the earliest and the latest day its repeal can have taken effect.
    RepealUncertain,
    /// After its last possible day in force.
    Repealed,
}

impl Standing {
    /// Whether the act's rules are presented as applying on that day: in force, or
    /// possibly so (then under a warning).
    pub fn applies(&self) -> bool {
        !matches!(self, Standing::NotYetInForce | Standing::Repealed)
    }

    /// `Some(true)` in force, `Some(false)` not in force, `None` when it cannot be told.
    pub fn in_force(&self) -> Option<bool> {
        match self {
            Standing::InForce | Standing::InForceAsFarAsTextShows => Some(true),
            Standing::NotYetInForce | Standing::Repealed => Some(false),
            Standing::EntryUncertain | Standing::RepealUncertain => None,
        }
    }

    pub fn is_uncertain(&self) -> bool {
        self.in_force().is_none()
    }
}

/// `date` plus `n` days, or `None` past the end of time.
fn plus(date: Date, n: u64) -> Option<Date> {
    date.checked_add_days(Days::new(n))
}

impl ActFile {
    /// The act's in-force period, with `annex_repeal` (a repeal of one annex alone)
    /// taking the place of the act's own repeal.
    pub fn period(&self, annex_repeal: Option<&Repeal>) -> Result<Period, String> {
        let signed_on = self
            .signed
            .earliest()
            .ok_or_else(|| format!("act {}: neither a signing date nor a year", self.id))?;
        let signed_basis = match (self.signed.date, self.signed.year) {
            (Some(_), _) => Basis::Signed,
            (None, Some(year)) => Basis::SignedInYear { year },
            (None, None) => Basis::Signed,
        };
        let (floor, after) = match &self.registration {
            Some(r) => (r.date, PublicationFloor::Registration),
            None => (signed_on, PublicationFloor::Signing),
        };
        let entry_source = self.entry_into_force.source.clone();
        let (earliest, exact) = match self.entry_into_force.rule {
            EffectRule::AfterPublication { days } => (
                Bound {
                    date: plus(floor, u64::from(days) + 1).ok_or("date out of range")?,
                    basis: Basis::AfterPublication {
                        days,
                        published_not_before: floor,
                        after,
                    },
                    source: entry_source.clone(),
                },
                false,
            ),
            EffectRule::OnDate { date } => (
                Bound {
                    date,
                    basis: Basis::Stated,
                    source: entry_source.clone(),
                },
                true,
            ),
            EffectRule::NotStated {} => (
                Bound {
                    date: signed_on,
                    basis: signed_basis,
                    source: Some(self.signed.source.clone()),
                },
                false,
            ),
        };
        let latest = if exact {
            Some(earliest.clone())
        } else {
            self.entry_into_force.latest.as_ref().map(|r| Bound {
                date: r.date,
                basis: Basis::Reading { why: r.why.clone() },
                source: Some(r.source.clone()),
            })
        };
        let first_day = Edge { earliest, latest };
        let repeal = annex_repeal.or(self.repeal.as_ref());
        let last_day = repeal.map(|r| self.last_day(r)).transpose()?;
        let period = Period {
            first_day,
            last_day,
            repealed_by: repeal.map(|r| RepealedBy {
                by: r.by.clone(),
                number: r.number.clone(),
                signed: r.signed,
                source: r.source.clone(),
            }),
            text_as_of: self.text_as_of.date,
            signed_in_year: match (&self.entry_into_force.rule, self.signed.date) {
                (EffectRule::NotStated {}, None) => self.signed.year,
                _ => None,
            },
        };
        period.check(&self.id)?;
        Ok(period)
    }

    /// The last day in force under `r`.
    fn last_day(&self, r: &Repeal) -> Result<Edge, String> {
        let (earliest, exact) = match r.rule {
            // The repealing act applies from P + days + 1, so this one last applied on
            // P + days, with P no earlier than the day the repealing act was signed.
            EffectRule::AfterPublication { days } => (
                Bound {
                    date: plus(r.signed, u64::from(days)).ok_or("date out of range")?,
                    basis: Basis::AfterPublication {
                        days,
                        published_not_before: r.signed,
                        after: PublicationFloor::Signing,
                    },
                    source: Some(r.source.clone()),
                },
                false,
            ),
            EffectRule::OnDate { date } => (
                Bound {
                    date: date.pred_opt().ok_or("date out of range")?,
                    basis: Basis::Stated,
                    source: Some(r.source.clone()),
                },
                true,
            ),
            EffectRule::NotStated {} => (
                Bound {
                    date: r.signed.pred_opt().ok_or("date out of range")?,
                    basis: Basis::Signed,
                    source: Some(r.source.clone()),
                },
                false,
            ),
        };
        let latest = if exact {
            earliest.clone()
        } else if let Some(reading) = &r.latest {
            Bound {
                date: reading.date,
                basis: Basis::Reading {
                    why: reading.why.clone(),
                },
                source: Some(reading.source.clone()),
            }
        } else {
            // The copy already shows the repeal, so it had taken effect before then.
            Bound {
                date: self.text_as_of.date.pred_opt().ok_or("date out of range")?,
                basis: Basis::TextAsOf {
                    why: self.text_as_of.why.clone(),
                },
                source: None,
            }
        };
        Ok(Edge {
            earliest,
            latest: Some(latest),
        })
    }
}

impl Period {
    /// Bounds that contradict each other are a data error.
    fn check(&self, id: &str) -> Result<(), String> {
        let order = |e: &Edge, what: &str| match &e.latest {
            Some(l) if l.date < e.earliest.date => Err(format!(
                "act {id}: the {what} latest {} is before its earliest {}",
                l.date, e.earliest.date
            )),
            _ => Ok(()),
        };
        order(&self.first_day, "first day in force")?;
        if let Some(last) = &self.last_day {
            order(last, "last day in force")?;
            if last
                .latest
                .as_ref()
                .is_some_and(|l| l.date < self.first_day.earliest.date)
            {
                return Err(format!(
                    "act {id}: repealed before it can have entered into force"
                ));
            }
        }
        Ok(())
    }

    /// What can be known about the act on `day`.
    pub fn standing_on(&self, day: Date) -> Standing {
        let first = &self.first_day;
        if day < first.earliest.date {
            return Standing::NotYetInForce;
        }
        if let Some(last) = &self.last_day {
            match &last.latest {
                Some(l) if day > l.date => return Standing::Repealed,
                _ if day > last.earliest.date => return Standing::RepealUncertain,
                _ => {}
            }
        }
        // Approved on a blank day of a year, with no entry into force: it may not yet
        // have applied on any day of that year.
        if first.latest.is_none() && self.signed_in_year == Some(day.year()) {
            return Standing::EntryUncertain;
        }
        match &first.latest {
            Some(l) if day < l.date => Standing::EntryUncertain,
            // Entered, no repeal can have taken effect yet, and the copy speaks for it.
            Some(_) if day <= self.text_as_of || self.last_day.is_some() => Standing::InForce,
            // The text does not date its entry: in force if it ever was, with no end known.
            None if self.last_day.is_some() => Standing::EntryUncertain,
            _ => Standing::InForceAsFarAsTextShows,
        }
    }

    /// A day on which the act surely or most nearly applied, for "what it required
    /// then" when `standing` says it did not apply on the day asked about.
    pub fn nearest_day_in_force(&self, standing: &Standing) -> Option<Date> {
        match standing {
            Standing::NotYetInForce => match (&self.first_day.latest, self.signed_in_year) {
                (Some(l), _) => Some(l.date),
                // The first day of the year after a blank signing day: surely approved.
                (None, Some(year)) => Date::from_ymd_opt(year + 1, 1, 1),
                (None, None) => Some(self.first_day.earliest.date),
            },
            // The earliest day the repeal can have ended it: the act surely still
            // applied then, unless its entry is itself uncertain up to that day.
            Standing::Repealed => self.last_day.as_ref().map(|l| l.earliest.date),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn src() -> Source {
        Source {
            file: "x.txt".into(),
            lines: [1, 1],
            quote: "q".into(),
            reading: None,
        }
    }

    /// Shaped like seed 001: signed 28.12.2012, registered 08.02.2013, in force ten
    /// days after publication; repealed by an order of 24.08.2015 in force 21 days
    /// after its publication; read as in force by the day that order was signed.
    fn order_509() -> ActFile {
        ActFile {
            id: "kz-509".into(),
            country: Country::KZ,
            signed: Signed {
                date: Some(d("2012-12-28")),
                year: None,
                source: src(),
            },
            registration: Some(Registration {
                number: "8325".into(),
                date: d("2013-02-08"),
                source: src(),
            }),
            entry_into_force: Entry {
                rule: EffectRule::AfterPublication { days: 10 },
                latest: Some(Reading {
                    date: d("2015-08-24"),
                    why: Text::en("repealed then"),
                    source: src(),
                }),
                source: Some(src()),
            },
            repeal: Some(Repeal {
                by: Text::en("Order 880"),
                number: Some("880".into()),
                signed: d("2015-08-24"),
                rule: EffectRule::AfterPublication { days: 21 },
                latest: None,
                source: src(),
            }),
            text_as_of: TextAsOf {
                date: d("2026-11-23"),
                why: Text::en("received"),
            },
            ..ActFile::default()
        }
    }

    #[test]
    fn publication_bounds_become_a_range_of_first_and_last_days() {
        let p = order_509().period(None).unwrap();
        // Registered 08.02.2013: published that day at the earliest, ten days pass
        // (09.02–18.02), in force from 19.02.2013.
        assert_eq!(p.first_day.earliest.date, d("2013-02-19"));
        assert_eq!(p.first_day.latest.as_ref().unwrap().date, d("2015-08-24"));
        // Order 880 signed 24.08.2015, published that day at the earliest, 21 days
        // pass (25.08–14.09): order 509 last applied on 14.09.2015 at the earliest.
        let last = p.last_day.as_ref().unwrap();
        assert_eq!(last.earliest.date, d("2015-09-14"));
        assert!(!last.is_exact());
        assert_eq!(last.latest.as_ref().unwrap().date, d("2026-11-22"));
    }

    #[test]
    fn standing_follows_the_bounds_day_by_day() {
        let p = order_509().period(None).unwrap();
        let on = |s: &str| p.standing_on(d(s));
        assert_eq!(on("2013-02-18"), Standing::NotYetInForce);
        assert_eq!(on("2013-02-19"), Standing::EntryUncertain);
        assert_eq!(on("2015-08-23"), Standing::EntryUncertain);
        assert_eq!(on("2015-08-24"), Standing::InForce);
        assert_eq!(on("2015-09-14"), Standing::InForce);
        assert_eq!(on("2015-09-15"), Standing::RepealUncertain);
        assert_eq!(on("2026-11-22"), Standing::RepealUncertain);
        assert_eq!(on("2026-11-23"), Standing::Repealed);
        assert_eq!(
            p.nearest_day_in_force(&Standing::Repealed),
            Some(d("2015-09-14"))
        );
        assert_eq!(
            p.nearest_day_in_force(&Standing::NotYetInForce),
            Some(d("2015-08-24"))
        );
    }

    #[test]
    fn an_act_without_entry_date_or_repeal_is_in_force_as_far_as_the_text_shows() {
        // Shaped like seed 002: approved in 2022 with the day and number left blank.
        let act = ActFile {
            id: "kg-dl".into(),
            signed: Signed {
                date: None,
                year: Some(2022),
                source: src(),
            },
            text_as_of: TextAsOf {
                date: d("2026-11-23"),
                why: Text::en("received"),
            },
            ..ActFile::default()
        };
        let p = act.period(None).unwrap();
        assert_eq!(p.first_day.earliest.date, d("2022-01-01"));
        assert_eq!(
            p.first_day.earliest.basis,
            Basis::SignedInYear { year: 2022 }
        );
        assert_eq!(p.standing_on(d("2013-03-20")), Standing::NotYetInForce);
        // All of 2022 it may not have been approved yet; from 2023 it surely was.
        assert_eq!(p.standing_on(d("2022-01-01")), Standing::EntryUncertain);
        assert_eq!(p.standing_on(d("2022-12-31")), Standing::EntryUncertain);
        assert_eq!(
            p.standing_on(d("2023-01-01")),
            Standing::InForceAsFarAsTextShows
        );
        assert_eq!(
            p.nearest_day_in_force(&Standing::NotYetInForce),
            Some(d("2023-01-01"))
        );
        assert_eq!(
            p.standing_on(d("2025-03-19")),
            Standing::InForceAsFarAsTextShows
        );
        assert_eq!(
            p.standing_on(d("2030-01-01")),
            Standing::InForceAsFarAsTextShows
        );
    }

    #[test]
    fn a_stated_repeal_date_is_exact() {
        let mut act = order_509();
        act.repeal.as_mut().unwrap().rule = EffectRule::OnDate {
            date: d("2015-10-01"),
        };
        let p = act.period(None).unwrap();
        let last = p.last_day.unwrap();
        assert!(last.is_exact());
        assert_eq!(last.earliest.date, d("2015-09-30"));
    }

    #[test]
    fn an_annex_repeal_replaces_the_acts_own() {
        let act = order_509();
        let annex = Repeal {
            by: Text::en("Order 601"),
            number: Some("601".into()),
            signed: d("2015-05-25"),
            rule: EffectRule::AfterPublication { days: 10 },
            latest: None,
            source: src(),
        };
        // The entry reading (24.08.2015) now lies after the annex's possible repeal:
        // contradictory bounds are refused rather than shown.
        assert!(act.period(Some(&annex)).is_ok());
        let p = act.period(Some(&annex)).unwrap();
        assert_eq!(p.last_day.unwrap().earliest.date, d("2015-06-04"));
    }
}
