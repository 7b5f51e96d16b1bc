nav-services = Mga serbisyo ng kard
services-title = Mga serbisyo ng kard ng talento
services-none = Wala pang katalogo ng serbisyo na umiiral dito.
services-inherited = Ang mga serbisyong ito ay itinakda ng { $owner }.
services-edit = I-edit ang katalogo ng serbisyo
services-edit-title = I-edit ang katalogo ng serbisyo
services-tiers = Mga antas
services-quota = Kota
services-quota-year = { $times } bawat taon
services-quota-month = { $times } bawat buwan
services-quota-lifetime = { $times } sa kabuuan
services-turnaround-label = Ipinangakong tugon
services-turnaround = { $days ->
    [one] { $days } araw ng trabaho
   *[other] { $days } na araw ng trabaho
}
services-providers = Mga tagapagbigay ng serbisyo
services-source-label = Katalogo (JSON)
services-source-hint = Mga larangan at serbisyo, bawat pangalan sa lahat ng anim na wika; ang mga antas ay mga code ng umiiral na katalogo ng antas; ang kota ay isinusulat na {"{"} "times": 1, "per": "year" {"}"} (year, month o lifetime) o null kung walang limitasyon.
services-save = I-save ang katalogo
