//! Small presentational pieces shared by the pages.

mod completion;
mod count_calendar;
mod documents;
mod notes;
mod package;
mod questions;
mod schedule;
mod source_lines;
mod timeline;

pub use completion::CompletionPanel;
pub use count_calendar::{CountCalendar, CountPictureView};
pub use documents::DocumentChecklist;
pub use notes::{DataError, GapList, ItemList, SourceNote, StatusBadge, Warnings};
pub use package::PackagePanel;
pub use questions::{AnswerChange, QuestionForm};
pub use schedule::ScheduleList;
pub use timeline::Timeline;
