//! Tartip's engine: pure Rust, no browser types. It loads the regulation data and the
//! production calendars, does term arithmetic, and turns (service, situation,
//! answers, date) into a [`plan::Plan`]. Tested natively with `cargo test`.

pub mod act;
pub mod calendar;
pub mod cases;
pub mod catalog;
pub mod clock;
pub mod condition;
pub mod conditioned;
pub mod date;
pub mod index;
pub mod localise;
pub mod money;
pub mod plan;
pub mod prefill;
pub mod regulation;
pub mod source;
pub mod term;
pub mod text;
pub mod validate;

pub use catalog::Catalog;
pub use plan::{plan, Plan, PlanError, Request};
