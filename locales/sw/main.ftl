## Formats (translators own these patterns)
fmt-date = { $day }/{ $month }/{ $year }
fmt-group-separator = ,

## Chrome
app-tagline = huduma za vipaji
skip-to-content = Ruka hadi maudhui
nav-label = Menyu kuu
nav-talents = Vipaji
nav-import = Ingiza
nav-users = Watumiaji
nav-audit = Kumbukumbu ya ukaguzi
language-label = Lugha
language-switch = Badilisha
logout = Toka
logout-everywhere = Toka kwenye vifaa vyote
footer-text = rencai — jukwaa huria la huduma za vipaji
back-home = Rudi kwenye ukurasa wa mwanzo

## Login
login-title = Ingia
login-username = Jina la mtumiaji
login-password = Nenosiri
login-submit = Ingia
login-failed = Jina la mtumiaji au nenosiri si sahihi.

## Talents
talents-title = Vipaji
talents-add = Ongeza kipaji
talents-search = Jina (kwa herufi za Kichina au za Kilatini)
talents-filter = Chuja
talents-count = { $count ->
    [one] Kipaji kimoja
   *[other] Vipaji { $formatted }
}
talents-count-capped = Zaidi ya vipaji { $formatted }
talents-export-csv = Hamisha CSV
talents-export-xlsx = Hamisha XLSX
filter-any = Yoyote
pager-label = Kurasa
pager-prev = Iliyotangulia
pager-next = Inayofuata
talent-new-title = Kipaji kipya
talent-edit-title = Hariri kipaji
talent-edit = Hariri
talent-name = Jina
talent-name_latin = Jina kwa herufi za Kilatini
talent-gender = Jinsia
talent-birth_date = Tarehe ya kuzaliwa
talent-identity_number = Nambari ya kitambulisho
talent-identity-keep-hint = Acha wazi ili kubaki na nambari iliyohifadhiwa.
talent-education = Elimu
talent-title = Cheo cha kitaaluma
talent-skill_level = Kiwango cha ujuzi
talent-field = Fani
talent-employer = Mwajiri
talent-jurisdiction = Eneo la mamlaka
talent-email = Barua pepe
talent-phone = Simu
talent-honours = Tuzo
talent-patents = Hataza
talent-papers = Makala za kitaaluma
talent-updated = Ilibadilishwa mwisho
talent-reveal = Onyesha
talent-revealed-note = Uonyeshaji huu umerekodiwa kwenye kumbukumbu ya ukaguzi.
talent-moves = Historia ya maeneo
talent-from-outside = Nje ya sajili
talent-history = Historia ya mabadiliko
talent-personal-data = Data binafsi
talent-download-data = Pakua kila kitu kilichohifadhiwa kuhusu mtu huyu (JSON)
talent-erase = Futa data binafsi
talent-erase-confirm = Ninathibitisha kwamba mtu huyu aliomba data yake ifutwe; hatua hii haiwezi kutenduliwa.
talent-erased = Imefutwa
move-date = Tarehe
move-from = Kutoka
move-to = Kwenda
form-save = Hifadhi
form-cancel = Ghairi
form-error-summary = { $count ->
    [one] Sehemu moja inahitaji kurekebishwa.
   *[other] Sehemu { $formatted } zinahitaji kurekebishwa.
}

## Import
import-title = Ingiza vipaji
import-help = Pakia faili ya CSV (UTF-8 au GB18030, kama Excel inavyoihifadhi) au ya XLSX ambayo safu mlalo yake ya kwanza inataja majina ya safu wima. Hakuna kitakachoandikwa hadi faili yote iwe sahihi na uwe umeithibitisha.
import-file = Faili
import-preview = Kagua faili
import-preview-title = Onyesho la awali
import-row = Safu mlalo
import-column = Safu wima
import-reason = Tatizo
import-problems = { $count ->
    [one] Tatizo moja lazima lirekebishwe kabla ya kuingiza chochote.
   *[other] Matatizo { $formatted } lazima yarekebishwe kabla ya kuingiza chochote.
}
import-ready = { $count ->
    [one] Safu mlalo moja ni sahihi na iko tayari kuingizwa.
   *[other] Safu mlalo { $formatted } ni sahihi na ziko tayari kuingizwa.
}
import-confirm = Ingiza sasa
import-done = { $count ->
    [one] Kipaji kimoja kimeingizwa.
   *[other] Vipaji { $formatted } vimeingizwa.
}

