//! The answer card: a plan worded for one caller, in one language, as titled parts of
//! short lines, each with the source of what it states. The desk draws it, and the same
//! card becomes the text an operator pastes and what `tartip answer` prints.

use serde::Serialize;

use crate::engine::calendar::DayReason;
use crate::engine::date::Date;
use crate::engine::plan::{Completion, Item, Plan, Required};
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;
use crate::locale::{
    charge_amount, day, form_label, office_hours, standing_label, step_term, step_when, tf, Say, D,
    S,
};

/// A plan as the help desk says it to one caller.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub service: String,
    pub situation: String,
    pub submitted: Date,
    pub lang: Lang,
    /// "Service — situation".
    pub title: String,
    pub parts: Vec<Part>,
}

/// One titled part of the card.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Part {
    pub kind: PartKind,
    pub heading: String,
    pub lines: Vec<Line>,
}

/// Which part: the desk marks differences part by part, and tests find parts by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// The act and its standing on the date.
    Act,
    /// Submission and the result's due date, with the days not counted.
    When,
    /// The answers the card rests on.
    Answers,
    Documents,
    Fees,
    Where,
    Steps,
    Refusal,
    Appeal,
    /// What the regulation leaves to other acts.
    Open,
    /// What to check before going.
    Check,
}

/// One statement, and where the regulation says it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Line {
    fn plain(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            source: None,
        }
    }

    fn cited(text: impl Into<String>, source: &crate::engine::source::Source) -> Line {
        Line {
            text: text.into(),
            source: Some(source.citation()),
        }
    }
}

impl Card {
    /// The part of `kind`, if the card has it.
    pub fn part(&self, kind: PartKind) -> Option<&Part> {
        self.parts.iter().find(|p| p.kind == kind)
    }
}

/// The card for `plan` in `lang`; `today` decides whether it says "submitted today".
pub fn card(plan: &Plan, lang: Lang, today: Date) -> Card {
    let mut parts = vec![act(plan, lang), when(plan, lang, today)];
    if let Some(a) = answers(plan, lang) {
        parts.push(a);
    }
    if plan.applies {
        parts.push(documents(plan, lang));
        parts.push(fees(plan, lang));
        parts.push(where_to_apply(plan, lang));
        parts.push(steps(plan, lang));
        parts.push(items(
            PartKind::Refusal,
            S::RefusalGrounds.get(lang),
            &plan.refusal_grounds,
            lang,
        ));
        parts.push(items(
            PartKind::Appeal,
            S::Appeal.get(lang),
            plan.appeal.as_slice(),
            lang,
        ));
        parts.push(open(plan, lang));
    }
    parts.push(check(plan, lang));
    parts.retain(|p| !p.lines.is_empty());
    shorten_citations(&mut parts, &plan.regulation.source.file);
    Card {
        service: plan.service.clone(),
        situation: plan.situation.clone(),
        submitted: plan.submitted,
        lang,
        title: format!(
            "{} — {}",
            plan.service_title.get(lang),
            plan.situation_title.get(lang)
        ),
        parts,
    }
}

/// The act's own text is named once, on the act's line; every other line citing it
/// gives only its lines ("l. 95"), which a caller can read out and a chat can hold.
fn shorten_citations(parts: &mut [Part], file: &str) {
    let prefix = format!("{file}, ");
    for line in parts.iter_mut().flat_map(|p| p.lines.iter_mut()).skip(1) {
        if let Some(s) = &mut line.source {
            if let Some(rest) = s.strip_prefix(&prefix) {
                *s = rest.to_string();
            }
        }
    }
}

fn part(kind: PartKind, heading: &str, lines: Vec<Line>) -> Part {
    Part {
        kind,
        heading: heading.to_string(),
        lines,
    }
}

fn act(plan: &Plan, lang: Lang) -> Part {
    let r = &plan.regulation;
    let mut lines = vec![Line::cited(
        format!(
            "{} — {}",
            r.act.get(lang),
            standing_label(&r.standing).get(lang)
        ),
        &r.source,
    )];
    lines.extend(
        plan.warnings
            .iter()
            .filter(|w| w.is_status())
            .map(|w| Line::plain(w.say(lang))),
    );
    if !plan.applies {
        lines.push(Line::plain(S::NothingApplies.get(lang)));
        if let Some(d) = r.nearest_day_in_force {
            lines.push(Line::plain(tf(
                lang,
                D::LastDayInForce,
                &[("date", &day(lang, d))],
            )));
        }
    }
    part(PartKind::Act, D::PartAct.get(lang), lines)
}

