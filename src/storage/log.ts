import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { canonicalJson } from '../engine/canonical.js';
import { chainGroup, COLUMNS, existingKeyQueries, GENESIS_HASH, groupInserts, HEAD_SQL, headOfRow, idemKey, type ChainEntry, type ChainOutcome, type EntryColumns, type Head } from './chain.js';
import type { RawStatement, Store } from './db.js';
import { CANONICAL_PAGE_SQL, CANONICAL_SQL, entryHashOfCanonicalBytes, entryHashOfValues, hashCanonicalPage, HASHED_COLUMNS_SORTED, sha256HexFast, type PageEntry } from './hash.js';
import { decisions, type DecisionRow, type NewDecisionRow } from './schema.js';

export type { DecisionRow } from './schema.js';
export { GENESIS_HASH } from './chain.js';

/** What the service hands the log for one decision. */
export interface AppendInput extends EntryColumns {
  request: unknown;
  /** The answer. Or give `answerJson` instead. */
  answer?: unknown;
  /**
   * The answer as the JSON text the caller sends (`JSON.stringify` of it): stored as given, so the
   * answer is serialised once, and the bytes sent are the bytes logged. Taken over `answer`.
   */
  answerJson?: string;
  masked: string[];
  /** Categories and approvals of the answer, for the log's filters. */
  tags: { kind: 'category' | 'approval'; code: string }[];
}

/** The outcome of an append: a new entry, or the entry an idempotency key already names. */
export type AppendResult =
  | {
    kind: 'appended'; seq: number; entryHash: string;
    /** The created_at logged (later than asked only to keep the chain's times in order). */
    createdAt?: string;
    /** The answer text logged, when it differs from the one given (its created_at moved with the entry's). */
    answerJson?: string;
  }
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

export { entryHashOfValues, HASHED_COLUMNS_SORTED } from './hash.js';

/** An entry's hash: SHA-256 over the previous hash and the canonical JSON of its fields. */
export function entryHash(row: Omit<NewDecisionRow, 'entryHash'>): string {
  const fields = hashedFields(row);
  return entryHashOfValues(HASHED_COLUMNS_SORTED.map((k) => fields[k]))
    ?? sha256HexFast(row.prevHash + '\n' + canonicalJson(fields));
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

/** One entry as verification reads it: its links, its stored hash and the hash recomputed from its contents. */
export interface CheckedEntry {
  seq: number;
  id: string;
  prevHash: unknown;
  entryHash: string;
  /** sha256(prev_hash + "\n" + canonical_json(fields)) of the entry as stored now. */
  computed: string;
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
  entry: ChainEntry;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 200;
/** Entries per `CANONICAL_PAGE_SQL` statement in `checkedRange` (~1.8 MB of text; the client prepares each statement anew). */
const CANONICAL_PAGE = 256;
const MAX_RETRIES = 8;
const REQUESTER = COLUMNS.indexOf('requester');
const IDEM = COLUMNS.indexOf('idempotency_key');

/** The drizzle (camelCase) names of `COLUMNS`. */
const FIELDS = COLUMNS.map((c) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())) as (keyof DecisionRow)[];
const SELECT_COLUMNS = COLUMNS.map((c) => 'd.' + c).join(', ');
const SORTED_SELECT = HASHED_COLUMNS_SORTED.join(', ') + ', entry_hash';
const IDX = Object.fromEntries(HASHED_COLUMNS_SORTED.map((c, i) => [c, i])) as Record<string, number>;
const ENTRY_HASH_INDEX = HASHED_COLUMNS_SORTED.length;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A raw row (columns in `COLUMNS` order) as drizzle would have mapped it. */
function toRow(r: ArrayLike<unknown>): DecisionRow {
  const o: Record<string, unknown> = {};
  for (let i = 0; i < FIELDS.length; i++) o[FIELDS[i]!] = r[i] ?? null;
  o.seq = Number(o.seq);
  return o as unknown as DecisionRow;
}

/** `setImmediate` where it exists (Node; Workers with nodejs_compat), else a zero timeout. */
const nextTurn: (f: () => void) => void = typeof setImmediate === 'function' ? (f) => void setImmediate(f) : (f) => void setTimeout(f, 0);

function isConstraintError(e: unknown): boolean {
  const text = String((e as { message?: string })?.message ?? e) + String((e as { cause?: unknown })?.cause ?? '');
  return /UNIQUE|constraint/i.test(text);
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`append: ${name} must be a string`);
  return value;
}

