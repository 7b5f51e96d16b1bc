//! A jurisdiction's card service catalogue: read (the one in force, its own or the
//! nearest up the tree) and saved whole by whoever manages the jurisdiction's
//! catalogues, checked first (every problem at its field, tiers checked against the
//! tier catalogue in force) and guarded by its revision against lost updates.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::accreditation::Catalogue;
use rencai_domain::error::FieldError;
use rencai_domain::jurisdiction::Jurisdiction;
use rencai_domain::services::ServiceCatalogue;
use rencai_store::services::{self, StoredProvider};
use rencai_store::{audit, catalogues};
use std::collections::BTreeSet;
use std::sync::Arc;

/// The field the JSON text's errors are reported on.
pub const SOURCE_FIELD: &str = "catalogue";

pub struct ServicesView {
    pub jurisdiction: Jurisdiction,
    /// Where the catalogue in force is kept: this jurisdiction or an ancestor.
    pub owner: Option<Jurisdiction>,
    /// The revision of this jurisdiction's own catalogue (0: none yet).
    pub revision: i64,
    pub catalogue: Option<Arc<ServiceCatalogue>>,
    /// Providers in this jurisdiction's subtree.
    pub providers: Vec<StoredProvider>,
}

/// The service catalogue in force at a jurisdiction, for anyone signed in: it is the
/// bureau's published offer, not personal data.
pub async fn view(state: &AppState, ctx: &Ctx, code: &str) -> Result<ServicesView, Failure> {
    let tree = state.tree();
    let j = tree
        .by_code(code)
        .filter(|j| j.code == code)
        .cloned()
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    let subtree = tree.subtree(j.id);
    let st = state.clone();
    let (catalogues, providers) = state
        .db(move |s| {
            s.read(|c| {
                let catalogues = st.service_catalogues(c)?;
                let providers = services::providers_in(c, &subtree)?;
                Ok((catalogues, providers))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    let revision = catalogues.revision(j.id);
    let (owner, catalogue) = catalogues
        .serving(&tree, j.id)
        .map_or((None, None), |(o, c)| (tree.get(o).cloned(), c));
    Ok(ServicesView {
        jurisdiction: j,
        owner,
        revision,
        catalogue,
        providers,
    })
}

/// Parses the catalogue's JSON text; a syntax or shape error names its line and column.
pub fn parse(source: &str) -> Result<ServiceCatalogue, Vec<FieldError>> {
    serde_json::from_str::<ServiceCatalogue>(source).map_err(|e| {
        vec![
            FieldError::new(SOURCE_FIELD, "catalogue-json")
                .with("line", e.line().max(1).to_string())
                .with("column", e.column().max(1).to_string())
                .with("detail", e.to_string()),
        ]
    })
}

/// Checks and saves the jurisdiction's catalogue if `seen` is the revision the editor
/// started from; returns the new revision.
pub async fn save(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    catalogue: ServiceCatalogue,
    seen: i64,
) -> Result<i64, Failure> {
    let j = crate::catalogue_service::managed(state, ctx, code)?;
    let ancestry: Vec<_> = state.tree().ancestry(j.id).iter().map(|x| x.id).collect();
    let tiers_in_force = state
        .db(move |s| s.read(|c| catalogues::in_force(c, &ancestry)))
        .await
        .map_err(|e| ctx.fail(e))?;
    let tiers: BTreeSet<String> = tiers_in_force
        .and_then(|t| serde_json::from_str::<Catalogue>(&t.body).ok())
        .map(|t| t.tiers.into_iter().map(|x| x.code).collect())
        .unwrap_or_default();
    let problems = catalogue.check(&tiers);
    if !problems.is_empty() {
        return Err(ctx.err(DomainError::Invalid(problems)));
    }
    let body = serde_json::to_string(&catalogue)
        .map_err(|_| Failure::Internal(ctx.tr.clone(), ctx.api))?;
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let counts = (catalogue.areas.len(), catalogue.services.len());
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let revision = services::save_catalogue(c, j.id, &body, seen, Some(me), now)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "service-catalogue.save",
                    ("service_catalogue", Some(j.id.0)),
                    Some(j.id),
                    serde_json::json!({"revision": revision, "areas": counts.0, "services": counts.1}),
                )?;
                Ok(revision)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}
