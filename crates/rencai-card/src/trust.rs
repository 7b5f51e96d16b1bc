//! The trust list service points sync: trusted public keys and revoked cards.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::error::TrustListError;
use crate::keys::{PublicKey, PublicKeyJson};
use crate::verify::Verifier;

/// The only JSON format version this crate reads and writes.
pub const TRUST_LIST_VERSION: u32 = 1;

/// What a service point needs to verify cards offline.
///
/// # JSON format (version 1)
///
/// ```json
/// {
///   "version": 1,
///   "issued_at": 1798761600,
///   "keys": [
///     { "kid": "<16 hex digits>", "key": "<32 bytes, base64url without padding>", "not_after": null },
///     { "kid": "...", "key": "...", "not_after": 1830297600 }
///   ],
///   "revoked": [
///     { "card": "HLJ-2026-000007", "below_generation": null },
///     { "card": "HLJ-2026-000123", "below_generation": 3 }
///   ]
/// }
/// ```
///
/// * `version` must be 1; a reader refuses other versions rather than guess.
/// * `issued_at`: when the list was made (unix seconds), so a service point can show
///   how stale its copy is.
/// * `keys[].kid` must be the kid derived from `key` (see [`Kid`](crate::Kid)), and `key`
///   a valid Ed25519 public key; `not_after` (unix seconds, may be omitted) ends the
///   trust in a retired key.
/// * `revoked[].below_generation`: `null` (or omitted) revokes the whole card; `n` voids
///   the generations below `n` after a reissue.
/// * Unknown fields are ignored, so a later version-1 writer may add some.
///
/// A complete, checked example is in the crate documentation.
#[derive(Clone, Debug, PartialEq, Eq, Default, Deserialize)]
#[serde(try_from = "TrustListJson")]
pub struct TrustList {
    pub keys: Vec<PublicKey>,
    pub revoked: Vec<Revocation>,
    /// When the list was made, unix seconds.
    pub issued_at: i64,
}

/// A revoked card, or the older generations of a reissued one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Revocation {
    pub card: String,
    /// `None`: the whole card is revoked. `Some(n)`: generations below `n` are void.
    #[serde(default)]
    pub below_generation: Option<u32>,
}

impl TrustList {
    /// Reads and checks a trust list from its JSON text.
    ///
    /// Unlike going through `serde`, a key that fails its checks is reported as the
    /// typed error ([`TrustListError::KidMismatch`], [`TrustListError::InvalidKey`]).
    pub fn from_json(json: &str) -> Result<TrustList, TrustListError> {
        serde_json::from_str::<TrustListJson>(json)
            .map_err(|error| TrustListError::Json(error.to_string()))?
            .try_into()
    }

    /// The JSON text of this list (compact: it is synced, not read).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .expect("a trust list has string keys and plain values, which always serialize")
    }

    /// The prebuilt verifier for this list; see [`Verifier::new`].
    pub fn index(&self) -> Result<Verifier, TrustListError> {
        Verifier::new(self)
    }
}

impl Serialize for TrustList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TrustListJsonRef {
            version: TRUST_LIST_VERSION,
            issued_at: self.issued_at,
            keys: &self.keys,
            revoked: &self.revoked,
        }
        .serialize(serializer)
    }
}

#[derive(Serialize)]
struct TrustListJsonRef<'a> {
    version: u32,
    issued_at: i64,
    keys: &'a [PublicKey],
    revoked: &'a [Revocation],
}

#[derive(Deserialize)]
struct TrustListJson {
    version: u32,
    issued_at: i64,
    keys: Vec<PublicKeyJson>,
    #[serde(default)]
    revoked: Vec<Revocation>,
}

impl TryFrom<TrustListJson> for TrustList {
    type Error = TrustListError;

    fn try_from(json: TrustListJson) -> Result<Self, Self::Error> {
        if json.version != TRUST_LIST_VERSION {
            return Err(TrustListError::Json(format!(
                "unsupported trust list version {} (this reader knows {TRUST_LIST_VERSION})",
                json.version
            )));
        }
        let keys = json
            .keys
            .into_iter()
            .map(PublicKey::try_from)
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = HashSet::new();
        if let Some(twice) = keys.iter().find(|key| !seen.insert(key.kid)) {
            return Err(TrustListError::DuplicateKid(twice.kid));
        }
        Ok(TrustList {
            keys,
            revoked: json.revoked,
            issued_at: json.issued_at,
        })
    }
}
