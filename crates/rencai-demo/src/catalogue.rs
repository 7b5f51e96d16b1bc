//! The demo tier catalogue: Heilongjiang's tiered accreditation of high-level talent
//! (the SCIO press conference's "tiered accreditation for high-level talent"), tiers A
//! to E, highest first, with ~30 criteria over the honours, titles, skills and output
//! the demo generator produces. Every text is in the six languages of the UI; every
//! criterion has policy tests: a profile that matches and one that just misses.

mod high;
mod low;

use crate::{DemoTalent, jurisdictions};
use jiff::civil::Date;
use rencai_domain::accreditation::{
    Catalogue, Criterion, Example, LOCALES, LocalText, Profile, Tier, age_on, split_honours,
};

/// A text in the order of [`LOCALES`]: en, zh-CN, zh-TW, da, sw, tl.
pub(crate) fn text(x: [&str; 6]) -> LocalText {
    LocalText::new(LOCALES.iter().copied().zip(x))
}

/// A criterion from its parts; the texts in [`LOCALES`] order.
pub(crate) fn criterion(
    code: &str,
    tier: &str,
    name: [&str; 6],
    expression: &str,
    evidence: [&str; 6],
    examples: Vec<Example>,
) -> Criterion {
    Criterion {
        code: code.to_string(),
        tier: tier.to_string(),
        name: text(name),
        expression: expression.to_string(),
        evidence: text(evidence),
        examples,
    }
}

/// A profile for a policy test, built field by field.
#[derive(Default)]
pub(crate) struct P(Profile);

impl P {
    pub(crate) fn age(mut self, age: i64) -> Self {
        self.0.age = age;
        self
    }
    pub(crate) fn education(mut self, code: &str) -> Self {
        self.0.education = code.to_string();
        self
    }
    pub(crate) fn title(mut self, code: &str) -> Self {
        self.0.title = code.to_string();
        self
    }
    pub(crate) fn skill(mut self, code: &str) -> Self {
        self.0.skill_level = code.to_string();
        self
    }
    pub(crate) fn honour(mut self, h: &str) -> Self {
        self.0.honours.push(h.to_string());
        self
    }
    pub(crate) fn patents(mut self, n: i64) -> Self {
        self.0.patents = n;
        self
    }
    pub(crate) fn papers(mut self, n: i64) -> Self {
        self.0.papers = n;
        self
    }
    pub(crate) fn place(mut self, code: &str) -> Self {
        self.0.jurisdiction = code.to_string();
        self.0.jurisdictions = ancestry(code);
        self
    }
}

/// A policy test that must match.
pub(crate) fn yes(name: &str, p: P) -> Example {
    Example {
        name: name.to_string(),
        profile: p.0.normalised(),
        expect: true,
    }
}

/// A policy test that must not match.
pub(crate) fn no(name: &str, p: P) -> Example {
    Example {
        expect: false,
        ..yes(name, p)
    }
}

/// The demo catalogue: tiers A–E and their criteria.
pub fn catalogue() -> Catalogue {
    let mut criteria = high::criteria();
    criteria.extend(low::criteria());
    Catalogue {
        tiers: tiers(),
        criteria,
    }
}

fn tier(code: &str, name: [&str; 6], description: [&str; 6]) -> Tier {
    Tier {
        code: code.to_string(),
        name: text(name),
        description: text(description),
    }
}

