//! The applications saved on this device: open, delete, import a dossier, or clear
//! everything. Reads the store and dispatches to it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::locale::{day, tf, S};
use crate::package::dossier::Dossier;
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_store, StoreHandle};
use crate::ui::query::PlanQuery;
use crate::ui::route::Route;
use crate::ui::store::{Action, Kept};

/// What became of the last dossier the person opened.
#[derive(Clone, Debug, PartialEq)]
enum Imported {
    /// Handed to the store; whether the device kept it shows in the store's problem.
    Taken,
    Cancelled,
    Refused(String),
}

#[component]
pub fn SavedPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    let cleared = use_state(|| false);
    let imported = use_state(|| None::<Imported>);
    let catalog = Catalog::embedded().ok();
    let clear = {
        let store = store.dispatcher();
        let cleared = cleared.clone();
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(S::ClearConfirm.get(lang)) {
                store.dispatch(Action::ClearAll);
                cleared.set(true);
            }
        })
    };
    let on_import = {
        let store = store.clone();
        let imported = imported.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let store = store.clone();
            let imported = imported.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
                imported.set(Some(import_text(&text, &store, lang)));
            });
        })
    };
    let problem = match &store.kept {
        Kept::Broken { error } => Some(tf(lang, S::StorageBroken, &[("error", error)])),
        Kept::Newer { format } => Some(tf(
            lang,
            S::StorageNewer,
            &[("version", &format.to_string())],
        )),
        Kept::Nothing | Kept::Readable => None,
    };
    // Only what the device keeps is listed (nothing is saved over a copy Tartip cannot read).
    let apps = if store.kept.writable() {
        store.store.applications.clone()
    } else {
        Vec::new()
    };
    let import_result = match &*imported {
        Some(Imported::Taken) => Some(match &store.problem {
            None => Ok(S::ImportDone.get(lang).to_string()),
            Some(p) => Err(p.words(lang)),
        }),
        Some(Imported::Cancelled) => Some(Ok(S::ImportCancelled.get(lang).to_string())),
        Some(Imported::Refused(m)) => Some(Err(m.clone())),
        None => None,
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
                        let query = PlanQuery { submitted: Some(a.submitted.to_string()), answers: a.answers.clone(), at: None }.to_map();
                        let delete = {
                            let store = store.dispatcher();
                            let id = a.id.clone();
                            Callback::from(move |_: MouseEvent| store.dispatch(Action::DeleteApplication(id.clone())))
                        };
                        html! {
                            <li key={a.id.clone()} class="card" data-id={a.id.clone()}>
                                <strong>{ title }</strong>
                                <span>{ format!("{situation} · {}", day(lang, a.submitted)) }</span>
                                <span class="muted">{ tf(lang, S::SavedOn, &[("date", &a.saved_on.to_string())]) }</span>
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
            <div class="field">
                <label for="import">{ S::ImportLabel.get(lang) }</label>
                <input type="file" id="import" accept=".json,application/json" onchange={on_import} />
            </div>
            { match import_result {
                Some(Ok(m)) => html! { <p role="status" class="saved-notice" id="import-result">{ m }</p> },
                Some(Err(m)) => html! { <p role="alert" class="error" id="import-result">{ m }</p> },
                None => html! {},
            } }
            <p><button type="button" class="danger" id="clear" onclick={clear}>{ S::ClearAll.get(lang) }</button></p>
        </section>
    }
}

/// Reads a dossier file and hands it to the store, asking before anything saved is
/// replaced.
fn import_text(text: &str, store: &StoreHandle, lang: Lang) -> Imported {
    let d = match Dossier::import(text) {
        Ok(d) => d,
        Err(e) => return Imported::Refused(crate::locale::import_error(&e, lang)),
    };
    let known = Catalog::embedded()
        .ok()
        .and_then(|c| c.service(&d.service))
        .is_some_and(|s| s.situations.iter().any(|x| x.id == d.situation));
    if !known {
        return Imported::Refused(tf(
            lang,
            S::ImportUnknownService,
            &[("id", &format!("{}/{}", d.service, d.situation))],
        ));
    }
    if !store.kept.writable() {
        return Imported::Refused(S::StorageKeptUntouched.get(lang).to_string());
    }
    if !store.store.import_conflicts(&d).is_empty()
        && !gloo::dialogs::confirm(S::ImportReplaceConfirm.get(lang))
    {
        return Imported::Cancelled;
    }
    store.dispatch(Action::Import {
        dossier: Box::new(d),
        today: today(),
    });
    Imported::Taken
}
