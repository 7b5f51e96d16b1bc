//! Talent cards on both backends: an accreditation issues the card; its holder sees the
//! token and entitlements; provider staff check and redeem exactly within the quota,
//! retries with the same key redeem nothing more, 64 simultaneous redemptions of a
//! quota of one succeed once; every kind of bad token gets its own answer; key rotation
//! keeps issued cards working; the trust list lets a service point verify offline.

use crate::common;

use axum::http::StatusCode;
use common::TestApp;
use common::accreditation::{accredited, add_user};
use rencai_card::TrustList;
use rencai_domain::access::Role;
use rencai_domain::services::{Period, Quota};
use serde_json::{Value, json};

fn tok(app: &TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

/// The demo service catalogue with the hospital's three services made quota-of-one,
/// and a hospital in Harbin with a nurse at its desk.
pub(crate) fn services_and_hospital(app: &TestApp) {
    let mut catalogue = rencai_demo::services::service_catalogue();
    for s in catalogue.services.iter_mut() {
        if ["health-check", "green-channel", "library-museum"].contains(&s.code.as_str()) {
            s.quota = Some(Quota {
                times: 1,
                per: Period::Year,
            });
        }
    }
    let body = serde_json::to_string(&catalogue).expect("json");
    let now = app.store.now();
    add_user(app, "nurse", Role::Provider, app.harbin);
    app.store
        .write(|c| {
            rencai_store::services::save_catalogue(c, app.province, &body, 0, None, now)?;
            let p = rencai_store::services::create_provider(
                c,
                &rencai_store::services::NewProvider {
                    code: "hospital",
                    jurisdiction_id: app.harbin,
                    name_zh: "哈尔滨医科大学附属第一医院",
                    name_en: "First Affiliated Hospital of Harbin Medical University",
                    services: &[
                        "health-check",
                        "green-channel",
                        "library-museum",
                        "theatre",
                        "school-place",
                        "public-transit",
                    ],
                },
                now,
            )?;
            let nurse = rencai_store::accounts::find_user_id(c, "nurse")?.expect("nurse");
            rencai_store::accounts::link_provider(c, nurse, Some(p))
        })
        .expect("services");
}

async fn my_card(app: &TestApp, user: &str) -> Value {
    let (s, v) = app
        .api("GET", "/api/v1/cards/mine", Some(&tok(app, user)), None)
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v
}

async fn redeem(
    app: &TestApp,
    nurse: &str,
    token: &str,
    service: &str,
    key: &str,
) -> (StatusCode, Value) {
    app.api(
        "POST",
        "/api/v1/redemptions",
        Some(nurse),
        Some(json!({"token": token, "service": service, "idempotency_key": key})),
    )
    .await
}

fn line<'a>(card: &'a Value, service: &str) -> &'a Value {
    card["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|l| l["code"] == service)
        .unwrap_or_else(|| panic!("{service} in {card}"))
}

