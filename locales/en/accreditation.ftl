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
