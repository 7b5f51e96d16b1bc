//! `/api/v1` for the card service catalogue of a jurisdiction.

use crate::access::Ctx;
use crate::error::Failure;
use crate::service_catalogue_service as svc;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use rencai_domain::services::ServiceCatalogue;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ProviderJson {
    pub id: i64,
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// The code of its jurisdiction.
    pub jurisdiction: String,
    /// The service codes it delivers.
    pub services: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ServicesJson {
    pub jurisdiction: String,
    /// Where the catalogue in force is kept (this jurisdiction or an ancestor); none
    /// when no catalogue applies.
    pub owner: Option<String>,
    /// The revision of this jurisdiction's own catalogue, to send back when saving
    /// (0: it has none yet).
    pub revision: i64,
    /// Areas and services with translations, tiers, quotas, documents, turnaround.
    #[schema(value_type = Object)]
    pub catalogue: Option<ServiceCatalogue>,
    pub providers: Vec<ProviderJson>,
}

#[utoipa::path(get, path = "/api/v1/services/{jurisdiction}", tag = "cards",
    params(("jurisdiction" = String, Path, description = "A jurisdiction code, e.g. hlj-harbin")),
    responses((status = 200, body = ServicesJson), (status = 404)))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Json<ServicesJson>, Failure> {
    let v = svc::view(&state, &ctx, &code).await?;
    let tree = state.tree();
    Ok(Json(ServicesJson {
        jurisdiction: v.jurisdiction.code.clone(),
        owner: v.owner.map(|o| o.code),
        revision: v.revision,
        catalogue: v.catalogue.map(|c| (*c).clone()),
        providers: v
            .providers
            .into_iter()
            .map(|p| ProviderJson {
                id: p.id.0,
                jurisdiction: tree
                    .get(p.jurisdiction_id)
                    .map(|j| j.code.clone())
                    .unwrap_or_default(),
                code: p.code,
                name_zh: p.name_zh,
                name_en: p.name_en,
                services: p.services,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SaveBody {
    /// The revision the change was based on (0 for a first catalogue).
    pub revision: i64,
    #[schema(value_type = Object)]
    pub catalogue: ServiceCatalogue,
}

#[derive(Serialize, ToSchema)]
pub struct Saved {
    pub revision: i64,
}

#[utoipa::path(put, path = "/api/v1/services/{jurisdiction}", tag = "cards",
    params(("jurisdiction" = String, Path)), request_body = SaveBody,
    responses(
        (status = 200, body = Saved),
        (status = 409, description = "`stale-version`: someone saved in between"),
        (status = 422, description = "Every problem at its field, e.g. `services[3].tiers[0]` / `unknown-value`"),
    ))]
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Json(b): Json<SaveBody>,
) -> Result<Json<Saved>, Failure> {
    let revision = svc::save(&state, &ctx, &code, b.catalogue, b.revision).await?;
    Ok(Json(Saved { revision }))
}
