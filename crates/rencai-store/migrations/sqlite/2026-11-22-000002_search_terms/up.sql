-- Name search: Chinese characters and character pairs, and Latin words, of each name
-- (rencai_domain::talent::search_terms). A substring LIKE cannot use an index; these can.
-- WITHOUT ROWID: the key is the table, one B-tree to write per term on bulk imports.
CREATE TABLE talent_search_terms (
    term TEXT NOT NULL,
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    PRIMARY KEY (term, talent_id)
) WITHOUT ROWID;
