//! The tier catalogue pages: the list of jurisdictions an admin manages, one
//! catalogue in force with its draft, and the editor. The editor edits the whole
//! catalogue as JSON text in one textarea (no script needed); on a problem the page
//! comes back with the text as typed and every problem listed next to it, each naming
//! its tier or criterion, its field and, for rules and JSON, the line and column.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::catalogue_service::{self as svc, DraftInput, SOURCE_FIELD};
use crate::error::Failure;
use crate::i18n::Tr;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::accreditation::{Catalogue, VARIABLES};
use rencai_domain::{DomainError, FieldError};

fn jurisdiction_name(tr: &Tr, j: &rencai_domain::jurisdiction::Jurisdiction) -> String {
    j.display_name(tr.chinese()).to_string()
}

/// A line of the list page.
pub struct Row {
    pub code: String,
    pub name: String,
    pub indent: String,
    pub in_force: String,
    pub draft: String,
}

#[derive(Template)]
#[template(path = "catalogue_list.html")]
struct ListPage {
    c: Chrome,
    rows: Vec<Row>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let rows = svc::list(&state, &ctx)
        .await?
        .into_iter()
        .map(|s| Row {
            code: s.jurisdiction.code.clone(),
            name: jurisdiction_name(tr, &s.jurisdiction),
            indent: "\u{a0}\u{a0}".repeat(s.depth),
            in_force: match &s.in_force {
                None => tr.t("catalogue-none-in-force"),
                Some((v, None)) => tr.t1("catalogue-version-n", "version", &v.to_string()),
                Some((v, Some(from))) => tr.t_args(
                    "catalogue-version-inherited",
                    &[
                        ("version", v.to_string().into()),
                        ("from", jurisdiction_name(tr, from).into()),
                    ],
                ),
            },
            draft: s
                .draft
                .map(|v| tr.t1("catalogue-draft-n", "version", &v.to_string()))
                .unwrap_or_default(),
        })
        .collect();
    Ok(render(
        &ListPage {
            c: Chrome::new(&ctx, "catalogue-list-title", "/catalogues"),
            rows,
        },
        StatusCode::OK,
    ))
}

/// A policy test as shown.
pub struct ExampleView {
    pub name: String,
    pub expect: String,
    pub profile: String,
}

pub struct CriterionView {
    pub code: String,
    pub name: String,
    pub expression: String,
    pub evidence: String,
    pub examples: Vec<ExampleView>,
}

pub struct TierView {
    pub code: String,
    pub name: String,
    pub description: String,
    pub criteria: Vec<CriterionView>,
}

