//! Where talents live and work: how many live in each jurisdiction, what its economy
//! employs them in, and what each enterprise's workforce looks like.

use crate::workforce::{Workforce, workforce};
use crate::{EnterpriseSeed, JurisdictionSeed, enterprises, jurisdictions};
use rencai_domain::vocab::Field::{self, *};
use std::sync::OnceLock;

/// A jurisdiction talents live in.
pub(crate) struct Place {
    pub code: &'static str,
    /// Share of talents (out of the sum of all weights).
    pub weight: u32,
    /// Telephone area code.
    pub area: &'static str,
    /// Percent of people without a listed employer who are skilled workers.
    pub skilled: u32,
    /// What people without a listed employer work in.
    pub fields: &'static [(Field, u32)],
}

const HARBIN: &[(Field, u32)] = &[
    (Robotics, 3),
    (AdvancedManufacturing, 3),
    (InformationTechnology, 2),
    (Education, 2),
    (Healthcare, 2),
    (ModernAgriculture, 1),
    (Finance, 1),
    (NewMaterials, 1),
];
const MINHANG: &[(Field, u32)] = &[
    (Biomedicine, 4),
    (Healthcare, 2),
    (Logistics, 2),
    (AdvancedManufacturing, 1),
    (InformationTechnology, 1),
    (Finance, 1),
];
const HEZE: &[(Field, u32)] = &[
    (Biomedicine, 3),
    (ModernAgriculture, 3),
    (AdvancedManufacturing, 2),
    (Education, 1),
    (Healthcare, 1),
];
const HEFEI: &[(Field, u32)] = &[
    (IntegratedCircuits, 3),
    (NewEnergy, 3),
    (InformationTechnology, 3),
    (NewMaterials, 1),
    (Education, 1),
];

const fn p(
    code: &'static str,
    weight: u32,
    area: &'static str,
    skilled: u32,
    fields: &'static [(Field, u32)],
) -> Place {
    Place {
        code,
        weight,
        area,
        skilled,
        fields,
    }
}

/// Weighted toward Heilongjiang, the demo's province (55 %); every city has talents.
pub(crate) static PLACES: &[Place] = &[
    p(
        "hlj",
        10,
        "451",
        10,
        &[
            (Education, 2),
            (Healthcare, 2),
            (Finance, 2),
            (ModernAgriculture, 2),
            (InformationTechnology, 1),
        ],
    ),
    p("hlj-harbin", 155, "451", 35, HARBIN),
    p("hlj-harbin-nangang", 70, "451", 25, HARBIN),
    p("hlj-harbin-songbei", 50, "451", 35, HARBIN),
    p(
        "hlj-qiqihar",
        80,
        "452",
        50,
        &[
            (AdvancedManufacturing, 4),
            (ModernAgriculture, 3),
            (NewMaterials, 1),
            (Healthcare, 1),
            (Education, 1),
        ],
    ),
    p(
        "hlj-mudanjiang",
        55,
        "453",
        40,
        &[
            (ModernAgriculture, 3),
            (Logistics, 2),
            (Healthcare, 2),
            (AdvancedManufacturing, 1),
            (Education, 1),
        ],
    ),
    p(
        "hlj-jiamusi",
        50,
        "454",
        40,
        &[
            (ModernAgriculture, 5),
            (Healthcare, 2),
            (Education, 2),
            (Logistics, 1),
        ],
    ),
    p(
        "hlj-daqing",
        80,
        "459",
        50,
        &[
            (NewEnergy, 3),
            (NewMaterials, 3),
            (AdvancedManufacturing, 2),
            (InformationTechnology, 1),
            (Education, 1),
        ],
    ),
    p("sd-heze", 30, "530", 40, HEZE),
    p("sd-heze-mudan", 20, "530", 40, HEZE),
    p(
        "sd-heze-cao",
        15,
        "530",
        50,
        &[
            (ModernAgriculture, 3),
            (AdvancedManufacturing, 3),
            (Logistics, 1),
        ],
    ),
    p("sd-heze-shan", 15, "530", 45, HEZE),
    p("sh-minhang", 40, "21", 25, MINHANG),
    p("sh-minhang-huacao", 70, "21", 25, MINHANG),
    p(
        "sh-songjiang",
        50,
        "21",
        30,
        &[
            (InformationTechnology, 3),
            (AdvancedManufacturing, 2),
            (NewEnergy, 1),
            (IntegratedCircuits, 1),
            (Finance, 1),
            (NewMaterials, 1),
        ],
    ),
    p("ah-hefei", 70, "551", 30, HEFEI),
    p(
        "ah-wuhu",
        25,
        "553",
        45,
        &[
            (AdvancedManufacturing, 3),
            (Robotics, 2),
            (NewEnergy, 2),
            (NewMaterials, 1),
        ],
    ),
    p(
        "ah-xuancheng",
        15,
        "563",
        45,
        &[
            (NewMaterials, 2),
            (AdvancedManufacturing, 2),
            (ModernAgriculture, 2),
            (NewEnergy, 1),
        ],
    ),
    p(
        "zj-hangzhou",
        40,
        "571",
        20,
        &[
            (InformationTechnology, 4),
            (Finance, 2),
            (Biomedicine, 1),
            (IntegratedCircuits, 1),
            (Education, 1),
        ],
    ),
    p(
        "zj-jiaxing",
        15,
        "573",
        40,
        &[
            (AdvancedManufacturing, 2),
            (IntegratedCircuits, 2),
            (NewMaterials, 2),
            (NewEnergy, 1),
        ],
    ),
    p(
        "zj-haining",
        15,
        "573",
        40,
        &[
            (AdvancedManufacturing, 2),
            (IntegratedCircuits, 2),
            (NewMaterials, 2),
        ],
    ),
    p(
        "zj-huzhou",
        10,
        "572",
        40,
        &[
            (NewEnergy, 2),
            (NewMaterials, 2),
            (AdvancedManufacturing, 2),
            (ModernAgriculture, 1),
        ],
    ),
    p(
        "zj-jinhua",
        10,
        "579",
        40,
        &[
            (Logistics, 3),
            (AdvancedManufacturing, 2),
            (InformationTechnology, 1),
            (NewEnergy, 1),
        ],
    ),
    p(
        "js-suzhou",
        20,
        "512",
        35,
        &[
            (AdvancedManufacturing, 3),
            (Biomedicine, 2),
            (IntegratedCircuits, 2),
            (InformationTechnology, 2),
            (NewMaterials, 1),
        ],
    ),
];

