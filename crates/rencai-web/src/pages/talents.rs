//! The talent registry pages: list with filters, profile, add and edit forms.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use crate::talent_service::{self, ListQuery};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rencai_domain::DomainError;
use rencai_domain::FieldError;
use rencai_domain::access::Permission;
use rencai_domain::ids::TalentId;
use rencai_domain::talent::{Talent, TalentDraft};
use rencai_domain::vocab::{Education, Field, Gender, ProfessionalTitle, SkillLevel};

/// One input of a form, prepared so the template can draw any field the same way.
pub struct FormField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub error: String,
    /// `text`, `date`, `number`, `email`, `tel`, `select` or `textarea`
    pub kind: &'static str,
    pub options: Vec<(String, String)>,
    pub required: bool,
    pub hint: String,
}

fn options<T: Copy>(
    tr: &crate::i18n::Tr,
    all: &[T],
    code: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_string(), tr.label(prefix, code(*v))))
        .collect()
}

fn jurisdiction_options(state: &AppState, ctx: &Ctx, perm: Permission) -> Vec<(String, String)> {
    let tree = state.tree();
    let reach = ctx
        .principal
        .as_ref()
        .map(|p| p.reach(perm, &tree))
        .unwrap_or_default();
    tree.ordered()
        .into_iter()
        .filter(|(_, j)| reach.contains(&j.id))
        .map(|(depth, j)| {
            (
                j.code.clone(),
                format!(
                    "{}{}",
                    "\u{a0}\u{a0}".repeat(depth),
                    j.display_name(ctx.tr.chinese())
                ),
            )
        })
        .collect()
}

async fn employer_options(state: &AppState, ctx: &Ctx) -> Result<Vec<(String, String)>, Failure> {
    let list = state
        .db(|s| s.read(rencai_store::reference::enterprises))
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(list
        .into_iter()
        .map(|e| {
            let label = if ctx.tr.chinese() {
                e.name_zh.clone()
            } else {
                e.name.clone()
            };
            (e.name, label)
        })
        .collect())
}

/// Shows an employer by its name in the reader's script (Chinese names for Chinese).
fn label_of(options: &[(String, String)]) -> impl Fn(Option<&str>) -> String + '_ {
    move |name| match name {
        Some(n) => options
            .iter()
            .find(|(k, _)| k == n)
            .map_or_else(|| n.to_string(), |(_, l)| l.clone()),
        None => String::new(),
    }
}