function textOrNull(value: unknown, name: string): string | null {
  return value === null || value === undefined ? null : text(value, name);
}

/** An append's input as the chain takes it: the columns checked, request, answer and masked as JSON text. */
function toChainEntry(input: AppendInput): ChainEntry {
  const request = JSON.stringify(input.request);
  const answer = input.answerJson !== undefined ? text(input.answerJson, 'answerJson') : JSON.stringify(input.answer);
  const masked = JSON.stringify(input.masked);
  if (request === undefined || answer === undefined || masked === undefined) throw new TypeError('append: request, answer and masked must be JSON values');
  return {
    id: text(input.id, 'id'), createdAt: text(input.createdAt, 'createdAt'), requestId: text(input.requestId, 'requestId'),
    requester: text(input.requester, 'requester'), idempotencyKey: textOrNull(input.idempotencyKey, 'idempotencyKey'),
    requestHash: text(input.requestHash, 'requestHash'), verdict: text(input.verdict, 'verdict'), licenceId: text(input.licenceId, 'licenceId'),
    licenceRevision: text(input.licenceRevision, 'licenceRevision'), rulesetRevision: text(input.rulesetRevision, 'rulesetRevision'),
    team: textOrNull(input.team, 'team'), repo: textOrNull(input.repo, 'repo'), title: text(input.title, 'title'),
    launchDate: text(input.launchDate, 'launchDate'), request, answer, masked,
    tags: input.tags.map((t) => ({ kind: t.kind, code: text(t.code, 'tag code') })),
  };
}

/** A chain outcome as `append` answers it. */
function toResult(o: ChainOutcome): AppendResult {
  if (o.kind === 'existing') return { kind: 'existing', row: toRow(o.row) };
  const r: AppendResult = { kind: 'appended', seq: o.seq, entryHash: o.entryHash, createdAt: o.createdAt };
  if (o.answer !== undefined) r.answerJson = o.answer;
  return r;
}

/**
 * The append-only decision log. Appends are written in groups, each one transaction of a few
 * multi-row INSERTs; each caller's promise resolves only after its group is committed (with
 * `synchronous = FULL` on Node: on disk).
 *
 * Where the store chains entries itself (`Store.chainAppend`: the Node writer thread), the log
 * hands it each entry and the thread forms the groups: whatever arrived while a group committed is
 * the next one, chained on the head read under the write lock. Otherwise the log does it here: the
 * first append of an event-loop turn schedules the group's commit for the next turn
 * (`setImmediate`), so every request parsed in the same I/O phase joins it, and decisions
 * arriving while a group commits form the next one. The head (seq, hash, created_at) is kept in
 * memory between commits and re-read only after a failed commit. Concurrent writers elsewhere
 * (other isolates, other processes) are handled by the primary key on `seq`: a writer whose head
 * is stale collides with an existing seq, re-reads the head and tries again, so the chain never
 * forks or skips. Either way the rows and hashes come from one function (`chainGroup`, chain.ts).
 * There is no update or delete path.
 *
 * `created_at` never decreases along the chain: an entry stamped earlier than the entry it chains
 * on (another process's clock, a clock stepped back) takes that entry's time, in the column and in
 * the stored answer alike, and the caller is told (`AppendResult.createdAt`, and `answerJson` when
 * the stored answer changed) so that the answer it sends says the same. The date filters of `list`
 * rely on this.
 */
