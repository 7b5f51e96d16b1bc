//! Accreditation through the API on both backends: eligibility, applying with
//! evidence, the two-step review, the accreditation and its public verification, and
//! who may see what.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use rencai_domain::access::Role;
use rencai_domain::ids::TalentId;
use rencai_store::Actor;
use serde_json::{Value, json};

const PRIZE: &str = "Heilongjiang Science and Technology Progress Award, second prize";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/// A token with every scope: what it may do is then up to the user's roles.
fn tok(app: &common::TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

use common::accreditation::{add_user, link, publish_catalogue};

/// A prize-winning talent in Harbin with an account of their own; returns its id.
async fn prize_winner(app: &common::TestApp, admin: &str, user: &str, seq: u32) -> i64 {
    let mut body = app.talent_body("王海峰", "hlj-harbin", seq);
    body["honours"] = json!(PRIZE);
    body["title"] = json!("deputy_senior");
    body["email"] = json!(format!("{user}@example.cn"));
    let (s, v) = app
        .api("POST", "/api/v1/talents", Some(admin), Some(body))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().expect("id");
    add_user(app, user, Role::Talent, app.harbin);
    link(app, user, Some(id), None);
    id
}

async fn upload(
    app: &common::TestApp,
    token: &str,
    application: i64,
    name: &str,
    data: &[u8],
) -> (StatusCode, Value) {
    let req = Request::post(format!(
        "/api/v1/applications/{application}/evidence?file_name={name}"
    ))
    .header("authorization", format!("Bearer {token}"))
    .header("accept-language", "en")
    .header("content-type", "application/octet-stream")
    .body(Body::from(data.to_vec()))
    .expect("request");
    let (s, _, body) = app.send(req).await;
    (s, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

async fn act(
    app: &common::TestApp,
    token: &str,
    application: i64,
    action: &str,
    version: i64,
    note: &str,
) -> (StatusCode, Value) {
    app.api(
        "POST",
        &format!("/api/v1/applications/{application}/actions"),
        Some(token),
        Some(json!({"action": action, "version": version, "note": note})),
    )
    .await
}

/// A submitted application of a fresh prize winner; returns (talent token, app id).
async fn submitted(app: &common::TestApp, user: &str, seq: u32) -> (String, i64) {
    let admin = tok(app, "admin");
    let talent = prize_winner(app, &admin, user, seq).await;
    let token = tok(app, user);
    let (s, v) = app
        .api(
            "POST",
            "/api/v1/applications",
            Some(&token),
            Some(json!({"talent_id": talent, "criterion": "provincial-second-prize"})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().expect("id");
    let (s, _) = upload(app, &token, id, "prize.pdf", PDF).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, v) = act(app, &token, id, "submit", 0, "").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    (token, id)
}

both_backends!(
    a_talent_is_accredited_through_precheck_and_panel,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        for e in ["expert2", "expert3"] {
            add_user(&app, e, Role::Expert, app.province);
        }
        let admin = tok(&app, "admin");
        let talent = prize_winner(&app, &admin, "wang", 1).await;
        let me = tok(&app, "wang");

        // Which tier do I meet?
        let (s, v) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{talent}/eligibility"),
                Some(&me),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let matches = v["matches"].as_array().expect("matches");
        let prize = matches
            .iter()
            .find(|m| m["criterion"] == "provincial-second-prize")
            .expect("the prize criterion matches");
        assert_eq!(prize["tier"], "D");
        assert!(!prize["evidence"].as_str().unwrap_or("").is_empty());

        // A criterion the profile does not meet is refused.
        let (s, v) = app
            .api(
                "POST",
                "/api/v1/applications",
                Some(&me),
                Some(json!({"talent_id": talent, "criterion": "academician-cas"})),
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert_eq!(v["fields"][0]["code"], "criterion-not-met");

        let (s, v) = app
        .api(
            "POST",
            "/api/v1/applications",
            Some(&me),
            Some(json!({"talent_id": talent, "criterion": "provincial-second-prize", "statement": "Robot arm control"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let id = v["id"].as_i64().expect("id");

        // Submitting without evidence, and bad files, are refused with what to fix.
        let (s, v) = act(&app, &me, id, "submit", 0, "").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(v["fields"][0]["code"], "evidence-required");
        let (s, v) = upload(&app, &me, id, "prize.pdf", b"MZ\x90\x00 not a pdf").await;
        assert_eq!(
            (s, v["fields"][0]["code"].clone()),
            (StatusCode::UNPROCESSABLE_ENTITY, json!("evidence-type"))
        );
        let (s, v) = upload(&app, &me, id, "prize.pdf", b"\x89PNG\r\n\x1a\n....").await;
        assert_eq!(v["fields"][0]["code"], "evidence-disguised", "{s}");
        let big = [PDF, &vec![b' '; 10 * 1024 * 1024]].concat();
        let (s, v) = upload(&app, &me, id, "big.pdf", &big).await;
        assert_eq!(v["fields"][0]["code"], "evidence-too-large", "{s}");
        let (s, _) = upload(&app, &me, id, "prize.pdf", PDF).await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, v) = upload(&app, &me, id, "again.pdf", PDF).await;
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("evidence-duplicate"))
        );

        let (s, v) = act(&app, &me, id, "submit", 0, "").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("in-review"))
        );
        // A double submit finds the application moved on.
        let (s, v) = act(&app, &me, id, "submit", 0, "").await;
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("stale-version"))
        );
        // Evidence is frozen once submitted.
        let (s, _) = upload(&app, &me, id, "late.png", b"\x89PNG\r\n\x1a\nlate").await;
        assert_eq!(s, StatusCode::CONFLICT);

        // The applicant cannot decide; another city's officer and an unassigned expert
        // do not even see it.
        let (s, _) = act(&app, &me, id, "approve", 1, "").await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let qiqihar = tok(&app, "officer.qiqihar");
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&qiqihar),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let expert = tok(&app, "expert");
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&expert),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        // City pre-check.
        let officer = tok(&app, "officer.harbin");
        let (s, v) = act(&app, &officer, id, "reject", 1, "").await;
        assert_eq!(
            v["fields"][0]["code"], "required",
            "{s}: a rejection needs a reason"
        );
        let (s, v) = act(&app, &officer, id, "approve", 1, "Complete").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("in-review")),
            "{v}"
        );

        // The officer seats the provincial panel; experts vote, 2 of 3 decide.
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
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/applications/{id}/panel"),
                Some(&officer),
                Some(json!({"seat": 0, "expert": "expert2"})),
            )
            .await;
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("review-seat-taken"))
        );
        let (s, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&expert),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(v["part"]["may_decide"], true);
        let (s, v) = act(&app, &expert, id, "approve", 2, "").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("in-review"))
        );
        let (s, v) = act(&app, &expert, id, "approve", 3, "").await;
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("review-already-voted"))
        );
        let e2 = tok(&app, "expert2");
        let (s, v) = act(&app, &e2, id, "approve", 3, "Strong record").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("approved"))
        );
        let e3 = tok(&app, "expert3");
        let (s, v) = act(&app, &e3, id, "approve", 4, "").await;
        assert_eq!(
            s,
            StatusCode::CONFLICT,
            "no decision after the decision: {v}"
        );

        // The decision: tier, catalogue version, criterion and the evidence hashes.
        let (_, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&me),
                None,
            )
            .await;
        let acc = &v["accreditation"];
        assert_eq!(acc["tier"], "D");
        assert_eq!(acc["criterion"], "provincial-second-prize");
        assert_eq!(acc["catalogue_version"], 1);
        assert_eq!(acc["evidence"].as_array().map(Vec::len), Some(1));
        assert_eq!(
            acc["evidence"][0]["sha256"].as_str().map(str::len),
            Some(64)
        );
        let number = acc["number"].as_str().expect("number").to_string();
        assert!(number.starts_with("HLJ-2026-"), "{number}");
        let actions: Vec<_> = v["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["action"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(actions, ["submit", "approve", "approve", "approve"]);
        let mails = app
            .store
            .read(|c| rencai_store::outbox::for_recipient(c, "wang@example.cn"))
            .expect("outbox");
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body.contains(&number));

        // Anyone can verify the number; the name is masked.
        let (s, v) = app
            .api("GET", &format!("/api/v1/verify/{number}"), None, None)
            .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(
            (v["status"].clone(), v["holder"].clone()),
            (json!("valid"), json!("王*峰"))
        );
        let (s, _) = app
            .api("GET", "/api/v1/verify/HLJ-2026-999999", None, None)
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        // Revocation needs a reason and happens once.
        let acc_id = acc["id"].as_i64().expect("id");
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/accreditations/{acc_id}/revoke"),
                Some(&me),
                Some(json!({"reason": "x"})),
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/accreditations/{acc_id}/revoke"),
                Some(&officer),
                Some(json!({"reason": "Award withdrawn"})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/accreditations/{acc_id}/revoke"),
                Some(&officer),
                Some(json!({"reason": "again"})),
            )
            .await;
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("accreditation-revoked"))
        );
        let (_, v) = app
            .api("GET", &format!("/api/v1/verify/{number}"), None, None)
            .await;
        assert_eq!(v["status"], "revoked");

        // Every step is in the audit log.
        let (_, v) = app
            .api("GET", "/api/v1/audit?per_page=100", Some(&admin), None)
            .await;
        let logged: Vec<_> = v["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|e| e["action"].as_str())
            .collect();
        for a in [
            "application.create",
            "application.submit",
            "application.approve",
            "accreditation.issue",
            "accreditation.revoke",
            "application.assign",
        ] {
            assert!(logged.contains(&a), "{a} in {logged:?}");
        }
    }
);