/// A place resolved against the world: its jurisdiction and the employers around it.
pub(crate) struct Site {
    pub place: &'static Place,
    pub jurisdiction: &'static JurisdictionSeed,
    /// Codes of the jurisdiction and its ancestors.
    pub lineage: Vec<&'static str>,
    /// Employers in the jurisdiction, above it or below it.
    pub local: Vec<(&'static EnterpriseSeed, Workforce)>,
    /// Employers elsewhere in the province or in an alliance the place belongs to.
    pub near: Vec<(&'static EnterpriseSeed, Workforce)>,
    /// Running total of weights up to and including this site.
    pub cumulative: u32,
}

pub(crate) struct Atlas {
    pub sites: Vec<Site>,
    pub total: u32,
}

impl Atlas {
    /// A site index drawn by weight from `x` in `0..total`.
    pub fn site_at(&self, x: u32) -> usize {
        self.sites
            .partition_point(|s| s.cumulative <= x)
            .min(self.sites.len().saturating_sub(1))
    }

    /// Whether one of two sites is inside the other.
    pub fn related(&self, a: usize, b: usize) -> bool {
        let (sa, sb) = (&self.sites[a], &self.sites[b]);
        sa.lineage.contains(&sb.place.code) || sb.lineage.contains(&sa.place.code)
    }
}

fn lineage(code: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut cur = Some(code);
    while let Some(c) = cur {
        out.push(c);
        cur = jurisdictions()
            .iter()
            .find(|j| j.code == c)
            .and_then(|j| j.parent);
        if out.len() > 16 {
            break;
        }
    }
    out
}

fn build() -> Atlas {
    let alliances_of = |lineage: &[&str]| -> Vec<&'static str> {
        crate::alliances()
            .iter()
            .filter(|a| a.members.iter().any(|m| lineage.contains(m)))
            .map(|a| a.code)
            .collect()
    };
    let mut sites = Vec::with_capacity(PLACES.len());
    let mut total = 0;
    for place in PLACES {
        let Some(jurisdiction) = jurisdictions().iter().find(|j| j.code == place.code) else {
            continue;
        };
        let own = lineage(place.code);
        let province = own.last().copied().unwrap_or(place.code);
        let own_alliances = alliances_of(&own);
        let (mut local, mut near) = (Vec::new(), Vec::new());
        for e in enterprises() {
            let Some(work) = workforce(e) else { continue };
            let theirs = lineage(e.jurisdiction);
            if own.contains(&e.jurisdiction) || theirs.contains(&place.code) {
                local.push((e, work));
            } else if theirs.last() == Some(&province)
                || alliances_of(&theirs)
                    .iter()
                    .any(|a| own_alliances.contains(a))
            {
                near.push((e, work));
            }
        }
        total += place.weight;
        sites.push(Site {
            place,
            jurisdiction,
            lineage: own,
            local,
            near,
            cumulative: total,
        });
    }
    Atlas { sites, total }
}

/// Built once, on the first talent.
pub(crate) fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_and_employer_is_known() {
        let a = atlas();
        assert_eq!(a.sites.len(), PLACES.len());
        for e in enterprises() {
            assert!(workforce(e).is_some(), "{} has no workforce", e.name);
        }
        for s in &a.sites {
            assert!(
                s.place.weight > 0 && !s.place.fields.is_empty(),
                "{}",
                s.place.code
            );
        }
        // Every non-province jurisdiction is a place.
        for j in jurisdictions().iter().filter(|j| j.parent.is_some()) {
            assert!(
                PLACES.iter().any(|p| p.code == j.code),
                "{} has nobody",
                j.code
            );
        }
        let hlj: u32 = PLACES
            .iter()
            .filter(|p| p.code.starts_with("hlj"))
            .map(|p| p.weight)
            .sum();
        assert!(f64::from(hlj) / f64::from(a.total) > 0.5);
    }

    #[test]
    fn employers_are_local_or_near() {
        let a = atlas();
        let site = |code: &str| a.sites.iter().find(|s| s.place.code == code).expect(code);
        let names =
            |v: &[(&EnterpriseSeed, Workforce)]| v.iter().map(|(e, _)| e.name).collect::<Vec<_>>();
        assert!(names(&site("hlj-harbin").local).contains(&"Harbin Institute of Technology"));
        assert!(names(&site("hlj-qiqihar").near).contains(&"Harbin Boshi Automation Co. Ltd."));
        assert!(names(&site("sh-minhang-huacao").local).contains(&"Merck"));
        assert!(names(&site("js-suzhou").near).contains(&"Sungrow Power Supply Co."));
        assert!(
            names(&site("zj-jiaxing").local)
                .contains(&"Haining Litai Microelectronics Equipment Co.")
        );
        assert!(names(&site("sd-heze-cao").near).contains(&"Shandong Zhushi Pharmaceutical Group"));
        assert!(a.related(0, 1) && !a.related(1, 4));
    }
}
