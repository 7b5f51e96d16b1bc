//! `/api/v1` for talent cards: the holder's card, officers' card actions, the trust list
//! for offline service points, and checking and redeeming at a service point.

use crate::access::Ctx;
use crate::card_service::{self as svc, CardAction, CardView, Checked, Line};
use crate::error::Failure;
use crate::redemption_desk::Outcome;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rencai_domain::DomainError;
use rencai_domain::ids::CardId;
use rencai_domain::services::Entitlement;
use rencai_store::cards::StoredCard;
use rencai_store::redemptions::StoredRedemption;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct CardSummary {
    pub id: i64,
    pub number: String,
    pub talent_id: i64,
    pub holder: String,
    pub tier: String,
    pub generation: u32,
    /// active, suspended, revoked or expired
    pub status: String,
    pub status_reason: Option<String>,
    pub issued_at: String,
    pub expires_at: String,
}

impl CardSummary {
    fn of(c: &StoredCard, now: jiff::Timestamp) -> Self {
        Self {
            id: c.id.0,
            number: c.number.clone(),
            talent_id: c.talent_id.0,
            holder: c.talent_name.clone(),
            tier: c.tier_code.clone(),
            generation: c.generation,
            status: svc::standing(c, now).into(),
            status_reason: c.status_reason.clone(),
            issued_at: c.issued_at.to_string(),
            expires_at: c.expires_at.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ServiceLine {
    pub code: String,
    pub area: String,
    /// In the caller's language.
    pub name: String,
    pub at_service_point: bool,
    /// not_eligible, unlimited, left (with `left` and `of`) or exhausted (with `of`)
    #[schema(value_type = Object)]
    pub entitlement: Entitlement,
}

impl ServiceLine {
    fn of(l: &Line, lang: &str) -> Self {
        Self {
            code: l.service.code.clone(),
            area: l.service.area.clone(),
            name: l.service.name.get(lang).to_string(),
            at_service_point: l.service.at_service_point,
            entitlement: l.entitlement,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RedemptionJson {
    pub id: i64,
    pub service: String,
    /// The period the use counts in: `2026`, `2026-12` or `lifetime`.
    pub period: String,
    /// The how-manieth use of the service in that period.
    #[serde(rename = "use")]
    pub seq: u32,
    pub provider: Option<String>,
    pub redeemed_by: String,
    pub at: String,
}

impl RedemptionJson {
    fn of(r: &StoredRedemption) -> Self {
        Self {
            id: r.id.0,
            service: r.service_code.clone(),
            period: r.period_key.clone(),
            seq: r.seq,
            provider: r.provider.clone(),
            redeemed_by: r.redeemed_by.clone(),
            at: r.at.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CardJson {
    #[serde(flatten)]
    pub card: CardSummary,
    /// The signed token the card's QR holds (`RC1:` + base45), while the card is active.
    pub token: Option<String>,
    pub services: Vec<ServiceLine>,
    pub history: Vec<RedemptionJson>,
}

impl CardJson {
    fn of(v: &CardView, lang: &str, now: jiff::Timestamp) -> Self {
        Self {
            card: CardSummary::of(&v.card, now),
            token: v.token.clone(),
            services: v.lines.iter().map(|l| ServiceLine::of(l, lang)).collect(),
            history: v.history.iter().map(RedemptionJson::of).collect(),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/cards/mine", tag = "cards",
    responses((status = 200, body = CardJson), (status = 404, description = "The account holds no card")))]
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<Json<CardJson>, Failure> {
    let v = svc::mine(&state, &ctx)
        .await?
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    Ok(Json(CardJson::of(&v, ctx.tr.lang, state.store.now())))
}

#[utoipa::path(get, path = "/api/v1/cards", tag = "cards",
    responses((status = 200, body = Vec<CardSummary>, description = "Cards in the officer's reach, newest first (at most 200)")))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<CardSummary>>, Failure> {
    let now = state.store.now();
    Ok(Json(
        svc::list(&state, &ctx)
            .await?
            .iter()
            .map(|c| CardSummary::of(c, now))
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/cards/{id}", tag = "cards",
    params(("id" = i64, Path)), responses((status = 200, body = CardJson), (status = 404)))]
pub async fn get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<CardJson>, Failure> {
    let v = svc::card(&state, &ctx, CardId(id)).await?;
    Ok(Json(CardJson::of(&v, ctx.tr.lang, state.store.now())))
}

#[derive(Deserialize, ToSchema)]
pub struct SuspendBody {
    pub reason: String,
}

async fn act(
    state: AppState,
    ctx: Ctx,
    id: i64,
    action: CardAction,
) -> Result<Json<CardJson>, Failure> {
    let v = svc::act(&state, &ctx, CardId(id), action).await?;
    Ok(Json(CardJson::of(&v, ctx.tr.lang, state.store.now())))
}

#[utoipa::path(post, path = "/api/v1/cards/{id}/suspend", tag = "cards",
    params(("id" = i64, Path)), request_body = SuspendBody,
    responses((status = 200, body = CardJson), (status = 409, description = "`card-not-active`")))]
pub async fn suspend(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Json(b): Json<SuspendBody>,
) -> Result<Json<CardJson>, Failure> {
    act(state, ctx, id, CardAction::Suspend { reason: b.reason }).await
}

#[utoipa::path(post, path = "/api/v1/cards/{id}/reinstate", tag = "cards",
    params(("id" = i64, Path)),
    responses((status = 200, body = CardJson), (status = 409, description = "`card-not-suspended`")))]
pub async fn reinstate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<CardJson>, Failure> {
    act(state, ctx, id, CardAction::Reinstate).await
}

#[utoipa::path(post, path = "/api/v1/cards/{id}/reissue", tag = "cards",
    params(("id" = i64, Path)),
    responses((status = 200, body = CardJson, description = "A new generation: tokens of earlier ones are refused from now on")))]
pub async fn reissue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<CardJson>, Failure> {
    act(state, ctx, id, CardAction::Reissue).await
}

#[utoipa::path(get, path = "/api/v1/cards/trust-list", tag = "cards", security(()),
    responses((status = 200, content_type = "application/json", body = Object,
        description = "Public keys (hex kid, base64url key, not_after) and revoked cards, for offline verification: `rencai card verify --trust`")))]
pub async fn trust_list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let list = svc::trust_list(&state).await.map_err(|e| ctx.fail(e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        list.to_json(),
    )
        .into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct CheckBody {
    /// The scanned token (`RC1:…`).
    pub token: String,
}

#[derive(Serialize, ToSchema)]
pub struct CheckedJson {
    pub number: String,
    pub tier: String,
    /// Compare with the holder's identity document.
    pub holder_check: String,
    pub expires_at: String,
    /// The services this provider delivers, with what the card has left.
    pub services: Vec<ServiceLine>,
}

impl CheckedJson {
    fn of(c: &Checked, lang: &str) -> Self {
        Self {
            number: c.claims.card.clone(),
            tier: c.claims.tier.clone(),
            holder_check: c.claims.holder_check.clone(),
            expires_at: c.view.card.expires_at.to_string(),
            services: c.here.iter().map(|l| ServiceLine::of(l, lang)).collect(),
        }
    }
}

#[utoipa::path(post, path = "/api/v1/cards/check", tag = "cards", request_body = CheckBody,
    responses(
        (status = 200, body = CheckedJson),
        (status = 409, description = "The token is refused: `token-malformed`, `token-tampered`, `token-unknown-key`, `token-key-retired`, `token-expired`, `token-not-yet-valid`, `token-revoked`, `token-superseded`, `card-suspended`; or `provider-none`"),
    ))]
pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<CheckBody>,
) -> Result<Json<CheckedJson>, Failure> {
    let c = svc::check(&state, &ctx, &b.token).await?;
    Ok(Json(CheckedJson::of(&c, ctx.tr.lang)))
}

