//! Decided tiers. A row records the tier, the catalogue version and criterion it was
//! decided under and the evidence it rested on (hashes), so the decision can be proven
//! later even after the catalogue moved on. Revocation and renewal add to the row;
//! nothing is deleted.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult};
use crate::schema::{accreditations, catalogues, talents};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{AccreditationId, ApplicationId, CatalogueId, JurisdictionId, TalentId};
use std::collections::BTreeSet;

pub struct NewAccreditation<'a> {
    pub talent_id: TalentId,
    pub jurisdiction_id: JurisdictionId,
    pub application_id: ApplicationId,
    pub catalogue_id: CatalogueId,
    pub tier_code: &'a str,
    pub criterion_code: &'a str,
    pub evidence: &'a str,
    pub issued_at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
}

#[derive(Debug, Clone)]
pub struct StoredAccreditation {
    pub id: AccreditationId,
    pub talent_id: TalentId,
    pub talent_name: String,
    pub talent_name_latin: Option<String>,
    pub jurisdiction_id: JurisdictionId,
    pub application_id: ApplicationId,
    pub catalogue_id: CatalogueId,
    pub catalogue_version: i64,
    pub tier_code: String,
    pub criterion_code: String,
    pub evidence: String,
    pub number: String,
    pub issued_at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
    pub revoked_at: Option<jiff::Timestamp>,
    pub revoked_reason: Option<String>,
    pub renewed_by: Option<AccreditationId>,
}

type Row = (
    (i64, i64, String, Option<String>, i64, i64, i64, i64),
    (
        String,
        String,
        String,
        String,
        i64,
        i64,
        Option<i64>,
        Option<String>,
        Option<i64>,
    ),
);

macro_rules! columns {
    () => {
        (
            (
                accreditations::id,
                accreditations::talent_id,
                talents::name,
                talents::name_latin,
                accreditations::jurisdiction_id,
                accreditations::application_id,
                accreditations::catalogue_id,
                catalogues::version,
            ),
            (
                accreditations::tier_code,
                accreditations::criterion_code,
                accreditations::evidence,
                accreditations::number,
                accreditations::issued_at,
                accreditations::expires_at,
                accreditations::revoked_at,
                accreditations::revoked_reason,
                accreditations::renewed_by,
            ),
        )
    };
}

fn stored((a, b): Row) -> StoredAccreditation {
    StoredAccreditation {
        id: AccreditationId(a.0),
        talent_id: TalentId(a.1),
        talent_name: a.2,
        talent_name_latin: a.3,
        jurisdiction_id: JurisdictionId(a.4),
        application_id: ApplicationId(a.5),
        catalogue_id: CatalogueId(a.6),
        catalogue_version: a.7,
        tier_code: b.0,
        criterion_code: b.1,
        evidence: b.2,
        number: b.3,
        issued_at: from_micros(b.4),
        expires_at: from_micros(b.5),
        revoked_at: b.6.map(from_micros),
        revoked_reason: b.7,
        renewed_by: b.8.map(AccreditationId),
    }
}

/// Creates the accreditation and gives it its certificate number, e.g. `HLJ-2026-000042`.
pub fn create(
    c: &mut DbConn,
    a: &NewAccreditation<'_>,
    number_prefix: &str,
) -> StoreResult<AccreditationId> {
    // The id is known only after the insert; a placeholder keeps the column unique.
    let id = diesel::insert_into(accreditations::table)
        .values((
            accreditations::talent_id.eq(a.talent_id.0),
            accreditations::jurisdiction_id.eq(a.jurisdiction_id.0),
            accreditations::application_id.eq(a.application_id.0),
            accreditations::catalogue_id.eq(a.catalogue_id.0),
            accreditations::tier_code.eq(a.tier_code),
            accreditations::criterion_code.eq(a.criterion_code),
            accreditations::evidence.eq(a.evidence),
            accreditations::number.eq(format!("pending-{}", a.application_id.0)),
            accreditations::issued_at.eq(micros(a.issued_at)),
            accreditations::expires_at.eq(micros(a.expires_at)),
        ))
        .returning(accreditations::id)
        .get_result::<i64>(c)?;
    let year = a.issued_at.to_zoned(jiff::tz::TimeZone::UTC).year();
    diesel::update(accreditations::table.find(id))
        .set(accreditations::number.eq(format!("{number_prefix}-{year}-{id:06}")))
        .execute(c)?;
    Ok(AccreditationId(id))
}

