//! Dates that follow the result (e.g. inspections after an accreditation), chained
//! or anchored as the data says, from the completion, a step, or a date the applicant
//! gives.

use super::super::date::{parse_date, Date};
use super::super::regulation::{Schedule, ScheduleAnchor, ScheduleMode};
use super::super::term::Dated;
use super::super::text::Text;
use super::timeline::Cursor;
use super::types::{
    Completion, PlannedSchedule, PlannedStep, ScheduleBasis, ScheduledItem, TermOut,
};
use super::warnings::{StepFlag, Undated};
use super::Ctx;

impl Ctx<'_> {
    pub(super) fn schedules(
        &self,
        completion: &Completion,
        steps: &[PlannedStep],
    ) -> Vec<PlannedSchedule> {
        self.service
            .schedules
            .iter()
            .filter(|s| self.listed(&s.when))
            .map(|s| self.schedule(s, completion, steps))
            .collect()
    }

    /// Where a schedule counts from: its date, what that is, and why it may be missing.
    fn anchor(
        &self,
        s: &Schedule,
        completion: &Completion,
        steps: &[PlannedStep],
    ) -> (Option<Date>, ScheduleBasis, Option<Undated>) {
        match &s.anchor {
            ScheduleAnchor::Completion => (
                completion.latest,
                ScheduleBasis::Completion,
                Some(Undated::NotInForce).filter(|_| completion.latest.is_none()),
            ),
            ScheduleAnchor::Step(id) => {
                let step = steps.iter().find(|x| &x.id == id);
                (
                    step.and_then(|x| x.due),
                    ScheduleBasis::Step {
                        step: id.clone(),
                        title: step.map(|x| x.title.clone()).unwrap_or_default(),
                    },
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
                let basis = match given {
                    Some(date) => ScheduleBasis::Date {
                        date,
                        question: question.clone(),
                    },
                    None => ScheduleBasis::NeedsDate {
                        question: question.clone(),
                    },
                };
                (given, basis, Some(Undated::NeedsDate { question }))
            }
        }
    }

    fn schedule(
        &self,
        s: &Schedule,
        completion: &Completion,
        steps: &[PlannedStep],
    ) -> PlannedSchedule {
        let (anchor, basis, missing) = self.anchor(s, completion, steps);
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
            basis,
            items,
            source: s.source.clone(),
        }
    }
}
