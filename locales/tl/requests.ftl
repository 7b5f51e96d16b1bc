# Mga kahilingan sa serbisyo: humihingi ang may-hawak ng kard sa tagapagbigay ng
# serbisyong isinasagawa sa halip na i-scan; tumatanggap, humihingi pa, tumutupad o
# tumatanggi ang tagapagbigay.

nav-requests = Mga kahilingan sa serbisyo
request-new = Humiling
request-list-mine = Aking mga kahilingan sa serbisyo
requests-title = Mga kahilingan sa serbisyo
requests-tabs = Aling mga kahilingan
requests-tab-mine = Aking mga kahilingan
requests-tab-provider = Para sa aking organisasyon
requests-tab-review = Sa aking nasasakupan
requests-count = { $count ->
    [one] Isang kahilingan
   *[other] { $formatted } na kahilingan
}
requests-none = Wala pang kahilingan sa serbisyo rito.
request-provider = Tagapagbigay
request-rating = Marka
request-late = Huli
request-late-yes = May hakbang na lumampas sa ipinangakong oras
request-rating-of = { $stars ->
    [one] 1 bituin sa 5
   *[other] { $stars } bituin sa 5
}
request-rating-average = { $average } sa karaniwan ({ $count } ang namarkahan)
request-new-title = Humiling ng serbisyo
request-documents = Mga dokumentong ilalakip
request-no-provider = Wala pang tagapagbigay sa iyong lalawigan na nag-aalok ng serbisyong ito.
request-statement = Ang kailangan mo
request-statement-hint = Halimbawa, ang baitang ng bata at ang distritong tinitirhan mo. Hanggang 4,000 titik.
request-create = Gumawa ng kahilingan
request-back-card = Bumalik sa aking kard
requests-late-title = Mga huling kahilingan sa serbisyo
requests-late-hint = Mga tagapagbigay at serbisyong may kahilingang lumampas sa ipinangakong oras, ang pinakahuli muna.
requests-late-none = Walang huling kahilingan.
requests-late-open = Bukas at huli na
requests-late-closed = Isinara nang huli
requests-total = Lahat ng kahilingan
requests-back = Bumalik sa mga kahilingan sa serbisyo
request-do-accept = Tanggapin
request-do-fulfil = Markahang natupad
request-do-refuse = Tanggihan
request-rate-title = Kumusta ang serbisyo?
request-rating-note = Komento (opsyonal)
request-rate = Ipadala ang marka

application-kind-service-request = Kahilingan sa serbisyo
review-step-provider-acceptance = Tinatanggap ng tagapagbigay
review-step-provider-fulfilment = Tinutupad ng tagapagbigay
review-panel-provider = Mga kawani ng tagapagbigay
review-role-provider = Tagapagbigay

err-card-none = Wala kang kard ng talento; hinihiling ang mga serbisyo gamit ang kard na ibinibigay ng akreditasyon.
err-rating-range = Pumili mula 1 hanggang 5 bituin.
err-request-already-rated = Namarkahan na ang kahilingang ito.
err-request-not-fulfilled = Mamamarkahan ang kahilingan kapag natupad na ito ng tagapagbigay.
err-request-open = May kasalukuyan ka nang kahilingan para sa serbisyong ito; subaybayan o bawiin muna iyon.
err-service-redeemed-at-point = Hindi hinihiling ang serbisyong ito: ipakita na lang ang iyong kard sa isang service point.

action-service-request-create = Humiling ng serbisyo
action-service-request-fulfil = Natupad ang kahilingan sa serbisyo
action-service-request-rate = Namarkahan ang kahilingan sa serbisyo

mail-request-info-subject = Kailangan ng { $provider } ng higit pa para sa iyong kahilingan: { $service }
mail-request-info-body = Mahal na { $name }, humihingi ang { $provider } ng higit pa bago ituloy ang iyong kahilingan para sa { $service }: { $note } Idagdag ito sa kahilingan sa rencai at ipadala muli.
mail-request-fulfilled-subject = Tapos na: { $service }
mail-request-fulfilled-body = Mahal na { $name }, natupad na ng { $provider } ang iyong kahilingan para sa { $service }. { $note } Maaari mong markahan ang serbisyo sa rencai.
mail-request-refused-subject = Hindi pinagbigyan: { $service }
mail-request-refused-body = Mahal na { $name }, tinanggihan ng { $provider } ang iyong kahilingan para sa { $service }. Dahilan: { $note } Maaari kang umapela nang isang beses sa rencai.
