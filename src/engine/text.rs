//! Multilingual text as it appears in regulation data.
//!
//! The source-language wording (ky or kk) is kept verbatim; ru and en renderings are
//! Tartip's own, unofficial translations.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language Tartip speaks: the two source languages and the two renderings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ky,
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Ky, Lang::Kk, Lang::Ru, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ky => "ky",
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("unknown language '{s}' (valid: ky, kk, ru, en)"))
    }
}

/// One piece of text in up to four languages.
/// Each language's wording is shared, not copied: a plan quotes the regulation's texts
/// hundreds of times, and copying a shared wording is a counter increment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ky: Option<Words>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<Words>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<Words>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Words>,
}

/// One language's wording of a [`Text`].
pub type Words = std::sync::Arc<str>;

impl Text {
    /// English-only text, for messages the engine composes itself.
    pub fn en(s: impl Into<String>) -> Text {
        Text {
            en: Some(s.into().into()),
            ..Text::default()
        }
    }

    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Ky => self.ky.as_deref(),
            Lang::Kk => self.kk.as_deref(),
            Lang::Ru => self.ru.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`; failing that, for a Kyrgyz or Kazakh reader the Russian
    /// rendering (more widely read there than English), then English, Russian, and
    /// either source language.
    pub fn get(&self, lang: Lang) -> &str {
        let regional = matches!(lang, Lang::Ky | Lang::Kk)
            .then(|| self.ru.as_deref())
            .flatten();
        self.in_lang(lang)
            .or(regional)
            .or(self.en.as_deref())
            .or(self.ru.as_deref())
            .or(self.ky.as_deref())
            .or(self.kk.as_deref())
            .unwrap_or("")
    }

    /// The same text with `f` applied in every language present.
    pub fn map(&self, f: impl Fn(&str) -> String) -> Text {
        let f = |s: &str| Words::from(f(s));
        Text {
            ky: self.ky.as_deref().map(f),
            kk: self.kk.as_deref().map(f),
            ru: self.ru.as_deref().map(f),
            en: self.en.as_deref().map(f),
        }
    }

    pub fn is_empty(&self) -> bool {
        Lang::ALL.iter().all(|l| self.in_lang(*l).is_none())
    }
}
