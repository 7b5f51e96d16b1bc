//! `/api/v1` for what-if runs of a draft catalogue: start one, follow its progress,
//! list and export the talents whose tier would change.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use crate::whatif_service as svc;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rencai_domain::accreditation::{TierTally, Totals};
use rencai_domain::ids::WhatIfRunId;
use rencai_domain::paging::PageRequest;
use rencai_store::whatif::Run;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct Started {
    pub id: i64,
}

#[utoipa::path(post, path = "/api/v1/catalogues/{jurisdiction}/what-if", tag = "catalogues",
    params(("jurisdiction" = String, Path, description = "The code of the jurisdiction whose draft is evaluated")),
    responses((status = 202, body = Started, description = "The run started; follow it at /api/v1/what-if/{id}"),
        (status = 409, description = "The jurisdiction has no draft catalogue")))]
pub async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(jurisdiction): Path<String>,
) -> Result<(StatusCode, Json<Started>), Failure> {
    let id = svc::start(&state, &ctx, &jurisdiction).await?;
    Ok((StatusCode::ACCEPTED, Json(Started { id: id.0 })))
}

/// One tier's figures.
#[derive(Serialize, ToSchema)]
pub struct TierView {
    pub code: String,
    /// Whether the draft has this tier (false: only the catalogue in force had it)
    pub current: bool,
    pub before: u64,
    pub after: u64,
    pub stay: u64,
    /// Arrived from a lower tier
    pub up: u64,
    /// Arrived from a higher tier
    pub down: u64,
    /// Arrived from no tier (or from a tier the draft lacks)
    #[serde(rename = "in")]
    pub entered: u64,
    /// Left for no tier
    pub out: u64,
    /// Left for another tier
    pub moved: u64,
}

impl TierView {
    fn of(t: &TierTally) -> Self {
        Self {
            code: t.code.clone(),
            current: t.current,
            before: t.before,
            after: t.after,
            stay: t.stay,
            up: t.up,
            down: t.down,
            entered: t.entered,
            out: t.out,
            moved: t.moved,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct TotalsView {
    pub talents: u64,
    pub up: u64,
    pub down: u64,
    #[serde(rename = "in")]
    pub entered: u64,
    pub out: u64,
    pub stay: u64,
    /// No tier before or after
    pub none: u64,
}

impl TotalsView {
    fn of(t: &Totals) -> Self {
        Self {
            talents: t.talents,
            up: t.up,
            down: t.down,
            entered: t.entered,
            out: t.out,
            stay: t.stay,
            none: t.none,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RunView {
    pub id: i64,
    pub jurisdiction: String,
    pub catalogue_id: i64,
    /// The catalogue in force it is compared with
    pub base_id: Option<i64>,
    /// running, done or failed
    pub status: String,
    pub processed: i64,
    pub total: i64,
    /// Per tier, the draft's tiers first (empty until done)
    pub tiers: Vec<TierView>,
    pub totals: TotalsView,
    /// Talents for whom a rule of the draft failed at run time
    pub error_count: i64,
    /// The first few of them: talent id and message
    pub errors: serde_json::Value,
    pub started_at: String,
    pub finished_at: Option<String>,
}

impl RunView {
    pub fn of(run: &Run, jurisdiction: String) -> Self {
        let tally = svc::tally_of(run);
        Self {
            id: run.id.0,
            jurisdiction,
            catalogue_id: run.catalogue_id.0,
            base_id: run.base_id.map(|b| b.0),
            status: run.status.clone(),
            processed: run.processed,
            total: run.total,
            tiers: tally.tiers.iter().map(TierView::of).collect(),
            totals: TotalsView::of(&tally.totals),
            error_count: run.error_count,
            errors: serde_json::from_str(&run.errors).unwrap_or_default(),
            started_at: run.started_at.to_string(),
            finished_at: run.finished_at.map(|t| t.to_string()),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/what-if/{id}", tag = "catalogues",
    params(("id" = i64, Path)),
    responses((status = 200, body = RunView, description = "Progress, then the tallies")))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<RunView>, Failure> {
    let run = svc::get(&state, &ctx, WhatIfRunId(id)).await?;
    let code = state
        .tree()
        .get(run.jurisdiction_id)
        .map(|j| j.code.clone())
        .unwrap_or_default();
    Ok(Json(RunView::of(&run, code)))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChangeParams {
    /// up, down, in, out, or error (talents a draft rule failed for)
    pub movement: Option<String>,
    /// Talents in this tier before or after
    pub tier: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct ChangeView {
    pub talent_id: i64,
    pub name: String,
    pub jurisdiction: String,
    pub from_tier: Option<String>,
    pub to_tier: Option<String>,
    /// up, down, in, out, or same (listed for an error only)
    pub movement: String,
    /// The draft's criterion that decided the new tier
    pub criterion: Option<String>,
    pub error: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ChangePage {
    pub items: Vec<ChangeView>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

#[utoipa::path(get, path = "/api/v1/what-if/{id}/changes", tag = "catalogues",
    params(("id" = i64, Path), ChangeParams),
    responses((status = 200, body = ChangePage)))]
pub async fn changes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(p): Query<ChangeParams>,
) -> Result<Json<ChangePage>, Failure> {
    let f = svc::filter(p.movement.as_deref(), p.tier.as_deref()).map_err(|e| ctx.err(e))?;
    let page = svc::changes(
        &state,
        &ctx,
        WhatIfRunId(id),
        f,
        PageRequest::new(p.page, p.per_page),
    )
    .await?;
    let tree = state.tree();
    Ok(Json(ChangePage {
        items: page
            .items
            .into_iter()
            .map(|r| ChangeView {
                talent_id: r.talent_id.0,
                name: r.name,
                jurisdiction: tree
                    .get(r.jurisdiction_id)
                    .map(|j| j.code.clone())
                    .unwrap_or_default(),
                from_tier: r.old_tier,
                to_tier: r.new_tier,
                movement: r.movement,
                criterion: r.criterion,
                error: r.error,
            })
            .collect(),
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    }))
}

/// The CSV download of a run's listed talents.
pub fn csv_response(id: i64, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"what-if-{id}.csv\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[utoipa::path(get, path = "/api/v1/what-if/{id}/export", tag = "catalogues",
    params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", description = "Every listed talent: id, jurisdiction, from and to tier, movement, criterion, error")))]
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let bytes = svc::export(&state, &ctx, WhatIfRunId(id)).await?;
    Ok(csv_response(id, bytes))
}