fn tiers() -> Vec<Tier> {
    vec![
        tier(
            "A",
            [
                "Top talent",
                "顶尖人才",
                "頂尖人才",
                "Toptalent",
                "Vipaji vya juu kabisa",
                "Pinakamataas na talento",
            ],
            [
                "Scientists and experts of the first rank at home and abroad: academicians of the Chinese Academies of Sciences and of Engineering, their foreign members and laureates of the State Preeminent Science and Technology Award.",
                "国内外顶尖科学家和专家：中国科学院院士、中国工程院院士、两院外籍院士及国家最高科学技术奖获得者。",
                "國內外頂尖科學家和專家：中國科學院院士、中國工程院院士、兩院外籍院士及國家最高科學技術獎獲得者。",
                "Forskere og eksperter i verdensklasse: medlemmer af Det Kinesiske Videnskabsakademi og Det Kinesiske Ingeniørakademi, deres udenlandske medlemmer og modtagere af statens højeste pris for videnskab og teknologi.",
                "Wanasayansi na wataalamu wa daraja la kwanza ndani na nje ya nchi: wanataaluma wa Akademia ya Sayansi ya China na Akademia ya Uhandisi ya China, wanachama wao wa kigeni na washindi wa Tuzo Kuu ya Taifa ya Sayansi na Teknolojia.",
                "Mga siyentipiko at eksperto na nangunguna sa loob at labas ng bansa: mga akademiko ng Chinese Academy of Sciences at ng Chinese Academy of Engineering, ang kanilang mga dayuhang miyembro, at mga nagwagi ng State Preeminent Science and Technology Award.",
            ],
        ),
        tier(
            "B",
            [
                "National leading talent",
                "国家级领军人才",
                "國家級領軍人才",
                "Nationalt førende talent",
                "Vipaji viongozi vya kitaifa",
                "Nangungunang talento sa pambansang antas",
            ],
            [
                "Leaders of their field at national level: first prizes of the national science and technology awards, Changjiang Scholars, Distinguished Young Scholars, full-senior scientists of the Leading Wild Goose plan, China Skills Award winners and Friendship Award laureates.",
                "在全国范围内引领本领域发展的人才：国家科学技术奖一等奖获得者、长江学者、国家杰出青年科学基金获得者、具有正高级职称的“头雁”计划入选者、中华技能大奖获得者及中国政府友谊奖获得者。",
                "在全國範圍內引領本領域發展的人才：國家科學技術獎一等獎獲得者、長江學者、國家傑出青年科學基金獲得者、具有正高級職稱的「頭雁」計畫入選者、中華技能大獎獲得者及中國政府友誼獎獲得者。",
                "Førende inden for deres felt på nationalt plan: vindere af førstepriser ved de nationale videnskabs- og teknologipriser, Changjiang-forskere, fremragende unge forskere, forskere i »Den førende vildgås«-planen med fuld seniortitel, vindere af Kinas færdighedspris og modtagere af Venskabsprisen.",
                "Viongozi wa fani zao katika ngazi ya taifa: washindi wa zawadi za kwanza za tuzo za taifa za sayansi na teknolojia, Wasomi wa Changjiang, Wasomi Vijana Mashuhuri, wanasayansi wa mpango wa \"Bata Bukini Kiongozi\" wenye cheo cha juu kabisa, washindi wa Tuzo ya Ujuzi ya China na washindi wa Tuzo ya Urafiki.",
                "Mga nangunguna sa kanilang larangan sa buong bansa: mga nagwagi ng unang gantimpala sa pambansang parangal sa agham at teknolohiya, mga Changjiang Scholar, mga Distinguished Young Scholar, mga siyentipiko ng planong \"Nangungunang Gansang Ligaw\" na may pinakamataas na titulo, mga nagwagi ng China Skills Award at ng Friendship Award.",
            ],
        ),
        tier(
            "C",
            [
                "Provincial leading talent",
                "省级领军人才",
                "省級領軍人才",
                "Førende talent på provinsniveau",
                "Vipaji viongozi vya ngazi ya mkoa",
                "Nangungunang talento sa antas ng lalawigan",
            ],
            [
                "Talents recognised at provincial level or with second prizes of national awards: experts with the State Council's special allowance, National Technical Experts, Longjiang Scholars, Heilongjiang first prizes, members of the Leading Wild Goose plan, leaders of national skills master studios and prolific full-senior inventors.",
                "获得省级认可或国家级奖项二等奖的人才：享受国务院政府特殊津贴专家、全国技术能手、龙江学者、黑龙江省科学技术奖一等奖获得者、“头雁”计划入选者、国家级技能大师工作室领办人及高产的正高级职称发明人。",
                "獲得省級認可或國家級獎項二等獎的人才：享受國務院政府特殊津貼專家、全國技術能手、龍江學者、黑龍江省科學技術獎一等獎獲得者、「頭雁」計畫入選者、國家級技能大師工作室領辦人及高產的正高級職稱發明人。",
                "Talenter anerkendt på provinsniveau eller med andenpriser ved nationale priser: eksperter med Statsrådets særlige tilskud, nationale tekniske eksperter, Longjiang-forskere, vindere af Heilongjiangs førstepriser, medlemmer af »Den førende vildgås«-planen, ledere af nationale mesterværksteder og produktive opfindere med fuld seniortitel.",
                "Vipaji vinavyotambuliwa katika ngazi ya mkoa au vyenye zawadi za pili za tuzo za taifa: wataalamu wanaopokea posho maalum ya Baraza la Serikali, Wataalamu wa Kiufundi wa Taifa, Wasomi wa Longjiang, washindi wa zawadi za kwanza za Heilongjiang, wanachama wa mpango wa \"Bata Bukini Kiongozi\", viongozi wa karakana za taifa za mabingwa wa ujuzi na wavumbuzi hodari wenye cheo cha juu kabisa.",
                "Mga talentong kinikilala sa antas ng lalawigan o may ikalawang gantimpala sa pambansang parangal: mga ekspertong may espesyal na allowance ng State Council, mga Pambansang Dalubhasang Teknikal, mga Longjiang Scholar, mga nagwagi ng unang gantimpala ng Heilongjiang, mga kasapi ng planong \"Nangungunang Gansang Ligaw\", mga pinuno ng pambansang studio ng mga dalubhasa sa kasanayan at mga masipag na imbentor na may pinakamataas na titulo.",
            ],
        ),
        tier(
            "D",
            [
                "Outstanding talent",
                "拔尖人才",
                "拔尖人才",
                "Fremragende talent",
                "Vipaji bora",
                "Namumukod-tanging talento",
            ],
            [
                "Experienced specialists with provincial or city honours: Heilongjiang second prizes, chief technicians, May Day Labour Medals, provincial craftsmen, outstanding engineers, and full-senior doctors or authors.",
                "获得省级或市级荣誉的资深专业人才：黑龙江省科学技术奖二等奖获得者、首席技师、五一劳动奖章获得者、省级工匠、卓越工程师，以及具有正高级职称的博士或高产作者。",
                "獲得省級或市級榮譽的資深專業人才：黑龍江省科學技術獎二等獎獲得者、首席技師、五一勞動獎章獲得者、省級工匠、卓越工程師，以及具有正高級職稱的博士或高產作者。",
                "Erfarne specialister med hædersbevisninger fra provins eller by: vindere af Heilongjiangs andenpriser, overteknikere, modtagere af 1. maj-arbejdsmedaljen, provinsernes mesterhåndværkere, fremragende ingeniører samt ph.d.'er og forfattere med seniortitel.",
                "Wataalamu wenye uzoefu walio na heshima za mkoa au jiji: washindi wa zawadi za pili za Heilongjiang, mafundi wakuu, washindi wa Nishani ya Kazi ya Mei Mosi, mafundi stadi wa mikoa, wahandisi bora, na madaktari wa falsafa au waandishi wenye cheo cha juu.",
                "Mga bihasang espesyalista na may parangal mula sa lalawigan o lungsod: mga nagwagi ng ikalawang gantimpala ng Heilongjiang, mga punong teknisyan, mga tumanggap ng May Day Labour Medal, mga dalubhasang manggagawa ng lalawigan, mga natatanging inhinyero, at mga doktor o manunulat na may mataas na titulo.",
            ],
        ),
        tier(
            "E",
            [
                "Core and young talent",
                "骨干及青年人才",
                "骨幹及青年人才",
                "Kernetalent og unge talenter",
                "Vipaji vya msingi na vijana",
                "Pangunahing talento at kabataang talento",
            ],
            [
                "The base of the talent pool: young doctors with a senior title, productive full-senior professionals, senior technicians who win skills competitions, technicians who hold patents, and young inventors.",
                "人才队伍的基础：具有副高级以上职称的青年博士、成果丰富的正高级职称专业人员、在技能大赛中获奖的高级技师、拥有专利的技师以及青年发明人。",
                "人才隊伍的基礎：具有副高級以上職稱的青年博士、成果豐富的正高級職稱專業人員、在技能大賽中獲獎的高級技師、擁有專利的技師以及青年發明人。",
                "Grundstammen i talentmassen: unge ph.d.'er med seniortitel, produktive fagfolk med fuld seniortitel, seniorteknikere der vinder færdighedskonkurrencer, teknikere med patenter og unge opfindere.",
                "Msingi wa hazina ya vipaji: madaktari wa falsafa vijana wenye cheo cha juu, wataalamu wenye tija wenye cheo cha juu kabisa, mafundi wakuu waandamizi walioshinda mashindano ya ujuzi, mafundi wenye hataza na wavumbuzi vijana.",
                "Ang pundasyon ng talento: mga batang doktor na may mataas na titulo, mga produktibong propesyonal na may pinakamataas na titulo, mga senior technician na nagwagi sa paligsahan ng kasanayan, mga teknisyang may patente, at mga batang imbentor.",
            ],
        ),
    ]
}

