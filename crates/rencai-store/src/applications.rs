//! Applications under review and their trail. The review state is the domain's
//! `review::Application` as JSON; a change is saved only if the row still has the
//! version the change was computed from, so two reviewers acting at once cannot both win.

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult, is_unique_violation};
use crate::schema::{
    applications, review_assignments, review_events, review_flows, service_requests, talents, users,
};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{
    ApplicationId, CatalogueId, JurisdictionId, ProviderId, TalentId, UserId,
};
use rencai_domain::paging::{Page, PageRequest};
use std::collections::BTreeSet;

pub struct NewApplication<'a> {
    pub kind: &'a str,
    pub talent_id: TalentId,
    pub jurisdiction_id: JurisdictionId,
    pub created_by: UserId,
    pub catalogue_id: Option<CatalogueId>,
    pub tier_code: &'a str,
    pub criterion_code: &'a str,
    pub statement: &'a str,
    pub flow: &'a str,
    pub state: &'a str,
}

#[derive(Debug, Clone)]
pub struct StoredApplication {
    pub id: ApplicationId,
    pub kind: String,
    pub talent_id: TalentId,
    pub talent_name: String,
    pub jurisdiction_id: JurisdictionId,
    pub created_by: UserId,
    pub catalogue_id: Option<CatalogueId>,
    pub tier_code: String,
    pub criterion_code: String,
    pub statement: String,
    pub status: String,
    pub step: Option<i64>,
    pub version: i64,
    pub flow: String,
    pub state: String,
    pub deadline: Option<jiff::Timestamp>,
    pub created_at: jiff::Timestamp,
    pub updated_at: jiff::Timestamp,
}

type Row = (
    (
        i64,
        String,
        i64,
        String,
        i64,
        i64,
        Option<i64>,
        String,
        String,
    ),
    (
        String,
        String,
        Option<i64>,
        i64,
        String,
        String,
        Option<i64>,
        i64,
        i64,
    ),
);

macro_rules! columns {
    () => {
        (
            (
                applications::id,
                applications::kind,
                applications::talent_id,
                talents::name,
                applications::jurisdiction_id,
                applications::created_by,
                applications::catalogue_id,
                applications::tier_code,
                applications::criterion_code,
            ),
            (
                applications::statement,
                applications::status,
                applications::step,
                applications::version,
                applications::flow,
                applications::state,
                applications::deadline,
                applications::created_at,
                applications::updated_at,
            ),
        )
    };
}

fn stored((a, b): Row) -> StoredApplication {
    StoredApplication {
        id: ApplicationId(a.0),
        kind: a.1,
        talent_id: TalentId(a.2),
        talent_name: a.3,
        jurisdiction_id: JurisdictionId(a.4),
        created_by: UserId(a.5),
        catalogue_id: a.6.map(CatalogueId),
        tier_code: a.7,
        criterion_code: a.8,
        statement: b.0,
        status: b.1,
        step: b.2,
        version: b.3,
        flow: b.4,
        state: b.5,
        deadline: b.6.map(from_micros),
        created_at: from_micros(b.7),
        updated_at: from_micros(b.8),
    }
}

pub fn create(
    c: &mut DbConn,
    a: &NewApplication<'_>,
    now: jiff::Timestamp,
) -> StoreResult<ApplicationId> {
    let id = diesel::insert_into(applications::table)
        .values((
            applications::kind.eq(a.kind),
            applications::talent_id.eq(a.talent_id.0),
            applications::jurisdiction_id.eq(a.jurisdiction_id.0),
            applications::created_by.eq(a.created_by.0),
            applications::catalogue_id.eq(a.catalogue_id.map(|c| c.0)),
            applications::tier_code.eq(a.tier_code),
            applications::criterion_code.eq(a.criterion_code),
            applications::statement.eq(a.statement),
            applications::status.eq("draft"),
            applications::step.eq(None::<i64>),
            applications::version.eq(0_i64),
            applications::flow.eq(a.flow),
            applications::state.eq(a.state),
            applications::created_at.eq(micros(now)),
            applications::updated_at.eq(micros(now)),
        ))
        .returning(applications::id)
        .get_result::<i64>(c)?;
    Ok(ApplicationId(id))
}

