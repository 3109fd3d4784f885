//! The documents checklist: tick what you have; ticks are kept in the store.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::SourceNote;
use crate::engine::plan::{PlannedDocument, Required};
use crate::locale::{day, form_label, tf, unit_amount, Say, S};
use crate::ui::hooks::{use_lang, use_store};
use crate::ui::store::Action;

#[derive(Properties, PartialEq)]
pub struct DocumentChecklistProps {
    pub documents: Vec<PlannedDocument>,
    /// `service/situation`: whose ticks these are.
    pub key_name: AttrValue,
}

#[component]
pub fn DocumentChecklist(props: &DocumentChecklistProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let ticked = store.ticks(&props.key_name);
    html! {
        <section id="documents">
            <h2>{ tf(lang, S::Documents, &[("n", &props.documents.len().to_string())]) }</h2>
            <ul class="checklist">
                { for props.documents.iter().map(|d| {
                    let id = d.id.clone();
                    let checked = ticked.contains(&id);
                    let toggle = {
                        let store = store.dispatcher();
                        let list = props.key_name.to_string();
                        let document = id.clone();
                        Callback::from(move |e: Event| {
                            let ticked = e.target_unchecked_into::<HtmlInputElement>().checked();
                            store.dispatch(Action::Tick { list: list.clone(), document: document.clone(), ticked });
                        })
                    };
                    let input_id = format!("doc-{id}");
                    html! {
                        <li key={id.clone()} class={classes!("document", (d.required == Required::IfApplicable).then_some("conditional"))} data-id={id.clone()}>
                            <input type="checkbox" id={input_id.clone()} checked={checked} onchange={toggle} />
                            <label for={input_id}>
                                <span class="doc-title">{ d.title.get(lang) }</span>
                                if let Some(n) = d.count { { format!(" × {n}") } }
                            </label>
                            <div class="doc-meta">
                                <span class="tag">{ form_label(d.original_or_copy).get(lang) }</span>
                                if d.required == Required::IfApplicable {
                                    <span class="tag if">{ S::IfApplies.get(lang) }</span>
                                }
                                if let Some(c) = &d.condition { <span>{ c.get(lang) }</span> }
                            </div>
                            if let (Some(date), Some(v)) = (d.issued_not_before, &d.validity) {
                                <p class="validity">
                                    { tf(lang, S::MustBeIssued, &[("date", &day(lang, date)), ("age", unit_amount(v.unit, v.max_age).get(lang))]) }
                                    if let Some(a) = &v.applies { { " " }{ tf(lang, S::Applies, &[("text", a.get(lang))]) } }
                                </p>
                            }
                            if let Some(r) = &d.reading { <p class="reading">{ tf(lang, S::ByReading, &[("text", r.get(lang))]) }</p> }
                            if let Some(a) = &d.alert { <p class="error" role="alert">{ a.say(lang) }</p> }
                            <SourceNote source={d.source.clone()} />
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
