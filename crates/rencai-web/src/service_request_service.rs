//! Service requests, shared by the API and the pages: a cardholder asks a provider for a
//! service that is fulfilled rather than scanned (a school place, a housing subsidy),
//! the provider's staff accept, ask for more, fulfil or refuse through the review engine
//! (`review_service`), the holder rates it, and the bureau sees what is late.
//!
//! A request is an application of kind `service-request`; documents, actions and the
//! trail are the review engine's. Fulfilment uses up one of the card's quota in the
//! same transaction as the approval, so a fulfilled request shows in the card history.

use crate::access::Ctx;
use crate::accreditation_service::json;
use crate::card_service::{self, catalogue_for, period_key};
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal};
use rencai_domain::ids::{ApplicationId, ProviderId};
use rencai_domain::paging::{Page, PageRequest};
use rencai_domain::review;
use rencai_domain::services::{Entitlement, KIND_SERVICE_REQUEST, Rating, Service, request_flow};
use rencai_store::applications::{self, ApplicationFilter, NewApplication, StoredApplication};
use rencai_store::cards::{self, StoredCard};
use rencai_store::redemptions::{self, NewRedemption, Redeemed};
use rencai_store::service_requests::{self, LateLine, StoredServiceRequest};
use rencai_store::services::{self, StoredProvider};
use rencai_store::{Actor, DbConn, StoreResult, audit};

/// What a holder fills in to request a service.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct NewRequest {
    /// The service's code, e.g. `school-place`.
    pub service: String,
    /// The provider's code, e.g. `harbin-no1-middle-school`.
    pub provider: String,
    /// What the holder asks for, in their words.
    #[serde(default)]
    pub statement: String,
}

/// Where a holder may ask for one service: the card, the service and its providers.
pub struct Requestable {
    pub card: StoredCard,
    pub service: Service,
    pub entitlement: Entitlement,
    pub providers: Vec<StoredProvider>,
}

/// The holder's card, or a refusal that says why there is none to use.
fn usable_card(c: &mut DbConn, me: &Principal, now: jiff::Timestamp) -> StoreResult<StoredCard> {
    let Some(talent) = me.talent_id else {
        return Err(DomainError::Conflict("card-none").into());
    };
    let card = cards::of_talent(c, talent)?.ok_or(DomainError::Conflict("card-none"))?;
    card_service::usable(&card, now)?;
    Ok(card)
}

/// The service on the holder's card that can be requested, with what is left of it
/// and the providers of the card's province that deliver it.
fn requestable_in(
    state: &AppState,
    c: &mut DbConn,
    me: &Principal,
    code: &str,
    now: jiff::Timestamp,
) -> StoreResult<Requestable> {
    let card = usable_card(c, me, now)?;
    let unknown = || DomainError::invalid("service", "unknown-value");
    let catalogue = catalogue_for(state, c, card.jurisdiction_id)?.ok_or_else(unknown)?;
    let service = catalogue.service(code).ok_or_else(unknown)?.clone();
    if service.at_service_point {
        return Err(DomainError::Conflict("service-redeemed-at-point").into());
    }
    if !service.eligible(&card.tier_code) {
        return Err(DomainError::Conflict("service-not-eligible").into());
    }
    let period = period_key(&service, now);
    let used = redemptions::used(c, card.id, &service.code, &period)?;
    let entitlement = Entitlement::of(true, service.quota, used);
    if !entitlement.can_redeem() {
        return Err(DomainError::Conflict("quota-exhausted").into());
    }
    let tree = state.tree();
    let province = tree
        .ancestry(card.jurisdiction_id)
        .first()
        .map_or(card.jurisdiction_id, |j| j.id);
    let providers = services::providers_in(c, &tree.subtree(province))?
        .into_iter()
        .filter(|p| p.services.contains(&service.code))
        .collect();
    Ok(Requestable {
        card,
        service,
        entitlement,
        providers,
    })
}

