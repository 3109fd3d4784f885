//! The embedded regulation data: services, calendars and counting conventions,
//! parsed once and shared.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::calendar::{Calendar, Country};
use super::regulation::Service;
use super::term::CountryConventions;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub struct Catalog {
    /// In catalogue order: by country, then id.
    pub services: Vec<Service>,
    calendars: BTreeMap<Country, Calendar>,
    conventions: BTreeMap<Country, CountryConventions>,
}

impl Catalog {
    /// The data compiled into this build. Parsed on first use.
    ///
    /// # Errors
    /// A message naming the broken file; the data tests keep this from happening.
    pub fn embedded() -> Result<&'static Catalog, &'static str> {
        static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();
        CATALOG
            .get_or_init(|| {
                Catalog::from_files(
                    embedded::SERVICE_FILES,
                    embedded::CALENDAR_FILES,
                    embedded::CONVENTION_FILES,
                )
            })
            .as_ref()
            .map_err(|e| e.as_str())
    }

    /// Builds a catalogue from `(file stem, JSON)` pairs.
    pub fn from_files(
        services: &[(&str, &str)],
        calendars: &[(&str, &str)],
        conventions: &[(&str, &str)],
    ) -> Result<Catalog, String> {
        let mut parsed = Vec::new();
        for (stem, json) in services {
            let s: Service =
                serde_json::from_str(json).map_err(|e| format!("regulations/{stem}.json: {e}"))?;
            if s.id != *stem {
                return Err(format!(
                    "regulations/{stem}.json: id '{}' differs from the file name",
                    s.id
                ));
            }
            parsed.push(s);
        }
        parsed.sort_by(|a, b| (a.country, &a.id).cmp(&(b.country, &b.id)));
        let mut cals = BTreeMap::new();
        for (stem, json) in calendars {
            let c = Calendar::from_json(json)
                .map_err(|e| format!("regulations/calendars/{stem}.json: {e}"))?;
            cals.insert(c.country(), c);
        }
        let mut convs = BTreeMap::new();
        for (stem, json) in conventions {
            let c: CountryConventions = serde_json::from_str(json)
                .map_err(|e| format!("regulations/conventions/{stem}.json: {e}"))?;
            convs.insert(c.country, c);
        }
        Ok(Catalog {
            services: parsed,
            calendars: cals,
            conventions: convs,
        })
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn service_ids(&self) -> Vec<&str> {
        self.services.iter().map(|s| s.id.as_str()).collect()
    }

    pub fn calendar(&self, country: Country) -> Option<&Calendar> {
        self.calendars.get(&country)
    }

    pub fn conventions(&self, country: Country) -> Option<&CountryConventions> {
        self.conventions.get(&country)
    }
}
