//! What-if runs: before a draft catalogue is published, evaluate it against every talent
//! it would govern and count who would move up, down, into or out of each tier.
//!
//! What a talent is compared against: the tier the catalogue in force at the draft's
//! jurisdiction (its own newest published version, else the nearest ancestor's) gives
//! them today — not the accreditations they hold. The question a run answers is "what
//! would publishing this draft change in what the rules decide", which is the same for
//! talents who never applied. Talents under a descendant jurisdiction that has its own
//! published catalogue are left out: the draft would not govern them.
//!
//! A run is recorded first, then [`execute`]d on a thread of its own (the CLI runs the
//! same function in the foreground). It pages through the lean profile rows (no
//! personal data is decrypted), evaluates each batch on every core, and stores the
//! talents whose tier would change and those for whom a draft rule failed at run time
//! (the run goes on; the failure counts as "not matched", as in eligibility).

use crate::access::Ctx;
use crate::accreditation_service::today;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal};
use rencai_domain::accreditation::{Catalogue, CompiledCatalogue, Profile, WhatIfTally};
use rencai_domain::ids::{EnterpriseId, JurisdictionId, TalentId, WhatIfRunId};
use rencai_domain::jurisdiction::JurisdictionTree;
use rencai_domain::paging::{Page, PageRequest};
use rencai_store::whatif::{self, Change, ChangeFilter, ChangeRow, Outcome, ProfileRow, Run};
use rencai_store::{Actor, Store, StoreError, StoreResult, audit, catalogues, reference};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::mpsc::sync_channel;

/// Talents read, evaluated and written per step; progress is reported after each.
pub const BATCH: i64 = 10_000;
/// How many failing talents the run's summary keeps (all are in the list).
const ERROR_SAMPLE: usize = 20;

/// Everything a run needs, decided when it is started.
pub struct Plan {
    pub run: WhatIfRunId,
    pub jurisdiction: JurisdictionId,
    pub draft: Arc<CompiledCatalogue>,
    /// The catalogue in force at the jurisdiction; `None`: nobody has a tier today.
    pub base: Option<Arc<CompiledCatalogue>>,
    /// The jurisdictions whose talents are read; `None` for all.
    pub reach: Option<BTreeSet<JurisdictionId>>,
    pub total: i64,
    pub as_of: jiff::civil::Date,
}

/// How far a run has got.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub processed: i64,
    pub total: i64,
}

fn compile(body: &str) -> StoreResult<CompiledCatalogue> {
    let catalogue: Catalogue = serde_json::from_str(body)
        .map_err(|_| StoreError::Domain(DomainError::Conflict("whatif-catalogue-unreadable")))?;
    catalogue.compile().map_err(|errors| {
        StoreError::Domain(DomainError::Invalid(
            errors.iter().map(|e| e.to_field_error()).collect(),
        ))
    })
}

/// The talents a draft at `at` would govern: its subtree, without the subtrees of
/// descendants that publish a catalogue of their own. `None` when that is everyone.
fn governed(
    tree: &JurisdictionTree,
    at: JurisdictionId,
    publishing: &[JurisdictionId],
) -> Option<BTreeSet<JurisdictionId>> {
    let mut reach = tree.subtree(at);
    for j in publishing {
        if *j != at && reach.contains(j) {
            for d in tree.subtree(*j) {
                reach.remove(&d);
            }
        }
    }
    let everyone = tree.len();
    (reach.len() < everyone).then_some(reach)
}

/// Checks that `me` may run a what-if of the draft at `code`, compiles the draft and
/// the catalogue in force, and records the run (with its audit entry).
pub fn prepare(
    store: &Store,
    tree: &JurisdictionTree,
    me: &Principal,
    code: &str,
    as_of: jiff::civil::Date,
) -> StoreResult<Plan> {
    let j = tree
        .by_code(code)
        .map(|j| j.id)
        .ok_or(DomainError::NotFound)?;
    if !me.can(Permission::CatalogueManage, j, tree) {
        return Err(if me.can(Permission::TalentRead, j, tree) {
            DomainError::Forbidden
        } else {
            DomainError::NotFound
        }
        .into());
    }
    let ancestry: Vec<_> = tree.ancestry(j).iter().map(|a| a.id).collect();
    let (draft, base, publishing) = store.read(|c| {
        Ok((
            catalogues::draft(c, j)?,
            catalogues::in_force(c, &ancestry)?,
            catalogues::with_published(c)?,
        ))
    })?;
    let draft = draft.ok_or(DomainError::Conflict("whatif-no-draft"))?;
    let compiled = Arc::new(compile(&draft.body)?);
    let base_compiled = match &base {
        Some(b) => Some(Arc::new(compile(&b.body)?)),
        None => None,
    };
    let reach = governed(tree, j, &publishing);
    let now = store.now();
    let actor = Actor::user(me.user_id, &me.username);
    let (run, total) = store.write(|c| {
        let total = whatif::count_talents(c, reach.as_ref())?;
        let run = whatif::start(
            c,
            draft.id,
            base.as_ref().map(|b| b.id),
            j,
            total,
            Some(me.user_id),
            now,
        )?;
        audit::append(
            c,
            now,
            &actor,
            "whatif.start",
            ("whatif_run", Some(run.0)),
            Some(j),
            serde_json::json!({
                "catalogue": draft.id.0,
                "base": base.as_ref().map(|b| b.id.0),
                "talents": total,
            }),
        )?;
        Ok((run, total))
    })?;
    Ok(Plan {
        run,
        jurisdiction: j,
        draft: compiled,
        base: base_compiled,
        reach,
        total,
        as_of,
    })
}

