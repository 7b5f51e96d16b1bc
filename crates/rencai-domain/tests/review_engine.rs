//! The review engine: a worked example from the seeds, and random sequences of actions
//! that must never reach an illegal state.

use proptest::prelude::*;
use rencai_domain::review::{
    Action, Application, Flow, Panel, Quorum, ReviewError, Role, Status, StepSpec,
};

fn t(hours: i64) -> jiff::Timestamp {
    jiff::Timestamp::UNIX_EPOCH
        .checked_add(jiff::SignedDuration::from_hours(hours))
        .expect("time")
}

/// City pre-check by any one officer, then a provincial panel deciding 2 of 3.
fn accreditation() -> Flow {
    Flow::new(vec![
        StepSpec {
            code: "city-precheck".into(),
            reviewers: 1,
            quorum: Quorum::Any,
            turnaround: jiff::SignedDuration::from_hours(72),
            panel: Panel::Officers,
        },
        StepSpec {
            code: "provincial-panel".into(),
            reviewers: 3,
            quorum: Quorum::AtLeast(2),
            turnaround: jiff::SignedDuration::from_hours(240),
            panel: Panel::Experts,
        },
    ])
    .expect("a valid flow")
}

fn approve() -> Action {
    Action::Approve {
        comment: String::new(),
    }
}

#[test]
fn precheck_then_panel_two_of_three() {
    let f = accreditation();
    let mut a = Application::new();
    a.apply(&f, 0, Role::Applicant, Action::Submit, t(0))
        .unwrap();
    assert_eq!(a.status, Status::InReview { step: 0 });
    // A panel expert cannot act on the pre-check.
    assert_eq!(
        a.apply(&f, 1, Role::Reviewer { step: 1, seat: 0 }, approve(), t(1)),
        Err(ReviewError::NotAllowed)
    );
    a.apply(
        &f,
        1,
        Role::Reviewer { step: 0, seat: 0 },
        Action::RequestInfo {
            note: "degree certificate".into(),
        },
        t(2),
    )
    .unwrap();
    assert_eq!(
        a.apply(&f, 2, Role::Reviewer { step: 0, seat: 0 }, approve(), t(3))
            .unwrap_err()
            .code(),
        "review-transition"
    );
    a.apply(&f, 2, Role::Applicant, Action::ProvideInfo, t(4))
        .unwrap();
    a.apply(&f, 3, Role::Reviewer { step: 0, seat: 0 }, approve(), t(5))
        .unwrap();
    assert_eq!(a.status, Status::InReview { step: 1 });
    a.apply(
        &f,
        4,
        Role::Reviewer { step: 1, seat: 2 },
        Action::Reject {
            reason: "no award".into(),
        },
        t(6),
    )
    .unwrap();
    assert_eq!(
        a.apply(&f, 5, Role::Reviewer { step: 1, seat: 2 }, approve(), t(7)),
        Err(ReviewError::AlreadyVoted)
    );
    // Two reviewers acting on the same version: the second is told it is stale.
    a.apply(&f, 5, Role::Reviewer { step: 1, seat: 0 }, approve(), t(8))
        .unwrap();
    assert_eq!(
        a.apply(&f, 5, Role::Reviewer { step: 1, seat: 1 }, approve(), t(8)),
        Err(ReviewError::StaleVersion)
    );
    a.apply(&f, 6, Role::Reviewer { step: 1, seat: 1 }, approve(), t(9))
        .unwrap();
    assert_eq!(a.status, Status::Approved);
    assert_eq!(
        a.apply(&f, 7, Role::Applicant, Action::Withdraw, t(10))
            .unwrap_err()
            .code(),
        "review-transition"
    );
    assert_eq!(a.history.len(), 7);
}

