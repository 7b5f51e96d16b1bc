//! The demo world, built from the seed articles: Heilongjiang and its cities, Heze in
//! Shandong, Minhang with Huacao town, the G60 corridor's nine cities as an alliance,
//! the enterprises the articles name, demo accounts, and generated talents (names
//! combined from common surnames and given names: no real person).

use rencai_domain::access::Role;
use rencai_domain::identity::IdentityNumber;
use rencai_domain::talent::TalentDraft;
use rencai_domain::vocab::JurisdictionLevel::{self, *};

/// (code, parent, Chinese name, Latin name, level, administrative division code)
pub type JurisdictionSeed = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    JurisdictionLevel,
    u32,
);

pub const JURISDICTIONS: &[JurisdictionSeed] = &[
    ("hlj", None, "黑龙江省", "Heilongjiang", Province, 230000),
    (
        "hlj-harbin",
        Some("hlj"),
        "哈尔滨市",
        "Harbin",
        City,
        230100,
    ),
    (
        "hlj-harbin-nangang",
        Some("hlj-harbin"),
        "南岗区",
        "Nangang District",
        District,
        230103,
    ),
    (
        "hlj-harbin-songbei",
        Some("hlj-harbin"),
        "松北区",
        "Songbei District",
        District,
        230109,
    ),
    (
        "hlj-qiqihar",
        Some("hlj"),
        "齐齐哈尔市",
        "Qiqihar",
        City,
        230200,
    ),
    (
        "hlj-mudanjiang",
        Some("hlj"),
        "牡丹江市",
        "Mudanjiang",
        City,
        231000,
    ),
    (
        "hlj-jiamusi",
        Some("hlj"),
        "佳木斯市",
        "Jiamusi",
        City,
        230800,
    ),
    ("hlj-daqing", Some("hlj"), "大庆市", "Daqing", City, 230600),
    ("sd", None, "山东省", "Shandong", Province, 370000),
    ("sd-heze", Some("sd"), "菏泽市", "Heze", City, 371700),
    (
        "sd-heze-mudan",
        Some("sd-heze"),
        "牡丹区",
        "Mudan District",
        District,
        371702,
    ),
    (
        "sd-heze-cao",
        Some("sd-heze"),
        "曹县",
        "Cao County",
        County,
        371721,
    ),
    ("sh", None, "上海市", "Shanghai", Province, 310000),
    (
        "sh-minhang",
        Some("sh"),
        "闵行区",
        "Minhang District",
        District,
        310112,
    ),
    (
        "sh-minhang-huacao",
        Some("sh-minhang"),
        "华漕镇",
        "Huacao Town",
        Town,
        310112,
    ),
    (
        "sh-songjiang",
        Some("sh"),
        "松江区",
        "Songjiang District",
        District,
        310117,
    ),
    ("ah", None, "安徽省", "Anhui", Province, 340000),
    ("ah-hefei", Some("ah"), "合肥市", "Hefei", City, 340100),
    ("ah-wuhu", Some("ah"), "芜湖市", "Wuhu", City, 340200),
    (
        "ah-xuancheng",
        Some("ah"),
        "宣城市",
        "Xuancheng",
        City,
        341800,
    ),
    ("zj", None, "浙江省", "Zhejiang", Province, 330000),
    (
        "zj-hangzhou",
        Some("zj"),
        "杭州市",
        "Hangzhou",
        City,
        330100,
    ),
    ("zj-jiaxing", Some("zj"), "嘉兴市", "Jiaxing", City, 330400),
    (
        "zj-haining",
        Some("zj-jiaxing"),
        "海宁市",
        "Haining",
        County,
        330481,
    ),
    ("zj-huzhou", Some("zj"), "湖州市", "Huzhou", City, 330500),
    ("zj-jinhua", Some("zj"), "金华市", "Jinhua", City, 330700),
    ("js", None, "江苏省", "Jiangsu", Province, 320000),
    ("js-suzhou", Some("js"), "苏州市", "Suzhou", City, 320500),
];

