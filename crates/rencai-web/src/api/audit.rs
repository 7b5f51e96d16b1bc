//! `/api/v1/audit`: the audit log, newest first.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<i64>,
    pub details: serde_json::Value,
    pub hash: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditView>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct AuditParams {
    /// Only actions starting with this, e.g. `talent.`
    pub action: Option<String>,
    pub subject_type: Option<String>,
    pub subject_id: Option<i64>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

pub async fn load(
    state: &AppState,
    ctx: &Ctx,
    p: AuditParams,
) -> Result<rencai_domain::paging::Page<rencai_domain::audit::AuditEntry>, Failure> {
    let me = ctx.me()?;
    let reach = me.reach(rencai_domain::access::Permission::AuditRead, &state.tree());
    let filter = rencai_store::audit::AuditFilter {
        action_prefix: p.action.filter(|a| !a.is_empty()),
        subject: p.subject_type.zip(p.subject_id),
        // An admin of the whole tree also sees entries bound to no jurisdiction.
        jurisdictions: if reach.len() >= state.tree().len() {
            None
        } else {
            Some(reach.into_iter().collect())
        },
    };
    let page = rencai_domain::paging::PageRequest::new(p.page, p.per_page);
    state
        .db(move |s| s.read(|c| rencai_store::audit::list(c, &filter, page)))
        .await
        .map_err(|e| ctx.fail(e))
}

#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditParams), responses((status = 200, body = AuditPage)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<AuditParams>,
) -> Result<Json<AuditPage>, Failure> {
    let page = load(&state, &ctx, p).await?;
    Ok(Json(AuditPage {
        page: page.page,
        per_page: page.per_page,
        total: page.total,
        items: page
            .items
            .into_iter()
            .map(|e| AuditView {
                id: e.id,
                at: e.record.at.to_string(),
                actor: e.record.actor,
                action: e.record.action,
                subject_type: e.record.subject_type,
                subject_id: e.record.subject_id,
                details: serde_json::from_str(&e.record.details).unwrap_or_default(),
                hash: e.hash,
            })
            .collect(),
    }))
}
