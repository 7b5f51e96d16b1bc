//! The talent profile: what a form, a file row or an API body says (a [`TalentDraft`] of
//! strings), parsed into a [`TalentInput`] that can be stored, or a list of field errors.

use crate::error::{Errors, FieldError};
use crate::identity::IdentityNumber;
use crate::ids::{EnterpriseId, JurisdictionId, TalentId};
use crate::vocab::{Education, Field, Gender, ProfessionalTitle, SkillLevel};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The columns of a talent, in the order files and forms use them.
pub const FIELDS: &[&str] = &[
    "name",
    "name_latin",
    "gender",
    "birth_date",
    "identity_number",
    "education",
    "title",
    "skill_level",
    "field",
    "employer",
    "jurisdiction",
    "email",
    "phone",
    "honours",
    "patents",
    "papers",
];

/// A talent as submitted: every value a string, nothing checked yet.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct TalentDraft {
    pub name: String,
    pub name_latin: String,
    pub gender: String,
    pub birth_date: String,
    pub identity_number: String,
    pub education: String,
    pub title: String,
    pub skill_level: String,
    pub field: String,
    /// The employer's registered name.
    pub employer: String,
    /// The jurisdiction's code (or its name).
    pub jurisdiction: String,
    pub email: String,
    pub phone: String,
    pub honours: String,
    pub patents: String,
    pub papers: String,
}

impl TalentDraft {
    /// Sets a column by its name in [`FIELDS`]; unknown names are ignored.
    pub fn set(&mut self, column: &str, value: String) {
        let slot = match column {
            "name" => &mut self.name,
            "name_latin" => &mut self.name_latin,
            "gender" => &mut self.gender,
            "birth_date" => &mut self.birth_date,
            "identity_number" => &mut self.identity_number,
            "education" => &mut self.education,
            "title" => &mut self.title,
            "skill_level" => &mut self.skill_level,
            "field" => &mut self.field,
            "employer" => &mut self.employer,
            "jurisdiction" => &mut self.jurisdiction,
            "email" => &mut self.email,
            "phone" => &mut self.phone,
            "honours" => &mut self.honours,
            "patents" => &mut self.patents,
            "papers" => &mut self.papers,
            _ => return,
        };
        *slot = value;
    }
}

impl TalentDraft {
    /// The values in [`FIELDS`] order, as a file row.
    pub fn into_row(self) -> Vec<String> {
        vec![
            self.name,
            self.name_latin,
            self.gender,
            self.birth_date,
            self.identity_number,
            self.education,
            self.title,
            self.skill_level,
            self.field,
            self.employer,
            self.jurisdiction,
            self.email,
            self.phone,
            self.honours,
            self.patents,
            self.papers,
        ]
    }
}

/// Resolves the names a draft refers to; the store answers from the database.
pub trait References {
    fn jurisdiction(&self, code_or_name: &str) -> Option<JurisdictionId>;
    fn employer(&self, name: &str) -> Option<EnterpriseId>;
}

/// A person's name as written (Chinese or Latin script), 1–64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TalentName(String);

impl TalentName {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("required");
        }
        if s.chars().count() > 64 {
            return Err("too-long");
        }
        if s.chars()
            .any(|c| c.is_control() || matches!(c, '<' | '>' | '"' | '\\' | '{' | '}'))
        {
            return Err("name-characters");
        }
        Ok(Self(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A validated, storable talent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalentInput {
    pub name: TalentName,
    pub name_latin: Option<TalentName>,
    pub gender: Gender,
    pub birth_date: Date,
    pub identity: IdentityNumber,
    pub education: Education,
    pub title: ProfessionalTitle,
    pub skill_level: SkillLevel,
    pub field: Field,
    pub employer_id: Option<EnterpriseId>,
    pub jurisdiction_id: JurisdictionId,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub honours: String,
    pub patents: u32,
    pub papers: u32,
}

impl TalentInput {
    /// What a search box matches: both scripts of the name, lowercased.
    pub fn search_key(&self) -> String {
        search_key(
            self.name.as_str(),
            self.name_latin.as_ref().map(TalentName::as_str),
        )
    }
}

pub fn search_key(name: &str, latin: Option<&str>) -> String {
    let mut key = name.to_lowercase();
    if let Some(l) = latin {
        key.push(' ');
        key.push_str(&l.to_lowercase());
    }
    key
}

fn parse_date(raw: &str) -> Result<Date, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("required");
    }
    // ISO is the documented form; Excel users on Chinese systems often type 1985/3/7.
    let normalised = s.replace(['/', '.'], "-");
    let parts: Vec<&str> = normalised.split('-').collect();
    if parts.len() != 3 {
        return Err("date-invalid");
    }
    let n = |p: &str| p.parse::<i16>().map_err(|_| "date-invalid");
    let (y, m, d) = (n(parts[0])?, n(parts[1])?, n(parts[2])?);
    let m = i8::try_from(m).map_err(|_| "date-invalid")?;
    let d = i8::try_from(d).map_err(|_| "date-invalid")?;
    Date::new(y, m, d).map_err(|_| "date-invalid")
}

