-- The log's filters (GET /v1/decisions, the audit export) find a page's seqs from indexes alone:
-- every filter column of an entry next to its seq, so that testing a candidate never reads the
-- entry's row (~7 KB of request and answer). See DecisionLog.list in src/storage/log.ts.
CREATE INDEX IF NOT EXISTS decisions_filter ON decisions (seq, verdict, team, repo, requester, created_at);
