//! The review engine's use cases, shared by every kind of application (accreditation,
//! renewal, re-evaluation, service requests) and by the API and the pages: who takes
//! part and how, documents, and guarded actions. What a final approval means belongs to
//! the kind (an accreditation is issued, a service request is fulfilled); `act` calls
//! it inside the same transaction.

use crate::access::Ctx;
use crate::accreditation_service::{self as accr, json};
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal, Role as AccountRole};
use rencai_domain::accreditation::{self as acc, Subject};
use rencai_domain::ids::ApplicationId;
use rencai_domain::review::{self, Action, Flow, Panel, Role, Status};
use rencai_domain::services::KIND_SERVICE_REQUEST;
use rencai_store::accreditations::{self, StoredAccreditation};
use rencai_store::applications::{
    self, NewEvent, Seat, StoredApplication, StoredEvent, Transition,
};
use rencai_store::evidence::{self, NewEvidence, StoredEvidence};
use rencai_store::service_requests::{self, StoredServiceRequest};
use rencai_store::{Actor, DbConn, StoreError, StoreResult, accounts, audit, talents};
use sha2::{Digest, Sha256};

/// Evidence files above this size are refused.
pub const MAX_EVIDENCE_BYTES: usize = 10 * 1024 * 1024;

/// How the caller may take part in one application.
#[derive(Debug, Clone, Default, serde::Serialize, utoipa::ToSchema)]
pub struct Part {
    pub applicant: bool,
    /// An officer of the application's jurisdiction (pre-checks, places experts).
    pub officer: bool,
    /// The seat the caller holds on the current step, or would take by acting.
    pub seat: Option<u32>,
    pub may_decide: bool,
    pub may_manage: bool,
    /// Staff of the provider a service request was made to.
    pub provider: bool,
}

/// Everything one application page or document shows.
pub struct Dossier {
    pub app: StoredApplication,
    pub flow: Flow,
    pub review: review::Application,
    pub events: Vec<StoredEvent>,
    pub seats: Vec<Seat>,
    pub evidence: Vec<StoredEvidence>,
    pub accreditation: Option<StoredAccreditation>,
    /// What a service request adds (card, service, provider, rating).
    pub request: Option<StoredServiceRequest>,
    pub part: Part,
}

impl Dossier {
    pub fn current_step(&self) -> Option<usize> {
        match self.review.status {
            Status::InReview { step }
            | Status::InfoRequested { step }
            | Status::Rejected { step } => Some(step),
            _ => None,
        }
    }
}

pub(crate) fn parse_state(a: &StoredApplication) -> StoreResult<(Flow, review::Application)> {
    let flow = serde_json::from_str::<Flow>(&a.flow).map_err(|_| StoreError::Decrypt)?;
    let st =
        serde_json::from_str::<review::Application>(&a.state).map_err(|_| StoreError::Decrypt)?;
    Ok((flow, st))
}

fn application_subject(
    a: &StoredApplication,
    employer: Option<rencai_domain::ids::EnterpriseId>,
) -> Subject {
    Subject {
        talent: a.talent_id,
        employer,
        jurisdiction: a.jurisdiction_id,
    }
}

