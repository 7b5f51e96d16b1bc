//! Accounts, their role grants, browser sessions and API tokens.

use crate::audit::{self, Actor};
use crate::db::DbConn;
use crate::error::{StoreError, StoreResult, is_unique_violation};
use crate::schema::{api_tokens, grants, sessions, users};
use crate::store::{from_micros, micros};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use diesel::prelude::*;
use rand::RngCore;
use rencai_domain::DomainError;
use rencai_domain::access::{Grant, Principal, Role};
use rencai_domain::ids::{EnterpriseId, JurisdictionId, ProviderId, TalentId, UserId};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// A session ends after 30 idle minutes, and after 12 hours whatever happens.
pub const SESSION_IDLE: jiff::SignedDuration = jiff::SignedDuration::from_mins(30);
pub const SESSION_ABSOLUTE: jiff::SignedDuration = jiff::SignedDuration::from_hours(12);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub locale: Option<String>,
    pub disabled: bool,
    pub grants: Vec<Grant>,
    pub talent_id: Option<TalentId>,
    pub enterprise_id: Option<EnterpriseId>,
    pub provider_id: Option<ProviderId>,
}

fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub fn parse_username(raw: &str) -> Result<String, &'static str> {
    let s = raw.trim().to_lowercase();
    if s.is_empty() {
        return Err("required");
    }
    let ok = s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok { Ok(s) } else { Err("username-invalid") }
}

pub fn check_password(raw: &str) -> Result<(), &'static str> {
    if raw.chars().count() < 12 {
        Err("password-too-short")
    } else if raw.len() > 1024 {
        Err("too-long")
    } else {
        Ok(())
    }
}

pub fn hash_password(password: &str) -> StoreResult<String> {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| StoreError::Decrypt)?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StoreError::Decrypt)
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to verify against when the user does not exist, so that the answer takes
/// as long for an unknown name as for a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy-password-never-used").unwrap_or_default())
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub grants: &'a [Grant],
}

pub fn create_user(
    c: &mut DbConn,
    u: &NewUser<'_>,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<UserId> {
    let mut errors = rencai_domain::error::Errors::default();
    let username = errors.take("username", parse_username(u.username));
    errors.take("password", check_password(u.password));
    if u.display_name.trim().is_empty() {
        errors.push("display_name", "required");
    }
    let Some(username) = username.filter(|_| errors.is_empty()) else {
        return Err(DomainError::Invalid(errors.into_vec()).into());
    };
    let hash = hash_password(u.password)?;
    let id: i64 = diesel::insert_into(users::table)
        .values((
            users::username.eq(&username),
            users::display_name.eq(u.display_name.trim()),
            users::password_hash.eq(hash),
            users::locale.eq(None::<String>),
            users::disabled.eq(false),
            users::created_at.eq(micros(now)),
        ))
        .returning(users::id)
        .get_result(c)
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Domain(DomainError::invalid("username", "username-taken"))
            } else {
                e.into()
            }
        })?;
    for g in u.grants {
        diesel::insert_into(grants::table)
            .values((
                grants::user_id.eq(id),
                grants::role.eq(g.role.code()),
                grants::jurisdiction_id.eq(g.jurisdiction_id.0),
            ))
            .execute(c)?;
    }
    let grant_codes: Vec<String> = u
        .grants
        .iter()
        .map(|g| format!("{}@{}", g.role.code(), g.jurisdiction_id))
        .collect();
    audit::append(
        c,
        now,
        actor,
        "user.create",
        ("user", Some(id)),
        u.grants.first().map(|g| g.jurisdiction_id),
        serde_json::json!({ "grants": grant_codes }),
    )?;
    Ok(UserId(id))
}

pub fn find_user_id(c: &mut DbConn, username: &str) -> StoreResult<Option<UserId>> {
    Ok(users::table
        .filter(users::username.eq(username.trim().to_lowercase()))
        .select(users::id)
        .get_result::<i64>(c)
        .optional()?
        .map(UserId))
}

