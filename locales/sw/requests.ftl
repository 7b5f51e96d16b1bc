# Maombi ya huduma: mwenye kadi anaomba huduma kwa mtoa huduma inayotekelezwa badala
# ya kuchanganuliwa; mtoa huduma anakubali, anaomba zaidi, anatekeleza au anakataa.

nav-requests = Maombi ya huduma
request-new = Omba
request-list-mine = Maombi yangu ya huduma
requests-title = Maombi ya huduma
requests-tabs = Maombi yapi
requests-tab-mine = Maombi yangu
requests-tab-provider = Kwa taasisi yangu
requests-tab-review = Katika eneo langu
requests-count = { $count ->
    [one] Ombi moja
   *[other] Maombi { $formatted }
}
requests-none = Bado hakuna maombi ya huduma hapa.
request-provider = Mtoa huduma
request-rating = Tathmini
request-late = Imechelewa
request-late-yes = Hatua moja ilipita muda ulioahidiwa
request-rating-of = { $stars ->
    [one] Nyota 1 kati ya 5
   *[other] Nyota { $stars } kati ya 5
}
request-rating-average = Wastani { $average } (tathmini { $count })
request-new-title = Omba huduma
request-documents = Nyaraka za kuambatisha
request-no-provider = Bado hakuna mtoa huduma katika mkoa wako anayetoa huduma hii.
request-statement = Unachohitaji
request-statement-hint = Kwa mfano, darasa la mtoto na eneo unaloishi. Hadi herufi 4,000.
request-create = Unda ombi
request-back-card = Rudi kwenye kadi yangu
requests-late-title = Maombi ya huduma yaliyochelewa
requests-late-hint = Watoa huduma na huduma zenye maombi yaliyopita muda ulioahidiwa, yaliyochelewa zaidi kwanza.
requests-late-none = Hakuna ombi lililochelewa.
requests-late-open = Wazi na yamechelewa
requests-late-closed = Yamefungwa kwa kuchelewa
requests-total = Maombi yote
requests-back = Rudi kwenye maombi ya huduma
request-do-accept = Kubali
request-do-fulfil = Weka alama kuwa imetekelezwa
request-do-refuse = Kataa
request-rate-title = Huduma ilikuwaje?
request-rating-note = Maoni (si lazima)
request-rate = Tuma tathmini

application-kind-service-request = Ombi la huduma
review-step-provider-acceptance = Mtoa huduma anakubali
review-step-provider-fulfilment = Mtoa huduma anatekeleza
review-panel-provider = Wafanyakazi wa mtoa huduma
review-role-provider = Mtoa huduma

err-card-none = Huna kadi ya kipaji; huduma huombwa kwa kadi inayotolewa baada ya uthibitisho.
err-rating-range = Chagua nyota 1 hadi 5.
err-request-already-rated = Ombi hili tayari limetathminiwa.
err-request-not-fulfilled = Ombi linaweza kutathminiwa baada ya mtoa huduma kulitekeleza.
err-request-open = Tayari una ombi la huduma hii linaloendelea; lifuatilie au uliondoe kwanza.
err-service-redeemed-at-point = Huduma hii haiombwi: onyesha kadi yako kwenye kituo cha huduma badala yake.

action-service-request-create = Huduma imeombwa
action-service-request-fulfil = Ombi la huduma limetekelezwa
action-service-request-rate = Ombi la huduma limetathminiwa

mail-request-info-subject = { $provider } inahitaji zaidi kwa ombi lako: { $service }
mail-request-info-body = Mpendwa { $name }, { $provider } inaomba zaidi kabla ya kuendelea na ombi lako la { $service }: { $note } Liongeze kwenye ombi katika rencai kisha ulitume tena.
mail-request-fulfilled-subject = Imekamilika: { $service }
mail-request-fulfilled-body = Mpendwa { $name }, { $provider } imetekeleza ombi lako la { $service }. { $note } Unaweza kutathmini huduma katika rencai.
mail-request-refused-subject = Halikukubaliwa: { $service }
mail-request-refused-body = Mpendwa { $name }, { $provider } imekataa ombi lako la { $service }. Sababu: { $note } Unaweza kukata rufaa mara moja katika rencai.
