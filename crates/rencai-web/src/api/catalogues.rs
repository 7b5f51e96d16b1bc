//! `/api/v1/catalogues`: a jurisdiction's tier catalogue in force, its draft and
//! versions; saving, checking, publishing and discarding the draft.

use crate::access::Ctx;
use crate::catalogue_service::{self as svc, DraftInput, Version};
use crate::error::{Failure, ProblemField};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rencai_store::catalogues::{CatalogueStatus, StoredCatalogue};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

fn status(s: &StoredCatalogue) -> String {
    match s.status {
        CatalogueStatus::Draft => "draft".into(),
        CatalogueStatus::Published => "published".into(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct VersionSummary {
    pub version: i64,
    /// draft or published
    pub status: String,
    pub updated_at: String,
    pub published_at: Option<String>,
}

impl VersionSummary {
    fn of(s: &StoredCatalogue) -> Self {
        Self {
            version: s.version,
            status: status(s),
            updated_at: s.updated_at.to_string(),
            published_at: s.published_at.map(|t| t.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CatalogueVersion {
    pub version: i64,
    /// draft or published
    pub status: String,
    /// The jurisdiction that published it (an ancestor's when inherited)
    pub jurisdiction: String,
    /// The draft's concurrency token: send it back when saving, publishing or discarding
    pub revision: i64,
    pub updated_at: String,
    pub published_at: Option<String>,
    /// Tiers (highest first) and criteria with their CEL rules and policy tests
    #[schema(value_type = Object)]
    pub catalogue: serde_json::Value,
}

impl CatalogueVersion {
    fn of(v: &Version) -> Self {
        Self {
            version: v.stored.version,
            status: status(&v.stored),
            jurisdiction: v.jurisdiction.code.clone(),
            revision: v.revision(),
            updated_at: v.stored.updated_at.to_string(),
            published_at: v.stored.published_at.map(|t| t.to_string()),
            catalogue: serde_json::to_value(&v.catalogue).unwrap_or_default(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CatalogueOverview {
    pub jurisdiction: String,
    pub in_force: Option<CatalogueVersion>,
    pub draft: Option<CatalogueVersion>,
    /// This jurisdiction's own versions, newest first
    pub versions: Vec<VersionSummary>,
}

#[utoipa::path(get, path = "/api/v1/catalogues/{jurisdiction}", tag = "catalogues",
    params(("jurisdiction" = String, Path, description = "A jurisdiction code, e.g. hlj")),
    responses((status = 200, body = CatalogueOverview)))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Json<CatalogueOverview>, Failure> {
    let v = svc::view(&state, &ctx, &code).await?;
    Ok(Json(CatalogueOverview {
        jurisdiction: v.jurisdiction.code.clone(),
        in_force: v.in_force.as_ref().map(CatalogueVersion::of),
        draft: v.draft.as_ref().map(CatalogueVersion::of),
        versions: v.versions.iter().map(VersionSummary::of).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/catalogues/{jurisdiction}/versions/{version}", tag = "catalogues",
    params(("jurisdiction" = String, Path), ("version" = i64, Path)),
    responses((status = 200, body = CatalogueVersion)))]
pub async fn version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, number)): Path<(String, i64)>,
) -> Result<Json<CatalogueVersion>, Failure> {
    let v = svc::version(&state, &ctx, &code, number).await?;
    Ok(Json(CatalogueVersion::of(&v)))
}

#[derive(Deserialize, ToSchema)]
pub struct DraftBody {
    /// The catalogue as a JSON object, or its JSON text as a string (then problems
    /// name lines and columns of that text)
    #[schema(value_type = Object)]
    pub catalogue: serde_json::Value,
    /// The draft's revision the edit started from; null or absent when there was no draft
    #[serde(default)]
    pub revision: Option<i64>,
}

fn source_of(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SavedDraft {
    pub version: i64,
    pub revision: i64,
}

#[utoipa::path(put, path = "/api/v1/catalogues/{jurisdiction}/draft", tag = "catalogues",
    params(("jurisdiction" = String, Path)), request_body = DraftBody,
    responses((status = 200, body = SavedDraft),
        (status = 422, description = "The catalogue does not parse, compile or pass its policy tests; nothing was saved"),
        (status = 409, description = "stale-version: the draft changed since the given revision")))]
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Json(b): Json<DraftBody>,
) -> Result<Json<SavedDraft>, Failure> {
    let input = DraftInput {
        source: source_of(&b.catalogue),
        revision: b.revision,
    };
    let s = svc::save_draft(&state, &ctx, &code, input).await?;
    Ok(Json(SavedDraft {
        version: s.version,
        revision: s.revision,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct RevisionBody {
    /// The draft's revision; when given it must still be current
    #[serde(default)]
    pub revision: Option<i64>,
}

#[utoipa::path(delete, path = "/api/v1/catalogues/{jurisdiction}/draft", tag = "catalogues",
    params(("jurisdiction" = String, Path)), request_body(content = Option<RevisionBody>),
    responses((status = 204, description = "The draft is gone"), (status = 409, description = "catalogue-no-draft or stale-version")))]
pub async fn discard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    b: Option<Json<RevisionBody>>,
) -> Result<StatusCode, Failure> {
    let revision = b.and_then(|Json(b)| b.revision);
    svc::discard(&state, &ctx, &code, revision).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct Published {
    pub version: i64,
}

#[utoipa::path(post, path = "/api/v1/catalogues/{jurisdiction}/publish", tag = "catalogues",
    params(("jurisdiction" = String, Path)), request_body(content = Option<RevisionBody>),
    responses((status = 200, body = Published, description = "The draft is now the newest, immutable version"),
        (status = 409, description = "catalogue-no-draft or stale-version")))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    b: Option<Json<RevisionBody>>,
) -> Result<Json<Published>, Failure> {
    let revision = b.and_then(|Json(b)| b.revision);
    let version = svc::publish(&state, &ctx, &code, revision).await?;
    Ok(Json(Published { version }))
}

#[derive(Deserialize, ToSchema)]
pub struct CheckBody {
    /// The catalogue as a JSON object, or its JSON text as a string
    #[schema(value_type = Object)]
    pub catalogue: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct CheckResult {
    /// No problem: the catalogue compiles and every policy test passes
    pub valid: bool,
    pub tiers: usize,
    pub criteria: usize,
    /// Policy tests run
    pub examples: usize,
    pub problems: Vec<ProblemField>,
}

#[utoipa::path(post, path = "/api/v1/catalogues/{jurisdiction}/check", tag = "catalogues",
    params(("jurisdiction" = String, Path)), request_body = CheckBody,
    responses((status = 200, body = CheckResult, description = "Compiles the catalogue and runs its policy tests without saving")))]
pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Json(b): Json<CheckBody>,
) -> Result<Json<CheckResult>, Failure> {
    // Only those who may edit this catalogue may use its checker.
    svc::managed(&state, &ctx, &code)?;
    let r = svc::check(&source_of(&b.catalogue));
    Ok(Json(CheckResult {
        valid: r.problems.is_empty(),
        tiers: r.tiers,
        criteria: r.criteria,
        examples: r.examples,
        problems: r
            .problems
            .iter()
            .map(|f| ProblemField {
                field: f.field.clone(),
                code: f.code.to_string(),
                message: ctx.tr.field_error(f),
            })
            .collect(),
    }))
}
