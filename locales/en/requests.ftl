# Service requests: a cardholder asks a provider for a service that is fulfilled
# rather than scanned; the provider accepts, asks for more, fulfils or refuses.

nav-requests = Service requests
request-new = Request
request-list-mine = My service requests
requests-title = Service requests
requests-tabs = Which requests
requests-tab-mine = My requests
requests-tab-provider = To my organisation
requests-tab-review = In my jurisdiction
requests-count = { $count ->
    [one] One request
   *[other] { $formatted } requests
}
requests-none = No service requests here yet.
request-provider = Provider
request-rating = Rating
request-late = Late
request-late-yes = A step ran past its promised time
request-rating-of = { $stars ->
    [one] 1 star of 5
   *[other] { $stars } stars of 5
}
request-rating-average = { $average } on average ({ $count } rated)
request-new-title = Request a service
request-documents = Documents to attach
request-no-provider = No provider in your province offers this service yet.
request-statement = What you need
request-statement-hint = For example, the child's grade and the district you live in. Up to 4,000 characters.
request-create = Create request
request-back-card = Back to my card
requests-late-title = Late service requests
requests-late-hint = Providers and services with requests that ran past their promised time, the most late first.
requests-late-none = No request is late.
requests-late-open = Open and late
requests-late-closed = Closed late
requests-total = All requests
requests-back = Back to service requests
request-do-accept = Accept
request-do-fulfil = Mark fulfilled
request-do-refuse = Refuse
request-rate-title = How was the service?
request-rating-note = Comment (optional)
request-rate = Send rating

application-kind-service-request = Service request
review-step-provider-acceptance = Provider accepts
review-step-provider-fulfilment = Provider fulfils
review-panel-provider = Provider staff
review-role-provider = Provider

err-card-none = You hold no talent card; services are requested with the card an accreditation issues.
err-rating-range = Choose from 1 to 5 stars.
err-request-already-rated = This request has already been rated.
err-request-not-fulfilled = A request can be rated once the provider has fulfilled it.
err-request-open = You already have a request for this service under way; follow or withdraw that one first.
err-service-redeemed-at-point = This service is not requested: show your card at a service point instead.

action-service-request-create = Service requested
action-service-request-fulfil = Service request fulfilled
action-service-request-rate = Service request rated

mail-request-info-subject = { $provider } needs more for your request: { $service }
mail-request-info-body = Dear { $name }, { $provider } asks for more before it can go on with your request for { $service }: { $note } Add it to the request in rencai and send it back.
mail-request-fulfilled-subject = Done: { $service }
mail-request-fulfilled-body = Dear { $name }, { $provider } has fulfilled your request for { $service }. { $note } You can rate the service in rencai.
mail-request-refused-subject = Not granted: { $service }
mail-request-refused-body = Dear { $name }, { $provider } has refused your request for { $service }. Reason: { $note } You may appeal once in rencai.
