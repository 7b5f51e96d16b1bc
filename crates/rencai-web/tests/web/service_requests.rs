//! Service requests on both backends: a cardholder requests a school place from a
//! school, attaches documents and submits; only that school's staff accept, ask for
//! more and fulfil it (another provider sees nothing); fulfilment uses the card's quota
//! and shows in its history; the holder rates it once; a late request shows in the
//! bureau's report by provider and service; refusals say what is wrong.

use crate::common;

use crate::cards::services_and_hospital;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::TestApp;
use common::accreditation::{accredited, add_user};
use rencai_domain::access::Role;
use serde_json::{Value, json};

fn tok(app: &TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/// A school in Harbin with a teacher at its desk, delivering school places and exam
/// registration.
fn school(app: &TestApp) {
    let now = app.store.now();
    add_user(app, "teacher", Role::Provider, app.harbin);
    app.store
        .write(|c| {
            let p = rencai_store::services::create_provider(
                c,
                &rencai_store::services::NewProvider {
                    code: "school",
                    jurisdiction_id: app.harbin,
                    name_zh: "哈尔滨市第一中学",
                    name_en: "Harbin No. 1 Middle School",
                    services: &["school-place", "exam-registration"],
                },
                now,
            )?;
            let t = rencai_store::accounts::find_user_id(c, "teacher")?.expect("teacher");
            rencai_store::accounts::link_provider(c, t, Some(p))
        })
        .expect("school");
}

async fn request(app: &TestApp, who: &str, service: &str, provider: &str) -> (StatusCode, Value) {
    app.api(
        "POST",
        "/api/v1/service-requests",
        Some(&tok(app, who)),
        Some(json!({"service": service, "provider": provider, "statement": "For my daughter, grade 7."})),
    )
    .await
}

async fn act(app: &TestApp, who: &str, id: i64, action: &str, version: i64) -> (StatusCode, Value) {
    app.api(
        "POST",
        &format!("/api/v1/applications/{id}/actions"),
        Some(&tok(app, who)),
        Some(json!({"action": action, "version": version, "note": "see note"})),
    )
    .await
}

async fn attach(app: &TestApp, who: &str, id: i64) {
    let req = Request::post(format!(
        "/api/v1/applications/{id}/evidence?file_name=household.pdf"
    ))
    .header("authorization", format!("Bearer {}", tok(app, who)))
    .header("content-type", "application/octet-stream")
    .body(Body::from(PDF.to_vec()))
    .expect("request");
    let (s, _, _) = app.send(req).await;
    assert_eq!(s, StatusCode::CREATED);
}

async fn get(app: &TestApp, who: &str, id: i64) -> (StatusCode, Value) {
    app.api(
        "GET",
        &format!("/api/v1/applications/{id}"),
        Some(&tok(app, who)),
        None,
    )
    .await
}

async fn rate(app: &TestApp, who: &str, id: i64, stars: i64) -> (StatusCode, Value) {
    app.api(
        "POST",
        &format!("/api/v1/service-requests/{id}/rating"),
        Some(&tok(app, who)),
        Some(json!({"rating": stars, "note": "Quick and kind"})),
    )
    .await
}

async fn late_report(app: &TestApp, who: &str) -> (StatusCode, Value) {
    app.api(
        "GET",
        "/api/v1/service-requests/late",
        Some(&tok(app, who)),
        None,
    )
    .await
}

async fn listed(app: &TestApp, who: &str, view: &str) -> Vec<i64> {
    let (s, v) = app
        .api(
            "GET",
            &format!("/api/v1/service-requests?view={view}"),
            Some(&tok(app, who)),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_i64().expect("id"))
        .collect()
}

both_backends!(
    a_holder_requests_a_school_place_the_school_fulfils_it_and_the_holder_rates_it,
    |app: TestApp| async move {
        services_and_hospital(&app);
        school(&app);
        accredited(&app, "wang").await;

        // What cannot be requested, and why.
        let (s, v) = request(&app, "wang", "health-check", "school").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("service-redeemed-at-point")),
            "{v}"
        );
        let (s, v) = request(&app, "wang", "affiliated-school", "school").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("service-not-eligible")),
            "{v}"
        );
        let (s, v) = request(&app, "wang", "school-place", "nowhere").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert_eq!(v["fields"][0]["field"], "provider", "{v}");
        let (s, v) = request(&app, "officer.harbin", "school-place", "school").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("card-none")),
            "{v}"
        );

        let (s, v) = request(&app, "wang", "school-place", "school").await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let id = v["id"].as_i64().expect("id");
        let (s, v) = request(&app, "wang", "school-place", "school").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("request-open")),
            "{v}"
        );

        // The school place needs documents before it can be submitted.
        let (s, v) = act(&app, "wang", id, "submit", 0).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert_eq!(v["fields"][0]["code"], "evidence-required");
        attach(&app, "wang", id).await;
        let (s, v) = act(&app, "wang", id, "submit", 0).await;
        assert_eq!(s, StatusCode::OK, "{v}");

        // Only the school's staff see it and act; the hospital's nurse does not.
        let (s, _) = get(&app, "nurse", id).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = act(&app, "nurse", id, "approve", 1).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(listed(&app, "nurse", "provider").await, Vec::<i64>::new());
        assert_eq!(listed(&app, "teacher", "provider").await, vec![id]);
        assert_eq!(listed(&app, "wang", "mine").await, vec![id]);
        assert_eq!(listed(&app, "officer.harbin", "review").await, vec![id]);
        // Accreditation lists keep to accreditation.
        let (_, v) = app
            .api(
                "GET",
                "/api/v1/applications?view=review",
                Some(&tok(&app, "officer.harbin")),
                None,
            )
            .await;
        assert!(
            v["items"]
                .as_array()
                .expect("items")
                .iter()
                .all(|i| i["kind"] != "service-request"),
            "{v}"
        );

        let (s, v) = get(&app, "teacher", id).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["part"]["provider"], true);
        assert_eq!(v["part"]["may_decide"], true);
        assert_eq!(v["request"]["service"], "school-place");
        assert_eq!(v["request"]["provider_en"], "Harbin No. 1 Middle School");
        assert_eq!(v["steps"][0]["code"], "provider-acceptance");
        assert_eq!(v["steps"][1]["turnaround_hours"], 20 * 24);

        // Rating waits until it is fulfilled.
        let (s, v) = rate(&app, "wang", id, 5).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("request-not-fulfilled")),
            "{v}"
        );

        let (s, v) = act(&app, "teacher", id, "approve", 1).await;
        assert_eq!(
            (s, v["status"].as_str()),
            (StatusCode::OK, Some("in-review")),
            "{v}"
        );
        let (s, _) = act(&app, "teacher", id, "request-info", 2).await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = act(&app, "wang", id, "provide-info", 3).await;
        assert_eq!(s, StatusCode::OK);
        let (s, v) = act(&app, "teacher", id, "approve", 4).await;
        assert_eq!(
            (s, v["status"].as_str()),
            (StatusCode::OK, Some("approved")),
            "{v}"
        );

        // The holder was told by mail when more was asked and when it was done.
        let mails = app
            .store
            .read(|c| rencai_store::outbox::for_recipient(c, "wang@example.cn"))
            .expect("outbox");
        let subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
        assert!(
            subjects.iter().any(|s| s.contains("needs more")),
            "{subjects:?}"
        );
        assert!(
            subjects.iter().any(|s| s.starts_with("Done: School place")),
            "{subjects:?}"
        );
        assert!(
            mails.iter().any(|m| m.body.contains("see note")),
            "the provider's note is passed on"
        );

        // Fulfilment used one of the two school places, and shows in the card history.
        let (_, card) = app
            .api("GET", "/api/v1/cards/mine", Some(&tok(&app, "wang")), None)
            .await;
        let line = card["services"]
            .as_array()
            .expect("services")
            .iter()
            .find(|l| l["code"] == "school-place")
            .expect("line")
            .clone();
        assert_eq!(
            line["entitlement"],
            json!({"status": "left", "left": 1, "of": 2}),
            "{card}"
        );
        assert_eq!(card["history"][0]["service"], "school-place", "{card}");

        // The holder rates it once, from 1 to 5.
        let (s, v) = rate(&app, "wang", id, 9).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        let (s, v) = rate(&app, "teacher", id, 1).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
        let (s, _) = rate(&app, "wang", id, 5).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, v) = rate(&app, "wang", id, 4).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("request-already-rated")),
            "{v}"
        );
        let (_, v) = get(&app, "wang", id).await;
        assert_eq!(
            (v["request"]["rating"].as_i64(), v["status"].as_str()),
            (Some(5), Some("approved")),
            "{v}"
        );

        // A second school place is the last one; a third is refused up front.
        let (s, v) = request(&app, "wang", "school-place", "school").await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let second = v["id"].as_i64().expect("id");
        attach(&app, "wang", second).await;
        act(&app, "wang", second, "submit", 0).await;
        act(&app, "teacher", second, "approve", 1).await;
        let (s, v) = act(&app, "teacher", second, "approve", 2).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let (s, v) = request(&app, "wang", "school-place", "school").await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("quota-exhausted")),
            "{v}"
        );

        // Nothing late yet.
        let (s, v) = late_report(&app, "officer.harbin").await;
        assert_eq!(
            (s, v.as_array().map(Vec::len)),
            (StatusCode::OK, Some(0)),
            "{v}"
        );
        let (s, _) = late_report(&app, "wang").await;
        assert_eq!(s, StatusCode::FORBIDDEN);
    }
);

