//! The audit page: who did what, when.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::api::audit::{AuditParams, load};
use crate::error::Failure;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    c: Chrome,
    rows: Vec<(i64, String, String, String, String, String)>,
    summary: String,
    prev: String,
    next: String,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<AuditParams>,
) -> Result<Response, Failure> {
    let action = p.action.clone().unwrap_or_default();
    let page = load(&state, &ctx, p).await?;
    let tr = &ctx.tr;
    let link = |n: u32| {
        format!(
            "/audit?{}",
            serde_urlencoded::to_string([("action", action.as_str()), ("page", &n.to_string())])
                .unwrap_or_default()
        )
    };
    let view = AuditPage {
        c: Chrome::new(&ctx, "audit-title", "/audit"),
        rows: page
            .items
            .iter()
            .map(|e| {
                let subject = match e.record.subject_id {
                    Some(id) => format!("{} #{id}", e.record.subject_type),
                    None => e.record.subject_type.clone(),
                };
                (
                    e.id,
                    tr.datetime(e.record.at),
                    e.record.actor.clone(),
                    tr.t(&format!("action-{}", e.record.action.replace('.', "-"))),
                    subject,
                    e.hash.chars().take(12).collect(),
                )
            })
            .collect(),
        summary: tr.tn("audit-count", "count", page.total),
        prev: if page.page > 1 {
            link(page.page - 1)
        } else {
            String::new()
        },
        next: if page.has_next() {
            link(page.page + 1)
        } else {
            String::new()
        },
    };
    Ok(render(&view, StatusCode::OK))
}
