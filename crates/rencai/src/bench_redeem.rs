//! `rencai bench redeem`: online verify-and-redeem against a registry where every
//! talent holds a card. A fresh database (SQLite in a temporary folder, or a scratch
//! database on the PostgreSQL server of `--database-url`, dropped afterwards), the app
//! served in-process on 127.0.0.1, then two runs of load: an unlimited service, where
//! every request writes a redemption, and a quota-of-one service already used by every
//! card, where every request is refused.

use crate::bench_cards::{self, ONCE_A_YEAR, ServicePoint, UNLIMITED};
use crate::bench_load::{self, Figures, Load};
use crate::seed;
use anyhow::Context;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::IntoResponse;
use rencai_domain::clock::SystemClock;
use rencai_store::{Store, Vault};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Cards whose tokens the load cycles through.
const TOKENS: usize = 100_000;

pub struct Options<'a> {
    pub talents: u64,
    pub seconds: u32,
    pub connections: u32,
    /// PostgreSQL server to make the scratch database on; SQLite otherwise.
    pub database_url: Option<&'a str>,
    /// Use the built-in load generator even if wrk is installed.
    pub builtin: bool,
}

/// The benchmark's database, removed when dropped (after everything that uses it).
enum Scratch {
    Sqlite(PathBuf),
    Postgres { server: String, name: String },
}

impl Scratch {
    fn new(database_url: Option<&str>) -> anyhow::Result<Self> {
        let tag = format!("{}_{}", std::process::id(), rand::random::<u32>());
        let postgres = database_url
            .filter(|u| rencai_store::Backend::of(u) == rencai_store::Backend::Postgres);
        match postgres {
            None => {
                let dir = std::env::temp_dir().join(format!("rencai-bench-redeem-{tag}"));
                std::fs::create_dir_all(&dir)?;
                Ok(Scratch::Sqlite(dir))
            }
            Some(url) => {
                use diesel::Connection;
                use diesel::connection::SimpleConnection;
                let name = format!("rencai_bench_redeem_{tag}");
                diesel::PgConnection::establish(url)?
                    .batch_execute(&format!("CREATE DATABASE {name}"))?;
                Ok(Scratch::Postgres {
                    server: url.to_string(),
                    name,
                })
            }
        }
    }

    fn url(&self) -> String {
        match self {
            Scratch::Sqlite(dir) => format!("sqlite://{}", dir.join("bench.db").display()),
            Scratch::Postgres { server, name } => match server.rsplit_once('/') {
                Some((base, _)) if base.contains("//") && base.len() > "postgres://".len() => {
                    format!("{base}/{name}")
                }
                _ => format!("{server}/{name}"),
            },
        }
    }

    fn work_dir(&self) -> PathBuf {
        match self {
            Scratch::Sqlite(dir) => dir.clone(),
            Scratch::Postgres { name, .. } => std::env::temp_dir().join(name),
        }
    }

    fn backend(&self) -> &'static str {
        match self {
            Scratch::Sqlite(_) => "SQLite",
            Scratch::Postgres { .. } => "PostgreSQL",
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.work_dir());
        if let Scratch::Postgres { server, name } = self {
            use diesel::Connection;
            use diesel::connection::SimpleConnection;
            let dropped = diesel::PgConnection::establish(server).and_then(|mut c| {
                c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .map_err(|e| diesel::ConnectionError::BadConnection(e.to_string()))
            });
            if let Err(e) = dropped {
                eprintln!("the scratch database {name} could not be dropped: {e}");
            }
        }
    }
}

fn err(e: rencai_store::StoreError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// The server's answers by status, counted as they leave the app.
#[derive(Default)]
struct Answers {
    created: AtomicU64,
    other: AtomicU64,
}

impl Answers {
    fn total(&self) -> u64 {
        self.created.load(Ordering::Relaxed) + self.other.load(Ordering::Relaxed)
    }
}

/// Random cards' tokens, one a line; returns the cards' ids.
fn write_tokens(
    state: &rencai_web::AppState,
    store: &Store,
    file: &Path,
) -> anyhow::Result<Vec<i64>> {
    use diesel::prelude::*;
    use rand::seq::SliceRandom;
    use rencai_store::schema::cards;
    let mut ids: Vec<i64> = store
        .read(|c| Ok(cards::table.select(cards::id).load(c)?))
        .map_err(err)?;
    ids.shuffle(&mut rand::thread_rng());
    ids.truncate(TOKENS);
    let stored = store
        .read(|c| {
            ids.iter()
                .map(|id| rencai_store::cards::get(c, rencai_domain::ids::CardId(*id)))
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(err)?;
    // Signing is the slow part (tens of µs a token): both cores.
    let half = stored.len().div_ceil(2).max(1);
    let lines: Vec<String> = std::thread::scope(|s| {
        let parts: Vec<_> = stored
            .chunks(half)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|card| rencai_web::card_service::token(state, card))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_default())
            .collect()
    });
    anyhow::ensure!(lines.len() == ids.len(), "signing failed");
    std::fs::write(file, lines.join("\n") + "\n")?;
    Ok(ids)
}

fn redemptions(store: &Store) -> anyhow::Result<i64> {
    use diesel::prelude::*;
    use rencai_store::schema::redemptions;
    store
        .read(|c| Ok(redemptions::table.count().get_result(c)?))
        .map_err(err)
}

/// Waits until the server has answered everything it was sent (wrk leaves requests in
/// flight when its time is up; the desk still commits them).
fn settle(answers: &Answers) {
    let mut last = answers.total();
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let now = answers.total();
        if now == last {
            return;
        }
        last = now;
    }
}

struct Run {
    figures: Figures,
    /// 201 answers the server gave, counted server-side.
    created: u64,
    answered: u64,
    /// Redemptions the run added to the database.
    written: i64,
}

