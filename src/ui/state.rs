//! State shared across pages: the interface language, and the plan's inputs as they
//! travel in the URL (so a link reproduces the same result on another device).

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::text::Lang;

/// The chosen language and how to change it.
#[derive(Clone, PartialEq)]
pub struct LangCtx {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

/// The interface language (English outside a provider, e.g. in isolated tests).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangCtx>().map_or(Lang::En, |c| c.lang)
}

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

/// The plan's inputs from the current URL.
#[hook]
pub fn use_plan_query() -> PlanQuery {
    let location = use_location();
    let map = location
        .and_then(|l| l.query::<BTreeMap<String, String>>().ok())
        .unwrap_or_default();
    PlanQuery::from_map(map)
}
