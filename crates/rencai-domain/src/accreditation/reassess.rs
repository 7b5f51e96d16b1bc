//! Re-evaluating a decided accreditation under a newer catalogue. Publishing never
//! changes a decided tier by itself: a campaign asks this question for each holder and
//! sends every change through review as a new application.

use super::evaluate::CompiledCatalogue;
use super::profile::Profile;

/// What the newer catalogue says about a holder's tier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reassessment {
    /// The same tier still holds; nothing to review.
    Same,
    /// Another tier; `up` when it ranks above the current one.
    Moved {
        tier: String,
        criterion: String,
        up: bool,
    },
    /// No tier at all any more. Left to an officer: revocation is never automatic.
    Out,
}

/// Compares `current_tier` with what `catalogue` decides for `profile`. A tier the
/// newer catalogue no longer has ranks below all of its tiers.
pub fn reassess(
    catalogue: &CompiledCatalogue,
    profile: &Profile,
    current_tier: &str,
) -> Reassessment {
    let e = catalogue.evaluate(profile);
    let (Some(t), Some(c)) = (e.tier, e.criterion) else {
        return Reassessment::Out;
    };
    let tiers = catalogue.tiers();
    if tiers[t].code == current_tier {
        return Reassessment::Same;
    }
    let old = tiers.iter().position(|x| x.code == current_tier);
    Reassessment::Moved {
        tier: tiers[t].code.clone(),
        criterion: catalogue.criteria()[c].code.clone(),
        up: old.is_none_or(|o| t < o),
    }
}
