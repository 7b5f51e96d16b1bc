//! The talent use cases, shared by the API and the pages so each is done one way:
//! check access against the jurisdiction tree, parse, then call the store.

use crate::access::Ctx;
use crate::api::require;
use crate::error::Failure;
use crate::state::AppState;
use axum::response::{IntoResponse, Response};
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use rencai_domain::error::Errors;
use rencai_domain::ids::{JurisdictionId, TalentId};
use rencai_domain::paging::{Page, PageRequest};
use rencai_domain::talent::{Talent, TalentDraft, TalentFilter, TalentInput};
use rencai_domain::vocab::{Field, ProfessionalTitle, SkillLevel};
use rencai_store::reference::Lookup;
use rencai_store::talents;
use std::collections::BTreeSet;

/// Export stops here; larger extracts are a job for `rencai export`.
pub const EXPORT_LIMIT: u32 = 100_000;

/// A list request as typed into a form or a query string.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub jurisdiction: String,
    pub title: String,
    pub skill_level: String,
    pub field: String,
    pub employer: String,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

fn opt<T>(
    e: &mut Errors,
    field: &str,
    raw: &str,
    parse: fn(&str) -> Result<T, &'static str>,
) -> Option<T> {
    if raw.trim().is_empty() {
        None
    } else {
        e.take(field, parse(raw))
    }
}

/// The filter and the jurisdictions it may look at.
async fn resolve(
    state: &AppState,
    ctx: &Ctx,
    q: &ListQuery,
    perm: Permission,
) -> Result<(TalentFilter, Option<BTreeSet<JurisdictionId>>), Failure> {
    let me = ctx.me()?;
    let tree = state.tree();
    let mut e = Errors::default();
    let title = opt(&mut e, "title", &q.title, ProfessionalTitle::parse);
    let skill_level = opt(&mut e, "skill_level", &q.skill_level, SkillLevel::parse);
    let field = opt(&mut e, "field", &q.field, Field::parse);
    let jurisdiction = if q.jurisdiction.trim().is_empty() {
        None
    } else {
        e.take(
            "jurisdiction",
            tree.by_code(&q.jurisdiction)
                .map(|j| j.id)
                .ok_or("jurisdiction-unknown"),
        )
    };
    let employer_id = if q.employer.trim().is_empty() {
        None
    } else {
        let name = q.employer.clone();
        let lookup = state
            .db(|s| s.read(Lookup::load))
            .await
            .map_err(|err| ctx.fail(err))?;
        e.take(
            "employer",
            rencai_domain::talent::References::employer(&lookup, name.trim())
                .ok_or("employer-unknown"),
        )
    };
    if !e.is_empty() {
        return Err(ctx.err(DomainError::Invalid(e.into_vec())));
    }
    let mut reach = me.reach(perm, &tree);
    if let Some(j) = jurisdiction {
        let sub = tree.subtree(j);
        reach.retain(|id| sub.contains(id));
    }
    // Reaching every jurisdiction needs no filter, and the query plans better without.
    let reach = (reach.len() < tree.len()).then_some(reach);
    let filter = TalentFilter {
        query: Some(q.q.clone()).filter(|s| !s.trim().is_empty()),
        jurisdiction,
        title,
        skill_level,
        field,
        employer_id,
    };
    Ok((filter, reach))
}

pub async fn list(state: &AppState, ctx: &Ctx, q: ListQuery) -> Result<Page<Talent>, Failure> {
    let (filter, reach) = resolve(state, ctx, &q, Permission::TalentRead).await?;
    let page = PageRequest::new(q.page, q.per_page);
    state
        .db(move |s| s.read(|c| talents::list(c, &filter, reach.as_ref(), page)))
        .await
        .map_err(|e| ctx.fail(e))
}

