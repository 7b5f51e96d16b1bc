//! Uploaded evidence. The bytes live once per SHA-256 in `blobs`; an application's
//! evidence rows point at them, so the same PDF uploaded twice is stored once.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult, is_unique_violation};
use crate::schema::{blobs, evidence};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{ApplicationId, UserId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvidence {
    pub id: i64,
    pub hash: String,
    pub file_name: String,
    pub media_type: String,
    pub size: i64,
    pub uploaded_at: jiff::Timestamp,
}

pub struct NewEvidence<'a> {
    pub application: ApplicationId,
    pub hash: &'a str,
    pub file_name: &'a str,
    pub media_type: &'a str,
    pub data: &'a [u8],
    pub by: UserId,
}

pub fn attach(c: &mut DbConn, e: &NewEvidence<'_>, now: jiff::Timestamp) -> StoreResult<i64> {
    let size = i64::try_from(e.data.len()).unwrap_or(i64::MAX);
    let known: i64 = blobs::table
        .filter(blobs::hash.eq(e.hash))
        .count()
        .get_result(c)?;
    if known == 0 {
        diesel::insert_into(blobs::table)
            .values((
                blobs::hash.eq(e.hash),
                blobs::size.eq(size),
                blobs::media_type.eq(e.media_type),
                blobs::data.eq(e.data),
                blobs::created_at.eq(micros(now)),
            ))
            .execute(c)?;
    }
    diesel::insert_into(evidence::table)
        .values((
            evidence::application_id.eq(e.application.0),
            evidence::blob_hash.eq(e.hash),
            evidence::file_name.eq(e.file_name),
            evidence::media_type.eq(e.media_type),
            evidence::size.eq(size),
            evidence::uploaded_by.eq(e.by.0),
            evidence::uploaded_at.eq(micros(now)),
        ))
        .returning(evidence::id)
        .get_result::<i64>(c)
        .map_err(|err| {
            if is_unique_violation(&err) {
                StoreError::Domain(DomainError::Conflict("evidence-duplicate"))
            } else {
                err.into()
            }
        })
}

pub fn list(c: &mut DbConn, app: ApplicationId) -> StoreResult<Vec<StoredEvidence>> {
    let rows: Vec<(i64, String, String, String, i64, i64)> = evidence::table
        .filter(evidence::application_id.eq(app.0))
        .order(evidence::id)
        .select((
            evidence::id,
            evidence::blob_hash,
            evidence::file_name,
            evidence::media_type,
            evidence::size,
            evidence::uploaded_at,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| StoredEvidence {
            id: r.0,
            hash: r.1,
            file_name: r.2,
            media_type: r.3,
            size: r.4,
            uploaded_at: from_micros(r.5),
        })
        .collect())
}

/// One file of one application: its name, type and bytes.
pub fn content(
    c: &mut DbConn,
    app: ApplicationId,
    id: i64,
) -> StoreResult<(String, String, Vec<u8>)> {
    evidence::table
        .inner_join(blobs::table.on(blobs::hash.eq(evidence::blob_hash)))
        .filter(evidence::application_id.eq(app.0))
        .filter(evidence::id.eq(id))
        .select((evidence::file_name, evidence::media_type, blobs::data))
        .first(c)
        .optional()?
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

pub fn remove(c: &mut DbConn, app: ApplicationId, id: i64) -> StoreResult<()> {
    let n = diesel::delete(
        evidence::table
            .filter(evidence::application_id.eq(app.0))
            .filter(evidence::id.eq(id)),
    )
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::NotFound.into());
    }
    Ok(())
}

/// Carries an application's evidence over to another one (a re-evaluation rests on the
/// files already reviewed). The blobs are shared, not copied.
pub fn carry_over(
    c: &mut DbConn,
    from: ApplicationId,
    to: ApplicationId,
    by: UserId,
    now: jiff::Timestamp,
) -> StoreResult<usize> {
    let rows: Vec<(String, String, String, i64)> = evidence::table
        .filter(evidence::application_id.eq(from.0))
        .order(evidence::id)
        .select((
            evidence::blob_hash,
            evidence::file_name,
            evidence::media_type,
            evidence::size,
        ))
        .load(c)?;
    for (hash, file_name, media_type, size) in &rows {
        diesel::insert_into(evidence::table)
            .values((
                evidence::application_id.eq(to.0),
                evidence::blob_hash.eq(hash),
                evidence::file_name.eq(file_name),
                evidence::media_type.eq(media_type),
                evidence::size.eq(size),
                evidence::uploaded_by.eq(by.0),
                evidence::uploaded_at.eq(micros(now)),
            ))
            .execute(c)?;
    }
    Ok(rows.len())
}
