//! `/api/v1/talents`: list, read, create, change, reveal, export, erase.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use crate::talent_service::{self, ListQuery};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rencai_domain::access::Permission;
use rencai_domain::ids::TalentId;
use rencai_domain::talent::{Talent, TalentDraft};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A talent as the API shows it; the identity number only masked.
#[derive(Serialize, ToSchema)]
pub struct TalentView {
    pub id: i64,
    pub name: String,
    pub name_latin: Option<String>,
    pub gender: String,
    pub birth_date: String,
    pub identity_masked: String,
    pub education: String,
    pub title: String,
    pub skill_level: String,
    pub field: String,
    pub employer: Option<String>,
    pub jurisdiction: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub honours: String,
    pub patents: u32,
    pub papers: u32,
    pub version: i64,
    pub updated_at: String,
}

impl TalentView {
    pub fn of(t: Talent, jurisdiction_code: &str) -> Self {
        Self {
            id: t.id.0,
            name: t.name,
            name_latin: t.name_latin,
            gender: t.gender.code().into(),
            birth_date: t.birth_date.to_string(),
            identity_masked: t.identity_masked,
            education: t.education.code().into(),
            title: t.title.code().into(),
            skill_level: t.skill_level.code().into(),
            field: t.field.code().into(),
            employer: t.employer_name,
            jurisdiction: jurisdiction_code.into(),
            email: t.email,
            phone: t.phone,
            honours: t.honours,
            patents: t.patents,
            papers: t.papers,
            version: t.version,
            updated_at: t.updated_at.to_string(),
        }
    }
}

/// A talent to create or change. Vocabulary fields take codes (see the schema's
/// descriptions); `jurisdiction` is a jurisdiction code, `employer` an enterprise name.
#[derive(Deserialize, Serialize, ToSchema, Default)]
#[serde(default)]
pub struct TalentBody {
    pub name: String,
    pub name_latin: String,
    /// `female` or `male`
    pub gender: String,
    /// `YYYY-MM-DD`
    pub birth_date: String,
    /// 18 characters with a valid check character; required on create, optional on change
    pub identity_number: String,
    /// secondary, associate, bachelor, master, doctorate
    pub education: String,
    /// none, junior, intermediate, deputy_senior, full_senior
    pub title: String,
    /// none, elementary, intermediate, advanced, technician, senior_technician
    pub skill_level: String,
    pub field: String,
    pub employer: String,
    pub jurisdiction: String,
    pub email: String,
    pub phone: String,
    pub honours: String,
    pub patents: Option<u32>,
    pub papers: Option<u32>,
    /// The version the change is based on (required on change)
    pub version: Option<i64>,
}

impl TalentBody {
    pub fn draft(self) -> (TalentDraft, Option<i64>) {
        let d = TalentDraft {
            name: self.name,
            name_latin: self.name_latin,
            gender: self.gender,
            birth_date: self.birth_date,
            identity_number: self.identity_number,
            education: self.education,
            title: self.title,
            skill_level: self.skill_level,
            field: self.field,
            employer: self.employer,
            jurisdiction: self.jurisdiction,
            email: self.email,
            phone: self.phone,
            honours: self.honours,
            patents: self.patents.map(|n| n.to_string()).unwrap_or_default(),
            papers: self.papers.map(|n| n.to_string()).unwrap_or_default(),
        };
        (d, self.version)
    }
}

