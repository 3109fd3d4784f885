//! What Tartip keeps on the device, and how a stored copy is read back.
//!
//! Pure: the browser layer (`ui::storage`) only moves the JSON string in and out of
//! `localStorage`. Reading never destroys anything: a copy that is damaged or from a
//! newer Tartip is reported and left as it is until the user clears it.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::engine::date::{parse_date, Date};
use crate::engine::text::Lang;
use crate::package::applicant::Applicant;
use crate::package::dossier::Dossier;

/// The format this build writes.
pub const FORMAT: u32 = 1;

/// The `localStorage` key of the store.
pub const KEY: &str = "tartip.store";

/// The `localStorage` key of the chosen language.
pub const LANG_KEY: &str = "tartip.lang";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Store {
    pub format: u32,
    #[serde(default)]
    pub applications: Vec<SavedApplication>,
    /// Ticked documents per `service/situation`, for the checklist.
    #[serde(default)]
    pub ticks: BTreeMap<String, Vec<String>>,
    /// The applicant's details, reused across applications.
    #[serde(default)]
    pub details: Option<Box<Applicant>>,
    /// The help desk's recent look-ups, the latest first. Added within format 1: a copy
    /// without it loads, one without any is written as before, and an entry that does
    /// not read is dropped rather than making the whole copy unreadable (the list only
    /// saves typing).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_recent"
    )]
    pub recent: Vec<Recent>,
}

/// One help-desk look-up: which card, on which date, in which language. Never the
/// caller's answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recent {
    pub service: String,
    pub situation: String,
    #[serde(deserialize_with = "strict_date")]
    pub submitted: Date,
    pub lang: Lang,
}

/// How many look-ups the desk keeps.
pub const RECENT_MAX: usize = 8;

/// The readable entries of a saved list of look-ups; anything else is dropped.
fn lenient_recent<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Recent>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(match value {
        serde_json::Value::Array(items) => items
            .into_iter()
            .filter_map(|i| serde_json::from_value::<Recent>(i).ok())
            .take(RECENT_MAX)
            .collect(),
        _ => Vec::new(),
    })
}

/// An empty store in the format this build writes.
impl Default for Store {
    fn default() -> Self {
        Store {
            format: FORMAT,
            applications: Vec::new(),
            ticks: BTreeMap::new(),
            details: None,
            recent: Vec::new(),
        }
    }
}

/// Dates are kept as `YYYY-MM-DD` strings, as format 1 always wrote them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedApplication {
    /// `service/situation/submitted`: saving the same again updates it.
    pub id: String,
    pub service: String,
    pub situation: String,
    #[serde(deserialize_with = "strict_date")]
    pub submitted: Date,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The day it was saved.
    #[serde(deserialize_with = "strict_date")]
    pub saved_on: Date,
}

/// A stored date in the one form Tartip writes (`YYYY-MM-DD`); anything else makes the
/// copy unreadable with a message naming the value.
fn strict_date<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    parse_date(&s).map_err(serde::de::Error::custom)
}

/// The id of a saved application: saving the same service, situation and date again
/// updates it.
pub fn application_id(service: &str, situation: &str, submitted: Date) -> String {
    format!("{service}/{situation}/{submitted}")
}

/// Whose checklist ticks these are: one list per service and situation.
pub fn ticks_key(service: &str, situation: &str) -> String {
    format!("{service}/{situation}")
}

impl SavedApplication {
    pub fn new(
        service: &str,
        situation: &str,
        submitted: Date,
        answers: BTreeMap<String, String>,
        today: Date,
    ) -> Self {
        SavedApplication {
            id: application_id(service, situation, submitted),
            service: service.to_string(),
            situation: situation.to_string(),
            submitted,
            answers,
            saved_on: today,
        }
    }
}

/// Something already saved that an import would replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportConflict {
    /// An application with the same service, situation and date, with other answers.
    Application(String),
    /// Other applicant details.
    Details,
}