/// Loads a talent the caller may act on with `perm`.
pub async fn get(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
    perm: Permission,
) -> Result<Talent, Failure> {
    let t = state
        .db(move |s| s.read(|c| talents::get(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?;
    require(ctx, perm, t.jurisdiction_id, &state.tree())?;
    Ok(t)
}

fn today(state: &AppState) -> jiff::civil::Date {
    state
        .store
        .now()
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
        .date()
}

/// Parses a draft against the registry and checks the caller may write where it
/// places the talent.
async fn parse_for_write(
    state: &AppState,
    ctx: &Ctx,
    draft: &TalentDraft,
) -> Result<TalentInput, Failure> {
    let lookup = state
        .db(|s| s.read(Lookup::load))
        .await
        .map_err(|e| ctx.fail(e))?;
    let input = draft
        .parse(&lookup, today(state))
        .map_err(|f| ctx.err(DomainError::Invalid(f)))?;
    require(
        ctx,
        Permission::TalentWrite,
        input.jurisdiction_id,
        &state.tree(),
    )?;
    Ok(input)
}

pub async fn create(state: &AppState, ctx: &Ctx, draft: TalentDraft) -> Result<TalentId, Failure> {
    ctx.me()?;
    let input = parse_for_write(state, ctx, &draft).await?;
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| talents::create(c, &s.vault, &input, &actor, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn update(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
    version: i64,
    mut draft: TalentDraft,
) -> Result<(), Failure> {
    get(state, ctx, id, Permission::TalentWrite).await?;
    if draft.identity_number.trim().is_empty() {
        // An edit that leaves the number alone keeps the stored one; it is decrypted
        // only to re-validate the profile and never leaves the server.
        let plain = state
            .db(move |s| s.read(|c| talents::identity_for_revalidation(c, &s.vault, id)))
            .await
            .map_err(|e| ctx.fail(e))?;
        let Some(plain) = plain else {
            return Err(ctx.err(DomainError::Conflict("talent-erased")));
        };
        draft.identity_number = plain;
    }
    let input = parse_for_write(state, ctx, &draft).await?;
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| talents::update(c, &s.vault, id, version, &input, &actor, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn reveal(state: &AppState, ctx: &Ctx, id: TalentId) -> Result<String, Failure> {
    get(state, ctx, id, Permission::TalentRevealIdentity).await?;
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| talents::reveal_identity(c, &s.vault, id, &actor, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn personal_data(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
) -> Result<serde_json::Value, Failure> {
    get(state, ctx, id, Permission::TalentExport).await?;
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| talents::export_person(c, &s.vault, id, &actor, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn erase(state: &AppState, ctx: &Ctx, id: TalentId) -> Result<(), Failure> {
    get(state, ctx, id, Permission::TalentErase).await?;
    let actor = ctx.actor();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| talents::erase(c, id, &actor, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// The filtered list as a file, with the column codes as headers so it imports back.
pub async fn export(
    state: &AppState,
    ctx: &Ctx,
    q: ListQuery,
    format: &str,
) -> Result<Response, Failure> {
    if !matches!(format, "csv" | "xlsx") {
        return Err(ctx.err(DomainError::invalid("format", "unknown-value")));
    }
    let (filter, reach) = resolve(state, ctx, &q, Permission::TalentExport).await?;
    let actor = ctx.actor();
    let tree = state.tree();
    let page = state
        .db(move |s| {
            let page = s.read(|c| {
                talents::list(
                    c,
                    &filter,
                    reach.as_ref(),
                    PageRequest {
                        page: 1,
                        per_page: EXPORT_LIMIT,
                    },
                )
            })?;
            let now = s.now();
            let n = page.items.len();
            s.write(|c| {
                rencai_store::audit::append(
                    c,
                    now,
                    &actor,
                    "talent.export.list",
                    ("talent", None),
                    None,
                    serde_json::json!({ "rows": n }),
                )
            })?;
            Ok(page)
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    let rows = page.items.into_iter().map(move |t| {
        let code = tree
            .get(t.jurisdiction_id)
            .map(|j| j.code.clone())
            .unwrap_or_default();
        t.export_row(&code)
    });
    let headers = rencai_domain::talent::FIELDS;
    let (bytes, mime, ext) = if format == "xlsx" {
        let b = rencai_exchange::write_xlsx("talents", headers, rows)
            .map_err(|_| Failure::Internal(ctx.tr.clone(), ctx.api))?;
        (
            b,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    } else {
        (
            rencai_exchange::write_csv(headers, rows),
            "text/csv; charset=utf-8",
            "csv",
        )
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, mime.to_string()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"talents.{ext}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
