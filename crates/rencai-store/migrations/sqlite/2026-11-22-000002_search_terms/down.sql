DROP TABLE talent_search_terms;
