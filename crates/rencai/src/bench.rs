//! The benchmarks behind docs/PERFORMANCE.md. Each prints its figures; none asserts.

use crate::seed;
use anyhow::Context;
use rencai_domain::access::{Grant, Role};
use rencai_domain::clock::SystemClock;
use rencai_domain::paging::PageRequest;
use rencai_domain::talent::{FIELDS, TalentFilter};
use rencai_store::{Actor, Store, Vault};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

fn fresh_store(dir: &Path) -> anyhow::Result<Store> {
    std::fs::create_dir_all(dir)?;
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    Store::open(
        &url,
        8,
        Vault::new(&Vault::generate_keys()).map_err(|e| anyhow::anyhow!(e))?,
        Arc::new(SystemClock),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    kb("VmHWM:") / 1024.0
}

pub(crate) fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpu
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .unwrap_or("?")
        .trim()
        .to_string();
    format!(
        "{} cores, {model}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    )
}

/// Writes `n` demo talents as a CSV file (what a province would hand over).
fn write_csv(path: &Path, n: u64) -> anyhow::Result<()> {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(w, "{}", FIELDS.join(","))?;
    for i in 0..n {
        let row = rencai_demo::talent(7, i).draft.into_row();
        let quoted: Vec<String> = row
            .iter()
            .map(|c| {
                if c.contains([',', '"']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        writeln!(w, "{}", quoted.join(","))?;
    }
    Ok(())
}

fn admin(store: &Store) -> anyhow::Result<rencai_domain::access::Principal> {
    let now = store.now();
    let tree = store
        .read(rencai_store::reference::tree)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let root = tree.by_code("hlj").context("demo tree")?.id;
    let id = store
        .write(
            |c| match rencai_store::accounts::find_user_id(c, "bench")? {
                Some(id) => Ok(id),
                None => rencai_store::accounts::create_user(
                    c,
                    &rencai_store::accounts::NewUser {
                        username: "bench",
                        display_name: "bench",
                        password: "bench-password-123",
                        grants: &[Grant {
                            role: Role::Admin,
                            jurisdiction_id: root,
                        }],
                    },
                    &Actor::cli(),
                    now,
                ),
            },
        )
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut p = store
        .read(|c| rencai_store::accounts::principal(c, id, None))
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .context("principal")?;
    // The bench imports everywhere: grant admin on every root.
    p.grants = tree
        .ordered()
        .iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, j)| Grant {
            role: Role::Admin,
            jurisdiction_id: j.id,
        })
        .collect();
    Ok(p)
}

pub fn import(rows: u64, dir: &Path) -> anyhow::Result<()> {
    let store = fresh_store(dir)?;
    seed::demo(&store, 0)?;
    let csv = dir.join("talents.csv");
    let t = Instant::now();
    write_csv(&csv, rows)?;
    println!(
        "wrote {rows} rows to {} ({:.0} MB) in {:.1} s",
        csv.display(),
        std::fs::metadata(&csv)?.len() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let principal = admin(&store)?;
    let tree = store
        .read(rencai_store::reference::tree)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let bytes = std::fs::read(&csv)?;
    let t = Instant::now();
    let preview = rencai_web::import_service::preview_blocking(
        &store,
        &principal,
        &tree,
        "talents.csv",
        &bytes,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let preview_s = t.elapsed().as_secs_f64();
    drop(bytes); // a server drops the upload after the preview too
    let batch = preview.batch_id.with_context(|| {
        format!(
            "preview found {} problems: {:?}",
            preview.problem_count,
            preview.problems.first()
        )
    })?;
    let t = Instant::now();
    let done = rencai_web::import_service::commit_blocking(&store, &principal, &tree, batch)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let commit_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let indexed = rencai_web::indexer::drain(&store).map_err(|e| anyhow::anyhow!("{e}"))?;
    let index_s = t.elapsed().as_secs_f64();
    println!(
        "bench import: {} rows on SQLite ({})",
        done.written,
        machine()
    );
    println!("  preview (read, validate, check registry, stage): {preview_s:.1} s");
    println!("  confirm (re-validate, encrypt, insert, one transaction): {commit_s:.1} s");
    println!(
        "  total {:.1} s = {:.0} rows/s; peak memory {:.0} MB",
        preview_s + commit_s,
        done.written as f64 / (preview_s + commit_s),
        peak_rss_mb()
    );
    println!(
        "  then the background search indexer: {indexed} talents in {index_s:.1} s (searches are correct meanwhile)"
    );
    Ok(())
}

/// Builds (or reuses) a registry of `n` talents for the read benchmarks.
fn registry(n: u64, dir: &Path) -> anyhow::Result<Store> {
    let store = fresh_store(dir)?;
    let have = store
        .read(rencai_store::talents::count)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if have < n as i64 {
        seed::demo(&store, n)?;
    }
    store
        .read(rencai_store::talents::analyze)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(store)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

pub fn list(n: u64, dir: &Path) -> anyhow::Result<()> {
    let store = registry(n, dir)?;
    let tree = store
        .read(rencai_store::reference::tree)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let harbin = tree.subtree(tree.by_code("hlj-harbin").context("harbin")?.id);
    use rencai_domain::vocab::*;
    let cases: Vec<(&str, TalentFilter, Option<std::collections::BTreeSet<_>>)> = vec![
        ("province, first page", TalentFilter::default(), None),
        (
            "Harbin officer, deputy senior, robotics",
            TalentFilter {
                title: Some(ProfessionalTitle::DeputySenior),
                field: Some(Field::Robotics),
                ..Default::default()
            },
            Some(harbin.clone()),
        ),
        (
            "Harbin officer, senior technicians",
            TalentFilter {
                skill_level: Some(SkillLevel::SeniorTechnician),
                ..Default::default()
            },
            Some(harbin.clone()),
        ),
        (
            "Harbin officer, name contains 海峰",
            TalentFilter {
                query: Some("海峰".into()),
                ..Default::default()
            },
            Some(harbin),
        ),
        (
            "province, name contains wang hai",
            TalentFilter {
                query: Some("wang hai".into()),
                ..Default::default()
            },
            None,
        ),
    ];
    println!(
        "bench list: {n} talents on SQLite ({}); server time per page of 25, 50 runs each",
        machine()
    );
    for (name, filter, reach) in cases {
        let mut times = Vec::new();
        let mut total = 0;
        for i in 0..50u32 {
            let t = Instant::now();
            let page = store
                .read(|c| {
                    rencai_store::talents::list(
                        c,
                        &filter,
                        reach.as_ref(),
                        PageRequest::new(Some(1 + i % 5), Some(25)),
                    )
                })
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            total = page.total;
        }
        times.sort_by(f64::total_cmp);
        println!(
            "  {name:<45} {total:>8} matches  p50 {:>7.1} ms  p95 {:>7.1} ms",
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    }
    Ok(())
}

pub fn get(n: u64, dir: &Path, seconds: u32) -> anyhow::Result<()> {
    let store = registry(n, dir)?;
    let p = admin(&store)?;
    let now = store.now();
    let token = store
        .write(|c| {
            rencai_store::accounts::create_token(
                c,
                p.user_id,
                "bench",
                &["talents:read".into()],
                &Actor::cli(),
                now,
            )
        })
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let id = n / 2 + 1;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    let state =
        rencai_web::AppState::new(store, None, false).map_err(|e| anyhow::anyhow!("{e}"))?;
    rt.spawn(async move { axum::serve(listener, rencai_web::app(state)).await });
    let url = format!("http://{addr}/api/v1/talents/{id}");
    let out = std::process::Command::new("wrk")
        .args([
            "-t2",
            "-c32",
            &format!("-d{seconds}s"),
            "--latency",
            "-H",
            &format!("Authorization: Bearer {token}"),
            &url,
        ])
        .output()
        .context("wrk is needed: apt-get install wrk")?;
    println!(
        "bench get: GET /api/v1/talents/{{id}} with a token, {n} talents on SQLite ({})",
        machine()
    );
    print!("{}", String::from_utf8_lossy(&out.stdout));
    Ok(())
}

/// Starts `rencai serve` as its own process on a 10,000-talent registry, lets it
/// answer a few requests, then reads its resident memory.
pub fn idle(dir: &Path) -> anyhow::Result<()> {
    drop(registry(10_000, dir)?);
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut child = std::process::Command::new(std::env::current_exe()?)
        .args([
            "--data-dir",
            &dir.display().to_string(),
            "--database-url",
            &format!("sqlite://{}", dir.join("bench.db").display()),
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    std::thread::sleep(std::time::Duration::from_secs(2));
    for path in ["/healthz", "/readyz", "/login", "/api/v1/openapi.json"] {
        let _ = std::process::Command::new("curl")
            .args([
                "-s",
                "-o",
                "/dev/null",
                &format!("http://127.0.0.1:{port}{path}"),
            ])
            .status();
    }
    std::thread::sleep(std::time::Duration::from_secs(2));
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
    let _ = child.kill();
    let _ = child.wait();
    let rss = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .map(|l| l.trim_start_matches("VmRSS:").trim().to_string())
        .unwrap_or_else(|| "?".into());
    println!(
        "bench idle: resident memory of `rencai serve` (10,000 talents, after a few requests): {rss}"
    );
    Ok(())
}

pub fn dir_for(name: &str, data_dir: &Path) -> PathBuf {
    data_dir.join("bench").join(name)
}

/// The demo catalogue with two changes, so a what-if has movements: the first
/// criterion of tier E counts for tier D, and the last criterion of tier C is gone.
fn changed_demo_catalogue() -> rencai_domain::accreditation::Catalogue {
    let mut c = rencai_demo::catalogue::catalogue();
    if let Some(e) = c.criteria.iter_mut().find(|x| x.tier == "E") {
        e.tier = "D".into();
    }
    if let Some(last_c) = c.criteria.iter().rposition(|x| x.tier == "C") {
        c.criteria.remove(last_c);
    }
    c
}

/// What-if of a changed demo catalogue over a registry of `n` generated talents, on
/// SQLite in the bench folder or on the PostgreSQL database at `database_url`.
pub fn whatif(n: u64, dir: &Path, database_url: Option<&str>) -> anyhow::Result<()> {
    let store = match database_url {
        Some(url) => {
            let store = Store::open(
                url,
                8,
                Vault::new(&Vault::generate_keys()).map_err(|e| anyhow::anyhow!(e))?,
                Arc::new(SystemClock),
            )
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            let have = store
                .read(rencai_store::talents::count)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            if have < n as i64 {
                seed::demo(&store, n)?;
            }
            store
                .read(rencai_store::talents::analyze)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            store
        }
        None => registry(n, dir)?,
    };
    let backend = if database_url.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let principal = admin(&store)?;
    let tree = store
        .read(rencai_store::reference::tree)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let province = tree.by_code("hlj").context("demo tree")?.id;
    let body = serde_json::to_string(&changed_demo_catalogue())?;
    let now = store.now();
    store
        .write(|c| {
            rencai_store::catalogues::save_draft(c, province, &body, None, principal.user_id, now)
        })
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let t = Instant::now();
    let plan = rencai_web::whatif_service::prepare(
        &store,
        &tree,
        &principal,
        "hlj",
        jiff::civil::date(2026, 11, 22),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let prepare_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let tally = rencai_web::whatif_service::execute(&store, &plan, &mut |_| {})
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let run_s = t.elapsed().as_secs_f64();
    let total_s = prepare_s + run_s;
    let tt = &tally.totals;
    println!(
        "bench what-if: {} talents on {backend} ({}), draft of {} criteria vs the catalogue in force",
        tt.talents,
        machine(),
        plan.draft.criteria().len()
    );
    println!("  prepare (compile both, count, record the run): {prepare_s:.1} s");
    println!(
        "  evaluate and store: {run_s:.1} s; total {total_s:.1} s = {:.0} talents/s; peak memory {:.0} MB",
        tt.talents as f64 / total_s,
        peak_rss_mb()
    );
    println!(
        "  up {} · down {} · in {} · out {} · stay {} · no tier {} · rule failures {}",
        tt.up,
        tt.down,
        tt.entered,
        tt.out,
        tt.stay,
        tt.none,
        store
            .read(|c| rencai_store::whatif::get(c, plan.run))
            .map(|r| r.error_count)
            .unwrap_or(0)
    );
    Ok(())
}
