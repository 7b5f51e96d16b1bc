//! `/api/v1/service-requests`: a cardholder requests a service from a provider, rates
//! it when done; lists for holders, providers and officers; the bureau's late report.
//! A request is an application: documents, actions and the trail are under
//! `/api/v1/applications/{id}` like every other application.

use super::accreditation::{ApplicationSummary, Created};
use crate::access::Ctx;
use crate::error::Failure;
use crate::service_request_service::{self as svc, NewRequest, RequestView};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rencai_domain::ids::ApplicationId;
use rencai_domain::paging::PageRequest;
use rencai_store::service_requests::StoredServiceRequest;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// What a service request adds to its application.
#[derive(Serialize, ToSchema)]
pub struct RequestJson {
    pub card_id: i64,
    pub service: String,
    pub provider_id: i64,
    pub provider_zh: String,
    pub provider_en: String,
    /// When the current step is promised by (kept after escalation).
    pub due_at: Option<String>,
    pub closed_at: Option<String>,
    /// Some step ran past its promise.
    pub late: bool,
    /// 1–5, once the holder rated it.
    pub rating: Option<u8>,
    pub rating_note: Option<String>,
}

impl RequestJson {
    pub(crate) fn of(r: &StoredServiceRequest) -> Self {
        Self {
            card_id: r.card_id.0,
            service: r.service_code.clone(),
            provider_id: r.provider_id.0,
            provider_zh: r.provider_zh.clone(),
            provider_en: r.provider_en.clone(),
            due_at: r.due_at.map(|t| t.to_string()),
            closed_at: r.closed_at.map(|t| t.to_string()),
            late: r.was_late,
            rating: r.rating,
            rating_note: r.rating_note.clone(),
        }
    }
}

#[utoipa::path(post, path = "/api/v1/service-requests", tag = "cards",
    request_body = NewRequest,
    responses((status = 201, body = Created, description = "A draft request; attach documents under /api/v1/applications/{id}/evidence, then submit with an action"),
        (status = 409, description = "card-none, card-suspended, service-not-eligible, service-redeemed-at-point, quota-exhausted, request-open"),
        (status = 422, description = "An unknown service or provider")))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<NewRequest>,
) -> Result<(StatusCode, Json<Created>), Failure> {
    let id = svc::create(&state, &ctx, b).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// mine, provider or review (default: what suits the caller's role)
    pub view: Option<RequestView>,
    pub status: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct RequestItem {
    #[serde(flatten)]
    pub application: ApplicationSummary,
    pub request: Option<RequestJson>,
}

#[derive(Serialize, ToSchema)]
pub struct RequestPage {
    pub view: String,
    pub items: Vec<RequestItem>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

#[utoipa::path(get, path = "/api/v1/service-requests", tag = "cards", params(ListParams),
    responses((status = 200, body = RequestPage)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<RequestPage>, Failure> {
    let (view, page) = svc::list(
        &state,
        &ctx,
        p.view,
        p.status,
        PageRequest::new(p.page, p.per_page),
    )
    .await?;
    Ok(Json(RequestPage {
        view: view.code().into(),
        items: page
            .items
            .iter()
            .map(|l| RequestItem {
                application: ApplicationSummary::of(&l.app),
                request: l.request.as_ref().map(RequestJson::of),
            })
            .collect(),
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct RatingBody {
    /// 1 to 5
    pub rating: i64,
    #[serde(default)]
    pub note: String,
}

#[utoipa::path(post, path = "/api/v1/service-requests/{id}/rating", tag = "cards",
    params(("id" = i64, Path)), request_body = RatingBody,
    responses((status = 204), (status = 409, description = "request-not-fulfilled, request-already-rated"),
        (status = 422, description = "A rating outside 1–5")))]
pub async fn rate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(b): Json<RatingBody>,
) -> Result<StatusCode, Failure> {
    svc::rate(&state, &ctx, ApplicationId(id), b.rating, &b.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct LateJson {
    pub provider_id: i64,
    pub provider_zh: String,
    pub provider_en: String,
    pub service: String,
    pub total: u64,
    /// Open and past the promised time of their step
    pub late_open: u64,
    /// Closed after some step ran past its promise
    pub late_closed: u64,
    pub rated: u64,
    pub average_rating: Option<f64>,
}

#[utoipa::path(get, path = "/api/v1/service-requests/late", tag = "cards",
    responses((status = 200, body = Vec<LateJson>, description = "Providers and services with late requests, the latest first")))]
pub async fn late(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Vec<LateJson>>, Failure> {
    let lines = svc::late(&state, &ctx).await?;
    Ok(Json(
        lines
            .into_iter()
            .map(|l| LateJson {
                provider_id: l.provider_id.0,
                provider_zh: l.provider_zh,
                provider_en: l.provider_en,
                service: l.service_code,
                total: l.total,
                late_open: l.late_open,
                late_closed: l.late_closed,
                rated: l.rated,
                average_rating: l.average_rating,
            })
            .collect(),
    ))
}