export class DecisionLog {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private cachedHead: Head | null | undefined = undefined;
  /** Sizes of the groups committed (for the benchmark; the last 10,000). */
  readonly groupSizes: number[] = [];
  /** Wall time of the groups' transactions on the writer thread, ms (for the benchmark; the last 10,000). */
  readonly groupMs: number[] = [];
  /** Group objects seen from the writer thread (one per group: each of its entries carries the same). */
  private lastGroup: object | null = null;

  constructor(private readonly store: Store) {}

  /** The store under the log (for the audit module's own tables: checkpoints, Merkle cache). */
  get backingStore(): Store {
    return this.store;
  }

  /** Appends one decision; resolves once it is committed. Rejects an input whose columns are not text, without writing anything. */
  append(input: AppendInput): Promise<AppendResult> {
    let entry: ChainEntry;
    try {
      entry = toChainEntry(input);
    } catch (e) {
      return Promise.reject(e);
    }
    if (this.store.chainAppend) {
      return this.store.chainAppend(entry).then(({ outcome, group }) => {
        if (group !== this.lastGroup) {
          this.lastGroup = group;
          this.note(group.size, group.ms);
        }
        return toResult(outcome);
      });
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.schedule();
    });
  }

  private note(size: number, ms: number): void {
    if (this.groupSizes.length >= 10_000) {
      this.groupSizes.splice(0, 5_000);
      this.groupMs.splice(0, 5_000);
    }
    this.groupSizes.push(size);
    this.groupMs.push(ms);
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    nextTurn(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      const group = this.queue.splice(0, MAX_BATCH);
      if (group.length) await this.commitGroup(group);
    } finally {
      this.flushing = false;
      // Whatever arrived meanwhile is the next group, started a turn later so that the requests
      // parsed in between join it too.
      if (this.queue.length) this.schedule();
    }
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const t0 = performance.now();
        const outcomes = await this.tryCommit(group.map((p) => p.entry));
        this.note(group.length, performance.now() - t0);
        group.forEach((p, i) => p.resolve(toResult(outcomes[i]!)));
        return;
      } catch (e) {
        this.cachedHead = undefined; // another writer may have moved the head, or the commit may have failed
        if (isConstraintError(e) && attempt < MAX_RETRIES) continue;
        group.forEach((p) => p.reject(e));
        return;
      }
    }
  }

  /** One attempt: look up idempotency keys, chain the new entries on the head, write them in one transaction. */
  private async tryCommit(entries: ChainEntry[]): Promise<ChainOutcome[]> {
    // Idempotency keys already in the log (those repeated inside this group: chainGroup).
    const existing = new Map<string, unknown[]>();
    for (const q of existingKeyQueries(entries, this.store.maxParams)) {
      for (const r of await this.store.rows(q.sql, q.args)) existing.set(idemKey(String(r[REQUESTER]), String(r[IDEM])), Array.from(r));
    }
    const head = this.cachedHead === undefined ? await this.readHead() : this.cachedHead;
    const group = chainGroup(head, entries, existing);
    const stmts = groupInserts(group, this.store.maxParams);
    if (stmts.length) await this.store.write(stmts);
    this.cachedHead = group.head;
    return group.outcomes;
  }

  private async readHead(): Promise<Head | null> {
    const [r] = await this.store.rows(HEAD_SQL);
    return headOfRow(r);
  }

  /** The last entry's sequence number and hash, or null for an empty log (read from the database). */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const h = await this.readHead();
    return h && { seq: h.seq, hash: h.hash };
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

  /** The SQL `list` runs for a filter, with the driver it chose (exposed for the query-plan tests and the benchmark). */
  async listQuery(f: ListFilter): Promise<RawStatement & { driver: ListDriver }> {
    const driver = await this.chooseDriver(f);
    return { ...listQuery(f, driver), driver };
  }

  /** The driver with the fewest postings in the filter's range (`driverCountQuery`); the default when there is no choice. */
  private async chooseDriver(f: ListFilter): Promise<ListDriver> {
    const drivers = listDrivers(f);
    if (drivers.length < 2) return drivers[0] ?? null;
    const q = driverCountQuery(f, drivers);
    const [counts] = await this.store.rows(q.sql, q.args);
    let best = 0;
    for (let i = 1; i < drivers.length; i++) if (Number(counts![i]) < Number(counts![best])) best = i;
    return drivers[best]!;
  }

  /** Entries newest first, filtered; `beforeSeq` pages so that new entries never shift a page. */
  async list(f: ListFilter): Promise<DecisionRow[]> {
    const q = listQuery(f, await this.chooseDriver(f));
    return (await this.store.rows(q.sql, q.args)).map(toRow);
  }

  /** Entries in chain order from `fromSeq` (inclusive; up to `toSeq` inclusive when given), at most `limit`. */
  async range(fromSeq: number, limit: number, toSeq?: number): Promise<DecisionRow[]> {
    const rows = await this.store.rows(
      `SELECT ${SELECT_COLUMNS} FROM decisions d WHERE d.seq >= ? AND d.seq <= ? ORDER BY d.seq LIMIT ?`,
      [fromSeq, toSeq ?? Number.MAX_SAFE_INTEGER, limit],
    );
    return rows.map(toRow);
  }

  /**
   * Entries [fromSeq, toSeq] in chain order, at most `limit`, as raw rows: the hashed columns in
   * `HASHED_COLUMNS_SORTED` order, then entry_hash (what verification reads; no mapping per row).
   */
  async hashedRange(fromSeq: number, limit: number, toSeq?: number): Promise<ArrayLike<unknown>[]> {
    return this.store.rows(
      `SELECT ${SORTED_SELECT} FROM decisions WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`,
      [fromSeq, toSeq ?? Number.MAX_SAFE_INTEGER, limit],
    );
  }

  /** Just the sequence numbers and hashes of entries [fromSeq, toSeq], in chain order (the Merkle tree's leaves). */
  async entryHashes(fromSeq: number, toSeq: number): Promise<{ seq: number; hash: string }[]> {
    return this.store.db.select({ seq: decisions.seq, hash: decisions.entryHash }).from(decisions)
      .where(and(gte(decisions.seq, fromSeq), lte(decisions.seq, toSeq)))
      .orderBy(asc(decisions.seq));
  }

  /**
   * Entries [fromSeq, toSeq] in chain order, at most `limit`, each with its hash recomputed from
   * its contents (what verification reads). On libSQL the hashed columns of a page of entries
   * cross as one BLOB of their raw bytes with their lengths as one JSON array
   * (`CANONICAL_PAGE_SQL`: the driver's cost per row and per value is more than the work), and the
   * canonical text is rebuilt from the bytes and hashed without decoding 7 KB of text into
   * JavaScript strings (`hashCanonicalPage`). An entry that path cannot vouch for (a column of an
   * unexpected type, bytes that are not well-formed UTF-8: only a tampered row) is re-read and
   * hashed by the general path, so the result is always the canonical hash; a page that cannot be
   * cut (an id or hash that is not UTF-8) is read row by row with the text built in SQL
   * (`CANONICAL_SQL`). D1 takes the general path.
   */
  async checkedRange(fromSeq: number, limit: number, toSeq?: number): Promise<CheckedEntry[]> {
    const to = toSeq ?? Number.MAX_SAFE_INTEGER;
    if (await this.canonicalInSql()) {
      const out: CheckedEntry[] = [];
      let from = fromSeq;
      while (out.length < limit && from <= to) {
        const want = Math.min(CANONICAL_PAGE, limit - out.length);
        const [r] = await this.store.rows(CANONICAL_PAGE_SQL, [from, to, want]);
        const page = r ? hashCanonicalPage(r[0], r[1]) : null;
        const got = page ? await this.pageEntries(page) : await this.canonicalRows(from, to, want);
        for (const e of got) out.push(e);
        if (got.length === want) {
          from = got[got.length - 1]!.seq + 1;
          continue;
        }
        // Fewer than `want`: the page's seqs [from, from + want - 1] were not all there (a gap, or
        // the log's end; the page's SQL reads a range of seqs, not on past a gap as a LIMIT does):
        // go on from the next entry present, if any.
        const after = Math.max(from + want, (got[got.length - 1]?.seq ?? from) + 1);
        const [next] = await this.store.rows('SELECT MIN(seq) FROM decisions WHERE seq >= ? AND seq <= ?', [after, to]);
        if (next?.[0] === null || next?.[0] === undefined) break;
        from = Number(next[0]);
      }
      return out;
    }
    const SEQ = IDX.seq!, ID = IDX.id!, PREV = IDX.prev_hash!;
    return (await this.hashedRange(fromSeq, limit, to)).map((r) => ({
      seq: Number(r[SEQ]), id: String(r[ID]), prevHash: r[PREV], entryHash: String(r[ENTRY_HASH_INDEX]), computed: entryHashOfValues(r) ?? '',
    }));
  }

  /** A page `hashCanonicalPage` read, the entries it could not hash by the general path. */
  private async pageEntries(page: PageEntry[]): Promise<CheckedEntry[]> {
    const out: CheckedEntry[] = new Array(page.length);
    for (let i = 0; i < page.length; i++) {
      const e = page[i]!;
      const computed = e.computed ?? await this.generalHash(e.seq);
      out[i] = { seq: e.seq, id: String(e.id), prevHash: e.prevHash, entryHash: String(e.entryHash), computed };
    }
    return out;
  }

  /** Entries row by row with the canonical text built in SQL (for a page `hashCanonicalPage` cannot read). */
  private async canonicalRows(from: number, to: number, limit: number): Promise<CheckedEntry[]> {
    const rows = await this.store.rows(
      `SELECT seq, id, prev_hash, entry_hash, ${CANONICAL_SQL} FROM decisions WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`,
      [from, to, limit],
    );
    const out: CheckedEntry[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const seq = Number(r[0]);
      const computed = entryHashOfCanonicalBytes(r[4]) ?? await this.generalHash(seq);
      out[i] = { seq, id: String(r[1]), prevHash: r[2], entryHash: String(r[3]), computed };
    }
    return out;
  }

  /**
   * One entry's hash by the general path, for the rows the SQL path cannot vouch for. Text is read
   * as bytes and decoded here: the libSQL Node driver aborts the process on text that is not
   * well-formed UTF-8, and the writer never stores such text (it cannot hash it), so such an entry
   * does not match ('' is no hash).
   */
  private async generalHash(seq: number): Promise<string> {
    const cols = HASHED_COLUMNS_SORTED.map((c) => `typeof(${c}), CASE WHEN typeof(${c}) = 'text' THEN CAST(${c} AS BLOB) ELSE ${c} END`);
    const [r] = await this.store.rows(`SELECT ${cols.join(', ')} FROM decisions WHERE seq = ?`, [seq]);
    if (!r) return '';
    const values: unknown[] = [];
    for (let i = 0; i < HASHED_COLUMNS_SORTED.length; i++) {
      const v = r[2 * i + 1];
      if (r[2 * i] !== 'text') {
        values.push(v);
        continue;
      }
      try {
        values.push(STRICT_UTF8.decode(v instanceof ArrayBuffer ? new Uint8Array(v) : (v as Uint8Array)));
      } catch {
        return '';
      }
    }
    return entryHashOfValues(values) ?? '';
  }

  private sqlCanonical: Promise<boolean> | undefined;

  /** Whether `checkedRange` may build the canonical text in SQL: libSQL over a UTF-8 database. */
  private canonicalInSql(): Promise<boolean> {
    this.sqlCanonical ??= (async () => {
      if (this.store.driver !== 'libsql') return false;
      try {
        const [r] = await this.store.rows('PRAGMA encoding');
        return String(r?.[0]).toUpperCase() === 'UTF-8';
      } catch {
        return false;
      }
    })();
    return this.sqlCanonical;
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
      const [before] = await this.store.rows('SELECT entry_hash FROM decisions WHERE seq = ?', [fromSeq - 1]);
      prev = before ? String(before[0]) : null;
    } else {
      prev = GENESIS_HASH;
    }
    let entries = 0;
    let last: { seq: number; hash: string } | null = null;
    const broken = (seq: number, id: string | null, reason: string): VerifyReport => {
      last = entries ? { seq: expectedSeq - 1, hash: prev! } : null;
      return {
        ok: false, entries, from_seq: fromSeq, to_seq: Math.min(toSeq, last?.seq ?? fromSeq - 1), head: last,
        first_broken: { seq, id, reason },
      };
    };
    for (;;) {
      const rows = await this.checkedRange(expectedSeq, page, toSeq);
      if (!rows.length) break;
      for (const row of rows) {
        const seq = row.seq;
        if (seq !== expectedSeq) return broken(expectedSeq, null, `entry ${expectedSeq} is missing (next present is ${seq})`);
        if (prev !== null && row.prevHash !== prev) return broken(seq, row.id, 'prev_hash does not match the previous entry\'s hash');
        if (row.computed !== row.entryHash) return broken(seq, row.id, 'entry_hash does not match the entry\'s contents');
        prev = row.entryHash;
        entries++;
        expectedSeq++;
      }
      last = { seq: expectedSeq - 1, hash: prev! };
      if (rows.length < page) break;
    }
    return { ok: true, entries, from_seq: fromSeq, to_seq: last?.seq ?? fromSeq - 1, head: last, first_broken: null };
  }

  /** Number of entries (the head's sequence number, the chain being gap-free). */
  async count(): Promise<number> {
    return (await this.head())?.seq ?? 0;
  }
}

