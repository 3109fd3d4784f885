//! `services`, `plan` and `package`: what a help-desk operator reads out, in `--lang`.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{catalog, moment_flag, to_json, today, CliError, Flags};
use crate::engine::plan::{plan, Plan, Request, Required, Warning};
use crate::engine::text::Lang;
use crate::locale::{
    charge_amount, convention_words, day, form_label, plan_error, standing_label, step_term,
    step_when, tf, Say, S,
};
use crate::package::{self, applicant::Applicant};

pub(super) fn services(f: &Flags) -> Result<String, CliError> {
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
        let standing = standing_label(&catalog.period(s).standing_on(today()));
        let _ = writeln!(
            out,
            "{}  {}  [{}]  {}",
            s.id,
            s.country.code(),
            standing.get(lang),
            s.title.get(lang)
        );
        let ids: Vec<&str> = s.situations.iter().map(|x| x.id.as_str()).collect();
        let _ = writeln!(
            out,
            "    {}",
            tf(lang, S::CliSituations, &[("list", &ids.join(", "))])
        );
    }
    Ok(out)
}

pub(super) fn plan_cmd(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let p = plan_from_flags(f, "plan", lang, false)?;
    Ok(if f.json() {
        to_json(&p, lang)
    } else {
        describe_plan(&p, lang)
    })
}

