//! What-if runs: their progress and result, the talents whose tier would change, and
//! the lean talent rows the evaluation reads (keyset pages, no personal data).

use crate::db::DbConn;
use crate::error::{StoreError, StoreResult};
use crate::schema::{talents, whatif_changes, whatif_runs};
use crate::store::{from_micros, micros};
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{
    CatalogueId, EnterpriseId, JurisdictionId, TalentId, UserId, WhatIfRunId,
};
use rencai_domain::paging::{Page, PageRequest};
use std::collections::BTreeSet;

/// What the rules see of a talent, straight from its row.
#[derive(Debug, Clone)]
pub struct ProfileRow {
    pub id: TalentId,
    pub jurisdiction_id: JurisdictionId,
    pub birth_date: String,
    pub gender: String,
    pub education: String,
    pub title: String,
    pub skill_level: String,
    pub field: String,
    pub employer_id: Option<EnterpriseId>,
    pub honours: String,
    pub patents: i32,
    pub papers: i32,
}

type ProfileTuple = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
    String,
    i32,
    i32,
);

/// The next `limit` live talents after `after` (by id), in `reach` (all when `None`).
pub fn profile_rows(
    c: &mut DbConn,
    reach: Option<&BTreeSet<JurisdictionId>>,
    after: TalentId,
    limit: i64,
) -> StoreResult<Vec<ProfileRow>> {
    let mut q = talents::table
        .filter(talents::id.gt(after.0))
        .filter(talents::erased_at.is_null())
        .into_boxed();
    if let Some(r) = reach {
        q = q.filter(talents::jurisdiction_id.eq_any(r.iter().map(|j| j.0).collect::<Vec<_>>()));
    }
    let rows: Vec<ProfileTuple> = q
        .order(talents::id)
        .limit(limit)
        .select((
            talents::id,
            talents::jurisdiction_id,
            talents::birth_date,
            talents::gender,
            talents::education,
            talents::title,
            talents::skill_level,
            talents::field,
            talents::employer_id,
            talents::honours,
            talents::patents,
            talents::papers,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| ProfileRow {
            id: TalentId(r.0),
            jurisdiction_id: JurisdictionId(r.1),
            birth_date: r.2,
            gender: r.3,
            education: r.4,
            title: r.5,
            skill_level: r.6,
            field: r.7,
            employer_id: r.8.map(EnterpriseId),
            honours: r.9,
            patents: r.10,
            papers: r.11,
        })
        .collect())
}

/// How many live talents a run will read.
pub fn count_talents(c: &mut DbConn, reach: Option<&BTreeSet<JurisdictionId>>) -> StoreResult<i64> {
    let mut q = talents::table
        .filter(talents::erased_at.is_null())
        .into_boxed();
    if let Some(r) = reach {
        q = q.filter(talents::jurisdiction_id.eq_any(r.iter().map(|j| j.0).collect::<Vec<_>>()));
    }
    Ok(q.count().get_result(c)?)
}

#[derive(Debug, Clone)]
pub struct Run {
    pub id: WhatIfRunId,
    pub catalogue_id: CatalogueId,
    pub base_id: Option<CatalogueId>,
    pub jurisdiction_id: JurisdictionId,
    pub status: String,
    pub total: i64,
    pub processed: i64,
    pub tally: String,
    pub errors: String,
    pub error_count: i64,
    pub started_at: jiff::Timestamp,
    pub finished_at: Option<jiff::Timestamp>,
}

type RunRow = (
    i64,
    i64,
    Option<i64>,
    i64,
    String,
    i64,
    i64,
    String,
    String,
    i64,
    i64,
    Option<i64>,
);

macro_rules! run_columns {
    () => {
        (
            whatif_runs::id,
            whatif_runs::catalogue_id,
            whatif_runs::base_id,
            whatif_runs::jurisdiction_id,
            whatif_runs::status,
            whatif_runs::total,
            whatif_runs::processed,
            whatif_runs::tally,
            whatif_runs::errors,
            whatif_runs::error_count,
            whatif_runs::started_at,
            whatif_runs::finished_at,
        )
    };
}

fn run(r: RunRow) -> Run {
    Run {
        id: WhatIfRunId(r.0),
        catalogue_id: CatalogueId(r.1),
        base_id: r.2.map(CatalogueId),
        jurisdiction_id: JurisdictionId(r.3),
        status: r.4,
        total: r.5,
        processed: r.6,
        tally: r.7,
        errors: r.8,
        error_count: r.9,
        started_at: from_micros(r.10),
        finished_at: r.11.map(from_micros),
    }
}

