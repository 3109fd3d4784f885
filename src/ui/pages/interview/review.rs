//! The interview's last screen: every answer, each with a way to change it, and the
//! way to the plan.

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::plan::AskedQuestion;
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;
use crate::locale::{day, S};
use crate::ui::hooks::use_lang;
use crate::ui::query::{PlanQuery, Step};
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct ReviewStepProps {
    /// Receives focus when the screen opens.
    pub heading: NodeRef,
    pub service: AttrValue,
    pub situation: AttrValue,
    pub situation_title: AttrValue,
    /// The submission date as typed (worded if it is a date).
    pub raw_date: AttrValue,
    pub questions: Vec<AskedQuestion>,
    /// The answers, for the link to the plan.
    pub query: PlanQuery,
    pub back: Html,
    /// Opens a screen to change its answer.
    pub to_step: Callback<Step>,
}

#[component]
pub fn ReviewStep(props: &ReviewStepProps) -> Html {
    let lang = use_lang();
    let change = |step: Step| props.to_step.reform(move |_: MouseEvent| step.clone());
    let submitted =
        parse_date(&props.raw_date).map_or_else(|_| props.raw_date.to_string(), |d| day(lang, d));
    html! {
        <>
            <h1 ref={props.heading.clone()} tabindex="-1">{ S::ReviewTitle.get(lang) }</h1>
            <dl class="review">
                <div>
                    <dt>{ S::Situation.get(lang) }</dt>
                    <dd>{ props.situation_title.clone() }</dd>
                    <dd><Link<Route> to={Route::Service { id: props.service.to_string() }}>{ S::Change.get(lang) }</Link<Route>></dd>
                </div>
                <div>
                    <dt>{ S::SubmissionDate.get(lang) }</dt>
                    <dd>{ submitted }</dd>
                    <dd><button type="button" class="link" onclick={change(Step::When)}>{ S::Change.get(lang) }</button></dd>
                </div>
                { for props.questions.iter().map(|q| html! {
                    <div key={q.id.clone()} data-id={q.id.clone()}>
                        <dt>{ q.text.get(lang) }</dt>
                        <dd class="answer">{ answer_label(q, lang) }</dd>
                        <dd><button type="button" class="link" onclick={change(Step::Question(q.id.clone()))}>{ S::Change.get(lang) }</button></dd>
                    </div>
                }) }
            </dl>
            <div class="actions">
                { props.back.clone() }
                <Link<Route, BTreeMap<String, String>>
                    to={Route::Plan { id: props.service.to_string(), situation: props.situation.to_string() }}
                    query={Some(props.query.at(None).to_map())} classes="button" >
                    { S::SeePlan.get(lang) }
                </Link<Route, BTreeMap<String, String>>>
            </div>
        </>
    }
}

/// The answer as the person chose it, or "not answered".
fn answer_label(q: &AskedQuestion, lang: Lang) -> String {
    match (&q.answer, q.kind) {
        (None, _) => S::NotAnswered.get(lang).to_string(),
        (Some(a), QuestionKind::YesNo) => if a == "yes" { S::Yes } else { S::No }
            .get(lang)
            .to_string(),
        (Some(a), QuestionKind::Choice) => q
            .options
            .iter()
            .find(|(id, _)| id == a)
            .map_or_else(|| a.clone(), |(_, t)| t.get(lang).to_string()),
        (Some(a), QuestionKind::Date) => parse_date(a).map_or_else(|_| a.clone(), |d| day(lang, d)),
    }
}
