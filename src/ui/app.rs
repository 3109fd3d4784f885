//! The application shell: header with navigation and the language switcher, router,
//! footer, inside the one store (which holds the language, remembered on the device).

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

use super::hooks::{use_lang, use_store};
use super::provider::StoreProvider;
use super::route::{switch, Route};
use super::store::Action;
use crate::engine::text::Lang;
use crate::locale::{native_name, D, S};

/// The language switcher: the only part of the shell that follows the store.
#[component]
fn LangSwitch() -> Html {
    let lang = use_lang();
    let store = use_store().dispatcher();
    let onchange = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Ok(l) = v.parse::<Lang>() {
            store.dispatch(Action::SetLang(l));
        }
    });
    html! {
        <label class="lang-switch">
            <span>{ S::Language.get(lang) }</span>
            <select id="lang" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={*l == lang} lang={l.code()}>{ native_name(*l) }</option>
                }) }
            </select>
        </label>
    }
}

#[component]
fn Shell() -> Html {
    let lang = use_lang();
    html! {
        <>
            <a class="skip-link" href="#main">{ S::SkipToContent.get(lang) }</a>
            <header class="masthead">
                <Link<Route> to={Route::Catalogue} classes="brand">{ "Tartip" }</Link<Route>>
                <span class="tagline">{ S::Tagline.get(lang) }</span>
                <nav class="nav" aria-label="Tartip">
                    <Link<Route> to={Route::Catalogue}>{ S::NavServices.get(lang) }</Link<Route>>
                    <Link<Route> to={Route::Saved}>{ S::NavSaved.get(lang) }</Link<Route>>
                    <Link<Route> to={Route::Desk}>{ D::DeskTitle.get(lang) }</Link<Route>>
                    <LangSwitch />
                </nav>
            </header>
            <main id="main" lang={lang.code()}>
                <Switch<Route> render={switch} />
            </main>
            <footer class="footer">{ S::Footer.get(lang) }</footer>
        </>
    }
}

/// The app in the browser, routed by the address bar.
#[component]
pub fn App() -> Html {
    html! {
        <StoreProvider lang={Lang::En} remember_lang={true}>
            <BrowserRouter>
                <Shell />
            </BrowserRouter>
        </StoreProvider>
    }
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// Path and query, e.g. `/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19`.
    pub url: AttrValue,
    #[prop_or(Lang::En)]
    pub lang: Lang,
}

/// The same app on an in-memory history, for server-side rendering and browser tests.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = use_memo(props.url.clone(), |url| {
        let history = AnyHistory::from(MemoryHistory::new());
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        // A raw query string always converts.
        let _ = history.push_with_query(path.to_string(), Raw(query));
        history
    });
    html! {
        <StoreProvider lang={props.lang} remember_lang={false}>
            <Router history={(*history).clone()}>
                <Shell />
            </Router>
        </StoreProvider>
    }
}
