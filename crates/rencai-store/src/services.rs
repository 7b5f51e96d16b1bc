//! Service catalogues (one per jurisdiction, the domain's `ServiceCatalogue` as JSON,
//! edited in place under a revision number) and the providers that deliver services.

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::{provider_services, providers, service_catalogues};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{JurisdictionId, ProviderId, UserId};

#[derive(Debug, Clone)]
pub struct StoredServiceCatalogue {
    pub jurisdiction_id: JurisdictionId,
    pub body: String,
    pub revision: i64,
    pub updated_at: jiff::Timestamp,
}

pub fn catalogue(c: &mut DbConn, j: JurisdictionId) -> StoreResult<Option<StoredServiceCatalogue>> {
    Ok(service_catalogues::table
        .find(j.0)
        .select((
            service_catalogues::body,
            service_catalogues::revision,
            service_catalogues::updated_at,
        ))
        .get_result::<(String, i64, i64)>(c)
        .optional()?
        .map(|(body, revision, at)| StoredServiceCatalogue {
            jurisdiction_id: j,
            body,
            revision,
            updated_at: from_micros(at),
        }))
}

/// The revision of every stored catalogue, without the bodies: cheap enough to read on
/// every use, so that parsed catalogues held in memory are checked against the database
/// (which another process may have written) rather than trusted.
pub fn catalogue_revisions(c: &mut DbConn) -> StoreResult<Vec<(JurisdictionId, i64)>> {
    Ok(service_catalogues::table
        .select((
            service_catalogues::jurisdiction_id,
            service_catalogues::revision,
        ))
        .load::<(i64, i64)>(c)?
        .into_iter()
        .map(|(j, r)| (JurisdictionId(j), r))
        .collect())
}

/// Every jurisdiction that has a catalogue.
pub fn with_catalogue(c: &mut DbConn) -> StoreResult<Vec<JurisdictionId>> {
    Ok(service_catalogues::table
        .select(service_catalogues::jurisdiction_id)
        .load::<i64>(c)?
        .into_iter()
        .map(JurisdictionId)
        .collect())
}

/// Saves a catalogue if `seen` is the revision the editor started from (0 for a new
/// one); another editor's save in between answers `stale-version`.
pub fn save_catalogue(
    c: &mut DbConn,
    j: JurisdictionId,
    body: &str,
    seen: i64,
    by: Option<UserId>,
    now: jiff::Timestamp,
) -> StoreResult<i64> {
    let current: Option<i64> = service_catalogues::table
        .find(j.0)
        .select(service_catalogues::revision)
        .get_result(c)
        .optional()?;
    if current.unwrap_or(0) != seen {
        return Err(DomainError::Conflict("stale-version").into());
    }
    let revision = seen + 1;
    if current.is_some() {
        diesel::update(service_catalogues::table.find(j.0))
            .set((
                service_catalogues::body.eq(body),
                service_catalogues::revision.eq(revision),
                service_catalogues::updated_by.eq(by.map(|u| u.0)),
                service_catalogues::updated_at.eq(micros(now)),
            ))
            .execute(c)?;
    } else {
        diesel::insert_into(service_catalogues::table)
            .values((
                service_catalogues::jurisdiction_id.eq(j.0),
                service_catalogues::body.eq(body),
                service_catalogues::revision.eq(revision),
                service_catalogues::updated_by.eq(by.map(|u| u.0)),
                service_catalogues::updated_at.eq(micros(now)),
            ))
            .execute(c)?;
    }
    Ok(revision)
}

#[derive(Debug, Clone)]
pub struct StoredProvider {
    pub id: ProviderId,
    pub code: String,
    pub jurisdiction_id: JurisdictionId,
    pub name_zh: String,
    pub name_en: String,
    pub services: Vec<String>,
}

pub struct NewProvider<'a> {
    pub code: &'a str,
    pub jurisdiction_id: JurisdictionId,
    pub name_zh: &'a str,
    pub name_en: &'a str,
    pub services: &'a [&'a str],
}

pub fn create_provider(
    c: &mut DbConn,
    p: &NewProvider<'_>,
    now: jiff::Timestamp,
) -> StoreResult<ProviderId> {
    let id = diesel::insert_into(providers::table)
        .values((
            providers::code.eq(p.code),
            providers::jurisdiction_id.eq(p.jurisdiction_id.0),
            providers::name_zh.eq(p.name_zh),
            providers::name_en.eq(p.name_en),
            providers::created_at.eq(micros(now)),
        ))
        .returning(providers::id)
        .get_result::<i64>(c)?;
    for s in p.services {
        diesel::insert_into(provider_services::table)
            .values((
                provider_services::provider_id.eq(id),
                provider_services::service_code.eq(*s),
            ))
            .execute(c)?;
    }
    Ok(ProviderId(id))
}

fn with_services(
    c: &mut DbConn,
    rows: Vec<(i64, String, i64, String, String)>,
) -> StoreResult<Vec<StoredProvider>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let links: Vec<(i64, String)> = provider_services::table
        .filter(provider_services::provider_id.eq_any(&ids))
        .order((
            provider_services::provider_id,
            provider_services::service_code,
        ))
        .select((
            provider_services::provider_id,
            provider_services::service_code,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(id, code, j, name_zh, name_en)| StoredProvider {
            id: ProviderId(id),
            code,
            jurisdiction_id: JurisdictionId(j),
            name_zh,
            name_en,
            services: links
                .iter()
                .filter(|(p, _)| *p == id)
                .map(|(_, s)| s.clone())
                .collect(),
        })
        .collect())
}

pub fn provider(c: &mut DbConn, id: ProviderId) -> StoreResult<Option<StoredProvider>> {
    let rows = providers::table
        .find(id.0)
        .select((
            providers::id,
            providers::code,
            providers::jurisdiction_id,
            providers::name_zh,
            providers::name_en,
        ))
        .load(c)?;
    Ok(with_services(c, rows)?.into_iter().next())
}

pub fn provider_by_code(c: &mut DbConn, code: &str) -> StoreResult<Option<StoredProvider>> {
    let rows = providers::table
        .filter(providers::code.eq(code))
        .select((
            providers::id,
            providers::code,
            providers::jurisdiction_id,
            providers::name_zh,
            providers::name_en,
        ))
        .load(c)?;
    Ok(with_services(c, rows)?.into_iter().next())
}

/// Providers in these jurisdictions, by name.
pub fn providers_in(
    c: &mut DbConn,
    reach: &std::collections::BTreeSet<JurisdictionId>,
) -> StoreResult<Vec<StoredProvider>> {
    let rows = providers::table
        .filter(providers::jurisdiction_id.eq_any(reach.iter().map(|j| j.0).collect::<Vec<_>>()))
        .order(providers::name_en)
        .select((
            providers::id,
            providers::code,
            providers::jurisdiction_id,
            providers::name_zh,
            providers::name_en,
        ))
        .load(c)?;
    with_services(c, rows)
}
