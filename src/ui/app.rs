//! The application shell: header with navigation and the language switcher, router,
//! footer. The language lives in a context and is remembered on the device.

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

use super::hooks::{use_lang, LangCtx};
use super::route::{switch, Route};
use super::storage;
use crate::engine::text::Lang;
use crate::locale::{native_name, S};

#[component]
fn Shell() -> Html {
    let lang = use_lang();
    let ctx = use_context::<LangCtx>();
    let on_lang = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let (Some(ctx), Ok(l)) = (&ctx, v.parse::<Lang>()) {
            ctx.set.emit(l);
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main">{ S::SkipToContent.get(lang) }</a>
            <header class="masthead">
                <Link<Route> to={Route::Catalogue} classes="brand">{ "Tartip" }</Link<Route>>
                <span class="tagline">{ S::Tagline.get(lang) }</span>
                <nav class="nav" aria-label="Tartip">
                    <Link<Route> to={Route::Catalogue}>{ S::NavServices.get(lang) }</Link<Route>>
                    <Link<Route> to={Route::Saved}>{ S::NavSaved.get(lang) }</Link<Route>>
                    <label class="lang-switch">
                        <span>{ S::Language.get(lang) }</span>
                        <select id="lang" onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.code()} selected={*l == lang} lang={l.code()}>{ native_name(*l) }</option>
                            }) }
                        </select>
                    </label>
                </nav>
            </header>
            <main id="main" lang={lang.code()}>
                <Switch<Route> render={switch} />
            </main>
            <footer class="footer">{ S::Footer.get(lang) }</footer>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LangProviderProps {
    initial: Lang,
    /// Whether to remember a change on the device.
    remember: bool,
    children: Html,
}

#[component]
fn LangProvider(props: &LangProviderProps) -> Html {
    let lang = use_state(|| props.initial);
    let remember = props.remember;
    let set = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            if remember {
                storage::write_lang(l);
            }
            lang.set(l);
        })
    };
    {
        // Screen readers and fonts follow the document's language.
        let l = *lang;
        use_effect_with(l, move |l| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", l.code());
            }
        });
    }
    let ctx = LangCtx { lang: *lang, set };
    html! {
        <ContextProvider<LangCtx> context={ctx}>{ props.children.clone() }</ContextProvider<LangCtx>>
    }
}

/// The app in the browser, routed by the address bar.
#[component]
pub fn App() -> Html {
    let initial = storage::read_lang()
        .or_else(storage::browser_lang)
        .unwrap_or(Lang::En);
    html! {
        <LangProvider {initial} remember={true}>
            <BrowserRouter>
                <Shell />
            </BrowserRouter>
        </LangProvider>
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
        <LangProvider initial={props.lang} remember={false}>
            <Router history={(*history).clone()}>
                <Shell />
            </Router>
        </LangProvider>
    }
}
