//! The app's own hooks, one concern per file.

mod use_lang;
mod use_plan_query;
mod use_store;

pub use use_lang::use_lang;
pub use use_plan_query::use_plan_query;
pub use use_store::{use_store, StoreHandle};
