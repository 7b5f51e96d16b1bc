//! Talent cards. One per talent; the card follows the accreditation in force. Each
//! change of what the card's token says (tier, expiry, a reissue) bumps the generation,
//! which voids every token of an older generation.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult};
use crate::schema::{cards, talents};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{AccreditationId, CardId, JurisdictionId, TalentId};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardStatus {
    Active,
    Suspended,
    Revoked,
}

impl CardStatus {
    pub fn code(self) -> &'static str {
        match self {
            CardStatus::Active => "active",
            CardStatus::Suspended => "suspended",
            CardStatus::Revoked => "revoked",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "active" => CardStatus::Active,
            "suspended" => CardStatus::Suspended,
            _ => CardStatus::Revoked,
        }
    }
}

#[derive(Debug, Clone)]
pub struct StoredCard {
    pub id: CardId,
    pub number: String,
    pub talent_id: TalentId,
    pub talent_name: String,
    pub accreditation_id: AccreditationId,
    pub jurisdiction_id: JurisdictionId,
    pub tier_code: String,
    pub generation: u32,
    pub status: CardStatus,
    pub status_reason: Option<String>,
    pub holder_check: String,
    pub issued_at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
    pub updated_at: jiff::Timestamp,
}

type Row = (
    (i64, String, i64, String, i64, i64, String),
    (i64, String, Option<String>, String, i64, i64, i64),
);

macro_rules! columns {
    () => {
        (
            (
                cards::id,
                cards::number,
                cards::talent_id,
                talents::name,
                cards::accreditation_id,
                cards::jurisdiction_id,
                cards::tier_code,
            ),
            (
                cards::generation,
                cards::status,
                cards::status_reason,
                cards::holder_check,
                cards::issued_at,
                cards::expires_at,
                cards::updated_at,
            ),
        )
    };
}

fn stored((a, b): Row) -> StoredCard {
    StoredCard {
        id: CardId(a.0),
        number: a.1,
        talent_id: TalentId(a.2),
        talent_name: a.3,
        accreditation_id: AccreditationId(a.4),
        jurisdiction_id: JurisdictionId(a.5),
        tier_code: a.6,
        generation: u32::try_from(b.0).unwrap_or(u32::MAX),
        status: CardStatus::parse(&b.1),
        status_reason: b.2,
        holder_check: b.3,
        issued_at: from_micros(b.4),
        expires_at: from_micros(b.5),
        updated_at: from_micros(b.6),
    }
}

/// What the card of an accreditation says.
pub struct CardTerms<'a> {
    pub talent_id: TalentId,
    pub accreditation_id: AccreditationId,
    pub jurisdiction_id: JurisdictionId,
    pub tier_code: &'a str,
    pub holder_check: &'a str,
    pub expires_at: jiff::Timestamp,
}

/// Issues the talent's card for an accreditation, or moves their card onto it (a
/// renewal, a re-evaluation): a new generation, active again.
pub fn issue(
    c: &mut DbConn,
    t: &CardTerms<'_>,
    number_prefix: &str,
    now: jiff::Timestamp,
) -> StoreResult<StoredCard> {
    let existing: Option<(i64, i64)> = cards::table
        .filter(cards::talent_id.eq(t.talent_id.0))
        .select((cards::id, cards::generation))
        .get_result(c)
        .optional()?;
    let id = match existing {
        Some((id, generation)) => {
            diesel::update(cards::table.find(id))
                .set((
                    cards::accreditation_id.eq(t.accreditation_id.0),
                    cards::jurisdiction_id.eq(t.jurisdiction_id.0),
                    cards::tier_code.eq(t.tier_code),
                    cards::generation.eq(generation + 1),
                    cards::status.eq(CardStatus::Active.code()),
                    cards::status_reason.eq(None::<String>),
                    cards::holder_check.eq(t.holder_check),
                    cards::issued_at.eq(micros(now)),
                    cards::expires_at.eq(micros(t.expires_at)),
                    cards::updated_at.eq(micros(now)),
                ))
                .execute(c)?;
            id
        }
        None => {
            // The number needs the id; a placeholder keeps the column unique until then.
            let id = diesel::insert_into(cards::table)
                .values((
                    cards::number.eq(format!("pending-{}", t.talent_id.0)),
                    cards::talent_id.eq(t.talent_id.0),
                    cards::accreditation_id.eq(t.accreditation_id.0),
                    cards::jurisdiction_id.eq(t.jurisdiction_id.0),
                    cards::tier_code.eq(t.tier_code),
                    cards::generation.eq(1_i64),
                    cards::status.eq(CardStatus::Active.code()),
                    cards::holder_check.eq(t.holder_check),
                    cards::issued_at.eq(micros(now)),
                    cards::expires_at.eq(micros(t.expires_at)),
                    cards::updated_at.eq(micros(now)),
                ))
                .returning(cards::id)
                .get_result::<i64>(c)?;
            diesel::update(cards::table.find(id))
                .set(cards::number.eq(format!("{number_prefix}-TC-{id:07}")))
                .execute(c)?;
            id
        }
    };
    get(c, CardId(id))
}

