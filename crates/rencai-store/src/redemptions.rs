//! Uses of card services. Exactness rests on two things: the quota is checked and the
//! use inserted inside one write transaction (writes are serialised by the write lock),
//! and the use's number within its period is unique, so even a writer that skipped the
//! check could not record a use beyond the quota's count as a first use twice.

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::{providers, redemptions, users};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{CardId, ProviderId, RedemptionId, UserId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRedemption {
    pub id: RedemptionId,
    pub card_id: CardId,
    pub service_code: String,
    pub period_key: String,
    /// The how-manieth use of the service in its period.
    pub seq: u32,
    /// The provider's name in English and in Chinese.
    pub provider: Option<String>,
    pub provider_zh: Option<String>,
    pub redeemed_by: String,
    pub at: jiff::Timestamp,
}

pub struct NewRedemption<'a> {
    pub card_id: CardId,
    pub generation: u32,
    pub service_code: &'a str,
    pub period_key: &'a str,
    /// `None`: unlimited.
    pub quota: Option<u32>,
    pub provider_id: Option<ProviderId>,
    /// The provider's names (English, Chinese) and the user's username, for the answer:
    /// the caller holds them already, so the new row is not read back with its joins.
    pub provider_names: Option<(&'a str, &'a str)>,
    pub username: &'a str,
    pub user: UserId,
    pub idempotency_key: &'a str,
    pub at: jiff::Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redeemed {
    /// Recorded now; its `seq` is also the uses of the period so far.
    New(StoredRedemption),
    /// This user sent this key before: the same redemption, nothing more recorded.
    Replayed(StoredRedemption),
    /// The quota of the period is used up; nothing recorded.
    Exhausted { used: u32 },
}

type Row = (
    i64,
    i64,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    String,
    i64,
);

macro_rules! columns {
    () => {
        (
            redemptions::id,
            redemptions::card_id,
            redemptions::service_code,
            redemptions::period_key,
            redemptions::seq,
            providers::name_en.nullable(),
            providers::name_zh.nullable(),
            users::username,
            redemptions::at,
        )
    };
}

fn stored(r: Row) -> StoredRedemption {
    StoredRedemption {
        id: RedemptionId(r.0),
        card_id: CardId(r.1),
        service_code: r.2,
        period_key: r.3,
        seq: u32::try_from(r.4).unwrap_or(u32::MAX),
        provider: r.5,
        provider_zh: r.6,
        redeemed_by: r.7,
        at: from_micros(r.8),
    }
}

fn by_key(c: &mut DbConn, user: UserId, key: &str) -> StoreResult<Option<StoredRedemption>> {
    Ok(redemptions::table
        .inner_join(users::table)
        .left_join(providers::table)
        .filter(redemptions::redeemed_by.eq(user.0))
        .filter(redemptions::idempotency_key.eq(key))
        .select(columns!())
        .get_result::<Row>(c)
        .optional()?
        .map(stored))
}

/// How often the card used the service in the period.
pub fn used(c: &mut DbConn, card: CardId, service: &str, period: &str) -> StoreResult<u32> {
    let n: i64 = redemptions::table
        .filter(redemptions::card_id.eq(card.0))
        .filter(redemptions::service_code.eq(service))
        .filter(redemptions::period_key.eq(period))
        .count()
        .get_result(c)?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Uses of every service by the card in any of these periods: (service, period, uses).
pub fn usage(
    c: &mut DbConn,
    card: CardId,
    periods: &[String],
) -> StoreResult<Vec<(String, String, u32)>> {
    let rows: Vec<(String, String, i64)> = redemptions::table
        .filter(redemptions::card_id.eq(card.0))
        .filter(redemptions::period_key.eq_any(periods))
        .group_by((redemptions::service_code, redemptions::period_key))
        .select((
            redemptions::service_code,
            redemptions::period_key,
            diesel::dsl::count_star(),
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(s, p, n)| (s, p, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}

/// Redeems once, unless this user's key was seen before or the quota is used up. Call
/// inside [`crate::store::Store::write`].
pub fn redeem(c: &mut DbConn, r: &NewRedemption<'_>) -> StoreResult<Redeemed> {
    if let Some(before) = by_key(c, r.user, r.idempotency_key)? {
        if before.card_id != r.card_id || before.service_code != r.service_code {
            return Err(DomainError::Conflict("idempotency-key-reused").into());
        }
        return Ok(Redeemed::Replayed(before));
    }
    let used = used(c, r.card_id, r.service_code, r.period_key)?;
    if r.quota.is_some_and(|q| used >= q) {
        return Ok(Redeemed::Exhausted { used });
    }
    let seq = used + 1;
    let id: i64 = diesel::insert_into(redemptions::table)
        .values((
            redemptions::card_id.eq(r.card_id.0),
            redemptions::service_code.eq(r.service_code),
            redemptions::period_key.eq(r.period_key),
            redemptions::seq.eq(i64::from(seq)),
            redemptions::generation.eq(i64::from(r.generation)),
            redemptions::provider_id.eq(r.provider_id.map(|p| p.0)),
            redemptions::redeemed_by.eq(r.user.0),
            redemptions::idempotency_key.eq(r.idempotency_key),
            redemptions::at.eq(micros(r.at)),
        ))
        .returning(redemptions::id)
        .get_result(c)?;
    Ok(Redeemed::New(StoredRedemption {
        id: RedemptionId(id),
        card_id: r.card_id,
        service_code: r.service_code.to_string(),
        period_key: r.period_key.to_string(),
        seq,
        provider: r.provider_names.map(|(en, _)| en.to_string()),
        provider_zh: r.provider_names.map(|(_, zh)| zh.to_string()),
        redeemed_by: r.username.to_string(),
        // As stored: whole microseconds.
        at: from_micros(micros(r.at)),
    }))
}

/// The card's uses, newest first.
pub fn history(c: &mut DbConn, card: CardId, limit: i64) -> StoreResult<Vec<StoredRedemption>> {
    Ok(redemptions::table
        .inner_join(users::table)
        .left_join(providers::table)
        .filter(redemptions::card_id.eq(card.0))
        .order(redemptions::id.desc())
        .limit(limit)
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}
