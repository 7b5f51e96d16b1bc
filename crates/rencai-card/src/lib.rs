//! The talent card's signed QR token.
//!
//! A card's QR code holds a CBOR Web Token (CWT, RFC 8392) signed as a COSE_Sign1
//! (RFC 9052) with Ed25519, in the form of the EU digital COVID certificate, written as
//! text for the QR code's alphanumeric mode:
//!
//! ```text
//! "RC1:" + base45( tag 18 [ protected: {1 (alg): -8 (EdDSA), 4 (kid): 8 bytes},
//!                          unprotected: {},
//!                          payload: CWT claims (CBOR map),
//!                          signature: 64 bytes ] )
//! ```
//!
//! No compression: the payload is about 60 bytes and a token about 220 characters. The
//! `1` in the prefix is the format version. A verifier refuses, as
//! [`TokenError::Malformed`], anything this crate would not have written: another
//! algorithm, a kid outside the protected header, other header fields, an untagged
//! COSE_Sign1, trailing bytes, a text over [`MAX_TOKEN_CHARS`].
//!
//! The crate does no IO: bytes and values in, values out; time is a parameter (unix
//! seconds).
//!
//! # Claims
//!
//! | claim | CWT key | CBOR type | [`CardClaims`] field |
//! |---|---|---|---|
//! | issuer (`iss`) | 1 | text | `issuer` |
//! | expiry (`exp`) | 4 | integer, unix s | `expires_at` |
//! | issued at (`iat`) | 6 | integer, unix s | `issued_at` |
//! | card number | -65537 ([`CLAIM_CARD`]) | text | `card` |
//! | generation | -65538 ([`CLAIM_GENERATION`]) | unsigned integer ≤ 2³²−1 | `generation` |
//! | tier | -65539 ([`CLAIM_TIER`]) | text | `tier` |
//! | holder check (initials) | -65540 ([`CLAIM_HOLDER_CHECK`]) | text | `holder_check` |
//!
//! The card claims use the CWT registry's private-use range (below -65536), which costs
//! four bytes a key but squats on no registered number. Other claims are ignored.
//!
//! # Keys
//!
//! A [`Kid`] is the first 8 bytes of the SHA-256 of the 32-byte Ed25519 public key.
//! To rotate, an issuer starts signing with a new key, keeps the old one in the trust
//! list and sets its `not_after` to the retirement time plus the longest card validity;
//! past that moment tokens it signed are refused with [`TokenError::KeyRetired`].
//!
//! # Signing and verifying
//!
//! ```
//! use rencai_card::{CardClaims, CardSigner, TokenError, TrustList, Verifier};
//!
//! let signer = CardSigner::generate();
//! let claims = CardClaims {
//!     issuer: "hlj".into(),
//!     card: "HLJ-2026-000123".into(),
//!     generation: 1,
//!     tier: "B".into(),
//!     holder_check: "ZXM".into(),
//!     issued_at: 1_798_761_600,
//!     expires_at: 1_830_297_600,
//! };
//! let text = signer.sign(&claims);
//! assert!(text.starts_with("RC1:"));
//!
//! let trust = TrustList { keys: vec![signer.public()], revoked: vec![], issued_at: 1_798_761_600 };
//! let verifier = Verifier::new(&trust)?; // once per trust list
//! assert_eq!(verifier.verify(&text, 1_800_000_000), Ok(claims));
//! assert_eq!(
//!     verifier.verify(&text, 1_830_297_600).map_err(|e| e.code()),
//!     Err("token-expired")
//! );
//! # Ok::<(), rencai_card::TrustListError>(())
//! ```
//!
//! # Trust list JSON
//!
//! What service points sync (format described on [`TrustList`]). This example is
//! checked: the keys are those of two fixed test secrets, the second one retired.
//!
//! ```
//! # use rencai_card::{CardSigner, Revocation, TrustList};
//! let json = r#"{
//!   "version": 1,
//!   "issued_at": 1798761600,
//!   "keys": [
//!     { "kid": "fe812c12f3ab4ce6", "key": "6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw", "not_after": null },
//!     { "kid": "72456720412037a6", "key": "iodf_x6zhFFXes1a_uQFRWVo3XyJ4JCGOgVXvHr0nxc", "not_after": 1830297600 }
//!   ],
//!   "revoked": [
//!     { "card": "HLJ-2026-000007", "below_generation": null },
//!     { "card": "HLJ-2026-000123", "below_generation": 3 }
//!   ]
//! }"#;
//! let trust = TrustList::from_json(json)?;
//!
//! let current = CardSigner::from_secret(&[7; 32]);
//! let previous = CardSigner::from_secret(&[6; 32]);
//! assert_eq!(trust, TrustList {
//!     keys: vec![current.public(), previous.public().retired(1_830_297_600)],
//!     revoked: vec![
//!         Revocation { card: "HLJ-2026-000007".into(), below_generation: None },
//!         Revocation { card: "HLJ-2026-000123".into(), below_generation: Some(3) },
//!     ],
//!     issued_at: 1_798_761_600,
//! });
//! assert_eq!(TrustList::from_json(&trust.to_json())?, trust);
//! # Ok::<(), rencai_card::TrustListError>(())
//! ```

mod claims;
mod error;
mod keys;
mod token;
mod trust;
mod verify;

pub use claims::{CLAIM_CARD, CLAIM_GENERATION, CLAIM_HOLDER_CHECK, CLAIM_TIER, CardClaims};
pub use error::{MalformedReason, TokenError, TrustListError};
pub use keys::{CardSigner, Kid, ParseKidError, PublicKey};
pub use token::{MAX_TOKEN_CHARS, PREFIX};
pub use trust::{Revocation, TRUST_LIST_VERSION, TrustList};
pub use verify::{CLOCK_LEEWAY_SECS, Verifier};

/// Verifies a token against `trust` at `now` (unix seconds).
///
/// Builds a [`Verifier`] on every call: fine for a one-off check, too slow for a
/// service point, which builds one `Verifier` per trust list and calls
/// [`Verifier::verify`]. Keys that `Verifier::new` would refuse are left out here, so
/// their tokens come back as [`TokenError::UnknownKey`].
pub fn verify(text: &str, trust: &TrustList, now: i64) -> Result<CardClaims, TokenError> {
    Verifier::lenient(trust).verify(text, now)
}

/// What a token claims and which key it names, without checking the signature, the
/// key or the dates: for showing what a refused token says. Never trust the result.
pub fn decode_unverified(text: &str) -> Result<(Kid, CardClaims), TokenError> {
    let envelope = token::Envelope::parse(text)?;
    let claims = envelope.claims()?;
    Ok((envelope.kid, claims))
}
