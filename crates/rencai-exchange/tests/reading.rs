//! Reading files as users make them.

use rencai_exchange::{FileError, open, write_csv, write_xlsx};

const HEADER: &str = "name,name_latin,gender,birth_date,identity_number,education,title,skill_level,field,employer,jurisdiction";
const ROW: &str =
    "王海峰,Wang Haifeng,男,1980-05-17,230102198005170128,博士,正高级,,robotics,,hlj-harbin";

fn drafts(bytes: &[u8]) -> Vec<(usize, rencai_domain::talent::TalentDraft)> {
    open(bytes)
        .expect("opens")
        .map(|r| r.expect("row"))
        .collect()
}

#[test]
fn utf8_with_bom_and_gb18030_read_the_same() {
    let text = format!("\u{feff}{HEADER}\n{ROW}\n,,,,,,,,,,\n{ROW}\n");
    let utf8 = drafts(text.as_bytes());
    let (gb, _, _) = encoding_rs::GB18030.encode(&text[3..]);
    let gb = drafts(&gb);
    assert_eq!(utf8, gb);
    assert_eq!(utf8.len(), 2);
    assert_eq!(utf8[0].0, 2);
    assert_eq!(
        utf8[1].0, 4,
        "the empty row is skipped but keeps its number"
    );
    assert_eq!(utf8[0].1.gender, "male");
    assert_eq!(utf8[0].1.education, "doctorate");
    assert_eq!(utf8[0].1.title, "full_senior");
}

#[test]
fn chinese_headers_and_semicolons() {
    let text = "姓名;性別;出生日期;身份證號;學歷;領域;所屬地區\n李元雄;男;1975-01-02;330481197501020019;碩士;integrated_circuits;zj-haining\n";
    let d = drafts(text.as_bytes());
    assert_eq!(d[0].1.name, "李元雄");
    assert_eq!(d[0].1.education, "master");
    assert_eq!(d[0].1.jurisdiction, "zj-haining");
}

#[test]
fn bad_files_say_what_is_wrong() {
    assert_eq!(open(b"").err(), Some(FileError::Empty));
    assert_eq!(
        open(b"\xff\xfe\x00\x81\x30").err(),
        Some(FileError::Encoding)
    );
    assert_eq!(
        open(b"name,colour\n").err(),
        Some(FileError::HeaderUnknown("colour".into()))
    );
    assert_eq!(
        open(b"name,name\n").err(),
        Some(FileError::HeaderDuplicate("name".into()))
    );
    assert_eq!(
        open(b"name,gender\n").err(),
        Some(FileError::HeaderMissing("birth_date"))
    );
    assert_eq!(
        open(b"PK\x03\x04garbage").err(),
        Some(FileError::Unreadable)
    );
    let too_many = format!("{HEADER}\n{ROW},extra\n");
    let first = open(too_many.as_bytes())
        .expect("opens")
        .next()
        .expect("a row");
    assert_eq!(
        first.err().map(|e| (e.row, e.code)),
        Some((2, "row-too-many-cells"))
    );
}

#[test]
fn exports_read_back() {
    let headers: Vec<&str> = HEADER.split(',').collect();
    let row: Vec<String> = ROW.split(',').map(str::to_string).collect();
    let csv = write_csv(&headers, vec![row.clone()].into_iter());
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(drafts(&csv)[0].1.name, "王海峰");
    let xlsx = write_xlsx("talents", &headers, vec![row].into_iter()).expect("xlsx");
    let d = drafts(&xlsx);
    assert_eq!(d[0].1.identity_number, "230102198005170128");
    assert_eq!(d[0].1.jurisdiction, "hlj-harbin");
}
