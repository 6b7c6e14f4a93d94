-- Signed checkpoints of the decision log and a cache of its Merkle tree. Both append-only: rows are
-- only ever inserted; triggers refuse UPDATE and DELETE.
CREATE TABLE IF NOT EXISTS checkpoints (
  id INTEGER PRIMARY KEY,
  tree_size INTEGER NOT NULL,
  root_hash TEXT NOT NULL,
  head_seq INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  key_id TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checkpoints_tree_size ON checkpoints (tree_size);

-- Hashes of complete, aligned subtrees of the log's Merkle tree (RFC 9162), level 8 (256 leaves)
-- and up: node (level, idx) covers leaves [idx * 2^level, (idx + 1) * 2^level). Derived from the
-- entries, so a cache: verify never trusts it, proofs are checked against signed roots.
CREATE TABLE IF NOT EXISTS merkle_nodes (
  level INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (level, idx)
);

CREATE TRIGGER IF NOT EXISTS checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN
  SELECT RAISE(ABORT, 'checkpoints is append-only');
END;
CREATE TRIGGER IF NOT EXISTS checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN
  SELECT RAISE(ABORT, 'checkpoints is append-only');
END;
CREATE TRIGGER IF NOT EXISTS merkle_nodes_no_update BEFORE UPDATE ON merkle_nodes
BEGIN
  SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
CREATE TRIGGER IF NOT EXISTS merkle_nodes_no_delete BEFORE DELETE ON merkle_nodes
BEGIN
  SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
