//! The commands that move data: demo seeding, file import and export, backups.

use anyhow::Context;
use rencai_domain::access::Grant;
use rencai_domain::ids::JurisdictionId;
use rencai_domain::paging::PageRequest;
use rencai_domain::talent::LocationMove;
use rencai_domain::talent::TalentFilter;
use rencai_store::reference::{self, Lookup, NewEnterprise};
use rencai_store::talents::{self, NewTalentRow};
use rencai_store::{Actor, Store};
use std::collections::HashMap;
use std::path::Path;

fn err(e: rencai_store::StoreError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// Creates the demo world once; a rerun adds nothing that is already there.
pub fn demo(store: &Store, talent_count: u64) -> anyhow::Result<()> {
    demo_with(store, talent_count, true)
}

/// The demo world; `index: false` leaves the generated talents' search terms to a
/// server's background indexer (a benchmark that never searches by name need not wait
/// the 100 s a million names take; searches stay correct meanwhile).
pub fn demo_with(store: &Store, talent_count: u64, index: bool) -> anyhow::Result<()> {
    let now = store.now();
    let actor = Actor::cli();
    store
        .write(|c| {
            let mut ids: HashMap<&str, JurisdictionId> = HashMap::new();
            for j in rencai_demo::jurisdictions() {
                let p = j.parent.and_then(|p| ids.get(p).copied());
                let id =
                    reference::ensure_jurisdiction(c, p, j.code, j.name_zh, j.name_en, j.level)?;
                ids.insert(j.code, id);
            }
            for a in rencai_demo::alliances() {
                let m: Vec<JurisdictionId> = a
                    .members
                    .iter()
                    .filter_map(|c| ids.get(c).copied())
                    .collect();
                reference::ensure_alliance(c, a.code, a.name_zh, a.name_en, &m)?;
            }
            for e in rencai_demo::enterprises() {
                reference::ensure_enterprise(
                    c,
                    &NewEnterprise {
                        name: e.name,
                        name_zh: e.name_zh,
                        jurisdiction_id: ids[e.jurisdiction],
                        industry_chain: e.industry_chain,
                        cluster: e.cluster,
                        kind: e.kind,
                    },
                    &actor,
                    now,
                )?;
            }
            for a in rencai_demo::accounts() {
                if rencai_store::accounts::find_user_id(c, a.username)?.is_none() {
                    let grants = [Grant {
                        role: a.role,
                        jurisdiction_id: ids[a.jurisdiction],
                    }];
                    rencai_store::accounts::create_user(
                        c,
                        &rencai_store::accounts::NewUser {
                            username: a.username,
                            display_name: a.display_name,
                            password: a.password,
                            grants: &grants,
                        },
                        &actor,
                        now,
                    )?;
                }
            }
            Ok(())
        })
        .map_err(err)?;
    let existing = store.read(talents::count).map_err(err)?;
    if existing > 0 {
        println!("demo data present: {existing} talents (reused)");
    } else {
        let started = std::time::Instant::now();
        generate(store, talent_count)?;
        if index {
            rencai_web::indexer::drain(store).map_err(err)?;
        }
        println!(
            "generated {talent_count} demo talents in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    demo_accreditation(store)?;
    demo_services(store)
}

/// The card's service catalogue for Heilongjiang, its providers in each city and the
/// provider staff accounts. Idempotent: what exists is left alone.
fn demo_services(store: &Store) -> anyhow::Result<()> {
    use rencai_store::services;
    let now = store.now();
    let tree = store.read(reference::tree).map_err(err)?;
    let Some(province) = tree.by_code("hlj").map(|j| j.id) else {
        return Ok(());
    };
    let catalogue = rencai_demo::services::service_catalogue();
    store
        .write(|c| {
            if services::catalogue(c, province)?.is_none() {
                let body = serde_json::to_string(&catalogue).unwrap_or_default();
                services::save_catalogue(c, province, &body, 0, None, now)?;
                rencai_store::audit::append(
                    c,
                    now,
                    &Actor::cli(),
                    "service-catalogue.save",
                    ("service_catalogue", Some(province.0)),
                    Some(province),
                    serde_json::json!({"revision": 1, "demo": true}),
                )?;
            }
            for p in rencai_demo::services::providers() {
                let Some(j) = tree.by_code(p.jurisdiction).map(|j| j.id) else {
                    continue;
                };
                if services::provider_by_code(c, p.code)?.is_none() {
                    services::create_provider(
                        c,
                        &services::NewProvider {
                            code: p.code,
                            jurisdiction_id: j,
                            name_zh: p.name_zh,
                            name_en: p.name_en,
                            services: p.services,
                        },
                        now,
                    )?;
                }
            }
            for (user, provider) in rencai_demo::services::provider_staff() {
                let (Some(u), Some(p)) = (
                    rencai_store::accounts::find_user_id(c, user)?,
                    services::provider_by_code(c, provider)?,
                ) else {
                    continue;
                };
                if rencai_store::accounts::user(c, u)?.provider_id.is_none() {
                    rencai_store::accounts::link_provider(c, u, Some(p.id))?;
                }
            }
            Ok(())
        })
        .map_err(err)
}

/// Publishes the demo tier catalogue for Heilongjiang, and links the demo talent and
/// enterprise accounts to a talent who meets a criterion and to their enterprise.
/// Idempotent: what exists is left alone.
fn demo_accreditation(store: &Store) -> anyhow::Result<()> {
    use rencai_domain::accreditation::Profile;
    let now = store.now();
    let lookup = store.read(Lookup::load).map_err(err)?;
    let Some(province) = lookup.tree.by_code("hlj").map(|j| j.id) else {
        return Ok(());
    };
    let catalogue = rencai_demo::catalogue::catalogue();
    let compiled = catalogue
        .compile()
        .map_err(|e| anyhow::anyhow!("the demo catalogue does not compile: {e:?}"))?;
    store
        .write(|c| {
            use rencai_store::catalogues;
            if catalogues::published(c, province)?.is_none() {
                let admin = rencai_store::accounts::find_user_id(c, "admin")?
                    .ok_or(rencai_domain::DomainError::NotFound)?;
                let body = serde_json::to_string(&catalogue).unwrap_or_default();
                let id = catalogues::save_draft(c, province, &body, None, admin, now)?;
                catalogues::publish(c, id, admin, now)?;
                rencai_store::audit::append(
                    c,
                    now,
                    &Actor::cli(),
                    "catalogue.publish",
                    ("catalogue", Some(id.0)),
                    Some(province),
                    serde_json::json!({"version": 1, "demo": true}),
                )?;
            }
            Ok(())
        })
        .map_err(err)?;
    let link = |user: &str, talent, enterprise| {
        store.write(|c| {
            let Some(id) = rencai_store::accounts::find_user_id(c, user)? else {
                return Ok(());
            };
            let u = rencai_store::accounts::user(c, id)?;
            if u.talent_id.is_none() && u.enterprise_id.is_none() {
                rencai_store::accounts::link(c, id, talent, enterprise)?;
            }
            Ok(())
        })
    };
    let zhushi = lookup
        .employers
        .get("shandong zhushi pharmaceutical group")
        .copied();
    link("enterprise.zhushi", None, zhushi).map_err(err)?;
    // The demo talents: people in Harbin (Nangang district first) who meet a criterion.
    let Some(harbin) = lookup.tree.by_code("hlj-harbin").map(|j| j.id) else {
        return Ok(());
    };
    let nangang = lookup.tree.by_code("hlj-harbin-nangang").map(|j| j.id);
    let reach = lookup.tree.subtree(harbin);
    let page = store
        .read(|c| {
            talents::list(
                c,
                &TalentFilter::default(),
                Some(&reach),
                PageRequest {
                    page: 1,
                    per_page: 2000,
                },
            )
        })
        .map_err(err)?;
    let today = jiff::civil::date(2026, 11, 22);
    let meets = |t: &&rencai_domain::talent::Talent| {
        let codes = lookup
            .tree
            .ancestry(t.jurisdiction_id)
            .iter()
            .map(|j| j.code.clone())
            .collect();
        t.email.is_some() && !compiled.matching(&Profile::of(t, codes, today)).is_empty()
    };
    let mut eligible: Vec<_> = page.items.iter().filter(meets).collect();
    eligible.sort_by_key(|t| Some(t.jurisdiction_id) != nangang);
    // Two of them, so a journey can run once per language.
    for (user, t) in ["talent.demo", "talent.demo2"].into_iter().zip(eligible) {
        link(user, Some(t.id), None).map_err(err)?;
    }
    Ok(())
}

/// Generates talents straight into the registry in one transaction.
pub fn generate(store: &Store, count: u64) -> anyhow::Result<()> {
    let lookup = store.read(Lookup::load).map_err(err)?;
    let now = store.now();
    let today = jiff::civil::date(2026, 11, 22);
    store
        .write(|c| {
            let mut batch = Vec::with_capacity(1000);
            let mut histories: Vec<(String, Vec<LocationMove>)> = Vec::new();
            for i in 0..count {
                let generated = rencai_demo::talent(2026, i);
                let input = generated.draft.parse(&lookup, today).map_err(|f| {
                    rencai_store::StoreError::Domain(rencai_domain::DomainError::Invalid(f))
                })?;
                let row = NewTalentRow::seal(&input, &store.vault, now);
                if let Some(key) = row.identity_index().filter(|_| !generated.moves.is_empty()) {
                    histories.push((key.to_string(), history(&lookup.tree, &generated.moves)));
                }
                batch.push(row);
                if batch.len() == 1000 {
                    talents::insert_bulk(c, &batch)?;
                    add_histories(c, &mut histories)?;
                    batch.clear();
                }
            }
            talents::insert_bulk(c, &batch)?;
            add_histories(c, &mut histories)?;
            demo_moves(c)?;
            talents::analyze(c)?;
            rencai_store::audit::append(
                c,
                now,
                &Actor::cli(),
                "demo.seed",
                ("talent", None),
                None,
                serde_json::json!({ "talents": count }),
            )?;
            Ok(())
        })
        .map_err(err)
}

/// A generated talent's moves, with jurisdiction codes resolved.
fn history(
    tree: &rencai_domain::jurisdiction::JurisdictionTree,
    moves: &[rencai_demo::DemoMove],
) -> Vec<LocationMove> {
    moves
        .iter()
        .filter_map(|m| {
            Some(LocationMove {
                from: m.from.and_then(|f| tree.by_code(f)).map(|j| j.id),
                to: tree.by_code(m.to)?.id,
                moved_on: m.moved_on,
            })
        })
        .collect()
}

/// Writes the collected histories of talents just inserted.
fn add_histories(
    c: &mut rencai_store::DbConn,
    histories: &mut Vec<(String, Vec<LocationMove>)>,
) -> rencai_store::StoreResult<()> {
    let keys: Vec<String> = histories.iter().map(|(k, _)| k.clone()).collect();
    let ids = talents::ids_by_index(c, &keys)?;
    for (key, moves) in histories.drain(..) {
        if let Some(id) = ids.get(&key) {
            talents::add_moves(c, *id, &moves)?;
        }
    }
    Ok(())
}

/// Everyone else's arrival in their jurisdiction, on a date spread over the years.
fn demo_moves(c: &mut rencai_store::DbConn) -> rencai_store::StoreResult<()> {
    use diesel::connection::SimpleConnection;
    c.batch_execute(
        "INSERT INTO talent_moves (talent_id, from_jurisdiction_id, to_jurisdiction_id, moved_on) \
         SELECT t.id, NULL, t.jurisdiction_id, \
                CASE t.id % 4 WHEN 0 THEN '2019-03-01' WHEN 1 THEN '2021-07-15' WHEN 2 THEN '2023-09-01' ELSE '2025-05-20' END \
         FROM talents t WHERE NOT EXISTS (SELECT 1 FROM talent_moves m WHERE m.talent_id = t.id)",
    )?;
    Ok(())
}

pub fn import(store: &Store, file: &Path, as_user: &str) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let id = store
        .read(|c| rencai_store::accounts::find_user_id(c, as_user))
        .map_err(err)?
        .with_context(|| format!("no user {as_user}"))?;
    let principal = store
        .read(|c| rencai_store::accounts::principal(c, id, None))
        .map_err(err)?
        .context("that account is disabled")?;
    let tree = store.read(reference::tree).map_err(err)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let started = std::time::Instant::now();
    let preview =
        rencai_web::import_service::preview_blocking(store, &principal, &tree, &name, &bytes)
            .map_err(err)?;
    let Some(batch) = preview.batch_id else {
        if let Some(p) = &preview.file_problem {
            anyhow::bail!("the file cannot be imported: {p}");
        }
        for p in &preview.problems {
            eprintln!("row {}, column {}: {}", p.row, p.column, p.code);
        }
        anyhow::bail!("{} problems; nothing was imported", preview.problem_count);
    };
    let done = rencai_web::import_service::commit_blocking(store, &principal, &tree, batch)
        .map_err(err)?;
    anyhow::ensure!(
        done.is_clean(),
        "{} problems appeared during the import; nothing was imported",
        done.problem_count
    );
    println!(
        "imported {} talents in {:.1} s",
        done.written,
        started.elapsed().as_secs_f64()
    );
    let t = std::time::Instant::now();
    let indexed = rencai_web::indexer::drain(store).map_err(err)?;
    println!(
        "search index: {indexed} talents indexed in {:.1} s (a server does this in the background)",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn export(store: &Store, file: &Path, format: &str) -> anyhow::Result<()> {
    let tree = store.read(reference::tree).map_err(err)?;
    let page = store
        .read(|c| {
            talents::list(
                c,
                &TalentFilter::default(),
                None,
                PageRequest {
                    page: 1,
                    per_page: u32::MAX,
                },
            )
        })
        .map_err(err)?;
    let rows = page.items.into_iter().map(|t| {
        let code = tree
            .get(t.jurisdiction_id)
            .map(|j| j.code.clone())
            .unwrap_or_default();
        t.export_row(&code)
    });
    let bytes = match format {
        "xlsx" => rencai_exchange::write_xlsx("talents", rencai_domain::talent::FIELDS, rows)?,
        _ => rencai_exchange::write_csv(rencai_domain::talent::FIELDS, rows),
    };
    std::fs::write(file, bytes)?;
    let now = store.now();
    store
        .write(|c| {
            rencai_store::audit::append(
                c,
                now,
                &Actor::cli(),
                "talent.export.list",
                ("talent", None),
                None,
                serde_json::json!({ "rows": page.total }),
            )
        })
        .map_err(err)?;
    println!("exported {} talents to {}", page.total, file.display());
    Ok(())
}

/// SQLite: `VACUUM INTO` writes a consistent copy while others keep reading and writing.
pub fn backup(store: &Store, file: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        store.backend() == rencai_store::Backend::Sqlite,
        "for PostgreSQL use pg_dump"
    );
    anyhow::ensure!(!file.exists(), "{} exists already", file.display());
    let target = file.to_string_lossy().replace('\'', "''");
    store
        .read(|c| {
            use diesel::connection::SimpleConnection;
            c.batch_execute(&format!("VACUUM INTO '{target}'"))?;
            Ok(())
        })
        .map_err(err)?;
    println!("backup written to {}", file.display());
    Ok(())
}
