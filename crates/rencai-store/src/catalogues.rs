//! Tier catalogues: one draft per jurisdiction that its admin edits, and published
//! versions that never change (a trigger guards them too). The body is the domain's
//! `Catalogue` as JSON; this module does not look inside it.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult};
use crate::schema::catalogues;
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{CatalogueId, JurisdictionId, UserId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueStatus {
    Draft,
    Published,
}

impl CatalogueStatus {
    fn code(&self) -> &'static str {
        match self {
            CatalogueStatus::Draft => "draft",
            CatalogueStatus::Published => "published",
        }
    }
}

#[derive(Debug, Clone)]
pub struct StoredCatalogue {
    pub id: CatalogueId,
    pub jurisdiction_id: JurisdictionId,
    pub version: i64,
    pub status: CatalogueStatus,
    pub body: String,
    pub updated_at: jiff::Timestamp,
    pub published_at: Option<jiff::Timestamp>,
}

type Row = (i64, i64, i64, String, String, i64, Option<i64>);

macro_rules! columns {
    () => {
        (
            catalogues::id,
            catalogues::jurisdiction_id,
            catalogues::version,
            catalogues::status,
            catalogues::body,
            catalogues::updated_at,
            catalogues::published_at,
        )
    };
}

fn stored(r: Row) -> StoredCatalogue {
    StoredCatalogue {
        id: CatalogueId(r.0),
        jurisdiction_id: JurisdictionId(r.1),
        version: r.2,
        status: if r.3 == "draft" {
            CatalogueStatus::Draft
        } else {
            CatalogueStatus::Published
        },
        body: r.4,
        updated_at: from_micros(r.5),
        published_at: r.6.map(from_micros),
    }
}

pub fn get(c: &mut DbConn, id: CatalogueId) -> StoreResult<StoredCatalogue> {
    catalogues::table
        .find(id.0)
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

pub fn draft(c: &mut DbConn, j: JurisdictionId) -> StoreResult<Option<StoredCatalogue>> {
    Ok(catalogues::table
        .filter(catalogues::jurisdiction_id.eq(j.0))
        .filter(catalogues::status.eq(CatalogueStatus::Draft.code()))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored))
}

/// The newest published version of one jurisdiction's catalogue.
pub fn published(c: &mut DbConn, j: JurisdictionId) -> StoreResult<Option<StoredCatalogue>> {
    Ok(catalogues::table
        .filter(catalogues::jurisdiction_id.eq(j.0))
        .filter(catalogues::status.eq(CatalogueStatus::Published.code()))
        .order(catalogues::version.desc())
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored))
}

/// The catalogue in force for a jurisdiction: its own newest published version, else
/// the nearest ancestor's. `ancestry` runs root first, the jurisdiction itself last.
pub fn in_force(
    c: &mut DbConn,
    ancestry: &[JurisdictionId],
) -> StoreResult<Option<StoredCatalogue>> {
    for j in ancestry.iter().rev() {
        if let Some(found) = published(c, *j)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// Every version of a jurisdiction's catalogue, newest first.
pub fn versions(c: &mut DbConn, j: JurisdictionId) -> StoreResult<Vec<StoredCatalogue>> {
    Ok(catalogues::table
        .filter(catalogues::jurisdiction_id.eq(j.0))
        .order(catalogues::version.desc())
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Jurisdictions that have a published catalogue.
pub fn with_published(c: &mut DbConn) -> StoreResult<Vec<JurisdictionId>> {
    Ok(catalogues::table
        .filter(catalogues::status.eq(CatalogueStatus::Published.code()))
        .select(catalogues::jurisdiction_id)
        .distinct()
        .load::<i64>(c)?
        .into_iter()
        .map(JurisdictionId)
        .collect())
}

/// Saves the draft (creating it as the next version number when there is none).
/// `expected` is the draft's `updated_at` the editor started from: saving over someone
/// else's newer save is a conflict.
pub fn save_draft(
    c: &mut DbConn,
    j: JurisdictionId,
    body: &str,
    expected: Option<jiff::Timestamp>,
    by: UserId,
    now: jiff::Timestamp,
) -> StoreResult<CatalogueId> {
    match draft(c, j)? {
        Some(d) => {
            if expected.is_some_and(|e| micros(e) != micros(d.updated_at)) {
                return Err(DomainError::Conflict("stale-version").into());
            }
            diesel::update(catalogues::table.find(d.id.0))
                .set((
                    catalogues::body.eq(body),
                    catalogues::updated_at.eq(micros(now).max(micros(d.updated_at) + 1)),
                ))
                .execute(c)?;
            Ok(d.id)
        }
        None => {
            let last: Option<i64> = catalogues::table
                .filter(catalogues::jurisdiction_id.eq(j.0))
                .select(diesel::dsl::max(catalogues::version))
                .first(c)?;
            let id = diesel::insert_into(catalogues::table)
                .values((
                    catalogues::jurisdiction_id.eq(j.0),
                    catalogues::version.eq(last.unwrap_or(0) + 1),
                    catalogues::status.eq(CatalogueStatus::Draft.code()),
                    catalogues::body.eq(body),
                    catalogues::created_by.eq(by.0),
                    catalogues::created_at.eq(micros(now)),
                    catalogues::updated_at.eq(micros(now)),
                ))
                .returning(catalogues::id)
                .get_result::<i64>(c)?;
            Ok(CatalogueId(id))
        }
    }
}

pub fn discard_draft(c: &mut DbConn, j: JurisdictionId) -> StoreResult<bool> {
    // A draft that a what-if run refers to stays referenced; its runs go with it.
    let Some(d) = draft(c, j)? else {
        return Ok(false);
    };
    crate::whatif::delete_for(c, d.id)?;
    diesel::delete(catalogues::table.find(d.id.0)).execute(c)?;
    Ok(true)
}

/// Turns the draft into the newest published version.
pub fn publish(
    c: &mut DbConn,
    id: CatalogueId,
    by: UserId,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        catalogues::table
            .find(id.0)
            .filter(catalogues::status.eq(CatalogueStatus::Draft.code())),
    )
    .set((
        catalogues::status.eq(CatalogueStatus::Published.code()),
        catalogues::published_at.eq(micros(now)),
        catalogues::published_by.eq(by.0),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("catalogue-not-draft").into());
    }
    Ok(())
}

/// One jurisdiction's catalogue rows at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub jurisdiction_id: JurisdictionId,
    /// Its newest published version, if any.
    pub published: Option<i64>,
    /// The version number of its draft, if any.
    pub draft: Option<i64>,
}

/// Every jurisdiction with any catalogue row; the catalogue list shows this.
pub fn overview(c: &mut DbConn) -> StoreResult<Vec<Overview>> {
    let rows: Vec<(i64, i64, String)> = catalogues::table
        .select((
            catalogues::jurisdiction_id,
            catalogues::version,
            catalogues::status,
        ))
        .order((catalogues::jurisdiction_id, catalogues::version))
        .load(c)?;
    let mut out: Vec<Overview> = Vec::new();
    for (j, version, status) in rows {
        let j = JurisdictionId(j);
        if out.last().is_none_or(|last| last.jurisdiction_id != j) {
            out.push(Overview {
                jurisdiction_id: j,
                published: None,
                draft: None,
            });
        }
        if let Some(entry) = out.last_mut() {
            if status == CatalogueStatus::Draft.code() {
                entry.draft = Some(version);
            } else {
                entry.published = Some(version);
            }
        }
    }
    Ok(out)
}