/// What a profile is built from besides its row: jurisdiction codes and employer names.
struct Lookup {
    ancestry: HashMap<JurisdictionId, Vec<String>>,
    employers: HashMap<EnterpriseId, String>,
    as_of: jiff::civil::Date,
}

impl Lookup {
    fn load(store: &Store, as_of: jiff::civil::Date) -> StoreResult<Self> {
        let (tree, enterprises) =
            store.read(|c| Ok((reference::tree(c)?, reference::enterprises(c)?)))?;
        let ancestry = tree
            .ordered()
            .iter()
            .map(|(_, j)| {
                let codes = tree.ancestry(j.id).iter().map(|a| a.code.clone()).collect();
                (j.id, codes)
            })
            .collect();
        let employers = enterprises.into_iter().map(|e| (e.id, e.name)).collect();
        Ok(Self {
            ancestry,
            employers,
            as_of,
        })
    }

    fn profile(&self, r: &ProfileRow) -> Profile {
        let jurisdictions = self
            .ancestry
            .get(&r.jurisdiction_id)
            .cloned()
            .unwrap_or_default();
        let age = r
            .birth_date
            .parse::<jiff::civil::Date>()
            .map_or(0, |b| rencai_domain::accreditation::age_on(b, self.as_of));
        Profile {
            age,
            education: r.education.clone(),
            title: r.title.clone(),
            skill_level: r.skill_level.clone(),
            field: r.field.clone(),
            gender: r.gender.clone(),
            honours: rencai_domain::accreditation::split_honours(&r.honours),
            patents: i64::from(r.patents),
            papers: i64::from(r.papers),
            jurisdiction: jurisdictions.last().cloned().unwrap_or_default(),
            jurisdictions,
            employer: r
                .employer_id
                .and_then(|e| self.employers.get(&e).cloned())
                .unwrap_or_default(),
            ..Profile::default()
        }
        .normalised()
    }
}

/// One batch's (or one thread's share's) result.
#[derive(Default)]
struct Share {
    tally: WhatIfTally,
    changes: Vec<Change>,
    errors: u64,
}

fn evaluate_rows(plan: &Plan, lookup: &Lookup, rows: &[ProfileRow]) -> Share {
    let draft = &plan.draft;
    let mut share = Share {
        tally: WhatIfTally::new(draft.catalogue()),
        ..Share::default()
    };
    for r in rows {
        let p = lookup.profile(r);
        let old = plan
            .base
            .as_ref()
            .and_then(|b| b.evaluate(&p).tier.map(|t| b.tiers()[t].code.as_str()));
        let new = draft.evaluate(&p);
        let new_tier = new.tier.map(|t| draft.tiers()[t].code.as_str());
        let movement = share.tally.add(old, new_tier);
        let error = (!new.errors.is_empty()).then(|| {
            new.errors
                .iter()
                .map(|(c, msg)| format!("{}: {msg}", draft.criteria()[*c].code))
                .collect::<Vec<_>>()
                .join("; ")
        });
        if error.is_some() {
            share.errors += 1;
        }
        if movement.is_change() || error.is_some() {
            share.changes.push(Change {
                talent_id: r.id,
                old_tier: old.map(str::to_string),
                new_tier: new_tier.map(str::to_string),
                movement: movement.code(),
                criterion: new.criterion.map(|c| draft.criteria()[c].code.clone()),
                error,
            });
        }
    }
    share
}

