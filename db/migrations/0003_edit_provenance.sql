-- Schema version 3: provenance of edits. A fact changed in LLM Atlas (by hand, by an import or a merge)
-- records when, and which of its columns, so the app can tell edited facts from the cited ones.
-- edited_at is ISO 8601 UTC ('2026-04-02T10:15:00Z'), NULL for a fact as its source gave it;
-- edited_fields lists the changed columns' keys, comma-separated.

ALTER TABLE model ADD COLUMN edited_at TEXT;
ALTER TABLE model ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE tier_entry ADD COLUMN edited_at TEXT;
ALTER TABLE tier_entry ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE gpu ADD COLUMN edited_at TEXT;
ALTER TABLE gpu ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE api_price ADD COLUMN edited_at TEXT;
ALTER TABLE api_price ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '';
