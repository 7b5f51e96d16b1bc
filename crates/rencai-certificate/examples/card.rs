//! Writes a sample talent card to the path given (default `card.pdf`), to look at the
//! template: `cargo run -p rencai-certificate --example card -- out.pdf`.

use rencai_certificate::{CardLabels, CardPrint, Renderer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "card.pdf".into());
    let card = CardPrint {
        language: "zh-CN".into(),
        number: "HLJ-TC-0000042".into(),
        holder_name: "张伟".into(),
        tier_code: "D".into(),
        tier_name: "省级拔尖人才".into(),
        jurisdiction_name: "黑龙江省".into(),
        expires_on: "2029年11月22日".into(),
        generation: 1,
        // The length of a real token; the text itself is a placeholder.
        token: format!("RC1:{}", "6BFOXN*TS0BI$ZD-8".repeat(13)),
        labels: CardLabels {
            title: "人才卡".into(),
            holder: "持卡人".into(),
            tier: "人才层次".into(),
            number: "卡号".into(),
            valid_until: "有效期至".into(),
            scan_hint: "在服务网点出示此码，离线亦可核验。".into(),
            copy: "版次".into(),
        },
    };
    std::fs::write(&out, Renderer::new()?.render_card_pdf(&card)?)?;
    println!("wrote {out}");
    Ok(())
}