fn parse_count(raw: &str) -> Result<u32, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(0);
    }
    s.parse::<u32>()
        .ok()
        .filter(|n| *n <= 100_000)
        .ok_or("count-invalid")
}

fn parse_email(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let ok = s.len() <= 254
        && !s.chars().any(char::is_whitespace)
        && s.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if ok {
        Ok(Some(s.to_string()))
    } else {
        Err("email-invalid")
    }
}

fn parse_phone(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ' ' | '(' | ')'));
    if allowed && (5..=20).contains(&digits) {
        Ok(Some(s.to_string()))
    } else {
        Err("phone-invalid")
    }
}

fn parse_optional_name(raw: &str) -> Result<Option<TalentName>, &'static str> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        TalentName::parse(raw).map(Some)
    }
}

impl TalentDraft {
    /// Checks every field and reports every problem at once; `today` bounds the birth date.
    pub fn parse(
        &self,
        refs: &dyn References,
        today: Date,
    ) -> Result<TalentInput, Vec<FieldError>> {
        let mut e = Errors::default();
        let name = e.take("name", TalentName::parse(&self.name));
        let name_latin = e.take("name_latin", parse_optional_name(&self.name_latin));
        let gender = e.take("gender", Gender::parse(&self.gender));
        let birth_date = e.take("birth_date", parse_date(&self.birth_date));
        let identity = e.take(
            "identity_number",
            IdentityNumber::parse(&self.identity_number),
        );
        let education = e.take("education", Education::parse(&self.education));
        let title = e.take(
            "title",
            parse_or_default(
                &self.title,
                ProfessionalTitle::parse,
                ProfessionalTitle::None,
            ),
        );
        let skill_level = e.take(
            "skill_level",
            parse_or_default(&self.skill_level, SkillLevel::parse, SkillLevel::None),
        );
        let field = e.take("field", Field::parse(&self.field));
        let employer_id = if self.employer.trim().is_empty() {
            Some(None)
        } else {
            e.take(
                "employer",
                refs.employer(self.employer.trim())
                    .map(Some)
                    .ok_or("employer-unknown"),
            )
        };
        let jurisdiction_id = if self.jurisdiction.trim().is_empty() {
            e.take("jurisdiction", Err("required"))
        } else {
            e.take(
                "jurisdiction",
                refs.jurisdiction(self.jurisdiction.trim())
                    .ok_or("jurisdiction-unknown"),
            )
        };
        let email = e.take("email", parse_email(&self.email));
        let phone = e.take("phone", parse_phone(&self.phone));
        let patents = e.take("patents", parse_count(&self.patents));
        let papers = e.take("papers", parse_count(&self.papers));
        let honours = self.honours.trim().to_string();
        if honours.chars().count() > 2000 {
            e.push("honours", "too-long");
        }

        if let Some(b) = birth_date {
            let age = today
                .since(b)
                .ok()
                .and_then(|span| span.total((jiff::Unit::Year, today)).ok());
            if b >= today || age.is_some_and(|a| !(14.0..=110.0).contains(&a)) {
                e.push("birth_date", "birth-date-range");
            }
            if let Some(id) = &identity {
                let encoded = &id.as_str()[6..14];
                if encoded != b.strftime("%Y%m%d").to_string() {
                    e.push("identity_number", "identity-birth-mismatch");
                }
            }
        }

        match (
            name,
            name_latin,
            gender,
            birth_date,
            identity,
            education,
            title,
            skill_level,
            field,
            employer_id,
            jurisdiction_id,
            email,
            phone,
            patents,
            papers,
        ) {
            (
                Some(name),
                Some(name_latin),
                Some(gender),
                Some(birth_date),
                Some(identity),
                Some(education),
                Some(title),
                Some(skill_level),
                Some(field),
                Some(employer_id),
                Some(jurisdiction_id),
                Some(email),
                Some(phone),
                Some(patents),
                Some(papers),
            ) if e.is_empty() => Ok(TalentInput {
                name,
                name_latin,
                gender,
                birth_date,
                identity,
                education,
                title,
                skill_level,
                field,
                employer_id,
                jurisdiction_id,
                email,
                phone,
                honours,
                patents,
                papers,
            }),
            _ => Err(e.into_vec()),
        }
    }
}

