//! Talent cards: issued with an accreditation, shown to their holder with a signed QR
//! token and the services it entitles to, managed by officers (suspend, reinstate,
//! reissue), checked and redeemed by provider staff, and published for offline service
//! points as a trust list (keys and revocations).

use crate::access::Ctx;
use crate::error::Failure;
use crate::redemption_desk::{Outcome, RedeemRequest};
use crate::state::{AppState, ServiceCatalogues};
use rencai_card::{CardClaims, Revocation, TokenError, TrustList};
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use rencai_domain::ids::{CardId, JurisdictionId, ProviderId};
use rencai_domain::jurisdiction::JurisdictionTree;
use rencai_domain::services::{Entitlement, Period, Service, ServiceCatalogue};
use rencai_store::accreditations::StoredAccreditation;
use rencai_store::cards::{self, CardStatus, CardTerms, StoredCard};
use rencai_store::redemptions::{self, StoredRedemption};
use rencai_store::{Actor, DbConn, StoreResult, audit, services};
use std::collections::HashMap;
use std::sync::Arc;

/// Quota periods follow the bureau's calendar (China Standard Time).
pub fn today(now: jiff::Timestamp) -> jiff::civil::Date {
    now.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
        .date()
}

/// The province a jurisdiction belongs to: it issues the cards and names the token's
/// issuer and the card numbers.
fn province(tree: &JurisdictionTree, j: JurisdictionId) -> String {
    tree.ancestry(j)
        .first()
        .map(|p| p.code.clone())
        .unwrap_or_else(|| "rc".into())
}

/// Keeps the first and last character of a name (王海峰 → 王*峰): enough for staff to
/// compare with an identity document, too little to identify anyone from a token.
fn holder_check(name: &str) -> String {
    crate::accreditation_service::mask_name(name)
}

/// Issues the holder's card for a new accreditation, or moves their card onto it. Runs
/// in the transaction that creates the accreditation.
pub fn issue_for(
    c: &mut DbConn,
    a: &StoredAccreditation,
    tree: &JurisdictionTree,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<StoredCard> {
    let card = cards::issue(
        c,
        &CardTerms {
            talent_id: a.talent_id,
            accreditation_id: a.id,
            jurisdiction_id: a.jurisdiction_id,
            tier_code: &a.tier_code,
            holder_check: &holder_check(&a.talent_name),
            expires_at: a.expires_at,
        },
        &province(tree, a.jurisdiction_id).to_ascii_uppercase(),
        now,
    )?;
    audit::append(
        c,
        now,
        actor,
        "card.issue",
        ("card", Some(card.id.0)),
        Some(card.jurisdiction_id),
        serde_json::json!({"number": card.number, "generation": card.generation, "tier": card.tier_code, "accreditation": a.id.0}),
    )?;
    Ok(card)
}

/// The card's token: what its QR holds.
pub fn token(state: &AppState, card: &StoredCard) -> String {
    state.keyring().signer.sign(&CardClaims {
        issuer: province(&state.tree(), card.jurisdiction_id),
        card: card.number.clone(),
        generation: card.generation,
        tier: card.tier_code.clone(),
        holder_check: card.holder_check.clone(),
        issued_at: card.issued_at.as_second(),
        expires_at: card.expires_at.as_second(),
    })
}

/// The service catalogue that serves a jurisdiction: its own, else the nearest one up
/// the tree.
pub fn catalogue_for(
    state: &AppState,
    c: &mut DbConn,
    j: JurisdictionId,
) -> StoreResult<Option<Arc<ServiceCatalogue>>> {
    Ok(state
        .service_catalogues(c)?
        .serving(&state.tree(), j)
        .and_then(|(_, catalogue)| catalogue))
}

/// The period a use of this service counts in.
pub fn period_key(service: &Service, now: jiff::Timestamp) -> String {
    service
        .quota
        .map_or(Period::Lifetime, |q| q.per)
        .key(today(now))
}

/// The card's status as a holder or a service point sees it now.
pub fn standing(card: &StoredCard, now: jiff::Timestamp) -> &'static str {
    match card.status {
        CardStatus::Revoked => "revoked",
        CardStatus::Suspended => "suspended",
        CardStatus::Active if card.expires_at <= now => "expired",
        CardStatus::Active => "active",
    }
}

