//! `/api/v1` for accreditation: eligibility, applications and their review, the
//! accreditations they produce, and public verification.

use crate::access::Ctx;
use crate::accreditation_service::{self as svc, Eligibility, Verification, View};
use crate::error::Failure;
use crate::review_service::{self as review, ActionInput, Dossier};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rencai_domain::DomainError;
use rencai_domain::ids::{AccreditationId, ApplicationId, TalentId};
use rencai_domain::paging::PageRequest;
use rencai_store::accreditations::StoredAccreditation;
use rencai_store::applications::StoredApplication;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct ApplicationSummary {
    pub id: i64,
    pub kind: String,
    pub talent_id: i64,
    pub talent_name: String,
    pub tier: String,
    pub criterion: String,
    /// draft, in-review, info-requested, approved, rejected, withdrawn
    pub status: String,
    pub step: Option<i64>,
    pub version: i64,
    /// When the current step's promised turnaround runs out
    pub deadline: Option<String>,
    pub updated_at: String,
}

impl ApplicationSummary {
    pub(crate) fn of(a: &StoredApplication) -> Self {
        Self {
            id: a.id.0,
            kind: a.kind.clone(),
            talent_id: a.talent_id.0,
            talent_name: a.talent_name.clone(),
            tier: a.tier_code.clone(),
            criterion: a.criterion_code.clone(),
            status: a.status.clone(),
            step: a.step,
            version: a.version,
            deadline: a.deadline.map(|d| d.to_string()),
            updated_at: a.updated_at.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct StepView {
    pub code: String,
    /// officers or experts
    pub panel: String,
    pub reviewers: u32,
    pub turnaround_hours: i64,
}

#[derive(Serialize, ToSchema)]
pub struct EventView {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub note: String,
    pub from: String,
    pub to: String,
}

#[derive(Serialize, ToSchema)]
pub struct SeatView {
    pub step: i64,
    pub seat: i64,
    pub username: String,
}

#[derive(Serialize, ToSchema)]
pub struct EvidenceView {
    pub id: i64,
    pub sha256: String,
    pub file_name: String,
    pub media_type: String,
    pub size: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationView {
    #[serde(flatten)]
    pub summary: ApplicationSummary,
    pub statement: String,
    pub catalogue_id: Option<i64>,
    pub steps: Vec<StepView>,
    pub escalated: bool,
    pub appealed: bool,
    pub events: Vec<EventView>,
    pub seats: Vec<SeatView>,
    pub evidence: Vec<EvidenceView>,
    pub accreditation: Option<AccreditationView>,
    /// What a service request adds (service, provider, rating)
    pub request: Option<super::service_requests::RequestJson>,
    /// What the caller may do here
    pub part: review::Part,
}

impl ApplicationView {
    fn of(d: Dossier) -> Self {
        Self {
            summary: ApplicationSummary::of(&d.app),
            statement: d.app.statement.clone(),
            catalogue_id: d.app.catalogue_id.map(|c| c.0),
            steps: d
                .flow
                .steps
                .iter()
                .map(|s| StepView {
                    code: s.code.clone(),
                    panel: match s.panel {
                        rencai_domain::review::Panel::Officers => "officers".into(),
                        rencai_domain::review::Panel::Experts => "experts".into(),
                        rencai_domain::review::Panel::Provider => "provider".into(),
                    },
                    reviewers: s.reviewers,
                    turnaround_hours: s.turnaround.as_hours(),
                })
                .collect(),
            escalated: d.review.escalated,
            appealed: d.review.appealed,
            events: d
                .events
                .into_iter()
                .map(|e| EventView {
                    seq: e.seq,
                    at: e.at.to_string(),
                    actor: e.actor,
                    role: e.role,
                    action: e.action,
                    note: e.note,
                    from: e.from,
                    to: e.to,
                })
                .collect(),
            seats: d
                .seats
                .into_iter()
                .map(|s| SeatView {
                    step: s.step,
                    seat: s.seat,
                    username: s.username,
                })
                .collect(),
            evidence: d
                .evidence
                .into_iter()
                .map(|e| EvidenceView {
                    id: e.id,
                    sha256: e.hash,
                    file_name: e.file_name,
                    media_type: e.media_type,
                    size: e.size,
                })
                .collect(),
            accreditation: d.accreditation.map(AccreditationView::of),
            request: d
                .request
                .as_ref()
                .map(super::service_requests::RequestJson::of),
            part: d.part,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AccreditationView {
    pub id: i64,
    pub number: String,
    pub talent_id: i64,
    pub talent_name: String,
    pub tier: String,
    pub criterion: String,
    pub catalogue_id: i64,
    pub catalogue_version: i64,
    pub application_id: i64,
    /// The evidence the decision rested on: SHA-256, file name, type, size
    pub evidence: serde_json::Value,
    pub issued_at: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
    pub revoked_reason: Option<String>,
    pub renewed_by: Option<i64>,
}

impl AccreditationView {
    pub fn of(a: StoredAccreditation) -> Self {
        Self {
            id: a.id.0,
            number: a.number,
            talent_id: a.talent_id.0,
            talent_name: a.talent_name,
            tier: a.tier_code,
            criterion: a.criterion_code,
            catalogue_id: a.catalogue_id.0,
            catalogue_version: a.catalogue_version,
            application_id: a.application_id.0,
            evidence: serde_json::from_str(&a.evidence).unwrap_or_default(),
            issued_at: a.issued_at.to_string(),
            expires_at: a.expires_at.to_string(),
            revoked_at: a.revoked_at.map(|t| t.to_string()),
            revoked_reason: a.revoked_reason,
            renewed_by: a.renewed_by.map(|r| r.0),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/talents/{id}/eligibility", tag = "accreditation",
    params(("id" = i64, Path)),
    responses((status = 200, body = Eligibility, description = "The criteria the talent meets under the catalogue in force, highest tier first")))]
pub async fn eligibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Eligibility>, Failure> {
    Ok(Json(svc::eligibility(&state, &ctx, TalentId(id)).await?))
}

#[utoipa::path(get, path = "/api/v1/talents/{id}/accreditations", tag = "accreditation",
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<AccreditationView>)))]
pub async fn of_talent(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<AccreditationView>>, Failure> {
    let list = svc::accreditations_of(&state, &ctx, TalentId(id)).await?;
    Ok(Json(list.into_iter().map(AccreditationView::of).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct NewApplicationBody {
    pub talent_id: i64,
    /// The code of a criterion the talent meets (see eligibility)
    pub criterion: String,
    #[serde(default)]
    pub statement: String,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

#[utoipa::path(post, path = "/api/v1/applications", tag = "accreditation",
    request_body = NewApplicationBody,
    responses((status = 201, body = Created, description = "A draft application; attach evidence, then submit")))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<NewApplicationBody>,
) -> Result<(StatusCode, Json<Created>), Failure> {
    let id = svc::create(
        &state,
        &ctx,
        TalentId(b.talent_id),
        &b.criterion,
        &b.statement,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// mine, review or assigned (default: what suits the caller's role)
    pub view: Option<View>,
    pub status: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationPage {
    pub view: String,
    pub items: Vec<ApplicationSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

#[utoipa::path(get, path = "/api/v1/applications", tag = "accreditation", params(ListParams),
    responses((status = 200, body = ApplicationPage)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<ApplicationPage>, Failure> {
    let (view, page) = svc::list(
        &state,
        &ctx,
        p.view,
        p.status,
        PageRequest::new(p.page, p.per_page),
    )
    .await?;
    Ok(Json(ApplicationPage {
        view: view.code().into(),
        items: page.items.iter().map(ApplicationSummary::of).collect(),
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    }))
}

#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "accreditation",
    params(("id" = i64, Path)), responses((status = 200, body = ApplicationView)))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationView>, Failure> {
    let d = review::dossier(&state, &ctx, ApplicationId(id)).await?;
    Ok(Json(ApplicationView::of(d)))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FileParams {
    /// The file's name; its extension must match the content (pdf, png, jpg)
    pub file_name: String,
}

#[utoipa::path(post, path = "/api/v1/applications/{id}/evidence", tag = "accreditation",
    params(("id" = i64, Path), FileParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "A PDF, PNG or JPEG file of at most 10 MB"),
    responses((status = 201, body = Created)))]
pub async fn attach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(p): Query<FileParams>,
    body: Bytes,
) -> Result<(StatusCode, Json<Created>), Failure> {
    let e = review::attach(&state, &ctx, ApplicationId(id), &p.file_name, body.to_vec()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: e })))
}

#[utoipa::path(get, path = "/api/v1/applications/{id}/evidence/{evidence}", tag = "accreditation",
    params(("id" = i64, Path), ("evidence" = i64, Path)),
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>)))]
pub async fn evidence_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, evidence)): Path<(i64, i64)>,
) -> Result<Response, Failure> {
    let (name, media, data) =
        review::evidence_file(&state, &ctx, ApplicationId(id), evidence).await?;
    Ok(file_response(&name, &media, data))
}

