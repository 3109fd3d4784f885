//! Dates that follow the result (e.g. inspections after an accreditation), chained
//! or anchored as the data says, from the completion, a step, or a date the applicant
//! gives.

use super::timeline::Cursor;
use super::types::{
    Completion, PlannedSchedule, PlannedStep, ScheduleBasis, ScheduledItem, TermOut,
};
use super::warnings::{StepFlag, Undated};
use super::Ctx;
use crate::engine::date::{parse_date, Date};
use crate::engine::regulation::{Schedule, ScheduleAnchor, ScheduleMode};
use crate::engine::term::Dated;
use crate::engine::text::Text;

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
                // A step held back by a minimum (its earliest after its due date) is
                // not done before that earliest: what follows counts from the later.
                let due = step.and_then(|x| x.due);
                let held_back = step
                    .and_then(|x| x.earliest)
                    .filter(|e| due.is_some_and(|due| *e > due));
                (
                    held_back.or(due),
                    ScheduleBasis::Step {
                        step: id.clone(),
                        title: step.map(|x| x.title.clone()).unwrap_or_default(),
                        held_back,
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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::engine::calendar::Country;
    use crate::engine::date::Date;
    use crate::engine::plan::testing::{answers, ctx, d, source, term, Fixture, ID};
    use crate::engine::plan::timeline;
    use crate::engine::plan::types::{PlannedSchedule, ScheduleBasis};
    use crate::engine::plan::warnings::{StepFlag, Undated};
    use crate::engine::regulation::ScheduleMode;
    use crate::engine::text::Text;

    /// The fixture's schedules on `day`, counted from its own timeline.
    fn schedules(f: Fixture, day: &str, pairs: &[(&str, &str)]) -> Vec<PlannedSchedule> {
        let c = f.catalog();
        let a = answers(pairs);
        let x = ctx(&c, "first", d(day), &a);
        let t = x.timeline(c.period(x.service), &mut Vec::new());
        x.schedules(&t.completion, &t.steps)
    }

    fn dates(s: &PlannedSchedule) -> Vec<Option<Date>> {
        s.items.iter().map(|i| i.date).collect()
    }

    fn months(n: u32) -> Value {
        term("within", n, "months")
    }

    /// Two schedules from `anchor`, chained (+n, +m months) and anchored (+n, +n+m).
    fn both(anchor: Value, n: u32, m: u32) -> Fixture {
        Fixture::new()
            .date_question("certificate_date")
            .schedule(
                "chained",
                anchor.clone(),
                "chained",
                &[("a", months(n)), ("b", months(m))],
            )
            .schedule(
                "anchored",
                anchor,
                "anchored",
                &[("a", months(n)), ("b", months(n + m))],
            )
    }

    #[test]
    fn chained_and_anchored_schedules_part_at_month_ends() {
        // Certificate of Wed 31.01.2024. Chained: +1 month = Thu 29.02.2024 (leap year,
        // clamped), +1 month from there = Fri 29.03. Anchored: +1 = 29.02, +2 = Sun
        // 31.03.2024, so Mon 01.04.
        let ss = schedules(
            both(json!({"question": "certificate_date"}), 1, 1),
            "2025-03-19",
            &[("certificate_date", "2024-01-31")],
        );
        assert_eq!(
            dates(&ss[0]),
            [Some(d("2024-02-29")), Some(d("2024-03-29"))]
        );
        assert_eq!(
            dates(&ss[1]),
            [Some(d("2024-02-29")), Some(d("2024-04-01"))]
        );
        assert_eq!(
            (ss[0].mode, ss[1].mode),
            (ScheduleMode::Chained, ScheduleMode::Anchored)
        );
        let question = Text::en("date certificate_date");
        for s in &ss {
            assert_eq!(s.anchor, Some(d("2024-01-31")));
            assert_eq!(
                s.basis,
                ScheduleBasis::Date {
                    date: d("2024-01-31"),
                    question: question.clone()
                }
            );
            assert!(s
                .items
                .iter()
                .all(|i| i.undated.is_none() && i.flags.is_empty()));
        }
        assert_eq!(ss[0].items[1].source, source("item b"));
    }

    #[test]
    fn a_schedule_needing_a_date_not_given_says_which() {
        let ss = schedules(
            both(json!({"question": "certificate_date"}), 1, 1),
            "2025-03-19",
            &[],
        );
        let question = Text::en("date certificate_date");
        for s in &ss {
            assert_eq!(
                (s.anchor, &s.basis),
                (
                    None,
                    &ScheduleBasis::NeedsDate {
                        question: question.clone()
                    }
                )
            );
            for i in &s.items {
                assert_eq!(
                    (i.date, &i.special_days, &i.flags),
                    (None, &vec![], &vec![])
                );
                assert_eq!(
                    i.undated,
                    Some(Undated::NeedsDate {
                        question: question.clone()
                    })
                );
            }
        }
    }

    #[test]
    fn a_schedule_anchored_on_a_step_counts_from_its_due_date() {
        // Step 2 is due Mon 31.03.2025. Chained: +1 month = Wed 30.04 (April has no 31st),
        // +1 from there = Fri 30.05. Anchored: +2 months = Sat 31.05, Sun 01.06, so Mon 02.06.
        let ss = schedules(both(json!({"step": "2"}), 1, 1), "2025-03-19", &[]);
        assert_eq!(
            dates(&ss[0]),
            [Some(d("2025-04-30")), Some(d("2025-05-30"))]
        );
        assert_eq!(
            dates(&ss[1]),
            [Some(d("2025-04-30")), Some(d("2025-06-02"))]
        );
        let c = Fixture::new().catalog();
        let title = c.service(ID).unwrap().steps[1].title.clone();
        assert_eq!(ss[0].anchor, Some(d("2025-03-31")));
        assert_eq!(
            ss[0].basis,
            ScheduleBasis::Step {
                step: "2".into(),
                title,
                held_back: None,
            }
        );
        // The anchored item's trace: the weekend it rolled over.
        let why = |i: usize| {
            ss[1].items[i]
                .special_days
                .iter()
                .map(|x| x.date)
                .collect::<Vec<_>>()
        };
        assert_eq!(why(1).last(), Some(&d("2025-06-01")));
        // A step without a term has no due date: the items say why.
        let ss = schedules(
            both(json!({"step": "2"}), 1, 1).step_field("2", "term", json!(null)),
            "2025-03-19",
            &[],
        );
        let no_term = Undated::NoTerm {
            title: c.service(ID).unwrap().steps[1].title.clone(),
            source: c.service(ID).unwrap().steps[1].source.clone(),
        };
        assert_eq!(ss[0].anchor, None);
        assert!(ss
            .iter()
            .flat_map(|s| &s.items)
            .all(|i| i.date.is_none() && i.undated == Some(no_term.clone())));
    }

    #[test]
    fn a_schedule_after_the_completion_is_flagged_in_a_projected_year() {
        // Completion Mon 31.03.2025. +1 year: Tue 31.03.2026 (a known, if provisional,
        // year); +3 years: Fri 31.03.2028, counted with weekends alone.
        let f = Fixture::new().schedule(
            "s",
            json!("completion"),
            "anchored",
            &[
                ("a", term("within", 1, "years")),
                ("b", term("within", 3, "years")),
            ],
        );
        let ss = schedules(f, "2025-03-19", &[]);
        assert_eq!(
            (ss[0].anchor, &ss[0].basis),
            (Some(d("2025-03-31")), &ScheduleBasis::Completion)
        );
        assert_eq!(
            dates(&ss[0]),
            [Some(d("2026-03-31")), Some(d("2028-03-31"))]
        );
        assert_eq!(ss[0].items[0].flags, []);
        assert_eq!(ss[0].items[1].flags, [StepFlag::Projected { year: 2028 }]);
    }

    #[test]
    fn past_the_projected_years_an_item_and_those_chained_after_it_are_undated() {
        // Completion 31.03.2025 + 25 years = 31.03.2050, past 2045.
        let f = Fixture::new().schedule(
            "s",
            json!("completion"),
            "chained",
            &[("a", term("within", 25, "years")), ("b", months(1))],
        );
        let ss = schedules(f, "2025-03-19", &[]);
        let out = Undated::OutOfCalendar {
            date: d("2050-03-31"),
            country: Country::KZ,
            from: 2013,
            to: 2045,
        };
        assert_eq!(dates(&ss[0]), [None, None]);
        assert!(ss[0].items.iter().all(|i| i.undated == Some(out.clone())));
    }

    #[test]
    fn a_schedule_is_listed_unless_its_condition_is_ruled_out() {
        let f = Fixture::new().schedule("s", json!("completion"), "chained", &[("a", months(1))]);
        let f = f.edit(|s| {
            s["schedules"][0]["when"] = json!({"answer_is": {"question": "urgent", "value": "no"}})
        });
        assert_eq!(schedules(f.clone(), "2025-03-19", &[]).len(), 1);
        assert_eq!(
            schedules(f.clone(), "2025-03-19", &[("urgent", "no")]).len(),
            1
        );
        assert_eq!(schedules(f, "2025-03-19", &[("urgent", "yes")]).len(), 0);
        // With no completion date (a plan not in force) there is nothing to count from.
        let c = Fixture::new()
            .schedule("s", json!("completion"), "chained", &[("a", months(1))])
            .catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2019-12-31"), &a);
        let ss = x.schedules(&timeline::not_in_force(), &[]);
        assert_eq!(
            (ss[0].anchor, &ss[0].items[0].undated),
            (None, &Some(Undated::NotInForce))
        );
    }
}
