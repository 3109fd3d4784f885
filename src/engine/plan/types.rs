//! What a plan is made of: typed facts, each with the data to word it and its source.
//! Nothing here is a sentence Tartip composed; the few `Text` fields hold regulation
//! wording or its translations, and the `note`/`due_note` renderings of typed reasons.

use serde::Serialize;

use super::warnings::{StepFlag, Undated, Warning};
use crate::engine::act::{Period, Standing};
use crate::engine::calendar::{Country, SpecialDay};
use crate::engine::clock::{ClockTime, OfficeHours};
use crate::engine::condition::Answers;
use crate::engine::date::Date;
use crate::engine::money::Money;
use crate::engine::regulation::{
    ApplicationForm, GapKind, OriginalOrCopy, Party, QuestionKind, ScheduleMode,
};
use crate::engine::source::{LegalRef, Source};
use crate::engine::term::{Term, TermKind, Unit};
use crate::engine::text::Text;

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
    /// Whether the act's rules are presented as applying on the submission date (in
    /// force, or possibly so under a warning). When `false`, the lists below that
    /// would describe the procedure are empty.
    pub applies: bool,
    pub providers: Vec<Item>,
    pub channels: Vec<Item>,
    pub result: Item,
    pub questions: Vec<AskedQuestion>,
    pub documents: Vec<PlannedDocument>,
    pub fees: Vec<PlannedFee>,
    pub steps: Vec<PlannedStep>,
    pub completion: Completion,
    /// The completion on another defensible reading of when a term starts, where a law
    /// in force on the date can be read so (the day of submission as day one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_other_start: Option<OtherStartReading>,
    pub schedules: Vec<PlannedSchedule>,
    pub conventions: Vec<ConventionUsed>,
    pub delivery: Vec<Item>,
    pub offices: Vec<PlannedOffice>,
    pub office_hours: Option<OfficeHours>,
    pub application_form: Option<ApplicationForm>,
    pub refusal_grounds: Vec<Item>,
    pub return_grounds: Vec<Item>,
    pub suspension_grounds: Vec<Item>,
    /// Refusal grounds that hold on the answers given: the result will be refused.
    pub barred_by: Vec<Item>,
    pub appeal: Option<Item>,
    pub gaps: Vec<PlannedGap>,
    pub warnings: Vec<Warning>,
}

/// The act the plan rests on and what can be known about it on the submission date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegulationStatus {
    pub act_id: String,
    pub act: Text,
    pub issuer: Text,
    pub number: Option<String>,
    /// The day it was signed, where the text gives it.
    pub signed: Option<Date>,
    /// The year printed where the day is blank.
    pub signed_year: Option<i32>,
    /// Registration with the Ministry of Justice: number and date.
    pub registration: Option<(String, Date)>,
    pub standing: Standing,
    /// `Some(true)` in force, `Some(false)` not, `None` when the date cannot tell.
    pub in_force: Option<bool>,
    pub period: Period,
    /// When the act did not apply on the date: the nearest day it did, so the plan
    /// can offer what it required then.
    pub nearest_day_in_force: Option<Date>,
    /// The act's header lines.
    pub source: Source,
    /// The lines approving this service's regulation within the act.
    pub annex: Source,
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
    pub alert: Option<Warning>,
    /// Listed on Tartip's reading rather than because the text lists it here: why.
    pub reading: Option<Text>,
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
    pub charge: Charge,
    pub gap: Option<String>,
    pub source: Source,
}

impl PlannedFee {
    /// The amount in units (0 when free), or `None` when the regulation does not give it.
    pub fn amount(&self) -> Option<f64> {
        match &self.charge {
            Charge::Free => Some(0.0),
            Charge::Fixed { amount } | Charge::IndexMultiple { amount, .. } => Some(amount.major()),
            _ => None,
        }
    }
}

/// What a fee comes to on the submission date, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Charge {
    Free,
    /// An amount the regulation fixes.
    Fixed {
        amount: Money,
    },
    /// `multiple` × the index in force on `on`, by `law`.
    IndexMultiple {
        multiple: f64,
        index: String,
        index_name: Box<Text>,
        value: Money,
        on: Date,
        law: Box<LegalRef>,
        amount: Money,
        /// How the product is rounded, and why.
        rounding: Box<Text>,
    },
    /// Set in an index Tartip holds no value of for that day.
    IndexMissing {
        multiple: f64,
        index: String,
        on: Date,
    },
    /// Paid at prices set by an act or list the regulation does not contain.
    PriceList {
        set_by: Text,
    },
    /// Paid or not, the regulation does not say.
    NotStated,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermOut {
    pub kind: TermKind,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub unit: Unit,
    /// The unit of `min` where it differs from `unit`.
    pub min_unit: Option<Unit>,
    pub unit_reading: Option<Text>,
    /// The whole term is Tartip's reading (the text gives this step none): why.
    pub reading: Option<Text>,
}