/// The caller's part, decided from the stored application, its seats and, for a
/// service request, the provider it was made to.
#[allow(clippy::too_many_arguments)]
fn part_of(
    me: &Principal,
    a: &StoredApplication,
    employer: Option<rencai_domain::ids::EnterpriseId>,
    flow: &Flow,
    st: &review::Application,
    seats: &[Seat],
    request: Option<&StoredServiceRequest>,
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
) -> Part {
    let s = application_subject(a, employer);
    let officer = me.can(Permission::AccreditationReview, a.jurisdiction_id, tree);
    let provider = request
        .is_some_and(|r| me.has(Permission::CardRedeem) && me.provider_id == Some(r.provider_id));
    let mut part = Part {
        applicant: acc::is_applicant(me, a.created_by, s, tree),
        officer,
        may_manage: me.can(Permission::AccreditationManage, a.jurisdiction_id, tree),
        provider,
        ..Part::default()
    };
    if let Status::InReview { step } = st.status
        && let Some(spec) = flow.steps.get(step)
    {
        let mine = seats
            .iter()
            .find(|x| x.step == step as i64 && x.user_id == me.user_id)
            .and_then(|x| u32::try_from(x.seat).ok());
        let free = || {
            (0..spec.reviewers).find(|n| {
                !seats
                    .iter()
                    .any(|x| x.step == step as i64 && x.seat == i64::from(*n))
            })
        };
        part.seat = match spec.panel {
            Panel::Experts if me.has(Permission::AccreditationAssess) => mine,
            Panel::Experts => None,
            Panel::Officers if officer => mine.or_else(free),
            Panel::Officers => None,
            Panel::Provider if provider => mine.or_else(free),
            Panel::Provider => None,
        };
        part.may_decide = part.seat.is_some();
    }
    part
}

/// Whether the caller may see the application at all: its applicant side, officers
/// of its jurisdiction, experts placed on it, and the provider a request was made to.
fn may_see(part: &Part, me: &Principal, seats: &[Seat]) -> bool {
    part.applicant || part.officer || part.provider || seats.iter().any(|s| s.user_id == me.user_id)
}

/// The service request part of an application, if it is one.
fn request_of(
    c: &mut DbConn,
    app: &StoredApplication,
) -> StoreResult<Option<StoredServiceRequest>> {
    if app.kind == KIND_SERVICE_REQUEST {
        service_requests::get(c, app.id)
    } else {
        Ok(None)
    }
}

/// An application and the caller's part in it, as one read or change starts from.
struct Seen {
    app: StoredApplication,
    flow: Flow,
    review: review::Application,
    seats: Vec<Seat>,
    request: Option<StoredServiceRequest>,
    part: Part,
}

/// Reads the application for `me`; not found for whoever may not see it.
fn seen(
    c: &mut DbConn,
    id: ApplicationId,
    me: &Principal,
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
) -> StoreResult<Seen> {
    let app = applications::get(c, id)?;
    let employer = talents::get(c, app.talent_id)?.employer_id;
    let (flow, review) = parse_state(&app)?;
    let seats = applications::seats(c, id)?;
    let request = request_of(c, &app)?;
    let part = part_of(
        me,
        &app,
        employer,
        &flow,
        &review,
        &seats,
        request.as_ref(),
        tree,
    );
    if !may_see(&part, me, &seats) {
        return Err(DomainError::NotFound.into());
    }
    Ok(Seen {
        app,
        flow,
        review,
        seats,
        request,
        part,
    })
}

