//! The jurisdiction tree, the alliances and the demo accounts.
//!
//! Region codes are the real administrative division codes (GB/T 2260). Huacao is a
//! town: towns have no code of their own in identity numbers, so it carries Minhang's.

use crate::{AccountSeed, AllianceSeed, DEMO_PASSWORD, JurisdictionSeed};
use rencai_domain::access::Role;
use rencai_domain::vocab::JurisdictionLevel::{City, County, District, Province, Town};

const fn j(
    code: &'static str,
    parent: Option<&'static str>,
    name_zh: &'static str,
    name_en: &'static str,
    level: rencai_domain::vocab::JurisdictionLevel,
    region: u32,
) -> JurisdictionSeed {
    JurisdictionSeed {
        code,
        parent,
        name_zh,
        name_en,
        level,
        region,
    }
}

pub(crate) static JURISDICTIONS: &[JurisdictionSeed] = &[
    // Heilongjiang: the demo's province (the SCIO press conference).
    j("hlj", None, "黑龙江省", "Heilongjiang", Province, 230000),
    j(
        "hlj-harbin",
        Some("hlj"),
        "哈尔滨市",
        "Harbin",
        City,
        230100,
    ),
    j(
        "hlj-harbin-nangang",
        Some("hlj-harbin"),
        "南岗区",
        "Nangang District",
        District,
        230103,
    ),
    j(
        "hlj-harbin-songbei",
        Some("hlj-harbin"),
        "松北区",
        "Songbei District",
        District,
        230109,
    ),
    j(
        "hlj-qiqihar",
        Some("hlj"),
        "齐齐哈尔市",
        "Qiqihar",
        City,
        230200,
    ),
    j(
        "hlj-mudanjiang",
        Some("hlj"),
        "牡丹江市",
        "Mudanjiang",
        City,
        231000,
    ),
    j(
        "hlj-jiamusi",
        Some("hlj"),
        "佳木斯市",
        "Jiamusi",
        City,
        230800,
    ),
    j("hlj-daqing", Some("hlj"), "大庆市", "Daqing", City, 230600),
    // Shandong: Heze's talent section and the county office that visited Zhushi.
    j("sd", None, "山东省", "Shandong", Province, 370000),
    j("sd-heze", Some("sd"), "菏泽市", "Heze", City, 371700),
    j(
        "sd-heze-mudan",
        Some("sd-heze"),
        "牡丹区",
        "Mudan District",
        District,
        371702,
    ),
    j(
        "sd-heze-cao",
        Some("sd-heze"),
        "曹县",
        "Cao County",
        County,
        371721,
    ),
    j(
        "sd-heze-shan",
        Some("sd-heze"),
        "单县",
        "Shan County",
        County,
        371722,
    ),
    // Shanghai (a municipality, treated as a province): Huacao and Songjiang.
    j("sh", None, "上海市", "Shanghai", Province, 310000),
    j(
        "sh-minhang",
        Some("sh"),
        "闵行区",
        "Minhang District",
        District,
        310112,
    ),
    j(
        "sh-minhang-huacao",
        Some("sh-minhang"),
        "华漕镇",
        "Huacao Town",
        Town,
        310112,
    ),
    j(
        "sh-songjiang",
        Some("sh"),
        "松江区",
        "Songjiang District",
        District,
        310117,
    ),
    // The G60 corridor's other cities.
    j("ah", None, "安徽省", "Anhui", Province, 340000),
    j("ah-hefei", Some("ah"), "合肥市", "Hefei", City, 340100),
    j("ah-wuhu", Some("ah"), "芜湖市", "Wuhu", City, 340200),
    j(
        "ah-xuancheng",
        Some("ah"),
        "宣城市",
        "Xuancheng",
        City,
        341800,
    ),
    j("zj", None, "浙江省", "Zhejiang", Province, 330000),
    j(
        "zj-hangzhou",
        Some("zj"),
        "杭州市",
        "Hangzhou",
        City,
        330100,
    ),
    j("zj-jiaxing", Some("zj"), "嘉兴市", "Jiaxing", City, 330400),
    j(
        "zj-haining",
        Some("zj-jiaxing"),
        "海宁市",
        "Haining",
        County,
        330481,
    ),
    j("zj-huzhou", Some("zj"), "湖州市", "Huzhou", City, 330500),
    j("zj-jinhua", Some("zj"), "金华市", "Jinhua", City, 330700),
    j("js", None, "江苏省", "Jiangsu", Province, 320000),
    j("js-suzhou", Some("js"), "苏州市", "Suzhou", City, 320500),
];

