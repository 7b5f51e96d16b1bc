//! Checking a token against a trust list, with everything parsed once up front.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use ed25519_dalek::{Verifier as _, VerifyingKey};

use crate::claims::CardClaims;
use crate::error::{TokenError, TrustListError};
use crate::keys::Kid;
use crate::token::Envelope;
use crate::trust::TrustList;

/// How far a token's `iat` may lie in the future before it is refused: service point
/// clocks drift, and a card printed a minute ago must not be turned away.
pub const CLOCK_LEEWAY_SECS: i64 = 300;

/// A trust list indexed for the hot path: keys by kid, already parsed into curve
/// points, and revocations by card number. Build it once per trust list and share it
/// (it is `Send + Sync`); verifying then costs one signature check and a few lookups.
#[derive(Debug, Clone)]
pub struct Verifier {
    keys: HashMap<Kid, TrustedKey>,
    revoked: HashMap<String, Void>,
    issued_at: i64,
}

#[derive(Debug, Clone)]
struct TrustedKey {
    key: VerifyingKey,
    not_after: Option<i64>,
}

/// What the revocations of one card void, merged over all its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Void {
    WholeCard,
    Below(u32),
}

impl Void {
    fn of(below_generation: Option<u32>) -> Void {
        below_generation.map_or(Void::WholeCard, Void::Below)
    }

    /// Two entries for one card: the stricter one wins.
    fn merge(self, other: Void) -> Void {
        match (self, other) {
            (Void::Below(a), Void::Below(b)) => Void::Below(a.max(b)),
            _ => Void::WholeCard,
        }
    }
}

impl Verifier {
    /// Indexes `trust`, refusing it if any key is unusable, a kid does not match its
    /// key, or a kid is listed twice: a broken list should fail when it is loaded.
    pub fn new(trust: &TrustList) -> Result<Verifier, TrustListError> {
        let mut keys = HashMap::with_capacity(trust.keys.len());
        for public in &trust.keys {
            let trusted = TrustedKey {
                key: public.verifying_key()?,
                not_after: public.not_after,
            };
            match keys.entry(public.kid) {
                Entry::Occupied(_) => return Err(TrustListError::DuplicateKid(public.kid)),
                Entry::Vacant(slot) => {
                    slot.insert(trusted);
                }
            }
        }
        Ok(Verifier {
            keys,
            revoked: index_revocations(trust),
            issued_at: trust.issued_at,
        })
    }

    /// Indexes `trust`, leaving out the keys [`Verifier::new`] would refuse: their tokens
    /// are then refused as signed by an unknown key.
    pub(crate) fn lenient(trust: &TrustList) -> Verifier {
        let mut keys = HashMap::with_capacity(trust.keys.len());
        for public in &trust.keys {
            if let Ok(key) = public.verifying_key() {
                keys.entry(public.kid).or_insert(TrustedKey {
                    key,
                    not_after: public.not_after,
                });
            }
        }
        Verifier {
            keys,
            revoked: index_revocations(trust),
            issued_at: trust.issued_at,
        }
    }

    /// When the trust list behind this verifier was made (unix seconds).
    pub fn trust_list_issued_at(&self) -> i64 {
        self.issued_at
    }

    /// Verifies a token's text at `now` (unix seconds) and returns what it claims.
    ///
    /// The checks run in this order, and the first that fails is reported: the form
    /// ([`TokenError::Malformed`]), the key ([`TokenError::UnknownKey`]), the signature
    /// ([`TokenError::BadSignature`]), the key's retirement ([`TokenError::KeyRetired`]),
    /// the claims (malformed again), revocation ([`TokenError::Revoked`], then
    /// [`TokenError::Superseded`]), and time ([`TokenError::Expired`], then
    /// [`TokenError::NotYetValid`]). Nothing a token claims is read before its
    /// signature holds; a revoked card is reported as such even when it also expired,
    /// as that is what the staff must act on.
    pub fn verify(&self, text: &str, now: i64) -> Result<CardClaims, TokenError> {
        let envelope = Envelope::parse(text)?;
        let trusted = self
            .keys
            .get(&envelope.kid)
            .ok_or(TokenError::UnknownKey(envelope.kid))?;
        // RFC 8032 verification with S required canonical and R compared as encoded, so
        // a signature has one form; keys of small order were refused when the list was
        // indexed. `verify_strict` would also decompress R to refuse a small-order R,
        // which only the key's holder could make: a fifth of the time, for nothing here.
        trusted
            .key
            .verify(&envelope.signed_bytes(), &envelope.signature)
            .map_err(|_| TokenError::BadSignature)?;
        if trusted.not_after.is_some_and(|not_after| now > not_after) {
            return Err(TokenError::KeyRetired(envelope.kid));
        }

        let claims = envelope.claims()?;
        match self.revoked.get(&claims.card) {
            Some(Void::WholeCard) => {
                return Err(TokenError::Revoked { card: claims.card });
            }
            Some(Void::Below(current)) if claims.generation < *current => {
                return Err(TokenError::Superseded {
                    generation: claims.generation,
                    card: claims.card,
                });
            }
            _ => {}
        }
        if now >= claims.expires_at {
            return Err(TokenError::Expired {
                at: claims.expires_at,
            });
        }
        if claims.issued_at > now.saturating_add(CLOCK_LEEWAY_SECS) {
            return Err(TokenError::NotYetValid {
                at: claims.issued_at,
            });
        }
        Ok(claims)
    }
}

fn index_revocations(trust: &TrustList) -> HashMap<String, Void> {
    let mut revoked: HashMap<String, Void> = HashMap::with_capacity(trust.revoked.len());
    for revocation in &trust.revoked {
        let void = Void::of(revocation.below_generation);
        revoked
            .entry(revocation.card.clone())
            .and_modify(|known| *known = known.merge(void))
            .or_insert(void);
    }
    revoked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_card_revocation_outweighs_a_generation_one() {
        assert_eq!(Void::Below(2).merge(Void::WholeCard), Void::WholeCard);
        assert_eq!(Void::WholeCard.merge(Void::Below(2)), Void::WholeCard);
        assert_eq!(Void::Below(2).merge(Void::Below(5)), Void::Below(5));
    }
}
