//! The planner: (service, situation, answers, submission date) → a plan.
//!
//! A plan lists what the applicant must bring, what they pay, every step with its
//! due date, the expected completion date and why, and everything the regulation
//! leaves open. It only reads regulation data; no figure is decided here.

use serde::Serialize;

use super::calendar::{Calendar, CalendarError, Country, SpecialDay};
use super::catalog::Catalog;
use super::clock::{add_working_time, ClockTime, Moment, WorkingDay};
use super::condition::{applies, Answers, Truth};
use super::date::{dotted, parse_date, Date};
use super::msg::{self, render, Arg, M};
use super::regulation::{
    ActStatus, Fact, FeeRule, GapKind, OriginalOrCopy, Party, QuestionKind, ScheduleAnchor,
    ScheduleMode, Service, Step,
};
use super::source::{LegalRef, Source};
use super::term::{self, Conventions, Dated, Term, TermKind, Unit};
use super::text::Text;

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
        valid: String,
    },
    NoCalendar(Country),
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::UnknownService { id, valid } => {
                write!(f, "unknown service '{id}' (valid: {})", valid.join(", "))
            }
            PlanError::UnknownSituation { service, id, valid } => write!(
                f,
                "unknown situation '{id}' for {service} (valid: {})",
                valid.join(", ")
            ),
            PlanError::UnknownQuestion { id, valid } => {
                write!(f, "unknown question '{id}' (valid: {})", valid.join(", "))
            }
            PlanError::InvalidAnswer {
                question,
                value,
                valid,
            } => {
                write!(
                    f,
                    "invalid answer '{value}' to '{question}' (valid: {valid})"
                )
            }
            PlanError::NoCalendar(c) => write!(f, "no production calendar for {}", c.code()),
        }
    }
}

