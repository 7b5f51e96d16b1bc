//! The JSON API under `/api/v1`, described by the OpenAPI document in [`openapi`].

pub mod accounts;
pub mod accreditation;
pub mod audit;
pub mod cards;
pub mod catalogues;
pub mod certificates;
pub mod imports;
pub mod openapi;
pub mod reevaluation;
pub mod service_requests;
pub mod services;
pub mod talents;
pub mod whatif;

use crate::access::Ctx;
use crate::error::Failure;
use rencai_domain::DomainError;
use rencai_domain::access::Permission;
use rencai_domain::ids::JurisdictionId;

/// Refuses unless the caller holds `perm` on `at`. Outside their reach a record is
/// "not found", so ids cannot be probed for existence.
pub fn require(
    ctx: &Ctx,
    perm: Permission,
    at: JurisdictionId,
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
) -> Result<(), Failure> {
    let p = ctx.me()?;
    if p.can(perm, at, tree) {
        Ok(())
    } else if p.can(Permission::TalentRead, at, tree) {
        Err(ctx.err(DomainError::Forbidden))
    } else {
        Err(ctx.err(DomainError::NotFound))
    }
}
