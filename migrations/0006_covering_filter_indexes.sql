-- The log's equality filters (verdict, team, repo, requester) each drive a page's search from their
-- own index, newest first. With (column, seq) alone, every other filter of the page was tested on a
-- second index, one B-tree probe per candidate (~3 µs at a million entries): a page of a sparse
-- combination (verdict + team + a small repo: a few matches among 8,000 candidates) cost tens of
-- milliseconds. Each of these indexes now also carries the other filter columns, so a candidate is
-- tested in the index it was found in. Same names, wider: the narrow ones are replaced, not kept
-- beside (no extra index to write per decision). See DecisionLog.list in src/storage/log.ts.
-- Each CREATE reads the table once (minutes on a multi-GB log); the steps are idempotent if interrupted.
DROP INDEX IF EXISTS decisions_verdict;
CREATE INDEX decisions_verdict ON decisions (verdict, seq, team, repo, requester, created_at);
DROP INDEX IF EXISTS decisions_team;
CREATE INDEX decisions_team ON decisions (team, seq, verdict, repo, requester, created_at);
DROP INDEX IF EXISTS decisions_repo;
CREATE INDEX decisions_repo ON decisions (repo, seq, verdict, team, requester, created_at);
DROP INDEX IF EXISTS decisions_requester;
CREATE INDEX decisions_requester ON decisions (requester, seq, verdict, team, repo, created_at);
