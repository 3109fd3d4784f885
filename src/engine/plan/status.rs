//! Whether the act applies on the submission date, and what to say when it does not
//! or cannot be told.

use super::super::act::{Period, Standing};
use super::types::RegulationStatus;
use super::warnings::Warning;
use super::Ctx;

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
    date: super::super::date::Date,
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
        Standing::InForce => None,
        Standing::NotYetInForce => Some(Warning::ActNotYetInForce {
            date,
            earliest: first.earliest.date,
            latest: first.latest.as_ref().map(|l| l.date),
        }),
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
