//! The public verification page a certificate's QR code opens: whether the certificate
//! is genuine and in force, with the holder's name masked. No login needed.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::certificate_service::{self as svc, PublicRecord};
use crate::error::Failure;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_templates::fluent_bundle::FluentValue;

struct Shown {
    number: String,
    /// valid, expired, revoked or renewed (also the CSS hook)
    status: String,
    status_text: String,
    valid: bool,
    holder: String,
    tier: String,
    issued: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "verify.html")]
struct VerifyPage {
    c: Chrome,
    record: Option<Shown>,
    unknown: String,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(number): Path<String>,
) -> Result<Response, Failure> {
    let tr = ctx.tr.clone();
    let found = svc::public_record(&state, &tr, &number)
        .await
        .map_err(|e| ctx.fail(e))?;
    let day = |t: jiff::Timestamp| {
        tr.date(
            t.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
                .date(),
        )
    };
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let record = found.map(
        |PublicRecord {
             verification: v,
             tier_name,
         }| Shown {
            status_text: tr.label("verify-status", &v.status),
            valid: v.status == "valid",
            tier: if tier_name.is_empty() {
                v.tier.clone()
            } else {
                format!("{} · {tier_name}", v.tier)
            },
            issued: day(v.issued_at),
            expires: day(v.expires_at),
            holder: v.holder,
            status: v.status,
            number: v.number,
        },
    );
    let unknown = tr.t_args(
        "verify-unknown",
        &[(
            "number",
            FluentValue::from(number.chars().take(40).collect::<String>()),
        )],
    );
    let view = VerifyPage {
        c: Chrome::new(&ctx, "verify-title", "/verify"),
        record,
        unknown,
    };
    Ok(render(&view, status))
}

/// The QR code that leads to a certificate's verification page, for printing or
/// showing on screen; only for numbers that exist.
pub async fn qr(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(number): Path<String>,
) -> Result<Response, Failure> {
    let found = crate::accreditation_service::verify(&state, &number)
        .await
        .map_err(|e| ctx.fail(e))?;
    let Some(v) = found else {
        return Err(ctx.err(rencai_domain::DomainError::NotFound));
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let url = svc::verify_url(&svc::base_url(&state, host), &v.number);
    let svg = rencai_certificate::qr_svg(&url).map_err(|e| {
        tracing::error!(error = %e, "QR code failed");
        crate::error::Failure::Internal(ctx.tr.clone(), ctx.api)
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        svg,
    )
        .into_response())
}
