//! Conditions in regulation data: when a document, step, fee or gap applies.
//!
//! Evaluation is three-valued: an unanswered question makes a condition
//! [`Truth::Unknown`], and the plan then lists the item as "if applicable" with its
//! condition instead of guessing.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The applicant's answers, keyed by question id. Values are option ids,
/// `yes`/`no`, or ISO dates.
pub type Answers = BTreeMap<String, String>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The applicant's situation is one of these.
    SituationIn(Vec<String>),
    /// The answer to `question` equals `value`.
    AnswerIs {
        question: String,
        value: String,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

impl Condition {
    pub fn eval(&self, situation: &str, answers: &Answers) -> Truth {
        match self {
            Condition::SituationIn(ids) => {
                if ids.iter().any(|s| s == situation) {
                    Truth::Yes
                } else {
                    Truth::No
                }
            }
            Condition::AnswerIs { question, value } => match answers.get(question) {
                None => Truth::Unknown,
                Some(v) if v == value => Truth::Yes,
                Some(_) => Truth::No,
            },
            Condition::All(cs) => cs.iter().fold(Truth::Yes, |acc, c| {
                match (acc, c.eval(situation, answers)) {
                    (Truth::No, _) | (_, Truth::No) => Truth::No,
                    (Truth::Unknown, _) | (_, Truth::Unknown) => Truth::Unknown,
                    _ => Truth::Yes,
                }
            }),
            Condition::Any(cs) => cs.iter().fold(Truth::No, |acc, c| {
                match (acc, c.eval(situation, answers)) {
                    (Truth::Yes, _) | (_, Truth::Yes) => Truth::Yes,
                    (Truth::Unknown, _) | (_, Truth::Unknown) => Truth::Unknown,
                    _ => Truth::No,
                }
            }),
            Condition::Not(c) => c.eval(situation, answers).not(),
        }
    }

    /// Every situation id and question id this condition mentions, for data validation.
    pub fn references(&self, situations: &mut Vec<String>, questions: &mut Vec<(String, String)>) {
        match self {
            Condition::SituationIn(ids) => situations.extend(ids.iter().cloned()),
            Condition::AnswerIs { question, value } => {
                questions.push((question.clone(), value.clone()))
            }
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().for_each(|c| c.references(situations, questions))
            }
            Condition::Not(c) => c.references(situations, questions),
        }
    }

    /// Whether this condition depends on the answer to `question`.
    pub fn mentions_question(&self, question: &str) -> bool {
        match self {
            Condition::SituationIn(_) => false,
            Condition::AnswerIs { question: q, .. } => q == question,
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().any(|c| c.mentions_question(question))
            }
            Condition::Not(c) => c.mentions_question(question),
        }
    }
}

/// An optional condition: absent means "always".
pub fn applies(when: &Option<Condition>, situation: &str, answers: &Answers) -> Truth {
    when.as_ref()
        .map_or(Truth::Yes, |c| c.eval(situation, answers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn is(q: &str, v: &str) -> Condition {
        Condition::AnswerIs {
            question: q.into(),
            value: v.into(),
        }
    }

    #[test]
    fn an_unanswered_question_leaves_the_condition_unknown() {
        let c = is("in_database", "yes");
        assert_eq!(c.eval("s", &answers(&[])), Truth::Unknown);
        assert_eq!(c.eval("s", &answers(&[("in_database", "yes")])), Truth::Yes);
        assert_eq!(c.eval("s", &answers(&[("in_database", "no")])), Truth::No);
        assert_eq!(
            Condition::Not(Box::new(c)).eval("s", &answers(&[])),
            Truth::Unknown
        );
    }

    #[test]
    fn all_and_any_follow_three_valued_logic() {
        let sit = Condition::SituationIn(vec!["replace-lost".into()]);
        let all = Condition::All(vec![sit.clone(), is("q", "yes")]);
        assert_eq!(
            all.eval("intl-in-person", &answers(&[])),
            Truth::No,
            "a false part decides"
        );
        assert_eq!(all.eval("replace-lost", &answers(&[])), Truth::Unknown);
        let any = Condition::Any(vec![sit, is("q", "yes")]);
        assert_eq!(
            any.eval("replace-lost", &answers(&[])),
            Truth::Yes,
            "a true part decides"
        );
        assert_eq!(any.eval("other", &answers(&[])), Truth::Unknown);
        assert_eq!(any.eval("other", &answers(&[("q", "no")])), Truth::No);
    }

    #[test]
    fn conditions_read_from_json() {
        let c: Condition = serde_json::from_str(
            r#"{"all":[{"situation_in":["a","b"]},{"not":{"answer_is":{"question":"q","value":"yes"}}}]}"#,
        )
        .unwrap();
        assert_eq!(c.eval("a", &answers(&[("q", "no")])), Truth::Yes);
        assert!(serde_json::from_str::<Condition>(r#"{"situation":["a"]}"#).is_err());
    }
}
