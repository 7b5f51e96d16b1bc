//! Generated talents: who they are, where they work, what they have achieved and where
//! they came from. Everything is drawn from a generator seeded by (seed, index) alone.

use crate::births::{self, Birth};
use crate::distinctions::distinctions;
use crate::names::{self, PersonName};
use crate::places::{Atlas, Site, atlas};
use crate::workforce::{Workforce, origins, unemployed};
use crate::{DemoMove, DemoTalent, EnterpriseSeed};
use jiff::civil::Date;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use rencai_domain::identity::IdentityNumber;
use rencai_domain::talent::TalentDraft;
use rencai_domain::vocab::{Education, ProfessionalTitle, SkillLevel};

/// The year ages are counted at (the demo's "today" is in 2026).
const YEAR: i16 = 2026;

/// Draws a value with probability proportional to its weight; the table is not empty.
pub(crate) fn pick<T: Copy>(r: &mut SmallRng, table: &[(T, u32)]) -> T {
    let total: u32 = table.iter().map(|(_, w)| w).sum();
    let mut x = r.gen_range(0..total.max(1));
    for (v, w) in table {
        if x < *w {
            return *v;
        }
        x -= w;
    }
    table[table.len() - 1].0
}

fn one<T: Copy>(r: &mut SmallRng, items: &[T]) -> T {
    items[r.gen_range(0..items.len())]
}

/// Education, title and skill level.
struct Career {
    education: Education,
    title: ProfessionalTitle,
    skill: SkillLevel,
    skilled: bool,
    research: bool,
}

fn titles_at(age: i16) -> &'static [(ProfessionalTitle, u32)] {
    use ProfessionalTitle::*;
    match age {
        ..=24 => &[(None, 70), (Junior, 30)],
        25..=29 => &[(None, 30), (Junior, 55), (Intermediate, 15)],
        30..=39 => &[
            (None, 15),
            (Junior, 30),
            (Intermediate, 45),
            (DeputySenior, 10),
        ],
        40..=49 => &[
            (None, 10),
            (Junior, 15),
            (Intermediate, 45),
            (DeputySenior, 25),
            (FullSenior, 5),
        ],
        _ => &[
            (None, 10),
            (Junior, 10),
            (Intermediate, 40),
            (DeputySenior, 28),
            (FullSenior, 12),
        ],
    }
}

fn skills_at(age: i16) -> &'static [(SkillLevel, u32)] {
    use SkillLevel::*;
    // About a third highly skilled (advanced and above), as the seed province reports.
    match age {
        ..=27 => &[(Elementary, 45), (Intermediate, 40), (Advanced, 15)],
        28..=39 => &[
            (Elementary, 25),
            (Intermediate, 40),
            (Advanced, 25),
            (Technician, 8),
            (SeniorTechnician, 2),
        ],
        _ => &[
            (Elementary, 15),
            (Intermediate, 35),
            (Advanced, 30),
            (Technician, 14),
            (SeniorTechnician, 6),
        ],
    }
}

fn step(title: ProfessionalTitle, up: bool) -> ProfessionalTitle {
    let all = ProfessionalTitle::ALL;
    let i = all.iter().position(|t| *t == title).unwrap_or(0);
    let j = if up {
        (i + 1).min(all.len() - 1)
    } else {
        i.saturating_sub(1)
    };
    all[j]
}

fn career(r: &mut SmallRng, work: &Workforce, age: i16, foreign: bool) -> Career {
    use Education::*;
    let skilled = !foreign && r.gen_range(0..100) < work.skilled;
    if skilled {
        return Career {
            education: pick(r, &[(Secondary, 45), (Associate, 40), (Bachelor, 15)]),
            title: pick(
                r,
                &[
                    (ProfessionalTitle::None, 88),
                    (ProfessionalTitle::Junior, 9),
                    (ProfessionalTitle::Intermediate, 3),
                ],
            ),
            skill: pick(r, skills_at(age)),
            skilled,
            research: false,
        };
    }
    let research = foreign || r.gen_range(0..100) < work.research;
    let mut education = if foreign {
        pick(r, &[(Bachelor, 10), (Master, 45), (Doctorate, 45)])
    } else if research {
        pick(r, &[(Bachelor, 25), (Master, 45), (Doctorate, 30)])
    } else {
        pick(
            r,
            &[
                (Associate, 18),
                (Bachelor, 57),
                (Master, 22),
                (Doctorate, 3),
            ],
        )
    };
    if age < 27 && education == Doctorate {
        education = Master;
    }
    if age < 24 && education == Master {
        education = Bachelor;
    }
    // Most foreign experts hold no Chinese professional title.
    let mut title = if foreign && r.gen_bool(0.5) {
        ProfessionalTitle::None
    } else {
        pick(r, titles_at(age))
    };
    if education == Doctorate && r.gen_bool(0.35) {
        title = step(title, true);
    } else if education == Associate && r.gen_bool(0.3) {
        title = step(title, false);
    }
    Career {
        education,
        title,
        skill: SkillLevel::None,
        skilled,
        research,
    }
}

