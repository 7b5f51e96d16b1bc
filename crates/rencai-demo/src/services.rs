//! The demo talent card's service catalogue: Heilongjiang's "24 exclusive services in
//! seven areas including children's education, medical examination and treatment, and
//! transportation" (the SCIO press conference), with the organisations that deliver
//! them in each demo city and the provider accounts that work for them.
//!
//! Tier codes are those of the demo tier catalogue (A highest to E); a higher tier is
//! entitled to everything a lower one is, and more. Every text is in the six languages
//! of the UI.

mod family;
mod health;
mod providers;
mod settling;
mod travel;

pub use providers::{ProviderSeed, provider_staff, providers};

use crate::catalogue::text;
use rencai_domain::services::{Period, Quota, Service, ServiceArea, ServiceCatalogue};

/// A text in [`rencai_domain::accreditation::LOCALES`] order: en, zh-CN, zh-TW, da,
/// sw, tl.
type Text = [&'static str; 6];

/// A service as written here: static, so the areas' files read as tables.
struct Spec {
    code: &'static str,
    area: &'static str,
    tiers: &'static [&'static str],
    quota: Option<Quota>,
    turnaround_days: u32,
    at_service_point: bool,
    name: Text,
    description: Text,
    documents: &'static [Text],
}

const A_TO_C: &[&str] = &["A", "B", "C"];
const A_TO_D: &[&str] = &["A", "B", "C", "D"];
const A_TO_E: &[&str] = &["A", "B", "C", "D", "E"];

const fn per_year(times: u32) -> Option<Quota> {
    Some(Quota {
        times,
        per: Period::Year,
    })
}

const fn per_month(times: u32) -> Option<Quota> {
    Some(Quota {
        times,
        per: Period::Month,
    })
}

const fn lifetime(times: u32) -> Option<Quota> {
    Some(Quota {
        times,
        per: Period::Lifetime,
    })
}

/// Documents several services ask for.
mod documents {
    use super::Text;

    pub(super) const LABOUR_CONTRACT: Text = [
        "The holder's labour contract with an employer in the city.",
        "持卡人与本市用人单位签订的劳动合同。",
        "持卡人與本市用人單位簽訂的勞動合同。",
        "Kortindehaverens ansættelseskontrakt med en arbejdsgiver i byen.",
        "Mkataba wa ajira wa mwenye kadi na mwajiri aliye jijini.",
        "Kontrata sa trabaho ng may-hawak ng kard sa isang employer sa lungsod.",
    ];

    pub(super) const MARRIAGE: Text = [
        "The marriage certificate.",
        "结婚证。",
        "結婚證。",
        "Vielsesattesten.",
        "Cheti cha ndoa.",
        "Sertipiko ng kasal.",
    ];

    pub(super) const PASSPORTS: Text = [
        "The passports of the holder and of the family members applying.",
        "持卡人及申请家属的护照。",
        "持卡人及申請家屬的護照。",
        "Pas for kortindehaveren og for de familiemedlemmer, der ansøger.",
        "Pasipoti za mwenye kadi na za wanafamilia wanaoomba.",
        "Mga pasaporte ng may-hawak ng kard at ng mga kapamilyang nag-a-apply.",
    ];

    pub(super) const EMPLOYER_LETTER: Text = [
        "A letter of recommendation from the employer.",
        "用人单位出具的推荐函。",
        "用人單位出具的推薦函。",
        "Et anbefalingsbrev fra arbejdsgiveren.",
        "Barua ya mapendekezo kutoka kwa mwajiri.",
        "Liham ng rekomendasyon mula sa employer.",
    ];
}

fn area(code: &str, name: Text) -> ServiceArea {
    ServiceArea {
        code: code.to_string(),
        name: text(name),
    }
}

fn areas() -> Vec<ServiceArea> {
    vec![
        area(
            "education",
            [
                "Children's education",
                "子女教育",
                "子女教育",
                "Børnenes skolegang",
                "Elimu ya watoto",
                "Edukasyon ng mga anak",
            ],
        ),
        area(
            "medical",
            [
                "Medical examination and treatment",
                "医疗保健",
                "醫療保健",
                "Lægeundersøgelse og behandling",
                "Uchunguzi wa afya na matibabu",
                "Pagpapasuri at pagpapagamot",
            ],
        ),
        area(
            "transport",
            [
                "Transportation",
                "交通出行",
                "交通出行",
                "Transport",
                "Usafiri",
                "Transportasyon",
            ],
        ),
        area(
            "housing",
            [
                "Housing",
                "住房保障",
                "住房保障",
                "Bolig",
                "Makazi",
                "Pabahay",
            ],
        ),
        area(
            "spouse-employment",
            [
                "Spouse employment",
                "配偶就业",
                "配偶就業",
                "Ægtefællens beskæftigelse",
                "Ajira ya mwenzi",
                "Trabaho ng asawa",
            ],
        ),
        area(
            "residence",
            [
                "Residence and entry-exit",
                "落户与出入境",
                "落戶與出入境",
                "Ophold samt ind- og udrejse",
                "Ukaazi, kuingia na kutoka nchini",
                "Paninirahan at paglabas-pasok sa bansa",
            ],
        ),
        area(
            "culture-tourism",
            [
                "Culture and tourism",
                "文化旅游",
                "文化旅遊",
                "Kultur og turisme",
                "Utamaduni na utalii",
                "Kultura at turismo",
            ],
        ),
    ]
}

fn service(s: &Spec) -> Service {
    Service {
        code: s.code.to_string(),
        area: s.area.to_string(),
        name: text(s.name),
        description: text(s.description),
        tiers: s.tiers.iter().map(|t| t.to_string()).collect(),
        quota: s.quota,
        documents: s.documents.iter().map(|d| text(*d)).collect(),
        turnaround_days: s.turnaround_days,
        at_service_point: s.at_service_point,
    }
}

/// The Heilongjiang talent card's catalogue: 7 areas, 24 services.
pub fn service_catalogue() -> ServiceCatalogue {
    let specs = [
        family::EDUCATION,
        health::MEDICAL,
        travel::TRANSPORT,
        settling::HOUSING,
        family::SPOUSE,
        settling::RESIDENCE,
        travel::CULTURE,
    ];
    ServiceCatalogue {
        areas: areas(),
        services: specs.iter().flat_map(|a| a.iter()).map(service).collect(),
    }
}
