//! Name material: common Chinese surnames (most frequent first) and given-name
//! characters, each written `汉字pinyin`, and foreign first and last names by country.
//! Names are combined at random, so they belong to nobody in particular.

use rand::Rng;
use rand::rngs::SmallRng;

/// Most frequent first: [`surname`] draws the head of the list more often.
#[rustfmt::skip]
pub(crate) static SURNAMES: &[&str] = &[
    "王Wang", "李Li", "张Zhang", "刘Liu", "陈Chen", "杨Yang", "黄Huang", "赵Zhao", "吴Wu",
    "周Zhou", "徐Xu", "孙Sun", "马Ma", "朱Zhu", "胡Hu", "郭Guo", "何He", "林Lin", "高Gao", "罗Luo",
    "郑Zheng", "梁Liang", "谢Xie", "宋Song", "唐Tang", "许Xu", "韩Han", "冯Feng", "邓Deng",
    "曹Cao", "彭Peng", "曾Zeng", "肖Xiao", "田Tian", "董Dong", "潘Pan", "袁Yuan", "蔡Cai",
    "蒋Jiang", "余Yu", "于Yu", "杜Du", "叶Ye", "程Cheng", "魏Wei", "苏Su", "吕Lyu", "丁Ding",
    "任Ren", "卢Lu", "姚Yao", "沈Shen", "钟Zhong", "姜Jiang", "崔Cui", "谭Tan", "陆Lu", "范Fan",
    "汪Wang", "廖Liao", "石Shi", "金Jin", "贾Jia", "夏Xia", "付Fu", "方Fang", "邹Zou", "熊Xiong",
    "白Bai", "孟Meng", "秦Qin", "邱Qiu", "侯Hou", "江Jiang", "尹Yin", "薛Xue", "闫Yan", "段Duan",
    "雷Lei", "龙Long", "史Shi", "陶Tao", "贺He", "毛Mao", "郝Hao", "顾Gu", "龚Gong", "邵Shao",
    "万Wan", "钱Qian", "戴Dai", "严Yan", "欧阳Ouyang",
];

#[rustfmt::skip]
pub(crate) static MALE: &[&str] = &[
    "伟wei", "强qiang", "磊lei", "军jun", "勇yong", "杰jie", "涛tao", "明ming", "超chao", "刚gang",
    "海hai", "峰feng", "建jian", "国guo", "宇yu", "博bo", "鹏peng", "浩hao", "斌bin", "辉hui",
    "鑫xin", "龙long", "波bo", "亮liang", "东dong", "志zhi", "俊jun", "凯kai", "飞fei", "成cheng",
    "雄xiong", "元yuan", "庆qing", "立li", "光guang", "宏hong", "振zhen", "胜sheng", "德de",
    "永yong", "忠zhong", "毅yi", "帆fan", "昊hao", "泽ze", "轩xuan", "阳yang", "旭xu", "健jian",
    "彬bin",
];

#[rustfmt::skip]
pub(crate) static FEMALE: &[&str] = &[
    "芳fang", "娜na", "敏min", "静jing", "丽li", "艳yan", "秀xiu", "霞xia", "婷ting", "瑶yao",
    "莹ying", "玲ling", "燕yan", "红hong", "梅mei", "兰lan", "雪xue", "琳lin", "丹dan", "倩qian",
    "颖ying", "慧hui", "佳jia", "欣xin", "悦yue", "雯wen", "璐lu", "萍ping", "娟juan", "洁jie",
    "薇wei", "蕾lei", "月yue", "晶jing", "琪qi", "怡yi", "露lu", "楠nan", "婧jing", "淑shu",
];

/// Characters given to boys and girls alike; also the first of two characters.
#[rustfmt::skip]
pub(crate) static EITHER: &[&str] = &[
    "晓xiao", "文wen", "华hua", "春chun", "云yun", "晨chen", "睿rui", "子zi", "思si", "雨yu",
    "安an", "一yi", "可ke", "心xin", "宁ning", "清qing", "平ping", "嘉jia", "海hai", "天tian",
    "欣xin", "明ming", "玉yu", "金jin", "永yong", "红hong", "建jian", "秀xiu",
];

