-- A story an editor split or merged is pinned: regrouping keeps it as the editor made it, and two
-- pinned stories never join. Stored so that a restart keeps the editor's decision.
ALTER TABLE stories ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