/// What reading the stored copy found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    Ready(Store),
    /// Written by a newer Tartip: left untouched.
    Newer {
        format: u32,
    },
    /// Not a store Tartip can read: left untouched.
    Broken {
        error: String,
    },
}

impl Loaded {
    /// The store to work with, if it may be written back.
    pub fn writable(&self) -> Option<Store> {
        match self {
            Loaded::Empty => Some(Store::default()),
            Loaded::Ready(s) => Some(s.clone()),
            Loaded::Newer { .. } | Loaded::Broken { .. } => None,
        }
    }
}

/// Reads a stored copy. Older formats are migrated here, step by step, when there are
/// any; format 1 is the first.
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Loaded::Empty;
    };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            return Loaded::Broken {
                error: format!("not JSON: {e}"),
            }
        }
    };
    let format = match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) => f as u32,
        None => {
            return Loaded::Broken {
                error: "no format number".into(),
            }
        }
    };
    if format > FORMAT {
        return Loaded::Newer { format };
    }
    if format < 1 {
        return Loaded::Broken {
            error: format!("unknown format {format}"),
        };
    }
    match serde_json::from_value::<Store>(value) {
        Ok(store) => Loaded::Ready(store),
        Err(e) => Loaded::Broken {
            error: e.to_string(),
        },
    }
}

impl Store {
    /// Adds `app`, replacing one with the same id.
    pub fn save(&mut self, app: SavedApplication) {
        self.applications.retain(|a| a.id != app.id);
        self.applications.insert(0, app);
    }

    /// What importing `d` would replace: an application saved under the same id, or
    /// other applicant details. The app asks before replacing either.
    pub fn import_conflicts(&self, d: &Dossier) -> Vec<ImportConflict> {
        let mut out = Vec::new();
        let id = application_id(&d.service, &d.situation, d.submitted);
        if let Some(a) = self.applications.iter().find(|a| a.id == id) {
            if a.answers != d.answers {
                out.push(ImportConflict::Application(a.id.clone()));
            }
        }
        if self
            .details
            .as_ref()
            .is_some_and(|x| **x != d.applicant && **x != Applicant::default())
        {
            out.push(ImportConflict::Details);
        }
        out
    }

    /// Takes in a dossier: the application, its ticks and the applicant's details.
    /// (A dossier's dates are dates: `Dossier::import` refuses a file whose are not.)
    pub fn import(&mut self, d: &Dossier, today: Date) {
        self.save(SavedApplication::new(
            &d.service,
            &d.situation,
            d.submitted,
            d.answers.clone(),
            today,
        ));
        self.ticks
            .insert(ticks_key(&d.service, &d.situation), d.ticked.clone());
        if d.applicant != Applicant::default() {
            self.details = Some(Box::new(d.applicant.clone()));
        }
    }

    /// Puts a look-up first; an earlier one of the same card (service and situation)
    /// gives way, and the oldest beyond [`RECENT_MAX`] are forgotten.
    pub fn remember(&mut self, r: Recent) {
        self.recent
            .retain(|x| (&x.service, &x.situation) != (&r.service, &r.situation));
        self.recent.insert(0, r);
        self.recent.truncate(RECENT_MAX);
    }

