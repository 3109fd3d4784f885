//! The help desk: a caller's answer in seconds. A look-up finds the situation
//! ([`crate::search::SearchIndex::lookup`]), the planner makes the plan, [`card`] words
//! it for the caller in their language, and [`render`] writes it as the text the
//! operator pastes, as Markdown or as JSON, for the desk and `tartip answer` alike.
//! [`DeskLink`] is the card's address, with no personal data in it; [`DeskView`] adds
//! what the card is compared with, and [`diff`] marks the lines that differ.

mod card;
mod diff;
mod link;
mod text;
mod view;

pub use card::{card, Card, Line, Part, PartKind};
pub use diff::{diff, Diff};
pub use link::DeskLink;
pub use text::{render, Format, WIDTH};
pub use view::{DeskView, Versus, VS, VS_SUBMITTED};
