//! Talent card pages: the holder's card with its QR code and entitlements, officers'
//! card list and actions, and the service point where provider staff scan and redeem.

use super::review_text::fixable;
use super::{Chrome, render};
use crate::access::Ctx;
use crate::card_service::{self as svc, CardAction, CardView, Checked, Line};
use crate::error::Failure;
use crate::i18n::Tr;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;
use rencai_domain::access::Permission;
use rencai_domain::ids::CardId;
use rencai_domain::services::Entitlement;
use rencai_store::cards::StoredCard;
use serde::Deserialize;

fn day(tr: &Tr, t: jiff::Timestamp) -> String {
    tr.date(svc::today(t))
}

/// One service line as shown.
pub struct Shown {
    pub code: String,
    pub area: String,
    pub name: String,
    pub how: String,
    pub entitlement: String,
    /// A service point may redeem it now.
    pub usable: bool,
    /// Its holder may request it now (fulfilled by a provider, quota left).
    pub requestable: bool,
}

/// A quota period as shown: the year or month it names, or, for a quota over the
/// card's whole validity, its translated name (not the stored key `lifetime`).
fn period(tr: &Tr, key: &str) -> String {
    if key == "lifetime" {
        tr.t("card-period-lifetime")
    } else {
        key.to_string()
    }
}

pub fn entitlement(tr: &Tr, e: Entitlement) -> String {
    match e {
        Entitlement::NotEligible => tr.t("card-ent-not_eligible"),
        Entitlement::Unlimited => tr.t("card-ent-unlimited"),
        Entitlement::Left { left, of } => tr.t_args(
            "card-ent-left",
            &[
                ("left", FluentValue::from(left)),
                ("of", FluentValue::from(of)),
            ],
        ),
        Entitlement::Exhausted { of } => {
            tr.t_args("card-ent-exhausted", &[("of", FluentValue::from(of))])
        }
    }
}

/// Service lines as shown to the holder, or (`staff`) to service point staff, who
/// read about "this card" rather than "your tier".
fn shown(tr: &Tr, view: &CardView, lines: &[Line], staff: bool) -> Vec<Shown> {
    lines
        .iter()
        .map(|l| Shown {
            code: l.service.code.clone(),
            area: view
                .catalogue
                .as_ref()
                .and_then(|c| c.area(&l.service.area))
                .map(|a| a.name.get(tr.lang).to_string())
                .unwrap_or_default(),
            name: l.service.name.get(tr.lang).to_string(),
            how: tr.t(if l.service.at_service_point {
                "card-at-point"
            } else {
                "card-by-request"
            }),
            entitlement: match l.entitlement {
                Entitlement::NotEligible if staff => tr.t("card-ent-not_eligible-point"),
                e => entitlement(tr, e),
            },
            // Requested-and-reviewed services are refused at a counter: no Redeem.
            usable: l.service.at_service_point && l.entitlement.can_redeem(),
            requestable: !l.service.at_service_point && l.entitlement.can_redeem(),
        })
        .collect()
}

pub struct Used {
    pub service: String,
    pub period: String,
    pub provider: String,
    pub at: String,
}

pub struct CardShown {
    pub id: i64,
    pub number: String,
    pub holder: String,
    pub tier: String,
    pub generation: u32,
    pub status: &'static str,
    pub status_text: String,
    pub reason: Option<String>,
    pub expires: String,
    pub token: Option<String>,
    pub qr_alt: String,
    pub services: Vec<Shown>,
    pub history: Vec<Used>,
}

