//! Accreditation in the browser: which tiers a talent meets (and applying for one),
//! "My accreditation" for talent and enterprise accounts, and the page of one
//! accreditation with its revocation and renewal. The use cases are
//! `accreditation_service` and `holder_service`; these handlers only translate.

use super::applications::{ListRow, rows};
use super::review_text::fixable;
use super::{Chrome, render};
use crate::access::Ctx;
use crate::accreditation_service::{self as svc, Eligibility, View};
use crate::error::Failure;
use crate::holder_service::{self, Holder};
use crate::i18n::Tr;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::access::Permission;
use rencai_domain::ids::{AccreditationId, TalentId};
use rencai_domain::paging::PageRequest;
use rencai_store::accreditations::StoredAccreditation;

/// What a refused form leaves on the page it returns to.
#[derive(Default)]
pub struct Kept {
    pub message: String,
    pub status: StatusCode,
    /// The criterion whose form was sent (eligibility page).
    pub criterion: String,
    /// The statement or reason typed.
    pub text: String,
}

pub struct MatchRow {
    pub criterion: String,
    pub tier: String,
    pub tier_name: String,
    pub name: String,
    pub evidence: String,
    pub apply_label: String,
    pub statement: String,
}

pub struct AccreditationRow {
    pub id: i64,
    pub number: String,
    pub tier: String,
    pub status: String,
    pub expires: String,
}

/// An accreditation's standing for its holder and the public: the same answer the
/// public verification gives (valid, expired, revoked or renewed).
async fn standing_of(
    state: &AppState,
    ctx: &Ctx,
    a: &StoredAccreditation,
) -> Result<String, Failure> {
    let v = svc::verify(state, &a.number)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(v.map(|v| v.status).unwrap_or_else(|| "valid".into()))
}

fn date_of(tr: &Tr, t: jiff::Timestamp) -> String {
    tr.date(
        t.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
            .date(),
    )
}

async fn accreditation_rows(
    state: &AppState,
    ctx: &Ctx,
    list: Vec<StoredAccreditation>,
) -> Result<Vec<AccreditationRow>, Failure> {
    let mut out = Vec::with_capacity(list.len());
    for a in list {
        let status = standing_of(state, ctx, &a).await?;
        out.push(AccreditationRow {
            id: a.id.0,
            tier: a.tier_code.clone(),
            status: ctx.tr.t(&format!("accreditation-status-{status}")),
            expires: date_of(&ctx.tr, a.expires_at),
            number: a.number,
        });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "accreditation_eligibility.html")]
struct EligibilityPage {
    c: Chrome,
    talent_id: i64,
    catalogue: String,
    has_catalogue: bool,
    matches: Vec<MatchRow>,
    accreditations: Vec<AccreditationRow>,
    error: String,
}

fn match_rows(tr: &Tr, e: &Eligibility, kept: &Kept) -> Vec<MatchRow> {
    e.matches
        .iter()
        .map(|m| MatchRow {
            apply_label: tr.t_args(
                "eligibility-apply",
                &[
                    ("tier", m.tier_name.as_str().into()),
                    ("criterion", m.name.as_str().into()),
                ],
            ),
            statement: if kept.criterion == m.criterion {
                kept.text.clone()
            } else {
                String::new()
            },
            criterion: m.criterion.clone(),
            tier: m.tier.clone(),
            tier_name: m.tier_name.clone(),
            name: m.name.clone(),
            evidence: m.evidence.clone(),
        })
        .collect()
}

pub async fn eligibility_page(
    state: &AppState,
    ctx: &Ctx,
    talent: TalentId,
    kept: Kept,
) -> Result<Response, Failure> {
    let e = svc::eligibility(state, ctx, talent).await?;
    let held = svc::accreditations_of(state, ctx, talent).await?;
    let tr = &ctx.tr;
    let catalogue = match (e.catalogue_version, &e.catalogue_jurisdiction) {
        (Some(v), Some(j)) => {
            let place = state
                .tree()
                .by_code(j)
                .map(|x| x.display_name(tr.chinese()).to_string())
                .unwrap_or_else(|| j.clone());
            tr.t_args(
                "eligibility-catalogue",
                &[("version", v.into()), ("place", place.into())],
            )
        }
        _ => String::new(),
    };
    let page = EligibilityPage {
        c: Chrome {
            title: tr.t1("eligibility-title", "name", &e.talent_name),
            ..Chrome::new(ctx, "accreditation-title", "/accreditation")
        },
        talent_id: e.talent_id,
        has_catalogue: e.catalogue_id.is_some(),
        catalogue,
        matches: match_rows(tr, &e, &kept),
        accreditations: accreditation_rows(state, ctx, held).await?,
        error: kept.message,
    };
    let status = if page.error.is_empty() {
        StatusCode::OK
    } else {
        kept.status
    };
    Ok(render(&page, status))
}

pub async fn eligibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    eligibility_page(&state, &ctx, TalentId(id), Kept::default()).await
}

// ---------------------------------------------------------------------------------
// My accreditation

pub struct TalentRow {
    pub id: i64,
    pub name: String,
    pub name_latin: String,
    pub check_label: String,
}

