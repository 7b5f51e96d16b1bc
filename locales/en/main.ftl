## Formats (translators own these patterns)
fmt-date = { $year }-{ $month }-{ $day }
fmt-group-separator = ,

## Chrome
app-tagline = talent services
skip-to-content = Skip to content
nav-label = Main
nav-talents = Talents
nav-import = Import
nav-users = Users
nav-audit = Audit log
language-label = Language
language-switch = Switch
logout = Log out
logout-everywhere = Log out on every device
footer-text = rencai — an open-source talent service platform
back-home = Back to the start page

## Login
login-title = Log in
login-username = Username
login-password = Password
login-submit = Log in
login-failed = The username or password is wrong.

## Talents
talents-title = Talents
talents-add = Add a talent
talents-search = Name (Chinese or Latin script)
talents-filter = Filter
talents-count = { $count ->
    [one] One talent
   *[other] { $formatted } talents
}
talents-count-capped = More than { $formatted } talents
talents-export-csv = Export CSV
talents-export-xlsx = Export XLSX
filter-any = Any
pager-label = Pages
pager-prev = Previous
pager-next = Next
talent-new-title = New talent
talent-edit-title = Edit talent
talent-edit = Edit
talent-name = Name
talent-name_latin = Name in Latin script
talent-gender = Gender
talent-birth_date = Date of birth
talent-identity_number = Identity number
talent-identity-keep-hint = Leave empty to keep the stored number.
talent-education = Education
talent-title = Professional title
talent-skill_level = Skill level
talent-field = Field
talent-employer = Employer
talent-jurisdiction = Jurisdiction
talent-email = Email
talent-phone = Phone
talent-honours = Honours
talent-patents = Patents
talent-papers = Papers
talent-updated = Last changed
talent-reveal = Reveal
talent-revealed-note = This reveal has been recorded in the audit log.
talent-moves = Location history
talent-from-outside = Outside the registry
talent-history = Change history
talent-personal-data = Personal data
talent-download-data = Download everything held about this person (JSON)
talent-erase = Erase personal data
talent-erase-confirm = I confirm this person asked to be erased; this cannot be undone.
talent-erased = Erased
move-date = Date
move-from = From
move-to = To
form-save = Save
form-cancel = Cancel
form-error-summary = { $count ->
    [one] One field needs fixing.
   *[other] { $formatted } fields need fixing.
}

## Import
import-title = Import talents
import-help = Upload a CSV (UTF-8 or GB18030, as Excel saves it) or XLSX file whose first row names the columns. Nothing is written until the whole file is valid and you confirm it.
import-file = File
import-preview = Check the file
import-preview-title = Preview
import-row = Row
import-column = Column
import-reason = Problem
import-problems = { $count ->
    [one] One problem must be fixed before anything can be imported.
   *[other] { $formatted } problems must be fixed before anything can be imported.
}
import-ready = { $count ->
    [one] One row is valid and ready to import.
   *[other] { $formatted } rows are valid and ready to import.
}
import-confirm = Import now
import-done = { $count ->
    [one] One talent was imported.
   *[other] { $formatted } talents were imported.
}

## Users
users-title = Users
users-new = New user
users-create = Create user
user-username = Username
user-display_name = Display name
user-password = Password
user-password-hint = At least 12 characters.
user-role = Role
user-jurisdiction = Jurisdiction
user-grants = Roles
role-talent = Talent
role-enterprise_admin = Enterprise administrator
role-officer = Officer
role-expert = Expert
role-provider = Service provider
role-admin = Administrator

## Audit
audit-title = Audit log
audit-count = { $count ->
    [one] One entry
   *[other] { $formatted } entries
}
audit-at = When
audit-actor = Who
audit-action = What
audit-subject = Subject
audit-details = Details
audit-hash = Hash
action-talent-create = Talent added
action-talent-update = Talent changed
action-talent-identity-reveal = Identity number revealed
action-talent-export = Personal data exported
action-talent-export-list = List exported
action-talent-erase = Personal data erased
action-talent-import = Talents imported
action-user-create = User created
action-token-create = API token created
action-session-login = Logged in
action-session-logout_everywhere = Logged out everywhere
action-enterprise-create = Enterprise registered
action-demo-seed = Demo data created

