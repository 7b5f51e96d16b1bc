//! How fast a service point verifies card tokens offline, and how fast an issuer signs.
//!
//! `cargo bench -p rencai-card`. Plain `std::time`, one thread: the figures are per
//! core. Each measurement runs for about two seconds after a warm-up.
//!
//! On a shared machine the wall clock also counts the time other processes held the
//! core, so where Linux tells this thread's own CPU time (`/proc/thread-self/schedstat`)
//! the figures are given per CPU second as well: that is what one free core does.

use std::hint::black_box;
use std::time::{Duration, Instant};

use rencai_card::{CardClaims, CardSigner, Revocation, TrustList, Verifier, decode_unverified};

const NOW: i64 = 1_800_000_000;
const TOKENS: usize = 1_000;
const REVOKED: usize = 10_000;
const RUN_FOR: Duration = Duration::from_secs(2);

fn main() {
    let current = CardSigner::generate();
    let previous = CardSigner::generate();
    let claims: Vec<CardClaims> = (0..TOKENS)
        .map(|n| CardClaims {
            issuer: "hlj".into(),
            card: format!("HLJ-2026-{n:06}"),
            generation: 1 + (n % 3) as u32,
            tier: ["A", "B", "C", "D", "E"][n % 5].into(),
            holder_check: "ZXM".into(),
            issued_at: NOW - 86_400,
            expires_at: NOW + 365 * 86_400,
        })
        .collect();
    // A realistic list: the current key, a retired one, and many revocations of
    // other cards, so the lookups cost what they would in the field.
    let trust = TrustList {
        keys: vec![
            current.public(),
            previous.public().retired(NOW + 365 * 86_400),
            CardSigner::generate().public(),
        ],
        revoked: (0..REVOKED)
            .map(|n| Revocation {
                card: format!("HLJ-2025-{n:06}"),
                below_generation: (n % 2 == 0).then_some(2),
            })
            .collect(),
        issued_at: NOW,
    };

    let rate = measure(|i| black_box(current.sign(black_box(&claims[i % TOKENS]))).len());
    println!("sign: {rate}");

    let tokens: Vec<String> = claims.iter().map(|c| current.sign(c)).collect();
    let length = tokens.iter().map(String::len).max().unwrap_or(0);
    println!("token text: {length} characters at most ({TOKENS} tokens)");

    let started = Instant::now();
    let verifier = Verifier::new(&trust).expect("the trust list is valid");
    println!(
        "verifier built from {} keys and {REVOKED} revocations in {:.2} ms",
        trust.keys.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    for (token, expected) in tokens.iter().zip(&claims) {
        assert_eq!(verifier.verify(token, NOW).as_ref(), Ok(expected));
    }

    let rate = measure(|i| {
        black_box(verifier.verify(black_box(&tokens[i % TOKENS]), NOW))
            .map(|c| c.generation as usize)
            .unwrap_or(0)
    });
    println!("offline verify: {rate}");

    // The floor: ed25519-dalek's check of one signature over a message of the size
    // this crate signs, with nothing around it.
    let signing = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let message = [0x5a; 200];
    let signature = ed25519_dalek::Signer::sign(&signing, &message);
    let public = signing.verifying_key();
    let rate = measure(|_| {
        usize::from(
            ed25519_dalek::Verifier::verify(&public, black_box(&message), &signature).is_ok(),
        )
    });
    println!("  of which the Ed25519 signature check alone: {rate}");

    let rate = measure(|i| {
        black_box(decode_unverified(black_box(&tokens[i % TOKENS])))
            .map(|(_, c)| c.generation as usize)
            .unwrap_or(0)
    });
    println!("decode without verifying: {rate}");

    let rate = measure(|i| {
        black_box(rencai_card::verify(
            black_box(&tokens[i % TOKENS]),
            &trust,
            NOW,
        ))
        .map(|c| c.generation as usize)
        .unwrap_or(0)
    });
    println!("verify() building a Verifier every call (why a service point keeps one): {rate}");
}

/// Operations done, over the wall-clock time and, where known, this thread's CPU time.
struct Rate {
    done: usize,
    wall: Duration,
    cpu: Option<Duration>,
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let per_second = |time: Duration| self.done as f64 / time.as_secs_f64();
        let micros = |time: Duration| time.as_secs_f64() * 1e6 / self.done as f64;
        write!(
            f,
            "{:.0} tokens/s on one core ({:.1} µs/token)",
            per_second(self.wall),
            micros(self.wall)
        )?;
        if let Some(cpu) = self.cpu {
            write!(
                f,
                "; per CPU second {:.0} tokens/s ({:.1} µs/token)",
                per_second(cpu),
                micros(cpu)
            )?;
        }
        Ok(())
    }
}

/// This thread's time on a CPU so far, from Linux's scheduler statistics.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Runs `step` with a growing counter for `RUN_FOR` after a warm-up.
fn measure(mut step: impl FnMut(usize) -> usize) -> Rate {
    let mut sink = 0usize;
    for i in 0..200 {
        sink = sink.wrapping_add(step(i));
    }
    let cpu_before = thread_cpu_time();
    let started = Instant::now();
    let mut done = 0usize;
    while started.elapsed() < RUN_FOR {
        for _ in 0..100 {
            sink = sink.wrapping_add(step(done));
            done += 1;
        }
    }
    let wall = started.elapsed();
    black_box(sink);
    let cpu = thread_cpu_time()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    Rate { done, wall, cpu }
}
