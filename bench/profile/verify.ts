/**
 * Where verifying the chain spends its time, per entry, on a sample of an audit database built by
 * the benchmark (CPU time of this process and wall time; the database is read once first so every
 * variant sees a warm page cache):
 *
 * - read: the hashed columns through the libSQL client (what verify did), through the native
 *   `libsql` statement iterator, and the canonical text built by SQLite (`canonicalSql`) as a BLOB;
 * - hash: `entryHashOfValues` (JSON escaping in JS + UTF-8 encoding + SHA-256), its parts, and
 *   SHA-256 of the SQL-built bytes (with the UTF-8 validity check the fast path makes).
 *
 *   npx tsx bench/profile/verify.ts bench/.cache/audit-1000000-v2.db [rows]
 *
 * With `--full`, instead: the whole log verified as GET /v1/audit/verify does on Node (worker threads,
 * Merkle root), the audit benchmark's verify figure without its query and HTTP phases; wall time,
 * CPU of all threads, load averages before and after, and how much of the file is in the page cache
 * (`fincore`, when installed: a cold file is read from disk, which no CPU work can beat).
 *
 *   npx tsx bench/profile/verify.ts bench/.cache/audit-1000000-v2.db --full [--threads N] [--page N] [--to SEQ] [--single]
 */
import { createClient } from '@libsql/client';
import { createRequire } from 'node:module';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { useParallelVerify, useSigner } from '../../src/audit/context.js';
import { parallelVerifier } from '../../src/audit/parallel.js';
import { verifyAudit } from '../../src/audit/service.js';
import { generateSigner } from '../../src/audit/signing.js';
import { drizzle as drizzleProxy } from 'drizzle-orm/sqlite-proxy';
import type { Store } from '../../src/storage/db.js';
import * as schema from '../../src/storage/schema.js';
import { DecisionLog } from '../../src/storage/log.js';
import { CANONICAL_SQL } from '../../src/storage/hash.js';
import { entryHashOfValues, HASHED_COLUMNS_SORTED } from '../../src/storage/hash.js';

const Database = createRequire(import.meta.url)('libsql') as new (p: string, o?: object) => {
  prepare(sql: string): { raw(on?: boolean): { iterate(...a: unknown[]): Iterable<unknown[]>; all(...a: unknown[]): unknown[] } };
  close(): void;
};
const path = process.argv[2];
if (path && process.argv.includes('--full')) {
  await full(path);
  process.exit(0);
}
if (!path) {
  console.error('usage: verify.ts FILE.db [rows]');
  process.exit(2);
}
const rows = Number(process.argv[3] ?? 50_000);
const client = createClient({ url: 'file:' + path });
const native = new Database(`file:${path}?mode=ro`);
const max = Number((await client.execute('SELECT MAX(seq) AS n FROM decisions')).rows[0]!.n);
const from = Math.max(1, Math.floor(max / 2) - Math.floor(rows / 2));
const to = from + rows - 1;
const page = 2000;

