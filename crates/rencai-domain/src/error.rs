//! Errors as stable codes. The web layer turns a code into a translated message
//! (`err-<code>` in the Fluent files) and an HTTP status; nothing here knows either.

use serde::Serialize;

/// One thing wrong with one input field, e.g. `birth_date` / `date-invalid`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    /// Values the message needs, e.g. a rule error's line and column.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str) -> Self {
        Self {
            field: field.into(),
            code,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_string(), value.into()));
        self
    }
}

/// A stable error code with the field errors behind it, for callers that report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub code: &'static str,
    pub fields: Vec<FieldError>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("not authenticated")]
    Unauthenticated,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("too many attempts")]
    Throttled,
}

impl DomainError {
    pub fn invalid(field: &str, code: &'static str) -> Self {
        Self::Invalid(vec![FieldError::new(field, code)])
    }

    /// The stable code clients can match on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid(_) => "invalid-input",
            Self::NotFound => "not-found",
            Self::Forbidden => "forbidden",
            Self::Unauthenticated => "unauthenticated",
            Self::Conflict(code) => code,
            Self::Throttled => "throttled",
        }
    }

    pub fn problem(&self) -> Problem {
        Problem {
            code: self.code(),
            fields: match self {
                Self::Invalid(fields) => fields.clone(),
                _ => Vec::new(),
            },
        }
    }
}

/// Collects field errors while parsing a form or a row, so all of them are reported at once.
#[derive(Debug, Default)]
pub struct Errors(Vec<FieldError>);

impl Errors {
    pub fn push(&mut self, field: &str, code: &'static str) {
        self.0.push(FieldError::new(field, code));
    }

    /// Keeps the value when it parsed, remembers the error when it did not.
    pub fn take<T>(&mut self, field: &str, r: Result<T, &'static str>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(code) => {
                self.push(field, code);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.0
    }
}