/// Evaluates a batch on every core: one contiguous share per thread, merged in order.
fn evaluate_batch(plan: &Plan, lookup: &Lookup, rows: &[ProfileRow], threads: usize) -> Share {
    let size = rows.len().div_ceil(threads.max(1)).max(1);
    let shares: Vec<Share> = std::thread::scope(|s| {
        let handles: Vec<_> = rows
            .chunks(size)
            .map(|chunk| s.spawn(move || evaluate_rows(plan, lookup, chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut out = Share {
        tally: WhatIfTally::new(plan.draft.catalogue()),
        ..Share::default()
    };
    for s in shares {
        out.tally.merge(&s.tally);
        out.changes.extend(s.changes);
        out.errors += s.errors;
    }
    out
}

/// Runs a prepared what-if to the end: reads the profiles page by page (the next page
/// is read while this one is evaluated), stores the listed talents, reports progress
/// after every batch, and records the result. Shared by the server and the CLI.
pub fn execute(
    store: &Store,
    plan: &Plan,
    on_progress: &mut dyn FnMut(Progress),
) -> StoreResult<WhatIfTally> {
    let lookup = Lookup::load(store, plan.as_of)?;
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut tally = WhatIfTally::new(plan.draft.catalogue());
    let mut processed = 0_i64;
    let mut error_count = 0_u64;
    let mut sample: Vec<serde_json::Value> = Vec::new();
    std::thread::scope(|s| -> StoreResult<()> {
        let (tx, rx) = sync_channel::<StoreResult<Vec<ProfileRow>>>(1);
        let reach = plan.reach.as_ref();
        s.spawn(move || {
            let mut after = TalentId(0);
            loop {
                let page = store.read(|c| whatif::profile_rows(c, reach, after, BATCH));
                let last = page.as_ref().ok().and_then(|p| p.last().map(|r| r.id));
                let done = last.is_none();
                if tx.send(page).is_err() || done {
                    break;
                }
                after = last.unwrap_or(after);
            }
        });
        for page in rx {
            let rows = page?;
            if rows.is_empty() {
                break;
            }
            let share = evaluate_batch(plan, &lookup, &rows, threads);
            tally.merge(&share.tally);
            error_count += share.errors;
            for ch in share.changes.iter().filter(|c| c.error.is_some()) {
                if sample.len() < ERROR_SAMPLE {
                    sample.push(serde_json::json!({
                        "talent_id": ch.talent_id.0,
                        "error": ch.error,
                    }));
                }
            }
            processed += rows.len() as i64;
            let run = plan.run;
            if !share.changes.is_empty() {
                store.write(|c| whatif::add_changes(c, run, &share.changes))?;
            }
            store.read(|c| whatif::progress(c, run, processed))?;
            on_progress(Progress {
                processed,
                total: plan.total.max(processed),
            });
        }
        Ok(())
    })?;
    let tally_json = serde_json::to_string(&tally).unwrap_or_default();
    let errors_json = serde_json::Value::Array(sample).to_string();
    let now = store.now();
    store.read(|c| {
        whatif::finish(
            c,
            plan.run,
            &Outcome {
                status: "done",
                processed,
                tally: &tally_json,
                errors: &errors_json,
                error_count: i64::try_from(error_count).unwrap_or(i64::MAX),
            },
            now,
        )
    })?;
    Ok(tally)
}

/// [`execute`], recording a run that could not finish as failed.
pub fn execute_or_fail(
    store: &Store,
    plan: &Plan,
    on_progress: &mut dyn FnMut(Progress),
) -> StoreResult<WhatIfTally> {
    let result = execute(store, plan, on_progress);
    if let Err(e) = &result {
        tracing::error!(run = plan.run.0, error = %e, "what-if run failed");
        let now = store.now();
        let _ = store.read(|c| {
            let run = whatif::get(c, plan.run)?;
            whatif::finish(
                c,
                plan.run,
                &Outcome {
                    status: "failed",
                    processed: run.processed,
                    tally: "{}",
                    errors: "[]",
                    error_count: 0,
                },
                now,
            )
        });
    }
    result
}

/// Starts a what-if of the draft catalogue at `jurisdiction_code` and returns at once;
/// the run goes on in the background.
pub async fn start(
    state: &AppState,
    ctx: &Ctx,
    jurisdiction_code: &str,
) -> Result<WhatIfRunId, Failure> {
    let me = ctx.me()?.clone();
    let tree = state.tree();
    let as_of = today(state);
    let code = jurisdiction_code.to_string();
    let plan = state
        .db(move |s| prepare(s, &tree, &me, &code, as_of))
        .await
        .map_err(|e| ctx.fail(e))?;
    let id = plan.run;
    let store = state.store.clone();
    let spawned = std::thread::Builder::new()
        .name(format!("what-if-{}", id.0))
        .spawn(move || {
            let _ = execute_or_fail(&store, &plan, &mut |_| {});
        });
    if spawned.is_err() {
        return Err(Failure::Internal(ctx.tr.clone(), ctx.api));
    }
    Ok(id)
}

/// A run the caller may see: they manage catalogues where it was started.
pub async fn get(state: &AppState, ctx: &Ctx, id: WhatIfRunId) -> Result<Run, Failure> {
    let me = ctx.me()?.clone();
    let run = state
        .db(move |s| s.read(|c| whatif::get(c, id)))
        .await
        .map_err(|e| ctx.fail(e))?;
    if me.can(
        Permission::CatalogueManage,
        run.jurisdiction_id,
        &state.tree(),
    ) {
        Ok(run)
    } else {
        Err(ctx.err(DomainError::NotFound))
    }
}

/// The run's tally, empty until it is done.
pub fn tally_of(run: &Run) -> WhatIfTally {
    serde_json::from_str(&run.tally).unwrap_or_default()
}

/// Parses a list filter: a known movement or "error", and a tier code.
pub fn filter(movement: Option<&str>, tier: Option<&str>) -> Result<ChangeFilter, DomainError> {
    let movement = match movement.map(str::trim).filter(|m| !m.is_empty()) {
        None => None,
        Some(m @ ("up" | "down" | "in" | "out" | "error")) => Some(m.to_string()),
        Some(_) => return Err(DomainError::invalid("movement", "unknown-value")),
    };
    let tier = tier
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    Ok(ChangeFilter { movement, tier })
}

/// A page of a run's listed talents.
pub async fn changes(
    state: &AppState,
    ctx: &Ctx,
    id: WhatIfRunId,
    f: ChangeFilter,
    page: PageRequest,
) -> Result<Page<ChangeRow>, Failure> {
    get(state, ctx, id).await?;
    state
        .db(move |s| s.read(|c| whatif::changes(c, id, &f, page)))
        .await
        .map_err(|e| ctx.fail(e))
}

/// The columns of the export.
pub const EXPORT_HEADERS: [&str; 7] = [
    "talent_id",
    "jurisdiction",
    "from_tier",
    "to_tier",
    "movement",
    "criterion",
    "error",
];

/// Every listed talent of a run as CSV (UTF-8 with BOM, cells guarded against
/// formulas). Ids and tiers only, no names: whoever needs the person looks them up
/// under their own rights. The export is audited.
pub async fn export(state: &AppState, ctx: &Ctx, id: WhatIfRunId) -> Result<Vec<u8>, Failure> {
    let run = get(state, ctx, id).await?;
    let actor = ctx.actor();
    let rows = state
        .db(move |s| {
            let mut all = Vec::new();
            let mut after = TalentId(0);
            loop {
                let page = s.read(|c| whatif::changes_after(c, id, after, 5_000))?;
                let Some(last) = page.last() else { break };
                after = last.talent_id;
                all.extend(page);
            }
            let now = s.now();
            let n = all.len();
            s.write(|c| {
                audit::append(
                    c,
                    now,
                    &actor,
                    "whatif.export",
                    ("whatif_run", Some(id.0)),
                    Some(run.jurisdiction_id),
                    serde_json::json!({ "rows": n }),
                )
            })?;
            Ok(all)
        })
        .await
        .map_err(|e| ctx.fail(e))?;
    let tree = state.tree();
    let lines = rows.into_iter().map(|r| {
        vec![
            r.talent_id.0.to_string(),
            tree.get(r.jurisdiction_id)
                .map(|j| j.code.clone())
                .unwrap_or_default(),
            r.old_tier.unwrap_or_default(),
            r.new_tier.unwrap_or_default(),
            r.movement,
            r.criterion.unwrap_or_default(),
            r.error.unwrap_or_default(),
        ]
    });
    Ok(rencai_exchange::write_csv(&EXPORT_HEADERS, lines))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rencai_domain::jurisdiction::Jurisdiction;
    use rencai_domain::vocab::JurisdictionLevel;

    fn tree() -> JurisdictionTree {
        let j = |id, parent: Option<i64>, code: &str| Jurisdiction {
            id: JurisdictionId(id),
            parent_id: parent.map(JurisdictionId),
            code: code.into(),
            name_zh: code.into(),
            name_en: code.into(),
            level: JurisdictionLevel::City,
        };
        JurisdictionTree::new(vec![
            j(1, None, "p"),
            j(2, Some(1), "a"),
            j(3, Some(2), "a1"),
            j(4, Some(1), "b"),
            j(5, None, "q"),
        ])
    }

    #[test]
    fn a_draft_governs_its_subtree_except_where_a_descendant_publishes() {
        let t = tree();
        let all = governed(&t, JurisdictionId(1), &[JurisdictionId(1)]).expect("subtree");
        assert_eq!(all.len(), 4);
        let without_a = governed(&t, JurisdictionId(1), &[JurisdictionId(2)]).expect("subtree");
        assert_eq!(
            without_a,
            [JurisdictionId(1), JurisdictionId(4)].into_iter().collect()
        );
    }

    #[test]
    fn list_filters_are_checked() {
        assert!(filter(Some("sideways"), None).is_err());
        let f = filter(Some("error"), Some(" B ")).expect("filter");
        assert_eq!(f.movement.as_deref(), Some("error"));
        assert_eq!(f.tier.as_deref(), Some("B"));
    }
}
