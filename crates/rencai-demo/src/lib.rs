//! rencai's demo world, built from the seed articles: Heilongjiang and its cities, Heze
//! in Shandong, Minhang with Huacao town, the G60 corridor's nine cities as an alliance,
//! the enterprises the articles name, demo accounts, the talent card's services and
//! their providers, and generated talents.
//!
//! Generated talents are nobody: their names combine common surnames with common
//! given-name characters, their identity numbers are composed (right check character,
//! no real person behind them), their e-mail addresses are at `example.org`.
//!
//! [`talent`] is index-addressable and deterministic: `talent(seed, i)` is the same
//! person on every machine and every run, so a million talents can be generated in
//! parallel or in batches, and identity numbers never repeat within a seed (see
//! [`UNIQUE_TALENTS`]).

mod births;
pub mod catalogue;
mod distinctions;
mod enterprises;
mod names;
mod places;
pub mod services;
mod talents;
mod workforce;
mod world;

use jiff::civil::Date;
use rencai_domain::access::Role;
use rencai_domain::talent::TalentDraft;
use rencai_domain::vocab::JurisdictionLevel;

/// The password of every demo account. Demo only: never use it anywhere real.
pub const DEMO_PASSWORD: &str = "rencai-demo-2026";

/// Talents `0..UNIQUE_TALENTS` of one seed have pairwise different identity numbers
/// (about 11.9 million); beyond it the numbers cycle.
pub const UNIQUE_TALENTS: u64 = births::CAPACITY;

/// A node of the demo jurisdiction tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JurisdictionSeed {
    /// Short stable code, e.g. `hlj-harbin`.
    pub code: &'static str,
    /// The parent's code; `None` for a province (Shanghai counts as one).
    pub parent: Option<&'static str>,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub level: JurisdictionLevel,
    /// The 6-digit administrative division code, as identity numbers start with.
    pub region: u32,
}

/// Jurisdictions that own work jointly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllianceSeed {
    pub code: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// Jurisdiction codes.
    pub members: &'static [&'static str],
}

/// An enterprise, university, institute or care home the seeds name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnterpriseSeed {
    /// The registered name in Latin script; unique, and what a talent's `employer` says.
    pub name: &'static str,
    pub name_zh: &'static str,
    /// Jurisdiction code.
    pub jurisdiction: &'static str,
    pub industry_chain: &'static str,
    pub cluster: &'static str,
    /// `enterprise`, `university`, `institute`, `platform` or `nursing_home`.
    pub kind: &'static str,
}

/// A demo login with one role granted on one jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountSeed {
    pub username: &'static str,
    pub display_name: &'static str,
    pub role: Role,
    /// Jurisdiction code the role is granted on.
    pub jurisdiction: &'static str,
    /// Demo only ([`DEMO_PASSWORD`]).
    pub password: &'static str,
}

/// One step of a talent's location history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoMove {
    /// Jurisdiction code, or `None` for a move from outside the registry.
    pub from: Option<&'static str>,
    /// Jurisdiction code.
    pub to: &'static str,
    pub moved_on: Date,
}

/// A generated talent: the profile as a form would submit it, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoTalent {
    pub draft: TalentDraft,
    /// Earlier moves, oldest first; the last one ends in `draft.jurisdiction`. Empty for
    /// about four in five talents.
    pub moves: Vec<DemoMove>,
}

/// The jurisdiction tree, parents before children.
pub fn jurisdictions() -> &'static [JurisdictionSeed] {
    world::JURISDICTIONS
}

/// The alliances: the G60 corridor and the two hosts of its first talent class.
pub fn alliances() -> &'static [AllianceSeed] {
    world::ALLIANCES
}

/// The enterprises, universities and institutes the seeds name.
pub fn enterprises() -> &'static [EnterpriseSeed] {
    enterprises::ENTERPRISES
}

/// The demo accounts, one or more for every role.
pub fn accounts() -> &'static [AccountSeed] {
    world::ACCOUNTS
}

/// Talent `index` of the demo registry generated from `seed`: deterministic, cheap
/// (a few microseconds), independent of every other index.
pub fn talent(seed: u64, index: u64) -> DemoTalent {
    talents::generate(seed, index)
}