#[derive(Serialize, ToSchema)]
pub struct TalentPage {
    pub items: Vec<TalentView>,
    pub page: u32,
    pub per_page: u32,
    /// Matches, counted up to 10,000
    pub total: u64,
    /// True when there are more than `total` matches
    pub total_capped: bool,
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Part of the name, in Chinese or Latin script
    pub q: Option<String>,
    /// A jurisdiction code; its whole subtree is included
    pub jurisdiction: Option<String>,
    pub title: Option<String>,
    pub skill_level: Option<String>,
    pub field: Option<String>,
    /// An enterprise name
    pub employer: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

impl From<ListParams> for ListQuery {
    fn from(p: ListParams) -> Self {
        ListQuery {
            q: p.q.unwrap_or_default(),
            jurisdiction: p.jurisdiction.unwrap_or_default(),
            title: p.title.unwrap_or_default(),
            skill_level: p.skill_level.unwrap_or_default(),
            field: p.field.unwrap_or_default(),
            employer: p.employer.unwrap_or_default(),
            page: p.page,
            per_page: p.per_page,
        }
    }
}

fn code_of(state: &AppState, t: &Talent) -> String {
    state
        .tree()
        .get(t.jurisdiction_id)
        .map(|j| j.code.clone())
        .unwrap_or_default()
}

#[utoipa::path(get, path = "/api/v1/talents", params(ListParams), tag = "talents",
    responses((status = 200, body = TalentPage), (status = 401, body = crate::error::ProblemBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<TalentPage>, Failure> {
    let page = talent_service::list(&state, &ctx, p.into()).await?;
    Ok(Json(TalentPage {
        page: page.page,
        per_page: page.per_page,
        total: page.total,
        total_capped: page.total_capped,
        items: page
            .items
            .into_iter()
            .map(|t| {
                let code = code_of(&state, &t);
                TalentView::of(t, &code)
            })
            .collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/talents/{id}", tag = "talents",
    params(("id" = i64, Path, description = "Talent id")),
    responses((status = 200, body = TalentView), (status = 404, body = crate::error::ProblemBody)))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<TalentView>, Failure> {
    let t = talent_service::get(&state, &ctx, TalentId(id), Permission::TalentRead).await?;
    let code = code_of(&state, &t);
    Ok(Json(TalentView::of(t, &code)))
}

#[utoipa::path(post, path = "/api/v1/talents", tag = "talents", request_body = TalentBody,
    responses((status = 201, body = TalentView), (status = 422, body = crate::error::ProblemBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(body): Json<TalentBody>,
) -> Result<(StatusCode, Json<TalentView>), Failure> {
    let (draft, _) = body.draft();
    let id = talent_service::create(&state, &ctx, draft).await?;
    // Whoever may write a record may see what they wrote.
    let t = talent_service::get(&state, &ctx, id, Permission::TalentWrite).await?;
    let code = code_of(&state, &t);
    Ok((StatusCode::CREATED, Json(TalentView::of(t, &code))))
}

#[utoipa::path(put, path = "/api/v1/talents/{id}", tag = "talents", request_body = TalentBody,
    params(("id" = i64, Path, description = "Talent id")),
    responses((status = 200, body = TalentView), (status = 409, body = crate::error::ProblemBody), (status = 422, body = crate::error::ProblemBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(body): Json<TalentBody>,
) -> Result<Json<TalentView>, Failure> {
    let (draft, version) = body.draft();
    let Some(version) = version else {
        return Err(ctx.err(rencai_domain::DomainError::invalid("version", "required")));
    };
    talent_service::update(&state, &ctx, TalentId(id), version, draft).await?;
    let t = talent_service::get(&state, &ctx, TalentId(id), Permission::TalentWrite).await?;
    let code = code_of(&state, &t);
    Ok(Json(TalentView::of(t, &code)))
}

#[derive(Serialize, ToSchema)]
pub struct RevealedIdentity {
    pub identity_number: String,
}

#[utoipa::path(post, path = "/api/v1/talents/{id}/reveal-identity", tag = "talents",
    params(("id" = i64, Path, description = "Talent id")),
    responses((status = 200, body = RevealedIdentity)))]
pub async fn reveal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<RevealedIdentity>, Failure> {
    let n = talent_service::reveal(&state, &ctx, TalentId(id)).await?;
    Ok(Json(RevealedIdentity { identity_number: n }))
}

#[utoipa::path(get, path = "/api/v1/talents/{id}/personal-data", tag = "talents",
    params(("id" = i64, Path, description = "Talent id")),
    responses((status = 200, description = "Everything held about the person, as JSON")))]
pub async fn personal_data(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<serde_json::Value>, Failure> {
    Ok(Json(
        talent_service::personal_data(&state, &ctx, TalentId(id)).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/talents/{id}/erase", tag = "talents",
    params(("id" = i64, Path, description = "Talent id")),
    responses((status = 204, description = "Erased")))]
pub async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<StatusCode, Failure> {
    talent_service::erase(&state, &ctx, TalentId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `csv` (UTF-8 with BOM) or `xlsx`
    pub format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/talents/export", tag = "talents", params(ExportParams, ListParams),
    responses((status = 200, description = "The filtered list as CSV or XLSX (identity numbers masked)")))]
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(f): Query<ExportParams>,
    Query(p): Query<ListParams>,
) -> Result<axum::response::Response, Failure> {
    talent_service::export(&state, &ctx, p.into(), f.format.as_deref().unwrap_or("csv")).await
}