both_backends!(
    an_accreditation_issues_a_card_that_a_provider_checks_and_redeems_within_its_quota,
    |app: TestApp| async move {
        services_and_hospital(&app);
        accredited(&app, "wang").await;
        let card = my_card(&app, "wang").await;
        assert_eq!(card["tier"], "D", "{card}");
        assert_eq!(card["status"], "active");
        assert_eq!(card["generation"], 1);
        assert!(
            card["number"]
                .as_str()
                .expect("number")
                .starts_with("HLJ-TC-")
        );
        let token = card["token"].as_str().expect("token").to_string();
        assert!(token.starts_with("RC1:"), "{token}");
        assert_eq!(
            line(&card, "health-check")["entitlement"],
            json!({"status": "left", "left": 1, "of": 1})
        );
        assert_eq!(
            line(&card, "theatre")["entitlement"]["status"],
            "not_eligible"
        );
        assert_eq!(
            line(&card, "public-transit")["entitlement"]["status"],
            "unlimited"
        );

        // The desk sees who it is and what is left here.
        let nurse = tok(&app, "nurse");
        let (s, v) = app
            .api(
                "POST",
                "/api/v1/cards/check",
                Some(&nurse),
                Some(json!({"token": format!("{token}\n")})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["holder_check"], "王*峰");
        assert_eq!(v["services"].as_array().expect("here").len(), 6, "{v}");

        let (s, first) = redeem(&app, &nurse, &token, "health-check", "scan-1").await;
        assert_eq!(s, StatusCode::CREATED, "{first}");
        assert_eq!(first["replayed"], false);
        assert_eq!(first["redemption"]["use"], 1);
        assert_eq!(first["left"]["status"], "exhausted");
        // A retry of the same request: the same redemption, nothing more.
        let (s, again) = redeem(&app, &nurse, &token, "health-check", "scan-1").await;
        assert_eq!(s, StatusCode::OK, "{again}");
        assert_eq!(again["replayed"], true);
        assert_eq!(again["redemption"]["id"], first["redemption"]["id"]);
        // A new attempt beyond the quota.
        let (s, v) = redeem(&app, &nurse, &token, "health-check", "scan-2").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("quota-exhausted")),
            "{v}"
        );
        // The same key for something else is a client error, not a second redemption.
        let (s, v) = redeem(&app, &nurse, &token, "green-channel", "scan-1").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("idempotency-key-reused")),
            "{v}"
        );
        let (s, v) = redeem(&app, &nurse, &token, "theatre", "scan-3").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("service-not-eligible")),
            "{v}"
        );
        let (s, v) = redeem(&app, &nurse, &token, "school-place", "scan-4").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("service-requested-not-redeemed")),
            "{v}"
        );
        let (s, v) = redeem(&app, &nurse, &token, "airport-vip", "scan-5").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("service-not-provided")),
            "{v}"
        );
        let (s, v) = redeem(&app, &nurse, &token, "green-channel", "").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");

        // The holder's history and the audit log both have it.
        let card = my_card(&app, "wang").await;
        assert_eq!(
            card["history"].as_array().expect("history").len(),
            1,
            "{card}"
        );
        assert_eq!(card["history"][0]["service"], "health-check");
        assert_eq!(
            line(&card, "health-check")["entitlement"]["status"],
            "exhausted"
        );
        let (_, audit) = app
            .api(
                "GET",
                "/api/v1/audit?action=card.redeem",
                Some(&tok(&app, "admin")),
                None,
            )
            .await;
        let redeemed: Vec<&Value> = audit["items"]
            .as_array()
            .expect("audit")
            .iter()
            .filter(|e| e["action"] == "card.redeem")
            .collect();
        assert_eq!(redeemed.len(), 1, "{audit}");

        // Who may do what: the holder cannot redeem, officers see cards of their reach only.
        let (s, _) = redeem(&app, &tok(&app, "wang"), &token, "green-channel", "self").await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let id = card["id"].as_i64().expect("id");
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/cards/{id}"),
                Some(&tok(&app, "officer.harbin")),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/cards/{id}"),
                Some(&tok(&app, "officer.qiqihar")),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = app
            .api("GET", &format!("/api/v1/cards/{id}"), Some(&nurse), None)
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        // The printable card, for its holder only (needs the CJK fonts CI installs).
        if rencai_certificate::Renderer::new().is_ok() {
            let req = axum::http::Request::get("/card/card.pdf")
                .header("cookie", app.login("wang").await)
                .body(axum::body::Body::empty())
                .expect("req");
            let (s, headers, body) = app.send(req).await;
            assert_eq!(s, StatusCode::OK);
            assert_eq!(headers["content-type"], "application/pdf");
            assert!(body.starts_with(b"%PDF"));
        } else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI must have fonts"
            );
            println!("SKIPPED (card PDF): fonts-noto-cjk not installed");
        }
        let req = axum::http::Request::get("/card/card.pdf")
            .header("cookie", app.login("nurse").await)
            .body(axum::body::Body::empty())
            .expect("req");
        assert_eq!(app.send(req).await.0, StatusCode::NOT_FOUND);
    }
);

both_backends!(
    sixty_four_simultaneous_redemptions_of_a_quota_of_one_succeed_exactly_once,
    |app: TestApp| async move {
        services_and_hospital(&app);
        accredited(&app, "wang").await;
        let token = my_card(&app, "wang").await["token"]
            .as_str()
            .expect("token")
            .to_string();
        let nurse = tok(&app, "nurse");
        let app = std::sync::Arc::new(app);
        for (round, service) in ["health-check", "green-channel", "library-museum"]
            .iter()
            .enumerate()
        {
            let mut tasks = Vec::new();
            for i in 0..64 {
                let (app, nurse, token) = (app.clone(), nurse.clone(), token.clone());
                let key = format!("r{round}-{i}");
                tasks.push(tokio::spawn(async move {
                    redeem(&app, &nurse, &token, service, &key).await
                }));
            }
            let mut created = 0;
            for t in tasks {
                let (s, v) = t.await.expect("task");
                match s {
                    StatusCode::CREATED => created += 1,
                    StatusCode::CONFLICT => assert_eq!(v["code"], "quota-exhausted", "{v}"),
                    other => panic!("{other}: {v}"),
                }
            }
            assert_eq!(created, 1, "round {round} ({service})");
        }
        // The same key sent 16 times at once: one redemption, 15 replays of it.
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let (app, nurse, token) = (app.clone(), nurse.clone(), token.clone());
            tasks.push(tokio::spawn(async move {
                redeem(&app, &nurse, &token, "public-transit", "same-key").await
            }));
        }
        let mut ids = std::collections::BTreeSet::new();
        let mut created = 0;
        for t in tasks {
            let (s, v) = t.await.expect("task");
            assert!(s == StatusCode::CREATED || s == StatusCode::OK, "{s}: {v}");
            created += usize::from(s == StatusCode::CREATED);
            ids.insert(v["redemption"]["id"].as_i64().expect("id"));
        }
        assert_eq!((created, ids.len()), (1, 1));
    }
);

