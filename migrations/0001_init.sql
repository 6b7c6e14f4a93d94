-- The decision log: append-only. Rows are only ever inserted; triggers refuse UPDATE and DELETE.
CREATE TABLE IF NOT EXISTS decisions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  request_id TEXT NOT NULL,
  requester TEXT NOT NULL,
  idempotency_key TEXT,
  request_hash TEXT NOT NULL,
  verdict TEXT NOT NULL,
  licence_id TEXT NOT NULL,
  licence_revision TEXT NOT NULL,
  ruleset_revision TEXT NOT NULL,
  team TEXT,
  repo TEXT,
  title TEXT NOT NULL,
  launch_date TEXT NOT NULL,
  request TEXT NOT NULL,
  answer TEXT NOT NULL,
  masked TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  entry_hash TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS decisions_id ON decisions (id);
CREATE UNIQUE INDEX IF NOT EXISTS decisions_idem ON decisions (requester, idempotency_key);
CREATE INDEX IF NOT EXISTS decisions_created ON decisions (created_at, seq);
CREATE INDEX IF NOT EXISTS decisions_verdict ON decisions (verdict, seq);
CREATE INDEX IF NOT EXISTS decisions_team ON decisions (team, seq);
CREATE INDEX IF NOT EXISTS decisions_repo ON decisions (repo, seq);
CREATE INDEX IF NOT EXISTS decisions_requester ON decisions (requester, seq);

CREATE TABLE IF NOT EXISTS decision_tags (
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (kind, code, seq)
);

CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
BEGIN
  SELECT RAISE(ABORT, 'decisions is append-only');
END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
BEGIN
  SELECT RAISE(ABORT, 'decisions is append-only');
END;
CREATE TRIGGER IF NOT EXISTS decision_tags_no_update BEFORE UPDATE ON decision_tags
BEGIN
  SELECT RAISE(ABORT, 'decision_tags is append-only');
END;
CREATE TRIGGER IF NOT EXISTS decision_tags_no_delete BEFORE DELETE ON decision_tags
BEGIN
  SELECT RAISE(ABORT, 'decision_tags is append-only');
END;
