//! Renders real certificates with the system's fonts. Without a CJK font the tests say
//! so and pass, except on CI (CI=true), where the font is installed and must be found.

use rencai_certificate::{Certificate, CertificateError, CertificateLabels, Renderer};
use std::sync::OnceLock;

fn renderer() -> Option<&'static Renderer> {
    static R: OnceLock<Option<Renderer>> = OnceLock::new();
    R.get_or_init(|| match Renderer::new() {
        Ok(r) => Some(r),
        Err(CertificateError::FontsMissing { searched }) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "no CJK font in {searched} on CI"
            );
            println!("SKIPPED: fonts-noto-cjk not installed");
            None
        }
        Err(e) => panic!("{e}"),
    })
    .as_ref()
}

fn zh_labels() -> CertificateLabels {
    CertificateLabels {
        title: "高层次人才认定证书".into(),
        statement: "兹证明".into(),
        holder: "持证人".into(),
        tier: "人才层次".into(),
        criterion: "认定条件".into(),
        jurisdiction: "认定机关".into(),
        issued_on: "发证日期".into(),
        expires_on: "有效期至".into(),
        number: "证书编号".into(),
        catalogue_version: "目录版本".into(),
        scan_to_verify: "扫码验证".into(),
    }
}

pub fn sample(holder: &str) -> Certificate {
    Certificate {
        language: "zh-CN".into(),
        number: "HLJ-2026-000001".into(),
        holder_name: holder.into(),
        holder_name_latin: Some("Zhang Wei".into()),
        tier_code: "A".into(),
        tier_name: "国内外顶尖人才".into(),
        criterion_name: "两院院士".into(),
        jurisdiction_name: "黑龙江省".into(),
        issued_on: "2026年3月1日".into(),
        expires_on: "2029年3月1日".into(),
        catalogue_version: "3".into(),
        verify_url: "http://localhost:8080/verify/HLJ-2026-000001".into(),
        labels: zh_labels(),
    }
}

/// The names of the fonts a PDF embeds (`/BaseFont /ABCDEF+NotoSerifCJKsc-Bold`).
fn embedded_fonts(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/BaseFont")
        .map(|(i, _)| {
            text[i + 9..]
                .trim_start()
                .trim_start_matches('/')
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/' && *c != '>')
                .collect()
        })
        .collect()
}

#[test]
fn chinese_certificate_embeds_a_cjk_font() {
    let Some(r) = renderer() else { return };
    let pdf = r.render_pdf(&sample("张伟")).expect("render");
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let fonts = embedded_fonts(&pdf);
    assert!(
        fonts
            .iter()
            .any(|f| f.contains("CJK") || f.contains("Noto")),
        "no CJK font embedded: {fonts:?}"
    );
    assert!(pdf.len() > 5_000, "suspiciously small: {} bytes", pdf.len());
}

#[test]
fn traditional_chinese_uses_the_traditional_family() {
    let Some(r) = renderer() else { return };
    assert_ne!(r.cjk_family("zh-TW"), r.cjk_family("zh-CN"));
    let mut c = sample("張偉");
    c.language = "zh-TW".into();
    c.labels.title = "高層次人才認定證書".into();
    let pdf = r.render_pdf(&c).expect("render");
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn markup_characters_in_data_print_literally() {
    let Some(r) = renderer() else { return };
    // Each of these would be markup (or a syntax error) if pasted into typst source.
    for name in [
        "*王#[x]$",
        "#set page(width: 1cm)",
        "]) #panic(\"x\") [",
        "$x^2$ _a_ `b` <c> @d \\",
        "/* 李 */ // 明",
    ] {
        let mut c = sample(name);
        c.criterion_name = format!("{name} ]");
        c.labels.title = format!("#{name}");
        let pdf = r.render_pdf(&c).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(pdf.starts_with(b"%PDF"), "{name}");
    }
}

#[test]
fn latin_languages_render_too() {
    let Some(r) = renderer() else { return };
    let mut c = sample("张伟");
    c.language = "da".into();
    c.labels.title = "Certifikat for højt kvalificeret talent".into();
    c.holder_name_latin = None;
    let pdf = r.render_pdf(&c).expect("render");
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn an_empty_font_folder_is_a_typed_error() {
    let dir = std::env::temp_dir().join(format!("rencai-no-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let err = Renderer::with_font_dirs(std::slice::from_ref(&dir)).expect_err("no fonts");
    assert!(
        matches!(err, CertificateError::FontsMissing { .. }),
        "{err}"
    );
    let _ = std::fs::remove_dir(&dir);
}

fn card(holder: &str) -> rencai_certificate::CardPrint {
    rencai_certificate::CardPrint {
        language: "zh-CN".into(),
        number: "HLJ-TC-0000001".into(),
        holder_name: holder.into(),
        tier_code: "D".into(),
        tier_name: "优秀人才".into(),
        jurisdiction_name: "黑龙江省".into(),
        expires_on: "2029年3月1日".into(),
        generation: 2,
        token: format!("RC1:{}", "6BFOXN*TS0BI$ZD".repeat(14)),
        labels: rencai_certificate::CardLabels {
            title: "人才卡".into(),
            holder: "持卡人".into(),
            tier: "人才层次".into(),
            number: "卡号".into(),
            valid_until: "有效期至".into(),
            scan_hint: "在服务网点出示此码".into(),
            copy: "版次".into(),
        },
    }
}

#[test]
fn a_talent_card_prints_at_card_size_with_its_token_in_the_qr() {
    let Some(r) = renderer() else { return };
    let pdf = r.render_card_pdf(&card("王海峰")).expect("render");
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let text = String::from_utf8_lossy(&pdf);
    // ID-1: 85.6 × 54 mm is 242.65 × 153.07 pt.
    assert!(text.contains("MediaBox[0 0 242.6"), "not card-sized");
    assert!(
        embedded_fonts(&pdf)
            .iter()
            .any(|f| f.contains("CJK") || f.contains("Noto")),
        "no CJK font embedded"
    );
    let mut hostile = card("#set page(width: 1cm) ]");
    hostile.labels.title = "$x$ #panic(\"x\")".into();
    assert!(
        r.render_card_pdf(&hostile)
            .expect("render")
            .starts_with(b"%PDF")
    );
}
