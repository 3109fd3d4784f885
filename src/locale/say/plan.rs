//! The completion, fees, schedules, counting rules, the act's standing and plan errors
//! in words.

use crate::engine::act::Standing;
use crate::engine::plan::{
    Charge, Completion, CompletionBasis, ConventionOrigin, ConventionText, ConventionUsed,
    ScheduleBasis,
};
use crate::engine::term::BasisRole;

use super::{d, said, sentence, Say};
use crate::locale::{tf, Arg, Lang, Phrase, M, S};

impl Say for Completion {
    /// Why these completion dates, or why there are none.
    fn phrase(&self) -> Phrase {
        match &self.basis {
            CompletionBasis::NotInForce => said(M::NotComputedNotInForce),
            CompletionBasis::Barred => said(M::CompletionBarred),
            CompletionBasis::NoStepsNoTerm => said(M::NoStepsNoTerm),
            CompletionBasis::StepsEnd { date, own_path } => sentence(
                if *own_path {
                    M::OverallTermNotForPath
                } else {
                    M::NoOverallTerm
                },
                [("date", d(date))],
            ),
            CompletionBasis::LowerBound { date, step } => sentence(
                M::CompletionLowerBound,
                [("date", d(date)), ("step", step.as_str().into())],
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
                    None => sentence(
                        M::OverallTerm,
                        [
                            ("term", term.text().into()),
                            ("source", source.citation().into()),
                            ("from", d(from)),
                            ("to", d(to)),
                        ],
                    ),
                    Some(step) => sentence(
                        M::OverallTermFromStep,
                        [
                            ("term", term.text().into()),
                            ("source", source.citation().into()),
                            ("step", step.as_str().into()),
                            ("from", d(from)),
                            ("to", d(to)),
                        ],
                    ),
                };
                match not_before {
                    Some(f) => {
                        Phrase::Joined(vec![counted, sentence(M::NotBefore, [("date", d(f))])])
                    }
                    None => counted,
                }
            }
            CompletionBasis::Undated { why } => why.phrase(),
        }
    }
}

/// An amount as plain digits: "7864", "612.6" (the interface groups digits itself).
pub(super) fn plain(m: &crate::engine::money::Money) -> String {
    if m.minor % 100 == 0 {
        (m.minor / 100).to_string()
    } else {
        m.major().to_string()
    }
}

