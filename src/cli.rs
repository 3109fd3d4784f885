//! The CLI's commands as a pure function from arguments to output, so tests can call
//! it directly and the binary stays a thin shell.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::Datelike;

use crate::engine::calendar::{Calendar, CalendarError, Country};
use crate::engine::clock::{add_working_time, ClockTime, Moment, WorkingDay};
use crate::engine::date::{dotted, parse_date, Date};
use crate::engine::localise::flatten;
use crate::engine::plan::{plan, Plan, Request, Required};
use crate::engine::term::{self, Unit};
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::package::{
    self,
    applicant::{Applicant, FieldProblem},
};

pub enum CliError {
    /// Bad input: exit status 2.
    Usage(String),
    /// Good input the data cannot serve: exit status 1.
    Failed(String),
}

const USAGE: &str =
    "usage: tartip <services|plan|package|add|workdays|holidays|explain> …  (tartip help)";

const HELP: &str = "\
tartip services [--json] [--lang L]
tartip plan SERVICE --situation ID --submitted YYYY-MM-DD [--answer KEY=VALUE]... [--json] [--lang L]
tartip package SERVICE --situation ID --submitted YYYY-MM-DD [--answer KEY=VALUE]... [--details FILE.json] [--ticked DOC]... --out FILE.zip [--lang L]
   (the application as HTML and DOCX, the checklist and timeline, a calendar file and the dossier, in one ZIP)
tartip add --country KG|KZ --from YYYY-MM-DD (--working-days N | --calendar-days N | --weeks N | --months N | --years N)
tartip add --country KG|KZ --from YYYY-MM-DDTHH:MM (--hours N | --minutes N) [--service ID]   (within the service's office hours)
tartip workdays --country KG|KZ --from YYYY-MM-DD --to YYYY-MM-DD   (the first day not counted, the last counted)
tartip holidays --country KG|KZ --year YYYY [--json]
tartip explain --country KG|KZ --from YYYY-MM-DD --working-days N
tartip check [--cases DIR]   (validates the data: schema, references, quotes, and the plan cases in DIR, default tests/cases)
Any command takes --data DIR to read regulation data from DIR instead of the build.
Languages: ky, kk, ru, en (default en).
";

/// Parsed flags: `--name value` pairs (repeatable) and bare switches.
struct Flags {
    positional: Vec<String>,
    values: BTreeMap<String, Vec<String>>,
    switches: Vec<String>,
}

impl Flags {
    fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Flags, CliError> {
        let mut f = Flags {
            positional: Vec::new(),
            values: BTreeMap::new(),
            switches: Vec::new(),
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                if with_value.contains(&name) {
                    let v = it
                        .next()
                        .ok_or_else(|| CliError::Usage(format!("--{name} needs a value")))?;
                    f.values
                        .entry(name.to_string())
                        .or_default()
                        .push(v.clone());
                } else if switches.contains(&name) {
                    f.switches.push(name.to_string());
                } else {
                    let mut valid: Vec<String> = with_value
                        .iter()
                        .chain(switches)
                        .map(|s| format!("--{s}"))
                        .collect();
                    valid.sort();
                    return Err(CliError::Usage(format!(
                        "unknown flag '{a}' (valid: {})",
                        valid.join(", ")
                    )));
                }
            } else {
                f.positional.push(a.clone());
            }
        }
        Ok(f)
    }

    fn one(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    fn required(&self, name: &str) -> Result<&str, CliError> {
        self.one(name)
            .ok_or_else(|| CliError::Usage(format!("missing --{name}")))
    }

    fn json(&self) -> bool {
        self.switches.iter().any(|s| s == "json")
    }

    fn lang(&self) -> Result<Lang, CliError> {
        self.one("lang")
            .map_or(Ok(Lang::En), |l| l.parse().map_err(CliError::Usage))
    }
}

fn date_flag(f: &Flags, name: &str) -> Result<Date, CliError> {
    parse_date(f.required(name)?).map_err(|e| CliError::Usage(format!("--{name}: {e}")))
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
fn moment_flag(f: &Flags, name: &str) -> Result<(Date, Option<ClockTime>), CliError> {
    let v = f.required(name)?;
    let bad = |e: String| CliError::Usage(format!("--{name}: {e}"));
    match v.split_once('T') {
        Some((d, t)) => Ok((
            parse_date(d).map_err(bad)?,
            Some(ClockTime::parse(t).map_err(bad)?),
        )),
        None => Ok((parse_date(v).map_err(bad)?, None)),
    }
}

fn count_flag(value: &str, name: &str) -> Result<u32, CliError> {
    value
        .parse::<u32>()
        .map_err(|_| CliError::Usage(format!("--{name}: '{value}' is not a whole number ≥ 0")))
}

/// Today's date (UTC), for what the catalogue says about an act now.
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    // 719 163 days from 0001-01-01 to 1970-01-01.
    Date::from_num_days_from_ce_opt(719_163 + days as i32).unwrap_or_default()
}

/// A date outside the calendar is a bad value: the message names it and the covered years.
fn out_of_calendar(e: CalendarError) -> CliError {
    CliError::Usage(e.to_string())
}

/// The catalogue read from `--data DIR` instead of the embedded one.
static DATA_DIR: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();

fn catalog() -> Result<&'static Catalog, CliError> {
    if let Some(c) = DATA_DIR.get() {
        return Ok(c);
    }
    Catalog::embedded().map_err(|e| CliError::Failed(format!("broken regulation data: {e}")))
}

