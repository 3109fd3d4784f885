//! Browser tests: the real app mounted in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use tartip::engine::text::Lang;
use tartip::saved::{load, Loaded, KEY};
use tartip::ui::app::{ServerApp, ServerAppProps};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(url: &str) -> Element {
    mount_app(url).await.1
}

/// The app at `url` in a new element, and its handle to unmount it.
async fn mount_app(url: &str) -> (AppHandle<ServerApp>, Element) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let app = yew::Renderer::<ServerApp>::with_root_and_props(
        host.clone(),
        ServerAppProps {
            url: url.to_string().into(),
            lang: Lang::En,
        },
    )
    .render();
    let shown = host.clone();
    eventually(move || shown.child_element_count() > 0).await;
    settle().await;
    (app, host)
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The ticks the device keeps for one checklist.
fn stored_ticks(list: &str) -> Vec<String> {
    match load(local_storage().get_item(KEY).unwrap().as_deref()) {
        Loaded::Ready(store) => store.ticks.get(list).cloned().unwrap_or_default(),
        Loaded::Empty => Vec::new(),
        other => panic!("the store is unreadable: {other:?}"),
    }
}

fn first_box(host: &Element) -> HtmlInputElement {
    host.query_selector("#documents input[type=checkbox]")
        .unwrap()
        .expect("a checklist")
        .dyn_into()
        .unwrap()
}

/// Lets Yew's scheduler render.
async fn settle() {
    TimeoutFuture::new(20).await;
}

/// Waits (up to two seconds) until `done` holds: on a busy machine a render and the
/// store's write can take longer than one pause.
async fn eventually(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        TimeoutFuture::new(20).await;
    }
    done()
}

fn text(host: &Element, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_lost_licence_plan_renders_and_reacts_to_answers() {
    let host = mount("/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19").await;
    assert_eq!(text(&host, "#completion-latest"), "Wed 26.03.2025");
    let docs = host
        .query_selector_all("#documents li.document")
        .unwrap()
        .length();
    assert!(docs >= 6, "{docs} documents");

    // Answering "data are in the e-database" removes the training certificate.
    assert!(host
        .query_selector(r#"li[data-id="training-certificate"]"#)
        .unwrap()
        .is_some());
    let select: web_sys::HtmlSelectElement = host
        .query_selector("#q-data_in_database")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("yes");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(host
        .query_selector(r#"li[data-id="training-certificate"]"#)
        .unwrap()
        .is_none());
}

/// A tick goes to the store and the device: a fresh mount of the page (as after a
/// reload) renders it ticked, and unticking is kept the same way. The browser toggles a
/// clicked box by itself, so only the stored copy and a new render tell.
#[wasm_bindgen_test]
async fn ticking_a_document_keeps_it_ticked() {
    let url = "/service/kg-driving-licence-issue/intl-in-person?submitted=2025-03-19";
    let list = "kg-driving-licence-issue/intl-in-person";
    local_storage().remove_item(KEY).unwrap();

    let (app, host) = mount_app(url).await;
    let first = first_box(&host);
    let document = first.id().strip_prefix("doc-").unwrap().to_string();
    assert!(!first.checked(), "unticked before");
    assert!(stored_ticks(list).is_empty(), "nothing kept before");
    first.unchecked_ref::<HtmlElement>().click();
    eventually(|| stored_ticks(list) == [document.as_str()]).await;
    assert_eq!(stored_ticks(list), [document.as_str()], "the tick is kept");
    assert!(first_box(&host).checked());
    app.destroy();

    let (app, host) = mount_app(url).await;
    let again = first_box(&host);
    assert_eq!(again.id(), format!("doc-{document}"));
    assert!(again.checked(), "ticked after a new mount");
    again.unchecked_ref::<HtmlElement>().click();
    eventually(|| stored_ticks(list).is_empty()).await;
    assert!(stored_ticks(list).is_empty(), "the untick is kept");
    app.destroy();

    let (app, host) = mount_app(url).await;
    assert!(!first_box(&host).checked(), "unticked after a new mount");
    app.destroy();
    local_storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn changing_the_date_recomputes_the_completion() {
    let host = mount("/service/kg-driving-licence-issue/intl-in-person?submitted=2025-03-19").await;
    let input: HtmlInputElement = host
        .query_selector("#submitted")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Thu 01.05.2025 + 4 working days: 02–11.05 are the May holidays of 2025 (Victory
    // Day and Constitution Day joined by transfers), so 12, 13, 14 and 15 May.
    input.set_value("2025-05-01");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(text(&host, "#completion-latest"), "Thu 15.05.2025");
}
