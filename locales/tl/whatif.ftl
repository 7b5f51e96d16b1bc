# Mga pagsubok na "paano kung" ng isang burador ng katalogo
whatif-title = Paano kung: ang burador ng katalogo ng { $jurisdiction }
whatif-progress-label = Progreso
whatif-running = Sinusuri…
whatif-failed = Huminto ang pagsubok dahil sa isang error; simulan itong muli.
whatif-progress = { $processed } sa { $total } na talento ang nasuri
whatif-tally-title = Mga antas ngayon at sa ilalim ng burador
whatif-summary = { $talents } na talento ang nasuri: { $up } ang aakyat, { $down } ang bababa, { $entered } ang papasok sa isang antas at { $out } ang lalabas sa lahat ng antas.
whatif-errors = { $count ->
    [one] Pumalya ang isang tuntunin ng burador para sa { $formatted } talento; itinuturing itong hindi natugunan. Salain ayon sa “Pumalya ang tuntunin” para makita kung sino.
   *[other] Pumalya ang isang tuntunin ng burador para sa { $formatted } na talento; itinuturing itong hindi natugunan. Salain ayon sa “Pumalya ang tuntunin” para makita kung sino.
}
whatif-col-tier = Antas
whatif-col-before = Ngayon
whatif-col-after = Sa burador
whatif-col-stay = Nananatili
whatif-col-up = Umakyat mula sa ibaba
whatif-col-down = Bumaba mula sa itaas
whatif-col-in = Bago sa antas
whatif-col-out = Lalabas sa lahat ng antas
whatif-col-moved = Lilipat sa ibang antas
whatif-export = I-download ang listahan (CSV)
whatif-changes-title = Mga talentong lilipat
whatif-filter-movement = Salain ayon sa paggalaw
whatif-filter-tier = Salain ayon sa antas
whatif-filter-all = Lahat
whatif-filter-all-tiers = Lahat ng antas
whatif-listed = { $count ->
    [one] { $formatted } talento ang nakalista
   *[other] { $formatted } na talento ang nakalista
}
whatif-col-talent = Talento
whatif-col-jurisdiction = Hurisdiksiyon
whatif-col-from = Antas ngayon
whatif-col-to = Antas sa burador
whatif-col-movement = Paggalaw
whatif-col-criterion = Pamantayang nagpasya
whatif-col-error = Pagpalya ng tuntunin
whatif-movement-up = Pataas
whatif-movement-down = Pababa
whatif-movement-in = Papasok sa isang antas
whatif-movement-out = Palabas sa lahat ng antas
whatif-movement-same = Walang pagbabago
whatif-movement-error = Pumalya ang tuntunin
err-whatif-no-draft = Walang burador ng katalogo na masusuri ang hurisdiksiyong ito.
err-whatif-catalogue-unreadable = Hindi mabasa ang nakaimbak na katalogo.
action-whatif-start = Sinimulan ang pagsubok na paano kung
action-whatif-export = Na-export ang listahan ng paano kung
