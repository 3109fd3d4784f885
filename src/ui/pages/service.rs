//! A service: its act and the situations the regulation distinguishes.

use crate::locale::Say;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::plan::status::status_warning;
use crate::engine::Catalog;
use crate::locale::{tf, S};
use crate::ui::components::{DataError, SourceNote, StatusBadge};
use crate::ui::format::today;
use crate::ui::hooks::use_lang;
use crate::ui::query::{PlanQuery, Step};
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct ServicePageProps {
    pub id: AttrValue,
}

#[component]
pub fn ServicePage(props: &ServicePageProps) -> Html {
    let lang = use_lang();
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    let Some(service) = catalog.service(&props.id) else {
        return html! {
            <DataError message={format!("{} ({})", tf(lang, S::UnknownService, &[("id", &props.id)]), catalog.service_ids().join(", "))} />
        };
    };
    let act = catalog.act(service);
    let period = catalog.period(service);
    let standing = period.standing_on(today());
    let start = PlanQuery {
        submitted: Some(today().to_string()),
        at: Some(Step::When),
        ..PlanQuery::default()
    }
    .to_map();
    html! {
        <section>
            <h1>{ service.title.get(lang) }</h1>
            if service.language != lang {
                <p class="original" lang={service.language.code()}>{ service.title.get(service.language) }</p>
            }
            <p>{ act.title.get(lang) }{ " " }<StatusBadge standing={standing.clone()} /></p>
            if let Some(w) = status_warning(period, &standing, today()) {
                <p class={classes!("warning", (!standing.applies()).then_some("not-in-force"))}>{ w.say(lang) }</p>
            }
            <SourceNote source={act.source.clone()} />
            <h2>{ S::WhatIsYourSituation.get(lang) }</h2>
            <ul class="situations">
                { for service.situations.iter().map(|s| html! {
                    <li key={s.id.clone()}>
                        <Link<Route, std::collections::BTreeMap<String, String>>
                            to={Route::Interview { id: service.id.clone(), situation: s.id.clone() }}
                            query={Some(start.clone())}>
                            { s.title.get(lang) }
                        </Link<Route, std::collections::BTreeMap<String, String>>>
                        <span class="muted">{ s.description.get(lang) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
