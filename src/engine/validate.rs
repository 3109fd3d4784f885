//! Checks on regulation data beyond what the schema enforces: references resolve,
//! ids are unique where they must be, every paid fee without an amount names a gap.
//! Used by the data tests; each problem is one line naming the file and the item.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use super::regulation::{FeeRule, QuestionKind, Service};
use super::source::Source;

/// Every problem found in `service`; empty when it is sound.
pub fn service_problems(service: &Service) -> Vec<String> {
    let mut problems = Vec::new();
    let mut bad = |what: String| problems.push(format!("{}: {what}", service.id));

    // People search in any of the four languages; each needs the synonyms.
    match &service.keywords {
        None => bad("no search keywords".into()),
        Some(k) => {
            for (code, words) in [("ky", &k.ky), ("kk", &k.kk), ("ru", &k.ru), ("en", &k.en)] {
                if words.as_deref().is_none_or(|w| w.trim().is_empty()) {
                    bad(format!("search keywords lack {code}"));
                }
            }
        }
    }

    let situations: Vec<&str> = service.situations.iter().map(|s| s.id.as_str()).collect();
    if situations.is_empty() {
        bad("no situations".into());
    }
    // Ids that items are found by must be unique in their list. (Documents may
    // repeat across situations: checked below.)
    let facts = [
        &service.refusal_grounds,
        &service.return_grounds,
        &service.suspension_grounds,
        &service.applicants,
        &service.delivery,
    ];
    macro_rules! ids {
        ($list:expr) => {
            $list.iter().map(|x| x.id.as_str()).collect::<Vec<&str>>()
        };
    }
    let lists: Vec<(&str, Vec<&str>)> = vec![
        ("situation", situations.clone()),
        ("question", ids!(service.questions)),
        ("step", ids!(service.steps)),
        ("gap", ids!(service.gaps)),
        ("fee", ids!(service.fees)),
        ("procedure", ids!(service.procedures)),
        ("overall term", ids!(service.overall_terms)),
        ("schedule", ids!(service.schedules)),
        ("provider", ids!(service.providers)),
        ("channel", ids!(service.channels)),
        ("office", ids!(service.offices)),
        ("fact", facts.iter().flat_map(|l| ids!(l)).collect()),
    ];
    let options = service.questions.iter().map(|q| {
        (
            q.id.as_str(),
            q.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        )
    });
    let items = service.schedules.iter().map(|s| {
        (
            s.id.as_str(),
            s.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        )
    });
    for (kind, list) in lists {
        for dup in duplicates(list.into_iter()) {
            bad(format!("{kind} '{dup}' defined twice"));
        }
    }
    for (within, list) in options.chain(items) {
        for dup in duplicates(list.into_iter()) {
            bad(format!("'{dup}' defined twice in '{within}'"));
        }
    }
    for q in &service.questions {
        if q.kind == QuestionKind::Choice && q.options.len() < 2 {
            bad(format!(
                "question '{}' is a choice with fewer than two options",
                q.id
            ));
        }
        if q.kind != QuestionKind::Choice && !q.options.is_empty() {
            bad(format!(
                "question '{}' has options but is not a choice",
                q.id
            ));
        }
    }

    // Every condition must name real situations, questions and answer values.
    for c in service.conditioned() {
        let owner = c.to_string();
        let (mut sits, mut answers) = (Vec::new(), Vec::new());
        c.condition.references(&mut sits, &mut answers);
        for s in sits {
            if !situations.contains(&s.as_str()) {
                bad(format!("{owner} names unknown situation '{s}'"));
            }
        }
        for (q, v) in answers {
            match service.questions.iter().find(|x| x.id == q) {
                None => bad(format!("{owner} names unknown question '{q}'")),
                Some(x) => {
                    if x.valid_values()
                        .is_some_and(|vals| !vals.contains(&v.as_str()))
                    {
                        bad(format!("{owner} tests '{q}' for '{v}', which it cannot be"));
                    }
                }
            }
        }
    }

    // Within one situation a document id may appear once: the same document in two
    // lists is two entries with disjoint situations.
    for sit in &situations {
        let ids = service.documents.iter().filter(|d| {
            d.when
                .as_ref()
                .is_none_or(|c| c.eval(sit, &Default::default()) != super::condition::Truth::No)
        });
        for dup in duplicates(ids.map(|d| d.id.as_str())) {
            bad(format!(
                "document '{dup}' appears twice in situation '{sit}'"
            ));
        }
    }

    let gap_ids: Vec<&str> = service.gaps.iter().map(|g| g.id.as_str()).collect();
    for f in &service.fees {
        if let FeeRule::Fixed { currency, .. } = &f.rule {
            if currency != service.country.currency() {
                bad(format!(
                    "fee '{}' is in {currency}, not the country's {}",
                    f.id,
                    service.country.currency()
                ));
            }
        }
        let needs_gap = matches!(f.rule, FeeRule::PriceList { .. } | FeeRule::NotStated {});
        match &f.gap {
            Some(g) if !gap_ids.contains(&g.as_str()) => {
                bad(format!("fee '{}' names unknown gap '{g}'", f.id))
            }
            None if needs_gap => bad(format!("fee '{}' has no amount and names no gap", f.id)),
            _ => {}
        }
    }
    let step_ids: Vec<&str> = service.steps.iter().map(|s| s.id.as_str()).collect();
    let procedure_ids: Vec<&str> = service.procedures.iter().map(|p| p.id.as_str()).collect();
    for (i, s) in service.steps.iter().enumerate() {
        if let Some(p) = &s.procedure {
            if !procedure_ids.contains(&p.as_str()) {
                bad(format!("step '{}' names unknown procedure '{p}'", s.id));
            }
        }
        if let Some(a) = &s.alongside {
            if !step_ids[..i].contains(&a.as_str()) {
                bad(format!(
                    "step '{}' runs alongside '{a}', which is not an earlier step",
                    s.id
                ));
            }
        }
        if let Some(t) = &s.term {
            if t.min.is_none() && t.max.is_none() {
                bad(format!("step '{}' has a term with no figure", s.id));
            }
        }
    }
    for u in service.date_uses() {
        let q = u.question;
        if !service
            .questions
            .iter()
            .any(|x| x.id == q && x.kind == QuestionKind::Date)
        {
            bad(format!(
                "{} counts from '{q}', which is not a date question",
                u.owner
            ));
        }
    }
    if let Some(h) = &service.office_hours {
        if let Err(e) = super::clock::WorkingDay::from_office_hours(h) {
            bad(format!("office hours: {e}"));
        }
    }
    for s in &service.schedules {
        if s.items.is_empty() {
            bad(format!("schedule '{}' has no items", s.id));
        }
    }
    if let Some(form) = &service.application_form {
        for dup in duplicates(form.fields.iter().map(|f| f.id.as_str())) {
            bad(format!("application form field '{dup}' defined twice"));
        }
        for f in &form.fields {
            if let Some(k) = f.prefill {
                if k.country().is_some_and(|c| c != service.country) {
                    bad(format!(
                        "form field '{}' prefills from '{}', a number of another country",
                        f.id,
                        k.key()
                    ));
                }
            }
        }
    }
    let step_ids: Vec<&str> = service.steps.iter().map(|s| s.id.as_str()).collect();
    for o in &service.overall_terms {
        for id in o.from_step.iter().chain(&o.to_step) {
            if !step_ids.contains(&id.as_str()) {
                bad(format!("overall term '{}' names unknown step '{id}'", o.id));
            }
        }
    }
    for sch in &service.schedules {
        if let super::regulation::ScheduleAnchor::Step(id) = &sch.anchor {
            if !step_ids.contains(&id.as_str()) {
                bad(format!(
                    "schedule '{}' counts from unknown step '{id}'",
                    sch.id
                ));
            }
        }
    }
    for d in &service.documents {
        if d.reading.as_ref().is_some_and(|r| r.is_empty()) {
            bad(format!("document '{}' has an empty reading", d.id));
        }
    }
    for g in &service.refusal_grounds {
        if g.bars_when.is_some() && g.when.is_some() && g.bars_when == g.when {
            bad(format!(
                "refusal ground '{}' bars whenever it is listed",
                g.id
            ));
        }
    }
    if service.appeal.is_none() && !service.gaps.iter().any(|g| g.id == "appeal") {
        bad("no appeal route and no 'appeal' gap saying so".into());
    }
    problems
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    let mut dups = Vec::new();
    for id in ids {
        if !seen.insert(id) && !dups.contains(&id) {
            dups.push(id);
        }
    }
    dups
}

/// Every `{file, lines, quote}` object anywhere in a JSON document.
pub fn sources_in(v: &Value, out: &mut Vec<Source>) {
    match v {
        Value::Object(map) => {
            if map.contains_key("file") && map.contains_key("lines") && map.contains_key("quote") {
                if let Ok(s) = serde_json::from_value::<Source>(v.clone()) {
                    out.push(s);
                }
            }
            map.values().for_each(|x| sources_in(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| sources_in(x, out)),
        _ => {}
    }
}

/// Checks every quote in a data file against the texts in `sources_dir`: the number of
/// quotes checked and the problems found.
pub fn quote_problems(file: &Value, sources_dir: &Path) -> (usize, Vec<String>) {
    let mut sources = Vec::new();
    sources_in(file, &mut sources);
    let mut problems = Vec::new();
    for s in &sources {
        match std::fs::read_to_string(sources_dir.join(&*s.file)) {
            Ok(text) => {
                if let Err(e) = s.check_against(&text) {
                    problems.push(e);
                }
            }
            Err(_) => problems.push(format!(
                "source file {} is missing from {}",
                s.file,
                sources_dir.display()
            )),
        }
    }
    (sources.len(), problems)
}