pub async fn dossier(state: &AppState, ctx: &Ctx, id: ApplicationId) -> Result<Dossier, Failure> {
    let me = ctx.me()?.clone();
    let tree = state.tree();
    let d = state
        .db(move |s| {
            s.read(|c| {
                let Seen {
                    app,
                    flow,
                    review,
                    seats,
                    request,
                    part,
                } = seen(c, id, &me, &tree)?;
                Ok(Dossier {
                    request,
                    events: applications::events(c, id)?,
                    evidence: evidence::list(c, id)?,
                    accreditation: accreditations::by_application(c, id)?,
                    app,
                    flow,
                    review,
                    seats,
                    part,
                })
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(d)
}

/// What a file is, decided by its first bytes, never by its name.
pub fn sniff(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// The media type a file name claims, if it claims one we accept.
fn claimed(name: &str) -> Option<&'static str> {
    let ext = name.rsplit('.').next()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some("application/pdf"),
        "png" => Some("image/png"),
        "jpg" | "jpeg" => Some("image/jpeg"),
        _ => None,
    }
}

fn clean_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .take(120)
        .collect();
    if cleaned.trim().is_empty() {
        "evidence".into()
    } else {
        cleaned
    }
}

/// Checks an upload: size, and that its content is the PDF or image its name says.
pub fn check_upload(name: &str, data: &[u8]) -> Result<&'static str, DomainError> {
    if data.is_empty() {
        return Err(DomainError::invalid("file", "evidence-empty"));
    }
    if data.len() > MAX_EVIDENCE_BYTES {
        return Err(DomainError::invalid("file", "evidence-too-large"));
    }
    let Some(actual) = sniff(data) else {
        return Err(DomainError::invalid("file", "evidence-type"));
    };
    match claimed(name) {
        Some(c) if c == actual => Ok(actual),
        _ => Err(DomainError::invalid("file", "evidence-disguised")),
    }
}

/// Evidence can be added or removed only while the applicant still owns the dossier.
pub fn may_change_evidence(st: Status) -> bool {
    matches!(st, Status::Draft | Status::InfoRequested { .. })
}

pub async fn attach(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    name: &str,
    data: Vec<u8>,
) -> Result<i64, Failure> {
    let d = dossier(state, ctx, id).await?;
    if !d.part.applicant {
        return Err(ctx.err(DomainError::Forbidden));
    }
    if !may_change_evidence(d.review.status) {
        return Err(ctx.err(DomainError::Conflict("application-not-draft")));
    }
    let media = check_upload(name, &data).map_err(|e| ctx.err(e))?;
    let hash = hex::encode(Sha256::digest(&data));
    let name = clean_file_name(name);
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let jurisdiction = d.app.jurisdiction_id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let e = evidence::attach(
                    c,
                    &NewEvidence {
                        application: id,
                        hash: &hash,
                        file_name: &name,
                        media_type: media,
                        data: &data,
                        by: me,
                    },
                    now,
                )?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "application.evidence.attach",
                    ("application", Some(id.0)),
                    Some(jurisdiction),
                    serde_json::json!({"evidence": e, "sha256": hash, "bytes": data.len()}),
                )?;
                Ok(e)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn detach(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    evidence_id: i64,
) -> Result<(), Failure> {
    let d = dossier(state, ctx, id).await?;
    if !d.part.applicant {
        return Err(ctx.err(DomainError::Forbidden));
    }
    if !may_change_evidence(d.review.status) {
        return Err(ctx.err(DomainError::Conflict("application-not-draft")));
    }
    let actor = ctx.actor();
    let jurisdiction = d.app.jurisdiction_id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                evidence::remove(c, id, evidence_id)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "application.evidence.remove",
                    ("application", Some(id.0)),
                    Some(jurisdiction),
                    serde_json::json!({"evidence": evidence_id}),
                )?;
                Ok(())
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// The bytes of one evidence file, for whoever may see the application.
pub async fn evidence_file(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    evidence_id: i64,
) -> Result<(String, String, Vec<u8>), Failure> {
    dossier(state, ctx, id).await?;
    state
        .db(move |s| s.read(|c| evidence::content(c, id, evidence_id)))
        .await
        .map_err(|e| ctx.fail(e))
}

/// An action as typed into a form or sent to the API.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct ActionInput {
    /// submit, approve, reject, request-info, provide-info, withdraw, appeal, comment
    pub action: String,
    /// The application version the caller saw; a newer one means someone acted first.
    pub version: i64,
    /// The comment, reason or note the action needs.
    #[serde(default)]
    pub note: String,
}

