//! Whether the act applies on the submission date, and what to say when it does not
//! or cannot be told.

use chrono::Datelike;

use super::types::RegulationStatus;
use super::warnings::Warning;
use super::Ctx;
use crate::engine::act::{Basis, Period, Standing};

impl Ctx<'_> {
    /// The act's standing on the submission date, with its warning.
    pub fn regulation_status(&self, warnings: &mut Vec<Warning>) -> RegulationStatus {
        let act = self.catalog.act(self.service);
        let period = self.catalog.period(self.service);
        let standing = period.standing_on(self.submitted);
        warnings.extend(status_warning(period, &standing, self.submitted));
        RegulationStatus {
            act_id: act.id.clone(),
            act: act.title.clone(),
            issuer: act.issuer.clone(),
            number: act.number.clone(),
            signed: act.signed.date,
            signed_year: act.signed.year,
            registration: act
                .registration
                .as_ref()
                .map(|r| (r.number.clone(), r.date)),
            in_force: standing.in_force(),
            nearest_day_in_force: period.nearest_day_in_force(&standing),
            standing,
            period: period.clone(),
            source: act.source.clone(),
            annex: self.service.act.source.clone(),
        }
    }
}

/// What the plan must say about the act on `date`, if anything.
pub fn status_warning(
    period: &Period,
    standing: &Standing,
    date: crate::engine::date::Date,
) -> Option<Warning> {
    let first = &period.first_day;
    let last = period.last_day.as_ref();
    let by = || {
        period
            .repealed_by
            .as_ref()
            .map(|r| r.by.clone())
            .unwrap_or_default()
    };
    let last_range = || {
        last.map(|l| {
            (
                l.earliest.date,
                l.latest.as_ref().map_or(l.earliest.date, |x| x.date),
            )
        })
    };
    match standing {
        // In force only on Tartip's reading of when the act entered into force.
        Standing::InForce => first.latest.as_ref().and_then(|l| match &l.basis {
            Basis::Reading { why } => Some(Warning::ActInForceByReading {
                date,
                entered_by: l.date,
                why: why.clone(),
            }),
            _ => None,
        }),
        Standing::NotYetInForce => Some(Warning::ActNotYetInForce {
            date,
            earliest: first.earliest.date,
            latest: first.latest.as_ref().map(|l| l.date),
        }),
        Standing::EntryUncertain if period.signed_in_year == Some(date.year()) => {
            Some(Warning::ActSigningUncertain {
                date,
                year: date.year(),
            })
        }
        Standing::EntryUncertain => Some(Warning::ActEntryUncertain {
            date,
            earliest: first.earliest.date,
            latest: first.latest.as_ref().map(|l| l.date),
        }),
        Standing::Repealed => last_range().map(|(a, b)| Warning::ActRepealed {
            date,
            last_day_earliest: a,
            last_day_latest: b,
            by: by(),
        }),
        Standing::RepealUncertain => last_range().map(|(a, b)| Warning::ActRepealUncertain {
            date,
            last_day_earliest: a,
            last_day_latest: b,
            by: by(),
        }),
        Standing::InForceAsFarAsTextShows => Some(Warning::ActInForceAsFarAsTextShows {
            as_of: period.text_as_of,
            entry_undated: first.latest.is_none(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::engine::act::Standing;
    use crate::engine::catalog::Catalog;
    use crate::engine::plan::testing::{answers, ctx, d, src, Fixture, ID};
    use crate::engine::plan::types::RegulationStatus;
    use crate::engine::plan::warnings::Warning;
    use crate::engine::text::Text;

    /// The fixture act's status on `day`, and the warnings it gives.
    fn on(c: &Catalog, day: &str) -> (RegulationStatus, Vec<Warning>) {
        let a = answers(&[]);
        let mut w = Vec::new();
        let s = ctx(c, "first", d(day), &a).regulation_status(&mut w);
        (s, w)
    }

    fn repealing_order() -> Text {
        Text::en("the repealing order")
    }

    #[test]
    fn before_the_day_the_act_names_it_is_not_yet_in_force() {
        // The fixture act enters into force on 01.01.2020 (a date it names: exact).
        let c = Fixture::new().catalog();
        let (s, w) = on(&c, "2019-12-31");
        assert_eq!(s.standing, Standing::NotYetInForce);
        assert_eq!(s.in_force, Some(false));
        assert_eq!(s.nearest_day_in_force, Some(d("2020-01-01")));
        assert_eq!(
            w,
            [Warning::ActNotYetInForce {
                date: d("2019-12-31"),
                earliest: d("2020-01-01"),
                latest: Some(d("2020-01-01")),
            }]
        );
        let (s, w) = on(&c, "2020-01-01");
        assert_eq!((s.standing, s.in_force), (Standing::InForce, Some(true)));
        assert_eq!((s.nearest_day_in_force, w), (None, vec![]));
        // What the status says of the act itself, from its file and the annex's lines.
        assert_eq!(s.act_id, "kz-fixture-act");
        assert_eq!(s.number.as_deref(), Some("1"));
        assert_eq!((s.signed, s.signed_year), (Some(d("2019-12-20")), None));
        assert_eq!(s.registration, None);
        assert_eq!(s.annex, c.service(ID).unwrap().act.source);
    }

    #[test]
    fn after_the_day_its_copy_speaks_for_it_is_in_force_as_far_as_the_text_shows() {
        // The copy is of 23.11.2026: that day is covered, the next is not.
        let c = Fixture::new().catalog();
        let (s, w) = on(&c, "2026-11-23");
        assert_eq!((s.standing, w), (Standing::InForce, vec![]));
        let (s, w) = on(&c, "2026-11-24");
        assert_eq!(s.standing, Standing::InForceAsFarAsTextShows);
        assert_eq!(s.in_force, Some(true));
        assert_eq!(
            w,
            [Warning::ActInForceAsFarAsTextShows {
                as_of: d("2026-11-23"),
                entry_undated: false
            }]
        );
    }

    #[test]
    fn a_repeal_ten_days_after_publication_leaves_a_range_of_last_days() {
        // Signed 10.06.2025, in force 10 days after a publication no earlier than that:
        // the fixture act last applied on 20.06.2025 at the earliest; the copy of
        // 23.11.2026 shows the repeal, so on 22.11.2026 at the latest.
        let c = Fixture::new()
            .repeal(
                "2025-06-10",
                json!({"kind": "after_publication", "days": 10}),
            )
            .catalog();
        let (s, w) = on(&c, "2025-06-20");
        assert_eq!((s.standing, w), (Standing::InForce, vec![]));
        for day in ["2025-06-21", "2026-11-22"] {
            let (s, w) = on(&c, day);
            assert_eq!((s.standing, s.in_force), (Standing::RepealUncertain, None));
            assert_eq!(
                w,
                [Warning::ActRepealUncertain {
                    date: d(day),
                    last_day_earliest: d("2025-06-20"),
                    last_day_latest: d("2026-11-22"),
                    by: repealing_order(),
                }]
            );
        }
        let (s, w) = on(&c, "2026-11-23");
        assert_eq!(s.standing, Standing::Repealed);
        // What it required then: the earliest possible last day, surely in force.
        assert_eq!(s.nearest_day_in_force, Some(d("2025-06-20")));
        assert_eq!(
            w,
            [Warning::ActRepealed {
                date: d("2026-11-23"),
                last_day_earliest: d("2025-06-20"),
                last_day_latest: d("2026-11-22"),
                by: repealing_order(),
            }]
        );
    }

    #[test]
    fn a_repeal_on_a_named_day_ends_the_act_the_day_before() {
        let c = Fixture::new()
            .repeal(
                "2025-06-10",
                json!({"kind": "on_date", "date": "2025-07-01"}),
            )
            .catalog();
        let (s, _) = on(&c, "2025-06-30");
        assert_eq!(s.standing, Standing::InForce);
        let (s, w) = on(&c, "2025-07-01");
        assert_eq!(s.standing, Standing::Repealed);
        assert_eq!(
            w,
            [Warning::ActRepealed {
                date: d("2025-07-01"),
                last_day_earliest: d("2025-06-30"),
                last_day_latest: d("2025-06-30"),
                by: repealing_order(),
            }]
        );
    }

    #[test]
    fn an_entry_after_publication_is_uncertain_up_to_the_reading() {
        // Registered Fri 10.01.2020, in force 10 calendar days after a publication no
        // earlier than that: 11–20.01 pass, so from 21.01.2020 at the earliest; read as
        // surely in force from 15.02.2020.
        let c = Fixture::new()
            .edit_act(|a| {
                a["registration"] =
                    json!({"number": "19999", "date": "2020-01-10", "source": src("registered")});
                a["entry_into_force"] = json!({
                    "rule": {"kind": "after_publication", "days": 10},
                    "latest": {"date": "2020-02-15", "why": {"en": "amended then"},
                               "source": src("amended")},
                    "source": src("ten days"),
                });
            })
            .catalog();
        let (s, w) = on(&c, "2020-01-20");
        assert_eq!(s.standing, Standing::NotYetInForce);
        assert_eq!(s.registration, Some(("19999".into(), d("2020-01-10"))));
        // Offered instead: the first day it surely applied, not the first it might have.
        assert_eq!(s.nearest_day_in_force, Some(d("2020-02-15")));
        assert_eq!(
            w,
            [Warning::ActNotYetInForce {
                date: d("2020-01-20"),
                earliest: d("2020-01-21"),
                latest: Some(d("2020-02-15")),
            }]
        );
        for day in ["2020-01-21", "2020-02-14"] {
            let (s, w) = on(&c, day);
            assert_eq!((s.standing, s.in_force), (Standing::EntryUncertain, None));
            assert_eq!(
                w,
                [Warning::ActEntryUncertain {
                    date: d(day),
                    earliest: d("2020-01-21"),
                    latest: Some(d("2020-02-15")),
                }]
            );
        }
        assert_eq!(on(&c, "2020-02-15").0.standing, Standing::InForce);
    }

    #[test]
    fn an_undated_entry_is_in_force_from_signing_only_as_far_as_the_text_shows() {
        // No entry rule: not before the day it was signed (20.12.2019), with no day
        // from which it surely applied.
        let c = Fixture::new()
            .edit_act(|a| a["entry_into_force"] = json!({"rule": {"kind": "not_stated"}}))
            .catalog();
        let (s, w) = on(&c, "2019-12-19");
        assert_eq!(s.standing, Standing::NotYetInForce);
        assert_eq!(
            w,
            [Warning::ActNotYetInForce {
                date: d("2019-12-19"),
                earliest: d("2019-12-20"),
                latest: None,
            }]
        );
        let (s, w) = on(&c, "2025-03-19");
        assert_eq!(s.standing, Standing::InForceAsFarAsTextShows);
        assert_eq!(
            w,
            [Warning::ActInForceAsFarAsTextShows {
                as_of: d("2026-11-23"),
                entry_undated: true
            }]
        );
    }
}
