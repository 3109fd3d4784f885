//! The browser UI: Yew components that only present what the engine computed.

pub mod app;
pub mod components;
pub mod format;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;

pub use app::{App, ServerApp};