pub fn start(
    c: &mut DbConn,
    catalogue: CatalogueId,
    base: Option<CatalogueId>,
    jurisdiction: JurisdictionId,
    total: i64,
    by: Option<UserId>,
    now: jiff::Timestamp,
) -> StoreResult<WhatIfRunId> {
    let id = diesel::insert_into(whatif_runs::table)
        .values((
            whatif_runs::catalogue_id.eq(catalogue.0),
            whatif_runs::base_id.eq(base.map(|b| b.0)),
            whatif_runs::jurisdiction_id.eq(jurisdiction.0),
            whatif_runs::status.eq("running"),
            whatif_runs::total.eq(total),
            whatif_runs::processed.eq(0_i64),
            whatif_runs::tally.eq("{}"),
            whatif_runs::errors.eq("[]"),
            whatif_runs::error_count.eq(0_i64),
            whatif_runs::started_by.eq(by.map(|u| u.0)),
            whatif_runs::started_at.eq(micros(now)),
        ))
        .returning(whatif_runs::id)
        .get_result::<i64>(c)?;
    Ok(WhatIfRunId(id))
}

pub fn progress(c: &mut DbConn, id: WhatIfRunId, processed: i64) -> StoreResult<()> {
    diesel::update(whatif_runs::table.find(id.0))
        .set(whatif_runs::processed.eq(processed))
        .execute(c)?;
    Ok(())
}

/// A talent worth listing: its tier would change, or the draft's rules failed for it
/// (then `movement` may be "same").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub talent_id: TalentId,
    pub old_tier: Option<String>,
    pub new_tier: Option<String>,
    /// up, down, in, out or same.
    pub movement: &'static str,
    /// The draft's criterion that decided the new tier.
    pub criterion: Option<String>,
    /// "criterion: message" for each draft rule that failed for this talent.
    pub error: Option<String>,
}

pub fn add_changes(c: &mut DbConn, id: WhatIfRunId, changes: &[Change]) -> StoreResult<()> {
    for chunk in changes.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|ch| {
                (
                    whatif_changes::run_id.eq(id.0),
                    whatif_changes::talent_id.eq(ch.talent_id.0),
                    whatif_changes::old_tier.eq(ch.old_tier.as_deref()),
                    whatif_changes::new_tier.eq(ch.new_tier.as_deref()),
                    whatif_changes::movement.eq(ch.movement),
                    whatif_changes::criterion.eq(ch.criterion.as_deref()),
                    whatif_changes::error.eq(ch.error.as_deref()),
                )
            })
            .collect();
        match c {
            crate::db::DbConn::Sqlite(s) => {
                diesel::insert_into(whatif_changes::table)
                    .values(rows)
                    .execute(s)?;
            }
            crate::db::DbConn::Postgres(p) => {
                diesel::insert_into(whatif_changes::table)
                    .values(rows)
                    .execute(p)?;
            }
        }
    }
    Ok(())
}

/// How a run ended: its status, counts, and the tally and errors as JSON.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    pub status: &'a str,
    pub processed: i64,
    pub tally: &'a str,
    pub errors: &'a str,
    pub error_count: i64,
}

pub fn finish(
    c: &mut DbConn,
    id: WhatIfRunId,
    outcome: &Outcome<'_>,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    diesel::update(whatif_runs::table.find(id.0))
        .set((
            whatif_runs::status.eq(outcome.status),
            whatif_runs::processed.eq(outcome.processed),
            whatif_runs::tally.eq(outcome.tally),
            whatif_runs::errors.eq(outcome.errors),
            whatif_runs::error_count.eq(outcome.error_count),
            whatif_runs::finished_at.eq(micros(now)),
        ))
        .execute(c)?;
    Ok(())
}

