//! Talent files in and out: CSV (UTF-8, or GB18030 as Excel saves it on Chinese
//! systems) and XLSX, read into drafts with per-cell errors; exports guarded against
//! formula injection.

mod columns;
mod export;
mod read;

pub use export::{ExportError, guard_cell, write_csv, write_xlsx};
pub use read::{CellError, DuplicateTracker, FileError, TalentRows, open};
