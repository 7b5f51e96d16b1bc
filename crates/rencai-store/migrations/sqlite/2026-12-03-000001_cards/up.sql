-- The talent card: signing keys, cards, the service catalogue, providers and
-- redemptions.

-- Ed25519 keys that sign card tokens. The secret is sealed by the vault. A retired key
-- stays published until `not_after`, when the last card it signed has expired.
CREATE TABLE card_keys (
    kid TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    secret BLOB NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT,
    not_after BIGINT
);

-- One card per talent. It follows the talent's accreditation in force; every change
-- of what its token says (tier, expiry, a reissue) bumps the generation, which voids
-- tokens of older generations.
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    talent_id BIGINT NOT NULL UNIQUE REFERENCES talents(id),
    accreditation_id BIGINT NOT NULL REFERENCES accreditations(id),
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    tier_code TEXT NOT NULL,
    generation BIGINT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT,
    holder_check TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX cards_jurisdiction ON cards (jurisdiction_id);
CREATE INDEX cards_status ON cards (status) WHERE status <> 'active';

-- A jurisdiction's service catalogue (rencai_domain::services::ServiceCatalogue as
-- JSON). The nearest catalogue up the tree serves a card.
CREATE TABLE service_catalogues (
    jurisdiction_id BIGINT PRIMARY KEY REFERENCES jurisdictions(id),
    body TEXT NOT NULL,
    revision BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL
);

-- Organisations that deliver services: hospitals, schools, airports…
CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE provider_services (
    provider_id BIGINT NOT NULL REFERENCES providers(id),
    service_code TEXT NOT NULL,
    PRIMARY KEY (provider_id, service_code)
);
ALTER TABLE users ADD COLUMN provider_id BIGINT REFERENCES providers(id);

-- A use of a service by a card. `seq` numbers the uses of one service in one period
-- (1, 2, …): the unique index makes a second "first use" impossible even if two
-- writers ever raced past the quota check. The idempotency key is scoped to the user
-- who sent it.
CREATE TABLE redemptions (
    id INTEGER PRIMARY KEY,
    card_id BIGINT NOT NULL REFERENCES cards(id),
    service_code TEXT NOT NULL,
    period_key TEXT NOT NULL,
    seq BIGINT NOT NULL,
    generation BIGINT NOT NULL,
    provider_id BIGINT REFERENCES providers(id),
    redeemed_by BIGINT NOT NULL REFERENCES users(id),
    idempotency_key TEXT NOT NULL,
    at BIGINT NOT NULL,
    UNIQUE (card_id, service_code, period_key, seq),
    UNIQUE (redeemed_by, idempotency_key)
);