/// The Yangtze River Delta G60 Science and Technology Innovation Corridor.
pub const G60: (&str, &str, &str, &[&str]) = (
    "g60",
    "长三角G60科创走廊",
    "Yangtze River Delta G60 Science and Technology Innovation Corridor",
    &[
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
);

/// (name, Chinese name, jurisdiction, industry chain, cluster, kind, field of its people)
pub const ENTERPRISES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "Shandong Zhushi Pharmaceutical Group",
        "山东朱氏药业集团",
        "sd-heze-mudan",
        "biopharmaceutical",
        "Heze pharmaceutical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Innovent Biologics",
        "信达生物",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Weigao Group",
        "威高集团",
        "sh-minhang-huacao",
        "medical devices",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Neusoft Medical",
        "东软医疗",
        "sh-minhang-huacao",
        "medical devices",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "healthcare",
    ),
    (
        "Yunnan Baiyao",
        "云南白药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Merck",
        "默克",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Carl Zeiss",
        "卡尔蔡司",
        "sh-minhang-huacao",
        "medical optics",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "healthcare",
    ),
    (
        "Organon",
        "欧加隆",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Shanghai Pharmaceutical Holding",
        "上海医药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "GlaxoSmithKline",
        "葛兰素史克",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Baxter Healthcare",
        "百特医疗",
        "sh-minhang-huacao",
        "medical devices",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "healthcare",
    ),
    (
        "Takeda Pharmaceutical",
        "武田制药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "biomedicine",
    ),
    (
        "Shanghai Shengsheng Logistics Co., Ltd",
        "上海生生物流有限公司",
        "sh-minhang-huacao",
        "biopharmaceutical cold chain",
        "Hongqiao Qianwan biomedical cluster",
        "enterprise",
        "logistics",
    ),
    (
        "Ji Wang Nursing Home",
        "吉旺养老院",
        "sh-minhang",
        "elderly care",
        "Minhang services",
        "nursing_home",
        "healthcare",
    ),
    (
        "Shanghai Rizhi Sheng Technology Co., Ltd.",
        "上海日之升科技有限公司",
        "sh-minhang-huacao",
        "new materials",
        "Minhang manufacturing",
        "enterprise",
        "new_materials",
    ),
    (
        "Shanghai Yongfeng Hot Dip Galvanizing Co., Ltd.",
        "上海永丰热镀锌有限公司",
        "sh-minhang-huacao",
        "metal processing",
        "Minhang manufacturing",
        "enterprise",
        "advanced_manufacturing",
    ),
    (
        "Shanghai Chuangqi Health Development Research Institute",
        "上海创奇健康发展研究院",
        "sh-minhang",
        "health research",
        "Hongqiao Qianwan biomedical cluster",
        "institute",
        "healthcare",
    ),
    (
        "Harbin Institute of Technology",
        "哈尔滨工业大学",
        "hlj-harbin-nangang",
        "robotics",
        "Harbin robotics cluster",
        "university",
        "robotics",
    ),
    (
        "Harbin Boshi Automation Co. Ltd.",
        "哈尔滨博实自动化股份有限公司",
        "hlj-harbin",
        "robotics",
        "Harbin robotics cluster",
        "enterprise",
        "robotics",
    ),
    (
        "Harbin Sagebot Intelligent Medical Equipment Co. LTD.",
        "哈尔滨思哲睿智能医疗设备股份有限公司",
        "hlj-harbin-songbei",
        "surgical robots",
        "Harbin robotics cluster",
        "enterprise",
        "robotics",
    ),
    (
        "Haining Litai Microelectronics Equipment Co.",
        "浙江海宁力泰微电子装备股份有限公司",
        "zj-haining",
        "integrated circuits",
        "G60 electronic information chain",
        "enterprise",
        "integrated_circuits",
    ),
    (
        "Sungrow Power Supply Co.",
        "阳光电源股份有限公司",
        "ah-hefei",
        "new energy",
        "G60 new energy chain",
        "enterprise",
        "new_energy",
    ),
    (
        "ChangXin Memory Technologies",
        "长鑫存储技术有限公司",
        "ah-hefei",
        "integrated circuits",
        "G60 electronic information chain",
        "enterprise",
        "integrated_circuits",
    ),
    (
        "Zhongke Naozhi (Shanghai) Enterprise Development Co.",
        "中科脑智（上海）企业发展有限公司",
        "sh-songjiang",
        "investment",
        "G60 innovation services",
        "enterprise",
        "finance",
    ),
    (
        "Tencent Cloud Shanghai",
        "腾讯云上海",
        "sh-songjiang",
        "cloud computing",
        "G60 digital economy",
        "enterprise",
        "information_technology",
    ),
    (
        "Haier COSMOPlat",
        "海尔卡奥斯",
        "sh-songjiang",
        "industrial internet",
        "G60 digital economy",
        "enterprise",
        "information_technology",
    ),
    (
        "Evergrande Auto Research Institute",
        "恒大汽车研究院",
        "sh-songjiang",
        "new energy vehicles",
        "G60 new energy chain",
        "institute",
        "new_energy",
    ),
    (
        "BOE 10.5-generation line",
        "京东方10.5代线",
        "ah-hefei",
        "displays",
        "G60 electronic information chain",
        "enterprise",
        "integrated_circuits",
    ),
    (
        "iFlytek",
        "科大讯飞",
        "ah-hefei",
        "artificial intelligence",
        "G60 digital economy",
        "enterprise",
        "information_technology",
    ),
];

