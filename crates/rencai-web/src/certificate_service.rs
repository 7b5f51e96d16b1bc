//! Accreditation certificates: the PDF a holder downloads and the public page its QR
//! code opens. Shared by the API (`api/certificates.rs`) and the pages (`pages/verify.rs`).

use crate::access::Ctx;
use crate::accreditation_service::{self, Verification};
use crate::error::Failure;
use crate::i18n::Tr;
use crate::state::AppState;
use rencai_certificate::{Certificate, CertificateLabels};
use rencai_domain::DomainError;
use rencai_domain::ids::AccreditationId;
use rencai_store::accreditations::{self, StoredAccreditation};
use rencai_store::{StoreResult, audit, catalogues};

/// Where the public reaches this service: the configured `public_url`, else the
/// address the request came in on. The result never ends in '/'.
pub fn base_url(state: &AppState, host: Option<&str>) -> String {
    if let Some(url) = state
        .settings
        .public_url
        .as_deref()
        .filter(|u| !u.is_empty())
    {
        return url.trim_end_matches('/').to_string();
    }
    // A Host header is whatever the client sent: take it only if it looks like one.
    let host = host
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

pub fn verify_url(base: &str, number: &str) -> String {
    format!("{base}/verify/{number}")
}

/// The tier's and the criterion's names in `lang`, from the catalogue version that
/// accredited the holder (published versions never change).
struct Names {
    tier: String,
    criterion: String,
    /// The jurisdiction whose catalogue it was.
    jurisdiction: String,
}

fn names(state: &AppState, tr: &Tr, a: &StoredAccreditation) -> StoreResult<Names> {
    let stored = state.store.read(|c| catalogues::get(c, a.catalogue_id))?;
    let compiled = state.compiled_catalogue(stored.id, &stored.body);
    let tier = compiled
        .as_ref()
        .and_then(|c| c.tiers().iter().find(|t| t.code == a.tier_code))
        .map(|t| t.name.get(tr.lang).to_string())
        .unwrap_or_default();
    let criterion = compiled
        .as_ref()
        .and_then(|c| c.criteria().iter().find(|k| k.code == a.criterion_code))
        .map(|k| k.name.get(tr.lang).to_string())
        .unwrap_or_else(|| a.criterion_code.clone());
    let jurisdiction = state
        .tree()
        .get(stored.jurisdiction_id)
        .map(|j| j.display_name(tr.chinese()).to_string())
        .unwrap_or_default();
    Ok(Names {
        tier,
        criterion,
        jurisdiction,
    })
}

fn labels(tr: &Tr) -> CertificateLabels {
    CertificateLabels {
        title: tr.t("certificate-title"),
        statement: tr.t("certificate-statement"),
        holder: tr.t("certificate-holder"),
        tier: tr.t("certificate-tier"),
        criterion: tr.t("certificate-criterion"),
        jurisdiction: tr.t("certificate-jurisdiction"),
        issued_on: tr.t("certificate-issued-on"),
        expires_on: tr.t("certificate-expires-on"),
        number: tr.t("certificate-number"),
        catalogue_version: tr.t("certificate-catalogue-version"),
        scan_to_verify: tr.t("certificate-scan-to-verify"),
    }
}

/// Dates on certificates are the bureau's (China Standard Time), like `today`.
fn date(tr: &Tr, t: jiff::Timestamp) -> String {
    tr.date(
        t.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(8)))
            .date(),
    )
}

/// A rendered certificate and the number it carries (the download's file name).
pub struct CertificatePdf {
    pub number: String,
    pub pdf: Vec<u8>,
}

/// The certificate of an accreditation as a PDF, in the caller's language. Who may
/// download it is who may see the accreditation: the holder, their enterprise, and
/// officers of the jurisdiction. A revoked accreditation has no certificate. Each
/// download is audited, since the document carries the holder's full name.
pub async fn certificate_pdf(
    state: &AppState,
    ctx: &Ctx,
    id: AccreditationId,
    verify_base_url: &str,
) -> Result<CertificatePdf, Failure> {
    let a = accreditation_service::accreditation(state, ctx, id).await?;
    if a.revoked_at.is_some() {
        return Err(ctx.err(DomainError::Conflict("certificate-revoked")));
    }
    let tr = ctx.tr.clone();
    let actor = ctx.actor();
    let url = verify_url(verify_base_url, &a.number);
    let number = a.number.clone();
    let st = state.clone();
    type Rendered = Option<Result<Vec<u8>, rencai_certificate::CertificateError>>;
    let rendered = tokio::task::spawn_blocking(move || -> StoreResult<Rendered> {
        let n = names(&st, &tr, &a)?;
        let now = st.store.now();
        st.store.write(|c| {
            audit::append(
                c,
                now,
                &actor,
                "accreditation.certificate",
                ("accreditation", Some(a.id.0)),
                Some(a.jurisdiction_id),
                serde_json::json!({"number": a.number}),
            )
        })?;
        let certificate = Certificate {
            language: tr.lang.to_string(),
            number: a.number.clone(),
            holder_name: a.talent_name.clone(),
            holder_name_latin: a.talent_name_latin.clone().filter(|n| !n.is_empty()),
            tier_code: a.tier_code.clone(),
            tier_name: n.tier,
            criterion_name: n.criterion,
            jurisdiction_name: n.jurisdiction,
            issued_on: date(&tr, a.issued_at),
            expires_on: date(&tr, a.expires_at),
            catalogue_version: a.catalogue_version.to_string(),
            verify_url: url,
            labels: labels(&tr),
        };
        // The audit entry stays even if rendering fails: the attempt was made.
        Ok(st
            .certificate_renderer()
            .map(|r| r.render_pdf(&certificate)))
    })
    .await;
    match rendered {
        Ok(Ok(Some(Ok(pdf)))) => Ok(CertificatePdf { number, pdf }),
        Ok(Err(e)) => Err(ctx.fail(e)),
        Ok(Ok(Some(Err(e)))) => {
            tracing::error!(error = %e, "certificate rendering failed");
            Err(Failure::Internal(ctx.tr.clone(), ctx.api))
        }
        // No CJK font (already logged by the state) or a panicked task.
        Ok(Ok(None)) | Err(_) => Err(Failure::Internal(ctx.tr.clone(), ctx.api)),
    }
}

