//! Languages: the six locales, negotiation from Accept-Language / cookie / profile, and
//! the translator templates call. Dates and numbers are formatted by patterns that are
//! themselves Fluent messages, so each locale's translators own them.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Isolation marks would end up inside attribute values and CSV headers.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The supported languages: code (also the locale folder), native name.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("zh-CN", "简体中文"),
    ("zh-TW", "繁體中文"),
    ("da", "Dansk"),
    ("sw", "Kiswahili"),
    ("tl", "Tagalog"),
];

/// Maps any language tag to one we speak, if we speak it.
pub fn supported(tag: &str) -> Option<&'static str> {
    let t = tag.trim().to_ascii_lowercase().replace('_', "-");
    let primary = t.split('-').next().unwrap_or("");
    match primary {
        "en" => Some("en"),
        "zh" => {
            let traditional = t.contains("hant")
                || t.ends_with("-tw")
                || t.ends_with("-hk")
                || t.ends_with("-mo");
            Some(if traditional { "zh-TW" } else { "zh-CN" })
        }
        "da" => Some("da"),
        "sw" => Some("sw"),
        "tl" | "fil" => Some("tl"),
        _ => None,
    }
}

/// The best language for an Accept-Language header (q-values honoured), else English.
pub fn negotiate(accept_language: &str) -> &'static str {
    let mut candidates: Vec<(f32, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates
        .iter()
        .find_map(|(_, _, tag)| supported(tag))
        .unwrap_or("en")
}

/// A translator for one language.
#[derive(Clone, Debug)]
pub struct Tr {
    pub lang: &'static str,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(lang: &str) -> Self {
        let lang = supported(lang).unwrap_or("en");
        let id = lang.parse().unwrap_or_default();
        Self { lang, id }
    }

    /// The message, or its id when missing (the locale test keeps that from shipping).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.id, key)
            .unwrap_or_else(|| key.to_string())
    }

    pub fn t_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_string()), v.clone()))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// The message of a field error, with its arguments.
    pub fn field_error(&self, e: &rencai_domain::FieldError) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = e
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str())))
            .collect();
        self.t_args(&format!("err-{}", e.code), &args)
    }

    /// A message with one string argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.t_args(key, &[(name, FluentValue::from(value.to_string()))])
    }

    /// A message with one number argument (plural rules apply), the number already formatted.
    pub fn tn(&self, key: &str, name: &str, n: u64) -> String {
        self.t_args(
            key,
            &[
                (name, FluentValue::from(n)),
                ("formatted", FluentValue::from(self.number(n))),
            ],
        )
    }

    /// A vocabulary label such as `title-full_senior`.
    pub fn label(&self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}-{code}"))
    }

    pub fn date(&self, d: jiff::civil::Date) -> String {
        self.t_args(
            "fmt-date",
            &[
                ("year", FluentValue::from(d.year().to_string())),
                ("month", FluentValue::from(format!("{:02}", d.month()))),
                ("day", FluentValue::from(format!("{:02}", d.day()))),
                ("m", FluentValue::from(d.month().to_string())),
                ("d", FluentValue::from(d.day().to_string())),
            ],
        )
    }

    /// A moment in China Standard Time, the bureau's, with the offset shown so a reader
    /// elsewhere (or a browser in another zone) is not misled.
    pub fn datetime(&self, t: jiff::Timestamp) -> String {
        let z = t.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)));
        format!("{} {} UTC+8", self.date(z.date()), z.strftime("%H:%M"))
    }

    /// Digits grouped by thousands with the locale's separator.
    pub fn number(&self, n: u64) -> String {
        let sep = self.t("fmt-group-separator");
        let sep = if sep == "fmt-group-separator" {
            ",".to_string()
        } else {
            sep
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&sep);
            }
            out.push(ch);
        }
        out
    }

    /// Whether names should be shown in Chinese script first.
    pub fn chinese(&self) -> bool {
        self.lang.starts_with("zh")
    }

    /// A name kept in Chinese and English (providers): Chinese readers read the Chinese
    /// one, everyone else the English one.
    pub fn name_of<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        if self.chinese() { zh } else { en }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_a_supported_locale() {
        assert_eq!(negotiate("zh-TW,zh;q=0.9,en;q=0.5"), "zh-TW");
        assert_eq!(negotiate("zh-Hant-HK"), "zh-TW");
        assert_eq!(negotiate("zh"), "zh-CN");
        assert_eq!(negotiate("fil-PH, en;q=0.1"), "tl");
        assert_eq!(negotiate("fr-FR, da;q=0.8, en;q=0.7"), "da");
        assert_eq!(negotiate("en;q=0.2, sw;q=0.9"), "sw");
        assert_eq!(negotiate("xx, yy"), "en");
        assert_eq!(negotiate(""), "en");
    }
}