/// A user's row without the grants, in [`user_columns!`] order.
type UserRow = (
    i64,
    String,
    String,
    Option<String>,
    bool,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

macro_rules! user_columns {
    () => {
        (
            users::id,
            users::username,
            users::display_name,
            users::locale,
            users::disabled,
            users::talent_id,
            users::enterprise_id,
            users::provider_id,
        )
    };
}

/// The user of a row, with their grants.
fn with_grants(c: &mut DbConn, row: UserRow) -> StoreResult<User> {
    let (id, username, display_name, locale, disabled, talent_id, enterprise_id, provider_id) = row;
    let gs: Vec<(String, i64)> = grants::table
        .filter(grants::user_id.eq(id))
        .select((grants::role, grants::jurisdiction_id))
        .order(grants::id)
        .load(c)?;
    Ok(User {
        id: UserId(id),
        username,
        display_name,
        locale,
        disabled,
        talent_id: talent_id.map(TalentId),
        enterprise_id: enterprise_id.map(EnterpriseId),
        provider_id: provider_id.map(ProviderId),
        grants: gs
            .into_iter()
            .filter_map(|(r, j)| {
                Role::parse(&r).ok().map(|role| Grant {
                    role,
                    jurisdiction_id: JurisdictionId(j),
                })
            })
            .collect(),
    })
}

pub fn user(c: &mut DbConn, id: UserId) -> StoreResult<User> {
    let row: UserRow = users::table
        .find(id.0)
        .select(user_columns!())
        .get_result(c)
        .optional()?
        .ok_or(StoreError::Domain(DomainError::NotFound))?;
    with_grants(c, row)
}

pub fn users(c: &mut DbConn) -> StoreResult<Vec<User>> {
    let ids: Vec<i64> = users::table
        .select(users::id)
        .order(users::username)
        .load(c)?;
    ids.into_iter().map(|id| user(c, UserId(id))).collect()
}

pub fn principal(
    c: &mut DbConn,
    id: UserId,
    token_scopes: Option<Vec<String>>,
) -> StoreResult<Option<Principal>> {
    Ok(principal_of(user(c, id)?, token_scopes))
}

/// Who a user acts as; `None` while the account is disabled.
fn principal_of(u: User, token_scopes: Option<Vec<String>>) -> Option<Principal> {
    if u.disabled {
        return None;
    }
    Some(Principal {
        user_id: u.id,
        username: u.username,
        grants: u.grants,
        token_scopes,
        talent_id: u.talent_id,
        enterprise_id: u.enterprise_id,
        provider_id: u.provider_id,
    })
}

/// Makes the account stand for a talent (who then applies for themself) or act for an
/// enterprise (whose HR applies on behalf of its employees).
pub fn link(
    c: &mut DbConn,
    id: UserId,
    talent: Option<TalentId>,
    enterprise: Option<EnterpriseId>,
) -> StoreResult<()> {
    diesel::update(users::table.find(id.0))
        .set((
            users::talent_id.eq(talent.map(|t| t.0)),
            users::enterprise_id.eq(enterprise.map(|e| e.0)),
        ))
        .execute(c)?;
    Ok(())
}

pub fn set_locale(c: &mut DbConn, id: UserId, locale: &str) -> StoreResult<()> {
    diesel::update(users::table.find(id.0))
        .set(users::locale.eq(Some(locale)))
        .execute(c)?;
    Ok(())
}

/// Checks a username and password; `None` for any mismatch (no hint which part).
pub fn authenticate(c: &mut DbConn, username: &str, password: &str) -> StoreResult<Option<UserId>> {
    let row: Option<(i64, String, bool)> = users::table
        .filter(users::username.eq(username.trim().to_lowercase()))
        .select((users::id, users::password_hash, users::disabled))
        .get_result(c)
        .optional()?;
    Ok(match row {
        Some((id, hash, disabled)) => {
            (verify_password(password, &hash) && !disabled).then_some(UserId(id))
        }
        None => {
            verify_password(password, decoy_hash());
            None
        }
    })
}

/// A new session: returns the cookie value (never stored, only its hash) and CSRF token.
pub fn start_session(
    c: &mut DbConn,
    user: UserId,
    now: jiff::Timestamp,
) -> StoreResult<(String, String)> {
    let token = random_token();
    let csrf = random_token();
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(sha256_hex(&token)),
            sessions::user_id.eq(user.0),
            sessions::csrf_token.eq(&csrf),
            sessions::created_at.eq(micros(now)),
            sessions::last_seen_at.eq(micros(now)),
        ))
        .execute(c)?;
    Ok((token, csrf))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user_id: UserId,
    pub csrf_token: String,
}

