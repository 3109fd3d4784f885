//! The counting rules a plan used, each with the law it rests on as in force on the
//! submission date, or with its line in the regulation: the general rules, the working
//! day for terms in hours, how steps chain, and any rule the regulation sets for one of
//! its terms.

use super::super::source::{LegalRef, Source};
use super::super::term::{bases_on, DatedBasis};
use super::types::{ConventionOrigin, ConventionText, ConventionUsed, PlannedStep};
use super::Ctx;

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
        from: super::super::date::Date::MIN,
        to: None,
        role: Default::default(),
        source,
        reading: None,
    }
}
