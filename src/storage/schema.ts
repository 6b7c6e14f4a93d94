import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The decision log: append-only, one row a decision, chained by hash. `migrations/0001_init.sql` is
 * the SQL of this schema plus the triggers that refuse UPDATE and DELETE; keep the two in step (a
 * test compares them).
 */
export const decisions = sqliteTable(
  'decisions',
  {
    /** Gap-free sequence number, 1, 2, 3, …: the chain's order. */
    seq: integer('seq').primaryKey(),
    id: text('id').notNull(),
    createdAt: text('created_at').notNull(),
    requestId: text('request_id').notNull(),
    requester: text('requester').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash').notNull(),
    verdict: text('verdict').notNull(),
    licenceId: text('licence_id').notNull(),
    licenceRevision: text('licence_revision').notNull(),
    rulesetRevision: text('ruleset_revision').notNull(),
    team: text('team'),
    repo: text('repo'),
    title: text('title').notNull(),
    launchDate: text('launch_date').notNull(),
    /** The request body as answered (after masking, when configured). */
    request: text('request').notNull(),
    /** The full answer, as sent. */
    answer: text('answer').notNull(),
    /** JSON array of the request paths masked before storing. */
    masked: text('masked').notNull(),
    prevHash: text('prev_hash').notNull(),
    entryHash: text('entry_hash').notNull(),
  },
  (t) => [
    uniqueIndex('decisions_id').on(t.id),
    uniqueIndex('decisions_idem').on(t.requester, t.idempotencyKey),
    index('decisions_created').on(t.createdAt, t.seq),
    // migrations/0006_covering_filter_indexes.sql: each equality filter's index also carries the
    // other filter columns, so a page driven by it tests them without another look-up.
    index('decisions_verdict').on(t.verdict, t.seq, t.team, t.repo, t.requester, t.createdAt),
    index('decisions_team').on(t.team, t.seq, t.verdict, t.repo, t.requester, t.createdAt),
    index('decisions_repo').on(t.repo, t.seq, t.verdict, t.team, t.requester, t.createdAt),
    index('decisions_requester').on(t.requester, t.seq, t.verdict, t.team, t.repo, t.createdAt),
    // migrations/0005_list_indexes.sql: the filter columns by seq, so a filter is tested without reading the row.
    index('decisions_filter').on(t.seq, t.verdict, t.team, t.repo, t.requester, t.createdAt),
  ],
);

/** One row per (decision, category or approval): what the log's category/approval filters use. */
export const decisionTags = sqliteTable(
  'decision_tags',
  {
    kind: text('kind').notNull(), // 'category' | 'approval'
    code: text('code').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code, t.seq] })],
);

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;

/**
 * Signed checkpoints of the log (`migrations/0002_checkpoints.sql`): append-only. Each commits to
 * the first `tree_size` entries by their Merkle root and to the head entry's hash, signed Ed25519.
 */
export const checkpoints = sqliteTable(
  'checkpoints',
  {
    id: integer('id').primaryKey(),
    treeSize: integer('tree_size').notNull(),
    rootHash: text('root_hash').notNull(),
    headSeq: integer('head_seq').notNull(),
    headHash: text('head_hash').notNull(),
    createdAt: text('created_at').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [index('checkpoints_tree_size').on(t.treeSize)],
);

/** Cache of complete subtree hashes (level 8 and up) of the log's Merkle tree: append-only. */
export const merkleNodes = sqliteTable(
  'merkle_nodes',
  {
    level: integer('level').notNull(),
    idx: integer('idx').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);

export type CheckpointRow = typeof checkpoints.$inferSelect;

/**
 * API keys created through the admin API (`migrations/0003_api_keys.sql`): the token's SHA-256,
 * never the token. Revocation sets `revoked_at` once; triggers refuse deletes and other updates.
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    role: text('role').notNull(),
    team: text('team'),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    revokedAt: text('revoked_at'),
    revokedBy: text('revoked_by'),
  },
  (t) => [uniqueIndex('api_keys_token_hash').on(t.tokenHash)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/**
 * Licences as data (`migrations/0004_licences.sql`): one row per revision of a licence, append-only.
 * The current revision of a licence is its row with the highest `number`.
 */
export const licenceRevisions = sqliteTable(
  'licence_revisions',
  {
    seq: integer('seq').primaryKey(),
    licenceId: text('licence_id').notNull(),
    /** 1, 2, 3, … per licence. */
    number: integer('number').notNull(),
    /** `sha256:<hex>` of the canonical JSON of the licence (pinLicence). */
    revision: text('revision').notNull(),
    holder: text('holder').notNull(),
    /** The holder's name compatibility-normalised (full-width brackets → half-width), no spaces. */
    holderKey: text('holder_key').notNull(),
    issued: text('issued').notNull(),
    validUntil: text('valid_until').notNull(),
    /** Canonical JSON of the licence, without its revision. */
    body: text('body').notNull(),
    /** 'seed' or 'api'. */
    source: text('source').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('licence_revisions_number').on(t.licenceId, t.number),
    index('licence_revisions_revision').on(t.licenceId, t.revision),
    index('licence_revisions_holder').on(t.holderKey, t.licenceId),
  ],
);

export type LicenceRevisionRow = typeof licenceRevisions.$inferSelect;
