//! Storage properties that hold on both backends.

use crate::common;

use common::TestApp;
use diesel::prelude::*;
use diesel::sql_types::Text;

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

fn columns(app: &TestApp) -> Vec<(String, String)> {
    let sql = match app.store.backend() {
        rencai_store::Backend::Sqlite => {
            "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__diesel_schema_migrations'"
        }
        rencai_store::Backend::Postgres => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'"
        }
    };
    let mut cols: Vec<Column> = app
        .store
        .read(|c| Ok(diesel::sql_query(sql).load(c)?))
        .expect("columns");
    cols.sort();
    cols.into_iter()
        .map(|c| (c.table_name, c.column_name))
        .collect()
}

#[test]
fn both_schemas_have_the_same_tables_and_columns() {
    let sqlite = TestApp::sqlite();
    let Some(pg) = TestApp::postgres() else {
        return;
    };
    let (a, b) = (columns(&sqlite), columns(&pg));
    assert!(a.len() > 80, "{} columns", a.len());
    assert_eq!(a, b);
}

both_backends!(
    two_concurrent_edits_of_one_version_one_wins,
    |app: TestApp| async move {
        let token = app.token("admin", &["talents:read", "talents:write"]);
        let (_, t) = app
            .api(
                "POST",
                "/api/v1/talents",
                Some(&token),
                Some(app.talent_body("王海峰", "hlj-harbin", 50)),
            )
            .await;
        let path = format!("/api/v1/talents/{}", t["id"]);
        let app = std::sync::Arc::new(app);
        let mut handles = Vec::new();
        for i in 0..8 {
            let (app, path, token) = (app.clone(), path.clone(), token.clone());
            let mut body = app.talent_body(&format!("王海峰{i}"), "hlj-harbin", 50);
            body["version"] = t["version"].clone();
            handles.push(tokio::spawn(async move {
                app.api("PUT", &path, Some(&token), Some(body)).await
            }));
        }
        let mut results = Vec::new();
        for h in handles {
            results.push(h.await.expect("task"));
        }
        let ok = results.iter().filter(|(s, _)| s.is_success()).count();
        let conflicts = results
            .iter()
            .filter(|(s, b)| s.as_u16() == 409 && b["code"] == "stale-version")
            .count();
        assert_eq!((ok, conflicts), (1, 7), "{results:?}");
        let (_, after) = app.api("GET", &path, Some(&token), None).await;
        assert_eq!(after["version"], 2);
        assert_eq!(
            app.store
                .read(rencai_store::audit::verify)
                .expect("verify")
                .first_break,
            None
        );
    }
);
