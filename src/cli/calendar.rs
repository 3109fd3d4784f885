//! `add`, `workdays`, `holidays` and `explain`: the production calendar, in `--lang`.

use std::fmt::Write;

use chrono::Datelike;

use super::{calendar, catalog, count_flag, date_flag, moment_flag, to_json, CliError, Flags};
use crate::engine::calendar::Calendar;
use crate::engine::clock::{add_working_time, ClockTime, Moment, WorkingDay};
use crate::engine::date::{dotted, Date};
use crate::engine::plan::{OpenFact, Warning};
use crate::engine::term::{self, Unit};
use crate::engine::text::Lang;
use crate::locale::{calendar_error, day, tf, unit_name, Say, S};

/// A date outside the calendar is a bad value: the message names it and the years.
fn out_of_calendar(lang: Lang) -> impl Fn(crate::engine::calendar::CalendarError) -> CliError {
    move |e| CliError::Usage(calendar_error(&e, lang))
}

/// What makes a year's dates provisional, worded; `None` for a final year.
fn year_note(cal: &Calendar, year: i32) -> Option<Warning> {
    if year > cal.last_known_year() {
        return Some(Warning::ProjectedYear {
            country: cal.country(),
            year,
            last_known: cal.last_known_year(),
        });
    }
    cal.is_provisional(year).then(|| Warning::ProvisionalYear {
        country: cal.country(),
        year,
        open: cal
            .open_points(year)
            .iter()
            .map(|p| OpenFact {
                holiday: p.holiday().and_then(|h| cal.holiday_name(h)).cloned(),
                point: p.clone(),
            })
            .collect(),
    })
}

/// A note for each year from `from` to `to` counted with weekends alone, worded: a
/// count that runs into them says it is provisional, whichever command made it.
fn projected_notes(cal: &Calendar, from: Date, to: Date, lang: Lang) -> String {
    let (a, b) = (from.min(to).year(), from.max(to).year());
    (a..=b)
        .filter(|y| *y > cal.last_known_year())
        .filter_map(|y| year_note(cal, y))
        .map(|w| tf(lang, S::CliNote, &[("text", &w.say(lang))]) + "\n")
        .collect()
}

pub(super) fn add(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let lang = f.lang()?;
    let units = [
        ("working-days", Unit::WorkingDays),
        ("calendar-days", Unit::CalendarDays),
        ("weeks", Unit::Weeks),
        ("months", Unit::Months),
        ("years", Unit::Years),
        ("hours", Unit::Hours),
        ("minutes", Unit::Minutes),
    ];
    let given: Vec<(&str, Unit)> = units
        .into_iter()
        .filter(|(n, _)| f.one(n).is_some())
        .collect();
    let [(name, unit)] = given.as_slice() else {
        return Err(CliError::Usage(
            "give exactly one of --working-days, --calendar-days, --weeks, --months, --years, --hours, --minutes".into(),
        ));
    };
    let n = count_flag(f.one(name).unwrap_or_default(), name)?;
    let (from, at) = moment_flag(f, "from")?;
    let catalog = catalog()?;
    if unit.is_sub_day() {
        let minutes = if *unit == Unit::Hours { n * 60 } else { n };
        return add_working_time_cmd(f, cal, from, at, minutes, lang);
    }
    let conv = catalog
        .conventions(cal.country())
        .map(|c| c.conventions)
        .unwrap_or_default();
    let d = term::add(cal, from, n, *unit, conv).map_err(out_of_calendar(lang))?;
    // The date alone on stdout (scripts read it); what makes it provisional on stderr.
    eprint!("{}", projected_notes(cal, from, d.date, lang));
    Ok(format!("{}\n", d.date))
}

