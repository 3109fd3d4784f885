mod catalogue;
mod not_found;
mod plan;
mod service;

pub use catalogue::Catalogue;
pub use not_found::NotFound;
pub use plan::PlanPage;
pub use service::ServicePage;