pub const DEMO_PASSWORD: &str = "rencai-demo-2026";

/// (username, display name, role, jurisdiction)
pub const ACCOUNTS: &[(&str, &str, Role, &str)] = &[
    (
        "admin",
        "Heilongjiang talent bureau administrator",
        Role::Admin,
        "hlj",
    ),
    (
        "officer.harbin",
        "Harbin talent officer",
        Role::Officer,
        "hlj-harbin",
    ),
    (
        "officer.qiqihar",
        "Qiqihar talent officer",
        Role::Officer,
        "hlj-qiqihar",
    ),
    (
        "officer.heze",
        "Chen, Heze talent section",
        Role::Officer,
        "sd-heze",
    ),
    (
        "admin.minhang",
        "Minhang district administrator",
        Role::Admin,
        "sh-minhang",
    ),
    (
        "officer.huacao",
        "Huacao town officer",
        Role::Officer,
        "sh-minhang-huacao",
    ),
    (
        "officer.songjiang",
        "Songjiang organisation department",
        Role::Officer,
        "sh-songjiang",
    ),
    (
        "officer.hefei",
        "Hefei talent officer",
        Role::Officer,
        "ah-hefei",
    ),
    (
        "admin.platform",
        "Platform administrator",
        Role::Admin,
        "hlj",
    ),
    ("expert.panel", "Review panel expert", Role::Expert, "hlj"),
    (
        "provider.hospital",
        "Harbin hospital service desk",
        Role::Provider,
        "hlj-harbin",
    ),
    (
        "enterprise.zhushi",
        "Zhushi Pharmaceutical HR",
        Role::EnterpriseAdmin,
        "sd-heze",
    ),
];

