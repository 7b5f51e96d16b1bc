//! Connections and pools for both backends, chosen from the URL scheme, and migrations.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// One connection type for both databases; queries written once run on either.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `postgres://` or `postgresql://` is PostgreSQL; `sqlite://PATH` or a plain path is SQLite.
    pub fn of(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("database error: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("connection pool: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("migration failed: {0}")]
    Migration(String),
}

/// Opens connections by backend, never by trial: a mistyped PostgreSQL URL must fail,
/// not quietly create a SQLite file of that name.
#[derive(Debug, Clone)]
pub struct Manager {
    url: String,
    backend: Backend,
}

impl Manager {
    pub fn new(url: &str) -> Self {
        let backend = Backend::of(url);
        let url = match backend {
            Backend::Sqlite => url.strip_prefix("sqlite://").unwrap_or(url).to_string(),
            Backend::Postgres => url.to_string(),
        };
        Self { url, backend }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn connect(&self) -> Result<DbConn, DbError> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.url)
                .map(DbConn::Postgres)
                .map_err(|e| DbError::Connect(e.to_string())),
            Backend::Sqlite => {
                let mut c = SqliteConnection::establish(&self.url)
                    .map_err(|e| DbError::Connect(e.to_string()))?;
                // WAL lets readers work while one writer writes; FULL sync so that a
                // committed write survives a crash; the busy timeout queues writers.
                c.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                     PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
                )?;
                Ok(DbConn::Sqlite(c))
            }
        }
    }
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        Manager::connect(self)
    }

    /// Runs on every check-out. A SQLite connection is a file handle that cannot drop
    /// out from under us, so it is not pinged (preparing `SELECT 1` was a visible cost of
    /// every request); a PostgreSQL connection can, so it is.
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        match conn {
            DbConn::Sqlite(_) => Ok(()),
            DbConn::Postgres(c) => c.batch_execute("SELECT 1").map_err(DbError::from),
        }
    }

    /// A connection left inside a transaction or in a failed one is not reused (as
    /// Diesel's own manager does).
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        use diesel::r2d2::R2D2Connection;
        std::thread::panicking() || conn.is_broken()
    }
}

pub type Pool = r2d2::Pool<Manager>;

pub fn pool(url: &str, max_size: u32) -> Result<Pool, DbError> {
    let manager = Manager::new(url);
    r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(std::time::Duration::from_secs(15))
        .build(manager)
        .map_err(|e| DbError::Connect(e.to_string()))
}

/// Brings the database to the newest schema; returns the migrations applied.
pub fn migrate(conn: &mut DbConn) -> Result<Vec<String>, DbError> {
    let applied = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
        DbConn::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
    }
    .map_err(|e| DbError::Migration(e.to_string()))?;
    Ok(applied.iter().map(ToString::to_string).collect())
}
