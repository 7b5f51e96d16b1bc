//! Accounts: an admin lists the users in their reach and creates new ones.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::account_service::{self, NewUserForm};
use crate::error::Failure;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::access::{Permission, Role};
use rencai_domain::{DomainError, FieldError};

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    c: Chrome,
    users: Vec<(String, String, String)>,
    form: NewUserForm,
    roles: Vec<(String, String)>,
    jurisdictions: Vec<(String, String)>,
    errors: Vec<(String, String)>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    form: NewUserForm,
    errors: &[FieldError],
) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let tree = state.tree();
    let users = account_service::visible_users(state, ctx).await?;
    let reach = ctx.me()?.reach(Permission::UserManage, &tree);
    let page = UsersPage {
        c: Chrome::new(ctx, "users-title", "/users"),
        users: users
            .into_iter()
            .map(|u| {
                let grants = u
                    .grants
                    .iter()
                    .map(|g| {
                        format!(
                            "{} — {}",
                            tr.t(&format!("role-{}", g.role.code())),
                            tree.get(g.jurisdiction_id)
                                .map(|j| j.display_name(tr.chinese()))
                                .unwrap_or("?")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                (u.username, u.display_name, grants)
            })
            .collect(),
        roles: Role::ALL
            .iter()
            .map(|r| (r.code().to_string(), tr.t(&format!("role-{}", r.code()))))
            .collect(),
        jurisdictions: tree
            .ordered()
            .into_iter()
            .filter(|(_, j)| reach.contains(&j.id))
            .map(|(d, j)| {
                (
                    j.code.clone(),
                    format!(
                        "{}{}",
                        "\u{a0}\u{a0}".repeat(d),
                        j.display_name(tr.chinese())
                    ),
                )
            })
            .collect(),
        errors: errors
            .iter()
            .map(|e| {
                (
                    tr.t(&format!("user-{}", e.field)),
                    tr.t(&format!("err-{}", e.code)),
                )
            })
            .collect(),
        form,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(&page, status))
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    page(
        &state,
        &ctx,
        NewUserForm {
            role: "officer".into(),
            ..Default::default()
        },
        &[],
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<NewUserForm>,
) -> Result<Response, Failure> {
    match account_service::create_user(&state, &ctx, f.clone()).await {
        Ok(_) => Ok(Redirect::to("/users").into_response()),
        Err(Failure::App(e)) if matches!(e.error, DomainError::Invalid(_)) => {
            let form = NewUserForm {
                password: String::new(),
                ..f
            };
            page(&state, &ctx, form, &e.error.problem().fields).await
        }
        Err(e) => Err(e),
    }
}