fn calendar(f: &Flags) -> Result<&'static Calendar, CliError> {
    let country = Country::parse(f.required("country")?).map_err(CliError::Usage)?;
    catalog()?
        .calendar(country)
        .ok_or_else(|| CliError::Failed(format!("no production calendar for {}", country.code())))
}

/// Runs one command and returns what it prints on success.
pub fn run(args: &[String]) -> Result<String, CliError> {
    // `--data DIR` (anywhere) reads regulation data from DIR instead of the build.
    let mut args = args.to_vec();
    let mut data_dir = None;
    if let Some(i) = args.iter().position(|a| a == "--data") {
        let dir = args
            .get(i + 1)
            .cloned()
            .ok_or_else(|| CliError::Usage("--data needs a directory".into()))?;
        args.drain(i..=i + 1);
        let c = Catalog::from_dir(std::path::Path::new(&dir))
            .map_err(|e| CliError::Failed(format!("--data {dir}: {e}")))?;
        let _ = DATA_DIR.set(c);
        data_dir = Some(dir);
    }
    let Some((command, rest)) = args.split_first() else {
        return Err(CliError::Usage(USAGE.to_string()));
    };
    match command.as_str() {
        "services" => services(&Flags::parse(rest, &["lang"], &["json"])?),
        "plan" => plan_cmd(&Flags::parse(rest, &["situation", "submitted", "answer", "lang"], &["json"])?),
        "package" => package_cmd(&Flags::parse(
            rest,
            &["situation", "submitted", "answer", "lang", "details", "out", "ticked"],
            &[],
        )?),
        "add" => add(&Flags::parse(
            rest,
            &[
                "country",
                "from",
                "working-days",
                "calendar-days",
                "weeks",
                "months",
                "years",
                "hours",
                "minutes",
                "service",
            ],
            &[],
        )?),
        "workdays" => workdays(&Flags::parse(rest, &["country", "from", "to"], &[])?),
        "holidays" => holidays(&Flags::parse(rest, &["country", "year", "lang"], &["json"])?),
        "explain" => explain(&Flags::parse(rest, &["country", "from", "working-days"], &[])?),
        "check" => check(
            &Flags::parse(rest, &["cases"], &[])?,
            data_dir.as_deref().unwrap_or("regulations"),
        ),
        "help" | "--help" | "-h" => Ok(HELP.to_string()),
        other => Err(CliError::Usage(format!(
            "unknown command '{other}' (valid: services, plan, package, add, workdays, holidays, explain, check, help)"
        ))),
    }
}

fn to_json(value: &impl serde::Serialize, lang: Lang) -> String {
    let v = flatten(serde_json::to_value(value).expect("serialisable"), lang);
    serde_json::to_string_pretty(&v).expect("serialisable") + "\n"
}

