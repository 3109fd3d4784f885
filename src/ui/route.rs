//! Deep links: every page has a URL that reproduces it on another device.

use yew::prelude::*;
use yew_router::prelude::*;

use super::pages::{Catalogue, NotFound, PlanPage, ServicePage};

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Catalogue,
    #[at("/service/:id")]
    Service { id: String },
    /// The query holds `submitted=YYYY-MM-DD` and one `key=value` per answer.
    #[at("/service/:id/:situation")]
    Plan { id: String, situation: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalogue => html! { <Catalogue /> },
        Route::Service { id } => html! { <ServicePage {id} /> },
        Route::Plan { id, situation } => html! { <PlanPage {id} {situation} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
