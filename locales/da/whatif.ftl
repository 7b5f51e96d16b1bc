# Hvad nu hvis-kørsler af et katalogudkast
whatif-title = Hvad nu hvis: katalogudkastet for { $jurisdiction }
whatif-progress-label = Fremdrift
whatif-running = Vurderer…
whatif-failed = Kørslen stoppede på grund af en fejl; start den igen.
whatif-progress = { $processed } af { $total } talenter vurderet
whatif-tally-title = Niveauer nu og med udkastet
whatif-summary = { $talents } talenter vurderet: { $up } ville rykke op, { $down } ned, { $entered } ind i et niveau og { $out } ud af alle niveauer.
whatif-errors = { $count ->
    [one] En regel i udkastet fejlede for { $formatted } talent; den tæller som ikke opfyldt. Filtrér på »Regel fejlede« for at se hvem.
   *[other] En regel i udkastet fejlede for { $formatted } talenter; den tæller som ikke opfyldt. Filtrér på »Regel fejlede« for at se hvem.
}
whatif-col-tier = Niveau
whatif-col-before = Nu
whatif-col-after = Med udkastet
whatif-col-stay = Bliver
whatif-col-up = Op nedefra
whatif-col-down = Ned ovenfra
whatif-col-in = Nye i niveauet
whatif-col-out = Forlader alle niveauer
whatif-col-moved = Til et andet niveau
whatif-export = Hent listen (CSV)
whatif-changes-title = Talenter der ville flytte
whatif-filter-movement = Filtrér efter bevægelse
whatif-filter-tier = Filtrér efter niveau
whatif-filter-all = Alle
whatif-filter-all-tiers = Alle niveauer
whatif-listed = { $count ->
    [one] { $formatted } talent vist
   *[other] { $formatted } talenter vist
}
whatif-col-talent = Talent
whatif-col-jurisdiction = Myndighedsområde
whatif-col-from = Niveau nu
whatif-col-to = Niveau med udkastet
whatif-col-movement = Bevægelse
whatif-col-criterion = Afgørende kriterium
whatif-col-error = Regelfejl
whatif-movement-up = Op
whatif-movement-down = Ned
whatif-movement-in = Ind i et niveau
whatif-movement-out = Ud af alle niveauer
whatif-movement-same = Uændret
whatif-movement-error = Regel fejlede
err-whatif-no-draft = Dette myndighedsområde har intet katalogudkast at vurdere.
err-whatif-catalogue-unreadable = Det gemte katalog kan ikke læses.
action-whatif-start = Hvad nu hvis-kørsel startet
action-whatif-export = Hvad nu hvis-liste eksporteret
