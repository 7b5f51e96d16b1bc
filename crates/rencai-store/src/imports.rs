//! Uploaded files waiting for confirmation. The file is kept in the database (not on a
//! web node's disk) so any process can confirm what another previewed.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult};
use crate::schema::import_batches;
use crate::store::micros;
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::UserId;

pub fn stage(
    c: &mut DbConn,
    user: UserId,
    file_name: &str,
    content: &[u8],
    rows: usize,
    now: jiff::Timestamp,
) -> StoreResult<i64> {
    Ok(diesel::insert_into(import_batches::table)
        .values((
            import_batches::user_id.eq(user.0),
            import_batches::file_name.eq(file_name),
            import_batches::content.eq(content),
            import_batches::row_count.eq(i64::try_from(rows).unwrap_or(i64::MAX)),
            import_batches::status.eq("previewed"),
            import_batches::created_at.eq(micros(now)),
        ))
        .returning(import_batches::id)
        .get_result(c)?)
}

/// The staged file, only for the user who uploaded it and only once.
pub fn take(c: &mut DbConn, id: i64, user: UserId) -> StoreResult<(String, Vec<u8>)> {
    let row: Option<(String, Vec<u8>, String)> = import_batches::table
        .find(id)
        .filter(import_batches::user_id.eq(user.0))
        .select((
            import_batches::file_name,
            import_batches::content,
            import_batches::status,
        ))
        .first(c)
        .optional()?;
    match row {
        None => Err(StoreError::Domain(DomainError::NotFound)),
        Some((_, _, status)) if status != "previewed" => {
            Err(DomainError::Conflict("import-already-committed").into())
        }
        Some((name, content, _)) => Ok((name, content)),
    }
}

/// Marks the batch done and drops its content (it may hold personal data).
pub fn finish(c: &mut DbConn, id: i64) -> StoreResult<()> {
    diesel::update(import_batches::table.find(id))
        .set((
            import_batches::status.eq("committed"),
            import_batches::content.eq(Vec::<u8>::new()),
        ))
        .execute(c)?;
    Ok(())
}
