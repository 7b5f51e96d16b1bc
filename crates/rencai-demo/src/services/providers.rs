//! Who delivers the card's services in each demo city of Heilongjiang, and which demo
//! accounts work for them.
//!
//! Harbin has a provider for every service. The other cities have one for every
//! service redeemed at a service point, so a card can be scanned wherever the holder
//! lives, and their bureaus take the common requests; in the demo the rest (a place at
//! a university-affiliated school, a family doctor, a larger provident fund loan, a
//! permanent residence recommendation) are Harbin's providers' alone.

/// An organisation that fulfils service requests and redeems cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProviderSeed {
    /// Short stable code, e.g. `harbin-airport`.
    pub code: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// Jurisdiction code where it stands.
    pub jurisdiction: &'static str,
    /// Codes of the services it delivers.
    pub services: &'static [&'static str],
}

const fn p(
    code: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    jurisdiction: &'static str,
    services: &'static [&'static str],
) -> ProviderSeed {
    ProviderSeed {
        code,
        name_zh,
        name_en,
        jurisdiction,
        services,
    }
}

// What every city's general bureaus deliver.
const HOSPITAL: &[&str] = &["health-check", "green-channel", "specialist-consultation"];
const EDUCATION: &[&str] = &["school-place", "exam-registration"];
const SPOUSE: &[&str] = &["spouse-placement", "spouse-transfer", "spouse-job-referral"];
const HOUSING: &[&str] = &["talent-apartment", "housing-subsidy"];

