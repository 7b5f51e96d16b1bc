## Formats (translators own these patterns)
fmt-date = { $day }.{ $month }.{ $year }
fmt-group-separator = { "." }

## Chrome
app-tagline = talentservice
skip-to-content = Gå til indhold
nav-label = Hovedmenu
nav-talents = Talenter
nav-import = Import
nav-users = Brugere
nav-audit = Revisionslog
language-label = Sprog
language-switch = Skift
logout = Log ud
logout-everywhere = Log ud på alle enheder
footer-text = rencai — en open source-platform for talentservice
back-home = Tilbage til startsiden

## Login
login-title = Log ind
login-username = Brugernavn
login-password = Adgangskode
login-submit = Log ind
login-failed = Brugernavnet eller adgangskoden er forkert.

## Talents
talents-title = Talenter
talents-add = Tilføj et talent
talents-search = Navn (kinesisk eller latinsk skrift)
talents-filter = Filtrér
talents-count = { $count ->
    [one] Ét talent
   *[other] { $formatted } talenter
}
talents-count-capped = Mere end { $formatted } talenter
talents-export-csv = Eksportér CSV
talents-export-xlsx = Eksportér XLSX
filter-any = Alle
pager-label = Sider
pager-prev = Forrige
pager-next = Næste
talent-new-title = Nyt talent
talent-edit-title = Redigér talent
talent-edit = Redigér
talent-name = Navn
talent-name_latin = Navn med latinsk skrift
talent-gender = Køn
talent-birth_date = Fødselsdato
talent-identity_number = Identitetsnummer
talent-identity-keep-hint = Lad feltet stå tomt for at beholde det gemte nummer.
talent-education = Uddannelse
talent-title = Faglig titel
talent-skill_level = Færdighedsniveau
talent-field = Fagområde
talent-employer = Arbejdsgiver
talent-jurisdiction = Forvaltningsområde
talent-email = E-mail
talent-phone = Telefon
talent-honours = Udmærkelser
talent-patents = Patenter
talent-papers = Artikler
talent-updated = Sidst ændret
talent-reveal = Vis
talent-revealed-note = Denne visning er registreret i revisionsloggen.
talent-moves = Flyttehistorik
talent-from-outside = Uden for registret
talent-history = Ændringshistorik
talent-personal-data = Personoplysninger
talent-download-data = Download alle oplysninger, der er gemt om denne person (JSON)
talent-erase = Slet personoplysninger
talent-erase-confirm = Jeg bekræfter, at personen har bedt om at blive slettet; dette kan ikke fortrydes.
talent-erased = Slettet
move-date = Dato
move-from = Fra
move-to = Til
form-save = Gem
form-cancel = Annullér
form-error-summary = { $count ->
    [one] Ét felt skal rettes.
   *[other] { $formatted } felter skal rettes.
}

## Import
import-title = Importér talenter
import-help = Upload en CSV-fil (UTF-8 eller GB18030, sådan som Excel gemmer den) eller en XLSX-fil, hvis første række angiver kolonnenavnene. Intet gemmes, før hele filen er gyldig, og du har bekræftet den.
import-file = Fil
import-preview = Kontrollér filen
import-preview-title = Forhåndsvisning
import-row = Række
import-column = Kolonne
import-reason = Problem
import-problems = { $count ->
    [one] Ét problem skal rettes, før noget kan importeres.
   *[other] { $formatted } problemer skal rettes, før noget kan importeres.
}
import-ready = { $count ->
    [one] Én række er gyldig og klar til import.
   *[other] { $formatted } rækker er gyldige og klar til import.
}
import-confirm = Importér nu
import-done = { $count ->
    [one] Ét talent blev importeret.
   *[other] { $formatted } talenter blev importeret.
}

## Users
users-title = Brugere
users-new = Ny bruger
users-create = Opret bruger
user-username = Brugernavn
user-display_name = Visningsnavn
user-password = Adgangskode
user-password-hint = Mindst 12 tegn.
user-role = Rolle
user-jurisdiction = Forvaltningsområde
user-grants = Roller
role-talent = Talent
role-enterprise_admin = Virksomhedsadministrator
role-officer = Sagsbehandler
role-expert = Ekspert
role-provider = Tjenesteudbyder
role-admin = Administrator

## Audit
audit-title = Revisionslog
audit-count = { $count ->
    [one] Én post
   *[other] { $formatted } poster
}
audit-at = Hvornår
audit-actor = Hvem
audit-action = Hvad
audit-subject = Genstand
audit-details = Detaljer
audit-hash = Hash
action-talent-create = Talent tilføjet
action-talent-update = Talent ændret
action-talent-identity-reveal = Identitetsnummer vist
action-talent-export = Personoplysninger eksporteret
action-talent-export-list = Liste eksporteret
action-talent-erase = Personoplysninger slettet
action-talent-import = Talenter importeret
action-user-create = Bruger oprettet
action-token-create = API-token oprettet
action-session-login = Logget ind
action-session-logout_everywhere = Logget ud overalt
action-enterprise-create = Virksomhed registreret
action-demo-seed = Demodata oprettet

