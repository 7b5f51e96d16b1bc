//! Writing lists out as CSV (UTF-8 with BOM, so Excel opens Chinese text correctly)
//! and XLSX, every cell defused against formula injection.

use std::borrow::Cow;

#[derive(Debug, thiserror::Error)]
#[error("the spreadsheet could not be written: {0}")]
pub struct ExportError(String);

/// A cell starting with `=`, `+`, `-`, `@`, tab or CR could run as a formula when the
/// file is opened; it gets a leading `'`. Plain numbers such as `-3` stay as they are,
/// because a number cannot be a formula.
pub fn guard_cell(s: &str) -> Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.trim().parse::<f64>().is_err() {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

pub fn write_csv(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let _ = w.write_record(headers);
        for r in rows {
            let _ = w.write_record(r.iter().map(|c| guard_cell(c).into_owned()));
        }
        let _ = w.flush();
    }
    out
}

pub fn write_xlsx(
    sheet_name: &str,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let e = |err: rust_xlsxwriter::XlsxError| ExportError(err.to_string());
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name).map_err(e)?;
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string_with_format(0, u16::try_from(c).unwrap_or(u16::MAX), *h, &bold)
            .map_err(e)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(e)?;
    for (r, row) in rows.enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| ExportError("too many rows".into()))?;
        for (c, v) in row.iter().enumerate() {
            sheet
                .write_string(
                    r,
                    u16::try_from(c).unwrap_or(u16::MAX),
                    guard_cell(v).as_ref(),
                )
                .map_err(e)?;
        }
    }
    book.save_to_buffer().map_err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(guard_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard_cell("@cmd"), "'@cmd");
        assert_eq!(guard_cell("+86 451 8641"), "'+86 451 8641");
        assert_eq!(guard_cell("-3"), "-3");
        assert_eq!(guard_cell("王海峰"), "王海峰");
    }
}
