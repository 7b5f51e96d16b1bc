//! The store: a pool, the vault and the clock. Reads take a connection; writes run in a
//! transaction that first takes the write lock (the audit head), so that audit entries
//! chain in commit order on both backends.

use crate::db::{self, Backend, DbConn, Pool};
use crate::error::StoreResult;
use crate::vault::Vault;
use diesel::Connection;
use rencai_domain::clock::Clock;
use std::sync::Arc;

#[derive(Clone)]
pub struct Store {
    pool: Pool,
    backend: Backend,
    pub vault: Vault,
    pub clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the database, bringing its schema up to date.
    pub fn open(
        url: &str,
        pool_size: u32,
        vault: Vault,
        clock: Arc<dyn Clock>,
    ) -> StoreResult<Self> {
        let pool = db::pool(url, pool_size)?;
        let mut c = pool.get()?;
        db::migrate(&mut c)?;
        drop(c);
        Ok(Self {
            pool,
            backend: db::Backend::of(url),
            vault,
            clock,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    pub fn read<T>(&self, f: impl FnOnce(&mut DbConn) -> StoreResult<T>) -> StoreResult<T> {
        let mut c = self.pool.get()?;
        f(&mut c)
    }

    pub fn write<T>(&self, f: impl FnOnce(&mut DbConn) -> StoreResult<T>) -> StoreResult<T> {
        let mut c = self.pool.get()?;
        c.transaction(|c| {
            crate::audit::lock_writes(c)?;
            f(c)
        })
    }

    /// Is the database answering?
    pub fn ping(&self) -> bool {
        use diesel::connection::SimpleConnection;
        self.pool
            .get()
            .map(|mut c| c.batch_execute("SELECT 1").is_ok())
            .unwrap_or(false)
    }
}

pub fn micros(t: jiff::Timestamp) -> i64 {
    t.as_microsecond()
}

pub fn from_micros(m: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_microsecond(m).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}
