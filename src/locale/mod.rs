//! Every word Tartip says, in Kyrgyz, Kazakh, Russian and English, in one place: the
//! interface's labels ([`S`]), the sentences about plans, calendars and documents
//! ([`M`]), and how each typed fact of a plan is worded ([`Say`]). The UI, the command
//! line, the package documents and the plain-text exports all word through here.
//!
//! Each table is written with [`words!`]: a key without all four languages does not
//! compile, and the tests catch an empty string, an untranslated copy of the English
//! and placeholders that differ between languages.

/// Defines a table of words: an enum of keys, each with a template per language.
macro_rules! words {
    ($(#[$meta:meta])* $name:ident; $($key:ident { en: $en:expr, ru: $ru:expr, ky: $ky:expr, kk: $kk:expr $(,)? })*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The template in `lang`, placeholders unfilled.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $($name::$key => match lang {
                        Lang::En => $en,
                        Lang::Ru => $ru,
                        Lang::Ky => $ky,
                        Lang::Kk => $kk,
                    }),*
                }
            }
        }

        impl $crate::locale::Words for $name {
            fn template(self, lang: Lang) -> &'static str {
                self.get(lang)
            }
        }
    };
}

/// A key of any table of words: what [`tf`] fills.
pub trait Words: Copy {
    fn template(self, lang: Lang) -> &'static str;
}

mod desk;
mod facts;
mod format;
mod forms;
mod org;
mod say;
mod ui;

pub use crate::engine::text::{Lang, Text};
pub use desk::D;
pub use facts::M;
pub use format::{amount, day, month_year, native_name, office_hours, weekday};
pub use forms::{date_error, field_problem, id_problem, import_error};
pub use org::{archive_error, blocker, doc_status, workspace_error, O};
pub use say::{
    calendar_error, charge_amount, convention_words, day_reason, form_label, plan_error,
    standing_label, step_term, step_when, unit_amount, unit_name, ConventionWords, Say,
};
pub use ui::S;

/// A value put into a sentence: plain (a date, a number), multilingual (a title), or a
/// phrase worded in the sentence's own language.
#[derive(Clone, Debug)]
pub enum Arg {
    Plain(String),
    Text(Text),
    Phrase(Box<Phrase>),
}

impl Arg {
    fn write(&self, lang: Lang, out: &mut String) {
        match self {
            Arg::Plain(p) => out.push_str(p),
            Arg::Text(t) => out.push_str(t.get(lang)),
            Arg::Phrase(p) => p.write(lang, out),
        }
    }
}

impl From<Phrase> for Arg {
    fn from(p: Phrase) -> Self {
        match p {
            Phrase::Text(t) => Arg::Text(t),
            Phrase::Plain(s) => Arg::Plain(s),
            p => Arg::Phrase(Box::new(p)),
        }
    }
}

