//! One dossier as a ZIP to carry or keep: a manifest (the workspace records the
//! dossier needs, with their format number), every attached file once under its
//! SHA-256, and the application package. Opening one checks every hash before
//! anything is used.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use sha2::{Digest, Sha256};

use super::dossier::FileMeta;
use super::workspace::{Workspace, WorkspaceError};

/// The manifest's name inside the ZIP.
pub const MANIFEST: &str = "manifest.json";
/// Where attached files go, each named by its hash.
const FILES: &str = "files/";

/// Why an archive cannot be opened. Nothing changes on the device when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArchiveError {
    /// Not a ZIP, or one that does not read.
    NotZip(String),
    /// Larger than the limit, in bytes.
    TooLarge {
        size: u64,
        limit: u64,
    },
    NoManifest,
    /// The manifest is not a sound workspace.
    Manifest(WorkspaceError),
    /// A file the manifest lists is not in the archive.
    FileMissing {
        name: String,
        sha256: String,
    },
    /// A file's bytes do not have the hash (or size) the manifest gives.
    FileAltered {
        name: String,
        sha256: String,
    },
}

/// SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        s.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    s
}

/// The archive of `manifest` (the records to carry), with the bytes of its files by
/// hash and the application package's files by name.
///
/// # Errors
/// A file the manifest lists whose bytes are not given, or do not match its hash.
pub fn write(
    manifest: &Workspace,
    files: &BTreeMap<String, Vec<u8>>,
    package: &[(String, Vec<u8>)],
    modified: zip::DateTime,
) -> Result<Vec<u8>, ArchiveError> {
    let mut entries: Vec<(String, &[u8])> = Vec::new();
    let json = manifest.to_json();
    entries.push((MANIFEST.into(), json.as_bytes()));
    for f in listed(manifest).into_values() {
        let bytes = files.get(&f.sha256).ok_or_else(|| missing(f))?;
        matches(f, bytes)?;
        entries.push((format!("{FILES}{}", f.sha256), bytes));
    }
    for (name, bytes) in package {
        entries.push((format!("package/{name}"), bytes));
    }
    let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    Ok(crate::package::zip_files(&refs, modified))
}

/// What an opened archive holds, every hash checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub manifest: Workspace,
    /// Attached files' bytes by hash.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Reads an archive no larger than `limit` bytes.
///
/// # Errors
/// See [`ArchiveError`]: the first problem found.
pub fn open(bytes: &[u8], limit: u64) -> Result<Opened, ArchiveError> {
    let size = bytes.len() as u64;
    if size > limit {
        return Err(ArchiveError::TooLarge { size, limit });
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ArchiveError::NotZip(e.to_string()))?;
    let mut read = |name: &str| -> Result<Option<Vec<u8>>, ArchiveError> {
        let mut entry = match zip.by_name(name) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ArchiveError::NotZip(e.to_string())),
        };
        // An entry claiming more than the whole archive allows is not read at all.
        if entry.size() > limit {
            return Err(ArchiveError::TooLarge {
                size: entry.size(),
                limit,
            });
        }
        let mut out = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut out)
            .map_err(|e| ArchiveError::NotZip(e.to_string()))?;
        Ok(Some(out))
    };
    let manifest = read(MANIFEST)?.ok_or(ArchiveError::NoManifest)?;
    let manifest =
        Workspace::import(&String::from_utf8_lossy(&manifest)).map_err(ArchiveError::Manifest)?;
    let mut files = BTreeMap::new();
    for f in listed(&manifest).into_values() {
        let bytes = read(&format!("{FILES}{}", f.sha256))?.ok_or_else(|| missing(f))?;
        matches(f, &bytes)?;
        files.insert(f.sha256.clone(), bytes);
    }
    Ok(Opened { manifest, files })
}

fn missing(f: &FileMeta) -> ArchiveError {
    ArchiveError::FileMissing {
        name: f.name.clone(),
        sha256: f.sha256.clone(),
    }
}

/// `bytes` are the file `f` lists: its hash and its size.
fn matches(f: &FileMeta, bytes: &[u8]) -> Result<(), ArchiveError> {
    if sha256_hex(bytes) == f.sha256 && bytes.len() as u64 == f.size {
        return Ok(());
    }
    Err(ArchiveError::FileAltered {
        name: f.name.clone(),
        sha256: f.sha256.clone(),
    })
}

