//! The steps and their dates, the limits the regulation sets on them, and the
//! expected completion.
//!
//! # How steps chain
//! Each step counts from the end of the one before (or, `alongside`, from where an
//! earlier step started). A term in days counts from the day the previous step ended,
//! that day not counted (the general rule on terms). A step in hours or minutes starts
//! when the previous one ended; after a term in days that means the next opening, since
//! the previous step may use its whole last day — the latest reading, which gives the
//! due dates. The other defensible reading, that steps in hours are done on the last day
//! of the step in days before them, is computed alongside and shown where it differs.
//!
//! A step without a term is counted as taking no time: the dates after it are lower
//! bounds and say so. A procedure's own limit is checked against its steps' dates
//! (its minimum holds the earliest end back, its maximum flags the steps past it); an
//! overall term counts from submission or from the end of a named step.

mod advance;
mod completion;
mod limits;
mod repeal;
mod step;

pub(super) use completion::{barred, not_in_force};

use super::types::{Completion, CompletionBasis, PlannedStep};
use super::warnings::{Undated, Warning};
use super::Ctx;
use crate::engine::act::Period;
use crate::engine::calendar::SpecialDay;
use crate::engine::condition::Truth;
use crate::engine::date::Date;
use crate::engine::regulation::{Procedure, Step};
use crate::engine::term::Dated;

/// Where the timeline stands: a date, or why none can be given.
#[derive(Clone, Debug)]
pub(super) enum Cursor {
    At(Dated),
    Unknown(Box<Undated>),
}

impl Cursor {
    fn date(&self) -> Option<Date> {
        match self {
            Cursor::At(d) => Some(d.date),
            Cursor::Unknown(_) => None,
        }
    }
}

/// The timeline after some steps: the earliest end, the latest end (the due dates),
/// and the latest end on the same-day reading.
#[derive(Clone, Debug)]
pub(super) struct Chain {
    earliest: Cursor,
    latest: Cursor,
    same_day: Cursor,
    /// A step without a term was passed: `latest` and `same_day` are lower bounds.
    lower_bound_after: Option<String>,
}

/// The steps with their dates and the completion they lead to.
pub(super) struct Timeline {
    pub steps: Vec<PlannedStep>,
    pub completion: Completion,
}

/// A procedure's start and what is known of its limit while its steps are dated.
struct Running<'a> {
    procedure: &'a Procedure,
    start: Chain,
    /// Its steps: the index in `out` and where the step ended (latest reading).
    steps: Vec<(usize, Cursor)>,
}

impl Ctx<'_> {
    pub(super) fn applicable_steps(&self) -> impl Iterator<Item = &Step> {
        self.service
            .steps
            .iter()
            .filter(|s| self.truth(&s.when) != Truth::No)
    }

    fn start(&self) -> Chain {
        let at = Cursor::At(Dated::on(self.submitted, Some(self.start_minute)));
        Chain {
            earliest: at.clone(),
            latest: at.clone(),
            same_day: at,
            lower_bound_after: None,
        }
    }

    /// Every applicable step dated, the procedures' limits checked, the completion.
    pub(super) fn timeline(&self, period: &Period, warnings: &mut Vec<Warning>) -> Timeline {
        let mut now = self.start();
        // Where the current stage began, for steps running `alongside` an earlier one.
        let mut stage = now.clone();
        let mut out: Vec<PlannedStep> = Vec::new();
        // The chain at the end of each step, for overall terms counted from a step.
        let mut ends: Vec<(String, Chain)> = Vec::new();
        let keep_ends = self
            .service
            .overall_terms
            .iter()
            .any(|o| o.from_step.is_some() || o.to_step.is_some());
        let mut running: Option<Running> = None;
        let steps: Vec<&Step> = self.applicable_steps().collect();
        for (i, step) in steps.iter().enumerate() {
            let parallel = step
                .alongside
                .as_ref()
                .is_some_and(|a| out.iter().any(|s| &s.id == a));
            let base = if parallel { stage.clone() } else { now.clone() };
            if step.contingency.is_none() {
                let same = running
                    .as_ref()
                    .is_some_and(|r| step.procedure.as_deref() == Some(r.procedure.id.as_str()));
                if !same {
                    running = step
                        .procedure
                        .as_ref()
                        .and_then(|p| self.service.procedures.iter().find(|x| &x.id == p))
                        .filter(|p| p.cap.is_some())
                        .map(|procedure| Running {
                            procedure,
                            start: base.clone(),
                            steps: Vec::new(),
                        });
                }
            }
            let mut at = self.date_step(step, &base);
            out.push(self.planned(step, &base, &at));
            if step.contingency.is_some() {
                continue;
            }
            if let Some(r) = running.as_mut() {
                r.steps.push((out.len() - 1, at.latest.clone()));
                let last_of_procedure = steps[i + 1..]
                    .iter()
                    .find(|s| s.contingency.is_none())
                    .is_none_or(|next| next.procedure != step.procedure);
                if last_of_procedure {
                    self.close_procedure(r, &mut at, &mut out, warnings);
                }
            }
            if keep_ends {
                ends.push((step.id.clone(), at.clone()));
            }
            if parallel {
                now = Chain {
                    earliest: later(&now.earliest, &at.earliest),
                    latest: later(&now.latest, &at.latest),
                    same_day: later(&now.same_day, &at.same_day),
                    lower_bound_after: now.lower_bound_after.clone().or(at.lower_bound_after),
                };
            } else {
                stage = now;
                now = at;
            }
        }
        for o in &self.service.procedures {
            self.check_step_terms_against_cap(o, warnings);
        }
        if let Some(after) = &now.lower_bound_after {
            if let Some(s) = self.service.steps.iter().find(|s| &s.id == after) {
                warnings.push(Warning::LowerBounds {
                    step: s.id.clone(),
                    title: s.title.clone(),
                });
            }
        }
        let mut completion = self.completion(&now, &ends, warnings);
        if matches!(
            completion.basis,
            CompletionBasis::StepsEnd { .. } | CompletionBasis::LowerBound { .. }
        ) {
            completion.special_days =
                skipped_on_the_way(&out, completion.latest.or(completion.earliest));
        }
        self.hold_back_overall_end(&completion, &mut out);
        self.flag_repeal(period, &mut out, &completion, warnings);
        Timeline {
            steps: out,
            completion,
        }
    }
}

