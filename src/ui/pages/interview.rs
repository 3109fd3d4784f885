//! The guided interview: the submission date, then one question per screen (only those
//! whose answer changes this situation's outcome, as the engine decides), then a review
//! where any answer can be changed. Every answer lives in the URL as soon as it is
//! given, so Back, reload and a shared link never lose it.

use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::plan::{plan, AskedQuestion, Request};
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::locale::{day, tf, S};
use crate::ui::components::DataError;
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_plan_query};
use crate::ui::query::PlanQuery;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct InterviewProps {
    pub id: AttrValue,
    pub situation: AttrValue,
}

const DATE: &str = "date";
const REVIEW: &str = "review";

#[component]
pub fn Interview(props: &InterviewProps) -> Html {
    let lang = use_lang();
    let query = use_plan_query();
    let navigator = use_navigator();
    let heading = use_node_ref();
    let at = query.at.clone().unwrap_or_else(|| DATE.to_string());
    {
        // Move focus to each new question, so keyboard and screen-reader users land on it.
        let heading = heading.clone();
        use_effect_with(at.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    let Some(service) = catalog.service(&props.id) else {
        return html! { <DataError message={tf(lang, S::UnknownService, &[("id", &props.id)])} /> };
    };
    let Some(situation) = service
        .situations
        .iter()
        .find(|s| s.id == props.situation.as_str())
    else {
        return html! {
            <section>
                <DataError message={format!("unknown situation '{}'", props.situation)} />
                <Link<Route> to={Route::Service { id: service.id.clone() }}>{ S::StartAgain.get(lang) }</Link<Route>>
            </section>
        };
    };

    let raw_date = query.submitted.clone().unwrap_or_default();
    let date_ok = parse_date(&raw_date);
    let req = Request {
        service: &service.id,
        situation: &situation.id,
        submitted: date_ok.clone().unwrap_or_else(|_| today()),
        submitted_at: None,
        answers: query.answers.clone(),
    };
    let questions: Vec<AskedQuestion> = match plan(catalog, &req) {
        Ok(p) => p.questions,
        Err(e) => {
            return html! {
                <section>
                    <DataError message={tf(lang, S::LinkCannotBeShown, &[("error", &e.to_string())])} />
                    <Link<Route> to={Route::Service { id: service.id.clone() }}>{ S::StartAgain.get(lang) }</Link<Route>>
                </section>
            }
        }
    };

    let mut steps: Vec<String> = vec![DATE.to_string()];
    steps.extend(questions.iter().map(|q| q.id.clone()));
    steps.push(REVIEW.to_string());
    // A question that stopped mattering (another answer changed) falls to the review.
    let index = steps
        .iter()
        .position(|s| *s == at)
        .unwrap_or(steps.len() - 1);
    let current = steps[index].clone();

    let interview = Route::Interview {
        id: service.id.clone(),
        situation: situation.id.clone(),
    };
    let go = {
        let navigator = navigator.clone();
        let interview = interview.clone();
        move |q: PlanQuery, replace: bool| {
            if let Some(nav) = &navigator {
                let map = q.to_map();
                let _ = if replace {
                    nav.replace_with_query(&interview, &map)
                } else {
                    nav.push_with_query(&interview, &map)
                };
            }
        }
    };
    let set_answer = {
        let query = query.clone();
        let go = go.clone();
        move |key: String, value: Option<String>| {
            let mut q = query.clone();
            if key == DATE {
                q.submitted = value;
            } else {
                match value {
                    Some(v) => q.answers.insert(key, v),
                    None => q.answers.remove(&key),
                };
            }
            go(q, true);
        }
    };
    let to_step = |step: Option<&String>| -> Callback<MouseEvent> {
        let go = go.clone();
        let query = query.clone();
        let step = step.cloned();
        Callback::from(move |_| {
            if let Some(s) = &step {
                go(query.at(Some(s)), false);
            }
        })
    };
    let next = to_step(steps.get(index + 1));
    let back = to_step(index.checked_sub(1).and_then(|i| steps.get(i)));
    let skip = {
        let query = query.clone();
        let go = go.clone();
        let current = current.clone();
        let following = steps.get(index + 1).cloned();
        Callback::from(move |_: MouseEvent| {
            let mut q = query.clone();
            q.answers.remove(&current);
            go(q.at(following.as_deref()), false);
        })
    };

    let total = steps.len() - 1;
    let progress = if current == REVIEW {
        html! {}
    } else {
        html! {
            <p class="progress" aria-live="polite">
                <progress max={total.to_string()} value={(index + 1).to_string()}></progress>
                { " " }{ tf(lang, S::QuestionOf, &[("n", &(index + 1).to_string()), ("total", &total.to_string())]) }
            </p>
        }
    };

    let back_button = if index == 0 {
        html! {
            <Link<Route> to={Route::Service { id: service.id.clone() }} classes="button secondary">{ S::Back.get(lang) }</Link<Route>>
        }
    } else {
        html! { <button type="button" class="secondary" id="back" onclick={back}>{ S::Back.get(lang) }</button> }
    };

    let body = if current == DATE {
        let set = set_answer.clone();
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            set(DATE.to_string(), (!v.is_empty()).then_some(v));
        });
        html! {
            <>
                <h1 ref={heading.clone()} tabindex="-1"><label for="submitted">{ S::SubmissionDate.get(lang) }</label></h1>
                <p class="help" id="submitted-help">{ S::SubmissionDateHelp.get(lang) }</p>
                <input type="date" id="submitted" aria-describedby="submitted-help" value={raw_date.clone()} {onchange} />
                if let Err(e) = &date_ok {
                    if !raw_date.is_empty() {
                        <p class="error" role="alert">{ e.clone() }</p>
                    }
                }
                <div class="actions">
                    { back_button }
                    <button type="button" id="next" onclick={next} disabled={date_ok.is_err()}>{ S::Next.get(lang) }</button>
                </div>
            </>
        }
    } else if current == REVIEW {
        let plan_link = query.at(None).to_map();
        let change = |step: &str| -> Callback<MouseEvent> { to_step(Some(&step.to_string())) };
        html! {
            <>
                <h1 ref={heading.clone()} tabindex="-1">{ S::ReviewTitle.get(lang) }</h1>
                <dl class="review">
                    <div>
                        <dt>{ S::Situation.get(lang) }</dt>
                        <dd>{ situation.title.get(lang) }</dd>
                        <dd><Link<Route> to={Route::Service { id: service.id.clone() }}>{ S::Change.get(lang) }</Link<Route>></dd>
                    </div>
                    <div>
                        <dt>{ S::SubmissionDate.get(lang) }</dt>
                        <dd>{ date_ok.as_ref().map_or_else(|_| raw_date.clone(), |d| day(lang, *d)) }</dd>
                        <dd><button type="button" class="link" onclick={change(DATE)}>{ S::Change.get(lang) }</button></dd>
                    </div>
                    { for questions.iter().map(|q| html! {
                        <div key={q.id.clone()} data-id={q.id.clone()}>
                            <dt>{ q.text.get(lang) }</dt>
                            <dd class="answer">{ answer_label(q, lang) }</dd>
                            <dd><button type="button" class="link" onclick={change(&q.id)}>{ S::Change.get(lang) }</button></dd>
                        </div>
                    }) }
                </dl>
                <div class="actions">
                    { back_button }
                    <Link<Route, BTreeMap<String, String>>
                        to={Route::Plan { id: service.id.clone(), situation: situation.id.clone() }}
                        query={Some(plan_link)} classes="button" >
                        { S::SeePlan.get(lang) }
                    </Link<Route, BTreeMap<String, String>>>
                </div>
            </>
        }
    } else {
        let q = questions
            .iter()
            .find(|q| q.id == current)
            .expect("a step is a question");
        let control = question_control(q, lang, set_answer.clone());
        html! {
            <>
                <fieldset>
                    <legend><h1 ref={heading.clone()} tabindex="-1">{ q.text.get(lang) }</h1></legend>
                    if let Some(h) = &q.help { <p class="help">{ h.get(lang) }</p> }
                    { control }
                </fieldset>
                <div class="actions">
                    { back_button }
                    <button type="button" class="secondary" id="skip" onclick={skip}>{ S::Skip.get(lang) }</button>
                    <button type="button" id="next" onclick={next}>{ S::Next.get(lang) }</button>
                </div>
            </>
        }
    };

    html! {
        <section class="interview" data-step={current.clone()}>
            <p class="crumbs">
                <Link<Route> to={Route::Service { id: service.id.clone() }}>{ service.title.get(lang) }</Link<Route>>
                { " · " }{ situation.title.get(lang) }
            </p>
            { progress }
            { body }
        </section>
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

/// Radio buttons for a choice, a date field for a date.
fn question_control(
    q: &AskedQuestion,
    lang: Lang,
    set: impl Fn(String, Option<String>) + Clone + 'static,
) -> Html {
    let id = q.id.clone();
    match q.kind {
        QuestionKind::Date => {
            let onchange = Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                set(id.clone(), (!v.is_empty()).then_some(v));
            });
            html! {
                <input type="date" id={format!("q-{}", q.id)} aria-label={q.text.get(lang).to_string()}
                    value={q.answer.clone().unwrap_or_default()} {onchange} />
            }
        }
        QuestionKind::YesNo | QuestionKind::Choice => {
            let options: Vec<(String, String)> = if q.kind == QuestionKind::YesNo {
                vec![
                    ("yes".into(), S::Yes.get(lang).into()),
                    ("no".into(), S::No.get(lang).into()),
                ]
            } else {
                q.options
                    .iter()
                    .map(|(v, t)| (v.clone(), t.get(lang).to_string()))
                    .collect()
            };
            html! {
                <div class="options">
                    { for options.into_iter().map(|(value, label)| {
                        let input_id = format!("q-{}-{value}", q.id);
                        let set = set.clone();
                        let key = id.clone();
                        let v = value.clone();
                        let onchange = Callback::from(move |_: Event| set(key.clone(), Some(v.clone())));
                        html! {
                            <div class="option">
                                <input type="radio" id={input_id.clone()} name={q.id.clone()} value={value.clone()}
                                    checked={q.answer.as_deref() == Some(value.as_str())} {onchange} />
                                <label for={input_id}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            }
        }
    }
}
