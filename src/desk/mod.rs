//! The help desk: a caller's answer in seconds. A look-up finds the situation
//! ([`crate::search::SearchIndex::lookup`]), the planner makes the plan, [`card`] words
//! it for the caller in their language, and [`render`] writes it as the text the
//! operator pastes, as Markdown or as JSON, for the desk and `tartip answer` alike.
//! [`DeskLink`] is the card's address, with no personal data in it.

mod card;
mod link;
mod text;

pub use card::{card, Card, Line, Part, PartKind};
pub use link::DeskLink;
pub use text::{render, Format, WIDTH};
