//! Every route's access policy, and the middleware that enforces it before any handler
//! runs: who is asking (session cookie or API token), in which language, whether an
//! unsafe request carries its CSRF token, and whether the policy lets them in.

use crate::error::{AppError, Failure, from_store};
use crate::i18n::{Tr, negotiate, supported};
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal};
use rencai_store::{Actor, StoreError};

pub const SESSION_COOKIE: &str = "rencai_session";
pub const LANG_COOKIE: &str = "rencai_lang";

/// The access rule of one route. There is no default: a route is registered with one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, logged in or not (login page, health checks, static files).
    Public,
    /// Any logged-in user or token.
    Authenticated,
    /// A user holding the permission somewhere; the handler then checks the object's
    /// jurisdiction against the permission's reach.
    Permission(Permission),
}

/// The request's context, set by [`enforce`] and read by handlers.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub principal: Option<Principal>,
    pub csrf: Option<String>,
    pub session_token: Option<String>,
    pub tr: Tr,
    pub api: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = StatusCode;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, StatusCode> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl Ctx {
    pub fn err(&self, e: DomainError) -> Failure {
        Failure::App(AppError {
            error: e,
            tr: self.tr.clone(),
            api: self.api,
        })
    }

    /// Turns a storage result's error into the response to give.
    pub fn fail(&self, e: StoreError) -> Failure {
        match from_store(e) {
            Some(d) => self.err(d),
            None => Failure::Internal(self.tr.clone(), self.api),
        }
    }

    pub fn me(&self) -> Result<&Principal, Failure> {
        self.principal
            .as_ref()
            .ok_or_else(|| self.err(DomainError::Unauthenticated))
    }

    pub fn actor(&self) -> Actor {
        match &self.principal {
            Some(p) => Actor::user(p.user_id, &p.username),
            None => Actor {
                id: None,
                name: "anonymous".into(),
            },
        }
    }
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// A cross-site request announces itself through Origin; refuse it for unsafe methods.
fn cross_site(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin.split("://").nth(1).unwrap_or(origin);
    origin != "null" && origin_host != host
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

fn query_param(uri: &axum::http::Uri, name: &str) -> Option<String> {
    uri.query().and_then(|q| form_field(q.as_bytes(), name))
}

/// The middleware every route goes through, with that route's policy.
pub async fn enforce(
    State((state, policy)): State<(AppState, Policy)>,
    req: Request,
    next: Next,
) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let headers = req.headers().clone();
    let now = state.store.now();

    // Who is asking.
    let token = bearer(&headers).map(str::to_string);
    let session_token = if token.is_none() {
        cookie(&headers, SESSION_COOKIE).map(str::to_string)
    } else {
        None
    };
    let lookup = {
        let token = token.clone();
        let session_token = session_token.clone();
        state
            .db(move |store| {
                store.read(|c| {
                    if let Some(t) = token {
                        return Ok((rencai_store::accounts::token_principal(c, &t)?, None, None));
                    }
                    let Some(s) = session_token else {
                        return Ok((None, None, None));
                    };
                    let Some(session) = rencai_store::accounts::session(c, &s, now)? else {
                        return Ok((None, None, None));
                    };
                    let p = rencai_store::accounts::principal(c, session.user_id, None)?;
                    let locale = rencai_store::accounts::user(c, session.user_id)?.locale;
                    Ok((p, Some(session.csrf_token), locale))
                })
            })
            .await
    };
    let lang_of = |user_locale: Option<&str>| {
        cookie(&headers, LANG_COOKIE)
            .and_then(supported)
            .or_else(|| user_locale.and_then(supported))
            .unwrap_or_else(|| {
                negotiate(
                    headers
                        .get(header::ACCEPT_LANGUAGE)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or(""),
                )
            })
    };
    let (principal, csrf, user_locale) = match lookup {
        Ok(v) => v,
        Err(_) => return crate::error::internal(&Tr::new(lang_of(None)), api),
    };
    let tr = Tr::new(lang_of(user_locale.as_deref()));
    let ctx = Ctx {
        principal,
        csrf: csrf.clone(),
        session_token: if csrf.is_some() { session_token } else { None },
        tr,
        api,
    };

    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method && cross_site(&headers) {
        return ctx.err(DomainError::Forbidden).into_response();
    }
    if token.is_some() && ctx.principal.is_none() {
        return ctx.err(DomainError::Unauthenticated).into_response();
    }

    // A browser's unsafe request must carry the session's CSRF token (header, query or
    // form field); API tokens are not sent by browsers on their own, so they need none.
    let mut req = req;
    if unsafe_method && let Some(expected) = &csrf {
        let mut given = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or_else(|| query_param(req.uri(), "csrf"));
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if given.is_none() && is_form {
            let (parts, body) = req.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, 1 << 20).await else {
                return ctx
                    .err(DomainError::invalid("body", "too-long"))
                    .into_response();
            };
            given = form_field(&bytes, "csrf");
            req = Request::from_parts(parts, Body::from(bytes));
        }
        if given.as_deref() != Some(expected.as_str()) {
            return ctx
                .err(DomainError::Conflict("csrf-invalid"))
                .into_response();
        }
    }

    let allowed = match policy {
        Policy::Public => true,
        Policy::Authenticated => ctx.principal.is_some(),
        Policy::Permission(p) => ctx.principal.as_ref().is_some_and(|pr| pr.has(p)),
    };
    if !allowed {
        let e = if ctx.principal.is_none() {
            DomainError::Unauthenticated
        } else {
            DomainError::Forbidden
        };
        return ctx.err(e).into_response();
    }
    req.extensions_mut().insert(ctx);
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_decode() {
        assert_eq!(
            form_field(b"a=1&csrf=ab%2Fc+d&x", "csrf").as_deref(),
            Some("ab/c d")
        );
        assert_eq!(form_field(b"name=%E7%8E%8B", "name").as_deref(), Some("王"));
    }

    #[test]
    fn cross_site_origins_are_spotted() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, "127.0.0.1:8080".parse().unwrap());
        assert!(!cross_site(&h));
        h.insert(header::ORIGIN, "http://127.0.0.1:8080".parse().unwrap());
        assert!(!cross_site(&h));
        h.insert(header::ORIGIN, "https://evil.example".parse().unwrap());
        assert!(cross_site(&h));
    }
}
