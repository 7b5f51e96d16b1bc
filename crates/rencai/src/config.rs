//! Configuration: defaults, then `DATA_DIR/rencai.toml`, then `RENCAI_*` variables, then
//! command-line flags. Secrets are never part of it: they live in the data folder.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    /// `sqlite://PATH`, a plain path, or `postgres://…`. Default: SQLite in the data folder.
    pub database_url: Option<String>,
    pub addr: String,
    /// Mark cookies Secure (when served over HTTPS).
    pub secure_cookies: bool,
    /// `text` or `json` logs.
    pub log_format: String,
    pub pool_size: u32,
    /// `smtp://host:port` of a relay; without one, mail is written to `DATA_DIR/mail/`.
    pub smtp_url: Option<String>,
    /// The sender of the platform's mail.
    pub mail_from: String,
    /// How many days an accreditation is valid.
    pub accreditation_days: i64,
    /// How many days before expiry the holder is reminded.
    pub reminder_days: i64,
    /// The public address of the service (`https://rencai.example.gov.cn`), printed into
    /// certificates' QR codes; unset, the address a request came in on is used.
    pub public_url: Option<String>,
}

impl Config {
    pub fn load(data_dir: &Path) -> anyhow::Result<Self> {
        use figment::providers::{Env, Format, Serialized, Toml};
        let defaults = serde_json::json!({
            "database_url": null, "addr": "127.0.0.1:8080", "secure_cookies": false, "log_format": "text", "pool_size": 16,
            "smtp_url": null, "mail_from": "rencai <noreply@rencai.localhost>", "accreditation_days": 1095, "reminder_days": 60, "public_url": null
        });
        Ok(figment::Figment::from(Serialized::defaults(defaults))
            .merge(Toml::file(data_dir.join("rencai.toml")))
            .merge(Env::prefixed("RENCAI_"))
            .extract()?)
    }

    pub fn database_url(&self, data_dir: &Path) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("rencai.db").display()))
    }
}

/// The encryption and index keys: created on first start, owner-only, never logged.
pub fn keys(data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    let dir = data_dir.join("secrets");
    let path: PathBuf = dir.join("personal-data.key");
    if let Ok(k) = std::fs::read(&path) {
        anyhow::ensure!(
            k.len() == 64,
            "{} is damaged (expected 64 bytes)",
            path.display()
        );
        return Ok(k);
    }
    std::fs::create_dir_all(&dir)?;
    let keys = rencai_store::Vault::generate_keys();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        opts.mode(0o600);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    use std::io::Write;
    opts.open(&path)?.write_all(&keys)?;
    Ok(keys)
}
