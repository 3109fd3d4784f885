//! The guided interview: the submission date, then one question per screen (only those
//! whose answer changes this situation's outcome, as the engine decides), then a review
//! where any answer can be changed. Every answer lives in the URL as soon as it is
//! given, so Back, reload and a shared link never lose it; the screen is the URL's `at`
//! ([`Step`]).
//!
//! This file finds the service and the questions the engine asks; [`Steps`] orders the
//! screens, [`Nav`] moves between them, and each screen is its own component:
//! [`WhenStep`], [`QuestionStep`], [`ReviewStep`].

mod nav;
mod question;
mod review;
mod steps;
mod when;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::plan::{plan, AskedQuestion, PlanError, Request};
use crate::engine::Catalog;
use crate::locale::{date_error, plan_error, tf, S};
use crate::ui::components::DataError;
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_plan_query};
use crate::ui::query::Step;
use crate::ui::route::Route;
use nav::Nav;
use question::QuestionStep;
use review::ReviewStep;
use steps::Steps;
use when::WhenStep;

#[derive(Properties, PartialEq)]
pub struct InterviewProps {
    pub id: AttrValue,
    pub situation: AttrValue,
}

#[component]
pub fn Interview(props: &InterviewProps) -> Html {
    let lang = use_lang();
    let query = use_plan_query();
    let navigator = use_navigator();
    let heading = use_node_ref();
    let at = query.at.clone().unwrap_or(Step::When);
    {
        // Move focus to each new screen, so keyboard and screen-reader users land on it.
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
    let start_again = html! {
        <Link<Route> to={Route::Service { id: props.id.to_string() }}>{ S::StartAgain.get(lang) }</Link<Route>>
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
                <DataError message={plan_error(&PlanError::UnknownSituation {
                    service: service.id.clone(),
                    id: props.situation.to_string(),
                    valid: service.situations.iter().map(|s| s.id.clone()).collect(),
                }, lang)} />
                { start_again }
            </section>
        };
    };

    let raw_date = query.submitted.clone().unwrap_or_default();
    let date = parse_date(&raw_date);
    let req = Request {
        service: &service.id,
        situation: &situation.id,
        submitted: date.clone().unwrap_or_else(|_| today()),
        submitted_at: None,
        answers: query.answers.clone(),
    };
    let questions: Vec<AskedQuestion> = match plan(catalog, &req) {
        Ok(p) => p.questions,
        Err(e) => {
            return html! {
                <section>
                    <DataError message={tf(lang, S::LinkCannotBeShown, &[("error", &plan_error(&e, lang))])} />
                    { start_again }
                </section>
            }
        }
    };
    let steps = Steps::new(questions.iter().map(|q| q.id.as_str()), &at);

    let nav = Nav {
        navigator,
        route: Route::Interview {
            id: service.id.clone(),
            situation: situation.id.clone(),
        },
        query: query.clone(),
    };
    let (n, total) = steps.progress();
    let back = match steps.back() {
        None => html! {
            <Link<Route> to={Route::Service { id: service.id.clone() }} classes="button secondary">{ S::Back.get(lang) }</Link<Route>>
        },
        Some(step) => html! {
            <button type="button" class="secondary" id="back" onclick={nav.click(Some(step))}>{ S::Back.get(lang) }</button>
        },
    };

    let body = match steps.current() {
        Step::When => html! {
            <WhenStep heading={heading.clone()} raw_date={raw_date.clone()} error={date.err().map(|e| AttrValue::from(date_error(&e, lang)))}
                {back} on_date={nav.set_date()} on_next={nav.click(steps.next())} />
        },
        Step::Question(id) => match questions.iter().find(|q| &q.id == id) {
            Some(question) => html! {
                <QuestionStep heading={heading.clone()} question={question.clone()} {back}
                    on_answer={nav.set_answer(id)} on_skip={nav.skip(id, steps.next())} on_next={nav.click(steps.next())} />
            },
            // Steps are made from these questions.
            None => html! {},
        },
        Step::Review => html! {
            <ReviewStep heading={heading.clone()} service={service.id.clone()} situation={situation.id.clone()}
                situation_title={situation.title.get(lang).to_string()} {raw_date}
                {questions} {query} {back} to_step={nav.to()} />
        },
    };

    html! {
        <section class="interview" data-step={steps.current().to_string()}>
            <p class="crumbs">
                <Link<Route> to={Route::Service { id: service.id.clone() }}>{ service.title.get(lang) }</Link<Route>>
                { " · " }{ situation.title.get(lang) }
            </p>
            if *steps.current() != Step::Review {
                <p class="progress" aria-live="polite">
                    <progress max={total.to_string()} value={n.to_string()}></progress>
                    { " " }{ tf(lang, S::QuestionOf, &[("n", &n.to_string()), ("total", &total.to_string())]) }
                </p>
            }
            { body }
        </section>
    }
}
