//! The catalogue: every service Tartip knows, with the status of its act.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::regulation::ActStatus;
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::ui::components::{DataError, StatusBadge};
use crate::ui::route::Route;

#[component]
pub fn Catalogue() -> Html {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    html! {
        <section>
            <h1>{ "Choose a service" }</h1>
            <ul class="cards">
                { for catalog.services.iter().map(|s| html! {
                    <li class="card" key={s.id.clone()}>
                        <Link<Route> to={Route::Service { id: s.id.clone() }}>
                            <span class="country">{ s.country.code() }</span>
                            <span class="card-title">{ s.title.get(Lang::En) }</span>
                        </Link<Route>>
                        <span class="original" lang={s.language.code()}>{ s.title.get(s.language) }</span>
                        <p>{ s.summary.get(Lang::En) }</p>
                        <StatusBadge status={s.act.status} />
                        if s.act.status == ActStatus::Repealed {
                            <p class="muted">{ "Historical: the act is no longer in force." }</p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