/// A fact's words before a language is chosen. Saying it in one language words that
/// one only: a card in Russian does not word its warnings in the other three.
#[derive(Clone, Debug)]
pub enum Phrase {
    /// A sentence of [`M`] and the values of its placeholders.
    Sentence(M, Vec<(&'static str, Arg)>),
    /// Words already in every language (a regulation's text).
    Text(Text),
    /// The same in every language (a date).
    Plain(String),
    /// Phrases one after another, a space between each.
    Joined(Vec<Phrase>),
}

impl Phrase {
    /// The phrase in `lang` onto the end of `out`.
    pub fn write(&self, lang: Lang, out: &mut String) {
        match self {
            Phrase::Sentence(m, args) => fill_into(out, m.get(lang), |name, out| {
                let arg = args.iter().find(|(n, _)| *n == name);
                arg.map(|(_, a)| a.write(lang, out)).is_some()
            }),
            Phrase::Text(t) => out.push_str(t.get(lang)),
            Phrase::Plain(s) => out.push_str(s),
            Phrase::Joined(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    p.write(lang, out);
                }
            }
        }
    }

    /// The phrase in `lang`.
    pub fn get(&self, lang: Lang) -> String {
        // Room for the template and a few values: most phrases then never grow.
        let template = match self {
            Phrase::Sentence(m, _) => m.get(lang).len(),
            _ => 0,
        };
        let mut out = String::with_capacity(template + 96);
        self.write(lang, &mut out);
        out
    }

    /// The phrase in every language.
    pub fn text(&self) -> Text {
        match self {
            Phrase::Text(t) => t.clone(),
            _ => Text {
                ky: Some(self.get(Lang::Ky).into()),
                kk: Some(self.get(Lang::Kk).into()),
                ru: Some(self.get(Lang::Ru).into()),
                en: Some(self.get(Lang::En).into()),
            },
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Plain(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Plain(s.to_string())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(t)
    }
}

impl From<&Text> for Arg {
    fn from(t: &Text) -> Self {
        Arg::Text(t.clone())
    }
}

/// `template` onto the end of `out`, each `{name}` replaced by what `put(name, out)`
/// writes, in one pass: a value is never filled again, so a title containing "{date}"
/// stays as typed. A name `put` does not know (it returns false) stays as it is.
fn fill_into(out: &mut String, template: &str, mut put: impl FnMut(&str, &mut String) -> bool) {
    let mut rest = template;
    // Byte scans: the braces are ASCII, and templates too short for a searcher to pay.
    let find = |s: &str, b: u8| s.bytes().position(|x| x == b);
    while let Some(open) = find(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = find(after, b'}') else {
            out.push_str(&rest[open..]);
            return;
        };
        let name = &after[..close];
        if !put(name, out) {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
}

/// `m` in every language with its placeholders filled.
pub fn render(m: M, args: &[(&str, Arg)]) -> Text {
    let one = |lang: Lang| {
        let mut out = String::with_capacity(m.get(lang).len() + 64);
        fill_into(&mut out, m.get(lang), |name, out| {
            let arg = args.iter().find(|(n, _)| *n == name);
            arg.map(|(_, a)| a.write(lang, out)).is_some()
        });
        out
    };
    Text {
        ky: Some(one(Lang::Ky).into()),
        kk: Some(one(Lang::Kk).into()),
        ru: Some(one(Lang::Ru).into()),
        en: Some(one(Lang::En).into()),
    }
}

/// A sentence with no placeholders, worded once per thread.
pub fn text(m: M) -> Text {
    thread_local! {
        static WORDED: std::cell::RefCell<std::collections::HashMap<M, Text>> =
            Default::default();
    }
    WORDED.with(|cache| {
        cache
            .borrow_mut()
            .entry(m)
            .or_insert_with(|| render(m, &[]))
            .clone()
    })
}

/// `key` in `lang` with its placeholders filled.
pub fn tf(lang: Lang, key: impl Words, args: &[(&str, &str)]) -> String {
    let template = key.template(lang);
    let values: usize = args.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + values);
    fill_into(&mut out, template, |name, out| {
        let arg = args.iter().find(|(n, _)| *n == name);
        arg.map(|(_, v)| out.push_str(v)).is_some()
    });
    out
}

/// Texts one after another, joined by `sep`, in every language.
pub fn join(parts: &[Text], sep: &str) -> Text {
    let each = |lang: Lang| {
        Some(
            parts
                .iter()
                .map(|p| p.get(lang))
                .collect::<Vec<_>>()
                .join(sep),
        )
    };
    Text {
        ky: each(Lang::Ky).map(Into::into),
        kk: each(Lang::Kk).map(Into::into),
        ru: each(Lang::Ru).map(Into::into),
        en: each(Lang::En).map(Into::into),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}`s of a template, sorted.
    fn holes(s: &str) -> Vec<String> {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn every_sentence_exists_in_every_language_with_the_same_placeholders() {
        for m in M::ALL {
            let en = m.get(Lang::En);
            for lang in Lang::ALL {
                let t = m.get(lang);
                assert!(!t.trim().is_empty(), "{m:?} is empty in {lang}");
                assert_eq!(
                    holes(t),
                    holes(en),
                    "{m:?} in {lang} has other placeholders"
                );
            }
        }
    }

    /// A label in every language, with the placeholders of its English; identical to
    /// the English only where it starts with a placeholder. Words that are the same in
    /// several languages (names, «Регламент») may repeat; anything else identical to
    /// the English is an untranslated copy.
    fn check_label(key: &str, get: impl Fn(Lang) -> &'static str) {
        let en = get(Lang::En);
        for lang in Lang::ALL {
            let s = get(lang);
            assert!(!s.trim().is_empty(), "{key} is empty in {lang}");
            assert_eq!(
                holes(s),
                holes(en),
                "{key} in {lang} has other placeholders"
            );
            if lang != Lang::En && !en.starts_with('{') {
                assert_ne!(s, en, "{key} in {lang} is the English text");
            }
        }
    }

    #[test]
    fn every_label_exists_in_every_language() {
        for key in S::ALL {
            check_label(&format!("{key:?}"), |l| key.get(l));
        }
        for key in D::ALL {
            check_label(&format!("{key:?}"), |l| key.get(l));
        }
        for key in O::ALL {
            check_label(&format!("{key:?}"), |l| key.get(l));
        }
    }

    #[test]
    fn arguments_fill_each_language_once() {
        let name = Text {
            en: Some("Nooruz {date}".into()),
            ..Text::default()
        };
        let t = render(
            M::CarriedOver,
            &[("holiday", name.into()), ("date", "21.03.2025".into())],
        );
        assert_eq!(
            t.en.as_deref(),
            Some("day off carried over from Nooruz {date} (21.03.2025)")
        );
        assert_eq!(
            tf(Lang::En, S::SavedOn, &[("date", "{date}")]),
            "saved {date}"
        );
    }

    #[test]
    fn a_phrase_is_worded_in_the_language_asked_nested_phrases_too() {
        let weekend = Phrase::Sentence(M::Weekend, vec![]);
        let day = Phrase::Joined(vec![Phrase::Plain("22.03.2025".into()), weekend]);
        let p = Phrase::Sentence(
            M::CarriedOver,
            vec![("holiday", day.into()), ("date", "21.03.2025".into())],
        );
        for lang in Lang::ALL {
            let said = p.get(lang);
            assert_eq!(said, p.text().get(lang), "{lang}");
            assert!(
                said.contains(&format!("22.03.2025 {}", M::Weekend.get(lang))),
                "{said}"
            );
        }
        assert_eq!(
            p.get(Lang::En),
            "day off carried over from 22.03.2025 weekend (21.03.2025)"
        );
        // A name the sentence does not have stays as written.
        let odd = Phrase::Sentence(M::Weekend, vec![("nothing", "x".into())]);
        assert_eq!(odd.get(Lang::En), M::Weekend.get(Lang::En));
    }

    #[test]
    fn amounts_and_days_read_as_each_language_writes_them() {
        assert_eq!(amount(Lang::En, 7864.0), "7,864");
        assert_eq!(amount(Lang::Ru, 7864.0), "7\u{202F}864");
        assert_eq!(amount(Lang::Kk, 612.6), "612,60");
        assert_eq!(amount(Lang::En, 1234567.5), "1,234,567.50");
        let d = crate::engine::date::parse_date("2025-03-26").unwrap();
        assert_eq!(day(Lang::En, d), "Wed 26.03.2025");
        assert_eq!(day(Lang::Ru, d), "ср 26.03.2025");
        assert_eq!(day(Lang::Kk, d), "ср 26.03.2025");
    }
}
