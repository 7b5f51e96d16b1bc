//! How review codes and refused forms read on a page: statuses, steps, actions and
//! roles by their stable codes (translated as `status-<code>`, `review-step-<code>`,
//! …), and the translated message of an error the user can fix.

use crate::error::{Failure, status_of};
use crate::i18n::Tr;
use axum::http::StatusCode;
use rencai_domain::DomainError;

/// Every application status the review engine has (`Status::code`).
pub const STATUSES: &[&str] = &[
    "draft",
    "in-review",
    "info-requested",
    "approved",
    "rejected",
    "withdrawn",
];

/// Every action the trail can show (`Action::code`).
pub const ACTIONS: &[&str] = &[
    "submit",
    "approve",
    "reject",
    "request-info",
    "provide-info",
    "withdraw",
    "appeal",
    "comment",
    "escalate",
];

/// The roles a trail entry is recorded under.
pub const ROLES: &[&str] = &["applicant", "officer", "expert", "system"];

/// Fields a use case can name in an error, shown with their label.
pub const FIELDS: &[&str] = &[
    "note",
    "file",
    "criterion",
    "statement",
    "reason",
    "expert",
    "seat",
    "action",
];

/// A message whose key is built from a code; the code itself when no translation
/// exists (a bureau may configure flows with step codes of its own).
pub fn label_or_code(tr: &Tr, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}-{code}");
    let s = tr.t(&key);
    if s == key { code.to_string() } else { s }
}

pub fn status_label(tr: &Tr, code: &str) -> String {
    label_or_code(tr, "status", code)
}

pub fn step_label(tr: &Tr, code: &str) -> String {
    label_or_code(tr, "review-step", code)
}

/// What a refused action or upload tells the user, if it is theirs to fix (invalid
/// input, or a conflict such as a stale version); other failures become error pages.
pub fn fixable(tr: &Tr, f: &Failure) -> Option<(String, StatusCode)> {
    let Failure::App(e) = f else {
        return None;
    };
    if !matches!(e.error, DomainError::Invalid(_) | DomainError::Conflict(_)) {
        return None;
    }
    let problem = e.problem();
    let text = if problem.fields.is_empty() {
        problem.title
    } else {
        problem
            .fields
            .iter()
            .map(|p| {
                if FIELDS.contains(&p.field.as_str()) {
                    format!(
                        "{}: {}",
                        tr.t(&format!("application-field-{}", p.field)),
                        p.message
                    )
                } else {
                    p.message.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    Some((text, status_of(&e.error)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rencai_domain::review::Status;

    /// Keys built from codes escape the locale test's scan of literals; check them here.
    #[test]
    fn every_code_has_its_label_in_every_language() {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(STATUSES.iter().map(|s| format!("status-{s}")));
        keys.extend(ACTIONS.iter().map(|a| format!("review-action-{a}")));
        keys.extend(ROLES.iter().map(|r| format!("review-role-{r}")));
        keys.extend(FIELDS.iter().map(|f| format!("application-field-{f}")));
        for step in rencai_domain::accreditation::default_flow().steps {
            keys.push(format!("review-step-{}", step.code));
        }
        for a in [
            "submit",
            "provide-info",
            "approve",
            "request-info",
            "reject",
            "appeal",
            "withdraw",
            "comment",
        ] {
            keys.push(format!("application-do-{a}"));
        }
        for p in ["officers", "experts"] {
            keys.push(format!("review-panel-{p}"));
        }
        for k in [
            rencai_domain::accreditation::KIND_ACCREDITATION,
            rencai_domain::accreditation::KIND_RENEWAL,
            rencai_domain::accreditation::KIND_REEVALUATION,
        ] {
            keys.push(format!("application-kind-{k}"));
        }
        // Messages built here with arguments or from variables.
        keys.extend(
            [
                "application-quorum",
                "application-title",
                "application-turnaround",
                "application-seat-n",
                "application-size-kb",
                "application-step-done",
                "application-step-current",
                "application-step-waiting",
                "applications-tab-review",
                "applications-tab-assigned",
                "eligibility-apply",
                "eligibility-catalogue",
                "eligibility-title",
                "accreditation-number-title",
                "accreditation-check-talent",
                "nav-accreditation",
                "nav-applications",
            ]
            .map(String::from),
        );
        for s in ["valid", "expired", "revoked", "renewed"] {
            keys.push(format!("accreditation-status-{s}"));
        }
        for (lang, _) in crate::i18n::LANGUAGES {
            let tr = Tr::new(lang);
            let args = [
                "needed",
                "reviewers",
                "days",
                "n",
                "kb",
                "count",
                "formatted",
                "id",
                "tier",
                "criterion",
                "version",
                "place",
                "name",
                "number",
            ]
            .map(|a| (a, fluent_templates::fluent_bundle::FluentValue::from("1")));
            for k in &keys {
                assert_ne!(&tr.t_args(k, &args), k, "{lang} lacks {k}");
            }
        }
    }

    #[test]
    fn the_statuses_listed_are_the_engines() {
        let engine = [
            Status::Draft,
            Status::InReview { step: 0 },
            Status::InfoRequested { step: 0 },
            Status::Approved,
            Status::Rejected { step: 0 },
            Status::Withdrawn,
        ]
        .map(Status::code);
        assert_eq!(STATUSES, engine);
    }
}
