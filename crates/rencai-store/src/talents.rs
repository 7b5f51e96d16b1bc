//! The talent registry: profiles with their identity numbers encrypted, location
//! history, reveal/export/erase of personal data, and the bulk path imports use.

use crate::audit::{self, Actor};
use crate::db::DbConn;
use crate::error::{StoreError, StoreResult, is_unique_violation};
use crate::schema::{enterprises, talent_moves, talent_search_terms, talents};
use crate::store::{from_micros, micros};
use crate::vault::Vault;
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{EnterpriseId, JurisdictionId, TalentId};
use rencai_domain::paging::{Page, PageRequest};
use rencai_domain::talent::{
    LocationMove, SearchTerm, Talent, TalentFilter, TalentInput, search_term, search_terms,
};
use rencai_domain::vocab::{Education, Field, Gender, ProfessionalTitle, SkillLevel};
use std::collections::BTreeSet;

/// A row ready to insert: the input with its identity number sealed and indexed.
#[derive(Insertable)]
#[diesel(table_name = talents, treat_none_as_default_value = false)]
pub struct NewTalentRow {
    jurisdiction_id: i64,
    name: String,
    name_latin: Option<String>,
    search_key: String,
    gender: String,
    birth_date: String,
    identity_cipher: Option<Vec<u8>>,
    identity_index: Option<String>,
    identity_masked: String,
    education: String,
    title: String,
    skill_level: String,
    field: String,
    employer_id: Option<i64>,
    email: Option<String>,
    phone: Option<String>,
    honours: String,
    patents: i32,
    papers: i32,
    version: i64,
    created_at: i64,
    updated_at: i64,
    /// False for bulk inserts: the background indexer writes their search terms.
    search_indexed: bool,
}

impl NewTalentRow {
    pub fn seal(t: &TalentInput, vault: &Vault, now: jiff::Timestamp) -> Self {
        Self {
            jurisdiction_id: t.jurisdiction_id.0,
            name: t.name.as_str().to_string(),
            name_latin: t.name_latin.as_ref().map(|n| n.as_str().to_string()),
            search_key: t.search_key(),
            gender: t.gender.code().into(),
            birth_date: t.birth_date.to_string(),
            identity_cipher: Some(vault.encrypt(t.identity.as_str())),
            identity_index: Some(vault.index(t.identity.as_str())),
            identity_masked: t.identity.masked(),
            education: t.education.code().into(),
            title: t.title.code().into(),
            skill_level: t.skill_level.code().into(),
            field: t.field.code().into(),
            employer_id: t.employer_id.map(|e| e.0),
            email: t.email.clone(),
            phone: t.phone.clone(),
            honours: t.honours.clone(),
            patents: i32::try_from(t.patents).unwrap_or(i32::MAX),
            papers: i32::try_from(t.papers).unwrap_or(i32::MAX),
            version: 1,
            created_at: micros(now),
            updated_at: micros(now),
            search_indexed: false,
        }
    }

    pub fn identity_index(&self) -> Option<&str> {
        self.identity_index.as_deref()
    }
}

/// Writes search terms in multi-row statements (dispatched per backend), in key order
/// so that a bulk load walks the index forwards instead of jumping around it.
fn insert_terms(c: &mut DbConn, rows: &[(String, i64)]) -> StoreResult<()> {
    let mut sorted: Vec<&(String, i64)> = rows.iter().collect();
    sorted.sort_unstable();
    for chunk in sorted.chunks(5000) {
        let values: Vec<_> = chunk
            .iter()
            .map(|(term, id)| {
                (
                    talent_search_terms::term.eq(term),
                    talent_search_terms::talent_id.eq(id),
                )
            })
            .collect();
        match c {
            DbConn::Sqlite(s) => diesel::insert_into(talent_search_terms::table)
                .values(&values)
                .execute(s),
            DbConn::Postgres(p) => diesel::insert_into(talent_search_terms::table)
                .values(&values)
                .execute(p),
        }?;
    }
    Ok(())
}

fn terms_of(id: i64, name: &str, latin: Option<&str>) -> impl Iterator<Item = (String, i64)> {
    search_terms(name, latin).into_iter().map(move |t| (t, id))
}