## Users
users-title = Watumiaji
users-new = Mtumiaji mpya
users-create = Unda mtumiaji
user-username = Jina la mtumiaji
user-display_name = Jina la kuonyeshwa
user-password = Nenosiri
user-password-hint = Angalau herufi 12.
user-role = Jukumu
user-jurisdiction = Eneo la mamlaka
user-grants = Majukumu
role-talent = Kipaji
role-enterprise_admin = Msimamizi wa kampuni
role-officer = Afisa
role-expert = Mtaalamu
role-provider = Mtoa huduma
role-admin = Msimamizi

## Audit
audit-title = Kumbukumbu ya ukaguzi
audit-count = { $count ->
    [one] Ingizo moja
   *[other] Maingizo { $formatted }
}
audit-at = Lini
audit-actor = Nani
audit-action = Nini
audit-subject = Kinachohusika
audit-details = Maelezo
audit-hash = Hashi
action-talent-create = Kipaji kimeongezwa
action-talent-update = Kipaji kimebadilishwa
action-talent-identity-reveal = Nambari ya kitambulisho imeonyeshwa
action-talent-export = Data binafsi imehamishwa
action-talent-export-list = Orodha imehamishwa
action-talent-erase = Data binafsi imefutwa
action-talent-import = Vipaji vimeingizwa
action-user-create = Mtumiaji ameundwa
action-token-create = Tokeni ya API imeundwa
action-session-login = Ameingia
action-session-logout_everywhere = Ametoka kwenye vifaa vyote
action-enterprise-create = Kampuni imesajiliwa
action-demo-seed = Data ya majaribio imeundwa

## Vocabularies
gender-female = Mwanamke
gender-male = Mwanamume
education-secondary = Shule ya sekondari
education-associate = Stashahada
education-bachelor = Shahada ya kwanza
education-master = Shahada ya uzamili
education-doctorate = Shahada ya uzamivu
title-none = Hakuna
title-junior = Ngazi ya awali
title-intermediate = Ngazi ya kati
title-deputy_senior = Ngazi ya juu (msaidizi)
title-full_senior = Ngazi ya juu kamili
skill-none = Hakuna
skill-elementary = Mfanyakazi wa ngazi ya awali (daraja la 5)
skill-intermediate = Mfanyakazi wa ngazi ya kati (daraja la 4)
skill-advanced = Mfanyakazi wa ngazi ya juu (daraja la 3)
skill-technician = Fundi sanifu (daraja la 2)
skill-senior_technician = Fundi sanifu mwandamizi (daraja la 1)
field-biomedicine = Biomedisini
field-robotics = Roboti
field-integrated_circuits = Saketi jumuishi
field-new_energy = Nishati mpya
field-new_materials = Nyenzo mpya
field-information_technology = Teknolojia ya habari
field-advanced_manufacturing = Uzalishaji wa kisasa viwandani
field-modern_agriculture = Kilimo cha kisasa
field-logistics = Usafirishaji na ugavi
field-finance = Fedha
field-education = Elimu
field-healthcare = Huduma za afya
level-province = Mkoa
level-city = Jiji
level-district = Wilaya
level-county = Kaunti
level-town = Mji

