//! Generated talents are valid, deterministic, unique and plausible.

use jiff::civil::{Date, date};
use rencai_demo::{enterprises, jurisdictions, talent};
use rencai_domain::ids::{EnterpriseId, JurisdictionId};
use rencai_domain::talent::References;
use rencai_domain::vocab::{Education, ProfessionalTitle, SkillLevel};
use std::collections::{HashMap, HashSet};

const TODAY: Date = date(2026, 11, 22);
const SEED: u64 = 2026;

struct World {
    jurisdictions: HashMap<&'static str, JurisdictionId>,
    employers: HashMap<&'static str, EnterpriseId>,
}

impl World {
    fn new() -> Self {
        Self {
            jurisdictions: jurisdictions()
                .iter()
                .zip(1..)
                .map(|(j, id)| (j.code, JurisdictionId(id)))
                .collect(),
            employers: enterprises()
                .iter()
                .zip(1..)
                .map(|(e, id)| (e.name, EnterpriseId(id)))
                .collect(),
        }
    }
}

impl References for World {
    fn jurisdiction(&self, code: &str) -> Option<JurisdictionId> {
        self.jurisdictions.get(code).copied()
    }
    fn employer(&self, name: &str) -> Option<EnterpriseId> {
        self.employers.get(name).copied()
    }
}

#[test]
fn twenty_thousand_talents_parse() {
    let world = World::new();
    for i in 0..20_000 {
        let t = talent(SEED, i);
        let input = t
            .draft
            .parse(&world, TODAY)
            .unwrap_or_else(|e| panic!("talent {i}: {e:?}\n{:?}", t.draft));
        // The gender is the one the identity number's 17th digit says.
        let digit = input.identity.as_str().as_bytes()[16] - b'0';
        assert_eq!(t.draft.gender == "male", digit % 2 == 1, "talent {i}");
        assert!((1955..=2004).contains(&input.birth_date.year()));
        assert!(t.draft.email.is_empty() || t.draft.email.ends_with("@example.org"));
    }
}

#[test]
fn the_same_seed_and_index_give_the_same_talent() {
    for i in [0, 1, 17, 999, 123_456, 999_999, u64::MAX] {
        assert_eq!(talent(SEED, i), talent(SEED, i));
    }
    assert_ne!(talent(1, 5).draft, talent(2, 5).draft);
    assert_ne!(talent(SEED, 5).draft, talent(SEED, 6).draft);
}

#[test]
fn identity_numbers_are_unique() {
    let mut seen = HashSet::with_capacity(200_000);
    for i in 0..200_000 {
        let id = talent(SEED, i).draft.identity_number;
        assert!(seen.insert(id), "talent {i} repeats an identity number");
    }
    // Far-apart indexes, as a parallel generator's batches would use.
    for i in (0..2_000_000).step_by(997) {
        assert!(seen.insert(talent(SEED, 200_000 + i).draft.identity_number));
    }
}

#[test]
fn moves_are_chronological_and_end_where_the_talent_lives() {
    let known: HashSet<&str> = jurisdictions().iter().map(|j| j.code).collect();
    let mut movers = 0;
    let n = 20_000;
    for i in 0..n {
        let t = talent(SEED, i);
        if t.moves.is_empty() {
            continue;
        }
        movers += 1;
        assert!(t.moves.len() <= 2);
        let last = t.moves.last().expect("a move");
        assert_eq!(last.to, t.draft.jurisdiction, "talent {i}");
        for pair in t.moves.windows(2) {
            assert!(pair[0].moved_on < pair[1].moved_on, "talent {i}");
            assert_eq!(pair[1].from, Some(pair[0].to), "talent {i}");
        }
        let born: Date = t.draft.birth_date.parse().expect("date");
        for m in &t.moves {
            assert!(m.moved_on >= date(2015, 1, 1) && m.moved_on < TODAY);
            assert!(m.moved_on.year() - born.year() >= 18, "talent {i}");
            assert!(known.contains(m.to));
            assert!(m.from.is_none_or(|f| known.contains(f) && f != m.to));
        }
    }
    let share = f64::from(movers) / n as f64;
    assert!((0.15..0.25).contains(&share), "{share}");
}

#[test]
fn the_registry_looks_like_a_province() {
    let n: u32 = 50_000;
    let mut places: HashMap<String, u32> = HashMap::new();
    let (mut hlj, mut foreign, mut employed, mut full, mut low, mut highly, mut skilled) =
        (0, 0, 0, 0, 0, 0, 0);
    let mut pairs: HashMap<(String, String), u32> = HashMap::new();
    for i in 0..n {
        let d = talent(SEED, u64::from(i)).draft;
        *places.entry(d.jurisdiction.clone()).or_default() += 1;
        hlj += u32::from(d.jurisdiction.starts_with("hlj"));
        if d.name_latin.is_empty() {
            foreign += 1;
            assert!(d.name.is_ascii(), "{}", d.name);
            assert!(d.identity_number.starts_with('9'));
        } else {
            assert!(!d.name.is_ascii(), "{}", d.name);
        }
        employed += u32::from(!d.employer.is_empty());
        let title = ProfessionalTitle::parse(&d.title).expect("title");
        full += u32::from(title == ProfessionalTitle::FullSenior);
        low += u32::from(title <= ProfessionalTitle::Intermediate);
        let skill = SkillLevel::parse(&d.skill_level).expect("skill");
        if skill != SkillLevel::None {
            skilled += 1;
            highly += u32::from(skill >= SkillLevel::Advanced);
            let edu = Education::parse(&d.education).expect("education");
            assert!(edu <= Education::Bachelor);
        }
        *pairs.entry((d.employer, d.field)).or_default() += 1;
    }
    let share = |x: u32| f64::from(x) / f64::from(n);
    // Every jurisdiction below a province has people; Heilongjiang has most.
    for j in jurisdictions().iter().filter(|j| j.parent.is_some()) {
        assert!(places.get(j.code).copied().unwrap_or(0) > 100, "{}", j.code);
    }
    assert!((0.5..0.6).contains(&share(hlj)), "{}", share(hlj));
    assert!(
        (0.015..0.05).contains(&share(foreign)),
        "{}",
        share(foreign)
    );
    assert!((0.5..0.8).contains(&share(employed)), "{}", share(employed));
    assert!((0.01..0.06).contains(&share(full)), "{}", share(full));
    assert!(share(low) > 0.75, "{}", share(low));
    let highly_share = f64::from(highly) / f64::from(skilled);
    assert!((0.25..0.45).contains(&highly_share), "{highly_share}");
    // Fields follow the employer.
    let at = |employer: &str, field: &str| {
        pairs
            .get(&(employer.to_string(), field.to_string()))
            .copied()
            .unwrap_or(0)
    };
    assert!(at("Innovent Biologics", "biomedicine") > at("Innovent Biologics", "finance") * 4);
    assert!(at("ChangXin Memory Technologies", "integrated_circuits") > 0);
    assert_eq!(at("ChangXin Memory Technologies", "modern_agriculture"), 0);
    assert!(
        at("Harbin Boshi Automation Co. Ltd.", "robotics")
            > at("Harbin Boshi Automation Co. Ltd.", "healthcare")
    );
}
