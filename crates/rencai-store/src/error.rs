use crate::db::DbError;
use rencai_domain::DomainError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("stored personal data could not be decrypted")]
    Decrypt,
    /// A worker the request was handed to is gone (the server is shutting down).
    #[error("{0} is not available")]
    Unavailable(&'static str),
    /// Returned from inside [`crate::Store::write`] to roll the transaction back on
    /// purpose, carrying what the caller should answer instead.
    #[error("transaction rolled back on purpose")]
    Rollback(Box<dyn std::any::Any + Send>),
}

impl From<diesel::result::Error> for StoreError {
    fn from(e: diesel::result::Error) -> Self {
        StoreError::Db(DbError::Query(e))
    }
}

impl From<diesel::r2d2::PoolError> for StoreError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        StoreError::Db(DbError::Pool(e))
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// True when the error is a unique-constraint violation.
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
