//! Plan test cases as data: `tests/cases/<service-id>.json`, each case a situation on a
//! date with the documents, dates and amounts worked out by hand from the regulation
//! and the real calendar. Run by `cargo test --test cases` and by `tartip check`.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use super::clock::ClockTime;
use super::date::parse_date;
use super::plan::{plan, Plan, Request, Required};
use super::Catalog;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub service: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// A sentence: what the case shows.
    pub name: String,
    /// The regulation lines the expectations come from.
    pub source: String,
    /// The counting, by hand, e.g. "Wed 19.03 + 4 wd: 20 (1), 21 Nooruz, …, 26 (4)".
    pub worked: String,
    pub situation: String,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub submitted: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    pub expect: Expect,
}

/// What must hold; anything left out is not checked.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// Every listed document id, in order.
    #[serde(default)]
    pub documents: Option<Vec<String>>,
    /// The documents required without condition, in order.
    #[serde(default)]
    pub required: Option<Vec<String>>,
    /// Every step id, in order.
    #[serde(default)]
    pub steps: Option<Vec<String>>,
    /// Step id → due date (`null`: not determinable).
    #[serde(default)]
    pub due: BTreeMap<String, Option<String>>,
    /// Step id → earliest date.
    #[serde(default)]
    pub earliest: BTreeMap<String, Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub completion_earliest: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub completion_latest: Option<Option<String>>,
    /// The latest completion on the other reading of when a term starts (`null`: none
    /// shown).
    #[serde(default, deserialize_with = "present")]
    pub completion_other_start: Option<Option<String>>,
    /// Fee id → amount (`null`: not in the regulation).
    #[serde(default)]
    pub fees: BTreeMap<String, Option<f64>>,
    /// Gap ids that must be listed.
    #[serde(default)]
    pub gaps: Vec<String>,
    /// Warnings that must be present: a kind (`act_repealed`), or a kind with fields
    /// that must equal the warning's (`{"kind": "steps_exceed_overall", "cap": "2025-02-17"}`).
    #[serde(default)]
    pub warnings: Vec<WarningExpect>,
    /// Warning kinds that must not be present.
    #[serde(default)]
    pub absent_warnings: Vec<String>,
    #[serde(default, deserialize_with = "present")]
    pub in_force: Option<Option<bool>>,
    /// The act's standing on the date (`in_force`, `repeal_uncertain`, …).
    #[serde(default)]
    pub standing: Option<String>,
    /// Whether the act's rules are presented as applying.
    #[serde(default)]
    pub applies: Option<bool>,
    /// Step id → flag kinds it must carry (`lower_bound`, `may_be_after_repeal`, …).
    #[serde(default)]
    pub flags: BTreeMap<String, Vec<String>>,
    /// Step id → its due date on the same-day reading (`null`: none differs).
    #[serde(default)]
    pub other_reading: BTreeMap<String, Option<String>>,
    /// The step after which the completion is only a lower bound (`null`: it is not).
    #[serde(default, deserialize_with = "present")]
    pub lower_bound_after: Option<Option<String>>,
    /// Refusal grounds that bar the result on the answers.
    #[serde(default)]
    pub barred: Option<Vec<String>>,
    /// Schedule id → item dates.
    #[serde(default)]
    pub schedules: BTreeMap<String, Vec<Option<String>>>,
}

/// An expected warning: its kind, or its kind and some of its fields.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum WarningExpect {
    Kind(String),
    Fields(serde_json::Map<String, serde_json::Value>),
}

impl WarningExpect {
    fn matches(&self, w: &serde_json::Value) -> bool {
        match self {
            WarningExpect::Kind(k) => w.get("kind").and_then(|v| v.as_str()) == Some(k),
            WarningExpect::Fields(fields) => fields.iter().all(|(k, v)| w.get(k) == Some(v)),
        }
    }
}

/// Tells a key given as `null` apart from a key left out.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| id(x).to_string()).collect()
}

