//! The demo card's service catalogue is sound and translated.

use rencai_demo::catalogue::catalogue;
use rencai_demo::services::service_catalogue;
use rencai_domain::accreditation::LOCALES;
use rencai_domain::services::{Period, ServiceCatalogue};
use std::collections::BTreeSet;

fn tier_codes() -> BTreeSet<String> {
    catalogue().tiers.into_iter().map(|t| t.code).collect()
}

#[test]
fn the_catalogue_has_no_problems_with_the_demo_tiers() {
    assert_eq!(tier_codes().len(), 5);
    assert_eq!(service_catalogue().check(&tier_codes()), vec![]);
    // It is stored as JSON and read back the same.
    let c = service_catalogue();
    let json = serde_json::to_string(&c).expect("json");
    let back: ServiceCatalogue = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, c);
}

#[test]
fn seven_areas_and_twenty_four_services_as_the_province_announced() {
    let c = service_catalogue();
    assert_eq!(c.areas.len(), 7);
    assert_eq!(c.services.len(), 24);
    for a in &c.areas {
        assert!(
            c.services.iter().any(|s| s.area == a.code),
            "{} has no service",
            a.code
        );
    }
    // The three areas the press conference names.
    for code in ["education", "medical", "transport"] {
        assert!(c.area(code).is_some(), "{code}");
    }
}

#[test]
fn services_are_plausible() {
    let c = service_catalogue();
    let tiers: Vec<String> = catalogue().tiers.into_iter().map(|t| t.code).collect();
    for s in &c.services {
        assert!((1..=30).contains(&s.turnaround_days), "{}", s.code);
        // Higher tiers get at least what lower ones do: eligibility is a prefix of A–E.
        assert_eq!(s.tiers[..], tiers[..s.tiers.len()], "{}", s.code);
        // What is scanned at a counter needs no papers; what is reviewed needs some.
        if s.at_service_point {
            assert!(s.documents.is_empty(), "{}", s.code);
        } else {
            assert!(!s.documents.is_empty(), "{}", s.code);
        }
    }
    let quota = |code: &str| c.service(code).expect(code).quota.map(|q| (q.times, q.per));
    assert_eq!(quota("health-check"), Some((1, Period::Year)));
    assert_eq!(quota("airport-vip"), Some((6, Period::Year)));
    assert_eq!(quota("public-transit"), None);
    assert!(
        c.service("talent-apartment")
            .expect("apartment")
            .tiers
            .len()
            < 5
    );
    assert!(c.service("public-transit").expect("transit").eligible("E"));
}

#[test]
fn every_text_is_translated_not_copied() {
    let c = service_catalogue();
    for s in &c.services {
        let name = |l: &str| s.name.get(l);
        assert_ne!(name("zh-CN"), name("en"), "{}", s.code);
        assert_ne!(name("zh-CN"), name("zh-TW"), "{}", s.code);
        for l in ["da", "sw", "tl"] {
            assert_ne!(name(l), name("en"), "{} in {l}", s.code);
        }
        let texts = std::iter::once(&s.description).chain(&s.documents);
        for t in texts {
            assert!(t.missing().is_empty(), "{}", s.code);
            for l in &LOCALES[1..] {
                assert_ne!(t.get(l), t.get("en"), "{} in {l}", s.code);
            }
            assert_ne!(t.get("zh-CN"), t.get("zh-TW"), "{}", s.code);
        }
    }
    for a in &c.areas {
        for l in &LOCALES[1..] {
            assert_ne!(a.name.get(l), a.name.get("en"), "{} in {l}", a.code);
        }
    }
}
