//! The catalogue as an administrator writes it and the store keeps it (JSON per
//! version): tiers, criteria with their CEL rule, evidence and policy tests.

use super::profile::Profile;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The languages every catalogue entry is written in, English first (the fallback).
pub const LOCALES: [&str; 6] = ["en", "zh-CN", "zh-TW", "da", "sw", "tl"];

/// A text in several languages: locale code → text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<String, String>);

impl LocalText {
    /// From `(locale, text)` pairs.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    /// The same text in every locale (tests, placeholders).
    pub fn same(text: &str) -> Self {
        Self::new(LOCALES.iter().map(|l| (*l, text)))
    }

    /// The text in `locale`, else in English, else in any language; "" when there is none.
    pub fn get(&self, locale: &str) -> &str {
        let usable = |l: &str| {
            self.0
                .get(l)
                .map(String::as_str)
                .filter(|t| !t.trim().is_empty())
        };
        usable(locale)
            .or_else(|| usable("en"))
            .or_else(|| {
                self.0
                    .values()
                    .map(String::as_str)
                    .find(|t| !t.trim().is_empty())
            })
            .unwrap_or("")
    }

    /// The locales of [`LOCALES`] this text is missing (absent or blank) in.
    pub fn missing(&self) -> Vec<&'static str> {
        LOCALES
            .iter()
            .copied()
            .filter(|l| self.0.get(*l).is_none_or(|t| t.trim().is_empty()))
            .collect()
    }
}

/// A tier of accreditation. Its position in [`Catalogue::tiers`] is its rank: first is
/// highest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    /// An upper-case letter, optionally followed by letters or digits: "A" … "E".
    pub code: String,
    pub name: LocalText,
    #[serde(default)]
    pub description: LocalText,
}

/// One way into a tier: a rule over the [`Profile`], what the applicant must upload to
/// prove it, and policy tests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// Lower-case letters, digits and '-', starting with a letter: e.g. `academician`.
    pub code: String,
    /// The code of the tier this criterion qualifies for.
    pub tier: String,
    pub name: LocalText,
    /// A CEL expression over the profile's fields that yields a bool.
    pub expression: String,
    /// What the applicant must upload.
    #[serde(default)]
    pub evidence: LocalText,
    /// Policy tests: each is evaluated against this criterion alone and must give its
    /// `expect`, or the catalogue does not compile.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A policy test: a (partial) profile and whether the criterion must match it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    pub name: String,
    pub profile: Profile,
    pub expect: bool,
}

/// A version of the tier catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub tiers: Vec<Tier>,
    pub criteria: Vec<Criterion>,
}

impl Catalogue {
    /// The position (rank) of the tier with `code`.
    pub fn tier_index(&self, code: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.code == code)
    }
}

/// One problem of a catalogue. The web layer shows it as the Fluent message
/// `err-<code>` with `args`, next to the tier or criterion and field it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogueError {
    /// The criterion's code (as written, even if invalid).
    pub criterion: Option<String>,
    /// The tier's code (as written), for problems of a tier.
    pub tier: Option<String>,
    /// "code", "name", "expression", "examples" or "tier".
    pub field: &'static str,
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl CatalogueError {
    pub(crate) fn tier(code: &str, field: &'static str, error: &'static str) -> Self {
        Self {
            criterion: None,
            tier: Some(code.to_string()),
            field,
            code: error,
            args: Vec::new(),
        }
    }

    pub(crate) fn criterion(code: &str, field: &'static str, error: &'static str) -> Self {
        Self {
            criterion: Some(code.to_string()),
            tier: None,
            field,
            code: error,
            args: Vec::new(),
        }
    }

    pub(crate) fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// As a field error: `criteria.<code>.<field>`, `tiers.<code>.<field>` or the
    /// catalogue as a whole.
    pub fn to_field_error(&self) -> crate::FieldError {
        let path = match (&self.criterion, &self.tier) {
            (Some(c), _) => format!("criteria.{c}.{}", self.field),
            (None, Some(t)) => format!("tiers.{t}.{}", self.field),
            (None, None) => self.field.to_string(),
        };
        let mut e = crate::FieldError::new(path, self.code);
        for (k, v) in &self.args {
            e = e.with(k, v.clone());
        }
        e
    }

    /// The value of argument `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(c) = &self.criterion {
            write!(f, "criterion {c}: ")?;
        } else if let Some(t) = &self.tier {
            write!(f, "tier {t}: ")?;
        }
        write!(f, "{} {}", self.field, self.code)?;
        for (i, (n, v)) in self.args.iter().enumerate() {
            write!(f, "{}{n}={v}", if i == 0 { " (" } else { ", " })?;
        }
        if !self.args.is_empty() {
            write!(f, ")")?;
        }
        Ok(())
    }
}
