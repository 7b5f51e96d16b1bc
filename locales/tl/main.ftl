## Formats (translators own these patterns)
fmt-date = { $month }/{ $day }/{ $year }
fmt-group-separator = ,

## Chrome
app-tagline = mga serbisyo para sa talento
skip-to-content = Lumaktaw sa nilalaman
nav-label = Pangunahing nabigasyon
nav-talents = Mga Talento
nav-import = Mag-import
nav-users = Mga Gumagamit
nav-audit = Talaan ng audit
language-label = Wika
language-switch = Palitan
logout = Mag-log out
logout-everywhere = Mag-log out sa lahat ng device
footer-text = rencai — isang open-source na plataporma ng serbisyo para sa talento
back-home = Bumalik sa panimulang pahina

## Login
login-title = Mag-log in
login-username = Username
login-password = Password
login-submit = Mag-log in
login-failed = Mali ang username o password.

## Talents
talents-title = Mga Talento
talents-add = Magdagdag ng talento
talents-search = Pangalan (sa titik Tsino o Latin)
talents-filter = Salain
# In CLDR, Tagalog "one" also covers 2, 3, 5, 7, 8, 10…, so both variants show the number.
talents-count = { $count ->
    [one] { $formatted } talento
   *[other] { $formatted } talento
}
talents-count-capped = Higit sa { $formatted } talento
talents-export-csv = I-export bilang CSV
talents-export-xlsx = I-export bilang XLSX
filter-any = Kahit ano
pager-label = Mga pahina
pager-prev = Nakaraan
pager-next = Susunod
talent-new-title = Bagong talento
talent-edit-title = I-edit ang talento
talent-edit = I-edit
talent-name = Pangalan
talent-name_latin = Pangalan sa titik Latin
talent-gender = Kasarian
talent-birth_date = Petsa ng kapanganakan
talent-identity_number = Numero ng pagkakakilanlan
talent-identity-keep-hint = Iwanang blangko para panatilihin ang nakaimbak na numero.
talent-education = Edukasyon
talent-title = Propesyonal na titulo
talent-skill_level = Antas ng kasanayan
talent-field = Larangan
talent-employer = Pinagtatrabahuhan
talent-jurisdiction = Hurisdiksyon
talent-email = Email
talent-phone = Telepono
talent-honours = Mga parangal
talent-patents = Mga patente
talent-papers = Mga papel na pananaliksik
talent-updated = Huling binago
talent-reveal = Ipakita
talent-revealed-note = Naitala sa talaan ng audit ang pagpapakitang ito.
talent-moves = Kasaysayan ng lokasyon
talent-from-outside = Labas sa rehistro
talent-history = Kasaysayan ng mga pagbabago
talent-personal-data = Personal na datos
talent-download-data = I-download ang lahat ng datos na hawak tungkol sa taong ito (JSON)
talent-erase = Burahin ang personal na datos
talent-erase-confirm = Kinukumpirma kong hiniling ng taong ito na burahin ang kaniyang datos; hindi na ito maibabalik.
talent-erased = Binura na
move-date = Petsa
move-from = Mula sa
move-to = Patungo sa
form-save = I-save
form-cancel = Kanselahin
form-error-summary = { $count ->
    [one] May { $formatted } field na kailangang ayusin.
   *[other] May { $formatted } field na kailangang ayusin.
}

## Import
import-title = Mag-import ng mga talento
import-help = Mag-upload ng CSV (UTF-8 o GB18030, gaya ng pag-save ng Excel) o XLSX na file na ang unang hilera ay naglalaman ng mga pangalan ng hanay. Walang isusulat hangga't hindi wasto ang buong file at hindi mo ito kinukumpirma.
import-file = File
import-preview = Suriin ang file
import-preview-title = Paunang tingin
import-row = Hilera
import-column = Hanay
import-reason = Problema
import-problems = { $count ->
    [one] May { $formatted } problemang kailangang ayusin bago makapag-import ng anuman.
   *[other] May { $formatted } problemang kailangang ayusin bago makapag-import ng anuman.
}
import-ready = { $count ->
    [one] { $formatted } hilera ang wasto at handa nang i-import.
   *[other] { $formatted } hilera ang wasto at handa nang i-import.
}
import-confirm = I-import ngayon
import-done = { $count ->
    [one] { $formatted } talento ang na-import.
   *[other] { $formatted } talento ang na-import.
}

## Users
users-title = Mga Gumagamit
users-new = Bagong gumagamit
users-create = Gumawa ng gumagamit
user-username = Username
user-display_name = Ipinapakitang pangalan
user-password = Password
user-password-hint = Hindi bababa sa 12 character.
user-role = Tungkulin
user-jurisdiction = Hurisdiksyon
user-grants = Mga tungkulin
role-talent = Talento
role-enterprise_admin = Administrador ng negosyo
role-officer = Opisyal
role-expert = Eksperto
role-provider = Tagapagbigay ng serbisyo
role-admin = Administrador

## Audit
audit-title = Talaan ng audit
audit-count = { $count ->
    [one] { $formatted } tala
   *[other] { $formatted } tala
}
audit-at = Kailan
audit-actor = Sino
audit-action = Ano
audit-subject = Paksa
audit-details = Mga detalye
audit-hash = Hash
action-talent-create = Nagdagdag ng talento
action-talent-update = Binago ang talento
action-talent-identity-reveal = Ipinakita ang numero ng pagkakakilanlan
action-talent-export = Na-export ang personal na datos
action-talent-export-list = Na-export ang listahan
action-talent-erase = Binura ang personal na datos
action-talent-import = Nag-import ng mga talento
action-user-create = Gumawa ng gumagamit
action-token-create = Gumawa ng API token
action-session-login = Nag-log in
action-session-logout_everywhere = Nag-log out sa lahat ng device
action-enterprise-create = Nagrehistro ng negosyo
action-demo-seed = Gumawa ng demo na datos

