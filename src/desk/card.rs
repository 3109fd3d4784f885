//! The answer card: a plan worded for one caller, in one language, as titled parts of
//! short lines, each with the source of what it states. The desk draws it, and the same
//! card becomes the text an operator pastes and what `tartip answer` prints.

use serde::Serialize;

use crate::engine::calendar::DayReason;
use crate::engine::date::Date;
use crate::engine::plan::{Completion, Item, Plan, Required};
use crate::engine::regulation::QuestionKind;
use crate::engine::source::Source;
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
}

/// What every part is worded with: the plan, the caller's language, and the act's own
/// text, which is named once, on the act's line. Every other line citing it gives only
/// its lines ("l. 95"), which a caller can read out and a chat can hold.
struct Wording<'p> {
    plan: &'p Plan,
    lang: Lang,
}

impl Wording<'_> {
    fn cite(&self, text: impl Into<String>, source: &Source) -> Line {
        let citation = if source.file == self.plan.regulation.source.file {
            let mut s = String::with_capacity(16);
            source.push_lines(&mut s);
            s
        } else {
            source.citation()
        };
        Line {
            text: text.into(),
            source: Some(citation),
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
    let w = Wording { plan, lang };
    let mut parts = Vec::with_capacity(11);
    parts.extend([w.act(), w.when(today)]);
    parts.extend(w.answers());
    if plan.applies {
        parts.extend([
            w.documents(),
            w.fees(),
            w.where_to_apply(),
            w.steps(),
            w.items(
                PartKind::Refusal,
                S::RefusalGrounds.get(lang),
                &plan.refusal_grounds,
            ),
            w.items(
                PartKind::Appeal,
                S::Appeal.get(lang),
                plan.appeal.as_slice(),
            ),
            w.open(),
        ]);
    }
    parts.push(w.check());
    parts.retain(|p| !p.lines.is_empty());
    Card {
        service: plan.service.clone(),
        situation: plan.situation.clone(),
        submitted: plan.submitted,
        lang,
        title: concat(&[
            plan.service_title.get(lang),
            " — ",
            plan.situation_title.get(lang),
        ]),
        parts,
    }
}

/// The pieces one after another, in one allocation.
fn concat(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    s.extend(pieces.iter().copied());
    s
}

fn part(kind: PartKind, heading: &str, lines: Vec<Line>) -> Part {
    Part {
        kind,
        heading: heading.to_string(),
        lines,
    }
}

impl Wording<'_> {
    fn act(&self) -> Part {
        let (plan, lang) = (self.plan, self.lang);
        let r = &plan.regulation;
        // The act's line names its text in full: the other lines give only lines of it.
        let mut lines = vec![Line {
            text: concat(&[
                r.act.get(lang),
                " — ",
                standing_label(&r.standing).get(lang),
            ]),
            source: Some(r.source.citation()),
        }];
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

    fn when(&self, today: Date) -> Part {
        let (plan, lang) = (self.plan, self.lang);
        let submitted = day(lang, plan.submitted);
        let key = if plan.submitted == today {
            D::SubmittedToday
        } else {
            D::SubmittedOn
        };
        let mut lines = vec![Line::plain(tf(lang, key, &[("date", &submitted)]))];
        if plan.applies {
            self.due(&plan.completion, &mut lines);
        }
        part(PartKind::When, D::PartWhen.get(lang), lines)
    }

    /// The due date, why, and each day the count passed over.
    fn due(&self, c: &Completion, lines: &mut Vec<Line>) {
        let lang = self.lang;
        let dated = |key: D, date: Date| Line::plain(tf(lang, key, &[("date", &day(lang, date))]));
        match (c.earliest, c.latest) {
            (e, Some(l)) => {
                lines.push(dated(D::ResultDueBy, l));
                if let Some(e) = e.filter(|e| *e < l) {
                    lines.push(dated(D::ResultEarliest, e));
                }
            }
            (Some(e), None) => lines.push(dated(D::ResultNotBefore, e)),
            (None, None) => lines.push(Line::plain(D::ResultNoDate.get(lang))),
        }
        let why = c.say(lang);
        lines.push(match &c.source {
            Some(source) => self.cite(why, source),
            None => Line::plain(why),
        });
        let weekends = c
            .special_days
            .iter()
            .filter(|d| d.reason == DayReason::Weekend)
            .count();
        if weekends > 0 {
            let mut n = itoa::Buffer::new();
            lines.push(Line::plain(tf(
                lang,
                D::WeekendsNotCounted,
                &[("n", n.format(weekends))],
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
    }

    /// The answers the card rests on. An unanswered question is not listed: what
    /// depends on it is marked where it stands ("if it applies: for foreign
    /// citizens"), never left out, and the desk shows every question as a toggle
    /// beside the card.
    fn answers(&self) -> Option<Part> {
        let lang = self.lang;
        let lines: Vec<Line> = self
            .plan
            .questions
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

    fn documents(&self) -> Part {
        let (plan, lang) = (self.plan, self.lang);
        let lines = plan
            .documents
            .iter()
            .map(|d| {
                let mut t = concat(&[
                    d.title.get(lang),
                    " (",
                    form_label(d.original_or_copy).get(lang),
                    ")",
                ]);
                if let Some(n) = d.count {
                    t.push_str(" ×");
                    t.push_str(itoa::Buffer::new().format(n));
                }
                if d.required == Required::IfApplicable {
                    t.extend([" — ", S::IfApplies.get(lang)]);
                    if let Some(c) = &d.condition {
                        t.extend([": ", c.get(lang)]);
                    }
                }
                if let Some(nb) = d.issued_not_before {
                    let issued = tf(lang, S::IssuedOnOrAfter, &[("date", &day(lang, nb))]);
                    t.extend(["; ", &issued]);
                    if let Some(a) = d.validity.as_ref().and_then(|v| v.applies.as_ref()) {
                        t.extend([" (", &tf(lang, S::Applies, &[("text", a.get(lang))]), ")"]);
                    }
                }
                if let Some(a) = &d.alert {
                    t.extend([" — ! ", &a.say(lang)]);
                }
                self.cite(t, &d.source)
            })
            .collect();
        let mut n = itoa::Buffer::new();
        part(
            PartKind::Documents,
            &tf(lang, S::Documents, &[("n", n.format(plan.documents.len()))]),
            lines,
        )
    }

    fn fees(&self) -> Part {
        let lang = self.lang;
        let lines = self
            .plan
            .fees
            .iter()
            .map(|f| {
                let text = concat(&[
                    f.title.get(lang),
                    ": ",
                    &charge_amount(&f.charge, lang),
                    " — ",
                    &f.charge.say(lang),
                ]);
                self.cite(text, &f.source)
            })
            .collect();
        part(PartKind::Fees, S::Fees.get(lang), lines)
    }

    fn where_to_apply(&self) -> Part {
        let (plan, lang) = (self.plan, self.lang);
        let mut lines: Vec<Line> = plan
            .providers
            .iter()
            .chain(&plan.channels)
            .map(|i| self.cite(i.text.get(lang), &i.source))
            .collect();
        lines.extend(plan.offices.iter().map(|o| {
            let mut t = o.address.get(lang).to_string();
            if let Some(p) = &o.phone {
                t.extend([", ", &tf(lang, D::Phone, &[("phone", p)])]);
            }
            if let Some(w) = &o.website {
                t.extend([", ", w]);
            }
            self.cite(t, &o.source)
        }));
        if let Some(h) = &plan.office_hours {
            lines.push(self.cite(office_hours(h, lang), &h.source));
        }
        part(PartKind::Where, D::PartWhere.get(lang), lines)
    }

    fn steps(&self) -> Part {
        let lang = self.lang;
        let mut n = itoa::Buffer::new();
        let lines = self
            .plan
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (term, when) = (step_term(s, lang), step_when(s, lang));
                let mut t = tf(
                    lang,
                    D::StepLine,
                    &[
                        ("n", n.format(i + 1)),
                        ("title", s.title.get(lang)),
                        ("term", &term),
                        ("when", &when),
                    ],
                );
                if let Some(c) = &s.contingency {
                    t.extend([" (", &tf(lang, S::OnlyIf, &[("text", c.get(lang))]), ")"]);
                }
                self.cite(t, &s.source)
            })
            .collect();
        part(PartKind::Steps, S::Steps.get(lang), lines)
    }

    fn items(&self, kind: PartKind, heading: &str, items: &[Item]) -> Part {
        let lines = items
            .iter()
            .map(|i| self.cite(i.text.get(self.lang), &i.source))
            .collect();
        part(kind, heading, lines)
    }

    fn open(&self) -> Part {
        let lang = self.lang;
        let lines = self
            .plan
            .gaps
            .iter()
            .map(|g| {
                let text = concat(&[g.what.get(lang), " → ", g.refers_to.get(lang)]);
                self.cite(text, &g.source)
            })
            .collect();
        part(PartKind::Open, S::NotInRegulation.get(lang), lines)
    }

    fn check(&self) -> Part {
        let (plan, lang) = (self.plan, self.lang);
        let mut lines: Vec<Line> = plan
            .barred_by
            .iter()
            .map(|b| {
                self.cite(
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
}
