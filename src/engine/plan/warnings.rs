//! What a plan warns about, what it flags on a step, and why a date is missing: typed
//! values carrying their data. [`Warning::text`], [`StepFlag::text`] and
//! [`Undated::text`] word them in all four languages through `msg`; the planner
//! itself never composes a sentence, and tests match the variants.

use serde::Serialize;

use super::super::calendar::{Country, OpenPoint};
use super::super::date::{dotted, Date};
use super::super::msg::{render, text, Arg, M};
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
        limit: Text,
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

fn d(date: &Date) -> Arg {
    dotted(*date).into()
}

fn or_open(date: &Option<Date>) -> Arg {
    match date {
        Some(x) => d(x),
        None => text(M::NotInText).into(),
    }
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

    /// The warning in all four languages.
    pub fn text(&self) -> Text {
        match self {
            Warning::ActNotYetInForce {
                date,
                earliest,
                latest,
            } => render(
                M::ActNotYetInForce,
                &[
                    ("date", d(date)),
                    ("earliest", d(earliest)),
                    ("latest", or_open(latest)),
                ],
            ),
            Warning::ActRepealed {
                date,
                last_day_earliest,
                last_day_latest,
                by,
            } => render(
                if last_day_earliest == last_day_latest {
                    M::ActRepealedOn
                } else {
                    M::ActRepealed
                },
                &[
                    ("date", d(date)),
                    ("earliest", d(last_day_earliest)),
                    ("latest", d(last_day_latest)),
                    ("by", by.into()),
                ],
            ),
            Warning::ActEntryUncertain {
                date,
                earliest,
                latest,
            } => render(
                M::ActEntryUncertain,
                &[
                    ("date", d(date)),
                    ("earliest", d(earliest)),
                    ("latest", or_open(latest)),
                ],
            ),
            Warning::ActRepealUncertain {
                date,
                last_day_earliest,
                last_day_latest,
                by,
            } => render(
                M::ActRepealUncertain,
                &[
                    ("date", d(date)),
                    ("earliest", d(last_day_earliest)),
                    ("latest", d(last_day_latest)),
                    ("by", by.into()),
                ],
            ),
            Warning::ActInForceAsFarAsTextShows {
                as_of,
                entry_undated,
            } => render(
                if *entry_undated {
                    M::ActAsFarAsTextShowsUndated
                } else {
                    M::ActAsFarAsTextShows
                },
                &[("as_of", d(as_of))],
            ),
            Warning::RunsPastRepeal {
                step,
                last_day,
                surely,
            } => render(
                if *surely {
                    M::RunsPastRepeal
                } else {
                    M::MayRunPastRepeal
                },
                &[("step", step.as_str().into()), ("date", d(last_day))],
            ),
            Warning::CompletionPastRepeal {
                completion,
                last_day,
                surely,
            } => render(
                if *surely {
                    M::CompletionPastRepeal
                } else {
                    M::CompletionMayBePastRepeal
                },
                &[("completion", d(completion)), ("date", d(last_day))],
            ),
            Warning::Contradiction { what, source, .. } => render(
                M::Contradiction,
                &[("what", what.into()), ("source", source.citation().into())],
            ),
            Warning::UnusedAnswer { question, value } => render(
                M::UnusedAnswer,
                &[
                    ("id", question.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            Warning::DocumentTooOld {
                title,
                issued,
                submitted,
                limit,
                max_age,
                unit,
                if_it_applies,
                source,
                ..
            } => render(
                if *if_it_applies {
                    M::DocumentTooOldIfApplies
                } else {
                    M::DocumentTooOld
                },
                &[
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                    ("limit", d(limit)),
                    ("age", unit.amount(*max_age).into()),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::DocumentDatedAfter {
                title,
                issued,
                submitted,
                ..
            } => render(
                M::DocumentDatedAfter,
                &[
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                ],
            ),
            Warning::StepsExceedOverall { steps, cap, source } => render(
                M::StepsExceedOverall,
                &[
                    ("steps", d(steps)),
                    ("cap", d(cap)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::StepTermOverCap {
                step,
                term,
                limit,
                unit,
                source,
                ..
            } => render(
                M::StepOverProcedure,
                &[
                    ("step", step.as_str().into()),
                    ("n", unit.amount(*term).into()),
                    ("limit", unit.amount(*limit).into()),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::ProcedureOverrun {
                procedure,
                title,
                step,
                limit,
                started,
                cap,
                ends,
                source,
            } => render(
                M::ProcedureOverrun,
                &[
                    ("id", procedure.as_str().into()),
                    ("title", title.into()),
                    ("step", step.as_str().into()),
                    ("limit", limit.into()),
                    ("started", d(started)),
                    ("cap", d(cap)),
                    ("ends", d(ends)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::MinimumAfterDue {
                procedure,
                title,
                step,
                not_before,
                due,
                source,
            } => render(
                M::MinimumAfterDue,
                &[
                    ("id", procedure.as_str().into()),
                    ("title", title.into()),
                    ("step", step.as_str().into()),
                    ("date", d(not_before)),
                    ("due", d(due)),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::ProvisionalYear {
                country,
                year,
                open,
            } => {
                let points: Vec<Text> = open.iter().map(|o| o.text(*year)).collect();
                let joined = join(&points);
                render(
                    M::ProvisionalYear,
                    &[
                        ("country", country.code().into()),
                        ("year", year.to_string().into()),
                        ("open", joined.into()),
                    ],
                )
            }
            Warning::ProjectedYear {
                country,
                year,
                last_known,
            } => render(
                M::ProjectedYear,
                &[
                    ("country", country.code().into()),
                    ("year", year.to_string().into()),
                    ("last", last_known.to_string().into()),
                ],
            ),
            Warning::LowerBounds { step, title } => render(
                M::LowerBounds,
                &[("step", step.as_str().into()), ("title", title.into())],
            ),
            Warning::Barred {
                text: t, source, ..
            } => render(
                M::Barred,
                &[("ground", t.into()), ("source", source.citation().into())],
            ),
        }
    }
}

/// The texts one after another, separated by a space, in every language.
fn join(parts: &[Text]) -> Text {
    let each = |lang| {
        Some(
            parts
                .iter()
                .map(|p| p.get(lang))
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    use super::super::text::Lang;
    Text {
        ky: each(Lang::Ky),
        kk: each(Lang::Kk),
        ru: each(Lang::Ru),
        en: each(Lang::En),
    }
}

impl OpenFact {
    pub fn text(&self, year: i32) -> Text {
        let y = ("year", Arg::from(year.to_string()));
        let name = || -> Arg {
            match &self.holiday {
                Some(n) => n.into(),
                None => "?".into(),
            }
        };
        match &self.point {
            OpenPoint::NoTransferDecree => render(M::OpenNoTransferDecree, &[y]),
            OpenPoint::HolidayUnconfirmed { .. } => {
                render(M::OpenHolidayUnconfirmed, &[y, ("holiday", name())])
            }
            OpenPoint::HolidayNotAnnounced { .. } => {
                render(M::OpenHolidayNotAnnounced, &[y, ("holiday", name())])
            }
            OpenPoint::HolidayChangeReported { .. } => {
                render(M::OpenHolidayChangeReported, &[y, ("holiday", name())])
            }
        }
    }
}

impl StepFlag {
    pub fn text(&self) -> Text {
        match self {
            StepFlag::AfterRepeal { last_day } => {
                render(M::FlagAfterRepeal, &[("date", d(last_day))])
            }
            StepFlag::MayBeAfterRepeal { earliest, latest } => render(
                M::FlagMayBeAfterRepeal,
                &[("earliest", d(earliest)), ("latest", d(latest))],
            ),
            StepFlag::Provisional { year } => {
                render(M::FlagProvisional, &[("year", year.to_string().into())])
            }
            StepFlag::Projected { year } => {
                render(M::FlagProjected, &[("year", year.to_string().into())])
            }
            StepFlag::LowerBound { after_step } => {
                render(M::FlagLowerBound, &[("step", after_step.as_str().into())])
            }
            StepFlag::TermByReading => text(M::FlagTermByReading),
            StepFlag::OverCap { procedure, cap } => render(
                M::FlagOverCap,
                &[("id", procedure.as_str().into()), ("cap", d(cap))],
            ),
            StepFlag::HeldBack {
                procedure,
                not_before,
            } => render(
                M::FlagHeldBack,
                &[("id", procedure.as_str().into()), ("date", d(not_before))],
            ),
            StepFlag::OtherReading { due } => render(M::FlagOtherReading, &[("date", d(due))]),
        }
    }
}

impl Undated {
    pub fn text(&self) -> Text {
        match self {
            Undated::NoTerm { title, source } => render(
                M::NoTermForStep,
                &[("step", title.into()), ("source", source.citation().into())],
            ),
            Undated::LowerBoundOnly => text(M::LowerBoundOnly),
            Undated::AfterUntimed { step, title } => render(
                M::AfterUntimed,
                &[("step", step.as_str().into()), ("title", title.into())],
            ),
            Undated::OutOfCalendar {
                date,
                country,
                from,
                to,
            } => render(
                M::OutOfCalendar,
                &[
                    ("date", d(date)),
                    ("country", country.code().into()),
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ),
            Undated::NeedsDate { question } => {
                render(M::ScheduleNeedsDate, &[("question", question.into())])
            }
            Undated::NotInForce => text(M::NotComputedNotInForce),
        }
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
