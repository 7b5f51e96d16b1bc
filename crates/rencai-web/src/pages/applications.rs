//! Accreditation applications in the browser: the lists (mine / to review / assigned),
//! starting one, and the dossier page where evidence is uploaded and every review
//! action is a plain form. Everything goes through `accreditation_service` and `review_service`; which
//! buttons a page offers is asked of the review engine itself (see [`allowed_actions`]),
//! so the page never offers what the use case would refuse.

use super::review_text::{STATUSES, fixable, label_or_code, status_label, step_label};
use super::{Chrome, render};
use crate::access::Ctx;
use crate::accreditation_service::{self as svc, View};
use crate::error::Failure;
use crate::i18n::Tr;
use crate::review_service::{self as review, ActionInput, Dossier};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use rencai_domain::ids::{ApplicationId, TalentId};
use rencai_domain::paging::PageRequest;
use rencai_domain::review::{Action, Panel, Role, Status};

// ---------------------------------------------------------------------------------
// Lists

pub struct ListRow {
    pub id: i64,
    pub talent: String,
    pub tier: String,
    pub criterion: String,
    pub status: String,
    pub step: String,
    pub deadline: String,
    pub updated: String,
}

/// One tab of the list: view code, label, link, whether it is the one shown.
pub type Tab = (&'static str, String, String, bool);

#[derive(Template)]
#[template(path = "accreditation_applications.html")]
struct ListPage {
    c: Chrome,
    tabs: Vec<Tab>,
    view: &'static str,
    status: String,
    statuses: Vec<(&'static str, String)>,
    rows: Vec<ListRow>,
    summary: String,
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

/// The tabs a principal has a use for: applicants their own, officers those in reach,
/// experts those they sit on.
fn tabs_for(ctx: &Ctx, shown: View) -> Vec<Tab> {
    let Some(me) = &ctx.principal else {
        return Vec::new();
    };
    [
        (
            View::Mine,
            Permission::AccreditationApply,
            "applications-tab-mine",
        ),
        (
            View::Review,
            Permission::AccreditationReview,
            "applications-tab-review",
        ),
        (
            View::Assigned,
            Permission::AccreditationAssess,
            "applications-tab-assigned",
        ),
    ]
    .into_iter()
    .filter(|(v, p, _)| me.has(*p) || *v == shown)
    .map(|(v, _, key)| {
        (
            v.code(),
            ctx.tr.t(key),
            format!("/applications?view={}", v.code()),
            v == shown,
        )
    })
    .collect()
}

fn parse_view(code: &str) -> Option<View> {
    [View::Mine, View::Review, View::Assigned]
        .into_iter()
        .find(|v| v.code() == code)
}

/// The name of the step a listed application is at, if it is at one.
pub fn current_step_label(tr: &Tr, a: &rencai_store::applications::StoredApplication) -> String {
    review::parse_state(a)
        .ok()
        .and_then(|(flow, _)| {
            a.step
                .and_then(|s| usize::try_from(s).ok())
                .and_then(|s| flow.steps.get(s).map(|x| step_label(tr, &x.code)))
        })
        .unwrap_or_default()
}

pub fn rows(tr: &Tr, items: &[rencai_store::applications::StoredApplication]) -> Vec<ListRow> {
    items
        .iter()
        .map(|a| {
            let step = current_step_label(tr, a);
            ListRow {
                id: a.id.0,
                talent: a.talent_name.clone(),
                tier: a.tier_code.clone(),
                criterion: a.criterion_code.clone(),
                status: status_label(tr, &a.status),
                step,
                deadline: a.deadline.map(|d| tr.datetime(d)).unwrap_or_default(),
                updated: tr.datetime(a.updated_at),
            }
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
    let link = |n: u32| {
        let mut q = vec![("view", view.code().to_string()), ("page", n.to_string())];
        if let Some(s) = &status {
            q.push(("status", s.clone()));
        }
        format!(
            "/applications?{}",
            serde_urlencoded::to_string(q).unwrap_or_default()
        )
    };
    let pages = page.pages();
    let body = ListPage {
        c: Chrome::new(&ctx, "applications-title", "/applications"),
        tabs: tabs_for(&ctx, view),
        view: view.code(),
        status: status.clone().unwrap_or_default(),
        statuses: STATUSES.iter().map(|s| (*s, status_label(tr, s))).collect(),
        rows: rows(tr, &page.items),
        summary: tr.tn("applications-count", "count", page.total),
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

#[derive(serde::Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    pub talent_id: String,
    #[serde(default)]
    pub criterion: String,
    #[serde(default)]
    pub statement: String,
}

/// Starts a draft; a refusal goes back to the eligibility page with the text kept.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CreateForm>,
) -> Result<Response, Failure> {
    let Ok(talent) = f.talent_id.trim().parse::<i64>().map(TalentId) else {
        return Err(ctx.err(DomainError::NotFound));
    };
    match svc::create(&state, &ctx, talent, &f.criterion, &f.statement).await {
        Ok(id) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some((message, status)) => {
                let kept = super::accreditation::Kept {
                    message,
                    status,
                    criterion: f.criterion,
                    text: f.statement,
                };
                super::accreditation::eligibility_page(&state, &ctx, talent, kept).await
            }
            None => Err(e),
        },
    }
}

// ---------------------------------------------------------------------------------
// The dossier

pub struct StepRow {
    pub name: String,
    pub panel: String,
    pub quorum: String,
    pub turnaround: String,
    /// done, current or waiting (translated)
    pub state: String,
    pub current: bool,
    pub due: String,
    pub seats: String,
}

pub struct TrailRow {
    pub at: String,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub change: String,
    pub note: String,
}

pub struct EvidenceRow {
    pub id: i64,
    pub file: String,
    pub media: String,
    pub size: String,
    pub sha256: String,
}

/// An action button: code, label, whether it ends or refuses something.
pub type Button = (&'static str, String, bool);

pub struct PanelForm {
    pub step: String,
    pub seats: Vec<(u32, String)>,
    pub experts: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "accreditation_dossier.html")]
struct DossierPage {
    c: Chrome,
    id: i64,
    version: i64,
    talent: String,
    kind: String,
    tier: String,
    criterion: String,
    statement: String,
    status: String,
    step: String,
    deadline: String,
    escalated: bool,
    appealed: bool,
    steps: Vec<StepRow>,
    trail: Vec<TrailRow>,
    evidence: Vec<EvidenceRow>,
    may_change_evidence: bool,
    actions: Vec<Button>,
    panel: Option<PanelForm>,
    accreditation: Option<(i64, String)>,
    request: Option<RequestShown>,
    /// Where "back" goes: the list this kind of application belongs to.
    back: &'static str,
    error: String,
    note: String,
}

/// What a service request's page shows beyond the application.
pub struct RequestShown {
    pub service: String,
    pub provider: String,
    pub late: bool,
    /// The holder's rating as stars, once rated.
    pub rating: String,
    pub rating_note: String,
    /// The holder may rate it now.
    pub may_rate: bool,
    /// The rating form's choices: 1 to 5 stars, labelled.
    pub choices: Vec<(u8, String)>,
}

/// The actions the viewer could take now: each candidate is tried on a copy of the
/// application by the review engine, in the role the viewer would act in (as the use
/// case decides it), so the page and the use case cannot disagree.
pub fn allowed_actions(d: &Dossier, now: jiff::Timestamp) -> Vec<&'static str> {
    let mut roles = Vec::new();
    if d.part.applicant {
        roles.push(Role::Applicant);
    }
    if let (Status::InReview { step }, Some(seat)) = (d.review.status, d.part.seat) {
        roles.push(Role::Reviewer { step, seat });
    }
    let text = || "-".to_string();
    let candidates = [
        ("submit", Action::Submit),
        ("provide-info", Action::ProvideInfo),
        ("approve", Action::Approve { comment: text() }),
        ("request-info", Action::RequestInfo { note: text() }),
        ("reject", Action::Reject { reason: text() }),
        ("appeal", Action::Appeal { reason: text() }),
        ("withdraw", Action::Withdraw),
    ];
    let tries = |role: Role, action: &Action| {
        d.review
            .clone()
            .apply(&d.flow, d.review.version, role, action.clone(), now)
            .is_ok()
    };
    let mut out: Vec<&'static str> = candidates
        .iter()
        .filter(|(_, a)| roles.iter().any(|r| tries(*r, a)))
        .map(|(code, _)| *code)
        .collect();
    // Those who are not the applicant comment without taking a seat.
    let commenter = if d.part.applicant {
        Role::Applicant
    } else {
        Role::System
    };
    if tries(commenter, &Action::Comment { text: text() }) {
        out.push("comment");
    }
    out
}

/// What a re-rendered dossier keeps of a refused request.
#[derive(Default)]
pub struct Notice {
    pub message: String,
    pub status: Option<StatusCode>,
    pub note: String,
}

async fn panel_form(
    state: &AppState,
    ctx: &Ctx,
    d: &Dossier,
) -> Result<Option<PanelForm>, Failure> {
    let Status::InReview { step } = d.review.status else {
        return Ok(None);
    };
    let Some(spec) = d.flow.steps.get(step) else {
        return Ok(None);
    };
    if !d.part.officer || spec.panel != Panel::Experts {
        return Ok(None);
    }
    let free: Vec<u32> = (0..spec.reviewers)
        .filter(|n| {
            !d.seats
                .iter()
                .any(|s| s.step == step as i64 && s.seat == i64::from(*n))
        })
        .collect();
    if free.is_empty() {
        return Ok(None);
    }
    let seated: Vec<&str> = d
        .seats
        .iter()
        .filter(|s| s.step == step as i64)
        .map(|s| s.username.as_str())
        .collect();
    let experts = review::experts(state, ctx)
        .await?
        .into_iter()
        .filter(|(u, _)| !seated.contains(&u.as_str()))
        .map(|(u, name)| {
            let label = if name.is_empty() || name == u {
                u.clone()
            } else {
                format!("{name} ({u})")
            };
            (u, label)
        })
        .collect();
    Ok(Some(PanelForm {
        step: step_label(&ctx.tr, &spec.code),
        seats: free
            .into_iter()
            .map(|n| (n, ctx.tr.tn("application-seat-n", "n", u64::from(n) + 1)))
            .collect(),
        experts,
    }))
}

fn step_rows(tr: &Tr, d: &Dossier) -> Vec<StepRow> {
    let current = d.current_step();
    d.flow
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let state = match (d.review.status, current) {
                (Status::Approved, _) => "application-step-done",
                (_, Some(c)) if i < c => "application-step-done",
                (_, Some(c)) if i == c => "application-step-current",
                _ => "application-step-waiting",
            };
            let is_current = current == Some(i);
            let needed = s.quorum.needed(s.reviewers);
            StepRow {
                name: step_label(tr, &s.code),
                panel: label_or_code(
                    tr,
                    "review-panel",
                    match s.panel {
                        Panel::Officers => "officers",
                        Panel::Experts => "experts",
                        Panel::Provider => "provider",
                    },
                ),
                quorum: tr.t_args(
                    "application-quorum",
                    &[
                        ("needed", u64::from(needed).into()),
                        ("reviewers", u64::from(s.reviewers).into()),
                    ],
                ),
                turnaround: tr.tn(
                    "application-turnaround",
                    "days",
                    u64::try_from(s.turnaround.as_hours() / 24).unwrap_or(0),
                ),
                state: tr.t(state),
                current: is_current,
                due: match (is_current, d.app.deadline) {
                    (true, Some(t)) => tr.datetime(t),
                    _ => String::new(),
                },
                seats: d
                    .seats
                    .iter()
                    .filter(|x| x.step == i as i64)
                    .map(|x| {
                        format!(
                            "{} {}",
                            tr.tn(
                                "application-seat-n",
                                "n",
                                u64::try_from(x.seat).unwrap_or(0) + 1
                            ),
                            x.username
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect()
}

pub async fn dossier_page(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    notice: Notice,
) -> Result<Response, Failure> {
    let d = review::dossier(state, ctx, id).await?;
    let tr = &ctx.tr;
    let step_now = d.current_step();
    let actions = allowed_actions(&d, state.store.now())
        .into_iter()
        .map(|code| {
            // A provider accepts, then fulfils, or refuses.
            let key = match (d.request.is_some(), code, step_now) {
                (true, "approve", Some(0)) => "request-do-accept".to_string(),
                (true, "approve", _) => "request-do-fulfil".to_string(),
                (true, "reject", _) => "request-do-refuse".to_string(),
                _ => format!("application-do-{code}"),
            };
            (code, tr.t(&key), matches!(code, "reject" | "withdraw"))
        })
        .collect();
    let request = match &d.request {
        Some(r) => {
            let catalogue =
                crate::service_request_service::catalogue(state, ctx, d.app.jurisdiction_id)
                    .await?;
            let now = state.store.now();
            Some(RequestShown {
                service: catalogue
                    .as_ref()
                    .and_then(|c| c.service(&r.service_code))
                    .map_or_else(
                        || r.service_code.clone(),
                        |s| s.name.get(tr.lang).to_string(),
                    ),
                provider: tr.name_of(&r.provider_zh, &r.provider_en).to_string(),
                late: r.is_late(now),
                rating: r
                    .rating
                    .map(|n| super::requests::stars(tr, n))
                    .unwrap_or_default(),
                rating_note: r.rating_note.clone().unwrap_or_default(),
                may_rate: d.part.applicant
                    && d.review.status == Status::Approved
                    && r.rating.is_none(),
                choices: (1..=5u8)
                    .map(|n| (n, super::requests::stars(tr, n)))
                    .collect(),
            })
        }
        None => None,
    };
    let panel = panel_form(state, ctx, &d).await?;
    let page = DossierPage {
        c: Chrome {
            title: tr.t1("application-title", "id", &d.app.id.0.to_string()),
            ..Chrome::new(ctx, "applications-title", "/applications")
        },
        id: d.app.id.0,
        version: d.app.version,
        talent: d.app.talent_name.clone(),
        kind: label_or_code(tr, "application-kind", &d.app.kind),
        tier: d.app.tier_code.clone(),
        criterion: d.app.criterion_code.clone(),
        statement: d.app.statement.clone(),
        status: status_label(tr, d.review.status.code()),
        step: d
            .current_step()
            .and_then(|s| d.flow.steps.get(s))
            .map(|s| step_label(tr, &s.code))
            .unwrap_or_default(),
        deadline: d.app.deadline.map(|t| tr.datetime(t)).unwrap_or_default(),
        escalated: d.review.escalated,
        appealed: d.review.appealed,
        steps: step_rows(tr, &d),
        trail: d
            .events
            .iter()
            .map(|e| TrailRow {
                at: tr.datetime(e.at),
                actor: e.actor.clone(),
                role: label_or_code(tr, "review-role", &e.role),
                action: label_or_code(tr, "review-action", &e.action),
                change: if e.from == e.to {
                    String::new()
                } else {
                    format!(
                        "{} → {}",
                        status_label(tr, &e.from),
                        status_label(tr, &e.to)
                    )
                },
                note: e.note.clone(),
            })
            .collect(),
        evidence: d
            .evidence
            .iter()
            .map(|e| EvidenceRow {
                id: e.id,
                file: e.file_name.clone(),
                media: e.media_type.clone(),
                size: tr.tn(
                    "application-size-kb",
                    "kb",
                    u64::try_from(e.size).unwrap_or(0).div_ceil(1024),
                ),
                sha256: e.hash.clone(),
            })
            .collect(),
        may_change_evidence: d.part.applicant && review::may_change_evidence(d.review.status),
        actions,
        panel,
        accreditation: d.accreditation.as_ref().map(|a| (a.id.0, a.number.clone())),
        back: if request.is_some() {
            "/requests"
        } else {
            "/applications"
        },
        request,
        error: notice.message,
        note: notice.note,
    };
    Ok(render(&page, notice.status.unwrap_or(StatusCode::OK)))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    dossier_page(&state, &ctx, ApplicationId(id), Notice::default()).await
}

/// After a change: back to the dossier, or the dossier again with what went wrong.
async fn after(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    result: Result<(), Failure>,
    note: String,
) -> Result<Response, Failure> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some((message, status)) => {
                let notice = Notice {
                    message,
                    status: Some(status),
                    note,
                };
                dossier_page(state, ctx, id, notice).await
            }
            None => Err(e),
        },
    }
}

#[derive(serde::Deserialize)]
pub struct ActForm {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub note: String,
}

pub async fn act(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<ActForm>,
) -> Result<Response, Failure> {
    let id = ApplicationId(id);
    let input = ActionInput {
        action: f.action.clone(),
        // A missing or garbled version can only be stale.
        version: f.version.trim().parse().unwrap_or(-1),
        note: f.note.clone(),
    };
    let result = review::act(&state, &ctx, id, input).await.map(|_| ());
    after(&state, &ctx, id, result, f.note).await
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, Failure> {
    let id = ApplicationId(id);
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or_default().to_string();
            let bytes = field
                .bytes()
                .await
                .map_err(|_| ctx.err(DomainError::invalid("file", "evidence-unreadable")))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let result = match file.filter(|(n, b)| !n.is_empty() || !b.is_empty()) {
        Some((name, bytes)) => review::attach(&state, &ctx, id, &name, bytes)
            .await
            .map(|_| ()),
        None => Err(ctx.err(DomainError::invalid("file", "required"))),
    };
    after(&state, &ctx, id, result, String::new()).await
}

pub async fn remove_evidence(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, evidence)): Path<(i64, i64)>,
) -> Result<Response, Failure> {
    let id = ApplicationId(id);
    let result = review::detach(&state, &ctx, id, evidence).await;
    after(&state, &ctx, id, result, String::new()).await
}

#[derive(serde::Deserialize)]
pub struct PanelFormBody {
    #[serde(default)]
    pub seat: String,
    #[serde(default)]
    pub expert: String,
}

pub async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<PanelFormBody>,
) -> Result<Response, Failure> {
    let id = ApplicationId(id);
    let result = match f.seat.trim().parse::<u32>() {
        Ok(seat) => review::assign_expert(&state, &ctx, id, seat, &f.expert).await,
        Err(_) => Err(ctx.err(DomainError::invalid("seat", "required"))),
    };
    after(&state, &ctx, id, result, String::new()).await
}
