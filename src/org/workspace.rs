//! Everything an organisation keeps on the device, as one versioned record: its
//! profile, its people and its dossiers. Export writes it; import reads it back,
//! refuses what is not sound, and shows what it would add and replace before anything
//! changes.

use serde::{Deserialize, Serialize};

use super::dossier::OrgDossier;
use super::profile::{Organisation, Person};

/// The format this build writes and the newest it reads.
pub const FORMAT: u32 = 1;
/// Marks a file as Tartip's organisation workspace.
pub const KIND: &str = "tartip-organisations";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub kind: String,
    pub format: u32,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub dossiers: Vec<OrgDossier>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            kind: KIND.into(),
            format: FORMAT,
            organisations: vec![],
            people: vec![],
            dossiers: vec![],
        }
    }
}

/// Why a file cannot be imported. Nothing changes when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    /// Not Tartip's organisation file at all.
    Foreign,
    /// From a newer Tartip.
    Newer { format: u32 },
    /// Tartip's, but cut short, edited or otherwise unreadable.
    Damaged(String),
    /// Two records share an id.
    DuplicateId { what: Record, id: String },
    /// A record refers to one that is not there.
    Dangling {
        what: Record,
        id: String,
        missing: String,
    },
    /// A file's hash is not a SHA-256.
    BadHash { dossier: String, file: String },
}

/// Which kind of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Organisation,
    Person,
    Dossier,
}

/// One record, by kind and id.
pub type Key = (Record, String);

/// What an import would do, shown before it does anything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportPreview {
    /// Records the device does not have.
    pub added: Vec<Key>,
    /// Records the device has with other contents: the user chooses for each.
    pub conflicts: Vec<Key>,
    /// Records the device already has as they are.
    pub unchanged: Vec<Key>,
}