/// What the public verification page shows; `None` for an unknown number.
pub struct PublicRecord {
    pub verification: Verification,
    /// The tier's name in the reader's language.
    pub tier_name: String,
}

pub async fn public_record(
    state: &AppState,
    tr: &Tr,
    number: &str,
) -> StoreResult<Option<PublicRecord>> {
    let Some(verification) = accreditation_service::verify(state, number).await? else {
        return Ok(None);
    };
    let st = state.clone();
    let tr = tr.clone();
    let wanted = verification.number.clone();
    let tier_name = tokio::task::spawn_blocking(move || -> StoreResult<String> {
        let Some(a) = st.store.read(|c| accreditations::by_number(c, &wanted))? else {
            return Ok(String::new());
        };
        Ok(names(&st, &tr, &a)?.tier)
    })
    .await
    .unwrap_or_else(|_| Ok(String::new()))?;
    Ok(Some(PublicRecord {
        verification,
        tier_name,
    }))
}

/// The holder's talent card as a printable PDF (card size, its QR holding the signed
/// token), in the caller's language. Only for an active card; audited like a
/// certificate, since it carries the full name.
pub async fn card_pdf(state: &AppState, ctx: &Ctx) -> Result<CertificatePdf, Failure> {
    let view = crate::card_service::mine(state, ctx)
        .await?
        .ok_or_else(|| ctx.err(DomainError::NotFound))?;
    let Some(token) = view.token.clone() else {
        return Err(ctx.err(DomainError::Conflict("card-not-active")));
    };
    let card = view.card;
    let tr = ctx.tr.clone();
    let actor = ctx.actor();
    let number = card.number.clone();
    let st = state.clone();
    type Rendered = Option<Result<Vec<u8>, rencai_certificate::CertificateError>>;
    let rendered = tokio::task::spawn_blocking(move || -> StoreResult<Rendered> {
        let a = st
            .store
            .read(|c| accreditations::get(c, card.accreditation_id))?;
        let n = names(&st, &tr, &a)?;
        let province = st
            .tree()
            .ancestry(card.jurisdiction_id)
            .first()
            .map(|j| j.display_name(tr.chinese()).to_string())
            .unwrap_or(n.jurisdiction);
        let now = st.store.now();
        st.store.write(|c| {
            audit::append(
                c,
                now,
                &actor,
                "card.print",
                ("card", Some(card.id.0)),
                Some(card.jurisdiction_id),
                serde_json::json!({"number": card.number, "generation": card.generation}),
            )
        })?;
        let print = rencai_certificate::CardPrint {
            language: tr.lang.to_string(),
            number: card.number.clone(),
            holder_name: card.talent_name.clone(),
            tier_code: card.tier_code.clone(),
            tier_name: n.tier,
            jurisdiction_name: province,
            expires_on: date(&tr, card.expires_at),
            generation: card.generation,
            token,
            labels: rencai_certificate::CardLabels {
                title: tr.t("card-pdf-title"),
                holder: tr.t("card-holder"),
                tier: tr.t("card-tier"),
                number: tr.t("card-number"),
                valid_until: tr.t("card-valid-until"),
                scan_hint: tr.t("card-qr-hint"),
                copy: tr.t("card-generation"),
            },
        };
        Ok(st.certificate_renderer().map(|r| r.render_card_pdf(&print)))
    })
    .await;
    match rendered {
        Ok(Ok(Some(Ok(pdf)))) => Ok(CertificatePdf { number, pdf }),
        Ok(Err(e)) => Err(ctx.fail(e)),
        Ok(Ok(Some(Err(e)))) => {
            tracing::error!(error = %e, "card rendering failed");
            Err(Failure::Internal(ctx.tr.clone(), ctx.api))
        }
        Ok(Ok(None)) | Err(_) => Err(Failure::Internal(ctx.tr.clone(), ctx.api)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_certificate_text_is_translated() {
        for (lang, _) in crate::i18n::LANGUAGES {
            let l = labels(&Tr::new(lang));
            for text in [
                &l.title,
                &l.statement,
                &l.holder,
                &l.tier,
                &l.criterion,
                &l.jurisdiction,
                &l.issued_on,
                &l.expires_on,
                &l.number,
                &l.catalogue_version,
                &l.scan_to_verify,
            ] {
                assert!(!text.starts_with("certificate-"), "{lang}: {text}");
            }
        }
    }
}
