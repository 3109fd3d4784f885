//! The result for one situation on one date: documents, fees, steps, completion.
//! Everything shown comes from the engine's plan; this page only lays it out.

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::plan::{plan, Plan, Request};
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::ui::components::{
    AnswerChange, CompletionPanel, DataError, DocumentChecklist, GapList, QuestionForm,
    ScheduleList, SourceNote, StatusBadge, Timeline, Warnings,
};
use crate::ui::format::{day, today};
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub id: AttrValue,
    pub situation: AttrValue,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let location = use_location();
    let navigator = use_navigator();
    let query: BTreeMap<String, String> = location
        .and_then(|l| l.query::<BTreeMap<String, String>>().ok())
        .unwrap_or_default();

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
            let mut next = query.clone();
            match c.value {
                Some(v) => next.insert(c.key, v),
                None => next.remove(&c.key),
            };
            if let Some(nav) = &navigator {
                // A query of plain strings always serialises.
                let _ = nav.push_with_query(&route, &next);
            }
        })
    };

    let raw_date = query
        .get("submitted")
        .cloned()
        .unwrap_or_else(|| today().to_string());
    let answers: BTreeMap<String, String> = query
        .iter()
        .filter(|(k, v)| k.as_str() != "submitted" && !v.is_empty())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    let submitted = match parse_date(&raw_date) {
        Ok(d) => d,
        Err(e) => {
            return html! {
                <section>
                    <DataError message={format!("The submission date in this link is wrong: {e}. Pick a date:")} />
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
        answers,
    };
    match plan(catalog, &req) {
        Ok(p) => html! { <PlanView plan={p} raw_date={raw_date} {on_change} /> },
        Err(e) => html! {
            <section>
                <DataError message={format!("This link cannot be shown: {e}.")} />
                <Link<Route> to={Route::Service { id: props.id.to_string() }}>{ "Start again from the service" }</Link<Route>>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct PlanViewProps {
    plan: Plan,
    raw_date: AttrValue,
    on_change: Callback<AnswerChange>,
}

#[component]
fn PlanView(props: &PlanViewProps) -> Html {
    let p = &props.plan;
    let r = &p.regulation;
    html! {
        <article class="plan">
            <nav class="crumbs">
                <Link<Route> to={Route::Service { id: p.service.clone() }}>{ p.service_title.get(Lang::En) }</Link<Route>>
            </nav>
            <h1>{ p.situation_title.get(Lang::En) }</h1>
            <p class="muted">
                { format!("Submitted {} · {} · ", day(p.submitted), r.act.get(Lang::En)) }
                <StatusBadge status={r.status} />
            </p>
            <div class="layout">
                <aside class="inputs">
                    <QuestionForm submitted={props.raw_date.clone()} questions={p.questions.clone()} on_change={props.on_change.clone()} />
                </aside>
                <div class="results">
                    <CompletionPanel completion={p.completion.clone()} conventions={p.conventions.clone()} />
                    <Warnings warnings={p.warnings.clone()} />
                    <DocumentChecklist documents={p.documents.clone()} />
                    <section id="fees">
                        <h2>{ "Fees" }</h2>
                        <ul>
                            { for p.fees.iter().map(|f| html! {
                                <li key={f.id.clone()}>
                                    <strong>{ f.title.get(Lang::En) }</strong>{ ": " }
                                    { match (f.amount, &f.currency) {
                                        (Some(a), Some(c)) => format!("{a} {c}. "),
                                        (Some(_), None) => "free. ".to_string(),
                                        _ => "amount not in the regulation. ".to_string(),
                                    } }
                                    { f.basis.get(Lang::En) }
                                    <SourceNote source={f.source.clone()} />
                                </li>
                            }) }
                        </ul>
                    </section>
                    <Timeline steps={p.steps.clone()} />
                    <ScheduleList schedules={p.schedules.clone()} />
                    <section id="refusal">
                        <h2>{ "Grounds for refusal" }</h2>
                        <ul>
                            { for p.refusal_grounds.iter().map(|g| html! {
                                <li key={g.id.clone()}>{ g.text.get(Lang::En) }<SourceNote source={g.source.clone()} /></li>
                            }) }
                        </ul>
                    </section>
                    <GapList gaps={p.gaps.clone()} />
                    <section id="act">
                        <h2>{ "The regulation" }</h2>
                        <p lang="ky" class="original">{ r.act.get(Lang::Ky) }</p>
                        <p>{ r.issuer.get(Lang::En) }</p>
                        if let Some(n) = &r.note { <p class="warning">{ n.get(Lang::En) }</p> }
                        <SourceNote source={r.source.clone()} />
                    </section>
                </div>
            </div>
        </article>
    }
}
