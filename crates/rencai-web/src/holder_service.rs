//! The talents an account applies for on its own behalf: the talent a talent account
//! stands for, or an enterprise account's employees. Officers apply from the registry
//! instead, so they have none here. The same rule as `accreditation::standing` decides
//! (own talent, or employer), so this list never offers a talent the use cases refuse.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::access::Permission;
use rencai_domain::paging::PageRequest;
use rencai_domain::talent::{Talent, TalentFilter};
use rencai_store::talents;

/// At most this many employees are listed on an enterprise's overview.
pub const MAX_LISTED: u32 = 100;

/// How the account relates to the talents it applies for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A talent account: its own record.
    Talent,
    /// An enterprise account: its employees.
    Enterprise,
    /// Neither (officers, experts, admins).
    Other,
}

pub struct Represented {
    pub holder: Holder,
    pub talents: Vec<Talent>,
    /// More employees exist than were listed.
    pub more: bool,
}

pub async fn represented(state: &AppState, ctx: &Ctx) -> Result<Represented, Failure> {
    let me = ctx.me()?.clone();
    if !me.has(Permission::AccreditationApply) {
        return Ok(Represented {
            holder: Holder::Other,
            talents: Vec::new(),
            more: false,
        });
    }
    if let Some(id) = me.talent_id {
        let t = state
            .db(move |s| s.read(|c| talents::get(c, id)))
            .await
            .map_err(|e| ctx.fail(e))?;
        return Ok(Represented {
            holder: Holder::Talent,
            talents: if t.erased_at.is_none() {
                vec![t]
            } else {
                Vec::new()
            },
            more: false,
        });
    }
    if let Some(enterprise) = me.enterprise_id {
        let filter = TalentFilter {
            employer_id: Some(enterprise),
            ..TalentFilter::default()
        };
        let page = state
            .db(move |s| {
                s.read(|c| {
                    talents::list(
                        c,
                        &filter,
                        None,
                        PageRequest::new(Some(1), Some(MAX_LISTED)),
                    )
                })
            })
            .await
            .map_err(|e| ctx.fail(e))?;
        return Ok(Represented {
            holder: Holder::Enterprise,
            more: page.total > page.items.len() as u64,
            talents: page.items,
        });
    }
    Ok(Represented {
        holder: Holder::Other,
        talents: Vec::new(),
        more: false,
    })
}