/// A foreign expert's country: ISO 3166-1 numeric code (as the foreign permanent
/// resident identity number carries it) and names.
pub(crate) struct Origin {
    pub country: u32,
    pub male: &'static [&'static str],
    pub female: &'static [&'static str],
    pub last: &'static [&'static str],
}

pub(crate) const GERMANY: Origin = Origin {
    country: 276,
    male: &[
        "Lukas", "Jonas", "Felix", "Matthias", "Stefan", "Thomas", "Andreas", "Markus",
    ],
    female: &[
        "Anna",
        "Lena",
        "Katharina",
        "Julia",
        "Sabine",
        "Claudia",
        "Miriam",
    ],
    last: &[
        "Keller",
        "Brandt",
        "Schneider",
        "Fischer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Richter",
    ],
};
pub(crate) const USA: Origin = Origin {
    country: 840,
    male: &["James", "Michael", "Daniel", "Robert", "Kevin", "Andrew"],
    female: &["Emily", "Sarah", "Jennifer", "Laura", "Megan"],
    last: &[
        "Whitfield",
        "Carter",
        "Miller",
        "Brooks",
        "Reed",
        "Parker",
        "Hughes",
    ],
};
pub(crate) const BRITAIN: Origin = Origin {
    country: 826,
    male: &["Oliver", "Henry", "Edward", "George", "Simon"],
    female: &["Charlotte", "Emma", "Sophie", "Alice", "Harriet"],
    last: &["Thompson", "Clarke", "Walker", "Wright", "Hall", "Green"],
};
pub(crate) const JAPAN: Origin = Origin {
    country: 392,
    male: &["Kenji", "Hiroshi", "Takeshi", "Daisuke", "Shota"],
    female: &["Yuko", "Akiko", "Naomi", "Haruka"],
    last: &[
        "Sato",
        "Suzuki",
        "Takahashi",
        "Tanaka",
        "Watanabe",
        "Yamamoto",
    ],
};
pub(crate) const NETHERLANDS: Origin = Origin {
    country: 528,
    male: &["Daan", "Sander", "Pieter", "Joris"],
    female: &["Femke", "Sanne", "Anouk"],
    last: &["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk"],
};
pub(crate) const DENMARK: Origin = Origin {
    country: 208,
    male: &["Mads", "Rasmus", "Mikkel", "Anders"],
    female: &["Mette", "Sofie", "Ida"],
    last: &["Jensen", "Nielsen", "Hansen", "Pedersen", "Larsen"],
};
pub(crate) const KENYA: Origin = Origin {
    country: 404,
    male: &["Brian", "Peter", "Joseph", "Samuel"],
    female: &["Grace", "Mercy", "Faith"],
    last: &["Kamau", "Mwangi", "Otieno", "Njoroge", "Kiprop"],
};
pub(crate) const PHILIPPINES: Origin = Origin {
    country: 608,
    male: &["Jose", "Mark", "Paolo", "Carlo"],
    female: &["Maria", "Kristine", "Angelica"],
    last: &["Santos", "Reyes", "Cruz", "Bautista", "Mendoza"],
};

/// Where foreign experts at a company without a home country of its own come from.
pub(crate) static ANYWHERE: &[&Origin] = &[
    &GERMANY,
    &USA,
    &BRITAIN,
    &JAPAN,
    &NETHERLANDS,
    &DENMARK,
    &KENYA,
    &PHILIPPINES,
];

/// Splits `王Wang` into the characters and their pinyin.
pub(crate) fn split(entry: &'static str) -> (&'static str, &'static str) {
    let at = entry.find(|c: char| c.is_ascii()).unwrap_or(entry.len());
    entry.split_at(at)
}

/// A surname, the frequent ones more often (roughly as in China: the first five carry
/// about three in ten people).
pub(crate) fn surname(r: &mut SmallRng) -> (&'static str, &'static str) {
    let u: f64 = r.r#gen();
    let i = (u.powf(2.5) * SURNAMES.len() as f64) as usize;
    split(SURNAMES[i.min(SURNAMES.len() - 1)])
}

