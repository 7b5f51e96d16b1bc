//! Anything this crate would not have written is refused as malformed, layer by layer.

use coset::cwt::{ClaimsSetBuilder, Timestamp};
use coset::{CborSerializable as _, Header, HeaderBuilder, cbor::value::Value, iana};
use rencai_card::{
    CLAIM_CARD, CLAIM_GENERATION, CLAIM_HOLDER_CHECK, CLAIM_TIER, MAX_TOKEN_CHARS, MalformedReason,
    TokenError, Verifier, decode_unverified,
};

use crate::support::{NOW, claims, cose_bytes, crafted, issuer, text_of, trusting};

fn verifier() -> Verifier {
    Verifier::new(&trusting(vec![issuer().public()])).expect("a valid trust list")
}

/// Both entry points refuse `text` for `reason`.
fn refused_as(text: &str, reason: MalformedReason) {
    let expected = Err(TokenError::Malformed(reason));
    assert_eq!(verifier().verify(text, NOW), expected, "verify {text:?}");
    assert_eq!(
        decode_unverified(text).map(|(_, claims)| claims),
        expected,
        "decode {text:?}"
    );
    assert_eq!(TokenError::Malformed(reason).code(), "token-malformed");
}

fn protected_eddsa_with_kid() -> Header {
    HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(issuer().kid().0.to_vec())
        .build()
}

fn good_payload() -> Vec<u8> {
    let text = issuer().sign(&claims());
    let cose = coset::CoseSign1::from_slice(
        // Skip the tag (0xd2) to read the untagged structure.
        &cose_bytes(&text)[1..],
    )
    .expect("a token is a COSE_Sign1");
    cose.payload.expect("with a payload")
}

#[test]
fn garbage_empty_and_foreign_prefixes_are_refused_at_the_prefix() {
    refused_as("", MalformedReason::Prefix);
    refused_as("hello, world", MalformedReason::Prefix);
    refused_as("https://example.org/card/123", MalformedReason::Prefix);
    // The EU certificate's prefix, with our payload: not ours to accept.
    let ours = issuer().sign(&claims());
    refused_as(&ours.replacen("RC1:", "HC1:", 1), MalformedReason::Prefix);
    refused_as(&ours.to_lowercase(), MalformedReason::Prefix);
}

#[test]
fn text_that_is_not_base45_is_refused() {
    refused_as("RC1:abc", MalformedReason::Base45);
    refused_as("RC1:0", MalformedReason::Base45); // one character cannot be a byte
    refused_as("RC1:GGW", MalformedReason::Base45); // 65535 < value
    refused_as("RC1:GG", MalformedReason::Base45); // final pair over 255
}

#[test]
fn base45_of_bytes_that_are_not_cbor_is_refused() {
    refused_as("RC1:", MalformedReason::Cbor);
    refused_as(&text_of(&[0xff, 0x00, 0x01]), MalformedReason::Cbor);
    // A token cut short.
    let cose = cose_bytes(&issuer().sign(&claims()));
    refused_as(&text_of(&cose[..cose.len() - 10]), MalformedReason::Cbor);
    // A valid token followed by more bytes.
    let mut longer = cose.clone();
    longer.push(0x00);
    refused_as(&text_of(&longer), MalformedReason::Cbor);
}

#[test]
fn cbor_that_is_not_a_tagged_cose_sign1_is_refused() {
    // An integer, a text, an untagged COSE_Sign1, a COSE_Sign1 under another tag.
    refused_as(&text_of(&[0x01]), MalformedReason::CoseStructure);
    refused_as(
        &text_of(&[0x63, b'a', b'b', b'c']),
        MalformedReason::CoseStructure,
    );
    let cose = cose_bytes(&issuer().sign(&claims()));
    refused_as(&text_of(&cose[1..]), MalformedReason::CoseStructure);
    let mut other_tag = cose.clone();
    other_tag[0] = 0xd1; // tag 17, COSE_Mac0
    refused_as(&text_of(&other_tag), MalformedReason::CoseStructure);
}

#[test]
fn a_token_signed_with_es256_is_refused() {
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::ES256)
        .key_id(issuer().kid().0.to_vec())
        .build();
    let text = crafted(&[7; 32], protected, Header::default(), good_payload());

    refused_as(&text, MalformedReason::UnsupportedAlgorithm);
}

#[test]
fn a_token_without_an_algorithm_is_refused() {
    let protected = HeaderBuilder::new()
        .key_id(issuer().kid().0.to_vec())
        .build();
    let text = crafted(&[7; 32], protected, Header::default(), good_payload());

    refused_as(&text, MalformedReason::UnsupportedAlgorithm);
}

#[test]
fn a_kid_in_the_unprotected_header_only_is_refused() {
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .build();
    let unprotected = HeaderBuilder::new()
        .key_id(issuer().kid().0.to_vec())
        .build();
    let text = crafted(&[7; 32], protected, unprotected, good_payload());

    refused_as(&text, MalformedReason::KidNotProtected);
}

