//! Rare top distinctions — academicians, national first prizes, named scholarships and
//! the highest skills award — so every tier of the demo catalogue has people.
//!
//! Drawn from a generator of their own, seeded by (seed, index), so adding them left
//! every other field of every generated talent as it was. Rates: about one academician
//! in 20,000 talents; national honours a few in 10,000.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use rencai_domain::vocab::{ProfessionalTitle, SkillLevel};

pub(crate) const ACADEMICIANS: [&str; 2] = [
    "Academician of the Chinese Academy of Sciences",
    "Academician of the Chinese Academy of Engineering",
];
pub(crate) const FOREIGN_MEMBERS: [&str; 2] = [
    "Foreign Member of the Chinese Academy of Sciences",
    "Foreign Member of the Chinese Academy of Engineering",
];
pub(crate) const PREEMINENT: &str = "State Preeminent Science and Technology Award";
/// National honours of the leading-talent tier.
pub(crate) const NATIONAL: [&str; 4] = [
    "National Science and Technology Progress Award, first prize",
    "National Technological Invention Award, first prize",
    "Changjiang Scholar Distinguished Professor",
    "National Science Fund for Distinguished Young Scholars",
];
/// Honours of the provincial-leading tier; the last two only in Heilongjiang.
pub(crate) const PROVINCIAL: [&str; 4] = [
    "National Natural Science Award, second prize",
    "National Technological Invention Award, second prize",
    "Longjiang Scholar Distinguished Professor",
    "Heilongjiang Science and Technology Progress Award, first prize",
];
pub(crate) const CHINA_SKILLS_AWARD: &str = "China Skills Award";
pub(crate) const SKILLS_MASTER: &str = "Leader of a national skills master studio";

/// The distinctions of talent `index` of `seed`, given who they are.
pub(crate) fn distinctions(
    seed: u64,
    index: u64,
    title: ProfessionalTitle,
    skill: SkillLevel,
    foreign: bool,
    age: i16,
    lineage: &[&str],
) -> Vec<&'static str> {
    let mut r = SmallRng::seed_from_u64(
        (seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15)).rotate_left(29) ^ 0xD1B5_4A32_D192_ED03,
    );
    let mut out = Vec::new();
    let pick = |r: &mut SmallRng, list: &[&'static str]| list[r.gen_range(0..list.len())];
    let hlj = lineage.contains(&"hlj");
    let provincial: &[&str] = if hlj { &PROVINCIAL } else { &PROVINCIAL[..2] };
    // Distinguished Young Scholars are funded before 45.
    let national: &[&str] = if age < 45 { &NATIONAL } else { &NATIONAL[..3] };
    if foreign {
        if age >= 45 && r.gen_bool(0.003) {
            out.push(pick(&mut r, &FOREIGN_MEMBERS));
        }
        return out;
    }
    match title {
        ProfessionalTitle::FullSenior => {
            if age >= 45 && r.gen_bool(0.002) {
                out.push(pick(&mut r, &ACADEMICIANS));
                if r.gen_bool(0.05) {
                    out.push(PREEMINENT);
                }
            } else if r.gen_bool(0.012) {
                out.push(pick(&mut r, national));
            } else if r.gen_bool(0.02) {
                out.push(pick(&mut r, provincial));
            }
        }
        ProfessionalTitle::DeputySenior => {
            if r.gen_bool(0.002) {
                out.push(pick(&mut r, national));
            } else if r.gen_bool(0.006) {
                out.push(pick(&mut r, provincial));
            }
        }
        _ => {}
    }
    if skill == SkillLevel::SeniorTechnician {
        if r.gen_bool(0.004) {
            out.push(CHINA_SKILLS_AWARD);
        } else if r.gen_bool(0.01) {
            out.push(SKILLS_MASTER);
        }
    }
    out
}