/** What drives the search for a page's seqs: a tag filter's posting list, or an equality filter's index. */
export type ListDriver = { tag: 'category' | 'approval' } | { column: 'repo' | 'requester' | 'team' | 'verdict' } | null;

/** The window of most recent entries (of the filter's seq range) in which `list` counts each candidate driver's postings. */
export const DRIVER_WINDOW = 4096;

const TAG_KINDS = ['category', 'approval'] as const;
const EQ_COLUMNS = ['repo', 'requester', 'team', 'verdict'] as const;

function tagFilters(f: ListFilter): ['category' | 'approval', string][] {
  return TAG_KINDS.filter((k) => f[k]).map((k) => [k, f[k]!]);
}

function eqFilters(f: ListFilter): ['repo' | 'requester' | 'team' | 'verdict', string][] {
  return EQ_COLUMNS.filter((c) => f[c] !== undefined && f[c] !== '').map((c) => [c, f[c]!]);
}

/** The filter's bound on created_at from `to` (a bare date means the end of that day) and its operator. */
function toBound(f: ListFilter): { value: string; op: '<=' | '<' } | null {
  if (!f.to) return null;
  return f.to.length === 10 ? { value: f.to + 'T23:59:59.999Z', op: '<=' } : { value: f.to, op: '<' };
}