impl std::error::Error for PlanError {}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub service: String,
    pub service_title: Text,
    pub country: Country,
    pub situation: String,
    pub situation_title: Text,
    pub submitted: Date,
    pub answers: Answers,
    pub regulation: RegulationStatus,
    pub providers: Vec<Item>,
    pub channels: Vec<Item>,
    pub result: Item,
    pub questions: Vec<AskedQuestion>,
    pub documents: Vec<PlannedDocument>,
    pub fees: Vec<PlannedFee>,
    pub steps: Vec<PlannedStep>,
    pub completion: Completion,
    pub schedules: Vec<PlannedSchedule>,
    pub conventions: Vec<ConventionUsed>,
    pub delivery: Vec<Item>,
    pub offices: Vec<PlannedOffice>,
    pub office_hours: Option<super::clock::OfficeHours>,
    pub application_form: Option<super::regulation::ApplicationForm>,
    pub refusal_grounds: Vec<Item>,
    pub return_grounds: Vec<Item>,
    pub suspension_grounds: Vec<Item>,
    pub appeal: Option<Item>,
    pub gaps: Vec<PlannedGap>,
    pub warnings: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegulationStatus {
    pub act: Text,
    pub issuer: Text,
    pub number: Option<String>,
    pub date: Option<Date>,
    pub status: ActStatus,
    /// In force on the submission date; `None` when the status cannot be established.
    pub in_force: Option<bool>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub repealed_by: Option<Text>,
    pub note: Option<Text>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedOffice {
    pub id: String,
    pub address: Text,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub source: Source,
}

/// A statement shown as is, with its source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    pub text: Text,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AskedQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub text: Text,
    pub help: Option<Text>,
    pub options: Vec<(String, Text)>,
    pub answer: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Required {
    /// Required in this situation.
    Yes,
    /// Required only if its condition holds; an answer would settle it.
    IfApplicable,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedDocument {
    pub id: String,
    pub title: Text,
    pub original_or_copy: OriginalOrCopy,
    pub count: Option<u32>,
    pub required: Required,
    pub condition: Option<Text>,
    /// The earliest issue date the document may carry on the submission date.
    pub issued_not_before: Option<Date>,
    pub validity: Option<ValidityNote>,
    /// A problem with the document's date as the applicant gave it.
    pub alert: Option<Text>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValidityNote {
    pub max_age: u32,
    pub unit: Unit,
    pub applies: Option<Text>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedFee {
    pub id: String,
    pub title: Text,
    /// `None` when the regulation does not give the amount.
    pub amount: Option<f64>,
    pub currency: Option<String>,
    pub basis: Text,
    pub gap: Option<String>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermOut {
    pub kind: TermKind,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub unit: Unit,
    pub text: Text,
    pub unit_reading: Option<Text>,
}

impl From<&Term> for TermOut {
    fn from(t: &Term) -> Self {
        TermOut {
            kind: t.kind,
            min: t.min,
            max: t.max,
            unit: t.unit,
            text: t.describe_text(),
            unit_reading: t.unit_reading.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedStep {
    pub id: String,
    pub procedure: Option<String>,
    pub title: Text,
    pub actor: Text,
    pub party: Party,
    /// `IfApplicable` when an unanswered question decides whether the step happens.
    pub applies: Required,
    pub term: Option<TermOut>,
    /// Not before this date (the earliest the step can end, or a re-take's first day).
    pub earliest: Option<Date>,
    /// Due by this date; `None` with `due_note` when it cannot be determined.
    pub due: Option<Date>,
    /// The clock time on `due`, for steps in hours within known office hours.
    pub due_time: Option<ClockTime>,
    pub due_note: Option<Text>,
    pub contingency: Option<Text>,
    pub special_days: Vec<SpecialDay>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Completion {
    pub earliest: Option<Date>,
    pub latest: Option<Date>,
    /// Why these dates, or why there are none.
    pub note: Text,
    /// The overall term the latest date rests on, if any.
    pub term: Option<TermOut>,
    pub source: Option<Source>,
    /// Days skipped between submission and the latest date, and why.
    pub special_days: Vec<SpecialDay>,
    pub rolled_from: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedSchedule {
    pub id: String,
    pub title: Text,
    pub mode: ScheduleMode,
    /// The date the first term counts from; `None` with `note` when not known.
    pub anchor: Option<Date>,
    pub note: Text,
    pub items: Vec<ScheduledItem>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScheduledItem {
    pub id: String,
    pub title: Text,
    pub term: TermOut,
    pub date: Option<Date>,
    pub special_days: Vec<SpecialDay>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConventionOrigin {
    /// The general civil-law rule, not stated in the regulation.
    GeneralRule,
    /// Set by the regulation for one of its terms.
    Regulation,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConventionUsed {
    pub id: String,
    pub text: Text,
    pub origin: ConventionOrigin,
    pub legal_basis: Option<LegalRef>,
    pub source: Option<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedGap {
    pub id: String,
    pub kind: GapKind,
    pub what: Text,
    pub refers_to: Text,
    pub source: Source,
    pub also: Vec<Source>,
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
    validate_answers(service, &req.answers)?;
    let calendar = catalog
        .calendar(service.country)
        .ok_or(PlanError::NoCalendar(service.country))?;
    let country = catalog.conventions(service.country);
    let general = country.map(|c| c.conventions).unwrap_or_default();
    let day = match &service.office_hours {
        // The data tests check office hours are well formed.
        Some(h) => WorkingDay::from_office_hours(h).unwrap_or_else(|_| WorkingDay::of_length(8)),
        None => WorkingDay::of_length(country.map_or(8, |c| c.working_day.hours)),
    };
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
    let regulation = regulation_status(service, req.submitted, &mut warnings);
    let documents = ctx.documents(&mut warnings);
    let fees = ctx.fees();
    let (steps, chain) = ctx.steps();
    let completion = ctx.completion(&chain, &mut warnings);
    let schedules = ctx.schedules(&completion);
    let conventions = ctx.conventions_used(catalog, &steps);
    ctx.check_procedure_caps(&mut warnings);
    ctx.check_provisional_years(&steps, &completion, &mut warnings);
    let questions = ctx.questions();
    ctx.check_unused_answers(&questions, &mut warnings);
    let gaps: Vec<PlannedGap> = service
        .gaps
        .iter()
        .filter(|g| applies(&g.when, ctx.situation, ctx.answers) != Truth::No)
        .map(|g| PlannedGap {
            id: g.id.clone(),
            kind: g.kind,
            what: g.what.clone(),
            refers_to: g.refers_to.clone(),
            source: g.source.clone(),
            also: g.also.clone(),
        })
        .collect();
    for g in gaps.iter().filter(|g| g.kind == GapKind::Conflict) {
        warnings.push(render(
            M::Contradiction,
            &[
                ("what", (&g.what).into()),
                ("source", g.source.citation().into()),
            ],
        ));
    }

    Ok(Plan {
        service: service.id.clone(),
        service_title: service.title.clone(),
        country: service.country,
        situation: situation.id.clone(),
        situation_title: situation.title.clone(),
        submitted: req.submitted,
        answers: req.answers.clone(),
        regulation,
        providers: service
            .providers
            .iter()
            .filter(|p| applies(&p.when, ctx.situation, ctx.answers) != Truth::No)
            .map(|p| Item {
                id: p.id.clone(),
                text: p.name.clone(),
                source: p.source.clone(),
            })
            .collect(),
        channels: service
            .channels
            .iter()
            .filter(|c| applies(&c.when, ctx.situation, ctx.answers) != Truth::No)
            .map(|c| Item {
                id: c.id.clone(),
                text: c.text.clone(),
                source: c.source.clone(),
            })
            .collect(),
        result: item(&service.result),
        questions,
        documents,
        fees,
        steps,
        completion,
        schedules,
        conventions,
        delivery: ctx.facts(&service.delivery),
        offices: service
            .offices
            .iter()
            .filter(|o| applies(&o.when, ctx.situation, ctx.answers) != Truth::No)
            .map(|o| PlannedOffice {
                id: o.id.clone(),
                address: o.address.clone(),
                phone: o.phone.clone(),
                website: o.website.clone(),
                source: o.source.clone(),
            })
            .collect(),
        office_hours: service.office_hours.clone(),
        application_form: service
            .application_form
            .clone()
            .filter(|f| applies(&f.when, ctx.situation, ctx.answers) != Truth::No),
        refusal_grounds: ctx.facts(&service.refusal_grounds),
        return_grounds: ctx.facts(&service.return_grounds),
        suspension_grounds: ctx.facts(&service.suspension_grounds),
        appeal: service.appeal.as_ref().map(item),
        gaps,
        warnings,
    })
}

fn item(f: &Fact) -> Item {
    Item {
        id: f.id.clone(),
        text: f.text.clone(),
        source: f.source.clone(),
    }
}

fn validate_answers(service: &Service, answers: &Answers) -> Result<(), PlanError> {
    for (id, value) in answers {
        let q = service
            .questions
            .iter()
            .find(|q| &q.id == id)
            .ok_or_else(|| PlanError::UnknownQuestion {
                id: id.clone(),
                valid: service.questions.iter().map(|q| q.id.clone()).collect(),
            })?;
        let ok = match q.valid_values() {
            Some(values) => values.contains(&value.as_str()),
            None => parse_date(value).is_ok(),
        };
        if !ok {
            return Err(PlanError::InvalidAnswer {
                question: id.clone(),
                value: value.clone(),
                valid: q
                    .valid_values()
                    .map_or("a date YYYY-MM-DD".to_string(), |v| v.join(", ")),
            });
        }
    }
    Ok(())
}

fn regulation_status(service: &Service, on: Date, warnings: &mut Vec<Text>) -> RegulationStatus {
    let act = &service.act;
    let within =
        act.in_force_from.is_none_or(|f| f <= on) && act.in_force_to.is_none_or(|t| on <= t);
    let in_force = match act.status {
        ActStatus::Unverified => None,
        // Repealed, but the text does not say when: after its start we cannot tell.
        ActStatus::Repealed if act.in_force_to.is_none() => match act.in_force_from {
            Some(f) if on < f => Some(false),
            _ => None,
        },
        ActStatus::InForce | ActStatus::Repealed => Some(within),
    };
    let by = act.repealed_by.as_ref().map_or_else(Text::default, |r| {
        render(M::RepealedBy, &[("act", r.into())])
    });
    // A date the text gives only as the earliest possible one says so.
    let edge = |d: Date, approximate: bool| -> Arg {
        if approximate {
            render(M::ApproximateDate, &[("date", dotted(d).into())]).into()
        } else {
            dotted(d).into()
        }
    };
    match (act.status, in_force) {
        (ActStatus::Unverified, _) => warnings.push(
            act.note
                .clone()
                .unwrap_or_else(|| msg::text(M::ActStatusUnknown)),
        ),
        (ActStatus::Repealed, None) => {
            warnings.push(render(M::ActRepealedUndated, &[("by", by.into())]))
        }
        (_, Some(false)) => {
            let date = ("date", dotted(on).into());
            warnings.push(match (act.in_force_from, act.in_force_to) {
                (Some(f), _) if on < f => render(
                    M::ActNotYetInForce,
                    &[date, ("from", edge(f, act.in_force_from_approximate))],
                ),
                (_, Some(t)) => render(
                    M::ActRepealed,
                    &[
                        date,
                        ("to", edge(t, act.in_force_to_approximate)),
                        ("by", by.into()),
                    ],
                ),
                _ => msg::text(M::ActStatusUnknown),
            });
        }
        _ => {}
    }
    RegulationStatus {
        act: act.title.clone(),
        issuer: act.issuer.clone(),
        number: act.number.clone(),
        date: act.date,
        status: act.status,
        in_force,
        from: act.in_force_from,
        to: act.in_force_to,
        repealed_by: act.repealed_by.clone(),
        note: act.note.clone(),
        source: act.source.clone(),
    }
}

/// Where the timeline stands: a date, or why none can be given.
#[derive(Clone, Debug)]
enum Cursor {
    At(Dated),
    Unknown(Text),
}

impl Cursor {
    fn date(&self) -> Option<Date> {
        match self {
            Cursor::At(d) => Some(d.date),
            Cursor::Unknown(_) => None,
        }
    }
}

/// The end of the step chain: earliest and latest.
struct Chain {
    earliest: Cursor,
    latest: Cursor,
}

struct Ctx<'a> {
    catalog: &'a Catalog,
    service: &'a Service,
    situation: &'a str,
    answers: &'a Answers,
    submitted: Date,
    /// The working minute the visit starts at on the submission date.
    start_minute: u16,
    calendar: &'a Calendar,
    general: Conventions,
    day: WorkingDay,
}

impl Ctx<'_> {
    fn truth(&self, when: &Option<super::condition::Condition>) -> Truth {
        applies(when, self.situation, self.answers)
    }

    fn facts(&self, facts: &[Fact]) -> Vec<Item> {
        facts
            .iter()
            .filter(|f| self.truth(&f.when) != Truth::No)
            .map(item)
            .collect()
    }

    fn applicable_steps(&self) -> impl Iterator<Item = &Step> {
        self.service
            .steps
            .iter()
            .filter(|s| self.truth(&s.when) != Truth::No)
    }

    /// Questions whose answer can change this situation's outcome: some document,
    /// step, fee or gap condition comes out differently for different answers (given
    /// the other answers), or an applicable document takes its date from it.
    fn questions(&self) -> Vec<AskedQuestion> {
        let s = self.service;
        let sit = self.situation;
        let mentions = |c: &Option<super::condition::Condition>, q: &str| {
            c.as_ref().is_some_and(|c| c.mentions_question(q))
        };
        // What an answer to `q` can change: whether each item that depends on it is
        // listed (and, for a document, whether it is then exempt).
        let outcomes = |q: &str, a: &Answers| -> Vec<(Truth, Truth)> {
            let docs = s
                .documents
                .iter()
                .filter(|d| mentions(&d.when, q) || mentions(&d.not_needed_when, q))
                .map(|d| match applies(&d.when, sit, a) {
                    Truth::No => (Truth::No, Truth::No),
                    w => (
                        w,
                        d.not_needed_when
                            .as_ref()
                            .map_or(Truth::No, |c| c.eval(sit, a)),
                    ),
                });
            let others = s
                .steps
                .iter()
                .map(|x| &x.when)
                .chain(s.fees.iter().map(|x| &x.when))
                .chain(s.gaps.iter().map(|x| &x.when))
                .chain(s.overall_terms.iter().map(|x| &x.when))
                .filter(|w| mentions(w, q))
                .map(|w| (applies(w, sit, a), Truth::No));
            docs.chain(others).collect()
        };
        // Date questions matter when an applicable document's validity or schedule
        // counts from the date they ask for.
        let schedule_anchors = s
            .schedules
            .iter()
            .filter(|x| self.truth(&x.when) != Truth::No)
            .filter_map(|x| match &x.anchor {
                ScheduleAnchor::Question(q) => Some(q.as_str()),
                ScheduleAnchor::Completion => None,
            });
        let date_questions: Vec<&str> = s
            .documents
            .iter()
            .filter(|d| self.truth(&d.when) != Truth::No)
            .filter_map(|d| d.validity.as_ref()?.date_question.as_deref())
            .chain(schedule_anchors)
            .collect();
        let matters = |q: &super::regulation::Question| match q.valid_values() {
            None => date_questions.contains(&q.id.as_str()),
            Some(values) => {
                let mut results = values.iter().map(|v| {
                    let mut a = self.answers.clone();
                    a.insert(q.id.clone(), v.to_string());
                    outcomes(&q.id, &a)
                });
                let first = results.next();
                results.any(|r| Some(r) != first)
            }
        };
        s.questions
            .iter()
            .filter(|q| self.truth(&q.asked_when) != Truth::No && matters(q))
            .map(|q| AskedQuestion {
                id: q.id.clone(),
                kind: q.kind,
                text: q.text.clone(),
                help: q.help.clone(),
                options: match q.kind {
                    QuestionKind::Choice => q
                        .options
                        .iter()
                        .map(|o| (o.id.clone(), o.text.clone()))
                        .collect(),
                    _ => Vec::new(),
                },
                answer: self.answers.get(&q.id).cloned(),
            })
            .collect()
    }

    fn check_unused_answers(&self, asked: &[AskedQuestion], warnings: &mut Vec<Text>) {
        for (id, value) in self.answers {
            if !asked.iter().any(|q| &q.id == id) {
                warnings.push(render(
                    M::UnusedAnswer,
                    &[("id", id.as_str().into()), ("value", value.as_str().into())],
                ));
            }
        }
    }

    fn documents(&self, warnings: &mut Vec<Text>) -> Vec<PlannedDocument> {
        let mut out = Vec::new();
        for d in &self.service.documents {
            let needed = self.truth(&d.when);
            let exempt = d
                .not_needed_when
                .as_ref()
                .map_or(Truth::No, |c| c.eval(self.situation, self.answers));
            if needed == Truth::No || exempt == Truth::Yes {
                continue;
            }
            let required = if needed == Truth::Yes && exempt == Truth::No {
                Required::Yes
            } else {
                Required::IfApplicable
            };
            let issued_not_before = d.validity.as_ref().and_then(|v| {
                term::window_start(self.calendar, self.submitted, v.max_age, v.unit).ok()
            });
            let mut alert = None;
            if let (Some(v), Some(limit)) = (&d.validity, issued_not_before) {
                let dated = v
                    .date_question
                    .as_ref()
                    .and_then(|q| self.answers.get(q))
                    .and_then(|s| parse_date(s).ok());
                if let Some(issued) = dated {
                    if issued < limit {
                        alert = Some(render(
                            M::DocumentTooOld,
                            &[
                                ("doc", (&d.title).into()),
                                ("issued", dotted(issued).into()),
                                ("submitted", dotted(self.submitted).into()),
                                ("limit", dotted(limit).into()),
                                ("age", v.unit.amount(v.max_age).into()),
                                ("source", v.source.citation().into()),
                            ],
                        ));
                    } else if issued > self.submitted {
                        alert = Some(render(
                            M::DocumentDatedAfter,
                            &[
                                ("doc", (&d.title).into()),
                                ("issued", dotted(issued).into()),
                                ("submitted", dotted(self.submitted).into()),
                            ],
                        ));
                    }
                }
            }
            warnings.extend(alert.clone());
            out.push(PlannedDocument {
                alert,
                id: d.id.clone(),
                title: d.title.clone(),
                original_or_copy: d.original_or_copy,
                count: d.count,
                required,
                condition: d.condition.clone(),
                issued_not_before,
                validity: d.validity.as_ref().map(|v| ValidityNote {
                    max_age: v.max_age,
                    unit: v.unit,
                    applies: v.applies.clone(),
                    source: v.source.clone(),
                }),
                source: d.source.clone(),
            });
        }
        out
    }

    fn fees(&self) -> Vec<PlannedFee> {
        self.service
            .fees
            .iter()
            .filter(|f| self.truth(&f.when) != Truth::No)
            .map(|f| {
                let (amount, currency, basis) = match &f.rule {
                    FeeRule::Free => (Some(0.0), None, msg::text(M::FeeFree)),
                    FeeRule::Fixed { amount, currency } => (
                        Some(*amount),
                        Some(currency.clone()),
                        render(
                            M::FeeFixed,
                            &[
                                ("amount", amount.to_string().into()),
                                ("currency", currency.as_str().into()),
                            ],
                        ),
                    ),
                    FeeRule::IndexMultiple { index, multiple } => {
                        let table = self.catalog.index(index);
                        match table.and_then(|t| t.on(self.submitted).map(|v| (t, v))) {
                            Some((t, v)) => {
                                let amount = (multiple * v.value * 100.0).round() / 100.0;
                                (
                                    Some(amount),
                                    Some(t.currency.clone()),
                                    render(
                                        M::FeeIndex,
                                        &[
                                            ("multiple", multiple.to_string().into()),
                                            ("index", (&t.name).into()),
                                            ("value", v.value.to_string().into()),
                                            ("currency", t.currency.as_str().into()),
                                            ("date", dotted(self.submitted).into()),
                                            ("law", v.source.citation().into()),
                                            ("amount", amount.to_string().into()),
                                        ],
                                    ),
                                )
                            }
                            None => (
                                None,
                                None,
                                render(
                                    M::FeeIndexMissing,
                                    &[
                                        ("multiple", multiple.to_string().into()),
                                        ("index", index.as_str().into()),
                                        ("date", dotted(self.submitted).into()),
                                    ],
                                ),
                            ),
                        }
                    }
                    FeeRule::PriceList { set_by } => (None, None, set_by.clone()),
                    FeeRule::NotStated => (None, None, msg::text(M::FeeNotStated)),
                };
                PlannedFee {
                    id: f.id.clone(),
                    title: f.title.clone(),
                    amount,
                    currency,
                    basis,
                    gap: f.gap.clone(),
                    source: f.source.clone(),
                }
            })
            .collect()
    }

    /// `n` units after a cursor, or why not. Minutes and hours are working time
    /// inside the provider's day; after a count in days, working time resumes on the
    /// next working day (the day-count may use the whole of its last day, so the latest
    /// date must not assume it left hours over).
    fn advance(&self, from: &Cursor, n: u32, unit: Unit, term: &Term) -> Cursor {
        let Cursor::At(at) = from else {
            return from.clone();
        };
        if unit.is_sub_day() {
            let minutes = if unit == Unit::Hours { n * 60 } else { n };
            let start = Moment {
                date: at.date,
                minute: at.minute.unwrap_or(self.day.end()),
            };
            return match add_working_time(self.calendar, &self.day, start, minutes) {
                Ok(m) => Cursor::At(Dated {
                    date: m.date,
                    special_days: self
                        .calendar
                        .special_days(at.date, m.date)
                        .unwrap_or_default(),
                    rolled_from: None,
                    minute: Some(m.minute),
                }),
                Err(e) => Cursor::Unknown(out_of_calendar(&e)),
            };
        }
        if n == 0 {
            return Cursor::At(Dated::on(at.date, at.minute));
        }
        let conv = self.general.with(&term.conventions);
        match term::add(self.calendar, at.date, n, unit, conv) {
            Ok(d) => Cursor::At(d),
            Err(e) => Cursor::Unknown(out_of_calendar(&e)),
        }
    }

    fn start(&self) -> Cursor {
        Cursor::At(Dated::on(self.submitted, Some(self.start_minute)))
    }

    fn steps(&self) -> (Vec<PlannedStep>, Chain) {
        let start = self.start();
        // The timeline so far, and where the current stage began (for `alongside` steps).
        let mut now = Chain {
            earliest: start.clone(),
            latest: start,
        };
        let mut stage = Chain {
            earliest: now.earliest.clone(),
            latest: now.latest.clone(),
        };
        let mut out: Vec<PlannedStep> = Vec::new();
        for step in self.applicable_steps() {
            // Alongside a step this situation does not have, a step simply follows on.
            let parallel = step
                .alongside
                .as_ref()
                .is_some_and(|a| out.iter().any(|s| &s.id == a));
            let base = if parallel { &stage } else { &now };
            let (step_earliest, step_latest) = self.date_step(step, base);
            let (due, due_note, special_days) = match &step_latest {
                Cursor::At(d) => (Some(d.date), None, d.special_days.clone()),
                Cursor::Unknown(why) => (None, Some(why.clone()), Vec::new()),
            };
            let due_time = match &step_latest {
                Cursor::At(Dated {
                    minute: Some(m), ..
                }) if self.day.clock => Some(ClockTime(*m)),
                _ => None,
            };
            out.push(PlannedStep {
                id: step.id.clone(),
                procedure: step.procedure.clone(),
                title: step.title.clone(),
                actor: step.actor.clone(),
                party: step.party,
                applies: if self.truth(&step.when) == Truth::Yes {
                    Required::Yes
                } else {
                    Required::IfApplicable
                },
                term: step.term.as_ref().map(TermOut::from),
                earliest: step_earliest.date(),
                due,
                due_time,
                due_note,
                contingency: step.contingency.clone(),
                special_days,
                source: step.source.clone(),
            });
            if step.contingency.is_some() {
                continue;
            }
            if parallel {
                now = Chain {
                    earliest: later(&now.earliest, &step_earliest),
                    latest: later(&now.latest, &step_latest),
                };
            } else {
                stage = now;
                now = Chain {
                    earliest: step_earliest,
                    latest: step_latest,
                };
            }
        }
        (out, now)
    }

    /// The earliest and latest end of `step` started at `from`.
    fn date_step(&self, step: &Step, from: &Chain) -> (Cursor, Cursor) {
        let Some(t) = &step.term else {
            let why = render(
                M::NoTermForStep,
                &[
                    ("step", (&step.title).into()),
                    ("source", step.source.citation().into()),
                ],
            );
            return (Cursor::Unknown(why.clone()), Cursor::Unknown(why));
        };
        let lo = t.min.unwrap_or(0);
        match t.kind {
            TermKind::NotEarlierThan => (
                self.advance(&from.latest, lo, t.lower_unit(), t),
                Cursor::Unknown(msg::text(M::LowerBoundOnly)),
            ),
            TermKind::Within | TermKind::Range => (
                self.advance(&from.earliest, lo, t.lower_unit(), t),
                self.advance(&from.latest, t.max.unwrap_or(lo), t.unit, t),
            ),
            TermKind::Duration => {
                let n = t.max.unwrap_or(lo);
                (
                    self.advance(&from.earliest, n, t.unit, t),
                    self.advance(&from.latest, n, t.unit, t),
                )
            }
        }
    }

    fn completion(&self, chain: &Chain, warnings: &mut Vec<Text>) -> Completion {
        let overall = self
            .service
            .overall_terms
            .iter()
            .find(|o| self.truth(&o.when) != Truth::No);
        let earliest = chain.earliest.date();
        let no_steps = self.applicable_steps().all(|s| s.contingency.is_some());
        if overall.is_none() && no_steps {
            return Completion {
                earliest: None,
                latest: None,
                note: msg::text(M::NoStepsNoTerm),
                term: None,
                source: None,
                special_days: Vec::new(),
                rolled_from: None,
            };
        }
        let Some(overall) = overall else {
            return match &chain.latest {
                Cursor::At(d) => Completion {
                    earliest,
                    latest: Some(d.date),
                    note: render(M::NoOverallTerm, &[("date", dotted(d.date).into())]),
                    term: None,
                    source: None,
                    special_days: d.special_days.clone(),
                    rolled_from: d.rolled_from,
                },
                Cursor::Unknown(why) => Completion {
                    earliest: None,
                    latest: None,
                    note: why.clone(),
                    term: None,
                    source: None,
                    special_days: Vec::new(),
                    rolled_from: None,
                },
            };
        };
        let t = &overall.term;
        let cap = self.advance(&self.start(), t.max.or(t.min).unwrap_or(0), t.unit, t);
        let (latest, note, special_days, rolled_from) = match &cap {
            Cursor::At(d) => (
                Some(d.date),
                render(
                    M::OverallTerm,
                    &[
                        ("term", t.describe_text().into()),
                        ("source", overall.source.citation().into()),
                        ("from", dotted(self.submitted).into()),
                        ("to", dotted(d.date).into()),
                    ],
                ),
                d.special_days.clone(),
                d.rolled_from,
            ),
            Cursor::Unknown(why) => (None, why.clone(), Vec::new(), None),
        };
        if let (Some(cap_date), Some(steps_date)) = (latest, chain.latest.date()) {
            if steps_date > cap_date {
                warnings.push(render(
                    M::StepsExceedOverall,
                    &[
                        ("steps", dotted(steps_date).into()),
                        ("cap", dotted(cap_date).into()),
                        ("source", overall.source.citation().into()),
                    ],
                ));
            }
        }
        Completion {
            earliest: earliest.filter(|_| latest.is_some()),
            latest,
            note,
            term: Some(TermOut::from(t)),
            source: Some(overall.source.clone()),
            special_days,
            rolled_from,
        }
    }

    /// A procedure whose steps together exceed its own stated limit.
    fn check_procedure_caps(&self, warnings: &mut Vec<Text>) {
        for p in &self.service.procedures {
            let Some(cap) = &p.cap else { continue };
            let Some(limit) = cap.max else { continue };
            // Steps running alongside each other count once, by the longest.
            let mut terms: Vec<u32> = Vec::new();
            for s in self.applicable_steps().filter(|s| {
                s.procedure.as_deref() == Some(p.id.as_str()) && s.contingency.is_none()
            }) {
                let Some(n) = s
                    .term
                    .as_ref()
                    .filter(|t| t.unit == cap.unit)
                    .and_then(|t| t.max)
                else {
                    continue;
                };
                match terms.last_mut() {
                    Some(last) if s.alongside.is_some() => *last = (*last).max(n),
                    _ => terms.push(n),
                }
            }
            for s in self
                .applicable_steps()
                .filter(|s| s.procedure.as_deref() == Some(p.id.as_str()))
            {
                if let Some(n) = s
                    .term
                    .as_ref()
                    .filter(|t| t.unit == cap.unit)
                    .and_then(|t| t.max)
                {
                    if n > limit {
                        warnings.push(render(
                            M::StepOverProcedure,
                            &[
                                ("step", s.id.as_str().into()),
                                ("n", cap.unit.amount(n).into()),
                                ("limit", cap.unit.amount(limit).into()),
                                ("source", p.source.citation().into()),
                            ],
                        ));
                    }
                }
            }
            let sum: u32 = terms.iter().sum();
            if sum > limit {
                let parts: Vec<String> = terms.iter().map(u32::to_string).collect();
                let total = cap
                    .unit
                    .amount(sum)
                    .map(|t| format!("{} = {t}", parts.join(" + ")));
                warnings.push(render(
                    M::ProcedureOverCap,
                    &[
                        ("id", p.id.as_str().into()),
                        ("title", (&p.title).into()),
                        ("sum", total.into()),
                        ("limit", cap.unit.amount(limit).into()),
                        ("source", p.source.citation().into()),
                    ],
                ));
            }
        }
    }

    fn check_provisional_years(
        &self,
        steps: &[PlannedStep],
        c: &Completion,
        warnings: &mut Vec<Text>,
    ) {
        use chrono::Datelike;
        let mut years: Vec<i32> = steps
            .iter()
            .flat_map(|s| [s.earliest, s.due])
            .chain([c.earliest, c.latest, Some(self.submitted)])
            .flatten()
            .map(|d| d.year())
            .collect();
        years.sort_unstable();
        years.dedup();
        for y in years
            .into_iter()
            .filter(|y| self.calendar.is_provisional(*y))
        {
            let note = self
                .calendar
                .file
                .years
                .iter()
                .find(|s| s.year == y)
                .and_then(|s| s.note.clone())
                .unwrap_or_default();
            warnings.push(render(
                M::ProvisionalYear,
                &[
                    ("country", self.service.country.code().into()),
                    ("year", y.to_string().into()),
                    ("note", note.into()),
                ],
            ));
        }
    }

    /// The dates that follow the result, chained or anchored as the data says.
    fn schedules(&self, completion: &Completion) -> Vec<PlannedSchedule> {
        self.service
            .schedules
            .iter()
            .filter(|s| self.truth(&s.when) != Truth::No)
            .map(|s| {
                let (anchor, note) = match &s.anchor {
                    ScheduleAnchor::Completion => {
                        (completion.latest, msg::text(M::ScheduleFromCompletion))
                    }
                    ScheduleAnchor::Question(q) => {
                        let given = self.answers.get(q).and_then(|v| parse_date(v).ok());
                        let question = self
                            .service
                            .questions
                            .iter()
                            .find(|x| &x.id == q)
                            .map_or_else(|| Text::en(q.as_str()), |x| x.text.clone());
                        let note = match given {
                            Some(d) => render(
                                M::ScheduleFromDate,
                                &[("date", dotted(d).into()), ("question", question.into())],
                            ),
                            None => render(M::ScheduleNeedsDate, &[("question", question.into())]),
                        };
                        (given, note)
                    }
                };
                let mut previous = anchor.map(|d| Cursor::At(Dated::on(d, None)));
                let items = s
                    .items
                    .iter()
                    .map(|item| {
                        let n = item.term.max.or(item.term.min).unwrap_or(0);
                        let from = match s.mode {
                            ScheduleMode::Chained => previous.clone(),
                            ScheduleMode::Anchored => {
                                anchor.map(|d| Cursor::At(Dated::on(d, None)))
                            }
                        };
                        let at = from.map(|c| self.advance(&c, n, item.term.unit, &item.term));
                        let (date, special_days) = match &at {
                            Some(Cursor::At(d)) => (Some(d.date), d.special_days.clone()),
                            _ => (None, Vec::new()),
                        };
                        previous = at;
                        ScheduledItem {
                            id: item.id.clone(),
                            title: item.title.clone(),
                            term: TermOut::from(&item.term),
                            date,
                            special_days,
                            source: item.source.clone(),
                        }
                    })
                    .collect();
                PlannedSchedule {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    mode: s.mode,
                    anchor,
                    note,
                    items,
                    source: s.source.clone(),
                }
            })
            .collect()
    }

    fn conventions_used(&self, catalog: &Catalog, steps: &[PlannedStep]) -> Vec<ConventionUsed> {
        let mut out: Vec<ConventionUsed> = catalog
            .conventions(self.service.country)
            .map(|c| {
                c.rules
                    .iter()
                    .map(|r| ConventionUsed {
                        id: r.id.clone(),
                        text: r.text.clone(),
                        origin: ConventionOrigin::GeneralRule,
                        legal_basis: Some(r.source.clone()),
                        source: None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let in_hours = steps
            .iter()
            .any(|s| s.term.as_ref().is_some_and(|t| t.unit.is_sub_day()));
        match (
            &self.service.office_hours,
            catalog.conventions(self.service.country),
        ) {
            (Some(h), _) if in_hours => out.push(ConventionUsed {
                id: "office-hours".into(),
                text: {
                    let hours = [
                        ("open", h.open.to_string().into()),
                        ("close", h.close.to_string().into()),
                    ];
                    if h.breaks.is_empty() {
                        render(M::OfficeHoursRule, &hours)
                    } else {
                        let breaks: Vec<String> =
                            h.breaks.iter().map(|[a, b]| format!("{a}–{b}")).collect();
                        let [open, close] = hours;
                        render(
                            M::OfficeHoursWithBreak,
                            &[open, close, ("breaks", breaks.join(", ").into())],
                        )
                    }
                },
                origin: ConventionOrigin::Regulation,
                legal_basis: None,
                source: Some(h.source.clone()),
            }),
            (None, Some(c)) if in_hours => out.push(ConventionUsed {
                id: "working-day".into(),
                text: c.working_day.text.clone(),
                origin: ConventionOrigin::GeneralRule,
                legal_basis: Some(c.working_day.source.clone()),
                source: None,
            }),
            _ => {}
        }
        if let Some(eve) = self
            .calendar
            .file
            .shortened_days
            .first()
            .filter(|_| in_hours)
        {
            out.push(ConventionUsed {
                id: "shortened-eve".into(),
                text: render(M::ShortenedEve, &[("hours", eve.hours.to_string().into())]),
                origin: ConventionOrigin::GeneralRule,
                legal_basis: Some(eve.source.clone()),
                source: None,
            });
        }
        for step in self.applicable_steps() {
            if let Some(o) = step.term.as_ref().and_then(|t| t.conventions.as_ref()) {
                out.push(ConventionUsed {
                    id: format!("step-{}", step.id),
                    text: render(
                        M::StepOwnRule,
                        &[
                            ("step", step.id.as_str().into()),
                            ("quote", o.source.quote.as_str().into()),
                        ],
                    ),
                    origin: ConventionOrigin::Regulation,
                    legal_basis: None,
                    source: Some(o.source.clone()),
                });
            }
        }
        out
    }
}

/// The later of two timeline positions; unknown if either is.
fn later(a: &Cursor, b: &Cursor) -> Cursor {
    match (a, b) {
        (Cursor::Unknown(_), _) => a.clone(),
        (_, Cursor::Unknown(_)) => b.clone(),
        (Cursor::At(x), Cursor::At(y)) => {
            if y.date > x.date {
                b.clone()
            } else {
                a.clone()
            }
        }
    }
}

fn out_of_calendar(e: &CalendarError) -> Text {
    e.not_determinable()
}
