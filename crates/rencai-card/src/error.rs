//! Why a token or a trust list was refused.

use crate::keys::Kid;

/// Why a card token was refused.
///
/// Each variant has a stable [`code`](TokenError::code) that callers translate; the
/// `Display` text is for logs, not for the staff at a service point.
#[derive(thiserror::Error, Debug, PartialEq, Eq, Clone)]
#[non_exhaustive]
pub enum TokenError {
    /// Not a card token at all, or not one in the form this crate writes.
    #[error("malformed card token: {0}")]
    Malformed(MalformedReason),
    /// Signed with a key the trust list does not hold.
    #[error("card token signed with an unknown key {0}")]
    UnknownKey(Kid),
    /// Signed with a key that is trusted no longer (`now` is past its `not_after`).
    #[error("card token signed with the retired key {0}")]
    KeyRetired(Kid),
    /// The signature does not match: the token was altered or forged.
    #[error("card token signature does not match (tampered or forged)")]
    BadSignature,
    /// The card's validity ended at `at` (unix seconds).
    #[error("card token expired at {at}")]
    Expired { at: i64 },
    /// The token claims to be issued at `at` (unix seconds), later than now allows.
    #[error("card token is not valid before {at}")]
    NotYetValid { at: i64 },
    /// The whole card is revoked.
    #[error("card {card} is revoked")]
    Revoked { card: String },
    /// The card was reissued; this token's `generation` is void.
    #[error("card {card} generation {generation} was superseded by a reissue")]
    Superseded { card: String, generation: u32 },
}

impl TokenError {
    /// A stable kebab-case code for this refusal, for translation and metrics.
    pub fn code(&self) -> &'static str {
        match self {
            TokenError::Malformed(_) => "token-malformed",
            TokenError::UnknownKey(_) => "token-unknown-key",
            TokenError::KeyRetired(_) => "token-key-retired",
            TokenError::BadSignature => "token-tampered",
            TokenError::Expired { .. } => "token-expired",
            TokenError::NotYetValid { .. } => "token-not-yet-valid",
            TokenError::Revoked { .. } => "token-revoked",
            TokenError::Superseded { .. } => "token-superseded",
        }
    }
}

impl From<MalformedReason> for TokenError {
    fn from(reason: MalformedReason) -> Self {
        TokenError::Malformed(reason)
    }
}

/// Which layer of a malformed token gave way.
#[derive(thiserror::Error, Debug, PartialEq, Eq, Clone, Copy)]
#[non_exhaustive]
pub enum MalformedReason {
    /// Longer than [`MAX_TOKEN_CHARS`](crate::MAX_TOKEN_CHARS); refused before any decoding.
    #[error("token too large")]
    TooLarge,
    /// Does not start with [`PREFIX`](crate::PREFIX).
    #[error("missing the RC1: prefix")]
    Prefix,
    /// Not canonical base45 text.
    #[error("not base45")]
    Base45,
    /// Not a single well-formed CBOR item.
    #[error("not CBOR")]
    Cbor,
    /// CBOR, but not a tagged COSE_Sign1 with the headers this crate writes.
    #[error("not a COSE_Sign1 as expected")]
    CoseStructure,
    /// The protected header names an algorithm other than EdDSA (-8).
    #[error("unsupported algorithm (only EdDSA)")]
    UnsupportedAlgorithm,
    /// The key id is missing from the protected header (an unprotected kid is not trusted).
    #[error("key id missing from the protected header")]
    KidNotProtected,
    /// A required claim is absent.
    #[error("missing claim {0}")]
    MissingClaim(&'static str),
    /// A claim has the wrong CBOR type or is out of range.
    #[error("claim {0} has the wrong type")]
    WrongType(&'static str),
}

/// Why a trust list cannot be used.
#[derive(thiserror::Error, Debug, PartialEq, Eq, Clone)]
#[non_exhaustive]
pub enum TrustListError {
    /// The 32 bytes are not a usable Ed25519 public key (not a curve point, or of small order).
    #[error("key {0} is not a valid Ed25519 public key")]
    InvalidKey(Kid),
    /// The listed kid is not the one derived from the key: a copy or typing error.
    #[error("key id {listed} does not match its key (expected {derived})")]
    KidMismatch { listed: Kid, derived: Kid },
    /// Two entries carry the same kid.
    #[error("key id {0} is listed twice")]
    DuplicateKid(Kid),
    /// The JSON text is not a trust list of a supported version.
    #[error("trust list JSON: {0}")]
    Json(String),
}
