//! Accreditation certificates as PDF: an A4 landscape typst template filled with one
//! certificate's data, Chinese set in a CJK font found on the system, and a QR code
//! that opens the public verification page.
//!
//! The data never becomes typst markup: it is handed to the template as a JSON file
//! that the template reads with `json(..)`, so a name like `*王#[x]$` prints as written.

mod fonts;
mod qr;
mod world;

pub use fonts::SYSTEM_FONT_DIRS;
pub use qr::{qr_png, qr_svg};

use serde::Serialize;
use std::path::PathBuf;
use typst::foundations::Bytes;
use typst::syntax::Source;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;

/// The fixed texts of a certificate, already in the reader's language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CertificateLabels {
    /// The heading, e.g. "高层次人才认定证书".
    pub title: String,
    /// The sentence above the holder's name, e.g. "This certifies that".
    pub statement: String,
    pub holder: String,
    pub tier: String,
    pub criterion: String,
    /// "Issued by" (the jurisdiction whose catalogue accredited the holder).
    pub jurisdiction: String,
    pub issued_on: String,
    pub expires_on: String,
    pub number: String,
    pub catalogue_version: String,
    /// The caption under the QR code.
    pub scan_to_verify: String,
}

/// One certificate's content. Dates come formatted in the reader's language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Certificate {
    /// The reader's language as a BCP 47 tag ("zh-CN", "en", "zh-TW", …): it picks
    /// hyphenation, punctuation and simplified or traditional glyphs.
    pub language: String,
    pub number: String,
    pub holder_name: String,
    /// The name in Latin script, printed under the Chinese one when there is one.
    pub holder_name_latin: Option<String>,
    pub tier_code: String,
    pub tier_name: String,
    pub criterion_name: String,
    pub jurisdiction_name: String,
    pub issued_on: String,
    pub expires_on: String,
    pub catalogue_version: String,
    /// Where the QR code leads: the public verification page of this certificate.
    pub verify_url: String,
    pub labels: CertificateLabels,
}

#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    /// No font on this machine can set Chinese (Debian: `apt-get install fonts-noto-cjk`).
    #[error("no CJK font found in {searched}; install fonts-noto-cjk")]
    FontsMissing { searched: String },
    #[error("QR code: {0}")]
    Qr(String),
    #[error("typesetting failed: {0}")]
    Typeset(String),
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// Renders certificates. Building one scans the fonts (a few hundred milliseconds);
/// keep it and share it: rendering takes `&self` and may run on several threads.
pub struct Renderer {
    library: LazyHash<Library>,
    fonts: fonts::Fonts,
    files: world::Files,
    template: Source,
    card_template: Source,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("faces", &self.fonts.count())
            .field("simplified", &self.fonts.simplified)
            .field("traditional", &self.fonts.traditional)
            .finish()
    }
}

const TEMPLATE: &str = include_str!("certificate.typ");
const CARD_TEMPLATE: &str = include_str!("card.typ");

/// The fixed texts of a printed talent card, already in the reader's language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CardLabels {
    pub title: String,
    pub holder: String,
    pub tier: String,
    pub number: String,
    pub valid_until: String,
    /// The line under the card: what the QR is for.
    pub scan_hint: String,
    /// "Copy" before the generation number.
    pub copy: String,
}

/// One talent card to print.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CardPrint {
    /// The reader's language as a BCP 47 tag.
    pub language: String,
    pub number: String,
    pub holder_name: String,
    pub tier_code: String,
    pub tier_name: String,
    pub jurisdiction_name: String,
    pub expires_on: String,
    pub generation: u32,
    /// The signed token the QR holds.
    pub token: String,
    pub labels: CardLabels,
}

/// What the template reads from `data.json`: the certificate and the typesetting
/// choices derived from its language.
#[derive(Serialize)]
struct TemplateData<'a, T: Serialize> {
    #[serde(flatten)]
    content: &'a T,
    lang: String,
    region: Option<String>,
    fonts: Vec<String>,
}

impl Renderer {
    /// Uses the fonts in the system font directories.
    pub fn new() -> Result<Self, CertificateError> {
        let dirs: Vec<PathBuf> = SYSTEM_FONT_DIRS.iter().map(PathBuf::from).collect();
        Self::with_font_dirs(&dirs)
    }

