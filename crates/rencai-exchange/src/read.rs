//! Reading a file into talent drafts, row by row.

use crate::columns::{REQUIRED, column_of, normalise};
use calamine::{Data, Reader, Xlsx};
use rencai_domain::talent::TalentDraft;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Cursor;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FileError {
    #[error("the file has no data rows")]
    Empty,
    #[error("the file is neither UTF-8 nor GB18030")]
    Encoding,
    #[error("the file cannot be read")]
    Unreadable,
    #[error("unknown column {0:?}")]
    HeaderUnknown(String),
    #[error("column {0:?} appears twice")]
    HeaderDuplicate(String),
    #[error("required column {0:?} is missing")]
    HeaderMissing(&'static str),
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Empty => "file-empty",
            FileError::Encoding => "file-encoding",
            FileError::Unreadable => "file-unreadable",
            FileError::HeaderUnknown(_) => "header-unknown",
            FileError::HeaderDuplicate(_) => "header-duplicate",
            FileError::HeaderMissing(_) => "header-missing",
        }
    }
}

/// A problem with one cell (or one row, with the column left empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub row: usize,
    pub column: String,
    pub code: &'static str,
}

enum Source<'a> {
    Csv {
        records: csv::StringRecordsIntoIter<Cursor<Cow<'a, [u8]>>>,
        row: usize,
    },
    Sheet {
        rows: std::vec::IntoIter<Vec<String>>,
        row: usize,
    },
}

/// The rows of a file, as (spreadsheet row number, draft); the header is row 1.
pub struct TalentRows<'a> {
    columns: Vec<&'static str>,
    source: Source<'a>,
}

/// UTF-8 text is read in place; only GB18030 is decoded into a new buffer, so a large
/// file is held in memory once.
fn decode(bytes: &[u8]) -> Result<Cow<'_, [u8]>, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(Cow::Borrowed(bytes));
    }
    let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
    if had_errors {
        Err(FileError::Encoding)
    } else {
        Ok(Cow::Owned(text.into_owned().into_bytes()))
    }
}

fn header_columns(headers: &[String]) -> Result<Vec<&'static str>, FileError> {
    let mut cols: Vec<&'static str> = Vec::new();
    for h in headers {
        let c = column_of(h).ok_or_else(|| FileError::HeaderUnknown(h.trim().to_string()))?;
        if cols.contains(&c) {
            return Err(FileError::HeaderDuplicate(h.trim().to_string()));
        }
        cols.push(c);
    }
    if let Some(missing) = REQUIRED.iter().find(|r| !cols.contains(r)) {
        return Err(FileError::HeaderMissing(missing));
    }
    Ok(cols)
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e17 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // Excel counts days from 1899-12-30.
        Data::DateTime(dt) => jiff::civil::date(1899, 12, 30)
            .checked_add(jiff::Span::new().days(dt.as_f64().floor() as i64))
            .map(|d| d.to_string())
            .unwrap_or_default(),
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
    }
}

/// Opens a file by its content: XLSX (a ZIP) or CSV text.
pub fn open(bytes: &[u8]) -> Result<TalentRows<'_>, FileError> {
    if bytes.starts_with(b"PK\x03\x04") {
        let mut book: Xlsx<_> =
            Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|_| FileError::Unreadable)?;
        let range = book
            .worksheet_range_at(0)
            .ok_or(FileError::Empty)?
            .map_err(|_| FileError::Unreadable)?;
        let mut rows = range
            .rows()
            .map(|r| r.iter().map(cell_text).collect::<Vec<_>>());
        let headers = rows.next().ok_or(FileError::Empty)?;
        let headers: Vec<String> = headers
            .into_iter()
            .rev()
            .skip_while(|h| h.trim().is_empty())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let columns = header_columns(&headers)?;
        let rest: Vec<Vec<String>> = rows.collect();
        return Ok(TalentRows {
            columns,
            source: Source::Sheet {
                rows: rest.into_iter(),
                row: 1,
            },
        });
    }
    let text = decode(bytes)?;
    let first = text
        .split(|b| *b == b'\n')
        .next()
        .filter(|l| !l.is_empty())
        .ok_or(FileError::Empty)?;
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.iter().filter(|b| *b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(Cursor::new(text));
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| FileError::Unreadable)?
        .iter()
        .map(str::to_string)
        .collect();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(FileError::Empty);
    }
    let columns = header_columns(&headers)?;
    Ok(TalentRows {
        columns,
        source: Source::Csv {
            records: reader.into_records(),
            row: 1,
        },
    })
}

impl TalentRows<'_> {
    fn draft(
        &self,
        row: usize,
        cells: impl Iterator<Item = String>,
    ) -> Option<Result<(usize, TalentDraft), CellError>> {
        let cells: Vec<String> = cells.collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            return None;
        }
        if cells.len() > self.columns.len()
            && cells[self.columns.len()..]
                .iter()
                .any(|c| !c.trim().is_empty())
        {
            return Some(Err(CellError {
                row,
                column: String::new(),
                code: "row-too-many-cells",
            }));
        }
        let mut d = TalentDraft::default();
        for (col, value) in self.columns.iter().zip(cells) {
            d.set(col, normalise(col, &value));
        }
        Some(Ok((row, d)))
    }
}

impl Iterator for TalentRows<'_> {
    type Item = Result<(usize, TalentDraft), CellError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (row, cells): (usize, Vec<String>) = match &mut self.source {
                Source::Csv { records, row } => {
                    *row += 1;
                    match records.next()? {
                        // The csv reader skips blank lines; its line number keeps the
                        // row the same as a spreadsheet shows it.
                        Ok(r) => {
                            *row = r
                                .position()
                                .map_or(*row, |p| usize::try_from(p.line()).unwrap_or(*row));
                            (*row, r.iter().map(str::to_string).collect())
                        }
                        Err(_) => {
                            return Some(Err(CellError {
                                row: *row,
                                column: String::new(),
                                code: "file-unreadable",
                            }));
                        }
                    }
                }
                Source::Sheet { rows, row } => {
                    *row += 1;
                    (*row, rows.next()?)
                }
            };
            if let Some(item) = self.draft(row, cells.into_iter()) {
                return Some(item);
            }
        }
    }
}

/// Spots an identity number seen earlier in the same file.
#[derive(Debug, Default)]
pub struct DuplicateTracker(HashMap<String, usize>);

impl DuplicateTracker {
    /// Returns the first row with this number when `row` repeats it.
    pub fn seen(&mut self, row: usize, identity_number: &str) -> Option<usize> {
        let key: String = identity_number
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if key.is_empty() {
            return None;
        }
        match self.0.get(&key) {
            Some(first) => Some(*first),
            None => {
                self.0.insert(key, row);
                None
            }
        }
    }
}
