nav-services = Kortydelser
services-title = Talentkortets ydelser
services-none = Der gælder endnu intet ydelseskatalog her.
services-inherited = Disse ydelser er fastsat af { $owner }.
services-edit = Rediger ydelseskataloget
services-edit-title = Rediger ydelseskataloget
services-tiers = Niveauer
services-quota = Kvote
services-quota-year = { $times } om året
services-quota-month = { $times } om måneden
services-quota-lifetime = { $times } i alt
services-turnaround-label = Lovet svartid
services-turnaround = { $days ->
    [one] { $days } arbejdsdag
   *[other] { $days } arbejdsdage
}
services-providers = Tjenesteudbydere
services-source-label = Katalog (JSON)
services-source-hint = Områder og ydelser, hvert navn på alle seks sprog; niveauer er koder fra det gældende niveaukatalog; kvoten skrives {"{"} "times": 1, "per": "year" {"}"} (year, month eller lifetime) eller null for ubegrænset.
services-save = Gem kataloget
