# Akkrediteringssider: berettigelse, ansøgninger og deres behandling, akkrediteringer.

nav-accreditation = Akkreditering
nav-applications = Ansøgninger

accreditation-title = Min akkreditering
accreditation-eligible-now = Niveauer du opfylder nu
accreditation-check-apply = Se berettigelse og ansøg
accreditation-check-talent = Se berettigelsen for { $name }
accreditation-no-talent = Denne konto er ikke knyttet til en talentpost. Bed talentkontoret om at knytte den.
accreditation-employees = Vores medarbejdere
accreditation-employees-none = Ingen af virksomhedens medarbejdere er registreret.
accreditation-employees-more = Kun de første 100 medarbejdere vises.
accreditation-eligibility = Berettigelse
accreditation-eligibility-link = Berettigelse til akkreditering
accreditation-other-intro = Der ansøges om akkreditering fra et talents side i registret; de ansøgninger, du behandler, findes under Ansøgninger.
accreditation-held = Akkrediteringer
accreditation-held-none = Endnu ingen akkrediteringer.
accreditation-number = Certifikatnummer
accreditation-number-title = Akkreditering { $number }
accreditation-status = Status
accreditation-status-valid = Gyldig
accreditation-status-expired = Udløbet
accreditation-status-revoked = Tilbagekaldt
accreditation-status-renewed = Fornyet
accreditation-catalogue-version = Katalogversion
accreditation-issued = Udstedt den
accreditation-expires = Gyldig til
accreditation-revoked-on = Tilbagekaldt den
accreditation-application = Ansøgning
accreditation-download-certificate = Hent certifikat
accreditation-verify-link = Offentlig verifikationsside
accreditation-evidence = Dokumentation, afgørelsen byggede på
accreditation-evidence-hint = Filernes SHA-256-fingeraftryk, som de var, da akkrediteringen blev udstedt.
accreditation-renew-title = Fornyelse
accreditation-renew-hint = En fornyelse er en ny ansøgning om samme niveau efter det katalog, der gælder nu, og behandles som den første.
accreditation-renew = Ansøg om fornyelse
accreditation-revoke-title = Tilbagekaldelse
accreditation-revoke = Tilbagekald akkreditering

eligibility-title = Berettigelse for { $name }
eligibility-catalogue = Afgjort efter version { $version } af niveaukataloget for { $place }.
eligibility-intro = Profilen opfylder disse kriterier, højeste niveau først. Ansøg om ét af dem, og vedhæft derefter den dokumentation, det kræver.
eligibility-none = Profilen opfylder intet kriterium i det gældende katalog.
eligibility-criterion = Kriterium
eligibility-evidence = Dokumentation der skal indsendes
eligibility-apply = Ansøg om niveau { $tier }: { $criterion }

applications-title = Ansøgninger
applications-tabs = Hvilke ansøgninger
applications-tab-mine = Mine ansøgninger
applications-tab-review = Til behandling
applications-tab-assigned = Tildelt mig
applications-filter = Vis
applications-none = Ingen ansøgninger.
applications-count = { $count ->
    [one] Én ansøgning
   *[other] { $formatted } ansøgninger
}

application-title = Ansøgning nr. { $id }
application-number = Nr.
application-talent = Talent
application-kind = Art
application-kind-accreditation = Første akkreditering
application-kind-accreditation-renewal = Fornyelse
application-kind-accreditation-reevaluation = Genvurdering
application-tier = Niveau
application-criterion = Kriterium
application-status = Status
application-step = Trin
application-deadline = Frist
application-updated = Senest ændret
application-statement = Redegørelse
application-statement-hint = Valgfrit: hvad bedømmerne bør vide, højst 4.000 tegn.
application-summary = Oversigt
application-escalated = Forsinket, eskaleret
application-appealed = Påklaget
application-accredited = Akkreditering udstedt:
application-back = Tilbage til ansøgningerne
application-steps = Behandlingstrin
application-panel = Behandles af
application-quorum-head = Afgøres
application-quorum = { $needed } af { $reviewers } skal godkende
application-turnaround-head = Behandlingstid
application-turnaround = { $days ->
    [one] én dag
   *[other] { $formatted } dage
}
application-step-state = Tilstand
application-step-done = Afsluttet
application-step-current = I gang
application-step-waiting = Venter
application-due = Frist
application-seats = Bedømmere
application-seat-n = Plads { $n }
application-evidence = Dokumentation
application-evidence-none = Ingen dokumentation vedhæftet endnu.
application-evidence-file = Fil
application-evidence-type = Type
application-evidence-size = Størrelse
application-size-kb = { $formatted } KB
application-evidence-remove = Fjern
application-evidence-upload-label = Dokumentationsfil
application-evidence-hint = En PDF-, PNG- eller JPEG-fil på højst 10 MB.
application-evidence-upload = Upload
application-act = Afgør eller svar
application-note-hint = Afslag, anmodning om oplysninger, klage og kommentar kræver en tekst.
application-panel-assign-title = Sæt en ekspert i panelet
application-panel-assign = Tildel ekspert
application-trail = Forløb
application-trail-none = Der er ikke sket noget endnu.
application-role = Som

application-field-note = Kommentar eller begrundelse
application-field-file = Dokumentationsfil
application-field-criterion = Kriterium
application-field-statement = Redegørelse
application-field-reason = Begrundelse
application-field-expert = Ekspert
application-field-seat = Plads
application-field-action = Handling

application-do-submit = Indsend til behandling
application-do-provide-info = Send de ønskede oplysninger
application-do-approve = Godkend
application-do-request-info = Bed om oplysninger
application-do-reject = Giv afslag
application-do-appeal = Klag
application-do-withdraw = Træk tilbage
application-do-comment = Tilføj kommentar

status-draft = Kladde
status-in-review = Under behandling
status-info-requested = Oplysninger ønskes
status-approved = Godkendt
status-rejected = Afslået
status-withdrawn = Trukket tilbage

review-step-city-precheck = Kommunal forhåndskontrol
review-step-provincial-panel = Provinsens ekspertpanel
review-panel-officers = Sagsbehandlere
review-panel-experts = Eksperter
review-role-applicant = Ansøger
review-role-officer = Sagsbehandler
review-role-expert = Ekspert
review-role-system = Platformen

review-action-submit = Indsendt
review-action-approve = Godkendt
review-action-reject = Afslået
review-action-request-info = Oplysninger ønsket
review-action-provide-info = Oplysninger givet
review-action-withdraw = Trukket tilbage
review-action-appeal = Påklaget
review-action-comment = Kommenteret
review-action-escalate = Eskaleret som forsinket

err-evidence-unreadable = Den uploadede fil kunne ikke læses; prøv at uploade den igen.
