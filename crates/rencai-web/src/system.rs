//! Health, readiness, metrics and the static files.

use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let ok = state.db(|s| Ok(s.ping())).await.unwrap_or(false);
    if ok {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

pub async fn metrics(State(state): State<AppState>) -> Response {
    match &state.metrics {
        Some(h) => (
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            h.render(),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "metrics are off").into_response(),
    }
}

const CSS: &str = include_str!("../static/app.css");
const SCAN_JS: &str = include_str!("../static/scan.js");
/// jsQR 1.4.0 from npm (Apache-2.0, static/vendor/jsqr-LICENSE.txt), vendored so a
/// service point decodes QR codes without any outside server.
const JSQR_JS: &str = include_str!("../static/vendor/jsqr-1.4.0.js");

pub async fn asset(Path(file): Path<String>) -> Response {
    match file.as_str() {
        "app.css" => (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            CSS,
        )
            .into_response(),
        "scan.js" | "jsqr-1.4.0.js" => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            if file == "scan.js" { SCAN_JS } else { JSQR_JS },
        )
            .into_response(),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}
