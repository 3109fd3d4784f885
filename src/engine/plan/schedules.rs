//! Dates that follow the result (e.g. inspections after an accreditation), chained
//! or anchored as the data says, from the completion, a step, or a date the applicant
//! gives.

use super::super::act::Period;
use super::super::date::{parse_date, Date};
use super::super::msg::{self, render, M};
use super::super::regulation::{ScheduleAnchor, ScheduleMode};
use super::super::term::Dated;
use super::super::text::Text;
use super::timeline::Cursor;
use super::types::{Completion, PlannedSchedule, PlannedStep, ScheduledItem, TermOut};
use super::warnings::{StepFlag, Undated};
use super::Ctx;

impl Ctx<'_> {
    pub(super) fn schedules(
        &self,
        completion: &Completion,
        steps: &[PlannedStep],
        _period: &Period,
    ) -> Vec<PlannedSchedule> {
        self.service
            .schedules
            .iter()
            .filter(|s| self.listed(&s.when))
            .map(|s| {
                let (anchor, note, missing): (Option<Date>, Text, Option<Undated>) = match &s.anchor
                {
                    ScheduleAnchor::Completion => (
                        completion.latest,
                        msg::text(M::ScheduleFromCompletion),
                        Some(Undated::NotInForce).filter(|_| completion.latest.is_none()),
                    ),
                    ScheduleAnchor::Step(id) => {
                        let step = steps.iter().find(|x| &x.id == id);
                        let due = step.and_then(|x| x.due);
                        let title = step.map_or_else(|| Text::en(id.as_str()), |x| x.title.clone());
                        (
                            due,
                            render(
                                M::ScheduleFromStep,
                                &[("step", id.as_str().into()), ("title", title.into())],
                            ),
                            step.and_then(|x| x.undated.clone()),
                        )
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
                                &[
                                    ("date", super::super::date::dotted(d).into()),
                                    ("question", question.clone().into()),
                                ],
                            ),
                            None => render(
                                M::ScheduleNeedsDate,
                                &[("question", question.clone().into())],
                            ),
                        };
                        (given, note, Some(Undated::NeedsDate { question }))
                    }
                };
                let start = anchor.map(|d| Cursor::At(Dated::on(d, None)));
                let mut previous = start.clone();
                let items = s
                    .items
                    .iter()
                    .map(|item| {
                        let n = item.term.max.or(item.term.min).unwrap_or(0);
                        let from = match s.mode {
                            ScheduleMode::Chained => previous.clone(),
                            ScheduleMode::Anchored => start.clone(),
                        };
                        let at = from.map(|c| self.advance_public(&c, n, &item.term));
                        let (date, special_days, undated) = match &at {
                            Some(Cursor::At(d)) => (Some(d.date), d.special_days.clone(), None),
                            Some(Cursor::Unknown(why)) => (None, Vec::new(), Some((**why).clone())),
                            None => (None, Vec::new(), missing.clone()),
                        };
                        previous = at;
                        let flags = date
                            .and_then(|d| self.projected(d))
                            .map(|year| StepFlag::Projected { year })
                            .into_iter()
                            .collect();
                        ScheduledItem {
                            id: item.id.clone(),
                            title: item.title.clone(),
                            term: TermOut::from(&item.term),
                            date,
                            undated,
                            special_days,
                            flags,
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
}
