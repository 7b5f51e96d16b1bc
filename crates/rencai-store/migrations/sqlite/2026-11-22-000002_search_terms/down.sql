DROP INDEX talents_search_pending;
ALTER TABLE talents DROP COLUMN search_indexed;
DROP TABLE talent_search_terms;
