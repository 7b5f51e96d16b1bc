//! Signing keys, public keys and their short ids.

use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore as _;
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::claims::CardClaims;
use crate::error::TrustListError;
use crate::token;

/// A short key id: the first 8 bytes of the SHA-256 of the 32-byte public key.
///
/// Derived rather than assigned, so two keys cannot share an id by accident and a
/// trust list can be checked for copy errors. Shown and serialized as 16 hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Kid(pub [u8; 8]);

impl Kid {
    /// The id of a raw Ed25519 public key.
    pub fn of(public_key: &[u8; 32]) -> Kid {
        let digest = Sha256::digest(public_key);
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        Kid(id)
    }
}

impl fmt::Display for Kid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for Kid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Kid({self})")
    }
}

/// The text is not 16 hex digits.
#[derive(thiserror::Error, Debug, PartialEq, Eq, Clone)]
#[error("a key id is 16 hex digits")]
pub struct ParseKidError;

impl FromStr for Kid {
    type Err = ParseKidError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut id = [0u8; 8];
        hex::decode_to_slice(s, &mut id).map_err(|_| ParseKidError)?;
        Ok(Kid(id))
    }
}

impl Serialize for Kid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Kid {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A public key as a trust list carries it.
///
/// JSON: `{"kid": "<16 hex>", "key": "<base64url, no padding>", "not_after": <unix s> | null}`.
/// Reading JSON checks that `kid` is the one derived from `key` and that `key` is a
/// usable Ed25519 key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PublicKeyJson")]
pub struct PublicKey {
    pub kid: Kid,
    #[serde(with = "key_base64url")]
    pub key: [u8; 32],
    /// Stop trusting the key after this moment (unix seconds): set when the key is
    /// retired, to the retirement time plus the longest card validity, so every card it
    /// signed has expired by then anyway.
    pub not_after: Option<i64>,
}

impl PublicKey {
    /// A key that is trusted without an end date; its kid is derived from it.
    pub fn new(key: [u8; 32]) -> PublicKey {
        PublicKey {
            kid: Kid::of(&key),
            key,
            not_after: None,
        }
    }

    /// The same key, trusted until `not_after` (unix seconds) only.
    #[must_use]
    pub fn retired(self, not_after: i64) -> PublicKey {
        PublicKey {
            not_after: Some(not_after),
            ..self
        }
    }

    /// Checks that the kid is the one derived from the key and that the key is a usable
    /// Ed25519 public key: what [`Verifier::new`](crate::Verifier::new) and reading a
    /// trust list from JSON check.
    pub fn validate(&self) -> Result<(), TrustListError> {
        self.verifying_key().map(|_| ())
    }

    /// [`PublicKey::validate`], keeping the parsed key for verifying.
    pub(crate) fn verifying_key(&self) -> Result<VerifyingKey, TrustListError> {
        let derived = Kid::of(&self.key);
        if derived != self.kid {
            return Err(TrustListError::KidMismatch {
                listed: self.kid,
                derived,
            });
        }
        // Anyone can forge signatures for a key of small order; the verifier relies on
        // this check instead of repeating it for every token.
        match VerifyingKey::from_bytes(&self.key) {
            Ok(key) if !key.is_weak() => Ok(key),
            _ => Err(TrustListError::InvalidKey(self.kid)),
        }
    }
}

/// A key as read from JSON, before its kid and point are checked.
#[derive(Deserialize)]
pub(crate) struct PublicKeyJson {
    kid: Kid,
    #[serde(with = "key_base64url")]
    key: [u8; 32],
    #[serde(default)]
    not_after: Option<i64>,
}

impl TryFrom<PublicKeyJson> for PublicKey {
    type Error = TrustListError;

    fn try_from(json: PublicKeyJson) -> Result<Self, Self::Error> {
        let key = PublicKey {
            kid: json.kid,
            key: json.key,
            not_after: json.not_after,
        };
        key.validate()?;
        Ok(key)
    }
}

mod key_base64url {
    use super::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use serde::{Deserialize as _, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(key: &[u8; 32], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&URL_SAFE_NO_PAD.encode(key))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(deserializer)?;
        let bytes = URL_SAFE_NO_PAD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)?;
        bytes
            .try_into()
            .map_err(|_| serde::de::Error::custom("an Ed25519 public key is 32 bytes"))
    }
}

/// An issuer's signing key with its kid.
///
/// `Debug` shows the kid only; the secret leaves through [`CardSigner::secret`] alone.
pub struct CardSigner {
    key: SigningKey,
    kid: Kid,
}

impl CardSigner {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        let mut secret = [0u8; 32];
        OsRng.fill_bytes(&mut secret);
        let signer = Self::from_secret(&secret);
        // The SigningKey wipes its own copy on drop; wipe this one too.
        secret.fill(0);
        signer
    }

    /// The signer for a stored 32-byte Ed25519 secret.
    pub fn from_secret(bytes: &[u8; 32]) -> Self {
        let key = SigningKey::from_bytes(bytes);
        let kid = Kid::of(key.verifying_key().as_bytes());
        CardSigner { key, kid }
    }

    /// The 32-byte secret, for the caller to store encrypted.
    pub fn secret(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The key id written into every token this signer makes.
    pub fn kid(&self) -> Kid {
        self.kid
    }

    /// The public half, for the trust list.
    pub fn public(&self) -> PublicKey {
        PublicKey::new(self.key.verifying_key().to_bytes())
    }

    /// The token text (`RC1:` + base45) for the QR code.
    ///
    /// Signing does not limit the size: claims long enough to push the text past
    /// [`MAX_TOKEN_CHARS`](crate::MAX_TOKEN_CHARS) make a token that verifiers refuse.
    pub fn sign(&self, claims: &CardClaims) -> String {
        token::encode(&self.key, self.kid, claims)
    }
}

impl fmt::Debug for CardSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CardSigner")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}