fn parse_action(input: &ActionInput) -> Result<Action, DomainError> {
    let note = input.note.trim().to_string();
    if note.chars().count() > 4000 {
        return Err(DomainError::invalid("note", "too-long"));
    }
    let needs_note = |a: Action| {
        if note.is_empty() {
            Err(DomainError::invalid("note", "required"))
        } else {
            Ok(a)
        }
    };
    match input.action.as_str() {
        "submit" => Ok(Action::Submit),
        "approve" => Ok(Action::Approve { comment: note }),
        "reject" => needs_note(Action::Reject {
            reason: note.clone(),
        }),
        "request-info" => needs_note(Action::RequestInfo { note: note.clone() }),
        "provide-info" => Ok(Action::ProvideInfo),
        "withdraw" => Ok(Action::Withdraw),
        "appeal" => needs_note(Action::Appeal {
            reason: note.clone(),
        }),
        "comment" => needs_note(Action::Comment { text: note.clone() }),
        _ => Err(DomainError::invalid("action", "unknown-value")),
    }
}

pub(crate) fn review_error(e: review::ReviewError) -> StoreError {
    use review::ReviewError as R;
    StoreError::Domain(match e {
        R::StaleVersion => DomainError::Conflict("stale-version"),
        R::NotAllowed => DomainError::Forbidden,
        R::Transition { .. } => DomainError::Conflict("review-transition"),
        R::AlreadyVoted => DomainError::Conflict("review-already-voted"),
        R::NotLate => DomainError::Conflict("review-not-late"),
        R::AlreadyAppealed => DomainError::Conflict("review-already-appealed"),
    })
}

