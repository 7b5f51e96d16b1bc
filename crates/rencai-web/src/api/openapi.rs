//! The OpenAPI document, generated from the handlers' annotations.

use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

#[derive(OpenApi)]
#[openapi(
    info(title = "rencai API", description = "The talent service platform's JSON API. Authenticate with `Authorization: Bearer <token>` (see `rencai token create`). Errors are application/problem+json with a stable `code`."),
    paths(
        super::talents::list, super::talents::get, super::talents::create, super::talents::update,
        super::talents::reveal, super::talents::personal_data, super::talents::erase, super::talents::export,
        super::imports::upload, super::imports::commit,
        super::accounts::me, super::accounts::list, super::accounts::create, super::accounts::jurisdictions,
        super::audit::list,
        super::reevaluation::run,
        super::accreditation::eligibility, super::accreditation::of_talent, super::accreditation::create,
        super::accreditation::list, super::accreditation::get, super::accreditation::attach,
        super::accreditation::evidence_file, super::accreditation::detach, super::accreditation::act,
        super::accreditation::assign, super::accreditation::accreditation, super::accreditation::revoke,
        super::accreditation::renew, super::accreditation::verify,
        super::catalogues::get, super::catalogues::version, super::catalogues::save, super::catalogues::discard, super::catalogues::publish, super::catalogues::check,
        super::whatif::start, super::whatif::get, super::whatif::changes, super::whatif::export,
        super::certificates::certificate,
        super::cards::mine, super::cards::list, super::cards::get, super::cards::suspend,
        super::cards::reinstate, super::cards::reissue, super::cards::trust_list, super::cards::check,
        super::cards::redeem, super::services::get, super::services::save,
        super::service_requests::create, super::service_requests::list,
        super::service_requests::rate, super::service_requests::late,
    ),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn document() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(ApiDoc::openapi())
}
