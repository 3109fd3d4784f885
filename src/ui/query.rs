//! The plan's inputs as they travel in the URL, so a link reproduces the same result on
//! another device: the submission date, the answers by question id, and the interview
//! step being shown.

use std::collections::BTreeMap;

/// Query keys that are not answers.
pub const SUBMITTED: &str = "submitted";
pub const AT: &str = "at";

/// The plan's inputs: submission date as typed (possibly invalid), answers by
/// question id, and the interview step being shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanQuery {
    pub submitted: Option<String>,
    pub answers: BTreeMap<String, String>,
    pub at: Option<String>,
}

impl PlanQuery {
    pub fn from_map(map: BTreeMap<String, String>) -> PlanQuery {
        let mut q = PlanQuery::default();
        for (k, v) in map {
            match k.as_str() {
                SUBMITTED => q.submitted = Some(v),
                AT => q.at = Some(v),
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
            m.insert(AT.into(), a.clone());
        }
        m
    }

    /// The same inputs at another interview step (or none, for the results).
    pub fn at(&self, step: Option<&str>) -> PlanQuery {
        PlanQuery {
            at: step.map(str::to_string),
            ..self.clone()
        }
    }
}