    /// Uses the fonts under `dirs` (searched recursively).
    pub fn with_font_dirs(dirs: &[PathBuf]) -> Result<Self, CertificateError> {
        let missing = || CertificateError::FontsMissing {
            searched: dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        };
        let fonts = fonts::Fonts::scan(dirs).ok_or_else(missing)?;
        let files = world::Files::new().ok_or_else(|| {
            CertificateError::Typeset("the template's virtual paths are invalid".into())
        })?;
        Ok(Self {
            library: LazyHash::new(Library::default()),
            template: Source::new(files.main, TEMPLATE.to_string()),
            card_template: Source::new(files.card, CARD_TEMPLATE.to_string()),
            fonts,
            files,
        })
    }

    /// The font family Chinese is set in for `language`.
    pub fn cjk_family(&self, language: &str) -> &str {
        if traditional(language) {
            &self.fonts.traditional
        } else {
            &self.fonts.simplified
        }
    }

    /// The certificate as a one-page PDF.
    pub fn render_pdf(&self, certificate: &Certificate) -> Result<Vec<u8>, CertificateError> {
        self.typeset(
            &self.template,
            certificate,
            &certificate.language,
            &certificate.verify_url,
            &certificate.number,
        )
    }

    /// The talent card as a one-page PDF of card size, its QR holding the signed token.
    pub fn render_card_pdf(&self, card: &CardPrint) -> Result<Vec<u8>, CertificateError> {
        self.typeset(
            &self.card_template,
            card,
            &card.language,
            &card.token,
            &card.number,
        )
    }

    fn typeset(
        &self,
        template: &Source,
        content: &impl Serialize,
        language: &str,
        qr_text: &str,
        ident: &str,
    ) -> Result<Vec<u8>, CertificateError> {
        let (lang, region) = split_language(language);
        let data = TemplateData {
            content,
            lang,
            region,
            fonts: vec![
                self.cjk_family(language).to_string(),
                // Latin letters beyond what the CJK family draws (rare diacritics).
                "DejaVu Serif".into(),
            ],
        };
        let json = serde_json::to_vec(&data)
            .map_err(|e| CertificateError::Typeset(format!("data: {e}")))?;
        let world = world::CertificateWorld {
            renderer: self,
            template,
            data: Bytes::new(json),
            qr: Bytes::from_string(qr_svg(qr_text)?),
        };
        let compiled = typst::compile::<PagedDocument>(&world).output;
        // typst memoizes across compilations; drop what recent ones did not reuse so a
        // long-running server does not grow with every document.
        typst::comemo::evict(10);
        let document = compiled.map_err(|errors| {
            CertificateError::Typeset(
                errors
                    .iter()
                    .map(|e| e.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        let options = typst_pdf::PdfOptions {
            ident: typst::foundations::Smart::Custom(ident.to_string()),
            ..Default::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|errors| {
            CertificateError::Pdf(
                errors
                    .iter()
                    .map(|e| e.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })
    }
}

fn traditional(language: &str) -> bool {
    let l = language.to_ascii_lowercase();
    l.starts_with("zh-tw") || l.starts_with("zh-hk") || l.starts_with("zh-hant")
}

/// "zh-CN" → ("zh", Some("CN")); a tag typst cannot take falls back to English.
fn split_language(tag: &str) -> (String, Option<String>) {
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next().unwrap_or_default().to_ascii_lowercase();
    let lang = if (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_alphabetic()) {
        lang
    } else {
        "en".into()
    };
    let region = parts
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase());
    (lang, region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_split_for_typst() {
        assert_eq!(split_language("zh-CN"), ("zh".into(), Some("CN".into())));
        assert_eq!(
            split_language("zh-Hant-TW"),
            ("zh".into(), Some("TW".into()))
        );
        assert_eq!(split_language("tl"), ("tl".into(), None));
        assert_eq!(split_language("<script>"), ("en".into(), None));
        assert!(traditional("zh-TW"));
        assert!(!traditional("zh-CN"));
    }

    #[test]
    fn qr_codes_are_svg_and_png() {
        let svg = qr_svg("http://localhost:8080/verify/HLJ-2026-000001").expect("svg");
        assert!(svg.contains("<svg"), "{svg}");
        let png = qr_png("http://localhost/verify/X", 4).expect("png");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    }
}
