//! The demo card's service catalogue is sound and translated, and every service can be
//! delivered: by a provider in Harbin, and at a service point in every demo city.

use rencai_demo::catalogue::{ancestry, catalogue};
use rencai_demo::services::{provider_staff, providers, service_catalogue};
use rencai_demo::{accounts, jurisdictions};
use rencai_domain::access::Role;
use rencai_domain::accreditation::LOCALES;
use rencai_domain::services::{Period, ServiceCatalogue};
use rencai_domain::vocab::JurisdictionLevel;
use std::collections::{BTreeSet, HashSet};

fn tier_codes() -> BTreeSet<String> {
    catalogue().tiers.into_iter().map(|t| t.code).collect()
}

/// Whether `code` is `within` or below it.
fn inside(code: &str, within: &str) -> bool {
    ancestry(code).iter().any(|c| c == within)
}

fn heilongjiang_cities() -> Vec<&'static str> {
    jurisdictions()
        .iter()
        .filter(|j| j.parent == Some("hlj") && j.level == JurisdictionLevel::City)
        .map(|j| j.code)
        .collect()
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

#[test]
fn every_service_has_a_provider_in_harbin() {
    for s in &service_catalogue().services {
        assert!(
            providers()
                .iter()
                .any(|p| inside(p.jurisdiction, "hlj-harbin") && p.services.contains(&&*s.code)),
            "{} has no provider in Harbin",
            s.code
        );
    }
}

#[test]
fn every_city_of_the_province_redeems_cards_at_its_service_points() {
    let cities = heilongjiang_cities();
    assert_eq!(cities.len(), 5, "{cities:?}");
    let c = service_catalogue();
    let counter: Vec<&str> = c
        .services
        .iter()
        .filter(|s| s.at_service_point)
        .map(|s| s.code.as_str())
        .collect();
    assert!(counter.len() >= 5, "{counter:?}");
    for city in cities {
        for s in &counter {
            assert!(
                providers()
                    .iter()
                    .any(|p| inside(p.jurisdiction, city) && p.services.contains(s)),
                "no provider of {s} in {city}"
            );
        }
    }
}

#[test]
fn providers_are_unique_and_refer_to_what_exists() {
    let c = service_catalogue();
    let mut codes = HashSet::new();
    for p in providers() {
        assert!(codes.insert(p.code), "duplicate provider {}", p.code);
        assert!(
            jurisdictions().iter().any(|j| j.code == p.jurisdiction),
            "{}: {}",
            p.code,
            p.jurisdiction
        );
        assert!(inside(p.jurisdiction, "hlj"), "{}", p.code);
        assert!(!p.name_zh.is_empty() && !p.name_en.is_empty(), "{}", p.code);
        assert!(!p.services.is_empty(), "{}", p.code);
        for s in p.services {
            assert!(c.service(s).is_some(), "{}: unknown service {s}", p.code);
        }
    }
}

#[test]
fn provider_staff_are_provider_accounts_of_their_provider() {
    assert_eq!(provider_staff().len(), 3);
    for (user, provider) in provider_staff() {
        let account = accounts()
            .iter()
            .find(|a| a.username == *user)
            .unwrap_or_else(|| panic!("no account {user}"));
        assert_eq!(account.role, Role::Provider, "{user}");
        let p = providers()
            .iter()
            .find(|p| p.code == *provider)
            .unwrap_or_else(|| panic!("{user}: no provider {provider}"));
        // The account's grant covers where its provider stands.
        assert!(inside(p.jurisdiction, account.jurisdiction), "{user}");
    }
    // Every provider account works for someone.
    for a in accounts().iter().filter(|a| a.role == Role::Provider) {
        assert!(
            provider_staff().iter().any(|(u, _)| *u == a.username),
            "{} works for no provider",
            a.username
        );
    }
}
