//! The help desk (`/desk`, `/desk/<service>/<situation>?submitted=…&lang=…&<q>=<v>`):
//! a caller's situation found from a few letters, its answer card in the caller's
//! language, the text to paste, a link, and a comparison, all from the keyboard.
//!
//! Everything the card says comes from [`crate::desk`]; the address holds the card
//! ([`DeskView`]), so Back, reload and a copied link show the same card.

mod card;
mod keys;
mod search;

use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::desk::{self, Card, DeskLink, DeskView, Format, Versus};
use crate::engine::date::{parse_date, Date};
use crate::engine::plan::{plan, Plan, PlanError, Request};
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::locale::{date_error, native_name, plan_error, tf, D, S};
use crate::saved::Recent;
use crate::ui::clipboard;
use crate::ui::components::{AnswerChange, DataError};
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_store};
use crate::ui::route::Route;
use crate::ui::store::Action;

use card::{CardView, CompareView};
use keys::{command, next_lang, Command, LEGEND};
use search::{DeskSearch, Pick};

#[derive(Properties, PartialEq)]
pub struct DeskPageProps {
    #[prop_or_default]
    pub service: Option<AttrValue>,
    #[prop_or_default]
    pub situation: Option<AttrValue>,
}

/// A planned card, or why there is none.
type Planned = Result<(Rc<Plan>, Rc<Card>), PlanError>;

/// What a card depends on: service, situation, date, answers, language, today.
type CardKey = (String, String, Date, BTreeMap<String, String>, Lang, Date);

fn make(key: &CardKey) -> Planned {
    let (service, situation, submitted, answers, lang, today) = key;
    let catalog = Catalog::embedded().map_err(|_| PlanError::UnknownService {
        id: service.clone(),
        valid: vec![],
    })?;
    let req = Request {
        service,
        situation,
        submitted: *submitted,
        submitted_at: None,
        answers: answers.clone(),
    };
    let p = plan(catalog, &req)?;
    let c = desk::card(&p, *lang, *today);
    Ok((Rc::new(p), Rc::new(c)))
}

/// The other side's key: another situation gets the answers its service asks.
fn vs_key(view: &DeskView, main: &CardKey) -> Option<CardKey> {
    let (service, situation, submitted, answers, lang, today) = main.clone();
    match view.vs.as_ref()? {
        Versus::Submitted(d) => Some((service, situation, *d, answers, lang, today)),
        Versus::Situation {
            service: s2,
            situation: x2,
        } => {
            let asks: Vec<String> = Catalog::embedded()
                .ok()
                .and_then(|c| c.service(s2))
                .map(|s| s.questions.iter().map(|q| q.id.clone()).collect())
                .unwrap_or_default();
            let answers = answers
                .into_iter()
                .filter(|(k, _)| asks.contains(k))
                .collect();
            Some((s2.clone(), x2.clone(), submitted, answers, lang, today))
        }
    }
}

/// The status line after copying.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    None,
    Copied,
    LinkCopied,
    Refused(String),
}

/// Whether a key pressed in `target` belongs to it (typing, choosing) rather than to
/// the desk.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default();
            !matches!(kind.as_str(), "radio" | "checkbox" | "button" | "submit")
        }
        _ => el.get_attribute("contenteditable").is_some(),
    }
}

/// Focuses the search box with its text selected, so typing replaces it.
fn select(r: &NodeRef) {
    if let Some(el) = r.cast::<HtmlInputElement>() {
        let _ = el.focus();
        el.select();
    }
}

