//! How one kind of application is reviewed, e.g. "city pre-check (any one officer) →
//! provincial panel (2 of 3 experts), 10 working days each".

use serde::{Deserialize, Serialize};

/// How many of a step's reviewers must approve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Quorum {
    /// One approval decides.
    Any,
    /// Every assigned reviewer must approve.
    All,
    /// At least this many approvals.
    AtLeast(u32),
}

impl Quorum {
    /// Approvals needed among `reviewers`.
    pub fn needed(self, reviewers: u32) -> u32 {
        match self {
            Quorum::Any => 1.min(reviewers),
            Quorum::All => reviewers,
            Quorum::AtLeast(n) => n.min(reviewers),
        }
    }
}

/// Who sits on a step: officers of the application's jurisdiction (or above), who take
/// a seat by acting; experts an officer places on the panel; or the staff of the
/// provider a service request was made to, who take a seat by acting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Panel {
    #[default]
    Officers,
    Experts,
    Provider,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepSpec {
    /// A stable code, e.g. `city-precheck`; translated as `review-step-<code>`.
    pub code: String,
    /// How many reviewers are assigned to the step.
    pub reviewers: u32,
    pub quorum: Quorum,
    /// The promised turnaround; past it the step is escalated.
    pub turnaround: jiff::SignedDuration,
    #[serde(default)]
    pub panel: Panel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flow {
    pub steps: Vec<StepSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    #[error("a flow needs at least one step")]
    NoSteps,
    #[error("step {0} has no reviewers")]
    NoReviewers(usize),
    #[error("step {0} needs more approvals than it has reviewers")]
    QuorumTooLarge(usize),
    #[error("step {0} has no turnaround")]
    NoTurnaround(usize),
}

impl Flow {
    /// Checks the configuration once, so a running application never meets a step
    /// that cannot be decided.
    pub fn new(steps: Vec<StepSpec>) -> Result<Self, FlowError> {
        if steps.is_empty() {
            return Err(FlowError::NoSteps);
        }
        for (i, s) in steps.iter().enumerate() {
            if s.reviewers == 0 {
                return Err(FlowError::NoReviewers(i));
            }
            if let Quorum::AtLeast(n) = s.quorum
                && (n == 0 || n > s.reviewers)
            {
                return Err(FlowError::QuorumTooLarge(i));
            }
            if s.turnaround <= jiff::SignedDuration::ZERO {
                return Err(FlowError::NoTurnaround(i));
            }
        }
        Ok(Self { steps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(reviewers: u32, quorum: Quorum) -> StepSpec {
        StepSpec {
            code: "s".into(),
            reviewers,
            quorum,
            turnaround: jiff::SignedDuration::from_hours(24),
            panel: Panel::Officers,
        }
    }

    #[test]
    fn flows_are_checked_when_configured() {
        assert_eq!(Flow::new(vec![]), Err(FlowError::NoSteps));
        assert_eq!(
            Flow::new(vec![step(0, Quorum::Any)]),
            Err(FlowError::NoReviewers(0))
        );
        assert_eq!(
            Flow::new(vec![step(1, Quorum::Any), step(3, Quorum::AtLeast(4))]),
            Err(FlowError::QuorumTooLarge(1))
        );
        assert!(Flow::new(vec![step(1, Quorum::Any), step(3, Quorum::AtLeast(2))]).is_ok());
        assert_eq!(Quorum::All.needed(3), 3);
        assert_eq!(Quorum::Any.needed(3), 1);
    }
}
