//! rencai's web layer: HTML pages and the `/api/v1` JSON API over one set of use cases.

pub mod access;
pub mod account_service;
pub mod accreditation_service;
pub mod api;
pub mod card_keyring;
pub mod card_service;
pub mod catalogue_service;
pub mod certificate_service;
pub mod error;
pub mod holder_service;
pub mod i18n;
pub mod import_service;
pub mod indexer;
pub mod jobs;
pub mod mailer;
pub mod pages;
pub mod redemption_desk;
pub mod reevaluation_service;
pub mod review_service;
pub mod routes;
pub mod service_catalogue_service;
pub mod service_request_service;
pub mod state;
pub mod system;
pub mod talent_service;
pub mod throttle;
pub mod whatif_service;

pub use state::AppState;

use axum::Router;
use axum::http::{HeaderValue, header};
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// The application with its protective layers.
pub fn app(state: AppState) -> Router {
    let (router, _) = routes::build(state.clone());
    router
        .fallback(pages::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(import_service::MAX_FILE_BYTES))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(300)))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"),
        ))
        .layer(axum::middleware::from_fn(count_requests))
        .with_state(state)
}

async fn count_requests(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let started = std::time::Instant::now();
    let method = req.method().clone();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.to_string(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds").record(started.elapsed().as_secs_f64());
    res
}