impl From<&Term> for TermOut {
    fn from(t: &Term) -> Self {
        TermOut {
            kind: t.kind,
            min: t.min,
            max: t.max,
            unit: t.unit,
            min_unit: t.min_unit,
            unit_reading: t.unit_reading.clone(),
            reading: t.reading.clone(),
        }
    }
}

impl TermOut {
    /// The unit `min` is counted in.
    pub fn lower_unit(&self) -> Unit {
        self.min_unit.unwrap_or(self.unit)
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
    /// Due by this date; a lower bound when `flags` says so; `None` with `undated`.
    pub due: Option<Date>,
    /// The clock time on `due`, for steps in hours within known office hours.
    pub due_time: Option<ClockTime>,
    /// The due date on the other defensible reading of when the step starts, where it
    /// differs (see `StepFlag::OtherReading`).
    pub due_other_reading: Option<Date>,
    /// Why there is no due date.
    pub undated: Option<Undated>,
    pub contingency: Option<Text>,
    pub special_days: Vec<SpecialDay>,
    /// What to know about this step's date.
    pub flags: Vec<StepFlag>,
    pub source: Source,
}

/// How the completion dates were reached.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CompletionBasis {
    /// The act does not apply on the submission date: nothing is computed.
    NotInForce,
    /// A refusal ground holds on the answers: the result will be refused.
    Barred,
    /// The act gives neither steps nor terms.
    NoStepsNoTerm,
    /// No overall term: the completion is where the step terms end. `own_path`: the
    /// act has an overall term, but not for this path (a refusal ends on its own steps).
    StepsEnd { date: Date, own_path: bool },
    /// No overall term, and a step has no term: not before `date`, the end of the
    /// step terms if `step` took no time.
    LowerBound { date: Date, step: String },
    /// The overall term, counted from submission or from the end of a step.
    OverallTerm {
        term: TermOut,
        source: Source,
        /// The step whose end the term counts from; `None`: from submission.
        from_step: Option<String>,
        from: Date,
        to: Date,
        /// The shortest the term allows, where it sets one.
        not_before: Option<Date>,
    },
    /// No date can be given.
    Undated { why: Undated },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Completion {
    pub earliest: Option<Date>,
    pub latest: Option<Date>,
    pub basis: CompletionBasis,
    /// The latest date is only a lower bound: this step has no term.
    pub lower_bound_after: Option<String>,
    /// The overall term the latest date rests on, if any.
    pub term: Option<TermOut>,
    pub source: Option<Source>,
    /// Days skipped between submission and the latest date, and why.
    pub special_days: Vec<SpecialDay>,
    pub rolled_from: Option<Date>,
}

/// The latest completion had every term counted with the day of its event as day one,
/// as `law` can be read, where Tartip follows the rule that starts the next day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OtherStartReading {
    pub latest: Date,
    pub law: crate::engine::source::LegalRef,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedSchedule {
    pub id: String,
    pub title: Text,
    pub mode: ScheduleMode,
    /// The date the first term counts from; `None` when not known (see `basis`).
    pub anchor: Option<Date>,
    pub basis: ScheduleBasis,
    pub items: Vec<ScheduledItem>,
    pub source: Source,
}

/// What a schedule counts from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScheduleBasis {
    /// The service's latest completion date.
    Completion,
    /// The due date of a step (e.g. issuing the certificate), or the later day a
    /// minimum term holds it back to (`held_back`).
    Step {
        step: String,
        title: Text,
        held_back: Option<Date>,
    },
    /// A date the applicant gave.
    Date { date: Date, question: Text },
    /// A date the applicant has not given yet.
    NeedsDate { question: Text },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScheduledItem {
    pub id: String,
    pub title: Text,
    pub term: TermOut,
    pub date: Option<Date>,
    /// Why there is no date.
    pub undated: Option<Undated>,
    pub special_days: Vec<SpecialDay>,
    pub flags: Vec<StepFlag>,
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
    pub text: ConventionText,
    pub origin: ConventionOrigin,
    /// The law the rule rests on, as in force on the submission date.
    pub legal_basis: Option<LegalRef>,
    /// Tartip's reading of that basis, where it states one.
    pub basis_reading: Option<Text>,
    /// Other laws in force then that say the same, or can be read otherwise.
    pub also: Vec<crate::engine::term::DatedBasis>,
    pub source: Option<Source>,
}

/// What a counting rule says.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConventionText {
    /// A rule as the conventions file words it.
    Stated { text: Text },
    /// Terms in hours run within the office hours the regulation gives.
    OfficeHours {
        open: ClockTime,
        close: ClockTime,
        breaks: Vec<[ClockTime; 2]>,
    },
    /// The eve of a holiday is shorter by `hours`.
    ShortenedEve { hours: u8 },
    /// How steps chain (see `timeline`).
    StepChaining,
    /// A rule the regulation sets for one step, in its words.
    StepOwnRule {
        step: String,
        quote: std::sync::Arc<str>,
    },
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Charge, CompletionBasis, ConventionOrigin, PlannedFee, Required, TermOut};
    use crate::engine::money::Money;
    use crate::engine::plan::testing::{d, source};
    use crate::engine::source::LegalRef;
    use crate::engine::term::{Term, TermKind, Unit};
    use crate::engine::text::Text;

    fn fee(charge: Charge) -> PlannedFee {
        PlannedFee {
            id: "f".into(),
            title: Text::en("fee"),
            charge,
            gap: None,
            source: source("fee"),
        }
    }

    fn kzt(minor: i64) -> Money {
        Money {
            minor,
            currency: "KZT".into(),
        }
    }

    #[test]
    fn a_fee_has_an_amount_only_where_the_regulation_gives_one() {
        let law = LegalRef {
            title: "budget law".into(),
            number: None,
            date: None,
            article: None,
            url: None,
            quote: None,
        };
        let mrp = Charge::IndexMultiple {
            multiple: 2.5,
            index: "kz-mrp".into(),
            index_name: Box::new(Text::en("МРП")),
            value: kzt(265_100),
            on: d("2020-03-31"),
            law: Box::new(law),
            amount: kzt(662_750),
            rounding: Box::new(Text::en("to the tiyn")),
        };
        let missing = Charge::IndexMissing {
            multiple: 2.5,
            index: "kz-mrp".into(),
            on: d("2027-01-01"),
        };
        let cases = [
            (Charge::Free, Some(0.0)),
            (
                Charge::Fixed {
                    amount: kzt(150_050),
                },
                Some(1500.5),
            ),
            (mrp, Some(6627.5)),
            (missing, None),
            (
                Charge::PriceList {
                    set_by: Text::en("a list"),
                },
                None,
            ),
            (Charge::NotStated, None),
        ];
        for (charge, amount) in cases {
            assert_eq!(fee(charge.clone()).amount(), amount, "{charge:?}");
        }
    }

    #[test]
    fn a_term_is_shown_as_stated_and_its_minimum_in_its_own_unit() {
        // "15 working days to 2 months".
        let t: Term = serde_json::from_value(json!({
            "kind": "range", "min": 15, "min_unit": "working_days", "max": 2, "unit": "months",
            "unit_reading": {"en": "read as months"}
        }))
        .unwrap();
        let out = TermOut::from(&t);
        assert_eq!(
            out,
            TermOut {
                kind: TermKind::Range,
                min: Some(15),
                max: Some(2),
                unit: Unit::Months,
                min_unit: Some(Unit::WorkingDays),
                unit_reading: Some(Text::en("read as months")),
                reading: None,
            }
        );
        assert_eq!(out.lower_unit(), Unit::WorkingDays);
        let same = TermOut {
            min_unit: None,
            ..out
        };
        assert_eq!(same.lower_unit(), Unit::Months);
    }

    #[test]
    fn the_plans_typed_values_serialise_by_kind_in_snake_case() {
        assert_eq!(
            serde_json::to_value(Charge::Fixed {
                amount: kzt(150_050)
            })
            .unwrap(),
            json!({"kind": "fixed", "amount": {"minor": 150050, "currency": "KZT"}})
        );
        assert_eq!(
            serde_json::to_value(CompletionBasis::StepsEnd {
                date: d("2025-03-31"),
                own_path: false
            })
            .unwrap(),
            json!({"kind": "steps_end", "date": "2025-03-31", "own_path": false})
        );
        assert_eq!(
            serde_json::to_value(Required::IfApplicable).unwrap(),
            json!("if_applicable")
        );
        assert_eq!(
            serde_json::to_value(ConventionOrigin::GeneralRule).unwrap(),
            json!("general_rule")
        );
    }
}
