//! Tartip: an offline applicant assistant for public services of Kyrgyzstan and
//! Kazakhstan. The engine is pure Rust; the UI (Yew) only presents what it computes.

pub mod cli;
pub mod desk;
pub mod engine;
pub mod locale;
pub mod marked;
pub mod org;
pub mod package;
pub mod saved;
pub mod search;
pub mod ui;
