//! Re-evaluation campaigns. Publishing a catalogue never touches decided tiers; an
//! officer runs a campaign instead, which re-assesses every accreditation in force that
//! was decided under an older catalogue. A holder whose tier would change gets a
//! re-evaluation application (carrying the evidence already reviewed) submitted into
//! the same review as a first application; approval replaces the old accreditation.
//! Holders who would meet no tier are listed for an officer: revocation is a decision,
//! never a side effect.

use crate::access::Ctx;
use crate::accreditation_service::{self as accr, InForce};
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use rencai_domain::accreditation::{self as acc, KIND_REEVALUATION, Reassessment};
use rencai_domain::ids::{ApplicationId, JurisdictionId};
use rencai_domain::review::{self, Role, Status};
use rencai_store::accreditations::{self, StoredAccreditation};
use rencai_store::applications::{self, NewApplication, NewEvent, Transition};
use rencai_store::{DbConn, StoreResult, audit, evidence, talents};
use std::collections::HashMap;
use std::sync::Arc;

/// What a campaign found and did.
#[derive(Debug, Clone, Default, serde::Serialize, utoipa::ToSchema)]
pub struct Campaign {
    /// Accreditations in force in the jurisdiction.
    pub considered: usize,
    /// Decided under the catalogue in force already.
    pub current: usize,
    /// Same tier under the newer catalogue.
    pub confirmed: usize,
    /// Re-evaluation applications started, now in review.
    pub started: Vec<StartedReview>,
    /// A re-evaluation of this holder is already under way.
    pub already_open: usize,
    /// Holders who would meet no tier, for an officer to decide on.
    pub out: Vec<OutOfTiers>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct OutOfTiers {
    pub accreditation: i64,
    pub number: String,
    pub tier: String,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct StartedReview {
    pub application: i64,
    pub number: String,
    pub from_tier: String,
    pub to_tier: String,
    pub up: bool,
}

/// One accreditation whose tier the newer catalogue changes.
struct Move {
    old: StoredAccreditation,
    catalogue: rencai_domain::ids::CatalogueId,
    tier: String,
    criterion: String,
    up: bool,
}

/// Runs a campaign over the accreditations in force in `jurisdiction` and below.
pub async fn run(state: &AppState, ctx: &Ctx, jurisdiction: &str) -> Result<Campaign, Failure> {
    let tree = state.tree();
    let Some(root) = tree.by_code(jurisdiction).map(|j| j.id) else {
        return Err(ctx.err(DomainError::invalid("jurisdiction", "unknown-value")));
    };
    if !ctx.me()?.can(Permission::AccreditationManage, root, &tree) {
        return Err(ctx.err(DomainError::Forbidden));
    }
    let reach = tree.subtree(root);
    // The holders' profiles are read in the same trip as their accreditations.
    let held = state
        .db(move |s| {
            let now = s.now();
            s.read(|c| {
                accreditations::active(c, &reach, now)?
                    .into_iter()
                    .map(|a| Ok((talents::get(c, a.talent_id)?, a)))
                    .collect::<StoreResult<Vec<_>>>()
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;

    let mut campaign = Campaign {
        considered: held.len(),
        ..Campaign::default()
    };
    let mut catalogues: HashMap<JurisdictionId, Option<Arc<InForce>>> = HashMap::new();
    let mut moves = Vec::new();
    for (t, a) in held {
        let cat = match catalogues.get(&t.jurisdiction_id) {
            Some(c) => c.clone(),
            None => {
                let c = accr::in_force(state, ctx, t.jurisdiction_id)
                    .await?
                    .map(Arc::new);
                catalogues.insert(t.jurisdiction_id, c.clone());
                c
            }
        };
        let Some(cat) = cat else { continue };
        if cat.stored.id == a.catalogue_id {
            campaign.current += 1;
            continue;
        }
        match acc::reassess(&cat.compiled, &accr::profile_of(state, &t), &a.tier_code) {
            Reassessment::Same => campaign.confirmed += 1,
            Reassessment::Out => campaign.out.push(OutOfTiers {
                accreditation: a.id.0,
                number: a.number.clone(),
                tier: a.tier_code.clone(),
            }),
            Reassessment::Moved {
                tier,
                criterion,
                up,
            } => moves.push(Move {
                old: a,
                catalogue: cat.stored.id,
                tier,
                criterion,
                up,
            }),
        }
    }

    let me = ctx.me()?.clone();
    let actor = ctx.actor();
    let summary = (
        campaign.considered,
        campaign.current,
        campaign.confirmed,
        campaign.out.len(),
    );
    let (started, already_open) = state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let mut started = Vec::new();
                let mut open = 0;
                for m in &moves {
                    if applications::has_open(c, m.old.talent_id, KIND_REEVALUATION)? {
                        open += 1;
                        continue;
                    }
                    let id = start_review(c, m, &me, now)?;
                    started.push(StartedReview {
                        application: id.0,
                        number: m.old.number.clone(),
                        from_tier: m.old.tier_code.clone(),
                        to_tier: m.tier.clone(),
                        up: m.up,
                    });
                }
                audit::append(
                    c,
                    now,
                    &actor,
                    "accreditation.reevaluate",
                    ("jurisdiction", Some(root.0)),
                    Some(root),
                    serde_json::json!({
                        "considered": summary.0, "current": summary.1, "confirmed": summary.2,
                        "out": summary.3, "started": started.len(), "already_open": open,
                    }),
                )?;
                Ok((started, open))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    campaign.started = started;
    campaign.already_open = already_open;
    Ok(campaign)
}

/// Creates the re-evaluation application for one move, carries the reviewed evidence
/// over and submits it on the holder's behalf, so it lands in the first review step.
fn start_review(
    c: &mut DbConn,
    m: &Move,
    me: &rencai_domain::access::Principal,
    now: jiff::Timestamp,
) -> StoreResult<ApplicationId> {
    let flow = accr::flow_for(c, KIND_REEVALUATION)?;
    let mut review = review::Application::new();
    let id = applications::create(
        c,
        &NewApplication {
            kind: KIND_REEVALUATION,
            talent_id: m.old.talent_id,
            jurisdiction_id: m.old.jurisdiction_id,
            created_by: me.user_id,
            catalogue_id: Some(m.catalogue),
            tier_code: &m.tier,
            criterion_code: &m.criterion,
            statement: &m.old.number,
            flow: &accr::json(&flow),
            state: &accr::json(&review),
        },
        now,
    )?;
    evidence::carry_over(c, m.old.application_id, id, me.user_id, now)?;
    let event = review
        .apply(&flow, 0, Role::Applicant, review::Action::Submit, now)
        .map_err(crate::review_service::review_error)?;
    let step = match review.status {
        Status::InReview { step } => Some(step as i64),
        _ => None,
    };
    applications::save_transition(
        c,
        id,
        &Transition {
            expected_version: 0,
            version: i64::try_from(review.version).unwrap_or(i64::MAX),
            status: review.status.code(),
            step,
            state: &accr::json(&review),
            deadline: review.deadline(&flow),
        },
        &NewEvent {
            actor: Some(me.user_id),
            actor_name: &me.username,
            role: "campaign",
            action: event.action.code(),
            note: "",
            from: event.from.code(),
            to: event.to.code(),
        },
        now,
    )?;
    Ok(id)
}