both_backends!(
    two_reviewers_deciding_at_once_one_wins,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        add_user(&app, "officer.harbin2", Role::Officer, app.harbin);
        for round in 0..3u32 {
            let (_, id) = submitted(&app, &format!("t{round}"), 10 + round).await;
            let a = tok(&app, "officer.harbin");
            let b = tok(&app, "officer.harbin2");
            let (ra, rb) = tokio::join!(
                act(&app, &a, id, "approve", 1, ""),
                act(&app, &b, id, "reject", 1, "Incomplete")
            );
            let ok = [ra.0, rb.0]
                .iter()
                .filter(|s| **s == StatusCode::OK)
                .count();
            assert_eq!(ok, 1, "round {round}: {ra:?} {rb:?}");
            let loser = if ra.0 == StatusCode::OK { rb } else { ra };
            assert_eq!(
                (loser.0, loser.1["code"].clone()),
                (StatusCode::CONFLICT, json!("stale-version"))
            );
            let (_, v) = app
                .api("GET", &format!("/api/v1/applications/{id}"), Some(&a), None)
                .await;
            assert_eq!(
                v["events"].as_array().map(Vec::len),
                Some(2),
                "one decision recorded"
            );
        }
    }
);

both_backends!(
    each_side_sees_only_its_own_applications,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        let (mine, id) = submitted(&app, "li", 21).await;
        let (other, other_id) = submitted(&app, "zhao", 22).await;
        let list = |token: String| {
            let app = &app;
            async move {
                let (s, v) = app
                    .api("GET", "/api/v1/applications", Some(&token), None)
                    .await;
                assert_eq!(s, StatusCode::OK, "{v}");
                v["items"]
                    .as_array()
                    .expect("items")
                    .iter()
                    .filter_map(|a| a["id"].as_i64())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(list(mine.clone()).await, vec![id]);
        assert_eq!(list(other.clone()).await, vec![other_id]);
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{other_id}"),
                Some(&mine),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(list(tok(&app, "officer.harbin")).await, vec![other_id, id]);
        assert!(list(tok(&app, "officer.qiqihar")).await.is_empty());
        assert!(
            list(tok(&app, "expert")).await.is_empty(),
            "experts see only what they sit on"
        );

        // An enterprise acts for its own employees only.
        add_user(&app, "hr.boshi", Role::EnterpriseAdmin, app.harbin);
        let (_, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&mine),
                None,
            )
            .await;
        let talent = v["talent_id"].as_i64().expect("talent");
        let employer = app
            .store
            .read(|c| rencai_store::talents::get(c, TalentId(talent)))
            .expect("talent")
            .employer_id
            .map(|e| e.0);
        assert!(employer.is_some());
        link(&app, "hr.boshi", None, employer);
        add_user(&app, "hr.other", Role::EnterpriseAdmin, app.harbin);
        let now = app.store.now();
        let other = app
            .store
            .write(|c| {
                rencai_store::reference::ensure_enterprise(
                    c,
                    &rencai_store::reference::NewEnterprise {
                        name: "Qiqihar Heavy CNC Equipment Co. Ltd.",
                        name_zh: "齐齐哈尔二机床",
                        jurisdiction_id: app.qiqihar,
                        industry_chain: "equipment",
                        cluster: "Qiqihar equipment",
                        kind: "enterprise",
                    },
                    &Actor::cli(),
                    now,
                )
            })
            .expect("enterprise");
        link(&app, "hr.other", None, Some(other.0));
        let (s, v) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{talent}/eligibility"),
                Some(&tok(&app, "hr.boshi")),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{talent}/eligibility"),
                Some(&tok(&app, "hr.other")),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        // A token without the accreditation scope cannot apply.
        let narrow = app.token("li", &["talents:read"]);
        let (s, _) = app
            .api(
                "GET",
                &format!("/api/v1/talents/{talent}/eligibility"),
                Some(&narrow),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
    }
);

both_backends!(
    requests_for_information_withdrawal_and_appeal,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        let (me, id) = submitted(&app, "sun", 31).await;
        let officer = tok(&app, "officer.harbin");
        let (s, v) = act(
            &app,
            &officer,
            id,
            "request-info",
            1,
            "Add the award certificate's second page",
        )
        .await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("info-requested"))
        );
        let (s, _) = upload(&app, &me, id, "page2.png", b"\x89PNG\r\n\x1a\npage two").await;
        assert_eq!(
            s,
            StatusCode::CREATED,
            "evidence may be added while information is requested"
        );
        let (s, v) = act(&app, &me, id, "provide-info", 2, "").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("in-review"))
        );
        let (s, v) = act(
            &app,
            &officer,
            id,
            "reject",
            3,
            "The award is for a team, not the applicant",
        )
        .await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("rejected"))
        );
        let (s, v) = act(&app, &me, id, "appeal", 4, "").await;
        assert_eq!(v["fields"][0]["code"], "required", "{s}");
        let (s, v) = act(
            &app,
            &me,
            id,
            "appeal",
            4,
            "I led the team; see the citation",
        )
        .await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("in-review"))
        );
        let (s, v) = act(&app, &me, id, "withdraw", 5, "").await;
        assert_eq!(
            (s, v["status"].clone()),
            (StatusCode::OK, json!("withdrawn"))
        );
        let (s, v) = act(&app, &officer, id, "approve", 6, "").await;
        assert_eq!(
            s,
            StatusCode::CONFLICT,
            "no decision on a withdrawn application: {v}"
        );
        let (s, v) = act(&app, &me, id, "comment", 6, "Thanks").await;
        assert_eq!(s, StatusCode::OK, "{v}");
    }
);

