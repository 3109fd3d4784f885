//! The planner: (service, situation, answers, submission date) → a plan.
//!
//! A plan lists what the applicant must bring, what they pay, every step with its
//! due date, the expected completion date and why, and everything the regulation
//! leaves open. It only reads regulation data; no figure is decided here, and no
//! sentence is composed: what it says is typed facts ([`warnings`]) worded elsewhere.
//!
//! One module per part of the plan:
//! - [`status`]: whether the act applies on the date;
//! - [`answers`]: answers checked, and the questions whose answers matter;
//! - [`documents`], [`fees`];
//! - [`timeline`]: steps, their dates, the procedures' limits, the completion;
//! - [`schedules`]: dates after the result;
//! - [`conventions`]: the counting rules the plan used;
//! - [`warnings`]: what the plan warns about and flags;
//! - [`count`]: the completion's count as a month calendar ("why this date" drawn).

mod answers;
mod conventions;
pub mod count;
mod documents;
mod fees;
mod schedules;
pub mod status;
#[cfg(test)]
pub(crate) mod testing;
mod timeline;
mod types;
pub mod warnings;

pub use count::{completion_picture, CountDay, CountDayKind, CountPicture, Counting};
pub use types::*;
pub use warnings::{OpenFact, StepFlag, TimeOfDay, Undated, Warning};

use super::calendar::{Calendar, Country};
use super::catalog::Catalog;
use super::clock::{ClockTime, WorkingDay};
use super::condition::{applies, Answers, Truth};
use super::date::Date;
use super::regulation::{Fact, Service};
use super::term::Conventions;

/// What the caller asks for.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    pub service: &'a str,
    pub situation: &'a str,
    pub submitted: Date,
    /// The time of submission, for terms in hours; `None` means at opening.
    pub submitted_at: Option<ClockTime>,
    pub answers: Answers,
}

/// Why a plan could not be made: always the bad value and the valid choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    UnknownService {
        id: String,
        valid: Vec<String>,
    },
    UnknownSituation {
        service: String,
        id: String,
        valid: Vec<String>,
    },
    UnknownQuestion {
        id: String,
        valid: Vec<String>,
    },
    InvalidAnswer {
        question: String,
        value: String,
        /// The values the question accepts; `None`: a date `YYYY-MM-DD`.
        valid: Option<Vec<String>>,
    },
    NoCalendar(Country),
    /// The country's counting conventions (working-day length among them) are missing.
    NoConventions(Country),
}

// Worded in `crate::locale` (`Display` gives the English).

impl std::error::Error for PlanError {}

/// Everything the parts of the planner share for one request.
pub(crate) struct Ctx<'a> {
    pub catalog: &'a Catalog,
    pub service: &'a Service,
    pub situation: &'a str,
    pub answers: &'a Answers,
    pub submitted: Date,
    /// The working minute the visit starts at on the submission date.
    pub start_minute: u16,
    pub calendar: &'a Calendar,
    pub general: Conventions,
    pub day: WorkingDay,
}

impl Ctx<'_> {
    pub fn truth(&self, when: &Option<super::condition::Condition>) -> Truth {
        applies(when, self.situation, self.answers)
    }

    /// Whether an item with condition `when` is listed (it holds or might).
    pub fn listed(&self, when: &Option<super::condition::Condition>) -> bool {
        self.truth(when) != Truth::No
    }

    pub fn facts(&self, facts: &[Fact]) -> Vec<Item> {
        facts
            .iter()
            .filter(|f| self.listed(&f.when))
            .map(item)
            .collect()
    }
}

pub(crate) fn item(f: &Fact) -> Item {
    Item {
        id: f.id.clone(),
        text: f.text.clone(),
        source: f.source.clone(),
    }
}