fn when(plan: &Plan, lang: Lang, today: Date) -> Part {
    let submitted = day(lang, plan.submitted);
    let mut lines = vec![Line::plain(if plan.submitted == today {
        tf(lang, D::SubmittedToday, &[("date", &submitted)])
    } else {
        tf(lang, D::SubmittedOn, &[("date", &submitted)])
    })];
    if plan.applies {
        lines.extend(due(&plan.completion, lang));
    }
    part(PartKind::When, D::PartWhen.get(lang), lines)
}

/// The due date, why, and each day the count passed over.
fn due(c: &Completion, lang: Lang) -> Vec<Line> {
    let mut lines = vec![];
    match (c.earliest, c.latest) {
        (e, Some(l)) => {
            lines.push(Line::plain(tf(
                lang,
                D::ResultDueBy,
                &[("date", &day(lang, l))],
            )));
            if let Some(e) = e.filter(|e| *e < l) {
                lines.push(Line::plain(tf(
                    lang,
                    D::ResultEarliest,
                    &[("date", &day(lang, e))],
                )));
            }
        }
        (Some(e), None) => lines.push(Line::plain(tf(
            lang,
            D::ResultNotBefore,
            &[("date", &day(lang, e))],
        ))),
        (None, None) => lines.push(Line::plain(D::ResultNoDate.get(lang))),
    }
    let why = c.say(lang);
    lines.push(match &c.source {
        Some(source) => Line::cited(why, source),
        None => Line::plain(why),
    });
    let weekends = c
        .special_days
        .iter()
        .filter(|d| d.reason == DayReason::Weekend)
        .count();
    if weekends > 0 {
        lines.push(Line::plain(tf(
            lang,
            D::WeekendsNotCounted,
            &[("n", &weekends.to_string())],
        )));
    }
    for d in c
        .special_days
        .iter()
        .filter(|d| d.reason != DayReason::Weekend)
    {
        let key = if d.working {
            D::CountedAsWorking
        } else {
            D::NotCounted
        };
        lines.push(Line::plain(tf(lang, key, &[("day", &d.say(lang))])));
    }
    if let Some(r) = c.rolled_from {
        lines.push(Line::plain(tf(
            lang,
            S::RolledFrom,
            &[("date", &day(lang, r))],
        )));
    }
    lines
}

/// The answers the card rests on. An unanswered question is not listed: what depends
/// on it is marked where it stands ("if it applies: for foreign citizens"), never left
/// out, and the desk shows every question as a toggle beside the card.
fn answers(plan: &Plan, lang: Lang) -> Option<Part> {
    let lines: Vec<Line> =
        plan.questions
            .iter()
            .filter_map(|q| {
                let a = q.answer.as_ref()?;
                let answer = match q.kind {
                    QuestionKind::Date => crate::engine::date::parse_date(a)
                        .map_or_else(|_| a.clone(), |d| day(lang, d)),
                    QuestionKind::YesNo => match a.as_str() {
                        "yes" => S::Yes.get(lang).to_string(),
                        "no" => S::No.get(lang).to_string(),
                        other => other.to_string(),
                    },
                    QuestionKind::Choice => q
                        .options
                        .iter()
                        .find(|(id, _)| id == a)
                        .map_or_else(|| a.clone(), |(_, t)| t.get(lang).to_string()),
                };
                Some(Line::plain(tf(
                    lang,
                    D::Answered,
                    &[("question", q.text.get(lang)), ("answer", &answer)],
                )))
            })
            .collect();
    (!lines.is_empty()).then(|| part(PartKind::Answers, D::PartAnswers.get(lang), lines))
}

