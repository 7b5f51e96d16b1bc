-- A cardholder's request for a service that is fulfilled rather than scanned (a school
-- place, a housing subsidy). The request itself is an application of kind
-- `service-request` and goes through the review engine; this row holds what only a
-- service request has: the card, the service, the provider asked, when the current step
-- is due (kept even after escalation, for the late report), and the holder's rating.
CREATE TABLE service_requests (
    application_id BIGINT PRIMARY KEY REFERENCES applications(id),
    card_id BIGINT NOT NULL REFERENCES cards(id),
    service_code TEXT NOT NULL,
    provider_id BIGINT NOT NULL REFERENCES providers(id),
    due_at BIGINT,
    closed_at BIGINT,
    was_late BOOLEAN NOT NULL DEFAULT FALSE,
    rating BIGINT,
    rating_note TEXT,
    rated_at BIGINT
);
CREATE INDEX service_requests_provider ON service_requests (provider_id, closed_at);
CREATE INDEX service_requests_card ON service_requests (card_id);