/// Working time within a service's office hours, or the country's working day.
fn add_working_time_cmd(
    f: &Flags,
    cal: &Calendar,
    from: Date,
    at: Option<ClockTime>,
    minutes: u32,
    lang: Lang,
) -> Result<String, CliError> {
    let catalog = catalog()?;
    let day_hours = match f.one("service") {
        Some(id) => {
            let s = catalog.service(id).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown service '{id}' (valid: {})",
                    catalog.service_ids().join(", ")
                ))
            })?;
            let hours = s.office_hours.as_ref().ok_or_else(|| {
                CliError::Usage(format!(
                    "{id}: its regulation gives no office hours; leave out --service"
                ))
            })?;
            WorkingDay::from_office_hours(hours).map_err(CliError::Failed)?
        }
        None => WorkingDay::of_length(
            catalog
                .conventions(cal.country())
                .ok_or_else(|| {
                    CliError::Failed(format!(
                        "no counting conventions for {}",
                        cal.country().code()
                    ))
                })?
                .working_day
                .hours,
        ),
    };
    let start = match at {
        Some(t) if day_hours.clock => t.0,
        Some(_) => {
            return Err(CliError::Usage(
                "a time of day needs office hours: give --service with office hours, or --from without a time".into(),
            ))
        }
        None => day_hours.start(),
    };
    let m = add_working_time(
        cal,
        &day_hours,
        Moment {
            date: from,
            minute: start,
        },
        minutes,
    )
    .map_err(out_of_calendar(lang))?;
    Ok(if day_hours.clock {
        format!("{}T{}\n", m.date, ClockTime(m.minute))
    } else {
        format!("{}\n", m.date)
    })
}

pub(super) fn workdays(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let lang = f.lang()?;
    let (from, to) = (date_flag(f, "from")?, date_flag(f, "to")?);
    let n = cal
        .working_days_between(from, to)
        .map_err(out_of_calendar(lang))?;
    let unit = unit_name(Unit::WorkingDays, lang, n.unsigned_abs() as u32);
    Ok(tf(
        lang,
        S::CliWorkdays,
        &[
            ("n", &n.to_string()),
            ("unit", unit),
            ("from", &from.to_string()),
            ("to", &to.to_string()),
        ],
    ) + "\n"
        + &projected_notes(cal, from, to, lang))
}

pub(super) fn holidays(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let lang = f.lang()?;
    let y = f.required("year")?;
    let year: i32 = y
        .parse()
        .map_err(|_| CliError::Usage(format!("--year: '{y}' is not a year")))?;
    let days = cal.year_special_days(year).map_err(out_of_calendar(lang))?;
    if f.json() {
        return Ok(to_json(
            &serde_json::json!({
                "country": cal.country(),
                "year": year,
                "provisional": cal.is_provisional(year),
                "days": days,
            }),
            lang,
        ));
    }
    let mut o = String::new();
    if let Some(w) = year_note(cal, year) {
        let _ = writeln!(o, "{}", w.say(lang));
    }
    for d in days {
        let kind = if d.working {
            S::CliDayWorking
        } else {
            S::CliDayOff
        };
        let _ = writeln!(o, "{} {} {}", d.date, kind.get(lang), d.say(lang));
    }
    Ok(o)
}

pub(super) fn explain(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let lang = f.lang()?;
    let from = date_flag(f, "from")?;
    let n = count_flag(f.required("working-days")?, "working-days")?;
    let conv = catalog()?
        .conventions(cal.country())
        .map(|c| c.conventions)
        .unwrap_or_default();
    let d = term::add(cal, from, n, Unit::WorkingDays, conv).map_err(out_of_calendar(lang))?;
    let mut o = tf(
        lang,
        S::CliExplain,
        &[
            ("from", &dotted(from)),
            ("n", &n.to_string()),
            ("unit", unit_name(Unit::WorkingDays, lang, n)),
            ("to", &day(lang, d.date)),
        ],
    ) + "\n";
    for s in &d.special_days {
        let _ = writeln!(o, "  {}", s.say(lang));
    }
    o.push_str(&projected_notes(cal, from, d.date, lang));
    Ok(o)
}