both_backends!(
    every_refused_token_gets_its_own_answer_and_rotation_keeps_issued_cards_working,
    |app: TestApp| async move {
        services_and_hospital(&app);
        let (accreditation, _) = accredited(&app, "wang").await;
        let card = my_card(&app, "wang").await;
        let id = card["id"].as_i64().expect("id");
        let token = card["token"].as_str().expect("token").to_string();
        let nurse = tok(&app, "nurse");
        let check = |t: String| {
            let (app, nurse) = (&app, nurse.clone());
            async move {
                let (s, v) = app
                    .api(
                        "POST",
                        "/api/v1/cards/check",
                        Some(&nurse),
                        Some(json!({"token": t})),
                    )
                    .await;
                if s == StatusCode::OK {
                    "ok".to_string()
                } else {
                    v["code"].as_str().unwrap_or("?").to_string()
                }
            }
        };
        assert_eq!(check(token.clone()).await, "ok");
        assert_eq!(check("hello".into()).await, "token-malformed");
        assert_eq!(check(String::new()).await, "token-malformed");
        assert_eq!(
            check("RC1:".to_string() + &"A".repeat(5000)).await,
            "token-malformed"
        );
        // One character changed in the middle of the signed bytes.
        let mut tampered: Vec<char> = token.chars().collect();
        let mid = tampered.len() / 2;
        tampered[mid] = if tampered[mid] == '0' { '1' } else { '0' };
        let verdict = check(tampered.into_iter().collect()).await;
        assert!(
            ["token-tampered", "token-malformed"].contains(&verdict.as_str()),
            "{verdict}"
        );

        // Rotation: the card issued before still checks; the trust list has both keys.
        rencai_web::card_keyring::rotate(&app.store, &rencai_store::Actor::cli(), 1095)
            .expect("rotate");
        app.state.reload_keyring().expect("reload");
        assert_eq!(check(token.clone()).await, "ok");
        let fresh = my_card(&app, "wang").await["token"]
            .as_str()
            .expect("token")
            .to_string();
        assert_ne!(fresh, token, "new tokens are signed with the new key");
        assert_eq!(check(fresh.clone()).await, "ok");
        let (s, _, body) = app
            .send(
                axum::http::Request::get("/api/v1/cards/trust-list")
                    .body(axum::body::Body::empty())
                    .expect("req"),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let list =
            TrustList::from_json(std::str::from_utf8(&body).expect("utf8")).expect("trust list");
        assert_eq!(list.keys.len(), 2);
        let now = app.store.now().as_second();
        assert!(
            rencai_card::verify(&token, &list, now).is_ok(),
            "offline, old key"
        );
        assert!(
            rencai_card::verify(&fresh, &list, now).is_ok(),
            "offline, new key"
        );

        // Suspended, then reinstated; reissued (old copies refused); expired; revoked.
        let officer = tok(&app, "officer.harbin");
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{id}/suspend"),
                Some(&officer),
                Some(json!({"reason": "reported lost"})),
            )
            .await;
        assert_eq!(
            (s, v["status"].as_str()),
            (StatusCode::OK, Some("suspended")),
            "{v}"
        );
        assert_eq!(check(fresh.clone()).await, "card-suspended");
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{id}/reinstate"),
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{id}/reissue"),
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(
            (s, v["generation"].as_i64()),
            (StatusCode::OK, Some(2)),
            "{v}"
        );
        assert_eq!(check(fresh.clone()).await, "token-superseded");
        let reissued = v["token"].as_str().expect("token").to_string();
        assert_eq!(check(reissued.clone()).await, "ok");
        let (_, _, body) = app
            .send(
                axum::http::Request::get("/api/v1/cards/trust-list")
                    .body(axum::body::Body::empty())
                    .expect("req"),
            )
            .await;
        let list =
            TrustList::from_json(std::str::from_utf8(&body).expect("utf8")).expect("trust list");
        assert_eq!(
            rencai_card::verify(&fresh, &list, now).map_err(|e| e.code()),
            Err("token-superseded"),
            "offline too"
        );
        // The holder's nurse cannot suspend; the talent cannot either.
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{id}/suspend"),
                Some(&nurse),
                Some(json!({"reason": "x"})),
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);

        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/accreditations/{accreditation}/revoke"),
                Some(&officer),
                Some(json!({"reason": "false statement"})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(check(reissued.clone()).await, "token-revoked");
        let card = my_card(&app, "wang").await;
        assert_eq!(
            (card["status"].as_str(), card["token"].as_str()),
            (Some("revoked"), None)
        );

        app.clock
            .advance(jiff::SignedDuration::from_hours(24 * 365 * 4));
        assert_eq!(check(reissued).await, "token-expired");
    }
);
