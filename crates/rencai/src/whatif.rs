//! `rencai accreditation what-if`: the same run as the web page, in the foreground,
//! with a progress line and the tallies at the end.

use anyhow::Context;
use rencai_store::Store;
use rencai_web::whatif_service::{self, Progress};
use std::io::Write;

fn err(e: rencai_store::StoreError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub fn run(store: &Store, jurisdiction: &str, as_user: &str) -> anyhow::Result<()> {
    let id = store
        .read(|c| rencai_store::accounts::find_user_id(c, as_user))
        .map_err(err)?
        .with_context(|| format!("no user {as_user}"))?;
    let principal = store
        .read(|c| rencai_store::accounts::principal(c, id, None))
        .map_err(err)?
        .context("that account is disabled")?;
    let tree = store.read(rencai_store::reference::tree).map_err(err)?;
    // Ages are counted in China Standard Time, as on the server.
    let today = store
        .now()
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
        .date();
    let plan =
        whatif_service::prepare(store, &tree, &principal, jurisdiction, today).map_err(err)?;
    println!(
        "what-if run {} of the draft catalogue of {jurisdiction}: {} talents",
        plan.run.0, plan.total
    );
    let started = std::time::Instant::now();
    let mut show = |p: Progress| {
        let pct = if p.total > 0 {
            p.processed as f64 * 100.0 / p.total as f64
        } else {
            100.0
        };
        print!("\r  {} / {} talents ({pct:.0} %)", p.processed, p.total);
        let _ = std::io::stdout().flush();
    };
    let tally = whatif_service::execute_or_fail(store, &plan, &mut show).map_err(err)?;
    println!(
        "\r  {} talents evaluated in {:.1} s",
        tally.totals.talents,
        started.elapsed().as_secs_f64()
    );
    println!(
        "{:<6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "tier", "now", "draft", "stay", "up", "down", "in", "out", "moved"
    );
    for t in &tally.tiers {
        println!(
            "{:<6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            if t.current {
                t.code.clone()
            } else {
                format!("{} (gone)", t.code)
            },
            t.before,
            t.after,
            t.stay,
            t.up,
            t.down,
            t.entered,
            t.out,
            t.moved
        );
    }
    let tt = &tally.totals;
    let run = store
        .read(|c| rencai_store::whatif::get(c, plan.run))
        .map_err(err)?;
    println!(
        "total: up {} · down {} · into a tier {} · out of every tier {} · unchanged {} · no tier {}",
        tt.up, tt.down, tt.entered, tt.out, tt.stay, tt.none
    );
    if run.error_count > 0 {
        println!(
            "a draft rule failed for {} talents (counted as not met); see the run's list or export",
            run.error_count
        );
    }
    Ok(())
}
