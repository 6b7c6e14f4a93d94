import { and, asc, desc, eq, gt, gte, inArray, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { canonicalJson, sha256Hex } from '../engine/canonical.js';
import type { BatchItem, Store } from './db.js';
import { decisionTags, decisions, type DecisionRow, type NewDecisionRow } from './schema.js';

export type { DecisionRow } from './schema.js';

/** The chain's anchor: the previous hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the service hands the log for one decision. */
export interface AppendInput {
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
  request: unknown;
  answer: unknown;
  masked: string[];
  /** Categories and approvals of the answer, for the log's filters. */
  tags: { kind: 'category' | 'approval'; code: string }[];
}

/** The outcome of an append: a new entry, or the entry an idempotency key already names. */
export type AppendResult =
  | { kind: 'appended'; seq: number; entryHash: string }
  | { kind: 'existing'; row: DecisionRow };

/** The fields of a row that its hash covers: every column but the hash itself. */
export function hashedFields(row: Omit<NewDecisionRow, 'entryHash'>): Record<string, unknown> {
  return {
    seq: row.seq, id: row.id, created_at: row.createdAt, request_id: row.requestId,
    requester: row.requester, idempotency_key: row.idempotencyKey ?? null,
    request_hash: row.requestHash, verdict: row.verdict, licence_id: row.licenceId,
    licence_revision: row.licenceRevision, ruleset_revision: row.rulesetRevision,
    team: row.team ?? null, repo: row.repo ?? null, title: row.title, launch_date: row.launchDate,
    request: row.request, answer: row.answer, masked: row.masked, prev_hash: row.prevHash,
  };
}

/** An entry's hash: SHA-256 over the previous hash and the canonical JSON of its fields. */
export function entryHash(row: Omit<NewDecisionRow, 'entryHash'>): string {
  return sha256Hex(row.prevHash + '\n' + canonicalJson(hashedFields(row)));
}

/** Filters of `GET /v1/decisions`. */
export interface ListFilter {
  verdict?: string;
  category?: string;
  approval?: string;
  team?: string;
  repo?: string;
  requester?: string;
  /** Inclusive lower bound on created_at (ISO date or date-time). */
  from?: string;
  /** Exclusive upper bound on created_at (ISO date-time; a bare date means the end of that day). */
  to?: string;
  /** Free text over title, request and answer. */
  q?: string;
  /** Return only entries with seq below this (the cursor). */
  beforeSeq?: number;
  /** Return only entries with seq above this (paging an export in chain order). */
  afterSeq?: number;
  /** Return only entries with seq at or below this (an export's snapshot of the head). */
  maxSeq?: number;
  /** Newest first (default) or chain order. */
  order?: 'desc' | 'asc';
  limit: number;
}

/** What `verify` found. */
export interface VerifyReport {
  ok: boolean;
  entries: number;
  from_seq: number;
  to_seq: number;
  head: { seq: number; hash: string } | null;
  first_broken: { seq: number; id: string | null; reason: string } | null;
}

interface Pending {
  input: AppendInput;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 200;
const MAX_RETRIES = 8;

function isConstraintError(e: unknown): boolean {
  const text = String((e as { message?: string })?.message ?? e) + String((e as { cause?: unknown })?.cause ?? '');
  return /UNIQUE|constraint/i.test(text);
}

/**
 * The append-only decision log. Appends are queued and written in groups (one transaction for all
 * decisions that arrived while the previous group was committing), each entry chained to the one
 * before by hash. Concurrent writers elsewhere (other isolates, other processes) are handled by the
 * primary key on `seq`: a writer that lost the race re-reads the head and tries again, so the chain
 * never forks or skips. There is no update or delete path.
 */
export class DecisionLog {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(private readonly store: Store) {}

  /** The store under the log (for the audit module's own tables: checkpoints, Merkle cache). */
  get backingStore(): Store {
    return this.store;
  }

  /** Appends one decision; resolves once it is committed. */
  append(input: AppendInput): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length) {
        const group = this.queue.splice(0, MAX_BATCH);
        await this.commitGroup(group);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const results = await this.tryCommit(group.map((p) => p.input));
        group.forEach((p, i) => p.resolve(results[i]!));
        return;
      } catch (e) {
        if (isConstraintError(e) && attempt < MAX_RETRIES) continue;
        group.forEach((p) => p.reject(e));
        return;
      }
    }
  }

  /** One attempt: read the head, look up idempotency keys, write the new entries in one batch. */
  private async tryCommit(inputs: AppendInput[]): Promise<AppendResult[]> {
    const { db } = this.store;
    const results: (AppendResult | undefined)[] = new Array(inputs.length);
    // Idempotency keys already in the log, or repeated inside this group.
    const keyed = inputs.filter((i) => i.idempotencyKey);
    const existing = new Map<string, DecisionRow>();
    if (keyed.length) {
      const rows = await db.select().from(decisions).where(
        or(...keyed.map((i) => and(eq(decisions.requester, i.requester), eq(decisions.idempotencyKey, i.idempotencyKey!)))),
      );
      for (const r of rows) existing.set(r.requester + '\u0000' + r.idempotencyKey, r);
    }
    const head = await this.head();
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? GENESIS_HASH;
    const items: BatchItem[] = [];
    const firstOfKey = new Map<string, number>();
    const newRows: (NewDecisionRow | undefined)[] = [];
    inputs.forEach((input, i) => {
      const k = input.idempotencyKey ? input.requester + '\u0000' + input.idempotencyKey : null;
      if (k && existing.has(k)) {
        results[i] = { kind: 'existing', row: existing.get(k)! };
        return;
      }
      if (k && firstOfKey.has(k)) return; // filled in from the first one after commit
      if (k) firstOfKey.set(k, i);
      seq += 1;
      const base = {
        seq, id: input.id, createdAt: input.createdAt, requestId: input.requestId,
        requester: input.requester, idempotencyKey: input.idempotencyKey, requestHash: input.requestHash,
        verdict: input.verdict, licenceId: input.licenceId, licenceRevision: input.licenceRevision,
        rulesetRevision: input.rulesetRevision, team: input.team, repo: input.repo, title: input.title,
        launchDate: input.launchDate, request: JSON.stringify(input.request), answer: JSON.stringify(input.answer),
        masked: JSON.stringify(input.masked), prevHash: prev,
      };
      const row: NewDecisionRow = { ...base, entryHash: entryHash(base) };
      prev = row.entryHash;
      newRows[i] = row;
      items.push(db.insert(decisions).values(row) as unknown as BatchItem);
      const tags = dedupeTags(input.tags);
      if (tags.length) {
        items.push(db.insert(decisionTags).values(tags.map((t) => ({ ...t, seq: row.seq! }))) as unknown as BatchItem);
      }
    });
    if (items.length) await this.store.batch(items);
    inputs.forEach((input, i) => {
      const row = newRows[i];
      if (row) results[i] = { kind: 'appended', seq: row.seq!, entryHash: row.entryHash };
    });
    inputs.forEach((input, i) => {
      if (results[i]) return;
      const first = firstOfKey.get(input.requester + '\u0000' + input.idempotencyKey)!;
      const row = newRows[first]!;
      results[i] = { kind: 'existing', row: row as DecisionRow };
    });
    return results as AppendResult[];
  }

  /** The last entry's sequence number and hash, or null for an empty log. */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const [row] = await this.store.db
      .select({ seq: decisions.seq, hash: decisions.entryHash })
      .from(decisions).orderBy(desc(decisions.seq)).limit(1);
    return row ?? null;
  }

  /** One entry by its decision id. */
  async get(id: string): Promise<DecisionRow | null> {
    const [row] = await this.store.db.select().from(decisions).where(eq(decisions.id, id)).limit(1);
    return row ?? null;
  }

  /** The entry a requester's idempotency key names, if any. */
  async byIdempotencyKey(requester: string, key: string): Promise<DecisionRow | null> {
    const [row] = await this.store.db.select().from(decisions)
      .where(and(eq(decisions.requester, requester), eq(decisions.idempotencyKey, key))).limit(1);
    return row ?? null;
  }

  /** Entries newest first, filtered; `beforeSeq` pages so that new entries never shift a page. */
  async list(f: ListFilter): Promise<DecisionRow[]> {
    const where: SQL[] = [];
    if (f.verdict) where.push(eq(decisions.verdict, f.verdict));
    if (f.team) where.push(eq(decisions.team, f.team));
    if (f.repo) where.push(eq(decisions.repo, f.repo));
    if (f.requester) where.push(eq(decisions.requester, f.requester));
    if (f.from) where.push(gte(decisions.createdAt, f.from));
    if (f.to) where.push(f.to.length === 10 ? lte(decisions.createdAt, f.to + 'T23:59:59.999Z') : lt(decisions.createdAt, f.to));
    if (f.beforeSeq !== undefined) where.push(lt(decisions.seq, f.beforeSeq));
    if (f.afterSeq !== undefined) where.push(gt(decisions.seq, f.afterSeq));
    if (f.maxSeq !== undefined) where.push(lte(decisions.seq, f.maxSeq));
    for (const [kind, code] of [['category', f.category], ['approval', f.approval]] as const) {
      if (code) {
        where.push(inArray(decisions.seq, this.store.db.select({ seq: decisionTags.seq }).from(decisionTags)
          .where(and(eq(decisionTags.kind, kind), eq(decisionTags.code, code)))));
      }
    }
    if (f.q) {
      const pattern = '%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
      where.push(or(
        sql`${decisions.title} LIKE ${pattern} ESCAPE '\\'`,
        sql`${decisions.request} LIKE ${pattern} ESCAPE '\\'`,
      )!);
    }
    return this.store.db.select().from(decisions)
      .where(where.length ? and(...where) : undefined)
      .orderBy(f.order === 'asc' ? asc(decisions.seq) : desc(decisions.seq)).limit(f.limit);
  }

  /** Entries in chain order from `fromSeq` (inclusive; up to `toSeq` inclusive when given), at most `limit`. */
  async range(fromSeq: number, limit: number, toSeq?: number): Promise<DecisionRow[]> {
    return this.store.db.select().from(decisions)
      .where(toSeq === undefined ? gte(decisions.seq, fromSeq) : and(gte(decisions.seq, fromSeq), lte(decisions.seq, toSeq)))
      .orderBy(asc(decisions.seq)).limit(limit);
  }

  /** Just the sequence numbers and hashes of entries [fromSeq, toSeq], in chain order (the Merkle tree's leaves). */
  async entryHashes(fromSeq: number, toSeq: number): Promise<{ seq: number; hash: string }[]> {
    return this.store.db.select({ seq: decisions.seq, hash: decisions.entryHash }).from(decisions)
      .where(and(gte(decisions.seq, fromSeq), lte(decisions.seq, toSeq)))
      .orderBy(asc(decisions.seq));
  }

  /**
   * Recomputes the chain over [fromSeq, toSeq] (default: the whole log) and names the first entry
   * that does not hold: a gap in the sequence, a previous hash that does not match, or a hash that
   * does not match the entry's fields.
   */
  async verify(fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER): Promise<VerifyReport> {
    const page = 2000;
    let expectedSeq = fromSeq;
    let prev: string | null = null;
    if (fromSeq > 1) {
      const [before] = await this.store.db.select({ hash: decisions.entryHash }).from(decisions)
        .where(eq(decisions.seq, fromSeq - 1)).limit(1);
      prev = before?.hash ?? null;
    } else {
      prev = GENESIS_HASH;
    }
    let entries = 0;
    let last: { seq: number; hash: string } | null = null;
    const broken = (seq: number, id: string | null, reason: string): VerifyReport => ({
      ok: false, entries, from_seq: fromSeq, to_seq: Math.min(toSeq, last?.seq ?? fromSeq - 1), head: last,
      first_broken: { seq, id, reason },
    });
    for (;;) {
      const rows = await this.store.db.select().from(decisions)
        .where(and(gte(decisions.seq, expectedSeq), lte(decisions.seq, toSeq)))
        .orderBy(asc(decisions.seq)).limit(page);
      if (!rows.length) break;
      for (const row of rows) {
        if (row.seq !== expectedSeq) return broken(expectedSeq, null, `entry ${expectedSeq} is missing (next present is ${row.seq})`);
        if (prev !== null && row.prevHash !== prev) return broken(row.seq, row.id, 'prev_hash does not match the previous entry\'s hash');
        const { entryHash: stored, ...rest } = row;
        if (entryHash(rest) !== stored) return broken(row.seq, row.id, 'entry_hash does not match the entry\'s contents');
        prev = stored;
        last = { seq: row.seq, hash: stored };
        entries++;
        expectedSeq++;
      }
      if (rows.length < page) break;
    }
    return { ok: true, entries, from_seq: fromSeq, to_seq: last?.seq ?? fromSeq - 1, head: last, first_broken: null };
  }

  /** Number of entries (the head's sequence number, the chain being gap-free). */
  async count(): Promise<number> {
    return (await this.head())?.seq ?? 0;
  }
}

function dedupeTags(tags: AppendInput['tags']): AppendInput['tags'] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const k = t.kind + ':' + t.code;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