    pub fn delete(&mut self, id: &str) {
        self.applications.retain(|a| a.id != id);
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a store serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn app(situation: &str) -> SavedApplication {
        let answers = BTreeMap::from([("citizenship".to_string(), "kg-citizen".to_string())]);
        SavedApplication::new(
            "kg-driving-licence-issue",
            situation,
            d("2025-03-19"),
            answers,
            d("2025-03-01"),
        )
    }

    #[test]
    fn a_store_round_trips_and_saving_again_updates() {
        let mut s = load(None).writable().unwrap();
        s.save(app("replace-lost"));
        s.save(app("intl-in-person"));
        s.save(app("replace-lost"));
        assert_eq!(s.applications.len(), 2);
        assert_eq!(
            s.applications[0].situation, "replace-lost",
            "the latest first"
        );
        assert_eq!(load(Some(&s.to_json())), Loaded::Ready(s.clone()));
        s.delete("kg-driving-licence-issue/replace-lost/2025-03-19");
        assert_eq!(s.applications.len(), 1);
    }

    #[test]
    fn damaged_or_newer_copies_are_reported_and_never_writable() {
        for raw in [
            "{not json",
            "[]",
            r#"{"applications": []}"#,
            r#"{"format": 1, "applications": 7}"#,
            r#"{"format": 0}"#,
        ] {
            let l = load(Some(raw));
            assert!(matches!(l, Loaded::Broken { .. }), "{raw}: {l:?}");
            assert!(l.writable().is_none());
        }
        let l = load(Some(r#"{"format": 9, "whatever": true}"#));
        assert_eq!(l, Loaded::Newer { format: 9 });
        assert!(l.writable().is_none());
        assert_eq!(load(Some("  ")), Loaded::Empty);
    }

    /// A copy written before the dates were typed (format 1 kept them as strings, and
    /// still does): it loads with the same dates and is written back the same way.
    #[test]
    fn a_copy_saved_with_string_dates_still_loads() {
        let old = r#"{"format":1,"applications":[{"id":"kg-driving-licence-issue/replace-lost/2025-03-19","service":"kg-driving-licence-issue","situation":"replace-lost","submitted":"2025-03-19","answers":{"citizenship":"kg-citizen"},"saved_on":"2025-03-01"}],"ticks":{"kg-driving-licence-issue/replace-lost":["pin"]},"details":null}"#;
        let Loaded::Ready(store) = load(Some(old)) else {
            panic!("{:?}", load(Some(old)))
        };
        assert_eq!(store.applications, [app("replace-lost")]);
        assert_eq!(store.applications[0].submitted, d("2025-03-19"));
        assert_eq!(store.applications[0].saved_on, d("2025-03-01"));
        assert_eq!(store.to_json(), old, "written back in the same form");
    }

    /// A date Tartip would never have written makes the copy unreadable: the message
    /// names the value, nothing panics, and the copy is not writable (so not lost).
    #[test]
    fn a_saved_copy_with_a_bad_date_is_reported_not_guessed() {
        let copy = |submitted: &str, saved_on: &str| {
            format!(
                r#"{{"format":1,"applications":[{{"id":"x","service":"s","situation":"t","submitted":{submitted},"saved_on":{saved_on}}}]}}"#
            )
        };
        for (raw, named) in [
            (copy(r#""2025-02-30""#, r#""2025-03-01""#), "'2025-02-30'"),
            (copy(r#""19.03.2025""#, r#""2025-03-01""#), "'19.03.2025'"),
            (copy("20250319", r#""2025-03-01""#), "integer"),
            (copy(r#""2025-03-19""#, r#""""#), "''"),
        ] {
            let l = load(Some(&raw));
            let Loaded::Broken { error } = &l else {
                panic!("{raw}: {l:?}")
            };
            assert!(error.contains(named), "{raw}: {error}");
            assert!(l.writable().is_none());
        }
    }

    fn recent(situation: &str, lang: Lang) -> Recent {
        Recent {
            service: "kg-driving-licence-issue".into(),
            situation: situation.into(),
            submitted: d("2025-03-19"),
            lang,
        }
    }

    #[test]
    fn look_ups_are_kept_latest_first_once_per_card_and_few() {
        let mut s = Store::default();
        s.remember(recent("replace-lost", Lang::Ru));
        s.remember(recent("intl-in-person", Lang::Kk));
        s.remember(recent("replace-lost", Lang::Ky));
        let got: Vec<(&str, Lang)> = s
            .recent
            .iter()
            .map(|r| (r.situation.as_str(), r.lang))
            .collect();
        assert_eq!(
            got,
            [("replace-lost", Lang::Ky), ("intl-in-person", Lang::Kk)]
        );
        for i in 0..20 {
            s.remember(recent(&format!("s{i}"), Lang::En));
        }
        assert_eq!(s.recent.len(), RECENT_MAX);
        assert_eq!(s.recent[0].situation, "s19");
        assert_eq!(load(Some(&s.to_json())), Loaded::Ready(s.clone()));
        let entry = serde_json::to_value(&s.recent[0]).unwrap();
        let keys: Vec<&String> = entry.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["lang", "service", "situation", "submitted"],
            "nothing but the card's name, date and language"
        );
    }

    /// The look-ups came after format 1: copies without them load, a store without
    /// any is written as before, and a damaged list costs only the list.
    #[test]
    fn look_ups_keep_the_saved_format_and_a_damaged_list_costs_only_itself() {
        let without = r#"{"format":1,"applications":[],"ticks":{},"details":null}"#;
        let Loaded::Ready(store) = load(Some(without)) else {
            panic!()
        };
        assert!(store.recent.is_empty());
        assert_eq!(
            store.to_json(),
            without,
            "written back without the new field"
        );
        for (raw, kept) in [
            (r#"{"format":1,"recent":7}"#, 0),
            (r#"{"format":1,"recent":null}"#, 0),
            (
                r#"{"format":1,"recent":[{"service":"a","situation":"b","submitted":"2025-02-30","lang":"ru"},{"service":"a","situation":"c","submitted":"2025-03-19","lang":"xx"},{"service":"a","situation":"d","submitted":"2025-03-19","lang":"kk"},"junk"]}"#,
                1,
            ),
        ] {
            let l = load(Some(raw));
            let Loaded::Ready(store) = &l else {
                panic!("{raw}: {l:?}")
            };
            assert_eq!(store.recent.len(), kept, "{raw}");
        }
    }

    #[test]
    fn hostile_text_is_kept_as_text() {
        let mut s = load(None).writable().unwrap();
        let mut a = app("replace-lost");
        a.answers
            .insert("note".into(), "<script>alert(1)</script>\"&\u{202E}".into());
        s.save(a.clone());
        let Loaded::Ready(back) = load(Some(&s.to_json())) else {
            panic!()
        };
        assert_eq!(back.applications[0], a);
    }

    #[test]
    fn importing_a_dossier_asks_before_replacing_anything() {
        let dossier = |answer: &str, name: &str| {
            let mut applicant = Applicant::default();
            applicant.person.full_name = name.into();
            Dossier {
                kind: crate::package::dossier::KIND.into(),
                format: crate::package::dossier::FORMAT,
                service: "kg-driving-licence-issue".into(),
                situation: "replace-lost".into(),
                submitted: crate::engine::date::Date::from_ymd_opt(2025, 3, 19).unwrap(),
                answers: BTreeMap::from([("citizenship".into(), answer.into())]),
                applicant,
                ticked: vec!["pin".into()],
                created: crate::engine::date::Date::from_ymd_opt(2025, 3, 1).unwrap(),
            }
        };
        let mut store = Store {
            format: FORMAT,
            ..Store::default()
        };
        let first = dossier("kg-citizen", "Асель");
        assert_eq!(store.import_conflicts(&first), vec![]);
        store.import(&first, d("2025-03-02"));
        assert_eq!(store.applications.len(), 1);
        assert_eq!(
            store.ticks["kg-driving-licence-issue/replace-lost"],
            ["pin"]
        );
        assert_eq!(store.details.as_ref().unwrap().person.full_name, "Асель");
        // The same file again replaces nothing new.
        assert_eq!(store.import_conflicts(&first), vec![]);
        let other = dossier("foreigner", "Бакыт");
        assert_eq!(
            store.import_conflicts(&other),
            vec![
                ImportConflict::Application(
                    "kg-driving-licence-issue/replace-lost/2025-03-19".into()
                ),
                ImportConflict::Details
            ]
        );
    }
}
