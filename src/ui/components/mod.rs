//! Small presentational pieces shared by the pages.

mod completion;
mod documents;
mod notes;
mod questions;
mod schedule;
mod timeline;

pub use completion::CompletionPanel;
pub use documents::DocumentChecklist;
pub use notes::{DataError, GapList, SourceNote, StatusBadge, Warnings};
pub use questions::{AnswerChange, QuestionForm};
pub use schedule::ScheduleList;
pub use timeline::Timeline;