fn documents(plan: &Plan, lang: Lang) -> Part {
    let lines = plan
        .documents
        .iter()
        .map(|d| {
            let mut t = format!(
                "{} ({})",
                d.title.get(lang),
                form_label(d.original_or_copy).get(lang)
            );
            if let Some(n) = d.count {
                t.push_str(&format!(" ×{n}"));
            }
            if d.required == Required::IfApplicable {
                t.push_str(&format!(" — {}", S::IfApplies.get(lang)));
                if let Some(c) = &d.condition {
                    t.push_str(&format!(": {}", c.get(lang)));
                }
            }
            if let Some(nb) = d.issued_not_before {
                t.push_str(&format!(
                    "; {}",
                    tf(lang, S::IssuedOnOrAfter, &[("date", &day(lang, nb))])
                ));
                if let Some(a) = d.validity.as_ref().and_then(|v| v.applies.as_ref()) {
                    t.push_str(&format!(
                        " ({})",
                        tf(lang, S::Applies, &[("text", a.get(lang))])
                    ));
                }
            }
            if let Some(a) = &d.alert {
                t.push_str(&format!(" — ! {}", a.say(lang)));
            }
            Line::cited(t, &d.source)
        })
        .collect();
    let n = plan.documents.len().to_string();
    part(
        PartKind::Documents,
        &tf(lang, S::Documents, &[("n", &n)]),
        lines,
    )
}

fn fees(plan: &Plan, lang: Lang) -> Part {
    let lines = plan
        .fees
        .iter()
        .map(|f| {
            Line::cited(
                format!(
                    "{}: {} — {}",
                    f.title.get(lang),
                    charge_amount(&f.charge, lang),
                    f.charge.say(lang)
                ),
                &f.source,
            )
        })
        .collect();
    part(PartKind::Fees, S::Fees.get(lang), lines)
}

fn where_to_apply(plan: &Plan, lang: Lang) -> Part {
    let mut lines: Vec<Line> = plan
        .providers
        .iter()
        .chain(&plan.channels)
        .map(|i| Line::cited(i.text.get(lang), &i.source))
        .collect();
    lines.extend(plan.offices.iter().map(|o| {
        let mut t = o.address.get(lang).to_string();
        if let Some(p) = &o.phone {
            t.push_str(&format!(", {}", tf(lang, D::Phone, &[("phone", p)])));
        }
        if let Some(w) = &o.website {
            t.push_str(&format!(", {w}"));
        }
        Line::cited(t, &o.source)
    }));
    if let Some(h) = &plan.office_hours {
        lines.push(Line::cited(office_hours(h, lang), &h.source));
    }
    part(PartKind::Where, D::PartWhere.get(lang), lines)
}

fn steps(plan: &Plan, lang: Lang) -> Part {
    let lines = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (term, when) = (step_term(s, lang), step_when(s, lang));
            let mut t = tf(
                lang,
                D::StepLine,
                &[
                    ("n", &(i + 1).to_string()),
                    ("title", s.title.get(lang)),
                    ("term", &term),
                    ("when", &when),
                ],
            );
            if let Some(c) = &s.contingency {
                t.push_str(&format!(
                    " ({})",
                    tf(lang, S::OnlyIf, &[("text", c.get(lang))])
                ));
            }
            Line::cited(t, &s.source)
        })
        .collect();
    part(PartKind::Steps, S::Steps.get(lang), lines)
}

fn items(kind: PartKind, heading: &str, items: &[Item], lang: Lang) -> Part {
    let lines = items
        .iter()
        .map(|i| Line::cited(i.text.get(lang), &i.source))
        .collect();
    part(kind, heading, lines)
}

fn open(plan: &Plan, lang: Lang) -> Part {
    let lines = plan
        .gaps
        .iter()
        .map(|g| {
            Line::cited(
                format!("{} → {}", g.what.get(lang), g.refers_to.get(lang)),
                &g.source,
            )
        })
        .collect();
    part(PartKind::Open, S::NotInRegulation.get(lang), lines)
}

fn check(plan: &Plan, lang: Lang) -> Part {
    let mut lines: Vec<Line> = plan
        .barred_by
        .iter()
        .map(|b| {
            Line::cited(
                tf(lang, D::Refused, &[("ground", b.text.get(lang))]),
                &b.source,
            )
        })
        .collect();
    lines.extend(
        plan.warnings
            .iter()
            .filter(|w| !w.is_status())
            .map(|w| Line::plain(w.say(lang))),
    );
    part(PartKind::Check, S::CheckBeforeYouGo.get(lang), lines)
}