/**
 * Seq bounds on `key`: the cursor, an export's bounds, and from/to as a seq range by two look-ups
 * in `decisions_created` (the first seq with created_at ≥ from, the last with created_at below
 * to). That is exact because created_at never decreases along the chain (see `DecisionLog`).
 */
function seqBounds(f: ListFilter, key: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (f.beforeSeq !== undefined) out.push([`${key} < ?`, f.beforeSeq]);
  if (f.afterSeq !== undefined) out.push([`${key} > ?`, f.afterSeq]);
  if (f.maxSeq !== undefined) out.push([`${key} <= ?`, f.maxSeq]);
  if (f.from) out.push([`${key} >= COALESCE((SELECT seq FROM decisions INDEXED BY decisions_created WHERE created_at >= ? ORDER BY created_at, seq LIMIT 1), 9223372036854775807)`, f.from]);
  const to = toBound(f);
  if (to) out.push([`${key} <= COALESCE((SELECT seq FROM decisions INDEXED BY decisions_created WHERE created_at ${to.op} ? ORDER BY created_at DESC, seq DESC LIMIT 1), 0)`, to.value]);
  return out;
}

/** The drivers a filter can be searched from: each tag filter and each equality filter. */
export function listDrivers(f: ListFilter): Exclude<ListDriver, null>[] {
  return [...tagFilters(f).map(([tag]) => ({ tag })), ...eqFilters(f).map(([column]) => ({ column }))];
}

