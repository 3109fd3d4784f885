//! The schema of a service file in `regulations/` (one file per service).
//!
//! Strict: unknown keys are errors, so a typo in data fails loudly. Every figure
//! carries a [`Source`]; where the act is silent, the file says so with a [`Gap`]
//! instead of a number. `regulations/README.md` documents the format for editors.

use serde::{Deserialize, Serialize};

use super::act::ActRef;
use super::calendar::Country;
use super::clock::OfficeHours;
use super::condition::Condition;
use super::source::Source;
use super::term::{Term, Unit};
use super::text::{Lang, Text};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// `<kg|kz>-<object>-<action>`; equals the file stem and the route segment.
    pub id: String,
    pub country: Country,
    /// The language of the act's text (ky or kk).
    pub language: Lang,
    pub title: Text,
    /// One sentence for the catalogue.
    pub summary: Text,
    /// Words people search with, comma-separated per language (synonyms, common
    /// names, frequent misspellings).
    #[serde(default)]
    pub keywords: Option<Text>,
    pub source: Source,
    /// The act that approved this service's regulation (`regulations/acts/<id>.json`).
    pub act: ActRef,
    pub providers: Vec<Provider>,
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub applicants: Vec<Fact>,
    /// Whether a person or an organisation applies, read from `applicants`; empty when
    /// the act leaves it to another act (the applicant is then asked).
    #[serde(default)]
    pub applicant_kinds: Vec<ApplicantKind>,
    pub result: Fact,
    /// How the result reaches the applicant.
    #[serde(default)]
    pub delivery: Vec<Fact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The typical successful path first.
    pub situations: Vec<Situation>,
    pub documents: Vec<Document>,
    pub fees: Vec<Fee>,
    #[serde(default)]
    pub procedures: Vec<Procedure>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub overall_terms: Vec<OverallTerm>,
    /// When the provider works, where the act says; terms in hours run inside them.
    #[serde(default)]
    pub office_hours: Option<OfficeHours>,
    /// Where to apply, where the act says.
    #[serde(default)]
    pub offices: Vec<Office>,
    /// The application form, where the act contains it.
    #[serde(default)]
    pub application_form: Option<ApplicationForm>,
    /// Dates that follow the result (e.g. accreditation surveillance).
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    #[serde(default)]
    pub refusal_grounds: Vec<Fact>,
    /// Grounds to return the application without examining it.
    #[serde(default)]
    pub return_grounds: Vec<Fact>,
    /// Grounds to suspend the service.
    #[serde(default)]
    pub suspension_grounds: Vec<Fact>,
    /// `None` when the act has no appeal route; a gap then says so.
    #[serde(default)]
    pub appeal: Option<Fact>,
    pub gaps: Vec<Gap>,
}

/// A statement of the regulation that the plan shows as is (an applicant group, the
/// result, a refusal ground, the appeal route).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub when: Option<Condition>,
    /// For a refusal ground: when it holds on the answers, the result is refused
    /// whatever else the applicant does (e.g. a deprivation of driving rights on record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bars_when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Office,
    Portal,
    Post,
    Representative,
    Consulate,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: String,
    pub kind: ChannelKind,
    pub text: Text,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    YesNo,
    Choice,
    Date,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: Text,
    #[serde(default)]
    pub help: Option<Text>,
    /// For `choice`; `yes_no` has the implicit options `yes` and `no`.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Asked only where this holds (absent: wherever an item depends on it).
    #[serde(default)]
    pub asked_when: Option<Condition>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: Text,
}

