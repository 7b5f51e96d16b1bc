//! Who may do what, where. Deny by default: a permission is held only through a role
//! granted on a jurisdiction, and reaches that jurisdiction's subtree and nothing else.

use crate::ids::{EnterpriseId, JurisdictionId, ProviderId, TalentId, UserId};
use crate::jurisdiction::JurisdictionTree;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Talent,
    EnterpriseAdmin,
    Officer,
    Expert,
    Provider,
    Admin,
}

impl Role {
    pub const ALL: &'static [Role] = &[
        Role::Talent,
        Role::EnterpriseAdmin,
        Role::Officer,
        Role::Expert,
        Role::Provider,
        Role::Admin,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Talent => "talent",
            Role::EnterpriseAdmin => "enterprise_admin",
            Role::Officer => "officer",
            Role::Expert => "expert",
            Role::Provider => "provider",
            Role::Admin => "admin",
        }
    }

    pub fn parse(code: &str) -> Result<Self, &'static str> {
        Role::ALL
            .iter()
            .copied()
            .find(|r| r.code() == code.trim())
            .ok_or("unknown-value")
    }

    pub fn permissions(self) -> &'static [Permission] {
        use Permission::*;
        match self {
            Role::Admin => Permission::ALL,
            Role::Officer => &[
                TalentRead,
                TalentWrite,
                TalentRevealIdentity,
                TalentExport,
                TalentImport,
                JurisdictionRead,
                AccreditationApply,
                AccreditationReview,
                AccreditationManage,
            ],
            // Talents and enterprises act on their own records (the talent the account
            // stands for, the enterprise's employees); experts on what they are assigned.
            Role::Talent | Role::EnterpriseAdmin => &[JurisdictionRead, AccreditationApply],
            Role::Expert => &[JurisdictionRead, AccreditationAssess],
            Role::Provider => &[JurisdictionRead, CardRedeem],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    TalentRead,
    TalentWrite,
    TalentRevealIdentity,
    TalentExport,
    TalentImport,
    TalentErase,
    UserManage,
    AuditRead,
    JurisdictionRead,
    /// Edit, test and publish tier catalogues; run what-ifs.
    CatalogueManage,
    /// Check eligibility and apply for accreditation (own or, for officers, anyone's
    /// in reach).
    AccreditationApply,
    /// Pre-check applications in reach and place experts on panels.
    AccreditationReview,
    /// Vote on the applications one is assigned to.
    AccreditationAssess,
    /// Revoke and renew accreditations; suspend, reinstate and reissue talent cards.
    AccreditationManage,
    /// Check talent cards and redeem their services at a service point (provider staff).
    CardRedeem,
}

impl Permission {
    pub const ALL: &'static [Permission] = &[
        Permission::TalentRead,
        Permission::TalentWrite,
        Permission::TalentRevealIdentity,
        Permission::TalentExport,
        Permission::TalentImport,
        Permission::TalentErase,
        Permission::UserManage,
        Permission::AuditRead,
        Permission::JurisdictionRead,
        Permission::CatalogueManage,
        Permission::AccreditationApply,
        Permission::AccreditationReview,
        Permission::AccreditationAssess,
        Permission::AccreditationManage,
        Permission::CardRedeem,
    ];

    /// The API token scope that carries this permission.
    pub fn scope(self) -> &'static str {
        match self {
            Permission::TalentRead | Permission::JurisdictionRead => "talents:read",
            Permission::TalentWrite | Permission::TalentImport => "talents:write",
            Permission::TalentExport => "talents:export",
            Permission::TalentRevealIdentity | Permission::TalentErase => "talents:sensitive",
            Permission::UserManage => "users:manage",
            Permission::AuditRead => "audit:read",
            Permission::CatalogueManage => "catalogues:manage",
            Permission::AccreditationApply => "accreditation:apply",
            Permission::AccreditationReview
            | Permission::AccreditationAssess
            | Permission::AccreditationManage => "accreditation:review",
            Permission::CardRedeem => "cards:redeem",
        }
    }
}

/// Every scope a token can be given.
pub const SCOPES: &[&str] = &[
    "talents:read",
    "talents:write",
    "talents:export",
    "talents:sensitive",
    "users:manage",
    "audit:read",
    "catalogues:manage",
    "accreditation:apply",
    "accreditation:review",
    "cards:redeem",
];

pub fn parse_scopes(raw: &str) -> Result<Vec<String>, &'static str> {
    let mut out: Vec<String> = Vec::new();
    for s in raw
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !SCOPES.contains(&s) {
            return Err("scope-unknown");
        }
        if !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    if out.is_empty() {
        Err("required")
    } else {
        Ok(out)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub jurisdiction_id: JurisdictionId,
}