fn focus(r: &NodeRef) {
    if let Some(el) = r.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

#[component]
pub fn DeskPage(props: &DeskPageProps) -> Html {
    let screen = use_lang();
    let location = use_location();
    let navigator = use_navigator();
    let query_text = use_state(String::new);
    let picking = use_state(|| false);
    let status = use_state(|| Status::None);
    let refused_text = use_state(|| None::<String>);
    let search_ref = use_node_ref();
    let date_ref = use_node_ref();
    let vs_date_ref = use_node_ref();
    let heading_ref = use_node_ref();
    let focus_card = use_mut_ref(|| false);
    let focus_search = use_mut_ref(|| false);
    let today = today();

    let pairs: Vec<(String, String)> = location
        .as_ref()
        .and_then(|l| l.query::<Vec<(String, String)>>().ok())
        .unwrap_or_default();
    let map: BTreeMap<String, String> = pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let view = match (&props.service, &props.situation) {
        (Some(s), Some(x)) => Some(DeskView::from_parts(s, x, &map)),
        _ => None,
    };
    let card_lang = view.as_ref().and_then(|v| v.link.lang).unwrap_or(screen);
    let key: Option<CardKey> = view.as_ref().map(|v| {
        (
            v.link.service.clone(),
            v.link.situation.clone(),
            v.link.submitted.unwrap_or(today),
            v.link.answers.clone(),
            card_lang,
            today,
        )
    });
    let vs = view
        .as_ref()
        .zip(key.as_ref())
        .and_then(|(v, k)| vs_key(v, k));
    // Planned once per change of what the card depends on.
    let planned = use_memo(key.clone(), |k| k.as_ref().map(make));
    let other = use_memo(vs.clone(), |k| k.as_ref().map(make));
    let diff = use_memo((planned.clone(), other.clone()), |(a, b)| {
        match (a.as_ref(), b.as_ref()) {
            (Some(Ok((_, a))), Some(Ok((_, b)))) => Some(Rc::new(desk::diff(a, b))),
            _ => None,
        }
    });
    let card_now: Option<(Rc<Plan>, Rc<Card>)> = match planned.as_ref() {
        Some(Ok(x)) => Some(x.clone()),
        _ => None,
    };

    // Goes to a view: a new card is a new entry in the history, a change to the card
    // (date, language, an answer) replaces it.
    let go = {
        let navigator = navigator.clone();
        Rc::new(move |v: DeskView, push: bool| {
            let Some(nav) = &navigator else { return };
            let route = Route::DeskCard {
                service: v.link.service.clone(),
                situation: v.link.situation.clone(),
            };
            let q = v.query_string();
            let _ = if push {
                nav.push_with_query(&route, Raw(q))
            } else {
                nav.replace_with_query(&route, Raw(q))
            };
        })
    };
    let on_pick = {
        let (go, view, picking, focus_card, status) = (
            go.clone(),
            view.clone(),
            picking.clone(),
            focus_card.clone(),
            status.clone(),
        );
        Callback::from(move |p: Pick| {
            status.set(Status::None);
            if *picking {
                if let Some(mut v) = view.clone() {
                    v.vs = Some(Versus::Situation {
                        service: p.service,
                        situation: p.situation,
                    });
                    picking.set(false);
                    *focus_card.borrow_mut() = true;
                    go(v, true);
                    return;
                }
            }
            picking.set(false);
            let current = view.as_ref().map(|v| &v.link);
            let link = DeskLink {
                service: p.service,
                situation: p.situation,
                submitted: p.submitted.or(current.and_then(|l| l.submitted)),
                lang: p.lang.or(current.and_then(|l| l.lang)),
                answers: BTreeMap::new(),
            };
            *focus_card.borrow_mut() = true;
            go(DeskView::card(link), true);
        })
    };
    let change = {
        let (go, view) = (go.clone(), view.clone());
        Rc::new(move |f: &dyn Fn(&mut DeskView)| {
            if let Some(mut v) = view.clone() {
                f(&mut v);
                v.unread.clear();
                go(v, false);
            }
        })
    };
    let on_answer = {
        let change = change.clone();
        Callback::from(move |c: AnswerChange| {
            change(&|v: &mut DeskView| {
                match &c.value {
                    Some(x) => v.link.answers.insert(c.key.clone(), x.clone()),
                    None => v.link.answers.remove(&c.key),
                };
            })
        })
    };
    // The date is taken when Enter is pressed in its field or the field is left, not at
    // each part typed (re-drawing the field mid-date would break the typing).
    let commit_date = {
        let (change, shown) = (change.clone(), key.as_ref().map(|k| k.2));
        Rc::new(move |input: &HtmlInputElement| {
            if let Ok(d) = parse_date(&input.value()) {
                if Some(d) != shown {
                    change(&|v: &mut DeskView| v.link.submitted = Some(d));
                }
            }
        })
    };
    let on_date_key = {
        let (commit, heading_ref, focus_card) =
            (commit_date.clone(), heading_ref.clone(), focus_card.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                commit(&e.target_unchecked_into::<HtmlInputElement>());
                *focus_card.borrow_mut() = true;
                focus(&heading_ref);
            }
        })
    };
    let on_date_blur = {
        let commit = commit_date.clone();
        Callback::from(move |e: FocusEvent| commit(&e.target_unchecked_into::<HtmlInputElement>()))
    };
    let set_day = {
        let change = change.clone();
        move |d: Date| change(&|v: &mut DeskView| v.link.submitted = Some(d))
    };
    let on_lang = {
        let change = change.clone();
        Callback::from(move |e: Event| {
            let raw = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(l) = raw.parse::<Lang>() {
                change(&|v: &mut DeskView| v.link.lang = Some(l));
            }
        })
    };
    let copy_text = {
        let (status, refused_text, card_now) =
            (status.clone(), refused_text.clone(), card_now.clone());
        Rc::new(move || {
            let Some((_, c)) = &card_now else { return };
            let text = desk::render(c, Format::Text);
            let (status, refused_text) = (status.clone(), refused_text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match clipboard::write_text(&text).await {
                    Ok(()) => {
                        refused_text.set(None);
                        status.set(Status::Copied);
                    }
                    Err(r) => {
                        refused_text.set(Some(text));
                        status.set(Status::Refused(r.0));
                    }
                }
            });
        })
    };
    let copy_link = {
        let (status, refused_text, card_now) =
            (status.clone(), refused_text.clone(), card_now.clone());
        Rc::new(move || {
            let Some((p, c)) = &card_now else { return };
            let text = format!(
                "{}{}",
                clipboard::origin(),
                DeskLink::for_plan(p, c.lang).to_path()
            );
            let (status, refused_text) = (status.clone(), refused_text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match clipboard::write_text(&text).await {
                    Ok(()) => {
                        refused_text.set(None);
                        status.set(Status::LinkCopied);
                    }
                    Err(r) => {
                        refused_text.set(Some(text));
                        status.set(Status::Refused(r.0));
                    }
                }
            });
        })
    };
    let start_compare = {
        let (picking, search_ref, focus_search) =
            (picking.clone(), search_ref.clone(), focus_search.clone());
        Rc::new(move || {
            picking.set(true);
            select(&search_ref);
            // Once more after the box is redrawn for choosing.
            *focus_search.borrow_mut() = true;
        })
    };
    let close_compare = {
        let (change, picking) = (change.clone(), picking.clone());
        Rc::new(move || {
            picking.set(false);
            change(&|v: &mut DeskView| v.vs = None);
        })
    };

    // The single keys, read from the whole document while the desk is shown.
    let handler = use_mut_ref(|| {
        Rc::new(|_: &web_sys::KeyboardEvent| {}) as Rc<dyn Fn(&web_sys::KeyboardEvent)>
    });
    {
        let submitted = key.as_ref().map(|k| k.2);
        let has_card = card_now.is_some();
        let has_vs = view.as_ref().is_some_and(|v| v.vs.is_some());
        let (search_ref, date_ref, picking, focus_search) = (
            search_ref.clone(),
            date_ref.clone(),
            picking.clone(),
            focus_search.clone(),
        );
        let (copy_text, copy_link, start_compare, close_compare, change) = (
            copy_text.clone(),
            copy_link.clone(),
            start_compare.clone(),
            close_compare.clone(),
            change.clone(),
        );
        let set_day = set_day.clone();
        *handler.borrow_mut() = Rc::new(move |e: &web_sys::KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                return;
            }
            let key = e.key();
            if key == "Escape" {
                if typing_in(e.target())
                    && e.target().is_some_and(|t| {
                        t.dyn_ref::<web_sys::Element>()
                            .is_some_and(|el| el.id() == "desk-search")
                    })
                {
                    if *picking && !has_vs {
                        picking.set(false);
                    }
                    return;
                }
                e.prevent_default();
                picking.set(false);
                focus(&search_ref);
                *focus_search.borrow_mut() = true;
                return;
            }
            if typing_in(e.target()) {
                return;
            }
            let Some(cmd) = command(&key) else { return };
            let needs_card = !matches!(cmd, Command::Search);
            if needs_card && !has_card {
                return;
            }
            e.prevent_default();
            match cmd {
                Command::Search => focus(&search_ref),
                Command::Date => focus(&date_ref),
                Command::Today => set_day(today),
                Command::Day(n) => {
                    if let Some(d) = submitted.and_then(|d| {
                        if n > 0 {
                            d.checked_add_days(chrono::Days::new(n as u64))
                        } else {
                            d.checked_sub_days(chrono::Days::new(n.unsigned_abs()))
                        }
                    }) {
                        set_day(d)
                    }
                }
                Command::NextLang => {
                    change(&|v: &mut DeskView| v.link.lang = Some(next_lang(card_lang)))
                }
                Command::Lang(l) => change(&|v: &mut DeskView| v.link.lang = Some(l)),
                Command::CopyText => copy_text(),
                Command::CopyLink => copy_link(),
                Command::Compare => start_compare(),
                Command::CloseCompare => {
                    if has_vs {
                        close_compare()
                    }
                }
                Command::OpenAll => toggle_all_details(),
                Command::Answers => {
                    let first = gloo::utils::document()
                        .query_selector("#desk-answers input:checked, #desk-answers input")
                        .ok()
                        .flatten()
                        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
                    if let Some(el) = first {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    {
        let handler = handler.clone();
        use_effect_with((), move |_| {
            let listener =
                // Not passive: a desk key must not also type into the field it focuses.
                gloo::events::EventListener::new_with_options(&gloo::utils::document(), "keydown", gloo::events::EventListenerOptions::enable_prevent_default(), move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                        let f = handler.borrow().clone();
                        f(e);
                    }
                });
            move || drop(listener)
        });
    }
    {
        // The search box has the focus on arrival; an opened card takes it after.
        let (search_ref, heading_ref, focus_card, focus_search) = (
            search_ref.clone(),
            heading_ref.clone(),
            focus_card.clone(),
            focus_search.clone(),
        );
        let first = search_ref.clone();
        use_effect_with((), move |_| focus(&first));
        use_effect(move || {
            if std::mem::take(&mut *focus_search.borrow_mut()) {
                select(&search_ref);
            }
            if std::mem::take(&mut *focus_card.borrow_mut()) {
                let compare = gloo::utils::document()
                    .get_element_by_id("desk-compare-h")
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                match compare {
                    Some(h) => {
                        let _ = h.focus();
                    }
                    None => focus(&heading_ref),
                }
            }
        });
    }

    let legend = html! {
        <details class="desk-keys" open=true>
            <summary>{ D::KeysTitle.get(screen) }</summary>
            <ul>
                { for LEGEND.iter().map(|(k, what)| html! {
                    <li><kbd>{ *k }</kbd>{ " " }{ what.get(screen) }</li>
                }) }
            </ul>
        </details>
    };
    let problems: Vec<String> = view
        .as_ref()
        .map(|v| {
            v.unread
                .iter()
                .map(|(k, value)| match k.as_str() {
                    desk::VS => tf(screen, D::VsWrong, &[("value", value)]),
                    "lang" => tf(screen, D::LangWrong, &[("value", value)]),
                    _ => match parse_date(value) {
                        Err(e) if k == desk::VS_SUBMITTED => {
                            tf(screen, D::VsWrong, &[("value", &date_error(&e, screen))])
                        }
                        Err(e) => tf(
                            screen,
                            D::DateWrongToday,
                            &[("error", &date_error(&e, screen))],
                        ),
                        Ok(_) => String::new(),
                    },
                })
                .collect()
        })
        .unwrap_or_default();

    let pick_panel = (*picking && card_now.is_some()).then(|| {
        let (change, picking, focus_card, date_input) =
            (change.clone(), picking.clone(), focus_card.clone(), vs_date_ref.clone());
        let onsubmit = Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let raw = date_input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if let Ok(d) = parse_date(&raw) {
                picking.set(false);
                *focus_card.borrow_mut() = true;
                change(&|v: &mut DeskView| v.vs = Some(Versus::Submitted(d)));
            }
        });
        html! {
            <form class="desk-pick" id="desk-pick" {onsubmit}>
                <p class="help">{ D::CompareHelp.get(screen) }</p>
                <label for="desk-vs-date">{ D::CompareDate.get(screen) }</label>
                <input type="date" id="desk-vs-date" ref={vs_date_ref.clone()}
                    value={key.as_ref().map(|k| k.2.to_string())} />
                <button type="submit" class="secondary small">{ D::CompareDateGo.get(screen) }</button>
            </form>
        }
    });
    let bar = html! {
        <div class="desk-bar">
            <DeskSearch query={(*query_text).clone()} on_query={{
                    let q = query_text.clone();
                    Callback::from(move |s: String| q.set(s))
                }}
                on_pick={on_pick} picking={*picking} has_card={card_now.is_some()} input_ref={search_ref.clone()} />
            // Right after the box, so Tab from it reaches the second date.
            { for pick_panel }
            if let Some(k) = &key {
                <div class="desk-date">
                    <label for="desk-date">{ D::DateLabel.get(screen) }</label>
                    <input type="date" id="desk-date" ref={date_ref.clone()} value={k.2.to_string()}
                        onkeydown={on_date_key} onblur={on_date_blur} aria-keyshortcuts="d t + -" />
                    <button type="button" class="secondary small" id="desk-day-earlier" aria-label={D::DayEarlier.get(screen)}
                        title={D::DayEarlier.get(screen)} onclick={{ let s = set_day.clone(); let d = k.2; Callback::from(move |_| if let Some(x) = d.pred_opt() { s(x) }) }}>{ "−" }</button>
                    <button type="button" class="secondary small" id="desk-today"
                        onclick={{ let s = set_day.clone(); Callback::from(move |_| s(today)) }}>{ D::Today.get(screen) }</button>
                    <button type="button" class="secondary small" id="desk-day-later" aria-label={D::DayLater.get(screen)}
                        title={D::DayLater.get(screen)} onclick={{ let s = set_day.clone(); let d = k.2; Callback::from(move |_| if let Some(x) = d.succ_opt() { s(x) }) }}>{ "+" }</button>
                </div>
                <div class="desk-lang">
                    <label for="desk-lang">{ D::CardLang.get(screen) }</label>
                    <select id="desk-lang" onchange={on_lang} aria-keyshortcuts="l 1 2 3 4">
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == card_lang} lang={l.code()}>{ native_name(*l) }</option>
                        }) }
                    </select>
                </div>
                <div class="desk-actions">
                    <button type="button" id="desk-copy" aria-keyshortcuts="c"
                        onclick={{ let f = copy_text.clone(); Callback::from(move |_| f()) }}>{ D::CopyText.get(screen) }</button>
                    <button type="button" id="desk-copy-link" class="secondary" aria-keyshortcuts="k"
                        onclick={{ let f = copy_link.clone(); Callback::from(move |_| f()) }}>{ D::CopyLink.get(screen) }</button>
                    if view.as_ref().is_some_and(|v| v.vs.is_some()) {
                        <button type="button" id="desk-compare-close" class="secondary" aria-keyshortcuts="x"
                            onclick={{ let f = close_compare.clone(); Callback::from(move |_| f()) }}>{ D::CompareClose.get(screen) }</button>
                    } else {
                        <button type="button" id="desk-compare-start" class="secondary" aria-keyshortcuts="m"
                            onclick={{ let f = start_compare.clone(); Callback::from(move |_| f()) }}>{ D::Compare.get(screen) }</button>
                    }
                </div>
            }
        </div>
    };
    let status_line = html! {
        <p id="desk-status" role="status" lang={screen.code()} class={classes!("desk-status", matches!(*status, Status::Refused(_)).then_some("error"))}>
            { match &*status {
                Status::None => String::new(),
                Status::Copied => D::Copied.get(screen).to_string(),
                Status::LinkCopied => D::LinkCopied.get(screen).to_string(),
                Status::Refused(e) => tf(screen, D::CopyRefused, &[("error", e)]),
            } }
        </p>
    };
    // The status goes beside the card's title when one card is shown.
    let single = matches!((planned.as_ref(), diff.as_ref()), (Some(Ok(_)), None));
    let body = match (planned.as_ref(), other.as_ref(), diff.as_ref()) {
        (None, _, _) => html! { <p class="desk-intro">{ D::DeskIntro.get(screen) }</p> },
        (Some(Err(e)), _, _) => html! {
            <DataError message={tf(screen, S::LinkCannotBeShown, &[("error", &plan_error(e, screen))])} />
        },
        (Some(Ok((_, a))), Some(Ok((_, b))), Some(d)) => html! {
            <CompareView left={a.clone()} right={b.clone()} diff={d.clone()} />
        },
        (Some(Ok((p, c))), other, _) => html! {
            <>
                if let Some(Err(e)) = other {
                    <p class="notice" role="alert">{ tf(screen, D::VsCannotBeShown, &[("error", &plan_error(e, screen))]) }</p>
                }
                <CardView plan={p.clone()} card={c.clone()} on_change={on_answer} heading_ref={heading_ref.clone()}>
                    { status_line.clone() }
                </CardView>
                <Remember recent={Recent {
                    service: c.service.clone(),
                    situation: c.situation.clone(),
                    submitted: c.submitted,
                    lang: c.lang,
                }} />
            </>
        },
    };
    html! {
        <section class="desk" aria-labelledby="desk-title">
            <h1 id="desk-title" class="desk-title visually-hidden">{ D::DeskTitle.get(screen) }</h1>
            { bar }
            <div class="desk-under">
                { legend }
                if !single { { status_line.clone() } }
            </div>
            { for problems.iter().filter(|p| !p.is_empty()).map(|p| html! { <p class="notice" role="alert">{ p.clone() }</p> }) }
            if let Some(t) = &*refused_text {
                <textarea class="desk-fallback" readonly=true rows="6" aria-label={D::CopyText.get(screen)} value={t.clone()} />
            }
            { body }
        </section>
    }
}

/// Opens every folded part of the card, or closes them all if all are open.
fn toggle_all_details() {
    let Ok(list) = gloo::utils::document().query_selector_all(".desk-card details") else {
        return;
    };
    let all: Vec<web_sys::HtmlDetailsElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let open = !all.iter().all(|d| d.open());
    for d in all {
        d.set_open(open);
    }
}

#[derive(Properties, PartialEq)]
struct RememberProps {
    recent: Recent,
}

/// Puts the card shown first among the recent look-ups (after it is drawn).
#[component]
fn Remember(props: &RememberProps) -> Html {
    let store = use_store().dispatcher();
    use_effect_with(props.recent.clone(), move |r| {
        store.dispatch(Action::Remember(r.clone()));
    });
    html! {}
}
