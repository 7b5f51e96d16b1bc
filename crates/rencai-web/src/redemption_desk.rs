//! Redemptions are written by one thread, many per transaction ("group commit"): each
//! commit of a durable database waits for the disk, and a service point under load
//! would otherwise wait for one flush per scan. Requests queue on a channel; the desk
//! takes what has queued (up to `BATCH`), applies each in order inside one write
//! transaction and answers each after the commit. A refusal writes nothing, so it
//! cannot spoil the batch; if the batch fails as a whole, each request is retried in
//! its own transaction so one bad request costs only its own answer.

use crate::card_service::{Batch, redeem_in};
use crate::state::{AppState, Inner};
use rencai_card::CardClaims;
use rencai_domain::DomainError;
use rencai_domain::ids::{ProviderId, UserId};
use rencai_domain::services::Entitlement;
use rencai_store::redemptions::StoredRedemption;
use rencai_store::{Actor, StoreError, StoreResult};
use std::sync::Weak;
use std::sync::mpsc;
use tokio::sync::oneshot;

const BATCH: usize = 256;

#[derive(Debug, Clone)]
pub struct RedeemRequest {
    /// Claims of a token whose signature was verified.
    pub claims: CardClaims,
    pub service: String,
    pub key: String,
    pub user: UserId,
    pub actor: Actor,
    pub provider: ProviderId,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub card: String,
    pub service: String,
    pub redemption: StoredRedemption,
    /// The key was seen before: this is the earlier redemption, nothing new recorded.
    pub replayed: bool,
    /// What is left of the quota after it.
    pub left: Entitlement,
}

type Answer = StoreResult<Result<Outcome, DomainError>>;

struct Job {
    request: RedeemRequest,
    reply: oneshot::Sender<Answer>,
}

pub struct Desk {
    queue: mpsc::Sender<Job>,
}

/// The state's desk, started on first use.
pub fn desk(state: &AppState) -> &Desk {
    state.desk.get_or_init(|| Desk::start(state.downgrade()))
}

impl Desk {
    fn start(state: Weak<Inner>) -> Desk {
        let (queue, jobs) = mpsc::channel::<Job>();
        // The thread holds the state weakly and ends when the state is gone (its
        // sender with it), so a test's many apps do not leak running desks.
        let spawned = std::thread::Builder::new()
            .name("redemption-desk".into())
            .spawn(move || run(state, jobs));
        if let Err(e) = spawned {
            tracing::error!(error = %e, "the redemption desk could not start");
        }
        Desk { queue }
    }

    pub async fn submit(&self, request: RedeemRequest) -> Answer {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send(Job { request, reply })
            .map_err(|_| StoreError::Unavailable("the redemption desk"))?;
        answer
            .await
            .unwrap_or(Err(StoreError::Unavailable("the redemption desk")))
    }
}

fn run(state: Weak<Inner>, jobs: mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match jobs.try_recv() {
                Ok(j) => batch.push(j),
                Err(_) => break,
            }
        }
        let Some(state) = AppState::upgrade(&state) else {
            return;
        };
        let now = state.store.now();
        let together = state.store.write(|c| {
            let mut b = Batch::new(&state, c)?;
            batch
                .iter()
                .map(|j| redeem_in(&mut b, c, &j.request, now))
                .collect::<StoreResult<Vec<_>>>()
        });
        match together {
            Ok(answers) => {
                for (job, answer) in batch.into_iter().zip(answers) {
                    let _ = job.reply.send(Ok(answer));
                }
            }
            Err(_) => {
                for job in batch {
                    let answer = state
                        .store
                        .write(|c| redeem_in(&mut Batch::new(&state, c)?, c, &job.request, now));
                    let _ = job.reply.send(answer);
                }
            }
        }
    }
}
