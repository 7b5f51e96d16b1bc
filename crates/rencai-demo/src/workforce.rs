//! What an employer's people do: fields, the share of skilled workers, of researchers
//! and of foreign experts, where those experts come from, and how big the employer is.

use crate::EnterpriseSeed;
use crate::names::{self, Origin};
use crate::places::Place;
use rencai_domain::vocab::Field::{self, *};

/// The people an enterprise employs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Workforce {
    pub fields: &'static [(Field, u32)],
    /// Percent skilled workers (the rest are professionals).
    pub skilled: u32,
    /// Percent of professionals in research (more master's and doctoral degrees).
    pub research: u32,
    /// Probability that a person is a foreign expert.
    pub foreign: f64,
    /// Relative headcount among the employers around a place.
    pub size: u32,
}

const fn w(fields: &'static [(Field, u32)], skilled: u32, research: u32) -> Workforce {
    Workforce {
        fields,
        skilled,
        research,
        foreign: 0.01,
        size: 3,
    }
}

/// Foreign multinationals: many of their experts come from the home country.
const MULTINATIONALS: &[&str] = &[
    "Merck",
    "Carl Zeiss",
    "Organon",
    "GlaxoSmithKline",
    "Baxter Healthcare",
    "Takeda Pharmaceutical",
];

/// Large employers (thousands of people) and small ones (tens to hundreds).
const LARGE: &[&str] = &[
    "Shandong Zhushi Pharmaceutical Group",
    "Harbin Boshi Automation Co. Ltd.",
    "Sungrow Power Supply Co.",
    "ChangXin Memory Technologies",
    "BOE 10.5-generation line",
    "iFlytek",
];
const SMALL: &[&str] = &[
    "Harbin Sagebot Intelligent Medical Equipment Co. LTD.",
    "Shanghai Shengsheng Logistics Co., Ltd",
    "Shanghai Rizhi Sheng Technology Co., Ltd.",
    "Shanghai Yongfeng Hot Dip Galvanizing Co., Ltd.",
    "Zhongke Naozhi (Shanghai) Enterprise Development Co.",
    "Haining Litai Microelectronics Equipment Co.",
];

/// By industry chain, then adjusted for the kind of employer, multinationals and size.
#[rustfmt::skip]
pub(crate) fn workforce(e: &EnterpriseSeed) -> Option<Workforce> {
    let base = match e.industry_chain {
        "biopharmaceutical" => w(&[(Biomedicine, 8), (Healthcare, 1), (InformationTechnology, 1)], 25, 30),
        "medical devices" => w(&[(Biomedicine, 4), (Healthcare, 3), (AdvancedManufacturing, 2), (InformationTechnology, 1)], 30, 20),
        "medical optics" => w(&[(Healthcare, 4), (AdvancedManufacturing, 3), (Biomedicine, 2)], 30, 20),
        "biopharmaceutical cold chain" => w(&[(Logistics, 7), (Biomedicine, 2), (InformationTechnology, 1)], 55, 5),
        "health research" => w(&[(Healthcare, 5), (Biomedicine, 4), (Finance, 1)], 5, 60),
        "elderly care" => w(&[(Healthcare, 9), (Education, 1)], 65, 2),
        "new materials" => w(&[(NewMaterials, 6), (AdvancedManufacturing, 3)], 45, 15),
        "metal processing" => w(&[(AdvancedManufacturing, 7), (NewMaterials, 3)], 65, 5),
        "robotics" => w(&[(Robotics, 6), (AdvancedManufacturing, 2), (InformationTechnology, 2)], 35, 20),
        "surgical robots" => w(&[(Robotics, 6), (Healthcare, 2), (InformationTechnology, 1)], 25, 30),
        "integrated circuits" => w(&[(IntegratedCircuits, 8), (AdvancedManufacturing, 1), (NewMaterials, 1)], 35, 25),
        "new energy" => w(&[(NewEnergy, 8), (AdvancedManufacturing, 1), (InformationTechnology, 1)], 40, 15),
        "venture investment" => w(&[(Finance, 8), (InformationTechnology, 1), (Biomedicine, 1)], 0, 10),
        "cloud computing" => w(&[(InformationTechnology, 1)], 5, 20),
        "industrial internet" => w(&[(InformationTechnology, 6), (AdvancedManufacturing, 4)], 15, 20),
        "new energy vehicles" => w(&[(NewEnergy, 6), (AdvancedManufacturing, 3), (InformationTechnology, 1)], 20, 40),
        "new displays" => w(&[(IntegratedCircuits, 4), (NewMaterials, 3), (AdvancedManufacturing, 3)], 50, 15),
        "artificial intelligence" => w(&[(InformationTechnology, 9), (Education, 1)], 5, 40),
        _ => return None,
    };
    let mut work = match e.kind {
        "university" => Workforce {
            fields: &[(Robotics, 5), (Education, 3), (AdvancedManufacturing, 2), (InformationTechnology, 2), (NewMaterials, 1)],
            skilled: 10,
            research: 85,
            foreign: 0.07,
            size: 6,
        },
        "institute" => Workforce { research: 70, foreign: 0.03, size: 2, ..base },
        "nursing_home" | "platform" => Workforce { size: 1, ..base },
        _ => base,
    };
    if MULTINATIONALS.contains(&e.name) {
        work.foreign = 0.4;
    }
    if LARGE.contains(&e.name) {
        work.size = 5;
    } else if SMALL.contains(&e.name) {
        work.size = 1;
    }
    Some(work)
}

/// The workforce of people with no listed employer.
pub(crate) fn unemployed(place: &Place) -> Workforce {
    Workforce {
        fields: place.fields,
        skilled: place.skilled,
        research: 8,
        foreign: 0.003,
        size: 0,
    }
}

/// Where foreign experts of an employer come from.
pub(crate) fn origins(employer: Option<&EnterpriseSeed>) -> &'static [&'static Origin] {
    use crate::names::{BRITAIN, GERMANY, JAPAN, NETHERLANDS, USA};
    match employer.map(|e| e.name) {
        Some("Merck" | "Carl Zeiss") => &[&GERMANY],
        Some("Organon") => &[&NETHERLANDS, &USA],
        Some("GlaxoSmithKline") => &[&BRITAIN],
        Some("Baxter Healthcare") => &[&USA],
        Some("Takeda Pharmaceutical") => &[&JAPAN],
        _ => names::ANYWHERE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_enterprise_has_a_workforce_and_named_lists_are_real_names() {
        for e in crate::enterprises() {
            let w = workforce(e).unwrap_or_else(|| panic!("{} has no workforce", e.name));
            assert!(w.size > 0 && !w.fields.is_empty() && w.skilled <= 100 && w.research <= 100);
        }
        for name in MULTINATIONALS.iter().chain(LARGE).chain(SMALL) {
            assert!(
                crate::enterprises().iter().any(|e| e.name == *name),
                "{name}"
            );
        }
    }
}
