import type { RawStatement } from './db.js';
import { entryHashOfValues, HASHED_COLUMNS_SORTED } from './hash.js';

/**
 * How a group of decisions is chained onto the log: rows, hashes, the created_at rule and the
 * INSERTs, as one pure function of (head, entries, idempotency keys already logged). Both writers
 * use it: `DecisionLog` in this thread (D1, remote libSQL, tests) and the log's writer thread
 * (log-writer.worker.mjs, which loads this module compiled by esbuild), so an entry is hashed the
 * same way whichever thread wrote it. No drizzle, no driver: only `hash.ts`.
 */

/** The chain's anchor: the previous hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns of `decisions` in table order. */
export const COLUMNS = [
  'seq', 'id', 'created_at', 'request_id', 'requester', 'idempotency_key', 'request_hash', 'verdict',
  'licence_id', 'licence_revision', 'ruleset_revision', 'team', 'repo', 'title', 'launch_date',
  'request', 'answer', 'masked', 'prev_hash', 'entry_hash',
] as const;

const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<(typeof COLUMNS)[number], number>;
/** Where each hashed column (in `HASHED_COLUMNS_SORTED` order) sits in a row in `COLUMNS` order. */
const HASHED_AT = HASHED_COLUMNS_SORTED.map((c) => COL[c as (typeof COLUMNS)[number]]);

/** The chain's head: the last entry's seq, hash and created_at. */
export interface Head {
  seq: number;
  hash: string;
  createdAt: string;
}

/** A decision's scalar columns, as the service gives them and the chain stores them. */
export interface EntryColumns {
  id: string;
  createdAt: string;
  requestId: string;
  requester: string;
  idempotencyKey: string | null;
  requestHash: string;
  verdict: string;
  licenceId: string;
  licenceRevision: string;
  rulesetRevision: string;
  team: string | null;
  repo: string | null;
  title: string;
  launchDate: string;
}

/**
 * One decision as the chain takes it: the columns, with request, answer and masked already JSON
 * text (the answer exactly as the caller sends it). Plain strings only, so it crosses to the writer
 * thread as cheaply as anything can.
 */
export interface ChainEntry extends EntryColumns {
  /** JSON text of the request as stored. */
  request: string;
  /** JSON text of the answer as sent (an object whose last member is created_at, for the created_at rule). */
  answer: string;
  /** JSON text of the masked paths. */
  masked: string;
  tags: { kind: 'category' | 'approval'; code: string }[];
}

/** What became of one entry of a group. */
export type ChainOutcome =
  | {
    kind: 'appended';
    seq: number;
    entryHash: string;
    createdAt: string;
    /** The answer as stored, only when it differs from the one given (its created_at moved: see `chainGroup`). */
    answer?: string;
  }
  /** The entry an idempotency key already names (in the log, or earlier in the same group): its row in `COLUMNS` order. */
  | { kind: 'existing'; row: unknown[] };

/** A group chained onto a head: the rows to insert, each entry's outcome, and the new head. */
export interface ChainedGroup {
  decisionRows: unknown[][];
  tagRows: unknown[][];
  outcomes: ChainOutcome[];
  head: Head | null;
}

/** The key under which an idempotency key is unique: (requester, key). */
export const idemKey = (requester: string, key: string) => requester + '\u0000' + key;

/**
 * The SELECTs (at most `maxParams` bound values each) that find the rows the group's idempotency
 * keys already name, rows in `COLUMNS` order.
 */
export function existingKeyQueries(entries: ChainEntry[], maxParams: number): RawStatement[] {
  const keyed = entries.filter((e) => e.idempotencyKey !== null);
  const per = Math.max(1, Math.floor(maxParams / 2));
  const out: RawStatement[] = [];
  for (let i = 0; i < keyed.length; i += per) {
    const chunk = keyed.slice(i, i + per);
    out.push({
      sql: `SELECT ${COLUMNS.join(', ')} FROM decisions WHERE ${chunk.map(() => '(requester = ? AND idempotency_key = ?)').join(' OR ')}`,
      args: chunk.flatMap((e) => [e.requester, e.idempotencyKey]),
    });
  }
  return out;
}

/** The head as the log stores it. */
export const HEAD_SQL = 'SELECT seq, entry_hash, created_at FROM decisions ORDER BY seq DESC LIMIT 1';

export function headOfRow(r: ArrayLike<unknown> | undefined): Head | null {
  return r ? { seq: Number(r[0]), hash: String(r[1]), createdAt: String(r[2]) } : null;
}

/**
 * Chains `entries` onto `head`, in order. An entry whose idempotency key is in `existing` (rows in
 * `COLUMNS` order, keyed by `idemKey`) or already taken earlier in the group is not written: it
 * gets the row that key names.
 *
 * `created_at` never decreases along the chain: an entry stamped earlier than the entry it chains
 * on takes that entry's time, in the column and in the stored answer alike (the answer's
 * `created_at` member, when it holds the time asked), and its outcome carries the answer as stored.
 *
 * Text columns are hashed exactly as the database will store them (`storable`: a lone surrogate
 * becomes U+FFFD on both drivers); JSON text made by `JSON.stringify` has none.
 */
