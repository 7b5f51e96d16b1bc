//! Milliseconds per certificate: `cargo bench -p rencai-certificate`.
//! Prints the one-off font scan, the first render (fonts read, template compiled) and
//! the steady state that a server holding one `Renderer` sees.

use rencai_certificate::{Certificate, CertificateLabels, Renderer};
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let renderer = match Renderer::new() {
        Ok(r) => r,
        Err(e) => {
            println!("SKIPPED: {e}");
            return;
        }
    };
    println!("font scan: {:.1} ms", ms(started));
    let cert = |i: usize| Certificate {
        language: "zh-CN".into(),
        number: format!("HLJ-2026-{i:06}"),
        holder_name: ["张伟", "王海峰", "李明", "欧阳娜娜"][i % 4].into(),
        holder_name_latin: None,
        tier_code: "B".into(),
        tier_name: "国家级领军人才".into(),
        criterion_name: "国家杰出青年科学基金获得者".into(),
        jurisdiction_name: "黑龙江省".into(),
        issued_on: "2026年3月1日".into(),
        expires_on: "2029年3月1日".into(),
        catalogue_version: "3".into(),
        verify_url: format!("https://rencai.example/verify/HLJ-2026-{i:06}"),
        labels: CertificateLabels {
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
        },
    };
    let first = Instant::now();
    let pdf = renderer.render_pdf(&cert(0)).expect("render");
    println!("first render: {:.1} ms ({} bytes)", ms(first), pdf.len());
    let n = 30;
    let steady = Instant::now();
    for i in 1..=n {
        renderer.render_pdf(&cert(i)).expect("render");
    }
    println!(
        "steady state: {:.1} ms per certificate ({n} distinct certificates)",
        ms(steady) / n as f64
    );
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
