//! rencai's domain: the entities, the rules that validate them and the access model.
//!
//! Nothing here performs IO, talks HTTP or knows SQL; the clock is a parameter so that
//! expiry and audit behaviour can be tested exactly.

pub mod access;
pub mod accreditation;
pub mod audit;
pub mod clock;
pub mod error;
pub mod identity;
pub mod ids;
pub mod jurisdiction;
pub mod paging;
pub mod review;
pub mod services;
pub mod talent;
pub mod vocab;

pub use error::{DomainError, FieldError, Problem};
