//! The platform end to end through HTTP, every scenario on SQLite and PostgreSQL.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use rencai_domain::access::Role;
use rencai_web::access::Policy;

both_backends!(an_officer_sees_only_their_city, |app: TestApp| async move {
    let admin = app.token("admin", &["talents:read", "talents:write"]);
    let (s, harbin_talent) = app
        .api(
            "POST",
            "/api/v1/talents",
            Some(&admin),
            Some(app.talent_body("王海峰", "hlj-harbin", 1)),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{harbin_talent}");
    let (s, qiqihar_talent) = app
        .api(
            "POST",
            "/api/v1/talents",
            Some(&admin),
            Some(app.talent_body("李书生", "hlj-qiqihar", 2)),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);

    let officer = app.token("officer.harbin", &["talents:read"]);
    let (s, list) = app
        .api("GET", "/api/v1/talents", Some(&officer), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["name"], "王海峰");
    assert_eq!(
        list["items"][0]["identity_masked"]
            .as_str()
            .map(|m| m.contains("****")),
        Some(true)
    );

    let other = format!("/api/v1/talents/{}", qiqihar_talent["id"]);
    let (s, body) = app.api("GET", &other, Some(&officer), None).await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "another city's talent is refused by id"
    );
    assert_eq!(body["code"], "not-found");

    // The same through the browser pages.
    let cookie = app.login("officer.harbin").await;
    let page = Request::get(format!("/talents/{}", qiqihar_talent["id"]))
        .header("cookie", &cookie)
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(page).await.0, StatusCode::NOT_FOUND);
    let page = Request::get("/talents?q=wang")
        .header("cookie", &cookie)
        .body(Body::empty())
        .unwrap();
    let (s, _, html) = app.send(page).await;
    assert_eq!(s, StatusCode::OK);
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains("王海峰") && !html.contains("李书生"));
    // Searching a partial Chinese name.
    let (_, found) = app
        .api("GET", "/api/v1/talents?q=%E6%B5%B7", Some(&officer), None)
        .await;
    assert_eq!(found["total"], 1);
});

