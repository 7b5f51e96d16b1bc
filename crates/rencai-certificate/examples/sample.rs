//! Writes a sample certificate to the path given (default `certificate.pdf`), to look
//! at the template: `cargo run -p rencai-certificate --example sample -- out.pdf`.

use rencai_certificate::{Certificate, CertificateLabels, Renderer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "certificate.pdf".into());
    let renderer = Renderer::new()?;
    let certificate = Certificate {
        language: "zh-CN".into(),
        number: "HLJ-2026-000042".into(),
        holder_name: "张伟".into(),
        holder_name_latin: Some("Zhang Wei".into()),
        tier_code: "D".into(),
        tier_name: "省级拔尖人才".into(),
        criterion_name: "黑龙江省科学技术进步奖二等奖获得者".into(),
        jurisdiction_name: "黑龙江省".into(),
        issued_on: "2026年11月22日".into(),
        expires_on: "2029年11月22日".into(),
        catalogue_version: "1".into(),
        verify_url: "https://rencai.example.gov.cn/verify/HLJ-2026-000042".into(),
        labels: CertificateLabels {
            title: "高层次人才认定证书".into(),
            statement: "兹证明下列人员经认定为高层次人才。".into(),
            holder: "持证人".into(),
            tier: "人才层次".into(),
            criterion: "认定条件".into(),
            jurisdiction: "认定地区".into(),
            issued_on: "发证日期".into(),
            expires_on: "有效期至".into(),
            number: "证书编号".into(),
            catalogue_version: "目录版本".into(),
            scan_to_verify: "扫码核验证书".into(),
        },
    };
    std::fs::write(&out, renderer.render_pdf(&certificate)?)?;
    println!("wrote {out}");
    Ok(())
}
