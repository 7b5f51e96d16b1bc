//! The background search indexer: writes the search terms of talents a bulk import
//! left unindexed, in small transactions, while the server keeps answering. Searches
//! are correct without it (they scan pending rows); it only makes them fast.

use crate::state::AppState;
use rencai_store::{Store, StoreResult};
use std::time::Duration;

/// Talents indexed per transaction: short enough not to hold the write lock long.
pub const BATCH: i64 = 2000;

/// Indexes everything pending; returns how many talents were indexed.
pub fn drain(store: &Store) -> StoreResult<usize> {
    let mut total = 0;
    loop {
        let n = store.write(|c| rencai_store::talents::index_pending(c, BATCH))?;
        total += n;
        if n == 0 {
            return Ok(total);
        }
    }
}

/// Runs for the life of the server: drains, then looks again every few seconds.
pub fn spawn(state: AppState) {
    tokio::spawn(async move {
        loop {
            match state
                .db(|s| s.write(|c| rencai_store::talents::index_pending(c, BATCH)))
                .await
            {
                Ok(n) if n > 0 => {
                    metrics::counter!("search_terms_indexed_total").increment(n as u64);
                    continue;
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "search indexer failed; retrying"),
            }
            tokio::time::sleep(Duration::from_secs(3)).await;
        }
    });
}