/**
 * One statement counting, for each candidate driver, its postings among the `DRIVER_WINDOW` entries
 * at the near end of the filter's seq range (the newest for a newest-first page): each count is a
 * bounded index range scan (at most 4,096 postings, a fraction of a millisecond). `list` drives
 * from the filter with the fewest: the work to fill a page is about the driver's postings per match,
 * so a filter with few postings (a small team, a rare category, a repo with none) must drive,
 * not be tested on every posting of a common one. The window keeps the cost flat at any log size
 * and measures each filter where the page will be read.
 */
export function driverCountQuery(f: ListFilter, drivers: Exclude<ListDriver, null>[]): RawStatement {
  const desc = f.order !== 'asc';
  const args: unknown[] = [];
  // The near end of the range: its newest entry (oldest for a page in chain order).
  const bounds = seqBounds(f, 'seq');
  const anchor = `(SELECT ${desc ? 'MAX' : 'MIN'}(seq) FROM decisions${bounds.length ? ' WHERE ' + bounds.map(([c]) => c).join(' AND ') : ''})`;
  const window = desc ? `seq > ${anchor} - ${DRIVER_WINDOW}` : `seq < ${anchor} + ${DRIVER_WINDOW}`;
  const parts = drivers.map((d) => {
    let sql: string;
    if ('tag' in d) {
      sql = `SELECT 1 FROM decision_tags WHERE kind = ? AND code = ?`;
      args.push(d.tag, f[d.tag]);
    } else {
      sql = `SELECT 1 FROM decisions INDEXED BY decisions_${d.column} WHERE ${d.column} = ?`;
      args.push(f[d.column]);
    }
    sql += ` AND ${window}`;
    args.push(...bounds.map(([, a]) => a));
    for (const [c, a] of bounds) {
      sql += ` AND ${c}`;
      args.push(a);
    }
    return `(SELECT COUNT(*) FROM (${sql} LIMIT ${DRIVER_WINDOW}))`;
  });
  return { sql: `SELECT ${parts.join(', ')}`, args };
}

