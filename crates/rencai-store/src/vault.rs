//! Personal-data encryption: AES-256-GCM for values at rest and a keyed HMAC-SHA256
//! index so equal values can be found (lookup, de-duplication) without decrypting.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Ciphertexts start with this byte so keys can be rotated later without guessing.
const KEY_VERSION: u8 = 1;

#[derive(Clone)]
pub struct Vault {
    cipher: Aes256Gcm,
    index_key: [u8; 32],
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VaultError {
    #[error("keys must be 64 bytes (32 for encryption, 32 for the index)")]
    KeyLength,
    #[error("a stored value could not be decrypted")]
    Decrypt,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

impl Vault {
    /// `keys`: 32 bytes of encryption key followed by 32 bytes of index key.
    pub fn new(keys: &[u8]) -> Result<Self, VaultError> {
        if keys.len() != 64 {
            return Err(VaultError::KeyLength);
        }
        let cipher = Aes256Gcm::new_from_slice(&keys[..32]).map_err(|_| VaultError::KeyLength)?;
        let mut index_key = [0u8; 32];
        index_key.copy_from_slice(&keys[32..]);
        Ok(Self { cipher, index_key })
    }

    /// Fresh random keys, for a new data folder.
    pub fn generate_keys() -> Vec<u8> {
        let mut k = vec![0u8; 64];
        rand::rngs::OsRng.fill_bytes(&mut k);
        k
    }

    pub fn encrypt(&self, plain: &str) -> Vec<u8> {
        let mut nonce = [0u8; 12];
        rand::thread_rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
            .unwrap_or_default(); // AES-GCM only fails on inputs over 64 GiB
        let mut out = Vec::with_capacity(1 + 12 + sealed.len());
        out.push(KEY_VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    pub fn decrypt(&self, sealed: &[u8]) -> Result<String, VaultError> {
        if sealed.len() < 13 || sealed[0] != KEY_VERSION {
            return Err(VaultError::Decrypt);
        }
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(&sealed[1..13]), &sealed[13..])
            .map_err(|_| VaultError::Decrypt)?;
        String::from_utf8(plain).map_err(|_| VaultError::Decrypt)
    }

    /// The keyed index of a value: equal inputs give equal indexes, and without the key
    /// the index cannot be computed from a guessed identity number.
    pub fn index(&self, value: &str) -> String {
        let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&self.index_key) else {
            return String::new(); // HMAC takes keys of any length
        };
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let v = Vault::new(&Vault::generate_keys()).unwrap();
        let sealed = v.encrypt("23010219850307041X");
        assert!(!String::from_utf8_lossy(&sealed).contains("2301021985"));
        assert_eq!(v.decrypt(&sealed).unwrap(), "23010219850307041X");
        let mut bad = sealed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert_eq!(v.decrypt(&bad), Err(VaultError::Decrypt));
        assert_eq!(v.index("a"), v.index("a"));
        assert_ne!(
            v.index("a"),
            Vault::new(&Vault::generate_keys()).unwrap().index("a")
        );
        assert_eq!(Vault::new(&[0; 10]).err(), Some(VaultError::KeyLength));
    }
}