fn tiers_of(tr: &Tr, cat: &Catalogue) -> Vec<TierView> {
    cat.tiers
        .iter()
        .map(|t| TierView {
            code: t.code.clone(),
            name: t.name.get(tr.lang).to_string(),
            description: t.description.get(tr.lang).to_string(),
            criteria: cat
                .criteria
                .iter()
                .filter(|c| c.tier == t.code)
                .map(|c| CriterionView {
                    code: c.code.clone(),
                    name: c.name.get(tr.lang).to_string(),
                    expression: c.expression.clone(),
                    evidence: c.evidence.get(tr.lang).to_string(),
                    examples: c
                        .examples
                        .iter()
                        .map(|e| ExampleView {
                            name: e.name.clone(),
                            expect: tr.t(if e.expect {
                                "catalogue-expect-true"
                            } else {
                                "catalogue-expect-false"
                            }),
                            profile: serde_json::to_string(&e.profile).unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "catalogue_show.html")]
struct ShowPage {
    c: Chrome,
    notice: String,
    code: String,
    /// "Version 3, published 2026-11-22 by this jurisdiction" or inherited, or none.
    in_force: String,
    tiers: Vec<TierView>,
    /// The draft's description, empty without a draft.
    draft: String,
    revision: String,
    /// (version, status, date)
    versions: Vec<(i64, String, String)>,
}

#[derive(serde::Deserialize, Default)]
pub struct ShowQuery {
    /// Set after a save, to confirm it.
    pub saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, Failure> {
    let v = svc::view(&state, &ctx, &code).await?;
    let tr = &ctx.tr;
    let mut c = Chrome::new(&ctx, "catalogue-show-title", "/catalogues");
    c.title = tr.t1(
        "catalogue-show-title",
        "jurisdiction",
        &jurisdiction_name(tr, &v.jurisdiction),
    );
    let in_force = match &v.in_force {
        None => tr.t("catalogue-none-in-force"),
        Some(f) => {
            let date = f
                .stored
                .published_at
                .map(|t| tr.datetime(t))
                .unwrap_or_default();
            if f.jurisdiction.id == v.jurisdiction.id {
                tr.t_args(
                    "catalogue-in-force-own",
                    &[
                        ("version", f.stored.version.to_string().into()),
                        ("date", date.into()),
                    ],
                )
            } else {
                tr.t_args(
                    "catalogue-in-force-inherited",
                    &[
                        ("version", f.stored.version.to_string().into()),
                        ("date", date.into()),
                        ("from", jurisdiction_name(tr, &f.jurisdiction).into()),
                    ],
                )
            }
        }
    };
    let draft = v
        .draft
        .as_ref()
        .map(|d| {
            tr.t_args(
                "catalogue-draft-state",
                &[
                    ("version", d.stored.version.to_string().into()),
                    ("date", tr.datetime(d.stored.updated_at).into()),
                ],
            )
        })
        .unwrap_or_default();
    let page = ShowPage {
        c,
        notice: if q.saved.is_some() {
            tr.t("catalogue-saved")
        } else {
            String::new()
        },
        code: v.jurisdiction.code.clone(),
        in_force,
        tiers: v
            .in_force
            .as_ref()
            .map(|f| tiers_of(tr, &f.catalogue))
            .unwrap_or_default(),
        draft,
        revision: v
            .draft
            .as_ref()
            .map(|d| d.revision().to_string())
            .unwrap_or_default(),
        versions: v
            .versions
            .iter()
            .map(|s| {
                let draft = s.status == rencai_store::catalogues::CatalogueStatus::Draft;
                (
                    s.version,
                    tr.t(if draft {
                        "catalogue-status-draft"
                    } else {
                        "catalogue-status-published"
                    }),
                    tr.datetime(s.published_at.unwrap_or(s.updated_at)),
                )
            })
            .collect(),
    };
    Ok(render(&page, StatusCode::OK))
}

/// One problem as the editor lists it: where, and what.
pub struct Problem {
    pub place: String,
    pub message: String,
}

/// "Criterion academician · Rule", "Tier A · Name", "Catalogue text".
fn place(tr: &Tr, field: &str) -> String {
    let field_label = |f: &str| tr.t(&format!("catalogue-field-{f}"));
    let split = |rest: &str| {
        rest.rsplit_once('.')
            .map(|(code, f)| (code.to_string(), f.to_string()))
    };
    if let Some((code, f)) = field.strip_prefix("criteria.").and_then(split) {
        format!(
            "{} · {}",
            tr.t1("catalogue-where-criterion", "code", &code),
            field_label(&f)
        )
    } else if let Some((code, f)) = field.strip_prefix("tiers.").and_then(split) {
        format!(
            "{} · {}",
            tr.t1("catalogue-where-tier", "code", &code),
            field_label(&f)
        )
    } else if field == SOURCE_FIELD {
        tr.t("catalogue-where-text")
    } else {
        tr.t("catalogue-where-catalogue")
    }
}

#[derive(Template)]
#[template(path = "catalogue_edit.html")]
struct EditPage {
    c: Chrome,
    code: String,
    source: String,
    revision: String,
    /// Where the text came from (the draft, the version in force, or empty).
    origin: String,
    problems: Vec<Problem>,
    /// A message above the form: a problem summary, a conflict, or a clean check.
    summary: String,
    checked_ok: String,
    variables: String,
}

struct EditState {
    source: String,
    revision: Option<i64>,
    origin: String,
    problems: Vec<FieldError>,
    summary: String,
    checked_ok: String,
    status: StatusCode,
}

fn edit_page(ctx: &Ctx, code: &str, name: &str, s: EditState) -> Response {
    let tr = &ctx.tr;
    let mut c = Chrome::new(ctx, "catalogue-edit-title", "/catalogues");
    c.title = tr.t1("catalogue-edit-title", "jurisdiction", name);
    let summary = if s.summary.is_empty() && !s.problems.is_empty() {
        tr.tn("form-error-summary", "count", s.problems.len() as u64)
    } else {
        s.summary
    };
    let page = EditPage {
        c,
        code: code.to_string(),
        source: s.source,
        revision: s.revision.map(|r| r.to_string()).unwrap_or_default(),
        origin: s.origin,
        problems: s
            .problems
            .iter()
            .map(|f| Problem {
                place: place(tr, &f.field),
                message: tr.field_error(f),
            })
            .collect(),
        summary,
        checked_ok: s.checked_ok,
        variables: VARIABLES.join(", "),
    };
    render(&page, s.status)
}

/// A skeleton for a jurisdiction that has no catalogue at all yet.
fn empty_source() -> String {
    serde_json::to_string_pretty(&Catalogue::default()).unwrap_or_default()
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, Failure> {
    let v = svc::view(&state, &ctx, &code).await?;
    let tr = &ctx.tr;
    let (source, revision, origin) = match (&v.draft, &v.in_force) {
        (Some(d), _) => (
            d.source(),
            Some(d.revision()),
            tr.t1(
                "catalogue-edit-from-draft",
                "version",
                &d.stored.version.to_string(),
            ),
        ),
        (None, Some(f)) => (
            f.source(),
            None,
            tr.t1(
                "catalogue-edit-from-version",
                "version",
                &f.stored.version.to_string(),
            ),
        ),
        (None, None) => (empty_source(), None, tr.t("catalogue-edit-from-nothing")),
    };
    Ok(edit_page(
        &ctx,
        &v.jurisdiction.code,
        &jurisdiction_name(tr, &v.jurisdiction),
        EditState {
            source,
            revision,
            origin,
            problems: Vec::new(),
            summary: String::new(),
            checked_ok: String::new(),
            status: StatusCode::OK,
        },
    ))
}

#[derive(serde::Deserialize)]
pub struct EditForm {
    #[serde(default)]
    pub source: String,
    /// The draft's revision the edit started from; empty when there was none.
    #[serde(default)]
    pub revision: String,
    /// `check` to check only; anything else saves.
    #[serde(default)]
    pub action: String,
}

fn revision_of(raw: &str) -> Option<i64> {
    raw.trim().parse().ok()
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, Failure> {
    let j = svc::managed(&state, &ctx, &code)?;
    let name = jurisdiction_name(&ctx.tr, &j);
    let revision = revision_of(&f.revision);
    let kept = |problems: Vec<FieldError>, summary: String, status: StatusCode| EditState {
        source: f.source.clone(),
        revision,
        origin: String::new(),
        problems,
        summary,
        checked_ok: String::new(),
        status,
    };
    if f.action == "check" {
        let r = svc::check(&f.source);
        let clean = r.problems.is_empty();
        let mut s = kept(
            r.problems,
            String::new(),
            if clean {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            },
        );
        if clean {
            s.checked_ok = ctx.tr.t_args(
                "catalogue-check-ok",
                &[
                    ("tiers", r.tiers.into()),
                    ("criteria", r.criteria.into()),
                    ("examples", r.examples.into()),
                ],
            );
        }
        return Ok(edit_page(&ctx, &j.code, &name, s));
    }
    let input = DraftInput {
        source: f.source.clone(),
        revision,
    };
    match svc::save_draft(&state, &ctx, &j.code, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/catalogues/{}?saved=1", j.code)).into_response()),
        Err(Failure::App(e)) => match e.error {
            DomainError::Invalid(fields) => Ok(edit_page(
                &ctx,
                &j.code,
                &name,
                kept(fields, String::new(), StatusCode::UNPROCESSABLE_ENTITY),
            )),
            DomainError::Conflict(code) => Ok(edit_page(
                &ctx,
                &j.code,
                &name,
                kept(
                    Vec::new(),
                    if code == "stale-version" {
                        ctx.tr.t("catalogue-conflict-stale")
                    } else {
                        ctx.tr.t(&format!("err-{code}"))
                    },
                    StatusCode::CONFLICT,
                ),
            )),
            other => Err(ctx.err(other)),
        },
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize)]
pub struct RevisionForm {
    #[serde(default)]
    pub revision: String,
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<RevisionForm>,
) -> Result<Response, Failure> {
    svc::publish(&state, &ctx, &code, revision_of(&f.revision)).await?;
    Ok(Redirect::to(&format!("/catalogues/{code}")).into_response())
}

pub async fn discard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<RevisionForm>,
) -> Result<Response, Failure> {
    svc::discard(&state, &ctx, &code, revision_of(&f.revision)).await?;
    Ok(Redirect::to(&format!("/catalogues/{code}")).into_response())
}
