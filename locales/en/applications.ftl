# Accreditation pages: eligibility, applications and their review, accreditations.

nav-accreditation = Accreditation
nav-applications = Applications

accreditation-title = My accreditation
accreditation-eligible-now = Tiers you meet now
accreditation-check-apply = Check eligibility and apply
accreditation-check-talent = Check the eligibility of { $name }
accreditation-no-talent = This account is not linked to a talent record. Ask the talent office to link it.
accreditation-employees = Our employees
accreditation-employees-none = No employees of this enterprise are registered.
accreditation-employees-more = Only the first 100 employees are listed.
accreditation-eligibility = Eligibility
accreditation-eligibility-link = Accreditation eligibility
accreditation-other-intro = Accreditation is applied for from a talent's page in the registry; the applications you review are under Applications.
accreditation-held = Accreditations
accreditation-held-none = No accreditations yet.
accreditation-number = Certificate number
accreditation-number-title = Accreditation { $number }
accreditation-status = Status
accreditation-status-valid = Valid
accreditation-status-expired = Expired
accreditation-status-revoked = Revoked
accreditation-status-renewed = Renewed
accreditation-catalogue-version = Catalogue version
accreditation-issued = Issued on
accreditation-expires = Valid until
accreditation-revoked-on = Revoked on
accreditation-application = Application
accreditation-download-certificate = Download certificate
accreditation-verify-link = Public verification page
accreditation-evidence = Evidence the decision rested on
accreditation-evidence-hint = The SHA-256 fingerprints of the files as they were when the accreditation was issued.
accreditation-renew-title = Renewal
accreditation-renew-hint = A renewal is a new application for the same tier under the catalogue now in force, reviewed like the first one.
accreditation-renew = Apply for renewal
accreditation-revoke-title = Revocation
accreditation-revoke = Revoke accreditation

eligibility-title = Eligibility of { $name }
eligibility-catalogue = Decided against version { $version } of the tier catalogue of { $place }.
eligibility-intro = The profile meets these criteria, highest tier first. Apply for one, then attach the evidence it asks for.
eligibility-none = The profile meets no criterion of the catalogue in force.
eligibility-criterion = Criterion
eligibility-evidence = Evidence to provide
eligibility-apply = Apply for tier { $tier }: { $criterion }

applications-title = Applications
applications-tabs = Which applications
applications-tab-mine = My applications
applications-tab-review = To review
applications-tab-assigned = Assigned to me
applications-filter = Show
applications-none = No applications.
applications-count = { $count ->
    [one] One application
   *[other] { $formatted } applications
}

application-title = Application #{ $id }
application-number = No.
application-talent = Talent
application-kind = Kind
application-kind-accreditation = First accreditation
application-kind-accreditation-renewal = Renewal
application-kind-accreditation-reevaluation = Re-evaluation
application-tier = Tier
application-criterion = Criterion
application-status = Status
application-step = Step
application-deadline = Due by
application-updated = Last change
application-statement = Statement
application-statement-hint = Optional: what the reviewers should know, in at most 4,000 characters.
application-summary = Summary
application-escalated = Overdue, escalated
application-appealed = Appealed
application-accredited = Accreditation issued:
application-back = Back to the applications
application-steps = Review steps
application-panel = Reviewed by
application-quorum-head = Decides
application-quorum = { $needed } of { $reviewers } must approve
application-turnaround-head = Turnaround
application-turnaround = { $days ->
    [one] one day
   *[other] { $formatted } days
}
application-step-state = State
application-step-done = Done
application-step-current = In progress
application-step-waiting = Waiting
application-due = Due
application-seats = Reviewers
application-seat-n = Seat { $n }
application-evidence = Evidence
application-evidence-none = No evidence attached yet.
application-evidence-file = File
application-evidence-type = Type
application-evidence-size = Size
application-size-kb = { $formatted } KB
application-evidence-remove = Remove
application-evidence-upload-label = Evidence file
application-evidence-hint = A PDF, PNG or JPEG file of at most 10 MB.
application-evidence-upload = Upload
application-act = Decide or respond
application-note-hint = Rejecting, requesting information, appealing and commenting need a text.
application-panel-assign-title = Place an expert on the panel
application-panel-assign = Assign expert
application-trail = Trail
application-trail-none = Nothing has happened yet.
application-role = As

application-field-note = Comment or reason
application-field-file = Evidence file
application-field-criterion = Criterion
application-field-statement = Statement
application-field-reason = Reason
application-field-expert = Expert
application-field-seat = Seat
application-field-action = Action

application-do-submit = Submit for review
application-do-provide-info = Send the requested information
application-do-approve = Approve
application-do-request-info = Request information
application-do-reject = Reject
application-do-appeal = Appeal
application-do-withdraw = Withdraw
application-do-comment = Add comment

status-draft = Draft
status-in-review = In review
status-info-requested = Information requested
status-approved = Approved
status-rejected = Rejected
status-withdrawn = Withdrawn

review-step-city-precheck = City pre-check
review-step-provincial-panel = Provincial expert panel
review-panel-officers = Officers
review-panel-experts = Experts
review-role-applicant = Applicant
review-role-officer = Officer
review-role-expert = Expert
review-role-system = Platform

review-action-submit = Submitted
review-action-approve = Approved
review-action-reject = Rejected
review-action-request-info = Information requested
review-action-provide-info = Information provided
review-action-withdraw = Withdrawn
review-action-appeal = Appealed
review-action-comment = Commented
review-action-escalate = Escalated as overdue

err-evidence-unreadable = The uploaded file could not be read; try uploading it again.