/// The later of two timeline positions; unknown if either is.
fn later(a: &Cursor, b: &Cursor) -> Cursor {
    match (a, b) {
        (Cursor::Unknown(_), _) => a.clone(),
        (_, Cursor::Unknown(_)) => b.clone(),
        (Cursor::At(x), Cursor::At(y)) => {
            if y.date > x.date {
                b.clone()
            } else {
                a.clone()
            }
        }
    }
}

/// The days the steps' counts passed over on the way to `end`, each once, in date
/// order: where the completion is where the step terms end, these are the days its
/// count skipped (the last step's own count alone would miss the earlier ones).
fn skipped_on_the_way(steps: &[PlannedStep], end: Option<Date>) -> Vec<SpecialDay> {
    let Some(end) = end else {
        return Vec::new();
    };
    let mut days: Vec<SpecialDay> = steps
        .iter()
        .filter(|s| s.contingency.is_none())
        .flat_map(|s| s.special_days.iter())
        .filter(|d| d.date <= end)
        .cloned()
        .collect();
    days.sort_by_key(|d| d.date);
    days.dedup_by_key(|d| d.date);
    days
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{later, Cursor, Timeline};
    use crate::engine::date::Date;
    use crate::engine::plan::testing::{answers, ctx, d, source, step, term, Fixture};
    use crate::engine::plan::types::TermOut;
    use crate::engine::plan::warnings::{Undated, Warning};
    use crate::engine::term::{Dated, Term, Unit};
    use crate::engine::text::Text;

    fn timeline(f: Fixture, day: &str) -> (Timeline, Vec<Warning>) {
        let c = f.catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d(day), &a);
        let mut w = Vec::new();
        let t = x.timeline(c.period(x.service), &mut w);
        (t, w)
    }

    fn due(t: &Timeline) -> Vec<(&str, Option<Date>)> {
        t.steps.iter().map(|s| (s.id.as_str(), s.due)).collect()
    }

    #[test]
    fn each_step_counts_from_the_end_of_the_one_before() {
        // Wed 19.03.2025 + 3 working days = Thu 27.03 (Nauryz 21–25 off); + 2 = Fri 28,
        // Mon 31.03.
        let (t, w) = timeline(Fixture::new(), "2025-03-19");
        assert_eq!(
            due(&t),
            [("1", Some(d("2025-03-27"))), ("2", Some(d("2025-03-31")))]
        );
        assert_eq!(t.completion.latest, Some(d("2025-03-31")));
        assert_eq!(w, []);
        // The start: all three readings at submission, at the day's first minute.
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let s = ctx(&c, "first", d("2025-03-19"), &a).start();
        for at in [&s.earliest, &s.latest, &s.same_day] {
            assert!(
                matches!(at, Cursor::At(x) if x.date == d("2025-03-19") && x.minute == Some(0))
            );
        }
        assert_eq!(s.lower_bound_after, None);
    }

    #[test]
    fn a_step_alongside_another_starts_with_it_and_the_later_end_moves_on() {
        // Step 3 runs alongside step 2: both start at step 1's end, Thu 27.03.2025. Step 3
        // takes 5 working days (Fri 28, Mon 31, Tue 01 – Thu 03.04), longer than step 2
        // (Mon 31.03); step 4 follows the later: Fri 04.04.
        let with = |days: u32| {
            Fixture::new()
                .push(
                    "steps",
                    step("3", Some(term("within", days, "working_days"))),
                )
                .step_field("3", "alongside", json!("2"))
                .push("steps", step("4", Some(term("within", 1, "working_days"))))
        };
        let (t, _) = timeline(with(5), "2025-03-19");
        assert_eq!(
            due(&t)[1..],
            [
                ("2", Some(d("2025-03-31"))),
                ("3", Some(d("2025-04-03"))),
                ("4", Some(d("2025-04-04")))
            ]
        );
        // Shorter than step 2 (1 working day: Fri 28.03), it does not hold step 4 back:
        // Mon 31.03 + 1 = Tue 01.04.
        let (t, _) = timeline(with(1), "2025-03-19");
        assert_eq!(
            due(&t)[2..],
            [("3", Some(d("2025-03-28"))), ("4", Some(d("2025-04-01")))]
        );
        // Alongside a step this situation does not have, it simply follows the one
        // before (step 1, Thu 27.03 + 5 = Thu 03.04), not from step 1's start (which
        // would give Wed 26.03).
        let (t, _) = timeline(
            with(5).step_field("2", "when", json!({"situation_in": ["renewal"]})),
            "2025-03-19",
        );
        assert_eq!(due(&t)[1], ("3", Some(d("2025-04-03"))));
    }

    #[test]
    fn a_contingent_step_is_dated_but_does_not_move_the_timeline() {
        // A re-take after step 1, 10 working days from Thu 27.03.2025: 28, 31, 1–4, 7–10
        // → Thu 10.04; step 2 still counts from step 1: Mon 31.03.
        let f = Fixture::new().edit(|s| {
            let mut r = step("1r", Some(term("within", 10, "working_days")));
            r["contingency"] = json!({"en": "if the review fails"});
            s["steps"].as_array_mut().unwrap().insert(1, r);
        });
        let (t, _) = timeline(f, "2025-03-19");
        assert_eq!(
            due(&t),
            [
                ("1", Some(d("2025-03-27"))),
                ("1r", Some(d("2025-04-10"))),
                ("2", Some(d("2025-03-31")))
            ]
        );
        assert_eq!(t.completion.latest, Some(d("2025-03-31")));
    }

    #[test]
    fn an_untimed_step_and_each_procedures_limit_are_warned_about() {
        let (_, w) = timeline(
            Fixture::new().step_field("1", "term", json!(null)),
            "2025-03-19",
        );
        assert_eq!(
            w,
            [Warning::LowerBounds {
                step: "1".into(),
                title: Text {
                    kk: Some("қарау".into()),
                    en: Some("review".into()),
                    ..Text::default()
                }
            }]
        );
        // Step 1 in procedure p (2 working days from Wed 19.03.2025: Wed 26.03), step 2
        // in q (1 working day from where q starts, step 1's end on Thu 27.03: Fri 28.03).
        let f = Fixture::new()
            .procedure("p", term("within", 2, "working_days"), &["1"])
            .procedure("q", term("within", 1, "working_days"), &["2"]);
        let (_, w) = timeline(f, "2025-03-19");
        // Each procedure's overrun as it closes, then each step term longer than its cap.
        let overrun =
            |p: &str, step: &str, limit: u32, dates: [&str; 3]| Warning::ProcedureOverrun {
                procedure: p.into(),
                title: Text::en(format!("procedure {p}")),
                step: step.into(),
                limit: Box::new(TermOut::from(
                    &serde_json::from_value::<Term>(term("within", limit, "working_days")).unwrap(),
                )),
                started: d(dates[0]),
                cap: d(dates[1]),
                ends: d(dates[2]),
                cap_at: None,
                ends_at: None,
                source: source(&format!("procedure {p}")),
            };
        let too_long = |p: &str, step: &str, n: u32, limit: u32| Warning::StepTermOverCap {
            step: step.into(),
            procedure: p.into(),
            term: n,
            limit,
            unit: Unit::WorkingDays,
            source: source(&format!("procedure {p}")),
        };
        assert_eq!(
            w,
            [
                overrun("p", "1", 2, ["2025-03-19", "2025-03-26", "2025-03-27"]),
                overrun("q", "2", 1, ["2025-03-27", "2025-03-28", "2025-03-31"]),
                too_long("p", "1", 3, 2),
                too_long("q", "2", 2, 1),
            ]
        );
    }

    #[test]
    fn the_later_of_two_positions_and_an_unknown_one_wins() {
        let at = |day: &str, minute: u16| Cursor::At(Dated::on(d(day), Some(minute)));
        let pick = |c: Cursor| match c {
            Cursor::At(x) => Ok((x.date, x.minute)),
            Cursor::Unknown(why) => Err(why),
        };
        let (a, b) = (at("2025-03-27", 1), at("2025-03-31", 2));
        assert_eq!(pick(later(&a, &b)), Ok((d("2025-03-31"), Some(2))));
        assert_eq!(pick(later(&b, &a)), Ok((d("2025-03-31"), Some(2))));
        // The same day: the first is kept.
        assert_eq!(
            pick(later(&a, &at("2025-03-27", 9))),
            Ok((d("2025-03-27"), Some(1)))
        );
        let unknown = Cursor::Unknown(Box::new(Undated::LowerBoundOnly));
        let lower = Err(Box::new(Undated::LowerBoundOnly));
        assert_eq!(pick(later(&a, &unknown)), lower);
        assert_eq!(pick(later(&unknown, &b)), lower);
    }
}
