//! What a rule sees of a talent: plain values, each a CEL variable of the same name.

use crate::talent::Talent;
use crate::vocab::{Education, ProfessionalTitle, SkillLevel};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The variables of a criterion's expression. Every field is one variable; no other
/// name may be used (the catalogue does not compile otherwise).
///
/// Ranks order the vocabularies so rules can say `title_rank >= 3`. Examples may be
/// written as partial JSON (`{"age": 40, "education": "doctorate"}`): missing fields
/// take their defaults and [`Profile::normalise`] derives the ranks from the codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// Full years at the evaluation date.
    pub age: i64,
    /// [`Education`] code, e.g. `doctorate`.
    pub education: String,
    /// secondary 0, associate 1, bachelor 2, master 3, doctorate 4.
    pub education_rank: i64,
    /// [`ProfessionalTitle`] code, e.g. `full_senior`.
    pub title: String,
    /// none 0, junior 1, intermediate 2, deputy_senior 3, full_senior 4.
    pub title_rank: i64,
    /// [`SkillLevel`] code, e.g. `senior_technician`.
    pub skill_level: String,
    /// none 0, elementary 1, intermediate 2, advanced 3, technician 4,
    /// senior_technician 5.
    pub skill_rank: i64,
    /// [`crate::vocab::Field`] code.
    pub field: String,
    /// [`crate::vocab::Gender`] code.
    pub gender: String,
    /// One entry per honour, as [`split_honours`] splits the profile's text.
    pub honours: Vec<String>,
    pub patents: i64,
    pub papers: i64,
    /// The code of the talent's jurisdiction.
    pub jurisdiction: String,
    /// The codes of the talent's jurisdiction and all its ancestors, root first.
    pub jurisdictions: Vec<String>,
    /// The employer's registered name; "" if none.
    pub employer: String,
}

/// The variable names a rule may use: the fields of [`Profile`].
pub const VARIABLES: [&str; 15] = [
    "age",
    "education",
    "education_rank",
    "title",
    "title_rank",
    "skill_level",
    "skill_rank",
    "field",
    "gender",
    "honours",
    "patents",
    "papers",
    "jurisdiction",
    "jurisdictions",
    "employer",
];

fn rank<T: PartialEq + Copy>(all: &[T], v: T) -> i64 {
    all.iter().position(|x| *x == v).unwrap_or(0) as i64
}

/// The rank of an [`Education`] code; `None` for an unknown code.
pub fn education_rank(code: &str) -> Option<i64> {
    Education::parse(code).ok().map(|e| rank(Education::ALL, e))
}

/// The rank of a [`ProfessionalTitle`] code; `None` for an unknown code.
pub fn title_rank(code: &str) -> Option<i64> {
    ProfessionalTitle::parse(code)
        .ok()
        .map(|t| rank(ProfessionalTitle::ALL, t))
}

/// The rank of a [`SkillLevel`] code; `None` for an unknown code.
pub fn skill_rank(code: &str) -> Option<i64> {
    SkillLevel::parse(code)
        .ok()
        .map(|s| rank(SkillLevel::ALL, s))
}

/// Full years from `birth` to `as_of` (0 if `as_of` is earlier). Someone born on
/// 29 February turns a year older on 1 March in common years.
pub fn age_on(birth: Date, as_of: Date) -> i64 {
    let mut years = i64::from(as_of.year()) - i64::from(birth.year());
    if (as_of.month(), as_of.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0)
}

/// The honours of a profile's free text: split on ';', '；' and line breaks, trimmed,
/// empty entries dropped.
pub fn split_honours(text: &str) -> Vec<String> {
    text.split([';', '；', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl Profile {
    /// The profile of a stored talent on `as_of`. `ancestry_codes` are the codes of its
    /// jurisdiction and every ancestor, root first and its own last, as
    /// [`crate::jurisdiction::JurisdictionTree::ancestry`] lists them.
    pub fn of(talent: &Talent, ancestry_codes: Vec<String>, as_of: Date) -> Profile {
        Profile {
            age: age_on(talent.birth_date, as_of),
            education: talent.education.code().to_string(),
            education_rank: rank(Education::ALL, talent.education),
            title: talent.title.code().to_string(),
            title_rank: rank(ProfessionalTitle::ALL, talent.title),
            skill_level: talent.skill_level.code().to_string(),
            skill_rank: rank(SkillLevel::ALL, talent.skill_level),
            field: talent.field.code().to_string(),
            gender: talent.gender.code().to_string(),
            honours: split_honours(&talent.honours),
            patents: i64::from(talent.patents),
            papers: i64::from(talent.papers),
            jurisdiction: ancestry_codes.last().cloned().unwrap_or_default(),
            jurisdictions: ancestry_codes,
            employer: talent.employer_name.clone().unwrap_or_default(),
        }
    }

    /// Makes the derived fields agree with the codes: each rank is set from its code
    /// when the code is known (a rank given alone is kept), and `jurisdictions`
    /// includes `jurisdiction`. Used on examples after deserialising them, and by
    /// callers that fill the codes in themselves.
    pub fn normalise(&mut self) {
        if let Some(r) = education_rank(&self.education) {
            self.education_rank = r;
        }
        if let Some(r) = title_rank(&self.title) {
            self.title_rank = r;
        }
        if let Some(r) = skill_rank(&self.skill_level) {
            self.skill_rank = r;
        }
        if !self.jurisdiction.is_empty() && !self.jurisdictions.contains(&self.jurisdiction) {
            self.jurisdictions.push(self.jurisdiction.clone());
        }
    }

    /// [`Profile::normalise`] by value.
    pub fn normalised(mut self) -> Self {
        self.normalise();
        self
    }
}
