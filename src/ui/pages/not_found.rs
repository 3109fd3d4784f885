use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::route::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="notice">
            <h1>{ "Page not found" }</h1>
            <p>{ "This address does not lead to a service Tartip knows." }</p>
            <Link<Route> to={Route::Catalogue}>{ "See all services" }</Link<Route>>
        </section>
    }
}