const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
async function timed<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const c0 = cpu();
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  const cms = cpu() - c0;
  console.log(`${name.padEnd(58)} ${((ms * 1000) / rows).toFixed(1).padStart(7)} µs/entry wall ${((cms * 1000) / rows).toFixed(1).padStart(7)} µs CPU  → ${((cms * 1000) / rows).toFixed(0).padStart(4)} s CPU per 1M`);
  return r;
}

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; rows ${from}..${to} of ${max}`);
// Warm the page cache first, so every reader sees the same cache state.
await client.execute({ sql: 'SELECT SUM(LENGTH(CAST(answer AS BLOB)) + LENGTH(CAST(request AS BLOB))) FROM decisions WHERE seq BETWEEN ? AND ?', args: [from, to] });

const SORTED = HASHED_COLUMNS_SORTED.join(', ') + ', entry_hash';
await timed('SQLite only: SUM(LENGTH(canonical text as BLOB))', () =>
  client.execute({ sql: `SELECT SUM(LENGTH(${CANONICAL_SQL})) FROM decisions WHERE seq BETWEEN ? AND ?`, args: [from, to] }));
const strRows: ArrayLike<unknown>[] = await timed('read, client.execute hashed columns, pages of 2000', async () => {
  const out: ArrayLike<unknown>[] = [];
  for (let s = from; s <= to; s += page) {
    const r = await client.execute({ sql: `SELECT ${SORTED} FROM decisions WHERE seq BETWEEN ? AND ? ORDER BY seq`, args: [s, Math.min(to, s + page - 1)] });
    for (const x of r.rows) out.push(x as unknown as ArrayLike<unknown>);
  }
  return out;
});
await timed('read, native iterate hashed columns (one statement)', () => {
  let n = 0;
  for (const _ of native.prepare(`SELECT ${SORTED} FROM decisions WHERE seq BETWEEN ? AND ? ORDER BY seq`).raw(true).iterate(from, to)) n++;
  return n;
});
const blobs: Uint8Array[] = await timed('read, client.execute canonical BLOB + seq/prev/hash', async () => {
  const out: Uint8Array[] = [];
  for (let s = from; s <= to; s += page) {
    const r = await client.execute({ sql: `SELECT seq, id, prev_hash, entry_hash, ${CANONICAL_SQL} FROM decisions WHERE seq BETWEEN ? AND ? ORDER BY seq`, args: [s, Math.min(to, s + page - 1)] });
    for (const x of r.rows) out.push(new Uint8Array(x[4] as ArrayBuffer));
  }
  return out;
});
await timed('read, native iterate canonical BLOB + seq/prev/hash', () => {
  let n = 0;
  for (const _ of native.prepare(`SELECT seq, id, prev_hash, entry_hash, ${CANONICAL_SQL} FROM decisions WHERE seq BETWEEN ? AND ? ORDER BY seq`).raw(true).iterate(from, to)) n++;
  return n;
});
let bad = 0;
await timed('hash, entryHashOfValues (JS escaping + utf8 + sha256)', () => {
  for (const r of strRows) if (entryHashOfValues(r) !== r[HASHED_COLUMNS_SORTED.length]) bad++;
});
const texts: string[] = [];
await timed('  of which: canonical text in JS (JSON.stringify + concat)', () => {
  for (const r of strRows) {
    let t = String(r[HASHED_COLUMNS_SORTED.indexOf('prev_hash')]) + '\n{';
    HASHED_COLUMNS_SORTED.forEach((k, i) => { t += (i ? ',' : '') + JSON.stringify(k) + ':' + JSON.stringify(r[i]); });
    texts.push(t + '}');
  }
});
await timed('  of which: sha256 of the text (utf8 encode + hash)', () => { for (const t of texts) createHash('sha256').update(t, 'utf8').digest('hex'); });
await timed('hash, isUtf8 + sha256 of the SQL-built bytes', () => {
  for (let i = 0; i < blobs.length; i++) {
    const b = blobs[i]!;
    if (!isUtf8(b)) bad++;
    if (createHash('sha256').update(b).digest('hex') !== strRows[i]![HASHED_COLUMNS_SORTED.length]) bad++;
  }
});
const bytes = blobs.reduce((n, b) => n + b.byteLength, 0) / blobs.length;
console.log(`mean canonical entry: ${bytes.toFixed(0)} bytes; mismatches: ${bad}`);
native.close();
client.close();

/** The whole log, as GET /v1/audit/verify on Node (threads), or with --single as DecisionLog.verify. */
async function full(file: string): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const resident = () => {
    try {
      return execFileSync('fincore', ['-n', '-o', 'RES,SIZE', file], { encoding: 'utf8' }).trim().replace(/\s+/g, ' of ');
    } catch {
      return 'unknown (no fincore)';
    }
  };
  // Read-only everywhere (the 1M file takes half an hour to rebuild): the client cannot open a file
  // read-only, so the main thread reads through the native driver with an SQLite URI (mode=ro), via
  // drizzle's sqlite-proxy for the checkpoints; the verification threads open it read-only themselves.
  const native = new Database(`file:${file.replace(/[%?#]/g, (c) => '%' + c.charCodeAt(0).toString(16))}?mode=ro`);
  const all = (sql: string, args: unknown[]) => native.prepare(sql).raw(true).all(...args) as unknown[][];
  const readOnly: Store = {
    db: drizzleProxy(async (sql, params, method) => {
      const rows = all(sql, params);
      return { rows: method === 'get' ? (rows[0] ?? []) : rows };
    }, { schema }) as unknown as Store['db'],
    driver: 'libsql',
    batch: () => Promise.reject(new Error('read-only')),
    exec: () => Promise.reject(new Error('read-only')),
    rows: async (sql, args = []) => all(sql, args),
    write: () => Promise.reject(new Error('read-only')),
    maxParams: 30_000,
    close: () => native.close(),
  };
  const log = new DecisionLog(readOnly);
  const host = { log, config: {}, clock: () => new Date() };
  useSigner(host, (await generateSigner('ephemeral')).signer);
  const threads = arg('--threads') ? Number(arg('--threads')) : undefined;
  if (!process.argv.includes('--single')) useParallelVerify(host, parallelVerifier({ url: 'file:' + file, ...(threads ? { threads } : {}), ...(arg('--page') ? { page: Number(arg('--page')) } : {}) }));
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  const l0 = loadavg();
  console.log(`load average ${l0.map((x) => x.toFixed(2)).join(' ')}; page cache ${resident()}`);
  const c0 = cpu();
  const t0 = performance.now();
  const to = arg('--to') ? Number(arg('--to')) : undefined;
  const r = process.argv.includes('--single') ? await log.verify(1, to) : await verifyAudit(host, 1, to);
  const ms = performance.now() - t0;
  const cms = cpu() - c0;
  const l1 = loadavg();
  console.log(`${process.argv.includes('--single') ? 'DecisionLog.verify (one thread)' : 'verifyAudit (threads)'}: ${r.ok ? 'ok' : 'BROKEN ' + JSON.stringify(r.first_broken)}, ${r.entries} entries in ${(ms / 1000).toFixed(2)} s wall (${((ms * 1000) / Math.max(1, r.entries)).toFixed(2)} µs/entry), CPU of all threads ${(cms / 1000).toFixed(2)} s (${((cms * 1000) / Math.max(1, r.entries)).toFixed(2)} µs/entry); load average after ${l1.map((x) => x.toFixed(2)).join(' ')}`);
  readOnly.close();
}