pub(crate) static ALLIANCES: &[AllianceSeed] = &[
    AllianceSeed {
        code: "g60",
        name_zh: "长三角G60科创走廊",
        name_en: "Yangtze River Delta G60 Science and Technology Innovation Corridor",
        members: &[
            "sh-songjiang",
            "zj-jiaxing",
            "zj-hangzhou",
            "zj-jinhua",
            "js-suzhou",
            "zj-huzhou",
            "ah-xuancheng",
            "ah-wuhu",
            "ah-hefei",
        ],
    },
    // The first G60 high-level talent class was "jointly run by Songjiang and Hefei,
    // trained in stages" (松江合肥两地联办、分段施训).
    AllianceSeed {
        code: "g60-class-hosts",
        name_zh: "松江合肥两地联办",
        name_en: "Songjiang and Hefei, joint hosts of the G60 high-level talent class",
        members: &["sh-songjiang", "ah-hefei"],
    },
];

const fn a(
    username: &'static str,
    display_name: &'static str,
    role: Role,
    jurisdiction: &'static str,
) -> AccountSeed {
    AccountSeed {
        username,
        display_name,
        role,
        jurisdiction,
        password: DEMO_PASSWORD,
    }
}

pub(crate) static ACCOUNTS: &[AccountSeed] = &[
    a(
        "admin",
        "Heilongjiang talent bureau administrator",
        Role::Admin,
        "hlj",
    ),
    a(
        "officer.harbin",
        "Harbin talent officer",
        Role::Officer,
        "hlj-harbin",
    ),
    a(
        "officer.qiqihar",
        "Qiqihar talent officer",
        Role::Officer,
        "hlj-qiqihar",
    ),
    a(
        "officer.heze",
        "Heze talent section officer",
        Role::Officer,
        "sd-heze",
    ),
    a(
        "admin.minhang",
        "Minhang district administrator",
        Role::Admin,
        "sh-minhang",
    ),
    a(
        "officer.huacao",
        "Huacao town officer",
        Role::Officer,
        "sh-minhang-huacao",
    ),
    a(
        "officer.songjiang",
        "Songjiang organisation department officer",
        Role::Officer,
        "sh-songjiang",
    ),
    a(
        "officer.hefei",
        "Hefei talent officer",
        Role::Officer,
        "ah-hefei",
    ),
    a("expert.panel", "Review panel expert", Role::Expert, "hlj"),
    a(
        "expert.panel2",
        "Review panel expert (second seat)",
        Role::Expert,
        "hlj",
    ),
    a(
        "expert.panel3",
        "Review panel expert (third seat)",
        Role::Expert,
        "hlj",
    ),
    a(
        "provider.hospital",
        "Harbin hospital service desk",
        Role::Provider,
        "hlj-harbin",
    ),
    a(
        "provider.school",
        "Harbin education bureau service desk",
        Role::Provider,
        "hlj-harbin",
    ),
    a(
        "provider.airport",
        "Harbin airport VIP service desk",
        Role::Provider,
        "hlj-harbin",
    ),
    a(
        "enterprise.zhushi",
        "Zhushi Pharmaceutical human resources",
        Role::EnterpriseAdmin,
        "sd-heze-shan",
    ),
    a(
        "talent.demo",
        "Demo talent (Harbin Institute of Technology)",
        Role::Talent,
        "hlj-harbin-nangang",
    ),
    a(
        "talent.demo2",
        "Second demo talent (Harbin)",
        Role::Talent,
        "hlj-harbin-nangang",
    ),
];