#[derive(Template)]
#[template(path = "accreditation_overview.html")]
struct OverviewPage {
    c: Chrome,
    /// talent, enterprise or other
    holder: &'static str,
    talents: Vec<TalentRow>,
    more: bool,
    /// For a talent account: the tiers it meets now.
    matches: Vec<MatchRow>,
    accreditations: Vec<AccreditationRow>,
    applications: Vec<ListRow>,
}

pub async fn overview(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let r = holder_service::represented(&state, &ctx).await?;
    let mut matches = Vec::new();
    let mut accreditations = Vec::new();
    if let (Holder::Talent, Some(t)) = (r.holder, r.talents.first()) {
        let e = svc::eligibility(&state, &ctx, t.id).await?;
        matches = match_rows(tr, &e, &Kept::default());
        let held = svc::accreditations_of(&state, &ctx, t.id).await?;
        accreditations = accreditation_rows(&state, &ctx, held).await?;
    }
    let applications = if r.holder == Holder::Other {
        Vec::new()
    } else {
        let (_, page) = svc::list(
            &state,
            &ctx,
            Some(View::Mine),
            None,
            PageRequest::new(Some(1), None),
        )
        .await?;
        rows(tr, &page.items)
    };
    let page = OverviewPage {
        c: Chrome::new(&ctx, "accreditation-title", "/accreditation"),
        holder: match r.holder {
            Holder::Talent => "talent",
            Holder::Enterprise => "enterprise",
            Holder::Other => "other",
        },
        talents: r
            .talents
            .iter()
            .map(|t| TalentRow {
                id: t.id.0,
                name: t.name.clone(),
                name_latin: t.name_latin.clone().unwrap_or_default(),
                check_label: tr.t1("accreditation-check-talent", "name", &t.name),
            })
            .collect(),
        more: r.more,
        matches,
        accreditations,
        applications,
    };
    Ok(render(&page, StatusCode::OK))
}

// ---------------------------------------------------------------------------------
// One accreditation

/// One file of the evidence the decision rested on, as frozen at issue.
pub struct SnapshotRow {
    pub file: String,
    pub media: String,
    pub sha256: String,
}

#[derive(Template)]
#[template(path = "accreditation_show.html")]
struct ShowPage {
    c: Chrome,
    a: StoredAccreditation,
    status: String,
    issued: String,
    expires: String,
    revoked: String,
    evidence: Vec<SnapshotRow>,
    may_revoke: bool,
    may_renew: bool,
    error: String,
    reason: String,
}

fn snapshot(evidence: &str) -> Vec<SnapshotRow> {
    let v: serde_json::Value = serde_json::from_str(evidence).unwrap_or_default();
    v.as_array()
        .map(|items| {
            items
                .iter()
                .map(|e| SnapshotRow {
                    file: e["file"].as_str().unwrap_or_default().to_string(),
                    media: e["type"].as_str().unwrap_or_default().to_string(),
                    sha256: e["sha256"].as_str().unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: AccreditationId,
    kept: Kept,
) -> Result<Response, Failure> {
    let a = svc::accreditation(state, ctx, id).await?;
    let tr = &ctx.tr;
    let status = standing_of(state, ctx, &a).await?;
    let me = ctx.me()?;
    let page = ShowPage {
        c: Chrome {
            title: tr.t1("accreditation-number-title", "number", &a.number),
            ..Chrome::new(ctx, "accreditation-title", "/accreditation")
        },
        status: tr.t(&format!("accreditation-status-{status}")),
        issued: date_of(tr, a.issued_at),
        expires: date_of(tr, a.expires_at),
        revoked: a.revoked_at.map(|t| date_of(tr, t)).unwrap_or_default(),
        evidence: snapshot(&a.evidence),
        // The use cases decide again; these only spare offering a form bound to fail.
        may_revoke: status != "revoked"
            && me.can(
                Permission::AccreditationManage,
                a.jurisdiction_id,
                &state.tree(),
            ),
        may_renew: matches!(status.as_str(), "valid" | "expired")
            && me.has(Permission::AccreditationApply),
        error: kept.message,
        reason: kept.text,
        a,
    };
    let code = if page.error.is_empty() {
        StatusCode::OK
    } else {
        kept.status
    };
    Ok(render(&page, code))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    show_page(&state, &ctx, AccreditationId(id), Kept::default()).await
}

#[derive(serde::Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    pub reason: String,
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<RevokeForm>,
) -> Result<Response, Failure> {
    let id = AccreditationId(id);
    match svc::revoke(&state, &ctx, id, &f.reason).await {
        Ok(()) => Ok(Redirect::to(&format!("/accreditations/{id}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some((message, status)) => {
                let kept = Kept {
                    message,
                    status,
                    criterion: String::new(),
                    text: f.reason,
                };
                show_page(&state, &ctx, id, kept).await
            }
            None => Err(e),
        },
    }
}

pub async fn renew(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let id = AccreditationId(id);
    match svc::renew(&state, &ctx, id).await {
        Ok(app) => Ok(Redirect::to(&format!("/applications/{app}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some((message, status)) => {
                let kept = Kept {
                    message,
                    status,
                    ..Kept::default()
                };
                show_page(&state, &ctx, id, kept).await
            }
            None => Err(e),
        },
    }
}
