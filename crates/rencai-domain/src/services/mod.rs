//! The talent card's services: a jurisdiction's catalogue of service areas and services
//! (who is eligible, how often, what to bring, how fast it is promised) and the rule
//! that decides what a card may still redeem.

mod catalogue;
mod quota;

pub use catalogue::{Service, ServiceArea, ServiceCatalogue};
pub use quota::{Entitlement, Period, Quota};
