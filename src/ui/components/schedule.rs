//! Dates that follow the result, e.g. surveillance inspections after accreditation.

use crate::locale::Say;
use yew::prelude::*;

use super::SourceNote;
use crate::engine::plan::PlannedSchedule;
use crate::engine::regulation::ScheduleMode;
use crate::locale::{day, S};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct ScheduleListProps {
    pub schedules: Vec<PlannedSchedule>,
}

#[component]
pub fn ScheduleList(props: &ScheduleListProps) -> Html {
    let lang = use_lang();
    if props.schedules.is_empty() {
        return html! {};
    }
    html! {
        <section id="schedules">
            <h2>{ S::AfterResult.get(lang) }</h2>
            { for props.schedules.iter().map(|s| html! {
                <div class="schedule" key={s.id.clone()} data-id={s.id.clone()}>
                    <h3>{ s.title.get(lang) }</h3>
                    <p class="muted">
                        { s.basis.say(lang) }{ " " }
                        { match s.mode {
                            ScheduleMode::Chained => S::ChainedNote.get(lang),
                            ScheduleMode::Anchored => S::AnchoredNote.get(lang),
                        } }
                    </p>
                    <ol>
                        { for s.items.iter().map(|i| html! {
                            <li key={i.id.clone()} data-id={i.id.clone()}>
                                <strong>{ i.date.map_or_else(|| S::DateNotKnownYet.get(lang).to_string(), |d| day(lang, d)) }</strong>
                                { format!(" — {} ({})", i.title.get(lang), i.term.say(lang)) }
                                if let (None, Some(why)) = (i.date, &i.undated) { <p class="muted">{ why.say(lang) }</p> }
                                { for i.flags.iter().map(|f| html! { <p class="flag">{ f.say(lang) }</p> }) }
                                <SourceNote source={i.source.clone()} />
                            </li>
                        }) }
                    </ol>
                    <SourceNote source={s.source.clone()} />
                </div>
            }) }
        </section>
    }
}
