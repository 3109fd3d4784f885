//! Sources, status badges, gaps and warnings.

use yew::prelude::*;

use crate::engine::plan::PlannedGap;
use crate::engine::regulation::{ActStatus, GapKind};
use crate::engine::source::Source;
use crate::engine::text::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

/// Where an item comes from: file and lines, opening to the verbatim quote.
#[component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    let s = &props.source;
    html! {
        <details class="source">
            <summary>{ format!("Source: {}", s.citation()) }</summary>
            <blockquote>{ &s.quote }</blockquote>
            if let Some(r) = &s.reading {
                <p class="reading">{ format!("Tartip's reading: {}", r.get(Lang::En)) }</p>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: ActStatus,
}

#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let (class, label) = match props.status {
        ActStatus::InForce => ("badge in-force", "in force"),
        ActStatus::Repealed => ("badge repealed", "repealed"),
        ActStatus::Unverified => ("badge unverified", "status not verified"),
    };
    html! { <span class={class}>{ label }</span> }
}

#[derive(Properties, PartialEq)]
pub struct DataErrorProps {
    pub message: AttrValue,
}

/// A clear message in place of the page, never a crash.
#[component]
pub fn DataError(props: &DataErrorProps) -> Html {
    html! { <p class="error" role="alert">{ props.message.clone() }</p> }
}

#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    pub warnings: Vec<Text>,
}

#[component]
pub fn Warnings(props: &WarningsProps) -> Html {
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section class="warnings" aria-label="Warnings">
            <h2>{ "Check before you go" }</h2>
            <ul>{ for props.warnings.iter().map(|w| html! { <li>{ w.get(Lang::En) }</li> }) }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct GapListProps {
    pub gaps: Vec<PlannedGap>,
}

/// What the regulation refers to but does not contain, and where to look.
#[component]
pub fn GapList(props: &GapListProps) -> Html {
    html! {
        <section id="gaps">
            <h2>{ "Not in the regulation" }</h2>
            <ul class="gaps">
                { for props.gaps.iter().map(|g| {
                    let kind = match g.kind {
                        GapKind::Missing => "missing",
                        GapKind::External => "in another act",
                        GapKind::Ambiguous => "unclear",
                        GapKind::Conflict => "contradiction",
                    };
                    html! {
                        <li key={g.id.clone()}>
                            <span class="tag">{ kind }</span>{ " " }
                            { g.what.get(Lang::En) }
                            <br /><span class="muted">{ format!("Where to look: {}", g.refers_to.get(Lang::En)) }</span>
                            <SourceNote source={g.source.clone()} />
                            { for g.also.iter().map(|s| html! { <SourceNote source={s.clone()} /> }) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
