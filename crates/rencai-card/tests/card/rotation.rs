//! Key rotation: the previous key's tokens keep working until its `not_after`.

use rencai_card::{CardClaims, CardSigner, TokenError, TrustList, Verifier};

use crate::support::{DAY, NOW, claims};

/// The longest validity of a card in these tests.
const LONGEST_VALIDITY: i64 = 30 * DAY;

fn previous() -> CardSigner {
    CardSigner::from_secret(&[1; 32])
}

fn current() -> CardSigner {
    CardSigner::from_secret(&[2; 32])
}

/// A card valid for the longest validity from `issued_at`.
fn card_issued(issued_at: i64) -> CardClaims {
    CardClaims {
        issued_at,
        expires_at: issued_at + LONGEST_VALIDITY,
        ..claims()
    }
}

#[test]
fn tokens_of_the_previous_key_work_until_its_not_after_then_are_refused_as_retired() {
    let retired_at = NOW;
    let not_after = retired_at + LONGEST_VALIDITY;
    // Signed by the previous key an hour before it was retired.
    let old_card = card_issued(retired_at - 3600);
    let old_token = previous().sign(&old_card);
    let new_card = card_issued(retired_at + DAY);
    let new_token = current().sign(&new_card);

    let before = Verifier::new(&TrustList {
        keys: vec![previous().public()],
        revoked: vec![],
        issued_at: retired_at - DAY,
    })
    .expect("valid");
    let after = Verifier::new(&TrustList {
        keys: vec![current().public(), previous().public().retired(not_after)],
        revoked: vec![],
        issued_at: retired_at,
    })
    .expect("valid");

    assert_eq!(
        before.verify(&old_token, retired_at - 60),
        Ok(old_card.clone())
    );
    // The new key is not known to a service point that has not synced yet.
    assert_eq!(
        before.verify(&new_token, retired_at + DAY),
        Err(TokenError::UnknownKey(current().kid()))
    );
    // After the rotation, both keys' tokens verify.
    assert_eq!(
        after.verify(&old_token, retired_at + DAY),
        Ok(old_card.clone())
    );
    assert_eq!(
        after.verify(&new_token, retired_at + 2 * DAY),
        Ok(new_card.clone())
    );
    // The last second of trust in the previous key still counts.
    let old_but_long = previous().sign(&CardClaims {
        expires_at: not_after + DAY,
        ..old_card
    });
    assert!(after.verify(&old_but_long, not_after).is_ok());
    // Then its tokens are refused as retired, whatever their own dates say.
    let refused = after.verify(&old_but_long, not_after + 1);
    assert_eq!(refused, Err(TokenError::KeyRetired(previous().kid())));
    assert_eq!(refused.map_err(|e| e.code()), Err("token-key-retired"));
    // The current key goes on.
    assert_eq!(after.verify(&new_token, not_after + 1), Ok(new_card));
}

#[test]
fn a_compromised_key_retired_at_once_refuses_even_unexpired_tokens() {
    let compromised_at = NOW;
    let forged_later = previous().sign(&card_issued(compromised_at + DAY));
    let verifier = Verifier::new(&TrustList {
        keys: vec![
            current().public(),
            previous().public().retired(compromised_at),
        ],
        revoked: vec![],
        issued_at: compromised_at,
    })
    .expect("valid");

    assert_eq!(
        verifier.verify(&forged_later, compromised_at + 2 * DAY),
        Err(TokenError::KeyRetired(previous().kid()))
    );
}

#[test]
fn a_key_dropped_from_the_list_is_unknown() {
    let old_token = previous().sign(&card_issued(NOW));
    let verifier = Verifier::new(&TrustList {
        keys: vec![current().public()],
        revoked: vec![],
        issued_at: NOW,
    })
    .expect("valid");

    assert_eq!(
        verifier.verify(&old_token, NOW + 60),
        Err(TokenError::UnknownKey(previous().kid()))
    );
}

#[test]
fn a_forged_signature_under_a_retired_kid_is_reported_as_tampering() {
    // The signature is checked before the retirement: a forgery is the graver news.
    let mut cose = crate::support::cose_bytes(&previous().sign(&card_issued(NOW)));
    let last = cose.len() - 1;
    cose[last] ^= 0x80;
    let verifier = Verifier::new(&TrustList {
        keys: vec![previous().public().retired(NOW)],
        revoked: vec![],
        issued_at: NOW,
    })
    .expect("valid");

    assert_eq!(
        verifier.verify(&crate::support::text_of(&cose), NOW + DAY),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn a_restored_signer_keeps_its_kid_and_its_tokens_verify() {
    let original = CardSigner::generate();
    let restored = CardSigner::from_secret(&original.secret());
    let token = original.sign(&claims());

    assert_eq!(restored.kid(), original.kid());
    assert_eq!(restored.public(), original.public());
    assert_ne!(CardSigner::generate().kid(), original.kid());
    let verifier = Verifier::new(&TrustList {
        keys: vec![restored.public()],
        revoked: vec![],
        issued_at: NOW,
    })
    .expect("valid");
    assert_eq!(verifier.verify(&token, NOW), Ok(claims()));
    // The secret does not leak through Debug.
    let shown = format!("{original:?}");
    assert!(shown.contains(&original.kid().to_string()), "{shown}");
    assert!(!shown.contains(&hex::encode(original.secret())), "{shown}");
}