/// A person's name: (Chinese, pinyin as on a passport) or a foreign name.
pub(crate) struct PersonName {
    pub name: String,
    pub latin: String,
    /// For an e-mail address: lowercase ASCII words joined by dots.
    pub mailbox: String,
}

pub(crate) fn chinese(r: &mut SmallRng, male: bool) -> PersonName {
    let (sz, sp) = surname(r);
    let own = if male { MALE } else { FEMALE };
    let mut given: [(&str, &str); 2] = [("", ""); 2];
    let count = if r.gen_bool(0.7) { 2 } else { 1 };
    for (k, slot) in given.iter_mut().take(count).enumerate() {
        let pool = if count == 2 && k == 0 && r.gen_bool(0.4) {
            EITHER
        } else {
            own
        };
        *slot = split(pool[r.gen_range(0..pool.len())]);
    }
    let mut name = String::with_capacity(4 * 3 + 6);
    name.push_str(sz);
    let mut latin = String::with_capacity(24);
    latin.push_str(sp);
    latin.push(' ');
    let mut mailbox = String::with_capacity(24);
    mailbox.push_str(&sp.to_ascii_lowercase());
    mailbox.push('.');
    for (k, (gz, gp)) in given.iter().take(count).enumerate() {
        name.push_str(gz);
        if k == 0 {
            let mut cs = gp.chars();
            if let Some(first) = cs.next() {
                latin.push(first.to_ascii_uppercase());
                latin.push_str(cs.as_str());
            }
        } else {
            // Pinyin marks a syllable starting with a vowel after another: Xi'an.
            if gp.starts_with(['a', 'o', 'e']) {
                latin.push('\'');
            }
            latin.push_str(gp);
        }
        mailbox.push_str(gp);
    }
    PersonName {
        name,
        latin,
        mailbox,
    }
}

/// A foreign expert's name, written in Latin script only.
pub(crate) fn foreign(r: &mut SmallRng, origin: &Origin, male: bool) -> PersonName {
    let firsts = if male { origin.male } else { origin.female };
    let first = firsts[r.gen_range(0..firsts.len())];
    let last = origin.last[r.gen_range(0..origin.last.len())];
    let mut mailbox = String::with_capacity(first.len() + last.len() + 1);
    mailbox.push_str(&first.to_ascii_lowercase());
    mailbox.push('.');
    mailbox.extend(
        last.chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase()),
    );
    PersonName {
        name: format!("{first} {last}"),
        latin: String::new(),
        mailbox,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_han_then_lowercase_pinyin() {
        for list in [SURNAMES, MALE, FEMALE, EITHER] {
            for entry in list {
                let (zh, py) = split(entry);
                assert!(
                    !zh.is_empty() && zh.chars().all(|c| !c.is_ascii()),
                    "{entry}"
                );
                assert!(
                    !py.is_empty() && py.chars().all(|c| c.is_ascii_alphabetic()),
                    "{entry}"
                );
            }
        }
        for entry in MALE.iter().chain(FEMALE).chain(EITHER) {
            let (zh, py) = split(entry);
            assert_eq!(zh.chars().count(), 1, "{entry}");
            assert!(py.chars().all(|c| c.is_ascii_lowercase()), "{entry}");
        }
    }

    #[test]
    fn names_read_like_passports() {
        use rand::SeedableRng;
        let mut r = SmallRng::seed_from_u64(3);
        for _ in 0..2000 {
            let male = r.gen_bool(0.5);
            let n = chinese(&mut r, male);
            let (family, given) = n.latin.split_once(' ').expect("two words");
            assert!(
                family.starts_with(|c: char| c.is_ascii_uppercase()),
                "{}",
                n.latin
            );
            assert!(
                given.starts_with(|c: char| c.is_ascii_uppercase()),
                "{}",
                n.latin
            );
            assert!((2..=4).contains(&n.name.chars().count()), "{}", n.name);
            assert!(
                n.mailbox
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.')
            );
        }
        let n = foreign(&mut r, &NETHERLANDS, true);
        assert!(n.latin.is_empty() && n.name.contains(' '));
        assert!(!n.mailbox.contains(' '));
    }
}
