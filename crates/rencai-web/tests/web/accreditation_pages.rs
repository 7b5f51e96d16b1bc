//! Accreditation through the browser pages only, on both backends: a talent applies
//! with an uploaded PDF, an officer pre-checks and seats the panel, two experts
//! approve, the holder opens the accreditation; stale forms, who sees a dossier, and
//! the pages in Chinese.

use crate::common;

use axum::http::StatusCode;
use rencai_domain::access::Role;
use rencai_domain::ids::TalentId;
use serde_json::json;

const PRIZE: &str = "Heilongjiang Science and Technology Progress Award, second prize";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

use common::accreditation::{add_user, link, publish_catalogue};
use common::browser::{Browser, redirected_to};

/// A prize winner registered in Harbin (by the registry's API, which is not under test
/// here); returns the talent id and its employer's id.
async fn prize_winner(app: &common::TestApp, seq: u32) -> (i64, i64) {
    let admin = app.token("admin", rencai_domain::access::SCOPES);
    let mut body = app.talent_body("王海峰", "hlj-harbin", seq);
    body["honours"] = json!(PRIZE);
    body["title"] = json!("deputy_senior");
    let (s, v) = app
        .api("POST", "/api/v1/talents", Some(&admin), Some(body))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let id = v["id"].as_i64().expect("id");
    let employer = app
        .store
        .read(|c| rencai_store::talents::get(c, TalentId(id)))
        .expect("talent")
        .employer_id
        .expect("employer")
        .0;
    (id, employer)
}

