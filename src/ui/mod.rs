//! The browser UI: Yew components that only present what the engine computed.

pub mod app;
pub mod components;
pub mod format;
pub mod pages;
pub mod route;

pub use app::{App, ServerApp};
