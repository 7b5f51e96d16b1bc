//! Card tools: rotate the signing key, write the trust list, verify tokens offline.

use anyhow::Context;
use rencai_card::{TokenError, TrustList};
use rencai_domain::clock::Clock;
use rencai_store::{Actor, Store};
use std::io::BufRead;
use std::path::Path;

/// Makes a new signing key; the retired one stays trusted for the longest validity of a
/// card it signed, so cards already issued keep working until they expire.
pub fn rotate(store: &Store, accreditation_days: i64) -> anyhow::Result<()> {
    let (kid, retired) = rencai_web::card_keyring::rotate(store, &Actor::cli(), accreditation_days)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    match retired {
        Some(old) => println!(
            "new signing key {kid}; {old} retired, trusted for {accreditation_days} more days"
        ),
        None => println!("new signing key {kid}"),
    }
    println!("running servers pick the new key up within a minute");
    Ok(())
}

/// Writes the trust list a service point syncs (what `/api/v1/cards/trust-list` serves).
pub fn trust_list(store: &Store, out: Option<&Path>) -> anyhow::Result<()> {
    let state = rencai_web::AppState::new(store.clone(), None, false)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let list = rt
        .block_on(rencai_web::card_service::trust_list(&state))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    match out {
        Some(p) => std::fs::write(p, list.to_json())
            .with_context(|| format!("cannot write {}", p.display()))?,
        None => println!("{}", list.to_json()),
    }
    Ok(())
}

fn explain(e: &TokenError) -> String {
    match e {
        TokenError::Malformed(why) => format!("not a card token ({why:?})"),
        TokenError::UnknownKey(kid) => {
            format!("signed by an unknown key {kid}: sync the trust list")
        }
        TokenError::KeyRetired(kid) => format!("signed by key {kid}, no longer trusted"),
        TokenError::BadSignature => "the signature does not match: the token was altered".into(),
        TokenError::Expired { at } => format!("expired at {}", stamp(*at)),
        TokenError::NotYetValid { at } => format!("not valid before {}", stamp(*at)),
        TokenError::Revoked { card } => format!("card {card} is revoked"),
        TokenError::Superseded { card, generation } => {
            format!("card {card} was reissued; this is an old copy (generation {generation})")
        }
        other => other.to_string(),
    }
}

fn stamp(secs: i64) -> String {
    jiff::Timestamp::from_second(secs).map_or_else(|_| secs.to_string(), |t| t.to_string())
}

/// Verifies tokens with a synced trust list and no network: each argument, or each line
/// of standard input. Prints one line per token; fails when any is refused.
pub fn verify(trust: &Path, tokens: &[String]) -> anyhow::Result<()> {
    let json = std::fs::read_to_string(trust)
        .with_context(|| format!("cannot read the trust list {}", trust.display()))?;
    let list = TrustList::from_json(&json)
        .map_err(|e| anyhow::anyhow!("the trust list {} is not usable: {e}", trust.display()))?;
    let verifier = list
        .index()
        .map_err(|e| anyhow::anyhow!("the trust list {} is not usable: {e}", trust.display()))?;
    let now = rencai_domain::clock::SystemClock.now().as_second();
    let mut refused = 0usize;
    let mut check = |text: &str| {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        match verifier.verify(text, now) {
            Ok(c) => println!(
                "valid\t{}\ttier {}\tholder {}\tuntil {}",
                c.card,
                c.tier,
                c.holder_check,
                stamp(c.expires_at)
            ),
            Err(e) => {
                refused += 1;
                println!("refused\t{}\t{}", e.code(), explain(&e));
            }
        }
    };
    if tokens.is_empty() {
        for line in std::io::stdin().lock().lines() {
            check(&line?);
        }
    } else {
        for t in tokens {
            check(t);
        }
    }
    if refused > 0 {
        anyhow::bail!("{refused} token(s) refused");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rencai_card::{CardClaims, CardSigner, Revocation};

    fn claims(card: &str, generation: u32) -> CardClaims {
        let now = rencai_domain::clock::SystemClock.now().as_second();
        CardClaims {
            issuer: "hlj".into(),
            card: card.into(),
            generation,
            tier: "D".into(),
            holder_check: "王*峰".into(),
            issued_at: now - 60,
            expires_at: now + 3600,
        }
    }

    #[test]
    fn offline_verification_accepts_good_tokens_and_refuses_revoked_and_altered_ones() {
        let signer = CardSigner::generate();
        let list = TrustList {
            keys: vec![signer.public()],
            revoked: vec![Revocation {
                card: "HLJ-TC-0000002".into(),
                below_generation: None,
            }],
            issued_at: 0,
        };
        let dir = std::env::temp_dir().join(format!("rencai-trust-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("trust.json");
        std::fs::write(&path, list.to_json()).expect("write");

        let good = signer.sign(&claims("HLJ-TC-0000001", 1));
        assert!(verify(&path, std::slice::from_ref(&good)).is_ok());
        let revoked = signer.sign(&claims("HLJ-TC-0000002", 1));
        assert!(verify(&path, &[good.clone(), revoked]).is_err());
        let mut altered: Vec<char> = good.chars().collect();
        let mid = altered.len() / 2;
        altered[mid] = if altered[mid] == 'A' { 'B' } else { 'A' };
        assert!(verify(&path, &[altered.into_iter().collect()]).is_err());
        assert!(verify(&dir.join("missing.json"), &[good]).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
