//! How fast the demo catalogue decides tiers: nanoseconds per profile on one thread,
//! wall time on two, and the projection for a province of 1,000,000 talents; then a
//! what-if run against a draft catalogue. `cargo bench -p rencai-demo --bench
//! accreditation` (plain `std::time`, prints its figures; N=… overrides the 200,000).

use jiff::civil::date;
use rencai_demo::catalogue::{catalogue, profile};
use rencai_demo::talent;
use rencai_domain::accreditation::{CompiledCatalogue, Evaluation, Profile, WhatIfTally};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SEED: u64 = 2026;
const PASSES: usize = 3;

fn best<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let mut fastest = Duration::MAX;
    for _ in 0..PASSES {
        let t = Instant::now();
        let r = f();
        fastest = fastest.min(t.elapsed());
        out = Some(r);
    }
    (fastest, out.expect("at least one pass"))
}

/// How many criteria `evaluate` ran for this outcome (it stops at the deciding one).
fn tried(c: &CompiledCatalogue, e: &Evaluation) -> usize {
    match e.criterion {
        None => c.criteria().len(),
        Some(k) => {
            let tier = c.tier_of(k).expect("a tier");
            let above = (0..c.criteria().len())
                .filter(|&i| c.tier_of(i).is_some_and(|t| t < tier))
                .count();
            let before = (0..k).filter(|&i| c.tier_of(i) == Some(tier)).count();
            above + before + 1
        }
    }
}

fn evaluate_all(c: &CompiledCatalogue, ps: &[Profile]) -> Vec<Option<usize>> {
    ps.iter().map(|p| c.evaluate(p).tier).collect()
}

fn main() {
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let today = date(2026, 11, 22);

    let t = Instant::now();
    let profiles: Vec<Profile> = (0..n as u64)
        .map(|i| profile(&talent(SEED, i), today))
        .collect();
    println!(
        "generated {n} demo profiles in {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let demo = catalogue();
    let compiled = match demo.compile() {
        Ok(c) => c,
        Err(e) => panic!("the demo catalogue does not compile: {e:?}"),
    };
    println!(
        "compiled {} criteria (with {} policy tests) in {:.1} ms",
        compiled.criteria().len(),
        demo.criteria
            .iter()
            .map(|c| c.examples.len())
            .sum::<usize>(),
        t.elapsed().as_secs_f64() * 1e3
    );

    // One thread.
    let (single, tiers) = best(|| evaluate_all(&compiled, black_box(&profiles)));
    let runs: usize = profiles
        .iter()
        .map(|p| tried(&compiled, &compiled.evaluate(p)))
        .sum();
    let per_profile = single.as_nanos() as f64 / n as f64;
    let per_rule = single.as_nanos() as f64 / runs as f64;
    let mut counts = vec![0usize; compiled.tiers().len()];
    for t in tiers.iter().flatten() {
        counts[*t] += 1;
    }
    let decided: usize = counts.iter().sum();
    println!(
        "evaluate, 1 thread: {per_profile:.0} ns per profile, {:.1} criteria tried per profile, {per_rule:.0} ns per criterion",
        runs as f64 / n as f64
    );
    println!(
        "tiers A–E: {counts:?} = {decided} of {n} ({:.2} %)",
        decided as f64 * 100.0 / n as f64
    );

    // Two threads, each half the profiles.
    let (double, _) = best(|| {
        std::thread::scope(|s| {
            let (a, b) = profiles.split_at(n / 2);
            let ha = s.spawn(|| evaluate_all(&compiled, black_box(a)));
            let hb = s.spawn(|| evaluate_all(&compiled, black_box(b)));
            (ha.join().is_ok(), hb.join().is_ok())
        })
    });
    let million = 1_000_000.0 / n as f64;
    println!(
        "evaluate, 2 threads: {:.3} s for {n}; 1,000,000 profiles: {:.1} s projected from 1 thread / 2, {:.1} s measured on 2",
        double.as_secs_f64(),
        single.as_secs_f64() * million / 2.0,
        double.as_secs_f64() * million
    );

    // Every criterion, not stopping at the first tier ("which tiers do I meet?").
    let (all, _) = best(|| {
        profiles
            .iter()
            .map(|p| compiled.matching(black_box(p)).len())
            .sum::<usize>()
    });
    println!(
        "matching (all {} criteria), 1 thread: {:.0} ns per profile, {:.0} ns per criterion",
        compiled.criteria().len(),
        all.as_nanos() as f64 / n as f64,
        all.as_nanos() as f64 / (n * compiled.criteria().len()) as f64
    );

    // What-if: a draft that lowers the young-doctor age limit to 40.
    let mut draft = demo.clone();
    for c in &mut draft.criteria {
        if c.code == "young-doctor" {
            c.expression = c.expression.replace("age < 45", "age < 40");
            c.examples.retain(|e| e.name != "44 years old");
        }
    }
    let draft = match draft.compile() {
        Ok(c) => c,
        Err(e) => panic!("the draft does not compile: {e:?}"),
    };
    let (whatif, tally) = best(|| {
        let mut tally = WhatIfTally::new(draft.catalogue());
        let code = |c: &CompiledCatalogue, t: Option<usize>| t.map(|t| c.tiers()[t].code.clone());
        for (p, old) in profiles.iter().zip(&tiers) {
            let new = draft.evaluate(p).tier;
            tally.add(
                code(&compiled, *old).as_deref(),
                code(&draft, new).as_deref(),
            );
        }
        tally
    });
    let t = tally.totals;
    println!(
        "what-if (young doctors under 40): {:.0} ns per profile; {} change: up {}, down {}, in {}, out {}",
        whatif.as_nanos() as f64 / n as f64,
        tally.changed(),
        t.up,
        t.down,
        t.entered,
        t.out
    );
}
