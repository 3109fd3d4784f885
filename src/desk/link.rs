//! The card's address: `/desk/<service>/<situation>?submitted=…&lang=…&<question>=<answer>`.
//! It opens the same card on another device, and carries nothing personal: dates a
//! caller gave (a photo's date, a birth date) are left out, only the choices are kept.

use std::collections::BTreeMap;

use crate::engine::date::{parse_date, Date};
use crate::engine::plan::Plan;
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;

/// The query keys that are not answers.
pub const SUBMITTED: &str = "submitted";
pub const LANG: &str = "lang";

/// What a desk link holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeskLink {
    pub service: String,
    pub situation: String,
    /// `None`: today, wherever the link is opened.
    pub submitted: Option<Date>,
    /// The card's language; `None`: the screen's.
    pub lang: Option<Lang>,
    pub answers: BTreeMap<String, String>,
}

impl DeskLink {
    /// The link to the card of `plan` in `lang`, without the answers that are dates.
    pub fn for_plan(plan: &Plan, lang: Lang) -> DeskLink {
        let dates: Vec<&str> = plan
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Date)
            .map(|q| q.id.as_str())
            .collect();
        DeskLink {
            service: plan.service.clone(),
            situation: plan.situation.clone(),
            submitted: Some(plan.submitted),
            lang: Some(lang),
            answers: plan
                .answers
                .iter()
                .filter(|(k, _)| !dates.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// Reads the path's two segments and the query; a date or language that does not
    /// read is dropped (the card then says today, in the screen's language), so a
    /// mangled link still opens a card.
    pub fn from_parts(service: &str, situation: &str, query: &BTreeMap<String, String>) -> Self {
        let mut answers = query.clone();
        let submitted = answers.remove(SUBMITTED).and_then(|d| parse_date(&d).ok());
        let lang = answers.remove(LANG).and_then(|l| l.parse().ok());
        DeskLink {
            service: service.to_string(),
            situation: situation.to_string(),
            submitted,
            lang,
            answers,
        }
    }

    /// The query pairs, in a stable order.
    pub fn query(&self) -> Vec<(String, String)> {
        let mut q = vec![];
        if let Some(d) = self.submitted {
            q.push((SUBMITTED.to_string(), d.to_string()));
        }
        if let Some(l) = self.lang {
            q.push((LANG.to_string(), l.code().to_string()));
        }
        q.extend(self.answers.iter().map(|(k, v)| (k.clone(), v.clone())));
        q
    }

    /// Path and query, to put after the origin.
    pub fn to_path(&self) -> String {
        let mut s = format!(
            "/desk/{}/{}",
            encode(&self.service),
            encode(&self.situation)
        );
        for (i, (k, v)) in self.query().iter().enumerate() {
            s.push(if i == 0 { '?' } else { '&' });
            s.push_str(&encode(k));
            s.push('=');
            s.push_str(&encode(v));
        }
        s
    }
}

/// Percent-encodes all but the characters a URL never needs encoded.
pub(super) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_reads_back_as_written_and_a_mangled_one_still_opens() {
        let mut answers = BTreeMap::new();
        answers.insert("urgent".to_string(), "yes".to_string());
        let link = DeskLink {
            service: "kz-x".into(),
            situation: "first".into(),
            submitted: Some(parse_date("2025-03-19").unwrap()),
            lang: Some(Lang::Kk),
            answers,
        };
        assert_eq!(
            link.to_path(),
            "/desk/kz-x/first?submitted=2025-03-19&lang=kk&urgent=yes"
        );
        let query: BTreeMap<String, String> = link.query().into_iter().collect();
        assert_eq!(DeskLink::from_parts("kz-x", "first", &query), link);
        let mut bad = query.clone();
        bad.insert(SUBMITTED.into(), "2025-02-30".into());
        bad.insert(LANG.into(), "xx".into());
        let read = DeskLink::from_parts("kz-x", "first", &bad);
        assert_eq!((read.submitted, read.lang), (None, None));
        assert_eq!(encode("a b&c=д"), "a%20b%26c%3D%D0%B4");
    }
}