/// Replaces a talent's search terms: the old name's terms go (found by key, so no
/// second index is needed), the new name's come (none after erasure).
fn reindex(
    c: &mut DbConn,
    id: i64,
    old: (&str, Option<&str>),
    new: Option<(&str, Option<&str>)>,
) -> StoreResult<()> {
    let old_terms: Vec<String> = search_terms(old.0, old.1).into_iter().collect();
    diesel::delete(
        talent_search_terms::table
            .filter(talent_search_terms::talent_id.eq(id))
            .filter(talent_search_terms::term.eq_any(&old_terms)),
    )
    .execute(c)?;
    if let Some((n, l)) = new {
        insert_terms(c, &terms_of(id, n, l).collect::<Vec<_>>())?;
    }
    diesel::update(talents::table.find(id))
        .set(talents::search_indexed.eq(true))
        .execute(c)?;
    Ok(())
}

fn duplicate() -> StoreError {
    StoreError::Domain(DomainError::invalid(
        "identity_number",
        "identity-duplicate",
    ))
}

fn map_unique(e: diesel::result::Error) -> StoreError {
    if is_unique_violation(&e) {
        duplicate()
    } else {
        e.into()
    }
}

/// Adds one talent, its first location and the audit entry, in the caller's transaction.
pub fn create(
    c: &mut DbConn,
    vault: &Vault,
    t: &TalentInput,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<TalentId> {
    let mut row = NewTalentRow::seal(t, vault, now);
    row.search_indexed = true;
    let id: i64 = diesel::insert_into(talents::table)
        .values(&row)
        .returning(talents::id)
        .get_result(c)
        .map_err(map_unique)?;
    insert_terms(
        c,
        &terms_of(
            id,
            t.name.as_str(),
            t.name_latin.as_ref().map(|n| n.as_str()),
        )
        .collect::<Vec<_>>(),
    )?;
    diesel::insert_into(talent_moves::table)
        .values((
            talent_moves::talent_id.eq(id),
            talent_moves::from_jurisdiction_id.eq(None::<i64>),
            talent_moves::to_jurisdiction_id.eq(t.jurisdiction_id.0),
            talent_moves::moved_on.eq(now.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()),
        ))
        .execute(c)?;
    audit::append(
        c,
        now,
        actor,
        "talent.create",
        ("talent", Some(id)),
        Some(t.jurisdiction_id),
        serde_json::json!({}),
    )?;
    Ok(TalentId(id))
}

/// Inserts many sealed rows in multi-row statements; the caller owns the transaction
/// and writes one audit entry for the batch.
pub fn insert_bulk(c: &mut DbConn, rows: &[NewTalentRow]) -> StoreResult<()> {
    // 23 columns a row; SQLite allows 32,766 parameters a statement.
    for chunk in rows.chunks(1000) {
        // Multi-row VALUES is backend-specific in Diesel, so this one statement dispatches.
        match c {
            DbConn::Sqlite(s) => diesel::insert_into(talents::table).values(chunk).execute(s),
            DbConn::Postgres(p) => diesel::insert_into(talents::table).values(chunk).execute(p),
        }
        .map_err(map_unique)?;
    }
    Ok(())
}

/// `search_indexed = FALSE` written out, so both databases use the partial index on
/// pending rows (a bound parameter would hide the value from the planner).
fn pending_rows() -> diesel::expression::SqlLiteral<diesel::sql_types::Bool> {
    diesel::dsl::sql::<diesel::sql_types::Bool>("talents.search_indexed = FALSE")
}

/// Writes the search terms of up to `limit` talents that have none yet (bulk inserts);
/// returns how many were indexed, 0 when nothing is pending.
pub fn index_pending(c: &mut DbConn, limit: i64) -> StoreResult<usize> {
    let pending: Vec<(i64, String, Option<String>)> = talents::table
        .filter(pending_rows())
        .select((talents::id, talents::name, talents::name_latin))
        .order(talents::id)
        .limit(limit)
        .load(c)?;
    let rows: Vec<(String, i64)> = pending
        .iter()
        .flat_map(|(id, n, l)| terms_of(*id, n, l.as_deref()))
        .collect();
    insert_terms(c, &rows)?;
    let ids: Vec<i64> = pending.iter().map(|(id, _, _)| *id).collect();
    for chunk in ids.chunks(1000) {
        diesel::update(talents::table.filter(talents::id.eq_any(chunk)))
            .set(talents::search_indexed.eq(true))
            .execute(c)?;
    }
    Ok(pending.len())
}

/// How many talents still wait for their search terms.
pub fn pending_search(c: &mut DbConn) -> StoreResult<i64> {
    Ok(talents::table
        .filter(pending_rows())
        .count()
        .get_result(c)?)
}

/// Inserts the rows in a savepoint; `false` (and nothing written) when one of them
/// repeats an identity number already in the registry.
pub fn try_insert_bulk(c: &mut DbConn, rows: &[NewTalentRow]) -> StoreResult<bool> {
    use diesel::Connection;
    match c.transaction(|c| insert_bulk(c, rows)) {
        Ok(()) => Ok(true),
        Err(StoreError::Domain(DomainError::Invalid(_))) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Records earlier moves (demo data and imports of location history).
pub fn add_moves(c: &mut DbConn, talent: TalentId, moves: &[LocationMove]) -> StoreResult<()> {
    for m in moves {
        diesel::insert_into(talent_moves::table)
            .values((
                talent_moves::talent_id.eq(talent.0),
                talent_moves::from_jurisdiction_id.eq(m.from.map(|j| j.0)),
                talent_moves::to_jurisdiction_id.eq(m.to.0),
                talent_moves::moved_on.eq(m.moved_on.to_string()),
            ))
            .execute(c)?;
    }
    Ok(())
}

/// Changes a talent; refused when someone else changed it since `expected_version`.
pub fn update(
    c: &mut DbConn,
    vault: &Vault,
    id: TalentId,
    expected_version: i64,
    t: &TalentInput,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    let before = get(c, id)?;
    if before.erased_at.is_some() {
        return Err(DomainError::Conflict("talent-erased").into());
    }
    let row = NewTalentRow::seal(t, vault, now);
    let changed = diesel::update(
        talents::table
            .find(id.0)
            .filter(talents::version.eq(expected_version)),
    )
    .set((
        talents::jurisdiction_id.eq(row.jurisdiction_id),
        talents::name.eq(&row.name),
        talents::name_latin.eq(&row.name_latin),
        talents::search_key.eq(&row.search_key),
        talents::gender.eq(&row.gender),
        talents::birth_date.eq(&row.birth_date),
        talents::identity_cipher.eq(&row.identity_cipher),
        talents::identity_index.eq(&row.identity_index),
        talents::identity_masked.eq(&row.identity_masked),
        talents::education.eq(&row.education),
        talents::title.eq(&row.title),
        talents::skill_level.eq(&row.skill_level),
        talents::field.eq(&row.field),
        talents::employer_id.eq(row.employer_id),
        talents::email.eq(&row.email),
        talents::phone.eq(&row.phone),
        talents::honours.eq(&row.honours),
        talents::patents.eq(row.patents),
        talents::papers.eq(row.papers),
        talents::version.eq(expected_version + 1),
        talents::updated_at.eq(row.updated_at),
    ))
    .execute(c)
    .map_err(map_unique)?;
    if changed == 0 {
        return Err(DomainError::Conflict("stale-version").into());
    }
    if before.name != t.name.as_str()
        || before.name_latin.as_deref() != t.name_latin.as_ref().map(|n| n.as_str())
    {
        reindex(
            c,
            id.0,
            (&before.name, before.name_latin.as_deref()),
            Some((t.name.as_str(), t.name_latin.as_ref().map(|n| n.as_str()))),
        )?;
    }
    if before.jurisdiction_id != t.jurisdiction_id {
        add_moves(
            c,
            id,
            &[LocationMove {
                from: Some(before.jurisdiction_id),
                to: t.jurisdiction_id,
                moved_on: now.to_zoned(jiff::tz::TimeZone::UTC).date(),
            }],
        )?;
    }
    let fields = changed_fields(&before, t, &row);
    audit::append(
        c,
        now,
        actor,
        "talent.update",
        ("talent", Some(id.0)),
        Some(t.jurisdiction_id),
        serde_json::json!({ "fields": fields }),
    )?;
    Ok(())
}

/// Names (never values) of what an update changed, for the audit trail.
fn changed_fields(b: &Talent, t: &TalentInput, row: &NewTalentRow) -> Vec<&'static str> {
    let mut f = Vec::new();
    let mut check = |name: &'static str, differs: bool| {
        if differs {
            f.push(name);
        }
    };
    check("name", b.name != t.name.as_str());
    check(
        "name_latin",
        b.name_latin.as_deref() != t.name_latin.as_ref().map(|n| n.as_str()),
    );
    check("gender", b.gender != t.gender);
    check("birth_date", b.birth_date != t.birth_date);
    check("identity_number", b.identity_masked != row.identity_masked);
    check("education", b.education != t.education);
    check("title", b.title != t.title);
    check("skill_level", b.skill_level != t.skill_level);
    check("field", b.field != t.field);
    check("employer", b.employer_id != t.employer_id);
    check("jurisdiction", b.jurisdiction_id != t.jurisdiction_id);
    check("email", b.email != t.email);
    check("phone", b.phone != t.phone);
    check("honours", b.honours != t.honours);
    check("patents", b.patents != t.patents);
    check("papers", b.papers != t.papers);
    f
}

type TalentRow = (
    (
        i64,
        i64,
        String,
        Option<String>,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    ),
    (
        Option<i64>,
        Option<String>,
        Option<String>,
        String,
        i32,
        i32,
        i64,
        i64,
        i64,
        Option<i64>,
    ),
    Option<String>,
);

macro_rules! talent_columns {
    () => {
        (
            (
                talents::id,
                talents::jurisdiction_id,
                talents::name,
                talents::name_latin,
                talents::gender,
                talents::birth_date,
                talents::identity_masked,
                talents::education,
                talents::title,
                talents::skill_level,
                talents::field,
            ),
            (
                talents::employer_id,
                talents::email,
                talents::phone,
                talents::honours,
                talents::patents,
                talents::papers,
                talents::version,
                talents::created_at,
                talents::updated_at,
                talents::erased_at,
            ),
            enterprises::name.nullable(),
        )
    };
}

fn to_talent(r: TalentRow) -> Talent {
    let (a, b, employer_name) = r;
    Talent {
        id: TalentId(a.0),
        jurisdiction_id: JurisdictionId(a.1),
        name: a.2,
        name_latin: a.3,
        gender: Gender::parse(&a.4).unwrap_or(Gender::Female),
        birth_date: a.5.parse().unwrap_or(jiff::civil::date(1900, 1, 1)),
        identity_masked: a.6,
        education: Education::parse(&a.7).unwrap_or(Education::Secondary),
        title: ProfessionalTitle::parse(&a.8).unwrap_or(ProfessionalTitle::None),
        skill_level: SkillLevel::parse(&a.9).unwrap_or(SkillLevel::None),
        field: Field::parse(&a.10).unwrap_or(Field::AdvancedManufacturing),
        employer_id: b.0.map(EnterpriseId),
        employer_name,
        email: b.1,
        phone: b.2,
        honours: b.3,
        patents: u32::try_from(b.4).unwrap_or(0),
        papers: u32::try_from(b.5).unwrap_or(0),
        version: b.6,
        created_at: from_micros(b.7),
        updated_at: from_micros(b.8),
        erased_at: b.9.map(from_micros),
    }
}

pub fn get(c: &mut DbConn, id: TalentId) -> StoreResult<Talent> {
    talents::table
        .left_join(enterprises::table)
        .filter(talents::id.eq(id.0))
        .select(talent_columns!())
        .first::<TalentRow>(c)
        .optional()?
        .map(to_talent)
        .ok_or(StoreError::Domain(DomainError::NotFound))
}

fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for ch in s.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out.push('%');
    out
}

