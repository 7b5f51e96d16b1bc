//! Accreditation use cases, shared by the API and the pages: which tier a talent meets,
//! applying with evidence, moving an application through the review engine, and the
//! accreditation a final approval creates. Every change is one transaction with its
//! audit entry (and its outbox mail), so a refused or conflicting action leaves nothing.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal, Role as AccountRole};
use rencai_domain::accreditation::{
    self as acc, CompiledCatalogue, KIND_ACCREDITATION, KIND_RENEWAL, Profile, Standing, Subject,
};
use rencai_domain::ids::{AccreditationId, ApplicationId, CatalogueId, TalentId};
use rencai_domain::paging::{Page, PageRequest};
use rencai_domain::review::{self, Action, Flow, Panel, Role, Status};
use rencai_domain::talent::Talent;
use rencai_store::accreditations::{self, NewAccreditation, StoredAccreditation};
use rencai_store::applications::{
    self, ApplicationFilter, NewApplication, NewEvent, Seat, StoredApplication, StoredEvent,
    Transition,
};
use rencai_store::catalogues::{self, StoredCatalogue};
use rencai_store::evidence::{self, NewEvidence, StoredEvidence};
use rencai_store::{Actor, DbConn, StoreError, StoreResult, accounts, audit, outbox, talents};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Evidence files above this size are refused.
pub const MAX_EVIDENCE_BYTES: usize = 10 * 1024 * 1024;

pub(crate) fn today(state: &AppState) -> jiff::civil::Date {
    state
        .store
        .now()
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
        .date()
}

fn subject(t: &Talent) -> Subject {
    Subject {
        talent: t.id,
        employer: t.employer_id,
        jurisdiction: t.jurisdiction_id,
    }
}

/// A published catalogue, compiled once per version (published versions never change).
pub struct InForce {
    pub stored: StoredCatalogue,
    pub compiled: Arc<CompiledCatalogue>,
}

/// The catalogue in force where the talent is registered.
pub async fn in_force(
    state: &AppState,
    ctx: &Ctx,
    jurisdiction: rencai_domain::ids::JurisdictionId,
) -> Result<Option<InForce>, Failure> {
    let ancestry: Vec<_> = state
        .tree()
        .ancestry(jurisdiction)
        .iter()
        .map(|j| j.id)
        .collect();
    let stored = state
        .db(move |s| s.read(|c| catalogues::in_force(c, &ancestry)))
        .await
        .map_err(|e| ctx.fail(e))?;
    let Some(stored) = stored else {
        return Ok(None);
    };
    let compiled = state
        .compiled_catalogue(stored.id, &stored.body)
        .ok_or_else(|| Failure::Internal(ctx.tr.clone(), ctx.api))?;
    Ok(Some(InForce { stored, compiled }))
}

pub(crate) fn profile_of(state: &AppState, t: &Talent) -> Profile {
    let codes = state
        .tree()
        .ancestry(t.jurisdiction_id)
        .iter()
        .map(|j| j.code.clone())
        .collect();
    Profile::of(t, codes, today(state))
}

/// One criterion the talent meets.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Match {
    pub criterion: String,
    pub tier: String,
    pub tier_name: String,
    pub name: String,
    /// What to upload to prove it.
    pub evidence: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Eligibility {
    pub talent_id: i64,
    pub talent_name: String,
    /// The catalogue version decided against, and where it was published.
    pub catalogue_id: Option<i64>,
    pub catalogue_version: Option<i64>,
    pub catalogue_jurisdiction: Option<String>,
    /// Every criterion met, highest tier first; the first is the tier to apply for.
    pub matches: Vec<Match>,
}

