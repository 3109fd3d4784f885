//! "Why this date" drawn: the months from the submission to the due date, each day
//! shaded by its kind and named on hover or focus, the counted days numbered, the
//! start and the due date marked, a legend, and the same facts as a list for screen
//! readers. The engine's [`CountPicture`] decides everything shown; this only lays
//! it out.
//!
//! `<CountCalendar plan={plan} />` draws a plan's completion (the result page and
//! the help-desk card); `<CountPictureView picture={picture} />` draws any picture.

use std::rc::Rc;

use chrono::{Datelike, Weekday};
use yew::prelude::*;

use crate::engine::plan::{
    completion_picture, CompletionBasis, CountDay, CountDayKind, CountPicture, Counting, Plan,
};
use crate::engine::Catalog;
use crate::locale::{day, day_reason, month_year, text, tf, weekday, Lang, M, S};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct CountCalendarProps {
    pub plan: Rc<Plan>,
    /// The language to word it in; the screen's by default (the help desk words its
    /// card in the caller's).
    #[prop_or_default]
    pub lang: Option<Lang>,
}

/// The count behind a plan's completion date; nothing when it cannot be drawn (no
/// date, a span over three months): the text explanation beside it stays.
#[component]
pub fn CountCalendar(props: &CountCalendarProps) -> Html {
    let picture = use_memo(props.plan.clone(), |plan| {
        let calendar = Catalog::embedded().ok()?.calendar(plan.country)?;
        let picture = completion_picture(plan, calendar)?;
        // Calendar days only because the steps mix units: say so.
        let mixed = picture.counting == Counting::CalendarDays
            && !matches!(plan.completion.basis, CompletionBasis::OverallTerm { .. });
        Some((Rc::new(picture), mixed))
    });
    match &*picture {
        Some((p, mixed)) => {
            html! { <CountPictureView picture={p.clone()} mixed_units={*mixed} lang={props.lang} /> }
        }
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct CountPictureViewProps {
    pub picture: Rc<CountPicture>,
    /// Calendar days numbered because the steps' terms are in different units.
    #[prop_or_default]
    pub mixed_units: bool,
    /// As [`CountCalendarProps::lang`].
    #[prop_or_default]
    pub lang: Option<Lang>,
}

#[component]
pub fn CountPictureView(props: &CountPictureViewProps) -> Html {
    let screen = use_lang();
    let lang = props.lang.unwrap_or(screen);
    let p = &*props.picture;
    let n = p.total.to_string();
    let summary = match p.counting {
        Counting::WorkingDays => tf(lang, S::CountSummaryWorking, &[("n", &n)]),
        Counting::CalendarDays if props.mixed_units => format!(
            "{} {}",
            tf(lang, S::CountSummaryCalendar, &[("n", &n)]),
            S::CountMixedUnits.get(lang)
        ),
        Counting::CalendarDays => tf(lang, S::CountSummaryCalendar, &[("n", &n)]),
        Counting::Marked => S::CountSummaryMarked.get(lang).to_string(),
    };
    let projected_from = p.days().find(|d| d.projected && !d.outside).map(|d| d.date);
    let counting = match p.counting {
        Counting::WorkingDays => "working-days",
        Counting::CalendarDays => "calendar-days",
        Counting::Marked => "marked",
    };
    html! {
        <div class="count-calendar" lang={lang.code()} data-counting={counting} data-total={n.clone()}
            data-start={p.start.to_string()} data-due={p.due.to_string()}>
            <h3>{ S::CountCalendar.get(lang) }</h3>
            <p class="count-summary">{ summary }</p>
            if let Some(from) = projected_from {
                <p class="count-projected">{ tf(lang, S::CountProjected, &[("date", &day(lang, from))]) }</p>
            }
            <div class="count-months">
                { for p.months.iter().map(|m| html! {
                    <table class="count-grid" data-month={format!("{:04}-{:02}", m.year, m.month)}>
                        <caption>{ month_year(lang, m.year, m.month) }</caption>
                        <thead>
                            <tr>
                                { for WEEK.iter().map(|w| html! { <th scope="col">{ weekday(lang, *w) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for m.weeks.iter().map(|w| html! {
                                <tr>
                                    { for w.days.iter().map(|d| match d {
                                        Some(d) => cell(d, lang, p.counting),
                                        None => html! { <td class="blank"></td> },
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </div>
            <ul class="count-legend" aria-label={S::CountLegend.get(lang)}>
                <li><span class="swatch start" aria-hidden="true"></span>{ S::CountStart.get(lang) }</li>
                <li><span class="swatch due" aria-hidden="true"></span>{ S::CountDue.get(lang) }</li>
                if p.counting != Counting::Marked {
                    <li>
                        <span class="swatch counted" aria-hidden="true">{ "1" }</span>
                        { if p.counting == Counting::WorkingDays { S::CountNumberedWorking.get(lang) } else { S::CountNumberedCalendar.get(lang) } }
                    </li>
                }
                { for p.kinds().into_iter().filter(|k| *k != CountDayKind::Working).map(|k| html! {
                    <li><span class={classes!("swatch", k.key())} aria-hidden="true"></span>{ kind_name(k, lang) }</li>
                }) }
                if projected_from.is_some() {
                    <li><span class="swatch projected" aria-hidden="true"></span>{ S::CountProjectedDay.get(lang) }</li>
                }
            </ul>
            <table class="count-list visually-hidden">
                <caption>{ S::CountTableCaption.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ S::CountColDate.get(lang) }</th>
                        <th scope="col">{ S::CountColWhat.get(lang) }</th>
                        <th scope="col">{ S::CountColNumber.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for p.notable_days().map(|d| html! {
                        <tr data-date={d.date.to_string()}>
                            <td>{ day(lang, d.date) }</td>
                            <td>{ what(d, lang, p.counting).join(", ") }</td>
                            <td>{ d.counted.map_or_else(|| "—".to_string(), |n| n.to_string()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn kind_name(k: CountDayKind, lang: Lang) -> String {
    match k {
        CountDayKind::Working => S::CountKindWorking.get(lang).to_string(),
        CountDayKind::WeeklyRest => text(M::Weekend).get(lang).to_string(),
        CountDayKind::Holiday => S::CountKindHoliday.get(lang).to_string(),
        CountDayKind::CarryOver => S::CountKindCarryOver.get(lang).to_string(),
        CountDayKind::TransferredDayOff => S::CountKindTransferredDayOff.get(lang).to_string(),
        CountDayKind::TransferredWorkingDay => {
            S::CountKindTransferredWorkingDay.get(lang).to_string()
        }
        CountDayKind::WorkingHoliday => S::CountKindWorkingHoliday.get(lang).to_string(),
    }
}

/// What a day is, in words: start, due, its number, its reason (the holiday's name,
/// the carry-over, the decree), projected.
fn what(d: &CountDay, lang: Lang, counting: Counting) -> Vec<String> {
    let mut parts = Vec::new();
    if d.is_start {
        parts.push(S::CountStart.get(lang).to_string());
    }
    if d.is_due {
        parts.push(S::CountDue.get(lang).to_string());
    }
    if let Some(n) = d.counted {
        let key = match counting {
            Counting::WorkingDays => S::CountWorkingDayN,
            _ => S::CountDayN,
        };
        parts.push(tf(lang, key, &[("n", &n.to_string())]));
    }
    match &d.special {
        Some(s) => parts.push(day_reason(&s.reason).get(lang)),
        None if parts.is_empty() => parts.push(kind_name(d.kind, lang)),
        None => {}
    }
    if d.projected {
        parts.push(S::CountProjectedDay.get(lang).to_string());
    }
    parts
}

fn cell(d: &CountDay, lang: Lang, counting: Counting) -> Html {
    let label = format!(
        "{}: {}",
        day(lang, d.date),
        what(d, lang, counting).join(", ")
    );
    // Keyboard users reach the days that need telling apart; each is named on focus.
    let notable = !d.outside && (d.is_start || d.is_due || d.kind != CountDayKind::Working);
    let class = classes!(
        "day",
        d.kind.key(),
        d.is_start.then_some("start"),
        d.is_due.then_some("due"),
        d.outside.then_some("outside"),
        d.projected.then_some("projected"),
        d.counted.map(|_| "counted"),
    );
    html! {
        <td class={class} data-date={d.date.to_string()} data-kind={d.kind.key()}
            data-count={d.counted.map(|n| n.to_string())}
            title={label.clone()} aria-label={label}
            tabindex={notable.then_some("0")}>
            <span class="dn">{ d.date.day() }</span>
            if let Some(n) = d.counted { <span class="cn">{ n }</span> }
        </td>
    }
}
