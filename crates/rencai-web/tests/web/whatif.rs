//! What-if runs of a draft catalogue on both backends: exact tallies for talents whose
//! movement is known, a rule that fails at run time for one talent, the CSV export,
//! progress, the page, and who may run and see them.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use rencai_domain::access::{Grant, Role};
use rencai_domain::accreditation::{Catalogue, Criterion, LocalText, Tier};
use rencai_domain::ids::JurisdictionId;
use rencai_store::Actor;
use serde_json::{Value, json};

fn tok(app: &common::TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

fn catalogue(tiers: &[&str], criteria: &[(&str, &str, &str)]) -> Catalogue {
    Catalogue {
        tiers: tiers
            .iter()
            .map(|c| Tier {
                code: c.to_string(),
                name: LocalText::same(c),
                description: LocalText::default(),
            })
            .collect(),
        criteria: criteria
            .iter()
            .map(|(code, tier, expr)| Criterion {
                code: code.to_string(),
                tier: tier.to_string(),
                name: LocalText::same(code),
                expression: expr.to_string(),
                ..Criterion::default()
            })
            .collect(),
    }
}

/// Saves a draft at `j` and publishes it when asked.
fn save(app: &common::TestApp, j: JurisdictionId, c: &Catalogue, publish: bool) {
    let body = serde_json::to_string(c).expect("json");
    let now = app.store.now();
    app.store
        .write(|conn| {
            let admin = rencai_store::accounts::find_user_id(conn, "admin")?.expect("admin");
            let id = rencai_store::catalogues::save_draft(conn, j, &body, None, admin, now)?;
            if publish {
                rencai_store::catalogues::publish(conn, id, admin, now)?;
            }
            Ok(())
        })
        .expect("catalogue");
}

/// In force: A with 10 patents, B with 5. Draft: A needs 8 patents and 2 papers, B 3
/// patents and a paper, and a new tier C whose rule divides by the patents (fails for
/// a talent without any).
fn catalogues(app: &common::TestApp) {
    let base = catalogue(
        &["A", "B"],
        &[
            ("a-patents", "A", "patents >= 10"),
            ("b-patents", "B", "patents >= 5"),
        ],
    );
    save(app, app.province, &base, true);
    let draft = catalogue(
        &["A", "B", "C"],
        &[
            ("a-output", "A", "patents >= 8 && papers >= 2"),
            ("b-output", "B", "patents >= 3 && papers >= 1"),
            ("c-ratio", "C", "100 / patents >= 50"),
        ],
    );
    save(app, app.province, &draft, false);
}

/// (name, jurisdiction, patents, papers) → id; what each should do is in the comment.
const TALENTS: [(&str, &str, u32, u32); 9] = [
    ("王甲", "hlj-harbin", 12, 2), // A → A
    ("王乙", "hlj-harbin", 9, 2),  // B → A: up
    ("王丙", "hlj-harbin", 12, 0), // A → none: out
    ("王丁", "hlj", 6, 0),         // B → none: out
    ("王戊", "hlj", 4, 1),         // none → B: in
    ("王己", "hlj", 0, 0),         // none → none, C's rule fails
    ("王庚", "hlj-harbin", 1, 0),  // none → C: in
    ("王辛", "hlj-harbin", 11, 1), // A → B: down
    ("王壬", "hlj-qiqihar", 1, 0), // Qiqihar publishes its own catalogue: not governed
];

async fn register(app: &common::TestApp, admin: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for (i, (name, place, patents, papers)) in TALENTS.iter().enumerate() {
        let mut body = app.talent_body(name, place, 600 + i as u32);
        body["patents"] = json!(patents);
        body["papers"] = json!(papers);
        let (s, v) = app
            .api("POST", "/api/v1/talents", Some(admin), Some(body))
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        ids.push(v["id"].as_i64().expect("id"));
    }
    ids
}

async fn finished(app: &common::TestApp, token: &str, id: i64) -> Value {
    for _ in 0..200 {
        let (s, v) = app
            .api("GET", &format!("/api/v1/what-if/{id}"), Some(token), None)
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        if v["status"] != "running" {
            return v;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the run did not finish");
}

fn tier<'a>(run: &'a Value, code: &str) -> &'a Value {
    run["tiers"]
        .as_array()
        .and_then(|ts| ts.iter().find(|t| t["code"] == code))
        .expect("tier")
}

both_backends!(
    a_draft_moves_known_talents,
    |app: common::TestApp| async move {
        let admin = tok(&app, "admin");
        let ids = register(&app, &admin).await;
        catalogues(&app);
        save(
            &app,
            app.qiqihar,
            &catalogue(&["Q"], &[("q-any", "Q", "true")]),
            true,
        );

        let (s, v) = app
            .api("POST", "/api/v1/catalogues/hlj/what-if", Some(&admin), None)
            .await;
        assert_eq!(s, StatusCode::ACCEPTED, "{v}");
        let run_id = v["id"].as_i64().expect("run id");
        let run = finished(&app, &admin, run_id).await;
        assert_eq!(run["status"], "done", "{run}");
        assert_eq!(run["total"], 8, "Qiqihar's talent is not governed: {run}");
        assert_eq!(run["processed"], run["total"]);
        assert_eq!(
            run["totals"],
            json!({"talents": 8, "up": 1, "down": 1, "in": 2, "out": 2, "stay": 1, "none": 1})
        );
        let a = tier(&run, "A");
        assert_eq!(
            (
                &a["before"],
                &a["after"],
                &a["stay"],
                &a["up"],
                &a["out"],
                &a["moved"]
            ),
            (
                &json!(3),
                &json!(2),
                &json!(1),
                &json!(1),
                &json!(1),
                &json!(1)
            )
        );
        let b = tier(&run, "B");
        assert_eq!(
            (
                &b["before"],
                &b["after"],
                &b["down"],
                &b["in"],
                &b["out"],
                &b["moved"]
            ),
            (
                &json!(2),
                &json!(2),
                &json!(1),
                &json!(1),
                &json!(1),
                &json!(1)
            )
        );
        assert_eq!(tier(&run, "C")["in"], 1);

        // The failing rule is reported for its talent; the run went on.
        assert_eq!(run["error_count"], 1);
        assert_eq!(run["errors"][0]["talent_id"], ids[5]);
        let (s, v) = app
            .api(
                "GET",
                &format!("/api/v1/what-if/{run_id}/changes?movement=error"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(v["total"], 1);
        assert_eq!(v["items"][0]["talent_id"], ids[5]);
        assert_eq!(v["items"][0]["movement"], "same");
        assert!(
            v["items"][0]["error"]
                .as_str()
                .is_some_and(|e| e.starts_with("c-ratio: ")),
            "{v}"
        );

        let list = |q: &'static str| {
            let admin = admin.clone();
            let app = &app;
            async move {
                let (s, v) = app
                    .api(
                        "GET",
                        &format!("/api/v1/what-if/{run_id}/changes?{q}"),
                        Some(&admin),
                        None,
                    )
                    .await;
                assert_eq!(s, StatusCode::OK, "{v}");
                v["items"]
                    .as_array()
                    .expect("items")
                    .iter()
                    .map(|i| i["talent_id"].as_i64().expect("id"))
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(list("movement=up").await, vec![ids[1]]);
        assert_eq!(list("movement=down").await, vec![ids[7]]);
        assert_eq!(list("movement=out").await, vec![ids[2], ids[3]]);
        assert_eq!(list("movement=in&tier=C").await, vec![ids[6]]);
        assert_eq!(list("").await.len(), 7, "six movers and the failure");
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/what-if/{run_id}/changes?movement=sideways"),
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

        // The export lists the same talents, with the deciding criterion.
        let req = Request::get(format!("/api/v1/what-if/{run_id}/export"))
            .header("authorization", format!("Bearer {admin}"))
            .body(Body::empty())
            .expect("request");
        let (s, headers, body) = app.send(req).await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap_or("")
                .starts_with("text/csv")
        );
        let text = String::from_utf8(body).expect("utf-8");
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0],
            "talent_id,jurisdiction,from_tier,to_tier,movement,criterion,error"
        );
        assert_eq!(lines.len(), 8);
        assert!(lines.contains(&format!("{},hlj-harbin,B,A,up,a-output,", ids[1]).as_str()));
        assert!(lines.contains(&format!("{},hlj,,B,in,b-output,", ids[4]).as_str()));
        let audited = app
            .store
            .read(|c| {
                use diesel::prelude::*;
                use rencai_store::schema::audit_log::dsl::*;
                audit_log
                    .filter(action.eq_any(["whatif.start", "whatif.export"]))
                    .count()
                    .get_result::<i64>(c)
                    .map_err(Into::into)
            })
            .expect("audit");
        assert_eq!(audited, 2);

        // The page shows the bar, the tallies and the list; the form starts a run.
        let cookie = app.login("admin").await;
        let page = |path: String| {
            Request::get(path)
                .header("cookie", &cookie)
                .header("accept-language", "en")
                .body(Body::empty())
                .expect("request")
        };
        let (s, _, html) = app
            .send(page(format!(
                "/catalogues/hlj/what-if/{run_id}?movement=up"
            )))
            .await;
        assert_eq!(s, StatusCode::OK);
        let html = String::from_utf8(html).expect("html");
        assert!(
            html.contains("<progress id=\"whatif-bar\" max=\"8\" value=\"8\""),
            "{html}"
        );
        assert!(html.contains("王乙"));
        assert!(
            !html.contains("王辛"),
            "the filter keeps only those moving up"
        );
        let (s, _, _) = app
            .send(page(format!("/catalogues/hlj-harbin/what-if/{run_id}")))
            .await;
        assert_eq!(
            s,
            StatusCode::NOT_FOUND,
            "the run belongs to another jurisdiction"
        );
        let csrf = html
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("csrf")
            .to_string();
        let req = Request::post("/catalogues/hlj/what-if")
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={csrf}")))
            .expect("request");
        let (s, headers, _) = app.send(req).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        let location = headers["location"].to_str().expect("location").to_string();
        assert!(
            location.starts_with("/catalogues/hlj/what-if/"),
            "{location}"
        );
        let second: i64 = location
            .rsplit('/')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("id");
        assert_eq!(
            finished(&app, &admin, second).await["totals"],
            run["totals"]
        );
    }
);

both_backends!(
    only_catalogue_managers_in_reach_run_and_see,
    |app: common::TestApp| async move {
        let admin = tok(&app, "admin");
        catalogues(&app);
        let now = app.store.now();
        app.store
            .write(|c| {
                rencai_store::accounts::create_user(
                    c,
                    &rencai_store::accounts::NewUser {
                        username: "admin.qiqihar",
                        display_name: "admin.qiqihar",
                        password: "correct-horse-battery",
                        grants: &[Grant {
                            role: Role::Admin,
                            jurisdiction_id: app.qiqihar,
                        }],
                    },
                    &Actor::cli(),
                    now,
                )
            })
            .expect("user");
        let officer = tok(&app, "officer.harbin");
        let other = tok(&app, "admin.qiqihar");

        let (s, _) = app
            .api(
                "POST",
                "/api/v1/catalogues/hlj/what-if",
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(
            s,
            StatusCode::FORBIDDEN,
            "officers do not manage catalogues"
        );
        let (s, _) = app
            .api("POST", "/api/v1/catalogues/hlj/what-if", Some(&other), None)
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "outside the admin's reach");
        let (s, v) = app
            .api(
                "POST",
                "/api/v1/catalogues/hlj-harbin/what-if",
                Some(&admin),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::CONFLICT, "Harbin has no draft: {v}");
        assert_eq!(v["code"], "whatif-no-draft");

        let (s, v) = app
            .api("POST", "/api/v1/catalogues/hlj/what-if", Some(&admin), None)
            .await;
        assert_eq!(s, StatusCode::ACCEPTED);
        let id = v["id"].as_i64().expect("id");
        let run = finished(&app, &admin, id).await;
        assert_eq!(run["total"], 0);
        assert_eq!(run["status"], "done");
        for path in [
            format!("/api/v1/what-if/{id}"),
            format!("/api/v1/what-if/{id}/changes"),
            format!("/api/v1/what-if/{id}/export"),
        ] {
            let (s, _) = app.api("GET", &path, Some(&other), None).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
            let (s, _) = app.api("GET", &path, Some(&officer), None).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{path}");
        }
    }
);
