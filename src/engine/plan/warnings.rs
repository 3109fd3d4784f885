//! What a plan warns about, what it flags on a step, and why a date is missing: typed
//! values carrying their data. `crate::locale` words them in all four languages; the
//! planner never composes a sentence, and tests match the variants.

use serde::Serialize;

use crate::engine::calendar::{Country, OpenPoint};
use crate::engine::clock::ClockTime;
use crate::engine::date::Date;
use crate::engine::source::Source;
use crate::engine::term::Unit;
use crate::engine::text::Text;

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
    /// The date falls in the year the act was approved on a day its text leaves blank,
    /// with no entry into force stated.
    ActSigningUncertain {
        date: Date,
        year: i32,
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
    /// In force on the date only on Tartip's reading of the latest day the act can have
    /// entered into force (the text does not date its publication).
    ActInForceByReading {
        date: Date,
        entered_by: Date,
        why: Text,
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
        /// The times of day, where the limit is in hours or minutes (the cap and the
        /// step may end on the same day).
        #[serde(skip_serializing_if = "Option::is_none")]
        cap_at: Option<TimeOfDay>,
        #[serde(skip_serializing_if = "Option::is_none")]
        ends_at: Option<TimeOfDay>,
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
    /// The act's overall term's minimum holds the step that ends it back to this day.
    HeldBackOverall { not_before: Date },
    /// The other defensible reading of when this step starts gives another date.
    OtherReading { due: Date },
}

/// A moment within a working day: a clock time where the provider's office hours are
/// known, else how far into the working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum TimeOfDay {
    Clock(ClockTime),
    /// Minutes of work since the working day began.
    IntoDay(u16),
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
    /// Whether it bars the result on the applicant's answers: said first, beside the
    /// act's standing.
    pub fn is_bar(&self) -> bool {
        matches!(self, Warning::Barred { .. })
    }

    /// Whether it belongs at the top of the plan rather than in the list.
    pub fn is_status(&self) -> bool {
        matches!(
            self,
            Warning::ActNotYetInForce { .. }
                | Warning::ActRepealed { .. }
                | Warning::ActEntryUncertain { .. }
                | Warning::ActSigningUncertain { .. }
                | Warning::ActRepealUncertain { .. }
                | Warning::ActInForceAsFarAsTextShows { .. }
                | Warning::ActInForceByReading { .. }
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

impl From<&crate::engine::calendar::CalendarError> for Undated {
    fn from(e: &crate::engine::calendar::CalendarError) -> Self {
        let crate::engine::calendar::CalendarError::OutOfRange {
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{OpenFact, StepFlag, Undated, Warning};
    use crate::engine::calendar::{CalendarError, Country, OpenPoint};
    use crate::engine::plan::testing::{d, source};
    use crate::engine::plan::types::TermOut;
    use crate::engine::term::{TermKind, Unit};
    use crate::engine::text::Text;

    /// One value of every variant, with its JSON kind and whether it is a status.
    fn every_warning() -> Vec<(Warning, &'static str, bool)> {
        let day = d("2025-03-19");
        let (t, s) = (Text::en("x"), source("x"));
        let limit = TermOut {
            kind: TermKind::Within,
            min: None,
            max: Some(4),
            unit: Unit::WorkingDays,
            min_unit: None,
            unit_reading: None,
            reading: None,
        };
        vec![
            (
                Warning::ActNotYetInForce {
                    date: day,
                    earliest: day,
                    latest: None,
                },
                "act_not_yet_in_force",
                true,
            ),
            (
                Warning::ActRepealed {
                    date: day,
                    last_day_earliest: day,
                    last_day_latest: day,
                    by: t.clone(),
                },
                "act_repealed",
                true,
            ),
            (
                Warning::ActEntryUncertain {
                    date: day,
                    earliest: day,
                    latest: Some(day),
                },
                "act_entry_uncertain",
                true,
            ),
            (
                Warning::ActInForceByReading {
                    date: day,
                    entered_by: day,
                    why: t.clone(),
                },
                "act_in_force_by_reading",
                true,
            ),
            (
                Warning::ActSigningUncertain {
                    date: day,
                    year: 2022,
                },
                "act_signing_uncertain",
                true,
            ),
            (
                Warning::ActRepealUncertain {
                    date: day,
                    last_day_earliest: day,
                    last_day_latest: day,
                    by: t.clone(),
                },
                "act_repeal_uncertain",
                true,
            ),
            (
                Warning::ActInForceAsFarAsTextShows {
                    as_of: day,
                    entry_undated: true,
                },
                "act_in_force_as_far_as_text_shows",
                true,
            ),
            (
                Warning::RunsPastRepeal {
                    step: "1".into(),
                    last_day: day,
                    surely: true,
                },
                "runs_past_repeal",
                false,
            ),
            (
                Warning::CompletionPastRepeal {
                    completion: day,
                    last_day: day,
                    surely: false,
                },
                "completion_past_repeal",
                false,
            ),
            (
                Warning::Contradiction {
                    gap: "g".into(),
                    what: t.clone(),
                    source: s.clone(),
                },
                "contradiction",
                false,
            ),
            (
                Warning::UnusedAnswer {
                    question: "q".into(),
                    value: "yes".into(),
                },
                "unused_answer",
                false,
            ),
            (
                Warning::DocumentTooOld {
                    document: "photo".into(),
                    title: t.clone(),
                    issued: day,
                    submitted: day,
                    limit: day,
                    max_age: 6,
                    unit: Unit::Months,
                    if_it_applies: false,
                    source: s.clone(),
                },
                "document_too_old",
                false,
            ),
            (
                Warning::DocumentDatedAfter {
                    document: "photo".into(),
                    title: t.clone(),
                    issued: day,
                    submitted: day,
                },
                "document_dated_after",
                false,
            ),
            (
                Warning::StepsExceedOverall {
                    steps: day,
                    cap: day,
                    source: s.clone(),
                },
                "steps_exceed_overall",
                false,
            ),
            (
                Warning::StepTermOverCap {
                    step: "1".into(),
                    procedure: "p".into(),
                    term: 3,
                    limit: 2,
                    unit: Unit::WorkingDays,
                    source: s.clone(),
                },
                "step_term_over_cap",
                false,
            ),
            (
                Warning::ProcedureOverrun {
                    procedure: "p".into(),
                    title: t.clone(),
                    step: "1".into(),
                    limit: Box::new(limit),
                    started: day,
                    cap: day,
                    ends: day,
                    cap_at: None,
                    ends_at: None,
                    source: s.clone(),
                },
                "procedure_overrun",
                false,
            ),
            (
                Warning::MinimumAfterDue {
                    procedure: "p".into(),
                    title: t.clone(),
                    step: "1".into(),
                    not_before: day,
                    due: day,
                    source: s.clone(),
                },
                "minimum_after_due",
                false,
            ),
            (
                Warning::ProvisionalYear {
                    country: Country::KZ,
                    year: 2026,
                    open: vec![OpenFact {
                        point: OpenPoint::HolidayNotAnnounced {
                            holiday: "kurban_ait".into(),
                        },
                        holiday: None,
                    }],
                },
                "provisional_year",
                false,
            ),
            (
                Warning::ProjectedYear {
                    country: Country::KZ,
                    year: 2028,
                    last_known: 2027,
                },
                "projected_year",
                false,
            ),
            (
                Warning::LowerBounds {
                    step: "1".into(),
                    title: t.clone(),
                },
                "lower_bounds",
                false,
            ),
            (
                Warning::Barred {
                    ground: "g".into(),
                    text: t,
                    source: s,
                },
                "barred",
                false,
            ),
        ]
    }

    #[test]
    fn every_warning_has_its_json_kind_and_only_the_acts_standing_is_a_status() {
        for (w, kind, status) in every_warning() {
            assert_eq!(w.kind(), kind);
            assert_eq!(w.is_status(), status, "{kind}");
        }
    }

    #[test]
    fn a_warning_serialises_as_its_kind_beside_its_data() {
        let w = Warning::RunsPastRepeal {
            step: "2".into(),
            last_day: d("2025-03-30"),
            surely: false,
        };
        assert_eq!(
            serde_json::to_value(&w).unwrap(),
            json!({"kind": "runs_past_repeal", "step": "2", "last_day": "2025-03-30",
                   "surely": false})
        );
        let f = StepFlag::OverCap {
            procedure: "p".into(),
            cap: d("2025-03-28"),
        };
        assert_eq!(
            serde_json::to_value(&f).unwrap(),
            json!({"kind": "over_cap", "procedure": "p", "cap": "2025-03-28"})
        );
        assert_eq!(
            serde_json::to_value(Undated::LowerBoundOnly).unwrap(),
            json!({"kind": "lower_bound_only"})
        );
    }

    #[test]
    fn a_count_leaving_the_calendar_is_undated_with_the_years_it_covers() {
        let e = CalendarError::OutOfRange {
            date: d("2046-01-01"),
            from: 2013,
            to: 2045,
            country: Country::KZ,
        };
        assert_eq!(
            Undated::from(&e),
            Undated::OutOfCalendar {
                date: d("2046-01-01"),
                country: Country::KZ,
                from: 2013,
                to: 2045
            }
        );
    }
}