/// Counting stops here: past it a list says "10,000+" instead of scanning everything.
pub const COUNT_CAP: usize = 10_000;

/// Talents in `visible` (the caller's reach; `None` = every jurisdiction) matching the
/// filter, newest first. The page's ids are found on the talents table alone, then
/// those rows are loaded with their employer.
pub fn list(
    c: &mut DbConn,
    filter: &TalentFilter,
    visible: Option<&BTreeSet<JurisdictionId>>,
    page: PageRequest,
) -> StoreResult<Page<Talent>> {
    let reach: Option<Vec<i64>> = visible.map(|v| v.iter().map(|j| j.0).collect());
    let build = || {
        let mut q = talents::table
            .filter(talents::erased_at.is_null())
            .into_boxed();
        if let Some(ids) = &reach {
            q = q.filter(talents::jurisdiction_id.eq_any(ids.clone()));
        }
        if let Some(text) = filter
            .query
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            // The search terms narrow the candidates through an index; the substring
            // match then keeps exactly the names that contain the text. Rows a bulk
            // import left unindexed are scanned until the indexer has reached them.
            // One IN over a UNION ALL: both halves use an index (the terms' key and
            // the partial index on pending rows); an OR of the two would scan.
            use diesel::dsl::sql;
            use diesel::sql_types::{Bool, Text};
            const PENDING: &str = " UNION ALL SELECT id FROM talents WHERE search_indexed = FALSE)";
            match search_term(text) {
                Some(SearchTerm::Exact(t)) => {
                    q = q.filter(
                        sql::<Bool>("talents.id IN (SELECT talent_id FROM talent_search_terms WHERE term = ")
                            .bind::<Text, _>(t)
                            .sql(PENDING),
                    );
                }
                Some(SearchTerm::Prefix(p)) => {
                    let end = format!("{p}\u{10FFFF}");
                    q = q.filter(
                        sql::<Bool>("talents.id IN (SELECT talent_id FROM talent_search_terms WHERE term >= ")
                            .bind::<Text, _>(p)
                            .sql(" AND term < ")
                            .bind::<Text, _>(end)
                            .sql(PENDING),
                    );
                }
                None => {}
            }
            q = q.filter(
                talents::search_key
                    .like(escape_like(&text.to_lowercase()))
                    .escape('\\'),
            );
        }
        if let Some(t) = filter.title {
            q = q.filter(talents::title.eq(t.code()));
        }
        if let Some(s) = filter.skill_level {
            q = q.filter(talents::skill_level.eq(s.code()));
        }
        if let Some(f) = filter.field {
            q = q.filter(talents::field.eq(f.code()));
        }
        if let Some(e) = filter.employer_id {
            q = q.filter(talents::employer_id.eq(e.0));
        }
        q
    };
    let counted: Vec<i64> = build()
        .select(talents::id)
        .limit(COUNT_CAP as i64 + 1)
        .load(c)?;
    let ids: Vec<i64> = build()
        .select(talents::id)
        .order(talents::id.desc())
        .offset(page.offset())
        .limit(page.limit())
        .load(c)?;
    let rows: Vec<TalentRow> = talents::table
        .left_join(enterprises::table)
        .filter(talents::id.eq_any(&ids))
        .select(talent_columns!())
        .order(talents::id.desc())
        .load(c)?;
    Ok(Page {
        items: rows.into_iter().map(to_talent).collect(),
        page: page.page,
        per_page: page.per_page,
        total: counted.len().min(COUNT_CAP) as u64,
        total_capped: counted.len() > COUNT_CAP,
    })
}