impl Say for Charge {
    /// What the fee comes to and why.
    fn phrase(&self) -> Phrase {
        match self {
            Charge::Free => said(M::FeeFree),
            Charge::Fixed { amount } => sentence(
                M::FeeFixed,
                [
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
            } => Phrase::Joined(vec![
                sentence(
                    M::FeeIndex,
                    [
                        ("multiple", multiple.to_string().into()),
                        ("index", Arg::from(&**index_name)),
                        ("value", plain(value).into()),
                        ("currency", amount.currency.as_str().into()),
                        ("date", d(on)),
                        ("law", law.citation().into()),
                        ("amount", plain(amount).into()),
                    ],
                ),
                Phrase::Text((**rounding).clone()),
            ]),
            Charge::IndexMissing {
                multiple,
                index,
                on,
            } => sentence(
                M::FeeIndexMissing,
                [
                    ("multiple", multiple.to_string().into()),
                    ("index", index.as_str().into()),
                    ("date", d(on)),
                ],
            ),
            Charge::PriceList { set_by } => Phrase::Text(set_by.clone()),
            Charge::NotStated => said(M::FeeNotStated),
        }
    }
}

impl Say for ScheduleBasis {
    /// What a schedule counts from.
    fn phrase(&self) -> Phrase {
        match self {
            ScheduleBasis::Completion => said(M::ScheduleFromCompletion),
            ScheduleBasis::Step {
                step,
                title,
                held_back: None,
            } => sentence(
                M::ScheduleFromStep,
                [("step", step.as_str().into()), ("title", title.into())],
            ),
            ScheduleBasis::Step {
                step,
                title,
                held_back: Some(date),
            } => sentence(
                M::ScheduleFromHeldBackStep,
                [
                    ("step", step.as_str().into()),
                    ("title", title.into()),
                    ("date", d(date)),
                ],
            ),
            ScheduleBasis::Date { date, question } => sentence(
                M::ScheduleFromDate,
                [("date", d(date)), ("question", question.into())],
            ),
            ScheduleBasis::NeedsDate { question } => {
                sentence(M::ScheduleNeedsDate, [("question", question.into())])
            }
        }
    }
}

impl Say for ConventionText {
    /// A counting rule in words.
    fn phrase(&self) -> Phrase {
        match self {
            ConventionText::Stated { text } => Phrase::Text(text.clone()),
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
                    sentence(M::OfficeHoursRule, hours)
                } else {
                    let breaks: Vec<String> =
                        breaks.iter().map(|[a, b]| format!("{a}–{b}")).collect();
                    let [open, close] = hours;
                    sentence(
                        M::OfficeHoursWithBreak,
                        [open, close, ("breaks", breaks.join(", ").into())],
                    )
                }
            }
            ConventionText::ShortenedEve { hours } => {
                sentence(M::ShortenedEve, [("hours", hours.to_string().into())])
            }
            ConventionText::StepChaining => said(M::ChainRule),
            ConventionText::StepOwnRule { step, quote } => sentence(
                M::StepOwnRule,
                [
                    ("step", step.as_str().into()),
                    ("quote", Arg::from(&**quote)),
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
                crate::locale::amount(lang, amount.major()),
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
    use crate::engine::plan::PlanError;
    use crate::locale::tf;
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

/// A step's term, or that the regulation gives it none.
pub fn step_term(s: &crate::engine::plan::PlannedStep, lang: Lang) -> String {
    s.term.as_ref().map_or_else(
        || S::NoTermInRegulation.get(lang).to_string(),
        |t| t.say(lang),
    )
}

/// When a step is due: by its date, not before its earliest, or not determinable.
pub fn step_when(s: &crate::engine::plan::PlannedStep, lang: Lang) -> String {
    use crate::locale::{day, tf};
    match (s.earliest, s.due) {
        (_, Some(d)) => tf(lang, S::DueBy, &[("date", &day(lang, d))]),
        (Some(e), None) => tf(lang, S::NotBefore, &[("date", &day(lang, e))]),
        (None, None) => S::DateNotDeterminable.get(lang).to_string(),
    }
}

impl Say for crate::engine::plan::OtherStartReading {
    fn phrase(&self) -> Phrase {
        sentence(
            M::CompletionOtherStart,
            [
                ("law", self.law.citation().into()),
                ("date", d(&self.latest)),
            ],
        )
    }
}

/// A counting rule the plan used, worded in `lang` for a list: its origin's tag, the
/// rule, the law it rests on, Tartip's reading of it, and what other laws in force then
/// say (the same, or another reading). The page and the command line both list these.
pub struct ConventionWords {
    pub tag: &'static str,
    pub rule: String,
    pub law: Option<String>,
    pub reading: Option<String>,
    pub also: Vec<String>,
}

pub fn convention_words(cv: &ConventionUsed, lang: Lang) -> ConventionWords {
    ConventionWords {
        tag: match cv.origin {
            ConventionOrigin::GeneralRule => S::OriginGeneral.get(lang),
            ConventionOrigin::Regulation => S::OriginRegulation.get(lang),
        },
        rule: cv.text.say(lang),
        law: cv.legal_basis.as_ref().map(|l| l.citation()),
        reading: cv
            .basis_reading
            .as_ref()
            .map(|r| tf(lang, S::ByReading, &[("text", r.get(lang))])),
        also: cv
            .also
            .iter()
            .map(|b| {
                let key = match b.role {
                    BasisRole::Conflict => S::BasisConflict,
                    _ => S::BasisAlso,
                };
                let mut s = tf(lang, key, &[("law", &b.source.citation())]);
                if let Some(r) = &b.reading {
                    s.push(' ');
                    s.push_str(r.get(lang));
                }
                s
            })
            .collect(),
    }
}
