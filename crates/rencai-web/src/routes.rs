//! Every route with its access policy, in one table. A route can only be added together
//! with a policy, and the authorization-matrix test walks this same table.

use crate::access::{Policy, enforce};
use crate::state::AppState;
use crate::{api, pages, system};
use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodFilter, on};
use rencai_domain::access::Permission::*;

#[derive(Debug, Clone)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub policy: Policy,
}

pub struct Routes {
    router: Router<AppState>,
    specs: Vec<RouteSpec>,
    state: AppState,
}

impl Routes {
    fn new(state: AppState) -> Self {
        Self {
            router: Router::new(),
            specs: Vec::new(),
            state,
        }
    }

    fn add<H, T>(mut self, method: Method, path: &'static str, policy: Policy, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = MethodFilter::try_from(method.clone()).unwrap_or(MethodFilter::GET);
        let layer = axum::middleware::from_fn_with_state((self.state.clone(), policy), enforce);
        self.router = self
            .router
            .route(path, on(filter, handler).route_layer(layer));
        self.specs.push(RouteSpec {
            method,
            path,
            policy,
        });
        self
    }
}

/// The whole application: its router and the table of its routes.
pub fn build(state: AppState) -> (Router<AppState>, Vec<RouteSpec>) {
    use Method as M;
    use Policy::{Authenticated, Permission as P, Public};
    let r = Routes::new(state)
        // System
        .add(M::GET, "/healthz", Public, system::healthz)
        .add(M::GET, "/readyz", Public, system::readyz)
        .add(M::GET, "/metrics", Public, system::metrics)
        .add(M::GET, "/static/{file}", Public, system::asset)
        // API
        .add(
            M::GET,
            "/api/v1/openapi.json",
            Public,
            api::openapi::document,
        )
        .add(M::GET, "/api/v1/me", Authenticated, api::accounts::me)
        .add(
            M::GET,
            "/api/v1/jurisdictions",
            P(JurisdictionRead),
            api::accounts::jurisdictions,
        )
        .add(M::GET, "/api/v1/users", P(UserManage), api::accounts::list)
        .add(
            M::POST,
            "/api/v1/users",
            P(UserManage),
            api::accounts::create,
        )
        .add(M::GET, "/api/v1/talents", P(TalentRead), api::talents::list)
        .add(
            M::POST,
            "/api/v1/talents",
            P(TalentWrite),
            api::talents::create,
        )
        .add(
            M::GET,
            "/api/v1/talents/export",
            P(TalentExport),
            api::talents::export,
        )
        .add(
            M::GET,
            "/api/v1/talents/{id}",
            P(TalentRead),
            api::talents::get,
        )
        .add(
            M::PUT,
            "/api/v1/talents/{id}",
            P(TalentWrite),
            api::talents::update,
        )
        .add(
            M::POST,
            "/api/v1/talents/{id}/reveal-identity",
            P(TalentRevealIdentity),
            api::talents::reveal,
        )
        .add(
            M::GET,
            "/api/v1/talents/{id}/personal-data",
            P(TalentExport),
            api::talents::personal_data,
        )
        .add(
            M::POST,
            "/api/v1/talents/{id}/erase",
            P(TalentErase),
            api::talents::erase,
        )
        .add(
            M::POST,
            "/api/v1/imports",
            P(TalentImport),
            api::imports::upload,
        )
        .add(
            M::POST,
            "/api/v1/imports/{id}/commit",
            P(TalentImport),
            api::imports::commit,
        )
        .add(M::GET, "/api/v1/audit", P(AuditRead), api::audit::list)
        // Pages
        .add(M::GET, "/", Public, pages::home)
        .add(M::GET, "/login", Public, pages::login::form)
        .add(M::POST, "/login", Public, pages::login::submit)
        .add(M::POST, "/logout", Authenticated, pages::login::logout)
        .add(
            M::POST,
            "/logout-everywhere",
            Authenticated,
            pages::login::logout_everywhere,
        )
        .add(M::POST, "/language", Public, pages::language)
        .add(M::GET, "/talents", P(TalentRead), pages::talents::list)
        .add(
            M::GET,
            "/talents/new",
            P(TalentWrite),
            pages::talents::new_form,
        )
        .add(M::POST, "/talents", P(TalentWrite), pages::talents::create)
        .add(
            M::GET,
            "/talents/export",
            P(TalentExport),
            pages::talents::export,
        )
        .add(M::GET, "/talents/{id}", P(TalentRead), pages::talents::show)
        .add(
            M::GET,
            "/talents/{id}/edit",
            P(TalentWrite),
            pages::talents::edit_form,
        )
        .add(
            M::POST,
            "/talents/{id}",
            P(TalentWrite),
            pages::talents::update,
        )
        .add(
            M::POST,
            "/talents/{id}/reveal",
            P(TalentRevealIdentity),
            pages::talents::reveal,
        )
        .add(
            M::GET,
            "/talents/{id}/personal-data",
            P(TalentExport),
            pages::talents::personal_data,
        )
        .add(
            M::POST,
            "/talents/{id}/erase",
            P(TalentErase),
            pages::talents::erase,
        )
        .add(
            M::GET,
            "/imports/new",
            P(TalentImport),
            pages::imports::form,
        )
        .add(M::POST, "/imports", P(TalentImport), pages::imports::upload)
        .add(
            M::POST,
            "/imports/{id}/commit",
            P(TalentImport),
            pages::imports::commit,
        )
        .add(M::GET, "/users", P(UserManage), pages::users::list)
        .add(M::POST, "/users", P(UserManage), pages::users::create)
        .add(M::GET, "/audit", P(AuditRead), pages::audit::list)
        // Tier catalogues and their editor
        .add(M::GET, "/api/v1/catalogues/{jurisdiction}", P(CatalogueManage), api::catalogues::get)
        .add(M::GET, "/api/v1/catalogues/{jurisdiction}/versions/{version}", P(CatalogueManage), api::catalogues::version)
        .add(M::PUT, "/api/v1/catalogues/{jurisdiction}/draft", P(CatalogueManage), api::catalogues::save)
        .add(M::DELETE, "/api/v1/catalogues/{jurisdiction}/draft", P(CatalogueManage), api::catalogues::discard)
        .add(M::POST, "/api/v1/catalogues/{jurisdiction}/publish", P(CatalogueManage), api::catalogues::publish)
        .add(M::POST, "/api/v1/catalogues/{jurisdiction}/check", P(CatalogueManage), api::catalogues::check)
        .add(M::GET, "/catalogues", P(CatalogueManage), pages::catalogues::list)
        .add(M::GET, "/catalogues/{jurisdiction}", P(CatalogueManage), pages::catalogues::show)
        .add(M::GET, "/catalogues/{jurisdiction}/edit", P(CatalogueManage), pages::catalogues::edit_form)
        .add(M::POST, "/catalogues/{jurisdiction}/edit", P(CatalogueManage), pages::catalogues::edit)
        .add(M::POST, "/catalogues/{jurisdiction}/publish", P(CatalogueManage), pages::catalogues::publish)
        .add(M::POST, "/catalogues/{jurisdiction}/discard", P(CatalogueManage), pages::catalogues::discard)
        // (end of catalogues)
        // Accreditation: eligibility, applications, review, certificates
        .add(M::GET, "/api/v1/talents/{id}/eligibility", P(AccreditationApply), api::accreditation::eligibility)
        .add(M::GET, "/api/v1/talents/{id}/accreditations", P(AccreditationApply), api::accreditation::of_talent)
        .add(M::POST, "/api/v1/applications", P(AccreditationApply), api::accreditation::create)
        // Applicants, officers and experts each see their own part; the use case decides.
        .add(M::GET, "/api/v1/applications", Authenticated, api::accreditation::list)
        .add(M::GET, "/api/v1/applications/{id}", Authenticated, api::accreditation::get)
        .add(M::POST, "/api/v1/applications/{id}/evidence", P(AccreditationApply), api::accreditation::attach)
        .add(M::GET, "/api/v1/applications/{id}/evidence/{evidence}", Authenticated, api::accreditation::evidence_file)
        .add(M::DELETE, "/api/v1/applications/{id}/evidence/{evidence}", P(AccreditationApply), api::accreditation::detach)
        .add(M::POST, "/api/v1/applications/{id}/actions", Authenticated, api::accreditation::act)
        .add(M::POST, "/api/v1/applications/{id}/panel", P(AccreditationReview), api::accreditation::assign)
        .add(M::GET, "/api/v1/accreditations/{id}", Authenticated, api::accreditation::accreditation)
        .add(M::POST, "/api/v1/accreditations/{id}/revoke", P(AccreditationManage), api::accreditation::revoke)
        .add(M::POST, "/api/v1/accreditations/{id}/renew", P(AccreditationApply), api::accreditation::renew)
        .add(M::GET, "/api/v1/verify/{number}", Public, api::accreditation::verify)
        .add(M::POST, "/api/v1/reevaluations", P(AccreditationManage), api::reevaluation::run)
        .add(M::GET, "/reevaluations", P(AccreditationManage), pages::reevaluation::form)
        .add(M::POST, "/reevaluations", P(AccreditationManage), pages::reevaluation::run)
        // Accreditation pages
        .add(M::GET, "/accreditation", P(AccreditationApply), pages::accreditation::overview)
        .add(M::GET, "/talents/{id}/eligibility", P(AccreditationApply), pages::accreditation::eligibility)
        .add(M::GET, "/accreditations/{id}", Authenticated, pages::accreditation::show)
        .add(M::POST, "/accreditations/{id}/revoke", P(AccreditationManage), pages::accreditation::revoke)
        .add(M::POST, "/accreditations/{id}/renew", P(AccreditationApply), pages::accreditation::renew)
        .add(M::GET, "/applications", Authenticated, pages::applications::list)
        .add(M::POST, "/applications", P(AccreditationApply), pages::applications::create)
        .add(M::GET, "/applications/{id}", Authenticated, pages::applications::show)
        .add(M::POST, "/applications/{id}/evidence", P(AccreditationApply), pages::applications::upload)
        .add(M::POST, "/applications/{id}/evidence/{evidence}/remove", P(AccreditationApply), pages::applications::remove_evidence)
        .add(M::POST, "/applications/{id}/act", Authenticated, pages::applications::act)
        .add(M::POST, "/applications/{id}/panel", P(AccreditationReview), pages::applications::assign)
        .add(M::GET, "/api/v1/accreditations/{id}/certificate.pdf", Authenticated, api::certificates::certificate)
        .add(M::GET, "/verify/{number}", Public, pages::verify::page)
        .add(M::GET, "/verify/{number}/qr.svg", Public, pages::verify::qr)
        // (end of accreditation)
        // What-if runs of a draft catalogue
        .add(M::POST, "/api/v1/catalogues/{jurisdiction}/what-if", P(CatalogueManage), api::whatif::start)
        .add(M::GET, "/api/v1/what-if/{id}", P(CatalogueManage), api::whatif::get)
        .add(M::GET, "/api/v1/what-if/{id}/changes", P(CatalogueManage), api::whatif::changes)
        .add(M::GET, "/api/v1/what-if/{id}/export", P(CatalogueManage), api::whatif::export)
        .add(M::POST, "/catalogues/{jurisdiction}/what-if", P(CatalogueManage), pages::whatif::start)
        .add(M::GET, "/catalogues/{jurisdiction}/what-if/{id}", P(CatalogueManage), pages::whatif::show)
        .add(M::GET, "/catalogues/{jurisdiction}/what-if/{id}/export", P(CatalogueManage), pages::whatif::export)
        // (end of what-if)
        // Talent cards: the holder's card, officers' actions, service points
        .add(M::GET, "/api/v1/cards/mine", Authenticated, api::cards::mine)
        .add(M::GET, "/api/v1/cards", P(AccreditationReview), api::cards::list)
        .add(M::GET, "/api/v1/cards/trust-list", Public, api::cards::trust_list)
        .add(M::POST, "/api/v1/cards/check", P(CardRedeem), api::cards::check)
        // Holders see their own card, officers the cards of their reach; the use case decides.
        .add(M::GET, "/api/v1/cards/{id}", Authenticated, api::cards::get)
        .add(M::POST, "/api/v1/cards/{id}/suspend", P(AccreditationManage), api::cards::suspend)
        .add(M::POST, "/api/v1/cards/{id}/reinstate", P(AccreditationManage), api::cards::reinstate)
        .add(M::POST, "/api/v1/cards/{id}/reissue", P(AccreditationManage), api::cards::reissue)
        .add(M::POST, "/api/v1/redemptions", P(CardRedeem), api::cards::redeem)
        // Service requests: holders make and rate them, providers and officers list them;
        // the use case decides whose. Actions and documents are the application's.
        .add(M::POST, "/api/v1/service-requests", Authenticated, api::service_requests::create)
        .add(M::GET, "/api/v1/service-requests", Authenticated, api::service_requests::list)
        .add(M::GET, "/api/v1/service-requests/late", P(AccreditationReview), api::service_requests::late)
        .add(M::POST, "/api/v1/service-requests/{id}/rating", Authenticated, api::service_requests::rate)
        .add(M::GET, "/card", Authenticated, pages::cards::mine)
        .add(M::GET, "/card/qr.svg", Authenticated, pages::cards::qr)
        .add(M::GET, "/card/card.pdf", Authenticated, pages::cards::pdf)
        .add(M::GET, "/cards", P(AccreditationReview), pages::cards::list)
        .add(M::GET, "/cards/{id}", Authenticated, pages::cards::show)
        .add(M::POST, "/cards/{id}/suspend", P(AccreditationManage), pages::cards::suspend)
        .add(M::POST, "/cards/{id}/reinstate", P(AccreditationManage), pages::cards::reinstate)
        .add(M::POST, "/cards/{id}/reissue", P(AccreditationManage), pages::cards::reissue)
        .add(M::GET, "/requests", Authenticated, pages::requests::list)
        .add(M::GET, "/requests/new", Authenticated, pages::requests::new_form)
        .add(M::POST, "/requests", Authenticated, pages::requests::create)
        .add(M::GET, "/requests/late", P(AccreditationReview), pages::requests::late)
        .add(M::POST, "/requests/{id}/rate", Authenticated, pages::requests::rate)
        .add(M::GET, "/service-point", P(CardRedeem), pages::cards::point)
        .add(M::POST, "/service-point/check", P(CardRedeem), pages::cards::check)
        .add(M::POST, "/service-point/redeem", P(CardRedeem), pages::cards::redeem)
        // The service catalogue: readable by anyone signed in, saved by catalogue managers.
        .add(M::GET, "/api/v1/services/{jurisdiction}", Authenticated, api::services::get)
        .add(M::PUT, "/api/v1/services/{jurisdiction}", P(CatalogueManage), api::services::save)
        .add(M::GET, "/services", Authenticated, pages::services::home)
        .add(M::GET, "/services/{jurisdiction}", Authenticated, pages::services::show)
        .add(M::GET, "/services/{jurisdiction}/edit", P(CatalogueManage), pages::services::edit_form)
        .add(M::POST, "/services/{jurisdiction}/edit", P(CatalogueManage), pages::services::edit)
        // (end of cards)
        ;
    (r.router, r.specs)
}
