//! The browser UI: Yew components that only present what the engine computed.

pub mod app;
pub mod clipboard;
pub mod components;
pub mod format;
pub mod hooks;
pub mod pages;
pub mod provider;
pub mod query;
pub mod route;
pub mod storage;
pub mod store;

pub use app::{App, ServerApp};
