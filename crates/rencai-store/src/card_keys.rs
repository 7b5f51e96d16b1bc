//! The keys card tokens are signed with. Secrets are sealed by the vault; public halves
//! are published. Rotation adds a key and retires the one before, which stays trusted
//! until the last card it signed can have expired.

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::card_keys;
use crate::store::{from_micros, micros};
use diesel::prelude::*;

#[derive(Clone)]
pub struct StoredKey {
    /// 16 hex digits.
    pub kid: String,
    /// The Ed25519 public key, hex.
    pub public_key: String,
    /// The secret, sealed by the vault.
    pub sealed_secret: Vec<u8>,
    pub created_at: jiff::Timestamp,
    pub retired_at: Option<jiff::Timestamp>,
    pub not_after: Option<jiff::Timestamp>,
}

impl std::fmt::Debug for StoredKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredKey")
            .field("kid", &self.kid)
            .field("retired_at", &self.retired_at)
            .finish_non_exhaustive()
    }
}

type Row = (String, String, Vec<u8>, i64, Option<i64>, Option<i64>);

fn stored(r: Row) -> StoredKey {
    StoredKey {
        kid: r.0,
        public_key: r.1,
        sealed_secret: r.2,
        created_at: from_micros(r.3),
        retired_at: r.4.map(from_micros),
        not_after: r.5.map(from_micros),
    }
}

/// Every key, the signing one first, then retired ones newest first.
pub fn all(c: &mut DbConn) -> StoreResult<Vec<StoredKey>> {
    Ok(card_keys::table
        .order((
            card_keys::retired_at.is_not_null(),
            card_keys::created_at.desc(),
        ))
        .select((
            card_keys::kid,
            card_keys::public_key,
            card_keys::secret,
            card_keys::created_at,
            card_keys::retired_at,
            card_keys::not_after,
        ))
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Is there a signing key (one not retired)? Ask inside the write that would add one,
/// so two servers starting at once do not both make a first key.
pub fn has_current(c: &mut DbConn) -> StoreResult<bool> {
    Ok(card_keys::table
        .filter(card_keys::retired_at.is_null())
        .count()
        .get_result::<i64>(c)?
        > 0)
}

/// Adds a signing key and retires the current one: it stays trusted until `trust_until`.
pub fn rotate(
    c: &mut DbConn,
    kid: &str,
    public_key: &str,
    sealed_secret: &[u8],
    now: jiff::Timestamp,
    trust_until: jiff::Timestamp,
) -> StoreResult<Option<String>> {
    let retired: Option<String> = card_keys::table
        .filter(card_keys::retired_at.is_null())
        .select(card_keys::kid)
        .first(c)
        .optional()?;
    diesel::update(card_keys::table.filter(card_keys::retired_at.is_null()))
        .set((
            card_keys::retired_at.eq(micros(now)),
            card_keys::not_after.eq(micros(trust_until)),
        ))
        .execute(c)?;
    diesel::insert_into(card_keys::table)
        .values((
            card_keys::kid.eq(kid),
            card_keys::public_key.eq(public_key),
            card_keys::secret.eq(sealed_secret),
            card_keys::created_at.eq(micros(now)),
        ))
        .execute(c)?;
    Ok(retired)
}
