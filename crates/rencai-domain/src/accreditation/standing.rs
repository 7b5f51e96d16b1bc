//! Who may act on whose accreditation, and the review flow an application follows
//! unless the bureau configured another.

use crate::access::{Permission, Principal};
use crate::ids::{EnterpriseId, JurisdictionId, TalentId, UserId};
use crate::jurisdiction::JurisdictionTree;
use crate::review::{Flow, Panel, Quorum, StepSpec};

/// The application kind of a first accreditation (flows are configured per kind).
pub const KIND_ACCREDITATION: &str = "accreditation";
/// A renewal, or a re-evaluation campaign's application: reviewed like the first.
pub const KIND_RENEWAL: &str = "accreditation-renewal";

/// A re-evaluation started by a campaign after a new catalogue was published.
pub const KIND_REEVALUATION: &str = "accreditation-reevaluation";

/// How a caller relates to a talent for applying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The account stands for this talent.
    Own,
    /// The account acts for the talent's employer.
    Employer,
    /// An officer whose reach covers the talent's jurisdiction.
    Officer,
}

/// The talent as far as access decisions need it.
#[derive(Debug, Clone, Copy)]
pub struct Subject {
    pub talent: TalentId,
    pub employer: Option<EnterpriseId>,
    pub jurisdiction: JurisdictionId,
}

/// Whether (and as whom) `p` may check eligibility and apply for `s`.
pub fn standing(p: &Principal, s: Subject, tree: &JurisdictionTree) -> Option<Standing> {
    if !p.has(Permission::AccreditationApply) {
        return None;
    }
    if p.talent_id == Some(s.talent) {
        Some(Standing::Own)
    } else if p.enterprise_id.is_some() && p.enterprise_id == s.employer {
        Some(Standing::Employer)
    } else if p.can(Permission::AccreditationReview, s.jurisdiction, tree) {
        Some(Standing::Officer)
    } else {
        None
    }
}

/// The applicant side of an application: whoever created it, or the talent themself
/// or their employer.
pub fn is_applicant(
    p: &Principal,
    created_by: UserId,
    s: Subject,
    tree: &JurisdictionTree,
) -> bool {
    p.user_id == created_by
        || matches!(
            standing(p, s, tree),
            Some(Standing::Own | Standing::Employer)
        )
}

/// City pre-check by one officer within 5 days, then a provincial panel where 2 of 3
/// experts must approve within 10 days.
pub fn default_flow() -> Flow {
    Flow {
        steps: vec![
            StepSpec {
                code: "city-precheck".into(),
                reviewers: 1,
                quorum: Quorum::Any,
                turnaround: jiff::SignedDuration::from_hours(5 * 24),
                panel: Panel::Officers,
            },
            StepSpec {
                code: "provincial-panel".into(),
                reviewers: 3,
                quorum: Quorum::AtLeast(2),
                turnaround: jiff::SignedDuration::from_hours(10 * 24),
                panel: Panel::Experts,
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Grant, Role};
    use crate::jurisdiction::Jurisdiction;
    use crate::vocab::JurisdictionLevel;

    fn tree() -> JurisdictionTree {
        let j = |id: i64, p: Option<i64>| Jurisdiction {
            id: JurisdictionId(id),
            code: format!("j{id}"),
            name_zh: format!("J{id}"),
            name_en: format!("J{id}"),
            level: JurisdictionLevel::City,
            parent_id: p.map(JurisdictionId),
        };
        JurisdictionTree::new(vec![j(1, None), j(2, Some(1)), j(3, Some(1))])
    }

    fn who(role: Role, at: i64, talent: Option<i64>, ent: Option<i64>) -> Principal {
        Principal {
            user_id: UserId(9),
            username: "u".into(),
            grants: vec![Grant {
                role,
                jurisdiction_id: JurisdictionId(at),
            }],
            token_scopes: None,
            talent_id: talent.map(TalentId),
            enterprise_id: ent.map(EnterpriseId),
            provider_id: None,
        }
    }

    const S: Subject = Subject {
        talent: TalentId(5),
        employer: Some(EnterpriseId(7)),
        jurisdiction: JurisdictionId(2),
    };

    #[test]
    fn each_side_is_recognised_and_nobody_else() {
        let t = tree();
        assert_eq!(
            standing(&who(Role::Talent, 2, Some(5), None), S, &t),
            Some(Standing::Own)
        );
        assert_eq!(standing(&who(Role::Talent, 2, Some(6), None), S, &t), None);
        assert_eq!(
            standing(&who(Role::EnterpriseAdmin, 2, None, Some(7)), S, &t),
            Some(Standing::Employer)
        );
        assert_eq!(
            standing(&who(Role::EnterpriseAdmin, 2, None, Some(8)), S, &t),
            None
        );
        assert_eq!(
            standing(&who(Role::Officer, 1, None, None), S, &t),
            Some(Standing::Officer)
        );
        assert_eq!(standing(&who(Role::Officer, 3, None, None), S, &t), None);
        assert_eq!(standing(&who(Role::Expert, 1, Some(5), None), S, &t), None);
    }

    #[test]
    fn the_default_flow_is_valid() {
        let f = default_flow();
        assert!(Flow::new(f.steps.clone()).is_ok());
    }
}