fn services(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let catalog = catalog()?;
    if f.json() {
        let rows: Vec<serde_json::Value> = catalog
            .services
            .iter()
            .map(|s| {
                serde_json::json!({
                    "id": s.id,
                    "country": s.country,
                    "title": s.title,
                    "act": s.act.id,
                    "standing_today": catalog.period(s).standing_on(today()),
                    "situations": s.situations.iter().map(|x| &x.id).collect::<Vec<_>>(),
                })
            })
            .collect();
        return Ok(to_json(&rows, lang));
    }
    let mut out = String::new();
    for s in &catalog.services {
        let standing = serde_json::to_value(catalog.period(s).standing_on(today()))
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {}  [{standing}]  {}",
            s.id,
            s.country.code(),
            s.title.get(lang)
        );
        let ids: Vec<&str> = s.situations.iter().map(|x| x.id.as_str()).collect();
        let _ = writeln!(out, "    situations: {}", ids.join(", "));
    }
    Ok(out)
}

fn plan_cmd(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let p = plan_from_flags(f, "plan")?;
    Ok(if f.json() {
        to_json(&p, lang)
    } else {
        describe_plan(&p, lang)
    })
}

/// The package for an application, written as one ZIP.
fn package_cmd(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let p = plan_from_flags(f, "package")?;
    if !p.applies {
        let why = p
            .warnings
            .iter()
            .find(|w| w.is_status())
            .map(|w| w.text().get(lang).to_string())
            .unwrap_or_default();
        let then = p
            .regulation
            .nearest_day_in_force
            .map(|d| format!(" (it applied on {d}: --submitted {d})"))
            .unwrap_or_default();
        return Err(CliError::Usage(format!(
            "nothing to package: the act does not apply on {}{then}. {why}",
            p.submitted
        )));
    }
    let service = catalog()?
        .service(&p.service)
        .expect("planned services exist");
    let applicant: Applicant = match f.one("details") {
        None => Applicant::default(),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| CliError::Usage(format!("--details {path}: {e}")))?;
            serde_json::from_str(&text).map_err(|e| {
                CliError::Usage(format!("--details {path} is not applicant details: {e}"))
            })?
        }
    };
    let applicant = applicant.for_service(&service.applicant_kinds);
    if let Some((field, problem)) = applicant.problems(service.country).first() {
        return Err(CliError::Usage(format!(
            "--details: {} {}",
            field.key(),
            describe_field_problem(problem, lang)
        )));
    }
    let out = f.required("out")?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let moment =
        chrono::DateTime::from_timestamp(i64::try_from(now).unwrap_or(0), 0).unwrap_or_default();
    let stamp = moment.format("%Y%m%dT%H%M%SZ").to_string();
    let ticked: Vec<String> = f
        .values
        .get("ticked")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let pkg = package::build(&package::Input {
        service,
        plan: &p,
        applicant: &applicant,
        ticked: &ticked,
        lang,
        today: moment.date_naive(),
        stamp: &stamp,
    });
    std::fs::write(out, pkg.zip()).map_err(|e| CliError::Failed(format!("--out {out}: {e}")))?;
    let names: Vec<&str> = pkg.files.iter().map(|(n, _)| n.as_str()).collect();
    Ok(format!("{out}: {}\n", names.join(", ")))
}

/// A field's problem in words.
pub fn describe_field_problem(p: &FieldProblem, lang: Lang) -> String {
    match p {
        FieldProblem::Missing => "is required".into(),
        FieldProblem::Id(e) => e.message(lang),
        FieldProblem::Email => "is not an e-mail address".into(),
        FieldProblem::Phone => "is not a phone number".into(),
        FieldProblem::Date => "is not a date YYYY-MM-DD".into(),
        FieldProblem::TooLong { max } => format!("is longer than {max} characters"),
    }
}