both_backends!(
    late_steps_escalate_and_expiring_holders_are_reminded_by_mail,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        let (_, id) = submitted(&app, "zhou", 41).await;
        let folder = std::env::temp_dir().join(format!("rencai-mail-{}", rand::random::<u64>()));
        let mailer = rencai_web::mailer::Mailer::new(None, folder.clone()).expect("mailer");
        let from: lettre::message::Mailbox =
            "rencai <noreply@rencai.localhost>".parse().expect("from");

        // Within the pre-check's five days nothing happens.
        app.clock.advance(jiff::SignedDuration::from_hours(4 * 24));
        let r = rencai_web::jobs::round(&app.state, &mailer, &from);
        assert_eq!(r.escalated, 0);
        // Past them the step is escalated, once.
        app.clock.advance(jiff::SignedDuration::from_hours(2 * 24));
        assert_eq!(
            rencai_web::jobs::round(&app.state, &mailer, &from).escalated,
            1
        );
        assert_eq!(
            rencai_web::jobs::round(&app.state, &mailer, &from).escalated,
            0
        );
        let officer = tok(&app, "officer.harbin");
        let (_, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&officer),
                None,
            )
            .await;
        assert_eq!(v["escalated"], true);
        assert_eq!(
            v["events"]
                .as_array()
                .and_then(|e| e.last())
                .map(|e| e["action"].clone()),
            Some(json!("escalate"))
        );

        // Decide it; the issue mail goes out as a file.
        let (s, _) = act(&app, &officer, id, "approve", 2, "").await;
        assert_eq!(s, StatusCode::OK);
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/applications/{id}/panel"),
                Some(&officer),
                Some(json!({"seat": 0, "expert": "expert"})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{v}");
        add_user(&app, "expert2", Role::Expert, app.province);
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/applications/{id}/panel"),
                Some(&officer),
                Some(json!({"seat": 1, "expert": "expert2"})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(
            act(&app, &tok(&app, "expert"), id, "approve", 3, "")
                .await
                .0,
            StatusCode::OK
        );
        let (_, v) = act(&app, &tok(&app, "expert2"), id, "approve", 4, "").await;
        assert_eq!(v["status"], "approved");
        let r = rencai_web::jobs::round(&app.state, &mailer, &from);
        assert_eq!((r.sent, r.failed), (1, 0));
        let files: Vec<_> = std::fs::read_dir(&folder)
            .expect("folder")
            .filter_map(Result::ok)
            .collect();
        assert_eq!(files.len(), 1);
        let eml = std::fs::read_to_string(files[0].path()).expect("eml");
        assert!(eml.contains("To: zhou@example.cn"), "{eml}");

        // Sixty days before expiry (three years on) the holder is reminded, once.
        app.clock
            .advance(jiff::SignedDuration::from_hours((3 * 365 - 70) * 24));
        assert_eq!(
            rencai_web::jobs::round(&app.state, &mailer, &from).reminders,
            0
        );
        app.clock.advance(jiff::SignedDuration::from_hours(20 * 24));
        let r = rencai_web::jobs::round(&app.state, &mailer, &from);
        assert_eq!((r.reminders, r.sent), (1, 1));
        let r = rencai_web::jobs::round(&app.state, &mailer, &from);
        assert_eq!((r.reminders, r.sent), (0, 0), "queued again is a no-op");
        let mails = app
            .store
            .read(|c| rencai_store::outbox::for_recipient(c, "zhou@example.cn"))
            .expect("outbox");
        assert_eq!(mails.len(), 2);
        let _ = std::fs::remove_dir_all(folder);
    }
);

