//! What the planner's unit tests share: the test-only fixture service
//! (tests/fixtures/kz-fixture-fees-and-form.json, on its act
//! tests/fixtures/acts/kz-fixture-act.json) on the real embedded calendars,
//! conventions, indices and acts, patched per test as JSON, and a [`Ctx`] or a whole
//! plan made on it.
//!
//! The fixture as it stands: situations `first` and `renewal`; questions `branch`
//! (almaty/astana), `urgent` (yes/no), `photo_date` (a date) and `unused_note`;
//! documents `application`, `photo` (at most 6 months old, dated by `photo_date`) and
//! `old-licence` (renewal only, not needed when urgent); fees `state-duty` (2.5 МРП),
//! `blank` (1 500.50 ₸) and `urgency` (3 000 ₸ when urgent); steps `1` (within 3
//! working days) and `2` (within 2 working days); no procedures, overall terms,
//! schedules, office hours or refusal grounds. The act is in force from 01.01.2020,
//! its copy speaks as of 23.11.2026, and no repeal is known.

use serde_json::{json, Value};

use super::{plan, Ctx, Plan, PlanError, Request};
use crate::engine::catalog::Catalog;
use crate::engine::clock::{ClockTime, WorkingDay};
use crate::engine::condition::Answers;
use crate::engine::date::{parse_date, Date};
use crate::engine::source::Source;

/// The fixture service's id (and file stem).
pub(crate) const ID: &str = "kz-fixture-fees-and-form";

const SERVICE: &str = include_str!("../../../tests/fixtures/kz-fixture-fees-and-form.json");
const ACT: &str = include_str!("../../../tests/fixtures/acts/kz-fixture-act.json");

pub(crate) fn d(s: &str) -> Date {
    parse_date(s).unwrap()
}

pub(crate) fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A source line in the fixture's made-up text, told apart by its quote.
pub(crate) fn src(quote: &str) -> Value {
    json!({"file": "fixture.txt", "lines": [20, 20], "quote": quote})
}

/// [`src`] as the typed value the plan carries.
pub(crate) fn source(quote: &str) -> Source {
    serde_json::from_value(src(quote)).unwrap()
}

/// A term of `kind` (`within`, `range` …) of at most `max` `unit`s.
pub(crate) fn term(kind: &str, max: u32, unit: &str) -> Value {
    json!({"kind": kind, "max": max, "unit": unit})
}

/// A provider's step `id` with `term` (`None`: the text gives it none).
pub(crate) fn step(id: &str, term: Option<Value>) -> Value {
    let mut s = json!({
        "id": id,
        "title": {"en": format!("step {id}")},
        "actor": {"en": "officer"},
        "party": "provider",
        "source": src(&format!("step {id}")),
    });
    if let Some(t) = term {
        s["term"] = t;
    }
    s
}

/// The fixture's service and act as JSON, to patch before building a catalogue.
#[derive(Clone)]
pub(crate) struct Fixture {
    pub service: Value,
    pub act: Value,
}