fn date_str(d: Option<super::date::Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// Every way `plan` falls short of `case`; empty when the case holds.
pub fn check_case(catalog: &Catalog, service: &str, case: &Case) -> Vec<String> {
    let (date, time) = match case.submitted.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (case.submitted.as_str(), None),
    };
    let submitted = match parse_date(date) {
        Ok(d) => d,
        Err(e) => return vec![e.to_string()],
    };
    let submitted_at = match time.map(ClockTime::parse).transpose() {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let req = Request {
        service,
        situation: &case.situation,
        submitted,
        submitted_at,
        answers: case.answers.clone(),
    };
    match plan(catalog, &req) {
        Ok(p) => compare(&p, &case.expect),
        Err(e) => vec![e.to_string()],
    }
}

fn compare(p: &Plan, e: &Expect) -> Vec<String> {
    let mut out = Vec::new();
    fn check(out: &mut Vec<String>, what: &str, got: String, want: String) {
        if got != want {
            out.push(format!("{what}: expected {want}, got {got}"));
        }
    }
    if let Some(want) = &e.documents {
        check(
            &mut out,
            "documents",
            format!("{:?}", ids(&p.documents, |d| &d.id)),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.required {
        let got: Vec<&str> = p
            .documents
            .iter()
            .filter(|d| d.required == Required::Yes)
            .map(|d| d.id.as_str())
            .collect();
        check(
            &mut out,
            "required documents",
            format!("{got:?}"),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.steps {
        check(
            &mut out,
            "steps",
            format!("{:?}", ids(&p.steps, |s| &s.id)),
            format!("{want:?}"),
        );
    }
    for (id, want) in &e.due {
        let got = p
            .steps
            .iter()
            .find(|s| &s.id == id)
            .map(|s| date_str(s.due));
        check(
            &mut out,
            &format!("step {id} due"),
            format!("{got:?}"),
            format!("{:?}", Some(want)),
        );
    }
    for (id, want) in &e.earliest {
        let got = p
            .steps
            .iter()
            .find(|s| &s.id == id)
            .map(|s| date_str(s.earliest));
        check(
            &mut out,
            &format!("step {id} earliest"),
            format!("{got:?}"),
            format!("{:?}", Some(want)),
        );
    }
    if let Some(want) = &e.completion_earliest {
        check(
            &mut out,
            "completion earliest",
            format!("{:?}", date_str(p.completion.earliest)),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.completion_latest {
        check(
            &mut out,
            "completion latest",
            format!("{:?}", date_str(p.completion.latest)),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.completion_other_start {
        check(
            &mut out,
            "completion on the other start reading",
            format!(
                "{:?}",
                date_str(p.completion_other_start.as_ref().map(|o| o.latest))
            ),
            format!("{want:?}"),
        );
    }
    for (id, want) in &e.fees {
        let got = p.fees.iter().find(|f| &f.id == id).map(|f| f.amount());
        check(
            &mut out,
            &format!("fee {id}"),
            format!("{got:?}"),
            format!("{:?}", Some(want)),
        );
    }
    for id in &e.gaps {
        if !p.gaps.iter().any(|g| &g.id == id) {
            out.push(format!("gap {id} is not listed"));
        }
    }
    let warnings: Vec<serde_json::Value> = p
        .warnings
        .iter()
        .map(|w| serde_json::to_value(w).unwrap_or_default())
        .collect();
    let kinds: Vec<String> = p.warnings.iter().map(|w| w.kind()).collect();
    for want in &e.warnings {
        if !warnings.iter().any(|w| want.matches(w)) {
            out.push(format!("no warning matches {want:?}; warnings: {kinds:?}"));
        }
    }
    for kind in &e.absent_warnings {
        if kinds.contains(kind) {
            out.push(format!(
                "warning {kind} should not be there; warnings: {kinds:?}"
            ));
        }
    }
    if let Some(want) = &e.standing {
        let got = serde_json::to_value(&p.regulation.standing)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
            .unwrap_or_default();
        if &got != want {
            out.push(format!("standing: expected {want}, got {got}"));
        }
    }
    if let Some(want) = e.applies {
        if p.applies != want {
            out.push(format!("applies: expected {want}, got {}", p.applies));
        }
    }
    for (id, want) in &e.flags {
        let got: Vec<String> = p
            .steps
            .iter()
            .find(|s| &s.id == id)
            .map(|s| {
                s.flags
                    .iter()
                    .filter_map(|f| {
                        serde_json::to_value(f)
                            .ok()?
                            .get("kind")?
                            .as_str()
                            .map(String::from)
                    })
                    .collect()
            })
            .unwrap_or_default();
        for kind in want {
            if !got.contains(kind) {
                out.push(format!("step {id}: no flag {kind}; flags: {got:?}"));
            }
        }
    }
    for (id, want) in &e.other_reading {
        let got = p
            .steps
            .iter()
            .find(|s| &s.id == id)
            .map(|s| date_str(s.due_other_reading));
        check(
            &mut out,
            &format!("step {id} other reading"),
            format!("{got:?}"),
            format!("{:?}", Some(want)),
        );
    }
    if let Some(want) = &e.lower_bound_after {
        check(
            &mut out,
            "completion lower bound after",
            format!("{:?}", p.completion.lower_bound_after),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.barred {
        check(
            &mut out,
            "barred by",
            format!("{:?}", ids(&p.barred_by, |g| &g.id)),
            format!("{want:?}"),
        );
    }
    if let Some(want) = &e.in_force {
        if p.regulation.in_force != *want {
            out.push(format!(
                "in force: expected {want:?}, got {:?}",
                p.regulation.in_force
            ));
        }
    }
    for (id, want) in &e.schedules {
        let got = p
            .schedules
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.items.iter().map(|i| date_str(i.date)).collect::<Vec<_>>());
        if got.as_ref() != Some(want) {
            out.push(format!("schedule {id}: expected {want:?}, got {got:?}"));
        }
    }
    out
}
