//! The documents checklist, tick-able.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::engine::plan::{PlannedDocument, Required};
use crate::engine::regulation::OriginalOrCopy;
use crate::engine::text::Lang;
use crate::ui::format::day;

use super::SourceNote;

#[derive(Properties, PartialEq)]
pub struct DocumentChecklistProps {
    pub documents: Vec<PlannedDocument>,
}

fn form_label(f: OriginalOrCopy) -> &'static str {
    match f {
        OriginalOrCopy::Original => "original",
        OriginalOrCopy::Copy => "copy",
        OriginalOrCopy::Presented => "show the original",
        OriginalOrCopy::Record => "checked in the database",
        OriginalOrCopy::NotStated => "original or copy: not stated",
    }
}

#[component]
pub fn DocumentChecklist(props: &DocumentChecklistProps) -> Html {
    let ticked = use_state(BTreeSet::<String>::new);
    html! {
        <section id="documents">
            <h2>{ format!("Documents ({})", props.documents.len()) }</h2>
            <ul class="checklist">
                { for props.documents.iter().map(|d| {
                    let id = d.id.clone();
                    let checked = ticked.contains(&id);
                    let toggle = {
                        let ticked = ticked.clone();
                        let id = id.clone();
                        Callback::from(move |_| {
                            let mut next = (*ticked).clone();
                            if !next.remove(&id) {
                                next.insert(id.clone());
                            }
                            ticked.set(next);
                        })
                    };
                    let input_id = format!("doc-{id}");
                    html! {
                        <li key={id.clone()} class={classes!("document", (d.required == Required::IfApplicable).then_some("conditional"))} data-id={id.clone()}>
                            <input type="checkbox" id={input_id.clone()} checked={checked} onchange={toggle} />
                            <label for={input_id}>
                                <span class="doc-title">{ d.title.get(Lang::En) }</span>
                                if let Some(n) = d.count { { format!(" × {n}") } }
                            </label>
                            <div class="doc-meta">
                                <span class="tag">{ form_label(d.original_or_copy) }</span>
                                if d.required == Required::IfApplicable {
                                    <span class="tag if">{ "if it applies to you" }</span>
                                }
                                if let Some(c) = &d.condition { <span>{ c.get(Lang::En) }</span> }
                            </div>
                            if let (Some(date), Some(v)) = (d.issued_not_before, &d.validity) {
                                <p class="validity">
                                    { format!("Must be issued on or after {} (not older than {} {}).", day(date), v.max_age, v.unit.en(v.max_age)) }
                                    if let Some(a) = &v.applies { { format!(" Applies: {}.", a.get(Lang::En)) } }
                                </p>
                            }
                            <SourceNote source={d.source.clone()} />
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
