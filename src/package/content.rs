//! What the application, the checklist and the timeline say, as plain blocks. The HTML
//! page and the DOCX file both render these, so the two never disagree.

use super::applicant::Applicant;
use crate::engine::date::{dotted, Date};
use crate::engine::plan::{Plan, Required};
use crate::engine::prefill::PrefillKey;
use crate::engine::regulation::{FieldKind, Service};
use crate::engine::text::Lang;
use crate::locale::{form_label, render, step_term, tf, Say, M, S};

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    Para(String),
    /// A labelled value the applicant gave (or a blank line to fill in by hand).
    Field {
        label: String,
        value: String,
    },
    /// A label followed by values the applicant typed, each kept apart from the others
    /// (a right-to-left mark in one cannot reorder the next).
    Values {
        label: String,
        values: Vec<String>,
    },
    /// Items, each with an optional tick.
    List(Vec<(Option<bool>, String)>),
    /// Tartip's own remark, set apart from the application's text.
    Note(String),
}

/// How a list item shows its tick, in every format.
pub fn tick_mark(tick: Option<bool>) -> &'static str {
    match tick {
        Some(true) => "☑ ",
        Some(false) => "☐ ",
        None => "",
    }
}

fn t(m: M, lang: Lang) -> String {
    m.get(lang).to_string()
}

/// The application: the act's own form in its language where the regulation has one,
/// otherwise a standard application in the chosen language addressed to the provider.
pub fn application(
    service: &Service,
    plan: &Plan,
    applicant: &Applicant,
    lang: Lang,
) -> (Lang, Vec<Block>) {
    let provider = plan
        .providers
        .first()
        .map_or_else(String::new, |p| p.text.get(lang).to_string());
    if let Some(form) = &plan.application_form {
        let src = service.language;
        let mut out = vec![];
        let addressee = form
            .addressee
            .as_ref()
            .map_or(provider, |a| a.get(src).to_string());
        if !addressee.is_empty() {
            out.push(Block::Para(addressee));
        }
        out.push(Block::Title(form.title.get(src).to_string()));
        for f in &form.fields {
            let label = f.label.get(src).to_string();
            let value = match f.prefill {
                Some(PrefillKey::ApplicationDate) => dotted(plan.submitted),
                Some(PrefillKey::ApplicationService) => service.title.get(src).to_string(),
                Some(key) => applicant.prefill(key).unwrap_or_default().to_string(),
                None => plan.answers.get(&f.id).cloned().unwrap_or_default(),
            };
            out.push(match f.kind {
                FieldKind::Consent => Block::List(vec![(Some(false), label)]),
                FieldKind::Signature => Block::Field {
                    label,
                    value: "____________".into(),
                },
                _ => Block::Field { label, value },
            });
        }
        out.push(Block::Note(format!(
            "{} ({})",
            form.source.citation(),
            service.title.get(lang)
        )));
        return (src, out);
    }
    let details: Vec<String> = applicant
        .fields()
        .iter()
        .map(|f| applicant.get(*f).trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    let act = plan.regulation.act.get(lang).to_string();
    let mut out = vec![
        Block::Para(
            render(M::ApplicationTo, &[("provider", provider.as_str().into())])
                .get(lang)
                .to_string(),
        ),
        Block::Values {
            label: t(M::ApplicationFrom, lang),
            values: details.clone(),
        },
        Block::Title(t(M::ApplicationTitle, lang)),
        Block::Para(
            render(
                M::ApplicationRequest,
                &[
                    ("service", plan.service_title.get(lang).into()),
                    ("situation", plan.situation_title.get(lang).into()),
                    ("act", act.as_str().into()),
                ],
            )
            .get(lang)
            .to_string(),
        ),
        Block::Heading(t(M::AttachedDocuments, lang)),
        Block::List(
            plan.documents
                .iter()
                .filter(|d| d.required == Required::Yes)
                .map(|d| (None, d.title.get(lang).to_string()))
                .collect(),
        ),
        Block::Para(
            render(M::DateLine, &[("date", dotted(plan.submitted).into())])
                .get(lang)
                .to_string(),
        ),
        Block::Para(t(M::SignatureLine, lang)),
        Block::Note(t(M::StandardApplicationNote, lang)),
    ];
    if details.is_empty() {
        out.remove(1);
    }
    (lang, out)
}

/// The documents to gather, with how each is handed in, its validity and its tick.
pub fn checklist(plan: &Plan, ticked: &[String], lang: Lang) -> Vec<Block> {
    let items = plan
        .documents
        .iter()
        .map(|d| {
            let how = form_label(d.original_or_copy).get(lang);
            let mut line = format!("{} — {how}", d.title.get(lang));
            if d.required == Required::IfApplicable {
                line.push_str(&format!("; {}", S::IfApplies.get(lang)));
                if let Some(c) = &d.condition {
                    line.push_str(&format!(": {}", c.get(lang)));
                }
            }
            if let Some(nb) = d.issued_not_before {
                line.push_str(&format!(
                    "; {}",
                    tf(lang, S::IssuedOnOrAfter, &[("date", &dotted(nb))])
                ));
            }
            if let Some(a) = &d.alert {
                line.push_str(&format!(" ⚠ {}", a.text().get(lang)));
            }
            (Some(ticked.contains(&d.id)), line)
        })
        .collect();
    // What the act's standing on the date leaves uncertain goes on the paper too.
    let mut out: Vec<Block> = plan
        .warnings
        .iter()
        .filter(|w| w.is_status())
        .map(|w| Block::Note(w.text().get(lang).to_string()))
        .collect();
    out.push(Block::Heading(t(M::ChecklistTitle, lang)));
    out.push(Block::List(items));
    out
}

/// Every step with its term and due date, then the completion.
pub fn timeline(plan: &Plan, lang: Lang) -> Vec<Block> {
    let due = |d: Option<Date>| match d {
        Some(d) => tf(lang, S::DueBy, &[("date", &dotted(d))]),
        None => S::DateNotDeterminable.get(lang).to_string(),
    };
    let items = plan
        .steps
        .iter()
        .map(|s| {
            let term = step_term(s, lang);
            (
                None,
                format!(
                    "{} {} — {}; {}; {}",
                    s.id,
                    s.title.get(lang),
                    s.actor.get(lang),
                    term,
                    due(s.due)
                ),
            )
        })
        .collect();
    vec![
        Block::Heading(t(M::TimelineTitle, lang)),
        Block::List(items),
        Block::Para(format!(
            "{}: {}",
            S::ExpectedCompletion.get(lang),
            due(plan.completion.latest)
        )),
        Block::Note(plan.completion.say(lang)),
    ]
}
