//! The catalogue: every service, grouped by country and provider, with search.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::act::Standing;
use crate::engine::calendar::Country;
use crate::engine::Catalog;
use crate::locale::{tf, S};
use crate::search::{embedded_index, Hit};
use crate::ui::components::{DataError, StatusBadge};
use crate::ui::format::today;
use crate::ui::hooks::use_lang;
use crate::ui::route::Route;

#[component]
pub fn Catalogue() -> Html {
    let lang = use_lang();
    let query = use_state(String::new);
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return html! { <DataError message={e.to_string()} /> },
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // Built on the first visit (here or on the help desk), then each keystroke only
    // compares words.
    let hits = embedded_index().map_or_else(Vec::new, |i| i.search(&query));
    let card = |h: &Hit| {
        let s = h.service;
        html! {
            <li class="card" key={s.id.clone()} data-id={s.id.clone()}>
                <Link<Route> to={Route::Service { id: s.id.clone() }}>
                    <span class="card-title">{ s.title.get(lang) }</span>
                </Link<Route>>
                if s.language != lang {
                    <span class="original" lang={s.language.code()}>{ s.title.get(s.language) }</span>
                }
                <p>{ s.summary.get(lang) }</p>
                if let Some(m) = h.matched {
                    <p class="matched">{ tf(lang, S::MatchedDocument, &[("what", m.get(lang))]) }</p>
                }
                <StatusBadge standing={catalog.period(s).standing_on(today())} />
                if catalog.period(s).standing_on(today()) == Standing::Repealed {
                    <p class="muted">{ S::Historical.get(lang) }</p>
                }
            </li>
        }
    };
    let searching = !query.trim().is_empty();
    let body = if hits.is_empty() {
        html! { <p class="notice" role="status">{ tf(lang, S::NoResults, &[("q", query.trim())]) }</p> }
    } else if searching {
        html! { <ul class="cards">{ for hits.iter().map(card) }</ul> }
    } else {
        // Country, then provider, in catalogue order.
        let mut html_groups = Vec::new();
        for country in [Country::KG, Country::KZ] {
            let in_country: Vec<&Hit> = hits
                .iter()
                .filter(|h| h.service.country == country)
                .collect();
            if in_country.is_empty() {
                continue;
            }
            let mut providers: Vec<String> = Vec::new();
            for h in &in_country {
                let p = h
                    .service
                    .providers
                    .first()
                    .map_or_else(String::new, |p| p.name.get(lang).to_string());
                if !providers.contains(&p) {
                    providers.push(p);
                }
            }
            let name = match country {
                Country::KG => S::CountryKG,
                Country::KZ => S::CountryKZ,
            };
            html_groups.push(html! {
                <section class="country-group" key={country.code()}>
                    <h2>{ name.get(lang) }</h2>
                    { for providers.iter().map(|p| html! {
                        <div class="provider">
                            if !p.is_empty() { <h3>{ p.clone() }</h3> }
                            <ul class="cards">
                                { for in_country.iter().filter(|h| {
                                    h.service.providers.first().map_or_else(String::new, |x| x.name.get(lang).to_string()) == *p
                                }).map(|h| card(h)) }
                            </ul>
                        </div>
                    }) }
                </section>
            });
        }
        html! { <>{ for html_groups }</> }
    };
    html! {
        <section>
            <h1>{ S::ChooseService.get(lang) }</h1>
            <div class="field search">
                <label for="search">{ S::SearchLabel.get(lang) }</label>
                <input id="search" type="search" value={(*query).clone()} {oninput}
                    placeholder={S::SearchPlaceholder.get(lang)} autocomplete="off" />
            </div>
            { body }
        </section>
    }
}
