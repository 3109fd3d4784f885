//! The desk's search box: a combobox over the situations found (`role="listbox"`,
//! moved through with the arrows via `aria-activedescendant`), the recent look-ups
//! when it is empty, Enter to open.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::date::Date;
use crate::engine::text::Lang;
use crate::engine::Catalog;
use crate::locale::{day, native_name, tf, D, S};
use crate::search::embedded_index;
use crate::ui::hooks::{use_lang, use_store};
use crate::ui::store::Action;

/// A situation chosen in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    pub service: String,
    pub situation: String,
    /// From a recent look-up: its date and language.
    pub submitted: Option<Date>,
    pub lang: Option<Lang>,
}

/// How many situations the list shows.
const SHOWN: usize = 12;

#[derive(Properties, PartialEq)]
pub struct DeskSearchProps {
    pub query: AttrValue,
    pub on_query: Callback<String>,
    pub on_pick: Callback<Pick>,
    /// Choosing the other side of a comparison.
    pub picking: bool,
    /// A card is open: the list only shows while searching.
    pub has_card: bool,
    pub input_ref: NodeRef,
}

/// One row of the list.
struct Row {
    pick: Pick,
    label: String,
    detail: Option<String>,
}

#[component]
pub fn DeskSearch(props: &DeskSearchProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let active = use_state(|| 0usize);
    let open = use_state(|| false);
    let cleared = use_state(|| false);
    let catalog = Catalog::embedded().ok();
    let query = props.query.to_string();
    let recent_mode = query.trim().is_empty() && !store.store.recent.is_empty();
    let rows: Vec<Row> = if recent_mode {
        store
            .store
            .recent
            .iter()
            .filter_map(|r| {
                let service = catalog?.service(&r.service)?;
                let situation = service.situations.iter().find(|x| x.id == r.situation)?;
                Some(Row {
                    pick: Pick {
                        service: r.service.clone(),
                        situation: r.situation.clone(),
                        submitted: Some(r.submitted),
                        lang: Some(r.lang),
                    },
                    label: tf(
                        lang,
                        D::RecentEntry,
                        &[
                            ("situation", situation.title.get(lang)),
                            ("service", service.title.get(lang)),
                            ("date", &day(lang, r.submitted)),
                            ("lang", native_name(r.lang)),
                        ],
                    ),
                    detail: None,
                })
            })
            .collect()
    } else {
        embedded_index()
            .map(|i| i.lookup(&query))
            .unwrap_or_default()
            .into_iter()
            // Nothing typed: every situation, to browse.
            .take(if query.trim().is_empty() {
                usize::MAX
            } else {
                SHOWN
            })
            .map(|h| Row {
                pick: Pick {
                    service: h.service.id.clone(),
                    situation: h.situation.id.clone(),
                    submitted: None,
                    lang: None,
                },
                label: format!(
                    "{} — {}",
                    h.situation.title.get(lang),
                    h.service.title.get(lang)
                ),
                detail: h
                    .matched
                    .map(|m| tf(lang, S::MatchedDocument, &[("what", m.get(lang))])),
            })
            .collect()
    };
    let n = rows.len();
    let current = (*active).min(n.saturating_sub(1));
    let expanded = (*open || !props.has_card || props.picking) && n > 0;
    let option_id = |i: usize| format!("desk-opt-{i}");

    let oninput = {
        let (on_query, active, open, cleared) = (
            props.on_query.clone(),
            active.clone(),
            open.clone(),
            cleared.clone(),
        );
        Callback::from(move |e: InputEvent| {
            active.set(0);
            open.set(true);
            cleared.set(false);
            on_query.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let picks: Vec<Pick> = rows.iter().map(|r| r.pick.clone()).collect();
    let onkeydown = {
        let (active, open, on_pick) = (active.clone(), open.clone(), props.on_pick.clone());
        let picks = picks.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                e.prevent_default();
                let next = if !*open {
                    current
                } else if e.key() == "ArrowDown" {
                    (current + 1) % n
                } else {
                    (current + n - 1) % n
                };
                open.set(true);
                active.set(next);
            }
            "Home" if *open && n > 0 => {
                e.prevent_default();
                active.set(0);
            }
            "End" if *open && n > 0 => {
                e.prevent_default();
                active.set(n - 1);
            }
            "Enter" => {
                e.prevent_default();
                if let Some(p) = picks.get(current) {
                    open.set(false);
                    on_pick.emit(p.clone());
                }
            }
            "Escape" => {
                // Closes the list; the text stays (Chromium would clear it).
                e.prevent_default();
                open.set(false);
            }
            _ => {}
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let clear_recent = {
        let (store, cleared) = (store.dispatcher(), cleared.clone());
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::ClearRecent);
            cleared.set(true);
        })
    };
    let label = if props.picking {
        D::ComparePickLabel
    } else {
        D::SearchLabel
    };
    let list_label = if recent_mode {
        D::RecentLabel
    } else {
        D::ResultsLabel
    };
    html! {
        <div class={classes!("desk-search", expanded.then_some("expanded"))}>
            <label for="desk-search" id="desk-search-label">{ label.get(lang) }</label>
            <input id="desk-search" type="text" ref={props.input_ref.clone()}
                role="combobox" aria-autocomplete="list" aria-controls="desk-results"
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-activedescendant={expanded.then(|| option_id(current))}
                aria-describedby="desk-search-count"
                autocomplete="off" spellcheck="false" aria-keyshortcuts="/ s Escape"
                placeholder={D::SearchPlaceholder.get(lang)}
                value={query.clone()} {oninput} {onkeydown} {onblur} />
            <p id="desk-search-count" class="visually-hidden" aria-live="polite">
                { if n == 0 && !query.trim().is_empty() {
                    tf(lang, D::NoMatch, &[("q", query.trim())])
                } else if !recent_mode && !query.trim().is_empty() {
                    tf(lang, D::ResultsCount, &[("n", &n.to_string())])
                } else {
                    String::new()
                } }
            </p>
            if expanded {
                <div class="desk-results" tabindex="-1">
                    <p class="desk-results-title" id="desk-results-title">{ list_label.get(lang) }</p>
                    <ul id="desk-results" role="listbox" aria-labelledby="desk-results-title"
                        data-kind={if recent_mode { "recent" } else { "found" }}>
                        { for rows.iter().enumerate().map(|(i, r)| {
                            let pick = r.pick.clone();
                            let on_pick = props.on_pick.clone();
                            let open = open.clone();
                            // The mouse too; mousedown so the box keeps the focus until then.
                            let onmousedown = Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                open.set(false);
                                on_pick.emit(pick.clone());
                            });
                            html! {
                                <li id={option_id(i)} role="option" key={format!("{}/{}", r.pick.service, r.pick.situation)}
                                    aria-selected={if i == current { "true" } else { "false" }}
                                    class={classes!((i == current).then_some("active"))}
                                    data-service={r.pick.service.clone()} data-situation={r.pick.situation.clone()}
                                    {onmousedown}>
                                    { r.label.clone() }
                                    if let Some(d) = &r.detail { <span class="matched">{ format!(" · {d}") }</span> }
                                </li>
                            }
                        }) }
                    </ul>
                    if recent_mode {
                        <button type="button" id="desk-clear-recent" class="link-button"
                            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())} onclick={clear_recent}>
                            { D::ClearRecent.get(lang) }
                        </button>
                    }
                </div>
            }
            if *cleared && store.store.recent.is_empty() {
                <p role="status" class="desk-cleared">{ D::RecentCleared.get(lang) }</p>
            }
            if n == 0 && !query.trim().is_empty() {
                <p class="notice">{ tf(lang, D::NoMatch, &[("q", query.trim())]) }</p>
            }
        </div>
    }
}
