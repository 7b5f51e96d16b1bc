//! One error type for handlers and the one `match` that maps it to HTTP: a
//! problem+json body for the API, a translated page for the browser.

use crate::i18n::Tr;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rencai_domain::DomainError;
use rencai_store::StoreError;
use serde::Serialize;

#[derive(Debug)]
pub struct AppError {
    pub error: DomainError,
    pub tr: Tr,
    /// Whether to answer as JSON (API) or HTML (pages).
    pub api: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ProblemField {
    pub field: String,
    pub code: String,
    pub message: String,
}

/// An RFC 9457 problem document; `code` is stable, `title` is in the caller's language.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProblemBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub code: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<ProblemField>,
}

pub fn status_of(e: &DomainError) -> StatusCode {
    match e {
        DomainError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        DomainError::NotFound => StatusCode::NOT_FOUND,
        DomainError::Forbidden => StatusCode::FORBIDDEN,
        DomainError::Unauthenticated => StatusCode::UNAUTHORIZED,
        DomainError::Conflict(_) => StatusCode::CONFLICT,
        DomainError::Throttled => StatusCode::TOO_MANY_REQUESTS,
    }
}

/// Storage failures become domain errors; an internal failure is logged and shown as
/// a conflict-free "internal" problem without details.
/// `None` for an internal failure, which is logged here and shown without details.
pub fn from_store(e: StoreError) -> Option<DomainError> {
    match e {
        StoreError::Domain(d) => Some(d),
        other => {
            tracing::error!(error = %other, "storage failure");
            None
        }
    }
}

impl AppError {
    pub fn problem(&self) -> ProblemBody {
        let code = self.error.code();
        ProblemBody {
            kind: format!("https://rencai.example/problems/{code}"),
            title: self.tr.t(&format!("err-{code}")),
            status: status_of(&self.error).as_u16(),
            code: code.to_string(),
            fields: self
                .error
                .problem()
                .fields
                .into_iter()
                .map(|f| ProblemField {
                    message: self.tr.field_error(&f),
                    field: f.field,
                    code: f.code.to_string(),
                })
                .collect(),
        }
    }
}

/// An internal error, already logged.
pub fn internal(tr: &Tr, api: bool) -> Response {
    let title = tr.t("err-internal");
    if api {
        let body = serde_json::json!({"type": "https://rencai.example/problems/internal", "title": title, "status": 500, "code": "internal"});
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            [("content-type", "application/problem+json")],
            body.to_string(),
        )
            .into_response()
    } else {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::response::Html(crate::pages::error_page(tr, &title)),
        )
            .into_response()
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = status_of(&self.error);
        let problem = self.problem();
        if self.api {
            let body = serde_json::to_string(&problem).unwrap_or_default();
            (status, [("content-type", "application/problem+json")], body).into_response()
        } else if matches!(self.error, DomainError::Unauthenticated) {
            axum::response::Redirect::to("/login").into_response()
        } else {
            (
                status,
                axum::response::Html(crate::pages::error_page(&self.tr, &problem.title)),
            )
                .into_response()
        }
    }
}

/// A handler's failure: either a domain error to show, or an internal one (logged).
pub enum Failure {
    App(AppError),
    Internal(Tr, bool),
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::App(e) => e.into_response(),
            Failure::Internal(tr, api) => internal(&tr, api),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_error_has_its_status() {
        assert_eq!(
            status_of(&DomainError::invalid("x", "required")),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(status_of(&DomainError::NotFound), StatusCode::NOT_FOUND);
        assert_eq!(status_of(&DomainError::Forbidden), StatusCode::FORBIDDEN);
        assert_eq!(
            status_of(&DomainError::Unauthenticated),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            status_of(&DomainError::Conflict("stale-version")),
            StatusCode::CONFLICT
        );
        assert_eq!(
            status_of(&DomainError::Throttled),
            StatusCode::TOO_MANY_REQUESTS
        );
    }
}