/// The codes of a demo jurisdiction and its ancestors, root first, own code last.
pub fn ancestry(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = Some(code);
    while let Some(c) = cur {
        out.push(c.to_string());
        cur = jurisdictions()
            .iter()
            .find(|j| j.code == c)
            .and_then(|j| j.parent);
        if out.len() > 16 {
            break;
        }
    }
    out.reverse();
    out
}

/// What the rules see of a generated talent on `as_of`, straight from its draft (the
/// generator writes valid codes; anything unreadable is left at its default).
pub fn profile(t: &DemoTalent, as_of: Date) -> Profile {
    let d = &t.draft;
    let age = d
        .birth_date
        .parse::<Date>()
        .map_or(0, |born| age_on(born, as_of));
    Profile {
        age,
        education: d.education.clone(),
        title: d.title.clone(),
        skill_level: d.skill_level.clone(),
        field: d.field.clone(),
        gender: d.gender.clone(),
        honours: split_honours(&d.honours),
        patents: d.patents.parse().unwrap_or(0),
        papers: d.papers.parse().unwrap_or(0),
        jurisdiction: d.jurisdiction.clone(),
        jurisdictions: ancestry(&d.jurisdiction),
        employer: d.employer.clone(),
        ..Profile::default()
    }
    .normalised()
}
