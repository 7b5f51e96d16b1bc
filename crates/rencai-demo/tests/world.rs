//! The demo world hangs together: every reference resolves, names are unique.

use rencai_demo::{DEMO_PASSWORD, accounts, alliances, enterprises, jurisdictions};
use rencai_domain::access::Role;
use rencai_domain::vocab::JurisdictionLevel;
use std::collections::HashSet;

fn known(code: &str) -> bool {
    jurisdictions().iter().any(|j| j.code == code)
}

#[test]
fn every_parent_exists_and_comes_first() {
    let mut seen = HashSet::new();
    for j in jurisdictions() {
        match j.parent {
            None => assert_eq!(j.level, JurisdictionLevel::Province, "{}", j.code),
            Some(p) => {
                assert!(seen.contains(p), "{}: parent {p} missing or later", j.code);
                let parent = jurisdictions()
                    .iter()
                    .find(|x| x.code == p)
                    .expect("parent");
                assert!(parent.level < j.level, "{} is not below {p}", j.code);
                // A child's division code lies within its parent's.
                let digits = match parent.level {
                    JurisdictionLevel::Province => 2,
                    _ => 4,
                };
                let unit = 10u32.pow(6 - digits);
                assert_eq!(j.region / unit, parent.region / unit, "{}", j.code);
            }
        }
        assert!((110_000..=659_999).contains(&j.region), "{}", j.code);
        assert!(seen.insert(j.code), "duplicate code {}", j.code);
    }
}

#[test]
fn jurisdiction_names_are_unique_so_imports_resolve_them() {
    let mut names = HashSet::new();
    for j in jurisdictions() {
        assert!(names.insert(j.name_zh.to_string()), "{}", j.name_zh);
        assert!(names.insert(j.name_en.to_lowercase()), "{}", j.name_en);
    }
}

#[test]
fn alliance_members_exist() {
    let g60 = alliances().iter().find(|a| a.code == "g60").expect("g60");
    assert_eq!(g60.members.len(), 9);
    for a in alliances() {
        for m in a.members {
            assert!(known(m), "{}: unknown member {m}", a.code);
        }
        let unique: HashSet<_> = a.members.iter().collect();
        assert_eq!(unique.len(), a.members.len(), "{}", a.code);
    }
}

#[test]
fn enterprises_are_unique_and_placed() {
    let mut names = HashSet::new();
    for e in enterprises() {
        assert!(names.insert(e.name), "duplicate enterprise {}", e.name);
        assert!(known(e.jurisdiction), "{}: {}", e.name, e.jurisdiction);
        assert!(!e.name_zh.is_empty() && !e.industry_chain.is_empty() && !e.cluster.is_empty());
        assert!(
            [
                "enterprise",
                "university",
                "institute",
                "platform",
                "nursing_home"
            ]
            .contains(&e.kind),
            "{}: {}",
            e.name,
            e.kind
        );
    }
    let zhushi = enterprises()
        .iter()
        .find(|e| e.name == "Shandong Zhushi Pharmaceutical Group")
        .expect("zhushi");
    assert!(zhushi.jurisdiction.starts_with("sd-heze"));
    let huacao = enterprises()
        .iter()
        .filter(|e| e.jurisdiction == "sh-minhang-huacao")
        .count();
    assert!(huacao >= 15, "{huacao}");
}

#[test]
fn accounts_cover_every_role_in_known_places() {
    let mut users = HashSet::new();
    for a in accounts() {
        assert!(users.insert(a.username), "duplicate {}", a.username);
        assert!(known(a.jurisdiction), "{}: {}", a.username, a.jurisdiction);
        assert!(a.password.len() >= 12);
        assert_eq!(a.password, DEMO_PASSWORD);
    }
    for role in Role::ALL {
        assert!(accounts().iter().any(|a| a.role == *role), "no {role:?}");
    }
    let admin = accounts()
        .iter()
        .find(|a| a.username == "admin")
        .expect("admin");
    assert_eq!((admin.role, admin.jurisdiction), (Role::Admin, "hlj"));
    for name in [
        "officer.harbin",
        "officer.qiqihar",
        "officer.heze",
        "officer.huacao",
        "admin.minhang",
        "officer.songjiang",
        "officer.hefei",
    ] {
        assert!(users.contains(name), "{name}");
    }
}
