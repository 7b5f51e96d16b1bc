//! The tier-accreditation rules engine: catalogue checks, evaluation, what-if.

use jiff::civil::date;
use proptest::prelude::*;
use rencai_domain::accreditation::CompiledCatalogue;
use rencai_domain::accreditation::{
    Catalogue, CatalogueError, Criterion, Example, LOCALES, LocalText, Movement, Profile,
    Reassessment, Tier, WhatIfTally, age_on, reassess, split_honours,
};
use std::sync::LazyLock;

fn tier(code: &str) -> Tier {
    Tier {
        code: code.to_string(),
        name: LocalText::same(&format!("Tier {code}")),
        description: LocalText::default(),
    }
}

fn criterion(code: &str, tier: &str, expression: &str) -> Criterion {
    Criterion {
        code: code.to_string(),
        tier: tier.to_string(),
        name: LocalText::same(code),
        expression: expression.to_string(),
        evidence: LocalText::default(),
        examples: Vec::new(),
    }
}

fn example(name: &str, json: &str, expect: bool) -> Example {
    Example {
        name: name.to_string(),
        profile: serde_json::from_str(json).expect("example JSON"),
        expect,
    }
}

fn catalogue(criteria: Vec<Criterion>) -> Catalogue {
    Catalogue {
        tiers: ["A", "B", "C"].into_iter().map(tier).collect(),
        criteria,
    }
}

fn errors(c: &Catalogue) -> Vec<CatalogueError> {
    c.compile().expect_err("the catalogue must not compile")
}

fn profile(json: &str) -> Profile {
    serde_json::from_str::<Profile>(json)
        .expect("profile JSON")
        .normalised()
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let c = catalogue(vec![criterion(
        "young-doctor",
        "C",
        "age < 45 &&\n  (title ==",
    )]);
    let e = errors(&c);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].code, "rule-syntax");
    assert_eq!(e[0].criterion.as_deref(), Some("young-doctor"));
    assert_eq!(e[0].field, "expression");
    assert_eq!(e[0].arg("line"), Some("2"));
    assert_eq!(e[0].arg("column"), Some("12"));
    assert!(
        e[0].arg("detail")
            .is_some_and(|d| d.contains("mismatched input"))
    );
}