/// Whether the card can be served now, or the refusal that says why not.
pub fn usable(card: &StoredCard, now: jiff::Timestamp) -> Result<(), DomainError> {
    match standing(card, now) {
        "active" => Ok(()),
        "suspended" => Err(DomainError::Conflict("card-suspended")),
        "revoked" => Err(DomainError::Conflict("card-revoked")),
        _ => Err(DomainError::Conflict("card-not-active")),
    }
}

/// One service and what the card may still do with it.
#[derive(Debug, Clone)]
pub struct Line {
    pub service: Service,
    pub entitlement: Entitlement,
}

/// Every service of the catalogue with the card's entitlement, in catalogue order.
pub fn entitlements(
    c: &mut DbConn,
    card: &StoredCard,
    catalogue: &ServiceCatalogue,
    now: jiff::Timestamp,
) -> StoreResult<Vec<Line>> {
    let periods: Vec<String> = catalogue
        .services
        .iter()
        .map(|s| period_key(s, now))
        .collect();
    let usage = redemptions::usage(c, card.id, &periods)?;
    Ok(catalogue
        .services
        .iter()
        .zip(periods)
        .map(|(s, p)| {
            let used = usage
                .iter()
                .find(|(code, period, _)| *code == s.code && *period == p)
                .map_or(0, |u| u.2);
            Line {
                service: s.clone(),
                entitlement: Entitlement::of(s.eligible(&card.tier_code), s.quota, used),
            }
        })
        .collect())
}

/// A card as its holder, an officer or a service point sees it.
#[derive(Debug, Clone)]
pub struct CardView {
    pub card: StoredCard,
    pub standing: &'static str,
    /// Present while the card is usable.
    pub token: Option<String>,
    pub catalogue: Option<Arc<ServiceCatalogue>>,
    pub lines: Vec<Line>,
    pub history: Vec<StoredRedemption>,
}

