//! The append-only, hash-chained audit log. Entries are written by the same transaction
//! as the change they describe (see [`crate::store::Store::write`]).

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::{audit_head, audit_log};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::audit::{AuditEntry, AuditRecord, ChainBreak, ChainVerifier};
use rencai_domain::ids::{JurisdictionId, UserId};
use rencai_domain::paging::{Page, PageRequest};

/// Who did it, as the audit log records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<UserId>,
    pub name: String,
}

impl Actor {
    pub fn user(id: UserId, name: &str) -> Self {
        Self {
            id: Some(id),
            name: name.to_string(),
        }
    }

    /// Work done by the operator on the command line (demo, import, token create).
    pub fn cli() -> Self {
        Self {
            id: None,
            name: "cli".into(),
        }
    }
}

/// Takes the write lock: SQLite's write lock at once, PostgreSQL's row lock on the head.
pub fn lock_writes(c: &mut DbConn) -> QueryResult<()> {
    diesel::update(audit_head::table.find(1_i64))
        .set(audit_head::last_id.eq(audit_head::last_id))
        .execute(c)
        .map(|_| ())
}

/// Appends one entry; call inside [`crate::store::Store::write`].
pub fn append(
    c: &mut DbConn,
    at: jiff::Timestamp,
    actor: &Actor,
    action: &str,
    subject: (&str, Option<i64>),
    jurisdiction: Option<JurisdictionId>,
    details: serde_json::Value,
) -> StoreResult<i64> {
    let record = AuditRecord {
        at,
        actor_id: actor.id,
        actor: actor.name.clone(),
        action: action.to_string(),
        subject_type: subject.0.to_string(),
        subject_id: subject.1,
        jurisdiction_id: jurisdiction,
        details: details.to_string(),
    };
    let prev: String = audit_head::table
        .find(1_i64)
        .select(audit_head::last_hash)
        .get_result(c)?;
    let hash = record.chain_hash(&prev);
    let id: i64 = diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(micros(record.at)),
            audit_log::actor_id.eq(record.actor_id.map(|u| u.0)),
            audit_log::actor.eq(&record.actor),
            audit_log::action.eq(&record.action),
            audit_log::subject_type.eq(&record.subject_type),
            audit_log::subject_id.eq(record.subject_id),
            audit_log::jurisdiction_id.eq(record.jurisdiction_id.map(|j| j.0)),
            audit_log::details.eq(&record.details),
            audit_log::prev_hash.eq(&prev),
            audit_log::hash.eq(&hash),
        ))
        .returning(audit_log::id)
        .get_result(c)?;
    diesel::update(audit_head::table.find(1_i64))
        .set((audit_head::last_id.eq(id), audit_head::last_hash.eq(&hash)))
        .execute(c)?;
    Ok(id)
}

/// The columns an [`AuditEntry`] is read from, in [`Row`] order.
macro_rules! audit_columns {
    () => {
        (
            audit_log::id,
            audit_log::at,
            audit_log::actor_id,
            audit_log::actor,
            audit_log::action,
            audit_log::subject_type,
            audit_log::subject_id,
            audit_log::jurisdiction_id,
            audit_log::details,
            audit_log::prev_hash,
            audit_log::hash,
        )
    };
}

type Row = (
    i64,
    i64,
    Option<i64>,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    String,
    String,
    String,
);

fn entry(r: Row) -> AuditEntry {
    AuditEntry {
        id: r.0,
        record: AuditRecord {
            at: from_micros(r.1),
            actor_id: r.2.map(UserId),
            actor: r.3,
            action: r.4,
            subject_type: r.5,
            subject_id: r.6,
            jurisdiction_id: r.7.map(JurisdictionId),
            details: r.8,
        },
        prev_hash: r.9,
        hash: r.10,
    }
}

/// What the audit page can narrow by.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action_prefix: Option<String>,
    pub subject: Option<(String, i64)>,
    /// Only entries about these jurisdictions (None: everything).
    pub jurisdictions: Option<Vec<JurisdictionId>>,
}

pub fn list(
    c: &mut DbConn,
    filter: &AuditFilter,
    page: PageRequest,
) -> StoreResult<Page<AuditEntry>> {
    let build = || {
        let mut q = audit_log::table.into_boxed();
        if let Some(p) = &filter.action_prefix {
            q = q.filter(audit_log::action.like(format!("{}%", p.replace('%', ""))));
        }
        if let Some((t, id)) = &filter.subject {
            q = q
                .filter(audit_log::subject_type.eq(t.clone()))
                .filter(audit_log::subject_id.eq(*id));
        }
        if let Some(js) = &filter.jurisdictions {
            let ids: Vec<i64> = js.iter().map(|j| j.0).collect();
            q = q.filter(audit_log::jurisdiction_id.eq_any(ids));
        }
        q
    };
    let total: i64 = build().count().get_result(c)?;
    let rows: Vec<Row> = build()
        .select(audit_columns!())
        .order(audit_log::id.desc())
        .offset(page.offset())
        .limit(page.limit())
        .load(c)?;
    Ok(Page {
        items: rows.into_iter().map(entry).collect(),
        page: page.page,
        per_page: page.per_page,
        total: u64::try_from(total).unwrap_or(0),
        total_capped: false,
    })
}

/// The outcome of walking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub checked: u64,
    pub first_break: Option<ChainBreak>,
    /// The head no longer points at the last entry (entries were cut off the end).
    pub head_mismatch: bool,
}

/// Walks the chain in pages of 10,000 so a long log never sits in memory at once.
pub fn verify(c: &mut DbConn) -> StoreResult<Verification> {
    let mut v = ChainVerifier::default();
    let mut after = 0_i64;
    let mut last: Option<(i64, String)> = None;
    loop {
        let rows: Vec<Row> = audit_log::table
            .select(audit_columns!())
            .filter(audit_log::id.gt(after))
            .order(audit_log::id.asc())
            .limit(10_000)
            .load(c)?;
        if rows.is_empty() {
            break;
        }
        for r in rows {
            let e = entry(r);
            if let Err(b) = v.check(&e) {
                return Ok(Verification {
                    checked: v.checked,
                    first_break: Some(b),
                    head_mismatch: false,
                });
            }
            after = e.id;
            last = Some((e.id, e.hash));
        }
    }
    let (head_id, head_hash): (i64, String) = audit_head::table
        .find(1_i64)
        .select((audit_head::last_id, audit_head::last_hash))
        .get_result(c)?;
    let head_mismatch = match last {
        Some((id, hash)) => id != head_id || hash != head_hash,
        None => head_id != 0,
    };
    Ok(Verification {
        checked: v.checked,
        first_break: None,
        head_mismatch,
    })
}