impl Default for Fixture {
    fn default() -> Self {
        Fixture {
            service: serde_json::from_str(SERVICE).unwrap(),
            act: serde_json::from_str(ACT).unwrap(),
        }
    }
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture::default()
    }

    /// Any edit of the service's JSON.
    pub fn edit(mut self, f: impl FnOnce(&mut Value)) -> Fixture {
        f(&mut self.service);
        self
    }

    /// Any edit of the act's JSON.
    pub fn edit_act(mut self, f: impl FnOnce(&mut Value)) -> Fixture {
        f(&mut self.act);
        self
    }

    /// Pushes `item` onto the service's list `key` (created if absent).
    pub fn push(self, key: &str, item: Value) -> Fixture {
        self.edit(|s| {
            let list = s
                .as_object_mut()
                .unwrap()
                .entry(key)
                .or_insert_with(|| json!([]));
            list.as_array_mut().unwrap().push(item);
        })
    }

    /// Replaces the service's steps.
    pub fn steps(self, steps: Vec<Value>) -> Fixture {
        self.edit(|s| s["steps"] = Value::Array(steps))
    }

    /// Sets a field of the step `id` (e.g. `term`, `when`, `alongside`, `contingency`).
    pub fn step_field(self, id: &str, key: &str, value: Value) -> Fixture {
        self.edit(|s| {
            let step = s["steps"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|x| x["id"] == id)
                .unwrap_or_else(|| panic!("no step {id}"));
            step[key] = value;
        })
    }

    /// Adds procedure `id` with `cap` and puts the steps `steps` in it.
    pub fn procedure(self, id: &str, cap: Value, steps: &[&str]) -> Fixture {
        let p = json!({
            "id": id, "title": {"en": format!("procedure {id}")},
            "cap": cap, "source": src(&format!("procedure {id}")),
        });
        steps.iter().fold(self.push("procedures", p), |f, s| {
            f.step_field(s, "procedure", json!(id))
        })
    }

    /// Adds an overall term `id`; `extra` holds `from_step`, `to_step` or `when`.
    pub fn overall(self, id: &str, term: Value, extra: Value) -> Fixture {
        let mut o = json!({"id": id, "term": term, "source": src(&format!("overall {id}"))});
        for (k, v) in extra.as_object().cloned().unwrap_or_default() {
            o[k] = v;
        }
        self.push("overall_terms", o)
    }

    /// Adds a schedule `id` anchored on `anchor` (`"completion"`, `{"step": …}`,
    /// `{"question": …}`), in `mode`, with items `(id, term)`.
    pub fn schedule(self, id: &str, anchor: Value, mode: &str, items: &[(&str, Value)]) -> Fixture {
        let items: Vec<Value> = items
            .iter()
            .map(|(i, t)| {
                json!({"id": i, "title": {"en": format!("item {i}")}, "term": t,
                       "source": src(&format!("item {i}"))})
            })
            .collect();
        let s = json!({
            "id": id, "title": {"en": format!("schedule {id}")}, "anchor": anchor,
            "mode": mode, "items": items, "source": src(&format!("schedule {id}")),
        });
        self.push("schedules", s)
    }

    /// Adds a date question `id`.
    pub fn date_question(self, id: &str) -> Fixture {
        self.push(
            "questions",
            json!({"id": id, "kind": "date", "text": {"en": format!("date {id}")}}),
        )
    }

    /// Adds a refusal ground `id` barring the result when `bars_when` holds.
    pub fn refusal_ground(self, id: &str, bars_when: Option<Value>) -> Fixture {
        let mut g = json!({"id": id, "text": {"en": format!("ground {id}")},
                           "source": src(&format!("ground {id}"))});
        if let Some(b) = bars_when {
            g["bars_when"] = b;
        }
        self.push("refusal_grounds", g)
    }

    /// Office hours `open`–`close` with `breaks`.
    pub fn office_hours(self, open: &str, close: &str, breaks: &[[&str; 2]]) -> Fixture {
        self.edit(|s| {
            s["office_hours"] =
                json!({"open": open, "close": close, "breaks": breaks, "source": src("hours")})
        })
    }

    /// The act repealed by an act signed on `signed`, taking effect by `rule`
    /// (`{"kind": "on_date", "date": …}`, `{"kind": "after_publication", "days": …}`).
    pub fn repeal(self, signed: &str, rule: Value) -> Fixture {
        self.edit_act(|a| {
            a["repeal"] = json!({
                "by": {"en": "the repealing order"}, "number": "2", "signed": signed,
                "rule": rule, "source": src("repealed"),
            })
        })
    }

    /// Moves the service and its act to Kyrgyzstan (its calendar and conventions).
    pub fn in_kyrgyzstan(self) -> Fixture {
        self.edit(|s| s["country"] = json!("KG"))
            .edit_act(|a| a["country"] = json!("KG"))
    }

    /// The embedded data with this service and act added.
    pub fn catalog(&self) -> Catalog {
        let service = self.service.to_string();
        let act = self.act.to_string();
        let stem = self.act["id"].as_str().unwrap().to_string();
        Catalog::embedded_with(&[(ID, &service)], &[(&stem, &act)]).unwrap()
    }
}

