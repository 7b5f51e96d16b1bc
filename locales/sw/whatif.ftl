# Majaribio ya "itakuwaje" ya rasimu ya orodha
whatif-title = Itakuwaje: rasimu ya orodha ya { $jurisdiction }
whatif-progress-label = Maendeleo
whatif-running = Inatathmini…
whatif-failed = Jaribio limesimama kwa sababu ya hitilafu; lianzishe tena.
whatif-progress = Vipaji { $processed } kati ya { $total } vimetathminiwa
whatif-tally-title = Ngazi za sasa na chini ya rasimu
whatif-summary = Vipaji { $talents } vimetathminiwa: { $up } vingepanda, { $down } vingeshuka, { $entered } vingeingia katika ngazi na { $out } vingetoka katika ngazi zote.
whatif-errors = { $count ->
    [one] Kanuni ya rasimu imeshindwa kwa kipaji { $formatted }; inahesabiwa kuwa haijatimizwa. Chuja kwa “Kanuni imeshindwa” kuona ni nani.
   *[other] Kanuni ya rasimu imeshindwa kwa vipaji { $formatted }; inahesabiwa kuwa haijatimizwa. Chuja kwa “Kanuni imeshindwa” kuona ni nani.
}
whatif-col-tier = Ngazi
whatif-col-before = Sasa
whatif-col-after = Chini ya rasimu
whatif-col-stay = Wanabaki
whatif-col-up = Wamepanda kutoka chini
whatif-col-down = Wameshuka kutoka juu
whatif-col-in = Wapya katika ngazi
whatif-col-out = Wanatoka katika ngazi zote
whatif-col-moved = Wanahamia ngazi nyingine
whatif-export = Pakua orodha (CSV)
whatif-changes-title = Vipaji ambavyo vingehama
whatif-filter-movement = Chuja kwa mabadiliko
whatif-filter-tier = Chuja kwa ngazi
whatif-filter-all = Zote
whatif-filter-all-tiers = Ngazi zote
whatif-listed = { $count ->
    [one] Kipaji { $formatted } kimeorodheshwa
   *[other] Vipaji { $formatted } vimeorodheshwa
}
whatif-col-talent = Kipaji
whatif-col-jurisdiction = Eneo la mamlaka
whatif-col-from = Ngazi ya sasa
whatif-col-to = Ngazi chini ya rasimu
whatif-col-movement = Mabadiliko
whatif-col-criterion = Kigezo kilichoamua
whatif-col-error = Hitilafu ya kanuni
whatif-movement-up = Kupanda
whatif-movement-down = Kushuka
whatif-movement-in = Kuingia katika ngazi
whatif-movement-out = Kutoka katika ngazi zote
whatif-movement-same = Hakuna mabadiliko
whatif-movement-error = Kanuni imeshindwa
err-whatif-no-draft = Eneo hili halina rasimu ya orodha ya kutathmini.
err-whatif-catalogue-unreadable = Orodha iliyohifadhiwa haiwezi kusomwa.
action-whatif-start = Jaribio la itakuwaje limeanzishwa
action-whatif-export = Orodha ya itakuwaje imehamishwa
