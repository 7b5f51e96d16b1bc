//! The token text: `RC1:` + base45 of a tagged COSE_Sign1 whose payload is the CWT.

use coset::iana;
use coset::{
    Algorithm, CoseError, CoseSign1, CoseSign1Builder, HeaderBuilder, ProtectedHeader,
    SignatureContext, TaggedCborSerializable as _, sig_structure_data,
};
use ed25519_dalek::{Signature, Signer as _, SigningKey};

use crate::claims::CardClaims;
use crate::error::MalformedReason;
use crate::keys::Kid;

/// The text every card token starts with; the `1` is the format version.
pub const PREFIX: &str = "RC1:";

/// Longer texts (counted in UTF-8 bytes; a real token is ASCII) are refused before any
/// decoding, so a hostile scan costs nothing.
///
/// A real token is about 200 characters; 2 KiB leaves room for long names in later
/// claims and still fits a QR code.
pub const MAX_TOKEN_CHARS: usize = 2048;

const ED25519_SIGNATURE_LEN: usize = 64;

/// Encoding plain integers and text into a `Vec` cannot fail; a failure here would be a
/// bug in the CBOR library, not a condition a caller could handle.
const ENCODING_CANNOT_FAIL: &str = "CBOR encoding of card claims into memory cannot fail";

/// Signs `claims` and returns the token text.
pub(crate) fn encode(key: &SigningKey, kid: Kid, claims: &CardClaims) -> String {
    let payload = claims.to_cwt().expect(ENCODING_CANNOT_FAIL);
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(kid.0.to_vec())
        .build();
    let bytes = CoseSign1Builder::new()
        .protected(protected)
        .payload(payload)
        .create_signature(&[], |signed| key.sign(signed).to_bytes().to_vec())
        .build()
        .to_tagged_vec()
        .expect(ENCODING_CANNOT_FAIL);
    let mut text = String::from(PREFIX);
    text.push_str(&base45::encode(bytes));
    text
}

/// A token taken apart but not yet checked against any key.
pub(crate) struct Envelope {
    pub kid: Kid,
    pub signature: Signature,
    protected: ProtectedHeader,
    payload: Vec<u8>,
}

impl Envelope {
    /// Takes the text apart, refusing anything this crate would not have written.
    pub fn parse(text: &str) -> Result<Envelope, MalformedReason> {
        if text.len() > MAX_TOKEN_CHARS {
            return Err(MalformedReason::TooLarge);
        }
        let body = text.strip_prefix(PREFIX).ok_or(MalformedReason::Prefix)?;
        let bytes = decode_base45(body)?;
        let sign1 = CoseSign1::from_tagged_slice(&bytes).map_err(|error| match error {
            CoseError::DecodeFailed(_) | CoseError::ExtraneousData => MalformedReason::Cbor,
            _ => MalformedReason::CoseStructure,
        })?;

        let CoseSign1 {
            protected,
            unprotected,
            payload,
            signature,
        } = sign1;
        let header = &protected.header;

        if header.alg != Some(Algorithm::Assigned(iana::Algorithm::EdDSA)) {
            return Err(MalformedReason::UnsupportedAlgorithm);
        }
        // Only the protected header is signed: a kid anywhere else could be swapped.
        if header.key_id.is_empty() {
            return Err(MalformedReason::KidNotProtected);
        }
        let kid = Kid(header
            .key_id
            .as_slice()
            .try_into()
            .map_err(|_| MalformedReason::CoseStructure)?);
        // Nothing but alg and kid, and an empty unprotected header: anything more would
        // either demand understanding (crit) or let one token have several texts.
        let only_alg_and_kid = header.crit.is_empty()
            && header.content_type.is_none()
            && header.iv.is_empty()
            && header.partial_iv.is_empty()
            && header.counter_signatures.is_empty()
            && header.rest.is_empty();
        if !only_alg_and_kid || !unprotected.is_empty() {
            return Err(MalformedReason::CoseStructure);
        }
        let payload = payload.ok_or(MalformedReason::CoseStructure)?;
        let signature: [u8; ED25519_SIGNATURE_LEN] = signature
            .as_slice()
            .try_into()
            .map_err(|_| MalformedReason::CoseStructure)?;

        Ok(Envelope {
            kid,
            signature: Signature::from_bytes(&signature),
            protected,
            payload,
        })
    }

    /// The COSE `Sig_structure` the signature covers (RFC 9052 §4.4), built from the
    /// protected header bytes exactly as received.
    pub fn signed_bytes(&self) -> Vec<u8> {
        sig_structure_data(
            SignatureContext::CoseSign1,
            self.protected.clone(),
            None,
            &[],
            &self.payload,
        )
    }

    pub fn claims(&self) -> Result<CardClaims, MalformedReason> {
        CardClaims::from_cwt(&self.payload)
    }
}

/// The base45 alphabet (RFC 9285 §4), for the canonical-form check below.
const BASE45_ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

fn decode_base45(body: &str) -> Result<Vec<u8>, MalformedReason> {
    let bytes = base45::decode(body).map_err(|_| MalformedReason::Base45)?;
    // The base45 crate truncates a final pair worth more than 255 instead of refusing
    // it as RFC 9285 §4.2 asks; refuse it here, so one token has exactly one text.
    if let [.., first, second] = body.as_bytes()
        && body.len() % 3 == 2
    {
        let digit = |c: &u8| BASE45_ALPHABET.iter().position(|a| a == c).unwrap_or(0);
        if digit(first) + 45 * digit(second) > 255 {
            return Err(MalformedReason::Base45);
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base45_final_pair_over_255_is_refused() {
        // "GG" is 16 + 16*45 = 736: the crate would truncate it to one byte.
        assert_eq!(decode_base45("GG"), Err(MalformedReason::Base45));
        // "U5" is 30 + 5*45 = 255: the largest valid final pair.
        assert_eq!(decode_base45("U5"), Ok(vec![255]));
    }
}
