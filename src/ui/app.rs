//! The application shell: header, router, footer.

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

use super::route::{switch, Route};

#[component]
fn Shell() -> Html {
    html! {
        <>
            <header class="masthead">
                <Link<Route> to={Route::Catalogue} classes="brand">{ "Tartip" }</Link<Route>>
                <span class="tagline">{ "Public services of Kyrgyzstan and Kazakhstan, step by step" }</span>
            </header>
            <main id="main">
                <Switch<Route> render={switch} />
            </main>
            <footer class="footer">
                { "Tartip works on your device: nothing you enter is sent anywhere. \
                   Figures come from the regulation texts, each with its source; \
                   Russian and English renderings are unofficial translations." }
            </footer>
        </>
    }
}

/// The app in the browser, routed by the address bar.
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Shell />
        </BrowserRouter>
    }
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// Path and query, e.g. `/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19`.
    pub url: AttrValue,
}

/// The same app on an in-memory history, for server-side rendering in tests.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    let (path, query) = props.url.split_once('?').unwrap_or((&props.url, ""));
    // A raw query string always converts.
    let _ = history.push_with_query(path.to_string(), Raw(query));
    html! {
        <Router {history}>
            <Shell />
        </Router>
    }
}