fn plan_from_flags(f: &Flags, command: &str) -> Result<Plan, CliError> {
    let [service] = f.positional.as_slice() else {
        return Err(CliError::Usage(format!(
            "{command} needs exactly one SERVICE (valid: {})",
            catalog()?.service_ids().join(", ")
        )));
    };
    let situation = f.required("situation")?;
    let (submitted, submitted_at) = moment_flag(f, "submitted")?;
    let mut answers = BTreeMap::new();
    for a in f.values.get("answer").into_iter().flatten() {
        let (k, v) = a
            .split_once('=')
            .ok_or_else(|| CliError::Usage(format!("--answer '{a}' is not KEY=VALUE")))?;
        if let Some(first) = answers.insert(k.to_string(), v.to_string()) {
            return Err(CliError::Usage(format!(
                "--answer {k} is given twice ('{first}', then '{v}'): give each question one answer"
            )));
        }
    }
    let req = Request {
        service,
        situation,
        submitted,
        submitted_at,
        answers,
    };
    plan(catalog()?, &req).map_err(|e| CliError::Usage(e.to_string()))
}

/// The plan as a help-desk operator reads it aloud.
pub fn describe_plan(p: &Plan, lang: Lang) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} — {}",
        p.service_title.get(lang),
        p.situation_title.get(lang)
    );
    let _ = writeln!(
        o,
        "Submitted {} ({})",
        dotted(p.submitted),
        p.submitted.weekday()
    );
    let standing = serde_json::to_value(&p.regulation.standing)
        .ok()
        .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
        .unwrap_or_default();
    let _ = writeln!(o, "Act: {} — {standing}", p.regulation.act.get(lang));
    for w in p.warnings.iter().filter(|w| w.is_status()) {
        let _ = writeln!(o, "  ! {}", w.text().get(lang));
    }
    if !p.applies {
        if let Some(d) = p.regulation.nearest_day_in_force {
            let _ = writeln!(
                o,
                "\nWhat the act required on {}: tartip plan {} --situation {} --submitted {d}",
                dotted(d),
                p.service,
                p.situation
            );
        }
        return o;
    }
    let _ = writeln!(o, "\nDocuments:");
    for d in &p.documents {
        let mark = if d.required == Required::Yes {
            "[ ]"
        } else {
            "[?]"
        };
        let _ = write!(
            o,
            "  {mark} {} ({:?})",
            d.title.get(lang),
            d.original_or_copy
        );
        if let Some(n) = d.count {
            let _ = write!(o, " ×{n}");
        }
        if let Some(c) = &d.condition {
            let _ = write!(o, " — {}", c.get(lang));
        }
        if let Some(date) = d.issued_not_before {
            let _ = write!(o, " — issued on or after {}", dotted(date));
            if let Some(a) = d.validity.as_ref().and_then(|v| v.applies.as_ref()) {
                let _ = write!(o, " (applies: {})", a.get(lang));
            }
        }
        if let Some(r) = &d.reading {
            let _ = write!(o, " — Tartip's reading: {}", r.get(lang));
        }
        if let Some(a) = &d.alert {
            let _ = write!(o, " — ! {}", a.text().get(lang));
        }
        let _ = writeln!(o, "  [{}]", d.source.citation());
    }
    let _ = writeln!(o, "\nFees:");
    for fee in &p.fees {
        let amount = match (fee.amount, &fee.currency) {
            (Some(a), Some(c)) => format!("{a} {c}"),
            (Some(_), None) => "free".to_string(),
            _ => "amount not in the regulation".to_string(),
        };
        let _ = writeln!(
            o,
            "  {}: {amount} — {}  [{}]",
            fee.title.get(lang),
            fee.basis.get(lang),
            fee.source.citation()
        );
    }
    let _ = writeln!(o, "\nSteps:");
    for s in &p.steps {
        let term = s
            .term
            .as_ref()
            .map_or("no term".to_string(), |t| t.text.get(lang).to_string());
        let when = match (s.earliest, s.due) {
            (_, Some(d)) => format!("due {}", dotted(d)),
            (Some(e), None) => format!("not before {}", dotted(e)),
            (None, None) => "not determinable".to_string(),
        };
        let _ = write!(o, "  {:<8} {} — {term}, {when}", s.id, s.title.get(lang));
        if let Some(c) = &s.contingency {
            let _ = write!(o, " (if: {})", c.get(lang));
        }
        let _ = writeln!(o, "  [{}]", s.source.citation());
        if let Some(n) = &s.due_note {
            let _ = writeln!(o, "           {}", n.get(lang));
        }
        for flag in &s.flags {
            let _ = writeln!(o, "           * {}", flag.text().get(lang));
        }
    }
    let c = &p.completion;
    let _ = writeln!(o, "\nCompletion:");
    match (c.earliest, c.latest) {
        (e, Some(l)) => {
            let _ = writeln!(
                o,
                "  earliest {}, latest {}",
                e.map_or("—".into(), dotted),
                dotted(l)
            );
        }
        (Some(e), None) => {
            let _ = writeln!(o, "  not before {}, no latest date", dotted(e));
        }
        (None, None) => {
            let _ = writeln!(o, "  not determinable");
        }
    }
    let _ = writeln!(o, "  {}", c.note.get(lang));
    let skipped: Vec<String> = c
        .special_days
        .iter()
        .filter(|d| !d.working)
        .map(|d| d.label_text().get(lang).to_string())
        .collect();
    if !skipped.is_empty() {
        let _ = writeln!(o, "  Days not counted: {}", skipped.join("; "));
    }
    for sch in &p.schedules {
        let _ = writeln!(o, "\nSchedule: {}", sch.title.get(lang));
        let _ = writeln!(o, "  {}", sch.note.get(lang));
        for i in &sch.items {
            let date = match (i.date, &i.undated) {
                (Some(d), _) => dotted(d),
                (None, Some(why)) => why.text().get(lang).to_string(),
                (None, None) => "not determinable".to_string(),
            };
            let _ = writeln!(
                o,
                "  {:<8} {} — {}, {date}",
                i.id,
                i.title.get(lang),
                i.term.text.get(lang)
            );
        }
    }
    if !p.gaps.is_empty() {
        let _ = writeln!(o, "\nNot in the regulation:");
        for g in &p.gaps {
            let _ = writeln!(
                o,
                "  - {} → {}  [{}]",
                g.what.get(lang),
                g.refers_to.get(lang),
                g.source.citation()
            );
        }
    }
    if p.warnings.iter().any(|w| !w.is_status()) {
        let _ = writeln!(o, "\nWarnings:");
        for w in p.warnings.iter().filter(|w| !w.is_status()) {
            let _ = writeln!(o, "  ! {}", w.text().get(lang));
        }
    }
    o
}

