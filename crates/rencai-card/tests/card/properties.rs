//! Properties over arbitrary input: no panics, no forgeries by one-byte edits, and
//! claims that survive the round trip whatever their values.

use proptest::prelude::*;
use rencai_card::{CardClaims, CardSigner, TokenError, Verifier, decode_unverified};

use crate::support::{NOW, claims, cose_bytes, issuer, text_of, trusting};

fn verifier() -> Verifier {
    Verifier::new(&trusting(vec![issuer().public()])).expect("a valid trust list")
}

/// Every refusal must be one of the documented codes.
fn assert_typed(result: &Result<CardClaims, TokenError>) {
    if let Err(error) = result {
        assert!(error.code().starts_with("token-"), "{error:?}");
    }
}

const BASE45: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

fn base45_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(BASE45.as_bytes().to_vec()), 0..400)
        .prop_map(|chars| chars.into_iter().map(char::from).collect())
}

fn any_claims() -> impl Strategy<Value = CardClaims> {
    (
        ".{0,16}",
        ".{0,32}",
        any::<u32>(),
        ".{0,4}",
        ".{0,8}",
        any::<i64>(),
        any::<i64>(),
    )
        .prop_map(
            |(issuer, card, generation, tier, holder_check, issued_at, expires_at)| CardClaims {
                issuer,
                card,
                generation,
                tier,
                holder_check,
                issued_at,
                expires_at,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_is_refused_or_accepted_without_panicking(text in any::<String>()) {
        assert_typed(&verifier().verify(&text, NOW));
        let _ = decode_unverified(&text);
    }

    #[test]
    fn any_bytes_as_text_are_refused_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let text = String::from_utf8_lossy(&bytes);
        assert_typed(&verifier().verify(&text, NOW));
        let _ = decode_unverified(&text);
    }

    #[test]
    fn any_base45_after_the_prefix_is_refused_without_panicking(body in base45_text()) {
        let text = format!("RC1:{body}");
        prop_assert!(verifier().verify(&text, NOW).is_err());
        let _ = decode_unverified(&text);
    }

    #[test]
    fn any_cbor_like_bytes_are_refused_without_panicking(
        tail in proptest::collection::vec(any::<u8>(), 0..300),
        tagged in any::<bool>(),
    ) {
        // Starting like a COSE_Sign1 (tag 18, array of 4) reaches the deeper decoders.
        let mut cose = if tagged { vec![0xd2, 0x84] } else { vec![0x84] };
        cose.extend(tail);
        let text = text_of(&cose);
        prop_assert!(verifier().verify(&text, NOW).is_err());
        let _ = decode_unverified(&text);
    }

    #[test]
    fn one_changed_byte_is_never_accepted(
        index in any::<prop::sample::Index>(),
        flip in 1u8..=255,
    ) {
        let mut cose = cose_bytes(&issuer().sign(&claims()));
        let at = index.index(cose.len());
        cose[at] ^= flip;

        let result = verifier().verify(&text_of(&cose), NOW);

        // Stronger than "never other claims": every byte is signed or checked, so a
        // changed token is never accepted at all.
        prop_assert!(result.is_err(), "byte {} ^ {:#04x} was accepted", at, flip);
        assert_typed(&result);
    }

    #[test]
    fn one_changed_character_is_never_accepted(
        index in any::<prop::sample::Index>(),
        replacement in prop_oneof![
            proptest::sample::select(BASE45.chars().collect::<Vec<_>>()),
            any::<char>(),
        ],
    ) {
        let text = issuer().sign(&claims());
        let mut chars: Vec<char> = text.chars().collect();
        let at = index.index(chars.len());
        prop_assume!(chars[at] != replacement);
        chars[at] = replacement;
        let changed: String = chars.into_iter().collect();

        let result = verifier().verify(&changed, NOW);

        // Every text has exactly one token: a changed one is never accepted at all.
        prop_assert!(result.is_err(), "{changed:?} was accepted");
        assert_typed(&result);
    }

    #[test]
    fn any_claims_round_trip(claims in any_claims()) {
        let signer = issuer();
        let text = signer.sign(&claims);

        prop_assert_eq!(decode_unverified(&text), Ok((signer.kid(), claims.clone())));
    }

    #[test]
    fn any_claims_within_their_dates_verify(
        claims in any_claims(),
        issued_at in -(1i64 << 40)..(1i64 << 40),
        validity in 1i64..(1i64 << 32),
        into_it in 0.0f64..1.0,
    ) {
        let claims = CardClaims { issued_at, expires_at: issued_at + validity, ..claims };
        // Truncation keeps `now` strictly before the expiry.
        let now = issued_at + (validity as f64 * into_it) as i64;
        let now = now.min(claims.expires_at - 1);
        let signer = CardSigner::from_secret(&[3; 32]);

        let verifier = Verifier::new(&trusting(vec![signer.public()])).expect("valid");

        prop_assert_eq!(verifier.verify(&signer.sign(&claims), now), Ok(claims));
    }
}
