//! The dossier file: the whole application as versioned JSON, to carry it to another
//! device and import it there. Importing never guesses: a file that is not a dossier,
//! is from a newer Tartip, or is damaged is refused with a reason.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::applicant::Applicant;
use crate::engine::date::Date;

/// The format this build writes and the newest it reads.
pub const FORMAT: u32 = 1;
/// Marks a file as Tartip's, so an unrelated JSON file is told apart from a damaged one.
pub const KIND: &str = "tartip-dossier";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    pub kind: String,
    pub format: u32,
    pub service: String,
    pub situation: String,
    pub submitted: Date,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub applicant: Applicant,
    /// The documents ticked as ready.
    #[serde(default)]
    pub ticked: Vec<String>,
    /// The day the file was made.
    pub created: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotADossier,
    Newer { format: u32 },
    Damaged(String),
}

// Worded in `crate::locale::import_error` (`Display` gives the English).

impl Dossier {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a dossier serialises")
    }

    pub fn import(text: &str) -> Result<Dossier, ImportError> {
        use crate::marked::{read, MarkError};
        let value = read(text, KIND, FORMAT).map_err(|e| match e {
            MarkError::Foreign => ImportError::NotADossier,
            MarkError::Newer { format } => ImportError::Newer { format },
            MarkError::Damaged(why) => ImportError::Damaged(why),
        })?;
        serde_json::from_value(value).map_err(|e| ImportError::Damaged(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn sample() -> Dossier {
        let mut applicant = Applicant::default();
        applicant.person.full_name = "<script>alert(1)</script> \"Ä&Ö\" \u{202e}".into();
        Dossier {
            kind: KIND.into(),
            format: FORMAT,
            service: "kg-driving-licence-issue".into(),
            situation: "replace-lost".into(),
            submitted: Date::from_ymd_opt(2025, 3, 19).unwrap(),
            answers: BTreeMap::from([("citizenship".into(), "kg-citizen".into())]),
            applicant,
            ticked: vec!["pin".into()],
            created: Date::from_ymd_opt(2025, 3, 1).unwrap(),
        }
    }

    #[test]
    fn a_dossier_round_trips_with_hostile_text_intact() {
        let d = sample();
        assert_eq!(Dossier::import(&d.to_json()), Ok(d));
    }

    #[test]
    fn other_files_newer_and_damaged_dossiers_are_told_apart() {
        assert_eq!(
            Dossier::import("PK\u{3}\u{4}binary"),
            Err(ImportError::NotADossier)
        );
        assert_eq!(
            Dossier::import(r#"{"format": 1}"#),
            Err(ImportError::NotADossier)
        );
        assert_eq!(
            Dossier::import(r#"{"kind": "tartip-dossier", "format": 7}"#),
            Err(ImportError::Newer { format: 7 })
        );
        let json = sample().to_json();
        let truncated = &json[..json.len() / 2];
        assert!(matches!(
            Dossier::import(truncated),
            Err(ImportError::Damaged(_))
        ));
        let broken = json.replace("\"2025-03-19\"", "\"2025-02-30\"");
        assert!(matches!(
            Dossier::import(&broken),
            Err(ImportError::Damaged(_))
        ));
        let no_service = json.replace("\"service\"", "\"servise\"");
        assert!(matches!(
            Dossier::import(&no_service),
            Err(ImportError::Damaged(_))
        ));
    }
}
