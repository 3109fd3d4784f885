//! Terms and their units in words, with each language's number forms.

use crate::engine::plan::TermOut;
use crate::engine::term::{Term, TermKind, Unit};

use super::{label, Say};
use crate::locale::{render, Arg, Lang, Phrase, Text, M, S};

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
        ky: each(Lang::Ky).map(Into::into),
        kk: each(Lang::Kk).map(Into::into),
        ru: each(Lang::Ru).map(Into::into),
        en: each(Lang::En).map(Into::into),
    }
}

/// The unit's name after `n`, in every language.
pub(super) fn unit_text(u: Unit, n: u32) -> Text {
    let each = |lang| Some(unit_name(u, lang, n).to_string());
    Text {
        ky: each(Lang::Ky).map(Into::into),
        kk: each(Lang::Kk).map(Into::into),
        ru: each(Lang::Ru).map(Into::into),
        en: each(Lang::En).map(Into::into),
    }
}

/// Which of a unit's three forms follows `n`: English singular/plural; Russian
/// 1 / 2–4 / 5–20 with the usual endings; Kyrgyz and Kazakh do not inflect.
pub(super) fn plural_form(lang: Lang, n: u32) -> usize {
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
    fn phrase(&self) -> Phrase {
        Phrase::Text(self.text())
    }

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
    fn phrase(&self) -> Phrase {
        TermOut::from(self).phrase()
    }
}

/// A term in words: "within 4 working days", "15 working days to 2 months", …
pub(super) fn word_term(t: &TermOut) -> Text {
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