/// A stored file, sent so a browser never runs it inline as a page.
pub fn file_response(name: &str, media: &str, data: Vec<u8>) -> Response {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, media.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\""),
            ),
            (header::CONTENT_SECURITY_POLICY, "sandbox".to_string()),
        ],
        data,
    )
        .into_response()
}

#[utoipa::path(delete, path = "/api/v1/applications/{id}/evidence/{evidence}", tag = "accreditation",
    params(("id" = i64, Path), ("evidence" = i64, Path)), responses((status = 204)))]
pub async fn detach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, evidence)): Path<(i64, i64)>,
) -> Result<StatusCode, Failure> {
    review::detach(&state, &ctx, ApplicationId(id), evidence).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ActionResult {
    pub status: String,
}

#[utoipa::path(post, path = "/api/v1/applications/{id}/actions", tag = "accreditation",
    params(("id" = i64, Path)), request_body = ActionInput,
    responses((status = 200, body = ActionResult), (status = 409, description = "stale-version when someone acted first, or the action is not possible now")))]
pub async fn act(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(input): Json<ActionInput>,
) -> Result<Json<ActionResult>, Failure> {
    let st = review::act(&state, &ctx, ApplicationId(id), input).await?;
    Ok(Json(ActionResult {
        status: st.code().into(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct PanelBody {
    /// The seat on the current expert step, from 0
    pub seat: u32,
    /// The expert's username
    pub expert: String,
}

#[utoipa::path(post, path = "/api/v1/applications/{id}/panel", tag = "accreditation",
    params(("id" = i64, Path)), request_body = PanelBody, responses((status = 204)))]
pub async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(b): Json<PanelBody>,
) -> Result<StatusCode, Failure> {
    review::assign_expert(&state, &ctx, ApplicationId(id), b.seat, &b.expert).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/accreditations/{id}", tag = "accreditation",
    params(("id" = i64, Path)), responses((status = 200, body = AccreditationView)))]
pub async fn accreditation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<AccreditationView>, Failure> {
    let a = svc::accreditation(&state, &ctx, AccreditationId(id)).await?;
    Ok(Json(AccreditationView::of(a)))
}

#[derive(Deserialize, ToSchema)]
pub struct RevokeBody {
    pub reason: String,
}

#[utoipa::path(post, path = "/api/v1/accreditations/{id}/revoke", tag = "accreditation",
    params(("id" = i64, Path)), request_body = RevokeBody, responses((status = 204)))]
pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(b): Json<RevokeBody>,
) -> Result<StatusCode, Failure> {
    svc::revoke(&state, &ctx, AccreditationId(id), &b.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/accreditations/{id}/renew", tag = "accreditation",
    params(("id" = i64, Path)),
    responses((status = 201, body = Created, description = "The renewal application (a draft)")))]
pub async fn renew(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<Created>), Failure> {
    let app = svc::renew(&state, &ctx, AccreditationId(id)).await?;
    Ok((StatusCode::CREATED, Json(Created { id: app.0 })))
}

#[utoipa::path(get, path = "/api/v1/verify/{number}", tag = "accreditation", security(()),
    params(("number" = String, Path, description = "The certificate number, e.g. HLJ-2026-000042")),
    responses((status = 200, body = Verification), (status = 404)))]
pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(number): Path<String>,
) -> Result<Json<Verification>, Failure> {
    match svc::verify(&state, &number).await {
        Ok(Some(v)) => Ok(Json(v)),
        Ok(None) => Err(ctx.err(DomainError::NotFound)),
        Err(e) => Err(ctx.fail(e)),
    }
}
