ALTER TABLE whatif_changes DROP COLUMN error;
ALTER TABLE whatif_changes DROP COLUMN criterion;
