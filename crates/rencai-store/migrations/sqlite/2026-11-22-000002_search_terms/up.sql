-- Name search: Chinese characters and character pairs, and Latin words, of each name
-- (rencai_domain::talent::search_terms). A substring LIKE cannot use an index; these can.
-- WITHOUT ROWID: the key is the table, one B-tree to write per term on bulk imports.
CREATE TABLE talent_search_terms (
    term TEXT NOT NULL,
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    PRIMARY KEY (term, talent_id)
) WITHOUT ROWID;

-- Bulk imports leave their rows unindexed and a background indexer catches up; until
-- then the search also scans these rows (found through the partial index), so results
-- never depend on the indexer, only speed does.
ALTER TABLE talents ADD COLUMN search_indexed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX talents_search_pending ON talents (id) WHERE search_indexed = FALSE;