## Vocabularies
gender-female = Babae
gender-male = Lalaki
education-secondary = Mataas na paaralan
education-associate = Associate na digri
education-bachelor = Batsilyer
education-master = Masterado
education-doctorate = Doktorado
title-none = Wala
title-junior = Junior
title-intermediate = Intermedya
title-deputy_senior = Katuwang na senior
title-full_senior = Ganap na senior
skill-none = Wala
skill-elementary = Manggagawa sa batayang antas (grado 5)
skill-intermediate = Manggagawa sa intermedyang antas (grado 4)
skill-advanced = Manggagawa sa mataas na antas (grado 3)
skill-technician = Tekniko (grado 2)
skill-senior_technician = Senior na tekniko (grado 1)
field-biomedicine = Biomedisina
field-robotics = Robotika
field-integrated_circuits = Mga integrated circuit
field-new_energy = Bagong enerhiya
field-new_materials = Mga bagong materyales
field-information_technology = Teknolohiya ng impormasyon
field-advanced_manufacturing = Makabagong pagmamanupaktura
field-modern_agriculture = Makabagong agrikultura
field-logistics = Lohistika
field-finance = Pananalapi
field-education = Edukasyon
field-healthcare = Pangangalagang pangkalusugan
level-province = Lalawigan
level-city = Lungsod
level-district = Distrito
level-county = Kondado
level-town = Bayan

## Errors
err-title = May nangyaring mali
err-internal = May nangyaring mali sa aming panig. Pakisubukang muli; kung patuloy itong mangyayari, ipaalam sa administrador.
err-invalid-input = May ilang halagang kailangang ayusin.
err-not-found = Hindi umiiral ang pahina o talaang ito, o hindi ka pinapayagang makita ito.
err-forbidden = Hindi ka pinapayagang gawin ito.
err-unauthenticated = Mag-log in muna.
err-throttled = Masyadong maraming bigong pagtatangka. Maghintay ng 15 minuto at subukang muli.
err-stale-version = May ibang nagbago sa talaang ito habang ginagawa mo. I-reload ito at ilapat muli ang iyong pagbabago.
err-csrf-invalid = Nag-expire na ang form. I-reload ang pahina at subukang muli.
err-talent-erased = Binura na ang datos ng taong ito.
err-import-already-committed = Na-import na ang file na ito.
err-required = Kinakailangan ito.
err-too-long = Masyado itong mahaba.
err-unknown-value = Hindi ito isa sa mga pinapayagang halaga.
err-name-characters = Hindi maaaring maglaman ang mga pangalan ng < > " \ { "{" } o { "}" }.
err-date-invalid = Hindi wastong petsa; isulat ito bilang YYYY-MM-DD.
err-birth-date-range = Dapat nasa nakaraan ang petsa ng kapanganakan at magbigay ng edad na mula 14 hanggang 110.
err-identity-format = Ang numero ng pagkakakilanlan ay may 17 digit na sinusundan ng isang digit o X.
err-identity-checksum = Hindi tugma ang huling character ng numero ng pagkakakilanlang ito sa iba; tingnan kung may mali sa pag-type.
err-identity-birth-mismatch = Hindi naglalaman ang numero ng pagkakakilanlan ng petsang ito ng kapanganakan.
err-identity-duplicate = May talento nang may ganitong numero ng pagkakakilanlan sa rehistro.
err-identity-duplicate-in-file = Lumitaw na ang numero ng pagkakakilanlang ito sa mas naunang bahagi ng file.
err-employer-unknown = Walang nakarehistrong negosyo na may ganitong pangalan; irehistro muna ito o iwanang blangko ang field.
err-enterprise-duplicate = May nakarehistro nang negosyo na may ganitong pangalan.
err-jurisdiction-unknown = Walang hurisdiksyong may ganitong code o pangalan.
err-jurisdiction-forbidden = Hindi ka maaaring magtrabaho sa hurisdiksyong ito.
err-email-invalid = Hindi wastong email address.
err-phone-invalid = Ang numero ng telepono ay may 5 hanggang 20 digit at maaaring maglaman ng + - ( ) at mga espasyo.
err-count-invalid = Magsulat ng buong numero mula 0 hanggang 100000.
err-username-invalid = Gumamit ng mga titik, digit, tuldok, gitling, at underscore (hanggang 64).
err-username-taken = May gumagamit na ng username na ito.
err-password-too-short = Dapat may hindi bababa sa 12 character ang password.
err-scope-unknown = Hindi kilalang saklaw.
err-confirm-required = Lagyan ng tsek ang kahon para kumpirmahin.
err-file-empty = Walang hilera ng datos ang file.
err-file-encoding = Hindi UTF-8 o GB18030 na teksto ang file; i-save itong muli bilang CSV UTF-8 o XLSX.
err-file-unreadable = Hindi mabasa ang file bilang CSV o XLSX.
err-file-too-large = Masyadong malaki ang file (hanggang 256 MB lamang).
err-header-unknown = May hindi kilalang pangalan ng hanay sa unang hilera.
err-header-duplicate = Dalawang beses na pinangalanan ang isang hanay sa unang hilera.
err-header-missing = May kinakailangang hanay na wala sa unang hilera.
err-row-too-many-cells = Mas marami ang cell sa hilerang ito kaysa sa mga pangalan ng hanay sa unang hilera.
err-import-rejected = May mga problema ang file; walang na-import.