/// (patents, papers): more with a higher title, papers more in research.
fn output(r: &mut SmallRng, c: &Career) -> (u32, u32) {
    let skewed = |r: &mut SmallRng, zero: f64, max: u32| -> u32 {
        if r.gen_bool(zero.clamp(0.0, 1.0)) {
            0
        } else {
            let u: f64 = r.r#gen();
            1 + (u * u * f64::from(max)) as u32
        }
    };
    if c.skilled {
        let inventor = matches!(
            c.skill,
            SkillLevel::Technician | SkillLevel::SeniorTechnician
        );
        let patents = skewed(r, if inventor { 0.7 } else { 0.97 }, 4);
        let papers = skewed(r, 0.96, 2);
        return (patents, papers);
    }
    let t = ProfessionalTitle::ALL
        .iter()
        .position(|x| *x == c.title)
        .unwrap_or(0);
    let (paper_zero, paper_max) = [(0.8, 2), (0.6, 4), (0.3, 12), (0.08, 35), (0.02, 90)][t];
    let (patent_zero, patent_max) = [(0.85, 1), (0.7, 2), (0.45, 6), (0.2, 15), (0.1, 40)][t];
    let (pz, pm) = if c.research {
        (paper_zero * 0.6, paper_max * 2)
    } else {
        (paper_zero, paper_max)
    };
    let patents = skewed(r, patent_zero, patent_max);
    let papers = skewed(r, pz, pm);
    (patents, papers)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Skilled,
    Senior,
    Foreign,
    Anyone,
}

struct Honour {
    text: &'static str,
    who: Who,
    /// Jurisdiction codes the honour is given in (the person's or an ancestor's); empty
    /// for national honours.
    scope: &'static [&'static str],
    /// How often it is drawn relative to the others a person qualifies for: local and
    /// minor honours are common, national ones rare.
    weight: u32,
}

