//! Accreditation use cases, shared by the API and the pages: which tier a talent meets,
//! applying with evidence, moving an application through the review engine, and the
//! accreditation a final approval creates. Every change is one transaction with its
//! audit entry (and its outbox mail), so a refused or conflicting action leaves nothing.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal};
use rencai_domain::accreditation::{
    self as acc, CompiledCatalogue, KIND_ACCREDITATION, KIND_RENEWAL, Profile, Standing, Subject,
};
use rencai_domain::ids::{AccreditationId, ApplicationId, CatalogueId, TalentId};
use rencai_domain::paging::{Page, PageRequest};
use rencai_domain::review::{self, Flow};
use rencai_domain::talent::Talent;
use rencai_store::accreditations::{self, NewAccreditation, StoredAccreditation};
use rencai_store::applications::{self, ApplicationFilter, NewApplication, StoredApplication};
use rencai_store::catalogues::{self, StoredCatalogue};
use rencai_store::evidence;
use rencai_store::{Actor, DbConn, StoreResult, audit, outbox, talents};
use std::sync::Arc;

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
        // Service requests have their own lists.
        not_kind: Some(rencai_domain::services::KIND_SERVICE_REQUEST),
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

/// The validity of an accreditation issued now.
pub(crate) fn validity(state_days: i64) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(state_days.max(1) * 24)
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
pub(crate) fn issue(
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
}
