//! Importing talents from a CSV or XLSX file: a preview that lists every bad row, then a
//! confirmation that writes the whole file in one transaction or nothing at all.

use crate::access::Ctx;
use crate::error::Failure;
use crate::state::AppState;
use rencai_domain::DomainError;
use rencai_domain::access::{Permission, Principal};
use rencai_domain::jurisdiction::JurisdictionTree;
use rencai_domain::talent::TalentInput;
use rencai_store::reference::Lookup;
use rencai_store::talents::{self, NewTalentRow};
use rencai_store::{Actor, DbConn, Store, StoreError, StoreResult};
use serde::Serialize;

/// How many row problems a preview lists (all are counted).
pub const MAX_LISTED_PROBLEMS: usize = 1000;
/// Rows sealed and inserted per statement batch.
const CHUNK: usize = 1000;
/// Largest accepted upload.
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct RowProblem {
    /// The row as the spreadsheet numbers it (the header is row 1).
    pub row: usize,
    pub column: String,
    pub code: String,
}

#[derive(Debug, Clone, Serialize, Default, utoipa::ToSchema)]
pub struct Outcome {
    /// Rows read from the file.
    pub rows: usize,
    /// Set when the file is valid and staged for confirmation.
    pub batch_id: Option<i64>,
    /// Rows written (after confirmation).
    pub written: usize,
    /// A problem with the file as a whole (encoding, headers…).
    pub file_problem: Option<String>,
    pub problems: Vec<RowProblem>,
    pub problem_count: usize,
}

impl Outcome {
    fn problem(&mut self, row: usize, column: &str, code: &str) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(RowProblem {
                row,
                column: column.to_string(),
                code: code.to_string(),
            });
        }
    }

    pub fn is_clean(&self) -> bool {
        self.file_problem.is_none() && self.problem_count == 0
    }
}

/// Reads, validates and (when `write` is given) inserts every row. With `write`, rows are
/// inserted chunk by chunk inside the caller's transaction; any problem means the
/// caller rolls the whole transaction back.
fn process(
    c: &mut DbConn,
    store: &Store,
    principal: &Principal,
    tree: &JurisdictionTree,
    bytes: &[u8],
    write: bool,
) -> StoreResult<Outcome> {
    let mut out = Outcome::default();
    let rows = match rencai_exchange::open(bytes) {
        Ok(r) => r,
        Err(e) => {
            out.file_problem = Some(e.code().to_string());
            return Ok(out);
        }
    };
    let lookup = Lookup::load(c)?;
    let now = store.now();
    let today = now
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
        .date();
    let mut seen = rencai_exchange::DuplicateTracker::default();
    let mut chunk: Vec<(usize, TalentInput)> = Vec::with_capacity(CHUNK);
    for item in rows {
        let (row, draft) = match item {
            Ok(v) => v,
            Err(cell) => {
                out.rows += 1;
                out.problem(cell.row, &cell.column, cell.code);
                continue;
            }
        };
        out.rows += 1;
        if let Some(first) = seen.seen(row, &draft.identity_number) {
            let _ = first;
            out.problem(row, "identity_number", "identity-duplicate-in-file");
        }
        match draft.parse(&lookup, today) {
            Err(fields) => {
                for f in fields {
                    out.problem(row, &f.field, f.code);
                }
            }
            Ok(input) => {
                if !principal.can(Permission::TalentImport, input.jurisdiction_id, tree) {
                    out.problem(row, "jurisdiction", "jurisdiction-forbidden");
                    continue;
                }
                chunk.push((row, input));
                if chunk.len() == CHUNK {
                    let insert = write && out.problem_count == 0;
                    flush(c, store, &mut chunk, &mut out, insert, now)?;
                }
            }
        }
    }
    let insert = write && out.problem_count == 0;
    flush(c, store, &mut chunk, &mut out, insert, now)?;
    if out.rows == 0 && out.file_problem.is_none() {
        out.file_problem = Some("file-empty".into());
    }
    Ok(out)
}