## Vocabularies
gender-female = Female
gender-male = Male
education-secondary = Secondary school
education-associate = Associate degree
education-bachelor = Bachelor's degree
education-master = Master's degree
education-doctorate = Doctorate
title-none = None
title-junior = Junior
title-intermediate = Intermediate
title-deputy_senior = Deputy senior
title-full_senior = Full senior
skill-none = None
skill-elementary = Elementary worker (grade 5)
skill-intermediate = Intermediate worker (grade 4)
skill-advanced = Advanced worker (grade 3)
skill-technician = Technician (grade 2)
skill-senior_technician = Senior technician (grade 1)
field-biomedicine = Biomedicine
field-robotics = Robotics
field-integrated_circuits = Integrated circuits
field-new_energy = New energy
field-new_materials = New materials
field-information_technology = Information technology
field-advanced_manufacturing = Advanced manufacturing
field-modern_agriculture = Modern agriculture
field-logistics = Logistics
field-finance = Finance
field-education = Education
field-healthcare = Healthcare
level-province = Province
level-city = City
level-district = District
level-county = County
level-town = Town

## Errors
err-title = Something went wrong
err-internal = Something went wrong on our side. Please try again; if it keeps happening, tell the administrator.
err-invalid-input = Some values need fixing.
err-not-found = This page or record does not exist, or you may not see it.
err-forbidden = You are not allowed to do this.
err-unauthenticated = Please log in first.
err-throttled = Too many failed attempts. Wait 15 minutes and try again.
err-stale-version = Someone else changed this record meanwhile. Reload it and apply your change again.
err-csrf-invalid = The form has expired. Reload the page and try again.
err-talent-erased = This person's data has been erased.
err-import-already-committed = This file has already been imported.
err-required = This is required.
err-too-long = This is too long.
err-unknown-value = This is not one of the allowed values.
err-name-characters = Names cannot contain < > " \ { "{" } or { "}" }.
err-date-invalid = Not a valid date; write it as YYYY-MM-DD.
err-birth-date-range = The date of birth must be in the past and give an age between 14 and 110.
err-identity-format = An identity number has 17 digits followed by a digit or X.
err-identity-checksum = The last character of this identity number does not match the others; check for a typing error.
err-identity-birth-mismatch = The identity number does not contain this date of birth.
err-identity-duplicate = A talent with this identity number is already in the registry.
err-identity-duplicate-in-file = This identity number appears earlier in the file.
err-employer-unknown = No enterprise of this name is registered; register it first or leave the field empty.
err-enterprise-duplicate = An enterprise with this name is already registered.
err-jurisdiction-unknown = No jurisdiction has this code or name.
err-jurisdiction-forbidden = You may not work in this jurisdiction.
err-email-invalid = Not a valid email address.
err-phone-invalid = A phone number has 5 to 20 digits and may contain + - ( ) and spaces.
err-count-invalid = Write a whole number from 0 to 100000.
err-username-invalid = Use letters, digits, dots, hyphens and underscores (at most 64).
err-username-taken = This username is taken.
err-password-too-short = The password must have at least 12 characters.
err-scope-unknown = Unknown scope.
err-confirm-required = Tick the box to confirm.
err-file-empty = The file has no data rows.
err-file-encoding = The file is neither UTF-8 nor GB18030 text; save it again as CSV UTF-8 or XLSX.
err-file-unreadable = The file cannot be read as CSV or XLSX.
err-file-too-large = The file is too large (at most 256 MB).
err-header-unknown = The first row has a column name that is not known.
err-header-duplicate = The first row names a column twice.
err-header-missing = A required column is missing from the first row.
err-row-too-many-cells = This row has more cells than the first row has column names.
err-import-rejected = The file has problems; nothing was imported.