/// Takes a submitted application through pre-check and a 2-of-3 panel to approval.
async fn approve_through_review(app: &common::TestApp, id: i64) {
    let officer = tok(app, "officer.harbin");
    let (_, v) = app
        .api(
            "GET",
            &format!("/api/v1/applications/{id}"),
            Some(&officer),
            None,
        )
        .await;
    let mut version = v["version"].as_i64().expect("version");
    let (s, v) = act(app, &officer, id, "approve", version, "Complete").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    version += 1;
    for (seat, e) in ["expert", "expert2"].iter().enumerate() {
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
    for e in ["expert", "expert2"] {
        let (s, v) = act(app, &tok(app, e), id, "approve", version, "").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        version += 1;
    }
}

/// Publishes a second catalogue version in which the provincial prize counts for C.
fn publish_prize_as_c(app: &common::TestApp) {
    let mut cat = rencai_demo::catalogue::catalogue();
    let prize = cat
        .criteria
        .iter_mut()
        .find(|c| c.code == "provincial-second-prize")
        .expect("the prize criterion");
    prize.tier = "C".into();
    prize.examples.clear();
    common::accreditation::publish(app, &cat);
}

both_backends!(
    a_new_catalogue_changes_decided_tiers_only_through_a_reviewed_campaign,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        add_user(&app, "expert2", Role::Expert, app.province);
        let (me, id) = submitted(&app, "wang", 1).await;
        approve_through_review(&app, id).await;
        let (_, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{id}"),
                Some(&me),
                None,
            )
            .await;
        let first = v["accreditation"]["id"].as_i64().expect("accredited");
        assert_eq!(v["accreditation"]["tier"], "D");

        // Publishing v2 changes no decided tier.
        publish_prize_as_c(&app);
        let get = |token: String, acc: i64| {
            let app = &app;
            async move {
                app.api(
                    "GET",
                    &format!("/api/v1/accreditations/{acc}"),
                    Some(&token),
                    None,
                )
                .await
                .1
            }
        };
        let v = get(me.clone(), first).await;
        assert_eq!(
            (v["tier"].clone(), v["catalogue_version"].clone()),
            (json!("D"), json!(1))
        );

        // A campaign is an officer's explicit act, within their reach.
        let officer = tok(&app, "officer.harbin");
        let campaign = |token: String, j: &'static str| {
            let app = &app;
            async move {
                app.api(
                    "POST",
                    "/api/v1/reevaluations",
                    Some(&token),
                    Some(json!({"jurisdiction": j})),
                )
                .await
            }
        };
        let (s, _) = campaign(me.clone(), "hlj-harbin").await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = campaign(officer.clone(), "hlj").await;
        assert_eq!(
            s,
            StatusCode::FORBIDDEN,
            "the province is above a city officer"
        );
        let (s, v) = campaign(officer.clone(), "hlj-harbin").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(
            (v["considered"].clone(), v["current"].clone()),
            (json!(1), json!(0))
        );
        let started = &v["started"][0];
        assert_eq!(
            (
                started["from_tier"].clone(),
                started["to_tier"].clone(),
                started["up"].clone()
            ),
            (json!("D"), json!("C"), json!(true))
        );
        let review = started["application"].as_i64().expect("application");

        // Run twice (this time from the page), it starts nothing more.
        let cookie = app.login("officer.harbin").await;
        let page = Request::get("/reevaluations")
            .header("cookie", &cookie)
            .header("accept-language", "en")
            .body(Body::empty())
            .expect("request");
        let (s, _, html) = app.send(page).await;
        let html = String::from_utf8(html).expect("utf-8");
        assert_eq!(s, StatusCode::OK);
        let csrf = html
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("csrf");
        let post = Request::post("/reevaluations")
            .header("cookie", &cookie)
            .header("accept-language", "en")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={csrf}&jurisdiction=hlj-harbin")))
            .expect("request");
        let (s, _, html) = app.send(post).await;
        let html = String::from_utf8(html).expect("utf-8");
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(
            html.contains("Re-evaluations already under way: 1"),
            "{html}"
        );
        assert!(
            !html.contains("id=\"started\""),
            "nothing new started: {html}"
        );

        // The re-evaluation is in review with the evidence already reviewed; the holder
        // sees it, and the decided tier still stands.
        let (s, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{review}"),
                Some(&me),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(
            (v["status"].clone(), v["kind"].clone()),
            (json!("in-review"), json!("accreditation-reevaluation"))
        );
        assert_eq!(v["evidence"].as_array().map(Vec::len), Some(1), "{v}");
        assert_eq!(get(me.clone(), first).await["tier"], "D");

        // Approval replaces the old accreditation with the new tier.
        approve_through_review(&app, review).await;
        let (_, v) = app
            .api(
                "GET",
                &format!("/api/v1/applications/{review}"),
                Some(&me),
                None,
            )
            .await;
        assert_eq!(
            (
                v["accreditation"]["tier"].clone(),
                v["accreditation"]["catalogue_version"].clone()
            ),
            (json!("C"), json!(2))
        );
        let old = get(me.clone(), first).await;
        assert_eq!(old["renewed_by"], v["accreditation"]["id"], "{old}");

        // Now decided under the catalogue in force: nothing left to re-evaluate.
        let (_, v) = campaign(officer.clone(), "hlj-harbin").await;
        assert_eq!(
            (v["considered"].clone(), v["current"].clone()),
            (json!(1), json!(1))
        );
        let (_, v) = app
            .api(
                "GET",
                "/api/v1/audit?per_page=100",
                Some(&tok(&app, "admin")),
                None,
            )
            .await;
        assert!(
            v["items"]
                .as_array()
                .expect("items")
                .iter()
                .any(|e| e["action"] == "accreditation.reevaluate")
        );
    }
);
