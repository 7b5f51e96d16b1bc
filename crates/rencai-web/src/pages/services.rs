//! The card service catalogue as pages: what a jurisdiction offers (areas, services,
//! tiers, quotas, providers) and, for catalogue managers, its JSON editor.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::service_catalogue_service as svc;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use serde::Deserialize;

/// Signed-in users start at the catalogue of the province they work in.
pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let me = ctx.me()?;
    let tree = state.tree();
    let code = me
        .grants
        .first()
        .and_then(|g| {
            tree.ancestry(g.jurisdiction_id)
                .first()
                .map(|j| j.code.clone())
        })
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    Ok(Redirect::to(&format!("/services/{code}")).into_response())
}

pub struct ServiceRow {
    pub area: String,
    pub name: String,
    pub description: String,
    pub tiers: String,
    pub quota: String,
    pub turnaround: String,
    pub how: String,
    pub providers: String,
}

#[derive(Template)]
#[template(path = "services.html")]
struct ShowPage {
    c: Chrome,
    code: String,
    origin: String,
    rows: Vec<ServiceRow>,
    can_edit: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, Failure> {
    let v = svc::view(&state, &ctx, &code).await?;
    let tr = &ctx.tr;
    let name_of = |zh: &str, en: &str| {
        if tr.chinese() {
            zh.to_string()
        } else {
            en.to_string()
        }
    };
    let rows = v
        .catalogue
        .as_ref()
        .map(|cat| {
            cat.services
                .iter()
                .map(|s| ServiceRow {
                    area: cat
                        .area(&s.area)
                        .map(|a| a.name.get(tr.lang).to_string())
                        .unwrap_or_default(),
                    name: s.name.get(tr.lang).to_string(),
                    description: s.description.get(tr.lang).to_string(),
                    tiers: s.tiers.join(" "),
                    quota: match s.quota {
                        None => tr.t("card-ent-unlimited"),
                        Some(q) => tr.t_args(
                            &format!("services-quota-{}", q.per.code()),
                            &[("times", FluentValue::from(q.times))],
                        ),
                    },
                    turnaround: tr.tn("services-turnaround", "days", u64::from(s.turnaround_days)),
                    how: tr.t(if s.at_service_point {
                        "card-at-point"
                    } else {
                        "card-by-request"
                    }),
                    providers: v
                        .providers
                        .iter()
                        .filter(|p| p.services.contains(&s.code))
                        .map(|p| name_of(&p.name_zh, &p.name_en))
                        .collect::<Vec<_>>()
                        .join("; "),
                })
                .collect()
        })
        .unwrap_or_default();
    let origin = match &v.owner {
        None => tr.t("services-none"),
        Some(o) if o.id == v.jurisdiction.id => String::new(),
        Some(o) => tr.t1(
            "services-inherited",
            "owner",
            &name_of(&o.name_zh, &o.name_en),
        ),
    };
    let can_edit = ctx.me()?.can(
        Permission::CatalogueManage,
        v.jurisdiction.id,
        &state.tree(),
    );
    let page = ShowPage {
        c: Chrome::new(&ctx, "services-title", "/services"),
        code: v.jurisdiction.code.clone(),
        origin,
        rows,
        can_edit,
    };
    Ok(render(&page, StatusCode::OK))
}

pub struct Problem {
    pub place: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "services_edit.html")]
struct EditPage {
    c: Chrome,
    code: String,
    revision: i64,
    source: String,
    problems: Vec<Problem>,
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, Failure> {
    crate::catalogue_service::managed(&state, &ctx, &code)?;
    let v = svc::view(&state, &ctx, &code).await?;
    let source = v
        .catalogue
        .as_ref()
        .and_then(|c| serde_json::to_string_pretty(&**c).ok())
        .unwrap_or_else(|| "{\n  \"areas\": [],\n  \"services\": []\n}".into());
    let page = EditPage {
        c: Chrome::new(&ctx, "services-edit-title", "/services"),
        code,
        revision: v.revision,
        source,
        problems: Vec::new(),
    };
    Ok(render(&page, StatusCode::OK))
}

#[derive(Deserialize)]
pub struct EditForm {
    pub source: String,
    pub revision: i64,
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, Failure> {
    let fail = |problems: Vec<rencai_domain::FieldError>, status| {
        let page = EditPage {
            c: Chrome::new(&ctx, "services-edit-title", "/services"),
            code: code.clone(),
            revision: f.revision,
            source: f.source.clone(),
            problems: problems
                .iter()
                .map(|p| Problem {
                    place: p.field.clone(),
                    message: ctx.tr.field_error(p),
                })
                .collect(),
        };
        Ok(render(&page, status))
    };
    let catalogue = match svc::parse(&f.source) {
        Ok(c) => c,
        Err(problems) => return fail(problems, StatusCode::UNPROCESSABLE_ENTITY),
    };
    match svc::save(&state, &ctx, &code, catalogue, f.revision).await {
        Ok(_) => Ok(Redirect::to(&format!("/services/{code}")).into_response()),
        Err(Failure::App(e)) => match &e.error {
            DomainError::Invalid(problems) => {
                fail(problems.clone(), StatusCode::UNPROCESSABLE_ENTITY)
            }
            DomainError::Conflict(code) => fail(
                vec![rencai_domain::FieldError::new(svc::SOURCE_FIELD, code)],
                StatusCode::CONFLICT,
            ),
            _ => Err(Failure::App(e)),
        },
        Err(e) => Err(e),
    }
}
