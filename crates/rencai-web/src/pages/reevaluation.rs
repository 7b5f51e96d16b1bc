//! The re-evaluation campaign page: an officer picks a jurisdiction, runs the campaign
//! and sees what it found; started reviews link to their dossiers.

use super::{Chrome, render};
use crate::access::Ctx;
use crate::error::Failure;
use crate::reevaluation_service::{self as svc, Campaign};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use rencai_domain::access::Permission;

#[derive(Template)]
#[template(path = "reevaluation.html")]
struct CampaignPage {
    c: Chrome,
    jurisdictions: Vec<(String, String)>,
    selected: String,
    result: Option<Campaign>,
    summary: Vec<String>,
}

#[derive(serde::Deserialize)]
pub struct CampaignForm {
    pub jurisdiction: String,
}

fn view(
    state: &AppState,
    ctx: &Ctx,
    selected: String,
    result: Option<Campaign>,
) -> Result<Response, Failure> {
    let tr = &ctx.tr;
    let tree = state.tree();
    let reach = ctx.me()?.reach(Permission::AccreditationManage, &tree);
    let summary = result
        .as_ref()
        .map(|r| {
            [
                ("reevaluation-considered", r.considered),
                ("reevaluation-current", r.current),
                ("reevaluation-confirmed", r.confirmed),
                ("reevaluation-started", r.started.len()),
                ("reevaluation-already-open", r.already_open),
                ("reevaluation-out", r.out.len()),
            ]
            .into_iter()
            .map(|(key, n)| tr.tn(key, "count", n as u64))
            .collect()
        })
        .unwrap_or_default();
    let page = CampaignPage {
        c: Chrome::new(ctx, "reevaluation-title", "/reevaluations"),
        jurisdictions: tree
            .ordered()
            .into_iter()
            .filter(|(_, j)| reach.contains(&j.id))
            .map(|(d, j)| {
                (
                    j.code.clone(),
                    format!(
                        "{}{}",
                        "\u{a0}\u{a0}".repeat(d),
                        j.display_name(tr.chinese())
                    ),
                )
            })
            .collect(),
        selected,
        result,
        summary,
    };
    Ok(render(&page, StatusCode::OK))
}

pub async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    view(&state, &ctx, String::new(), None)
}

pub async fn run(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CampaignForm>,
) -> Result<Response, Failure> {
    let result = svc::run(&state, &ctx, &f.jurisdiction).await?;
    view(&state, &ctx, f.jurisdiction, Some(result))
}
