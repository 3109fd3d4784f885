//! A service: its act and the situations the regulation distinguishes.

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::ui::components::{DataError, SourceNote, StatusBadge};
use crate::ui::format::today;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct ServicePageProps {
    pub id: AttrValue,
}

#[component]
pub fn ServicePage(props: &ServicePageProps) -> Html {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    let Some(service) = catalog.service(&props.id) else {
        return html! {
            <DataError message={format!("Tartip knows no service '{}'. Known services: {}.", props.id, catalog.service_ids().join(", "))} />
        };
    };
    let query = BTreeMap::from([("submitted".to_string(), today().to_string())]);
    html! {
        <section>
            <h1>{ service.title.get(Lang::En) }</h1>
            <p class="original" lang={service.language.code()}>{ service.title.get(service.language) }</p>
            <p>{ service.act.title.get(Lang::En) }{ " " }<StatusBadge status={service.act.status} /></p>
            if let Some(note) = &service.act.note {
                <p class="warning">{ note.get(Lang::En) }</p>
            }
            <SourceNote source={service.act.source.clone()} />
            <h2>{ "What is your situation?" }</h2>
            <ul class="situations">
                { for service.situations.iter().map(|s| html! {
                    <li key={s.id.clone()}>
                        <Link<Route, BTreeMap<String, String>>
                            to={Route::Plan { id: service.id.clone(), situation: s.id.clone() }}
                            query={Some(query.clone())}>
                            { s.title.get(Lang::En) }
                        </Link<Route, BTreeMap<String, String>>>
                        <span class="muted">{ s.description.get(Lang::En) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
