# Kurasa za uthibitisho: ustahiki, maombi na mapitio yake, uthibitisho.

nav-accreditation = Uthibitisho
nav-applications = Maombi

accreditation-title = Uthibitisho wangu
accreditation-eligible-now = Ngazi unazokidhi sasa
accreditation-check-apply = Angalia ustahiki na uombe
accreditation-check-talent = Angalia ustahiki wa { $name }
accreditation-no-talent = Akaunti hii haijaunganishwa na rekodi ya kipaji. Omba ofisi ya vipaji iiunganishe.
accreditation-employees = Wafanyakazi wetu
accreditation-employees-none = Hakuna mfanyakazi wa kampuni hii aliyesajiliwa.
accreditation-employees-more = Wafanyakazi 100 wa kwanza pekee ndio wameorodheshwa.
accreditation-eligibility = Ustahiki
accreditation-eligibility-link = Ustahiki wa uthibitisho
accreditation-other-intro = Uthibitisho huombwa kutoka ukurasa wa kipaji katika rejista; maombi unayoyapitia yako chini ya Maombi.
accreditation-held = Uthibitisho
accreditation-held-none = Bado hakuna uthibitisho.
accreditation-number = Nambari ya cheti
accreditation-number-title = Uthibitisho { $number }
accreditation-status = Hali
accreditation-status-valid = Halali
accreditation-status-expired = Umeisha muda
accreditation-status-revoked = Umefutwa
accreditation-status-renewed = Umehuishwa
accreditation-catalogue-version = Toleo la katalogi
accreditation-issued = Ulitolewa tarehe
accreditation-expires = Halali hadi
accreditation-revoked-on = Ulifutwa tarehe
accreditation-application = Ombi
accreditation-download-certificate = Pakua cheti
accreditation-verify-link = Ukurasa wa uhakiki wa umma
accreditation-evidence = Ushahidi ambao uamuzi ulitegemea
accreditation-evidence-hint = Alama za SHA-256 za faili jinsi zilivyokuwa uthibitisho ulipotolewa.
accreditation-renew-title = Kuhuisha
accreditation-renew-hint = Kuhuisha ni ombi jipya la ngazi ileile chini ya katalogi inayotumika sasa, linalopitiwa kama la kwanza.
accreditation-renew = Omba kuhuisha
accreditation-revoke-title = Kufuta
accreditation-revoke = Futa uthibitisho

eligibility-title = Ustahiki wa { $name }
eligibility-catalogue = Imeamuliwa kwa toleo la { $version } la katalogi ya ngazi ya { $place }.
eligibility-intro = Wasifu unakidhi vigezo hivi, ngazi ya juu kwanza. Omba kimoja, kisha ambatisha ushahidi unaohitajika.
eligibility-none = Wasifu haukidhi kigezo chochote cha katalogi inayotumika.
eligibility-criterion = Kigezo
eligibility-evidence = Ushahidi wa kuwasilisha
eligibility-apply = Omba ngazi { $tier }: { $criterion }

applications-title = Maombi
applications-tabs = Maombi yapi
applications-tab-mine = Maombi yangu
applications-tab-review = Ya kupitia
applications-tab-assigned = Niliyopangiwa
applications-filter = Onyesha
applications-none = Hakuna maombi.
applications-count = { $count ->
    [one] Ombi moja
   *[other] Maombi { $formatted }
}

application-title = Ombi na. { $id }
application-number = Na.
application-talent = Kipaji
application-kind = Aina
application-kind-accreditation = Uthibitisho wa kwanza
application-kind-accreditation-renewal = Kuhuisha
application-kind-accreditation-reevaluation = Tathmini upya
application-tier = Ngazi
application-criterion = Kigezo
application-status = Hali
application-step = Hatua
application-deadline = Mwisho wa muda
application-updated = Badiliko la mwisho
application-statement = Maelezo
application-statement-hint = Si lazima: kile wakaguzi wanapaswa kujua, herufi 4,000 au chache.
application-summary = Muhtasari
application-escalated = Imechelewa, imepandishwa
application-appealed = Imekatiwa rufaa
application-accredited = Uthibitisho umetolewa:
application-back = Rudi kwenye maombi
application-steps = Hatua za mapitio
application-panel = Hupitiwa na
application-quorum-head = Uamuzi
application-quorum = { $needed } kati ya { $reviewers } lazima wakubali
application-turnaround-head = Muda wa kushughulikia
application-turnaround = { $days ->
    [one] siku moja
   *[other] siku { $formatted }
}
application-step-state = Hali
application-step-done = Imekamilika
application-step-current = Inaendelea
application-step-waiting = Inasubiri
application-due = Mwisho
application-seats = Wakaguzi
application-seat-n = Kiti { $n }
application-evidence = Ushahidi
application-evidence-none = Bado hakuna ushahidi ulioambatishwa.
application-evidence-file = Faili
application-evidence-type = Aina
application-evidence-size = Ukubwa
application-size-kb = KB { $formatted }
application-evidence-remove = Ondoa
application-evidence-upload-label = Faili ya ushahidi
application-evidence-hint = Faili ya PDF, PNG au JPEG isiyozidi MB 10.
application-evidence-upload = Pakia
application-act = Amua au jibu
application-note-hint = Kukataa, kuomba taarifa, kukata rufaa na kutoa maoni kunahitaji maandishi.
application-panel-assign-title = Weka mtaalamu kwenye jopo
application-panel-assign = Mpangie mtaalamu
application-trail = Mfuatano
application-trail-none = Bado hakuna kilichotokea.
application-role = Kama

application-field-note = Maoni au sababu
application-field-file = Faili ya ushahidi
application-field-criterion = Kigezo
application-field-statement = Maelezo
application-field-reason = Sababu
application-field-expert = Mtaalamu
application-field-seat = Kiti
application-field-action = Kitendo

application-do-submit = Wasilisha kwa mapitio
application-do-provide-info = Tuma taarifa zilizoombwa
application-do-approve = Kubali
application-do-request-info = Omba taarifa
application-do-reject = Kataa
application-do-appeal = Kata rufaa
application-do-withdraw = Ondoa ombi
application-do-comment = Ongeza maoni

status-draft = Rasimu
status-in-review = Linapitiwa
status-info-requested = Taarifa zimeombwa
status-approved = Limekubaliwa
status-rejected = Limekataliwa
status-withdrawn = Limeondolewa

review-step-city-precheck = Ukaguzi wa awali wa jiji
review-step-provincial-panel = Jopo la wataalamu la mkoa
review-panel-officers = Maafisa
review-panel-experts = Wataalamu
review-role-applicant = Mwombaji
review-role-officer = Afisa
review-role-expert = Mtaalamu
review-role-system = Jukwaa

review-action-submit = Limewasilishwa
review-action-approve = Limekubaliwa
review-action-reject = Limekataliwa
review-action-request-info = Taarifa zimeombwa
review-action-provide-info = Taarifa zimetolewa
review-action-withdraw = Limeondolewa
review-action-appeal = Limekatiwa rufaa
review-action-comment = Maoni yametolewa
review-action-escalate = Limepandishwa kwa kuchelewa

err-evidence-unreadable = Faili iliyopakiwa haikuweza kusomwa; jaribu kuipakia tena.
