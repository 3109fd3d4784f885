//! Browser tests: the real app mounted in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use tartip::engine::text::Lang;
use tartip::ui::app::{ServerApp, ServerAppProps};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(url: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<ServerApp>::with_root_and_props(
        host.clone(),
        ServerAppProps {
            url: url.to_string().into(),
            lang: Lang::En,
        },
    )
    .render();
    settle().await;
    host
}

/// Lets Yew's scheduler render.
async fn settle() {
    TimeoutFuture::new(20).await;
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

#[wasm_bindgen_test]
async fn ticking_a_document_keeps_it_ticked() {
    let host = mount("/service/kg-driving-licence-issue/intl-in-person?submitted=2025-03-19").await;
    let boxes = host
        .query_selector_all("#documents input[type=checkbox]")
        .unwrap();
    let first: HtmlInputElement = boxes.item(0).unwrap().dyn_into().unwrap();
    assert!(!first.checked());
    first.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let first: HtmlInputElement = host
        .query_selector("#documents input[type=checkbox]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(first.checked());
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
