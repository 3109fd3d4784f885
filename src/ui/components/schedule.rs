//! Dates that follow the result, e.g. surveillance inspections after accreditation.

use yew::prelude::*;

use crate::engine::plan::PlannedSchedule;
use crate::engine::regulation::ScheduleMode;
use crate::engine::text::Lang;
use crate::ui::format::day;

use super::SourceNote;

#[derive(Properties, PartialEq)]
pub struct ScheduleListProps {
    pub schedules: Vec<PlannedSchedule>,
}

#[component]
pub fn ScheduleList(props: &ScheduleListProps) -> Html {
    if props.schedules.is_empty() {
        return html! {};
    }
    html! {
        <section id="schedules">
            <h2>{ "After the result" }</h2>
            { for props.schedules.iter().map(|s| html! {
                <div class="schedule" key={s.id.clone()}>
                    <h3>{ s.title.get(Lang::En) }</h3>
                    <p class="muted">
                        { s.note.get(Lang::En) }{ " " }
                        { match s.mode {
                            ScheduleMode::Chained => "Each term counts from the previous date.",
                            ScheduleMode::Anchored => "Every term counts from the same starting date.",
                        } }
                    </p>
                    <ol>
                        { for s.items.iter().map(|i| html! {
                            <li key={i.id.clone()} data-id={i.id.clone()}>
                                <strong>{ i.date.map_or_else(|| "date not known yet".to_string(), day) }</strong>
                                { format!(" — {} ({})", i.title.get(Lang::En), i.term.text) }
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
