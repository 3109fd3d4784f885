//! Warnings, step flags and missing dates in words.

use crate::engine::calendar::OpenPoint;
use crate::engine::date::{dotted, Date};
use crate::engine::plan::{OpenFact, StepFlag, TimeOfDay, Undated, Warning};

use super::terms::unit_amount;
use super::{d, or_open, said, sentence, Say};
use crate::locale::{Arg, Phrase, M};

impl Say for Warning {
    fn phrase(&self) -> Phrase {
        match self {
            Warning::ActNotYetInForce {
                date,
                earliest,
                latest,
            } => sentence(
                M::ActNotYetInForce,
                [
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
            } => sentence(
                if last_day_earliest == last_day_latest {
                    M::ActRepealedOn
                } else {
                    M::ActRepealed
                },
                [
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
            } => sentence(
                M::ActEntryUncertain,
                [
                    ("date", d(date)),
                    ("earliest", d(earliest)),
                    ("latest", or_open(latest)),
                ],
            ),
            Warning::ActSigningUncertain { date, year } => sentence(
                M::ActSigningUncertain,
                [("date", d(date)), ("year", year.to_string().into())],
            ),
            Warning::ActRepealUncertain {
                date,
                last_day_earliest,
                last_day_latest,
                by,
            } => sentence(
                M::ActRepealUncertain,
                [
                    ("date", d(date)),
                    ("earliest", d(last_day_earliest)),
                    ("latest", d(last_day_latest)),
                    ("by", by.into()),
                ],
            ),
            Warning::ActInForceAsFarAsTextShows {
                as_of,
                entry_undated,
            } => sentence(
                if *entry_undated {
                    M::ActAsFarAsTextShowsUndated
                } else {
                    M::ActAsFarAsTextShows
                },
                [("as_of", d(as_of))],
            ),
            Warning::ActInForceByReading {
                date,
                entered_by,
                why,
            } => sentence(
                M::ActInForceByReading,
                [
                    ("date", d(date)),
                    ("entered_by", d(entered_by)),
                    ("why", why.into()),
                ],
            ),
            Warning::RunsPastRepeal {
                step,
                last_day,
                surely,
            } => sentence(
                if *surely {
                    M::RunsPastRepeal
                } else {
                    M::MayRunPastRepeal
                },
                [("step", step.as_str().into()), ("date", d(last_day))],
            ),
            Warning::CompletionPastRepeal {
                completion,
                last_day,
                surely,
            } => sentence(
                if *surely {
                    M::CompletionPastRepeal
                } else {
                    M::CompletionMayBePastRepeal
                },
                [("completion", d(completion)), ("date", d(last_day))],
            ),
            Warning::Contradiction { what, source, .. } => sentence(
                M::Contradiction,
                [("what", what.into()), ("source", source.citation().into())],
            ),
            Warning::UnusedAnswer { question, value } => sentence(
                M::UnusedAnswer,
                [
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
            } => sentence(
                if *if_it_applies {
                    M::DocumentTooOldIfApplies
                } else {
                    M::DocumentTooOld
                },
                [
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                    ("limit", d(limit)),
                    ("age", unit_amount(*unit, *max_age).into()),
                    ("source", source.citation().into()),
                ],
            ),
            Warning::DocumentDatedAfter {
                title,
                issued,
                submitted,
                ..
            } => sentence(
                M::DocumentDatedAfter,
                [
                    ("doc", title.into()),
                    ("issued", d(issued)),
                    ("submitted", d(submitted)),
                ],
            ),
            Warning::StepsExceedOverall { steps, cap, source } => sentence(
                M::StepsExceedOverall,
                [
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
            } => sentence(
                M::StepOverProcedure,
                [
                    ("step", step.as_str().into()),
                    ("n", unit_amount(*unit, *term).into()),
                    ("limit", unit_amount(*unit, *limit).into()),
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
                cap_at,
                ends_at,
                source,
            } => sentence(
                M::ProcedureOverrun,
                [
                    ("id", procedure.as_str().into()),
                    ("title", title.into()),
                    ("step", step.as_str().into()),
                    ("limit", limit.text().into()),
                    ("started", d(started)),
                    ("cap", at_time(cap, cap_at)),
                    ("ends", at_time(ends, ends_at)),
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
            } => sentence(
                M::MinimumAfterDue,
                [
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
                let joined = Phrase::Joined(open.iter().map(|o| o.phrase(*year)).collect());
                sentence(
                    M::ProvisionalYear,
                    [
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
            } => sentence(
                M::ProjectedYear,
                [
                    ("country", country.code().into()),
                    ("year", year.to_string().into()),
                    ("last", last_known.to_string().into()),
                ],
            ),
            Warning::LowerBounds { step, title } => sentence(
                M::LowerBounds,
                [("step", step.as_str().into()), ("title", title.into())],
            ),
            Warning::Barred {
                text: t, source, ..
            } => sentence(
                M::Barred,
                [("ground", t.into()), ("source", source.citation().into())],
            ),
        }
    }
}

impl OpenFact {
    /// What is still open about `year`.
    pub fn phrase(&self, year: i32) -> Phrase {
        let y = ("year", Arg::from(year.to_string()));
        let name = || -> Arg {
            match &self.holiday {
                Some(n) => n.into(),
                None => "?".into(),
            }
        };
        match &self.point {
            OpenPoint::NoTransferDecree {} => sentence(M::OpenNoTransferDecree, [y]),
            OpenPoint::HolidayUnconfirmed { .. } => {
                sentence(M::OpenHolidayUnconfirmed, [y, ("holiday", name())])
            }
            OpenPoint::HolidayNotAnnounced { .. } => {
                sentence(M::OpenHolidayNotAnnounced, [y, ("holiday", name())])
            }
            OpenPoint::HolidayChangeReported { .. } => {
                sentence(M::OpenHolidayChangeReported, [y, ("holiday", name())])
            }
        }
    }
}

impl Say for StepFlag {
    fn phrase(&self) -> Phrase {
        match self {
            StepFlag::AfterRepeal { last_day } => {
                sentence(M::FlagAfterRepeal, [("date", d(last_day))])
            }
            StepFlag::MayBeAfterRepeal { earliest, latest } => sentence(
                M::FlagMayBeAfterRepeal,
                [("earliest", d(earliest)), ("latest", d(latest))],
            ),
            StepFlag::Provisional { year } => {
                sentence(M::FlagProvisional, [("year", year.to_string().into())])
            }
            StepFlag::Projected { year } => {
                sentence(M::FlagProjected, [("year", year.to_string().into())])
            }
            StepFlag::LowerBound { after_step } => {
                sentence(M::FlagLowerBound, [("step", after_step.as_str().into())])
            }
            StepFlag::TermByReading => said(M::FlagTermByReading),
            StepFlag::OverCap { procedure, cap } => sentence(
                M::FlagOverCap,
                [("id", procedure.as_str().into()), ("cap", d(cap))],
            ),
            StepFlag::HeldBack {
                procedure,
                not_before,
            } => sentence(
                M::FlagHeldBack,
                [("id", procedure.as_str().into()), ("date", d(not_before))],
            ),
            StepFlag::HeldBackOverall { not_before } => {
                sentence(M::FlagHeldBackOverall, [("date", d(not_before))])
            }
            StepFlag::OtherReading { due } => sentence(M::FlagOtherReading, [("date", d(due))]),
        }
    }
}

/// A date, with its moment in the working day where there is one: "15.10.2025 10:50",
/// or "15.10.2025, after 1 h 50 min of work".
fn at_time(date: &Date, time: &Option<TimeOfDay>) -> Arg {
    match time {
        Some(TimeOfDay::Clock(t)) => format!("{} {t}", dotted(*date)).into(),
        Some(TimeOfDay::IntoDay(m)) => sentence(
            M::IntoWorkingDay,
            [
                ("date", d(date)),
                ("h", (m / 60).to_string().into()),
                ("min", format!("{:02}", m % 60).into()),
            ],
        )
        .into(),
        None => d(date),
    }
}

impl Say for Undated {
    fn phrase(&self) -> Phrase {
        match self {
            Undated::NoTerm { title, source } => sentence(
                M::NoTermForStep,
                [("step", title.into()), ("source", source.citation().into())],
            ),
            Undated::LowerBoundOnly => said(M::LowerBoundOnly),
            Undated::AfterUntimed { step, title } => sentence(
                M::AfterUntimed,
                [("step", step.as_str().into()), ("title", title.into())],
            ),
            Undated::OutOfCalendar {
                date,
                country,
                from,
                to,
            } => sentence(
                M::OutOfCalendar,
                [
                    ("date", d(date)),
                    ("country", country.code().into()),
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ),
            Undated::NeedsDate { question } => {
                sentence(M::ScheduleNeedsDate, [("question", question.into())])
            }
            Undated::NotInForce => said(M::NotComputedNotInForce),
        }
    }
}
