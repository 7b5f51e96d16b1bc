//! The card service catalogue on both backends: saved whole by a catalogue manager,
//! checked at every field against the tier catalogue in force, guarded by its revision,
//! read from below (a city sees its province's services), refused to others.

use crate::common;

use axum::http::StatusCode;
use common::TestApp;
use common::accreditation::publish_catalogue;
use serde_json::{Value, json};

both_backends!(
    a_province_saves_its_service_catalogue_and_its_cities_read_it,
    |app: TestApp| async move {
        publish_catalogue(&app);
        let admin = app.token("admin", rencai_domain::access::SCOPES);
        let catalogue =
            serde_json::to_value(rencai_demo::services::service_catalogue()).expect("json");

        // Every problem at its field: an unknown tier, a missing translation.
        let mut bad = catalogue.clone();
        bad["services"][0]["tiers"] = json!(["Z"]);
        bad["areas"][0]["name"]["sw"] = json!("");
        let (s, v) = app
            .api(
                "PUT",
                "/api/v1/services/hlj",
                Some(&admin),
                Some(json!({"revision": 0, "catalogue": bad})),
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        let fields: Vec<&str> = v["errors"]
            .as_array()
            .or(v["fields"].as_array())
            .expect("fields")
            .iter()
            .filter_map(|f| f["field"].as_str())
            .collect();
        assert!(fields.contains(&"services[0].tiers[0]"), "{v}");
        assert!(fields.contains(&"areas[0].name.sw"), "{v}");

        let (s, v) = app
            .api(
                "PUT",
                "/api/v1/services/hlj",
                Some(&admin),
                Some(json!({"revision": 0, "catalogue": catalogue})),
            )
            .await;
        assert_eq!(
            (s, v["revision"].as_i64()),
            (StatusCode::OK, Some(1)),
            "{v}"
        );
        // An edit based on the old revision loses nothing: it is refused.
        let (s, v) = app
            .api(
                "PUT",
                "/api/v1/services/hlj",
                Some(&admin),
                Some(json!({"revision": 0, "catalogue": catalogue})),
            )
            .await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("stale-version")),
            "{v}"
        );

        // A Harbin officer reads the province's catalogue, but may not change it.
        let officer = app.token("officer.harbin", rencai_domain::access::SCOPES);
        let (s, v): (StatusCode, Value) = app
            .api("GET", "/api/v1/services/hlj-harbin", Some(&officer), None)
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(
            (v["owner"].as_str(), v["revision"].as_i64()),
            (Some("hlj"), Some(0))
        );
        assert_eq!(
            v["catalogue"]["services"]
                .as_array()
                .expect("services")
                .len(),
            24
        );
        let (s, _) = app
            .api(
                "PUT",
                "/api/v1/services/hlj-harbin",
                Some(&officer),
                Some(json!({"revision": 0, "catalogue": catalogue})),
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = app.api("GET", "/api/v1/services/hlj", None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);

        // The page lists the services in the reader's language.
        let cookie = app.login("officer.harbin").await;
        let req = axum::http::Request::get("/services/hlj-harbin")
            .header("cookie", cookie)
            .header("accept-language", "zh-CN")
            .body(axum::body::Body::empty())
            .expect("req");
        let (s, _, body) = app.send(req).await;
        let html = String::from_utf8(body).expect("utf8");
        assert_eq!(s, StatusCode::OK);
        assert!(
            html.contains("年度健康体检") || html.contains("健康"),
            "a Chinese service name"
        );
    }
);
