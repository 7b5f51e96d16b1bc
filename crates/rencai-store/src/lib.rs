//! rencai's storage: one schema on SQLite and PostgreSQL, repositories that write their
//! audit entries in the same transaction as the change, and personal-data encryption.

pub mod accounts;
pub mod accreditations;
pub mod applications;
pub mod audit;
pub mod card_keys;
pub mod cards;
pub mod catalogues;
pub mod db;
pub mod error;
pub mod evidence;
pub mod imports;
pub mod outbox;
pub mod redemptions;
pub mod reference;
pub mod schema;
pub mod service_requests;
pub mod services;
pub mod store;
pub mod talents;
pub mod vault;
pub mod whatif;

pub use audit::Actor;
pub use db::{Backend, DbConn};
pub use error::{StoreError, StoreResult};
pub use store::Store;
pub use vault::Vault;
