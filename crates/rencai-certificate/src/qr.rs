//! QR codes that lead to the public verification page.

use crate::CertificateError;
use qrcode::QrCode;
use qrcode::render::svg;

fn code(text: &str) -> Result<QrCode, CertificateError> {
    // Level M survives a crease or a stain on a printed certificate (15 % of modules).
    QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
        .map_err(|e| CertificateError::Qr(e.to_string()))
}

/// The QR code of `text` as a standalone SVG document (black on white, with the quiet
/// zone scanners need).
pub fn qr_svg(text: &str) -> Result<String, CertificateError> {
    Ok(code(text)?
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build())
}

/// The QR code of `text` as a PNG, each module `scale` pixels wide.
pub fn qr_png(text: &str, scale: u32) -> Result<Vec<u8>, CertificateError> {
    let img = code(text)?
        .render::<image::Luma<u8>>()
        .module_dimensions(scale.max(1), scale.max(1))
        .quiet_zone(true)
        .build();
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageLuma8(img)
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| CertificateError::Qr(e.to_string()))?;
    Ok(out.into_inner())
}
