//! The server's periodic work for accreditation: escalating review steps that ran
//! past their promised turnaround, queueing expiry reminders, and delivering mail.
//! Each round is idempotent (escalation happens once per step, reminders carry a
//! dedupe key), so a restart or a second server does no harm.

use crate::accreditation_service::remind_expiring;
use crate::mailer::{Mailer, deliver};
use crate::review_service::escalate_overdue;
use crate::state::AppState;
use lettre::message::Mailbox;
use std::sync::Arc;
use std::time::Duration;

/// How often the jobs look for work.
pub const EVERY: Duration = Duration::from_secs(60);

/// One round of every job; what each did, for logs and tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub escalated: usize,
    pub reminders: usize,
    pub sent: usize,
    pub failed: usize,
}

pub fn round(state: &AppState, mailer: &Mailer, from: &Mailbox) -> Round {
    let mut r = Round::default();
    match escalate_overdue(&state.store) {
        Ok(n) => r.escalated = n,
        Err(e) => tracing::error!(error = %e, "escalation failed; retrying next round"),
    }
    match remind_expiring(&state.store, state.settings.reminder_days) {
        Ok(n) => r.reminders = n,
        Err(e) => tracing::error!(error = %e, "expiry reminders failed; retrying next round"),
    }
    // `rencai keys rotate` may have run in another process.
    if let Err(e) = state.reload_keyring() {
        tracing::error!(error = %e, "card keys could not be reloaded; keeping the loaded ones");
    }
    match deliver(&state.store, mailer, from) {
        Ok((sent, failed)) => (r.sent, r.failed) = (sent, failed),
        Err(e) => tracing::error!(error = %e, "mail delivery failed; retrying next round"),
    }
    r
}

/// Runs for the life of the server.
pub fn spawn(state: AppState, mailer: Mailer, from: Mailbox) {
    let mailer = Arc::new(mailer);
    tokio::spawn(async move {
        loop {
            let (s, m, f) = (state.clone(), mailer.clone(), from.clone());
            match tokio::task::spawn_blocking(move || round(&s, &m, &f)).await {
                Ok(r) if r != Round::default() => tracing::info!(?r, "accreditation jobs"),
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "accreditation jobs panicked"),
            }
            tokio::time::sleep(EVERY).await;
        }
    });
}
