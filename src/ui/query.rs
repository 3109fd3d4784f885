//! The plan's inputs as they travel in the URL, so a link reproduces the same result on
//! another device: the submission date, the answers by question id, and the interview
//! step being shown.

use std::collections::BTreeMap;
use std::fmt;

/// Query keys that are not answers.
pub const SUBMITTED: &str = "submitted";
pub const AT: &str = "at";

/// A screen of the interview, as written in the URL's `at` parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The submission date (`at=date`), the first screen.
    When,
    /// One question, by its id (`at=citizenship`).
    Question(String),
    /// Every answer, each with a way to change it (`at=review`).
    Review,
}

impl Step {
    const WHEN: &'static str = "date";
    const REVIEW: &'static str = "review";

    /// Reads an `at` value; any other word names a question (one the situation does not
    /// ask is shown as the review by the interview).
    pub fn parse(at: &str) -> Step {
        match at {
            Self::WHEN => Step::When,
            Self::REVIEW => Step::Review,
            id => Step::Question(id.to_string()),
        }
    }

    /// The `at` value.
    pub fn as_str(&self) -> &str {
        match self {
            Step::When => Self::WHEN,
            Step::Review => Self::REVIEW,
            Step::Question(id) => id,
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The plan's inputs: submission date as typed (possibly invalid), answers by
/// question id, and the interview step being shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanQuery {
    pub submitted: Option<String>,
    pub answers: BTreeMap<String, String>,
    pub at: Option<Step>,
}

impl PlanQuery {
    pub fn from_map(map: BTreeMap<String, String>) -> PlanQuery {
        let mut q = PlanQuery::default();
        for (k, v) in map {
            match k.as_str() {
                SUBMITTED => q.submitted = Some(v),
                AT => q.at = Some(Step::parse(&v)),
                _ if !v.is_empty() => {
                    q.answers.insert(k, v);
                }
                _ => {}
            }
        }
        q
    }

    pub fn to_map(&self) -> BTreeMap<String, String> {
        let mut m = self.answers.clone();
        if let Some(s) = &self.submitted {
            m.insert(SUBMITTED.into(), s.clone());
        }
        if let Some(a) = &self.at {
            m.insert(AT.into(), a.to_string());
        }
        m
    }

    /// The same inputs at another interview step (or none, for the results).
    pub fn at(&self, step: Option<Step>) -> PlanQuery {
        PlanQuery {
            at: step,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_at_value_reads_back_as_written() {
        for at in ["date", "review", "citizenship", "licence_kind", ""] {
            assert_eq!(Step::parse(at).as_str(), at);
        }
        assert_eq!(Step::parse("date"), Step::When);
        assert_eq!(Step::parse("review"), Step::Review);
        assert_eq!(
            Step::parse("citizenship"),
            Step::Question("citizenship".into())
        );
    }

    /// `at=date` and `at=review` name screens, so no question may be called that.
    #[test]
    fn no_question_is_named_like_a_screen() {
        let catalog = crate::engine::Catalog::embedded().unwrap();
        for id in catalog.service_ids() {
            for q in &catalog.service(id).unwrap().questions {
                assert!(
                    matches!(Step::parse(&q.id), Step::Question(_)),
                    "{id}: question '{}' reads as a screen",
                    q.id
                );
            }
        }
    }

    /// The links the app has always written (and people have bookmarked) keep working.
    #[test]
    fn deep_links_keep_their_form() {
        let link = map(&[
            ("submitted", "2025-03-19"),
            ("citizenship", "kg-citizen"),
            ("at", "review"),
            ("empty", ""),
        ]);
        let q = PlanQuery::from_map(link.clone());
        assert_eq!(q.at, Some(Step::Review));
        assert_eq!(q.submitted.as_deref(), Some("2025-03-19"));
        assert_eq!(q.answers, map(&[("citizenship", "kg-citizen")]));
        let mut back = link;
        back.remove("empty");
        assert_eq!(q.to_map(), back);
        assert_eq!(
            q.at(Some(Step::When)).to_map()["at"],
            "date",
            "the first screen"
        );
        assert!(!q.at(None).to_map().contains_key("at"), "the results");
    }
}