fn card_shown(tr: &Tr, v: &CardView) -> CardShown {
    let name_of = |code: &str| {
        v.catalogue
            .as_ref()
            .and_then(|c| c.service(code))
            .map_or_else(|| code.to_string(), |s| s.name.get(tr.lang).to_string())
    };
    CardShown {
        id: v.card.id.0,
        number: v.card.number.clone(),
        holder: v.card.talent_name.clone(),
        tier: v.card.tier_code.clone(),
        generation: v.card.generation,
        status: v.standing,
        status_text: tr.t(&format!("card-status-{}", v.standing)),
        reason: v.card.status_reason.as_ref().map(|r| {
            tr.t_args(
                "card-status-reason",
                &[("reason", FluentValue::from(r.as_str()))],
            )
        }),
        expires: day(tr, v.card.expires_at),
        token: v.token.clone(),
        qr_alt: tr.t_args(
            "card-qr-alt",
            &[("number", FluentValue::from(v.card.number.as_str()))],
        ),
        services: shown(tr, v, &v.lines, false),
        history: v
            .history
            .iter()
            .map(|r| Used {
                service: name_of(&r.service_code),
                period: period(tr, &r.period_key),
                provider: tr
                    .name_of(
                        r.provider_zh.as_deref().unwrap_or_default(),
                        r.provider.as_deref().unwrap_or_default(),
                    )
                    .to_string(),
                at: tr.datetime(r.at),
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "card.html")]
struct CardPage {
    c: Chrome,
    card: Option<CardShown>,
    /// Officers who may act on it see the action forms.
    manage: bool,
    /// The holder's own card: services can be requested from it.
    own: bool,
    message: Option<String>,
}

/// The holder's own card.
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let view = svc::mine(&state, &ctx).await?;
    let page = CardPage {
        c: Chrome::new(&ctx, "card-title", "/card"),
        card: view.as_ref().map(|v| card_shown(&ctx.tr, v)),
        manage: false,
        own: true,
        message: None,
    };
    Ok(render(&page, StatusCode::OK))
}

/// The QR code of the holder's card (its signed token), as SVG.
pub async fn qr(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let token = svc::mine(&state, &ctx)
        .await?
        .and_then(|v| v.token)
        .ok_or_else(|| ctx.err(rencai_domain::DomainError::NotFound))?;
    let svg = rencai_certificate::qr_svg(&token).map_err(|e| {
        tracing::error!(error = %e, "QR code failed");
        Failure::Internal(ctx.tr.clone(), ctx.api)
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        svg,
    )
        .into_response())
}

/// The holder's card as a printable PDF.
pub async fn pdf(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let printed = crate::certificate_service::card_pdf(&state, &ctx).await?;
    // Numbers are ASCII by construction; anything else is dropped all the same.
    let number: String = printed
        .number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{number}.pdf\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        printed.pdf,
    )
        .into_response())
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: CardId,
    message: Option<(String, StatusCode)>,
) -> Result<Response, Failure> {
    let view = svc::card(state, ctx, id).await?;
    let manage = ctx.me()?.can(
        Permission::AccreditationManage,
        view.card.jurisdiction_id,
        &state.tree(),
    );
    let status = message.as_ref().map_or(StatusCode::OK, |m| m.1);
    let page = CardPage {
        c: Chrome::new(ctx, "card-title", "/cards"),
        card: Some(card_shown(&ctx.tr, &view)),
        manage,
        own: false,
        message: message.map(|m| m.0),
    };
    Ok(render(&page, status))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    show_page(&state, &ctx, CardId(id), None).await
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    pub reason: String,
}

async fn act(state: AppState, ctx: Ctx, id: i64, action: CardAction) -> Result<Response, Failure> {
    let id = CardId(id);
    match svc::act(&state, &ctx, id, action).await {
        Ok(_) => Ok(Redirect::to(&format!("/cards/{}", id.0)).into_response()),
        Err(e) => match fixable(&ctx.tr, &e) {
            Some(m) => show_page(&state, &ctx, id, Some(m)).await,
            None => Err(e),
        },
    }
}

pub async fn suspend(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<ActionForm>,
) -> Result<Response, Failure> {
    act(state, ctx, id, CardAction::Suspend { reason: f.reason }).await
}

pub async fn reinstate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    act(state, ctx, id, CardAction::Reinstate).await
}

pub async fn reissue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    act(state, ctx, id, CardAction::Reissue).await
}

pub struct Row {
    pub id: i64,
    pub number: String,
    pub holder: String,
    pub tier: String,
    pub status_text: String,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "cards_list.html")]
struct ListPage {
    c: Chrome,
    rows: Vec<Row>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let now = state.store.now();
    let tr = ctx.tr.clone();
    let rows = svc::list(&state, &ctx)
        .await?
        .iter()
        .map(|c: &StoredCard| Row {
            id: c.id.0,
            number: c.number.clone(),
            holder: c.talent_name.clone(),
            tier: c.tier_code.clone(),
            status_text: tr.t(&format!("card-status-{}", svc::standing(c, now))),
            expires: day(&tr, c.expires_at),
        })
        .collect();
    let page = ListPage {
        c: Chrome::new(&ctx, "cards-title", "/cards"),
        rows,
    };
    Ok(render(&page, StatusCode::OK))
}

pub struct PointCard {
    pub number: String,
    pub tier: String,
    pub holder_check: String,
    pub valid_text: String,
    pub compare_text: String,
    pub here: Vec<Shown>,
}

