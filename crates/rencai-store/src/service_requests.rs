//! What only a service request has beyond its application: the card, the service, the
//! provider asked, when its current step is due, and the holder's rating. The review
//! state itself lives in `applications`, written in the same transaction.

use crate::db::DbConn;
use crate::error::StoreResult;
use crate::schema::{applications, providers, service_requests};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{ApplicationId, CardId, JurisdictionId, ProviderId};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredServiceRequest {
    pub application_id: ApplicationId,
    pub card_id: CardId,
    pub service_code: String,
    pub provider_id: ProviderId,
    pub provider_zh: String,
    pub provider_en: String,
    pub due_at: Option<jiff::Timestamp>,
    pub closed_at: Option<jiff::Timestamp>,
    pub was_late: bool,
    pub rating: Option<u8>,
    pub rating_note: Option<String>,
    pub rated_at: Option<jiff::Timestamp>,
}

/// Late: some step ran past its promise, or the request is open and past due now.
fn late(
    due_at: Option<jiff::Timestamp>,
    closed: bool,
    was_late: bool,
    now: jiff::Timestamp,
) -> bool {
    was_late || (!closed && due_at.is_some_and(|d| d < now))
}

impl StoredServiceRequest {
    pub fn is_late(&self, now: jiff::Timestamp) -> bool {
        late(self.due_at, self.closed_at.is_some(), self.was_late, now)
    }
}

pub fn create(
    c: &mut DbConn,
    application: ApplicationId,
    card: CardId,
    service: &str,
    provider: ProviderId,
) -> StoreResult<()> {
    diesel::insert_into(service_requests::table)
        .values((
            service_requests::application_id.eq(application.0),
            service_requests::card_id.eq(card.0),
            service_requests::service_code.eq(service),
            service_requests::provider_id.eq(provider.0),
            service_requests::was_late.eq(false),
        ))
        .execute(c)?;
    Ok(())
}

type Row = (
    i64,
    i64,
    String,
    i64,
    String,
    String,
    Option<i64>,
    Option<i64>,
    bool,
    Option<i64>,
    Option<String>,
    Option<i64>,
);

fn stored(r: Row) -> StoredServiceRequest {
    StoredServiceRequest {
        application_id: ApplicationId(r.0),
        card_id: CardId(r.1),
        service_code: r.2,
        provider_id: ProviderId(r.3),
        provider_zh: r.4,
        provider_en: r.5,
        due_at: r.6.map(from_micros),
        closed_at: r.7.map(from_micros),
        was_late: r.8,
        rating: r.9.and_then(|n| u8::try_from(n).ok()),
        rating_note: r.10,
        rated_at: r.11.map(from_micros),
    }
}

macro_rules! columns {
    () => {
        (
            service_requests::application_id,
            service_requests::card_id,
            service_requests::service_code,
            service_requests::provider_id,
            providers::name_zh,
            providers::name_en,
            service_requests::due_at,
            service_requests::closed_at,
            service_requests::was_late,
            service_requests::rating,
            service_requests::rating_note,
            service_requests::rated_at,
        )
    };
}

pub fn get(c: &mut DbConn, id: ApplicationId) -> StoreResult<Option<StoredServiceRequest>> {
    Ok(service_requests::table
        .inner_join(providers::table)
        .filter(service_requests::application_id.eq(id.0))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored))
}

