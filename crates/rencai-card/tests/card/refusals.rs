//! A valid token verifies; each realistic fault is refused with its own error.

use rencai_card::{
    CLOCK_LEEWAY_SECS, CardClaims, Revocation, TokenError, TrustList, Verifier, decode_unverified,
    verify,
};

use crate::support::{DAY, NOW, claims, cose_bytes, issuer, stranger, text_of, trusting};

fn verifier() -> Verifier {
    Verifier::new(&trusting(vec![issuer().public()])).expect("a valid trust list")
}

#[test]
fn a_signed_card_verifies_and_reads_back() {
    let text = issuer().sign(&claims());

    assert!(text.starts_with("RC1:"));
    assert_eq!(verifier().verify(&text, NOW), Ok(claims()));
    assert_eq!(
        verify(&text, &trusting(vec![issuer().public()]), NOW),
        Ok(claims())
    );
    assert_eq!(decode_unverified(&text), Ok((issuer().kid(), claims())));
}

#[test]
fn the_token_fits_a_small_qr_code() {
    let text = issuer().sign(&claims());
    // About 220 alphanumeric characters: a version 10 QR code at level M holds 311.
    assert!(text.len() < 260, "{} characters", text.len());
    assert!(
        text.chars()
            .all(|c| "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(c))
    );
}

#[test]
fn a_flipped_signature_byte_is_tampering() {
    let mut cose = cose_bytes(&issuer().sign(&claims()));
    let last = cose.len() - 1;
    cose[last] ^= 0x01;

    let refused = verifier().verify(&text_of(&cose), NOW);

    assert_eq!(refused, Err(TokenError::BadSignature));
    assert_eq!(TokenError::BadSignature.code(), "token-tampered");
}

#[test]
fn the_same_signature_in_another_form_is_tampering() {
    // Ed25519's S plus the group order L satisfies the verification equation too;
    // accepting it would give one card two valid tokens.
    const L: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];
    let mut cose = cose_bytes(&issuer().sign(&claims()));
    let s_at = cose.len() - 32;
    let mut carry = 0u16;
    for (byte, l) in cose[s_at..].iter_mut().zip(L) {
        let sum = u16::from(*byte) + u16::from(l) + carry;
        *byte = sum as u8;
        carry = sum >> 8;
    }
    assert_eq!(carry, 0, "S + L fits 32 bytes");

    assert_eq!(
        verifier().verify(&text_of(&cose), NOW),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn an_edited_payload_is_tampering_though_it_still_reads() {
    let mut cose = cose_bytes(&issuer().sign(&claims()));
    // Turn the tier "B" into an "A": the CBOR stays well formed.
    let tier_at = cose
        .windows(2)
        .position(|pair| pair == [0x61, b'B'])
        .expect("the tier is in the payload");
    cose[tier_at + 1] = b'A';
    let text = text_of(&cose);

    assert_eq!(verifier().verify(&text, NOW), Err(TokenError::BadSignature));
    let (_, claimed) = decode_unverified(&text).expect("still decodes");
    assert_eq!(claimed.tier, "A");
}

#[test]
fn a_token_from_a_key_not_in_the_list_is_unknown() {
    let forged = stranger().sign(&claims());

    let refused = verifier().verify(&forged, NOW);

    assert_eq!(refused, Err(TokenError::UnknownKey(stranger().kid())));
    assert_eq!(refused.map_err(|e| e.code()), Err("token-unknown-key"));
}

#[test]
fn a_card_expires_at_its_expiry_second() {
    let text = issuer().sign(&claims());
    let expiry = claims().expires_at;

    assert_eq!(verifier().verify(&text, expiry - 1), Ok(claims()));
    let refused = verifier().verify(&text, expiry);
    assert_eq!(refused, Err(TokenError::Expired { at: expiry }));
    assert_eq!(refused.map_err(|e| e.code()), Err("token-expired"));
}

#[test]
fn a_card_issued_in_the_future_is_not_yet_valid_beyond_the_clock_leeway() {
    let later = CardClaims {
        issued_at: NOW + 3600,
        ..claims()
    };
    let slightly_later = CardClaims {
        issued_at: NOW + CLOCK_LEEWAY_SECS,
        ..claims()
    };

    let refused = verifier().verify(&issuer().sign(&later), NOW);

    assert_eq!(refused, Err(TokenError::NotYetValid { at: NOW + 3600 }));
    assert_eq!(refused.map_err(|e| e.code()), Err("token-not-yet-valid"));
    assert_eq!(
        verifier().verify(&issuer().sign(&slightly_later), NOW),
        Ok(slightly_later)
    );
}

fn revoking(revoked: Vec<Revocation>) -> Verifier {
    Verifier::new(&TrustList {
        revoked,
        ..trusting(vec![issuer().public()])
    })
    .expect("a valid trust list")
}

#[test]
fn a_revoked_card_is_refused_whatever_its_generation() {
    let verifier = revoking(vec![Revocation {
        card: "HLJ-2026-000123".into(),
        below_generation: None,
    }]);

    let refused = verifier.verify(&issuer().sign(&claims()), NOW);

    assert_eq!(
        refused,
        Err(TokenError::Revoked {
            card: "HLJ-2026-000123".into()
        })
    );
    assert_eq!(refused.map_err(|e| e.code()), Err("token-revoked"));
}

#[test]
fn a_reissued_card_voids_its_older_generations_only() {
    let verifier = revoking(vec![Revocation {
        card: "HLJ-2026-000123".into(),
        below_generation: Some(3),
    }]);
    let reissued = CardClaims {
        generation: 3,
        ..claims()
    };

    let refused = verifier.verify(&issuer().sign(&claims()), NOW);

    assert_eq!(
        refused,
        Err(TokenError::Superseded {
            card: "HLJ-2026-000123".into(),
            generation: 2
        })
    );
    assert_eq!(refused.map_err(|e| e.code()), Err("token-superseded"));
    assert_eq!(
        verifier.verify(&issuer().sign(&reissued), NOW),
        Ok(reissued)
    );
}

#[test]
fn revocations_of_other_cards_do_not_touch_this_one() {
    let verifier = revoking(vec![
        Revocation {
            card: "HLJ-2026-000124".into(),
            below_generation: None,
        },
        Revocation {
            card: "HLJ-2026-000125".into(),
            below_generation: Some(9),
        },
    ]);

    assert_eq!(
        verifier.verify(&issuer().sign(&claims()), NOW),
        Ok(claims())
    );
}

#[test]
fn a_whole_card_revocation_outweighs_a_reissue_entry_for_the_same_card() {
    let verifier = revoking(vec![
        Revocation {
            card: "HLJ-2026-000123".into(),
            below_generation: Some(2),
        },
        Revocation {
            card: "HLJ-2026-000123".into(),
            below_generation: None,
        },
    ]);

    assert_eq!(
        verifier.verify(&issuer().sign(&claims()), NOW),
        Err(TokenError::Revoked {
            card: "HLJ-2026-000123".into()
        })
    );
}

#[test]
fn a_revoked_card_is_reported_as_revoked_even_once_expired() {
    let verifier = revoking(vec![Revocation {
        card: "HLJ-2026-000123".into(),
        below_generation: None,
    }]);

    let refused = verifier.verify(&issuer().sign(&claims()), NOW + 2 * 365 * DAY);

    assert_eq!(refused.map_err(|e| e.code()), Err("token-revoked"));
}

#[test]
fn one_verifier_can_be_shared_by_every_thread_of_a_service_point() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Verifier>();
}

#[test]
fn the_free_function_and_the_prebuilt_verifier_agree() {
    let trust = TrustList {
        revoked: vec![Revocation {
            card: "HLJ-2026-000123".into(),
            below_generation: Some(3),
        }],
        ..trusting(vec![issuer().public()])
    };
    let verifier = Verifier::new(&trust).expect("a valid trust list");
    let texts = [
        issuer().sign(&claims()),
        issuer().sign(&CardClaims {
            generation: 3,
            ..claims()
        }),
        stranger().sign(&claims()),
        "RC1:".to_owned(),
    ];

    for text in &texts {
        for now in [NOW, NOW + 400 * DAY] {
            assert_eq!(
                verify(text, &trust, now),
                verifier.verify(text, now),
                "{text}"
            );
        }
    }
}
