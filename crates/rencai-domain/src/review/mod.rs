//! The review engine every application type shares (accreditation, programs, awards,
//! platform establishment, service requests): a configured [`Flow`] of sequential
//! steps, each decided by its assigned reviewers with a quorum, and an
//! [`Application`] that moves through it only by guarded transitions.

mod flow;
mod machine;

pub use flow::{Flow, FlowError, Panel, Quorum, StepSpec};
pub use machine::{Action, Application, Event, ReviewError, Role, Status};
