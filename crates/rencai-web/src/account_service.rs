//! Account use cases shared by the API and the pages: who an admin can see and create.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Grant, Permission, Role};
use rencai_domain::error::Errors;
use rencai_store::accounts::{self, NewUser, User};

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct NewUserForm {
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub role: String,
    pub jurisdiction: String,
}

/// Users with at least one grant inside the caller's user-management reach.
pub async fn visible_users(state: &AppState, ctx: &Ctx) -> Result<Vec<User>, Failure> {
    let me = ctx.me()?;
    let reach = me.reach(Permission::UserManage, &state.tree());
    let users = state
        .db(|s| s.read(accounts::users))
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(users
        .into_iter()
        .filter(|u| u.grants.iter().any(|g| reach.contains(&g.jurisdiction_id)))
        .collect())
}

pub async fn create_user(state: &AppState, ctx: &Ctx, f: NewUserForm) -> Result<User, Failure> {
    let me = ctx.me()?;
    let tree = state.tree();
    let mut e = Errors::default();
    let role = e.take("role", Role::parse(&f.role));
    let jurisdiction = if f.jurisdiction.trim().is_empty() {
        e.take("jurisdiction", Err("required"))
    } else {
        e.take(
            "jurisdiction",
            tree.by_code(&f.jurisdiction)
                .map(|j| j.id)
                .ok_or("jurisdiction-unknown"),
        )
    };
    if let (Some(role), Some(j)) = (role, jurisdiction)
        && !me.may_grant(
            &Grant {
                role,
                jurisdiction_id: j,
            },
            &tree,
        )
    {
        e.push("jurisdiction", "jurisdiction-forbidden");
    }
    let (Some(role), Some(jurisdiction_id)) = (role, jurisdiction) else {
        return Err(ctx.err(DomainError::Invalid(e.into_vec())));
    };
    if !e.is_empty() {
        return Err(ctx.err(DomainError::Invalid(e.into_vec())));
    }
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            let grants = [Grant {
                role,
                jurisdiction_id,
            }];
            let id = s.write(|c| {
                accounts::create_user(
                    c,
                    &NewUser {
                        username: &f.username,
                        display_name: &f.display_name,
                        password: &f.password,
                        grants: &grants,
                    },
                    &actor,
                    now,
                )
            })?;
            s.read(|c| accounts::user(c, id))
        })
        .await
        .map_err(|e| ctx.fail(e))
}