/// Every file the manifest lists, once per hash.
fn listed(manifest: &Workspace) -> BTreeMap<&str, &FileMeta> {
    manifest
        .dossiers
        .iter()
        .flat_map(|d| d.documents.values())
        .flat_map(|r| &r.files)
        .map(|f| (f.sha256.as_str(), f))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::parse_date;
    use crate::org::dossier::{DocRecord, DocStatus, FileMeta, OrgDossier};
    use crate::org::profile::Organisation;

    const CHARTER: &[u8] = b"%PDF-1.4 charter of the laboratory";

    fn manifest() -> Workspace {
        let mut documents = BTreeMap::new();
        documents.insert(
            "charter".to_string(),
            DocRecord {
                status: DocStatus::Ready,
                files: vec![FileMeta {
                    name: "charter.pdf".into(),
                    mime: "application/pdf".into(),
                    size: CHARTER.len() as u64,
                    sha256: sha256_hex(CHARTER),
                }],
                ..DocRecord::default()
            },
        );
        Workspace {
            organisations: vec![Organisation {
                id: "lab".into(),
                ..Organisation::default()
            }],
            dossiers: vec![OrgDossier {
                id: "d1".into(),
                organisation: "lab".into(),
                service: "kg-accreditation-personnel-certification-body".into(),
                situation: "initial-accreditation".into(),
                planned: parse_date("2026-02-02").unwrap(),
                answers: BTreeMap::new(),
                documents,
                calendar: Default::default(),
            }],
            ..Workspace::default()
        }
    }

    fn files() -> BTreeMap<String, Vec<u8>> {
        [(sha256_hex(CHARTER), CHARTER.to_vec())].into()
    }

    fn when() -> zip::DateTime {
        zip::DateTime::from_date_and_time(2026, 1, 5, 12, 0, 0).unwrap()
    }

    /// A ZIP of `entries` as given, for archives tampered with.
    fn raw_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        crate::package::zip_files(entries, when())
    }

    #[test]
    fn the_hash_is_the_sha_256_everyone_computes() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn an_archive_opens_to_the_same_records_and_bytes_and_is_written_the_same_twice() {
        let package = [("application.html".to_string(), b"<html></html>".to_vec())];
        let zip = write(&manifest(), &files(), &package, when()).unwrap();
        assert_eq!(zip, write(&manifest(), &files(), &package, when()).unwrap());
        let opened = open(&zip, 1 << 20).unwrap();
        assert_eq!(opened.manifest, manifest());
        assert_eq!(opened.files, files());
    }

    #[test]
    fn a_file_changed_missing_or_too_large_is_refused_with_the_reason() {
        let json = manifest().to_json();
        let sha = sha256_hex(CHARTER);
        let path = format!("files/{sha}");
        let altered = raw_zip(&[(MANIFEST, json.as_bytes()), (&path, b"%PDF-1.4 forged")]);
        let reason = ArchiveError::FileAltered {
            name: "charter.pdf".into(),
            sha256: sha.clone(),
        };
        assert_eq!(open(&altered, 1 << 20), Err(reason));
        let missing = raw_zip(&[(MANIFEST, json.as_bytes())]);
        assert_eq!(
            open(&missing, 1 << 20),
            Err(ArchiveError::FileMissing {
                name: "charter.pdf".into(),
                sha256: sha
            })
        );
        let whole = write(&manifest(), &files(), &[], when()).unwrap();
        assert!(matches!(
            open(&whole, 100),
            Err(ArchiveError::TooLarge { limit: 100, .. })
        ));
        assert!(matches!(
            open(b"PK not a zip", 1 << 20),
            Err(ArchiveError::NotZip(_))
        ));
        let no_manifest = raw_zip(&[("other.txt", b"x")]);
        assert_eq!(open(&no_manifest, 1 << 20), Err(ArchiveError::NoManifest));
        let foreign = raw_zip(&[(MANIFEST, b"{\"kind\": \"something else\"}")]);
        assert_eq!(
            open(&foreign, 1 << 20),
            Err(ArchiveError::Manifest(WorkspaceError::Foreign))
        );
    }

    #[test]
    fn an_archive_is_not_written_with_a_file_whose_bytes_are_not_the_ones_listed() {
        let wrong: BTreeMap<String, Vec<u8>> = [(sha256_hex(CHARTER), b"other".to_vec())].into();
        assert!(matches!(
            write(&manifest(), &wrong, &[], when()),
            Err(ArchiveError::FileAltered { .. })
        ));
        assert!(matches!(
            write(&manifest(), &BTreeMap::new(), &[], when()),
            Err(ArchiveError::FileMissing { .. })
        ));
    }
}
