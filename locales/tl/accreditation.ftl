# Mga katalogo ng antas, mga aplikasyon sa akreditasyon at ang proseso ng pagsusuri.

err-catalogue-no-tiers = Kailangan ng katalogo ng kahit isang antas.
err-tier-code-invalid = Hindi wasto ang code ng antas na “{ $code }”; gumamit ng 1 hanggang 8 malalaking titik o numero, nagsisimula sa titik.
err-tier-duplicate = Dalawang beses nagamit ang code ng antas na “{ $code }”.
err-name-missing = Kulang ang pangalan sa { $locale }.
err-criterion-code-invalid = Hindi wasto ang code ng pamantayan na “{ $code }”; gumamit ng maliliit na titik, numero at gitling (hanggang 64), nagsisimula sa titik.
err-criterion-duplicate = Dalawang beses nagamit ang code ng pamantayan na “{ $code }”.
err-criterion-unknown-tier = Walang antas na may code na “{ $tier }”.
err-rule-empty = Isulat ang tuntunin: isang CEL na ekspresyon tungkol sa profile ng talento.
err-rule-syntax = Hindi mabasa ang tuntunin sa linya { $line }, hanay { $column }: { $detail }
err-rule-unknown-variable = Ginagamit ng tuntunin ang “{ $name }” sa linya { $line }, hanay { $column }, na hindi field ng profile.
err-rule-unknown-function = Tinatawag ng tuntunin ang “{ $name }”, na hindi magagamit na function.
err-rule-not-boolean = Dapat magbigay ang tuntunin ng totoo o hindi, pero sa halimbawang “{ $example }” nagbibigay ito ng { $type }.
err-rule-runtime = Pumapalya ang tuntunin sa halimbawang “{ $example }”: { $detail }
err-policy-test-failed = Dapat magbigay ang halimbawang “{ $example }” ng { $expected } pero { $got } ang ibinibigay ng tuntunin.
err-review-transition = Hindi maaari ang aksiyong ito sa kasalukuyang kalagayan ng aplikasyon.
err-review-already-voted = Nakapagpasya ka na sa hakbang na ito.
err-review-not-late = Hindi pa lampas sa takdang oras ang hakbang na ito.
err-review-already-appealed = Naiapela na nang isang beses ang pasyang ito.
err-review-seat-taken = May ibang tagasuri nang may hawak ng puwestong ito.
err-evidence-duplicate = Nakalakip na ang file na ito sa aplikasyon.
err-application-not-draft = Ang draft lamang ng aplikasyon ang mababago nang ganito.
err-catalogue-not-draft = Ang draft na katalogo lamang ang mababago; magsimula ng bagong draft.
err-accreditation-revoked = Binawi na ang akreditasyong ito.
err-accreditation-renewed = Na-renew na ang akreditasyong ito.

err-catalogue-none = Wala pang nailathalang katalogo ng antas para sa nasasakupang ito.
err-criterion-not-met = Hindi natutugunan ng profile ng talento ang pamantayang ito; tingnan ang pahina ng pagiging karapat-dapat para sa mga angkop na pamantayan.
err-evidence-empty = Walang laman ang file.
err-evidence-too-large = Lampas sa 10 MB ang file; i-scan ito sa mas mababang resolusyon o hatiin ito.
err-evidence-type = PDF, PNG at JPEG lamang ang tinatanggap, at hindi alinman dito ang file na ito.
err-evidence-disguised = Hindi tugma ang laman ng file sa pangalan nito (halimbawa, larawang pinangalanang .pdf); bigyan ito ng tamang extension.
err-evidence-required = Maglakip ng kahit isang file ng patunay bago magsumite.
err-expert-unknown = Walang aktibong account ng eksperto na may ganitong username.

mail-issued-subject = Ang iyong akreditasyon { $number } (antas { $tier })
mail-issued-body = Mahal na { $name }, na-akredit ka sa antas { $tier }. Numero ng sertipiko: { $number }, may bisa hanggang { $expires }. Maaari mong i-download ang sertipiko sa rencai.
mail-expiry-subject = Mag-e-expire ang iyong akreditasyon { $number } sa { $expires }
mail-expiry-body = Mahal na { $name }, mag-e-expire ang iyong akreditasyon { $number } (antas { $tier }) sa { $expires }. Mag-apply ng renewal sa rencai bago iyon.
mail-revoked-subject = Binawi ang iyong akreditasyon { $number }
mail-revoked-body = Mahal na { $name }, binawi ang iyong akreditasyon { $number } (antas { $tier }). Dahilan: { $reason }