#[derive(Deserialize, ToSchema)]
pub struct RedeemBody {
    pub token: String,
    pub service: String,
    /// Unique per attempt; a retry sends the same key. The `Idempotency-Key` header
    /// may carry it instead.
    #[serde(default)]
    pub idempotency_key: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RedeemedJson {
    pub card: String,
    pub service: String,
    /// True when this key was used before: the earlier redemption, nothing new.
    pub replayed: bool,
    pub redemption: RedemptionJson,
    #[schema(value_type = Object)]
    pub left: Entitlement,
}

impl RedeemedJson {
    fn of(o: &Outcome) -> Self {
        Self {
            card: o.card.clone(),
            service: o.service.clone(),
            replayed: o.replayed,
            redemption: RedemptionJson::of(&o.redemption),
            left: o.left,
        }
    }
}

#[utoipa::path(post, path = "/api/v1/redemptions", tag = "cards", request_body = RedeemBody,
    params(("Idempotency-Key" = Option<String>, Header)),
    responses(
        (status = 201, body = RedeemedJson, description = "Redeemed"),
        (status = 200, body = RedeemedJson, description = "A retry: the same redemption as before, nothing redeemed"),
        (status = 409, description = "`quota-exhausted`, `service-not-eligible`, `service-not-provided`, `idempotency-key-reused`, or a refused token (see /cards/check)"),
    ))]
pub async fn redeem(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Json(b): Json<RedeemBody>,
) -> Result<(StatusCode, Json<RedeemedJson>), Failure> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or(b.idempotency_key)
        .unwrap_or_default();
    let o = svc::redeem(&state, &ctx, &b.token, &b.service, &key).await?;
    let status = if o.replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(RedeemedJson::of(&o))))
}