/// Makes the plan for `req` from the catalogue's data.
///
/// # Errors
/// An unknown service, situation or question, or an answer the question does not accept.
pub fn plan(catalog: &Catalog, req: &Request) -> Result<Plan, PlanError> {
    let service = catalog
        .service(req.service)
        .ok_or_else(|| PlanError::UnknownService {
            id: req.service.to_string(),
            valid: catalog
                .service_ids()
                .iter()
                .map(|s| s.to_string())
                .collect(),
        })?;
    let situation = service
        .situations
        .iter()
        .find(|s| s.id == req.situation)
        .ok_or_else(|| PlanError::UnknownSituation {
            service: service.id.clone(),
            id: req.situation.to_string(),
            valid: service.situations.iter().map(|s| s.id.clone()).collect(),
        })?;
    answers::validate(service, &req.answers)?;
    let calendar = catalog
        .calendar(service.country)
        .ok_or(PlanError::NoCalendar(service.country))?;
    let country = catalog
        .conventions(service.country)
        .ok_or(PlanError::NoConventions(service.country))?;
    let general = country.conventions;
    // Office hours the text gives, else the country's working day (a reading the
    // conventions file cites); the data tests check office hours are well formed.
    let day = service
        .office_hours
        .as_ref()
        .and_then(|h| WorkingDay::from_office_hours(h).ok())
        .unwrap_or_else(|| WorkingDay::of_length(country.working_day.hours));
    let start_minute = match req.submitted_at {
        Some(t) if day.clock => t.0,
        _ => day.start(),
    };
    let ctx = Ctx {
        catalog,
        service,
        situation: &situation.id,
        answers: &req.answers,
        submitted: req.submitted,
        start_minute,
        calendar,
        general,
        day,
    };

    let mut warnings = Vec::new();
    let regulation = ctx.regulation_status(&mut warnings);
    let identity = |mut p: Plan| {
        p.providers = service
            .providers
            .iter()
            .filter(|x| ctx.listed(&x.when))
            .map(|x| Item {
                id: x.id.clone(),
                text: x.name.clone(),
                source: x.source.clone(),
            })
            .collect();
        p.result = item(&service.result);
        p
    };
    let base = Plan {
        service: service.id.clone(),
        service_title: service.title.clone(),
        country: service.country,
        situation: situation.id.clone(),
        situation_title: situation.title.clone(),
        submitted: req.submitted,
        answers: req.answers.clone(),
        applies: regulation.standing.applies(),
        regulation,
        providers: Vec::new(),
        channels: Vec::new(),
        result: item(&service.result),
        questions: Vec::new(),
        documents: Vec::new(),
        fees: Vec::new(),
        steps: Vec::new(),
        completion: timeline::not_in_force(),
        completion_other_start: None,
        schedules: Vec::new(),
        conventions: Vec::new(),
        delivery: Vec::new(),
        offices: Vec::new(),
        office_hours: None,
        application_form: None,
        refusal_grounds: Vec::new(),
        return_grounds: Vec::new(),
        suspension_grounds: Vec::new(),
        barred_by: Vec::new(),
        appeal: None,
        gaps: Vec::new(),
        warnings: Vec::new(),
    };
    // Not in force on the date, either way: nothing is presented as applying.
    if !base.applies {
        let mut p = identity(base);
        p.warnings = warnings;
        return Ok(p);
    }

    let barred_by: Vec<Item> = service
        .refusal_grounds
        .iter()
        .filter(|g| g.bars_when.is_some() && ctx.truth(&g.bars_when) == Truth::Yes)
        .map(item)
        .collect();
    for g in &barred_by {
        warnings.push(Warning::Barred {
            ground: g.id.clone(),
            text: g.text.clone(),
            source: g.source.clone(),
        });
    }
    // Barred: the result will be refused, so no document, fee or step is presented as
    // leading to it (nor warned about).
    let barred = !barred_by.is_empty();
    let (documents, fees) = if barred {
        (Vec::new(), Vec::new())
    } else {
        (ctx.documents(&mut warnings), ctx.fees())
    };
    let (steps, completion) = if barred {
        (Vec::new(), timeline::barred())
    } else {
        let t = ctx.timeline(catalog.period(service), &mut warnings);
        (t.steps, t.completion)
    };
    let schedules = if barred {
        Vec::new()
    } else {
        ctx.schedules(&completion, &steps)
    };
    let conventions = ctx.conventions_used(&steps);
    let completion_other_start = if barred {
        None
    } else {
        ctx.completion_on_other_start(&conventions, &completion, catalog.period(service))
    };
    let questions = ctx.questions();
    ctx.check_unused_answers(&questions, &mut warnings);
    ctx.calendar_warnings(&steps, &completion, &schedules, &mut warnings);
    let gaps: Vec<PlannedGap> = service
        .gaps
        .iter()
        .filter(|g| ctx.listed(&g.when))
        .map(|g| PlannedGap {
            id: g.id.clone(),
            kind: g.kind,
            what: g.what.clone(),
            refers_to: g.refers_to.clone(),
            source: g.source.clone(),
            also: g.also.clone(),
        })
        .collect();
    for g in gaps
        .iter()
        .filter(|g| g.kind == super::regulation::GapKind::Conflict)
    {
        warnings.push(Warning::Contradiction {
            gap: g.id.clone(),
            what: g.what.clone(),
            source: g.source.clone(),
        });
    }

    let mut p = identity(base);
    p.channels = service
        .channels
        .iter()
        .filter(|c| ctx.listed(&c.when))
        .map(|c| Item {
            id: c.id.clone(),
            text: c.text.clone(),
            source: c.source.clone(),
        })
        .collect();
    p.questions = questions;
    p.documents = documents;
    p.fees = fees;
    p.steps = steps;
    p.completion = completion;
    p.completion_other_start = completion_other_start;
    p.schedules = schedules;
    p.conventions = conventions;
    p.delivery = ctx.facts(&service.delivery);
    p.offices = service
        .offices
        .iter()
        .filter(|o| ctx.listed(&o.when))
        .map(|o| PlannedOffice {
            id: o.id.clone(),
            address: o.address.clone(),
            phone: o.phone.clone(),
            website: o.website.clone(),
            source: o.source.clone(),
        })
        .collect();
    p.office_hours = service.office_hours.clone();
    p.application_form = service
        .application_form
        .clone()
        .filter(|f| ctx.listed(&f.when));
    p.refusal_grounds = ctx.facts(&service.refusal_grounds);
    p.return_grounds = ctx.facts(&service.return_grounds);
    p.suspension_grounds = ctx.facts(&service.suspension_grounds);
    p.barred_by = barred_by;
    p.appeal = service.appeal.as_ref().map(item);
    p.gaps = gaps;
    p.warnings = warnings;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::testing::{answers, ctx, d, make, source, term, try_plan, Fixture, ID};
    use super::{item, plan, timeline, Item, PlanError, Request, Warning};
    use crate::engine::calendar::Country;
    use crate::engine::catalog::Catalog;
    use crate::engine::clock::ClockTime;
    use crate::engine::condition::{Condition, Truth};
    use crate::engine::text::Text;

    #[test]
    fn an_unknown_service_or_situation_names_the_valid_ones() {
        let c = Fixture::new().catalog();
        let req = Request {
            service: "kz-no-such-service",
            situation: "first",
            submitted: d("2025-03-19"),
            submitted_at: None,
            answers: answers(&[]),
        };
        let valid: Vec<String> = c.service_ids().iter().map(|s| s.to_string()).collect();
        assert!(valid.contains(&ID.to_string()));
        assert_eq!(
            plan(&c, &req).unwrap_err(),
            PlanError::UnknownService {
                id: "kz-no-such-service".into(),
                valid
            }
        );
        // The situation is checked before the answers.
        assert_eq!(
            try_plan(&c, "second", "2025-03-19", &[("colour", "red")]).unwrap_err(),
            PlanError::UnknownSituation {
                service: ID.into(),
                id: "second".into(),
                valid: vec!["first".into(), "renewal".into()],
            }
        );
        assert!(matches!(
            try_plan(&c, "first", "2025-03-19", &[("colour", "red")]),
            Err(PlanError::UnknownQuestion { id, .. }) if id == "colour"
        ));
        assert!(matches!(
            try_plan(&c, "first", "2025-03-19", &[("urgent", "maybe")]),
            Err(PlanError::InvalidAnswer { question, .. }) if question == "urgent"
        ));
    }

    #[test]
    fn a_country_without_its_calendar_or_conventions_cannot_be_planned() {
        let f = Fixture::new();
        let (service, act) = (f.service.to_string(), f.act.to_string());
        let kz = include_str!("../../../regulations/calendars/kz.json");
        let load = |calendars: &[(&str, &str)]| {
            Catalog::from_files(&[(ID, &service)], calendars, &[])
                .and_then(|c| c.with_acts(&[("kz-fixture-act", &act)]))
                .unwrap()
        };
        assert_eq!(
            try_plan(&load(&[]), "first", "2025-03-19", &[]),
            Err(PlanError::NoCalendar(Country::KZ))
        );
        assert_eq!(
            try_plan(&load(&[("kz", kz)]), "first", "2025-03-19", &[]),
            Err(PlanError::NoConventions(Country::KZ))
        );
    }

    #[test]
    fn a_condition_is_three_valued_and_an_item_is_listed_unless_ruled_out() {
        let c = Fixture::new()
            .refusal_ground("a", None)
            .refusal_ground("b", None)
            .edit(|s| {
                s["refusal_grounds"][1]["when"] =
                    json!({"answer_is": {"question": "urgent", "value": "yes"}})
            });
        let c = c.catalog();
        let urgent = Some(Condition::AnswerIs {
            question: "urgent".into(),
            value: "yes".into(),
        });
        let cases = [
            (vec![], Truth::Unknown, true, vec!["a", "b"]),
            (vec![("urgent", "yes")], Truth::Yes, true, vec!["a", "b"]),
            (vec![("urgent", "no")], Truth::No, false, vec!["a"]),
        ];
        for (pairs, truth, listed, facts) in cases {
            let a = answers(&pairs);
            let x = ctx(&c, "first", d("2025-03-19"), &a);
            assert_eq!(x.truth(&None), Truth::Yes);
            assert_eq!(
                (x.truth(&urgent), x.listed(&urgent)),
                (truth, listed),
                "{pairs:?}"
            );
            let got: Vec<String> = x
                .facts(&x.service.refusal_grounds)
                .into_iter()
                .map(|i| i.id)
                .collect();
            assert_eq!(got, facts, "{pairs:?}");
        }
        let g = &c.service(ID).unwrap().refusal_grounds[0];
        assert_eq!(
            item(g),
            Item {
                id: "a".into(),
                text: Text::en("ground a"),
                source: source("ground a")
            }
        );
    }

    #[test]
    fn a_refusal_ground_that_holds_bars_the_plan() {
        let c = Fixture::new()
            .refusal_ground(
                "deprived",
                Some(json!({"answer_is": {"question": "urgent", "value": "yes"}})),
            )
            .refusal_ground("forged", None)
            .schedule(
                "s",
                json!("completion"),
                "chained",
                &[("a", term("within", 1, "months"))],
            )
            .catalog();
        let p = make(&c, "first", "2025-03-19", &[("urgent", "yes")]);
        let deprived = Item {
            id: "deprived".into(),
            text: Text::en("ground deprived"),
            source: source("ground deprived"),
        };
        assert_eq!(p.barred_by, vec![deprived.clone()]);
        assert!(p.warnings.contains(&Warning::Barred {
            ground: deprived.id,
            text: deprived.text,
            source: deprived.source,
        }));
        // Nothing is presented as leading to the result: no step, document or fee;
        // the grounds for refusal are still listed.
        assert_eq!((p.steps.len(), p.schedules.len()), (0, 0));
        assert_eq!(p.completion, timeline::barred());
        assert_eq!(
            (p.documents.len(), p.fees.len(), p.refusal_grounds.len()),
            (0, 0, 2)
        );
        // Unanswered, the ground may or may not hold: listed, not barring.
        let p = make(&c, "first", "2025-03-19", &[]);
        assert_eq!((p.barred_by.len(), p.steps.len()), (0, 2));
        assert_eq!(p.completion.latest, Some(d("2025-03-31")));
        assert!(!p
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Barred { .. })));
    }

    #[test]
    fn a_plan_on_a_day_the_act_did_not_apply_lists_nothing_of_the_procedure() {
        // The act applies from 01.01.2020.
        let c = Fixture::new().catalog();
        let p = make(
            &c,
            "first",
            "2019-12-31",
            &[("branch", "astana"), ("unused_note", "yes")],
        );
        assert!(!p.applies);
        assert!(p.documents.is_empty() && p.fees.is_empty() && p.steps.is_empty());
        assert!(p.questions.is_empty() && p.gaps.is_empty() && p.channels.is_empty());
        assert_eq!(p.completion, timeline::not_in_force());
        // Who provides it and what it gives are still said; the only warning is the status.
        let providers: Vec<&str> = p.providers.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(
            (providers, p.result.id.as_str()),
            (vec!["astana"], "licence")
        );
        assert_eq!(
            p.warnings,
            [Warning::ActNotYetInForce {
                date: d("2019-12-31"),
                earliest: d("2020-01-01"),
                latest: Some(d("2020-01-01"))
            }]
        );
    }

    #[test]
    fn a_conflicting_gap_is_a_contradiction_and_a_ruled_out_gap_is_not_listed() {
        let c = Fixture::new()
            .push(
                "gaps",
                json!({"id": "terms", "kind": "conflict", "what": {"en": "5 or 10 days"},
                       "refers_to": {"en": "p. 7 and p. 12"}, "source": {"file": "fixture.txt",
                       "lines": [20, 20], "quote": "gap terms"}}),
            )
            .edit(|s| s["gaps"][0]["when"] = json!({"situation_in": ["renewal"]}))
            .catalog();
        let p = make(&c, "first", "2025-03-19", &[]);
        let gaps: Vec<&str> = p.gaps.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(gaps, ["terms"]);
        assert_eq!(
            p.warnings,
            [Warning::Contradiction {
                gap: "terms".into(),
                what: Text::en("5 or 10 days"),
                source: source("gap terms")
            }]
        );
    }

    #[test]
    fn the_time_of_submission_counts_only_within_known_office_hours() {
        let at = |c: &Catalog, time: Option<&str>| {
            let p = plan(
                c,
                &Request {
                    service: ID,
                    situation: "first",
                    submitted: d("2025-03-19"),
                    submitted_at: time.map(|t| ClockTime::parse(t).unwrap()),
                    answers: answers(&[]),
                },
            )
            .unwrap();
            (p.steps[0].due, p.steps[0].due_time.map(|t| t.to_string()))
        };
        // Office hours 09:00–18:00, step 1 takes 2 hours. Submitted Wed 19.03.2025 at
        // 17:00: 1 hour that day, 1 hour on Thu 20 → 10:00; at opening → 11:00 that day.
        let c = Fixture::new()
            .office_hours("09:00", "18:00", &[])
            .step_field("1", "term", term("within", 2, "hours"))
            .catalog();
        assert_eq!(
            at(&c, Some("17:00")),
            (Some(d("2025-03-20")), Some("10:00".into()))
        );
        assert_eq!(at(&c, None), (Some(d("2025-03-19")), Some("11:00".into())));
        // Without office hours the day has no clock: the time is ignored, and the 2
        // hours fit in the submission day.
        let c = Fixture::new()
            .step_field("1", "term", term("within", 2, "hours"))
            .catalog();
        assert_eq!(at(&c, Some("17:00")), (Some(d("2025-03-19")), None));
    }
}