/**
 * The SQL of `list`, in two steps in one statement: the page's seqs are found from indexes only
 * (the filter columns are in `decisions_filter`, so no 7 KB row is read to test a filter), then
 * the page's rows are read by seq.
 *
 * - The driver (default: the first tag filter, else the first of repo, requester, team, verdict;
 *   `list` passes the one with the fewest postings) is walked newest first from its index: a tag's
 *   posting list (the primary key (kind, code, seq) of `decision_tags`) or (column, seq, the other
 *   filter columns). The other tag filters are checked per candidate on that primary key; the
 *   equality filters and the dates on the driving index itself when a column drives (no look-up),
 *   else on the covering index `decisions_filter`.
 * - from/to also become a seq range on the driver (`seqBounds`); the created_at bounds are checked
 *   on each candidate as well, so an entry outside the dates is never returned even in a log
 *   written before created_at was kept in order.
 * - Free text (q) has no index: it is checked on the rows of the seq range, newest first.
 */
export function listQuery(f: ListFilter, driver?: ListDriver): RawStatement {
  const desc = f.order !== 'asc';
  const tags = tagFilters(f);
  const eqs = eqFilters(f);
  const d: ListDriver = driver !== undefined ? driver : tags.length ? { tag: tags[0]![0] } : eqs.length ? { column: eqs[0]![0] } : null;
  // FROM and its join conditions, with their arguments in text order; then WHERE and its arguments.
  let from: string;
  let key: string;
  const fromArgs: unknown[] = [];
  const where: string[] = [];
  const args: unknown[] = [];
  let otherTags = tags;
  let lead: string | null = null;
  if (d && 'tag' in d) {
    from = 'decision_tags t0';
    key = 't0.seq';
    where.push('t0.kind = ?', 't0.code = ?');
    args.push(d.tag, f[d.tag]);
    otherTags = tags.filter(([k]) => k !== d.tag);
  } else if (d) {
    from = `decisions e INDEXED BY decisions_${d.column}`;
    key = 'e.seq';
    lead = d.column;
  } else {
    from = 'decisions e';
    key = 'e.seq';
  }
  otherTags.forEach(([kind, code], i) => {
    from += ` CROSS JOIN decision_tags t${i + 1} ON t${i + 1}.kind = ? AND t${i + 1}.code = ? AND t${i + 1}.seq = ${key}`;
    fromArgs.push(kind, code);
  });
  // Filters checked on the driving index itself when an equality filter drives (each of those
  // indexes carries every filter column), else on the covering index `decisions_filter`.
  const on = lead ? 'e' : 'f';
  const checks: string[] = [];
  for (const [col, v] of eqs) {
    checks.push(`${on}.${col} = ?`);
    args.push(v);
  }
  const to = toBound(f);
  if (f.from) {
    checks.push(`${on}.created_at >= ?`);
    args.push(f.from);
  }
  if (to) {
    checks.push(`${on}.created_at ${to.op} ?`);
    args.push(to.value);
  }
  if (checks.some((c) => c.startsWith('f.'))) from += ` CROSS JOIN decisions f INDEXED BY decisions_filter ON f.seq = ${key}`;
  where.push(...checks);
  for (const [c, a] of seqBounds(f, key)) {
    where.push(c);
    args.push(a);
  }
  const order = desc ? 'DESC' : 'ASC';
  if (f.q) {
    // Free text reads the rows themselves: filter them in the outer query, within the indexed filters.
    const pattern = '%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
    const like = `(d.title LIKE ? ESCAPE '\\' OR d.request LIKE ? ESCAPE '\\')`;
    if (!where.length && !fromArgs.length) {
      return { sql: `SELECT ${SELECT_COLUMNS} FROM decisions d WHERE ${like} ORDER BY d.seq ${order} LIMIT ?`, args: [pattern, pattern, f.limit] };
    }
    const inner = `SELECT ${key} FROM ${from}${where.length ? ' WHERE ' + where.join(' AND ') : ''}`;
    return {
      sql: `SELECT ${SELECT_COLUMNS} FROM decisions d WHERE d.seq IN (${inner}) AND ${like} ORDER BY d.seq ${order} LIMIT ?`,
      args: [...fromArgs, ...args, pattern, pattern, f.limit],
    };
  }
  const inner = `SELECT ${key} FROM ${from}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY ${key} ${order} LIMIT ?`;
  return {
    sql: `SELECT ${SELECT_COLUMNS} FROM decisions d WHERE d.seq IN (${inner}) ORDER BY d.seq ${order}`,
    args: [...fromArgs, ...args, f.limit],
  };
}
