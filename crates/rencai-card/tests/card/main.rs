//! The card token's behaviour through its public API, as one test binary.

mod malformed;
mod properties;
mod refusals;
mod rotation;
mod support;
mod trust_list;
