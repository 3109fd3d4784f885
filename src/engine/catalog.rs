//! The embedded regulation data: services, calendars and counting conventions,
//! parsed once and shared.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::act::{ActFile, Period};
use super::calendar::{Calendar, Country};
use super::index::IndexFile;
use super::regulation::{FeeRule, Service};
use super::term::CountryConventions;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub struct Catalog {
    /// In catalogue order: by country, then id.
    pub services: Vec<Service>,
    calendars: BTreeMap<Country, Calendar>,
    conventions: BTreeMap<Country, CountryConventions>,
    indices: BTreeMap<String, IndexFile>,
    acts: BTreeMap<String, ActFile>,
    /// Each service's in-force period (its act's, or its annex's own repeal).
    periods: BTreeMap<String, Period>,
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
                .and_then(|c| c.with_indices(embedded::INDEX_FILES))
                .and_then(|c| c.with_acts(embedded::ACT_FILES))
            })
            .as_ref()
            .map_err(|e| e.as_str())
    }

    /// The embedded data plus `services` and `acts` (`(file stem, JSON)` pairs), for
    /// unit tests that run test-only services on the real calendars, conventions,
    /// indices and acts.
    #[cfg(test)]
    pub(crate) fn embedded_with(
        services: &[(&str, &str)],
        acts: &[(&str, &str)],
    ) -> Result<Catalog, String> {
        let services: Vec<(&str, &str)> = embedded::SERVICE_FILES
            .iter()
            .chain(services)
            .copied()
            .collect();
        let acts: Vec<(&str, &str)> = embedded::ACT_FILES.iter().chain(acts).copied().collect();
        Catalog::from_files(
            &services,
            embedded::CALENDAR_FILES,
            embedded::CONVENTION_FILES,
        )?
        .with_indices(embedded::INDEX_FILES)?
        .with_acts(&acts)
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
            country_file("calendars", stem, c.country())?;
            cals.insert(c.country(), c);
        }
        let mut convs = BTreeMap::new();
        for (stem, json) in conventions {
            let c: CountryConventions = serde_json::from_str(json)
                .map_err(|e| format!("regulations/conventions/{stem}.json: {e}"))?;
            country_file("conventions", stem, c.country)?;
            convs.insert(c.country, c);
        }
        Ok(Catalog {
            services: parsed,
            calendars: cals,
            conventions: convs,
            indices: BTreeMap::new(),
            acts: BTreeMap::new(),
            periods: BTreeMap::new(),
        })
    }

    /// Adds the acts the services rest on and works out each service's in-force
    /// period; a service naming an unknown act, or bounds that contradict each other,
    /// is an error naming the file.
    pub fn with_acts(mut self, files: &[(&str, &str)]) -> Result<Catalog, String> {
        for (stem, json) in files {
            let a: ActFile = serde_json::from_str(json)
                .map_err(|e| format!("regulations/acts/{stem}.json: {e}"))?;
            if a.id != *stem {
                return Err(format!(
                    "regulations/acts/{stem}.json: id '{}' differs from the file name",
                    a.id
                ));
            }
            self.acts.insert(a.id.clone(), a);
        }
        for s in &self.services {
            let act = self.acts.get(&s.act.id).ok_or_else(|| {
                format!(
                    "regulations/{}.json: unknown act '{}' (valid: {})",
                    s.id,
                    s.act.id,
                    self.acts.keys().cloned().collect::<Vec<_>>().join(", ")
                )
            })?;
            if act.country != s.country {
                return Err(format!(
                    "regulations/{}.json: act '{}' is of another country",
                    s.id, s.act.id
                ));
            }
            let period = act
                .period(s.act.repeal.as_ref())
                .map_err(|e| format!("regulations/{}.json: {e}", s.id))?;
            self.periods.insert(s.id.clone(), period);
        }
        Ok(self)
    }

    /// The act `service` rests on. Every loaded service has one (checked at load).
    pub fn act(&self, service: &super::regulation::Service) -> &ActFile {
        &self.acts[&service.act.id]
    }

    /// The in-force period of `service`'s regulation.
    pub fn period(&self, service: &super::regulation::Service) -> &Period {
        &self.periods[&service.id]
    }

    pub fn acts(&self) -> impl Iterator<Item = &ActFile> {
        self.acts.values()
    }

    /// Adds the dated indices fees may be set in.
    pub fn with_indices(mut self, files: &[(&str, &str)]) -> Result<Catalog, String> {
        for (stem, json) in files {
            let i: IndexFile = serde_json::from_str(json)
                .map_err(|e| format!("regulations/indices/{stem}.json: {e}"))?;
            if i.id != *stem {
                return Err(format!(
                    "regulations/indices/{stem}.json: id '{}' differs from the file name",
                    i.id
                ));
            }
            if let Some(problem) = i.problems().first() {
                return Err(format!("regulations/indices/{stem}.json: {problem}"));
            }
            self.indices.insert(i.id.clone(), i);
        }
        // A fee in an index Tartip does not hold would read as "no value that day".
        for s in &self.services {
            for f in &s.fees {
                if let FeeRule::IndexMultiple { index, .. } = &f.rule {
                    if !self.indices.contains_key(index) {
                        return Err(format!(
                            "regulations/{}.json: fee '{}' names unknown index '{index}' (valid: {})",
                            s.id,
                            f.id,
                            self.indices.keys().cloned().collect::<Vec<_>>().join(", ")
                        ));
                    }
                }
            }
        }
        Ok(self)
    }

    pub fn index(&self, id: &str) -> Option<&IndexFile> {
        self.indices.get(id)
    }

    /// Reads a `regulations/`-shaped directory at run time (the CLI's `--data`), so data
    /// can be checked and tried without rebuilding.
    pub fn from_dir(dir: &std::path::Path) -> Result<Catalog, String> {
        fn read(dir: &std::path::Path) -> Result<Vec<(String, String)>, String> {
            let mut files = Vec::new();
            let entries = match std::fs::read_dir(dir) {
                Ok(e) => e,
                Err(_) => return Ok(files),
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|x| x == "json") {
                    let stem = path
                        .file_stem()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned();
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    files.push((stem, text));
                }
            }
            files.sort();
            Ok(files)
        }
        fn borrow(v: &[(String, String)]) -> Vec<(&str, &str)> {
            v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
        }
        let (services, calendars) = (read(dir)?, read(&dir.join("calendars"))?);
        let (conventions, indices) = (read(&dir.join("conventions"))?, read(&dir.join("indices"))?);
        let acts = read(&dir.join("acts"))?;
        Catalog::from_files(
            &borrow(&services),
            &borrow(&calendars),
            &borrow(&conventions),
        )?
        .with_indices(&borrow(&indices))?
        .with_acts(&borrow(&acts))
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

/// A country's file is named by its code (`kg.json`), so there is one per country and
/// none replaces another.
fn country_file(dir: &str, stem: &str, country: Country) -> Result<(), String> {
    if stem == country.code().to_lowercase() {
        Ok(())
    } else {
        Err(format!(
            "regulations/{dir}/{stem}.json: a file for {} must be named {}.json",
            country.code(),
            country.code().to_lowercase()
        ))
    }
}
