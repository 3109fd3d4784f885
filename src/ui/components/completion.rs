//! The expected completion date, and why.

use std::rc::Rc;

use crate::locale::Say;
use yew::prelude::*;

use super::{CountCalendar, SourceNote};
use crate::engine::plan::{Completion, ConventionUsed, Plan};
use crate::locale::{convention_words, day, tf, S};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct CompletionPanelProps {
    pub completion: Completion,
    pub conventions: Vec<ConventionUsed>,
    /// The whole plan, to draw the count in "why this date" (no drawing without it).
    #[prop_or_default]
    pub plan: Option<Rc<Plan>>,
}

#[component]
pub fn CompletionPanel(props: &CompletionPanelProps) -> Html {
    let lang = use_lang();
    let c = &props.completion;
    let headline = match c.latest {
        Some(l) => {
            html! { <>{ S::By.get(lang) }{ " " }<strong id="completion-latest" data-date={l.to_string()}>{ day(lang, l) }</strong></> }
        }
        // Known only from below: a step has no term.
        None if c.lower_bound_after.is_some() && c.earliest.is_some() => {
            let e = c.earliest.unwrap_or_default();
            html! { <strong id="completion-lower-bound" data-date={e.to_string()}>{ tf(lang, S::NotBefore, &[("date", &day(lang, e))]) }</strong> }
        }
        None => html! { <strong id="completion-unknown">{ S::NotDeterminable.get(lang) }</strong> },
    };
    let earliest = match (c.earliest, c.latest) {
        (Some(e), Some(l)) if e < l => {
            let text = tf(lang, S::AtTheEarliest, &[("date", "\u{0}")]);
            let (before, after) = text.split_once('\u{0}').unwrap_or((&text, ""));
            html! {
                <p class="earliest">{ before.to_string() }<strong id="completion-earliest" data-date={e.to_string()}>{ day(lang, e) }</strong>{ after.to_string() }</p>
            }
        }
        _ => html! {},
    };
    html! {
        <section id="completion" class="completion">
            <h2>{ S::ExpectedCompletion.get(lang) }</h2>
            <p class="headline">{ headline }</p>
            { earliest }
            <p>{ c.say(lang) }</p>
            if let Some(other) = props.plan.as_ref().and_then(|p| p.completion_other_start.as_ref()) {
                <p class="other-reading" data-date={other.latest.to_string()}>{ other.say(lang) }</p>
            }
            <details class="why">
                <summary>{ S::WhyThisDate.get(lang) }</summary>
                if let Some(plan) = &props.plan { <CountCalendar plan={plan.clone()} /> }
                if c.special_days.iter().all(|d| d.working) {
                    <p>{ S::NoDayOff.get(lang) }</p>
                } else {
                    <p>{ S::DaysNotCounted.get(lang) }</p>
                    <ul class="skipped">
                        { for c.special_days.iter().filter(|d| !d.working).map(|d| html! { <li>{ d.say(lang) }</li> }) }
                    </ul>
                }
                if c.special_days.iter().any(|d| d.working) {
                    <p>{ S::CountedAsWorking.get(lang) }</p>
                    <ul class="counted">
                        { for c.special_days.iter().filter(|d| d.working).map(|d| html! { <li>{ d.say(lang) }</li> }) }
                    </ul>
                }
                if let Some(r) = c.rolled_from {
                    <p>{ tf(lang, S::RolledFrom, &[("date", &day(lang, r))]) }</p>
                }
                <h3>{ S::HowCounted.get(lang) }</h3>
                <ul class="conventions">
                    { for props.conventions.iter().map(|cv| {
                        let w = convention_words(cv, lang);
                        html! {
                            <li>
                                <span class="tag">{ w.tag }</span>
                                { " " }{ w.rule }
                                if let Some(l) = w.law { <span class="muted">{ format!(" ({l})") }</span> }
                                if let Some(r) = w.reading { <span class="also">{ r }</span> }
                                { for w.also.into_iter().map(|a| html! { <span class="also">{ a }</span> }) }
                            </li>
                        }
                    }) }
                </ul>
            </details>
            if let Some(s) = &c.source { <SourceNote source={s.clone()} /> }
        </section>
    }
}
