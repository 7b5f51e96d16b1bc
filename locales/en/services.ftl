# The card service catalogue pages.
nav-services = Card services
services-title = Talent card services
services-none = No service catalogue applies here yet.
services-inherited = These services are set by { $owner }.
services-edit = Edit the service catalogue
services-edit-title = Edit the service catalogue
services-tiers = Tiers
services-quota = Quota
services-quota-year = { $times } per year
services-quota-month = { $times } per month
services-quota-lifetime = { $times } in all
services-turnaround-label = Promised answer
services-turnaround = { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}
services-providers = Providers
services-source-label = Catalogue (JSON)
services-source-hint = Areas and services, each name in all six languages; tiers are codes of the tier catalogue in force; quota is {"{"} "times": 1, "per": "year" {"}"} (year, month or lifetime) or null for unlimited.
services-save = Save the catalogue
