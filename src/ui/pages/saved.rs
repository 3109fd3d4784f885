//! The applications saved on this device: open, delete, or clear everything.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::date::parse_date;
use crate::engine::Catalog;
use crate::saved::Loaded;
use crate::ui::i18n::{day, tf, S};
use crate::ui::route::Route;
use crate::ui::state::{use_lang, PlanQuery};
use crate::ui::storage;

#[component]
pub fn SavedPage() -> Html {
    let lang = use_lang();
    let loaded = use_state(storage::read);
    let cleared = use_state(|| false);
    let catalog = Catalog::embedded().ok();
    let clear = {
        let loaded = loaded.clone();
        let cleared = cleared.clone();
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(S::ClearConfirm.get(lang)) {
                storage::clear();
                loaded.set(storage::read());
                cleared.set(true);
            }
        })
    };
    let problem = match &*loaded {
        Loaded::Broken { error } => Some(tf(lang, S::StorageBroken, &[("error", error)])),
        Loaded::Newer { format } => Some(tf(
            lang,
            S::StorageNewer,
            &[("version", &format.to_string())],
        )),
        _ => None,
    };
    let apps = match &*loaded {
        Loaded::Ready(s) => s.applications.clone(),
        _ => Vec::new(),
    };
    html! {
        <section>
            <h1>{ S::MyApplications.get(lang) }</h1>
            if let Some(p) = problem { <p class="error" role="alert">{ p }</p> }
            if *cleared { <p role="status" class="saved-notice">{ S::Cleared.get(lang) }</p> }
            if apps.is_empty() {
                <p class="muted">{ S::NoSaved.get(lang) }</p>
            } else {
                <ul class="saved">
                    { for apps.iter().map(|a| {
                        let service = catalog.and_then(|c| c.service(&a.service));
                        let title = service.map_or_else(|| a.service.clone(), |s| s.title.get(lang).to_string());
                        let situation = service
                            .and_then(|s| s.situations.iter().find(|x| x.id == a.situation))
                            .map_or_else(|| a.situation.clone(), |x| x.title.get(lang).to_string());
                        let query = PlanQuery { submitted: Some(a.submitted.clone()), answers: a.answers.clone(), at: None }.to_map();
                        let delete = {
                            let loaded = loaded.clone();
                            let id = a.id.clone();
                            Callback::from(move |_: MouseEvent| {
                                let _ = storage::update(|s| s.delete(&id));
                                loaded.set(storage::read());
                            })
                        };
                        let submitted = parse_date(&a.submitted).map_or_else(|_| a.submitted.clone(), |d| day(lang, d));
                        html! {
                            <li key={a.id.clone()} class="card" data-id={a.id.clone()}>
                                <strong>{ title }</strong>
                                <span>{ format!("{situation} · {submitted}") }</span>
                                <span class="muted">{ tf(lang, S::SavedOn, &[("date", &a.saved_on)]) }</span>
                                <div class="actions">
                                    <Link<Route, std::collections::BTreeMap<String, String>>
                                        to={Route::Plan { id: a.service.clone(), situation: a.situation.clone() }}
                                        query={Some(query)} classes="button">{ S::Open.get(lang) }</Link<Route, std::collections::BTreeMap<String, String>>>
                                    <button type="button" class="secondary" onclick={delete}>{ S::Delete.get(lang) }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p><button type="button" class="danger" id="clear" onclick={clear}>{ S::ClearAll.get(lang) }</button></p>
        </section>
    }
}
