# Mga pahina ng akreditasyon: pagiging kwalipikado, mga aplikasyon at pagsusuri, mga akreditasyon.

nav-accreditation = Akreditasyon
nav-applications = Mga Aplikasyon

accreditation-title = Aking akreditasyon
accreditation-eligible-now = Mga antas na natutugunan mo ngayon
accreditation-check-apply = Tingnan ang pagiging kwalipikado at mag-apply
accreditation-check-talent = Tingnan ang pagiging kwalipikado ni { $name }
accreditation-no-talent = Hindi naka-link ang account na ito sa isang talaan ng talento. Hilingin sa tanggapan ng talento na i-link ito.
accreditation-employees = Aming mga empleyado
accreditation-employees-none = Walang nakarehistrong empleyado ang kompanyang ito.
accreditation-employees-more = Ang unang 100 empleyado lamang ang nakalista.
accreditation-eligibility = Pagiging kwalipikado
accreditation-eligibility-link = Pagiging kwalipikado sa akreditasyon
accreditation-other-intro = Ang akreditasyon ay ina-apply mula sa pahina ng talento sa rehistro; ang mga aplikasyong sinusuri mo ay nasa Mga Aplikasyon.
accreditation-held = Mga akreditasyon
accreditation-held-none = Wala pang akreditasyon.
accreditation-number = Numero ng sertipiko
accreditation-number-title = Akreditasyon { $number }
accreditation-status = Katayuan
accreditation-status-valid = May bisa
accreditation-status-expired = Paso na
accreditation-status-revoked = Binawi
accreditation-status-renewed = Na-renew
accreditation-catalogue-version = Bersyon ng katalogo
accreditation-issued = Inilabas noong
accreditation-expires = May bisa hanggang
accreditation-revoked-on = Binawi noong
accreditation-application = Aplikasyon
accreditation-download-certificate = I-download ang sertipiko
accreditation-verify-link = Pampublikong pahina ng beripikasyon
accreditation-evidence = Ebidensyang pinagbatayan ng desisyon
accreditation-evidence-hint = Ang mga SHA-256 na fingerprint ng mga file noong inilabas ang akreditasyon.
accreditation-renew-title = Pag-renew
accreditation-renew-hint = Ang pag-renew ay bagong aplikasyon para sa parehong antas sa ilalim ng katalogong umiiral ngayon, at sinusuri tulad ng una.
accreditation-renew = Mag-apply ng pag-renew
accreditation-revoke-title = Pagbawi
accreditation-revoke = Bawiin ang akreditasyon

eligibility-title = Pagiging kwalipikado ni { $name }
eligibility-catalogue = Pinagpasyahan ayon sa bersyon { $version } ng katalogo ng mga antas ng { $place }.
eligibility-intro = Natutugunan ng profile ang mga pamantayang ito, pinakamataas na antas muna. Mag-apply para sa isa, pagkatapos ay ilakip ang hinihinging ebidensya.
eligibility-none = Walang pamantayan ng umiiral na katalogo ang natutugunan ng profile.
eligibility-criterion = Pamantayan
eligibility-evidence = Ebidensyang dapat ibigay
eligibility-apply = Mag-apply para sa antas { $tier }: { $criterion }

applications-title = Mga Aplikasyon
applications-tabs = Aling mga aplikasyon
applications-tab-mine = Aking mga aplikasyon
applications-tab-review = Susuriin
applications-tab-assigned = Nakatalaga sa akin
applications-filter = Ipakita
applications-none = Walang aplikasyon.
applications-count = { $count ->
    [one] { $formatted } aplikasyon
   *[other] { $formatted } aplikasyon
}

application-title = Aplikasyon #{ $id }
application-number = Blg.
application-talent = Talento
application-kind = Uri
application-kind-accreditation = Unang akreditasyon
application-kind-accreditation-renewal = Pag-renew
application-kind-accreditation-reevaluation = Muling pagtatasa
application-tier = Antas
application-criterion = Pamantayan
application-status = Katayuan
application-step = Hakbang
application-deadline = Takdang oras
application-updated = Huling pagbabago
application-statement = Pahayag
application-statement-hint = Opsyonal: ang dapat malaman ng mga tagasuri, hanggang 4,000 titik.
application-summary = Buod
application-escalated = Lampas na sa oras, itinaas
application-appealed = Inapela
application-accredited = Nailabas ang akreditasyon:
application-back = Bumalik sa mga aplikasyon
application-steps = Mga hakbang ng pagsusuri
application-panel = Sinusuri ng
application-quorum-head = Pagpapasya
application-quorum = { $needed } sa { $reviewers } ang dapat sumang-ayon
application-turnaround-head = Tagal ng pagproseso
application-turnaround = { $days ->
    [one] isang araw
   *[other] { $formatted } araw
}
application-step-state = Kalagayan
application-step-done = Tapos na
application-step-current = Isinasagawa
application-step-waiting = Naghihintay
application-due = Takdang oras
application-seats = Mga tagasuri
application-seat-n = Puwesto { $n }
application-evidence = Ebidensya
application-evidence-none = Wala pang nakalakip na ebidensya.
application-evidence-file = File
application-evidence-type = Uri
application-evidence-size = Laki
application-size-kb = { $formatted } KB
application-evidence-remove = Alisin
application-evidence-upload-label = File ng ebidensya
application-evidence-hint = Isang PDF, PNG o JPEG na file na hindi hihigit sa 10 MB.
application-evidence-upload = I-upload
application-act = Magpasya o tumugon
application-note-hint = Kailangan ng teksto ang pagtanggi, paghingi ng impormasyon, pag-apela at pagkomento.
application-panel-assign-title = Maglagay ng eksperto sa panel
application-panel-assign = Italaga ang eksperto
application-trail = Kasaysayan
application-trail-none = Wala pang nangyayari.
application-role = Bilang

application-field-note = Komento o dahilan
application-field-file = File ng ebidensya
application-field-criterion = Pamantayan
application-field-statement = Pahayag
application-field-reason = Dahilan
application-field-expert = Eksperto
application-field-seat = Puwesto
application-field-action = Aksyon

application-do-submit = Isumite para sa pagsusuri
application-do-provide-info = Ipadala ang hiniling na impormasyon
application-do-approve = Aprubahan
application-do-request-info = Humingi ng impormasyon
application-do-reject = Tanggihan
application-do-appeal = Umapela
application-do-withdraw = Bawiin ang aplikasyon
application-do-comment = Magdagdag ng komento

status-draft = Borador
status-in-review = Sinusuri
status-info-requested = Hinihingan ng impormasyon
status-approved = Aprubado
status-rejected = Tinanggihan
status-withdrawn = Binawi

review-step-city-precheck = Paunang pagsusuri ng lungsod
review-step-provincial-panel = Panel ng mga eksperto ng lalawigan
review-panel-officers = Mga opisyal
review-panel-experts = Mga eksperto
review-role-applicant = Aplikante
review-role-officer = Opisyal
review-role-expert = Eksperto
review-role-system = Plataporma

review-action-submit = Isinumite
review-action-approve = Inaprubahan
review-action-reject = Tinanggihan
review-action-request-info = Humingi ng impormasyon
review-action-provide-info = Nagbigay ng impormasyon
review-action-withdraw = Binawi
review-action-appeal = Inapela
review-action-comment = Nagkomento
review-action-escalate = Itinaas dahil lampas sa oras

err-evidence-unreadable = Hindi mabasa ang na-upload na file; subukang i-upload ulit.
