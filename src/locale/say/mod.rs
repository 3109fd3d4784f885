//! How each typed fact of a plan is worded: the act's standing, warnings, step flags,
//! missing dates, terms, completions, fees, schedules, counting rules and calendar days.

use crate::engine::date::{dotted, Date};

use super::{text, Arg, Lang, Phrase, Text, M, S};

mod calendar;
mod plan;
mod terms;
mod warnings;

pub use calendar::{calendar_error, day_reason};
pub use plan::{
    charge_amount, convention_words, form_label, plan_error, standing_label, step_term, step_when,
    ConventionWords,
};
pub use terms::{unit_amount, unit_name};

/// A typed fact that can be said in every language.
pub trait Say {
    /// Its words, before a language is chosen.
    fn phrase(&self) -> Phrase;

    /// In all four languages.
    fn text(&self) -> Text {
        self.phrase().text()
    }

    /// In one language, worded in that language only.
    fn say(&self, lang: Lang) -> String {
        self.phrase().get(lang)
    }
}

/// Sentence `m` with the values of its placeholders.
pub(super) fn sentence<const N: usize>(m: M, args: [(&'static str, Arg); N]) -> Phrase {
    Phrase::Sentence(m, args.into())
}

/// Sentence `m`, which has no placeholders.
pub(super) fn said(m: M) -> Phrase {
    Phrase::Sentence(m, Vec::new())
}

pub(super) fn d(date: &Date) -> Arg {
    dotted(*date).into()
}

pub(super) fn or_open(date: &Option<Date>) -> Arg {
    match date {
        Some(x) => d(x),
        None => text(M::NotInText).into(),
    }
}

/// A label in every language.
pub(super) fn label(key: S) -> Text {
    let each = |lang| Some(key.get(lang).to_string());
    Text {
        ky: each(Lang::Ky).map(Into::into),
        kk: each(Lang::Kk).map(Into::into),
        ru: each(Lang::Ru).map(Into::into),
        en: each(Lang::En).map(Into::into),
    }
}