#[test]
fn an_unknown_variable_is_named_where_it_is_used() {
    let c = catalogue(vec![criterion(
        "prize",
        "B",
        "honours.exists(h, h == \"院士\") &&\n  salary > 10 && salary < 20",
    )]);
    let e = errors(&c);
    assert_eq!(e.len(), 1, "reported once, and `h` is no unknown: {e:?}");
    assert_eq!(e[0].code, "rule-unknown-variable");
    assert_eq!(e[0].arg("name"), Some("salary"));
    assert_eq!(
        (e[0].arg("line"), e[0].arg("column")),
        (Some("2"), Some("3"))
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut untranslated = criterion("Bad Code", "Z", "");
    untranslated.name = LocalText::new([("en", "Bad"), ("zh-CN", "坏"), ("da", " ")]);
    let mut c = catalogue(vec![
        criterion("phd", "C", "education == \"doctorate\""),
        criterion("phd", "C", "1 + 1"),
        untranslated,
    ]);
    c.tiers.push(tier("A"));
    c.tiers.push(tier("e"));
    let e = errors(&c);
    let codes: Vec<(&str, Option<&str>, Option<&str>)> = e
        .iter()
        .map(|x| (x.code, x.tier.as_deref(), x.criterion.as_deref()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("tier-duplicate", Some("A"), None),
            ("tier-code-invalid", Some("e"), None),
            ("criterion-duplicate", None, Some("phd")),
            ("rule-not-boolean", None, Some("phd")),
            ("criterion-code-invalid", None, Some("Bad Code")),
            ("criterion-unknown-tier", None, Some("Bad Code")),
            ("name-missing", None, Some("Bad Code")),
            ("name-missing", None, Some("Bad Code")),
            ("name-missing", None, Some("Bad Code")),
            ("name-missing", None, Some("Bad Code")),
            ("rule-empty", None, Some("Bad Code")),
        ],
        "{e:#?}"
    );
    let missing: Vec<&str> = e
        .iter()
        .filter(|x| x.code == "name-missing")
        .filter_map(|x| x.arg("locale"))
        .collect();
    assert_eq!(missing, ["zh-TW", "da", "sw", "tl"]);
    assert_eq!(e[3].arg("type"), Some("int"));
    assert_eq!(errors(&Catalogue::default())[0].code, "catalogue-no-tiers");
}

#[test]
fn a_tier_name_missing_a_language_is_reported() {
    let mut c = catalogue(vec![]);
    c.tiers[1].name.0.remove("sw");
    let e = errors(&c);
    assert_eq!(e.len(), 1);
    assert_eq!(
        (
            e[0].code,
            e[0].tier.as_deref(),
            e[0].field,
            e[0].arg("locale")
        ),
        ("name-missing", Some("B"), "name", Some("sw"))
    );
}

#[test]
fn failing_policy_tests_name_the_criterion_and_example() {
    let mut young = criterion(
        "young-doctor",
        "C",
        "education == \"doctorate\" && age < 45",
    );
    young.examples = vec![
        example(
            "44-year-old doctor",
            r#"{"age": 44, "education": "doctorate"}"#,
            true,
        ),
        example(
            "45-year-old doctor",
            r#"{"age": 45, "education": "doctorate"}"#,
            true,
        ),
        example("master", r#"{"age": 30, "education": "master"}"#, false),
    ];
    let mut third = criterion("third-honour", "C", "honours[2] == \"x\"");
    third.examples = vec![example("one honour", r#"{"honours": ["x"]}"#, false)];
    let e = errors(&catalogue(vec![young, third]));
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].code, "policy-test-failed");
    assert_eq!(e[0].field, "examples");
    assert_eq!(e[0].criterion.as_deref(), Some("young-doctor"));
    assert_eq!(e[0].arg("example"), Some("45-year-old doctor"));
    assert_eq!(
        (e[0].arg("expected"), e[0].arg("got")),
        (Some("true"), Some("false"))
    );
    assert_eq!(e[1].code, "rule-runtime");
    assert_eq!(e[1].arg("example"), Some("one honour"));
    assert!(
        e[1].arg("detail")
            .is_some_and(|d| d.contains("Index out of bounds"))
    );
}

#[test]
fn examples_may_give_ranks_or_codes() {
    let mut senior = criterion("senior", "B", "title_rank >= 3 && education_rank == 4");
    senior.examples = vec![
        example(
            "by code",
            r#"{"title": "deputy_senior", "education": "doctorate"}"#,
            true,
        ),
        example("by rank", r#"{"title_rank": 4, "education_rank": 4}"#, true),
        example(
            "the code wins",
            r#"{"title": "junior", "title_rank": 4, "education_rank": 4}"#,
            false,
        ),
    ];
    let compiled = catalogue(vec![senior]).compile().expect("compiles");
    assert_eq!(compiled.criteria().len(), 1);
}

#[test]
fn reassessment_keeps_confirms_moves_or_leaves_out() {
    let newer = catalogue(vec![
        criterion("many-patents", "B", "patents >= 30"),
        criterion("patents", "C", "patents >= 5"),
    ])
    .compile()
    .expect("compiles");
    let p = |n: i64| profile(&format!(r#"{{"patents": {n}}}"#));
    assert_eq!(reassess(&newer, &p(40), "B"), Reassessment::Same);
    assert_eq!(
        reassess(&newer, &p(25), "B"),
        Reassessment::Moved {
            tier: "C".into(),
            criterion: "patents".into(),
            up: false
        }
    );
    assert_eq!(
        reassess(&newer, &p(40), "C"),
        Reassessment::Moved {
            tier: "B".into(),
            criterion: "many-patents".into(),
            up: true
        }
    );
    // A tier the newer catalogue dropped ranks below all of its tiers.
    assert!(matches!(
        reassess(&newer, &p(6), "Z"),
        Reassessment::Moved { up: true, .. }
    ));
    assert_eq!(reassess(&newer, &p(1), "C"), Reassessment::Out);
}

#[test]
fn the_highest_tier_wins_and_the_first_criterion_within_it() {
    let c = catalogue(vec![
        criterion("patents", "C", "patents >= 5"),
        criterion(
            "academician",
            "A",
            "honours.exists(h, h.startsWith(\"Academician\"))",
        ),
        criterion("many-patents", "B", "patents >= 20"),
        criterion("prolific", "B", "papers >= 50 || patents >= 20"),
    ])
    .compile()
    .expect("compiles");
    let tier_code = |p: &Profile| c.evaluate(p).tier.map(|t| c.tiers()[t].code.clone());

    let inventor = profile(r#"{"patents": 25, "papers": 60}"#);
    let e = c.evaluate(&inventor);
    assert_eq!((e.tier, e.criterion), (Some(1), Some(2)));
    assert_eq!(c.matching(&inventor), [0, 2, 3]);

    let both = profile(r#"{"patents": 25, "honours": ["Academician of the CAS"]}"#);
    assert_eq!(tier_code(&both).as_deref(), Some("A"));
    assert_eq!(c.evaluate(&both).criterion, Some(1));
    assert_eq!(
        tier_code(&profile(r#"{"patents": 5}"#)).as_deref(),
        Some("C")
    );
    assert_eq!(
        c.evaluate(&profile(r#"{"patents": 4}"#)),
        Default::default()
    );
}

#[test]
fn a_rule_failing_for_one_profile_is_listed_and_the_others_still_decide() {
    let c = catalogue(vec![
        criterion("odd", "A", "1 / (patents - patents) == 1"),
        criterion("fifth-honour", "A", "honours[4] == \"x\""),
        criterion("number", "B", "patents > 0 ? patents : false"),
        criterion("papers", "C", "papers >= 3"),
    ])
    .compile()
    .expect("compiles: the empty profile gives no verdict but no wrong type either");
    let e = c.evaluate(&profile(r#"{"papers": 3, "patents": 2}"#));
    assert_eq!((e.tier, e.criterion), (Some(2), Some(3)));
    let failed: Vec<usize> = e.errors.iter().map(|(i, _)| *i).collect();
    assert_eq!(failed, [0, 1, 2]);
    assert!(e.errors[0].1.contains("Division by zero"), "{:?}", e.errors);
    assert!(
        e.errors[1].1.contains("Index out of bounds"),
        "{:?}",
        e.errors
    );
    assert!(e.errors[2].1.contains("not a bool"), "{:?}", e.errors);
    assert_eq!(c.check(3, &profile(r#"{"papers": 2}"#)), Ok(false));
    assert!(c.check(0, &Profile::default()).is_err());
}

#[test]
fn jurisdictions_and_strings_are_visible_to_rules() {
    let c = catalogue(vec![
        criterion(
            "harbin",
            "A",
            "\"hlj-harbin\" in jurisdictions && employer != \"\"",
        ),
        criterion(
            "biomed-woman",
            "B",
            "field == \"biomedicine\" && gender == \"female\"",
        ),
        criterion(
            "skilled",
            "C",
            "skill_rank >= 4 && skill_level.startsWith(\"senior\")",
        ),
    ])
    .compile()
    .expect("compiles");
    let p = profile(
        r#"{"jurisdiction": "hlj-harbin-nangang", "jurisdictions": ["hlj", "hlj-harbin"],
            "employer": "HIT", "skill_level": "senior_technician"}"#,
    );
    assert_eq!(p.jurisdictions.len(), 3, "normalise adds the own code");
    assert_eq!(c.matching(&p), [0, 2]);
    assert_eq!(
        c.matching(&profile(r#"{"field": "biomedicine", "gender": "female"}"#)),
        [1]
    );
}

#[test]
fn profiles_of_dates_and_honours() {
    assert_eq!(age_on(date(1981, 11, 23), date(2026, 11, 22)), 44);
    assert_eq!(age_on(date(1981, 11, 22), date(2026, 11, 22)), 45);
    assert_eq!(age_on(date(2000, 2, 29), date(2026, 2, 28)), 25);
    assert_eq!(age_on(date(2030, 1, 1), date(2026, 1, 1)), 0);
    assert_eq!(
        split_honours("Shanghai Craftsman; 劳动模范；\n  National Technical Expert ;;"),
        [
            "Shanghai Craftsman",
            "劳动模范",
            "National Technical Expert"
        ]
    );
    let p =
        profile(r#"{"education": "master", "title": "full_senior", "skill_level": "advanced"}"#);
    assert_eq!((p.education_rank, p.title_rank, p.skill_rank), (3, 4, 3));
}

#[test]
fn a_stored_talent_becomes_a_profile() {
    use rencai_domain::ids::{EnterpriseId, JurisdictionId, TalentId};
    use rencai_domain::talent::Talent;
    use rencai_domain::vocab::{Education, Field, Gender, ProfessionalTitle, SkillLevel};
    let talent = Talent {
        id: TalentId(7),
        name: "王芳".into(),
        name_latin: Some("Wang Fang".into()),
        gender: Gender::Female,
        birth_date: date(1982, 3, 7),
        identity_masked: "2301**********1234".into(),
        education: Education::Doctorate,
        title: ProfessionalTitle::DeputySenior,
        skill_level: SkillLevel::None,
        field: Field::Robotics,
        employer_id: Some(EnterpriseId(3)),
        employer_name: Some("Harbin Institute of Technology".into()),
        jurisdiction_id: JurisdictionId(4),
        email: None,
        phone: None,
        honours: "Longjiang Scholar；National Technical Expert".into(),
        patents: 12,
        papers: 40,
        version: 1,
        created_at: jiff::Timestamp::UNIX_EPOCH,
        updated_at: jiff::Timestamp::UNIX_EPOCH,
        erased_at: None,
    };
    let ancestry = vec![
        "hlj".to_string(),
        "hlj-harbin".into(),
        "hlj-harbin-nangang".into(),
    ];
    let p = Profile::of(&talent, ancestry.clone(), date(2026, 3, 6));
    assert_eq!(p.age, 43, "the birthday is tomorrow");
    assert_eq!(
        (
            p.education.as_str(),
            p.education_rank,
            p.title.as_str(),
            p.title_rank,
            p.skill_rank
        ),
        ("doctorate", 4, "deputy_senior", 3, 0)
    );
    assert_eq!(
        (p.field.as_str(), p.gender.as_str()),
        ("robotics", "female")
    );
    assert_eq!(
        p.honours,
        ["Longjiang Scholar", "National Technical Expert"]
    );
    assert_eq!((p.patents, p.papers), (12, 40));
    assert_eq!(p.jurisdiction, "hlj-harbin-nangang");
    assert_eq!(p.jurisdictions, ancestry);
    assert_eq!(p.employer, "Harbin Institute of Technology");
    assert_eq!(p.clone().normalised(), p, "already normal");
}

#[test]
fn local_text_falls_back_to_english_then_any() {
    let t = LocalText::new([("en", "Doctor"), ("da", "Doktor"), ("sw", "")]);
    assert_eq!(t.get("da"), "Doktor");
    assert_eq!(t.get("sw"), "Doctor");
    assert_eq!(LocalText::new([("tl", "Doktor")]).get("zh-CN"), "Doktor");
    assert_eq!(LocalText::default().get("en"), "");
    assert_eq!(t.missing(), ["zh-CN", "zh-TW", "sw", "tl"]);
    assert!(LocalText::same("x").missing().is_empty());
    assert_eq!(LOCALES[0], "en");
}

#[test]
fn a_catalogue_round_trips_through_json() {
    let mut c = catalogue(vec![criterion("phd", "C", "education == \"doctorate\"")]);
    c.criteria[0].examples = vec![example("doctor", r#"{"education": "doctorate"}"#, true)];
    let json = serde_json::to_string(&c).expect("json");
    assert!(json.contains(r#""name":{"da":"Tier A""#), "{json}");
    let back: Catalogue = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, c);
    back.compile().expect("compiles");
}

#[test]
fn what_if_tallies_movements_by_tier_code() {
    let new = Catalogue {
        tiers: ["A", "B", "C"].into_iter().map(tier).collect(),
        criteria: Vec::new(),
    };
    let order = ["A", "B", "C"];
    assert_eq!(
        Movement::between(&order, Some("C"), Some("A")),
        Movement::Up
    );
    assert_eq!(
        Movement::between(&order, Some("A"), Some("B")),
        Movement::Down
    );
    assert_eq!(Movement::between(&order, None, Some("B")), Movement::In);
    assert_eq!(Movement::between(&order, Some("B"), None), Movement::Out);
    assert_eq!(
        Movement::between(&order, Some("B"), Some("B")),
        Movement::Same
    );
    assert_eq!(Movement::between(&order, None, None), Movement::Same);
    assert_eq!(
        Movement::between(&order, Some("D"), Some("C")),
        Movement::In
    );

    let mut one = WhatIfTally::new(&new);
    assert_eq!(one.add(Some("C"), Some("A")), Movement::Up);
    assert_eq!(one.add(Some("A"), Some("B")), Movement::Down);
    assert_eq!(one.add(None, Some("C")), Movement::In);
    let mut two = WhatIfTally::new(&new);
    assert_eq!(two.add(Some("B"), None), Movement::Out);
    assert_eq!(two.add(Some("B"), Some("B")), Movement::Same);
    assert_eq!(two.add(None, None), Movement::Same);
    assert_eq!(two.add(Some("D"), Some("C")), Movement::In);
    one.merge(&two);

    let t = one.totals;
    assert_eq!(
        (t.talents, t.up, t.down, t.entered, t.out, t.stay, t.none),
        (7, 1, 1, 2, 1, 1, 1)
    );
    assert_eq!(one.changed(), 5);
    let codes: Vec<&str> = one.tiers.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(codes, ["A", "B", "C", "D"]);
    let [a, b, c, d] = &one.tiers[..] else {
        panic!("four tiers")
    };
    assert_eq!((a.before, a.after, a.up, a.moved), (1, 1, 1, 1));
    assert_eq!((b.before, b.after, b.down, b.stay, b.out), (2, 2, 1, 1, 1));
    assert_eq!((c.before, c.after, c.entered, c.moved), (1, 2, 2, 1));
    assert_eq!((d.current, d.before, d.moved, d.after), (false, 1, 1, 0));
    let json = serde_json::to_value(&one).expect("json");
    assert_eq!(json["totals"]["in"], 2);
}

static ENGINE: LazyLock<CompiledCatalogue> = LazyLock::new(engine);

fn engine() -> CompiledCatalogue {
    let mut c = catalogue(vec![
        criterion("a1", "A", "patents >= 30 && papers >= 30"),
        criterion("c1", "C", "patents >= 3"),
        criterion(
            "b1",
            "B",
            "papers >= 20 || honours.exists(h, h.contains(\"Prize\"))",
        ),
        criterion("a2", "A", "age >= 60 && title_rank == 4"),
        criterion("c2", "C", "education == \"doctorate\" && age < 45"),
        criterion("b2", "B", "title == \"full_senior\" && patents >= 10"),
    ]);
    c.tiers.push(tier("D"));
    c.criteria.push(criterion(
        "d1",
        "D",
        "skill_rank >= 5 || \"hlj\" in jurisdictions",
    ));
    c.compile().expect("compiles")
}

prop_compose! {
    fn profiles()(
        age in 18i64..75,
        education in prop::sample::select(vec!["secondary", "bachelor", "master", "doctorate"]),
        title in prop::sample::select(vec!["none", "intermediate", "deputy_senior", "full_senior"]),
        skill in prop::sample::select(vec!["none", "advanced", "senior_technician"]),
        patents in 0i64..40,
        papers in 0i64..40,
        prize in any::<bool>(),
        hlj in any::<bool>(),
    ) -> Profile {
        Profile {
            age,
            education: education.to_string(),
            title: title.to_string(),
            skill_level: skill.to_string(),
            patents,
            papers,
            honours: if prize { vec!["Prize".into()] } else { Vec::new() },
            jurisdiction: if hlj { "hlj".into() } else { "sh".into() },
            ..Profile::default()
        }
        .normalised()
    }
}

proptest! {
    #[test]
    fn evaluate_agrees_with_every_match(p in profiles()) {
        let c = &*ENGINE;
        let e = c.evaluate(&p);
        let matching = c.matching(&p);
        let best = matching
            .iter()
            .map(|&i| (c.tier_of(i).expect("tier"), i))
            .min();
        prop_assert_eq!(e.tier, best.map(|(t, _)| t));
        prop_assert_eq!(e.criterion, best.map(|(_, i)| i));
        prop_assert!(e.errors.is_empty());
        for i in 0..c.criteria().len() {
            prop_assert_eq!(c.check(i, &p) == Ok(true), matching.contains(&i));
        }
    }
}