#[derive(Template)]
#[template(path = "service_point.html")]
struct PointPage {
    c: Chrome,
    provider: String,
    token: String,
    checked: Option<PointCard>,
    /// A fresh key per shown form: sending the same form twice redeems once.
    key: String,
    message: Option<String>,
    done: Option<String>,
}

fn fresh_key() -> String {
    let mut b = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut b);
    hex::encode(b)
}

fn point_card(tr: &Tr, c: &Checked) -> PointCard {
    PointCard {
        valid_text: tr.t_args(
            "point-valid",
            &[
                ("number", FluentValue::from(c.claims.card.as_str())),
                ("tier", FluentValue::from(c.claims.tier.as_str())),
            ],
        ),
        compare_text: tr.t_args(
            "point-compare",
            &[("holder", FluentValue::from(c.claims.holder_check.as_str()))],
        ),
        number: c.claims.card.clone(),
        tier: c.claims.tier.clone(),
        holder_check: c.claims.holder_check.clone(),
        here: shown(tr, &c.view, &c.here, true),
    }
}

async fn provider_name(state: &AppState, ctx: &Ctx) -> String {
    let Some(p) = ctx.principal.as_ref().and_then(|p| p.provider_id) else {
        return String::new();
    };
    let found = state
        .db(move |s| s.read(|c| rencai_store::services::provider(c, p)))
        .await
        .ok()
        .flatten();
    found.map_or_else(String::new, |p| {
        let name = ctx.tr.name_of(&p.name_zh, &p.name_en).to_string();
        ctx.tr
            .t_args("point-provider", &[("provider", FluentValue::from(name))])
    })
}

async fn point_page(
    state: &AppState,
    ctx: &Ctx,
    token: String,
    checked: Option<PointCard>,
    message: Option<(String, StatusCode)>,
    done: Option<String>,
) -> Result<Response, Failure> {
    let status = message.as_ref().map_or(StatusCode::OK, |m| m.1);
    let page = PointPage {
        c: Chrome::new(ctx, "point-title", "/service-point"),
        provider: provider_name(state, ctx).await,
        token,
        checked,
        key: fresh_key(),
        message: message.map(|m| m.0),
        done,
    };
    Ok(render(&page, status))
}

pub async fn point(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    point_page(&state, &ctx, String::new(), None, None, None).await
}

#[derive(Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    pub token: String,
}

pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CheckForm>,
) -> Result<Response, Failure> {
    match svc::check(&state, &ctx, &f.token).await {
        Ok(c) => {
            let shown = point_card(&ctx.tr, &c);
            point_page(
                &state,
                &ctx,
                f.token.trim().to_string(),
                Some(shown),
                None,
                None,
            )
            .await
        }
        Err(e) => match fixable(&ctx.tr, &e) {
            Some(m) => point_page(&state, &ctx, f.token, None, Some(m), None).await,
            None => Err(e),
        },
    }
}

#[derive(Deserialize)]
pub struct RedeemForm {
    pub token: String,
    pub service: String,
    pub key: String,
}

pub async fn redeem(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<RedeemForm>,
) -> Result<Response, Failure> {
    let outcome = svc::redeem(&state, &ctx, &f.token, &f.service, &f.key).await;
    let (message, done) = match outcome {
        Ok(o) => {
            let name = match svc::check(&state, &ctx, &f.token).await {
                Ok(c) => c
                    .view
                    .catalogue
                    .as_ref()
                    .and_then(|cat| cat.service(&o.service))
                    .map_or(o.service.clone(), |s| s.name.get(ctx.tr.lang).to_string()),
                Err(_) => o.service.clone(),
            };
            let key = if o.replayed {
                "point-replayed"
            } else {
                "point-redeemed"
            };
            let text = ctx.tr.t_args(
                key,
                &[
                    ("service", FluentValue::from(name)),
                    ("use", FluentValue::from(o.redemption.seq)),
                    (
                        "period",
                        FluentValue::from(period(&ctx.tr, &o.redemption.period_key)),
                    ),
                ],
            );
            (None, Some(text))
        }
        Err(e) => match fixable(&ctx.tr, &e) {
            Some(m) => (Some(m), None),
            None => return Err(e),
        },
    };
    // Show the card again as it stands now, so the next service can follow.
    let checked = svc::check(&state, &ctx, &f.token)
        .await
        .ok()
        .map(|c| point_card(&ctx.tr, &c));
    point_page(&state, &ctx, f.token, checked, message, done).await
}
