//! What every handler shares: the store, the jurisdiction tree, the login throttle.

use crate::card_keyring::Keyring;
use crate::throttle::Throttle;
use rencai_domain::accreditation::{Catalogue, CompiledCatalogue};
use rencai_domain::ids::{CatalogueId, JurisdictionId};
use rencai_domain::jurisdiction::JurisdictionTree;
use rencai_domain::services::ServiceCatalogue;
use rencai_store::{DbConn, Store, StoreResult, services};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

/// Operating choices of the bureau, from the configuration.
#[derive(Clone, Debug)]
pub struct Settings {
    /// How long an accreditation is valid.
    pub accreditation_days: i64,
    /// How long before expiry the holder is reminded.
    pub reminder_days: i64,
    /// The address the public reaches the service at (`https://rencai.example.gov.cn`),
    /// printed into certificates' QR codes; without it the request's Host is used.
    pub public_url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            accreditation_days: 3 * 365,
            reminder_days: 60,
            public_url: None,
        }
    }
}

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    tree: RwLock<Arc<JurisdictionTree>>,
    pub throttle: Throttle,
    pub metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    /// Set the `Secure` flag on cookies (behind HTTPS).
    pub secure_cookies: bool,
    pub settings: Settings,
    /// Published catalogues never change, so each version is compiled once.
    compiled: Mutex<HashMap<CatalogueId, Arc<CompiledCatalogue>>>,
    /// The certificate renderer, made on first use: scanning fonts takes a moment that
    /// a start (or a test) without certificates need not pay.
    certificates: OnceLock<Option<Arc<rencai_certificate::Renderer>>>,
    /// The card signing keys; reloaded after a rotation.
    keyring: RwLock<Arc<Keyring>>,
    /// The stored service catalogues, parsed, as last read (see `service_catalogues`).
    services: Mutex<Arc<ServiceCatalogues>>,
    /// Redemptions are written by one thread in batches (see `redemption_desk`).
    pub desk: OnceLock<crate::redemption_desk::Desk>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(
        store: Store,
        metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
        secure_cookies: bool,
    ) -> StoreResult<Self> {
        Self::with_settings(store, metrics, secure_cookies, Settings::default())
    }

    pub fn with_settings(
        store: Store,
        metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
        secure_cookies: bool,
        settings: Settings,
    ) -> StoreResult<Self> {
        let tree = store.read(rencai_store::reference::tree)?;
        let throttle = Throttle::new(store.clock.clone());
        let keyring = crate::card_keyring::load(&store)?;
        Ok(Self(Arc::new(Inner {
            store,
            tree: RwLock::new(Arc::new(tree)),
            throttle,
            metrics,
            secure_cookies,
            settings,
            compiled: Mutex::new(HashMap::new()),
            certificates: OnceLock::new(),
            keyring: RwLock::new(Arc::new(keyring)),
            services: Mutex::new(Arc::default()),
            desk: OnceLock::new(),
        })))
    }

    pub fn downgrade(&self) -> std::sync::Weak<Inner> {
        Arc::downgrade(&self.0)
    }

    pub fn upgrade(weak: &std::sync::Weak<Inner>) -> Option<Self> {
        weak.upgrade().map(Self)
    }

    pub fn tree(&self) -> Arc<JurisdictionTree> {
        self.tree.read().map(|t| t.clone()).unwrap_or_default()
    }

    /// Reloads the tree after jurisdictions changed.
    pub fn refresh_tree(&self) -> StoreResult<()> {
        let t = self.store.read(rencai_store::reference::tree)?;
        if let Ok(mut w) = self.tree.write() {
            *w = Arc::new(t);
        }
        Ok(())
    }

    /// The compiled form of a published catalogue version (`None` if its stored body
    /// no longer compiles, which publishing prevents).
    pub fn compiled_catalogue(
        &self,
        id: CatalogueId,
        body: &str,
    ) -> Option<Arc<CompiledCatalogue>> {
        if let Some(c) = self.compiled.lock().ok().and_then(|m| m.get(&id).cloned()) {
            return Some(c);
        }
        let catalogue: Catalogue = serde_json::from_str(body).ok()?;
        let compiled = Arc::new(catalogue.compile().ok()?);
        if let Ok(mut m) = self.compiled.lock() {
            m.insert(id, compiled.clone());
        }
        Some(compiled)
    }

    /// Drops the compiled form of a catalogue row, e.g. a draft compiled for a what-if
    /// that has just been published under the same id.
    pub fn forget_compiled(&self, id: CatalogueId) {
        if let Ok(mut m) = self.compiled.lock() {
            m.remove(&id);
        }
    }

    /// The certificate renderer; `None` when the machine has no CJK font (logged once).
    /// Blocks while the fonts are scanned: call it on the blocking pool.
    pub fn certificate_renderer(&self) -> Option<Arc<rencai_certificate::Renderer>> {
        self.certificates
            .get_or_init(|| match rencai_certificate::Renderer::new() {
                Ok(r) => Some(Arc::new(r)),
                Err(e) => {
                    tracing::error!(error = %e, "certificates cannot be rendered");
                    None
                }
            })
            .clone()
    }

    pub fn keyring(&self) -> Arc<Keyring> {
        match self.keyring.read() {
            Ok(k) => k.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Reloads the card keys (after `rencai keys rotate`, which may run in another
    /// process; the job round calls this too).
    pub fn reload_keyring(&self) -> StoreResult<()> {
        let k = crate::card_keyring::load(&self.store)?;
        if let Ok(mut w) = self.keyring.write() {
            *w = Arc::new(k);
        }
        Ok(())
    }

    /// Every stored service catalogue as the database has it now. This is the one way
    /// catalogues are read: one small query for the revisions, and a catalogue's body is
    /// read and parsed again only when its revision moved (saved here or by another
    /// process). Inside a write transaction the answer is exact for that transaction.
    pub fn service_catalogues(&self, c: &mut DbConn) -> StoreResult<Arc<ServiceCatalogues>> {
        let mut listed = services::catalogue_revisions(c)?;
        listed.sort_unstable();
        let held = self.services.lock().map(|s| s.clone()).unwrap_or_default();
        if held.revisions == listed {
            return Ok(held);
        }
        let mut revisions = Vec::with_capacity(listed.len());
        let mut by_jurisdiction = HashMap::with_capacity(listed.len());
        for (j, revision) in listed {
            if let Some((r, parsed)) = held.by_jurisdiction.get(&j)
                && *r == revision
            {
                revisions.push((j, revision));
                by_jurisdiction.insert(j, (revision, parsed.clone()));
                continue;
            }
            // The body as stored now: outside a write transaction a save may have come
            // in since the list was read, and then it is the newer one that counts.
            let Some(stored) = services::catalogue(c, j)? else {
                continue;
            };
            let parsed = serde_json::from_str(&stored.body).ok().map(Arc::new);
            revisions.push((j, stored.revision));
            by_jurisdiction.insert(j, (stored.revision, parsed));
        }
        let fresh = Arc::new(ServiceCatalogues {
            revisions,
            by_jurisdiction,
        });
        if let Ok(mut s) = self.services.lock() {
            *s = fresh.clone();
        }
        Ok(fresh)
    }

    /// Runs blocking database work off the async threads.
    pub async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> StoreResult<T> + Send + 'static,
    ) -> StoreResult<T> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || f(&state.store))
            .await
            .unwrap_or_else(|_| Err(rencai_store::StoreError::Decrypt))
    }
}

/// The stored service catalogues, parsed, with their revisions.
#[derive(Debug, Default)]
pub struct ServiceCatalogues {
    /// Sorted by jurisdiction: compared with the database's to see what moved.
    revisions: Vec<(JurisdictionId, i64)>,
    /// `None` for a stored body that does not parse (saving checks it, so: never).
    by_jurisdiction: HashMap<JurisdictionId, (i64, Option<Arc<ServiceCatalogue>>)>,
}

impl ServiceCatalogues {
    /// The revision of the jurisdiction's own catalogue; 0 if it has none.
    pub fn revision(&self, j: JurisdictionId) -> i64 {
        self.by_jurisdiction.get(&j).map_or(0, |(r, _)| *r)
    }

    /// The catalogue that serves a jurisdiction: its own, else the nearest one up the
    /// tree; with the jurisdiction it belongs to.
    pub fn serving(
        &self,
        tree: &JurisdictionTree,
        j: JurisdictionId,
    ) -> Option<(JurisdictionId, Option<Arc<ServiceCatalogue>>)> {
        tree.ancestry(j).into_iter().rev().find_map(|node| {
            self.by_jurisdiction
                .get(&node.id)
                .map(|(_, parsed)| (node.id, parsed.clone()))
        })
    }
}
