//! The answer card on screen: the parts of [`crate::desk::Card`], the due date,
//! documents and fee always in view, the long parts folded, and the answers that change
//! the card as toggles on it.

use std::rc::Rc;

use yew::prelude::*;

use crate::desk::{Card, Diff, Line, Part, PartKind};
use crate::engine::plan::{AskedQuestion, Plan};
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;
use crate::locale::{standing_label, D, S};
use crate::ui::components::{AnswerChange, CountCalendar};

#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    pub plan: Rc<Plan>,
    pub card: Rc<Card>,
    pub on_change: Callback<AnswerChange>,
    pub heading_ref: NodeRef,
    /// Shown beside the act's standing (the desk's status line).
    #[prop_or_default]
    pub children: Html,
}

/// One line, its source small after it.
fn line(l: &Line, marked: bool, lang: Lang) -> Html {
    html! {
        <li class={classes!(marked.then_some("differs"))}>
            if marked {
                <span class="diff-mark" role="img" aria-label={D::Differs.get(lang)}>{ "≠" }</span>
            }
            { l.text.clone() }
            if let Some(s) = &l.source { { " " }<small class="src">{ s.clone() }</small> }
        </li>
    }
}

/// A part as a titled list; `marks` flags the lines that differ from the other card.
pub fn part_list(p: &Part, lang: Lang, marks: Option<&[bool]>) -> Html {
    html! {
        <ul>
            { for p.lines.iter().enumerate().map(|(i, l)| {
                line(l, marks.and_then(|m| m.get(i)).copied().unwrap_or(false), lang)
            }) }
        </ul>
    }
}

fn kind_id(k: PartKind) -> &'static str {
    match k {
        PartKind::Act => "act",
        PartKind::When => "when",
        PartKind::Answers => "answers",
        PartKind::Documents => "documents",
        PartKind::Fees => "fees",
        PartKind::Where => "where",
        PartKind::Steps => "steps",
        PartKind::Refusal => "refusal",
        PartKind::Appeal => "appeal",
        PartKind::Open => "open",
        PartKind::Check => "check",
    }
}

/// The due date as the card's `data-due`: what tests and the key-press timing watch.
fn due(plan: &Plan) -> String {
    plan.completion
        .latest
        .map(|d| d.to_string())
        .unwrap_or_default()
}

