//! `/api/v1/me`, `/api/v1/users`, `/api/v1/jurisdictions`.

use crate::access::Ctx;
use crate::account_service;
use crate::error::Failure;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct GrantView {
    pub role: String,
    pub jurisdiction: String,
}

#[derive(Serialize, ToSchema)]
pub struct UserView {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub grants: Vec<GrantView>,
}

impl UserView {
    pub fn of(
        u: rencai_store::accounts::User,
        tree: &rencai_domain::jurisdiction::JurisdictionTree,
    ) -> Self {
        Self {
            id: u.id.0,
            username: u.username,
            display_name: u.display_name,
            grants: u
                .grants
                .iter()
                .map(|g| GrantView {
                    role: g.role.code().into(),
                    jurisdiction: tree
                        .get(g.jurisdiction_id)
                        .map(|j| j.code.clone())
                        .unwrap_or_default(),
                })
                .collect(),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", responses((status = 200, body = UserView)))]
pub async fn me(State(state): State<AppState>, ctx: Ctx) -> Result<Json<UserView>, Failure> {
    let id = ctx.me()?.user_id;
    let u = state
        .db(move |s| s.read(|c| rencai_store::accounts::user(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Json(UserView::of(u, &state.tree())))
}

#[utoipa::path(get, path = "/api/v1/users", tag = "accounts", responses((status = 200, body = Vec<UserView>)))]
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Vec<UserView>>, Failure> {
    let users = account_service::visible_users(&state, &ctx).await?;
    let tree = state.tree();
    Ok(Json(
        users.into_iter().map(|u| UserView::of(u, &tree)).collect(),
    ))
}

/// A new account with one role on one jurisdiction.
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct NewUserBody {
    pub username: String,
    pub display_name: String,
    /// At least 12 characters
    pub password: String,
    /// talent, enterprise_admin, officer, expert, provider, admin
    pub role: String,
    /// A jurisdiction code inside the caller's reach
    pub jurisdiction: String,
}

#[utoipa::path(post, path = "/api/v1/users", tag = "accounts", request_body = NewUserBody,
    responses((status = 201, body = UserView), (status = 422, body = crate::error::ProblemBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<NewUserBody>,
) -> Result<(StatusCode, Json<UserView>), Failure> {
    let u = account_service::create_user(
        &state,
        &ctx,
        account_service::NewUserForm {
            username: b.username,
            display_name: b.display_name,
            password: b.password,
            role: b.role,
            jurisdiction: b.jurisdiction,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(UserView::of(u, &state.tree()))))
}

#[derive(Serialize, ToSchema)]
pub struct JurisdictionView {
    pub id: i64,
    pub code: String,
    pub parent: Option<String>,
    pub name_zh: String,
    pub name_en: String,
    pub level: String,
}

#[utoipa::path(get, path = "/api/v1/jurisdictions", tag = "accounts", responses((status = 200, body = Vec<JurisdictionView>)))]
pub async fn jurisdictions(
    State(state): State<AppState>,
    _ctx: Ctx,
) -> Json<Vec<JurisdictionView>> {
    let tree = state.tree();
    Json(
        tree.ordered()
            .into_iter()
            .map(|(_, j)| JurisdictionView {
                id: j.id.0,
                code: j.code.clone(),
                parent: j
                    .parent_id
                    .and_then(|p| tree.get(p))
                    .map(|p| p.code.clone()),
                name_zh: j.name_zh.clone(),
                name_en: j.name_en.clone(),
                level: j.level.code().into(),
            })
            .collect(),
    )
}
