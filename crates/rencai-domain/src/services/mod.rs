//! The talent card's services: a jurisdiction's catalogue of service areas and services
//! (who is eligible, how often, what to bring, how fast it is promised) and the rule
//! that decides what a card may still redeem.

mod catalogue;
mod quota;
mod request;

pub use catalogue::{Service, ServiceArea, ServiceCatalogue};
pub use quota::{Entitlement, Period, Quota};
pub use request::{KIND_SERVICE_REQUEST, Rating, request_flow};
