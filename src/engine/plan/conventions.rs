//! The counting rules a plan used, each with the law it rests on as in force on the
//! submission date, or with its line in the regulation: the general rules, the working
//! day for terms in hours, how steps chain, and any rule the regulation sets for one of
//! its terms.

use super::types::{
    Completion, ConventionOrigin, ConventionText, ConventionUsed, OtherStartReading, PlannedStep,
};
use super::Ctx;
use crate::engine::act::Period;
use crate::engine::source::{LegalRef, Source};
use crate::engine::term::{bases_on, BasisRole, Conventions, DatedBasis, Start};

impl Ctx<'_> {
    /// A general rule resting on the law in force on the submission date.
    fn general(&self, id: &str, text: ConventionText, bases: &[DatedBasis]) -> ConventionUsed {
        let (main, others) = bases_on(bases, self.submitted);
        ConventionUsed {
            id: id.into(),
            text,
            origin: ConventionOrigin::GeneralRule,
            legal_basis: main.map(|b| b.source.clone()),
            basis_reading: main.and_then(|b| b.reading.clone()),
            also: others.into_iter().cloned().collect(),
            source: None,
        }
    }

    /// Where a law in force on the date can be read as counting the day of the event as
    /// day one (against the rule Tartip follows), the completion on that reading, when
    /// it differs: both readings are shown rather than one picked silently.
    pub(super) fn completion_on_other_start(
        &self,
        used: &[ConventionUsed],
        completion: &Completion,
        period: &Period,
    ) -> Option<OtherStartReading> {
        if self.general.start != Start::NextDay {
            return None;
        }
        let law = used
            .iter()
            .find(|c| c.id == "event-day-not-counted")?
            .also
            .iter()
            .find(|b| b.role == BasisRole::Conflict)?
            .source
            .clone();
        let other = Ctx {
            general: Conventions {
                start: Start::SameDay,
                ..self.general
            },
            day: self.day.clone(),
            ..*self
        };
        let latest = other.timeline(period, &mut Vec::new()).completion.latest?;
        (completion.latest != Some(latest)).then_some(OtherStartReading { latest, law })
    }

    /// A rule the regulation itself sets, at its lines.
    fn own(id: String, text: ConventionText, source: Source) -> ConventionUsed {
        ConventionUsed {
            id,
            text,
            origin: ConventionOrigin::Regulation,
            legal_basis: None,
            basis_reading: None,
            also: Vec::new(),
            source: Some(source),
        }
    }

    pub fn conventions_used(&self, steps: &[PlannedStep]) -> Vec<ConventionUsed> {
        let country = self.catalog.conventions(self.service.country);
        let mut out: Vec<ConventionUsed> = country
            .map(|c| {
                c.rules
                    .iter()
                    .map(|r| {
                        self.general(
                            &r.id,
                            ConventionText::Stated {
                                text: r.text.clone(),
                            },
                            &r.bases,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let in_hours = steps
            .iter()
            .any(|s| s.term.as_ref().is_some_and(|t| t.unit.is_sub_day()));
        match (&self.service.office_hours, country) {
            (Some(h), _) if in_hours => {
                let text = ConventionText::OfficeHours {
                    open: h.open,
                    close: h.close,
                    breaks: h.breaks.clone(),
                };
                out.push(Self::own("office-hours".into(), text, h.source.clone()));
            }
            (None, Some(c)) if in_hours => out.push(self.general(
                "working-day",
                ConventionText::Stated {
                    text: c.working_day.text.clone(),
                },
                &c.working_day.bases,
            )),
            _ => {}
        }
        if let Some(eve) = self
            .calendar
            .file
            .shortened_days
            .first()
            .filter(|_| in_hours)
        {
            out.push(self.general(
                "shortened-eve",
                ConventionText::ShortenedEve { hours: eve.hours },
                &[always(eve.source.clone())],
            ));
        }
        if steps.iter().filter(|s| s.contingency.is_none()).count() > 1 {
            // How steps chain rests on the rule that a term starts the day after its event.
            let bases = country
                .and_then(|c| c.rules.iter().find(|r| r.id == "event-day-not-counted"))
                .map(|r| r.bases.clone())
                .unwrap_or_default();
            out.push(self.general("step-chaining", ConventionText::StepChaining, &bases));
        }
        for step in self.applicable_steps() {
            if let Some(o) = step.term.as_ref().and_then(|t| t.conventions.as_ref()) {
                out.push(Self::own(
                    format!("step-{}", step.id),
                    ConventionText::StepOwnRule {
                        step: step.id.clone(),
                        quote: o.source.quote.clone(),
                    },
                    o.source.clone(),
                ));
            }
        }
        out
    }
}

/// A basis with no period of its own (in force whenever the rule is used).
fn always(source: LegalRef) -> DatedBasis {
    DatedBasis {
        from: crate::engine::date::Date::MIN,
        to: None,
        role: Default::default(),
        source,
        reading: None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::engine::calendar::Country;
    use crate::engine::catalog::Catalog;
    use crate::engine::clock::ClockTime;
    use crate::engine::plan::testing::{answers, ctx, d, source, src, term, Fixture};
    use crate::engine::plan::types::{ConventionOrigin, ConventionText, ConventionUsed};

    /// The conventions the fixture's plan used on `day`, in the first situation.
    fn used(c: &Catalog, day: &str) -> Vec<ConventionUsed> {
        let a = answers(&[]);
        let x = ctx(c, "first", d(day), &a);
        let t = x.timeline(c.period(x.service), &mut Vec::new());
        x.conventions_used(&t.steps)
    }

    fn ids(u: &[ConventionUsed]) -> Vec<&str> {
        u.iter().map(|c| c.id.as_str()).collect()
    }

    fn find<'a>(u: &'a [ConventionUsed], id: &str) -> &'a ConventionUsed {
        u.iter().find(|c| c.id == id).unwrap()
    }

    /// The number of the law a rule rests on.
    fn law(c: &ConventionUsed) -> &str {
        c.legal_basis.as_ref().unwrap().number.as_deref().unwrap()
    }

    #[test]
    fn the_general_rules_cite_the_law_in_force_on_the_submission_date() {
        let c = Fixture::new().catalog();
        let rules = &c.conventions(Country::KZ).unwrap().rules;
        let u = used(&c, "2020-03-02");
        assert_eq!(
            ids(&u),
            [
                "event-day-not-counted",
                "month-end",
                "end-on-day-off",
                "working-days",
                "step-chaining"
            ]
        );
        // The Civil Code's art. 173, with the Law on administrative procedures' art. 12-1
        // (in force 14.07.2013–30.06.2021), which can be read otherwise.
        let event = &rules[0];
        assert_eq!(
            u[0],
            ConventionUsed {
                id: "event-day-not-counted".into(),
                text: ConventionText::Stated {
                    text: event.text.clone()
                },
                origin: ConventionOrigin::GeneralRule,
                legal_basis: Some(event.bases[0].source.clone()),
                basis_reading: event.bases[0].reading.clone(),
                also: vec![event.bases[1].clone()],
                source: None,
            }
        );
        // How steps chain rests on the same rule and law.
        let chaining = find(&u, "step-chaining");
        assert_eq!(chaining.text, ConventionText::StepChaining);
        assert_eq!(
            (chaining.legal_basis.as_ref(), &chaining.also),
            (u[0].legal_basis.as_ref(), &u[0].also)
        );
        // After 30.06.2021 art. 12-1 is gone.
        assert_eq!(used(&c, "2022-03-01")[0].also, []);
        // Working days: the Civil Code to 29.02.2016, the Law on legal acts from 01.03.2016.
        assert_eq!(
            law(find(&used(&c, "2016-02-29"), "working-days")),
            "№ 268-XIII"
        );
        assert_eq!(law(find(&used(&c, "2016-03-01"), "working-days")), "№ 88-V");
    }

    #[test]
    fn one_step_on_the_path_chains_nothing() {
        let c = Fixture::new()
            .step_field("2", "when", json!({"situation_in": ["renewal"]}))
            .catalog();
        assert!(!ids(&used(&c, "2025-03-19")).contains(&"step-chaining"));
        // A contingency is not a link of the chain either.
        let c = Fixture::new()
            .step_field("2", "contingency", json!({"en": "if the review fails"}))
            .catalog();
        assert!(!ids(&used(&c, "2025-03-19")).contains(&"step-chaining"));
    }

    #[test]
    fn hours_without_office_hours_run_in_the_labour_codes_working_day() {
        // The 2007 Labour Code's 8-hour day until 31.12.2015, the 2015 Code's from 2016.
        let c = Fixture::new()
            .step_field("2", "term", term("within", 2, "hours"))
            .catalog();
        let day = &c.conventions(Country::KZ).unwrap().working_day;
        let u = used(&c, "2015-12-31");
        assert_eq!(
            ids(&u)[4..],
            ["working-day", "step-chaining"],
            "no shortened eve: the KZ calendar has none"
        );
        let w = find(&u, "working-day");
        assert_eq!(
            w.text,
            ConventionText::Stated {
                text: day.text.clone()
            }
        );
        assert_eq!(
            (w.origin, law(w)),
            (ConventionOrigin::GeneralRule, "№ 251-III")
        );
        assert_eq!(law(find(&used(&c, "2016-01-01"), "working-day")), "№ 414-V");
    }

    #[test]
    fn hours_within_the_regulations_office_hours_cite_its_line() {
        let f = Fixture::new().office_hours("09:00", "18:00", &[["13:00", "14:00"]]);
        // No step in hours: the office hours are not a counting rule of this plan.
        assert!(!ids(&used(&f.catalog(), "2025-03-19")).contains(&"office-hours"));
        let c = f
            .step_field("2", "term", term("within", 2, "hours"))
            .catalog();
        let u = used(&c, "2025-03-19");
        let t = |s: &str| ClockTime::parse(s).unwrap();
        assert_eq!(
            *find(&u, "office-hours"),
            ConventionUsed {
                id: "office-hours".into(),
                text: ConventionText::OfficeHours {
                    open: t("09:00"),
                    close: t("18:00"),
                    breaks: vec![[t("13:00"), t("14:00")]],
                },
                origin: ConventionOrigin::Regulation,
                legal_basis: None,
                basis_reading: None,
                also: vec![],
                source: Some(source("hours")),
            }
        );
        assert!(!ids(&u).contains(&"working-day"));
    }

    #[test]
    fn in_kyrgyzstan_hours_are_shortened_on_the_eve_of_a_holiday() {
        // kg.json shortens the eve of a holiday by one hour (Labour Code 2004, art. 96).
        let c = Fixture::new()
            .in_kyrgyzstan()
            .step_field("2", "term", term("within", 2, "hours"))
            .catalog();
        let eve = c.calendar(Country::KG).unwrap().file.shortened_days[0]
            .source
            .clone();
        let u = used(&c, "2025-03-19");
        assert_eq!(
            ids(&u)[4..],
            ["working-day", "shortened-eve", "step-chaining"]
        );
        let s = find(&u, "shortened-eve");
        assert_eq!(s.text, ConventionText::ShortenedEve { hours: 1 });
        assert_eq!(
            (s.legal_basis.as_ref(), s.origin),
            (Some(&eve), ConventionOrigin::GeneralRule)
        );
        // Steps in days only: no working day, no eve.
        let c = Fixture::new().in_kyrgyzstan().catalog();
        assert_eq!(ids(&used(&c, "2025-03-19"))[4..], ["step-chaining"]);
    }

    #[test]
    fn a_rule_the_regulation_sets_for_one_step_is_quoted_where_that_step_applies() {
        let own = |f: Fixture| {
            f.edit(|s| {
                s["steps"][0]["term"]["conventions"] =
                    json!({"start": "same_day", "source": src("counted from that day")})
            })
        };
        let c = own(Fixture::new()).catalog();
        let u = used(&c, "2025-03-19");
        assert_eq!(
            u.last(),
            Some(&ConventionUsed {
                id: "step-1".into(),
                text: ConventionText::StepOwnRule {
                    step: "1".into(),
                    quote: "counted from that day".into()
                },
                origin: ConventionOrigin::Regulation,
                legal_basis: None,
                basis_reading: None,
                also: vec![],
                source: Some(source("counted from that day")),
            })
        );
        let c = own(Fixture::new().step_field("1", "when", json!({"situation_in": ["renewal"]})))
            .catalog();
        assert!(!ids(&used(&c, "2025-03-19")).contains(&"step-1"));
    }
}
