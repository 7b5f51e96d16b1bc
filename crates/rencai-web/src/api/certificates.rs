//! `/api/v1` for certificates: the PDF of an accreditation.

use crate::access::Ctx;
use crate::certificate_service as svc;
use crate::error::Failure;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use rencai_domain::ids::AccreditationId;

#[utoipa::path(get, path = "/api/v1/accreditations/{id}/certificate.pdf", tag = "accreditation",
    params(("id" = i64, Path)),
    responses(
        (status = 200, content_type = "application/pdf", body = Vec<u8>,
            description = "The certificate, A4 landscape, in the caller's language, with a QR code to the public verification page"),
        (status = 404, description = "No such accreditation, or not the caller's to see"),
        (status = 409, description = "`certificate-revoked`: a revoked accreditation has no certificate"),
    ))]
pub async fn certificate(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let base = svc::base_url(&state, host);
    let cert = svc::certificate_pdf(&state, &ctx, AccreditationId(id), &base).await?;
    // Numbers are ASCII by construction; anything else is dropped all the same, so the
    // header cannot be broken out of.
    let number: String = cert
        .number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{number}.pdf\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        cert.pdf,
    )
        .into_response())
}