export function chainGroup(head: Head | null, entries: ChainEntry[], existing: Map<string, unknown[]>): ChainedGroup {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  let prevAt = head?.createdAt ?? '';
  const decisionRows: unknown[][] = [];
  const tagRows: unknown[][] = [];
  const outcomes: ChainOutcome[] = new Array(entries.length);
  const firstOfKey = new Map<string, unknown[]>();
  const hashed: unknown[] = new Array(HASHED_AT.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const k = e.idempotencyKey !== null ? idemKey(e.requester, e.idempotencyKey) : null;
    if (k !== null) {
      const row = existing.get(k) ?? firstOfKey.get(k);
      if (row) {
        outcomes[i] = { kind: 'existing', row };
        continue;
      }
    }
    seq += 1;
    let createdAt = e.createdAt;
    let answer = e.answer;
    let moved = false;
    if (createdAt < prevAt) {
      const stored = answerAt(answer, e.createdAt, prevAt);
      moved = stored !== answer;
      createdAt = prevAt;
      answer = stored;
    }
    const row: unknown[] = [
      seq, storable(e.id), storable(createdAt), storable(e.requestId), storable(e.requester),
      storableOrNull(e.idempotencyKey), storable(e.requestHash), storable(e.verdict), storable(e.licenceId),
      storable(e.licenceRevision), storable(e.rulesetRevision), storableOrNull(e.team), storableOrNull(e.repo),
      storable(e.title), storable(e.launchDate), storable(e.request), storable(answer), storable(e.masked), prev, null,
    ];
    for (let j = 0; j < HASHED_AT.length; j++) hashed[j] = row[HASHED_AT[j]!];
    const hash = entryHashOfValues(hashed);
    if (hash === null) throw new TypeError(`decision ${e.id}: a column has no value`);
    row[COL.entry_hash] = hash;
    prev = hash;
    prevAt = createdAt;
    decisionRows.push(row);
    if (k !== null) firstOfKey.set(k, row);
    const seen = new Set<string>();
    for (const t of e.tags) {
      const tk = t.kind + ':' + t.code;
      if (seen.has(tk)) continue;
      seen.add(tk);
      tagRows.push([t.kind, t.code, seq]);
    }
    outcomes[i] = moved
      ? { kind: 'appended', seq, entryHash: hash, createdAt, answer: answer }
      : { kind: 'appended', seq, entryHash: hash, createdAt };
  }
  return { decisionRows, tagRows, outcomes, head: decisionRows.length ? { seq, hash: prev, createdAt: prevAt } : head };
}

/**
 * The answer text with its `created_at` moved from `asked` to `at`: when the answer is an object
 * whose created_at is `asked` (otherwise it is kept as is). The object's members keep their order,
 * as `{ ...answer, created_at: at }` would: the decision's answer ends with created_at, so that is a
 * change of its last member; anything else is parsed and written again.
 */
export function answerAt(answer: string, asked: string, at: string): string {
  const tail = ',"created_at":' + JSON.stringify(asked) + '}';
  if (answer.endsWith(tail)) return answer.slice(0, answer.length - tail.length) + ',"created_at":' + JSON.stringify(at) + '}';
  let o: unknown;
  try {
    o = JSON.parse(answer);
  } catch {
    return answer;
  }
  if (o && typeof o === 'object' && !Array.isArray(o) && (o as { created_at?: unknown }).created_at === asked) {
    return JSON.stringify({ ...(o as object), created_at: at });
  }
  return answer;
}

/** Multi-row INSERTs of `rows` (each `width` values) within `maxParams` bound parameters a statement. */
export function inserts(head: string, width: number, rows: unknown[][], maxParams: number): RawStatement[] {
  const per = Math.max(1, Math.floor(maxParams / width));
  const tuple = '(' + new Array(width).fill('?').join(', ') + ')';
  const out: RawStatement[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    out.push({ sql: head + ' VALUES ' + chunk.map(() => tuple).join(', '), args: chunk.flat() });
  }
  return out;
}

/** The INSERTs of a chained group. */
export function groupInserts(g: ChainedGroup, maxParams: number): RawStatement[] {
  return [
    ...inserts(`INSERT INTO decisions (${COLUMNS.join(', ')})`, COLUMNS.length, g.decisionRows, maxParams),
    ...inserts('INSERT INTO decision_tags (kind, code, seq)', 3, g.tagRows, maxParams),
  ];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * A text column's value as SQLite will hold it: both drivers store a lone surrogate (not
 * representable in UTF-8) as U+FFFD, so an entry hashed over the original would never verify
 * again (and no checkpoint could be signed after it). The HTTP layer refuses such text already;
 * this keeps the chain verifiable whoever calls `append`.
 */
export function storable(s: string): string {
  return wellFormed(s) ? s : s.replace(LONE_SURROGATES, '\ufffd');
}

/** Whether a string has no lone surrogate (the runtime's `isWellFormed` where it has one: a 7 KB answer in well under a microsecond). */
const wellFormed: (s: string) => boolean = typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
  ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
  : (s) => !LONE_SURROGATE.test(s);

function storableOrNull(s: string | null | undefined): string | null {
  return s === null || s === undefined ? null : storable(s);
}
