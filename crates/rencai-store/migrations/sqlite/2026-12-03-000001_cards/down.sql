DROP TABLE redemptions;
ALTER TABLE users DROP COLUMN provider_id;
DROP TABLE provider_services;
DROP TABLE providers;
DROP TABLE service_catalogues;
DROP TABLE cards;
DROP TABLE card_keys;
