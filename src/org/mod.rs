//! Organisations preparing an accreditation or a licence over weeks: their profile and
//! people entered once, and their dossiers, each a service and situation with a
//! planned submission date and the state of every document the plan requires.
//!
//! Pure Rust like the engine: the browser keeps these records on the device, and the
//! command line checks them. Every word they show comes from the locale.

pub mod archive;
pub mod cycle;
pub mod dossier;
pub mod profile;
pub mod review;
pub mod workspace;

pub use dossier::{DocRecord, DocStatus, FileMeta, OrgDossier};
pub use profile::{Organisation, Person, Role};
pub use review::{review, Blocker, DocReview, Review};
pub use workspace::{ImportPreview, Workspace, WorkspaceError};
