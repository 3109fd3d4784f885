//! What a plan warns about, what it flags on a step, and why a date is missing: typed
//! values carrying their data. `crate::locale` words them in all four languages; the
//! planner never composes a sentence, and tests match the variants.

use serde::Serialize;

use super::super::calendar::{Country, OpenPoint};
use super::super::date::Date;
use super::super::source::Source;
use super::super::term::Unit;
use super::super::text::Text;

/// Something the applicant must know before relying on the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// The act did not apply yet on the date.
    ActNotYetInForce {
        date: Date,
        earliest: Date,
        latest: Option<Date>,
    },
    /// The act had been repealed by the date.
    ActRepealed {
        date: Date,
        /// The last day in force lies between these (equal when known to the day).
        last_day_earliest: Date,
        last_day_latest: Date,
        by: Text,
    },
    /// The date falls where the act may or may not have entered into force yet.
    ActEntryUncertain {
        date: Date,
        earliest: Date,
        latest: Option<Date>,
    },
    /// The date falls where the act's repeal may already have taken effect.
    ActRepealUncertain {
        date: Date,
        last_day_earliest: Date,
        last_day_latest: Date,
        by: Text,
    },
    /// No repeal is known, but the text speaks only as of a day, or does not date
    /// its entry into force.
    ActInForceAsFarAsTextShows {
        as_of: Date,
        entry_undated: bool,
    },
    /// Steps run past the act's earliest possible last day in force.
    RunsPastRepeal {
        step: String,
        /// The latest possible last day when `surely`, else the earliest.
        last_day: Date,
        /// Past the latest possible last day: surely after the repeal.
        surely: bool,
    },
    /// No step runs past the act's possible repeal, but the completion does.
    CompletionPastRepeal {
        completion: Date,
        /// The latest possible last day when `surely`, else the earliest.
        last_day: Date,
        surely: bool,
    },
    /// The regulation contradicts itself.
    Contradiction {
        gap: String,
        what: Text,
        source: Source,
    },
    UnusedAnswer {
        question: String,
        value: String,
    },
    DocumentTooOld {
        document: String,
        title: Text,
        issued: Date,
        submitted: Date,
        limit: Date,
        max_age: u32,
        unit: Unit,
        /// The window holds only in some cases, and the answers do not settle it.
        if_it_applies: bool,
        source: Source,
    },
    DocumentDatedAfter {
        document: String,
        title: Text,
        issued: Date,
        submitted: Date,
    },
    /// The step chain ends after the overall term's last day.
    StepsExceedOverall {
        steps: Date,
        cap: Date,
        source: Source,
    },
    /// One step's own upper bound is longer than its procedure's limit.
    StepTermOverCap {
        step: String,
        procedure: String,
        term: u32,
        limit: u32,
        unit: Unit,
        source: Source,
    },
    /// A procedure's steps end after the procedure's own limit, counted from its start.
    ProcedureOverrun {
        procedure: String,
        title: Text,
        step: String,
        limit: Box<super::types::TermOut>,
        started: Date,
        cap: Date,
        ends: Date,
        source: Source,
    },
    /// A procedure's minimum ends after its last step is due: the text contradicts itself.
    MinimumAfterDue {
        procedure: String,
        title: Text,
        step: String,
        not_before: Date,
        due: Date,
        source: Source,
    },
    /// A year whose holiday decrees are not all known.
    ProvisionalYear {
        country: Country,
        year: i32,
        open: Vec<OpenFact>,
    },
    /// A year past the calendar's known years, counted with weekends alone.
    ProjectedYear {
        country: Country,
        year: i32,
        last_known: i32,
    },
    /// A step has no term: later dates are lower bounds.
    LowerBounds {
        step: String,
        title: Text,
    },
    /// A refusal ground holds on the answers given.
    Barred {
        ground: String,
        text: Text,
        source: Source,
    },
}

/// An open point of a provisional year, with the holiday's name where it names one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenFact {
    pub point: OpenPoint,
    pub holiday: Option<Text>,
}

/// What to know about one dated step or schedule item.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepFlag {
    /// Dated after the act's latest possible last day in force.
    AfterRepeal { last_day: Date },
    /// Dated where the act's repeal may already have taken effect.
    MayBeAfterRepeal { earliest: Date, latest: Date },
    /// In a year whose holiday decrees are not all known.
    Provisional { year: i32 },
    /// In a year counted with weekends alone.
    Projected { year: i32 },
    /// A lower bound: step `after_step` has no term and is counted as taking no time.
    LowerBound { after_step: String },
    /// The term is Tartip's reading; the text gives this step none.
    TermByReading,
    /// Past the end of the procedure's own limit.
    OverCap { procedure: String, cap: Date },
    /// The procedure's minimum holds the step's earliest end back to this day.
    HeldBack { procedure: String, not_before: Date },
    /// The other defensible reading of when this step starts gives another date.
    OtherReading { due: Date },
}

/// Why a date cannot be given.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Undated {
    /// The regulation gives this step no term.
    NoTerm { title: Text, source: Source },
    /// The regulation sets only a lower bound.
    LowerBoundOnly,
    /// An earlier step has no term: the due date is known only from below (`earliest`).
    AfterUntimed { step: String, title: Text },
    /// The count leaves the years Tartip can count.
    OutOfCalendar {
        date: Date,
        country: Country,
        from: i32,
        to: i32,
    },
    /// A schedule counts from a date the applicant has not given.
    NeedsDate { question: Text },
    /// The act does not apply on the submission date.
    NotInForce,
}

impl Warning {
    /// Whether it belongs at the top of the plan rather than in the list.
    pub fn is_status(&self) -> bool {
        matches!(
            self,
            Warning::ActNotYetInForce { .. }
                | Warning::ActRepealed { .. }
                | Warning::ActEntryUncertain { .. }
                | Warning::ActRepealUncertain { .. }
                | Warning::ActInForceAsFarAsTextShows { .. }
        )
    }

    /// The variant's name as in JSON (`act_repealed`, `document_too_old`, …).
    pub fn kind(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
            .unwrap_or_default()
    }
}

impl From<&super::super::calendar::CalendarError> for Undated {
    fn from(e: &super::super::calendar::CalendarError) -> Self {
        let super::super::calendar::CalendarError::OutOfRange {
            date,
            from,
            to,
            country,
        } = e;
        Undated::OutOfCalendar {
            date: *date,
            country: *country,
            from: *from,
            to: *to,
        }
    }
}
