//! The result for one situation on one date: documents, fees, steps, completion.
//! Everything shown comes from the engine's plan; this page only lays it out.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::plan::{plan, Plan, Request};
use crate::engine::Catalog;
use crate::locale::{charge_amount, date_error, day, office_hours, plan_error, tf, Say, S};
use crate::saved::{ticks_key, SavedApplication};
use crate::ui::components::{
    AnswerChange, CompletionPanel, DataError, DocumentChecklist, GapList, ItemList, PackagePanel,
    QuestionForm, ScheduleList, SourceNote, StatusBadge, Timeline, Warnings,
};
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_plan_query, use_store};
use crate::ui::query::{PlanQuery, Step};
use crate::ui::route::Route;
use crate::ui::store::Action;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub id: AttrValue,
    pub situation: AttrValue,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let lang = use_lang();
    let query = use_plan_query();
    let navigator = use_navigator();
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    let route = Route::Plan {
        id: props.id.to_string(),
        situation: props.situation.to_string(),
    };
    let on_change = {
        let query = query.clone();
        let route = route.clone();
        Callback::from(move |c: AnswerChange| {
            let mut next = query.at(None);
            if c.key == "submitted" {
                next.submitted = c.value;
            } else {
                match c.value {
                    Some(v) => next.answers.insert(c.key, v),
                    None => next.answers.remove(&c.key),
                };
            }
            if let Some(nav) = &navigator {
                // A query of plain strings always serialises.
                let _ = nav.push_with_query(&route, &next.to_map());
            }
        })
    };

    let raw_date = query
        .submitted
        .clone()
        .unwrap_or_else(|| today().to_string());
    let submitted = match parse_date(&raw_date) {
        Ok(d) => d,
        Err(e) => {
            return html! {
                <section>
                    <DataError message={tf(lang, S::DateWrong, &[("error", &date_error(&e, lang))])} />
                    <QuestionForm submitted={""} questions={Vec::new()} on_change={on_change} />
                </section>
            }
        }
    };
    let req = Request {
        service: &props.id,
        situation: &props.situation,
        submitted,
        submitted_at: None,
        answers: query.answers.clone(),
    };
    match plan(catalog, &req) {
        Ok(p) => {
            html! { <PlanView plan={Rc::new(p)} raw_date={raw_date} query={query.at(None)} {on_change} /> }
        }
        Err(e) => html! {
            <section>
                <DataError message={tf(lang, S::LinkCannotBeShown, &[("error", &plan_error(&e, lang))])} />
                <Link<Route> to={Route::Service { id: props.id.to_string() }}>{ S::StartAgain.get(lang) }</Link<Route>>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct PlanViewProps {
    /// Shared with the package panel rather than copied for it.
    plan: Rc<Plan>,
    raw_date: AttrValue,
    query: PlanQuery,
    on_change: Callback<AnswerChange>,
}

#[component]
fn PlanView(props: &PlanViewProps) -> Html {
    let lang = use_lang();
    let p = &props.plan;
    let r = &p.regulation;
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let review = props.query.at(Some(Step::Review)).to_map();
    let status = p.warnings.iter().find(|w| w.is_status()).map(|w| {
        let class = if !p.applies {
            "status-panel not-in-force"
        } else if r.standing.is_uncertain() {
            "status-panel uncertain"
        } else {
            "status-panel"
        };
        html! { <p id="act-status" class={class} role={(!p.applies || r.standing.is_uncertain()).then_some("alert")}>{ w.say(lang) }</p> }
    });
    // A bar on the result comes first, beside the act's standing: nothing below leads
    // to a result the answers bar.
    let bars = html! {
        { for p.warnings.iter().filter(|w| w.is_bar()).map(|w| html! {
            <p class="status-panel not-in-force barred" role="alert">{ w.say(lang) }</p>
        }) }
    };
    let barred = !p.barred_by.is_empty();
    let other_warnings: Vec<crate::engine::text::Text> = p
        .warnings
        .iter()
        .filter(|w| !w.is_status() && !w.is_bar())
        .map(Say::text)
        .collect();
    // The service, the situation, the date, the act and its standing on that date.
    let header = html! {
        <>
            <nav class="crumbs">
                <Link<Route> to={Route::Service { id: p.service.clone() }}>{ p.service_title.get(lang) }</Link<Route>>
            </nav>
            <h1>{ p.situation_title.get(lang) }</h1>
            <p class="muted">
                { format!("{} · {} · ", tf(lang, S::Submitted, &[("date", &day(lang, p.submitted))]), r.act.get(lang)) }
                <StatusBadge standing={r.standing.clone()} />
            </p>
        </>
    };
    // The act the plan rests on, at the foot of the page whether or not it applies.
    let act = html! {
        <section id="act">
            <h2>{ S::TheRegulation.get(lang) }</h2>
            <p class="original">{ r.act.get(lang) }</p>
            <p>{ r.issuer.get(lang) }</p>
            <SourceNote source={r.source.clone()} />
        </section>
    };
    if !p.applies {
        let then = r.nearest_day_in_force.map(|d| {
            let mut q = props.query.at(None);
            q.submitted = Some(d.to_string());
            html! {
                <p>
                    <Link<Route, std::collections::BTreeMap<String, String>>
                        to={Route::Plan { id: p.service.clone(), situation: p.situation.clone() }}
                        query={Some(q.to_map())} classes="button secondary see-when-in-force">
                        { tf(lang, S::SeeWhenInForce, &[("date", &day(lang, d))]) }
                    </Link<Route, std::collections::BTreeMap<String, String>>>
                </p>
            }
        });
        return html! {
            <article class="plan">
                { header }
                { status }
                <p>{ S::NothingApplies.get(lang) }</p>
                { then }
                <QuestionForm submitted={props.raw_date.clone()} questions={Vec::new()} on_change={props.on_change.clone()} />
                { act.clone() }
            </article>
        };
    }
    html! {
        <article class="plan">
            { header }
            <div class="toolbar">
                <Link<Route, std::collections::BTreeMap<String, String>>
                    to={Route::Interview { id: p.service.clone(), situation: p.situation.clone() }}
                    query={Some(review)} classes="button secondary">
                    { S::ChangeAnswers.get(lang) }
                </Link<Route, std::collections::BTreeMap<String, String>>>
                <SaveButton plan={p.clone()} />
                <button type="button" class="secondary" onclick={print}>{ S::Print.get(lang) }</button>
            </div>
            <div class="layout">
                <aside class="inputs">
                    <QuestionForm submitted={props.raw_date.clone()} questions={p.questions.clone()} on_change={props.on_change.clone()} />
                </aside>
                <div class="results">
                    { status }
                    { bars }
                    <CompletionPanel completion={p.completion.clone()} conventions={p.conventions.clone()} plan={Some(p.clone())} />
                    <Warnings warnings={other_warnings} />
                    if !barred {
                    <DocumentChecklist documents={p.documents.clone()} key_name={ticks_key(&p.service, &p.situation)} />
                    <PackagePanel plan={p.clone()} ticks_key={ticks_key(&p.service, &p.situation)} />
                    <section id="fees">
                        <h2>{ S::Fees.get(lang) }</h2>
                        <ul>
                            { for p.fees.iter().map(|f| html! {
                                <li key={f.id.clone()} data-id={f.id.clone()}>
                                    <strong>{ f.title.get(lang) }</strong>{ ": " }
                                    <span class="amount">{ charge_amount(&f.charge, lang) }</span>{ ". " }
                                    { f.charge.say(lang) }
                                    <SourceNote source={f.source.clone()} />
                                </li>
                            }) }
                        </ul>
                    </section>
                    <Timeline steps={p.steps.clone()} />
                    }
                    <ScheduleList schedules={p.schedules.clone()} />
                    <ItemList id="result" title={S::Result.get(lang)} items={vec![p.result.clone()]} />
                    <ItemList id="delivery" title={S::Delivery.get(lang)} items={p.delivery.clone()} />
                    if !p.offices.is_empty() || p.office_hours.is_some() {
                        <section id="offices">
                            <h2>{ S::Offices.get(lang) }</h2>
                            <ul>
                                { for p.offices.iter().map(|o| html! {
                                    <li key={o.id.clone()}>
                                        { o.address.get(lang) }
                                        if let Some(ph) = &o.phone { { format!(" · {ph}") } }
                                        if let Some(w) = &o.website { { format!(" · {w}") } }
                                        <SourceNote source={o.source.clone()} />
                                    </li>
                                }) }
                            </ul>
                            if let Some(h) = &p.office_hours {
                                <p>
                                    { office_hours(h, lang) }
                                    <SourceNote source={h.source.clone()} />
                                </p>
                            }
                        </section>
                    }
                    <ItemList id="refusal" title={S::RefusalGrounds.get(lang)} items={p.refusal_grounds.clone()} />
                    <ItemList id="return" title={S::ReturnGrounds.get(lang)} items={p.return_grounds.clone()} />
                    <ItemList id="suspension" title={S::SuspensionGrounds.get(lang)} items={p.suspension_grounds.clone()} />
                    <ItemList id="appeal" title={S::Appeal.get(lang)} items={p.appeal.iter().cloned().collect::<Vec<_>>()} />
                    <GapList gaps={p.gaps.clone()} />
                    { act }
                </div>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct SaveButtonProps {
    plan: Rc<Plan>,
}

/// Keeps the application in the store, then says whether the device kept it.
#[component]
fn SaveButton(props: &SaveButtonProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let asked = use_state(|| false);
    let save = {
        let store = store.dispatcher();
        let asked = asked.clone();
        let p = props.plan.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::SaveApplication(SavedApplication::new(
                &p.service,
                &p.situation,
                p.submitted,
                p.answers.clone(),
                today(),
            )));
            asked.set(true);
        })
    };
    html! {
        <>
            <button type="button" id="save" onclick={save}>{ S::Save.get(lang) }</button>
            if *asked {
                { match &store.problem {
                    None => html! { <span role="status" class="saved-notice">{ S::SavedNotice.get(lang) }</span> },
                    Some(p) => html! { <span role="alert" class="error">{ p.words(lang) }</span> },
                } }
            }
        </>
    }
}