pub fn get(c: &mut DbConn, id: ApplicationId) -> StoreResult<StoredApplication> {
    applications::table
        .inner_join(talents::table)
        .filter(applications::id.eq(id.0))
        .select(columns!())
        .first::<Row>(c)
        .optional()?
        .map(stored)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

/// Which applications a list shows; every set field narrows it.
#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    /// Applications about talents in these jurisdictions.
    pub jurisdictions: Option<BTreeSet<JurisdictionId>>,
    /// Applications about this talent, or created by this account (an applicant's own).
    pub own: Option<(Option<TalentId>, UserId)>,
    /// Applications where this account holds a reviewer seat.
    pub assigned_to: Option<UserId>,
    pub status: Option<String>,
    pub kind: Option<String>,
    /// Leaves out applications of this kind (service requests from accreditation lists).
    pub not_kind: Option<&'static str>,
    /// Service requests made to this provider.
    pub provider: Option<ProviderId>,
}

pub fn list(
    c: &mut DbConn,
    f: &ApplicationFilter,
    page: PageRequest,
) -> StoreResult<Page<StoredApplication>> {
    let build = || {
        let mut q = applications::table.inner_join(talents::table).into_boxed();
        if let Some(js) = &f.jurisdictions {
            q = q.filter(
                applications::jurisdiction_id.eq_any(js.iter().map(|j| j.0).collect::<Vec<_>>()),
            );
        }
        if let Some((talent, user)) = f.own {
            q = match talent {
                Some(t) => q.filter(
                    applications::talent_id
                        .eq(t.0)
                        .or(applications::created_by.eq(user.0)),
                ),
                None => q.filter(applications::created_by.eq(user.0)),
            };
        }
        if let Some(u) = f.assigned_to {
            q = q.filter(
                applications::id.eq_any(
                    review_assignments::table
                        .filter(review_assignments::user_id.eq(u.0))
                        .select(review_assignments::application_id),
                ),
            );
        }
        if let Some(s) = &f.status {
            q = q.filter(applications::status.eq(s.clone()));
        }
        if let Some(k) = &f.kind {
            q = q.filter(applications::kind.eq(k.clone()));
        }
        if let Some(k) = f.not_kind {
            q = q.filter(applications::kind.ne(k));
        }
        if let Some(p) = f.provider {
            q = q.filter(
                applications::id.eq_any(
                    service_requests::table
                        .filter(service_requests::provider_id.eq(p.0))
                        .select(service_requests::application_id),
                ),
            );
        }
        q
    };
    let total: i64 = build().count().get_result(c)?;
    let rows: Vec<Row> = build()
        .select(columns!())
        .order(applications::id.desc())
        .offset(page.offset())
        .limit(page.limit())
        .load(c)?;
    Ok(Page {
        items: rows.into_iter().map(stored).collect(),
        page: page.page,
        per_page: page.per_page,
        total: u64::try_from(total).unwrap_or(0),
        total_capped: false,
    })
}

/// One saved step of the trail.
pub struct NewEvent<'a> {
    pub actor: Option<UserId>,
    pub actor_name: &'a str,
    pub role: &'a str,
    pub action: &'a str,
    pub note: &'a str,
    pub from: &'a str,
    pub to: &'a str,
}

pub struct Transition<'a> {
    pub expected_version: i64,
    pub version: i64,
    pub status: &'a str,
    pub step: Option<i64>,
    pub state: &'a str,
    pub deadline: Option<jiff::Timestamp>,
}

/// Saves the new review state and its event, or answers `stale-version` when someone
/// else's change got there first.
pub fn save_transition(
    c: &mut DbConn,
    id: ApplicationId,
    t: &Transition<'_>,
    e: &NewEvent<'_>,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        applications::table
            .find(id.0)
            .filter(applications::version.eq(t.expected_version)),
    )
    .set((
        applications::status.eq(t.status),
        applications::step.eq(t.step),
        applications::version.eq(t.version),
        applications::state.eq(t.state),
        applications::deadline.eq(t.deadline.map(micros)),
        applications::updated_at.eq(micros(now)),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("stale-version").into());
    }
    diesel::insert_into(review_events::table)
        .values((
            review_events::application_id.eq(id.0),
            review_events::seq.eq(t.version),
            review_events::at.eq(micros(now)),
            review_events::actor_id.eq(e.actor.map(|u| u.0)),
            review_events::actor.eq(e.actor_name),
            review_events::role.eq(e.role),
            review_events::action.eq(e.action),
            review_events::note.eq(e.note),
            review_events::from_status.eq(e.from),
            review_events::to_status.eq(e.to),
        ))
        .execute(c)?;
    Ok(())
}

