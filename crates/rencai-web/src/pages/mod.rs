//! Server-rendered pages. Every action is a plain HTML form, so the UI works without
//! JavaScript; the page chrome (navigation, language switcher) lives in [`Chrome`].

pub mod accreditation;
pub mod applications;
pub mod audit;
pub mod cards;
pub mod catalogues;
pub mod imports;
pub mod login;
pub mod reevaluation;
pub mod requests;
pub mod review_text;
pub mod services;
pub mod talents;
pub mod users;
pub mod verify;
pub mod whatif;

use crate::access::{Ctx, LANG_COOKIE};
use crate::i18n::{LANGUAGES, Tr};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use rencai_domain::access::Permission;

/// What every page shows around its content.
pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    pub user: Option<String>,
    pub csrf: String,
    pub nav: Vec<(&'static str, String, bool)>,
    pub languages: Vec<(&'static str, &'static str, bool)>,
}

impl Chrome {
    pub fn new(ctx: &Ctx, title_key: &str, current: &str) -> Self {
        let tr = ctx.tr.clone();
        let mut nav = Vec::new();
        if let Some(p) = &ctx.principal {
            // Talent and enterprise accounts apply for themselves or their employees.
            if p.has(Permission::AccreditationApply)
                && (p.talent_id.is_some() || p.enterprise_id.is_some())
            {
                let href = "/accreditation";
                nav.push((href, tr.t("nav-accreditation"), href == current));
            }
            if p.talent_id.is_some() {
                let href = "/card";
                nav.push((href, tr.t("nav-card"), href == current));
            }
            // Holders, provider staff and officers each have service requests to follow.
            if p.talent_id.is_some()
                || (p.provider_id.is_some() && p.has(Permission::CardRedeem))
                || p.has(Permission::AccreditationReview)
            {
                let href = "/requests";
                nav.push((href, tr.t("nav-requests"), href == current));
            }
            for (perm, href, key) in [
                (Permission::TalentRead, "/talents", "nav-talents"),
                (Permission::TalentImport, "/imports/new", "nav-import"),
                (Permission::UserManage, "/users", "nav-users"),
                (Permission::AuditRead, "/audit", "nav-audit"),
                (Permission::CatalogueManage, "/catalogues", "nav-catalogues"),
                (
                    Permission::AccreditationApply,
                    "/applications",
                    "nav-applications",
                ),
                (
                    Permission::AccreditationAssess,
                    "/applications",
                    "nav-applications",
                ),
                (Permission::AccreditationReview, "/cards", "nav-cards"),
                (Permission::CatalogueManage, "/services", "nav-services"),
                (
                    Permission::CardRedeem,
                    "/service-point",
                    "nav-service-point",
                ),
            ] {
                if p.has(perm) && !nav.iter().any(|(h, _, _)| *h == href) {
                    nav.push((href, tr.t(key), href == current));
                }
            }
        }
        Self {
            title: tr.t(title_key),
            user: ctx.principal.as_ref().map(|p| p.username.clone()),
            csrf: ctx.csrf.clone().unwrap_or_default(),
            nav,
            languages: LANGUAGES
                .iter()
                .map(|(code, name)| (*code, *name, *code == tr.lang))
                .collect(),
            tr,
        }
    }
}

/// Renders a template, or the internal-error page if rendering failed.
pub fn render(t: &impl Template, status: StatusCode) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    c: Chrome,
    message: &'a str,
}

/// A minimal page for errors raised before a full context exists.
pub fn error_page(tr: &Tr, message: &str) -> String {
    let c = Chrome {
        tr: tr.clone(),
        title: tr.t("err-title"),
        user: None,
        csrf: String::new(),
        nav: Vec::new(),
        languages: LANGUAGES
            .iter()
            .map(|(code, name)| (*code, *name, *code == tr.lang))
            .collect(),
    };
    ErrorPage { c, message }
        .render()
        .unwrap_or_else(|_| message.to_string())
}

pub async fn home(ctx: Ctx) -> Redirect {
    match &ctx.principal {
        Some(p) if p.has(Permission::TalentRead) => Redirect::to("/talents"),
        Some(p) if p.has(Permission::UserManage) => Redirect::to("/users"),
        // Talents and enterprises start at their accreditation; experts at their reviews.
        Some(p) if p.has(Permission::AccreditationApply) => Redirect::to("/accreditation"),
        Some(p) if p.has(Permission::AccreditationAssess) => Redirect::to("/applications"),
        Some(p) if p.has(Permission::CardRedeem) => Redirect::to("/service-point"),
        Some(_) => Redirect::to("/login?signed_in=1"),
        None => Redirect::to("/login"),
    }
}

pub async fn not_found(headers: axum::http::HeaderMap) -> Response {
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let tr = Tr::new(crate::i18n::negotiate(lang));
    (
        StatusCode::NOT_FOUND,
        Html(error_page(&tr, &tr.t("err-not-found"))),
    )
        .into_response()
}

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    pub lang: String,
    #[serde(default)]
    pub back: String,
}

/// Remembers the chosen language in a cookie, and on the account when logged in.
pub async fn language(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<LanguageForm>,
) -> Response {
    let Some(lang) = crate::i18n::supported(&f.lang) else {
        return ctx
            .err(rencai_domain::DomainError::invalid("lang", "unknown-value"))
            .into_response();
    };
    if let Some(p) = &ctx.principal {
        let id = p.user_id;
        if state
            .db(move |s| s.read(|c| rencai_store::accounts::set_locale(c, id, lang)))
            .await
            .is_err()
        {
            return crate::error::internal(&ctx.tr, false);
        }
    }
    let back = if f.back.starts_with('/') && !f.back.starts_with("//") {
        f.back
    } else {
        "/".into()
    };
    let cookie = format!("{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax");
    ([(header::SET_COOKIE, cookie)], Redirect::to(&back)).into_response()
}
