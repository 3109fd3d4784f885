//! A dossier: one organisation's application for one service and situation, planned for
//! a date, with the state of each document as the organisation gathers it.
//!
//! The documents required are not stored: they come from the plan for the dossier's
//! answers, so they follow the answers. A record is kept for each document the
//! organisation has touched, and it is never dropped when the plan stops asking for the
//! document (the review sets it aside instead), so changing an answer back loses
//! nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::cycle::Exported;
use crate::engine::date::Date;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgDossier {
    pub id: String,
    /// The organisation, by its id.
    pub organisation: String,
    pub service: String,
    pub situation: String,
    /// The day the organisation plans to submit.
    pub planned: Date,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// What the organisation has recorded, by document id.
    #[serde(default)]
    pub documents: BTreeMap<String, DocRecord>,
    /// What the last calendar export said of each event, so the next keeps its UIDs.
    #[serde(default, skip_serializing_if = "Exported::is_empty")]
    pub calendar: Exported,
}

/// Where a document stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    #[default]
    Missing,
    InPreparation,
    Ready,
    /// Not needed for this organisation, and why (an exemption the text allows).
    NotApplicable {
        reason: String,
    },
}

/// What the organisation has recorded about one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocRecord {
    pub status: DocStatus,
    /// The date the document carries.
    pub issued: Option<Date>,
    /// The last day it is valid, entered by hand where the regulation sets no window
    /// (a certificate's own term); a window the regulation sets takes precedence.
    pub expires: Option<Date>,
    pub note: String,
    /// Who prepares it, by person id.
    pub responsible: Option<String>,
    /// The files kept on the device for it.
    pub files: Vec<FileMeta>,
}

/// A file attached to a document: its bytes live in the browser's storage under its
/// hash, so an export carries them and an import checks them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileMeta {
    pub name: String,
    /// The media type the browser gave, e.g. `application/pdf`.
    pub mime: String,
    pub size: u64,
    /// SHA-256 of the bytes, 64 lowercase hex digits.
    pub sha256: String,
}

impl FileMeta {
    /// Whether `sha256` has the shape of a SHA-256 in lowercase hex.
    pub fn hash_well_formed(&self) -> bool {
        self.sha256.len() == 64
            && self
                .sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }
}

impl OrgDossier {
    /// The record for `document`, empty (missing) when none is kept yet.
    pub fn record(&self, document: &str) -> std::borrow::Cow<'_, DocRecord> {
        match self.documents.get(document) {
            Some(r) => std::borrow::Cow::Borrowed(r),
            None => std::borrow::Cow::Owned(DocRecord::default()),
        }
    }

    /// The request for this dossier's plan.
    pub fn request(&self) -> crate::engine::plan::Request<'_> {
        crate::engine::plan::Request {
            service: &self.service,
            situation: &self.situation,
            submitted: self.planned,
            submitted_at: None,
            answers: self.answers.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written() {
        let r = DocRecord {
            status: DocStatus::NotApplicable {
                reason: "no branches".into(),
            },
            note: "asked the ministry".into(),
            ..DocRecord::default()
        };
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["status"]["not_applicable"]["reason"], "no branches");
        let back: DocRecord = serde_json::from_value(json).unwrap();
        assert_eq!(back, r);
        let missing: DocRecord = serde_json::from_str("{}").unwrap();
        assert_eq!(missing.status, DocStatus::Missing);
        let ready: DocRecord = serde_json::from_str(r#"{"status": "ready"}"#).unwrap();
        assert_eq!(ready.status, DocStatus::Ready);
    }

    #[test]
    fn only_a_lowercase_sixty_four_digit_hash_is_well_formed() {
        let mut f = FileMeta {
            name: "charter.pdf".into(),
            mime: "application/pdf".into(),
            size: 3,
            sha256: "ab".repeat(32),
        };
        assert!(f.hash_well_formed());
        f.sha256 = "AB".repeat(32);
        assert!(!f.hash_well_formed());
        f.sha256 = "ab".repeat(31);
        assert!(!f.hash_well_formed());
    }
}
