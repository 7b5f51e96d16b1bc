//! The what-if page of a draft catalogue: a progress bar while the run goes on (the
//! page asks the browser to reload itself every two seconds with a `Refresh` header,
//! so no script is needed), then the tallies per tier and the talents who would move,
//! filtered by movement or tier, and the CSV export.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use crate::whatif_service as svc;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;
use rencai_domain::DomainError;
use rencai_domain::ids::WhatIfRunId;
use rencai_domain::paging::PageRequest;
use rencai_store::whatif::Run;

/// Starts a run of the jurisdiction's draft and shows it.
pub async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(jurisdiction): Path<String>,
) -> Result<Response, Failure> {
    let id = svc::start(&state, &ctx, &jurisdiction).await?;
    Ok(Redirect::to(&format!("/catalogues/{jurisdiction}/what-if/{}", id.0)).into_response())
}

/// One row of the tier table: code, then before, after, stay, up, down, in, out, moved.
type TierRow = (String, [String; 8]);

/// One listed talent: id, name, jurisdiction, from, to, movement, criterion, error.
type ChangeLine = (i64, String, String, String, String, String, String, String);

#[derive(Template)]
#[template(path = "whatif.html")]
struct WhatIfPage {
    c: Chrome,
    running: bool,
    failed: bool,
    processed: i64,
    total: i64,
    progress: String,
    summary: String,
    errors: String,
    tiers: Vec<TierRow>,
    /// (href, label, current)
    filters: Vec<(String, String, bool)>,
    tier_filters: Vec<(String, String, bool)>,
    changes: Vec<ChangeLine>,
    list_summary: String,
    export: String,
    prev: String,
    next: String,
}

#[derive(serde::Deserialize, Default)]
pub struct Params {
    pub movement: Option<String>,
    pub tier: Option<String>,
    pub page: Option<u32>,
}

/// The run, if it belongs to the jurisdiction in the address.
async fn run_at(state: &AppState, ctx: &Ctx, jurisdiction: &str, id: i64) -> Result<Run, Failure> {
    let run = svc::get(state, ctx, WhatIfRunId(id)).await?;
    let code = state
        .tree()
        .get(run.jurisdiction_id)
        .map(|j| j.code.clone());
    if code.as_deref() == Some(jurisdiction) {
        Ok(run)
    } else {
        Err(ctx.err(DomainError::NotFound))
    }
}

fn link(base: &str, movement: &str, tier: &str, page: u32) -> String {
    let mut q: Vec<(&str, String)> = Vec::new();
    if !movement.is_empty() {
        q.push(("movement", movement.to_string()));
    }
    if !tier.is_empty() {
        q.push(("tier", tier.to_string()));
    }
    if page > 1 {
        q.push(("page", page.to_string()));
    }
    let qs = serde_urlencoded::to_string(&q).unwrap_or_default();
    if qs.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{qs}")
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((jurisdiction, id)): Path<(String, i64)>,
    Query(p): Query<Params>,
) -> Result<Response, Failure> {
    let run = run_at(&state, &ctx, &jurisdiction, id).await?;
    let tr = ctx.tr.clone();
    let running = run.status == "running";
    let tally = svc::tally_of(&run);
    let f = svc::filter(p.movement.as_deref(), p.tier.as_deref()).map_err(|e| ctx.err(e))?;
    let movement = f.movement.clone().unwrap_or_default();
    let tier = f.tier.clone().unwrap_or_default();
    let base = format!("/catalogues/{jurisdiction}/what-if/{id}");
    let (changes, list_summary, prev, next) = if running {
        (Vec::new(), String::new(), String::new(), String::new())
    } else {
        let page =
            svc::changes(&state, &ctx, run.id, f, PageRequest::new(p.page, Some(50))).await?;
        let tree = state.tree();
        let lines = page
            .items
            .iter()
            .map(|r| {
                (
                    r.talent_id.0,
                    r.name.clone(),
                    tree.get(r.jurisdiction_id)
                        .map(|j| j.display_name(tr.chinese()).to_string())
                        .unwrap_or_default(),
                    r.old_tier.clone().unwrap_or_else(|| "—".into()),
                    r.new_tier.clone().unwrap_or_else(|| "—".into()),
                    tr.label("whatif-movement", &r.movement),
                    r.criterion.clone().unwrap_or_default(),
                    r.error.clone().unwrap_or_default(),
                )
            })
            .collect();
        (
            lines,
            tr.tn("whatif-listed", "count", page.total),
            if page.page > 1 {
                link(&base, &movement, &tier, page.page - 1)
            } else {
                String::new()
            },
            if page.has_next() {
                link(&base, &movement, &tier, page.page + 1)
            } else {
                String::new()
            },
        )
    };
    let mut c = Chrome::new(&ctx, "whatif-title", "");
    c.title = tr.t1("whatif-title", "jurisdiction", &jurisdiction);
    let n = |v: u64| tr.number(v);
    let t = &tally.totals;
    let summary = if running {
        String::new()
    } else {
        tr.t_args(
            "whatif-summary",
            &[
                ("talents", FluentValue::from(n(t.talents))),
                ("up", FluentValue::from(n(t.up))),
                ("down", FluentValue::from(n(t.down))),
                ("entered", FluentValue::from(n(t.entered))),
                ("out", FluentValue::from(n(t.out))),
            ],
        )
    };
    let filters = ["", "up", "down", "in", "out", "error"]
        .iter()
        .map(|m| {
            let label = if m.is_empty() {
                tr.t("whatif-filter-all")
            } else {
                tr.label("whatif-movement", m)
            };
            (link(&base, m, &tier, 1), label, *m == movement)
        })
        .collect();
    let mut tier_filters: Vec<(String, String, bool)> = vec![(
        link(&base, &movement, "", 1),
        tr.t("whatif-filter-all-tiers"),
        tier.is_empty(),
    )];
    tier_filters.extend(tally.tiers.iter().map(|x| {
        (
            link(&base, &movement, &x.code, 1),
            x.code.clone(),
            x.code == tier,
        )
    }));
    let view = WhatIfPage {
        running,
        failed: run.status == "failed",
        processed: run.processed,
        total: run.total.max(run.processed),
        progress: tr.t_args(
            "whatif-progress",
            &[
                ("processed", FluentValue::from(n(run.processed as u64))),
                ("total", FluentValue::from(n(run.total.max(0) as u64))),
            ],
        ),
        summary,
        errors: if run.error_count > 0 {
            tr.tn("whatif-errors", "count", run.error_count as u64)
        } else {
            String::new()
        },
        tiers: tally
            .tiers
            .iter()
            .map(|x| {
                (
                    x.code.clone(),
                    [
                        n(x.before),
                        n(x.after),
                        n(x.stay),
                        n(x.up),
                        n(x.down),
                        n(x.entered),
                        n(x.out),
                        n(x.moved),
                    ],
                )
            })
            .collect(),
        filters,
        tier_filters,
        changes,
        list_summary,
        export: format!("{base}/export"),
        prev,
        next,
        c,
    };
    let mut res = render(&view, StatusCode::OK);
    if running {
        // Reload until the run is done; a plain header works without scripts.
        res.headers_mut()
            .insert(header::REFRESH, header::HeaderValue::from_static("2"));
    }
    Ok(res)
}

pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((jurisdiction, id)): Path<(String, i64)>,
) -> Result<Response, Failure> {
    let run = run_at(&state, &ctx, &jurisdiction, id).await?;
    let bytes = svc::export(&state, &ctx, run.id).await?;
    Ok(crate::api::whatif::csv_response(id, bytes))
}
