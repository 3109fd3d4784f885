//! Every step with its actor, term and due date.

use yew::prelude::*;

use crate::engine::plan::{PlannedStep, Required};
use crate::engine::regulation::Party;
use crate::engine::text::Lang;
use crate::ui::format::day;

use super::SourceNote;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub steps: Vec<PlannedStep>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    html! {
        <section id="steps">
            <h2>{ "Steps" }</h2>
            <ol class="timeline">
                { for props.steps.iter().map(|s| {
                    let when = match (s.earliest, s.due) {
                        (_, Some(d)) => match s.due_time {
                            Some(t) => format!("by {} {t}", day(d)),
                            None => format!("by {}", day(d)),
                        },
                        (Some(e), None) => format!("not before {}", day(e)),
                        (None, None) => "date not determinable".to_string(),
                    };
                    let who = match s.party {
                        Party::Provider => "",
                        Party::Applicant => " (you)",
                        Party::ThirdParty => " (another body)",
                    };
                    html! {
                        <li key={s.id.clone()} class={classes!("step", s.contingency.is_some().then_some("contingency"))} data-id={s.id.clone()}>
                            <div class="step-head">
                                <span class="step-id">{ &s.id }</span>
                                <span class="step-title">{ s.title.get(Lang::En) }</span>
                            </div>
                            <div class="step-meta">
                                <span>{ format!("{}{who}", s.actor.get(Lang::En)) }</span>
                                <span class="term">{ s.term.as_ref().map_or("no term in the regulation".to_string(), |t| t.text.clone()) }</span>
                                <strong class="due">{ when }</strong>
                                if s.applies == Required::IfApplicable {
                                    <span class="tag if">{ "depends on your answers" }</span>
                                }
                            </div>
                            if let Some(c) = &s.contingency { <p class="muted">{ format!("Only if: {}", c.get(Lang::En)) }</p> }
                            if !s.special_days.is_empty() {
                                <details class="why-step">
                                    <summary>{ "Days not counted" }</summary>
                                    <ul>{ for s.special_days.iter().map(|d| html! { <li>{ d.label() }</li> }) }</ul>
                                </details>
                            }
                            if let Some(n) = &s.due_note { <p class="muted">{ n.get(Lang::En) }</p> }
                            if let Some(r) = s.term.as_ref().and_then(|t| t.unit_reading.as_ref()) {
                                <p class="reading">{ format!("Unit: {}", r.get(Lang::En)) }</p>
                            }
                            <SourceNote source={s.source.clone()} />
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
