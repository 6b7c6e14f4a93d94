/**
 * Where DecisionLog.verify() spends its time, per entry, on a sample of an audit database built by
 * the benchmark: reading pages through drizzle (as verify does), reading the same rows with the
 * raw libSQL client, canonical JSON, SHA-256 with @noble/hashes (entryHash) and with node:crypto.
 *
 *   npx tsx bench/profile/verify.ts bench/.cache/audit-1000000-v2.db [rows]
 */
import { createClient } from '@libsql/client';
import { and, asc, gte, lte } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/engine/canonical.js';
import { libsqlStore } from '../../src/storage/db.js';
import { entryHash, hashedFields, type DecisionRow } from '../../src/storage/log.js';
import { decisions } from '../../src/storage/schema.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: verify.ts FILE.db [rows]');
  process.exit(2);
}
const rows = Number(process.argv[3] ?? 50_000);
const client = createClient({ url: 'file:' + path });
const store = libsqlStore(client);
const max = Number((await client.execute('SELECT MAX(seq) AS n FROM decisions')).rows[0]!.n);
const from = Math.max(1, Math.floor(max / 2) - Math.floor(rows / 2));
const page = 2000;

const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
async function timed<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const c0 = cpu();
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  const cms = cpu() - c0;
  console.log(`${name.padEnd(46)} ${((ms * 1000) / rows).toFixed(1).padStart(7)} µs/entry wall ${((cms * 1000) / rows).toFixed(1).padStart(7)} µs CPU  → ${((ms * 1_000_000) / rows / 1000).toFixed(0).padStart(5)} s per 1M`);
  return r;
}

// Warm the page cache first, so both readers see the same cache state.
await client.execute({ sql: 'SELECT SUM(LENGTH(answer)) FROM decisions WHERE seq BETWEEN ? AND ?', args: [from, from + rows - 1] });
const all: DecisionRow[] = await timed('read, drizzle select() pages of 2000 (verify)', async () => {
  const out: DecisionRow[] = [];
  for (let s = from; s < from + rows; s += page) {
    out.push(...await store.db.select().from(decisions).where(and(gte(decisions.seq, s), lte(decisions.seq, Math.min(from + rows - 1, s + page - 1)))).orderBy(asc(decisions.seq)));
  }
  return out;
});
await timed('read, raw client.execute pages of 2000', async () => {
  let n = 0;
  for (let s = from; s < from + rows; s += page) {
    n += (await client.execute({ sql: 'SELECT * FROM decisions WHERE seq BETWEEN ? AND ? ORDER BY seq', args: [s, Math.min(from + rows - 1, s + page - 1)] })).rows.length;
  }
  return n;
});
await timed('hash, entryHash (canonical + @noble sha256)', () => { for (const r of all) { const { entryHash: _h, ...rest } = r; entryHash(rest); } });
await timed('canonicalJson(hashedFields) only', () => { for (const r of all) canonicalJson(hashedFields(r)); });
await timed('hash, canonical + node:crypto sha256', () => {
  for (const r of all) createHash('sha256').update(r.prevHash + '\n' + canonicalJson(hashedFields(r))).digest('hex');
});
const bytes = all.reduce((n, r) => n + Buffer.byteLength(canonicalJson(hashedFields(r))), 0) / all.length;
console.log(`mean canonical entry: ${bytes.toFixed(0)} bytes; rows ${from}..${from + rows - 1} of ${max}`);
client.close();
