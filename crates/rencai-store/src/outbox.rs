//! Mail waiting to be sent. Messages are written by the transaction that causes them
//! (so a rolled-back decision sends nothing) and delivered by a worker; the dedupe key
//! makes a reminder that is queued twice a no-op.

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::outbox;
use crate::store::micros;
use diesel::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub dedupe_key: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// Queues a message unless one with the same key exists; answers whether it was new.
pub fn enqueue(
    c: &mut DbConn,
    dedupe_key: &str,
    recipient: &str,
    subject: &str,
    body: &str,
    now: jiff::Timestamp,
) -> StoreResult<bool> {
    let known: i64 = outbox::table
        .filter(outbox::dedupe_key.eq(dedupe_key))
        .count()
        .get_result(c)?;
    if known > 0 {
        return Ok(false);
    }
    diesel::insert_into(outbox::table)
        .values((
            outbox::dedupe_key.eq(dedupe_key),
            outbox::recipient.eq(recipient),
            outbox::subject.eq(subject),
            outbox::body.eq(body),
            outbox::created_at.eq(micros(now)),
            outbox::attempts.eq(0_i64),
        ))
        .execute(c)?;
    Ok(true)
}

/// Unsent messages, oldest first, skipping those that failed too often.
pub fn pending(c: &mut DbConn, limit: i64) -> StoreResult<Vec<Message>> {
    let rows: Vec<(i64, String, String, String, String, i64)> = outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.lt(10_i64))
        .order(outbox::id)
        .limit(limit)
        .select((
            outbox::id,
            outbox::dedupe_key,
            outbox::recipient,
            outbox::subject,
            outbox::body,
            outbox::attempts,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| Message {
            id: r.0,
            dedupe_key: r.1,
            recipient: r.2,
            subject: r.3,
            body: r.4,
            attempts: r.5,
        })
        .collect())
}

pub fn mark_sent(c: &mut DbConn, id: i64, now: jiff::Timestamp) -> StoreResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::sent_at.eq(micros(now)),
            outbox::attempts.eq(outbox::attempts + 1),
        ))
        .execute(c)?;
    Ok(())
}

pub fn mark_failed(c: &mut DbConn, id: i64, error: &str) -> StoreResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::last_error.eq(error),
        ))
        .execute(c)?;
    Ok(())
}

/// Messages for one recipient, newest first (the demo's mail view and tests).
pub fn for_recipient(c: &mut DbConn, recipient: &str) -> StoreResult<Vec<Message>> {
    let rows: Vec<(i64, String, String, String, String, i64)> = outbox::table
        .filter(outbox::recipient.eq(recipient))
        .order(outbox::id.desc())
        .select((
            outbox::id,
            outbox::dedupe_key,
            outbox::recipient,
            outbox::subject,
            outbox::body,
            outbox::attempts,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| Message {
            id: r.0,
            dedupe_key: r.1,
            recipient: r.2,
            subject: r.3,
            body: r.4,
            attempts: r.5,
        })
        .collect())
}
