//! Service request pages: the lists (mine / my provider's / in my reach), the request
//! form opened from the card, the holder's rating, and the bureau's late report. A
//! request's own page is the application dossier (`pages::applications`), since its
//! documents, actions and trail are the review engine's.

use super::applications::{Tab, current_step_label};
use super::review_text::{STATUSES, fixable, status_label};
use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::i18n::Tr;
use crate::service_request_service::{self as svc, NewRequest, RequestView};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::access::Permission;
use rencai_domain::ids::ApplicationId;
use rencai_domain::paging::PageRequest;
use rencai_store::service_requests::StoredServiceRequest;

/// Stars for a rating, with its number for screen readers and copy-paste.
pub fn stars(tr: &Tr, rating: u8) -> String {
    let n = usize::from(rating.min(5));
    format!(
        "{}{} ({})",
        "★".repeat(n),
        "☆".repeat(5 - n),
        tr.tn("request-rating-of", "stars", u64::from(rating))
    )
}

pub struct Row {
    pub id: i64,
    pub service: String,
    pub provider: String,
    pub holder: String,
    pub status: String,
    pub step: String,
    pub due: String,
    pub late: bool,
    pub rating: String,
}

#[derive(Template)]
#[template(path = "requests_list.html")]
struct ListPage {
    c: Chrome,
    tabs: Vec<Tab>,
    view: &'static str,
    status: String,
    statuses: Vec<(&'static str, String)>,
    rows: Vec<Row>,
    summary: String,
    late_report: bool,
    prev: String,
    next: String,
}

#[derive(serde::Deserialize, Default)]
pub struct ListParams {
    #[serde(default)]
    pub view: String,
    #[serde(default)]
    pub status: String,
    pub page: Option<u32>,
}

fn parse_view(code: &str) -> Option<RequestView> {
    [
        RequestView::Mine,
        RequestView::Provider,
        RequestView::Review,
    ]
    .into_iter()
    .find(|v| v.code() == code)
}

/// The tabs a principal has a use for: holders their own, provider staff their
/// provider's, officers those in reach.
fn tabs_for(ctx: &Ctx, shown: RequestView) -> Vec<Tab> {
    let Some(me) = &ctx.principal else {
        return Vec::new();
    };
    [
        (
            RequestView::Mine,
            me.talent_id.is_some(),
            "requests-tab-mine",
        ),
        (
            RequestView::Provider,
            me.provider_id.is_some() && me.has(Permission::CardRedeem),
            "requests-tab-provider",
        ),
        (
            RequestView::Review,
            me.has(Permission::AccreditationReview),
            "requests-tab-review",
        ),
    ]
    .into_iter()
    .filter(|(v, allowed, _)| *allowed || *v == shown)
    .map(|(v, _, key)| {
        (
            v.code(),
            ctx.tr.t(key),
            format!("/requests?view={}", v.code()),
            v == shown,
        )
    })
    .collect()
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let status = STATUSES
        .iter()
        .find(|s| **s == p.status)
        .map(|s| s.to_string());
    let (view, page) = svc::list(
        &state,
        &ctx,
        parse_view(&p.view),
        status.clone(),
        PageRequest::new(p.page, None),
    )
    .await?;
    let now = state.store.now();
    // One catalogue per jurisdiction on the page, not one read per row.
    let mut catalogues = std::collections::BTreeMap::new();
    let mut rows = Vec::with_capacity(page.items.len());
    for l in &page.items {
        let j = l.app.jurisdiction_id;
        if let std::collections::btree_map::Entry::Vacant(e) = catalogues.entry(j) {
            e.insert(svc::catalogue(&state, &ctx, j).await?);
        }
        let service = catalogues[&j]
            .as_ref()
            .and_then(|c| c.service(&l.app.criterion_code))
            .map_or_else(
                || l.app.criterion_code.clone(),
                |s| s.name.get(tr.lang).to_string(),
            );
        let r: Option<&StoredServiceRequest> = l.request.as_ref();
        rows.push(Row {
            id: l.app.id.0,
            service,
            provider: r
                .map(|r| tr.name_of(&r.provider_zh, &r.provider_en).to_string())
                .unwrap_or_default(),
            holder: l.app.talent_name.clone(),
            status: status_label(tr, &l.app.status),
            step: current_step_label(tr, &l.app),
            due: r
                .and_then(|r| r.due_at)
                .map(|t| tr.datetime(t))
                .unwrap_or_default(),
            late: r.is_some_and(|r| r.is_late(now)),
            rating: r
                .and_then(|r| r.rating)
                .map(|n| stars(tr, n))
                .unwrap_or_default(),
        });
    }
    let link = |n: u32| {
        let mut q = vec![("view", view.code().to_string()), ("page", n.to_string())];
        if let Some(s) = &status {
            q.push(("status", s.clone()));
        }
        format!(
            "/requests?{}",
            serde_urlencoded::to_string(q).unwrap_or_default()
        )
    };
    let pages = page.pages();
    let body = ListPage {
        c: Chrome::new(&ctx, "requests-title", "/requests"),
        tabs: tabs_for(&ctx, view),
        view: view.code(),
        status: status.clone().unwrap_or_default(),
        statuses: STATUSES.iter().map(|s| (*s, status_label(tr, s))).collect(),
        rows,
        summary: tr.tn("requests-count", "count", page.total),
        late_report: ctx
            .principal
            .as_ref()
            .is_some_and(|p| p.has(Permission::AccreditationReview)),
        prev: if page.page > 1 {
            link(page.page - 1)
        } else {
            String::new()
        },
        next: if page.page < pages {
            link(page.page + 1)
        } else {
            String::new()
        },
    };
    Ok(render(&body, StatusCode::OK))
}

#[derive(Template)]
#[template(path = "request_new.html")]
struct NewPage {
    c: Chrome,
    code: String,
    service: String,
    description: String,
    documents: Vec<String>,
    turnaround: String,
    left: String,
    providers: Vec<(String, String)>,
    provider: String,
    statement: String,
    error: String,
}

#[derive(serde::Deserialize, Default)]
pub struct NewParams {
    #[serde(default)]
    pub service: String,
}

async fn new_page(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    provider: String,
    statement: String,
    error: Option<(String, StatusCode)>,
) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let found = match svc::requestable(state, ctx, code).await {
        Ok(f) => f,
        // The card page only links what can be requested; a stale link says why not.
        Err(e) => match fixable(tr, &e) {
            Some((message, status)) => {
                let page = NewPage {
                    c: Chrome::new(ctx, "request-new-title", "/requests"),
                    code: String::new(),
                    service: String::new(),
                    description: String::new(),
                    documents: Vec::new(),
                    turnaround: String::new(),
                    left: String::new(),
                    providers: Vec::new(),
                    provider,
                    statement,
                    error: message,
                };
                return Ok(render(&page, status));
            }
            None => return Err(e),
        },
    };
    let (message, status) = error.unwrap_or((String::new(), StatusCode::OK));
    let page = NewPage {
        c: Chrome::new(ctx, "request-new-title", "/requests"),
        code: found.service.code.clone(),
        service: found.service.name.get(tr.lang).to_string(),
        description: found.service.description.get(tr.lang).to_string(),
        documents: found
            .service
            .documents
            .iter()
            .map(|d| d.get(tr.lang).to_string())
            .collect(),
        turnaround: tr.tn(
            "application-turnaround",
            "days",
            u64::from(found.service.turnaround_days),
        ),
        left: super::cards::entitlement(tr, found.entitlement),
        providers: found
            .providers
            .iter()
            .map(|p| {
                (
                    p.code.clone(),
                    tr.name_of(&p.name_zh, &p.name_en).to_string(),
                )
            })
            .collect(),
        provider,
        statement,
        error: message,
    };
    Ok(render(&page, status))
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<NewParams>,
) -> Result<Response, Failure> {
    new_page(&state, &ctx, &p.service, String::new(), String::new(), None).await
}