/// Loads a talent the caller may apply for, and how they stand to it.
async fn applicable_talent(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
) -> Result<(Talent, Standing), Failure> {
    let me = ctx.me()?.clone();
    let t = state
        .db(move |s| s.read(|c| talents::get(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?;
    match acc::standing(&me, subject(&t), &state.tree()) {
        Some(st) if t.erased_at.is_none() => Ok((t, st)),
        _ => Err(ctx.err(DomainError::NotFound)),
    }
}

pub async fn eligibility(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
) -> Result<Eligibility, Failure> {
    let (t, _) = applicable_talent(state, ctx, id).await?;
    let catalogue = in_force(state, ctx, t.jurisdiction_id).await?;
    let mut out = Eligibility {
        talent_id: t.id.0,
        talent_name: t.name.clone(),
        catalogue_id: None,
        catalogue_version: None,
        catalogue_jurisdiction: None,
        matches: Vec::new(),
    };
    if let Some(cat) = catalogue {
        let lang = ctx.tr.lang;
        let profile = profile_of(state, &t);
        let compiled = &cat.compiled;
        let mut found: Vec<(usize, Match)> = compiled
            .matching(&profile)
            .into_iter()
            .filter_map(|i| {
                let c = compiled.criteria().get(i)?;
                let tier_ix = compiled.tier_of(i)?;
                let tier = compiled.tiers().get(tier_ix)?;
                Some((
                    tier_ix,
                    Match {
                        criterion: c.code.clone(),
                        tier: tier.code.clone(),
                        tier_name: tier.name.get(lang).to_string(),
                        name: c.name.get(lang).to_string(),
                        evidence: c.evidence.get(lang).to_string(),
                    },
                ))
            })
            .collect();
        found.sort_by_key(|(rank, _)| *rank);
        out.matches = found.into_iter().map(|(_, m)| m).collect();
        out.catalogue_id = Some(cat.stored.id.0);
        out.catalogue_version = Some(cat.stored.version);
        out.catalogue_jurisdiction = state
            .tree()
            .get(cat.stored.jurisdiction_id)
            .map(|j| j.code.clone());
    }
    Ok(out)
}

/// The flow new applications of `kind` follow.
pub(crate) fn flow_for(c: &mut DbConn, kind: &str) -> StoreResult<Flow> {
    Ok(applications::flow_of(c, kind)?
        .and_then(|body| serde_json::from_str::<Flow>(&body).ok())
        .unwrap_or_else(acc::default_flow))
}

pub(crate) fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Starts a draft application for the criterion the talent meets.
pub async fn create(
    state: &AppState,
    ctx: &Ctx,
    talent: TalentId,
    criterion: &str,
    statement: &str,
) -> Result<ApplicationId, Failure> {
    let (t, _) = applicable_talent(state, ctx, talent).await?;
    if statement.chars().count() > 4000 {
        return Err(ctx.err(DomainError::invalid("statement", "too-long")));
    }
    let Some(cat) = in_force(state, ctx, t.jurisdiction_id).await? else {
        return Err(ctx.err(DomainError::Conflict("catalogue-none")));
    };
    let profile = profile_of(state, &t);
    let compiled = cat.compiled.clone();
    let Some(ix) = compiled.criteria().iter().position(|c| c.code == criterion) else {
        return Err(ctx.err(DomainError::invalid("criterion", "unknown-value")));
    };
    if compiled.check(ix, &profile) != Ok(true) {
        return Err(ctx.err(DomainError::invalid("criterion", "criterion-not-met")));
    }
    let tier = compiled
        .tier_of(ix)
        .and_then(|i| compiled.tiers().get(i))
        .map(|t| t.code.clone())
        .unwrap_or_default();
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let criterion = criterion.to_string();
    let statement = statement.trim().to_string();
    let catalogue_id = cat.stored.id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let flow = flow_for(c, KIND_ACCREDITATION)?;
                let id = applications::create(
                    c,
                    &NewApplication {
                        kind: KIND_ACCREDITATION,
                        talent_id: t.id,
                        jurisdiction_id: t.jurisdiction_id,
                        created_by: me,
                        catalogue_id: Some(catalogue_id),
                        tier_code: &tier,
                        criterion_code: &criterion,
                        statement: &statement,
                        flow: &json(&flow),
                        state: &json(&review::Application::new()),
                    },
                    now,
                )?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "application.create",
                    ("application", Some(id.0)),
                    Some(t.jurisdiction_id),
                    serde_json::json!({"talent": t.id.0, "tier": tier, "criterion": criterion}),
                )?;
                Ok(id)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

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

/// The caller's part, decided from the stored application and its seats.
fn part_of(
    me: &Principal,
    a: &StoredApplication,
    employer: Option<rencai_domain::ids::EnterpriseId>,
    flow: &Flow,
    st: &review::Application,
    seats: &[Seat],
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
) -> Part {
    let s = application_subject(a, employer);
    let officer = me.can(Permission::AccreditationReview, a.jurisdiction_id, tree);
    let mut part = Part {
        applicant: acc::is_applicant(me, a.created_by, s, tree),
        officer,
        may_manage: me.can(Permission::AccreditationManage, a.jurisdiction_id, tree),
        ..Part::default()
    };
    if let Status::InReview { step } = st.status
        && let Some(spec) = flow.steps.get(step)
    {
        let mine = seats
            .iter()
            .find(|x| x.step == step as i64 && x.user_id == me.user_id)
            .and_then(|x| u32::try_from(x.seat).ok());
        part.seat = match spec.panel {
            Panel::Experts if me.has(Permission::AccreditationAssess) => mine,
            Panel::Experts => None,
            Panel::Officers if officer => mine.or_else(|| {
                (0..spec.reviewers).find(|n| {
                    !seats
                        .iter()
                        .any(|x| x.step == step as i64 && x.seat == i64::from(*n))
                })
            }),
            Panel::Officers => None,
        };
        part.may_decide = part.seat.is_some();
    }
    part
}

/// Whether the caller may see the application at all: its applicant side, officers
/// of its jurisdiction, and experts placed on it.
fn may_see(part: &Part, me: &Principal, seats: &[Seat]) -> bool {
    part.applicant || part.officer || seats.iter().any(|s| s.user_id == me.user_id)
}

pub async fn dossier(state: &AppState, ctx: &Ctx, id: ApplicationId) -> Result<Dossier, Failure> {
    let me = ctx.me()?.clone();
    let tree = state.tree();
    let d = state
        .db(move |s| {
            s.read(|c| {
                let app = applications::get(c, id)?;
                let employer = talents::get(c, app.talent_id)?.employer_id;
                let (flow, review) = parse_state(&app)?;
                let seats = applications::seats(c, id)?;
                let part = part_of(&me, &app, employer, &flow, &review, &seats, &tree);
                if !may_see(&part, &me, &seats) {
                    return Err(DomainError::NotFound.into());
                }
                Ok(Dossier {
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

/// Which applications a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// Those the caller applied for (or that are about them).
    Mine,
    /// Those in the caller's reach as an officer.
    Review,
    /// Those the caller sits on as an expert.
    Assigned,
}

impl View {
    pub fn code(self) -> &'static str {
        match self {
            View::Mine => "mine",
            View::Review => "review",
            View::Assigned => "assigned",
        }
    }

    /// The natural list for a principal.
    pub fn default_for(p: &Principal) -> Self {
        if p.has(Permission::AccreditationReview) {
            View::Review
        } else if p.has(Permission::AccreditationAssess) {
            View::Assigned
        } else {
            View::Mine
        }
    }
}

pub async fn list(
    state: &AppState,
    ctx: &Ctx,
    view: Option<View>,
    status: Option<String>,
    page: PageRequest,
) -> Result<(View, Page<StoredApplication>), Failure> {
    let me = ctx.me()?.clone();
    let view = view.unwrap_or_else(|| View::default_for(&me));
    let mut f = ApplicationFilter {
        status: status.filter(|s| !s.is_empty()),
        ..ApplicationFilter::default()
    };
    match view {
        View::Mine => f.own = Some((me.talent_id, me.user_id)),
        View::Review => {
            f.jurisdictions = Some(me.reach(Permission::AccreditationReview, &state.tree()));
        }
        View::Assigned => f.assigned_to = Some(me.user_id),
    }
    if view == View::Mine && me.enterprise_id.is_some() {
        // An enterprise sees what it filed; filed-by covers that.
        f.own = Some((None, me.user_id));
    }
    let page = state
        .db(move |s| s.read(|c| applications::list(c, &f, page)))
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok((view, page))
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

/// The validity of an accreditation issued now.
fn validity(state_days: i64) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(state_days.max(1) * 24)
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
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let app = applications::get(c, id)?;
                let employer = talents::get(c, app.talent_id)?.employer_id;
                let (flow, mut review) = parse_state(&app)?;
                let seats = applications::seats(c, id)?;
                let part = part_of(&me, &app, employer, &flow, &review, &seats, &tree);
                if !may_see(&part, &me, &seats) {
                    return Err(DomainError::NotFound.into());
                }
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
                        return Err(if part.officer || seats.iter().any(|x| x.user_id == me.user_id) {
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
                        _ => "officer",
                    };
                    (Role::Reviewer { step, seat }, name)
                } else if matches!(action, Action::Comment { .. }) && !part.applicant {
                    // Officers and experts comment without taking a seat.
                    (Role::System, if part.officer { "officer" } else { "expert" })
                } else if part.applicant {
                    (Role::Applicant, "applicant")
                } else {
                    return Err(DomainError::Forbidden.into());
                };
                if matches!(action, Action::Submit) && evidence::list(c, id)?.is_empty() {
                    return Err(DomainError::invalid("file", "evidence-required").into());
                }
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
                if review.status == Status::Approved && event.from != Status::Approved {
                    issue(c, &app, &actor, now, validity(days), &tree, lang)?;
                }
                Ok(review.status)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// The number prefix of a jurisdiction's certificates: its province's code.
fn number_prefix(
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
    a: &StoredApplication,
) -> String {
    tree.ancestry(a.jurisdiction_id)
        .first()
        .map(|j| j.code.to_ascii_uppercase())
        .unwrap_or_else(|| "RC".into())
}

/// Creates the accreditation of an approved application: the tier, the catalogue
/// version and criterion it was decided under, and the evidence hashes it rested on.
fn issue(
    c: &mut DbConn,
    app: &StoredApplication,
    actor: &Actor,
    now: jiff::Timestamp,
    valid_for: jiff::SignedDuration,
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
    lang: &str,
) -> StoreResult<AccreditationId> {
    let Some(catalogue) = app.catalogue_id else {
        return Err(DomainError::Conflict("catalogue-none").into());
    };
    let snapshot: Vec<_> = evidence::list(c, app.id)?
        .into_iter()
        .map(|e| serde_json::json!({"sha256": e.hash, "file": e.file_name, "type": e.media_type, "bytes": e.size}))
        .collect();
    let expires = now.checked_add(valid_for).unwrap_or(now);
    let id = accreditations::create(
        c,
        &NewAccreditation {
            talent_id: app.talent_id,
            jurisdiction_id: app.jurisdiction_id,
            application_id: app.id,
            catalogue_id: catalogue,
            tier_code: &app.tier_code,
            criterion_code: &app.criterion_code,
            evidence: &json(&snapshot),
            issued_at: now,
            expires_at: expires,
        },
        &number_prefix(tree, app),
    )?;
    if (app.kind == KIND_RENEWAL || app.kind == acc::KIND_REEVALUATION)
        && let Some(old) = accreditations::of_talent(c, app.talent_id)?
            .into_iter()
            .find(|a| a.id != id && a.revoked_at.is_none() && a.renewed_by.is_none())
    {
        accreditations::mark_renewed(c, old.id, id)?;
    }
    let issued = accreditations::get(c, id)?;
    crate::card_service::issue_for(c, &issued, tree, actor, now)?;
    audit::append(
        c,
        now,
        actor,
        "accreditation.issue",
        ("accreditation", Some(id.0)),
        Some(app.jurisdiction_id),
        serde_json::json!({"number": issued.number, "tier": app.tier_code, "catalogue": catalogue.0, "criterion": app.criterion_code, "evidence": snapshot.len()}),
    )?;
    notify(
        c,
        app.talent_id,
        &format!("accreditation-issued-{}", id.0),
        "mail-issued",
        &issued,
        now,
        lang,
    )?;
    Ok(id)
}

/// Queues a mail to the talent, if they gave an address. Written in the same
/// transaction as its cause; the dedupe key makes a repeat a no-op.
fn notify(
    c: &mut DbConn,
    talent: TalentId,
    key: &str,
    message: &str,
    a: &StoredAccreditation,
    now: jiff::Timestamp,
    lang: &str,
) -> StoreResult<bool> {
    let t = talents::get(c, talent)?;
    let Some(to) = t.email.filter(|e| !e.is_empty()) else {
        return Ok(false);
    };
    let tr = crate::i18n::Tr::new(lang);
    let expires = tr.date(
        a.expires_at
            .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
            .date(),
    );
    let args = [
        (
            "name",
            fluent_templates::fluent_bundle::FluentValue::from(t.name.as_str()),
        ),
        ("number", a.number.as_str().into()),
        ("tier", a.tier_code.as_str().into()),
        ("expires", expires.as_str().into()),
        ("reason", a.revoked_reason.as_deref().unwrap_or("").into()),
    ];
    let subject = tr.t_args(&format!("{message}-subject"), &args);
    let body = tr.t_args(&format!("{message}-body"), &args);
    outbox::enqueue(c, key, &to, &subject, &body, now)
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

/// Queues a reminder for every accreditation expiring within `days`.
pub fn remind_expiring(store: &rencai_store::Store, days: i64) -> StoreResult<usize> {
    let now = store.now();
    let until = now
        .checked_add(jiff::SignedDuration::from_hours(days * 24))
        .unwrap_or(now);
    let due = store.read(|c| accreditations::expiring(c, now, until))?;
    let mut n = 0;
    for a in due {
        let queued = store.write(|c| {
            notify(
                c,
                a.talent_id,
                &format!("accreditation-expiry-{}", a.id.0),
                "mail-expiry",
                &a,
                now,
                "zh-CN",
            )
        });
        if matches!(queued, Ok(true)) {
            n += 1;
        }
    }
    Ok(n)
}

/// An accreditation the caller may see: its talent's side, or officers in reach.
pub async fn accreditation(
    state: &AppState,
    ctx: &Ctx,
    id: AccreditationId,
) -> Result<StoredAccreditation, Failure> {
    let me = ctx.me()?.clone();
    let tree = state.tree();
    state
        .db(move |s| {
            s.read(|c| {
                let a = accreditations::get(c, id)?;
                let t = talents::get(c, a.talent_id)?;
                let sub = subject(&t);
                let ok = acc::standing(&me, sub, &tree).is_some()
                    || me.can(Permission::AccreditationReview, a.jurisdiction_id, &tree);
                if ok {
                    Ok(a)
                } else {
                    Err(DomainError::NotFound.into())
                }
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn accreditations_of(
    state: &AppState,
    ctx: &Ctx,
    talent: TalentId,
) -> Result<Vec<StoredAccreditation>, Failure> {
    applicable_talent(state, ctx, talent).await?;
    state
        .db(move |s| s.read(|c| accreditations::of_talent(c, talent)))
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn revoke(
    state: &AppState,
    ctx: &Ctx,
    id: AccreditationId,
    reason: &str,
) -> Result<(), Failure> {
    let reason = reason.trim().to_string();
    if reason.is_empty() {
        return Err(ctx.err(DomainError::invalid("reason", "required")));
    }
    if reason.chars().count() > 1000 {
        return Err(ctx.err(DomainError::invalid("reason", "too-long")));
    }
    let a = accreditation(state, ctx, id).await?;
    if !ctx.me()?.can(
        Permission::AccreditationManage,
        a.jurisdiction_id,
        &state.tree(),
    ) {
        return Err(ctx.err(DomainError::Forbidden));
    }
    let actor = ctx.actor();
    let lang = ctx.tr.lang;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                accreditations::revoke(c, id, &reason, now)?;
                if let Some(card) = rencai_store::cards::revoke_with(c, id, &reason, now)? {
                    audit::append(
                        c,
                        now,
                        &actor,
                        "card.revoke",
                        ("card", Some(card.0)),
                        Some(a.jurisdiction_id),
                        serde_json::json!({"accreditation": a.number}),
                    )?;
                }
                audit::append(
                    c,
                    now,
                    &actor,
                    "accreditation.revoke",
                    ("accreditation", Some(id.0)),
                    Some(a.jurisdiction_id),
                    serde_json::json!({"number": a.number}),
                )?;
                let revoked = accreditations::get(c, id)?;
                notify(
                    c,
                    a.talent_id,
                    &format!("accreditation-revoked-{}", id.0),
                    "mail-revoked",
                    &revoked,
                    now,
                    lang,
                )?;
                Ok(())
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Starts a renewal: a new application for the same tier under the catalogue now in
/// force, reviewed like a first one. Approval issues a new accreditation and marks
/// this one renewed.
pub async fn renew(
    state: &AppState,
    ctx: &Ctx,
    id: AccreditationId,
) -> Result<ApplicationId, Failure> {
    let a = accreditation(state, ctx, id).await?;
    if a.revoked_at.is_some() {
        return Err(ctx.err(DomainError::Conflict("accreditation-revoked")));
    }
    if a.renewed_by.is_some() {
        return Err(ctx.err(DomainError::Conflict("accreditation-renewed")));
    }
    let (t, _) = applicable_talent(state, ctx, a.talent_id).await?;
    let Some(cat) = in_force(state, ctx, t.jurisdiction_id).await? else {
        return Err(ctx.err(DomainError::Conflict("catalogue-none")));
    };
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let catalogue_id: CatalogueId = cat.stored.id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let flow = flow_for(c, KIND_RENEWAL)?;
                let app = applications::create(
                    c,
                    &NewApplication {
                        kind: KIND_RENEWAL,
                        talent_id: a.talent_id,
                        jurisdiction_id: t.jurisdiction_id,
                        created_by: me,
                        catalogue_id: Some(catalogue_id),
                        tier_code: &a.tier_code,
                        criterion_code: &a.criterion_code,
                        statement: &a.number,
                        flow: &json(&flow),
                        state: &json(&review::Application::new()),
                    },
                    now,
                )?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "accreditation.renew",
                    ("accreditation", Some(id.0)),
                    Some(a.jurisdiction_id),
                    serde_json::json!({"application": app.0}),
                )?;
                Ok(app)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// What the public verification page tells: no personal data beyond a masked name.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Verification {
    pub number: String,
    /// valid, expired, revoked or renewed
    pub status: String,
    pub holder: String,
    pub tier: String,
    #[schema(value_type = String)]
    pub issued_at: jiff::Timestamp,
    #[schema(value_type = String)]
    pub expires_at: jiff::Timestamp,
}

/// Keeps the first and last character of a name: 王海峰 → 王*峰, Ann Lee → A*****e.
pub fn mask_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".into(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

pub async fn verify(state: &AppState, number: &str) -> StoreResult<Option<Verification>> {
    let number = number.trim().to_string();
    if number.len() > 40 {
        return Ok(None);
    }
    let now = state.store.now();
    let found = state
        .db(move |s| s.read(|c| accreditations::by_number(c, &number)))
        .await?;
    Ok(found.map(|a| Verification {
        status: if a.revoked_at.is_some() {
            "revoked"
        } else if a.expires_at <= now {
            "expired"
        } else if a.renewed_by.is_some() {
            "renewed"
        } else {
            "valid"
        }
        .into(),
        holder: mask_name(&a.talent_name),
        number: a.number,
        tier: a.tier_code,
        issued_at: a.issued_at,
        expires_at: a.expires_at,
    }))
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
    fn every_mail_is_written_in_every_language() {
        for (lang, _) in crate::i18n::LANGUAGES {
            let tr = crate::i18n::Tr::new(lang);
            for mail in ["mail-issued", "mail-expiry", "mail-revoked"] {
                for part in ["subject", "body"] {
                    let key = format!("{mail}-{part}");
                    let args = ["name", "number", "tier", "expires", "reason"]
                        .map(|a| (a, fluent_templates::fluent_bundle::FluentValue::from("x")));
                    assert_ne!(tr.t_args(&key, &args), key, "{lang}");
                }
            }
        }
    }

    #[test]
    fn names_are_masked_for_the_public() {
        assert_eq!(mask_name("王海峰"), "王*峰");
        assert_eq!(mask_name("李明"), "李*");
        assert_eq!(mask_name("Ann Lee"), "A*****e");
    }

    #[test]
    fn file_names_lose_paths_and_markup() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("C:\\x\\<b>.pdf"), "b.pdf");
        assert_eq!(clean_file_name(""), "evidence");
    }
}
