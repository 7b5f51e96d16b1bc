//! `/api/v1/imports`: upload a file for preview, then confirm it.

use crate::access::Ctx;
use crate::error::Failure;
use crate::import_service::{self, Outcome};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The file's name, for the record
    pub file_name: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/imports", tag = "imports", params(UploadParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "A CSV (UTF-8 or GB18030) or XLSX file"),
    responses((status = 200, body = Outcome, description = "The preview: problems by row and column, or a batch id to confirm")))]
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<UploadParams>,
    body: Bytes,
) -> Result<Json<Outcome>, Failure> {
    let name = p.file_name.unwrap_or_else(|| "upload".into());
    Ok(Json(
        import_service::preview(&state, &ctx, name, body.to_vec()).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/imports/{id}/commit", tag = "imports",
    params(("id" = i64, Path, description = "The batch id from the preview")),
    responses((status = 200, body = Outcome)))]
pub async fn commit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Outcome>, Failure> {
    Ok(Json(import_service::commit(&state, &ctx, id).await?))
}
