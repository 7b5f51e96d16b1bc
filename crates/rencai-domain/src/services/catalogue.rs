//! A jurisdiction's service catalogue as its administrator writes it and the store
//! keeps it (JSON): areas, and services with eligibility, quota, documents and a promised
//! turnaround. Each entry carries its own translations.

use super::quota::Quota;
use crate::accreditation::LocalText;
use crate::error::FieldError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceArea {
    /// Lower-case letters, digits and '-': e.g. `education`.
    pub code: String,
    pub name: LocalText,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// Lower-case letters, digits and '-', unique in the catalogue: e.g. `school-place`.
    pub code: String,
    /// The code of its area.
    pub area: String,
    pub name: LocalText,
    #[serde(default)]
    pub description: LocalText,
    /// The tier codes whose cards are entitled to it.
    pub tiers: Vec<String>,
    /// How often a card may use it; none means as often as needed.
    #[serde(default)]
    pub quota: Option<Quota>,
    /// What the holder brings or uploads when requesting it.
    #[serde(default)]
    pub documents: Vec<LocalText>,
    /// Working days the provider promises to answer a request in.
    pub turnaround_days: u32,
    /// Redeemed at a service point by scanning the card (a health check, a fast lane);
    /// otherwise requested and fulfilled through review (a school place).
    #[serde(default)]
    pub at_service_point: bool,
}

impl Service {
    pub fn eligible(&self, tier: &str) -> bool {
        self.tiers.iter().any(|t| t == tier)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCatalogue {
    pub areas: Vec<ServiceArea>,
    pub services: Vec<Service>,
}

fn is_code(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn text(out: &mut Vec<FieldError>, field: String, t: &LocalText) {
    for locale in t.missing() {
        out.push(FieldError::new(
            format!("{field}.{locale}"),
            "translation-missing",
        ));
    }
}

impl ServiceCatalogue {
    pub fn service(&self, code: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.code == code)
    }

    pub fn area(&self, code: &str) -> Option<&ServiceArea> {
        self.areas.iter().find(|a| a.code == code)
    }

    /// Every problem, each at its field (`services[3].quota.times`), so an editor can
    /// point at all of them at once; `tiers` are the tier codes that exist.
    pub fn check(&self, tiers: &BTreeSet<String>) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut areas = BTreeSet::new();
        for (i, a) in self.areas.iter().enumerate() {
            let f = format!("areas[{i}]");
            if !is_code(&a.code) {
                out.push(FieldError::new(format!("{f}.code"), "code-invalid"));
            } else if !areas.insert(a.code.as_str()) {
                out.push(FieldError::new(format!("{f}.code"), "code-duplicate"));
            }
            text(&mut out, format!("{f}.name"), &a.name);
        }
        let mut services = BTreeSet::new();
        for (i, s) in self.services.iter().enumerate() {
            let f = format!("services[{i}]");
            if !is_code(&s.code) {
                out.push(FieldError::new(format!("{f}.code"), "code-invalid"));
            } else if !services.insert(s.code.as_str()) {
                out.push(FieldError::new(format!("{f}.code"), "code-duplicate"));
            }
            if !areas.contains(s.area.as_str()) {
                out.push(FieldError::new(format!("{f}.area"), "unknown-value"));
            }
            text(&mut out, format!("{f}.name"), &s.name);
            if s.tiers.is_empty() {
                out.push(FieldError::new(format!("{f}.tiers"), "required"));
            }
            for (k, t) in s.tiers.iter().enumerate() {
                if !tiers.contains(t) {
                    out.push(FieldError::new(format!("{f}.tiers[{k}]"), "unknown-value"));
                }
            }
            if s.quota.is_some_and(|q| q.times == 0) {
                out.push(FieldError::new(format!("{f}.quota.times"), "out-of-range"));
            }
            for (k, d) in s.documents.iter().enumerate() {
                text(&mut out, format!("{f}.documents[{k}]"), d);
            }
            if s.turnaround_days == 0 || s.turnaround_days > 365 {
                out.push(FieldError::new(
                    format!("{f}.turnaround_days"),
                    "out-of-range",
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::Period;

    fn tiers() -> BTreeSet<String> {
        ["A", "B", "C"].iter().map(|s| s.to_string()).collect()
    }

    fn good() -> ServiceCatalogue {
        ServiceCatalogue {
            areas: vec![ServiceArea {
                code: "medical".into(),
                name: LocalText::same("Medical care"),
            }],
            services: vec![Service {
                code: "health-check".into(),
                area: "medical".into(),
                name: LocalText::same("Annual health check"),
                description: LocalText::default(),
                tiers: vec!["A".into(), "B".into()],
                quota: Some(Quota {
                    times: 1,
                    per: Period::Year,
                }),
                documents: vec![],
                turnaround_days: 5,
                at_service_point: true,
            }],
        }
    }

    #[test]
    fn a_sound_catalogue_has_no_problems() {
        assert_eq!(good().check(&tiers()), vec![]);
        assert!(good().services[0].eligible("A"));
        assert!(!good().services[0].eligible("C"));
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let mut c = good();
        c.areas[0].name.0.remove("sw");
        let mut s = c.services[0].clone();
        s.area = "housing".into();
        s.tiers = vec!["Z".into()];
        s.quota = Some(Quota {
            times: 0,
            per: Period::Month,
        });
        s.turnaround_days = 0;
        c.services.push(s);
        let fields: Vec<(String, &str)> = c
            .check(&tiers())
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("areas[0].name.sw".to_string(), "translation-missing"),
                ("services[1].code".to_string(), "code-duplicate"),
                ("services[1].area".to_string(), "unknown-value"),
                ("services[1].tiers[0]".to_string(), "unknown-value"),
                ("services[1].quota.times".to_string(), "out-of-range"),
                ("services[1].turnaround_days".to_string(), "out-of-range"),
            ]
        );
    }
}