async fn view_of(state: &AppState, ctx: &Ctx, card: StoredCard) -> Result<CardView, Failure> {
    let st = state.clone();
    let c2 = card.clone();
    let (catalogue, lines, history) = state
        .db(move |s| {
            let card = c2;
            let now = s.now();
            s.read(|c| {
                let catalogue = catalogue_for(&st, c, card.jurisdiction_id)?;
                let lines = match &catalogue {
                    Some(cat) => entitlements(c, &card, cat, now)?,
                    None => Vec::new(),
                };
                let history = redemptions::history(c, card.id, 50)?;
                Ok((catalogue, lines, history))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    let now = state.store.now();
    let standing = standing(&card, now);
    Ok(CardView {
        token: (standing == "active").then(|| token(state, &card)),
        standing,
        card,
        catalogue,
        lines,
        history,
    })
}

/// The card of the talent this account stands for, if they have one.
pub async fn mine(state: &AppState, ctx: &Ctx) -> Result<Option<CardView>, Failure> {
    let Some(talent) = ctx.me()?.talent_id else {
        return Ok(None);
    };
    let card = state
        .db(move |s| s.read(|c| cards::of_talent(c, talent)))
        .await
        .map_err(|e| ctx.fail(e))?;
    match card {
        Some(card) => Ok(Some(view_of(state, ctx, card).await?)),
        None => Ok(None),
    }
}

/// A card for an officer of its jurisdiction (or its holder); 404 otherwise.
pub async fn card(state: &AppState, ctx: &Ctx, id: CardId) -> Result<CardView, Failure> {
    let me = ctx.me()?.clone();
    let card = state
        .db(move |s| s.read(|c| cards::get(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?;
    let tree = state.tree();
    let allowed = me.talent_id == Some(card.talent_id)
        || me.can(Permission::AccreditationReview, card.jurisdiction_id, &tree);
    if !allowed {
        return Err(ctx.err(DomainError::NotFound));
    }
    view_of(state, ctx, card).await
}

/// Cards in the officer's reach, newest first.
pub async fn list(state: &AppState, ctx: &Ctx) -> Result<Vec<StoredCard>, Failure> {
    let reach = ctx
        .me()?
        .reach(Permission::AccreditationReview, &state.tree());
    state
        .db(move |s| s.read(|c| cards::list(c, &reach, 200)))
        .await
        .map_err(|e| ctx.fail(e))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardAction {
    Suspend {
        reason: String,
    },
    Reinstate,
    /// A lost card: tokens of earlier generations stop working.
    Reissue,
}

pub async fn act(
    state: &AppState,
    ctx: &Ctx,
    id: CardId,
    action: CardAction,
) -> Result<CardView, Failure> {
    let existing = card(state, ctx, id).await?.card;
    if !ctx.me()?.can(
        Permission::AccreditationManage,
        existing.jurisdiction_id,
        &state.tree(),
    ) {
        return Err(ctx.err(DomainError::Forbidden));
    }
    if let CardAction::Suspend { reason } = &action {
        if reason.trim().is_empty() {
            return Err(ctx.err(DomainError::invalid("reason", "required")));
        }
        if reason.chars().count() > 1000 {
            return Err(ctx.err(DomainError::invalid("reason", "too-long")));
        }
    }
    let actor = ctx.actor();
    let updated = state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let (name, details) = match &action {
                    CardAction::Suspend { reason } => {
                        if existing.status != CardStatus::Active {
                            return Err(DomainError::Conflict("card-not-active").into());
                        }
                        cards::set_status(
                            c,
                            id,
                            CardStatus::Suspended,
                            Some(reason.trim()),
                            now,
                        )?;
                        ("card.suspend", serde_json::json!({"number": existing.number}))
                    }
                    CardAction::Reinstate => {
                        if existing.status != CardStatus::Suspended {
                            return Err(DomainError::Conflict("card-not-suspended").into());
                        }
                        cards::set_status(c, id, CardStatus::Active, None, now)?;
                        (
                            "card.reinstate",
                            serde_json::json!({"number": existing.number}),
                        )
                    }
                    CardAction::Reissue => {
                        let generation = cards::reissue(c, id, now)?;
                        (
                            "card.reissue",
                            serde_json::json!({"number": existing.number, "generation": generation}),
                        )
                    }
                };
                audit::append(
                    c,
                    now,
                    &actor,
                    name,
                    ("card", Some(id.0)),
                    Some(existing.jurisdiction_id),
                    details,
                )?;
                cards::get(c, id)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    view_of(state, ctx, updated).await
}

/// What offline service points sync: every public key (retired ones until their
/// `not_after`) and the cards to refuse although their signature holds.
pub async fn trust_list(state: &AppState) -> StoreResult<TrustList> {
    let keys = state.keyring().keys.clone();
    let revoked = state
        .db(move |s| {
            let now = s.now();
            s.read(|c| cards::revocations(c, now))
        })
        .await?;
    Ok(TrustList {
        keys,
        revoked: revoked
            .into_iter()
            .map(|r| Revocation {
                card: r.number,
                below_generation: r.below_generation,
            })
            .collect(),
        issued_at: state.store.now().as_second(),
    })
}

/// The error code of a refused token.
pub fn refusal(e: &TokenError) -> DomainError {
    DomainError::Conflict(e.code())
}

/// Verifies a scanned token against the keys and the card as it stands now.
fn verified_card(
    c: &mut DbConn,
    claims: &CardClaims,
    now: jiff::Timestamp,
) -> StoreResult<Result<StoredCard, DomainError>> {
    let Some(card) = cards::by_number(c, &claims.card)? else {
        return Ok(Err(DomainError::Conflict("token-revoked")));
    };
    Ok(match card.status {
        CardStatus::Revoked => Err(DomainError::Conflict("token-revoked")),
        CardStatus::Suspended => Err(DomainError::Conflict("card-suspended")),
        CardStatus::Active if card.generation != claims.generation => {
            Err(DomainError::Conflict("token-superseded"))
        }
        CardStatus::Active if card.expires_at <= now => Err(DomainError::Conflict("token-expired")),
        CardStatus::Active => Ok(card),
    })
}

/// Reads a token a service point scanned or pasted (whitespace around it, as scanners
/// add, is dropped).
fn claims(state: &AppState, ctx: &Ctx, text: &str) -> Result<CardClaims, Failure> {
    let now = state.store.now().as_second();
    state
        .keyring()
        .verifier
        .verify(text.trim(), now)
        .map_err(|e| ctx.err(refusal(&e)))
}

/// The provider the staff member works at, and the services it delivers.
async fn my_provider(state: &AppState, ctx: &Ctx) -> Result<services::StoredProvider, Failure> {
    let Some(p) = ctx.me()?.provider_id else {
        return Err(ctx.err(DomainError::Conflict("provider-none")));
    };
    state
        .db(move |s| s.read(|c| services::provider(c, p)))
        .await
        .map_err(|e| ctx.fail(e))?
        .ok_or_else(|| ctx.err(DomainError::Conflict("provider-none")))
}

/// A checked card at a service point: who it claims to be and what the provider can
/// redeem on it.
#[derive(Debug, Clone)]
pub struct Checked {
    pub claims: CardClaims,
    pub view: CardView,
    /// The services of this provider, with the card's entitlement.
    pub here: Vec<Line>,
    pub provider: services::StoredProvider,
}

pub async fn check(state: &AppState, ctx: &Ctx, text: &str) -> Result<Checked, Failure> {
    let provider = my_provider(state, ctx).await?;
    let claims = claims(state, ctx, text)?;
    let number = claims.card.clone();
    let c2 = claims.clone();
    let card = state
        .db(move |s| {
            let now = s.now();
            s.read(|c| verified_card(c, &c2, now))
        })
        .await
        .map_err(|e| ctx.fail(e))?
        .map_err(|e| ctx.err(e))?;
    debug_assert_eq!(card.number, number);
    let view = view_of(state, ctx, card).await?;
    let here = view
        .lines
        .iter()
        .filter(|l| provider.services.contains(&l.service.code))
        .cloned()
        .collect();
    Ok(Checked {
        claims,
        view,
        here,
        provider,
    })
}

/// Verifies the token and redeems one use of `service`; the same `key` from the same
/// user answers the same redemption again and redeems nothing more.
pub async fn redeem(
    state: &AppState,
    ctx: &Ctx,
    text: &str,
    service: &str,
    key: &str,
) -> Result<Outcome, Failure> {
    let key = key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(ctx.err(DomainError::invalid("idempotency_key", "required")));
    }
    let me = ctx.me()?;
    // Whether the provider delivers the service is checked by the desk, which reads the
    // provider once per batch instead of once per request.
    let Some(provider) = me.provider_id else {
        return Err(ctx.err(DomainError::Conflict("provider-none")));
    };
    let claims = claims(state, ctx, text)?;
    let desk = crate::redemption_desk::desk(state);
    desk.submit(RedeemRequest {
        claims,
        service: service.to_string(),
        key: key.to_string(),
        user: me.user_id,
        actor: ctx.actor(),
        provider,
    })
    .await
    .map_err(|e| ctx.fail(e))?
    .map_err(|e| ctx.err(e))
}

/// What the desk reads once for all the redemptions of one transaction.
pub struct Batch {
    tree: Arc<JurisdictionTree>,
    catalogues: Arc<ServiceCatalogues>,
    providers: HashMap<ProviderId, Option<services::StoredProvider>>,
}

impl Batch {
    /// Call inside the transaction the batch is applied in, so what it holds is exact.
    pub fn new(state: &AppState, c: &mut DbConn) -> StoreResult<Self> {
        Ok(Self {
            tree: state.tree(),
            catalogues: state.service_catalogues(c)?,
            providers: HashMap::new(),
        })
    }

    fn provider(
        &mut self,
        c: &mut DbConn,
        id: ProviderId,
    ) -> StoreResult<Option<&services::StoredProvider>> {
        if let std::collections::hash_map::Entry::Vacant(e) = self.providers.entry(id) {
            e.insert(services::provider(c, id)?);
        }
        Ok(self.providers.get(&id).and_then(Option::as_ref))
    }
}

/// One redemption inside the desk's transaction: the provider, the card as it stands,
/// the service, the quota. Refusals are values (nothing written); only database errors
/// are errors.
pub fn redeem_in(
    batch: &mut Batch,
    c: &mut DbConn,
    r: &RedeemRequest,
    now: jiff::Timestamp,
) -> StoreResult<Result<Outcome, DomainError>> {
    let Some(provider) = batch.provider(c, r.provider)? else {
        return Ok(Err(DomainError::Conflict("provider-none")));
    };
    if !provider.services.contains(&r.service) {
        return Ok(Err(DomainError::Conflict("service-not-provided")));
    }
    let provider_names = (provider.name_en.clone(), provider.name_zh.clone());
    let card = match verified_card(c, &r.claims, now)? {
        Ok(card) => card,
        Err(e) => return Ok(Err(e)),
    };
    let Some((_, Some(catalogue))) = batch.catalogues.serving(&batch.tree, card.jurisdiction_id)
    else {
        return Ok(Err(DomainError::invalid("service", "unknown-value")));
    };
    let Some(service) = catalogue.service(&r.service) else {
        return Ok(Err(DomainError::invalid("service", "unknown-value")));
    };
    if !service.at_service_point {
        return Ok(Err(DomainError::Conflict("service-requested-not-redeemed")));
    }
    if !service.eligible(&card.tier_code) {
        return Ok(Err(DomainError::Conflict("service-not-eligible")));
    }
    let period = period_key(service, now);
    let quota = service.quota.map(|q| q.times);
    let done = redemptions::redeem(
        c,
        &redemptions::NewRedemption {
            card_id: card.id,
            generation: card.generation,
            service_code: &service.code,
            period_key: &period,
            quota,
            provider_id: Some(r.provider),
            provider_names: Some((&provider_names.0, &provider_names.1)),
            // The principal's username: only signed-in users reach the desk.
            username: &r.actor.name,
            user: r.user,
            idempotency_key: &r.key,
            at: now,
        },
    );
    let done = match done {
        Ok(d) => d,
        Err(rencai_store::StoreError::Domain(e)) => return Ok(Err(e)),
        Err(e) => return Err(e),
    };
    let (redemption, used, replayed) = match done {
        redemptions::Redeemed::New(redemption) => {
            audit::append(
                c,
                now,
                &r.actor,
                "card.redeem",
                ("card", Some(card.id.0)),
                Some(card.jurisdiction_id),
                serde_json::json!({"number": card.number, "service": service.code, "period": period, "use": redemption.seq, "provider": r.provider.0}),
            )?;
            // Serialised writes: this use is the period's latest.
            let used = redemption.seq;
            (redemption, used, false)
        }
        redemptions::Redeemed::Replayed(redemption) => {
            let used = redemptions::used(c, card.id, &service.code, &period)?;
            (redemption, used, true)
        }
        redemptions::Redeemed::Exhausted { .. } => {
            return Ok(Err(DomainError::Conflict("quota-exhausted")));
        }
    };
    Ok(Ok(Outcome {
        card: card.number,
        service: service.code.clone(),
        redemption,
        replayed,
        left: Entitlement::of(true, service.quota, used),
    }))
}
