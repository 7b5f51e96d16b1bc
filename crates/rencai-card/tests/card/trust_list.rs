//! The trust list's JSON format: stable field names, round trips, checks on reading.

use rencai_card::{
    CardSigner, Kid, PublicKey, Revocation, TokenError, TrustList, TrustListError, Verifier, verify,
};
use serde_json::json;

use crate::support::{NOW, claims, issuer};

fn example() -> TrustList {
    TrustList {
        keys: vec![
            issuer().public(),
            CardSigner::from_secret(&[6; 32])
                .public()
                .retired(NOW + 90 * 86_400),
        ],
        revoked: vec![
            Revocation {
                card: "HLJ-2026-000007".into(),
                below_generation: None,
            },
            Revocation {
                card: "HLJ-2026-000123".into(),
                below_generation: Some(3),
            },
        ],
        issued_at: NOW,
    }
}

#[test]
fn the_json_format_has_these_fields_and_encodings() {
    let value: serde_json::Value =
        serde_json::from_str(&example().to_json()).expect("the output is JSON");

    assert_eq!(
        value,
        json!({
            "version": 1,
            "issued_at": NOW,
            "keys": [
                { "kid": "fe812c12f3ab4ce6", "key": "6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw", "not_after": null },
                { "kid": "72456720412037a6", "key": "iodf_x6zhFFXes1a_uQFRWVo3XyJ4JCGOgVXvHr0nxc", "not_after": NOW + 90 * 86_400 },
            ],
            "revoked": [
                { "card": "HLJ-2026-000007", "below_generation": null },
                { "card": "HLJ-2026-000123", "below_generation": 3 },
            ],
        })
    );
}

#[test]
fn the_json_round_trips_through_both_readers() {
    let list = example();

    assert_eq!(TrustList::from_json(&list.to_json()), Ok(list.clone()));
    let pretty = serde_json::to_string_pretty(&list).expect("serializes");
    assert_eq!(
        serde_json::from_str::<TrustList>(&pretty).expect("reads"),
        list
    );
    assert_eq!(
        TrustList::from_json(&TrustList::default().to_json()),
        Ok(TrustList::default())
    );
}

#[test]
fn optional_fields_may_be_left_out_and_unknown_ones_are_ignored() {
    let json = json!({
        "version": 1,
        "issued_at": NOW,
        "published_by": "hlj",
        "keys": [{ "kid": "fe812c12f3ab4ce6", "key": "6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw" }],
    });

    let list = TrustList::from_json(&json.to_string()).expect("reads");

    assert_eq!(list.keys, vec![issuer().public()]);
    assert!(list.revoked.is_empty());
    let revocation: Revocation =
        serde_json::from_value(json!({ "card": "HLJ-2026-000007" })).expect("reads");
    assert_eq!(revocation.below_generation, None);
}

#[test]
fn another_version_is_refused() {
    let mut value = serde_json::to_value(example()).expect("serializes");
    value["version"] = json!(2);

    let refused = TrustList::from_json(&value.to_string());

    assert!(
        matches!(&refused, Err(TrustListError::Json(message)) if message.contains("version 2")),
        "{refused:?}"
    );
}

#[test]
fn a_kid_that_does_not_match_its_key_is_refused() {
    let mut value = serde_json::to_value(example()).expect("serializes");
    value["keys"][0]["kid"] = json!("0000000000000000");

    assert_eq!(
        TrustList::from_json(&value.to_string()),
        Err(TrustListError::KidMismatch {
            listed: Kid([0; 8]),
            derived: issuer().kid()
        })
    );
    // Through serde alone the same list is refused too, with the message.
    assert!(serde_json::from_value::<TrustList>(value).is_err());
}

#[test]
fn a_key_that_is_not_a_usable_curve_point_is_refused() {
    // The identity point: of small order, so every signature would "verify" against it
    // under lax rules.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    let weak = PublicKey::new(identity);
    let mut value = serde_json::to_value(example()).expect("serializes");
    value["keys"][0] = serde_json::to_value(&weak).expect("serializes");

    assert_eq!(weak.validate(), Err(TrustListError::InvalidKey(weak.kid)));
    assert_eq!(
        TrustList::from_json(&value.to_string()),
        Err(TrustListError::InvalidKey(weak.kid))
    );
    assert!(matches!(
        Verifier::new(&TrustList {
            keys: vec![weak],
            ..example()
        }),
        Err(TrustListError::InvalidKey(_))
    ));
}

#[test]
fn malformed_keys_and_kids_are_refused_as_json_errors() {
    for (field, bad) in [
        ("kid", json!("fe812c12f3ab4c")),
        ("kid", json!("not hex at all!!")),
        ("key", json!("6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0")),
        ("key", json!("6kpsY+KcUgq/9VB7Ey7F+ZVHdq6/vnuSQh7qaRRG0iw=")),
    ] {
        let mut value = serde_json::to_value(example()).expect("serializes");
        value["keys"][0][field] = bad.clone();

        let refused = TrustList::from_json(&value.to_string());

        assert!(
            matches!(refused, Err(TrustListError::Json(_))),
            "{field} {bad}: {refused:?}"
        );
    }
}

#[test]
fn a_kid_listed_twice_is_refused() {
    let twice = TrustList {
        keys: vec![issuer().public(), issuer().public()],
        ..example()
    };

    assert_eq!(
        TrustList::from_json(&twice.to_json()),
        Err(TrustListError::DuplicateKid(issuer().kid()))
    );
    assert_eq!(
        twice.index().map(|_| ()),
        Err(TrustListError::DuplicateKid(issuer().kid()))
    );
}

#[test]
fn a_hand_built_list_with_a_wrong_kid_fails_to_index_and_verifies_nothing() {
    let wrong = TrustList {
        keys: vec![PublicKey {
            kid: Kid([0; 8]),
            ..issuer().public()
        }],
        ..example()
    };
    let token = issuer().sign(&claims());

    assert!(matches!(
        wrong.index(),
        Err(TrustListError::KidMismatch { .. })
    ));
    assert_eq!(
        verify(&token, &wrong, NOW),
        Err(TokenError::UnknownKey(issuer().kid()))
    );
}

#[test]
fn kids_read_and_show_as_sixteen_hex_digits() {
    let kid = issuer().kid();

    assert_eq!(kid.to_string(), "fe812c12f3ab4ce6");
    assert_eq!("fe812c12f3ab4ce6".parse::<Kid>(), Ok(kid));
    assert_eq!(format!("{kid:?}"), "Kid(fe812c12f3ab4ce6)");
    assert!("fe81".parse::<Kid>().is_err());
    assert_eq!(Kid::of(&issuer().public().key), kid);
}

#[test]
fn the_verifier_tells_how_old_its_list_is() {
    let verifier = example().index().expect("valid");

    assert_eq!(verifier.trust_list_issued_at(), NOW);
}