pub fn get(c: &mut DbConn, id: AccreditationId) -> StoreResult<StoredAccreditation> {
    accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(accreditations::id.eq(id.0))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

pub fn by_number(c: &mut DbConn, number: &str) -> StoreResult<Option<StoredAccreditation>> {
    Ok(accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(accreditations::number.eq(number))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored))
}

pub fn by_application(
    c: &mut DbConn,
    app: ApplicationId,
) -> StoreResult<Option<StoredAccreditation>> {
    Ok(accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(accreditations::application_id.eq(app.0))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored))
}

/// Accreditations of one talent, newest first.
pub fn of_talent(c: &mut DbConn, t: TalentId) -> StoreResult<Vec<StoredAccreditation>> {
    Ok(accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(accreditations::talent_id.eq(t.0))
        .order(accreditations::id.desc())
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Accreditations in these jurisdictions (all when `None`), newest first, at most `limit`.
pub fn list(
    c: &mut DbConn,
    reach: Option<&BTreeSet<JurisdictionId>>,
    limit: i64,
) -> StoreResult<Vec<StoredAccreditation>> {
    let mut q = accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .into_boxed();
    if let Some(r) = reach {
        q = q.filter(
            accreditations::jurisdiction_id.eq_any(r.iter().map(|j| j.0).collect::<Vec<_>>()),
        );
    }
    Ok(q.order(accreditations::id.desc())
        .limit(limit)
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Active accreditations that expire before `until` (for reminders).
pub fn expiring(
    c: &mut DbConn,
    now: jiff::Timestamp,
    until: jiff::Timestamp,
) -> StoreResult<Vec<StoredAccreditation>> {
    Ok(accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(accreditations::revoked_at.is_null())
        .filter(accreditations::renewed_by.is_null())
        .filter(accreditations::expires_at.gt(micros(now)))
        .filter(accreditations::expires_at.le(micros(until)))
        .order(accreditations::expires_at)
        .limit(1000)
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

pub fn revoke(
    c: &mut DbConn,
    id: AccreditationId,
    reason: &str,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        accreditations::table
            .find(id.0)
            .filter(accreditations::revoked_at.is_null()),
    )
    .set((
        accreditations::revoked_at.eq(micros(now)),
        accreditations::revoked_reason.eq(reason),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("accreditation-revoked").into());
    }
    Ok(())
}

/// Records that `old` was renewed by `new` (it stays valid until its own expiry).
pub fn mark_renewed(c: &mut DbConn, old: AccreditationId, new: AccreditationId) -> StoreResult<()> {
    let n = diesel::update(
        accreditations::table
            .find(old.0)
            .filter(accreditations::renewed_by.is_null()),
    )
    .set(accreditations::renewed_by.eq(new.0))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("accreditation-renewed").into());
    }
    Ok(())
}

/// Accreditations in force in `reach` (not revoked, renewed or expired), oldest first.
pub fn active(
    c: &mut DbConn,
    reach: &BTreeSet<JurisdictionId>,
    now: jiff::Timestamp,
) -> StoreResult<Vec<StoredAccreditation>> {
    Ok(accreditations::table
        .inner_join(talents::table)
        .inner_join(catalogues::table.on(catalogues::id.eq(accreditations::catalogue_id)))
        .filter(
            accreditations::jurisdiction_id.eq_any(reach.iter().map(|j| j.0).collect::<Vec<_>>()),
        )
        .filter(accreditations::revoked_at.is_null())
        .filter(accreditations::renewed_by.is_null())
        .filter(accreditations::expires_at.gt(micros(now)))
        .order(accreditations::id)
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}