fn add(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
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
        return add_working_time_cmd(
            f,
            cal,
            from,
            at,
            if *unit == Unit::Hours { n * 60 } else { n },
        );
    }
    let conv = catalog
        .conventions(cal.country())
        .map(|c| c.conventions)
        .unwrap_or_default();
    let d = term::add(cal, from, n, *unit, conv).map_err(out_of_calendar)?;
    // The date alone on stdout (scripts read it); what makes it provisional on stderr.
    if cal.is_projected(d.date) {
        eprintln!(
            "note: {} is counted with weekends alone: its holidays are not known yet (Tartip knows {} up to {})",
            d.date.year(),
            cal.country().code(),
            cal.last_known_year()
        );
    }
    Ok(format!("{}\n", d.date))
}

/// Working time within a service's office hours, or the country's normal working day.
fn add_working_time_cmd(
    f: &Flags,
    cal: &Calendar,
    from: Date,
    at: Option<ClockTime>,
    minutes: u32,
) -> Result<String, CliError> {
    let catalog = catalog()?;
    let day = match f.one("service") {
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
                .map_or(8, |c| c.working_day.hours),
        ),
    };
    let start = match at {
        Some(t) if day.clock => t.0,
        Some(_) => {
            return Err(CliError::Usage(
                "a time of day needs office hours: give --service with office hours, or --from without a time".into(),
            ))
        }
        None => day.start(),
    };
    let m = add_working_time(
        cal,
        &day,
        Moment {
            date: from,
            minute: start,
        },
        minutes,
    )
    .map_err(out_of_calendar)?;
    Ok(if day.clock {
        format!("{}T{}\n", m.date, ClockTime(m.minute))
    } else {
        format!("{}\n", m.date)
    })
}

fn workdays(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let (from, to) = (date_flag(f, "from")?, date_flag(f, "to")?);
    let n = cal
        .working_days_between(from, to)
        .map_err(out_of_calendar)?;
    Ok(format!(
        "{n} working day{} from {from} (not counted) to {to} (counted)\n",
        if n.abs() == 1 { "" } else { "s" }
    ))
}

