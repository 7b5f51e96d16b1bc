//! The card signing keys as the web process holds them: the signer of new tokens and
//! every published public key, loaded from the store (a first key is made on first
//! start) and reloaded after a rotation.

use rencai_card::{CardSigner, PublicKey, TrustList, Verifier};
use rencai_store::{Actor, Store, StoreError, StoreResult, audit, card_keys};

pub struct Keyring {
    pub signer: CardSigner,
    /// The signing key first, then retired ones still trusted or not.
    pub keys: Vec<PublicKey>,
    /// The keys alone, no revocations: the online check reads the card's status from
    /// the database instead.
    pub verifier: Verifier,
}

fn public(k: &card_keys::StoredKey) -> StoreResult<PublicKey> {
    let bytes: [u8; 32] = hex::decode(&k.public_key)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(StoreError::Decrypt)?;
    let key = PublicKey::new(bytes);
    Ok(match k.not_after {
        Some(t) => key.retired(t.as_second()),
        None => key,
    })
}

/// Reads the keys; makes the first one if there is none.
pub fn load(store: &Store) -> StoreResult<Keyring> {
    let mut stored = store.read(card_keys::all)?;
    if stored.first().is_none_or(|k| k.retired_at.is_some()) {
        make_key(store, &Actor::cli(), 0, true)?;
        stored = store.read(card_keys::all)?;
    }
    let current = stored.first().ok_or(StoreError::Decrypt)?;
    let secret: [u8; 32] = hex::decode(
        store
            .vault
            .decrypt(&current.sealed_secret)
            .map_err(|_| StoreError::Decrypt)?,
    )
    .ok()
    .and_then(|b| b.try_into().ok())
    .ok_or(StoreError::Decrypt)?;
    let keys = stored.iter().map(public).collect::<StoreResult<Vec<_>>>()?;
    let verifier = Verifier::new(&TrustList {
        keys: keys.clone(),
        revoked: Vec::new(),
        issued_at: store.now().as_second(),
    })
    .map_err(|_| StoreError::Decrypt)?;
    Ok(Keyring {
        signer: CardSigner::from_secret(&secret),
        keys,
        verifier,
    })
}

/// Makes a new signing key and retires the current one, which stays trusted for
/// `trust_days` (the longest a card it signed can still be valid). Returns the new
/// key id and the retired one.
pub fn rotate(
    store: &Store,
    actor: &Actor,
    trust_days: i64,
) -> StoreResult<(String, Option<String>)> {
    make_key(store, actor, trust_days, false)
}

/// `first_only`: make a key only if there is no signing key yet (checked under the write
/// lock); answers the current key id when there is.
fn make_key(
    store: &Store,
    actor: &Actor,
    trust_days: i64,
    first_only: bool,
) -> StoreResult<(String, Option<String>)> {
    let signer = CardSigner::generate();
    let kid = signer.kid().to_string();
    let public_key = hex::encode(signer.public().key);
    let sealed = store.vault.encrypt(&hex::encode(signer.secret()));
    let now = store.now();
    let until = now
        .checked_add(jiff::SignedDuration::from_hours(24 * trust_days.max(0)))
        .unwrap_or(now);
    let retired = store.write(|c| {
        if first_only && card_keys::has_current(c)? {
            return Ok(None);
        }
        let retired = card_keys::rotate(c, &kid, &public_key, &sealed, now, until)?;
        audit::append(
            c,
            now,
            actor,
            "card.key-rotate",
            ("card_key", None),
            None,
            serde_json::json!({"kid": kid, "retired": retired}),
        )?;
        Ok(retired)
    })?;
    Ok((kid, retired))
}
