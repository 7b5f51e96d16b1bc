//! The demo tier catalogue compiles, decides the tier every criterion promises, and
//! spreads the generated registry over the tiers plausibly.

use jiff::civil::{Date, date};
use rencai_demo::catalogue::{catalogue, profile};
use rencai_demo::talent;
use rencai_domain::accreditation::{CompiledCatalogue, LOCALES, Profile};
use std::sync::LazyLock;

const TODAY: Date = date(2026, 11, 22);
const SEED: u64 = 2026;

static DEMO: LazyLock<CompiledCatalogue> = LazyLock::new(|| match catalogue().compile() {
    Ok(c) => c,
    Err(errors) => panic!("the demo catalogue does not compile: {errors:#?}"),
});

fn tier_of(p: &Profile) -> Option<&'static str> {
    let e = DEMO.evaluate(p);
    assert!(e.errors.is_empty(), "{:?}", e.errors);
    e.tier.map(|t| DEMO.tiers()[t].code.as_str())
}

fn who(json: &str) -> Profile {
    serde_json::from_str::<Profile>(json)
        .expect("profile JSON")
        .normalised()
}

#[test]
fn the_demo_catalogue_compiles_with_five_tiers_and_thirty_criteria() {
    let c = &*DEMO;
    let codes: Vec<&str> = c.tiers().iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["A", "B", "C", "D", "E"]);
    assert_eq!(c.criteria().len(), 30);
    for t in c.tiers() {
        assert!(t.description.missing().is_empty(), "tier {}", t.code);
        let texts: Vec<&str> = LOCALES.iter().map(|l| t.name.get(l)).collect();
        // Translated, not copied: no two of the six names are the same, except the two
        // Chinese scripts where the characters agree.
        for (i, a) in texts.iter().enumerate() {
            for (j, b) in texts.iter().enumerate().skip(i + 1) {
                assert!(a != b || (i, j) == (1, 2), "tier {}: {a}", t.code);
            }
        }
    }
    for cr in c.criteria() {
        assert!(cr.evidence.missing().is_empty(), "{}", cr.code);
        assert_ne!(cr.evidence.get("en"), cr.evidence.get("da"), "{}", cr.code);
        assert_ne!(cr.name.get("en"), cr.name.get("zh-CN"), "{}", cr.code);
    }
    // It is stored as JSON and read back the same.
    let json = serde_json::to_string(c.catalogue()).expect("json");
    let back: rencai_domain::accreditation::Catalogue = serde_json::from_str(&json).expect("parse");
    assert_eq!(&back, c.catalogue());
}

/// Every criterion's examples against the whole catalogue: a profile that matches is
/// decided into the criterion's tier, one that just misses lands lower.
#[test]
fn every_criterion_decides_its_tier_and_a_near_miss_falls_below() {
    let c = &*DEMO;
    for (i, cr) in c.criteria().iter().enumerate() {
        let rank = c.tier_of(i).expect("a tier");
        assert!(
            cr.examples.iter().any(|e| e.expect),
            "{}: no match",
            cr.code
        );
        assert!(
            cr.examples.iter().any(|e| !e.expect),
            "{}: no miss",
            cr.code
        );
        for ex in &cr.examples {
            let e = c.evaluate(&ex.profile);
            assert!(
                e.errors.is_empty(),
                "{} / {}: {:?}",
                cr.code,
                ex.name,
                e.errors
            );
            if ex.expect {
                assert_eq!(e.tier, Some(rank), "{} / {}", cr.code, ex.name);
            } else {
                assert!(
                    e.tier.is_none_or(|t| t > rank),
                    "{} / {} decided {:?}",
                    cr.code,
                    ex.name,
                    e.tier
                );
            }
        }
    }
}

#[test]
fn thresholds_decide_exactly() {
    let cases = [
        (
            r#"{"age": 44, "education": "doctorate", "title": "deputy_senior"}"#,
            Some("E"),
        ),
        (
            r#"{"age": 45, "education": "doctorate", "title": "deputy_senior"}"#,
            None,
        ),
        (
            r#"{"age": 45, "education": "doctorate", "title": "full_senior", "papers": 30}"#,
            Some("D"),
        ),
        (
            r#"{"age": 44, "education": "doctorate", "title": "full_senior", "papers": 29}"#,
            Some("E"),
        ),
        (
            r#"{"age": 60, "title": "full_senior", "patents": 38}"#,
            Some("C"),
        ),
        (
            r#"{"age": 60, "title": "full_senior", "patents": 37}"#,
            Some("E"),
        ),
        (
            r#"{"age": 60, "title": "full_senior", "patents": 24, "papers": 69}"#,
            None,
        ),
        (
            r#"{"age": 60, "title": "full_senior", "papers": 70}"#,
            Some("E"),
        ),
        (r#"{"age": 39, "patents": 10}"#, Some("E")),
        (r#"{"age": 40, "patents": 10}"#, None),
        (r#"{"title": "deputy_senior", "papers": 80}"#, Some("D")),
        (r#"{"title": "deputy_senior", "papers": 79}"#, None),
        (
            r#"{"skill_level": "senior_technician", "honours": ["Heilongjiang Skills Competition first prize"]}"#,
            Some("E"),
        ),
        (
            r#"{"skill_level": "advanced", "honours": ["Heilongjiang Skills Competition first prize"]}"#,
            None,
        ),
        (
            r#"{"title": "full_senior", "honours": ["Selected for the Leading Wild Goose talent support plan"]}"#,
            Some("B"),
        ),
        (
            r#"{"title": "deputy_senior", "honours": ["Selected for the Leading Wild Goose talent support plan"]}"#,
            Some("C"),
        ),
        (
            r#"{"honours": ["National Technical Expert", "China Skills Award"]}"#,
            Some("B"),
        ),
        (
            r#"{"honours": ["Harbin Chief Technician", "Academician of the Chinese Academy of Engineering"]}"#,
            Some("A"),
        ),
        (
            r#"{"honours": ["Foreign Member of the Chinese Academy of Sciences"]}"#,
            Some("A"),
        ),
    ];
    for (json, tier) in cases {
        assert_eq!(tier_of(&who(json)), tier, "{json}");
    }
}

#[test]
fn generated_talents_spread_over_every_tier() {
    let n = 50_000;
    let mut counts = [0u32; 5];
    for i in 0..n {
        let p = profile(&talent(SEED, i), TODAY);
        if let Some(t) = DEMO.evaluate(&p).tier {
            counts[t] += 1;
        }
    }
    let total: u32 = counts.iter().sum();
    let share = f64::from(total) / n as f64;
    println!(
        "tiers A–E over {n} talents: {counts:?}, {:.2} %",
        share * 100.0
    );
    assert!(counts.iter().all(|c| *c > 0), "{counts:?}");
    // A pyramid: each tier at most as full as the next one down, A the rarest.
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    assert!((0.01..0.08).contains(&share), "{share}");
}

#[test]
fn a_generated_talent_has_the_profile_of_its_draft() {
    let t = talent(SEED, 7);
    let p = profile(&t, TODAY);
    assert_eq!(p.jurisdiction, t.draft.jurisdiction);
    assert_eq!(p.jurisdictions.last(), Some(&p.jurisdiction));
    assert!(p.jurisdictions.len() >= 2 || !p.jurisdiction.contains('-'));
    assert_eq!(p.title, t.draft.title);
    assert!(p.title_rank >= 0 && p.skill_rank >= 0);
    assert!((22..=72).contains(&p.age), "{}", p.age);
    assert_eq!(p.patents.to_string(), t.draft.patents);
}