const SURNAMES: &[(&str, &str)] = &[
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("黄", "Huang"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("胡", "Hu"),
    ("朱", "Zhu"),
    ("高", "Gao"),
    ("林", "Lin"),
    ("何", "He"),
    ("郭", "Guo"),
    ("马", "Ma"),
    ("罗", "Luo"),
    ("梁", "Liang"),
    ("宋", "Song"),
    ("郑", "Zheng"),
    ("谢", "Xie"),
    ("韩", "Han"),
    ("唐", "Tang"),
    ("冯", "Feng"),
    ("于", "Yu"),
    ("董", "Dong"),
    ("萧", "Xiao"),
    ("程", "Cheng"),
    ("曹", "Cao"),
    ("袁", "Yuan"),
    ("邓", "Deng"),
    ("许", "Xu"),
    ("傅", "Fu"),
    ("沈", "Shen"),
    ("曾", "Zeng"),
    ("彭", "Peng"),
    ("吕", "Lyu"),
    ("金", "Jin"),
    ("薛", "Xue"),
    ("杜", "Du"),
    ("姜", "Jiang"),
    ("范", "Fan"),
];

const GIVEN: &[(&str, &str)] = &[
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("秀", "xiu"),
    ("霞", "xia"),
    ("平", "ping"),
    ("刚", "gang"),
    ("海", "hai"),
    ("峰", "feng"),
    ("建", "jian"),
    ("华", "hua"),
    ("宇", "yu"),
    ("晨", "chen"),
    ("欣", "xin"),
    ("博", "bo"),
    ("文", "wen"),
    ("嘉", "jia"),
    ("瑶", "yao"),
    ("婷", "ting"),
    ("鑫", "xin"),
    ("元", "yuan"),
    ("雄", "xiong"),
    ("书", "shu"),
    ("生", "sheng"),
    ("莹", "ying"),
    ("常", "chang"),
    ("成", "cheng"),
];

const FOREIGN: &[&str] = &[
    "Anna Keller",
    "Lukas Brandt",
    "Sofia Marino",
    "James Whitfield",
    "Maria Jensen",
    "Kenji Sato",
    "Elena Petrova",
    "David Okafor",
];

const HONOURS: &[&str] = &[
    "Provincial May Day Labour Medal",
    "Heilongjiang Skills Competition, first prize",
    "District mayor quality award",
    "Individual innovation award",
    "Personal silver award",
    "National science and technology progress award, second class",
];

/// A cheap, deterministic generator: the same index always gives the same talent.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, index: u64) -> Self {
        Self(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Talent `index` of the demo registry. Identity numbers are unique for the first
/// 18,000,000 indexes: the birth date walks a bijection over 18,000 days and the
/// sequence number counts the rounds.
pub fn talent(seed: u64, index: u64) -> TalentDraft {
    let mut r = Rng::new(seed, index);
    // Weighted toward Heilongjiang, the demo's province; every place has people.
    let places: Vec<&JurisdictionSeed> = JURISDICTIONS.iter().filter(|j| j.4 != Province).collect();
    let place = if r.chance(55) {
        *r.pick(&places[..7])
    } else {
        *r.pick(&places)
    };
    let local: Vec<_> = ENTERPRISES
        .iter()
        .filter(|e| e.2 == place.0 || place.0.starts_with(e.2) || e.2.starts_with(place.0))
        .collect();
    let employer = if !local.is_empty() && r.chance(80) {
        Some(*r.pick(&local))
    } else if r.chance(40) {
        Some(r.pick(ENTERPRISES))
    } else {
        None
    };

    let offset = (index % 18_000).wrapping_mul(7919) % 18_000;
    let birth = jiff::civil::date(1956, 1, 1)
        .checked_add(jiff::Span::new().days(offset as i64))
        .unwrap_or(jiff::civil::date(1980, 1, 1));
    let sequence = ((index / 18_000) % 1000) as u32;
    let identity = IdentityNumber::compose(place.5, birth, sequence);
    let male = identity.as_str().as_bytes()[16] % 2 == 1;

    let (name, latin) = if employer.is_some_and(|e| {
        [
            "Merck",
            "Carl Zeiss",
            "Organon",
            "Baxter Healthcare",
            "GlaxoSmithKline",
            "Takeda Pharmaceutical",
        ]
        .contains(&e.0)
    }) && r.chance(20)
    {
        (r.pick(FOREIGN).to_string(), String::new())
    } else {
        let (s, sp) = r.pick(SURNAMES);
        let (g1, p1) = r.pick(GIVEN);
        if r.chance(60) {
            let (g2, p2) = r.pick(GIVEN);
            (
                format!("{s}{g1}{g2}"),
                format!("{sp} {}{p2}", capitalise(p1)),
            )
        } else {
            (format!("{s}{g1}"), format!("{sp} {}", capitalise(p1)))
        }
    };
    let skilled = r.chance(35);
    let (education, title, skill) = if skilled {
        (
            *r.pick(&["secondary", "secondary", "associate", "bachelor"]),
            "none",
            *r.pick(&[
                "elementary",
                "intermediate",
                "intermediate",
                "advanced",
                "advanced",
                "technician",
                "senior_technician",
            ]),
        )
    } else {
        let edu = *r.pick(&[
            "bachelor",
            "bachelor",
            "master",
            "master",
            "doctorate",
            "associate",
        ]);
        let title = *r.pick(&[
            "none",
            "junior",
            "intermediate",
            "intermediate",
            "deputy_senior",
            "deputy_senior",
            "full_senior",
        ]);
        (edu, title, "none")
    };
    let field = employer.map(|e| e.6).unwrap_or_else(|| {
        *r.pick(&[
            "modern_agriculture",
            "education",
            "finance",
            "advanced_manufacturing",
            "new_materials",
            "healthcare",
        ])
    });
    let senior = matches!(title, "deputy_senior" | "full_senior");
    let email_name = latin.to_lowercase().replace(' ', ".");
    TalentDraft {
        name,
        name_latin: latin.clone(),
        gender: if male { "male" } else { "female" }.into(),
        birth_date: birth.to_string(),
        identity_number: identity.as_str().into(),
        education: education.into(),
        title: title.into(),
        skill_level: skill.into(),
        field: field.into(),
        employer: employer.map(|e| e.0.to_string()).unwrap_or_default(),
        jurisdiction: place.0.into(),
        email: if latin.is_empty() || r.chance(30) {
            String::new()
        } else {
            format!("{email_name}.{index}@example.org")
        },
        phone: if r.chance(70) {
            format!(
                "+86 {} {:04} {:04}",
                400 + r.below(200),
                r.below(10_000),
                index % 10_000
            )
        } else {
            String::new()
        },
        honours: if senior && r.chance(15) || skilled && r.chance(8) {
            r.pick(HONOURS).to_string()
        } else {
            String::new()
        },
        patents: if senior {
            r.below(12).to_string()
        } else {
            r.below(2).to_string()
        },
        papers: if senior {
            r.below(40).to_string()
        } else if education == "doctorate" {
            r.below(10).to_string()
        } else {
            String::new()
        },
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