both_backends!(
    a_request_past_its_promise_shows_in_the_late_report,
    |app: TestApp| async move {
        services_and_hospital(&app);
        school(&app);
        accredited(&app, "wang").await;
        // Exam registration is promised within 10 days.
        let (s, v) = request(&app, "wang", "exam-registration", "school").await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let id = v["id"].as_i64().expect("id");
        attach(&app, "wang", id).await;
        let (s, v) = act(&app, "wang", id, "submit", 0).await;
        assert_eq!(s, StatusCode::OK, "{v}");

        // Acceptance is promised within two days; on the third the round escalates it.
        app.clock.advance(jiff::SignedDuration::from_hours(3 * 24));
        let escalated = rencai_web::review_service::escalate_overdue(&app.store).expect("round");
        assert_eq!(escalated, 1);
        let (s, v) = late_report(&app, "officer.harbin").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}");
        assert_eq!(v[0]["provider_en"], "Harbin No. 1 Middle School");
        assert_eq!(v[0]["service"], "exam-registration");
        assert_eq!(
            (v[0]["late_open"].as_u64(), v[0]["late_closed"].as_u64()),
            (Some(1), Some(0)),
            "{v}"
        );

        // Accepted late, then fulfilled: it stays in the report as closed late.
        let (_, d) = get(&app, "teacher", id).await;
        let version = d["version"].as_i64().expect("version");
        act(&app, "teacher", id, "approve", version).await;
        // A card suspended meanwhile is not served; reinstated, it is.
        let (_, card) = app
            .api("GET", "/api/v1/cards/mine", Some(&tok(&app, "wang")), None)
            .await;
        let card_id = card["id"].as_i64().expect("card id");
        let officer = tok(&app, "officer.harbin");
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{card_id}/suspend"),
                Some(&officer),
                Some(json!({"reason": "lost"})),
            )
            .await;
        assert!(s.is_success(), "{v}");
        let (s, v) = act(&app, "teacher", id, "approve", version + 1).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("card-suspended")),
            "{v}"
        );
        let (s, v) = app
            .api(
                "POST",
                &format!("/api/v1/cards/{card_id}/reinstate"),
                Some(&officer),
                None,
            )
            .await;
        assert!(s.is_success(), "{v}");
        let (s, v) = act(&app, "teacher", id, "approve", version + 1).await;
        assert_eq!(
            (s, v["status"].as_str()),
            (StatusCode::OK, Some("approved")),
            "{v}"
        );
        let (_, v) = late_report(&app, "officer.harbin").await;
        assert_eq!(
            (v[0]["late_open"].as_u64(), v[0]["late_closed"].as_u64()),
            (Some(0), Some(1)),
            "{v}"
        );
        let (_, d) = get(&app, "wang", id).await;
        assert_eq!(d["request"]["late"], true, "{d}");
    }
);

