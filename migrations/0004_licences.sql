-- Licences as data (issue 5). Every registered content of a licence is one row: a revision, never
-- changed or removed. The current revision of a licence is its row with the highest `number`.
-- `revision` is the sha256 of the licence's canonical JSON (the engine's pinLicence), the value every
-- decision records; `body` is that canonical JSON. Triggers refuse UPDATE and DELETE.
CREATE TABLE IF NOT EXISTS licence_revisions (
  seq INTEGER PRIMARY KEY,
  licence_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  revision TEXT NOT NULL,
  holder TEXT NOT NULL,
  holder_key TEXT NOT NULL,
  issued TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  body TEXT NOT NULL,
  source TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
-- One revision number per licence: concurrent writers of the same licence (or concurrent seeding
-- starts) cannot both take it; the loser re-reads and retries or stops.
CREATE UNIQUE INDEX IF NOT EXISTS licence_revisions_number ON licence_revisions (licence_id, number);
CREATE INDEX IF NOT EXISTS licence_revisions_revision ON licence_revisions (licence_id, revision);
CREATE INDEX IF NOT EXISTS licence_revisions_holder ON licence_revisions (holder_key, licence_id);

CREATE TRIGGER IF NOT EXISTS licence_revisions_no_update BEFORE UPDATE ON licence_revisions
BEGIN
  SELECT RAISE(ABORT, 'licence_revisions is append-only');
END;
CREATE TRIGGER IF NOT EXISTS licence_revisions_no_delete BEFORE DELETE ON licence_revisions
BEGIN
  SELECT RAISE(ABORT, 'licence_revisions is append-only');
END;
