//! Certificates on both backends: the holder downloads the PDF of their accreditation,
//! others cannot, anyone can open the verification page its QR code leads to, and a
//! revoked accreditation shows as revoked and has no certificate.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use rencai_domain::access::Role;
use rencai_store::Actor;
use serde_json::{Value, json};

fn tok(app: &common::TestApp, user: &str) -> String {
    app.token(user, rencai_domain::access::SCOPES)
}

/// Whether this machine can render certificates; without a CJK font the PDF checks
/// are skipped (said so), except on CI where the font is installed by `.ci/run`.
fn fonts_available() -> bool {
    match rencai_certificate::Renderer::new() {
        Ok(_) => true,
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI must have a CJK font: {e}"
            );
            println!("SKIPPED (PDF part): fonts-noto-cjk not installed: {e}");
            false
        }
    }
}

use common::accreditation::{accredited, add_user, link};

async fn get(
    app: &common::TestApp,
    path: &str,
    token: Option<&str>,
    lang: &str,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut b = Request::get(path)
        .header("accept-language", lang)
        .header("host", "rencai.test");
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    app.send(b.body(Body::empty()).expect("request")).await
}

fn header<'a>(h: &'a axum::http::HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

both_backends!(
    the_holder_downloads_the_certificate_and_anyone_verifies_it,
    |app: common::TestApp| async move {
        let (id, number) = accredited(&app, "wang").await;
        let pdf_path = format!("/api/v1/accreditations/{id}/certificate.pdf");
        let me = tok(&app, "wang");

        if fonts_available() {
            let (s, h, body) = get(&app, &pdf_path, Some(&me), "zh-CN").await;
            assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
            assert!(body.starts_with(b"%PDF"), "not a PDF");
            assert_eq!(header(&h, "content-type"), "application/pdf");
            assert_eq!(
                header(&h, "content-disposition"),
                format!("attachment; filename=\"{number}.pdf\"")
            );
            // The download is in the audit log, with the number and not the name.
            let (_, v) = app
                .api(
                    "GET",
                    "/api/v1/audit?per_page=100",
                    Some(&tok(&app, "admin")),
                    None,
                )
                .await;
            let entry = v["items"]
                .as_array()
                .expect("items")
                .iter()
                .find(|e| e["action"] == "accreditation.certificate")
                .cloned()
                .expect("audited");
            assert!(!entry.to_string().contains("王海峰"), "{entry}");
            // The officer of the talent's city may print it too.
            let (s, _, body) = get(&app, &pdf_path, Some(&tok(&app, "officer.harbin")), "en").await;
            assert_eq!(s, StatusCode::OK);
            assert!(body.starts_with(b"%PDF"));
        }

        // Another enterprise's HR, another city's officer and strangers get nothing,
        // whether or not fonts are installed: access is decided before rendering.
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
        for user in ["hr.other", "officer.qiqihar"] {
            let (s, _, body) = get(&app, &pdf_path, Some(&tok(&app, user)), "en").await;
            assert!(
                s == StatusCode::NOT_FOUND || s == StatusCode::FORBIDDEN,
                "{user}: {s}"
            );
            assert!(!body.starts_with(b"%PDF"), "{user}");
        }
        let (s, _, _) = get(&app, &pdf_path, None, "en").await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);

        // The verification page needs no login and shows tier and masked name only.
        let (s, _, body) = get(&app, &format!("/verify/{number}"), None, "en").await;
        let html = String::from_utf8_lossy(&body);
        assert_eq!(s, StatusCode::OK, "{html}");
        assert!(html.contains("王*峰"), "masked name: {html}");
        assert!(!html.contains("王海峰"), "the full name leaked");
        assert!(html.contains(&number));
        assert!(html.contains("verify-valid"), "{html}");
        assert!(html.contains(">Valid<"), "{html}");
        assert!(html.contains("D ·"), "tier code and name: {html}");
        let (_, _, body) = get(&app, &format!("/verify/{number}"), None, "zh-CN").await;
        assert!(String::from_utf8_lossy(&body).contains("有效"));
        let (s, h, body) = get(&app, &format!("/verify/{number}/qr.svg"), None, "en").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(header(&h, "content-type"), "image/svg+xml");
        assert!(String::from_utf8_lossy(&body).contains("<svg"));
        let (s, _, body) = get(&app, "/verify/HLJ-2026-999999", None, "en").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert!(String::from_utf8_lossy(&body).contains("HLJ-2026-999999"));
        let (s, _, _) = get(&app, "/verify/HLJ-2026-999999/qr.svg", None, "en").await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        // Revoked: the page says so and the certificate is refused with its own code.
        let (s, _) = app
            .api(
                "POST",
                &format!("/api/v1/accreditations/{id}/revoke"),
                Some(&tok(&app, "officer.harbin")),
                Some(json!({"reason": "Award withdrawn"})),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, _, body) = get(&app, &format!("/verify/{number}"), None, "en").await;
        let html = String::from_utf8_lossy(&body);
        assert!(
            html.contains("verify-revoked") && html.contains(">Revoked<"),
            "{html}"
        );
        let (s, _, body) = get(&app, &pdf_path, Some(&me), "en").await;
        let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        assert_eq!(
            (s, v["code"].clone()),
            (StatusCode::CONFLICT, json!("certificate-revoked"))
        );
        assert_ne!(v["title"], "err-certificate-revoked", "translated: {v}");
    }
);