/// The statement can change only while the application is a draft.
pub fn update_statement(
    c: &mut DbConn,
    id: ApplicationId,
    statement: &str,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let n = diesel::update(
        applications::table
            .find(id.0)
            .filter(applications::status.eq("draft")),
    )
    .set((
        applications::statement.eq(statement),
        applications::updated_at.eq(micros(now)),
    ))
    .execute(c)?;
    if n == 0 {
        return Err(DomainError::Conflict("application-not-draft").into());
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub seq: i64,
    pub at: jiff::Timestamp,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub note: String,
    pub from: String,
    pub to: String,
}

/// seq, at, actor, role, action, note, from, to — as selected below.
type EventTuple = (i64, i64, String, String, String, String, String, String);

pub fn events(c: &mut DbConn, id: ApplicationId) -> StoreResult<Vec<StoredEvent>> {
    let rows: Vec<EventTuple> = review_events::table
        .filter(review_events::application_id.eq(id.0))
        .order(review_events::seq.asc())
        .select((
            review_events::seq,
            review_events::at,
            review_events::actor,
            review_events::role,
            review_events::action,
            review_events::note,
            review_events::from_status,
            review_events::to_status,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| StoredEvent {
            seq: r.0,
            at: from_micros(r.1),
            actor: r.2,
            role: r.3,
            action: r.4,
            note: r.5,
            from: r.6,
            to: r.7,
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub step: i64,
    pub seat: i64,
    pub user_id: UserId,
    pub username: String,
    pub display_name: String,
}

pub fn seats(c: &mut DbConn, id: ApplicationId) -> StoreResult<Vec<Seat>> {
    let rows: Vec<(i64, i64, i64, String, String)> = review_assignments::table
        .inner_join(users::table.on(users::id.eq(review_assignments::user_id)))
        .filter(review_assignments::application_id.eq(id.0))
        .order((review_assignments::step, review_assignments::seat))
        .select((
            review_assignments::step,
            review_assignments::seat,
            review_assignments::user_id,
            users::username,
            users::display_name,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| Seat {
            step: r.0,
            seat: r.1,
            user_id: UserId(r.2),
            username: r.3,
            display_name: r.4,
        })
        .collect())
}

/// Gives `user` a seat on a step; a seat or a person can be placed only once.
pub fn assign(
    c: &mut DbConn,
    id: ApplicationId,
    step: i64,
    seat: i64,
    user: UserId,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    diesel::insert_into(review_assignments::table)
        .values((
            review_assignments::application_id.eq(id.0),
            review_assignments::step.eq(step),
            review_assignments::seat.eq(seat),
            review_assignments::user_id.eq(user.0),
            review_assignments::assigned_at.eq(micros(now)),
        ))
        .execute(c)
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Domain(DomainError::Conflict("review-seat-taken"))
            } else {
                e.into()
            }
        })?;
    Ok(())
}

/// In-review applications whose step is late and not yet escalated.
pub fn overdue(c: &mut DbConn, now: jiff::Timestamp) -> StoreResult<Vec<ApplicationId>> {
    Ok(applications::table
        .filter(applications::deadline.lt(micros(now)))
        .filter(applications::status.eq("in-review"))
        .select(applications::id)
        .order(applications::id)
        .limit(500)
        .load::<i64>(c)?
        .into_iter()
        .map(ApplicationId)
        .collect())
}

/// The configured review flow of an application kind (JSON), if the bureau set one.
pub fn flow_of(c: &mut DbConn, kind: &str) -> StoreResult<Option<String>> {
    Ok(review_flows::table
        .find(kind)
        .select(review_flows::body)
        .first::<String>(c)
        .optional()?)
}

/// Configures the review flow of an application kind. Running applications keep the
/// flow they started with (it is copied into each).
pub fn set_flow(c: &mut DbConn, kind: &str, body: &str, now: jiff::Timestamp) -> StoreResult<()> {
    let n = diesel::update(review_flows::table.find(kind))
        .set((
            review_flows::body.eq(body),
            review_flows::updated_at.eq(micros(now)),
        ))
        .execute(c)?;
    if n == 0 {
        diesel::insert_into(review_flows::table)
            .values((
                review_flows::kind.eq(kind),
                review_flows::body.eq(body),
                review_flows::updated_at.eq(micros(now)),
            ))
            .execute(c)?;
    }
    Ok(())
}

/// Whether the talent has an application of this kind still under way.
pub fn has_open(c: &mut DbConn, talent: TalentId, kind: &str) -> StoreResult<bool> {
    let n: i64 = applications::table
        .filter(applications::talent_id.eq(talent.0))
        .filter(applications::kind.eq(kind))
        .filter(applications::status.eq_any(["draft", "in-review", "info-requested"]))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}
