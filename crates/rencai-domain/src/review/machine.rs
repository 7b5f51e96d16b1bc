//! One application's way through a flow. Every change is an [`Action`] by a [`Role`]
//! that either produces an [`Event`] or a [`ReviewError`] and leaves the application
//! exactly as it was.

use super::flow::Flow;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Who acts. Reviewers hold a seat (0-based) on one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Applicant,
    Reviewer {
        step: usize,
        seat: u32,
    },
    /// The platform itself (escalation when a step is late).
    System,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    Submit,
    Approve { comment: String },
    Reject { reason: String },
    RequestInfo { note: String },
    ProvideInfo,
    Withdraw,
    Appeal { reason: String },
    Comment { text: String },
    Escalate,
}

impl Action {
    pub fn code(&self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::Approve { .. } => "approve",
            Action::Reject { .. } => "reject",
            Action::RequestInfo { .. } => "request-info",
            Action::ProvideInfo => "provide-info",
            Action::Withdraw => "withdraw",
            Action::Appeal { .. } => "appeal",
            Action::Comment { .. } => "comment",
            Action::Escalate => "escalate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Draft,
    InReview { step: usize },
    InfoRequested { step: usize },
    Approved,
    Rejected { step: usize },
    Withdrawn,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview { .. } => "in-review",
            Status::InfoRequested { .. } => "info-requested",
            Status::Approved => "approved",
            Status::Rejected { .. } => "rejected",
            Status::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: jiff::Timestamp,
    pub role: Role,
    pub action: Action,
    pub from: Status,
    pub to: Status,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("someone else acted on this application meanwhile")]
    StaleVersion,
    #[error("this role may not do that")]
    NotAllowed,
    #[error("{action} is not possible while the application is {status}")]
    Transition {
        status: &'static str,
        action: &'static str,
    },
    #[error("this reviewer has already decided this step")]
    AlreadyVoted,
    #[error("the step is not late")]
    NotLate,
    #[error("the application was appealed once already")]
    AlreadyAppealed,
}

impl ReviewError {
    /// The stable code (translated as `err-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            ReviewError::StaleVersion => "stale-version",
            ReviewError::NotAllowed => "forbidden",
            ReviewError::Transition { .. } => "review-transition",
            ReviewError::AlreadyVoted => "review-already-voted",
            ReviewError::NotLate => "review-not-late",
            ReviewError::AlreadyAppealed => "review-already-appealed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub status: Status,
    /// Equals the number of events; a change based on an older version is refused.
    pub version: u64,
    approvals: BTreeSet<u32>,
    rejections: BTreeSet<u32>,
    step_started: Option<jiff::Timestamp>,
    pub escalated: bool,
    pub appealed: bool,
    pub history: Vec<Event>,
}

impl Default for Application {
    fn default() -> Self {
        Self::new()
    }
}

impl Application {
    pub fn new() -> Self {
        Self {
            status: Status::Draft,
            version: 0,
            approvals: BTreeSet::new(),
            rejections: BTreeSet::new(),
            step_started: None,
            escalated: false,
            appealed: false,
            history: Vec::new(),
        }
    }

    pub fn approvals(&self) -> usize {
        self.approvals.len()
    }

    /// When the current step's promised turnaround runs out.
    pub fn deadline(&self, flow: &Flow) -> Option<jiff::Timestamp> {
        match self.status {
            Status::InReview { step } => self
                .step_started?
                .checked_add(flow.steps.get(step)?.turnaround)
                .ok(),
            _ => None,
        }
    }

    fn start_step(&mut self, step: usize, now: jiff::Timestamp) -> Status {
        self.approvals.clear();
        self.rejections.clear();
        self.step_started = Some(now);
        self.escalated = false;
        Status::InReview { step }
    }

