use yew::prelude::*;
use yew_router::prelude::*;

use crate::locale::S;
use crate::ui::hooks::use_lang;
use crate::ui::route::Route;

#[component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    html! {
        <section class="notice">
            <h1>{ S::PageNotFound.get(lang) }</h1>
            <p>{ S::PageNotFoundText.get(lang) }</p>
            <Link<Route> to={Route::Catalogue}>{ S::SeeAllServices.get(lang) }</Link<Route>>
        </section>
    }
}
