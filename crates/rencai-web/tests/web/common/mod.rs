//! A test application on a fresh database of either backend, driven in-process.

#![allow(dead_code)]

pub mod accreditation;
pub mod browser;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use rencai_domain::access::{Grant, Role};
use rencai_domain::clock::FixedClock;
use rencai_domain::identity::IdentityNumber;
use rencai_domain::ids::JurisdictionId;
use rencai_domain::vocab::JurisdictionLevel;
use rencai_store::{Actor, Store, Vault};
use std::sync::Arc;
use tower::ServiceExt;

pub enum Db {
    Sqlite(tempdir::TempDir),
    Postgres(String),
}

impl Drop for Db {
    /// Test databases are dropped with their test (FORCE ends the pool's connections).
    fn drop(&mut self) {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        if let Db::Postgres(url) = self {
            let Some((base, name)) = url.rsplit_once('/') else {
                return;
            };
            if let Ok(mut c) = diesel::PgConnection::establish(&format!("{base}/postgres")) {
                let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

pub mod tempdir {
    pub struct TempDir(pub std::path::PathBuf);
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A PostgreSQL URL for a brand-new database, or None (with the reason printed) when
/// no server is reachable outside CI. In CI (CI=true) a missing server fails the test.
pub fn postgres_url() -> Option<String> {
    use diesel::Connection;
    use diesel::connection::SimpleConnection;
    let admin = std::env::var("RENCAI_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    match diesel::PgConnection::establish(&admin) {
        Ok(mut c) => {
            let name = format!("rencai_test_{}", hex::encode(rand::random::<[u8; 6]>()));
            c.batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("create test database");
            Some(
                admin
                    .rsplit_once('/')
                    .map(|(base, _)| format!("{base}/{name}"))
                    .expect("url"),
            )
        }
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "PostgreSQL is required in CI: {e}"
            );
            eprintln!("SKIPPED (PostgreSQL half): no server at {admin}: {e}");
            None
        }
    }
}

pub struct TestApp {
    pub store: Store,
    pub state: rencai_web::AppState,
    pub clock: Arc<FixedClock>,
    pub harbin: JurisdictionId,
    pub qiqihar: JurisdictionId,
    pub province: JurisdictionId,
    _db: Db,
}

pub fn id_for(region: u32, y: i16, m: i8, d: i8, seq: u32) -> String {
    IdentityNumber::compose(region, jiff::civil::date(y, m, d), seq)
        .as_str()
        .to_string()
}

impl TestApp {
    pub fn sqlite() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "rencai-test-{}",
            hex::encode(rand::random::<[u8; 6]>())
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let url = format!("sqlite://{}", dir.join("t.db").display());
        Self::on(&url, Db::Sqlite(tempdir::TempDir(dir)))
    }

    pub fn postgres() -> Option<Self> {
        postgres_url().map(|url| Self::on(&url.clone(), Db::Postgres(url)))
    }

    fn on(url: &str, db: Db) -> Self {
        let clock = Arc::new(FixedClock::new(
            "2026-11-22T09:00:00Z".parse().expect("time"),
        ));
        let store = Store::open(
            url,
            4,
            Vault::new(&Vault::generate_keys()).expect("vault"),
            clock.clone(),
        )
        .expect("store");
        let now = store.now();
        let (province, harbin, qiqihar) = store
            .write(|c| {
                use rencai_store::reference::*;
                let p = ensure_jurisdiction(
                    c,
                    None,
                    "hlj",
                    "黑龙江省",
                    "Heilongjiang",
                    JurisdictionLevel::Province,
                )?;
                let h = ensure_jurisdiction(
                    c,
                    Some(p),
                    "hlj-harbin",
                    "哈尔滨市",
                    "Harbin",
                    JurisdictionLevel::City,
                )?;
                let q = ensure_jurisdiction(
                    c,
                    Some(p),
                    "hlj-qiqihar",
                    "齐齐哈尔市",
                    "Qiqihar",
                    JurisdictionLevel::City,
                )?;
                ensure_enterprise(
                    c,
                    &NewEnterprise {
                        name: "Harbin Boshi Automation Co. Ltd.",
                        name_zh: "哈尔滨博实自动化股份有限公司",
                        jurisdiction_id: h,
                        industry_chain: "robotics",
                        cluster: "Harbin robotics",
                        kind: "enterprise",
                    },
                    &Actor::cli(),
                    now,
                )?;
                for (user, role, j) in [
                    ("admin", Role::Admin, p),
                    ("officer.harbin", Role::Officer, h),
                    ("officer.qiqihar", Role::Officer, q),
                    ("expert", Role::Expert, p),
                ] {
                    rencai_store::accounts::create_user(
                        c,
                        &rencai_store::accounts::NewUser {
                            username: user,
                            display_name: user,
                            password: "correct-horse-battery",
                            grants: &[Grant {
                                role,
                                jurisdiction_id: j,
                            }],
                        },
                        &Actor::cli(),
                        now,
                    )?;
                }
                Ok((p, h, q))
            })
            .expect("seed");
        let state = rencai_web::AppState::new(store.clone(), None, false).expect("state");
        Self {
            store,
            state,
            clock,
            harbin,
            qiqihar,
            province,
            _db: db,
        }
    }

    pub fn token(&self, user: &str, scopes: &[&str]) -> String {
        let now = self.store.now();
        let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
        self.store
            .write(|c| {
                let id = rencai_store::accounts::find_user_id(c, user)?.expect("user");
                rencai_store::accounts::create_token(c, id, "test", &scopes, &Actor::cli(), now)
            })
            .expect("token")
    }

    pub async fn send(&self, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let res = rencai_web::app(self.state.clone())
            .oneshot(req)
            .await
            .expect("response");
        let status = res.status();
        let headers = res.headers().clone();
        let body = res
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        (status, headers, body)
    }

    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> (StatusCode, serde_json::Value) {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header("accept-language", "en");
        if let Some(t) = token {
            b = b.header("authorization", format!("Bearer {t}"));
        }
        let req = match body {
            Some(v) => b
                .header("content-type", "application/json")
                .body(Body::from(v.to_string())),
            None => b.body(Body::empty()),
        }
        .expect("request");
        let (status, _, bytes) = self.send(req).await;
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
        )
    }

    /// Logs in through the form; returns the session cookie.
    pub async fn login(&self, user: &str) -> String {
        let req = Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "username={user}&password=correct-horse-battery"
            )))
            .expect("request");
        let (status, headers, _) = self.send(req).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "login of {user}");
        let cookie = headers
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .expect("cookie");
        cookie.split(';').next().expect("pair").to_string()
    }

    pub fn talent_body(&self, name: &str, jurisdiction: &str, seq: u32) -> serde_json::Value {
        serde_json::json!({
            "name": name, "name_latin": "Wang Haifeng", "gender": "male", "birth_date": "1980-05-17",
            "identity_number": id_for(230_102, 1980, 5, 17, seq), "education": "doctorate", "title": "full_senior",
            "field": "robotics", "employer": "Harbin Boshi Automation Co. Ltd.", "jurisdiction": jurisdiction,
        })
    }
}

/// Runs one async scenario on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = common::TestApp::sqlite();
                ($body)(app).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = common::TestApp::postgres() {
                    ($body)(app).await;
                }
            }
        }
    };
}