both_backends!(
    the_same_journey_through_the_pages_in_english_and_chinese,
    |app: TestApp| async move {
        use common::browser::{Browser, redirected_to};
        services_and_hospital(&app);
        school(&app);
        accredited(&app, "wang").await;
        let wang = Browser::open(&app, "wang", "zh-CN").await;

        // The card offers the request; a service scanned at a counter does not.
        let p = wang.get("/card").await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("/requests/new?service=school-place"), "{}", p.body);
        assert!(!p.has("/requests/new?service=health-check"));
        assert!(p.has(">服务申请</a>"), "nav entry");
        let p = wang.get("/requests/new?service=school-place").await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("哈尔滨市第一中学"), "the school, in Chinese");
        assert!(p.has("id=\"documents\""), "documents to bring");
        // A counter service explains itself instead of a form.
        let p = wang.get("/requests/new?service=health-check").await;
        assert_eq!(p.status, StatusCode::CONFLICT);
        assert!(p.has("请到服务网点出示人才卡"), "{}", p.body);

        let p = wang
            .post(
                "/requests",
                &[
                    ("service", "school-place"),
                    ("provider", "school"),
                    ("statement", "初一"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        let id: i64 = p
            .location
            .trim_start_matches("/applications/")
            .parse()
            .expect("id");
        let p = wang.upload(id, "hukou.pdf", PDF).await;
        redirected_to(&p, &format!("/applications/{id}"));
        let p = wang.act(id, "submit", 0, "").await;
        redirected_to(&p, &format!("/applications/{id}"));
        let p = wang.get(&format!("/applications/{id}")).await;
        assert!(
            p.has("id=\"request-provider\">哈尔滨市第一中学"),
            "{}",
            p.body
        );
        assert!(p.has("服务单位受理"), "the step in Chinese");

        // The teacher reads English and sees Accept, then Mark fulfilled.
        let teacher = Browser::open(&app, "teacher", "en").await;
        let p = teacher.get("/requests").await;
        assert!(p.has(&format!("href=\"/applications/{id}\"")), "{}", p.body);
        let p = teacher.get(&format!("/applications/{id}")).await;
        assert!(p.has(">Accept</button>"), "{}", p.body);
        assert!(p.has("Harbin No. 1 Middle School"));
        redirected_to(
            &teacher.act(id, "approve", 1, "").await,
            &format!("/applications/{id}"),
        );
        let p = teacher.get(&format!("/applications/{id}")).await;
        assert!(p.has(">Mark fulfilled</button>"), "{}", p.body);
        redirected_to(
            &teacher.act(id, "approve", 2, "Place at grade 7").await,
            &format!("/applications/{id}"),
        );

        // The holder rates it; a missing choice is explained, then it is stored once.
        let p = wang.get(&format!("/applications/{id}")).await;
        assert!(p.has("id=\"rate-form\""), "{}", p.body);
        let p = wang
            .post(&format!("/requests/{id}/rate"), &[("note", "很快")])
            .await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        assert!(p.has("请选择 1 至 5 星"), "{}", p.body);
        let p = wang
            .post(
                &format!("/requests/{id}/rate"),
                &[("rating", "5"), ("note", "很快")],
            )
            .await;
        redirected_to(&p, &format!("/applications/{id}"));
        let p = wang.get(&format!("/applications/{id}")).await;
        assert!(!p.has("id=\"rate-form\""));
        assert!(p.has("★★★★★"), "{}", p.body);

        // The bureau's report: nothing late; holders may not open it.
        let officer = Browser::open(&app, "officer.harbin", "en").await;
        let p = officer.get("/requests/late").await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("id=\"late-none\""));
        assert_eq!(
            wang.get("/requests/late").await.status,
            StatusCode::FORBIDDEN
        );
    }
);