both_backends!(
    a_talent_is_accredited_through_the_pages,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        for e in ["expert2", "expert3"] {
            add_user(&app, e, Role::Expert, app.province);
        }
        let (talent, _) = prize_winner(&app, 1).await;
        add_user(&app, "wang", Role::Talent, app.harbin);
        link(&app, "wang", Some(talent), None);
        let wang = Browser::open(&app, "wang", "en").await;

        // My accreditation: the tiers met now, and the way to apply.
        let p = wang.get("/accreditation").await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has(">Accreditation</a>"), "nav entry");
        assert!(p.has(">Applications</a>"), "nav entry");
        assert!(p.has("Tiers you meet now"));
        assert!(p.has(&format!("/talents/{talent}/eligibility")));
        let p = wang.get(&format!("/talents/{talent}/eligibility")).await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("value=\"provincial-second-prize\""), "an apply form");
        assert!(p.has("Evidence to provide"));

        // A criterion the profile does not meet: the page says why and keeps the text.
        let p = wang
            .post(
                "/applications",
                &[
                    ("talent_id", &talent.to_string()),
                    ("criterion", "academician-cas"),
                    ("statement", "Keep me"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("does not meet this criterion"), "{}", p.body);

        let p = wang
            .post(
                "/applications",
                &[
                    ("talent_id", &talent.to_string()),
                    ("criterion", "provincial-second-prize"),
                    ("statement", "Robot arm control"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        let id: i64 = p
            .location
            .trim_start_matches("/applications/")
            .parse()
            .expect("application id");
        let dossier = format!("/applications/{id}");
        let p = wang.get(&dossier).await;
        assert!(p.has("Draft") && p.has("id=\"upload-form\""));
        assert!(p.has("value=\"submit\""), "the applicant may submit");

        // Submitting without evidence is refused on the page; then upload a PDF.
        let p = wang.act(id, "submit", 0, "").await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("Attach at least one evidence file"), "{}", p.body);
        let p = wang.upload(id, "award.png", PDF).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("does not match its name"), "{}", p.body);
        redirected_to(&wang.upload(id, "prize.pdf", PDF).await, &dossier);
        let p = wang.get(&dossier).await;
        let evidence = p
            .number_after(&format!("/api/v1/applications/{id}/evidence/"))
            .expect("a download link");
        let file = wang
            .get(&format!("/api/v1/applications/{id}/evidence/{evidence}"))
            .await;
        assert_eq!(
            (file.status, file.body.as_bytes()),
            (StatusCode::OK, PDF),
            "the link downloads the file"
        );

        redirected_to(&wang.act(id, "submit", 0, "").await, &dossier);
        let p = wang.get(&dossier).await;
        assert!(p.has("In review") && p.has("City pre-check"));
        assert!(!p.has("id=\"upload-form\""), "evidence is frozen");
        assert!(!p.has("value=\"approve\""), "the applicant cannot decide");

        // Someone (here: another tab) moved it on: the stale form says so.
        let p = wang.act(id, "withdraw", 0, "").await;
        assert_eq!(p.status, StatusCode::CONFLICT);
        assert!(
            p.has("Someone else changed this record meanwhile"),
            "{}",
            p.body
        );
        assert!(p.has("In review"), "the page shows the current state");

        // An expert not on the panel does not see the dossier.
        let expert = Browser::open(&app, "expert", "en").await;
        assert_eq!(expert.get(&dossier).await.status, StatusCode::NOT_FOUND);
        let p = expert.get("/applications?view=assigned").await;
        assert!(!p.has(&format!("href=\"{dossier}\"")));

        // City pre-check by the officer.
        let officer = Browser::open(&app, "officer.harbin", "en").await;
        let p = officer.get("/applications?view=review").await;
        assert!(p.has(&format!("href=\"{dossier}\"")), "{}", p.body);
        let p = officer.get(&dossier).await;
        assert!(p.has("value=\"approve\"") && p.has("value=\"request-info\""));
        let p = officer.act(id, "reject", 1, "").await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("Comment or reason: This is required."), "{}", p.body);
        redirected_to(&officer.act(id, "approve", 1, "Complete").await, &dossier);

        // The officer seats the provincial panel from the list of experts.
        let p = officer.get(&dossier).await;
        assert!(p.has("Provincial expert panel") && p.has("id=\"panel-form\""));
        for (seat, e) in ["expert", "expert2", "expert3"].iter().enumerate() {
            assert!(p.has(&format!("value=\"{e}\"")), "{e} offered");
            let r = officer
                .post(
                    &format!("/applications/{id}/panel"),
                    &[("seat", &seat.to_string()), ("expert", e)],
                )
                .await;
            redirected_to(&r, &dossier);
        }
        assert!(
            !officer.get(&dossier).await.has("id=\"panel-form\""),
            "panel full"
        );

        // Two of three experts approve.
        let p = expert.get(&dossier).await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("value=\"approve\""));
        redirected_to(&expert.act(id, "approve", 2, "").await, &dossier);
        assert!(
            !expert.get(&dossier).await.has("value=\"approve\""),
            "one vote each"
        );
        let expert2 = Browser::open(&app, "expert2", "en").await;
        redirected_to(
            &expert2.act(id, "approve", 3, "Strong record").await,
            &dossier,
        );

        // The holder sees the accreditation.
        let p = wang.get(&dossier).await;
        assert!(p.has("Approved") && p.has("Strong record"));
        let acc = p.number_after("href=\"/accreditations/").expect("link");
        let page = format!("/accreditations/{acc}");
        let p = wang.get(&page).await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("HLJ-2026-") && p.has("Valid"));
        assert!(p.has(&format!(
            "href=\"/api/v1/accreditations/{acc}/certificate.pdf\""
        )));
        assert!(p.has("Download certificate") && p.has("href=\"/verify/HLJ-2026-"));
        assert!(p.has("provincial-second-prize"));
        let hash = {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(PDF))
        };
        assert!(p.has(&hash), "the evidence snapshot's hash");
        assert!(!p.has("id=\"revoke-reason\""), "holders do not revoke");
        assert!(
            wang.get("/accreditation")
                .await
                .has(&format!("href=\"{page}\""))
        );

        // Revocation needs a reason; the form keeps nothing else to fix.
        let p = officer
            .post(&format!("{page}/revoke"), &[("reason", " ")])
            .await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("Reason: This is required."), "{}", p.body);
        redirected_to(
            &officer
                .post(&format!("{page}/revoke"), &[("reason", "Award withdrawn")])
                .await,
            &page,
        );
        let p = wang.get(&page).await;
        assert!(p.has("Revoked") && p.has("Award withdrawn"));
        assert!(!p.has("Apply for renewal"));
    }
);

