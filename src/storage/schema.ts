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
    index('decisions_verdict').on(t.verdict, t.seq),
    index('decisions_team').on(t.team, t.seq),
    index('decisions_repo').on(t.repo, t.seq),
    index('decisions_requester').on(t.requester, t.seq),
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
