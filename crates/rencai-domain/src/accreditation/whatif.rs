//! What-if: how talents would move between tiers if a draft catalogue replaced the
//! published one. Tiers are matched between the two catalogues by code and ranked by
//! their position in the new catalogue.
//!
//! A talent whose old tier no longer exists in the new catalogue cannot be compared
//! with it: if it now has a tier it counts as [`Movement::In`] (entering that tier, and
//! `moved` away from the vanished one in the per-tier figures), otherwise as
//! [`Movement::Out`]. The tally holds counts only: the caller keeps the ids of the
//! talents that changed.

use super::catalogue::Catalogue;
use serde::{Deserialize, Serialize};

/// How one talent's tier changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    /// To a higher tier.
    Up,
    /// To a lower tier.
    Down,
    /// From no tier (or from a tier the new catalogue lacks) into one.
    In,
    /// From a tier to none.
    Out,
    /// Unchanged, including no tier before and after.
    Same,
}

impl Movement {
    /// The movement from `old` to `new` (tier codes), ranked by `order`, the new
    /// catalogue's tier codes, highest first.
    pub fn between<S: AsRef<str>>(order: &[S], old: Option<&str>, new: Option<&str>) -> Self {
        classify(old, new, |code| {
            order.iter().position(|c| c.as_ref() == code)
        })
    }

    /// The code the store and the API use: up, down, in, out, same.
    pub fn code(self) -> &'static str {
        match self {
            Movement::Up => "up",
            Movement::Down => "down",
            Movement::In => "in",
            Movement::Out => "out",
            Movement::Same => "same",
        }
    }

    pub fn is_change(self) -> bool {
        self != Movement::Same
    }
}

fn classify(
    old: Option<&str>,
    new: Option<&str>,
    rank: impl Fn(&str) -> Option<usize>,
) -> Movement {
    match (old, new) {
        (None, None) => Movement::Same,
        (None, Some(_)) => Movement::In,
        (Some(_), None) => Movement::Out,
        (Some(a), Some(b)) if a == b => Movement::Same,
        (Some(a), Some(b)) => match (rank(a), rank(b)) {
            (Some(ra), Some(rb)) if rb < ra => Movement::Up,
            (Some(_), Some(_)) => Movement::Down,
            // The old tier is gone (or the new one unknown): no rank to compare.
            _ => Movement::In,
        },
    }
}

/// The figures of one tier (by code).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierTally {
    pub code: String,
    /// Whether the new catalogue has this tier (false: only the old one had it).
    pub current: bool,
    /// Talents in this tier under the old catalogue.
    pub before: u64,
    /// Talents in this tier under the new catalogue.
    pub after: u64,
    /// In it before and after.
    pub stay: u64,
    /// Arrived from a lower tier.
    pub up: u64,
    /// Arrived from a higher tier.
    pub down: u64,
    /// Arrived from no tier or from a tier the new catalogue lacks.
    #[serde(rename = "in")]
    pub entered: u64,
    /// Left for no tier.
    pub out: u64,
    /// Left for another tier.
    pub moved: u64,
}

impl TierTally {
    fn absorb(&mut self, o: &TierTally) {
        self.current |= o.current;
        self.before += o.before;
        self.after += o.after;
        self.stay += o.stay;
        self.up += o.up;
        self.down += o.down;
        self.entered += o.entered;
        self.out += o.out;
        self.moved += o.moved;
    }
}

/// Per-talent totals: every talent added counts in exactly one of the movements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub talents: u64,
    pub up: u64,
    pub down: u64,
    #[serde(rename = "in")]
    pub entered: u64,
    pub out: u64,
    /// Same tier before and after.
    pub stay: u64,
    /// No tier before or after.
    pub none: u64,
}

/// Counts of a what-if run. Chunks can be tallied apart (one tally per thread) and
/// [`merge`](WhatIfTally::merge)d.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatIfTally {
    /// The new catalogue's tiers in rank order, then tiers only the old one had, in
    /// the order they were met.
    pub tiers: Vec<TierTally>,
    pub totals: Totals,
}

impl WhatIfTally {
    /// An empty tally for `new`'s tiers.
    pub fn new(new: &Catalogue) -> Self {
        Self::for_tiers(new.tiers.iter().map(|t| t.code.as_str()))
    }

    /// An empty tally for these tier codes of the new catalogue, highest first.
    pub fn for_tiers<'a>(codes: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            tiers: codes
                .into_iter()
                .map(|c| TierTally {
                    code: c.to_string(),
                    current: true,
                    ..TierTally::default()
                })
                .collect(),
            totals: Totals::default(),
        }
    }

    fn rank(&self, code: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.current && t.code == code)
    }

    fn slot(&mut self, code: &str) -> &mut TierTally {
        let i = match self.tiers.iter().position(|t| t.code == code) {
            Some(i) => i,
            None => {
                self.tiers.push(TierTally {
                    code: code.to_string(),
                    ..TierTally::default()
                });
                self.tiers.len() - 1
            }
        };
        &mut self.tiers[i]
    }

    /// Counts one talent whose tier was `old` and would be `new` (tier codes).
    pub fn add(&mut self, old: Option<&str>, new: Option<&str>) -> Movement {
        let movement = classify(old, new, |code| self.rank(code));
        let t = &mut self.totals;
        t.talents += 1;
        match (movement, old) {
            (Movement::Same, None) => t.none += 1,
            (Movement::Same, Some(_)) => t.stay += 1,
            (Movement::Up, _) => t.up += 1,
            (Movement::Down, _) => t.down += 1,
            (Movement::In, _) => t.entered += 1,
            (Movement::Out, _) => t.out += 1,
        }
        if let Some(a) = old {
            let s = self.slot(a);
            s.before += 1;
            match movement {
                Movement::Same => s.stay += 1,
                Movement::Out => s.out += 1,
                _ => s.moved += 1,
            }
        }
        if let Some(b) = new {
            let s = self.slot(b);
            s.after += 1;
            match movement {
                Movement::Up => s.up += 1,
                Movement::Down => s.down += 1,
                Movement::In => s.entered += 1,
                // Same is counted once, from the old side.
                _ => {}
            }
        }
        movement
    }

    /// Adds another chunk's counts.
    pub fn merge(&mut self, other: &WhatIfTally) {
        for o in &other.tiers {
            self.slot(&o.code).absorb(o);
        }
        let (t, o) = (&mut self.totals, &other.totals);
        t.talents += o.talents;
        t.up += o.up;
        t.down += o.down;
        t.entered += o.entered;
        t.out += o.out;
        t.stay += o.stay;
        t.none += o.none;
    }

    /// The talents whose tier would change.
    pub fn changed(&self) -> u64 {
        let t = &self.totals;
        t.up + t.down + t.entered + t.out
    }
}
