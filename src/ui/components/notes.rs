//! Sources, status badges, gaps, warnings and plain lists of statements.

use yew::prelude::*;

use super::source_lines::{excerpt, fetch};
use crate::engine::act::Standing;
use crate::engine::plan::{Item, PlannedGap};
use crate::engine::regulation::GapKind;
use crate::engine::source::Source;
use crate::engine::text::Text;
use crate::locale::{tf, S};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

/// Where an item comes from: file and lines, opening to the verbatim quote and, on
/// request, the cited lines of the regulation text itself.
#[component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    let lang = use_lang();
    let lines = use_state(|| None::<Result<Vec<(u32, String, bool)>, String>>);
    let s = &props.source;
    let show = {
        let lines = lines.clone();
        let source = s.clone();
        Callback::from(move |_: MouseEvent| {
            let lines = lines.clone();
            let source = source.clone();
            lines.set(Some(Ok(Vec::new())));
            wasm_bindgen_futures::spawn_local(async move {
                let [a, b] = source.lines;
                lines.set(Some(
                    fetch(&source.file).await.map(|t| excerpt(&t, a, b, 2)),
                ));
            });
        })
    };
    html! {
        <details class="source">
            <summary>{ tf(lang, S::Source, &[("citation", &s.citation())]) }</summary>
            <blockquote>{ &s.quote }</blockquote>
            if let Some(r) = &s.reading {
                <p class="reading">{ tf(lang, S::TartipReading, &[("text", r.get(lang))]) }</p>
            }
            { match &*lines {
                None => html! { <button type="button" class="link show-lines" onclick={show}>{ S::ShowLines.get(lang) }</button> },
                Some(Ok(l)) if l.is_empty() => html! { <p class="muted">{ S::Loading.get(lang) }</p> },
                Some(Ok(l)) => html! {
                    <ol class="cited-lines">
                        { for l.iter().map(|(n, text, cited)| html! {
                            <li value={n.to_string()} class={classes!(cited.then_some("cited"))}>{ text.clone() }</li>
                        }) }
                    </ol>
                },
                Some(Err(e)) => html! { <p class="error">{ tf(lang, S::SourceUnavailable, &[("error", e)]) }</p> },
            } }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub standing: Standing,
}

/// The act's standing on a date, as a short label.
#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let lang = use_lang();
    let (class, label) = match props.standing {
        Standing::InForce => ("badge in-force", S::StatusInForce),
        Standing::InForceAsFarAsTextShows => ("badge as-far-as-text", S::StatusAsFarAsTextShows),
        Standing::EntryUncertain | Standing::RepealUncertain => {
            ("badge uncertain", S::StatusUncertain)
        }
        Standing::NotYetInForce => ("badge not-yet", S::StatusNotYetInForce),
        Standing::Repealed => ("badge repealed", S::StatusRepealed),
    };
    html! { <span class={class}>{ label.get(lang) }</span> }
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
    let lang = use_lang();
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section class="warnings" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{ S::CheckBeforeYouGo.get(lang) }</h2>
            <ul>{ for props.warnings.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub items: Vec<Item>,
}

/// A titled list of statements with their sources; nothing when empty.
#[component]
pub fn ItemList(props: &ItemListProps) -> Html {
    let lang = use_lang();
    if props.items.is_empty() {
        return html! {};
    }
    html! {
        <section id={props.id.clone()}>
            <h2>{ props.title.clone() }</h2>
            <ul>
                { for props.items.iter().map(|g| html! {
                    <li key={g.id.clone()}>{ g.text.get(lang) }<SourceNote source={g.source.clone()} /></li>
                }) }
            </ul>
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
    let lang = use_lang();
    html! {
        <section id="gaps">
            <h2>{ S::NotInRegulation.get(lang) }</h2>
            <ul class="gaps">
                { for props.gaps.iter().map(|g| {
                    let kind = match g.kind {
                        GapKind::Missing => S::GapMissing,
                        GapKind::External => S::GapExternal,
                        GapKind::Ambiguous => S::GapAmbiguous,
                        GapKind::Conflict => S::GapConflict,
                    };
                    html! {
                        <li key={g.id.clone()} data-id={g.id.clone()}>
                            <span class="tag">{ kind.get(lang) }</span>{ " " }
                            { g.what.get(lang) }
                            <br /><span class="muted">{ tf(lang, S::WhereToLook, &[("text", g.refers_to.get(lang))]) }</span>
                            <SourceNote source={g.source.clone()} />
                            { for g.also.iter().map(|s| html! { <SourceNote source={s.clone()} /> }) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
