//! Accreditation fixtures shared by the API, page and certificate tests.

use super::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use rencai_domain::access::{Grant, Role};
use rencai_domain::ids::{EnterpriseId, TalentId};
use rencai_store::Actor;
use serde_json::{Value, json};

/// Publishes the demo catalogue for the province.
pub fn publish_catalogue(app: &TestApp) {
    publish(app, &rencai_demo::catalogue::catalogue());
}

/// Publishes `catalogue` as the province's next version.
pub fn publish(app: &TestApp, catalogue: &rencai_domain::accreditation::Catalogue) {
    let body = serde_json::to_string(catalogue).expect("json");
    let now = app.store.now();
    app.store
        .write(|c| {
            let admin = rencai_store::accounts::find_user_id(c, "admin")?.expect("admin");
            let id =
                rencai_store::catalogues::save_draft(c, app.province, &body, None, admin, now)?;
            rencai_store::catalogues::publish(c, id, admin, now)
        })
        .expect("publish");
}

pub fn add_user(app: &TestApp, name: &str, role: Role, at: rencai_domain::ids::JurisdictionId) {
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
                        role,
                        jurisdiction_id: at,
                    }],
                },
                &Actor::cli(),
                now,
            )
        })
        .expect("user");
}

pub fn link(app: &TestApp, user: &str, talent: Option<i64>, enterprise: Option<i64>) {
    app.store
        .write(|c| {
            let id = rencai_store::accounts::find_user_id(c, user)?.expect("user");
            rencai_store::accounts::link(c, id, talent.map(TalentId), enterprise.map(EnterpriseId))
        })
        .expect("link");
}

const PRIZE: &str = "Heilongjiang Science and Technology Progress Award, second prize";
const EVIDENCE: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

fn tok(app: &TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

pub async fn act(
    app: &TestApp,
    token: &str,
    application: i64,
    action: &str,
    version: i64,
) -> Value {
    let (s, v) = app
        .api(
            "POST",
            &format!("/api/v1/applications/{application}/actions"),
            Some(token),
            Some(json!({"action": action, "version": version, "note": "ok"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{action}: {v}");
    v
}

/// The shortest way to an accreditation: a prize winner applies with evidence, the
/// city officer pre-checks, two of a three-expert panel approve. Returns the
/// accreditation's id and number.
pub async fn accredited(app: &TestApp, user: &str) -> (i64, String) {
    publish_catalogue(app);
    for e in ["expert2", "expert3"] {
        add_user(app, e, Role::Expert, app.province);
    }
    let admin = tok(app, "admin");
    let mut body = app.talent_body("王海峰", "hlj-harbin", 1);
    body["honours"] = json!(PRIZE);
    body["title"] = json!("deputy_senior");
    body["email"] = json!(format!("{user}@example.cn"));
    let (s, v) = app
        .api("POST", "/api/v1/talents", Some(&admin), Some(body))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let talent = v["id"].as_i64().expect("id");
    add_user(app, user, Role::Talent, app.harbin);
    link(app, user, Some(talent), None);
    let me = tok(app, user);

    let (s, v) = app
        .api(
            "POST",
            "/api/v1/applications",
            Some(&me),
            Some(json!({"talent_id": talent, "criterion": "provincial-second-prize"})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().expect("id");
    let req = Request::post(format!(
        "/api/v1/applications/{id}/evidence?file_name=prize.pdf"
    ))
    .header("authorization", format!("Bearer {me}"))
    .header("content-type", "application/octet-stream")
    .body(Body::from(EVIDENCE.to_vec()))
    .expect("request");
    let (s, _, _) = app.send(req).await;
    assert_eq!(s, StatusCode::CREATED);
    act(app, &me, id, "submit", 0).await;

    let officer = tok(app, "officer.harbin");
    act(app, &officer, id, "approve", 1).await;
    for (seat, e) in ["expert", "expert2", "expert3"].iter().enumerate() {
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/applications/{id}/panel"),
                Some(&officer),
                Some(json!({"seat": seat, "expert": e})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{v}");
    }
    act(app, &tok(app, "expert"), id, "approve", 2).await;
    let v = act(app, &tok(app, "expert2"), id, "approve", 3).await;
    assert_eq!(v["status"], "approved", "{v}");

    let (_, v) = app
        .api(
            "GET",
            &format!("/api/v1/applications/{id}"),
            Some(&me),
            None,
        )
        .await;
    let acc = &v["accreditation"];
    (
        acc["id"].as_i64().expect("accreditation id"),
        acc["number"].as_str().expect("number").to_string(),
    )
}
