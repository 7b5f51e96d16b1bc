nav-services = Huduma za kadi
services-title = Huduma za kadi ya kipaji
services-none = Bado hakuna orodha ya huduma inayotumika hapa.
services-inherited = Huduma hizi zimewekwa na { $owner }.
services-edit = Hariri orodha ya huduma
services-edit-title = Hariri orodha ya huduma
services-tiers = Ngazi
services-quota = Kikomo
services-quota-year = Mara { $times } kwa mwaka
services-quota-month = Mara { $times } kwa mwezi
services-quota-lifetime = Mara { $times } kwa jumla
services-turnaround-label = Muda wa jibu ulioahidiwa
services-turnaround = { $days ->
    [one] Siku { $days } ya kazi
   *[other] Siku { $days } za kazi
}
services-providers = Watoa huduma
services-source-label = Orodha (JSON)
services-source-hint = Maeneo na huduma, kila jina kwa lugha zote sita; ngazi ni misimbo ya orodha ya ngazi inayotumika; kikomo huandikwa {"{"} "times": 1, "per": "year" {"}"} (year, month au lifetime) au null kwa bila kikomo.
services-save = Hifadhi orodha