## Vocabularies
gender-female = Kvinde
gender-male = Mand
education-secondary = Ungdomsuddannelse
education-associate = Kort videregående uddannelse
education-bachelor = Bachelorgrad
education-master = Kandidatgrad
education-doctorate = Ph.d.-grad
title-none = Ingen
title-junior = Juniorniveau
title-intermediate = Mellemniveau
title-deputy_senior = Associeret seniorniveau
title-full_senior = Fuldt seniorniveau
skill-none = Intet
skill-elementary = Arbejder på grundniveau (trin 5)
skill-intermediate = Arbejder på mellemniveau (trin 4)
skill-advanced = Arbejder på avanceret niveau (trin 3)
skill-technician = Tekniker (trin 2)
skill-senior_technician = Seniortekniker (trin 1)
field-biomedicine = Biomedicin
field-robotics = Robotteknologi
field-integrated_circuits = Integrerede kredsløb
field-new_energy = Ny energi
field-new_materials = Nye materialer
field-information_technology = Informationsteknologi
field-advanced_manufacturing = Avanceret produktion
field-modern_agriculture = Moderne landbrug
field-logistics = Logistik
field-finance = Finans
field-education = Uddannelse
field-healthcare = Sundhed
level-province = Provins
level-city = By
level-district = Bydistrikt
level-county = Amt
level-town = Mindre by

## Errors
err-title = Noget gik galt
err-internal = Der opstod en fejl hos os. Prøv igen; hvis fejlen bliver ved, så kontakt administratoren.
err-invalid-input = Nogle værdier skal rettes.
err-not-found = Denne side eller post findes ikke, eller du har ikke adgang til at se den.
err-forbidden = Du har ikke tilladelse til at gøre dette.
err-unauthenticated = Log ind først.
err-throttled = For mange mislykkede forsøg. Vent 15 minutter, og prøv igen.
err-stale-version = En anden har ændret denne post i mellemtiden. Genindlæs den, og foretag din ændring igen.
err-csrf-invalid = Formularen er udløbet. Genindlæs siden, og prøv igen.
err-talent-erased = Denne persons oplysninger er blevet slettet.
err-import-already-committed = Denne fil er allerede blevet importeret.
err-required = Dette felt skal udfyldes.
err-too-long = Dette er for langt.
err-unknown-value = Dette er ikke en af de tilladte værdier.
err-name-characters = Navne må ikke indeholde < > " \ { "{" } eller { "}" }.
err-date-invalid = Ikke en gyldig dato; skriv den som YYYY-MM-DD.
err-birth-date-range = Fødselsdatoen skal ligge i fortiden og give en alder mellem 14 og 110 år.
err-identity-format = Et identitetsnummer består af 17 cifre efterfulgt af et ciffer eller X.
err-identity-checksum = Det sidste tegn i dette identitetsnummer passer ikke med de øvrige; kontrollér, om der er en tastefejl.
err-identity-birth-mismatch = Identitetsnummeret indeholder ikke denne fødselsdato.
err-identity-duplicate = Der findes allerede et talent med dette identitetsnummer i registret.
err-identity-duplicate-in-file = Dette identitetsnummer forekommer tidligere i filen.
err-employer-unknown = Der er ikke registreret nogen virksomhed med dette navn; registrér den først, eller lad feltet stå tomt.
err-enterprise-duplicate = Der er allerede registreret en virksomhed med dette navn.
err-jurisdiction-unknown = Intet forvaltningsområde har denne kode eller dette navn.
err-jurisdiction-forbidden = Du må ikke arbejde i dette forvaltningsområde.
err-email-invalid = Ikke en gyldig e-mailadresse.
err-phone-invalid = Et telefonnummer har 5 til 20 cifre og må indeholde + - ( ) og mellemrum.
err-count-invalid = Skriv et helt tal fra 0 til 100000.
err-username-invalid = Brug bogstaver, cifre, punktummer, bindestreger og understregningstegn (højst 64).
err-username-taken = Dette brugernavn er optaget.
err-password-too-short = Adgangskoden skal have mindst 12 tegn.
err-scope-unknown = Ukendt adgangsomfang.
err-confirm-required = Sæt flueben i feltet for at bekræfte.
err-file-empty = Filen har ingen datarækker.
err-file-encoding = Filen er hverken UTF-8- eller GB18030-tekst; gem den igen som CSV UTF-8 eller XLSX.
err-file-unreadable = Filen kan ikke læses som CSV eller XLSX.
err-file-too-large = Filen er for stor (højst 256 MB).
err-header-unknown = Første række indeholder et ukendt kolonnenavn.
err-header-duplicate = Første række angiver den samme kolonne to gange.
err-header-missing = En påkrævet kolonne mangler i første række.
err-row-too-many-cells = Denne række har flere celler, end første række har kolonnenavne.
err-import-rejected = Filen har problemer; intet blev importeret.