/// Checks a chunk against the registry's identity index and, when writing, inserts it.
fn flush(
    c: &mut DbConn,
    store: &Store,
    chunk: &mut Vec<(usize, TalentInput)>,
    out: &mut Outcome,
    write: bool,
    now: jiff::Timestamp,
) -> StoreResult<()> {
    if chunk.is_empty() {
        return Ok(());
    }
    let sealed: Vec<NewTalentRow> = chunk
        .iter()
        .map(|(_, t)| NewTalentRow::seal(t, &store.vault, now))
        .collect();
    let before = out.problem_count;
    if write && before == 0 {
        // Insert inside a savepoint: the unique identity index is the duplicate check, and
        // only when it fires are the chunk's rows looked up to say which ones.
        if talents::try_insert_bulk(c, &sealed)? {
            out.written += sealed.len();
            chunk.clear();
            return Ok(());
        }
    }
    let indexes: Vec<String> = sealed
        .iter()
        .filter_map(|r| r.identity_index().map(str::to_string))
        .collect();
    let taken = talents::existing_indexes(c, &indexes)?;
    for ((row, _), r) in chunk.iter().zip(&sealed) {
        if r.identity_index().is_some_and(|i| taken.contains(i)) {
            out.problem(*row, "identity_number", "identity-duplicate");
        }
    }
    chunk.clear();
    Ok(())
}

/// Validates a file without writing anything; a clean file is staged for confirmation.
pub fn preview_blocking(
    store: &Store,
    principal: &Principal,
    tree: &JurisdictionTree,
    file_name: &str,
    bytes: &[u8],
) -> StoreResult<Outcome> {
    let mut out = store.read(|c| process(c, store, principal, tree, bytes, false))?;
    if out.is_clean() {
        let now = store.now();
        let rows = out.rows;
        out.batch_id = Some(store.write(|c| {
            rencai_store::imports::stage(c, principal.user_id, file_name, bytes, rows, now)
        })?);
    }
    Ok(out)
}

/// Writes a previewed file: all rows in one transaction, or none when anything is wrong.
pub fn commit_blocking(
    store: &Store,
    principal: &Principal,
    tree: &JurisdictionTree,
    batch_id: i64,
) -> StoreResult<Outcome> {
    let actor = Actor::user(principal.user_id, &principal.username);
    let result = store.write(|c| {
        let (file_name, bytes) = rencai_store::imports::take(c, batch_id, principal.user_id)?;
        let out = process(c, store, principal, tree, &bytes, true)?;
        if !out.is_clean() {
            // Roll back every chunk written before the problem was found.
            return Err(StoreError::Rollback(Box::new(out)));
        }
        rencai_store::imports::finish(c, batch_id)?;
        if out.written >= 10_000 {
            talents::analyze(c)?;
        }
        rencai_store::audit::append(c, store.now(), &actor, "talent.import", ("import", Some(batch_id)), None,
            serde_json::json!({ "rows": out.written, "file": file_name.chars().take(120).collect::<String>() }))?;
        Ok(out)
    });
    match result {
        Ok(mut out) => {
            out.batch_id = Some(batch_id);
            Ok(out)
        }
        Err(StoreError::Rollback(any)) => match any.downcast::<Outcome>() {
            Ok(out) => Ok(*out),
            Err(_) => Err(StoreError::Decrypt),
        },
        Err(e) => Err(e),
    }
}

pub async fn preview(
    state: &AppState,
    ctx: &Ctx,
    file_name: String,
    bytes: Vec<u8>,
) -> Result<Outcome, Failure> {
    let me = ctx.me()?.clone();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ctx.err(DomainError::invalid("file", "file-too-large")));
    }
    let tree = state.tree();
    state
        .db(move |s| preview_blocking(s, &me, &tree, &file_name, &bytes))
        .await
        .map_err(|e| ctx.fail(e))
}

pub async fn commit(state: &AppState, ctx: &Ctx, batch_id: i64) -> Result<Outcome, Failure> {
    let me = ctx.me()?.clone();
    let tree = state.tree();
    state
        .db(move |s| commit_blocking(s, &me, &tree, batch_id))
        .await
        .map_err(|e| ctx.fail(e))
}