fn run(
    store: &Store,
    load: &Load<'_>,
    answers: &Answers,
    work: &Path,
    wrk: bool,
) -> anyhow::Result<Run> {
    let before = redemptions(store)?;
    let (created0, answered0) = (answers.created.load(Ordering::Relaxed), answers.total());
    let figures = if wrk {
        bench_load::wrk(load, work)?
    } else {
        bench_load::builtin(load)?
    };
    settle(answers);
    Ok(Run {
        figures,
        created: answers.created.load(Ordering::Relaxed) - created0,
        answered: answers.total() - answered0,
        written: redemptions(store)? - before,
    })
}

fn report(title: &str, r: &Run, connections: u32, seconds: u32) {
    let f = &r.figures;
    println!(
        "  {title} — {}, {connections} connections, {seconds} s:",
        f.tool
    );
    println!(
        "    {:.0} requests/s; latency mean {:.1} ms, p50 {:.1} ms, p99 {:.1} ms",
        f.per_second, f.mean, f.p50, f.p99
    );
    println!(
        "    {} requests answered to the client ({} not 2xx); the server answered {} ({} with 201 Created)",
        f.requests, f.refused, r.answered, r.created
    );
    let check = if r.written == r.created as i64 {
        "= the server's 201s"
    } else {
        "≠ the server's 201s: MISMATCH"
    };
    println!(
        "    redemptions written: {} {check}{}",
        r.written,
        if r.answered > f.requests {
            " (the client stopped waiting for the last few in flight)"
        } else {
            ""
        }
    );
}

pub fn redeem(o: &Options<'_>) -> anyhow::Result<()> {
    let scratch = Scratch::new(o.database_url)?;
    let work = scratch.work_dir();
    std::fs::create_dir_all(&work)?;
    let store = Store::open(
        &scratch.url(),
        16,
        Vault::new(&Vault::generate_keys()).map_err(|e| anyhow::anyhow!(e))?,
        Arc::new(SystemClock),
    )
    .map_err(err)?;

    let t = Instant::now();
    seed::demo_with(&store, o.talents, false)?;
    let talents_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let point: ServicePoint = bench_cards::service_point(&store)?;
    let cards = bench_cards::cards(&store)?;
    let cards_s = t.elapsed().as_secs_f64();

    let state = rencai_web::AppState::new(store.clone(), None, false).map_err(err)?;
    let t = Instant::now();
    let tokens = work.join("tokens.txt");
    let token_cards = write_tokens(&state, &store, &tokens)?;
    let tokens_s = t.elapsed().as_secs_f64();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    let answers = Arc::new(Answers::default());
    let counted = answers.clone();
    // Each request runs in its own task, counted when it finishes: wrk drops the
    // connections it still waits on when its time is up, and a handler dropped with
    // them would have redeemed (the desk has the job) without being counted.
    let app = rencai_web::app(state).layer(axum::middleware::from_fn(
        move |req: Request, next: Next| {
            let a = counted.clone();
            async move {
                let handled = tokio::spawn(async move {
                    let r = next.run(req).await;
                    let n = if r.status() == StatusCode::CREATED {
                        &a.created
                    } else {
                        &a.other
                    };
                    n.fetch_add(1, Ordering::Relaxed);
                    r
                });
                handled
                    .await
                    .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        },
    ));
    rt.spawn(async move { axum::serve(listener, app).await });

    let wrk = !o.builtin && bench_load::wrk_installed();
    if !o.builtin && !wrk {
        println!(
            "wrk is not installed (apt-get install wrk): using the built-in load generator instead"
        );
    }
    let load = |service, tag| Load {
        addr,
        api_token: &point.api_token,
        tokens: &tokens,
        service,
        tag,
        seconds: o.seconds,
        connections: o.connections,
    };
    let unlimited = run(&store, &load(UNLIMITED, "u"), &answers, &work, wrk)?;
    let catalogue = rencai_demo::services::service_catalogue();
    let once = catalogue.service(ONCE_A_YEAR).context(ONCE_A_YEAR)?;
    let period = rencai_web::card_service::period_key(once, store.now());
    bench_cards::use_up(&store, &point, &token_cards, &period)?;
    let refused = run(&store, &load(ONCE_A_YEAR, "q"), &answers, &work, wrk)?;
    let first = std::fs::read_to_string(&tokens)?;
    let sample = bench_load::one(
        &load(ONCE_A_YEAR, "sample"),
        first.lines().next().unwrap_or_default(),
    )?;
    let total = redemptions(&store)?;
    drop(rt);

    println!(
        "bench redeem: POST /api/v1/redemptions, {cards} cards on {} ({})",
        scratch.backend(),
        crate::bench::machine()
    );
    println!(
        "  seeding: {talents_s:.1} s demo world and {} talents; {cards_s:.1} s catalogues, service point, \
         {cards} applications + accreditations + cards; {tokens_s:.1} s {} tokens of random cards",
        o.talents,
        token_cards.len()
    );
    report(
        &format!("{UNLIMITED} (unlimited: every request redeems)"),
        &unlimited,
        o.connections,
        o.seconds,
    );
    report(
        &format!("{ONCE_A_YEAR} (once a year, already used: every request is refused)"),
        &refused,
        o.connections,
        o.seconds,
    );
    println!("    a refusal reads: {} {}", sample.0, sample.1);
    println!(
        "  redemptions in the database: {total} ({} written by the runs + {} used up before the second)",
        unlimited.written + refused.written,
        token_cards.len()
    );
    for (name, r) in [("first", &unlimited), ("second", &refused)] {
        println!("  {} run, as the load generator reported it:", name);
        print!("{}", r.figures.raw);
    }
    drop(store);
    drop(scratch);
    Ok(())
}