/// Refreshes the planner's statistics after bulk writes, so lists over a large
/// registry keep choosing good plans.
pub fn analyze(c: &mut DbConn) -> StoreResult<()> {
    use diesel::connection::SimpleConnection;
    c.batch_execute("ANALYZE talents")?;
    Ok(())
}

pub fn moves(c: &mut DbConn, id: TalentId) -> StoreResult<Vec<LocationMove>> {
    let rows: Vec<(Option<i64>, i64, String)> = talent_moves::table
        .filter(talent_moves::talent_id.eq(id.0))
        .select((
            talent_moves::from_jurisdiction_id,
            talent_moves::to_jurisdiction_id,
            talent_moves::moved_on,
        ))
        .order((talent_moves::moved_on.asc(), talent_moves::id.asc()))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(from, to, on)| LocationMove {
            from: from.map(JurisdictionId),
            to: JurisdictionId(to),
            moved_on: on.parse().unwrap_or(jiff::civil::date(1900, 1, 1)),
        })
        .collect())
}

/// Is this identity number already in the registry? (Keyed index, no decryption.)
pub fn identity_exists(c: &mut DbConn, vault: &Vault, identity: &str) -> StoreResult<bool> {
    let n: i64 = talents::table
        .filter(talents::identity_index.eq(vault.index(identity)))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}