pub fn get(c: &mut DbConn, id: WhatIfRunId) -> StoreResult<Run> {
    whatif_runs::table
        .find(id.0)
        .select(run_columns!())
        .first::<RunRow>(c)
        .optional()?
        .map(run)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

/// Runs of one catalogue version, newest first.
pub fn runs_of(c: &mut DbConn, catalogue: CatalogueId) -> StoreResult<Vec<Run>> {
    Ok(whatif_runs::table
        .filter(whatif_runs::catalogue_id.eq(catalogue.0))
        .order(whatif_runs::id.desc())
        .select(run_columns!())
        .load::<RunRow>(c)?
        .into_iter()
        .map(run)
        .collect())
}

#[derive(Debug, Clone)]
pub struct ChangeRow {
    pub talent_id: TalentId,
    pub name: String,
    pub jurisdiction_id: JurisdictionId,
    pub old_tier: Option<String>,
    pub new_tier: Option<String>,
    pub movement: String,
    pub criterion: Option<String>,
    pub error: Option<String>,
}

/// Which listed talents to show.
#[derive(Debug, Clone, Default)]
pub struct ChangeFilter {
    /// up, down, in or out; "error" for the talents the draft's rules failed for.
    pub movement: Option<String>,
    /// Talents in this tier before or after.
    pub tier: Option<String>,
}

/// talent, name, jurisdiction, old tier, new tier, movement, criterion, error.
type ChangeTuple = (
    i64,
    String,
    i64,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
);

fn change_row(r: ChangeTuple) -> ChangeRow {
    ChangeRow {
        talent_id: TalentId(r.0),
        name: r.1,
        jurisdiction_id: JurisdictionId(r.2),
        old_tier: r.3,
        new_tier: r.4,
        movement: r.5,
        criterion: r.6,
        error: r.7,
    }
}

macro_rules! change_columns {
    () => {
        (
            whatif_changes::talent_id,
            talents::name,
            talents::jurisdiction_id,
            whatif_changes::old_tier,
            whatif_changes::new_tier,
            whatif_changes::movement,
            whatif_changes::criterion,
            whatif_changes::error,
        )
    };
}

/// The listed talents of a run that pass the filter, by talent id.
pub fn changes(
    c: &mut DbConn,
    id: WhatIfRunId,
    filter: &ChangeFilter,
    page: PageRequest,
) -> StoreResult<Page<ChangeRow>> {
    let build = || {
        let mut q = whatif_changes::table
            .inner_join(talents::table)
            .filter(whatif_changes::run_id.eq(id.0))
            .into_boxed();
        match filter.movement.as_deref() {
            Some("error") => q = q.filter(whatif_changes::error.is_not_null()),
            Some(m) => q = q.filter(whatif_changes::movement.eq(m.to_string())),
            None => {}
        }
        if let Some(t) = &filter.tier {
            q = q.filter(
                whatif_changes::old_tier
                    .eq(t.clone())
                    .or(whatif_changes::new_tier.eq(t.clone())),
            );
        }
        q
    };
    let total: i64 = build().count().get_result(c)?;
    let rows: Vec<ChangeTuple> = build()
        .order(whatif_changes::talent_id)
        .offset(page.offset())
        .limit(page.limit())
        .select(change_columns!())
        .load(c)?;
    Ok(Page {
        items: rows.into_iter().map(change_row).collect(),
        page: page.page,
        per_page: page.per_page,
        total: u64::try_from(total).unwrap_or(0),
        total_capped: false,
    })
}

/// The next `limit` listed talents of a run after talent `after` (for exports).
pub fn changes_after(
    c: &mut DbConn,
    id: WhatIfRunId,
    after: TalentId,
    limit: i64,
) -> StoreResult<Vec<ChangeRow>> {
    let rows: Vec<ChangeTuple> = whatif_changes::table
        .inner_join(talents::table)
        .filter(whatif_changes::run_id.eq(id.0))
        .filter(whatif_changes::talent_id.gt(after.0))
        .order(whatif_changes::talent_id)
        .limit(limit)
        .select(change_columns!())
        .load(c)?;
    Ok(rows.into_iter().map(change_row).collect())
}

/// Removes the runs of a draft that is being discarded.
pub fn delete_for(c: &mut DbConn, catalogue: CatalogueId) -> StoreResult<()> {
    let runs: Vec<i64> = whatif_runs::table
        .filter(whatif_runs::catalogue_id.eq(catalogue.0))
        .select(whatif_runs::id)
        .load(c)?;
    diesel::delete(whatif_changes::table.filter(whatif_changes::run_id.eq_any(&runs)))
        .execute(c)?;
    diesel::delete(whatif_runs::table.filter(whatif_runs::id.eq_any(&runs))).execute(c)?;
    Ok(())
}
