# Tier catalogues, accreditation applications and the review engine.

err-catalogue-no-tiers = A catalogue needs at least one tier.
err-tier-code-invalid = The tier code “{ $code }” is not valid; use 1 to 8 capital letters or digits, starting with a letter.
err-tier-duplicate = The tier code “{ $code }” is used twice.
err-name-missing = The name in { $locale } is missing.
err-criterion-code-invalid = The criterion code “{ $code }” is not valid; use lower-case letters, digits and hyphens (at most 64), starting with a letter.
err-criterion-duplicate = The criterion code “{ $code }” is used twice.
err-criterion-unknown-tier = No tier has the code “{ $tier }”.
err-rule-empty = Write the rule: a CEL expression over the talent profile.
err-rule-syntax = The rule cannot be read at line { $line }, column { $column }: { $detail }
err-rule-unknown-variable = The rule uses “{ $name }” at line { $line }, column { $column }, which is not a profile field.
err-rule-unknown-function = The rule calls “{ $name }”, which is not an available function.
err-rule-not-boolean = The rule must give true or false, but for example “{ $example }” it gives a { $type }.
err-rule-runtime = The rule fails for example “{ $example }”: { $detail }
err-policy-test-failed = Example “{ $example }” should give { $expected } but the rule gives { $got }.
err-review-transition = This action is not possible in the application's current state.
err-review-already-voted = You have already decided on this step.
err-review-not-late = This step is not overdue yet.
err-review-already-appealed = This decision has already been appealed once.
err-review-seat-taken = Another reviewer already holds this seat.
err-evidence-duplicate = This file is already attached to the application.
err-application-not-draft = Only a draft application can be changed this way.
err-catalogue-not-draft = Only a draft catalogue can be changed; start a new draft.
err-accreditation-revoked = This accreditation has been revoked.
err-accreditation-renewed = This accreditation has already been renewed.

err-catalogue-none = No tier catalogue has been published for this jurisdiction yet.
err-criterion-not-met = The talent's profile does not meet this criterion; check the eligibility page for the criteria that apply.
err-evidence-empty = The file is empty.
err-evidence-too-large = The file is larger than 10 MB; scan it at a lower resolution or split it.
err-evidence-type = Only PDF, PNG and JPEG files are accepted, and this file is none of them.
err-evidence-disguised = The file's content does not match its name (for example a picture named .pdf); give it the right extension.
err-evidence-required = Attach at least one evidence file before submitting.
err-expert-unknown = No active expert account has this username.

mail-issued-subject = Your accreditation { $number } (tier { $tier })
mail-issued-body = Dear { $name }, you have been accredited in tier { $tier }. Certificate number: { $number }, valid until { $expires }. You can download the certificate in rencai.
mail-expiry-subject = Your accreditation { $number } expires on { $expires }
mail-expiry-body = Dear { $name }, your accreditation { $number } (tier { $tier }) expires on { $expires }. Apply for renewal in rencai before then.
mail-revoked-subject = Your accreditation { $number } has been revoked
mail-revoked-body = Dear { $name }, your accreditation { $number } (tier { $tier }) has been revoked. Reason: { $reason }
