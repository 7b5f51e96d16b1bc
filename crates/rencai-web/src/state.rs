//! What every handler shares: the store, the jurisdiction tree, the login throttle.

use crate::throttle::Throttle;
use rencai_domain::jurisdiction::JurisdictionTree;
use rencai_store::{Store, StoreResult};
use std::sync::{Arc, RwLock};

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    tree: RwLock<Arc<JurisdictionTree>>,
    pub throttle: Throttle,
    pub metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    /// Set the `Secure` flag on cookies (behind HTTPS).
    pub secure_cookies: bool,
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
        let tree = store.read(rencai_store::reference::tree)?;
        let throttle = Throttle::new(store.clock.clone());
        Ok(Self(Arc::new(Inner {
            store,
            tree: RwLock::new(Arc::new(tree)),
            throttle,
            metrics,
            secure_cookies,
        })))
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
