//! Fixed keys, claims and a clock, and a way to build tokens this crate would not write.

use coset::{CoseSign1Builder, Header, TaggedCborSerializable as _};
use ed25519_dalek::{Signer as _, SigningKey};
use rencai_card::{CardClaims, CardSigner, PublicKey, TrustList};

/// "Now" in every test: 2027-01-15T08:00:00Z.
pub const NOW: i64 = 1_800_000_000;
pub const DAY: i64 = 86_400;

pub fn issuer() -> CardSigner {
    CardSigner::from_secret(&[7; 32])
}

pub fn stranger() -> CardSigner {
    CardSigner::from_secret(&[9; 32])
}

/// A card issued yesterday, valid for a year.
pub fn claims() -> CardClaims {
    CardClaims {
        issuer: "hlj".into(),
        card: "HLJ-2026-000123".into(),
        generation: 2,
        tier: "B".into(),
        holder_check: "ZXM".into(),
        issued_at: NOW - DAY,
        expires_at: NOW + 365 * DAY,
    }
}

pub fn trusting(keys: Vec<PublicKey>) -> TrustList {
    TrustList {
        keys,
        revoked: vec![],
        issued_at: NOW - DAY,
    }
}

/// The COSE bytes inside a token's text.
pub fn cose_bytes(text: &str) -> Vec<u8> {
    let body = text.strip_prefix("RC1:").expect("a token has the prefix");
    base45::decode(body).expect("a token is base45")
}

/// The text of COSE bytes.
pub fn text_of(cose: &[u8]) -> String {
    format!("RC1:{}", base45::encode(cose))
}

/// A COSE_Sign1 with the given headers and payload, really signed with `secret`, so
/// only the deviation under test can make it fail.
pub fn crafted(
    secret: &[u8; 32],
    protected: Header,
    unprotected: Header,
    payload: Vec<u8>,
) -> String {
    let key = SigningKey::from_bytes(secret);
    let cose = CoseSign1Builder::new()
        .protected(protected)
        .unprotected(unprotected)
        .payload(payload)
        .create_signature(&[], |signed| key.sign(signed).to_bytes().to_vec())
        .build()
        .to_tagged_vec()
        .expect("encodes");
    text_of(&cose)
}
