//! A profile as CEL values, without copying it: strings borrow the profile's, numbers
//! are copied once per profile, and the two lists are built only if a rule reads them.
//! Every lookup of a variable hands out a borrow, so evaluating a rule allocates
//! nothing for its variables.

use super::profile::Profile;
use cel::common::types::{CelInt, CelList, CelString};
use cel::common::value::{CowVal, Val};
use cel::context::VariableResolver;
use std::sync::OnceLock;

pub(crate) struct Bound<'a> {
    profile: &'a Profile,
    age: CelInt,
    education: CelString<'a>,
    education_rank: CelInt,
    title: CelString<'a>,
    title_rank: CelInt,
    skill_level: CelString<'a>,
    skill_rank: CelInt,
    field: CelString<'a>,
    gender: CelString<'a>,
    patents: CelInt,
    papers: CelInt,
    jurisdiction: CelString<'a>,
    employer: CelString<'a>,
    honours: OnceLock<CelList<'a>>,
    jurisdictions: OnceLock<CelList<'a>>,
}

fn list<'a>(items: &'a [String]) -> CelList<'a> {
    let vals: Vec<Box<dyn Val + 'a>> = items
        .iter()
        .map(|s| Box::new(CelString::from(s.as_str())) as Box<dyn Val + 'a>)
        .collect();
    CelList::from(vals)
}

impl<'a> Bound<'a> {
    pub(crate) fn new(p: &'a Profile) -> Self {
        let s = |v: &'a String| CelString::from(v.as_str());
        Self {
            profile: p,
            age: CelInt::from(p.age),
            education: s(&p.education),
            education_rank: CelInt::from(p.education_rank),
            title: s(&p.title),
            title_rank: CelInt::from(p.title_rank),
            skill_level: s(&p.skill_level),
            skill_rank: CelInt::from(p.skill_rank),
            field: s(&p.field),
            gender: s(&p.gender),
            patents: CelInt::from(p.patents),
            papers: CelInt::from(p.papers),
            jurisdiction: s(&p.jurisdiction),
            employer: s(&p.employer),
            honours: OnceLock::new(),
            jurisdictions: OnceLock::new(),
        }
    }
}

impl VariableResolver for Bound<'_> {
    fn resolve<'b>(&'b self, variable: &str) -> Option<CowVal<'b, 'b>> {
        let v: &'b (dyn Val + 'b) = match variable {
            "age" => &self.age,
            "education" => &self.education,
            "education_rank" => &self.education_rank,
            "title" => &self.title,
            "title_rank" => &self.title_rank,
            "skill_level" => &self.skill_level,
            "skill_rank" => &self.skill_rank,
            "field" => &self.field,
            "gender" => &self.gender,
            "honours" => self.honours.get_or_init(|| list(&self.profile.honours)),
            "patents" => &self.patents,
            "papers" => &self.papers,
            "jurisdiction" => &self.jurisdiction,
            "jurisdictions" => self
                .jurisdictions
                .get_or_init(|| list(&self.profile.jurisdictions)),
            "employer" => &self.employer,
            _ => return None,
        };
        Some(CowVal::Borrowed(v))
    }
}
