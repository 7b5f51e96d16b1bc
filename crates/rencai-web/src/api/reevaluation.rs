//! `/api/v1/reevaluations`: a campaign re-assessing accreditations under the catalogue
//! now in force; changes go to review, nothing changes by itself.

use crate::access::Ctx;
use crate::error::Failure;
use crate::reevaluation_service::{self as svc, Campaign};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct CampaignBody {
    /// Jurisdiction code; its whole subtree is re-assessed, e.g. `hlj`
    pub jurisdiction: String,
}

#[utoipa::path(post, path = "/api/v1/reevaluations", tag = "accreditation",
    request_body = CampaignBody,
    responses((status = 200, body = Campaign, description = "What the campaign found; started re-evaluations are in review")))]
pub async fn run(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<CampaignBody>,
) -> Result<Json<Campaign>, Failure> {
    Ok(Json(svc::run(&state, &ctx, &b.jurisdiction).await?))
}