impl Workspace {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a workspace serialises")
    }

    /// Reads and checks a workspace file.
    ///
    /// # Errors
    /// A foreign, newer, damaged or inconsistent file, with the reason.
    pub fn import(text: &str) -> Result<Workspace, WorkspaceError> {
        use crate::marked::{read, MarkError};
        let value = read(text, KIND, FORMAT).map_err(|e| match e {
            MarkError::Foreign => WorkspaceError::Foreign,
            MarkError::Newer { format } => WorkspaceError::Newer { format },
            MarkError::Damaged(why) => WorkspaceError::Damaged(why),
        })?;
        let w: Workspace =
            serde_json::from_value(value).map_err(|e| WorkspaceError::Damaged(e.to_string()))?;
        w.check()?;
        Ok(w)
    }

    /// Ids are unique per kind, every reference names a record that is there, and
    /// every file's hash is well formed.
    ///
    /// # Errors
    /// The first problem found.
    pub fn check(&self) -> Result<(), WorkspaceError> {
        let mut seen = std::collections::BTreeSet::new();
        for key in self.keys() {
            if !seen.insert(key.clone()) {
                return Err(WorkspaceError::DuplicateId {
                    what: key.0,
                    id: key.1,
                });
            }
        }
        let has = |what: Record, id: &str| seen.contains(&(what, id.to_string()));
        let dangling = |what: Record, id: &str, missing: &str| WorkspaceError::Dangling {
            what,
            id: id.into(),
            missing: missing.into(),
        };
        for o in &self.organisations {
            if let Some(h) = o.head.as_deref().filter(|h| !has(Record::Person, h)) {
                return Err(dangling(Record::Organisation, &o.id, h));
            }
        }
        for p in &self.people {
            if !has(Record::Organisation, &p.organisation) {
                return Err(dangling(Record::Person, &p.id, &p.organisation));
            }
        }
        for d in &self.dossiers {
            if !has(Record::Organisation, &d.organisation) {
                return Err(dangling(Record::Dossier, &d.id, &d.organisation));
            }
            for r in d.documents.values() {
                if let Some(who) = r.responsible.as_deref().filter(|p| !has(Record::Person, p)) {
                    return Err(dangling(Record::Dossier, &d.id, who));
                }
                if let Some(f) = r.files.iter().find(|f| !f.hash_well_formed()) {
                    return Err(WorkspaceError::BadHash {
                        dossier: d.id.clone(),
                        file: f.name.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Every record's key, in the file's order.
    pub fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        let orgs = self
            .organisations
            .iter()
            .map(|o| (Record::Organisation, o.id.clone()));
        let people = self.people.iter().map(|p| (Record::Person, p.id.clone()));
        let dossiers = self
            .dossiers
            .iter()
            .map(|d| (Record::Dossier, d.id.clone()));
        orgs.chain(people).chain(dossiers)
    }

    /// What importing `incoming` into this workspace would add, replace and leave.
    pub fn preview(&self, incoming: &Workspace) -> ImportPreview {
        let mut out = ImportPreview::default();
        for key in incoming.keys() {
            let list = match (self.json_of(&key), incoming.json_of(&key)) {
                (None, _) => &mut out.added,
                (Some(mine), Some(theirs)) if mine == theirs => &mut out.unchanged,
                _ => &mut out.conflicts,
            };
            list.push(key);
        }
        out
    }

    /// `incoming` merged in: what this workspace lacks is added, and of the conflicts
    /// only those in `replace` take the incoming version; the rest stay as they are.
    pub fn merge(&self, incoming: &Workspace, replace: &[Key]) -> Workspace {
        let mut out = self.clone();
        let preview = self.preview(incoming);
        let take = |key: &Key| preview.added.contains(key) || replace.contains(key);
        for o in incoming.organisations.iter() {
            let key = (Record::Organisation, o.id.clone());
            if take(&key) {
                upsert(&mut out.organisations, o.clone(), |x| x.id == o.id);
            }
        }
        for p in incoming.people.iter() {
            if take(&(Record::Person, p.id.clone())) {
                upsert(&mut out.people, p.clone(), |x| x.id == p.id);
            }
        }
        for d in incoming.dossiers.iter() {
            if take(&(Record::Dossier, d.id.clone())) {
                upsert(&mut out.dossiers, d.clone(), |x| x.id == d.id);
            }
        }
        out
    }

    /// A record as JSON, to compare two versions of it.
    fn json_of(&self, (what, id): &Key) -> Option<serde_json::Value> {
        let value = match what {
            Record::Organisation => {
                serde_json::to_value(self.organisations.iter().find(|o| &o.id == id)?)
            }
            Record::Person => serde_json::to_value(self.people.iter().find(|p| &p.id == id)?),
            Record::Dossier => serde_json::to_value(self.dossiers.iter().find(|d| &d.id == id)?),
        };
        value.ok()
    }
}

/// `item` in place of the one `same` finds, or at the end.
fn upsert<T>(list: &mut Vec<T>, item: T, same: impl Fn(&T) -> bool) {
    match list.iter_mut().find(|x| same(x)) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::parse_date;
    use crate::org::dossier::{DocRecord, DocStatus, FileMeta};

    fn sample() -> Workspace {
        let org = Organisation {
            id: "lab".into(),
            name: "Test laboratory".into(),
            head: Some("head".into()),
            ..Organisation::default()
        };
        let head = Person {
            id: "head".into(),
            organisation: "lab".into(),
            full_name: "Asel Bekova".into(),
            ..Person::default()
        };
        let mut documents = std::collections::BTreeMap::new();
        documents.insert(
            "charter".to_string(),
            DocRecord {
                status: DocStatus::Ready,
                responsible: Some("head".into()),
                files: vec![FileMeta {
                    name: "charter.pdf".into(),
                    mime: "application/pdf".into(),
                    size: 1024,
                    sha256: "0f".repeat(32),
                }],
                ..DocRecord::default()
            },
        );
        let dossier = OrgDossier {
            id: "d1".into(),
            organisation: "lab".into(),
            service: "kg-accreditation-personnel-certification-body".into(),
            situation: "initial-accreditation".into(),
            planned: parse_date("2026-02-02").unwrap(),
            answers: Default::default(),
            documents,
            calendar: Default::default(),
        };
        Workspace {
            organisations: vec![org],
            people: vec![head],
            dossiers: vec![dossier],
            ..Workspace::default()
        }
    }

    #[test]
    fn a_workspace_reads_back_byte_for_byte() {
        let w = sample();
        let json = w.to_json();
        let back = Workspace::import(&json).unwrap();
        assert_eq!(back, w);
        assert_eq!(back.to_json(), json);
    }

    #[test]
    fn foreign_newer_damaged_and_inconsistent_files_are_refused_with_the_reason() {
        assert_eq!(
            Workspace::import("{\"a\": 1}"),
            Err(WorkspaceError::Foreign)
        );
        assert_eq!(Workspace::import("not json"), Err(WorkspaceError::Foreign));
        let newer = sample().to_json().replace("\"format\": 1", "\"format\": 7");
        assert_eq!(
            Workspace::import(&newer),
            Err(WorkspaceError::Newer { format: 7 })
        );
        let cut = &sample().to_json()[..200];
        assert!(matches!(
            Workspace::import(cut),
            Err(WorkspaceError::Damaged(_))
        ));

        let mut w = sample();
        w.people[0].organisation = "gone".into();
        assert_eq!(
            Workspace::import(&w.to_json()),
            Err(WorkspaceError::Dangling {
                what: Record::Person,
                id: "head".into(),
                missing: "gone".into()
            })
        );
        let mut w = sample();
        w.dossiers.push(w.dossiers[0].clone());
        assert_eq!(
            w.check(),
            Err(WorkspaceError::DuplicateId {
                what: Record::Dossier,
                id: "d1".into()
            })
        );
        let mut w = sample();
        let doc = w.dossiers[0].documents.get_mut("charter").unwrap();
        doc.files[0].sha256 = "not a hash".into();
        assert_eq!(
            w.check(),
            Err(WorkspaceError::BadHash {
                dossier: "d1".into(),
                file: "charter.pdf".into()
            })
        );
    }

    #[test]
    fn an_import_shows_what_it_adds_and_replaces_and_replaces_only_what_is_chosen() {
        let mine = sample();
        let mut theirs = sample();
        theirs.organisations[0].phone = "+996 312 000000".into();
        theirs.people.push(Person {
            id: "expert".into(),
            organisation: "lab".into(),
            ..Person::default()
        });
        let p = mine.preview(&theirs);
        let org = (Record::Organisation, "lab".to_string());
        assert_eq!(p.added, vec![(Record::Person, "expert".to_string())]);
        assert_eq!(p.conflicts, vec![org.clone()]);
        assert_eq!(
            p.unchanged,
            vec![
                (Record::Person, "head".to_string()),
                (Record::Dossier, "d1".to_string())
            ]
        );

        // Keeping the device's organisation: only the new person arrives.
        let kept = mine.merge(&theirs, &[]);
        assert_eq!(kept.organisations, mine.organisations);
        assert_eq!(kept.people.len(), 2);
        // Choosing the incoming one replaces it in place.
        let replaced = mine.merge(&theirs, &[org]);
        assert_eq!(replaced.organisations, theirs.organisations);
        assert!(replaced.check().is_ok());
    }
}