/// The shared context for the fixture service, as [`plan`] builds it: submitted at
/// opening.
pub(crate) fn ctx<'a>(
    catalog: &'a Catalog,
    situation: &str,
    submitted: Date,
    answers: &'a Answers,
) -> Ctx<'a> {
    ctx_at(catalog, situation, submitted, None, answers)
}

/// [`ctx`] submitted at `at` (used only where the office hours are clock times).
pub(crate) fn ctx_at<'a>(
    catalog: &'a Catalog,
    situation: &str,
    submitted: Date,
    at: Option<ClockTime>,
    answers: &'a Answers,
) -> Ctx<'a> {
    let service = catalog.service(ID).unwrap();
    let situation = &service
        .situations
        .iter()
        .find(|s| s.id == situation)
        .unwrap_or_else(|| panic!("no situation {situation}"))
        .id;
    let calendar = catalog.calendar(service.country).unwrap();
    let country = catalog.conventions(service.country).unwrap();
    let day = service
        .office_hours
        .as_ref()
        .and_then(|h| WorkingDay::from_office_hours(h).ok())
        .unwrap_or_else(|| WorkingDay::of_length(country.working_day.hours));
    let start_minute = match at {
        Some(t) if day.clock => t.0,
        _ => day.start(),
    };
    Ctx {
        catalog,
        service,
        situation,
        answers,
        submitted,
        start_minute,
        calendar,
        general: country.conventions,
        day,
    }
}

/// The plan for the fixture service.
pub(crate) fn try_plan(
    catalog: &Catalog,
    situation: &str,
    submitted: &str,
    pairs: &[(&str, &str)],
) -> Result<Plan, PlanError> {
    plan(
        catalog,
        &Request {
            service: ID,
            situation,
            submitted: d(submitted),
            submitted_at: None,
            answers: answers(pairs),
        },
    )
}

/// [`try_plan`], which must succeed.
pub(crate) fn make(
    catalog: &Catalog,
    situation: &str,
    submitted: &str,
    pairs: &[(&str, &str)],
) -> Plan {
    try_plan(catalog, situation, submitted, pairs).unwrap()
}

/// Why a day is special, as typed data: the variant with the holiday's English name
/// and, for a carried-over day, the holiday's date.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Why {
    Weekend,
    Holiday(String),
    CarryOver(String, Date),
    TransferredDayOff,
    TransferredWorkingDay,
    WorkingHoliday(String),
}

/// Each special day as `(date, why)`.
pub(crate) fn why(days: &[crate::engine::calendar::SpecialDay]) -> Vec<(Date, Why)> {
    use crate::engine::calendar::DayReason;
    use crate::engine::text::Lang;
    days.iter()
        .map(|x| {
            let why = match &x.reason {
                DayReason::Weekend => Why::Weekend,
                DayReason::Holiday { name, .. } => Why::Holiday(name.get(Lang::En).into()),
                DayReason::CarryOver {
                    holiday,
                    holiday_date,
                    ..
                } => Why::CarryOver(holiday.get(Lang::En).into(), *holiday_date),
                DayReason::TransferredDayOff { .. } => Why::TransferredDayOff,
                DayReason::TransferredWorkingDay { .. } => Why::TransferredWorkingDay,
                DayReason::WorkingHoliday { name, .. } => {
                    Why::WorkingHoliday(name.get(Lang::En).into())
                }
            };
            (x.date, why)
        })
        .collect()
}

/// Nauryz 2025 as the KZ calendar has it: Fri 21 – Sun 23 March, Sat 22 and Sun 23
/// carried over to Mon 24 and Tue 25.
pub(crate) fn nauryz_2025() -> Vec<(Date, Why)> {
    let n = || Why::Holiday("Nauryz Meiramy".into());
    let c = |from: &str| Why::CarryOver("Nauryz Meiramy".into(), d(from));
    vec![
        (d("2025-03-21"), n()),
        (d("2025-03-22"), n()),
        (d("2025-03-23"), n()),
        (d("2025-03-24"), c("2025-03-22")),
        (d("2025-03-25"), c("2025-03-23")),
    ]
}