#[test]
fn extra_header_fields_and_odd_kids_are_refused() {
    // A second, unprotected kid would let one token have two texts.
    let unprotected = HeaderBuilder::new().key_id(vec![0; 8]).build();
    let text = crafted(
        &[7; 32],
        protected_eddsa_with_kid(),
        unprotected,
        good_payload(),
    );
    refused_as(&text, MalformedReason::CoseStructure);

    // A critical header this crate cannot understand.
    let critical = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(issuer().kid().0.to_vec())
        .add_critical(iana::HeaderParameter::ContentType)
        .content_format(iana::CoapContentFormat::Cwt)
        .build();
    let text = crafted(&[7; 32], critical, Header::default(), good_payload());
    refused_as(&text, MalformedReason::CoseStructure);

    // A kid of another length than 8 bytes.
    let long_kid = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(vec![1; 16])
        .build();
    let text = crafted(&[7; 32], long_kid, Header::default(), good_payload());
    refused_as(&text, MalformedReason::CoseStructure);
}

#[test]
fn an_overlong_text_is_refused_before_decoding() {
    let text = format!("RC1:{}", "0".repeat(MAX_TOKEN_CHARS));

    refused_as(&text, MalformedReason::TooLarge);
}

/// A correctly signed token whose claims set is `claims`.
fn signed_payload(claims: ClaimsSetBuilder) -> String {
    let payload = claims.build().to_vec().expect("encodes");
    crafted(
        &[7; 32],
        protected_eddsa_with_kid(),
        Header::default(),
        payload,
    )
}

fn all_but(left_out: i64) -> ClaimsSetBuilder {
    let mut set = ClaimsSetBuilder::new()
        .issuer("hlj".into())
        .issued_at(Timestamp::WholeSeconds(NOW))
        .expiration_time(Timestamp::WholeSeconds(NOW + 1000));
    for (key, value) in [
        (CLAIM_CARD, Value::Text("HLJ-2026-000123".into())),
        (CLAIM_GENERATION, Value::Integer(2.into())),
        (CLAIM_TIER, Value::Text("B".into())),
        (CLAIM_HOLDER_CHECK, Value::Text("ZXM".into())),
    ] {
        if key != left_out {
            set = set.private_claim(key, value);
        }
    }
    set
}

#[test]
fn a_signed_token_missing_a_claim_is_refused() {
    refused_as(
        &signed_payload(all_but(CLAIM_CARD)),
        MalformedReason::MissingClaim("card"),
    );
    refused_as(
        &signed_payload(all_but(CLAIM_GENERATION)),
        MalformedReason::MissingClaim("generation"),
    );
    refused_as(
        &signed_payload(all_but(CLAIM_TIER)),
        MalformedReason::MissingClaim("tier"),
    );
    refused_as(
        &signed_payload(all_but(CLAIM_HOLDER_CHECK)),
        MalformedReason::MissingClaim("holder_check"),
    );
    let no_expiry = ClaimsSetBuilder::new()
        .issuer("hlj".into())
        .issued_at(Timestamp::WholeSeconds(NOW))
        .private_claim(CLAIM_CARD, Value::Text("HLJ-2026-000123".into()))
        .private_claim(CLAIM_GENERATION, Value::Integer(2.into()))
        .private_claim(CLAIM_TIER, Value::Text("B".into()))
        .private_claim(CLAIM_HOLDER_CHECK, Value::Text("ZXM".into()));
    refused_as(
        &signed_payload(no_expiry),
        MalformedReason::MissingClaim("exp"),
    );
}

#[test]
fn a_signed_token_with_a_claim_of_the_wrong_type_is_refused() {
    let text_generation =
        all_but(CLAIM_GENERATION).private_claim(CLAIM_GENERATION, Value::Text("2".into()));
    refused_as(
        &signed_payload(text_generation),
        MalformedReason::WrongType("generation"),
    );

    let huge_generation = all_but(CLAIM_GENERATION)
        .private_claim(CLAIM_GENERATION, Value::Integer((1u64 << 32).into()));
    refused_as(
        &signed_payload(huge_generation),
        MalformedReason::WrongType("generation"),
    );

    let number_card = all_but(CLAIM_CARD).private_claim(CLAIM_CARD, Value::Integer(123.into()));
    refused_as(
        &signed_payload(number_card),
        MalformedReason::WrongType("card"),
    );

    let fractional = all_but(0).issued_at(Timestamp::FractionalSeconds(1.5));
    refused_as(
        &signed_payload(fractional),
        MalformedReason::WrongType("iat"),
    );
}

#[test]
fn a_payload_that_is_not_a_claims_map_is_refused() {
    let text = crafted(
        &[7; 32],
        protected_eddsa_with_kid(),
        Header::default(),
        Value::Array(vec![]).to_vec().expect("encodes"),
    );

    refused_as(&text, MalformedReason::WrongType("claims set"));
}
