# Katalogi za ngazi, maombi ya uthibitisho na mchakato wa mapitio.

err-catalogue-no-tiers = Katalogi inahitaji angalau ngazi moja.
err-tier-code-invalid = Msimbo wa ngazi “{ $code }” si sahihi; tumia herufi kubwa au tarakimu 1 hadi 8, ukianza na herufi.
err-tier-duplicate = Msimbo wa ngazi “{ $code }” umetumika mara mbili.
err-name-missing = Jina kwa { $locale } halipo.
err-criterion-code-invalid = Msimbo wa kigezo “{ $code }” si sahihi; tumia herufi ndogo, tarakimu na vistari (zisizozidi 64), ukianza na herufi.
err-criterion-duplicate = Msimbo wa kigezo “{ $code }” umetumika mara mbili.
err-criterion-unknown-tier = Hakuna ngazi yenye msimbo “{ $tier }”.
err-rule-empty = Andika kanuni: usemi wa CEL juu ya wasifu wa mtaalamu.
err-rule-syntax = Kanuni haisomeki katika mstari { $line }, safu { $column }: { $detail }
err-rule-unknown-variable = Kanuni inatumia “{ $name }” katika mstari { $line }, safu { $column }, ambayo si sehemu ya wasifu.
err-rule-unknown-function = Kanuni inaita “{ $name }”, ambayo si kazi inayopatikana.
err-rule-not-boolean = Kanuni lazima itoe kweli au si kweli, lakini kwa mfano “{ $example }” inatoa { $type }.
err-rule-runtime = Kanuni inashindwa kwa mfano “{ $example }”: { $detail }
err-policy-test-failed = Mfano “{ $example }” ulipaswa kutoa { $expected } lakini kanuni inatoa { $got }.
err-review-transition = Kitendo hiki hakiwezekani katika hali ya sasa ya ombi.
err-review-already-voted = Tayari umetoa uamuzi katika hatua hii.
err-review-not-late = Hatua hii bado haijachelewa.
err-review-already-appealed = Uamuzi huu tayari umekatiwa rufaa mara moja.
err-review-seat-taken = Mkaguzi mwingine tayari anashikilia nafasi hii.
err-evidence-duplicate = Faili hili tayari limeambatishwa kwenye ombi.
err-application-not-draft = Ni rasimu ya ombi tu inayoweza kubadilishwa hivi.
err-catalogue-not-draft = Ni rasimu ya katalogi tu inayoweza kubadilishwa; anzisha rasimu mpya.
err-accreditation-revoked = Uthibitisho huu umebatilishwa.
err-accreditation-renewed = Uthibitisho huu tayari umehuishwa.

err-catalogue-none = Bado hakuna katalogi ya ngazi iliyochapishwa kwa eneo hili.
err-criterion-not-met = Wasifu wa mtaalamu haukidhi kigezo hiki; angalia ukurasa wa kustahiki kwa vigezo vinavyohusika.
err-evidence-empty = Faili ni tupu.
err-evidence-too-large = Faili ni kubwa kuliko MB 10; lichanganue kwa ubora wa chini au ligawanye.
err-evidence-type = Ni faili za PDF, PNG na JPEG tu zinazokubaliwa, na faili hili si mojawapo.
err-evidence-disguised = Maudhui ya faili hayalingani na jina lake (kwa mfano picha iliyoitwa .pdf); lipe kiendelezi sahihi.
err-evidence-required = Ambatisha angalau faili moja la ushahidi kabla ya kuwasilisha.
err-expert-unknown = Hakuna akaunti hai ya mtaalamu mwenye jina hili la mtumiaji.

mail-issued-subject = Uthibitisho wako { $number } (ngazi { $tier })
mail-issued-body = Mpendwa { $name }, umethibitishwa katika ngazi { $tier }. Namba ya cheti: { $number }, halali hadi { $expires }. Unaweza kupakua cheti katika rencai.
mail-expiry-subject = Uthibitisho wako { $number } unaisha { $expires }
mail-expiry-body = Mpendwa { $name }, uthibitisho wako { $number } (ngazi { $tier }) unaisha { $expires }. Omba kuhuishwa katika rencai kabla ya hapo.
mail-revoked-subject = Uthibitisho wako { $number } umebatilishwa
mail-revoked-body = Mpendwa { $name }, uthibitisho wako { $number } (ngazi { $tier }) umebatilishwa. Sababu: { $reason }
