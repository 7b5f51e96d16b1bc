-- What-if detail: the criterion that decided the new tier, and why the draft's rules
-- failed for a talent (a row is kept for such a talent even when its tier is unchanged).
ALTER TABLE whatif_changes ADD COLUMN criterion TEXT;
ALTER TABLE whatif_changes ADD COLUMN error TEXT;