fn parse_or_default<T>(
    raw: &str,
    parse: fn(&str) -> Result<T, &'static str>,
    default: T,
) -> Result<T, &'static str> {
    if raw.trim().is_empty() {
        Ok(default)
    } else {
        parse(raw)
    }
}

/// A talent as stored and shown; the identity number only in masked form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Talent {
    pub id: TalentId,
    pub name: String,
    pub name_latin: Option<String>,
    pub gender: Gender,
    pub birth_date: Date,
    pub identity_masked: String,
    pub education: Education,
    pub title: ProfessionalTitle,
    pub skill_level: SkillLevel,
    pub field: Field,
    pub employer_id: Option<EnterpriseId>,
    pub employer_name: Option<String>,
    pub jurisdiction_id: JurisdictionId,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub honours: String,
    pub patents: u32,
    pub papers: u32,
    /// Bumped by every change; an edit based on an older version is refused.
    pub version: i64,
    pub created_at: jiff::Timestamp,
    pub updated_at: jiff::Timestamp,
    /// Set when the person's data was erased on request; the row stays for the audit trail.
    pub erased_at: Option<jiff::Timestamp>,
}

impl Talent {
    /// A row for exported files: the identity number only masked.
    pub fn export_row(&self, jurisdiction_code: &str) -> Vec<String> {
        let mut d = self.to_draft(jurisdiction_code);
        d.identity_number = self.identity_masked.clone();
        d.into_row()
    }

    /// The values an edit form starts from (the identity number is not shown).
    pub fn to_draft(&self, jurisdiction_code: &str) -> TalentDraft {
        TalentDraft {
            name: self.name.clone(),
            name_latin: self.name_latin.clone().unwrap_or_default(),
            gender: self.gender.code().into(),
            birth_date: self.birth_date.to_string(),
            identity_number: String::new(),
            education: self.education.code().into(),
            title: self.title.code().into(),
            skill_level: self.skill_level.code().into(),
            field: self.field.code().into(),
            employer: self.employer_name.clone().unwrap_or_default(),
            jurisdiction: jurisdiction_code.into(),
            email: self.email.clone().unwrap_or_default(),
            phone: self.phone.clone().unwrap_or_default(),
            honours: self.honours.clone(),
            patents: self.patents.to_string(),
            papers: self.papers.to_string(),
        }
    }
}

/// A move of a talent from one jurisdiction to another (inflow/outflow statistics).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocationMove {
    pub from: Option<JurisdictionId>,
    pub to: JurisdictionId,
    pub moved_on: Date,
}