/// What the request form offers for one service.
pub async fn requestable(state: &AppState, ctx: &Ctx, code: &str) -> Result<Requestable, Failure> {
    let me = ctx.me()?.clone();
    let st = state.clone();
    let code = code.to_string();
    state
        .db(move |s| {
            let now = s.now();
            s.read(|c| requestable_in(&st, c, &me, &code, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Starts a draft request; the holder then adds documents and submits it.
pub async fn create(state: &AppState, ctx: &Ctx, r: NewRequest) -> Result<ApplicationId, Failure> {
    let statement = r.statement.trim().to_string();
    if statement.chars().count() > 4000 {
        return Err(ctx.err(DomainError::invalid("statement", "too-long")));
    }
    if r.provider.trim().is_empty() {
        return Err(ctx.err(DomainError::invalid("provider", "required")));
    }
    let me = ctx.me()?.clone();
    let actor = ctx.actor();
    let st = state.clone();
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let found = requestable_in(&st, c, &me, r.service.trim(), now)?;
                let provider = found
                    .providers
                    .iter()
                    .find(|p| p.code == r.provider.trim())
                    .ok_or(DomainError::invalid("provider", "unknown-value"))?;
                let card = &found.card;
                let open = service_requests::has_open(c, card.id, &found.service.code)?;
                if open {
                    return Err(DomainError::Conflict("request-open").into());
                }
                let id = applications::create(
                    c,
                    &NewApplication {
                        kind: KIND_SERVICE_REQUEST,
                        talent_id: card.talent_id,
                        jurisdiction_id: card.jurisdiction_id,
                        created_by: me.user_id,
                        catalogue_id: None,
                        tier_code: &card.tier_code,
                        criterion_code: &found.service.code,
                        statement: &statement,
                        flow: &json(&request_flow(&found.service)),
                        state: &json(&review::Application::new()),
                    },
                    now,
                )?;
                service_requests::create(c, id, card.id, &found.service.code, provider.id)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "service-request.create",
                    ("application", Some(id.0)),
                    Some(card.jurisdiction_id),
                    serde_json::json!({"card": card.number, "service": found.service.code, "provider": provider.id.0}),
                )?;
                Ok(id)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Called by `review_service::act` inside the approving transaction: the fulfilled
/// request uses one of the card's quota, recorded like a redemption (its key is the
/// request, so it can never count twice). Racing a service-point redemption of the same
/// last use, the unique use number lets only one of them commit.
pub(crate) fn fulfil(
    state: &AppState,
    c: &mut DbConn,
    app: &StoredApplication,
    r: &StoredServiceRequest,
    me: &Principal,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let card = cards::get(c, r.card_id)?;
    // A card suspended or revoked since the request was made is not served.
    card_service::usable(&card, now)?;
    let catalogue = catalogue_for(state, c, card.jurisdiction_id)?;
    let Some(service) = catalogue
        .as_ref()
        .and_then(|cat| cat.service(&r.service_code))
    else {
        return Err(DomainError::invalid("service", "unknown-value").into());
    };
    let period = period_key(service, now);
    let key = format!("service-request-{}", app.id.0);
    let done = redemptions::redeem(
        c,
        &NewRedemption {
            card_id: card.id,
            generation: card.generation,
            service_code: &service.code,
            period_key: &period,
            quota: service.quota.map(|q| q.times),
            provider_id: Some(r.provider_id),
            provider_names: Some((&r.provider_en, &r.provider_zh)),
            username: &me.username,
            user: me.user_id,
            idempotency_key: &key,
            at: now,
        },
    )?;
    let use_no = match done {
        Redeemed::New(x) | Redeemed::Replayed(x) => x.seq,
        Redeemed::Exhausted { .. } => return Err(DomainError::Conflict("quota-exhausted").into()),
    };
    audit::append(
        c,
        now,
        actor,
        "service-request.fulfil",
        ("application", Some(app.id.0)),
        Some(app.jurisdiction_id),
        serde_json::json!({"card": card.number, "service": service.code, "period": period, "use": use_no, "provider": r.provider_id.0}),
    )?;
    Ok(())
}

/// The holder rates a fulfilled request, once.
pub async fn rate(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    stars: i64,
    note: &str,
) -> Result<(), Failure> {
    let rating = Rating::new(stars, note).map_err(|e| ctx.err(e))?;
    let d = crate::review_service::dossier(state, ctx, id).await?;
    if d.request.is_none() {
        return Err(ctx.err(DomainError::NotFound));
    }
    if !d.part.applicant {
        return Err(ctx.err(DomainError::Forbidden));
    }
    if d.review.status != review::Status::Approved {
        return Err(ctx.err(DomainError::Conflict("request-not-fulfilled")));
    }
    let actor = ctx.actor();
    let jurisdiction = d.app.jurisdiction_id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                service_requests::rate(c, id, rating.stars, &rating.note, now)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "service-request.rate",
                    ("application", Some(id.0)),
                    Some(jurisdiction),
                    serde_json::json!({"rating": rating.stars}),
                )?;
                Ok(())
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Which requests a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestView {
    /// Those the caller made as a cardholder.
    Mine,
    /// Those made to the caller's provider.
    Provider,
    /// Those of cardholders in the caller's reach as an officer.
    Review,
}

impl RequestView {
    pub fn code(self) -> &'static str {
        match self {
            RequestView::Mine => "mine",
            RequestView::Provider => "provider",
            RequestView::Review => "review",
        }
    }

    pub fn default_for(p: &Principal) -> Self {
        if p.provider_id.is_some() && p.has(Permission::CardRedeem) {
            RequestView::Provider
        } else if p.has(Permission::AccreditationReview) {
            RequestView::Review
        } else {
            RequestView::Mine
        }
    }
}

/// One listed request: the application and what the request adds.
pub struct Listed {
    pub app: StoredApplication,
    pub request: Option<StoredServiceRequest>,
}

pub async fn list(
    state: &AppState,
    ctx: &Ctx,
    view: Option<RequestView>,
    status: Option<String>,
    page: PageRequest,
) -> Result<(RequestView, Page<Listed>), Failure> {
    let me = ctx.me()?.clone();
    let view = view.unwrap_or_else(|| RequestView::default_for(&me));
    let mut f = ApplicationFilter {
        status: status.filter(|s| !s.is_empty()),
        kind: Some(KIND_SERVICE_REQUEST.into()),
        ..ApplicationFilter::default()
    };
    match view {
        RequestView::Mine => f.own = Some((me.talent_id, me.user_id)),
        RequestView::Provider => match me.provider_id {
            Some(p) if me.has(Permission::CardRedeem) => f.provider = Some(p),
            _ => return Err(ctx.err(DomainError::Conflict("provider-none"))),
        },
        RequestView::Review => {
            f.jurisdictions = Some(me.reach(Permission::AccreditationReview, &state.tree()));
        }
    }
    let page = state
        .db(move |s| {
            s.read(|c| {
                let apps = applications::list(c, &f, page)?;
                let ids: Vec<ApplicationId> = apps.items.iter().map(|a| a.id).collect();
                let mut requests = service_requests::of(c, &ids)?;
                Ok(Page {
                    items: apps
                        .items
                        .into_iter()
                        .map(|app| {
                            let request = requests
                                .iter()
                                .position(|r| r.application_id == app.id)
                                .map(|i| requests.swap_remove(i));
                            Listed { app, request }
                        })
                        .collect(),
                    page: apps.page,
                    per_page: apps.per_page,
                    total: apps.total,
                    total_capped: apps.total_capped,
                })
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok((view, page))
}

/// Late requests of cardholders in the officer's reach, by provider and service.
pub async fn late(state: &AppState, ctx: &Ctx) -> Result<Vec<LateLine>, Failure> {
    let reach = ctx
        .me()?
        .reach(Permission::AccreditationReview, &state.tree());
    state
        .db(move |s| {
            let now = s.now();
            s.read(|c| service_requests::late_report(c, &reach, now))
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// The provider a staff member works at, by id (for page headings).
pub async fn provider(
    state: &AppState,
    ctx: &Ctx,
    id: ProviderId,
) -> Result<Option<StoredProvider>, Failure> {
    state
        .db(move |s| s.read(|c| services::provider(c, id)))
        .await
        .map_err(|e| ctx.fail(e))
}

/// The service catalogue in force for a jurisdiction, for showing services by name.
pub async fn catalogue(
    state: &AppState,
    ctx: &Ctx,
    j: rencai_domain::ids::JurisdictionId,
) -> Result<Option<std::sync::Arc<rencai_domain::services::ServiceCatalogue>>, Failure> {
    let st = state.clone();
    state
        .db(move |s| s.read(|c| catalogue_for(&st, c, j)))
        .await
        .map_err(|e| ctx.fail(e))
}

/// Tells the holder by mail when the provider answers (asks for more, fulfils,
/// refuses), in the holder's language; written in the answering transaction through
/// the outbox, once per answer.
#[allow(clippy::too_many_arguments)]
pub(crate) fn notify_holder(
    state: &AppState,
    c: &mut DbConn,
    app: &StoredApplication,
    r: &StoredServiceRequest,
    to: review::Status,
    version: u64,
    note: &str,
    fallback_lang: &str,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let message = match to {
        review::Status::InfoRequested { .. } => "mail-request-info",
        review::Status::Approved => "mail-request-fulfilled",
        review::Status::Rejected { .. } => "mail-request-refused",
        _ => return Ok(()),
    };
    let talent = rencai_store::talents::get(c, app.talent_id)?;
    let Some(email) = talent.email.filter(|e| !e.is_empty()) else {
        return Ok(());
    };
    let lang = rencai_store::accounts::user(c, app.created_by)?
        .locale
        .unwrap_or_else(|| fallback_lang.to_string());
    let tr = crate::i18n::Tr::new(&lang);
    let service = catalogue_for(state, c, app.jurisdiction_id)?
        .and_then(|cat| {
            cat.service(&r.service_code)
                .map(|s| s.name.get(tr.lang).to_string())
        })
        .unwrap_or_else(|| r.service_code.clone());
    let provider = tr.name_of(&r.provider_zh, &r.provider_en).to_string();
    let args = [
        (
            "name",
            fluent_templates::fluent_bundle::FluentValue::from(talent.name.as_str()),
        ),
        ("service", service.as_str().into()),
        ("provider", provider.as_str().into()),
        ("note", note.into()),
    ];
    rencai_store::outbox::enqueue(
        c,
        &format!("service-request-{}-{version}", app.id.0),
        &email,
        &tr.t_args(&format!("{message}-subject"), &args),
        &tr.t_args(&format!("{message}-body"), &args),
        now,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_request_mail_is_written_in_every_language() {
        for (lang, _) in crate::i18n::LANGUAGES {
            let tr = crate::i18n::Tr::new(lang);
            for mail in [
                "mail-request-info",
                "mail-request-fulfilled",
                "mail-request-refused",
            ] {
                for part in ["subject", "body"] {
                    let key = format!("{mail}-{part}");
                    let args = ["name", "service", "provider", "note"]
                        .map(|a| (a, fluent_templates::fluent_bundle::FluentValue::from("x")));
                    assert_ne!(tr.t_args(&key, &args), key, "{lang}");
                }
            }
        }
    }
}
