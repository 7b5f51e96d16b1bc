//! Delivers the outbox. Mail is queued by the transaction that causes it and sent here,
//! later and at least once: through an SMTP relay when one is configured, otherwise
//! written as `.eml` files into a folder an operator (or a test) can read.

use lettre::message::{Mailbox, header::ContentType};
use lettre::{FileTransport, Message, SmtpTransport, Transport};
use rencai_store::{Store, StoreResult, outbox};
use std::path::PathBuf;

pub enum Mailer {
    /// A relay on the host or the private network (no TLS: use a local MTA for the
    /// last hop).
    Smtp(Box<SmtpTransport>),
    /// One `.eml` file per message.
    Folder(PathBuf),
}

impl Mailer {
    /// `smtp://host:port` when given, else the folder.
    pub fn new(smtp_url: Option<&str>, folder: PathBuf) -> Result<Self, String> {
        match smtp_url.filter(|u| !u.trim().is_empty()) {
            Some(url) => {
                let rest = url.trim().strip_prefix("smtp://").ok_or_else(|| {
                    "the SMTP address must look like smtp://host:port".to_string()
                })?;
                let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
                    Some((h, p)) => (
                        h,
                        p.parse::<u16>()
                            .map_err(|_| format!("the SMTP port {p} is not a number"))?,
                    ),
                    None => (rest.trim_end_matches('/'), 25),
                };
                Ok(Mailer::Smtp(Box::new(
                    SmtpTransport::builder_dangerous(host).port(port).build(),
                )))
            }
            None => {
                std::fs::create_dir_all(&folder)
                    .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
                Ok(Mailer::Folder(folder))
            }
        }
    }

    fn send(&self, m: &Message) -> Result<(), String> {
        match self {
            Mailer::Smtp(t) => t.send(m).map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Folder(dir) => FileTransport::new(dir)
                .send(m)
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }
}

fn build(from: &Mailbox, m: &outbox::Message) -> Result<Message, String> {
    let to: Mailbox = m
        .recipient
        .parse()
        .map_err(|_| "recipient is not an address".to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(m.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(m.body.clone())
        .map_err(|e| e.to_string())
}

/// Sends what is pending; returns (sent, failed). A failure is recorded on the message
/// (it is retried on later rounds until `outbox::pending` gives up on it); the error text names the
/// transport's complaint, never the message body.
pub fn deliver(store: &Store, mailer: &Mailer, from: &Mailbox) -> StoreResult<(usize, usize)> {
    let pending = store.read(|c| outbox::pending(c, 100))?;
    let (mut sent, mut failed) = (0, 0);
    for m in pending {
        match build(from, &m).and_then(|msg| mailer.send(&msg)) {
            Ok(()) => {
                let now = store.now();
                store.write(|c| outbox::mark_sent(c, m.id, now))?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(message = m.id, error = %e, "mail not delivered; will retry");
                store.write(|c| outbox::mark_failed(c, m.id, &e))?;
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}
