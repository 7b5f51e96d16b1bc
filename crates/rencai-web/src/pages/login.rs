//! Logging in and out.

use super::{Chrome, render};
use crate::access::{Ctx, SESSION_COOKIE};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    username: String,
    error: String,
}

pub async fn form(ctx: Ctx) -> Response {
    render(
        &LoginPage {
            c: Chrome::new(&ctx, "login-title", "/login"),
            username: String::new(),
            error: String::new(),
        },
        StatusCode::OK,
    )
}

#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
}

fn client_ip(headers: &HeaderMap) -> String {
    // Behind a proxy the operator sets X-Forwarded-For; otherwise all share one bucket
    // per account, which the per-account limit covers.
    headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .unwrap_or("direct")
        .trim()
        .to_string()
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    let user_key = format!("user:{}", f.username.trim().to_lowercase());
    let ip_key = format!("ip:{}", client_ip(&headers));
    let page = |error_key: &str, status| {
        render(
            &LoginPage {
                c: Chrome::new(&ctx, "login-title", "/login"),
                username: f.username.clone(),
                error: ctx.tr.t(error_key),
            },
            status,
        )
    };
    if !state.throttle.allowed(&user_key) || !state.throttle.allowed(&ip_key) {
        return page("err-throttled", StatusCode::TOO_MANY_REQUESTS);
    }
    let (username, password) = (f.username.clone(), f.password.clone());
    let result = state
        .db(move |s| {
            let now = s.now();
            let Some(id) =
                s.read(|c| rencai_store::accounts::authenticate(c, &username, &password))?
            else {
                return Ok(None);
            };
            let actor = rencai_store::Actor::user(id, &username.trim().to_lowercase());
            s.write(|c| {
                let (token, _) = rencai_store::accounts::start_session(c, id, now)?;
                rencai_store::audit::append(
                    c,
                    now,
                    &actor,
                    "session.login",
                    ("user", Some(id.0)),
                    None,
                    serde_json::json!({}),
                )?;
                Ok(Some(token))
            })
        })
        .await;
    match result {
        Ok(Some(token)) => {
            state.throttle.succeeded(&user_key);
            let secure = if state.secure_cookies { "; Secure" } else { "" };
            let cookie =
                format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}");
            ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
        }
        Ok(None) => {
            state.throttle.failed(&user_key);
            state.throttle.failed(&ip_key);
            page("login-failed", StatusCode::UNAUTHORIZED)
        }
        Err(_) => crate::error::internal(&ctx.tr, false),
    }
}

fn cleared() -> [(header::HeaderName, String); 1] {
    [(
        header::SET_COOKIE,
        format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    )]
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx) -> Response {
    if let Some(token) = ctx.session_token.clone()
        && state
            .db(move |s| s.read(|c| rencai_store::accounts::end_session(c, &token)))
            .await
            .is_err()
    {
        return crate::error::internal(&ctx.tr, false);
    }
    (cleared(), Redirect::to("/login")).into_response()
}

/// Ends every session of this account, on every device.
pub async fn logout_everywhere(State(state): State<AppState>, ctx: Ctx) -> Response {
    let Some(p) = ctx.principal.clone() else {
        return Redirect::to("/login").into_response();
    };
    let actor = ctx.actor();
    let r = state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let n = rencai_store::accounts::end_all_sessions(c, p.user_id)?;
                rencai_store::audit::append(
                    c,
                    now,
                    &actor,
                    "session.logout_everywhere",
                    ("user", Some(p.user_id.0)),
                    None,
                    serde_json::json!({ "sessions": n }),
                )?;
                Ok(())
            })
        })
        .await;
    match r {
        Ok(()) => (cleared(), Redirect::to("/login")).into_response(),
        Err(_) => crate::error::internal(&ctx.tr, false),
    }
}