#[test]
fn late_steps_escalate_once_and_rejections_can_be_appealed_once() {
    let f = accreditation();
    let mut a = Application::new();
    a.apply(&f, 0, Role::Applicant, Action::Submit, t(0))
        .unwrap();
    assert_eq!(
        a.apply(&f, 1, Role::System, Action::Escalate, t(71)),
        Err(ReviewError::NotLate)
    );
    a.apply(&f, 1, Role::System, Action::Escalate, t(73))
        .unwrap();
    assert!(a.escalated);
    assert_eq!(
        a.apply(&f, 2, Role::System, Action::Escalate, t(80)),
        Err(ReviewError::NotLate)
    );
    a.apply(
        &f,
        2,
        Role::Reviewer { step: 0, seat: 0 },
        Action::Reject {
            reason: "incomplete".into(),
        },
        t(81),
    )
    .unwrap();
    assert_eq!(a.status, Status::Rejected { step: 0 });
    a.apply(
        &f,
        3,
        Role::Applicant,
        Action::Appeal {
            reason: "documents attached".into(),
        },
        t(82),
    )
    .unwrap();
    assert_eq!(a.status, Status::InReview { step: 0 });
    assert!(!a.escalated, "a new round has a new turnaround");
    a.apply(
        &f,
        4,
        Role::Reviewer { step: 0, seat: 0 },
        Action::Reject {
            reason: "still incomplete".into(),
        },
        t(83),
    )
    .unwrap();
    assert_eq!(
        a.apply(
            &f,
            5,
            Role::Applicant,
            Action::Appeal {
                reason: "again".into()
            },
            t(84)
        ),
        Err(ReviewError::AlreadyAppealed)
    );
}

fn action() -> impl Strategy<Value = (Role, Action)> {
    let role = prop_oneof![
        Just(Role::Applicant),
        Just(Role::System),
        (0usize..3, 0u32..4).prop_map(|(step, seat)| Role::Reviewer { step, seat }),
    ];
    let action = prop_oneof![
        Just(Action::Submit),
        Just(Action::Approve {
            comment: String::new()
        }),
        Just(Action::Reject {
            reason: String::new()
        }),
        Just(Action::RequestInfo {
            note: String::new()
        }),
        Just(Action::ProvideInfo),
        Just(Action::Withdraw),
        Just(Action::Appeal {
            reason: String::new()
        }),
        Just(Action::Comment {
            text: String::new()
        }),
        Just(Action::Escalate),
    ];
    (role, action)
}

proptest! {
    #[test]
    fn random_actions_never_reach_an_illegal_state(steps in proptest::collection::vec((action(), 0i64..200, any::<bool>()), 1..80)) {
        let f = accreditation();
        let mut a = Application::new();
        let mut clock = 0i64;
        let mut ever_approved = false;
        let mut ever_withdrawn = false;
        for ((role, action), dt, stale) in steps {
            clock += dt;
            let before = a.clone();
            let version = if stale { a.version.wrapping_sub(1) } else { a.version };
            match a.apply(&f, version, role, action, t(clock)) {
                Err(_) => prop_assert_eq!(&a, &before, "a refused action changes nothing"),
                Ok(e) => {
                    prop_assert_eq!(e.from, before.status);
                    prop_assert_eq!(a.version, before.version + 1);
                    prop_assert!(!stale || before.version == 0 && version == 0);
                }
            }
            prop_assert_eq!(a.version as usize, a.history.len());
            match a.status {
                Status::InReview { step } | Status::InfoRequested { step } | Status::Rejected { step } => {
                    prop_assert!(step < f.steps.len());
                    let needed = f.steps[step].quorum.needed(f.steps[step].reviewers) as usize;
                    prop_assert!(a.approvals() < needed, "a reached quorum always moves on");
                }
                _ => {}
            }
            // Decisions are final: approval and withdrawal never change again.
            if ever_approved { prop_assert_eq!(a.status, Status::Approved); }
            if ever_withdrawn { prop_assert_eq!(a.status, Status::Withdrawn); }
            ever_approved |= a.status == Status::Approved;
            ever_withdrawn |= a.status == Status::Withdrawn;
            // Every event in the history is a legal move from where the last one ended.
            for w in a.history.windows(2) {
                prop_assert_eq!(w[0].to, w[1].from);
            }
        }
    }
}
