//! Dates past the act's repeal, and the years whose holidays are not yet known.

use crate::engine::act::Period;
use crate::engine::date::Date;
use crate::engine::plan::types::{Completion, PlannedStep};
use crate::engine::plan::warnings::{StepFlag, Warning};
use crate::engine::plan::Ctx;

impl Ctx<'_> {
    /// Steps dated past the act's possible repeal say so, and the plan warns once; a
    /// completion past it says so too.
    pub(super) fn flag_repeal(
        &self,
        period: &Period,
        out: &mut [PlannedStep],
        completion: &Completion,
        warnings: &mut Vec<Warning>,
    ) {
        let Some(last) = &period.last_day else { return };
        let latest = last.latest.as_ref().map(|l| l.date);
        // Submitted where the repeal may already have taken effect, the whole plan is
        // under that warning: only a step past the latest possible repeal is news.
        let already_uncertain = self.submitted > last.earliest.date;
        let mut warned = false;
        for s in out.iter_mut() {
            let Some(date) = s.due.or(s.earliest) else {
                continue;
            };
            let flag = match latest {
                Some(l) if date > l => Some(StepFlag::AfterRepeal { last_day: l }),
                _ if date > last.earliest.date && !already_uncertain => {
                    Some(StepFlag::MayBeAfterRepeal {
                        earliest: last.earliest.date,
                        latest: latest.unwrap_or(last.earliest.date),
                    })
                }
                _ => None,
            };
            let Some(flag) = flag else { continue };
            if !warned && s.contingency.is_none() {
                warned = true;
                let surely = matches!(flag, StepFlag::AfterRepeal { .. });
                warnings.push(Warning::RunsPastRepeal {
                    step: s.id.clone(),
                    last_day: if surely {
                        latest.unwrap_or(last.earliest.date)
                    } else {
                        last.earliest.date
                    },
                    surely,
                });
            }
            s.flags.push(flag);
        }
        let end = completion.latest.or(completion.earliest);
        if let (false, Some(end)) = (warned, end) {
            let past_latest = latest.is_some_and(|l| end > l);
            if end > last.earliest.date && (past_latest || !already_uncertain) {
                let surely = latest.is_some_and(|l| end > l);
                warnings.push(Warning::CompletionPastRepeal {
                    completion: end,
                    last_day: if surely {
                        latest.unwrap_or(last.earliest.date)
                    } else {
                        last.earliest.date
                    },
                    surely,
                });
            }
        }
    }

    /// Provisional years and years past the known calendar that the plan's dates touch.
    pub(in crate::engine::plan) fn calendar_warnings(
        &self,
        steps: &[PlannedStep],
        completion: &Completion,
        schedules: &[crate::engine::plan::types::PlannedSchedule],
        warnings: &mut Vec<Warning>,
    ) {
        use chrono::Datelike;
        let mut years: Vec<i32> = steps
            .iter()
            .flat_map(|s| [s.earliest, s.due])
            .chain([completion.earliest, completion.latest, Some(self.submitted)])
            .chain(
                schedules
                    .iter()
                    .flat_map(|s| s.items.iter().map(|i| i.date)),
            )
            .flatten()
            .map(|d| d.year())
            .collect();
        years.sort_unstable();
        years.dedup();
        let country = self.service.country;
        for y in years {
            if y > self.calendar.last_known_year() {
                warnings.push(Warning::ProjectedYear {
                    country,
                    year: y,
                    last_known: self.calendar.last_known_year(),
                });
            } else if self.calendar.is_provisional(y) {
                let open = self
                    .calendar
                    .open_points(y)
                    .iter()
                    .map(|p| crate::engine::plan::warnings::OpenFact {
                        holiday: p
                            .holiday()
                            .and_then(|h| self.calendar.holiday_name(h))
                            .cloned(),
                        point: p.clone(),
                    })
                    .collect();
                warnings.push(Warning::ProvisionalYear {
                    country,
                    year: y,
                    open,
                });
            }
        }
    }

    /// Whether `date` lies past the years whose holidays are known.
    pub(in crate::engine::plan) fn projected(&self, date: Date) -> Option<i32> {
        use chrono::Datelike;
        self.calendar.is_projected(date).then_some(date.year())
    }
}