/// What a list of talents can be narrowed by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalentFilter {
    /// Part of the name in either script.
    pub query: Option<String>,
    /// Only this jurisdiction and its subtree.
    pub jurisdiction: Option<JurisdictionId>,
    pub title: Option<ProfessionalTitle>,
    pub skill_level: Option<SkillLevel>,
    pub field: Option<Field>,
    pub employer_id: Option<EnterpriseId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Refs;
    impl References for Refs {
        fn jurisdiction(&self, code: &str) -> Option<JurisdictionId> {
            (code == "hlj-harbin").then_some(JurisdictionId(2))
        }
        fn employer(&self, name: &str) -> Option<EnterpriseId> {
            (name == "Harbin Boshi Automation").then_some(EnterpriseId(7))
        }
    }

    fn good() -> TalentDraft {
        let id = IdentityNumber::compose(230_102, jiff::civil::date(1980, 5, 17), 12);
        TalentDraft {
            name: "王海峰".into(),
            name_latin: "Wang Haifeng".into(),
            gender: "male".into(),
            birth_date: "1980-05-17".into(),
            identity_number: id.as_str().into(),
            education: "doctorate".into(),
            title: "full_senior".into(),
            skill_level: "".into(),
            field: "robotics".into(),
            employer: "Harbin Boshi Automation".into(),
            jurisdiction: "hlj-harbin".into(),
            email: "wang@example.org".into(),
            phone: "+86 451 8641 0000".into(),
            honours: "".into(),
            patents: "3".into(),
            papers: "".into(),
        }
    }

    const TODAY: Date = jiff::civil::date(2026, 11, 22);

    #[test]
    fn a_good_draft_parses() {
        let t = good().parse(&Refs, TODAY).expect("valid");
        assert_eq!(t.jurisdiction_id, JurisdictionId(2));
        assert_eq!(t.employer_id, Some(EnterpriseId(7)));
        assert_eq!(t.skill_level, SkillLevel::None);
        assert_eq!(t.patents, 3);
        assert_eq!(t.papers, 0);
        assert_eq!(t.search_key(), "王海峰 wang haifeng");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut d = good();
        d.name = " ".into();
        d.birth_date = "1980-02-30".into();
        d.jurisdiction = "atlantis".into();
        d.email = "not-an-email".into();
        d.title = "emperor".into();
        let errs = d.parse(&Refs, TODAY).expect_err("invalid");
        let got: Vec<(&str, &str)> = errs.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            vec![
                ("name", "required"),
                ("birth_date", "date-invalid"),
                ("title", "unknown-value"),
                ("jurisdiction", "jurisdiction-unknown"),
                ("email", "email-invalid"),
            ]
        );
    }

    #[test]
    fn the_identity_number_must_carry_the_birth_date() {
        let mut d = good();
        d.birth_date = "1980/5/18".into();
        let errs = d.parse(&Refs, TODAY).expect_err("mismatch");
        assert_eq!(
            errs,
            vec![FieldError::new(
                "identity_number",
                "identity-birth-mismatch"
            )]
        );
    }

    #[test]
    fn birth_dates_in_the_future_are_refused() {
        let mut d = good();
        let id = IdentityNumber::compose(230_102, jiff::civil::date(2027, 1, 1), 12);
        d.identity_number = id.as_str().into();
        d.birth_date = "2027-01-01".into();
        let errs = d.parse(&Refs, TODAY).expect_err("future");
        assert_eq!(
            errs,
            vec![FieldError::new("birth_date", "birth-date-range")]
        );
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2EBEF}')
}

/// The terms a name is found by: every Chinese character and every pair of adjacent
/// Chinese characters (so any part of a Chinese name matches), and every word of a
/// Latin-script name, lowercased (matched by prefix).
pub fn search_terms(name: &str, latin: Option<&str>) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for text in std::iter::once(name).chain(latin) {
        let lower = text.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if is_han(*c) {
                out.insert(c.to_string());
                if let Some(next) = chars.get(i + 1).filter(|n| is_han(**n)) {
                    out.insert(format!("{c}{next}"));
                }
            }
        }
        for word in lower
            .split(|c: char| !c.is_alphanumeric() || is_han(c))
            .filter(|w| !w.is_empty())
        {
            out.insert(word.chars().take(32).collect());
        }
    }
    out
}

/// How a search box's text is looked up in the terms: a Chinese pair (or single
/// character) exactly, else the longest Latin word as a prefix. The full text is then
/// matched against the candidates, so the term only has to narrow them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchTerm {
    Exact(String),
    Prefix(String),
}

pub fn search_term(query: &str) -> Option<SearchTerm> {
    let lower = query.trim().to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    if let Some(i) = chars.iter().position(|c| is_han(*c)) {
        return Some(match chars.get(i + 1).filter(|n| is_han(**n)) {
            Some(next) => SearchTerm::Exact(format!("{}{next}", chars[i])),
            None => SearchTerm::Exact(chars[i].to_string()),
        });
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .max_by_key(|w| w.chars().count())
        .map(|w| SearchTerm::Prefix(w.chars().take(32).collect()))
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn names_are_found_by_any_chinese_part_or_latin_word() {
        let t = search_terms("王海峰", Some("Wang Haifeng"));
        let want: Vec<&str> = vec!["haifeng", "wang", "峰", "海", "海峰", "王", "王海"];
        assert_eq!(t.iter().map(String::as_str).collect::<Vec<_>>(), want);
        assert_eq!(
            search_term(" 海峰 "),
            Some(SearchTerm::Exact("海峰".into()))
        );
        assert_eq!(search_term("峰"), Some(SearchTerm::Exact("峰".into())));
        assert_eq!(
            search_term("Wang Hai"),
            Some(SearchTerm::Prefix("wang".into()))
        );
        assert_eq!(search_term("  "), None);
        let foreign = search_terms("Anna Keller", None);
        assert!(foreign.contains("keller") && foreign.contains("anna"));
    }
}