#[derive(serde::Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub statement: String,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CreateForm>,
) -> Result<Response, Failure> {
    let r = NewRequest {
        service: f.service.clone(),
        provider: f.provider.clone(),
        statement: f.statement.clone(),
    };
    match svc::create(&state, &ctx, r).await {
        Ok(id) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some(problem) => {
                new_page(
                    &state,
                    &ctx,
                    &f.service,
                    f.provider,
                    f.statement,
                    Some(problem),
                )
                .await
            }
            None => Err(e),
        },
    }
}

#[derive(serde::Deserialize)]
pub struct RateForm {
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub note: String,
}

pub async fn rate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<RateForm>,
) -> Result<Response, Failure> {
    let id = ApplicationId(id);
    // A missing choice is out of range, which the use case explains.
    let stars = f.rating.trim().parse().unwrap_or(0);
    let result = svc::rate(&state, &ctx, id, stars, &f.note).await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some((message, status)) => {
                let notice = super::applications::Notice {
                    message,
                    status: Some(status),
                    note: f.note,
                };
                super::applications::dossier_page(&state, &ctx, id, notice).await
            }
            None => Err(e),
        },
    }
}

pub struct LateRow {
    pub provider: String,
    pub service: String,
    pub total: u64,
    pub late_open: u64,
    pub late_closed: u64,
    pub rating: String,
}

#[derive(Template)]
#[template(path = "requests_late.html")]
struct LatePage {
    c: Chrome,
    rows: Vec<LateRow>,
}

pub async fn late(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let lines = svc::late(&state, &ctx).await?;
    // Service names come from the catalogue of the reader's own jurisdiction.
    let home = ctx.me()?.grants.first().map(|g| g.jurisdiction_id);
    let catalogue = match home {
        Some(j) => svc::catalogue(&state, &ctx, j).await?,
        None => None,
    };
    let rows = lines
        .into_iter()
        .map(|l| LateRow {
            provider: tr.name_of(&l.provider_zh, &l.provider_en).to_string(),
            service: catalogue
                .as_ref()
                .and_then(|c| c.service(&l.service_code))
                .map_or_else(
                    || l.service_code.clone(),
                    |s| s.name.get(tr.lang).to_string(),
                ),
            total: l.total,
            late_open: l.late_open,
            late_closed: l.late_closed,
            rating: match l.average_rating {
                Some(avg) => tr.t_args(
                    "request-rating-average",
                    &[
                        ("average", format!("{avg:.1}").into()),
                        ("count", l.rated.into()),
                    ],
                ),
                None => String::new(),
            },
        })
        .collect();
    let page = LatePage {
        c: Chrome::new(&ctx, "requests-late-title", "/requests"),
        rows,
    };
    Ok(render(&page, StatusCode::OK))
}
