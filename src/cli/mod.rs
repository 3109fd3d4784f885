//! The CLI's commands as a pure function from arguments to output, so tests can call
//! it directly and the binary stays a thin shell. Every command's human output is
//! worded by `crate::locale` in `--lang`.

mod answer;
mod calendar;
mod check;
mod dossier;
mod plan;

pub use plan::describe_plan;

use std::collections::BTreeMap;

use crate::engine::calendar::{Calendar, Country};
use crate::engine::clock::ClockTime;
use crate::engine::date::{parse_date, Date};
use crate::engine::localise::flatten;
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::locale::{date_error, tf, S};

pub enum CliError {
    /// Bad input: exit status 2.
    Usage(String),
    /// Good input the data cannot serve: exit status 1.
    Failed(String),
}

const USAGE: &str =
    "usage: tartip <services|plan|answer|package|dossier|add|workdays|holidays|explain> …  (tartip help)";

const HELP: &str = "\
tartip services [--json] [--lang L]
tartip plan SERVICE --situation ID --submitted YYYY-MM-DD [--answer KEY=VALUE]... [--json] [--lang L]
tartip answer SERVICE --situation ID [--submitted YYYY-MM-DD] [--answer KEY=VALUE]... [--lang L] [--format text|markdown|json]
   (the help desk's answer card; --submitted defaults to today; the text is what the desk copies)
tartip package SERVICE --situation ID --submitted YYYY-MM-DD [--answer KEY=VALUE]... [--details FILE.json] [--ticked DOC]... --out FILE.zip [--lang L]
   (the application as HTML and DOCX, the checklist and timeline, a calendar file and the dossier, in one ZIP)
tartip dossier verify FILE.zip [--on YYYY-MM-DD] [--lang L]
   (an organisation's exported dossier: its manifest, every file's SHA-256, and documents
   missing, unfinished or expired on the planned date or --on; exit 2 when not sound)
tartip add --country KG|KZ --from YYYY-MM-DD (--working-days N | --calendar-days N | --weeks N | --months N | --years N)
tartip add --country KG|KZ --from YYYY-MM-DDTHH:MM (--hours N | --minutes N) [--service ID]   (within the service's office hours)
tartip workdays --country KG|KZ --from YYYY-MM-DD --to YYYY-MM-DD   (the first day not counted, the last counted)
tartip holidays --country KG|KZ --year YYYY [--json]
tartip explain --country KG|KZ --from YYYY-MM-DD --working-days N
tartip check [--cases DIR]   (validates the data: schema, references, quotes, and the plan cases in DIR, default tests/cases)
Any command takes --data DIR to read regulation data from DIR instead of the build, and
--lang ky|kk|ru|en for its human output (default en).
";

/// Parsed flags: `--name value` pairs (repeatable) and bare switches.
pub(super) struct Flags {
    pub(super) positional: Vec<String>,
    pub(super) values: BTreeMap<String, Vec<String>>,
    pub(super) switches: Vec<String>,
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

    pub(super) fn one(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    pub(super) fn required(&self, name: &str) -> Result<&str, CliError> {
        self.one(name).ok_or_else(|| {
            CliError::Usage(tf(self.lang_or_en(), S::CliMissingFlag, &[("flag", name)]))
        })
    }

    /// The language asked for, or English when none (or a bad one) is given: for
    /// wording an error before the language itself is checked.
    pub(super) fn lang_or_en(&self) -> Lang {
        self.lang().unwrap_or(Lang::En)
    }

    pub(super) fn json(&self) -> bool {
        self.switches.iter().any(|s| s == "json")
    }

    pub(super) fn lang(&self) -> Result<Lang, CliError> {
        self.one("lang")
            .map_or(Ok(Lang::En), |l| l.parse().map_err(CliError::Usage))
    }
}

pub(super) fn date_flag(f: &Flags, name: &str) -> Result<Date, CliError> {
    parse_date(f.required(name)?)
        .map_err(|e| CliError::Usage(format!("--{name}: {}", date_error(&e, f.lang_or_en()))))
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
pub(super) fn moment_flag(f: &Flags, name: &str) -> Result<(Date, Option<ClockTime>), CliError> {
    let v = f.required(name)?;
    let bad = |e: String| CliError::Usage(format!("--{name}: {e}"));
    match v.split_once('T') {
        Some((d, t)) => Ok((
            parse_date(d).map_err(|e| bad(date_error(&e, f.lang_or_en())))?,
            Some(ClockTime::parse(t).map_err(bad)?),
        )),
        None => Ok((
            parse_date(v).map_err(|e| bad(date_error(&e, f.lang_or_en())))?,
            None,
        )),
    }
}

pub(super) fn count_flag(value: &str, name: &str) -> Result<u32, CliError> {
    value
        .parse::<u32>()
        .map_err(|_| CliError::Usage(format!("--{name}: '{value}' is not a whole number ≥ 0")))
}

/// Today's date (UTC), for what the catalogue says about an act now.
pub(super) fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    // 719 163 days from 0001-01-01 to 1970-01-01.
    Date::from_num_days_from_ce_opt(719_163 + days as i32).unwrap_or_default()
}

/// The catalogue read from `--data DIR` instead of the embedded one.
static DATA_DIR: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();

pub(super) fn catalog() -> Result<&'static Catalog, CliError> {
    if let Some(c) = DATA_DIR.get() {
        return Ok(c);
    }
    Catalog::embedded().map_err(|e| CliError::Failed(format!("broken regulation data: {e}")))
}

pub(super) fn calendar(f: &Flags) -> Result<&'static Calendar, CliError> {
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
        "services" => plan::services(&Flags::parse(rest, &["lang"], &["json"])?),
        "plan" => plan::plan_cmd(&Flags::parse(
            rest,
            &["situation", "submitted", "answer", "lang"],
            &["json"],
        )?),
        "answer" => answer::answer(&Flags::parse(
            rest,
            &["situation", "submitted", "answer", "lang", "format"],
            &[],
        )?),
        "package" => plan::package_cmd(&Flags::parse(
            rest,
            &["situation", "submitted", "answer", "lang", "details", "out", "ticked"],
            &[],
        )?),
        "add" => calendar::add(&Flags::parse(
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
                "lang",
            ],
            &[],
        )?),
        "workdays" => calendar::workdays(&Flags::parse(
            rest,
            &["country", "from", "to", "lang"],
            &[],
        )?),
        "holidays" => calendar::holidays(&Flags::parse(
            rest,
            &["country", "year", "lang"],
            &["json"],
        )?),
        "explain" => calendar::explain(&Flags::parse(
            rest,
            &["country", "from", "working-days", "lang"],
            &[],
        )?),
        "check" => check::check(
            &Flags::parse(rest, &["cases", "lang"], &[])?,
            data_dir.as_deref().unwrap_or("regulations"),
        ),
        "dossier" => dossier::dossier(&Flags::parse(rest, &["on", "lang"], &[])?),
        "help" | "--help" | "-h" => Ok(HELP.to_string()),
        other => Err(CliError::Usage(format!(
            "unknown command '{other}' (valid: services, plan, answer, package, dossier, add, workdays, holidays, explain, check, help)"
        ))),
    }
}

pub(super) fn to_json(value: &impl serde::Serialize, lang: Lang) -> String {
    let v = flatten(serde_json::to_value(value).expect("serialisable"), lang);
    serde_json::to_string_pretty(&v).expect("serialisable") + "\n"
}