#[component]
pub fn CardView(props: &CardViewProps) -> Html {
    let (plan, card) = (&props.plan, &props.card);
    let lang = card.lang;
    let section = |k: PartKind, extra: Html| -> Html {
        match card.part(k) {
            Some(p) => html! {
                <section id={format!("desk-{}", kind_id(k))} class="desk-part" aria-labelledby={format!("desk-{}-h", kind_id(k))}>
                    <h3 id={format!("desk-{}-h", kind_id(k))}>{ p.heading.clone() }</h3>
                    { part_list(p, lang, None) }
                    { extra }
                </section>
            },
            None => html! {},
        }
    };
    let folded = |k: PartKind, open: bool| -> Html {
        match card.part(k) {
            Some(p) => html! {
                <details id={format!("desk-{}", kind_id(k))} class="desk-part" open={open}>
                    <summary>{ p.heading.clone() }{ format!(" ({})", p.lines.len()) }</summary>
                    { part_list(p, lang, None) }
                </details>
            },
            None => html! {},
        }
    };
    let documents = card.part(PartKind::Documents).map(|p| {
        html! {
            <section id="desk-documents" class="desk-part" aria-labelledby="desk-documents-h">
                <h3 id="desk-documents-h">{ p.heading.clone() }</h3>
                <ul>
                    // One line per document of the plan, in its order.
                    { for p.lines.iter().zip(plan.documents.iter()).map(|(l, d)| html! {
                        <li key={d.id.clone()} data-id={d.id.clone()}
                            class={classes!("desk-doc", (d.required == crate::engine::plan::Required::IfApplicable).then_some("if"))}>
                            { l.text.clone() }
                            if let Some(s) = &l.source { { " " }<small class="src">{ s.clone() }</small> }
                        </li>
                    }) }
                </ul>
            </section>
        }
    });
    let count = html! {
        <details id="desk-count" class="desk-count">
            <summary>{ D::CountDetails.get(lang) }</summary>
            <CountCalendar plan={plan.clone()} lang={Some(lang)} />
        </details>
    };
    let standing = standing_label(&plan.regulation.standing).get(lang);
    html! {
        <article class="desk-card" lang={lang.code()} aria-labelledby="desk-card-title"
            data-service={card.service.clone()} data-situation={card.situation.clone()}
            data-submitted={card.submitted.to_string()} data-lang={lang.code()} data-due={due(plan)}>
            <header class="desk-card-head">
                <h2 id="desk-card-title" tabindex="-1" ref={props.heading_ref.clone()}>{ card.title.clone() }</h2>
                <span class={classes!("badge", (!plan.applies).then_some("repealed"))}>{ standing }</span>
                { props.children.clone() }
            </header>
            <div class="desk-cols">
                <div class="desk-col desk-col-when">
                    { section(PartKind::When, count) }
                    { section(PartKind::Fees, html! {}) }
                    { section(PartKind::Where, html! {}) }
                </div>
                <div class="desk-col desk-col-docs">
                    { for documents }
                    if !plan.applies { { section(PartKind::Act, html! {}) } }
                </div>
                <div class="desk-col desk-col-more">
                    <Toggles questions={plan.questions.clone()} {lang} on_change={props.on_change.clone()} />
                    { folded(PartKind::Steps, false) }
                    { folded(PartKind::Refusal, false) }
                    { folded(PartKind::Appeal, false) }
                    { folded(PartKind::Check, !plan.barred_by.is_empty()) }
                    { folded(PartKind::Open, false) }
                    if plan.applies { { folded(PartKind::Act, false) } }
                </div>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct TogglesProps {
    questions: Vec<AskedQuestion>,
    lang: Lang,
    on_change: Callback<AnswerChange>,
}

/// The answers that change this card: a radio group per yes/no or choice question
/// (with "not answered", so nothing depending on one is hidden), a date field per date.
#[component]
fn Toggles(props: &TogglesProps) -> Html {
    let lang = props.lang;
    if props.questions.is_empty() {
        return html! {};
    }
    let emit = |key: String| AnswerChange::on_input(&props.on_change, key);
    html! {
        <section id="desk-answers" class="desk-part" aria-labelledby="desk-answers-h">
            <h3 id="desk-answers-h">{ D::ChangesCard.get(lang) }</h3>
            { for props.questions.iter().map(|q| {
                let current = q.answer.clone().unwrap_or_default();
                match q.kind {
                    QuestionKind::Date => {
                        let id = format!("desk-q-{}", q.id);
                        html! {
                            <div class="toggle" key={q.id.clone()} data-id={q.id.clone()}>
                                <label for={id.clone()}>{ q.text.get(lang) }</label>
                                <input type="date" id={id} value={current} onchange={emit(q.id.clone())} />
                            </div>
                        }
                    }
                    QuestionKind::YesNo | QuestionKind::Choice => {
                        let mut options: Vec<(String, String)> = if q.kind == QuestionKind::YesNo {
                            vec![("yes".into(), S::Yes.get(lang).into()), ("no".into(), S::No.get(lang).into())]
                        } else {
                            q.options.iter().map(|(v, t)| (v.clone(), t.get(lang).to_string())).collect()
                        };
                        options.push((String::new(), S::NotAnswered.get(lang).to_string()));
                        html! {
                            <fieldset class="toggle" key={q.id.clone()} data-id={q.id.clone()}>
                                <legend>{ q.text.get(lang) }</legend>
                                { for options.into_iter().map(|(v, t)| {
                                    let id = if v.is_empty() { format!("desk-q-{}--", q.id) } else { format!("desk-q-{}-{v}", q.id) };
                                    html! {
                                        <label class="choice" for={id.clone()}>
                                            <input type="radio" id={id} name={format!("desk-q-{}", q.id)} value={v.clone()}
                                                checked={current == v} onchange={emit(q.id.clone())} />
                                            { t }
                                        </label>
                                    }
                                }) }
                            </fieldset>
                        }
                    }
                }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub left: Rc<Card>,
    pub right: Rc<Card>,
    pub diff: Rc<Diff>,
}

/// Two cards side by side, every part open, each line the other card lacks marked ≠.
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = props.left.lang;
    let side = |c: &Card, right: bool| {
        let marks = if right {
            &props.diff.right
        } else {
            &props.diff.left
        };
        html! {
            <article class="desk-compare-card" lang={c.lang.code()} data-side={if right { "right" } else { "left" }}
                data-situation={c.situation.clone()} data-submitted={c.submitted.to_string()}>
                <h3>{ c.title.clone() }</h3>
                { for c.parts.iter().enumerate().map(|(i, p)| html! {
                    <section class="desk-part" data-kind={kind_id(p.kind)}>
                        <h4>{ p.heading.clone() }</h4>
                        { part_list(p, lang, marks.get(i).map(|m| m.as_slice())) }
                    </section>
                }) }
            </article>
        }
    };
    html! {
        <section id="desk-compare" class="desk-compare" lang={lang.code()} aria-labelledby="desk-compare-h">
            <h2 id="desk-compare-h" tabindex="-1">{ crate::locale::tf(lang, D::CompareTitle, &[("n", &props.diff.count().to_string())]) }</h2>
            <div class="desk-compare-cols">
                { side(&props.left, false) }
                { side(&props.right, true) }
            </div>
        </section>
    }
}