/// The ids of the talents with these keyed identity indexes.
pub fn ids_by_index(
    c: &mut DbConn,
    indexes: &[String],
) -> StoreResult<std::collections::HashMap<String, TalentId>> {
    let mut out = std::collections::HashMap::new();
    for chunk in indexes.chunks(500) {
        let found: Vec<(i64, Option<String>)> = talents::table
            .filter(talents::identity_index.eq_any(chunk))
            .select((talents::id, talents::identity_index))
            .load(c)?;
        out.extend(
            found
                .into_iter()
                .filter_map(|(id, k)| k.map(|k| (k, TalentId(id)))),
        );
    }
    Ok(out)
}

/// Which of these keyed indexes are already taken.
pub fn existing_indexes(c: &mut DbConn, indexes: &[String]) -> StoreResult<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for chunk in indexes.chunks(500) {
        let found: Vec<Option<String>> = talents::table
            .filter(talents::identity_index.eq_any(chunk))
            .select(talents::identity_index)
            .load(c)?;
        out.extend(found.into_iter().flatten());
    }
    Ok(out)
}

/// The stored identity number, for re-validating an edit that keeps it; never shown,
/// so not audited as a reveal. `None` once the person was erased.
pub fn identity_for_revalidation(
    c: &mut DbConn,
    vault: &Vault,
    id: TalentId,
) -> StoreResult<Option<String>> {
    let sealed: Option<Vec<u8>> = talents::table
        .find(id.0)
        .select(talents::identity_cipher)
        .first(c)?;
    sealed
        .map(|b| vault.decrypt(&b).map_err(|_| StoreError::Decrypt))
        .transpose()
}