both_backends!(
    bad_input_gets_translated_field_errors,
    |app: TestApp| async move {
        let admin = app.token("admin", &["talents:write"]);
        let mut body = app.talent_body("", "atlantis", 3);
        body["birth_date"] = "1980-02-30".into();
        let req = Request::post("/api/v1/talents")
            .header("authorization", format!("Bearer {admin}"))
            .header("accept-language", "zh-CN")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let (s, headers, bytes) = app.send(req).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(headers["content-type"], "application/problem+json");
        let p: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(p["code"], "invalid-input");
        let fields: Vec<&str> = p["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, vec!["name", "birth_date", "jurisdiction"]);
        let en = rencai_web::i18n::Tr::new("en").t("err-required");
        assert_ne!(
            p["fields"][0]["message"].as_str().unwrap(),
            en,
            "the message is in Chinese, not English"
        );
        assert_eq!(
            app.store.read(rencai_store::talents::count).unwrap(),
            0,
            "nothing was written"
        );
    }
);

both_backends!(
    identity_numbers_are_encrypted_revealed_with_audit_and_erasable,
    |app: TestApp| async move {
        let admin = app.token(
            "admin",
            &[
                "talents:write",
                "talents:read",
                "talents:sensitive",
                "talents:export",
                "audit:read",
            ],
        );
        let body = app.talent_body("王海峰", "hlj-harbin", 4);
        let number = body["identity_number"].as_str().unwrap().to_string();
        let (_, t) = app
            .api("POST", "/api/v1/talents", Some(&admin), Some(body.clone()))
            .await;
        let id = t["id"].as_i64().unwrap();
        // A duplicate identity number is refused.
        let (s, dup) = app
            .api("POST", "/api/v1/talents", Some(&admin), Some(body))
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(dup["fields"][0]["code"], "identity-duplicate");
        // Not readable in the database.
        let raw: Vec<Option<Vec<u8>>> = app
            .store
            .read(|c| {
                use diesel::prelude::*;
                use rencai_store::schema::talents::dsl::*;
                Ok(talents.select(identity_cipher).load(c)?)
            })
            .unwrap();
        let sealed = raw[0].clone().unwrap();
        assert!(!String::from_utf8_lossy(&sealed).contains(&number[..10]));
        // Revealing is deliberate and audited.
        let (s, r) = app
            .api(
                "POST",
                &format!("/api/v1/talents/{id}/reveal-identity"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(r["identity_number"], number.as_str());
        let (_, audit) = app
            .api(
                "GET",
                "/api/v1/audit?action=talent.identity",
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(audit["total"], 1);
        // An officer's token without the sensitive scope cannot reveal.
        let officer = app.token("officer.harbin", &["talents:read"]);
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/talents/{id}/reveal-identity"),
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        // Export then erase.
        let (_, data) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{id}/personal-data"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(data["identity_number"], number.as_str());
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/talents/{id}/erase"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, after) = app
            .api("GET", &format!("/api/v1/talents/{id}"), Some(&admin), None)
            .await;
        assert_eq!(after["name"], "—");
        assert_eq!(after["identity_masked"], "");
        let v = app.store.read(rencai_store::audit::verify).unwrap();
        assert_eq!(v.first_break, None);
        assert!(v.checked >= 5);
    }
);

both_backends!(imports_write_all_rows_or_none, |app: TestApp| async move {
    let admin = app.token("admin", &["talents:write", "talents:read"]);
    let header = "name,gender,birth_date,identity_number,education,field,jurisdiction\n";
    let good1 = format!(
        "张伟,男,1985-03-07,{},本科,robotics,hlj-harbin\n",
        common::id_for(230_102, 1985, 3, 7, 11)
    );
    let good2 = format!(
        "Anna Keller,female,1979-12-01,{},doctorate,biomedicine,hlj-qiqihar\n",
        common::id_for(230_202, 1979, 12, 1, 12)
    );
    let bad = "刘洋,男,1990-13-01,123,博士,robotics,atlantis\n";
    let file = format!("{header}{good1}{bad}{good2}{good1}");
    let (s, preview) = upload(&app, &admin, file.into_bytes()).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(preview["batch_id"], serde_json::Value::Null);
    let problems: Vec<(i64, &str, &str)> = preview["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["row"].as_i64().unwrap(),
                p["column"].as_str().unwrap(),
                p["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (3, "birth_date", "date-invalid"),
            (3, "identity_number", "identity-format"),
            (3, "jurisdiction", "jurisdiction-unknown"),
            (5, "identity_number", "identity-duplicate-in-file")
        ]
    );
    assert_eq!(app.store.read(rencai_store::talents::count).unwrap(), 0);

    // GB18030, as Excel on a Chinese system saves it.
    let text = format!("{header}{good1}{good2}");
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    let (_, preview) = upload(&app, &admin, gb.into_owned()).await;
    let batch = preview["batch_id"].as_i64().expect("staged");
    let (s, done) = app
        .api(
            "POST",
            &format!("/api/v1/imports/{batch}/commit"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert_eq!(done["written"], 2);
    let (s, again) = app
        .api(
            "POST",
            &format!("/api/v1/imports/{batch}/commit"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{again}");
    // Re-importing the same people finds them in the registry.
    let (_, dup) = upload(&app, &admin, text.into_bytes()).await;
    assert_eq!(dup["problem_count"], 2);
    assert_eq!(dup["problems"][0]["code"], "identity-duplicate");
    assert_eq!(app.store.read(rencai_store::talents::count).unwrap(), 2);

    // The registry changes between preview and confirmation: nothing is written.
    let (zhao, qian) = (
        common::id_for(230_102, 1988, 8, 8, 71),
        common::id_for(230_102, 1987, 7, 7, 72),
    );
    let fresh = format!(
        "{header}赵敏,女,1988-08-08,{zhao},master,finance,hlj-harbin\n钱军,男,1987-07-07,{qian},master,finance,hlj-harbin\n"
    );
    let (_, preview) = upload(&app, &admin, fresh.into_bytes()).await;
    let batch = preview["batch_id"].as_i64().expect("staged");
    let mut same = app.talent_body("钱军", "hlj-harbin", 0);
    same["identity_number"] = common::id_for(230_102, 1987, 7, 7, 72).into();
    same["birth_date"] = "1987-07-07".into();
    let (s, _) = app
        .api("POST", "/api/v1/talents", Some(&admin), Some(same))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, done) = app
        .api(
            "POST",
            &format!("/api/v1/imports/{batch}/commit"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        (done["written"].as_i64(), done["problem_count"].as_i64()),
        (Some(0), Some(1)),
        "{done}"
    );
    assert_eq!(done["problems"][0]["row"], 3);
    assert_eq!(
        app.store.read(rencai_store::talents::count).unwrap(),
        3,
        "the valid row was rolled back too"
    );
});

async fn upload(app: &TestApp, token: &str, bytes: Vec<u8>) -> (StatusCode, serde_json::Value) {
    let req = Request::post("/api/v1/imports?file_name=t.csv")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::from(bytes))
        .expect("request");
    let (s, _, b) = app.send(req).await;
    (s, serde_json::from_slice(&b).unwrap_or_default())
}

both_backends!(
    the_browser_needs_csrf_and_sessions_end,
    |app: TestApp| async move {
        let cookie = app.login("admin").await;
        let form = "username=officer.daqing&display_name=Daqing&password=correct-horse-battery&role=officer&jurisdiction=hlj-harbin";
        let post = |csrf: &str| {
            Request::post(format!("/users?csrf={csrf}"))
                .header("cookie", &cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(form))
                .unwrap()
        };
        let (s, _, _) = app.send(post("wrong")).await;
        assert_eq!(s, StatusCode::CONFLICT, "a missing CSRF token is refused");
        let (_, _, html) = app
            .send(
                Request::get("/users")
                    .header("cookie", &cookie)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        let html = String::from_utf8(html).unwrap();
        let csrf = html
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .to_string();
        let (s, _, _) = app.send(post(&csrf)).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        // The new officer logs in; sessions expire after 30 idle minutes.
        let officer = app.login("officer.daqing").await;
        let (s, _, _) = app
            .send(
                Request::get("/talents")
                    .header("cookie", &officer)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        app.clock.advance(jiff::SignedDuration::from_mins(31));
        let (s, h, _) = app
            .send(
                Request::get("/talents")
                    .header("cookie", &officer)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        assert_eq!(h["location"], "/login");
    }
);

both_backends!(
    login_is_throttled_after_five_failures,
    |app: TestApp| async move {
        for _ in 0..5 {
            let req = Request::post("/login")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("username=admin&password=nope"))
                .unwrap();
            assert_eq!(app.send(req).await.0, StatusCode::UNAUTHORIZED);
        }
        let req = Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("username=admin&password=correct-horse-battery"))
            .unwrap();
        assert_eq!(app.send(req).await.0, StatusCode::TOO_MANY_REQUESTS);
    }
);

both_backends!(
    the_audit_chain_detects_tampering,
    |app: TestApp| async move {
        let admin = app.token("admin", &["talents:write"]);
        for i in 0..3 {
            app.api(
                "POST",
                "/api/v1/talents",
                Some(&admin),
                Some(app.talent_body("王海峰", "hlj-harbin", 20 + i)),
            )
            .await;
        }
        let v = app.store.read(rencai_store::audit::verify).unwrap();
        assert_eq!(v.first_break, None);
        // Updates are refused by the database itself.
        let refused = app
            .store
            .read(|c| {
                use diesel::connection::SimpleConnection;
                Ok(
                    c.batch_execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
                        .is_err(),
                )
            })
            .unwrap();
        assert!(refused, "audit_log is append-only");
        // Someone with raw database access removes the guard and edits an entry.
        app.store
            .read(|c| {
                use diesel::connection::SimpleConnection;
                let drop = match app.store.backend() {
                    rencai_store::Backend::Sqlite => "DROP TRIGGER audit_log_no_update",
                    rencai_store::Backend::Postgres => {
                        "DROP TRIGGER audit_log_no_change ON audit_log"
                    }
                };
                c.batch_execute(drop)?;
                c.batch_execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 6")?;
                Ok(())
            })
            .unwrap();
        let v = app.store.read(rencai_store::audit::verify).unwrap();
        assert_eq!(
            v.first_break,
            Some(rencai_domain::audit::ChainBreak::Altered { id: 6 })
        );
    }
);

/// Every route × every role, in the officer's own and another jurisdiction's scope:
/// the policy decides, and a route without a policy cannot exist (see routes.rs).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authorization_matrix() {
    let app = TestApp::sqlite();
    let (_, specs) = rencai_web::routes::build(app.state.clone());
    assert!(specs.len() >= 40, "the table lists every route");
    let tokens: Vec<(Option<Role>, Option<String>)> = vec![
        (None, None),
        (
            Some(Role::Expert),
            Some(app.token("expert", rencai_domain::access::SCOPES)),
        ),
        (
            Some(Role::Officer),
            Some(app.token("officer.harbin", rencai_domain::access::SCOPES)),
        ),
        (
            Some(Role::Admin),
            Some(app.token("admin", rencai_domain::access::SCOPES)),
        ),
    ];
    for spec in &specs {
        let path = spec.path.replace("{id}", "1").replace("{file}", "app.css");
        for (role, token) in &tokens {
            let mut req = Request::builder().method(spec.method.clone()).uri(&path);
            if let Some(t) = token {
                req = req.header("authorization", format!("Bearer {t}"));
            }
            let (status, headers, _) = app.send(req.body(Body::empty()).unwrap()).await;
            let allowed = match spec.policy {
                Policy::Public => true,
                Policy::Authenticated => role.is_some(),
                Policy::Permission(p) => role.is_some_and(|r| r.permissions().contains(&p)),
            };
            let denied = matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
                || (token.is_none()
                    && spec.policy != Policy::Public
                    && status == StatusCode::SEE_OTHER
                    && headers["location"] == "/login");
            assert_eq!(
                !denied, allowed,
                "{} {} as {role:?} gave {status}",
                spec.method, spec.path
            );
        }
    }
    // Own versus other jurisdiction, on a record.
    let admin = app.token("admin", &["talents:write"]);
    let (_, other) = app
        .api(
            "POST",
            "/api/v1/talents",
            Some(&admin),
            Some(app.talent_body("李书生", "hlj-qiqihar", 30)),
        )
        .await;
    let (_, own) = app
        .api(
            "POST",
            "/api/v1/talents",
            Some(&admin),
            Some(app.talent_body("王海峰", "hlj-harbin", 31)),
        )
        .await;
    assert!(own["id"].is_i64() && other["id"].is_i64(), "{own} {other}");
    let officer = tokens[2].1.clone().unwrap();
    for (t, expect) in [(&own, StatusCode::OK), (&other, StatusCode::NOT_FOUND)] {
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{}", t["id"]),
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(s, expect);
        let mut body = app.talent_body("改名", "hlj-harbin", 40);
        body["identity_number"] = "".into();
        body["version"] = t["version"].clone();
        let (s, _) = app
            .api(
                "PUT",
                &format!("/api/v1/talents/{}", t["id"]),
                Some(&officer),
                Some(body),
            )
            .await;
        assert_eq!(s, expect);
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::sqlite();
    let (s, doc) = app.api("GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(s, StatusCode::OK);
    for path in [
        "/api/v1/talents",
        "/api/v1/talents/{id}",
        "/api/v1/imports",
        "/api/v1/audit",
        "/api/v1/users",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
}

both_backends!(exports_are_safe_spreadsheets, |app: TestApp| async move {
    let token = app.token("admin", &["talents:write", "talents:export"]);
    let mut body = app.talent_body("王海峰", "hlj-harbin", 60);
    body["honours"] = "=HYPERLINK(\"http://evil.example\")".into();
    let (s, _) = app
        .api("POST", "/api/v1/talents", Some(&token), Some(body.clone()))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let number = body["identity_number"].as_str().unwrap().to_string();
    let req = Request::get("/api/v1/talents/export?format=csv&jurisdiction=hlj-harbin")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let (s, headers, bytes) = app.send(req).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with BOM for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("name,name_latin,gender"));
    assert!(text.contains("王海峰"));
    assert!(text.contains("'=HYPERLINK"), "formulas are defused: {text}");
    assert!(
        !text.contains(&number),
        "identity numbers leave only masked"
    );
    let req = Request::get("/api/v1/talents/export?format=xlsx")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let (s, _, bytes) = app.send(req).await;
    assert_eq!(s, StatusCode::OK);
    let rows: Vec<_> = rencai_exchange::open(&bytes).expect("xlsx").collect();
    assert_eq!(rows.len(), 1);
    let (_, audit) = app
        .api(
            "GET",
            "/api/v1/audit?action=talent.export",
            Some(&app.token("admin", &["audit:read"])),
            None,
        )
        .await;
    assert_eq!(audit["total"], 2, "both exports are audited");
});

both_backends!(
    imported_talents_are_found_before_and_after_indexing,
    |app: TestApp| async move {
        let admin = app.token("admin", &["talents:write", "talents:read"]);
        let file = format!(
            "name,name_latin,gender,birth_date,identity_number,education,field,jurisdiction\n张海峰,Zhang Haifeng,male,1985-03-07,{},bachelor,robotics,hlj-harbin\n李娜,Li Na,female,1979-12-01,{},doctorate,biomedicine,hlj-harbin\n",
            common::id_for(230_102, 1985, 3, 7, 81),
            common::id_for(230_102, 1979, 12, 1, 82)
        );
        let (_, preview) = upload(&app, &admin, file.into_bytes()).await;
        let batch = preview["batch_id"].as_i64().expect("staged");
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/imports/{batch}/commit"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let pending = app
            .store
            .read(rencai_store::talents::pending_search)
            .unwrap();
        assert_eq!(pending, 2, "bulk rows wait for the indexer");
        for q in ["%E6%B5%B7%E5%B3%B0", "haif", "li%20na"] {
            let (_, found) = app
                .api("GET", &format!("/api/v1/talents?q={q}"), Some(&admin), None)
                .await;
            assert_eq!(found["total"], 1, "before indexing: {q}");
        }
        assert_eq!(rencai_web::indexer::drain(&app.store).unwrap(), 2);
        assert_eq!(
            app.store
                .read(rencai_store::talents::pending_search)
                .unwrap(),
            0
        );
        for q in ["%E6%B5%B7%E5%B3%B0", "haif", "li%20na", "%E5%A8%9C"] {
            let (_, found) = app
                .api("GET", &format!("/api/v1/talents?q={q}"), Some(&admin), None)
                .await;
            assert_eq!(found["total"], 1, "after indexing: {q}");
        }
        let (_, none) = app
            .api("GET", "/api/v1/talents?q=feng%20zhang", Some(&admin), None)
            .await;
        assert_eq!(none["total"], 0, "the whole text must match");
    }
);
