# Ydelsesanmodninger: en kortholder beder en udbyder om en ydelse, der leveres frem
# for at blive scannet; udbyderen accepterer, beder om mere, leverer eller afviser.

nav-requests = Ydelsesanmodninger
request-new = Anmod
request-list-mine = Mine ydelsesanmodninger
requests-title = Ydelsesanmodninger
requests-tabs = Hvilke anmodninger
requests-tab-mine = Mine anmodninger
requests-tab-provider = Til min organisation
requests-tab-review = I mit område
requests-count = { $count ->
    [one] Én anmodning
   *[other] { $formatted } anmodninger
}
requests-none = Her er endnu ingen ydelsesanmodninger.
request-provider = Udbyder
request-rating = Bedømmelse
request-late = Forsinket
request-late-yes = Et trin overskred den lovede tid
request-rating-of = { $stars ->
    [one] 1 stjerne af 5
   *[other] { $stars } stjerner af 5
}
request-rating-average = { $average } i gennemsnit ({ $count } bedømt)
request-new-title = Anmod om en ydelse
request-documents = Dokumenter, der skal vedhæftes
request-no-provider = Ingen udbyder i din provins tilbyder denne ydelse endnu.
request-statement = Hvad du har brug for
request-statement-hint = For eksempel barnets klassetrin og den bydel, du bor i. Højst 4.000 tegn.
request-create = Opret anmodning
request-back-card = Tilbage til mit kort
requests-late-title = Forsinkede ydelsesanmodninger
requests-late-hint = Udbydere og ydelser med anmodninger, der overskred den lovede tid, de mest forsinkede først.
requests-late-none = Ingen anmodning er forsinket.
requests-late-open = Åbne og forsinkede
requests-late-closed = Afsluttet for sent
requests-total = Alle anmodninger
requests-back = Tilbage til ydelsesanmodninger
request-do-accept = Accepter
request-do-fulfil = Marker som leveret
request-do-refuse = Afvis
request-rate-title = Hvordan var ydelsen?
request-rating-note = Kommentar (valgfri)
request-rate = Send bedømmelse

application-kind-service-request = Ydelsesanmodning
review-step-provider-acceptance = Udbyderen accepterer
review-step-provider-fulfilment = Udbyderen leverer
review-panel-provider = Udbyderens personale
review-role-provider = Udbyder

err-card-none = Du har intet talentkort; ydelser anmodes om med det kort, en akkreditering udsteder.
err-rating-range = Vælg fra 1 til 5 stjerner.
err-request-already-rated = Denne anmodning er allerede bedømt.
err-request-not-fulfilled = En anmodning kan bedømmes, når udbyderen har leveret den.
err-request-open = Du har allerede en igangværende anmodning om denne ydelse; følg eller træk den tilbage først.
err-service-redeemed-at-point = Denne ydelse anmodes der ikke om: vis dit kort på et servicested i stedet.

action-service-request-create = Ydelse anmodet
action-service-request-fulfil = Ydelsesanmodning leveret
action-service-request-rate = Ydelsesanmodning bedømt

mail-request-info-subject = { $provider } har brug for mere til din anmodning: { $service }
mail-request-info-body = Kære { $name }, { $provider } beder om mere, før din anmodning om { $service } kan behandles videre: { $note } Tilføj det til anmodningen i rencai, og send den igen.
mail-request-fulfilled-subject = Udført: { $service }
mail-request-fulfilled-body = Kære { $name }, { $provider } har leveret din anmodning om { $service }. { $note } Du kan bedømme ydelsen i rencai.
mail-request-refused-subject = Ikke imødekommet: { $service }
mail-request-refused-body = Kære { $name }, { $provider } har afvist din anmodning om { $service }. Begrundelse: { $note } Du kan klage én gang i rencai.
