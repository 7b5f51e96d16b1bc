//! The audit log's records and their hash chain. Each entry's hash covers the previous
//! entry's hash and its own content, so changing or removing any entry breaks every
//! hash after it, and `rencai audit verify` names the first broken one.

use crate::ids::{JurisdictionId, UserId};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash that stands before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One thing that happened. `details` never holds personal data (ids and field names
/// only), so erasing a person leaves the trail intact and harmless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    pub at: jiff::Timestamp,
    pub actor_id: Option<UserId>,
    /// The username or `system`/`cli`, kept even if the account is later removed.
    pub actor: String,
    /// A stable action code, e.g. `talent.create`, `talent.identity.reveal`.
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<i64>,
    pub jurisdiction_id: Option<JurisdictionId>,
    /// A JSON object with ids and field names.
    pub details: String,
}

impl AuditRecord {
    /// The chained hash of this record after `prev`.
    pub fn chain_hash(&self, prev: &str) -> String {
        let mut h = Sha256::new();
        // Unit separators keep field boundaries unambiguous.
        for part in [
            prev,
            &self.at.as_microsecond().to_string(),
            &self.actor_id.map(|u| u.0.to_string()).unwrap_or_default(),
            &self.actor,
            &self.action,
            &self.subject_type,
            &self.subject_id.map(|s| s.to_string()).unwrap_or_default(),
            &self
                .jurisdiction_id
                .map(|j| j.0.to_string())
                .unwrap_or_default(),
            &self.details,
        ] {
            h.update(part.as_bytes());
            h.update([0x1f]);
        }
        hex::encode(h.finalize())
    }
}

/// A stored entry: the record with its position and hashes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub record: AuditRecord,
    pub prev_hash: String,
    pub hash: String,
}

/// Why a chain does not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainBreak {
    /// The entry's content no longer matches its hash.
    Altered { id: i64 },
    /// The entry does not follow the one before it (one was removed or reordered).
    Unlinked { id: i64 },
}

/// Walks entries in id order, carrying the last good hash, and stops at the first break.
#[derive(Debug)]
pub struct ChainVerifier {
    last: String,
    pub checked: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self {
            last: GENESIS.to_string(),
            checked: 0,
        }
    }
}

impl ChainVerifier {
    pub fn check(&mut self, e: &AuditEntry) -> Result<(), ChainBreak> {
        if e.prev_hash != self.last {
            return Err(ChainBreak::Unlinked { id: e.id });
        }
        if e.record.chain_hash(&e.prev_hash) != e.hash {
            return Err(ChainBreak::Altered { id: e.id });
        }
        self.last = e.hash.clone();
        self.checked += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(action: &str) -> AuditRecord {
        AuditRecord {
            at: jiff::Timestamp::from_second(1_700_000_000).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
            actor_id: Some(UserId(1)),
            actor: "admin".into(),
            action: action.into(),
            subject_type: "talent".into(),
            subject_id: Some(5),
            jurisdiction_id: Some(JurisdictionId(2)),
            details: "{}".into(),
        }
    }

    fn chain(n: usize) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (0..n)
            .map(|i| {
                let record = rec(&format!("a{i}"));
                let hash = record.chain_hash(&prev);
                let e = AuditEntry {
                    id: i as i64 + 1,
                    record,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_untouched_chain_verifies() {
        let mut v = ChainVerifier::default();
        for e in chain(5) {
            assert_eq!(v.check(&e), Ok(()));
        }
        assert_eq!(v.checked, 5);
    }

    #[test]
    fn an_altered_entry_is_named() {
        let mut c = chain(5);
        c[2].record.action = "talent.delete".into();
        let mut v = ChainVerifier::default();
        let first_break = c.iter().find_map(|e| v.check(e).err());
        assert_eq!(first_break, Some(ChainBreak::Altered { id: 3 }));
    }

    #[test]
    fn a_removed_entry_is_named() {
        let mut c = chain(5);
        c.remove(1);
        let mut v = ChainVerifier::default();
        let first_break = c.iter().find_map(|e| v.check(e).err());
        assert_eq!(first_break, Some(ChainBreak::Unlinked { id: 3 }));
    }
}
