//! Accreditation fixtures shared by the API, page and certificate tests.

use super::TestApp;
use rencai_domain::access::{Grant, Role};
use rencai_domain::ids::{EnterpriseId, TalentId};
use rencai_store::Actor;

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
