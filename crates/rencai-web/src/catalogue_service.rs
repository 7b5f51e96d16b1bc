//! Tier catalogue administration, shared by the API and the editor pages: what is in
//! force and drafted for a jurisdiction, saving a draft (only when it parses, compiles
//! and passes its policy tests), publishing it as a new immutable version, discarding
//! it. Every change is one transaction with its audit entry.
//!
//! A draft's `revision` (its last save time in microseconds) is the editor's
//! concurrency token: saving, publishing or discarding on the strength of an older
//! revision is refused with `stale-version`, so two admins cannot overwrite each other.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::FieldError;
use rencai_domain::access::Permission;
use rencai_domain::accreditation::Catalogue;
use rencai_domain::ids::JurisdictionId;
use rencai_domain::jurisdiction::Jurisdiction;
use rencai_store::catalogues::{self, CatalogueStatus, StoredCatalogue};
use rencai_store::{StoreError, audit};

/// The field name of problems with the catalogue text as a whole (JSON syntax).
pub const SOURCE_FIELD: &str = "catalogue";

/// One stored version of a catalogue, parsed.
#[derive(Debug, Clone)]
pub struct Version {
    pub stored: StoredCatalogue,
    /// Where it was published (the jurisdiction itself or an ancestor it inherits from).
    pub jurisdiction: Jurisdiction,
    pub catalogue: Catalogue,
}

impl Version {
    /// The draft's concurrency token.
    pub fn revision(&self) -> i64 {
        self.stored.updated_at.as_microsecond()
    }

    pub fn is_draft(&self) -> bool {
        self.stored.status == CatalogueStatus::Draft
    }

    /// The stored body, pretty-printed for the editor.
    pub fn source(&self) -> String {
        serde_json::to_string_pretty(&self.catalogue).unwrap_or_else(|_| self.stored.body.clone())
    }
}

/// What an admin sees of one jurisdiction's catalogue.
#[derive(Debug, Clone)]
pub struct CatalogueView {
    pub jurisdiction: Jurisdiction,
    /// The catalogue in force here: the newest published version of this jurisdiction,
    /// else of the nearest ancestor.
    pub in_force: Option<Version>,
    pub draft: Option<Version>,
    /// This jurisdiction's own versions, newest first (the draft included).
    pub versions: Vec<StoredCatalogue>,
}

/// A line of the catalogue list.
#[derive(Debug, Clone)]
pub struct Summary {
    pub jurisdiction: Jurisdiction,
    pub depth: usize,
    /// The version in force and, when inherited, the jurisdiction publishing it.
    pub in_force: Option<(i64, Option<Jurisdiction>)>,
    pub draft: Option<i64>,
}

/// A draft to save: the catalogue's JSON text and the revision it was based on
/// (`None` when the editor started without a draft).
#[derive(Debug, Clone)]
pub struct DraftInput {
    pub source: String,
    pub revision: Option<i64>,
}

/// A saved draft.
#[derive(Debug, Clone, Copy)]
pub struct Saved {
    pub version: i64,
    pub revision: i64,
}

/// The result of checking a catalogue without saving it.
#[derive(Debug, Clone)]
pub struct Report {
    pub problems: Vec<FieldError>,
    pub tiers: usize,
    pub criteria: usize,
    pub examples: usize,
}

/// Parses the catalogue's JSON text; a syntax or shape error names its line and column.
pub fn parse(source: &str) -> Result<Catalogue, Vec<FieldError>> {
    serde_json::from_str::<Catalogue>(source).map_err(|e| {
        vec![
            FieldError::new(SOURCE_FIELD, "catalogue-json")
                .with("line", e.line().max(1).to_string())
                .with("column", e.column().max(1).to_string())
                .with("detail", e.to_string()),
        ]
    })
}

/// Compiles the catalogue and runs its policy tests: every problem, as field errors
/// (`criteria.<code>.<field>`, `tiers.<code>.<field>`).
pub fn problems(catalogue: &Catalogue) -> Vec<FieldError> {
    match catalogue.compile() {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_field_error()).collect(),
    }
}

/// Checks a catalogue text without saving anything (the editor's "check" button).
pub fn check(source: &str) -> Report {
    match parse(source) {
        Err(problems) => Report {
            problems,
            tiers: 0,
            criteria: 0,
            examples: 0,
        },
        Ok(c) => Report {
            problems: problems(&c),
            tiers: c.tiers.len(),
            criteria: c.criteria.len(),
            examples: c.criteria.iter().map(|x| x.examples.len()).sum(),
        },
    }
}

