# What-if runs of a draft catalogue
whatif-title = What-if: the draft catalogue of { $jurisdiction }
whatif-progress-label = Progress
whatif-running = Evaluating…
whatif-failed = The run stopped because of an error; start it again.
whatif-progress = { $processed } of { $total } talents evaluated
whatif-tally-title = Tiers now and under the draft
whatif-summary = { $talents } talents evaluated: { $up } would move up, { $down } down, { $entered } into a tier and { $out } out of every tier.
whatif-errors = { $count ->
    [one] A rule of the draft failed for { $formatted } talent; it counts as not met. Filter by “Rule failed” to see who.
   *[other] A rule of the draft failed for { $formatted } talents; it counts as not met. Filter by “Rule failed” to see who.
}
whatif-col-tier = Tier
whatif-col-before = Now
whatif-col-after = Under the draft
whatif-col-stay = Stay
whatif-col-up = Up from below
whatif-col-down = Down from above
whatif-col-in = New in tier
whatif-col-out = Leave all tiers
whatif-col-moved = Move to another tier
whatif-export = Download the list (CSV)
whatif-changes-title = Talents who would move
whatif-filter-movement = Filter by movement
whatif-filter-tier = Filter by tier
whatif-filter-all = All
whatif-filter-all-tiers = All tiers
whatif-listed = { $count ->
    [one] { $formatted } talent listed
   *[other] { $formatted } talents listed
}
whatif-col-talent = Talent
whatif-col-jurisdiction = Jurisdiction
whatif-col-from = Tier now
whatif-col-to = Tier under the draft
whatif-col-movement = Movement
whatif-col-criterion = Deciding criterion
whatif-col-error = Rule failure
whatif-movement-up = Up
whatif-movement-down = Down
whatif-movement-in = Into a tier
whatif-movement-out = Out of every tier
whatif-movement-same = Unchanged
whatif-movement-error = Rule failed
err-whatif-no-draft = This jurisdiction has no draft catalogue to evaluate.
err-whatif-catalogue-unreadable = The stored catalogue cannot be read.
action-whatif-start = What-if run started
action-whatif-export = What-if list exported
