//! Tiered accreditation: a versioned [`Catalogue`] of tiers (A–E, highest first) whose
//! criteria are CEL rules over a talent's [`Profile`], each with the evidence an
//! applicant must upload and policy tests ([`Example`]s) that must pass before the
//! catalogue compiles.
//!
//! [`Catalogue::compile`] reports every problem at once as [`CatalogueError`]s (the
//! web layer translates `err-<code>`); the [`CompiledCatalogue`] it yields evaluates
//! profiles from any number of threads: the highest tier with a matching criterion
//! wins. [`whatif`] tallies how talents would move under a draft catalogue.
//!
//! Pure: no IO, no clock (ages are computed against a date the caller passes).

mod bind;
mod catalogue;
mod compile;
mod evaluate;
mod profile;
mod reassess;
mod standing;
pub mod whatif;

pub use catalogue::{Catalogue, CatalogueError, Criterion, Example, LOCALES, LocalText, Tier};
pub use evaluate::{CompiledCatalogue, Evaluation};
pub use profile::{
    Profile, VARIABLES, age_on, education_rank, skill_rank, split_honours, title_rank,
};
pub use reassess::{Reassessment, reassess};
pub use standing::{
    KIND_ACCREDITATION, KIND_REEVALUATION, KIND_RENEWAL, Standing, Subject, default_flow,
    is_applicant, standing,
};
pub use whatif::{Movement, TierTally, Totals, WhatIfTally};
