mod catalogue;
mod desk;
mod interview;
mod not_found;
mod plan;
mod saved;
mod service;

pub use catalogue::Catalogue;
pub use desk::DeskPage;
pub use interview::Interview;
pub use not_found::NotFound;
pub use plan::PlanPage;
pub use saved::SavedPage;
pub use service::ServicePage;