/// The live session behind a cookie; expired sessions are removed on sight.
pub fn session(c: &mut DbConn, token: &str, now: jiff::Timestamp) -> StoreResult<Option<Session>> {
    let hash = sha256_hex(token);
    let row: Option<(i64, String, i64, i64)> = sessions::table
        .find(&hash)
        .select((
            sessions::user_id,
            sessions::csrf_token,
            sessions::created_at,
            sessions::last_seen_at,
        ))
        .get_result(c)
        .optional()?;
    let Some((user_id, csrf, created, seen)) = row else {
        return Ok(None);
    };
    let idle = now.duration_since(from_micros(seen));
    let age = now.duration_since(from_micros(created));
    if idle > SESSION_IDLE || age > SESSION_ABSOLUTE {
        diesel::delete(sessions::table.find(&hash)).execute(c)?;
        return Ok(None);
    }
    // Touch at most once a minute: a page view should not always be a write.
    if idle > jiff::SignedDuration::from_secs(60) {
        diesel::update(sessions::table.find(&hash))
            .set(sessions::last_seen_at.eq(micros(now)))
            .execute(c)?;
    }
    Ok(Some(Session {
        user_id: UserId(user_id),
        csrf_token: csrf,
    }))
}

pub fn end_session(c: &mut DbConn, token: &str) -> StoreResult<()> {
    diesel::delete(sessions::table.find(sha256_hex(token))).execute(c)?;
    Ok(())
}

/// Logs the user out on every device; returns how many sessions ended.
pub fn end_all_sessions(c: &mut DbConn, user: UserId) -> StoreResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::user_id.eq(user.0))).execute(c)?)
}

/// Creates an API token; the plain token is returned once and only its hash is kept.
pub fn create_token(
    c: &mut DbConn,
    user: UserId,
    name: &str,
    scopes: &[String],
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<String> {
    let token = format!("rct_{}", random_token());
    let id: i64 = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::user_id.eq(user.0),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(sha256_hex(&token)),
            api_tokens::scopes.eq(scopes.join(" ")),
            api_tokens::created_at.eq(micros(now)),
        ))
        .returning(api_tokens::id)
        .get_result(c)?;
    audit::append(
        c,
        now,
        actor,
        "token.create",
        ("api_token", Some(id)),
        None,
        serde_json::json!({ "user_id": user.0, "scopes": scopes }),
    )?;
    Ok(token)
}

/// The principal an API token acts as, narrowed to the token's scopes.
pub fn token_principal(c: &mut DbConn, token: &str) -> StoreResult<Option<Principal>> {
    // The token and its user in one query: this runs before every API request.
    let row: Option<(String, UserRow)> = api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(sha256_hex(token)))
        .filter(api_tokens::revoked_at.is_null())
        .select((api_tokens::scopes, user_columns!()))
        .get_result(c)
        .optional()?;
    let Some((scopes, row)) = row else {
        return Ok(None);
    };
    let u = with_grants(c, row)?;
    Ok(principal_of(
        u,
        Some(scopes.split(' ').map(str::to_string).collect()),
    ))
}

/// Makes the account a staff member of a service provider (who then verifies cards and
/// fulfils requests for it).
pub fn link_provider(c: &mut DbConn, id: UserId, provider: Option<ProviderId>) -> StoreResult<()> {
    diesel::update(users::table.find(id.0))
        .set(users::provider_id.eq(provider.map(|p| p.0)))
        .execute(c)?;
    Ok(())
}
