//! Importing a file through the browser: upload → preview of every problem → confirm.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::import_service::{self, Outcome};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use rencai_domain::DomainError;

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    c: Chrome,
    outcome: Option<Outcome>,
    file_problem: String,
    problems: Vec<(usize, String, String)>,
    summary: String,
    done: String,
}

fn page(ctx: &Ctx, outcome: Option<Outcome>, done: String) -> Response {
    let tr = &ctx.tr;
    let (file_problem, problems, summary) = match &outcome {
        Some(o) => (
            o.file_problem
                .as_ref()
                .map(|c| tr.t(&format!("err-{c}")))
                .unwrap_or_default(),
            o.problems
                .iter()
                .map(|p| {
                    (
                        p.row,
                        tr.t(&format!("talent-{}", p.column)),
                        tr.t(&format!("err-{}", p.code)),
                    )
                })
                .collect(),
            if o.problem_count > 0 {
                tr.tn("import-problems", "count", o.problem_count as u64)
            } else {
                tr.tn("import-ready", "count", o.rows as u64)
            },
        ),
        None => (String::new(), Vec::new(), String::new()),
    };
    let status = match &outcome {
        Some(o) if !o.is_clean() => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    render(
        &ImportPage {
            c: Chrome::new(ctx, "import-title", "/imports/new"),
            outcome,
            file_problem,
            problems,
            summary,
            done,
        },
        status,
    )
}

pub async fn form(ctx: Ctx) -> Response {
    page(&ctx, None, String::new())
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Response, Failure> {
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("upload").to_string();
            let bytes = field
                .bytes()
                .await
                .map_err(|_| ctx.err(DomainError::invalid("file", "file-unreadable")))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(ctx.err(DomainError::invalid("file", "required")));
    };
    let outcome = import_service::preview(&state, &ctx, name, bytes).await?;
    Ok(page(&ctx, Some(outcome), String::new()))
}

pub async fn commit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let outcome = import_service::commit(&state, &ctx, id).await?;
    if outcome.is_clean() {
        let done = ctx.tr.tn("import-done", "count", outcome.written as u64);
        Ok(page(&ctx, None, done))
    } else {
        Ok(page(&ctx, Some(outcome), String::new()))
    }
}