/// The one acting: a logged-in user, or an API token acting for its user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub user_id: UserId,
    pub username: String,
    pub grants: Vec<Grant>,
    /// `Some` for API tokens: the token can use only these scopes of its user's rights.
    pub token_scopes: Option<Vec<String>>,
    /// The talent this account stands for, if any.
    pub talent_id: Option<TalentId>,
    /// The enterprise this account acts for, if any.
    pub enterprise_id: Option<EnterpriseId>,
    /// The service provider this account works at, if any.
    pub provider_id: Option<ProviderId>,
}

impl Principal {
    fn scope_allows(&self, perm: Permission) -> bool {
        match &self.token_scopes {
            None => true,
            Some(scopes) => scopes.iter().any(|s| s == perm.scope()),
        }
    }

    /// Holds the permission somewhere.
    pub fn has(&self, perm: Permission) -> bool {
        self.scope_allows(perm)
            && self
                .grants
                .iter()
                .any(|g| g.role.permissions().contains(&perm))
    }

    /// Every jurisdiction where the permission reaches.
    pub fn reach(&self, perm: Permission, tree: &JurisdictionTree) -> BTreeSet<JurisdictionId> {
        if !self.scope_allows(perm) {
            return BTreeSet::new();
        }
        self.grants
            .iter()
            .filter(|g| g.role.permissions().contains(&perm))
            .flat_map(|g| tree.subtree(g.jurisdiction_id))
            .collect()
    }

    /// Holds the permission on this jurisdiction.
    pub fn can(&self, perm: Permission, at: JurisdictionId, tree: &JurisdictionTree) -> bool {
        self.scope_allows(perm)
            && self.grants.iter().any(|g| {
                g.role.permissions().contains(&perm)
                    && tree.ancestry(at).iter().any(|a| a.id == g.jurisdiction_id)
            })
    }

    /// An admin may give only roles they could exercise themselves, and only inside
    /// their own reach.
    pub fn may_grant(&self, grant: &Grant, tree: &JurisdictionTree) -> bool {
        self.can(Permission::UserManage, grant.jurisdiction_id, tree)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jurisdiction::Jurisdiction;
    use crate::vocab::JurisdictionLevel;

    fn tree() -> JurisdictionTree {
        let j = |id: i64, p: Option<i64>| Jurisdiction {
            id: JurisdictionId(id),
            parent_id: p.map(JurisdictionId),
            code: format!("j{id}"),
            name_zh: String::new(),
            name_en: String::new(),
            level: JurisdictionLevel::City,
        };
        JurisdictionTree::new(vec![
            j(1, None),
            j(2, Some(1)),
            j(3, Some(1)),
            j(4, Some(2)),
        ])
    }

    fn officer_of(j: i64) -> Principal {
        Principal {
            user_id: UserId(9),
            username: "o".into(),
            grants: vec![Grant {
                role: Role::Officer,
                jurisdiction_id: JurisdictionId(j),
            }],
            token_scopes: None,
            talent_id: None,
            enterprise_id: None,
            provider_id: None,
        }
    }

    #[test]
    fn an_officer_reaches_their_subtree_only() {
        let t = tree();
        let o = officer_of(2);
        assert!(o.can(Permission::TalentRead, JurisdictionId(2), &t));
        assert!(o.can(Permission::TalentRead, JurisdictionId(4), &t));
        assert!(!o.can(Permission::TalentRead, JurisdictionId(3), &t));
        assert!(!o.can(Permission::TalentRead, JurisdictionId(1), &t));
        assert!(!o.can(Permission::UserManage, JurisdictionId(2), &t));
        assert!(!o.can(Permission::TalentErase, JurisdictionId(2), &t));
        let reach: Vec<i64> = o
            .reach(Permission::TalentRead, &t)
            .into_iter()
            .map(|j| j.0)
            .collect();
        assert_eq!(reach, vec![2, 4]);
    }

    #[test]
    fn nobody_without_grants_can_do_anything() {
        let t = tree();
        let p = Principal {
            user_id: UserId(1),
            username: "x".into(),
            grants: vec![],
            token_scopes: None,
            talent_id: None,
            enterprise_id: None,
            provider_id: None,
        };
        for perm in Permission::ALL {
            assert!(!p.has(*perm));
            assert!(!p.can(*perm, JurisdictionId(1), &t));
        }
    }

    #[test]
    fn token_scopes_narrow_the_users_rights() {
        let t = tree();
        let mut o = officer_of(1);
        o.token_scopes = Some(vec!["talents:read".into()]);
        assert!(o.can(Permission::TalentRead, JurisdictionId(3), &t));
        assert!(!o.can(Permission::TalentWrite, JurisdictionId(3), &t));
        assert!(o.reach(Permission::TalentExport, &t).is_empty());
    }

    #[test]
    fn scopes_parse() {
        assert_eq!(
            parse_scopes("talents:read, audit:read"),
            Ok(vec!["talents:read".into(), "audit:read".into()])
        );
        assert_eq!(parse_scopes("root"), Err("scope-unknown"));
        assert_eq!(parse_scopes(""), Err("required"));
    }
}
