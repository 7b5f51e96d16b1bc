//! Header names and cell values as people write them, mapped to rencai's codes.

use rencai_domain::talent::FIELDS;

/// Columns a file must have.
pub const REQUIRED: &[&str] = &[
    "name",
    "gender",
    "birth_date",
    "identity_number",
    "education",
    "field",
    "jurisdiction",
];

/// The FIELDS name a header means: the code itself, an English label, or a Simplified
/// or Traditional Chinese header.
pub fn column_of(header: &str) -> Option<&'static str> {
    let h = header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_");
    if let Some(f) = FIELDS.iter().find(|f| **f == h) {
        return Some(f);
    }
    let alias: &[(&str, &[&str])] = &[
        ("name", &["姓名", "名字"]),
        (
            "name_latin",
            &[
                "latin_name",
                "name_(latin)",
                "拼音",
                "英文名",
                "拼音/英文名",
            ],
        ),
        ("gender", &["sex", "性别", "性別"]),
        ("birth_date", &["date_of_birth", "birthday", "出生日期"]),
        (
            "identity_number",
            &[
                "id_number",
                "identity",
                "身份证号",
                "身份证号码",
                "身份證號",
                "身份證號碼",
            ],
        ),
        ("education", &["学历", "學歷"]),
        ("title", &["professional_title", "职称", "職稱"]),
        ("skill_level", &["skill", "技能等级", "技能等級"]),
        ("field", &["领域", "領域", "专业领域"]),
        ("employer", &["工作单位", "工作單位", "单位", "單位"]),
        (
            "jurisdiction",
            &["region", "所属地区", "所屬地區", "地区", "地區"],
        ),
        ("email", &["e_mail", "邮箱", "電子郵件", "电子邮件"]),
        ("phone", &["telephone", "电话", "電話", "手机"]),
        ("honours", &["honors", "荣誉", "榮譽"]),
        ("patents", &["专利数", "專利數"]),
        ("papers", &["论文数", "論文數"]),
    ];
    alias
        .iter()
        .find(|(_, names)| names.contains(&h.as_str()))
        .map(|(f, _)| *f)
}

/// Common labels for vocabulary values, mapped to codes; anything else passes through
/// unchanged for the domain to judge.
pub fn normalise(column: &str, value: &str) -> String {
    let v = value.trim();
    let lower = v.to_lowercase();
    let map: &[(&str, &str)] = match column {
        "gender" => &[
            ("男", "male"),
            ("女", "female"),
            ("m", "male"),
            ("f", "female"),
        ],
        "education" => &[
            ("博士", "doctorate"),
            ("硕士", "master"),
            ("碩士", "master"),
            ("本科", "bachelor"),
            ("学士", "bachelor"),
            ("學士", "bachelor"),
            ("大专", "associate"),
            ("專科", "associate"),
            ("大專", "associate"),
            ("高中", "secondary"),
            ("中专", "secondary"),
        ],
        "title" => &[
            ("正高级", "full_senior"),
            ("正高級", "full_senior"),
            ("副高级", "deputy_senior"),
            ("副高級", "deputy_senior"),
            ("中级", "intermediate"),
            ("中級", "intermediate"),
            ("初级", "junior"),
            ("初級", "junior"),
            ("无", "none"),
            ("無", "none"),
        ],
        "skill_level" => &[
            ("高级技师", "senior_technician"),
            ("高級技師", "senior_technician"),
            ("技师", "technician"),
            ("技師", "technician"),
            ("高级工", "advanced"),
            ("高級工", "advanced"),
            ("中级工", "intermediate"),
            ("中級工", "intermediate"),
            ("初级工", "elementary"),
            ("初級工", "elementary"),
            ("无", "none"),
            ("無", "none"),
        ],
        _ => &[],
    };
    if let Some((_, code)) = map.iter().find(|(label, _)| *label == v || *label == lower) {
        return (*code).to_string();
    }
    if matches!(
        column,
        "gender" | "education" | "title" | "skill_level" | "field"
    ) {
        // English labels: "Full senior" → full_senior, "Doctorate" → doctorate.
        return lower.replace([' ', '-'], "_");
    }
    v.to_string()
}