    /// Applies one action, or explains why not and changes nothing.
    pub fn apply(
        &mut self,
        flow: &Flow,
        expected_version: u64,
        role: Role,
        action: Action,
        now: jiff::Timestamp,
    ) -> Result<Event, ReviewError> {
        if expected_version != self.version {
            return Err(ReviewError::StaleVersion);
        }
        let mut next = self.clone();
        let from = self.status;
        let refuse = || ReviewError::Transition {
            status: from.code(),
            action: action.code(),
        };
        let to = match (&action, from, role) {
            (Action::Submit, Status::Draft, Role::Applicant) => next.start_step(0, now),
            (
                Action::Approve { .. } | Action::Reject { .. },
                Status::InReview { step },
                Role::Reviewer { step: s, seat },
            ) => {
                let spec = &flow.steps[step];
                if s != step || seat >= spec.reviewers {
                    return Err(ReviewError::NotAllowed);
                }
                if next.approvals.contains(&seat) || next.rejections.contains(&seat) {
                    return Err(ReviewError::AlreadyVoted);
                }
                let needed = spec.quorum.needed(spec.reviewers) as usize;
                if matches!(action, Action::Approve { .. }) {
                    next.approvals.insert(seat);
                } else {
                    next.rejections.insert(seat);
                }
                if next.approvals.len() >= needed {
                    if step + 1 < flow.steps.len() {
                        next.start_step(step + 1, now)
                    } else {
                        Status::Approved
                    }
                } else if (spec.reviewers as usize) - next.rejections.len() < needed {
                    Status::Rejected { step }
                } else {
                    from
                }
            }
            (
                Action::RequestInfo { .. },
                Status::InReview { step },
                Role::Reviewer { step: s, seat },
            ) => {
                if s != step || seat >= flow.steps[step].reviewers {
                    return Err(ReviewError::NotAllowed);
                }
                Status::InfoRequested { step }
            }
            (Action::ProvideInfo, Status::InfoRequested { step }, Role::Applicant) => {
                // The turnaround restarts; votes already cast stand.
                next.step_started = Some(now);
                next.escalated = false;
                Status::InReview { step }
            }
            (
                Action::Withdraw,
                Status::Draft | Status::InReview { .. } | Status::InfoRequested { .. },
                Role::Applicant,
            ) => Status::Withdrawn,
            (Action::Appeal { .. }, Status::Rejected { step }, Role::Applicant) => {
                if next.appealed {
                    return Err(ReviewError::AlreadyAppealed);
                }
                next.appealed = true;
                next.start_step(step, now)
            }
            (Action::Comment { .. }, Status::Draft, _) => return Err(refuse()),
            (Action::Comment { .. }, _, Role::Reviewer { step, seat })
                if flow.steps.get(step).is_none_or(|s| seat >= s.reviewers) =>
            {
                return Err(ReviewError::NotAllowed);
            }
            (Action::Comment { .. }, _, _) => from,
            (Action::Escalate, Status::InReview { .. }, Role::System) => {
                if next.escalated || next.deadline(flow).is_none_or(|d| now <= d) {
                    return Err(ReviewError::NotLate);
                }
                next.escalated = true;
                from
            }
            (_, _, r) if !allowed_role(&action, r) => return Err(ReviewError::NotAllowed),
            _ => return Err(refuse()),
        };
        next.status = to;
        next.version += 1;
        let event = Event {
            at: now,
            role,
            action,
            from,
            to,
        };
        next.history.push(event.clone());
        *self = next;
        Ok(event)
    }
}

/// Which role an action belongs to, to tell "wrong role" from "wrong moment".
fn allowed_role(action: &Action, role: Role) -> bool {
    match action {
        Action::Submit | Action::ProvideInfo | Action::Withdraw | Action::Appeal { .. } => {
            role == Role::Applicant
        }
        Action::Approve { .. } | Action::Reject { .. } | Action::RequestInfo { .. } => {
            matches!(role, Role::Reviewer { .. })
        }
        Action::Escalate => role == Role::System,
        Action::Comment { .. } => true,
    }
}