/// Decrypts the identity number for a deliberate reveal, and audits it.
pub fn reveal_identity(
    c: &mut DbConn,
    vault: &Vault,
    id: TalentId,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<String> {
    let (jurisdiction, cipher): (i64, Option<Vec<u8>>) = talents::table
        .find(id.0)
        .select((talents::jurisdiction_id, talents::identity_cipher))
        .first(c)
        .optional()?
        .ok_or(StoreError::Domain(DomainError::NotFound))?;
    let cipher = cipher.ok_or(StoreError::Domain(DomainError::Conflict("talent-erased")))?;
    let plain = vault.decrypt(&cipher).map_err(|_| StoreError::Decrypt)?;
    audit::append(
        c,
        now,
        actor,
        "talent.identity.reveal",
        ("talent", Some(id.0)),
        Some(JurisdictionId(jurisdiction)),
        serde_json::json!({}),
    )?;
    Ok(plain)
}

/// Everything the registry holds about a person (subject access request), audited.
pub fn export_person(
    c: &mut DbConn,
    vault: &Vault,
    id: TalentId,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<serde_json::Value> {
    let t = get(c, id)?;
    let cipher: Option<Vec<u8>> = talents::table
        .find(id.0)
        .select(talents::identity_cipher)
        .first(c)?;
    let identity = match cipher {
        Some(b) => Some(vault.decrypt(&b).map_err(|_| StoreError::Decrypt)?),
        None => None,
    };
    let moves = moves(c, id)?;
    audit::append(
        c,
        now,
        actor,
        "talent.export",
        ("talent", Some(id.0)),
        Some(t.jurisdiction_id),
        serde_json::json!({}),
    )?;
    Ok(serde_json::json!({
        "talent": t,
        "identity_number": identity,
        "location_history": moves,
        "exported_at": now.to_string(),
    }))
}

/// Erases a person on request: personal fields are anonymised, the row and the audit
/// trail (which holds no personal data) stay so statistics and accountability survive.
pub fn erase(c: &mut DbConn, id: TalentId, actor: &Actor, now: jiff::Timestamp) -> StoreResult<()> {
    let t = get(c, id)?;
    if t.erased_at.is_some() {
        return Err(DomainError::Conflict("talent-erased").into());
    }
    let year_only = format!("{:04}-01-01", t.birth_date.year());
    diesel::update(talents::table.find(id.0))
        .set((
            talents::name.eq("—"),
            talents::name_latin.eq(None::<String>),
            talents::search_key.eq(""),
            talents::birth_date.eq(year_only),
            talents::identity_cipher.eq(None::<Vec<u8>>),
            talents::identity_index.eq(None::<String>),
            talents::identity_masked.eq(""),
            talents::email.eq(None::<String>),
            talents::phone.eq(None::<String>),
            talents::honours.eq(""),
            talents::version.eq(t.version + 1),
            talents::updated_at.eq(micros(now)),
            talents::erased_at.eq(Some(micros(now))),
        ))
        .execute(c)?;
    reindex(c, id.0, (&t.name, t.name_latin.as_deref()), None)?;
    audit::append(
        c,
        now,
        actor,
        "talent.erase",
        ("talent", Some(id.0)),
        Some(t.jurisdiction_id),
        serde_json::json!({}),
    )?;
    Ok(())
}

pub fn count(c: &mut DbConn) -> StoreResult<i64> {
    Ok(talents::table.count().get_result(c)?)
}