/// Whether the card has a request for this service still under way.
pub fn has_open(c: &mut DbConn, card: CardId, service: &str) -> StoreResult<bool> {
    let n: i64 = service_requests::table
        .inner_join(applications::table)
        .filter(service_requests::card_id.eq(card.0))
        .filter(service_requests::service_code.eq(service))
        .filter(applications::status.eq_any(["draft", "in-review", "info-requested"]))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

/// The requests of these applications (one list page), by application.
pub fn of(c: &mut DbConn, ids: &[ApplicationId]) -> StoreResult<Vec<StoredServiceRequest>> {
    Ok(service_requests::table
        .inner_join(providers::table)
        .filter(service_requests::application_id.eq_any(ids.iter().map(|i| i.0)))
        .select(columns!())
        .load::<Row>(c)?
        .into_iter()
        .map(stored)
        .collect())
}

/// Records where the request stands after a transition: when its current step is due
/// (none once it waits on the holder or is closed), whether it closed, and whether a
/// step ever ran past its promise (`late` is sticky).
pub fn track(
    c: &mut DbConn,
    id: ApplicationId,
    due_at: Option<jiff::Timestamp>,
    closed: bool,
    late: bool,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let closed_at = closed.then(|| micros(now));
    let row = service_requests::table.find(id.0);
    if late {
        diesel::update(row)
            .set(service_requests::was_late.eq(true))
            .execute(c)?;
    }
    diesel::update(row)
        .set((
            service_requests::due_at.eq(due_at.map(micros)),
            service_requests::closed_at.eq(closed_at),
        ))
        .execute(c)?;
    Ok(())
}

/// Marks open requests whose step is past due as late (the escalation round calls it).
pub fn mark_late(c: &mut DbConn, now: jiff::Timestamp) -> StoreResult<usize> {
    Ok(diesel::update(
        service_requests::table
            .filter(service_requests::closed_at.is_null())
            .filter(service_requests::due_at.lt(micros(now)))
            .filter(service_requests::was_late.eq(false)),
    )
    .set(service_requests::was_late.eq(true))
    .execute(c)?)
}

/// The holder's rating of a fulfilled request; once only.
pub fn rate(
    c: &mut DbConn,
    id: ApplicationId,
    rating: u8,
    note: &str,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        service_requests::table
            .find(id.0)
            .filter(service_requests::rating.is_null()),
    )
    .set((
        service_requests::rating.eq(Some(i64::from(rating))),
        service_requests::rating_note.eq(Some(note)),
        service_requests::rated_at.eq(Some(micros(now))),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("request-already-rated").into());
    }
    Ok(())
}

/// One line of the late report: requests to one provider for one service.
#[derive(Debug, Clone, PartialEq)]
pub struct LateLine {
    pub provider_id: ProviderId,
    pub provider_zh: String,
    pub provider_en: String,
    pub service_code: String,
    pub total: u64,
    /// Still open, and late (see [`StoredServiceRequest::is_late`]).
    pub late_open: u64,
    /// Closed, but some step ran past its promise.
    pub late_closed: u64,
    pub rated: u64,
    pub average_rating: Option<f64>,
}

/// provider, its names, service, due, closed, late, rating — as selected below.
type LateRow = (
    i64,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    bool,
    Option<i64>,
);

/// Requests about talents in `reach`, grouped by provider and service, the latest
/// first; only lines with something late.
pub fn late_report(
    c: &mut DbConn,
    reach: &BTreeSet<JurisdictionId>,
    now: jiff::Timestamp,
) -> StoreResult<Vec<LateLine>> {
    let rows: Vec<LateRow> = service_requests::table
        .inner_join(providers::table)
        .inner_join(applications::table)
        .filter(applications::jurisdiction_id.eq_any(reach.iter().map(|j| j.0).collect::<Vec<_>>()))
        .filter(applications::status.ne("draft"))
        .select((
            service_requests::provider_id,
            providers::name_zh,
            providers::name_en,
            service_requests::service_code,
            service_requests::due_at,
            service_requests::closed_at,
            service_requests::was_late,
            service_requests::rating,
        ))
        .load(c)?;
    // Grouped here rather than in SQL: the lateness of an open request depends on
    // `now`, and the rows are one bureau's requests, not the registry.
    let mut lines: std::collections::BTreeMap<(i64, String), LateLine> = Default::default();
    for (p, zh, en, service, due, closed, was_late, rating) in rows {
        let l = lines
            .entry((p, service.clone()))
            .or_insert_with(|| LateLine {
                provider_id: ProviderId(p),
                provider_zh: zh,
                provider_en: en,
                service_code: service,
                total: 0,
                late_open: 0,
                late_closed: 0,
                rated: 0,
                average_rating: None,
            });
        l.total += 1;
        if late(due.map(from_micros), closed.is_some(), was_late, now) {
            if closed.is_some() {
                l.late_closed += 1;
            } else {
                l.late_open += 1;
            }
        }
        if let Some(r) = rating {
            let sum = l.average_rating.unwrap_or(0.0) * l.rated as f64 + r as f64;
            l.rated += 1;
            l.average_rating = Some(sum / l.rated as f64);
        }
    }
    let mut out: Vec<LateLine> = lines
        .into_values()
        .filter(|l| l.late_open + l.late_closed > 0)
        .collect();
    out.sort_by(|a, b| {
        (b.late_open, b.late_closed)
            .cmp(&(a.late_open, a.late_closed))
            .then_with(|| a.provider_en.cmp(&b.provider_en))
            .then_with(|| a.service_code.cmp(&b.service_code))
    });
    Ok(out)
}
