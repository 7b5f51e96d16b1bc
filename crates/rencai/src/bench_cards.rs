//! The world of `rencai bench redeem`: a service catalogue for every province, a
//! service point with a staff account and its API token, and an accreditation and a
//! card for every talent, written with one `INSERT … SELECT` per table and province
//! instead of one transaction per card (a million cards in seconds, not hours).

use anyhow::Context;
use rencai_domain::access::{Grant, Role};
use rencai_domain::ids::{ProviderId, UserId};
use rencai_store::{Actor, Backend, Store, accounts, services};

/// The unlimited service every request redeems, and the quota-of-one service.
pub const UNLIMITED: &str = "public-transit";
pub const ONCE_A_YEAR: &str = "health-check";

pub struct ServicePoint {
    pub provider: ProviderId,
    pub staff: UserId,
    /// `Authorization: Bearer …` of the staff account (scope `cards:redeem`).
    pub api_token: String,
}

fn err(e: rencai_store::StoreError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// The demo service catalogue for every province that has none (the demo world gives
/// only Heilongjiang one), so every card can redeem; a provider of the two benchmark
/// services with one staff account.
pub fn service_point(store: &Store) -> anyhow::Result<ServicePoint> {
    let now = store.now();
    let tree = store.read(rencai_store::reference::tree).map_err(err)?;
    let hlj = tree.by_code("hlj").context("the demo province")?.id;
    let body = serde_json::to_string(&rencai_demo::services::service_catalogue())?;
    store
        .write(|c| {
            for (_, root) in tree.ordered().into_iter().filter(|(d, _)| *d == 0) {
                if services::catalogue(c, root.id)?.is_none() {
                    services::save_catalogue(c, root.id, &body, 0, None, now)?;
                }
            }
            let staff = accounts::create_user(
                c,
                &accounts::NewUser {
                    username: "bench.desk",
                    display_name: "bench service point",
                    password: "bench-password-123",
                    grants: &[Grant {
                        role: Role::Provider,
                        jurisdiction_id: hlj,
                    }],
                },
                &Actor::cli(),
                now,
            )?;
            let provider = services::create_provider(
                c,
                &services::NewProvider {
                    code: "bench-service-point",
                    jurisdiction_id: hlj,
                    name_zh: "基准测试服务点",
                    name_en: "Benchmark service point",
                    services: &[UNLIMITED, ONCE_A_YEAR],
                },
                now,
            )?;
            accounts::link_provider(c, staff, Some(provider))?;
            let api_token = accounts::create_token(
                c,
                staff,
                "bench",
                &["cards:redeem".into()],
                &Actor::cli(),
                now,
            )?;
            Ok(ServicePoint {
                provider,
                staff,
                api_token,
            })
        })
        .map_err(err)
}

/// `expr` as a decimal of at least `width` digits. SQLite has `printf`, PostgreSQL
/// `lpad` (which would cut a longer number, hence the `greatest`).
fn zero_padded(backend: Backend, expr: &str, width: usize) -> String {
    match backend {
        Backend::Sqlite => format!("printf('%0{width}d', {expr})"),
        Backend::Postgres => {
            format!("lpad(({expr})::text, greatest({width}, length(({expr})::text)), '0')")
        }
    }
}

/// `accreditation_service::mask_name` in SQL for names of up to four characters (the
/// demo's names); longer ones keep one star too many or few, which nothing compares.
const HOLDER_CHECK: &str = "CASE length(t.name) WHEN 0 THEN '' WHEN 1 THEN '*' \
     WHEN 2 THEN substr(t.name, 1, 1) || '*' \
     WHEN 3 THEN substr(t.name, 1, 1) || '*' || substr(t.name, 3, 1) \
     ELSE substr(t.name, 1, 1) || '**' || substr(t.name, length(t.name), 1) END";

/// Tiers A to D, mostly D: every one of them is entitled to both benchmark services.
const TIER: &str = "CASE WHEN t.id % 100 = 0 THEN 'A' WHEN t.id % 20 = 0 THEN 'B' \
     WHEN t.id % 5 = 0 THEN 'C' ELSE 'D' END";

fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// An approved application, an accreditation and an active card for every talent;
/// each row takes its talent's id as its own (the tables are empty on a fresh
/// database). Returns the number of cards.
pub fn cards(store: &Store) -> anyhow::Result<i64> {
    use diesel::connection::SimpleConnection;
    use rencai_store::schema::{applications, cards};
    let backend = store.backend();
    let now = store.now();
    let issued = now.as_microsecond();
    let expires = issued + 3 * 365 * 86_400 * 1_000_000;
    let year = now.to_zoned(jiff::tz::TimeZone::UTC).year();
    let tree = store.read(rencai_store::reference::tree).map_err(err)?;
    let hlj = tree.by_code("hlj").context("the demo province")?.id;
    let flow = quoted(&serde_json::to_string(
        &rencai_domain::accreditation::default_flow(),
    )?);
    let state = quoted(&serde_json::to_string(
        &rencai_domain::review::Application::new(),
    )?);
    store
        .write(|c| {
            use diesel::prelude::*;
            let existing: i64 = applications::table.count().get_result(c)?;
            if existing > 0 {
                return Err(rencai_domain::DomainError::Conflict("bench-needs-fresh-db").into());
            }
            let admin = accounts::find_user_id(c, "admin")?
                .ok_or(rencai_domain::DomainError::NotFound)?
                .0;
            let catalogue = rencai_store::catalogues::published(c, hlj)?
                .ok_or(rencai_domain::DomainError::NotFound)?
                .id
                .0;
            for (_, root) in tree.ordered().into_iter().filter(|(d, _)| *d == 0) {
                let prefix = root.code.to_ascii_uppercase();
                let within = tree
                    .subtree(root.id)
                    .iter()
                    .map(|j| j.0.to_string())
                    .collect::<Vec<_>>()
                    .join(",");
                let accreditation_no =
                    format!("'{prefix}-{year}-' || {}", zero_padded(backend, "t.id", 6));
                let card_no = format!("'{prefix}-TC-' || {}", zero_padded(backend, "t.id", 7));
                c.batch_execute(&format!(
                    "INSERT INTO applications (id, kind, talent_id, jurisdiction_id, created_by, \
                       catalogue_id, tier_code, criterion_code, statement, status, step, version, \
                       flow, state, deadline, created_at, updated_at) \
                     SELECT t.id, 'accreditation', t.id, t.jurisdiction_id, {admin}, {catalogue}, \
                       {TIER}, 'bench', '', 'approved', NULL, 1, {flow}, {state}, NULL, \
                       {issued}, {issued} \
                     FROM talents t WHERE t.jurisdiction_id IN ({within}); \
                     INSERT INTO accreditations (id, talent_id, jurisdiction_id, application_id, \
                       catalogue_id, tier_code, criterion_code, evidence, number, issued_at, \
                       expires_at) \
                     SELECT t.id, t.id, t.jurisdiction_id, t.id, {catalogue}, {TIER}, 'bench', \
                       '[]', {accreditation_no}, {issued}, {expires} \
                     FROM talents t WHERE t.jurisdiction_id IN ({within}); \
                     INSERT INTO cards (id, number, talent_id, accreditation_id, jurisdiction_id, \
                       tier_code, generation, status, holder_check, issued_at, expires_at, \
                       updated_at) \
                     SELECT t.id, {card_no}, t.id, t.id, t.jurisdiction_id, {TIER}, 1, 'active', \
                       {HOLDER_CHECK}, {issued}, {expires}, {issued} \
                     FROM talents t WHERE t.jurisdiction_id IN ({within});"
                ))?;
            }
            if backend == Backend::Postgres {
                // The ids were given, so the identity sequences have not moved.
                c.batch_execute(
                    "SELECT setval(pg_get_serial_sequence('applications', 'id'), \
                       (SELECT max(id) FROM applications)); \
                     SELECT setval(pg_get_serial_sequence('accreditations', 'id'), \
                       (SELECT max(id) FROM accreditations)); \
                     SELECT setval(pg_get_serial_sequence('cards', 'id'), \
                       (SELECT max(id) FROM cards));",
                )?;
            }
            c.batch_execute("ANALYZE applications; ANALYZE accreditations; ANALYZE cards;")?;
            let n: i64 = cards::table.count().get_result(c)?;
            rencai_store::audit::append(
                c,
                now,
                &Actor::cli(),
                "bench.cards",
                ("card", None),
                None,
                serde_json::json!({ "cards": n }),
            )?;
            Ok(n)
        })
        .map_err(err)
}

/// Uses up the quota-of-one service of these cards, as if each had been redeemed once
/// this year, so that the second run meets only refusals.
pub fn use_up(
    store: &Store,
    point: &ServicePoint,
    card_ids: &[i64],
    period: &str,
) -> anyhow::Result<()> {
    use diesel::connection::SimpleConnection;
    let at = store.now().as_microsecond();
    store
        .write(|c| {
            for chunk in card_ids.chunks(1000) {
                let ids = chunk
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(",");
                c.batch_execute(&format!(
                    "INSERT INTO redemptions (card_id, service_code, period_key, seq, generation, \
                       provider_id, redeemed_by, idempotency_key, at) \
                     SELECT id, '{ONCE_A_YEAR}', {period}, 1, generation, {provider}, {staff}, \
                       'used-up-' || id, {at} \
                     FROM cards WHERE id IN ({ids})",
                    period = quoted(period),
                    provider = point.provider.0,
                    staff = point.staff.0,
                ))?;
            }
            Ok(())
        })
        .map_err(err)
}
