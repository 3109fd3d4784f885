//! What the desk shows, as its address: the card's [`DeskLink`] and, when comparing,
//! the other side: `&vs=<situation>` (of the same service), `&vs=<service>/<situation>`
//! (of another), or `&vs_submitted=<date>` (the same situation on another date).
//! Values that do not read are kept aside by name, so the desk can say what was wrong
//! with a link instead of guessing.

use std::collections::BTreeMap;

use super::link::{encode, DeskLink, LANG, SUBMITTED};
use crate::engine::date::{parse_date, Date};
use crate::engine::text::Lang;

/// The query keys of the comparison.
pub const VS: &str = "vs";
pub const VS_SUBMITTED: &str = "vs_submitted";

/// The other side of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Versus {
    /// Another situation, on the same date with the same answers (those its service asks).
    Situation { service: String, situation: String },
    /// The same situation and answers on another date.
    Submitted(Date),
}

/// A card's address and what it is compared with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeskView {
    pub link: DeskLink,
    pub vs: Option<Versus>,
    /// Query values that did not read (`submitted`, `lang`, `vs`, `vs_submitted`), by
    /// key, as given: the card is shown without them and says so.
    pub unread: Vec<(String, String)>,
}

impl DeskView {
    /// Reads the path's two segments and the query.
    pub fn from_parts(service: &str, situation: &str, query: &BTreeMap<String, String>) -> Self {
        let mut rest = query.clone();
        let mut unread = vec![];
        let vs_date = rest.remove(VS_SUBMITTED);
        let vs_situation = rest.remove(VS);
        if let Some(d) = rest.get(SUBMITTED) {
            if parse_date(d).is_err() {
                unread.push((SUBMITTED.to_string(), d.clone()));
            }
        }
        if let Some(l) = rest.get(LANG) {
            if l.parse::<Lang>().is_err() {
                unread.push((LANG.to_string(), l.clone()));
            }
        }
        let vs = match (vs_situation, vs_date) {
            (Some(v), _) if !v.is_empty() => {
                let (service, situation) = v.split_once('/').unwrap_or((service, &v));
                if service.is_empty() || situation.is_empty() || situation.contains('/') {
                    unread.push((VS.to_string(), v.clone()));
                    None
                } else {
                    Some(Versus::Situation {
                        service: service.to_string(),
                        situation: situation.to_string(),
                    })
                }
            }
            (_, Some(d)) => match parse_date(&d) {
                Ok(d) => Some(Versus::Submitted(d)),
                Err(_) => {
                    unread.push((VS_SUBMITTED.to_string(), d));
                    None
                }
            },
            _ => None,
        };
        DeskView {
            link: DeskLink::from_parts(service, situation, &rest),
            vs,
            unread,
        }
    }

    /// The card alone.
    pub fn card(link: DeskLink) -> Self {
        DeskView {
            link,
            vs: None,
            unread: vec![],
        }
    }

    /// The query pairs after the card's, in a stable order.
    pub fn query(&self) -> Vec<(String, String)> {
        let mut q = self.link.query();
        match &self.vs {
            Some(Versus::Situation { service, situation }) if *service == self.link.service => {
                q.push((VS.to_string(), situation.clone()));
            }
            Some(Versus::Situation { service, situation }) => {
                q.push((VS.to_string(), format!("{service}/{situation}")));
            }
            Some(Versus::Submitted(d)) => q.push((VS_SUBMITTED.to_string(), d.to_string())),
            None => {}
        }
        q
    }

    /// The query string, percent-encoded, without the `?`.
    pub fn query_string(&self) -> String {
        self.query()
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Path and query, to put after the origin.
    pub fn to_path(&self) -> String {
        let link = DeskLink {
            answers: BTreeMap::new(),
            submitted: None,
            lang: None,
            ..self.link.clone()
        };
        let q = self.query_string();
        if q.is_empty() {
            link.to_path()
        } else {
            format!("{}?{q}", link.to_path())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_comparison_reads_back_as_written() {
        let same = DeskView::from_parts(
            "kg-driving-licence-issue",
            "replace-lost",
            &q(&[
                ("submitted", "2025-03-19"),
                ("lang", "ru"),
                ("citizenship", "kg-citizen"),
                ("vs", "intl-in-person"),
            ]),
        );
        assert_eq!(
            same.vs,
            Some(Versus::Situation {
                service: "kg-driving-licence-issue".into(),
                situation: "intl-in-person".into()
            })
        );
        assert!(!same.link.answers.contains_key("vs"), "vs is not an answer");
        assert_eq!(
            same.to_path(),
            "/desk/kg-driving-licence-issue/replace-lost?submitted=2025-03-19&lang=ru&citizenship=kg-citizen&vs=intl-in-person"
        );
        assert!(same.unread.is_empty());
        let other = DeskView::from_parts(
            "kg-driving-licence-issue",
            "replace-lost",
            &q(&[("vs", "kz-is-software-deposit/deposit")]),
        );
        assert_eq!(
            other.to_path(),
            "/desk/kg-driving-licence-issue/replace-lost?vs=kz-is-software-deposit%2Fdeposit"
        );
        let dates = DeskView::from_parts(
            "kg-driving-licence-issue",
            "replace-lost",
            &q(&[("submitted", "2025-03-19"), ("vs_submitted", "2025-03-20")]),
        );
        assert_eq!(
            dates.vs,
            Some(Versus::Submitted(parse_date("2025-03-20").unwrap()))
        );
        for v in [&same, &other, &dates] {
            let back: BTreeMap<String, String> = v.query().into_iter().collect();
            assert_eq!(
                &DeskView::from_parts(&v.link.service, &v.link.situation, &back),
                v
            );
        }
        assert_eq!(
            DeskView::card(DeskLink {
                service: "a".into(),
                situation: "b".into(),
                ..DeskLink::default()
            })
            .to_path(),
            "/desk/a/b"
        );
    }

    #[test]
    fn values_that_do_not_read_are_named_not_guessed() {
        let v = DeskView::from_parts(
            "s",
            "x",
            &q(&[
                ("submitted", "2025-02-30"),
                ("lang", "fr"),
                ("vs_submitted", "tomorrow"),
                ("note", "<script>"),
            ]),
        );
        assert_eq!(
            v.unread,
            vec![
                ("submitted".into(), "2025-02-30".into()),
                ("lang".into(), "fr".into()),
                ("vs_submitted".into(), "tomorrow".into())
            ]
        );
        assert_eq!((v.link.submitted, v.link.lang, &v.vs), (None, None, &None));
        assert_eq!(
            v.link.answers,
            q(&[("note", "<script>")]),
            "left to the planner to refuse"
        );
        for bad in ["/", "a/", "/b", "a/b/c"] {
            let v = DeskView::from_parts("s", "x", &q(&[("vs", bad)]));
            assert_eq!((v.vs, v.unread.len()), (None, 1), "{bad}");
        }
    }
}