static PROVIDERS: &[ProviderSeed] = &[
    // Harbin.
    p(
        "harbin-hmu-first-hospital",
        "哈尔滨医科大学附属第一医院",
        "First Affiliated Hospital of Harbin Medical University",
        "hlj-harbin-nangang",
        HOSPITAL,
    ),
    p(
        "harbin-health-commission",
        "哈尔滨市卫生健康委员会",
        "Harbin Municipal Health Commission",
        "hlj-harbin",
        &["family-doctor"],
    ),
    p(
        "harbin-education-bureau",
        "哈尔滨市教育局",
        "Harbin Municipal Education Bureau",
        "hlj-harbin",
        EDUCATION,
    ),
    p(
        "harbin-hit-middle-school",
        "哈尔滨工业大学附属中学校",
        "Harbin Institute of Technology Affiliated Middle School",
        "hlj-harbin-nangang",
        &["affiliated-school"],
    ),
    p(
        "harbin-airport",
        "哈尔滨太平国际机场",
        "Harbin Taiping International Airport",
        "hlj-harbin",
        &["airport-vip"],
    ),
    p(
        "harbin-station",
        "哈尔滨站（中国铁路哈尔滨局集团）",
        "Harbin Railway Station (China Railway Harbin Group)",
        "hlj-harbin",
        &["rail-priority"],
    ),
    p(
        "harbin-west-station",
        "哈尔滨西站（中国铁路哈尔滨局集团）",
        "Harbin West Railway Station (China Railway Harbin Group)",
        "hlj-harbin",
        &["rail-priority"],
    ),
    p(
        "harbin-metro",
        "哈尔滨地铁集团",
        "Harbin Metro Group",
        "hlj-harbin",
        &["public-transit"],
    ),
    p(
        "harbin-bus",
        "哈尔滨交通集团公交公司",
        "Harbin Transport Group Bus Company",
        "hlj-harbin",
        &["public-transit"],
    ),
    p(
        "harbin-housing-bureau",
        "哈尔滨市住房保障和房产管理局",
        "Harbin Municipal Housing Security and Real Estate Administration",
        "hlj-harbin",
        HOUSING,
    ),
    p(
        "harbin-provident-fund",
        "哈尔滨住房公积金管理中心",
        "Harbin Housing Provident Fund Management Centre",
        "hlj-harbin",
        &["provident-fund-loan"],
    ),
    p(
        "harbin-hrss-bureau",
        "哈尔滨市人力资源和社会保障局",
        "Harbin Municipal Human Resources and Social Security Bureau",
        "hlj-harbin",
        SPOUSE,
    ),
    p(
        "harbin-psb-household",
        "哈尔滨市公安局户政管理支队",
        "Household Registration Division, Harbin Municipal Public Security Bureau",
        "hlj-harbin",
        &["settlement"],
    ),
    p(
        "harbin-psb-exit-entry",
        "哈尔滨市公安局出入境管理支队",
        "Exit-Entry Administration Division, Harbin Municipal Public Security Bureau",
        "hlj-harbin",
        &[
            "residence-permit",
            "multi-entry-visa",
            "permanent-residence",
        ],
    ),
    p(
        "harbin-sun-island",
        "太阳岛风景名胜区",
        "Sun Island Scenic Area",
        "hlj-harbin-songbei",
        &["scenic-entry"],
    ),
    p(
        "hlj-library",
        "黑龙江省图书馆",
        "Heilongjiang Provincial Library",
        "hlj-harbin-nangang",
        &["library-museum"],
    ),
    p(
        "hlj-museum",
        "黑龙江省博物馆",
        "Heilongjiang Provincial Museum",
        "hlj-harbin-nangang",
        &["library-museum"],
    ),
    p(
        "harbin-sports-centre",
        "哈尔滨国际会展体育中心",
        "Harbin International Convention, Exhibition and Sports Center",
        "hlj-harbin-nangang",
        &["sports-venue"],
    ),
    p(
        "harbin-grand-theatre",
        "哈尔滨大剧院",
        "Harbin Grand Theatre",
        "hlj-harbin-songbei",
        &["theatre"],
    ),
    p(
        "harbin-concert-hall",
        "哈尔滨音乐厅",
        "Harbin Concert Hall",
        "hlj-harbin",
        &["theatre"],
    ),
    // Qiqihar.
    p(
        "qiqihar-qmu-first-hospital",
        "齐齐哈尔医学院附属第一医院",
        "First Affiliated Hospital of Qiqihar Medical University",
        "hlj-qiqihar",
        HOSPITAL,
    ),
    p(
        "qiqihar-education-bureau",
        "齐齐哈尔市教育局",
        "Qiqihar Municipal Education Bureau",
        "hlj-qiqihar",
        EDUCATION,
    ),
    p(
        "qiqihar-airport",
        "齐齐哈尔三家子机场",
        "Qiqihar Sanjiazi Airport",
        "hlj-qiqihar",
        &["airport-vip"],
    ),
    p(
        "qiqihar-south-station",
        "齐齐哈尔南站（中国铁路哈尔滨局集团）",
        "Qiqihar South Railway Station (China Railway Harbin Group)",
        "hlj-qiqihar",
        &["rail-priority"],
    ),
    p(
        "qiqihar-bus",
        "齐齐哈尔市公共交通集团",
        "Qiqihar Public Transport Group",
        "hlj-qiqihar",
        &["public-transit"],
    ),
    p(
        "qiqihar-housing-bureau",
        "齐齐哈尔市住房和城乡建设局",
        "Qiqihar Municipal Housing and Urban-Rural Development Bureau",
        "hlj-qiqihar",
        HOUSING,
    ),
    p(
        "qiqihar-hrss-bureau",
        "齐齐哈尔市人力资源和社会保障局",
        "Qiqihar Municipal Human Resources and Social Security Bureau",
        "hlj-qiqihar",
        SPOUSE,
    ),
    p(
        "qiqihar-psb",
        "齐齐哈尔市公安局",
        "Qiqihar Municipal Public Security Bureau",
        "hlj-qiqihar",
        &["settlement", "residence-permit", "multi-entry-visa"],
    ),
    p(
        "qiqihar-zhalong",
        "扎龙国家级自然保护区",
        "Zhalong National Nature Reserve",
        "hlj-qiqihar",
        &["scenic-entry"],
    ),
    p(
        "qiqihar-library",
        "齐齐哈尔市图书馆",
        "Qiqihar Library",
        "hlj-qiqihar",
        &["library-museum"],
    ),
    p(
        "qiqihar-sports-centre",
        "齐齐哈尔市体育中心",
        "Qiqihar Sports Centre",
        "hlj-qiqihar",
        &["sports-venue"],
    ),
    p(
        "qiqihar-grand-theatre",
        "齐齐哈尔大剧院",
        "Qiqihar Grand Theatre",
        "hlj-qiqihar",
        &["theatre"],
    ),
    // Mudanjiang.
    p(
        "mudanjiang-hongqi-hospital",
        "牡丹江医学院附属红旗医院",
        "Hongqi Hospital of Mudanjiang Medical University",
        "hlj-mudanjiang",
        HOSPITAL,
    ),
    p(
        "mudanjiang-education-bureau",
        "牡丹江市教育局",
        "Mudanjiang Municipal Education Bureau",
        "hlj-mudanjiang",
        EDUCATION,
    ),
    p(
        "mudanjiang-airport",
        "牡丹江海浪国际机场",
        "Mudanjiang Hailang International Airport",
        "hlj-mudanjiang",
        &["airport-vip"],
    ),
    p(
        "mudanjiang-station",
        "牡丹江站（中国铁路哈尔滨局集团）",
        "Mudanjiang Railway Station (China Railway Harbin Group)",
        "hlj-mudanjiang",
        &["rail-priority"],
    ),
    p(
        "mudanjiang-bus",
        "牡丹江市公共交通有限公司",
        "Mudanjiang Public Transport Company",
        "hlj-mudanjiang",
        &["public-transit"],
    ),
    p(
        "mudanjiang-housing-bureau",
        "牡丹江市住房和城乡建设局",
        "Mudanjiang Municipal Housing and Urban-Rural Development Bureau",
        "hlj-mudanjiang",
        HOUSING,
    ),
    p(
        "mudanjiang-hrss-bureau",
        "牡丹江市人力资源和社会保障局",
        "Mudanjiang Municipal Human Resources and Social Security Bureau",
        "hlj-mudanjiang",
        SPOUSE,
    ),
    p(
        "mudanjiang-psb",
        "牡丹江市公安局",
        "Mudanjiang Municipal Public Security Bureau",
        "hlj-mudanjiang",
        &["settlement", "residence-permit", "multi-entry-visa"],
    ),
    p(
        "mudanjiang-jingpo-lake",
        "镜泊湖风景名胜区",
        "Jingpo Lake Scenic Area",
        "hlj-mudanjiang",
        &["scenic-entry"],
    ),
    p(
        "mudanjiang-library",
        "牡丹江市图书馆",
        "Mudanjiang Library",
        "hlj-mudanjiang",
        &["library-museum"],
    ),
    p(
        "mudanjiang-sports-centre",
        "牡丹江市体育中心",
        "Mudanjiang Sports Centre",
        "hlj-mudanjiang",
        &["sports-venue"],
    ),
    p(
        "mudanjiang-arts-centre",
        "牡丹江市文化艺术中心",
        "Mudanjiang Culture and Arts Centre",
        "hlj-mudanjiang",
        &["theatre"],
    ),
    // Jiamusi.
    p(
        "jiamusi-university-hospital",
        "佳木斯大学附属第一医院",
        "First Affiliated Hospital of Jiamusi University",
        "hlj-jiamusi",
        HOSPITAL,
    ),
    p(
        "jiamusi-education-bureau",
        "佳木斯市教育局",
        "Jiamusi Municipal Education Bureau",
        "hlj-jiamusi",
        EDUCATION,
    ),
    p(
        "jiamusi-airport",
        "佳木斯东郊机场",
        "Jiamusi Dongjiao Airport",
        "hlj-jiamusi",
        &["airport-vip"],
    ),
    p(
        "jiamusi-station",
        "佳木斯站（中国铁路哈尔滨局集团）",
        "Jiamusi Railway Station (China Railway Harbin Group)",
        "hlj-jiamusi",
        &["rail-priority"],
    ),
    p(
        "jiamusi-bus",
        "佳木斯市公共交通总公司",
        "Jiamusi Public Transport Corporation",
        "hlj-jiamusi",
        &["public-transit"],
    ),
    p(
        "jiamusi-housing-bureau",
        "佳木斯市住房和城乡建设局",
        "Jiamusi Municipal Housing and Urban-Rural Development Bureau",
        "hlj-jiamusi",
        HOUSING,
    ),
    p(
        "jiamusi-hrss-bureau",
        "佳木斯市人力资源和社会保障局",
        "Jiamusi Municipal Human Resources and Social Security Bureau",
        "hlj-jiamusi",
        SPOUSE,
    ),
    p(
        "jiamusi-psb",
        "佳木斯市公安局",
        "Jiamusi Municipal Public Security Bureau",
        "hlj-jiamusi",
        &["settlement", "residence-permit", "multi-entry-visa"],
    ),
    p(
        "jiamusi-sifeng-mountain",
        "四丰山风景区",
        "Sifeng Mountain Scenic Area",
        "hlj-jiamusi",
        &["scenic-entry"],
    ),
    p(
        "jiamusi-library",
        "佳木斯市图书馆",
        "Jiamusi Library",
        "hlj-jiamusi",
        &["library-museum"],
    ),
    p(
        "jiamusi-sports-centre",
        "佳木斯市体育中心",
        "Jiamusi Sports Centre",
        "hlj-jiamusi",
        &["sports-venue"],
    ),
    p(
        "jiamusi-grand-theatre",
        "佳木斯大剧院",
        "Jiamusi Grand Theatre",
        "hlj-jiamusi",
        &["theatre"],
    ),
    // Daqing.
    p(
        "daqing-oilfield-hospital",
        "大庆油田总医院",
        "Daqing Oilfield General Hospital",
        "hlj-daqing",
        HOSPITAL,
    ),
    p(
        "daqing-education-bureau",
        "大庆市教育局",
        "Daqing Municipal Education Bureau",
        "hlj-daqing",
        EDUCATION,
    ),
    p(
        "daqing-airport",
        "大庆萨尔图机场",
        "Daqing Sartu Airport",
        "hlj-daqing",
        &["airport-vip"],
    ),
    p(
        "daqing-west-station",
        "大庆西站（中国铁路哈尔滨局集团）",
        "Daqing West Railway Station (China Railway Harbin Group)",
        "hlj-daqing",
        &["rail-priority"],
    ),
    p(
        "daqing-bus",
        "大庆市公共交通有限公司",
        "Daqing Public Transport Company",
        "hlj-daqing",
        &["public-transit"],
    ),
    p(
        "daqing-housing-bureau",
        "大庆市住房和城乡建设局",
        "Daqing Municipal Housing and Urban-Rural Development Bureau",
        "hlj-daqing",
        HOUSING,
    ),
    p(
        "daqing-hrss-bureau",
        "大庆市人力资源和社会保障局",
        "Daqing Municipal Human Resources and Social Security Bureau",
        "hlj-daqing",
        SPOUSE,
    ),
    p(
        "daqing-psb",
        "大庆市公安局",
        "Daqing Municipal Public Security Bureau",
        "hlj-daqing",
        &["settlement", "residence-permit", "multi-entry-visa"],
    ),
    p(
        "daqing-longfeng-wetland",
        "龙凤湿地自然保护区",
        "Longfeng Wetland Nature Reserve",
        "hlj-daqing",
        &["scenic-entry"],
    ),
    p(
        "daqing-iron-man-museum",
        "铁人王进喜纪念馆",
        "Iron Man Wang Jinxi Memorial Hall",
        "hlj-daqing",
        &["library-museum"],
    ),
    p(
        "daqing-library",
        "大庆市图书馆",
        "Daqing Library",
        "hlj-daqing",
        &["library-museum"],
    ),
    p(
        "daqing-sports-centre",
        "大庆市奥林匹克体育中心",
        "Daqing Olympic Sports Centre",
        "hlj-daqing",
        &["sports-venue"],
    ),
    p(
        "daqing-opera-house",
        "大庆歌剧院",
        "Daqing Opera House",
        "hlj-daqing",
        &["theatre"],
    ),
];

/// Which provider each provider account works for: username → provider code.
static PROVIDER_STAFF: &[(&str, &str)] = &[
    ("provider.hospital", "harbin-hmu-first-hospital"),
    ("provider.school", "harbin-education-bureau"),
    ("provider.airport", "harbin-airport"),
];

/// The organisations that deliver the card's services, Harbin's first.
pub fn providers() -> &'static [ProviderSeed] {
    PROVIDERS
}

/// The provider accounts of [`crate::accounts`] and the provider each works for:
/// `(username, provider code)`.
pub fn provider_staff() -> &'static [(&'static str, &'static str)] {
    PROVIDER_STAFF
}