/// The jurisdiction by code, if the caller may manage its catalogue. Outside their
/// reach it is "not found", as everywhere.
pub fn managed(state: &AppState, ctx: &Ctx, code: &str) -> Result<Jurisdiction, Failure> {
    let tree = state.tree();
    let j = tree
        .by_code(code)
        .filter(|j| j.code == code)
        .cloned()
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    crate::api::require(ctx, Permission::CatalogueManage, j.id, &tree)?;
    Ok(j)
}

fn version_of(state: &AppState, stored: StoredCatalogue) -> Option<Version> {
    let jurisdiction = state.tree().get(stored.jurisdiction_id)?.clone();
    // Stored bodies were parsed before saving; one that no longer parses is skipped
    // rather than failing the page (the log says which).
    match serde_json::from_str::<Catalogue>(&stored.body) {
        Ok(catalogue) => Some(Version {
            stored,
            jurisdiction,
            catalogue,
        }),
        Err(e) => {
            tracing::error!(id = stored.id.0, error = %e, "stored catalogue does not parse");
            None
        }
    }
}

pub async fn view(state: &AppState, ctx: &Ctx, code: &str) -> Result<CatalogueView, Failure> {
    let j = managed(state, ctx, code)?;
    let ancestry: Vec<JurisdictionId> = state.tree().ancestry(j.id).iter().map(|a| a.id).collect();
    let id = j.id;
    let (in_force, draft, versions) = state
        .db(move |s| {
            s.read(|c| {
                Ok((
                    catalogues::in_force(c, &ancestry)?,
                    catalogues::draft(c, id)?,
                    catalogues::versions(c, id)?,
                ))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(CatalogueView {
        jurisdiction: j,
        in_force: in_force.and_then(|s| version_of(state, s)),
        draft: draft.and_then(|s| version_of(state, s)),
        versions,
    })
}

/// One version of this jurisdiction's catalogue, published or the draft.
pub async fn version(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    number: i64,
) -> Result<Version, Failure> {
    let j = managed(state, ctx, code)?;
    let id = j.id;
    let found = state
        .db(move |s| s.read(|c| catalogues::versions(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?
        .into_iter()
        .find(|v| v.version == number)
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    version_of(state, found).ok_or_else(|| Failure::Internal(ctx.tr.clone(), ctx.api))
}

/// The jurisdictions whose catalogue the caller manages: the roots of their grants and
/// the next level down, plus any other in reach that has a catalogue or a draft (a
/// province has thousands of towns that never will).
pub async fn list(state: &AppState, ctx: &Ctx) -> Result<Vec<Summary>, Failure> {
    let me = ctx.me()?;
    let tree = state.tree();
    let reach = me.reach(Permission::CatalogueManage, &tree);
    let overview = state
        .db(|s| s.read(catalogues::overview))
        .await
        .map_err(|e| ctx.fail(e))?;
    let roots: Vec<JurisdictionId> = me
        .grants
        .iter()
        .filter(|g| g.role.permissions().contains(&Permission::CatalogueManage))
        .map(|g| g.jurisdiction_id)
        .collect();
    let published = |id: JurisdictionId| {
        overview
            .iter()
            .find(|o| o.jurisdiction_id == id)
            .and_then(|o| o.published)
    };
    let mut out = Vec::new();
    for (depth, j) in tree.ordered() {
        if !reach.contains(&j.id) {
            continue;
        }
        let own = overview.iter().find(|o| o.jurisdiction_id == j.id);
        let listed = roots.contains(&j.id)
            || j.parent_id.is_some_and(|p| roots.contains(&p))
            || own.is_some();
        if !listed {
            continue;
        }
        let in_force = tree
            .ancestry(j.id)
            .iter()
            .rev()
            .find_map(|a| published(a.id).map(|v| (v, (a.id != j.id).then(|| (*a).clone()))));
        out.push(Summary {
            jurisdiction: j.clone(),
            depth,
            in_force,
            draft: own.and_then(|o| o.draft),
        });
    }
    Ok(out)
}

/// The draft's current state must be the one the caller started from.
fn expect_revision(
    draft: Option<&StoredCatalogue>,
    revision: Option<i64>,
) -> Result<(), StoreError> {
    let current = draft.map(|d| d.updated_at.as_microsecond());
    if current != revision {
        return Err(DomainError::Conflict("stale-version").into());
    }
    Ok(())
}

fn invalid(fields: Vec<FieldError>) -> StoreError {
    DomainError::Invalid(fields).into()
}

/// Saves the draft if it parses, compiles and passes every policy test; otherwise
/// saves nothing and reports every problem.
pub async fn save_draft(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    input: DraftInput,
) -> Result<Saved, Failure> {
    let j = managed(state, ctx, code)?;
    let catalogue = parse(&input.source).map_err(|f| ctx.err(DomainError::Invalid(f)))?;
    let found = problems(&catalogue);
    if !found.is_empty() {
        return Err(ctx.err(DomainError::Invalid(found)));
    }
    // Stored in one canonical layout, so versions compare and read alike.
    let body = serde_json::to_string_pretty(&catalogue)
        .map_err(|_| Failure::Internal(ctx.tr.clone(), ctx.api))?;
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let details = serde_json::json!({
        "tiers": catalogue.tiers.len(),
        "criteria": catalogue.criteria.len(),
        "examples": catalogue.criteria.iter().map(|c| c.examples.len()).sum::<usize>(),
    });
    let id = j.id;
    state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let current = catalogues::draft(c, id)?;
                expect_revision(current.as_ref(), input.revision)?;
                let expected = current.map(|d| d.updated_at);
                let cid = catalogues::save_draft(c, id, &body, expected, me, now)?;
                let saved = catalogues::get(c, cid)?;
                let mut details = details;
                details["version"] = saved.version.into();
                audit::append(
                    c,
                    now,
                    &actor,
                    "catalogue.draft.save",
                    ("catalogue", Some(cid.0)),
                    Some(id),
                    details,
                )?;
                Ok(Saved {
                    version: saved.version,
                    revision: saved.updated_at.as_microsecond(),
                })
            })
        })
        .await
        .map_err(|e| ctx.fail(e))
}

/// Publishes the draft as the newest version. The draft is compiled once more (the
/// rules may have changed since it was saved); accreditations already issued keep the
/// version they were decided under and are not touched.
pub async fn publish(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    revision: Option<i64>,
) -> Result<i64, Failure> {
    let j = managed(state, ctx, code)?;
    let me = ctx.me()?.user_id;
    let actor = ctx.actor();
    let id = j.id;
    let (cid, version) = state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let draft = catalogues::draft(c, id)?.ok_or(StoreError::Domain(
                    DomainError::Conflict("catalogue-no-draft"),
                ))?;
                if revision.is_some() {
                    expect_revision(Some(&draft), revision)?;
                }
                let catalogue = parse(&draft.body).map_err(invalid)?;
                let found = problems(&catalogue);
                if !found.is_empty() {
                    return Err(invalid(found));
                }
                catalogues::publish(c, draft.id, me, now)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "catalogue.publish",
                    ("catalogue", Some(draft.id.0)),
                    Some(id),
                    serde_json::json!({"version": draft.version}),
                )?;
                Ok((draft.id, draft.version))
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    // The row kept its id; a compiled draft (what-if) must not pass for the published one.
    state.forget_compiled(cid);
    Ok(version)
}

/// Throws the draft away (and the what-if runs made with it).
pub async fn discard(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    revision: Option<i64>,
) -> Result<(), Failure> {
    let j = managed(state, ctx, code)?;
    let actor = ctx.actor();
    let id = j.id;
    let cid = state
        .db(move |s| {
            let now = s.now();
            s.write(|c| {
                let draft = catalogues::draft(c, id)?.ok_or(StoreError::Domain(
                    DomainError::Conflict("catalogue-no-draft"),
                ))?;
                if revision.is_some() {
                    expect_revision(Some(&draft), revision)?;
                }
                catalogues::discard_draft(c, id)?;
                audit::append(
                    c,
                    now,
                    &actor,
                    "catalogue.draft.discard",
                    ("catalogue", Some(draft.id.0)),
                    Some(id),
                    serde_json::json!({"version": draft.version}),
                )?;
                Ok(draft.id)
            })
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    state.forget_compiled(cid);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_error_names_its_line_and_column() {
        let errors = parse("{\n  \"tiers\": [,]\n}").unwrap_err();
        assert_eq!(errors[0].field, SOURCE_FIELD);
        assert_eq!(errors[0].code, "catalogue-json");
        let arg = |n: &str| {
            errors[0]
                .args
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(arg("line").as_deref(), Some("2"));
        assert_eq!(arg("column").as_deref(), Some("13"));
    }

    #[test]
    fn a_small_catalogue_checks_clean() {
        let source = serde_json::to_string(&small_catalogue()).unwrap();
        let report = check(&source);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.tiers, 1);
    }

    fn small_catalogue() -> Catalogue {
        use rencai_domain::accreditation::{Criterion, Example, LocalText, Profile, Tier};
        Catalogue {
            tiers: vec![Tier {
                code: "A".into(),
                name: LocalText::same("Top"),
                description: LocalText::default(),
            }],
            criteria: vec![Criterion {
                code: "old".into(),
                tier: "A".into(),
                name: LocalText::same("Old"),
                expression: "age >= 60".into(),
                evidence: LocalText::default(),
                examples: vec![Example {
                    name: "sixty".into(),
                    profile: Profile {
                        age: 60,
                        ..Profile::default()
                    },
                    expect: true,
                }],
            }],
        }
    }
}
