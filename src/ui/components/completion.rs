//! The expected completion date, and why.

use yew::prelude::*;

use crate::engine::plan::{Completion, ConventionOrigin, ConventionUsed};
use crate::engine::text::Lang;
use crate::ui::format::day;

use super::SourceNote;

#[derive(Properties, PartialEq)]
pub struct CompletionPanelProps {
    pub completion: Completion,
    pub conventions: Vec<ConventionUsed>,
}

#[component]
pub fn CompletionPanel(props: &CompletionPanelProps) -> Html {
    let c = &props.completion;
    let headline = match c.latest {
        Some(l) => html! { <>{ "By " }<strong id="completion-latest">{ day(l) }</strong></> },
        None => {
            html! { <strong id="completion-unknown">{ "Not determinable from the regulation" }</strong> }
        }
    };
    let earliest = match (c.earliest, c.latest) {
        (Some(e), Some(l)) if e < l => html! {
            <p class="earliest">{ "At the earliest " }<strong id="completion-earliest">{ day(e) }</strong>
              { ": the regulation sets only upper limits." }</p>
        },
        _ => html! {},
    };
    html! {
        <section id="completion" class="completion">
            <h2>{ "Expected completion" }</h2>
            <p class="headline">{ headline }</p>
            { earliest }
            <p>{ c.note.get(Lang::En) }</p>
            <details class="why" open={false}>
                <summary>{ "Why this date?" }</summary>
                if c.special_days.is_empty() {
                    <p>{ "No day in the counted span was a day off." }</p>
                } else {
                    <p>{ "Days not counted as working days:" }</p>
                    <ul class="skipped">
                        { for c.special_days.iter().map(|d| html! { <li>{ d.label() }</li> }) }
                    </ul>
                }
                if let Some(r) = c.rolled_from {
                    <p>{ format!("The count ended on {}, a day off, so the term ends on the next working day.", day(r)) }</p>
                }
                <h3>{ "How the term is counted" }</h3>
                <ul class="conventions">
                    { for props.conventions.iter().map(|cv| html! {
                        <li>
                            <span class="tag">{ match cv.origin {
                                ConventionOrigin::GeneralRule => "general civil-law rule, not from the regulation",
                                ConventionOrigin::Regulation => "from the regulation",
                            } }</span>
                            { " " }{ cv.text.get(Lang::En) }
                            if let Some(l) = &cv.legal_basis { <span class="muted">{ format!(" ({})", l.citation()) }</span> }
                        </li>
                    }) }
                </ul>
            </details>
            if let Some(s) = &c.source { <SourceNote source={s.clone()} /> }
        </section>
    }
}