async fn form_fields(
    state: &AppState,
    ctx: &Ctx,
    d: &TalentDraft,
    errors: &[FieldError],
    editing: bool,
) -> Result<Vec<FormField>, Failure> {
    let tr = &ctx.tr;
    let err = |name: &str| {
        errors
            .iter()
            .filter(|e| e.field == name)
            .map(|e| tr.t(&format!("err-{}", e.code)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let employers = employer_options(state, ctx).await?;
    let jurisdictions = jurisdiction_options(state, ctx, Permission::TalentWrite);
    let f = |name: &'static str,
             kind: &'static str,
             value: &str,
             required: bool,
             options: Vec<(String, String)>| FormField {
        name,
        label: tr.t(&format!("talent-{name}")),
        value: value.to_string(),
        error: err(name),
        kind,
        options,
        required,
        hint: String::new(),
    };
    let mut id = f(
        "identity_number",
        "text",
        &d.identity_number,
        !editing,
        vec![],
    );
    if editing {
        id.hint = tr.t("talent-identity-keep-hint");
    }
    Ok(vec![
        f("name", "text", &d.name, true, vec![]),
        f("name_latin", "text", &d.name_latin, false, vec![]),
        f(
            "gender",
            "select",
            &d.gender,
            true,
            options(tr, Gender::ALL, Gender::code, Gender::PREFIX),
        ),
        f("birth_date", "date", &d.birth_date, true, vec![]),
        id,
        f(
            "education",
            "select",
            &d.education,
            true,
            options(tr, Education::ALL, Education::code, Education::PREFIX),
        ),
        f(
            "title",
            "select",
            &d.title,
            false,
            options(
                tr,
                ProfessionalTitle::ALL,
                ProfessionalTitle::code,
                ProfessionalTitle::PREFIX,
            ),
        ),
        f(
            "skill_level",
            "select",
            &d.skill_level,
            false,
            options(tr, SkillLevel::ALL, SkillLevel::code, SkillLevel::PREFIX),
        ),
        f(
            "field",
            "select",
            &d.field,
            true,
            options(tr, Field::ALL, Field::code, Field::PREFIX),
        ),
        f("employer", "select", &d.employer, false, employers),
        f(
            "jurisdiction",
            "select",
            &d.jurisdiction,
            true,
            jurisdictions,
        ),
        f("email", "email", &d.email, false, vec![]),
        f("phone", "tel", &d.phone, false, vec![]),
        f("honours", "textarea", &d.honours, false, vec![]),
        f("patents", "number", &d.patents, false, vec![]),
        f("papers", "number", &d.papers, false, vec![]),
    ])
}

/// A row of the list, already translated.
pub struct Row {
    pub id: i64,
    pub name: String,
    pub name_latin: String,
    pub jurisdiction: String,
    pub title: String,
    pub skill: String,
    pub field: String,
    pub employer: String,
}

#[derive(Template)]
#[template(path = "talents_list.html")]
struct ListPage {
    c: Chrome,
    q: ListQuery,
    filters: Vec<FormField>,
    rows: Vec<Row>,
    summary: String,
    page: u32,
    pages: u32,
    prev: String,
    next: String,
    query_string: String,
    can_write: bool,
    can_export: bool,
    error: String,
}

fn query_string(q: &ListQuery, page: Option<u32>) -> String {
    let mut pairs: Vec<(&str, String)> = vec![
        ("q", q.q.clone()),
        ("jurisdiction", q.jurisdiction.clone()),
        ("title", q.title.clone()),
        ("skill_level", q.skill_level.clone()),
        ("field", q.field.clone()),
        ("employer", q.employer.clone()),
    ];
    if let Some(p) = page {
        pairs.push(("page", p.to_string()));
    }
    pairs.retain(|(_, v)| !v.is_empty());
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let tree = state.tree();
    let me = ctx.me()?;
    let blank = |name: &'static str,
                 kind: &'static str,
                 value: &str,
                 mut options: Vec<(String, String)>| {
        if kind == "select" {
            options.insert(0, (String::new(), tr.t("filter-any")));
        }
        FormField {
            name,
            label: tr.t(&format!("talent-{name}")),
            value: value.to_string(),
            error: String::new(),
            kind,
            options,
            required: false,
            hint: String::new(),
        }
    };
    let employers = employer_options(&state, &ctx).await?;
    let filters = vec![
        blank(
            "jurisdiction",
            "select",
            &q.jurisdiction,
            jurisdiction_options(&state, &ctx, Permission::TalentRead),
        ),
        blank(
            "title",
            "select",
            &q.title,
            options(
                tr,
                ProfessionalTitle::ALL,
                ProfessionalTitle::code,
                ProfessionalTitle::PREFIX,
            ),
        ),
        blank(
            "skill_level",
            "select",
            &q.skill_level,
            options(tr, SkillLevel::ALL, SkillLevel::code, SkillLevel::PREFIX),
        ),
        blank(
            "field",
            "select",
            &q.field,
            options(tr, Field::ALL, Field::code, Field::PREFIX),
        ),
        blank("employer", "select", &q.employer, employers.clone()),
    ];
    let employer_label = label_of(&employers);
    let (rows, summary, page, pages, error) =
        match talent_service::list(&state, &ctx, q.clone()).await {
            Ok(p) => {
                let rows = p
                    .items
                    .iter()
                    .map(|t| Row {
                        id: t.id.0,
                        name: t.name.clone(),
                        name_latin: t.name_latin.clone().unwrap_or_default(),
                        jurisdiction: tree
                            .get(t.jurisdiction_id)
                            .map(|j| j.display_name(tr.chinese()).to_string())
                            .unwrap_or_default(),
                        title: tr.label("title", t.title.code()),
                        skill: tr.label("skill", t.skill_level.code()),
                        field: tr.label("field", t.field.code()),
                        employer: employer_label(t.employer_name.as_deref()),
                    })
                    .collect();
                (
                    rows,
                    if p.total_capped {
                        tr.tn("talents-count-capped", "count", p.total)
                    } else {
                        tr.tn("talents-count", "count", p.total)
                    },
                    p.page,
                    p.pages(),
                    String::new(),
                )
            }
            Err(Failure::App(e)) if matches!(e.error, DomainError::Invalid(_)) => {
                let msg = e
                    .problem()
                    .fields
                    .iter()
                    .map(|f| format!("{}: {}", tr.t(&format!("talent-{}", f.field)), f.message))
                    .collect::<Vec<_>>()
                    .join("; ");
                (Vec::new(), String::new(), 1, 1, msg)
            }
            Err(e) => return Err(e),
        };
    let page_page = ListPage {
        c: Chrome::new(&ctx, "talents-title", "/talents"),
        prev: if page > 1 {
            format!("/talents?{}", query_string(&q, Some(page - 1)))
        } else {
            String::new()
        },
        next: if page < pages {
            format!("/talents?{}", query_string(&q, Some(page + 1)))
        } else {
            String::new()
        },
        query_string: query_string(&q, None),
        can_write: me.has(Permission::TalentWrite),
        can_export: me.has(Permission::TalentExport),
        q,
        filters,
        rows,
        summary,
        page,
        pages,
        error,
    };
    Ok(render(&page_page, StatusCode::OK))
}

#[derive(Template)]
#[template(path = "talent_form.html")]
struct FormPage {
    c: Chrome,
    action: String,
    fields: Vec<FormField>,
    version: i64,
    summary: String,
    cancel: String,
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    d: &TalentDraft,
    errors: &[FieldError],
    editing: Option<(TalentId, i64)>,
) -> Result<Response, Failure> {
    let fields = form_fields(state, ctx, d, errors, editing.is_some()).await?;
    let (title, action, version, cancel) = match editing {
        Some((id, v)) => (
            "talent-edit-title",
            format!("/talents/{id}"),
            v,
            format!("/talents/{id}"),
        ),
        None => (
            "talent-new-title",
            "/talents".to_string(),
            0,
            "/talents".to_string(),
        ),
    };
    let summary = if errors.is_empty() {
        String::new()
    } else {
        ctx.tr
            .tn("form-error-summary", "count", errors.len() as u64)
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(
        &FormPage {
            c: Chrome::new(ctx, title, "/talents"),
            action,
            fields,
            version,
            summary,
            cancel,
        },
        status,
    ))
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    form_page(&state, &ctx, &TalentDraft::default(), &[], None).await
}

#[derive(serde::Deserialize)]
pub struct TalentForm {
    #[serde(flatten)]
    pub draft: TalentDraft,
    #[serde(default)]
    pub version: String,
}

impl TalentForm {
    fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<TalentForm>,
) -> Result<Response, Failure> {
    match talent_service::create(&state, &ctx, f.draft.clone()).await {
        Ok(id) => Ok(Redirect::to(&format!("/talents/{id}")).into_response()),
        Err(Failure::App(e)) if matches!(e.error, DomainError::Invalid(_)) => {
            form_page(&state, &ctx, &f.draft, &e.error.problem().fields, None).await
        }
        Err(e) => Err(e),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let t = talent_service::get(&state, &ctx, TalentId(id), Permission::TalentWrite).await?;
    let code = state
        .tree()
        .get(t.jurisdiction_id)
        .map(|j| j.code.clone())
        .unwrap_or_default();
    form_page(
        &state,
        &ctx,
        &t.to_draft(&code),
        &[],
        Some((t.id, t.version)),
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<TalentForm>,
) -> Result<Response, Failure> {
    let id = TalentId(id);
    match talent_service::update(&state, &ctx, id, f.version(), f.draft.clone()).await {
        Ok(()) => Ok(Redirect::to(&format!("/talents/{id}")).into_response()),
        Err(Failure::App(e)) if matches!(e.error, DomainError::Invalid(_)) => {
            form_page(
                &state,
                &ctx,
                &f.draft,
                &e.error.problem().fields,
                Some((id, f.version())),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// The audit details of a change, as the translated names of the fields it changed.
fn changed_fields(tr: &crate::i18n::Tr, details: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(details).unwrap_or_default();
    v["fields"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .filter_map(|f| f.as_str())
                .map(|f| tr.t(&format!("talent-{f}")))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "talent_show.html")]
struct ShowPage {
    c: Chrome,
    t: Talent,
    facts: Vec<(String, String)>,
    identity: String,
    revealed: bool,
    moves: Vec<(String, String, String)>,
    history: Vec<(String, String, String, String)>,
    can_write: bool,
    can_reveal: bool,
    can_export: bool,
    can_erase: bool,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: TalentId,
    revealed: Option<String>,
) -> Result<Response, Failure> {
    let t = talent_service::get(state, ctx, id, Permission::TalentRead).await?;
    let tree = state.tree();
    let tr = &ctx.tr;
    let me = ctx.me()?;
    let jname = |j: Option<rencai_domain::ids::JurisdictionId>| match j.and_then(|j| tree.get(j)) {
        Some(j) => j.display_name(tr.chinese()).to_string(),
        None => tr.t("talent-from-outside"),
    };
    let (moves, history) = state
        .db(move |s| {
            s.read(|c| {
                let moves = rencai_store::talents::moves(c, id)?;
                let filter = rencai_store::audit::AuditFilter {
                    subject: Some(("talent".into(), id.0)),
                    ..Default::default()
                };
                let history = rencai_store::audit::list(
                    c,
                    &filter,
                    rencai_domain::paging::PageRequest::new(Some(1), Some(50)),
                )?;
                Ok((moves, history))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    let facts = vec![
        (
            tr.t("talent-name_latin"),
            t.name_latin.clone().unwrap_or_default(),
        ),
        (tr.t("talent-gender"), tr.label("gender", t.gender.code())),
        (tr.t("talent-birth_date"), tr.date(t.birth_date)),
        (
            tr.t("talent-education"),
            tr.label("education", t.education.code()),
        ),
        (tr.t("talent-title"), tr.label("title", t.title.code())),
        (
            tr.t("talent-skill_level"),
            tr.label("skill", t.skill_level.code()),
        ),
        (tr.t("talent-field"), tr.label("field", t.field.code())),
        (
            tr.t("talent-employer"),
            label_of(&employer_options(state, ctx).await?)(t.employer_name.as_deref()),
        ),
        (tr.t("talent-jurisdiction"), jname(Some(t.jurisdiction_id))),
        (tr.t("talent-email"), t.email.clone().unwrap_or_default()),
        (tr.t("talent-phone"), t.phone.clone().unwrap_or_default()),
        (tr.t("talent-honours"), t.honours.clone()),
        (tr.t("talent-patents"), tr.number(u64::from(t.patents))),
        (tr.t("talent-papers"), tr.number(u64::from(t.papers))),
        (tr.t("talent-updated"), tr.datetime(t.updated_at)),
    ];
    let page = ShowPage {
        c: Chrome {
            title: t.name.clone(),
            ..Chrome::new(ctx, "talents-title", "/talents")
        },
        identity: revealed
            .clone()
            .unwrap_or_else(|| t.identity_masked.clone()),
        revealed: revealed.is_some(),
        moves: moves
            .iter()
            .map(|m| (tr.date(m.moved_on), jname(m.from), jname(Some(m.to))))
            .collect(),
        history: history
            .items
            .iter()
            .map(|e| {
                (
                    tr.datetime(e.record.at),
                    e.record.actor.clone(),
                    tr.t(&format!("action-{}", e.record.action.replace('.', "-"))),
                    changed_fields(tr, &e.record.details),
                )
            })
            .collect(),
        can_write: me.can(Permission::TalentWrite, t.jurisdiction_id, &tree)
            && t.erased_at.is_none(),
        can_reveal: me.can(Permission::TalentRevealIdentity, t.jurisdiction_id, &tree)
            && t.erased_at.is_none(),
        can_export: me.can(Permission::TalentExport, t.jurisdiction_id, &tree),
        can_erase: me.can(Permission::TalentErase, t.jurisdiction_id, &tree)
            && t.erased_at.is_none(),
        facts,
        t,
    };
    Ok(render(&page, StatusCode::OK))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    show_page(&state, &ctx, TalentId(id), None).await
}

/// Reveals the identity number on this one response; the reveal is audited.
pub async fn reveal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let n = talent_service::reveal(&state, &ctx, TalentId(id)).await?;
    let mut res = show_page(&state, &ctx, TalentId(id), Some(n)).await?;
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

pub async fn personal_data(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let v = talent_service::personal_data(&state, &ctx, TalentId(id)).await?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/json".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"talent-{id}.json\""),
            ),
            (axum::http::header::CACHE_CONTROL, "no-store".to_string()),
        ],
        serde_json::to_string_pretty(&v).unwrap_or_default(),
    )
        .into_response())
}

#[derive(serde::Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    pub confirm: String,
}

pub async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<EraseForm>,
) -> Result<Response, Failure> {
    if f.confirm != "yes" {
        return Err(ctx.err(DomainError::invalid("confirm", "confirm-required")));
    }
    talent_service::erase(&state, &ctx, TalentId(id)).await?;
    Ok(Redirect::to(&format!("/talents/{id}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct ExportFormat {
    #[serde(default)]
    pub format: String,
}

pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(f): Query<ExportFormat>,
    Query(q): Query<ListQuery>,
) -> Result<Response, Failure> {
    let format = if f.format.is_empty() {
        "csv".to_string()
    } else {
        f.format
    };
    talent_service::export(&state, &ctx, q, &format).await
}
