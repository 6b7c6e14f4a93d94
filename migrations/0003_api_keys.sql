-- API keys created through the admin API (POST /v1/keys). Only the SHA-256 of a token is stored;
-- the token itself is shown once, when the key is created. Keys are never deleted: a revocation
-- sets revoked_at (once), and triggers refuse every other change, so the table keeps who could act
-- when. The decision log is not touched by key management.
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  team TEXT,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_token_hash ON api_keys (token_hash);

CREATE TRIGGER IF NOT EXISTS api_keys_no_delete BEFORE DELETE ON api_keys
BEGIN
  SELECT RAISE(ABORT, 'api_keys are revoked, never deleted');
END;
CREATE TRIGGER IF NOT EXISTS api_keys_revoke_only BEFORE UPDATE ON api_keys
WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL OR NEW.id IS NOT OLD.id
  OR NEW.token_hash IS NOT OLD.token_hash OR NEW.role IS NOT OLD.role OR NEW.team IS NOT OLD.team
  OR NEW.name IS NOT OLD.name OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN
  SELECT RAISE(ABORT, 'api_keys: the only change allowed is revoking a live key');
END;