pub fn get(c: &mut DbConn, id: CardId) -> StoreResult<StoredCard> {
    cards::table
        .inner_join(talents::table)
        .filter(cards::id.eq(id.0))
        .select(columns!())
        .get_result::<Row>(c)
        .optional()?
        .map(stored)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

/// The number is compared as `(? || '')`, not as a bare parameter: after `ANALYZE`,
/// SQLite's STAT4 plans an indexed equality with a bare parameter's bound value and so
/// prepares the statement again on every run (every card scan). An expression hides the
/// value from the planner; the unique index on `number` is used all the same.
pub fn by_number(c: &mut DbConn, number: &str) -> StoreResult<Option<StoredCard>> {
    Ok(cards::table
        .inner_join(talents::table)
        .filter(cards::number.eq(number.into_sql::<diesel::sql_types::Text>().concat("")))
        .select(columns!())
        .get_result::<Row>(c)
        .optional()?
        .map(stored))
}

pub fn of_talent(c: &mut DbConn, t: TalentId) -> StoreResult<Option<StoredCard>> {
    Ok(cards::table
        .inner_join(talents::table)
        .filter(cards::talent_id.eq(t.0))
        .select(columns!())
        .get_result::<Row>(c)
        .optional()?
        .map(stored))
}

/// Cards in these jurisdictions, newest first, at most `limit`.
pub fn list(
    c: &mut DbConn,
    reach: &BTreeSet<JurisdictionId>,
    limit: i64,
) -> StoreResult<Vec<StoredCard>> {
    Ok(cards::table
        .inner_join(talents::table)
        .filter(cards::jurisdiction_id.eq_any(reach.iter().map(|j| j.0).collect::<Vec<_>>()))
        .order(cards::id.desc())
        .limit(limit)
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Changes the status (suspend, reinstate, revoke). A revoked card stays revoked.
pub fn set_status(
    c: &mut DbConn,
    id: CardId,
    status: CardStatus,
    reason: Option<&str>,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        cards::table
            .find(id.0)
            .filter(cards::status.ne(CardStatus::Revoked.code())),
    )
    .set((
        cards::status.eq(status.code()),
        cards::status_reason.eq(reason),
        cards::updated_at.eq(micros(now)),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("card-revoked").into());
    }
    Ok(())
}

/// Revokes the card that rests on this accreditation, if any; returns it.
pub fn revoke_with(
    c: &mut DbConn,
    accreditation: AccreditationId,
    reason: &str,
    now: jiff::Timestamp,
) -> StoreResult<Option<CardId>> {
    let id: Option<i64> = cards::table
        .filter(cards::accreditation_id.eq(accreditation.0))
        .filter(cards::status.ne(CardStatus::Revoked.code()))
        .select(cards::id)
        .get_result(c)
        .optional()?;
    if let Some(id) = id {
        set_status(c, CardId(id), CardStatus::Revoked, Some(reason), now)?;
    }
    Ok(id.map(CardId))
}

/// A lost card: a new generation, so tokens printed before stop working.
pub fn reissue(c: &mut DbConn, id: CardId, now: jiff::Timestamp) -> StoreResult<u32> {
    let card = get(c, id)?;
    if card.status == CardStatus::Revoked {
        return Err(DomainError::Conflict("card-revoked").into());
    }
    let generation = i64::from(card.generation) + 1;
    diesel::update(cards::table.find(id.0))
        .set((
            cards::generation.eq(generation),
            cards::updated_at.eq(micros(now)),
        ))
        .execute(c)?;
    Ok(u32::try_from(generation).unwrap_or(u32::MAX))
}

/// What service points must refuse although the signature holds: cards not active
/// (whole card) and older generations of unexpired cards.
pub struct RevokedCard {
    pub number: String,
    /// `None`: the whole card; `Some(n)`: generations below n.
    pub below_generation: Option<u32>,
}

pub fn revocations(c: &mut DbConn, now: jiff::Timestamp) -> StoreResult<Vec<RevokedCard>> {
    let rows: Vec<(String, String, i64)> = cards::table
        .filter(cards::expires_at.gt(micros(now)))
        .filter(
            cards::status
                .ne(CardStatus::Active.code())
                .or(cards::generation.gt(1_i64)),
        )
        .order(cards::id)
        .select((cards::number, cards::status, cards::generation))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(number, status, generation)| RevokedCard {
            number,
            below_generation: (status == CardStatus::Active.code())
                .then(|| u32::try_from(generation).unwrap_or(u32::MAX)),
        })
        .collect())
}
