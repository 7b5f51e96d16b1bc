//! The card's claims and their CWT encoding.

use coset::cwt::{ClaimName, ClaimsSet, ClaimsSetBuilder, Timestamp};
use coset::{CborSerializable as _, CoseError, cbor::value::Value};
use serde::{Deserialize, Serialize};

use crate::error::MalformedReason;

/// Private claim key of the card number (text).
///
/// Keys below -65536 are the CWT registry's private-use range (RFC 8392 §9.1); smaller
/// magnitudes are reserved for registered claims.
pub const CLAIM_CARD: i64 = -65537;
/// Private claim key of the card generation (unsigned integer, fits u32).
pub const CLAIM_GENERATION: i64 = -65538;
/// Private claim key of the tier (text).
pub const CLAIM_TIER: i64 = -65539;
/// Private claim key of the holder check, the holder's initials (text).
pub const CLAIM_HOLDER_CHECK: i64 = -65540;

/// What a card token says: the minimal payload a service point needs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CardClaims {
    /// CWT `iss` (1): the issuing jurisdiction's code, e.g. `"hlj"`.
    pub issuer: String,
    /// The card number, e.g. `"HLJ-2026-000123"`.
    pub card: String,
    /// Bumped on every reissue; a revocation can void the generations below one.
    pub generation: u32,
    /// The tier, `"A"` to `"E"`.
    pub tier: String,
    /// The holder's initials, for the staff to compare with an identity document.
    pub holder_check: String,
    /// CWT `iat` (6), unix seconds.
    pub issued_at: i64,
    /// CWT `exp` (4), unix seconds: the token is refused from this moment on.
    pub expires_at: i64,
}

impl CardClaims {
    /// The CWT claims set, as CBOR bytes (the COSE payload).
    pub(crate) fn to_cwt(&self) -> Result<Vec<u8>, CoseError> {
        ClaimsSetBuilder::new()
            .issuer(self.issuer.clone())
            .expiration_time(Timestamp::WholeSeconds(self.expires_at))
            .issued_at(Timestamp::WholeSeconds(self.issued_at))
            .private_claim(CLAIM_CARD, Value::Text(self.card.clone()))
            .private_claim(CLAIM_GENERATION, Value::Integer(self.generation.into()))
            .private_claim(CLAIM_TIER, Value::Text(self.tier.clone()))
            .private_claim(CLAIM_HOLDER_CHECK, Value::Text(self.holder_check.clone()))
            .build()
            .to_vec()
    }

    /// Reads the claims from a COSE payload. Claims this crate does not write are
    /// ignored, so a later signer may add some without breaking older verifiers.
    pub(crate) fn from_cwt(payload: &[u8]) -> Result<CardClaims, MalformedReason> {
        let set = ClaimsSet::from_slice(payload).map_err(|error| match error {
            CoseError::DecodeFailed(_) | CoseError::ExtraneousData => MalformedReason::Cbor,
            // A standard claim of the wrong type, a duplicate or unregistered key.
            _ => MalformedReason::WrongType("claims set"),
        })?;

        let mut card = None;
        let mut generation = None;
        let mut tier = None;
        let mut holder_check = None;
        for (name, value) in set.rest {
            let ClaimName::PrivateUse(key) = name else {
                continue;
            };
            match key {
                CLAIM_CARD => card = Some(text(value, "card")?),
                CLAIM_GENERATION => generation = Some(generation_of(value)?),
                CLAIM_TIER => tier = Some(text(value, "tier")?),
                CLAIM_HOLDER_CHECK => holder_check = Some(text(value, "holder_check")?),
                _ => {}
            }
        }

        Ok(CardClaims {
            issuer: set.issuer.ok_or(MalformedReason::MissingClaim("iss"))?,
            card: card.ok_or(MalformedReason::MissingClaim("card"))?,
            generation: generation.ok_or(MalformedReason::MissingClaim("generation"))?,
            tier: tier.ok_or(MalformedReason::MissingClaim("tier"))?,
            holder_check: holder_check.ok_or(MalformedReason::MissingClaim("holder_check"))?,
            issued_at: seconds(set.issued_at, "iat")?,
            expires_at: seconds(set.expiration_time, "exp")?,
        })
    }
}

fn text(value: Value, claim: &'static str) -> Result<String, MalformedReason> {
    match value {
        Value::Text(text) => Ok(text),
        _ => Err(MalformedReason::WrongType(claim)),
    }
}

fn generation_of(value: Value) -> Result<u32, MalformedReason> {
    match value {
        Value::Integer(n) => {
            u32::try_from(i128::from(n)).map_err(|_| MalformedReason::WrongType("generation"))
        }
        _ => Err(MalformedReason::WrongType("generation")),
    }
}

/// Whole seconds only: this crate never writes fractional times.
fn seconds(time: Option<Timestamp>, claim: &'static str) -> Result<i64, MalformedReason> {
    match time {
        Some(Timestamp::WholeSeconds(seconds)) => Ok(seconds),
        Some(Timestamp::FractionalSeconds(_)) => Err(MalformedReason::WrongType(claim)),
        None => Err(MalformedReason::MissingClaim(claim)),
    }
}