fn holidays(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let lang = f.lang()?;
    let y = f.required("year")?;
    let year: i32 = y
        .parse()
        .map_err(|_| CliError::Usage(format!("--year: '{y}' is not a year")))?;
    let days = cal.year_special_days(year).map_err(out_of_calendar)?;
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
    if year > cal.last_known_year() {
        let w = crate::engine::plan::Warning::ProjectedYear {
            country: cal.country(),
            year,
            last_known: cal.last_known_year(),
        };
        let _ = writeln!(o, "{}", w.text().get(lang));
    } else if cal.is_provisional(year) {
        let open = cal
            .open_points(year)
            .iter()
            .map(|p| crate::engine::plan::OpenFact {
                holiday: p.holiday().and_then(|h| cal.holiday_name(h)).cloned(),
                point: p.clone(),
            })
            .collect();
        let w = crate::engine::plan::Warning::ProvisionalYear {
            country: cal.country(),
            year,
            open,
        };
        let _ = writeln!(o, "{}", w.text().get(lang));
    }
    for d in days {
        let _ = writeln!(
            o,
            "{} {} {}",
            d.date,
            if d.working { "working" } else { "off" },
            d.label_text().get(lang)
        );
    }
    Ok(o)
}

fn explain(f: &Flags) -> Result<String, CliError> {
    let cal = calendar(f)?;
    let from = date_flag(f, "from")?;
    let n = count_flag(f.required("working-days")?, "working-days")?;
    let conv = catalog()?
        .conventions(cal.country())
        .map(|c| c.conventions)
        .unwrap_or_default();
    let d = term::add(cal, from, n, Unit::WorkingDays, conv).map_err(out_of_calendar)?;
    let mut o = format!(
        "{} + {n} working days = {} ({})\n",
        dotted(from),
        dotted(d.date),
        d.date.weekday()
    );
    for s in &d.special_days {
        let _ = writeln!(o, "  {}", s.label());
    }
    Ok(o)
}

/// Validates every data file, every quote and every plan case; lists each problem.
fn check(f: &Flags, dir: &str) -> Result<String, CliError> {
    use crate::engine::cases::{check_case, CaseFile};
    use crate::engine::validate::{quote_problems, service_problems};
    let root = std::path::Path::new(dir);
    let catalog = catalog()?;
    let mut out = String::new();
    let mut problems = 0;
    let mut quotes = 0;
    for s in &catalog.services {
        for p in service_problems(s) {
            let _ = writeln!(out, "{p}");
            problems += 1;
        }
    }
    // Every quote of every service file and act file, at its cited lines.
    let files = catalog
        .services
        .iter()
        .map(|s| (s.id.clone(), root.join(format!("{}.json", s.id))))
        .chain(catalog.acts().map(|a| {
            (
                format!("act {}", a.id),
                root.join("acts").join(format!("{}.json", a.id)),
            )
        }));
    for (name, path) in files {
        let value: serde_json::Value = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let (n, bad) = quote_problems(&value, &root.join("sources"));
        quotes += n;
        for p in bad {
            let _ = writeln!(out, "{name}: {p}");
            problems += 1;
        }
    }
    let cases_dir = std::path::PathBuf::from(f.one("cases").unwrap_or("tests/cases"));
    let mut cases = 0;
    let mut files: Vec<_> = std::fs::read_dir(&cases_dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
    {
        let parsed: Result<CaseFile, String> = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()));
        match parsed {
            Err(e) => {
                let _ = writeln!(out, "{}: {e}", path.display());
                problems += 1;
            }
            Ok(file) => {
                for case in &file.cases {
                    cases += 1;
                    for p in check_case(catalog, &file.service, case) {
                        let _ = writeln!(out, "{} «{}»: {p}", file.service, case.name);
                        problems += 1;
                    }
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{} services, {quotes} quotes, {cases} plan cases: {problems} problems",
        catalog.services.len()
    );
    if problems > 0 {
        print!("{out}");
        return Err(CliError::Failed(format!("{problems} problems")));
    }
    Ok(out)
}