/// Applies one action. The whole decision (seat, state, event, audit, and on final
/// approval the accreditation and its mail) is one transaction; the version check
/// inside it makes the second of two simultaneous decisions a `stale-version`.
pub async fn act(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    input: ActionInput,
) -> Result<Status, Failure> {
    let action = parse_action(&input).map_err(|e| ctx.err(e))?;
    let me = ctx.me()?.clone();
    let tree = state.tree();
    let actor = ctx.actor();
    let days = state.settings.accreditation_days;
    let lang = ctx.tr.lang;
    let app_state = state.clone();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let Seen {
                    app,
                    flow,
                    mut review,
                    seats,
                    request,
                    part,
                } = seen(c, id, &me, &tree)?;
                // Judged against the state the caller saw: whoever acted first wins.
                if input.version != app.version {
                    return Err(DomainError::Conflict("stale-version").into());
                }
                let is_vote = matches!(
                    action,
                    Action::Approve { .. } | Action::Reject { .. } | Action::RequestInfo { .. }
                );
                let (role, role_name) = if is_vote {
                    let (Status::InReview { step }, Some(seat)) = (review.status, part.seat) else {
                        return Err(if part.officer || part.provider || seats.iter().any(|x| x.user_id == me.user_id) {
                            review_error(review::ReviewError::Transition {
                                status: review.status.code(),
                                action: action.code(),
                            })
                        } else {
                            DomainError::Forbidden.into()
                        });
                    };
                    let taken = seats
                        .iter()
                        .any(|x| x.step == step as i64 && x.user_id == me.user_id);
                    if !taken {
                        applications::assign(c, id, step as i64, i64::from(seat), me.user_id, now)?;
                    }
                    let name = match flow.steps.get(step).map(|s| s.panel) {
                        Some(Panel::Experts) => "expert",
                        Some(Panel::Provider) => "provider",
                        _ => "officer",
                    };
                    (Role::Reviewer { step, seat }, name)
                } else if matches!(action, Action::Comment { .. }) && !part.applicant {
                    // Officers, experts and providers comment without taking a seat.
                    let name = if part.officer {
                        "officer"
                    } else if part.provider {
                        "provider"
                    } else {
                        "expert"
                    };
                    (Role::System, name)
                } else if part.applicant {
                    (Role::Applicant, "applicant")
                } else {
                    return Err(DomainError::Forbidden.into());
                };
                if matches!(action, Action::Submit)
                    && documents_required(&app_state, c, &app, request.as_ref())?
                    && evidence::list(c, id)?.is_empty()
                {
                    return Err(DomainError::invalid("file", "evidence-required").into());
                }
                let was_due = request.as_ref().and_then(|r| r.due_at);
                let expected = u64::try_from(input.version).unwrap_or(u64::MAX);
                let note = input.note.trim().to_string();
                let event = review
                    .apply(&flow, expected, role, action, now)
                    .map_err(review_error)?;
                let deadline = if review.escalated {
                    None
                } else {
                    review.deadline(&flow)
                };
                let step = match review.status {
                    Status::InReview { step } | Status::InfoRequested { step } | Status::Rejected { step } => {
                        Some(step as i64)
                    }
                    _ => None,
                };
                applications::save_transition(
                    c,
                    id,
                    &Transition {
                        expected_version: input.version,
                        version: i64::try_from(review.version).unwrap_or(i64::MAX),
                        status: review.status.code(),
                        step,
                        state: &json(&review),
                        deadline,
                    },
                    &NewEvent {
                        actor: Some(me.user_id),
                        actor_name: &me.username,
                        role: role_name,
                        action: event.action.code(),
                        note: &note,
                        from: event.from.code(),
                        to: event.to.code(),
                    },
                    now,
                )?;
                audit::append(
                    c,
                    now,
                    &actor,
                    &format!("application.{}", event.action.code()),
                    ("application", Some(id.0)),
                    Some(app.jurisdiction_id),
                    serde_json::json!({"from": event.from.code(), "to": event.to.code(), "version": review.version}),
                )?;
                let approved = review.status == Status::Approved && event.from != Status::Approved;
                match &request {
                    Some(r) => {
                        let closed = matches!(
                            review.status,
                            Status::Approved | Status::Rejected { .. } | Status::Withdrawn
                        );
                        // A step answered after its promise makes the request late for good.
                        let late = event.from != event.to && was_due.is_some_and(|d| d < now);
                        service_requests::track(c, id, review.deadline(&flow), closed, late, now)?;
                        if event.from != event.to {
                            crate::service_request_service::notify_holder(
                                &app_state, c, &app, r, event.to, review.version, &note, lang, now,
                            )?;
                        }
                        if approved {
                            crate::service_request_service::fulfil(
                                &app_state, c, &app, r, &me, &actor, now,
                            )?;
                        }
                    }
                    None if approved => {
                        accr::issue(c, &app, &actor, now, accr::validity(days), &tree, lang)?;
                    }
                    None => {}
                }
                Ok(review.status)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Whether submitting needs at least one document: always for accreditation evidence;
/// for a service request, when the service lists documents to bring.
fn documents_required(
    state: &AppState,
    c: &mut DbConn,
    app: &StoredApplication,
    request: Option<&StoredServiceRequest>,
) -> StoreResult<bool> {
    let Some(r) = request else {
        return Ok(true);
    };
    Ok(
        crate::card_service::catalogue_for(state, c, app.jurisdiction_id)?
            .and_then(|cat| {
                cat.service(&r.service_code)
                    .map(|s| !s.documents.is_empty())
            })
            .unwrap_or(false),
    )
}

/// Places an expert on a seat of an expert step.
pub async fn assign_expert(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    seat: u32,
    username: &str,
) -> Result<(), Failure> {
    let d = dossier(state, ctx, id).await?;
    if !d.part.officer {
        return Err(ctx.err(DomainError::Forbidden));
    }
    let Status::InReview { step } = d.review.status else {
        return Err(ctx.err(DomainError::Conflict("review-transition")));
    };
    let spec = &d.flow.steps[step.min(d.flow.steps.len().saturating_sub(1))];
    if spec.panel != Panel::Experts {
        return Err(ctx.err(DomainError::Conflict("review-transition")));
    }
    if seat >= spec.reviewers {
        return Err(ctx.err(DomainError::invalid("seat", "unknown-value")));
    }
    let username = username.trim().to_string();
    let actor = ctx.actor();
    let jurisdiction = d.app.jurisdiction_id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let user = accounts::find_user_id(c, &username)?
                    .map(|u| accounts::user(c, u))
                    .transpose()?
                    .filter(|u| {
                        !u.disabled && u.grants.iter().any(|g| g.role == AccountRole::Expert)
                    })
                    .ok_or(DomainError::invalid("expert", "expert-unknown"))?;
                applications::assign(c, id, step as i64, i64::from(seat), user.id, now)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "application.assign",
                    ("application", Some(id.0)),
                    Some(jurisdiction),
                    serde_json::json!({"step": step, "seat": seat, "expert": user.id.0}),
                )?;
                Ok(())
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Accounts that can sit on an expert panel.
pub async fn experts(state: &AppState, ctx: &Ctx) -> Result<Vec<(String, String)>, Failure> {
    state
        .db(|s| s.read(accounts::users))
        .await
        .map_err(|e| ctx.fail(e))
        .map(|users| {
            users
                .into_iter()
                .filter(|u| !u.disabled && u.grants.iter().any(|g| g.role == AccountRole::Expert))
                .map(|u| (u.username, u.display_name))
                .collect()
        })
}

/// Escalates every late step once (the platform acts, so the trail shows it).
pub fn escalate_overdue(store: &rencai_store::Store) -> StoreResult<usize> {
    let now = store.now();
    store.write(|c| service_requests::mark_late(c, now))?;
    let late = store.read(|c| applications::overdue(c, now))?;
    let system = Actor {
        id: None,
        name: "system".into(),
    };
    let mut n = 0;
    for id in late {
        let done = store.write(|c| {
            let app = applications::get(c, id)?;
            let (flow, mut review) = parse_state(&app)?;
            let Ok(event) =
                review.apply(&flow, review.version, Role::System, Action::Escalate, now)
            else {
                return Ok(false);
            };
            applications::save_transition(
                c,
                id,
                &Transition {
                    expected_version: app.version,
                    version: i64::try_from(review.version).unwrap_or(i64::MAX),
                    status: review.status.code(),
                    step: app.step,
                    state: &json(&review),
                    deadline: None,
                },
                &NewEvent {
                    actor: None,
                    actor_name: "system",
                    role: "system",
                    action: event.action.code(),
                    note: "",
                    from: event.from.code(),
                    to: event.to.code(),
                },
                now,
            )?;
            audit::append(
                c,
                now,
                &system,
                "application.escalate",
                ("application", Some(id.0)),
                Some(app.jurisdiction_id),
                serde_json::json!({"step": app.step}),
            )?;
            Ok(true)
        });
        if matches!(done, Ok(true)) {
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_are_judged_by_content() {
        assert_eq!(
            check_upload("a.pdf", b"%PDF-1.7 ..."),
            Ok("application/pdf")
        );
        assert_eq!(
            check_upload("a.PNG", b"\x89PNG\r\n\x1a\nrest"),
            Ok("image/png")
        );
        assert_eq!(
            check_upload("a.jpg", &[0xFF, 0xD8, 0xFF, 0xE0]),
            Ok("image/jpeg")
        );
        let disguised = check_upload("a.pdf", b"MZ\x90\x00 an exe");
        assert_eq!(
            disguised,
            Err(DomainError::invalid("file", "evidence-type"))
        );
        let renamed = check_upload("photo.pdf", b"\x89PNG\r\n\x1a\n");
        assert_eq!(
            renamed,
            Err(DomainError::invalid("file", "evidence-disguised"))
        );
        let big = vec![b'%'; MAX_EVIDENCE_BYTES + 1];
        assert_eq!(
            check_upload("a.pdf", &big),
            Err(DomainError::invalid("file", "evidence-too-large"))
        );
        assert_eq!(
            check_upload("a.pdf", b""),
            Err(DomainError::invalid("file", "evidence-empty"))
        );
    }

    #[test]
    fn file_names_lose_paths_and_markup() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("C:\\x\\<b>.pdf"), "b.pdf");
        assert_eq!(clean_file_name(""), "evidence");
    }
}
