//! Deep links: every page has a URL that reproduces it on another device.

use yew::prelude::*;
use yew_router::prelude::*;

use super::pages::{Catalogue, DeskPage, Interview, NotFound, PlanPage, SavedPage, ServicePage};

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Catalogue,
    #[at("/service/:id")]
    Service { id: String },
    /// One question at a time; the query holds `submitted`, the answers and `at`.
    #[at("/service/:id/:situation/ask")]
    Interview { id: String, situation: String },
    /// The results; the query holds `submitted=YYYY-MM-DD` and one `key=value` per answer.
    #[at("/service/:id/:situation")]
    Plan { id: String, situation: String },
    #[at("/saved")]
    Saved,
    /// The help desk: the search, then an answer card.
    #[at("/desk")]
    Desk,
    /// One answer card; the query holds `submitted`, `lang`, the answers, and `vs` or
    /// `vs_submitted` when comparing (see `desk::DeskView`).
    #[at("/desk/:service/:situation")]
    DeskCard { service: String, situation: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalogue => html! { <Catalogue /> },
        Route::Service { id } => html! { <ServicePage {id} /> },
        Route::Interview { id, situation } => html! { <Interview {id} {situation} /> },
        Route::Plan { id, situation } => html! { <PlanPage {id} {situation} /> },
        Route::Saved => html! { <SavedPage /> },
        Route::Desk => html! { <DeskPage /> },
        Route::DeskCard { service, situation } => {
            html! { <DeskPage service={Some(AttrValue::from(service))} situation={Some(AttrValue::from(situation))} /> }
        }
        Route::NotFound => html! { <NotFound /> },
    }
}
