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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::engine::calendar::{Country, OpenPoint};
    use crate::engine::plan::testing::{answers, ctx, d, step, term, Fixture};
    use crate::engine::plan::types::Completion;
    use crate::engine::plan::warnings::{OpenFact, StepFlag, Warning};
    use crate::engine::text::Lang;

    /// The fixture's steps and completion from `day`, dated as if no repeal were known,
    /// then flagged against the act's period with the repeal: the repeal's flags on each
    /// step, the completion and the warnings.
    fn flagged(f: Fixture, day: &str) -> (Vec<Vec<StepFlag>>, Completion, Vec<Warning>) {
        let c = f.catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d(day), &a);
        let period = c.period(x.service).clone();
        let mut open = period.clone();
        open.last_day = None;
        let mut t = x.timeline(&open, &mut Vec::new());
        let mut w = Vec::new();
        x.flag_repeal(&period, &mut t.steps, &t.completion, &mut w);
        let flags = t.steps.iter().map(|s| s.flags.clone()).collect();
        (flags, t.completion, w)
    }

    fn after_publication(signed: &str, days: u32) -> Fixture {
        Fixture::new().repeal(signed, json!({"kind": "after_publication", "days": days}))
    }

    fn on_date(date: &str) -> Fixture {
        Fixture::new().repeal("2025-03-01", json!({"kind": "on_date", "date": date}))
    }

    #[test]
    fn a_step_where_the_repeal_may_have_taken_effect_is_flagged_and_warned() {
        // Repealed by an order of Thu 20.03.2025 in force 10 days after its publication:
        // the act last applied on 30.03.2025 at the earliest, 22.11.2026 at the latest
        // (the copy of 23.11.2026 shows the repeal). Step 1 is due Thu 27.03, step 2
        // Mon 31.03.
        let (flags, _, w) = flagged(after_publication("2025-03-20", 10), "2025-03-19");
        assert_eq!(
            flags,
            [
                vec![],
                vec![StepFlag::MayBeAfterRepeal {
                    earliest: d("2025-03-30"),
                    latest: d("2026-11-22")
                }]
            ]
        );
        assert_eq!(
            w,
            [Warning::RunsPastRepeal {
                step: "2".into(),
                last_day: d("2025-03-30"),
                surely: false
            }]
        );
    }

    #[test]
    fn a_step_after_a_repeal_on_a_named_day_is_surely_past_it() {
        // In force until Thu 27.03.2025 (repealed from 28.03): step 1, due that day, is
        // not past it; step 2 is.
        let (flags, _, w) = flagged(on_date("2025-03-28"), "2025-03-19");
        let after = StepFlag::AfterRepeal {
            last_day: d("2025-03-27"),
        };
        assert_eq!(flags, [vec![], vec![after.clone()]]);
        assert_eq!(
            w,
            [Warning::RunsPastRepeal {
                step: "2".into(),
                last_day: d("2025-03-27"),
                surely: true
            }]
        );
        // A contingent step past it is flagged too, but the warning names a step on the
        // path: the re-take after step 1 (10 working days: Thu 10.04) and step 2.
        let f = on_date("2025-03-28").edit(|s| {
            let mut r = step("1r", Some(term("within", 10, "working_days")));
            r["contingency"] = json!({"en": "if the review fails"});
            s["steps"].as_array_mut().unwrap().insert(1, r);
        });
        let (flags, _, w) = flagged(f, "2025-03-19");
        assert_eq!(flags, [vec![], vec![after.clone()], vec![after]]);
        assert!(matches!(&w[..], [Warning::RunsPastRepeal { step, .. }] if step == "2"));
    }

    #[test]
    fn a_completion_alone_past_the_repeal_is_warned_about() {
        // Steps end Mon 31.03.2025; a 10-working-day overall term ends Mon 07.04.
        let overall = |f: Fixture| f.overall("o", term("within", 10, "working_days"), json!({}));
        // Repealed from Sat 05.04.2025: last day Fri 04.04, surely before 07.04.
        let (flags, c, w) = flagged(overall(on_date("2025-04-05")), "2025-03-19");
        assert_eq!(
            (flags, c.latest),
            (vec![vec![], vec![]], Some(d("2025-04-07")))
        );
        assert_eq!(
            w,
            [Warning::CompletionPastRepeal {
                completion: d("2025-04-07"),
                last_day: d("2025-04-04"),
                surely: true
            }]
        );
        // Signed Tue 25.03.2025, 10 days after publication: from 04.04 it may be repealed.
        let (_, _, w) = flagged(overall(after_publication("2025-03-25", 10)), "2025-03-19");
        assert_eq!(
            w,
            [Warning::CompletionPastRepeal {
                completion: d("2025-04-07"),
                last_day: d("2025-04-04"),
                surely: false
            }]
        );
    }

    #[test]
    fn submitted_where_the_repeal_is_uncertain_only_a_step_past_its_latest_day_is_news() {
        // Last day between 11.03.2025 and 22.11.2026. Submitted 19.03.2025 the whole plan
        // is under that warning already: nothing more to say.
        let (flags, _, w) = flagged(after_publication("2025-03-01", 10), "2025-03-19");
        assert_eq!((flags, w), (vec![vec![], vec![]], vec![]));
        // Submitted Tue 10.11.2026: step 1 ends Fri 13.11; step 2, 10 working days,
        // Mon 16 – Fri 20 (5), Mon 23 – Fri 27.11 (10): past 22.11.2026, surely.
        let f = after_publication("2025-03-01", 10).step_field(
            "2",
            "term",
            term("within", 10, "working_days"),
        );
        let (flags, _, w) = flagged(f, "2026-11-10");
        let last_day = d("2026-11-22");
        assert_eq!(flags, [vec![], vec![StepFlag::AfterRepeal { last_day }]]);
        assert_eq!(
            w,
            [Warning::RunsPastRepeal {
                step: "2".into(),
                last_day,
                surely: true
            }]
        );
    }

    /// The calendar warnings of the fixture's plan on `day`, with a schedule's items.
    fn calendar(f: Fixture, day: &str) -> Vec<Warning> {
        let c = f.catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d(day), &a);
        let t = x.timeline(c.period(x.service), &mut Vec::new());
        let schedules = x.schedules(&t.completion, &t.steps);
        let mut w = Vec::new();
        x.calendar_warnings(&t.steps, &t.completion, &schedules, &mut w);
        w
    }

    fn open(c: &crate::engine::catalog::Catalog, point: Value) -> OpenFact {
        let point: OpenPoint = serde_json::from_value(point).unwrap();
        let holiday = point.holiday().map(|h| {
            c.calendar(Country::KZ)
                .unwrap()
                .holiday_name(h)
                .unwrap()
                .clone()
        });
        OpenFact { point, holiday }
    }

    #[test]
    fn a_provisional_year_is_named_with_what_is_still_open() {
        // 2025 is final: nothing to say.
        assert_eq!(calendar(Fixture::new(), "2025-03-19"), []);
        // Thu 19.03.2026: steps end Fri 27.03 and Tue 31.03.2026, all in 2026, whose
        // Kurban Ait is unconfirmed and whose Constitution Day moved by report.
        let c = Fixture::new().catalog();
        let w = calendar(Fixture::new(), "2026-03-19");
        assert_eq!(
            w,
            [Warning::ProvisionalYear {
                country: Country::KZ,
                year: 2026,
                open: vec![
                    open(
                        &c,
                        json!({"kind": "holiday_unconfirmed", "holiday": "kurban_ait"})
                    ),
                    open(
                        &c,
                        json!({"kind": "holiday_change_reported",
                                    "holiday": "constitution_day"})
                    ),
                ],
            }]
        );
        let Warning::ProvisionalYear { open: o, .. } = &w[0] else {
            unreachable!()
        };
        assert_eq!(
            o[0].holiday.as_ref().unwrap().get(Lang::En),
            "Kurban Ait (first day)"
        );
    }

    #[test]
    fn a_year_past_the_known_ones_is_projected_from_steps_or_schedules() {
        // Mon 20.12.2027: step 1 ends Thu 23.12; step 2, 10 working days: Fri 24 (1),
        // 27–31 (6), then 2028 with weekends alone: Mon 03 – Thu 06.01.2028 (10).
        let f = Fixture::new().step_field("2", "term", term("within", 10, "working_days"));
        let c = f.catalog();
        let w = calendar(f, "2027-12-20");
        assert_eq!(
            w,
            [
                Warning::ProvisionalYear {
                    country: Country::KZ,
                    year: 2027,
                    open: vec![
                        open(&c, json!({"kind": "no_transfer_decree"})),
                        open(
                            &c,
                            json!({"kind": "holiday_not_announced", "holiday": "kurban_ait"})
                        ),
                        open(
                            &c,
                            json!({"kind": "holiday_change_reported",
                                        "holiday": "constitution_day"})
                        ),
                    ],
                },
                Warning::ProjectedYear {
                    country: Country::KZ,
                    year: 2028,
                    last_known: 2027
                },
            ]
        );
        // A schedule five years after the completion (Mon 31.03.2025) reaches 2030.
        let f = Fixture::new().schedule(
            "s",
            json!("completion"),
            "chained",
            &[("i", term("within", 5, "years"))],
        );
        assert_eq!(
            calendar(f, "2025-03-19"),
            [Warning::ProjectedYear {
                country: Country::KZ,
                year: 2030,
                last_known: 2027
            }]
        );
    }

    #[test]
    fn only_days_past_the_last_known_year_are_projected() {
        let c = Fixture::new().catalog();
        let a = answers(&[]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        assert_eq!(x.projected(d("2027-12-31")), None);
        assert_eq!(x.projected(d("2028-01-01")), Some(2028));
        assert_eq!(x.projected(d("2045-12-31")), Some(2045));
    }
}
