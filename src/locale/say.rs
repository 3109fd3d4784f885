//! How each typed fact of a plan is worded: the act's standing, warnings, step flags,
//! missing dates, terms, completions, fees, schedules, counting rules and calendar days.

use crate::engine::act::Standing;
use crate::engine::calendar::{DayReason, OpenPoint, SpecialDay};
use crate::engine::date::{dotted, Date};
use crate::engine::plan::{
    Charge, Completion, CompletionBasis, ConventionText, OpenFact, ScheduleBasis, StepFlag,
    TermOut, Undated, Warning,
};
use crate::engine::source::LegalRef;
use crate::engine::term::{Term, TermKind, Unit};

use super::{join, render, text, Arg, Lang, Text, M, S};

/// A typed fact that can be said in every language.
pub trait Say {
    /// In all four languages.
    fn text(&self) -> Text;

    /// In one language.
    fn say(&self, lang: Lang) -> String {
        self.text().get(lang).to_string()
    }
}

fn d(date: &Date) -> Arg {
    dotted(*date).into()
}

fn or_open(date: &Option<Date>) -> Arg {
    match date {
        Some(x) => d(x),
        None => text(M::NotInText).into(),
    }
}

impl Say for Warning {
    fn text(&self) -> Text {
        match self {
            Warning::ActNotYetInForce {
                date,
                earliest,
                latest,
            } => render(
                M::ActNotYetInForce,
                &[
                    ("date", d(date)),
                    ("earliest", d(earliest)),
                    ("latest", or_open(latest)),
                ],
            ),
            Warning::ActRepealed {
                date,
                last_day_earliest,
                last_day_latest,
                by,
            } => render(
                if last_day_earliest == last_day_latest {
                    M::ActRepealedOn
                } else {
                    M::ActRepealed
                },
                &[
                    ("date", d(date)),
                    ("earliest", d(last_day_earliest)),
                    ("latest", d(last_day_latest)),
                    ("by", by.into()),
                ],
            ),
            Warning::ActEntryUncertain {
                date,
                earliest,
                latest,
            } => render(
                M::ActEntryUncertain,
                &[
                    ("date", d(date)),
                    ("earliest", d(earliest)),
                    ("latest", or_open(latest)),
                ],
            ),
            Warning::ActRepealUncertain {
                date,
                last_day_earliest,
                last_day_latest,
                by,
            } => render(
                M::ActRepealUncertain,
                &[
                    ("date", d(date)),
                    ("earliest", d(last_day_earliest)),
                    ("latest", d(last_day_latest)),
                    ("by", by.into()),
                ],
            ),
            Warning::ActInForceAsFarAsTextShows {
                as_of,
                entry_undated,
            } => render(
                if *entry_undated {
                    M::ActAsFarAsTextShowsUndated
                } else {
                    M::ActAsFarAsTextShows
                },
                &[("as_of", d(as_of))],
            ),
            Warning::RunsPastRepeal {
                step,
                last_day,
                surely,
            } => render(
                if *surely {
                    M::RunsPastRepeal
                } else {
                    M::MayRunPastRepeal
                },
                &[("step", step.as_str().into()), ("date", d(last_day))],
            ),
            Warning::CompletionPastRepeal {
                completion,
                last_day,
                surely,
            } => render(
                if *surely {
                    M::CompletionPastRepeal
                } else {
                    M::CompletionMayBePastRepeal
                },
                &[("completion", d(completion)), ("date", d(last_day))],
            ),
            Warning::Contradiction { what, source, .. } => render(
                M::Contradiction,
                &[("what", what.into()), ("source", source.citation().into())],
            ),
            Warning::UnusedAnswer { question, value } => render(
                M::UnusedAnswer,
                &[
                    ("id", question.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            Warning::DocumentTooOld {
                title,
                issued,
                submitted,
                limit,
                max_age,
                unit,
                if_it_applies,
                source,
                ..
            } => render(
                if *if_it_applies {
                    M::DocumentTooOldIfApplies
                } else {
                    M::DocumentTooOld
                },
                &[
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                    ("limit", d(limit)),
                    ("age", unit_amount(*unit, *max_age).into()),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::DocumentDatedAfter {
                title,
                issued,
                submitted,
                ..
            } => render(
                M::DocumentDatedAfter,
                &[
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                ],
            ),
            Warning::StepsExceedOverall { steps, cap, source } => render(
                M::StepsExceedOverall,
                &[
                    ("steps", d(steps)),
                    ("cap", d(cap)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::StepTermOverCap {
                step,
                term,
                limit,
                unit,
                source,
                ..
            } => render(
                M::StepOverProcedure,
                &[
                    ("step", step.as_str().into()),
                    ("n", unit_amount(*unit, *term).into()),
                    ("limit", unit_amount(*unit, *limit).into()),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::ProcedureOverrun {
                procedure,
                title,
                step,
                limit,
                started,
                cap,
                ends,
                source,
            } => render(
                M::ProcedureOverrun,
                &[
                    ("id", procedure.as_str().into()),
                    ("title", title.into()),
                    ("step", step.as_str().into()),
                    ("limit", limit.text().into()),
                    ("started", d(started)),
                    ("cap", d(cap)),
                    ("ends", d(ends)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::MinimumAfterDue {
                procedure,
                title,
                step,
                not_before,
                due,
                source,
            } => render(
                M::MinimumAfterDue,
                &[
                    ("id", procedure.as_str().into()),
                    ("title", title.into()),
                    ("step", step.as_str().into()),
                    ("date", d(not_before)),
                    ("due", d(due)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::ProvisionalYear {
                country,
                year,
                open,
            } => {
                let points: Vec<Text> = open.iter().map(|o| o.text(*year)).collect();
                let joined = join(&points, " ");
                render(
                    M::ProvisionalYear,
                    &[
                        ("country", country.code().into()),
                        ("year", year.to_string().into()),
                        ("open", joined.into()),
                    ],
                )
            }
            Warning::ProjectedYear {
                country,
                year,
                last_known,
            } => render(
                M::ProjectedYear,
                &[
                    ("country", country.code().into()),
                    ("year", year.to_string().into()),
                    ("last", last_known.to_string().into()),
                ],
            ),
            Warning::LowerBounds { step, title } => render(
                M::LowerBounds,
                &[("step", step.as_str().into()), ("title", title.into())],
            ),
            Warning::Barred {
                text: t, source, ..
            } => render(
                M::Barred,
                &[("ground", t.into()), ("source", source.citation().into())],
            ),
        }
    }
}

impl OpenFact {
    /// What is still open about `year`, in every language.
    pub fn text(&self, year: i32) -> Text {
        let y = ("year", Arg::from(year.to_string()));
        let name = || -> Arg {
            match &self.holiday {
                Some(n) => n.into(),
                None => "?".into(),
            }
        };
        match &self.point {
            OpenPoint::NoTransferDecree => render(M::OpenNoTransferDecree, &[y]),
            OpenPoint::HolidayUnconfirmed { .. } => {
                render(M::OpenHolidayUnconfirmed, &[y, ("holiday", name())])
            }
            OpenPoint::HolidayNotAnnounced { .. } => {
                render(M::OpenHolidayNotAnnounced, &[y, ("holiday", name())])
            }
            OpenPoint::HolidayChangeReported { .. } => {
                render(M::OpenHolidayChangeReported, &[y, ("holiday", name())])
            }
        }
    }
}

impl Say for StepFlag {
    fn text(&self) -> Text {
        match self {
            StepFlag::AfterRepeal { last_day } => {
                render(M::FlagAfterRepeal, &[("date", d(last_day))])
            }
            StepFlag::MayBeAfterRepeal { earliest, latest } => render(
                M::FlagMayBeAfterRepeal,
                &[("earliest", d(earliest)), ("latest", d(latest))],
            ),
            StepFlag::Provisional { year } => {
                render(M::FlagProvisional, &[("year", year.to_string().into())])
            }
            StepFlag::Projected { year } => {
                render(M::FlagProjected, &[("year", year.to_string().into())])
            }
            StepFlag::LowerBound { after_step } => {
                render(M::FlagLowerBound, &[("step", after_step.as_str().into())])
            }
            StepFlag::TermByReading => text(M::FlagTermByReading),
            StepFlag::OverCap { procedure, cap } => render(
                M::FlagOverCap,
                &[("id", procedure.as_str().into()), ("cap", d(cap))],
            ),
            StepFlag::HeldBack {
                procedure,
                not_before,
            } => render(
                M::FlagHeldBack,
                &[("id", procedure.as_str().into()), ("date", d(not_before))],
            ),
            StepFlag::OtherReading { due } => render(M::FlagOtherReading, &[("date", d(due))]),
        }
    }
}

impl Say for Undated {
    fn text(&self) -> Text {
        match self {
            Undated::NoTerm { title, source } => render(
                M::NoTermForStep,
                &[("step", title.into()), ("source", source.citation().into())],
            ),
            Undated::LowerBoundOnly => text(M::LowerBoundOnly),
            Undated::AfterUntimed { step, title } => render(
                M::AfterUntimed,
                &[("step", step.as_str().into()), ("title", title.into())],
            ),
            Undated::OutOfCalendar {
                date,
                country,
                from,
                to,
            } => render(
                M::OutOfCalendar,
                &[
                    ("date", d(date)),
                    ("country", country.code().into()),
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ),
            Undated::NeedsDate { question } => {
                render(M::ScheduleNeedsDate, &[("question", question.into())])
            }
            Undated::NotInForce => text(M::NotComputedNotInForce),
        }
    }
}

impl Say for SpecialDay {
    /// "21.03.2025 Nooruz", "22.03.2025 weekend", … in every language.
    fn text(&self) -> Text {
        let what = match &self.reason {
            DayReason::Weekend => text(M::Weekend),
            DayReason::Holiday { name, .. } => name.clone(),
            DayReason::CarryOver {
                holiday,
                holiday_date,
                ..
            } => render(
                M::CarriedOver,
                &[
                    ("holiday", holiday.into()),
                    ("date", dotted(*holiday_date).into()),
                ],
            ),
            DayReason::TransferredDayOff {
                worked_instead,
                source,
            } => match worked_instead {
                Some(w) => render(
                    M::TransferredDayOffFor,
                    &[
                        ("date", dotted(*w).into()),
                        ("decree", decree(source).into()),
                    ],
                ),
                None => render(M::TransferredDayOff, &[("decree", decree(source).into())]),
            },
            DayReason::TransferredWorkingDay {
                day_off_instead,
                source,
            } => match day_off_instead {
                Some(off) => render(
                    M::TransferredWorkingDayFor,
                    &[
                        ("date", dotted(*off).into()),
                        ("decree", decree(source).into()),
                    ],
                ),
                None => render(
                    M::TransferredWorkingDay,
                    &[("decree", decree(source).into())],
                ),
            },
            DayReason::WorkingHoliday { name, .. } => {
                render(M::WorkingHoliday, &[("name", name.into())])
            }
        };
        let day = dotted(self.date);
        let each = |lang| Some(format!("{day} {}", what.get(lang)));
        Text {
            ky: each(Lang::Ky),
            kk: each(Lang::Kk),
            ru: each(Lang::Ru),
            en: each(Lang::En),
        }
    }
}

/// " (№ 835, 2025-12-25)", or what of it is known.
fn decree(source: &LegalRef) -> String {
    match (&source.number, &source.date) {
        (Some(n), Some(d)) => format!(" ({n}, {d})"),
        (Some(n), None) => format!(" ({n})"),
        (None, Some(d)) => format!(" ({d})"),
        (None, None) => String::new(),
    }
}

/// The unit's name after the number `n` in `lang` (Russian in the accusative
/// counting form the term sentences use: "через 1 минуту, 2 минуты, 5 минут").
pub fn unit_name(unit: Unit, lang: Lang, n: u32) -> &'static str {
    let this = unit;
    let forms: [&str; 3] = match (lang, this) {
        (Lang::En, Unit::Minutes) => ["minute", "minutes", "minutes"],
        (Lang::En, Unit::Hours) => ["hour", "hours", "hours"],
        (Lang::En, Unit::WorkingDays) => ["working day", "working days", "working days"],
        (Lang::En, Unit::CalendarDays) => ["calendar day", "calendar days", "calendar days"],
        (Lang::En, Unit::Weeks) => ["week", "weeks", "weeks"],
        (Lang::En, Unit::Months) => ["month", "months", "months"],
        (Lang::En, Unit::Years) => ["year", "years", "years"],
        (Lang::Ru, Unit::Minutes) => ["минуту", "минуты", "минут"],
        (Lang::Ru, Unit::Hours) => ["час", "часа", "часов"],
        (Lang::Ru, Unit::WorkingDays) => ["рабочий день", "рабочих дня", "рабочих дней"],
        (Lang::Ru, Unit::CalendarDays) => {
            ["календарный день", "календарных дня", "календарных дней"]
        }
        (Lang::Ru, Unit::Weeks) => ["неделю", "недели", "недель"],
        (Lang::Ru, Unit::Months) => ["месяц", "месяца", "месяцев"],
        (Lang::Ru, Unit::Years) => ["год", "года", "лет"],
        (Lang::Ky, Unit::Minutes) => ["мүнөт"; 3],
        (Lang::Ky, Unit::Hours) => ["саат"; 3],
        (Lang::Ky, Unit::WorkingDays) => ["жумуш күн"; 3],
        (Lang::Ky, Unit::CalendarDays) => ["календардык күн"; 3],
        (Lang::Ky, Unit::Weeks) => ["апта"; 3],
        (Lang::Ky, Unit::Months) => ["ай"; 3],
        (Lang::Ky, Unit::Years) => ["жыл"; 3],
        (Lang::Kk, Unit::Minutes) => ["минут"; 3],
        (Lang::Kk, Unit::Hours) => ["сағат"; 3],
        (Lang::Kk, Unit::WorkingDays) => ["жұмыс күні"; 3],
        (Lang::Kk, Unit::CalendarDays) => ["күнтізбелік күн"; 3],
        (Lang::Kk, Unit::Weeks) => ["апта"; 3],
        (Lang::Kk, Unit::Months) => ["ай"; 3],
        (Lang::Kk, Unit::Years) => ["жыл"; 3],
    };
    forms[plural_form(lang, n)]
}

/// "4 working days" in every language.
pub fn unit_amount(unit: Unit, n: u32) -> Text {
    let each = |lang| Some(format!("{n} {}", unit_name(unit, lang, n)));
    Text {
        ky: each(Lang::Ky),
        kk: each(Lang::Kk),
        ru: each(Lang::Ru),
        en: each(Lang::En),
    }
}

/// The unit's name after `n`, in every language.
fn unit_text(u: Unit, n: u32) -> Text {
    let each = |lang| Some(unit_name(u, lang, n).to_string());
    Text {
        ky: each(Lang::Ky),
        kk: each(Lang::Kk),
        ru: each(Lang::Ru),
        en: each(Lang::En),
    }
}

/// Which of a unit's three forms follows `n`: English singular/plural; Russian
/// 1 / 2–4 / 5–20 with the usual endings; Kyrgyz and Kazakh do not inflect.
fn plural_form(lang: Lang, n: u32) -> usize {
    match lang {
        Lang::En => usize::from(n != 1),
        Lang::Ru => match (n % 10, n % 100) {
            (1, h) if h != 11 => 0,
            (2..=4, h) if !(12..=14).contains(&h) => 1,
            _ => 2,
        },
        Lang::Ky | Lang::Kk => 0,
    }
}

impl Say for TermOut {
    fn text(&self) -> Text {
        // Terms repeat across plans and every plan words each of its steps' terms:
        // worded once per thread (the browser has one), then cloned.
        type Key = (TermKind, Option<u32>, Option<u32>, Unit, Option<Unit>);
        thread_local! {
            static WORDED: std::cell::RefCell<std::collections::HashMap<Key, Text>> =
                Default::default();
        }
        let key = (self.kind, self.min, self.max, self.unit, self.min_unit);
        WORDED.with(|cache| {
            cache
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| word_term(self))
                .clone()
        })
    }
}

impl Say for Term {
    fn text(&self) -> Text {
        TermOut::from(self).text()
    }
}

/// A term in words: "within 4 working days", "15 working days to 2 months", …
fn word_term(t: &TermOut) -> Text {
    let this = t;
    let n = |v: u32, u: Unit| -> Arg { unit_amount(u, v).into() };
    match (this.kind, this.min, this.max) {
        (TermKind::Within, _, Some(max)) => render(
            M::TermWithin,
            &[
                ("n", max.to_string().into()),
                ("unit", unit_text(this.unit, max).into()),
            ],
        ),
        (TermKind::NotEarlierThan, Some(min), _) => render(
            M::TermNotEarlier,
            &[
                ("n", min.to_string().into()),
                ("unit", unit_text(this.lower_unit(), min).into()),
            ],
        ),
        (TermKind::Range, Some(min), Some(max)) => render(
            M::TermRange,
            &[
                ("min", n(min, this.lower_unit())),
                ("max", n(max, this.unit)),
            ],
        ),
        (TermKind::Duration, _, Some(max)) => render(
            M::TermDuration,
            &[
                ("n", max.to_string().into()),
                ("unit", unit_text(this.unit, max).into()),
            ],
        ),
        _ => label(S::NoTermInRegulation),
    }
}

/// A label in every language.
fn label(key: S) -> Text {
    let each = |lang| Some(key.get(lang).to_string());
    Text {
        ky: each(Lang::Ky),
        kk: each(Lang::Kk),
        ru: each(Lang::Ru),
        en: each(Lang::En),
    }
}

impl Say for Completion {
    /// Why these completion dates, or why there are none.
    fn text(&self) -> Text {
        match &self.basis {
            CompletionBasis::NotInForce => text(M::NotComputedNotInForce),
            CompletionBasis::Barred => text(M::CompletionBarred),
            CompletionBasis::NoStepsNoTerm => text(M::NoStepsNoTerm),
            CompletionBasis::StepsEnd { date, own_path } => render(
                if *own_path {
                    M::OverallTermNotForPath
                } else {
                    M::NoOverallTerm
                },
                &[("date", d(date))],
            ),
            CompletionBasis::LowerBound { date, step } => render(
                M::CompletionLowerBound,
                &[("date", d(date)), ("step", step.as_str().into())],
            ),
            CompletionBasis::OverallTerm {
                term,
                source,
                from_step,
                from,
                to,
                not_before,
            } => {
                let counted = match from_step {
                    None => render(
                        M::OverallTerm,
                        &[
                            ("term", term.text().into()),
                            ("source", source.citation().into()),
                            ("from", d(from)),
                            ("to", d(to)),
                        ],
                    ),
                    Some(step) => render(
                        M::OverallTermFromStep,
                        &[
                            ("term", term.text().into()),
                            ("source", source.citation().into()),
                            ("step", step.as_str().into()),
                            ("from", d(from)),
                            ("to", d(to)),
                        ],
                    ),
                };
                match not_before {
                    Some(f) => join(&[counted, render(M::NotBefore, &[("date", d(f))])], " "),
                    None => counted,
                }
            }
            CompletionBasis::Undated { why } => why.text(),
        }
    }
}

/// An amount as plain digits: "7864", "612.6" (the interface groups digits itself).
fn plain(m: &crate::engine::money::Money) -> String {
    if m.minor % 100 == 0 {
        (m.minor / 100).to_string()
    } else {
        m.major().to_string()
    }
}

impl Say for Charge {
    /// What the fee comes to and why.
    fn text(&self) -> Text {
        match self {
            Charge::Free => text(M::FeeFree),
            Charge::Fixed { amount } => render(
                M::FeeFixed,
                &[
                    ("amount", plain(amount).into()),
                    ("currency", amount.currency.as_str().into()),
                ],
            ),
            Charge::IndexMultiple {
                multiple,
                index_name,
                value,
                on,
                law,
                amount,
                rounding,
                ..
            } => join(
                &[
                    render(
                        M::FeeIndex,
                        &[
                            ("multiple", multiple.to_string().into()),
                            ("index", Arg::from(&**index_name)),
                            ("value", plain(value).into()),
                            ("currency", amount.currency.as_str().into()),
                            ("date", d(on)),
                            ("law", law.citation().into()),
                            ("amount", plain(amount).into()),
                        ],
                    ),
                    (**rounding).clone(),
                ],
                " ",
            ),
            Charge::IndexMissing {
                multiple,
                index,
                on,
            } => render(
                M::FeeIndexMissing,
                &[
                    ("multiple", multiple.to_string().into()),
                    ("index", index.as_str().into()),
                    ("date", d(on)),
                ],
            ),
            Charge::PriceList { set_by } => set_by.clone(),
            Charge::NotStated => text(M::FeeNotStated),
        }
    }
}

impl Say for ScheduleBasis {
    /// What a schedule counts from.
    fn text(&self) -> Text {
        match self {
            ScheduleBasis::Completion => text(M::ScheduleFromCompletion),
            ScheduleBasis::Step { step, title } => render(
                M::ScheduleFromStep,
                &[("step", step.as_str().into()), ("title", title.into())],
            ),
            ScheduleBasis::Date { date, question } => render(
                M::ScheduleFromDate,
                &[("date", d(date)), ("question", question.into())],
            ),
            ScheduleBasis::NeedsDate { question } => {
                render(M::ScheduleNeedsDate, &[("question", question.into())])
            }
        }
    }
}

impl Say for ConventionText {
    /// A counting rule in words.
    fn text(&self) -> Text {
        match self {
            ConventionText::Stated { text } => text.clone(),
            ConventionText::OfficeHours {
                open,
                close,
                breaks,
            } => {
                let hours = [
                    ("open", open.to_string().into()),
                    ("close", close.to_string().into()),
                ];
                if breaks.is_empty() {
                    render(M::OfficeHoursRule, &hours)
                } else {
                    let breaks: Vec<String> =
                        breaks.iter().map(|[a, b]| format!("{a}–{b}")).collect();
                    let [open, close] = hours;
                    render(
                        M::OfficeHoursWithBreak,
                        &[open, close, ("breaks", breaks.join(", ").into())],
                    )
                }
            }
            ConventionText::ShortenedEve { hours } => {
                render(M::ShortenedEve, &[("hours", hours.to_string().into())])
            }
            ConventionText::StepChaining => text(M::ChainRule),
            ConventionText::StepOwnRule { step, quote } => render(
                M::StepOwnRule,
                &[
                    ("step", step.as_str().into()),
                    ("quote", quote.as_str().into()),
                ],
            ),
        }
    }
}

/// The act's standing as a short label.
pub fn standing_label(standing: &Standing) -> S {
    match standing {
        Standing::InForce => S::StatusInForce,
        Standing::InForceAsFarAsTextShows => S::StatusAsFarAsTextShows,
        Standing::EntryUncertain | Standing::RepealUncertain => S::StatusUncertain,
        Standing::NotYetInForce => S::StatusNotYetInForce,
        Standing::Repealed => S::StatusRepealed,
    }
}

/// A fee's amount as a reader sees it: "7 864 KZT", "free", "amount not in the
/// regulation" (the reason follows in [`Charge`]'s own words).
pub fn charge_amount(c: &Charge, lang: Lang) -> String {
    match c {
        Charge::Free => S::Free.get(lang).to_string(),
        Charge::Fixed { amount } | Charge::IndexMultiple { amount, .. } => {
            format!(
                "{} {}",
                super::amount(lang, amount.major()),
                amount.currency
            )
        }
        _ => S::AmountNotInRegulation.get(lang).to_string(),
    }
}

/// How a document is handed in, as a label: original, copy, shown, checked, not stated.
pub fn form_label(f: crate::engine::regulation::OriginalOrCopy) -> S {
    use crate::engine::regulation::OriginalOrCopy;
    match f {
        OriginalOrCopy::Original => S::FormOriginal,
        OriginalOrCopy::Copy => S::FormCopy,
        OriginalOrCopy::Presented => S::FormPresented,
        OriginalOrCopy::Record => S::FormRecord,
        OriginalOrCopy::NotStated => S::FormNotStated,
    }
}

/// Why a plan could not be made, in the reader's language.
pub fn plan_error(e: &crate::engine::plan::PlanError, lang: Lang) -> String {
    use super::tf;
    use crate::engine::plan::PlanError;
    match e {
        PlanError::UnknownService { id, valid } => tf(
            lang,
            S::ErrUnknownService,
            &[("id", id), ("valid", &valid.join(", "))],
        ),
        PlanError::UnknownSituation { service, id, valid } => tf(
            lang,
            S::ErrUnknownSituation,
            &[
                ("id", id),
                ("service", service),
                ("valid", &valid.join(", ")),
            ],
        ),
        PlanError::UnknownQuestion { id, valid } => tf(
            lang,
            S::ErrUnknownQuestion,
            &[("id", id), ("valid", &valid.join(", "))],
        ),
        PlanError::InvalidAnswer {
            question,
            value,
            valid,
        } => {
            let valid = valid.as_ref().map_or_else(
                || S::ErrAnswerIsDate.get(lang).to_string(),
                |v| v.join(", "),
            );
            tf(
                lang,
                S::ErrInvalidAnswer,
                &[("question", question), ("value", value), ("valid", &valid)],
            )
        }
        PlanError::NoCalendar(c) => tf(lang, S::ErrNoCalendar, &[("country", c.code())]),
        PlanError::NoConventions(c) => tf(lang, S::ErrNoConventions, &[("country", c.code())]),
    }
}

impl std::fmt::Display for crate::engine::plan::PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&plan_error(self, Lang::En))
    }
}

impl std::fmt::Display for crate::engine::calendar::CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&calendar_error(self, Lang::En))
    }
}

/// A date the calendars cannot count, in the reader's language.
pub fn calendar_error(e: &crate::engine::calendar::CalendarError, lang: Lang) -> String {
    let crate::engine::calendar::CalendarError::OutOfRange {
        date,
        from,
        to,
        country,
    } = e;
    super::tf(
        lang,
        S::ErrOutOfCalendar,
        &[
            ("date", &date.to_string()),
            ("country", country.code()),
            ("from", &from.to_string()),
            ("to", &to.to_string()),
        ],
    )
}