/// The package for an application, written as one ZIP.
pub(super) fn package_cmd(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let p = plan_from_flags(f, "package", lang, false)?;
    if !p.applies {
        let mut why = tf(
            lang,
            S::CliNothingToPackage,
            &[("date", &day(lang, p.submitted))],
        );
        if let Some(d) = p.regulation.nearest_day_in_force {
            why.push(' ');
            why.push_str(&tf(
                lang,
                S::CliAppliedOn,
                &[("date", &day(lang, d)), ("iso", &d.to_string())],
            ));
        }
        if let Some(w) = p.warnings.iter().find(|w| w.is_status()) {
            why.push(' ');
            why.push_str(&w.say(lang));
        }
        return Err(CliError::Usage(why));
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
            "--details: {}: {}",
            field.key(),
            crate::locale::field_problem(problem, lang)
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

/// The plan the flags ask for; with `today_by_default`, a missing `--submitted` means
/// today (the help desk's question: "if I hand it in today?").
pub(super) fn plan_from_flags(
    f: &Flags,
    command: &str,
    lang: Lang,
    today_by_default: bool,
) -> Result<Plan, CliError> {
    let [service] = f.positional.as_slice() else {
        return Err(CliError::Usage(format!(
            "{command} needs exactly one SERVICE (valid: {})",
            catalog()?.service_ids().join(", ")
        )));
    };
    let situation = f.required("situation")?;
    let (submitted, submitted_at) = if today_by_default && f.one("submitted").is_none() {
        (today(), None)
    } else {
        moment_flag(f, "submitted")?
    };
    let mut answers = BTreeMap::new();
    for a in f.values.get("answer").into_iter().flatten() {
        let (k, v) = a
            .split_once('=')
            .ok_or_else(|| CliError::Usage(tf(lang, S::CliAnswerShape, &[("value", a)])))?;
        if let Some(first) = answers.insert(k.to_string(), v.to_string()) {
            return Err(CliError::Usage(tf(
                lang,
                S::CliAnswerTwice,
                &[("key", k), ("first", &first), ("second", v)],
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
    plan(catalog()?, &req).map_err(|e| CliError::Usage(plan_error(&e, lang)))
}

/// The plan as a help-desk operator reads it aloud, in `lang`.
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
        "{}",
        tf(lang, S::Submitted, &[("date", &day(lang, p.submitted))])
    );
    let r = &p.regulation;
    let _ = writeln!(
        o,
        "{}",
        tf(
            lang,
            S::CliAct,
            &[
                ("act", r.act.get(lang)),
                ("standing", standing_label(&r.standing).get(lang)),
            ],
        )
    );
    // What the plan rests on first: the act's standing, then a bar on the result.
    let up_front = |w: &&Warning| w.is_status() || w.is_bar();
    for w in p.warnings.iter().filter(up_front) {
        let _ = writeln!(o, "  ! {}", w.say(lang));
    }
    if !p.applies {
        if let Some(d) = r.nearest_day_in_force {
            let _ = writeln!(
                o,
                "\n{} tartip plan {} --situation {} --submitted {d}",
                tf(lang, S::CliRequiredOn, &[("date", &day(lang, d))]),
                p.service,
                p.situation
            );
        }
        return o;
    }
    if !p.barred_by.is_empty() {
        // No document, fee or step leads to a result the answers bar.
        completion(&mut o, p, lang);
        return o;
    }
    documents(&mut o, p, lang);
    let _ = writeln!(o, "\n{}:", S::Fees.get(lang));
    for fee in &p.fees {
        let _ = writeln!(
            o,
            "  {}: {} — {}  [{}]",
            fee.title.get(lang),
            charge_amount(&fee.charge, lang),
            fee.charge.say(lang),
            fee.source.citation()
        );
    }
    steps(&mut o, p, lang);
    completion(&mut o, p, lang);
    if !p.gaps.is_empty() {
        let _ = writeln!(o, "\n{}:", S::NotInRegulation.get(lang));
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
    if p.warnings.iter().any(|w| !up_front(&w)) {
        let _ = writeln!(o, "\n{}:", S::CheckBeforeYouGo.get(lang));
        for w in p.warnings.iter().filter(|w| !up_front(w)) {
            let _ = writeln!(o, "  ! {}", w.say(lang));
        }
    }
    o
}

fn documents(o: &mut String, p: &Plan, lang: Lang) {
    let n = p.documents.len().to_string();
    let _ = writeln!(o, "\n{}:", tf(lang, S::Documents, &[("n", &n)]));
    for d in &p.documents {
        let mark = if d.required == Required::Yes {
            "[ ]"
        } else {
            "[?]"
        };
        let _ = write!(
            o,
            "  {mark} {} ({})",
            d.title.get(lang),
            form_label(d.original_or_copy).get(lang)
        );
        if let Some(n) = d.count {
            let _ = write!(o, " ×{n}");
        }
        if d.required == Required::IfApplicable {
            let _ = write!(o, " — {}", S::IfApplies.get(lang));
        }
        if let Some(c) = &d.condition {
            let _ = write!(o, " — {}", c.get(lang));
        }
        if let Some(date) = d.issued_not_before {
            let _ = write!(
                o,
                " — {}",
                tf(lang, S::IssuedOnOrAfter, &[("date", &day(lang, date))])
            );
            // The window's condition stays beside its date (e.g. only after a no-show).
            if let Some(a) = d.validity.as_ref().and_then(|v| v.applies.as_ref()) {
                let _ = write!(o, " ({})", tf(lang, S::Applies, &[("text", a.get(lang))]));
            }
        }
        if let Some(r) = &d.reading {
            let _ = write!(o, " — {}", tf(lang, S::ByReading, &[("text", r.get(lang))]));
        }
        if let Some(a) = &d.alert {
            let _ = write!(o, " — ! {}", a.say(lang));
        }
        let _ = writeln!(o, "  [{}]", d.source.citation());
    }
}

fn steps(o: &mut String, p: &Plan, lang: Lang) {
    let _ = writeln!(o, "\n{}:", S::Steps.get(lang));
    for s in &p.steps {
        let (term, when) = (step_term(s, lang), step_when(s, lang));
        let _ = write!(o, "  {:<8} {} — {term}, {when}", s.id, s.title.get(lang));
        if let Some(c) = &s.contingency {
            let _ = write!(o, " ({})", tf(lang, S::OnlyIf, &[("text", c.get(lang))]));
        }
        let _ = writeln!(o, "  [{}]", s.source.citation());
        if let Some(n) = &s.undated {
            let _ = writeln!(o, "           {}", n.say(lang));
        }
        for flag in &s.flags {
            let _ = writeln!(o, "           * {}", flag.say(lang));
        }
    }
}

fn completion(o: &mut String, p: &Plan, lang: Lang) {
    let c = &p.completion;
    let _ = writeln!(o, "\n{}:", S::ExpectedCompletion.get(lang));
    let _ = match (c.earliest, c.latest) {
        (e, Some(l)) => writeln!(
            o,
            "  {}",
            tf(
                lang,
                S::CliEarliestLatest,
                &[
                    ("earliest", &e.map_or_else(|| "—".into(), |e| day(lang, e))),
                    ("latest", &day(lang, l)),
                ],
            )
        ),
        (Some(e), None) => writeln!(
            o,
            "  {}",
            tf(lang, S::CliNotBeforeNoLatest, &[("date", &day(lang, e))])
        ),
        (None, None) => writeln!(o, "  {}", S::NotDeterminable.get(lang)),
    };
    let _ = writeln!(o, "  {}", c.say(lang));
    if let Some(other) = &p.completion_other_start {
        let _ = writeln!(o, "  {}", other.say(lang));
    }
    // An overall term the text does not state outright is Tartip's reading: say so.
    if let Some(r) = c.source.as_ref().and_then(|s| s.reading.as_ref()) {
        let _ = writeln!(o, "  {}", tf(lang, S::ByReading, &[("text", r.get(lang))]));
    }
    let skipped: Vec<String> = c
        .special_days
        .iter()
        .filter(|d| !d.working)
        .map(|d| d.say(lang))
        .collect();
    if !skipped.is_empty() {
        let _ = writeln!(
            o,
            "  {} {}",
            S::DaysNotCounted.get(lang),
            skipped.join("; ")
        );
    }
    // The rules the dates were counted by, step chaining included, as the page lists
    // them under "why this date".
    if !p.conventions.is_empty() {
        let _ = writeln!(o, "  {}:", S::HowCounted.get(lang));
        for cv in &p.conventions {
            let w = convention_words(cv, lang);
            let _ = write!(o, "    - [{}] {}", w.tag, w.rule);
            if let Some(l) = &w.law {
                let _ = write!(o, " ({l})");
            }
            for note in w.reading.iter().chain(&w.also) {
                let _ = write!(o, " {note}");
            }
            let _ = writeln!(o);
        }
    }
    for sch in &p.schedules {
        let _ = writeln!(o, "\n{}: {}", S::AfterResult.get(lang), sch.title.get(lang));
        let _ = writeln!(o, "  {}", sch.basis.say(lang));
        for i in &sch.items {
            let date = match (i.date, &i.undated) {
                (Some(d), _) => day(lang, d),
                (None, Some(why)) => why.say(lang),
                (None, None) => S::DateNotDeterminable.get(lang).to_string(),
            };
            let _ = writeln!(
                o,
                "  {:<8} {} — {}, {date}",
                i.id,
                i.title.get(lang),
                i.term.say(lang)
            );
            for flag in &i.flags {
                let _ = writeln!(o, "           * {}", flag.say(lang));
            }
        }
    }
}