impl Question {
    /// The values this question accepts, or `None` for a date.
    pub fn valid_values(&self) -> Option<Vec<&str>> {
        match self.kind {
            QuestionKind::YesNo => Some(vec!["yes", "no"]),
            QuestionKind::Choice => Some(self.options.iter().map(|o| o.id.as_str()).collect()),
            QuestionKind::Date => None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginalOrCopy {
    Original,
    Copy,
    /// Shown to the official, not handed over.
    Presented,
    /// An electronic record the provider checks itself.
    Record,
    /// The act does not say.
    NotStated,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: Text,
    pub original_or_copy: OriginalOrCopy,
    #[serde(default)]
    pub count: Option<u32>,
    /// When the document is required (absent: always).
    #[serde(default)]
    pub when: Option<Condition>,
    /// When it is not needed although `when` holds (e.g. the data are in the e-database).
    #[serde(default)]
    pub not_needed_when: Option<Condition>,
    /// The condition in words, shown beside the document.
    #[serde(default)]
    pub condition: Option<Text>,
    #[serde(default)]
    pub validity: Option<Validity>,
    /// Listed on Tartip's reading where the text does not list it for this case (e.g.
    /// the portal route's list shown for the paper route, whose own list is in an act
    /// the text only names): why.
    #[serde(default)]
    pub reading: Option<Text>,
    pub source: Source,
}

/// A document must not be older than `max_age` on the submission date.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    pub max_age: u32,
    pub unit: Unit,
    /// The question holding the document's date, to warn when it is too old.
    #[serde(default)]
    pub date_question: Option<String>,
    /// When the window applies only in some cases, which (in words).
    #[serde(default)]
    pub applies: Option<Text>,
    /// The same as a condition on the answers, where one decides it (e.g. only after
    /// failing to appear for the exam): the window is not applied when it is false.
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub id: String,
    pub title: Text,
    pub rule: FeeRule,
    #[serde(default)]
    pub when: Option<Condition>,
    /// The gap that explains a missing amount.
    #[serde(default)]
    pub gap: Option<String>,
    pub source: Source,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FeeRule {
    // Written `{}` so that, like every other object, a stray key is refused: serde
    // lets unit variants of a tagged enum drop unknown keys.
    Free {},
    Fixed {
        amount: f64,
        currency: String,
    },
    /// A multiple of a dated index (e.g. Kazakhstan's monthly calculation index).
    IndexMultiple {
        index: String,
        multiple: f64,
    },
    /// Paid, at prices set by an act or list the regulation does not contain.
    PriceList {
        set_by: Text,
    },
    /// Paid or not, the act does not say.
    NotStated {},
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub title: Text,
    /// The procedure's own upper limit, checked against its steps.
    #[serde(default)]
    pub cap: Option<Term>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Provider,
    Applicant,
    ThirdParty,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    #[serde(default)]
    pub procedure: Option<String>,
    pub title: Text,
    pub actor: Text,
    pub party: Party,
    /// `None`: the act gives no term, so nothing after this step can be dated.
    pub term: Option<Term>,
    #[serde(default)]
    pub when: Option<Condition>,
    /// Set for a step that happens only in some outcomes (an exam re-take); it is
    /// dated from the step before it but does not move the timeline.
    #[serde(default)]
    pub contingency: Option<Text>,
    #[serde(default)]
    pub result: Option<Text>,
    /// The id of an earlier step this one runs alongside: both start together and
    /// the timeline moves on when the later of them ends (e.g. national and
    /// international licences personalised in parallel).
    #[serde(default)]
    pub alongside: Option<String>,
    pub source: Source,
}

/// The act's overall term for the service (or for some situations).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverallTerm {
    pub id: String,
    pub term: Term,
    /// The step whose end the term counts from (e.g. forming the expert group);
    /// absent: from submission.
    #[serde(default)]
    pub from_step: Option<String>,
    /// The step whose end the term runs to (e.g. issuing the certificate); absent: the
    /// end of the step chain.
    #[serde(default)]
    pub to_step: Option<String>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// The act mentions it but leaves it out (a price list, a form).
    Missing,
    /// It lives in another act the seed does not contain (a service standard).
    External,
    /// The text can be read more than one way; Tartip's reading is stated.
    Ambiguous,
    /// The text contradicts itself; both figures are kept.
    Conflict,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    pub id: String,
    pub kind: GapKind,
    /// What the user cannot learn from the regulation.
    pub what: Text,
    /// Where to look: the act or list the regulation refers to.
    pub refers_to: Text,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
    /// Further places, e.g. the other side of a contradiction.
    #[serde(default)]
    pub also: Vec<Source>,
}

/// Where a schedule's first term counts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ScheduleAnchor {
    /// The service's expected completion (latest date).
    Completion,
    /// A date the applicant gives (e.g. the certificate's date).
    Question(String),
    /// The due date of a step of the plan (e.g. issuing the certificate).
    Step(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleMode {
    /// Each term counts from the previous item's date.
    Chained,
    /// Every term counts from the anchor.
    Anchored,
}

/// A series of dates after the result, e.g. inspection 12 months after the
/// certificate, the next 18 months later, reassessment 18 months after that.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub id: String,
    pub title: Text,
    pub anchor: ScheduleAnchor,
    pub mode: ScheduleMode,
    pub items: Vec<ScheduleItem>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleItem {
    pub id: String,
    pub title: Text,
    pub term: Term,
    pub source: Source,
}

/// An office where the service is provided.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub address: Text,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

/// The application as the act's annex lays it out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationForm {
    pub title: Text,
    /// To whom the application is addressed, as printed on the form.
    #[serde(default)]
    pub addressee: Option<Text>,
    pub fields: Vec<FormField>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub source: Source,
}

/// Who applies: a person (a citizen, an individual, an entrepreneur) or an organisation
/// (a legal entity, a body, a holder of a BIN).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantKind {
    #[default]
    Person,
    Organisation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text,
    Date,
    Number,
    /// A statement the applicant confirms (e.g. consent to data processing).
    Consent,
    Signature,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub id: String,
    pub label: Text,
    pub kind: FieldKind,
    /// The applicant detail that fills it.
    #[serde(default)]
    pub prefill: Option<super::prefill::PrefillKey>,
    pub source: Source,
}