## Errors
err-title = Kuna hitilafu
err-internal = Hitilafu imetokea upande wetu. Tafadhali jaribu tena; ikiendelea kutokea, mjulishe msimamizi.
err-invalid-input = Baadhi ya thamani zinahitaji kurekebishwa.
err-not-found = Ukurasa au rekodi hii haipo, au huruhusiwi kuiona.
err-forbidden = Huruhusiwi kufanya hivi.
err-unauthenticated = Tafadhali ingia kwanza.
err-throttled = Majaribio mengi mno yameshindwa. Subiri dakika 15 kisha ujaribu tena.
err-stale-version = Mtu mwingine amebadilisha rekodi hii wakati huo huo. Ipakie upya kisha ufanye badiliko lako tena.
err-csrf-invalid = Muda wa fomu umekwisha. Pakia ukurasa upya kisha ujaribu tena.
err-talent-erased = Data ya mtu huyu imefutwa.
err-import-already-committed = Faili hii tayari imeingizwa.
err-required = Sehemu hii inahitajika.
err-too-long = Hii ni ndefu mno.
err-unknown-value = Hii si mojawapo ya thamani zinazoruhusiwa.
err-name-characters = Majina hayawezi kuwa na < > " \ { "{" } wala { "}" }.
err-date-invalid = Si tarehe sahihi; iandike kama YYYY-MM-DD.
err-birth-date-range = Tarehe ya kuzaliwa lazima iwe ya zamani na itoe umri kati ya miaka 14 na 110.
err-identity-format = Nambari ya kitambulisho ina tarakimu 17 zikifuatwa na tarakimu moja au X.
err-identity-checksum = Herufi ya mwisho ya nambari hii ya kitambulisho hailingani na nyingine; angalia kama kuna kosa la kuandika.
err-identity-birth-mismatch = Nambari ya kitambulisho haina tarehe hii ya kuzaliwa.
err-identity-duplicate = Kipaji chenye nambari hii ya kitambulisho tayari kimo kwenye sajili.
err-identity-duplicate-in-file = Nambari hii ya kitambulisho imeshatokea mapema kwenye faili.
err-employer-unknown = Hakuna kampuni iliyosajiliwa kwa jina hili; isajili kwanza au acha sehemu hii wazi.
err-enterprise-duplicate = Kampuni yenye jina hili tayari imesajiliwa.
err-jurisdiction-unknown = Hakuna eneo la mamlaka lenye msimbo au jina hili.
err-jurisdiction-forbidden = Huruhusiwi kufanya kazi katika eneo hili la mamlaka.
err-email-invalid = Si anwani sahihi ya barua pepe.
err-phone-invalid = Nambari ya simu ina tarakimu 5 hadi 20 na inaweza kuwa na + - ( ) na nafasi.
err-count-invalid = Andika namba kamili kuanzia 0 hadi 100000.
err-username-invalid = Tumia herufi, tarakimu, nukta, vistari na mistari ya chini (zisizozidi 64).
err-username-taken = Jina hili la mtumiaji tayari linatumika.
err-password-too-short = Nenosiri lazima liwe na angalau herufi 12.
err-scope-unknown = Wigo usiojulikana.
err-confirm-required = Weka alama kwenye kisanduku ili kuthibitisha.
err-file-empty = Faili haina safu mlalo za data.
err-file-encoding = Faili si maandishi ya UTF-8 wala GB18030; ihifadhi tena kama CSV UTF-8 au XLSX.
err-file-unreadable = Faili haiwezi kusomwa kama CSV au XLSX.
err-file-too-large = Faili ni kubwa mno (isizidi MB 256).
err-header-unknown = Safu mlalo ya kwanza ina jina la safu wima lisilojulikana.
err-header-duplicate = Safu mlalo ya kwanza inataja safu wima moja mara mbili.
err-header-missing = Safu wima inayohitajika haipo kwenye safu mlalo ya kwanza.
err-row-too-many-cells = Safu mlalo hii ina visanduku vingi kuliko majina ya safu wima yaliyo kwenye safu mlalo ya kwanza.
err-import-rejected = Faili ina matatizo; hakuna kilichoingizwa.