const fn h(text: &'static str, who: Who, scope: &'static [&'static str], weight: u32) -> Honour {
    Honour {
        text,
        who,
        scope,
        weight,
    }
}

static HONOURS: &[Honour] = &[
    h("City Model Worker", Who::Anyone, &[], 8),
    h("Advanced Worker of the Year", Who::Anyone, &[], 6),
    h("Provincial May Day Labour Medal", Who::Anyone, &[], 2),
    h("National Technical Expert", Who::Skilled, &[], 2),
    h(
        "Heilongjiang Skills Competition first prize",
        Who::Skilled,
        &["hlj"],
        5,
    ),
    h("Harbin Chief Technician", Who::Skilled, &["hlj-harbin"], 3),
    h("Qilu Chief Technician", Who::Skilled, &["sd"], 4),
    h("Shanghai Craftsman", Who::Skilled, &["sh"], 4),
    h("Jianghuai Craftsman", Who::Skilled, &["ah"], 4),
    h("Zhejiang Craftsman", Who::Skilled, &["zj"], 4),
    h(
        "Selected for the Leading Wild Goose talent support plan",
        Who::Senior,
        &["hlj"],
        2,
    ),
    h(
        "Outstanding engineers training program",
        Who::Senior,
        &["hlj"],
        4,
    ),
    h(
        "Heilongjiang Science and Technology Progress Award, second prize",
        Who::Senior,
        &["hlj"],
        5,
    ),
    h(
        "National Science and Technology Progress Award, second prize",
        Who::Senior,
        &[],
        1,
    ),
    h(
        "Special Government Allowance of the State Council",
        Who::Senior,
        &[],
        1,
    ),
    h(
        "District mayor quality award",
        Who::Anyone,
        &["sh-minhang"],
        4,
    ),
    h(
        "Individual Innovation Award",
        Who::Anyone,
        &["sh-minhang"],
        4,
    ),
    h("Personal Silver Award", Who::Anyone, &["sh-minhang"], 4),
    h("Chinese Government Friendship Award", Who::Foreign, &[], 1),
    h("Shanghai Magnolia Memorial Award", Who::Foreign, &["sh"], 3),
];

fn honours(r: &mut SmallRng, c: &Career, foreign: bool, site: &Site) -> String {
    use ProfessionalTitle::{DeputySenior, FullSenior, Intermediate};
    use SkillLevel::{Advanced, SeniorTechnician, Technician};
    let senior = matches!(c.title, DeputySenior | FullSenior);
    let chance = match (c.title, c.skill) {
        _ if foreign => 0.10,
        (FullSenior, _) => 0.40,
        (DeputySenior, _) => 0.18,
        (Intermediate, _) => 0.04,
        (_, SeniorTechnician) => 0.35,
        (_, Technician) => 0.18,
        (_, Advanced) => 0.05,
        _ => 0.01,
    };
    if !r.gen_bool(chance) {
        return String::new();
    }
    let fits = |x: &Honour| {
        let who = match x.who {
            Who::Anyone => true,
            Who::Skilled => c.skilled,
            Who::Senior => senior,
            Who::Foreign => foreign,
        };
        who && (x.scope.is_empty() || x.scope.iter().any(|s| site.lineage.contains(s)))
    };
    let fitting: Vec<&Honour> = HONOURS.iter().filter(|x| fits(x)).collect();
    let total: u32 = fitting.iter().map(|x| x.weight).sum();
    if total == 0 {
        return String::new();
    }
    // The honour `x` (in 0..the weights left) falls on, passing over `skip`.
    let at = |mut x: u32, skip: Option<usize>| -> usize {
        for (k, hon) in fitting.iter().enumerate() {
            if Some(k) == skip {
                continue;
            }
            if x < hon.weight {
                return k;
            }
            x -= hon.weight;
        }
        fitting.len() - 1
    };
    let first = at(r.gen_range(0..total), None);
    let second = if fitting.len() > 1 && r.gen_bool(0.2) {
        Some(at(
            r.gen_range(0..total - fitting[first].weight),
            Some(first),
        ))
    } else {
        None
    };
    let mut out = String::new();
    for (k, x) in fitting.iter().enumerate() {
        if k == first || Some(k) == second {
            if !out.is_empty() {
                out.push_str("; ");
            }
            out.push_str(x.text);
        }
    }
    out
}

/// A site other than `here` and not inside it or around it, by weight.
fn elsewhere(r: &mut SmallRng, a: &Atlas, here: usize, not: Option<usize>) -> Option<usize> {
    (0..16).find_map(|_| {
        let s = a.site_at(r.gen_range(0..a.total));
        (!a.related(s, here) && Some(s) != not).then_some(s)
    })
}

/// ~20 %: one or two earlier moves, the last into `here`, dated after the person's
/// 19th year, from 2015 to October 2026.
fn moves(r: &mut SmallRng, a: &Atlas, here: usize, birth: Date) -> Vec<DemoMove> {
    if !r.gen_bool(0.2) {
        return Vec::new();
    }
    let two = r.gen_bool(0.3);
    let origin = if r.gen_bool(0.3) {
        None
    } else {
        elsewhere(r, a, here, None)
    };
    let via = if two {
        elsewhere(r, a, here, origin)
    } else {
        None
    };
    // Dates on a calendar of 28-day months, so any month has the day.
    let first_year = (birth.year() + 19).max(2015);
    let months = i32::from(YEAR - first_year) * 12 + 10; // up to October 2026
    let slots = (months * 28) as u32;
    let date = |k: u32| {
        let m = (k / 28) as i32;
        jiff::civil::date(
            first_year + (m / 12) as i16,
            (m % 12) as i8 + 1,
            (k % 28) as i8 + 1,
        )
    };
    let code = |s: usize| a.sites[s].place.code;
    let to = code(here);
    match via {
        Some(v) => {
            let x = r.gen_range(0..slots);
            let mut y = r.gen_range(0..slots - 1);
            if y >= x {
                y += 1;
            }
            let (early, late) = (x.min(y), x.max(y));
            vec![
                DemoMove {
                    from: origin.map(code),
                    to: code(v),
                    moved_on: date(early),
                },
                DemoMove {
                    from: Some(code(v)),
                    to,
                    moved_on: date(late),
                },
            ]
        }
        None => vec![DemoMove {
            from: origin.map(code),
            to,
            moved_on: date(r.gen_range(0..slots)),
        }],
    }
}

/// One of `employers`, the bigger ones more often.
fn by_size(
    r: &mut SmallRng,
    employers: &[(&'static EnterpriseSeed, Workforce)],
) -> (&'static EnterpriseSeed, Workforce) {
    let total: u32 = employers.iter().map(|(_, w)| w.size).sum();
    let mut x = r.gen_range(0..total.max(1));
    for e in employers {
        if x < e.1.size {
            return *e;
        }
        x -= e.1.size;
    }
    employers[employers.len() - 1]
}

/// Usually an employer around the place, sometimes one nearby, otherwise none listed.
fn employer(r: &mut SmallRng, site: &Site) -> Option<(&'static EnterpriseSeed, Workforce)> {
    if !site.local.is_empty() && r.gen_bool(0.8) {
        Some(by_size(r, &site.local))
    } else if !site.near.is_empty() && r.gen_bool(0.3) {
        Some(by_size(r, &site.near))
    } else {
        None
    }
}

pub(crate) fn generate(seed: u64, index: u64) -> DemoTalent {
    let a = atlas();
    let mut r = SmallRng::seed_from_u64(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let Birth {
        date: born,
        sequence,
    } = births::birth(seed, index);
    let male = sequence % 2 == 1;
    let here = a.site_at(r.gen_range(0..a.total));
    let site = &a.sites[here];
    let job = employer(&mut r, site);
    let work = job.map_or_else(|| unemployed(site.place), |(_, w)| w);
    let foreign = r.gen_bool(work.foreign);
    let age = YEAR - born.year();

    let region = site.jurisdiction.region;
    let (person, identity) = if foreign {
        // The foreign permanent resident identity number (2023): 9, the province,
        // the nationality, then birth date, sequence and check character as for citizens.
        let origin = one(&mut r, origins(job.map(|(e, _)| e)));
        let card = 900_000 + region / 10_000 * 1000 + origin.country;
        (
            names::foreign(&mut r, origin, male),
            IdentityNumber::compose(card, born, sequence),
        )
    } else {
        (
            names::chinese(&mut r, male),
            IdentityNumber::compose(region, born, sequence),
        )
    };
    let PersonName {
        name,
        latin,
        mailbox,
    } = person;
    let c = career(&mut r, &work, age, foreign);
    let field = pick(&mut r, work.fields);
    let (patents, papers) = output(&mut r, &c);
    let mut honours = honours(&mut r, &c, foreign, site);
    for d in distinctions(seed, index, c.title, c.skill, foreign, age, &site.lineage) {
        if !honours.is_empty() {
            honours.push_str("; ");
        }
        honours.push_str(d);
    }
    let email = if r.gen_bool(0.8) {
        format!("{mailbox}.{index}@example.org")
    } else {
        String::new()
    };
    let phone = if r.gen_bool(0.85) {
        format!(
            "+86 {} {} {:04}",
            site.place.area,
            r.gen_range(5000..9000),
            r.gen_range(0..10_000)
        )
    } else {
        String::new()
    };
    let moves = moves(&mut r, a, here, born);

    DemoTalent {
        draft: TalentDraft {
            name,
            name_latin: latin,
            gender: if male { "male" } else { "female" }.to_string(),
            birth_date: born.to_string(),
            identity_number: identity.as_str().to_string(),
            education: c.education.code().to_string(),
            title: c.title.code().to_string(),
            skill_level: c.skill.code().to_string(),
            field: field.code().to_string(),
            employer: job.map(|(e, _)| e.name.to_string()).unwrap_or_default(),
            jurisdiction: site.place.code.to_string(),
            email,
            phone,
            honours,
            patents: patents.to_string(),
            papers: papers.to_string(),
        },
        moves,
    }
}
