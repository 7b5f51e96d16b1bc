//! Tier catalogue administration on both backends: drafts that must compile and pass
//! their policy tests, stale saves, publishing immutable versions, discarding, who may
//! touch which jurisdiction's catalogue, and the editor pages.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use rencai_domain::access::{Grant, Role};
use rencai_domain::accreditation::Catalogue;
use rencai_store::Actor;
use serde_json::{Value, json};

fn tok(app: &TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

fn demo() -> Catalogue {
    rencai_demo::catalogue::catalogue()
}

fn add_admin(app: &TestApp, name: &str, at: rencai_domain::ids::JurisdictionId) {
    let now = app.store.now();
    app.store
        .write(|c| {
            rencai_store::accounts::create_user(
                c,
                &rencai_store::accounts::NewUser {
                    username: name,
                    display_name: name,
                    password: "correct-horse-battery",
                    grants: &[Grant {
                        role: Role::Admin,
                        jurisdiction_id: at,
                    }],
                },
                &Actor::cli(),
                now,
            )
        })
        .expect("user");
}

async fn save(
    app: &TestApp,
    token: &str,
    at: &str,
    cat: &Catalogue,
    revision: Option<i64>,
) -> (StatusCode, Value) {
    app.api(
        "PUT",
        &format!("/api/v1/catalogues/{at}/draft"),
        Some(token),
        Some(json!({"catalogue": cat, "revision": revision})),
    )
    .await
}

async fn overview(app: &TestApp, token: &str, at: &str) -> Value {
    let (s, v) = app
        .api(
            "GET",
            &format!("/api/v1/catalogues/{at}"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v
}

async fn publish(
    app: &TestApp,
    token: &str,
    at: &str,
    revision: Option<i64>,
) -> (StatusCode, Value) {
    app.api(
        "POST",
        &format!("/api/v1/catalogues/{at}/publish"),
        Some(token),
        Some(json!({"revision": revision})),
    )
    .await
}

fn messages(problem: &Value) -> Vec<(String, String)> {
    problem["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap_or("").to_string(),
                f["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

both_backends!(
    a_draft_is_saved_published_and_stays_immutable,
    |app: TestApp| async move {
        let admin = tok(&app, "admin");
        let v = overview(&app, &admin, "hlj").await;
        assert!(v["in_force"].is_null() && v["draft"].is_null());
        assert_eq!(v["versions"], json!([]));

        let first = demo();
        let (s, saved) = save(&app, &admin, "hlj", &first, None).await;
        assert_eq!(s, StatusCode::OK, "{saved}");
        assert_eq!(saved["version"], 1);
        let v = overview(&app, &admin, "hlj").await;
        assert!(v["in_force"].is_null(), "a draft is not in force");
        assert_eq!(v["draft"]["revision"], saved["revision"]);
        assert_eq!(
            serde_json::from_value::<Catalogue>(v["draft"]["catalogue"].clone())
                .expect("test value"),
            first
        );

        let (s, p) = publish(&app, &admin, "hlj", saved["revision"].as_i64()).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["version"], 1);
        let v = overview(&app, &admin, "hlj").await;
        assert_eq!(v["in_force"]["version"], 1);
        assert_eq!(v["in_force"]["status"], "published");
        assert!(v["draft"].is_null());

        // A second version with one tier renamed.
        let mut second = first.clone();
        second.tiers[0]
            .name
            .0
            .insert("en".into(), "Leading talent".into());
        let (s, saved) = save(&app, &admin, "hlj", &second, None).await;
        assert_eq!(s, StatusCode::OK, "{saved}");
        assert_eq!(saved["version"], 2);
        let (s, p) = publish(&app, &admin, "hlj", None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["version"], 2);

        let v = overview(&app, &admin, "hlj").await;
        assert_eq!(v["in_force"]["version"], 2);
        let listed: Vec<i64> = v["versions"]
            .as_array()
            .expect("test value")
            .iter()
            .map(|x| x["version"].as_i64().expect("test value"))
            .collect();
        assert_eq!(listed, vec![2, 1]);
        let (s, old) = app
            .api(
                "GET",
                "/api/v1/catalogues/hlj/versions/1",
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{old}");
        assert_eq!(old["status"], "published");
        assert_eq!(
            serde_json::from_value::<Catalogue>(old["catalogue"].clone()).expect("test value"),
            first,
            "the old version reads as it was published"
        );
        let (s, _) = app
            .api(
                "GET",
                "/api/v1/catalogues/hlj/versions/9",
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        // Published versions cannot be rewritten, not even by SQL.
        let changed = app.store.write(|c| {
            use diesel::RunQueryDsl;
            diesel::sql_query("UPDATE catalogues SET body = '{}' WHERE version = 1")
                .execute(c)
                .map_err(rencai_store::StoreError::from)
        });
        assert!(changed.is_err(), "a published body is frozen");

        // Nothing left to publish; the saves and publications are audited.
        let (s, p) = publish(&app, &admin, "hlj", None).await;
        assert_eq!(s, StatusCode::CONFLICT);
        assert_eq!(p["code"], "catalogue-no-draft");
        let (s, audit) = app
            .api("GET", "/api/v1/audit?action=catalogue.", Some(&admin), None)
            .await;
        assert_eq!(s, StatusCode::OK, "{audit}");
        let actions: Vec<&str> = audit["items"]
            .as_array()
            .expect("test value")
            .iter()
            .filter_map(|i| i["action"].as_str())
            .collect();
        assert_eq!(
            actions
                .iter()
                .filter(|a| **a == "catalogue.publish")
                .count(),
            2
        );
        assert_eq!(
            actions
                .iter()
                .filter(|a| **a == "catalogue.draft.save")
                .count(),
            2
        );
    }
);

both_backends!(
    an_invalid_rule_or_failing_example_saves_nothing,
    |app: TestApp| async move {
        let admin = tok(&app, "admin");
        let good = demo();
        let (s, saved) = save(&app, &admin, "hlj", &good, None).await;
        assert_eq!(s, StatusCode::OK, "{saved}");
        let revision = saved["revision"].as_i64();

        // A rule that does not parse: 422 naming the criterion, line and column.
        let mut broken = good.clone();
        let code = broken.criteria[0].code.clone();
        broken.criteria[0].expression = "age >=\n  && papers > 3".into();
        let (s, p) = save(&app, &admin, "hlj", &broken, revision).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["code"], "invalid-input");
        let found = messages(&p);
        let (_, msg) = found
            .iter()
            .find(|(f, _)| *f == format!("criteria.{code}.expression"))
            .unwrap_or_else(|| panic!("no expression problem in {p}"));
        assert!(msg.contains("at line 2, column"), "{msg}");

        // An unknown profile field is named with its position too.
        let mut unknown = good.clone();
        unknown.criteria[1].expression = "age > 40 && salary > 100".into();
        let (s, p) = save(&app, &admin, "hlj", &unknown, revision).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let found = messages(&p);
        assert!(
            found.iter().any(|(f, m)| f.ends_with(".expression")
                && m.contains("salary")
                && m.contains("line 1, column 13")),
            "{p}"
        );

        // A policy test whose expectation the rule does not meet.
        let mut failing = good.clone();
        let ix = failing
            .criteria
            .iter()
            .position(|c| !c.examples.is_empty())
            .expect("a criterion with examples");
        let code = failing.criteria[ix].code.clone();
        let example = failing.criteria[ix].examples[0].name.clone();
        failing.criteria[ix].examples[0].expect = !failing.criteria[ix].examples[0].expect;
        let (s, p) = save(&app, &admin, "hlj", &failing, revision).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let found = messages(&p);
        let (_, msg) = found
            .iter()
            .find(|(f, _)| *f == format!("criteria.{code}.examples"))
            .unwrap_or_else(|| panic!("no example problem in {p}"));
        assert!(msg.contains(&example), "{msg}");

        // Malformed JSON text names its line and column.
        let (s, p) = app
            .api(
                "PUT",
                "/api/v1/catalogues/hlj/draft",
                Some(&admin),
                Some(json!({"catalogue": "{\n  \"tiers\": [,]\n}", "revision": revision})),
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert!(messages(&p)[0].1.contains("line 2, column 13"), "{p}");

        // The draft is as it was saved.
        let v = overview(&app, &admin, "hlj").await;
        assert_eq!(v["draft"]["revision"].as_i64(), revision);
        assert_eq!(
            serde_json::from_value::<Catalogue>(v["draft"]["catalogue"].clone())
                .expect("test value"),
            good
        );

        // The checker reports the same without saving; a clean one counts the tests.
        let (s, r) = app
            .api(
                "POST",
                "/api/v1/catalogues/hlj/check",
                Some(&admin),
                Some(json!({"catalogue": broken})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!(r["valid"], false);
        assert!(!r["problems"].as_array().expect("test value").is_empty());
        let (s, r) = app
            .api(
                "POST",
                "/api/v1/catalogues/hlj/check",
                Some(&admin),
                Some(json!({"catalogue": good})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!(r["valid"], true);
        assert_eq!(r["tiers"], 5);
        assert!(r["examples"].as_u64().expect("test value") > 0);
    }
);

both_backends!(
    stale_saves_conflict_and_drafts_can_be_discarded,
    |app: TestApp| async move {
        let admin = tok(&app, "admin");
        let cat = demo();
        let (s, first) = save(&app, &admin, "hlj", &cat, None).await;
        assert_eq!(s, StatusCode::OK, "{first}");
        let r1 = first["revision"].as_i64();
        let (s, second) = save(&app, &admin, "hlj", &cat, r1).await;
        assert_eq!(s, StatusCode::OK, "{second}");
        let r2 = second["revision"].as_i64();
        assert_ne!(r1, r2);
        assert_eq!(second["version"], first["version"], "the same draft");

        // Someone saved meanwhile: an edit based on r1 (or on no draft) is refused.
        let mut mine = cat.clone();
        mine.criteria.truncate(1);
        let (s, p) = save(&app, &admin, "hlj", &mine, r1).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert_eq!(p["code"], "stale-version");
        let (s, p) = save(&app, &admin, "hlj", &mine, None).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, p) = publish(&app, &admin, "hlj", r1).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let v = overview(&app, &admin, "hlj").await;
        assert_eq!(
            v["draft"]["catalogue"]["criteria"]
                .as_array()
                .expect("test value")
                .len(),
            cat.criteria.len()
        );

        // Discarding.
        let (s, _) = app
            .api(
                "DELETE",
                "/api/v1/catalogues/hlj/draft",
                Some(&admin),
                Some(json!({"revision": r1})),
            )
            .await;
        assert_eq!(
            s,
            StatusCode::CONFLICT,
            "discarding needs the current revision"
        );
        let (s, _) = app
            .api(
                "DELETE",
                "/api/v1/catalogues/hlj/draft",
                Some(&admin),
                Some(json!({"revision": r2})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let v = overview(&app, &admin, "hlj").await;
        assert!(v["draft"].is_null());
        assert_eq!(v["versions"], json!([]));
        let (s, p) = app
            .api("DELETE", "/api/v1/catalogues/hlj/draft", Some(&admin), None)
            .await;
        assert_eq!(s, StatusCode::CONFLICT);
        assert_eq!(p["code"], "catalogue-no-draft");
        // Saving with a revision of a draft that is gone is stale too.
        let (s, _) = save(&app, &admin, "hlj", &cat, r2).await;
        assert_eq!(s, StatusCode::CONFLICT);
    }
);

both_backends!(
    only_admins_in_reach_manage_a_catalogue,
    |app: TestApp| async move {
        let admin = tok(&app, "admin");
        let (s, _) = save(&app, &admin, "hlj", &demo(), None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = publish(&app, &admin, "hlj", None).await;
        assert_eq!(s, StatusCode::OK);

        // Officers may not manage catalogues at all.
        let officer = tok(&app, "officer.harbin");
        for (method, path, body) in [
            ("GET", "/api/v1/catalogues/hlj-harbin", None),
            ("GET", "/api/v1/catalogues/hlj", None),
            (
                "PUT",
                "/api/v1/catalogues/hlj-harbin/draft",
                Some(json!({"catalogue": demo()})),
            ),
            ("POST", "/api/v1/catalogues/hlj/publish", Some(json!({}))),
        ] {
            let (s, _) = app.api(method, path, Some(&officer), body).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{method} {path}");
        }

        // A city admin manages their city's catalogue, not the province's nor another city's.
        add_admin(&app, "admin.harbin", app.harbin);
        let city = tok(&app, "admin.harbin");
        let v = overview(&app, &city, "hlj-harbin").await;
        assert_eq!(v["in_force"]["version"], 1, "inherited from the province");
        assert_eq!(v["in_force"]["jurisdiction"], "hlj");
        assert_eq!(v["versions"], json!([]));
        for path in [
            "/api/v1/catalogues/hlj-qiqihar",
            "/api/v1/catalogues/hlj",
            "/api/v1/catalogues/nowhere",
        ] {
            let (s, _) = app.api("GET", path, Some(&city), None).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        }
        let (s, _) = save(&app, &city, "hlj-qiqihar", &demo(), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = publish(&app, &city, "hlj", None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        // Its own draft starts at version 1 of its own catalogue.
        let (s, saved) = save(&app, &city, "hlj-harbin", &demo(), None).await;
        assert_eq!(s, StatusCode::OK, "{saved}");
        assert_eq!(saved["version"], 1);
        // The province's own catalogue did not move.
        let v = overview(&app, &admin, "hlj").await;
        assert_eq!(v["in_force"]["version"], 1);
        assert!(v["draft"].is_null());
    }
);

async fn page(app: &TestApp, cookie: &str, path: &str) -> (StatusCode, String) {
    let (s, _, body) = app
        .send(
            Request::get(path)
                .header("cookie", cookie)
                .header("accept-language", "en")
                .body(Body::empty())
                .expect("test value"),
        )
        .await;
    (s, String::from_utf8(body).expect("test value"))
}

fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("csrf")
        .to_string()
}

fn hidden(html: &str, name: &str) -> String {
    html.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("")
        .to_string()
}

/// The text of a page with askama's HTML escapes undone.
fn unescape(html: &str) -> String {
    html.replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

async fn post_form(
    app: &TestApp,
    cookie: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (StatusCode, String) {
    let body = form
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let (s, h, body) = app
        .send(
            Request::post(path)
                .header("cookie", cookie)
                .header("accept-language", "en")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("test value"),
        )
        .await;
    let location = h
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("")
        .to_string();
    let text = String::from_utf8(body).expect("test value");
    (s, if text.is_empty() { location } else { text })
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

both_backends!(
    the_editor_pages_work_without_script,
    |app: TestApp| async move {
        let cookie = app.login("admin").await;
        let (s, html) = page(&app, &cookie, "/catalogues").await;
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(html.contains("href=\"/catalogues/hlj\""));
        assert!(html.contains("href=\"/catalogues\""), "the nav entry");
        let (s, html) = page(&app, &cookie, "/catalogues/hlj").await;
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(html.contains("No catalogue published"));

        // The editor starts empty; saving the demo catalogue through the form works.
        let (s, html) = page(&app, &cookie, "/catalogues/hlj/edit").await;
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(html.contains("<textarea id=\"f-source\""));
        let csrf = csrf_of(&html);
        let source = serde_json::to_string_pretty(&demo()).expect("test value");
        let (s, to) = post_form(
            &app,
            &cookie,
            "/catalogues/hlj/edit",
            &[
                ("csrf", &csrf),
                ("revision", ""),
                ("source", &source),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{to}");
        assert_eq!(to, "/catalogues/hlj?saved=1");

        // A broken rule comes back with the error next to the text, which is kept.
        let (_, html) = page(&app, &cookie, "/catalogues/hlj/edit").await;
        let revision = hidden(&html, "revision");
        assert!(!revision.is_empty(), "the draft's revision is in the form");
        let mut broken = demo();
        let code = broken.criteria[0].code.clone();
        broken.criteria[0].expression = "papers >= (3".into();
        let typed = serde_json::to_string_pretty(&broken).expect("test value");
        let (s, html) = post_form(
            &app,
            &cookie,
            "/catalogues/hlj/edit",
            &[
                ("csrf", &csrf),
                ("revision", &revision),
                ("source", &typed),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
        assert!(html.contains("aria-invalid=\"true\""));
        assert!(html.contains("aria-describedby=\"h-source e-source\""));
        let text = unescape(&html);
        assert!(text.contains(&format!("Criterion {code} · Rule")), "{text}");
        assert!(
            text.contains("The rule cannot be read at line 1, column"),
            "{text}"
        );
        assert!(text.contains("\"papers >= (3\""), "the typed text is kept");
        // "Check" reports a clean catalogue without saving.
        let (s, html) = post_form(
            &app,
            &cookie,
            "/catalogues/hlj/edit",
            &[
                ("csrf", &csrf),
                ("revision", &revision),
                ("source", &source),
                ("action", "check"),
            ],
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(html.contains("No problems: 5 tiers"), "{html}");

        // The view shows the draft with Publish, What-if and Discard; publishing works.
        let (_, html) = page(&app, &cookie, "/catalogues/hlj?saved=1").await;
        assert!(html.contains("The draft has been saved"));
        assert!(html.contains("action=\"/catalogues/hlj/what-if\""));
        assert!(html.contains("action=\"/catalogues/hlj/discard\""));
        let (s, to) = post_form(
            &app,
            &cookie,
            "/catalogues/hlj/publish",
            &[("csrf", &csrf), ("revision", &revision)],
        )
        .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{to}");
        let (s, html) = page(&app, &cookie, "/catalogues/hlj").await;
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("Version 1, published"), "{html}");
        assert!(
            html.contains("Top talent"),
            "tier names in the user's language"
        );
        assert!(unescape(&html).contains(&demo().criteria[0].expression));
        let (_, html) = page(&app, &cookie, "/catalogues").await;
        assert!(html.contains("Version 1"), "{html}");

        // Officers have no catalogue pages, nor the nav entry.
        let officer = app.login("officer.harbin").await;
        let (s, _) = page(&app, &officer, "/catalogues").await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (_, html) = page(&app, &officer, "/talents").await;
        assert!(!html.contains("href=\"/catalogues\""));
    }
);
