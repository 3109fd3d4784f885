//! Every step with its actor, term and due date.

use crate::locale::Say;
use yew::prelude::*;

use super::SourceNote;
use crate::engine::plan::{PlannedStep, Required};
use crate::engine::regulation::Party;
use crate::locale::{day, tf, S};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub steps: Vec<PlannedStep>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    html! {
        <section id="steps">
            <h2>{ S::Steps.get(lang) }</h2>
            <ol class="timeline">
                { for props.steps.iter().map(|s| {
                    let when = match (s.earliest, s.due) {
                        (_, Some(d)) => {
                            let date = match s.due_time {
                                Some(t) => format!("{} {t}", day(lang, d)),
                                None => day(lang, d),
                            };
                            tf(lang, S::DueBy, &[("date", &date)])
                        }
                        (Some(e), None) => tf(lang, S::NotBefore, &[("date", &day(lang, e))]),
                        (None, None) => S::DateNotDeterminable.get(lang).to_string(),
                    };
                    let who = match s.party {
                        Party::Provider => "",
                        Party::Applicant => S::PartyYou.get(lang),
                        Party::ThirdParty => S::PartyOther.get(lang),
                    };
                    let term = s.term.as_ref().map_or_else(|| S::NoTermInRegulation.get(lang).to_string(), |t| t.say(lang));
                    html! {
                        <li key={s.id.clone()} class={classes!("step", s.contingency.is_some().then_some("contingency"))} data-id={s.id.clone()}>
                            <div class="step-head">
                                <span class="step-id">{ &s.id }</span>
                                <span class="step-title">{ s.title.get(lang) }</span>
                            </div>
                            <div class="step-meta">
                                <span>{ format!("{} {who}", s.actor.get(lang)) }</span>
                                <span class="term">{ term }</span>
                                <strong class="due">{ when }</strong>
                                if s.applies == Required::IfApplicable {
                                    <span class="tag if">{ S::DependsOnAnswers.get(lang) }</span>
                                }
                            </div>
                            if let Some(c) = &s.contingency { <p class="muted">{ tf(lang, S::OnlyIf, &[("text", c.get(lang))]) }</p> }
                            if s.special_days.iter().any(|d| !d.working) {
                                <details class="why-step">
                                    <summary>{ S::DaysNotCountedShort.get(lang) }</summary>
                                    <ul>{ for s.special_days.iter().filter(|d| !d.working).map(|d| html! { <li>{ d.say(lang) }</li> }) }</ul>
                                </details>
                            }
                            if let Some(n) = &s.undated { <p class="muted">{ n.say(lang) }</p> }
                            if !s.flags.is_empty() {
                                <ul class="flags">{ for s.flags.iter().map(|f| html! { <li class="flag">{ f.say(lang) }</li> }) }</ul>
                            }
                            if let Some(r) = s.term.as_ref().and_then(|t| t.reading.as_ref()) {
                                <p class="reading">{ tf(lang, S::ByReading, &[("text", r.get(lang))]) }</p>
                            }
                            if let Some(r) = s.term.as_ref().and_then(|t| t.unit_reading.as_ref()) {
                                <p class="reading">{ tf(lang, S::UnitReading, &[("text", r.get(lang))]) }</p>
                            }
                            <SourceNote source={s.source.clone()} />
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