both_backends!(
    an_enterprise_applies_for_its_employee_in_chinese,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        let (talent, employer) = prize_winner(&app, 2).await;
        add_user(&app, "hr.boshi", Role::EnterpriseAdmin, app.harbin);
        link(&app, "hr.boshi", None, Some(employer));
        let hr = Browser::open(&app, "hr.boshi", "zh-CN,zh;q=0.9").await;

        let p = hr.get("/accreditation").await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.has("<html lang=\"zh-CN\">"));
        assert!(p.has("我的人才认定") && p.has("本单位人才") && p.has("王海峰"));
        let p = hr.get(&format!("/talents/{talent}/eligibility")).await;
        assert!(p.has("需提供的材料") && p.has("申请说明"), "{}", p.body);

        let p = hr
            .post(
                "/applications",
                &[
                    ("talent_id", &talent.to_string()),
                    ("criterion", "provincial-second-prize"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        let dossier = p.location.clone();
        let id: i64 = dossier
            .trim_start_matches("/applications/")
            .parse()
            .expect("id");
        let p = hr.get(&dossier).await;
        assert!(
            p.has("草稿") && p.has("提交审核") && p.has("市级初审"),
            "{}",
            p.body
        );
        redirected_to(&hr.upload(id, "证书.pdf", PDF).await, &dossier);
        let p = hr.act(id, "submit", 0, "").await;
        redirected_to(&p, &dossier);
        let p = hr.act(id, "submit", 0, "").await;
        assert_eq!(p.status, StatusCode::CONFLICT);
        assert!(p.has("审核中"), "status in Chinese");
        let p = hr.get("/applications").await;
        assert!(p.has(&format!("href=\"{dossier}\"")), "{}", p.body);
        assert!(p.has("<h1>申请</h1>") && p.has("审核中"), "{}", p.body);

        // The language cookie wins over the browser's language.
        let mut tw = Browser::open(&app, "officer.harbin", "en").await;
        tw.cookie = format!("{}; rencai_lang=zh-TW", tw.cookie);
        let p = tw.get(&dossier).await;
        assert!(
            p.has("審核中") && p.has("同意") && p.has("要求補充資料"),
            "{}",
            p.body
        );

        // Another enterprise's account neither sees the talent nor the application.
        add_user(&app, "hr.other", Role::EnterpriseAdmin, app.harbin);
        let other = Browser::open(&app, "hr.other", "en").await;
        assert_eq!(
            other
                .get(&format!("/talents/{talent}/eligibility"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(other.get(&dossier).await.status, StatusCode::NOT_FOUND);
    }
);

both_backends!(
    information_requests_appeals_and_withdrawal_through_the_pages,
    |app: common::TestApp| async move {
        publish_catalogue(&app);
        let (talent, _) = prize_winner(&app, 3).await;
        add_user(&app, "sun", Role::Talent, app.harbin);
        link(&app, "sun", Some(talent), None);
        let sun = Browser::open(&app, "sun", "en").await;
        let p = sun
            .post(
                "/applications",
                &[
                    ("talent_id", &talent.to_string()),
                    ("criterion", "provincial-second-prize"),
                ],
            )
            .await;
        let dossier = p.location.clone();
        let id: i64 = dossier
            .trim_start_matches("/applications/")
            .parse()
            .expect("id");
        redirected_to(&sun.upload(id, "prize.pdf", PDF).await, &dossier);
        redirected_to(&sun.act(id, "submit", 0, "").await, &dossier);

        let officer = Browser::open(&app, "officer.harbin", "en").await;
        redirected_to(
            &officer
                .act(id, "request-info", 1, "Add the certificate's second page")
                .await,
            &dossier,
        );
        let p = sun.get(&dossier).await;
        assert!(p.has("Information requested") && p.has("second page"));
        assert!(p.has("id=\"upload-form\""), "evidence may be added now");
        assert!(p.has("value=\"provide-info\"") && !p.has("value=\"submit\""));
        redirected_to(
            &sun.upload(id, "page2.png", b"\x89PNG\r\n\x1a\npage two")
                .await,
            &dossier,
        );
        redirected_to(&sun.act(id, "provide-info", 2, "").await, &dossier);

        redirected_to(
            &officer.act(id, "reject", 3, "A team award").await,
            &dossier,
        );
        let p = sun.get(&dossier).await;
        assert!(p.has("Rejected") && p.has("value=\"appeal\""));
        // An appeal needs its reason; the typed text is kept when it is refused.
        let p = sun.act(id, "appeal", 4, "   ").await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p.has("Comment or reason: This is required."));
        redirected_to(&sun.act(id, "appeal", 4, "I led the team").await, &dossier);
        let p = sun.get(&dossier).await;
        assert!(p.has("Appealed") && !p.has("value=\"appeal\""), "once only");
        redirected_to(&sun.act(id, "withdraw", 5, "").await, &dossier);
        let p = sun.get(&dossier).await;
        assert!(p.has("Withdrawn"));
        assert!(!p.has("value=\"withdraw\"") && !p.has("value=\"submit\""));
        let p = officer.get(&dossier).await;
        assert!(!p.has("value=\"approve\""), "nothing to decide");
    }
);
