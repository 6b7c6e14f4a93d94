import { createClient, type Client } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { useParallelVerify, useSigner } from '../../src/audit/context.js';
import { installParallelVerify, parallelVerifier } from '../../src/audit/parallel.js';
import { makeCheckpoint, verifyAudit } from '../../src/audit/service.js';
import { generateSigner, type Signer } from '../../src/audit/signing.js';
import { LogVerifier } from '../../src/audit/verifier.js';
import { libsqlStore } from '../../src/storage/db.js';
import { entryHash, type DecisionRow } from '../../src/storage/log.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';
import type { TestStore } from '../helpers/stores.js';
import { auditHost, fill } from './helpers.js';

/**
 * The threaded verifier (worker threads, chunks of 8 entries here) must say exactly what the
 * entry-by-entry one says, on a good log and on every corruption probe: the same first broken
 * entry, reason, counts and roots. Each probe compares the two reports in full.
 */
const CHUNK = 8;
const dir = mkdtempSync(join(tmpdir(), 'scope-gate-parallel-'));
let n = 0;
let signer: Signer;

async function fileStore(): Promise<TestStore & { url: string; client: Client }> {
  const url = 'file:' + join(dir, `log-${++n}.db`);
  const client = createClient({ url });
  await client.execute('PRAGMA journal_mode = WAL');
  const store = libsqlStore(client);
  await migrate(store, readMigrations());
  return { url, client, store, raw: async (sql) => void (await client.executeMultiple(sql)), dispose: async () => client.close() };
}

const q = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

beforeAll(async () => {
  signer = (await generateSigner('configured')).signer;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('verification on worker threads says what entry-by-entry verification says', () => {
  let t: Awaited<ReturnType<typeof fileStore>>;
  let host: Awaited<ReturnType<typeof auditHost>>;
  let threaded: typeof host;

  /** Both reports, whole log and a few ranges; the threaded one must equal the other. */
  async function both(ranges: [number, number | undefined][] = [[1, undefined]]) {
    const out = [];
    for (const [a, b] of ranges) {
      const plain = await verifyAudit(host, a, b);
      const chunks = vi.spyOn(LogVerifier.prototype, 'pushChunk');
      const par = await verifyAudit(threaded, a, b);
      // The threads did the work (not the fallback entry by entry), wherever there was any.
      if (a <= ((await host.log.head())?.seq ?? 0)) expect(chunks).toHaveBeenCalled();
      chunks.mockRestore();
      expect(par).toEqual(plain);
      out.push(plain);
    }
    return out[0]!;
  }

  beforeEach(async () => {
    t = await fileStore();
    host = await auditHost(t, signer);
    threaded = { ...host };
    useSigner(threaded, signer);
    useParallelVerify(threaded, parallelVerifier({ url: t.url, threads: 2, chunk: CHUNK, minEntries: 1 }));
    // 61 entries with checkpoints inside chunks (5, 13, 30), at a chunk's end (16) and at the head.
    await fill(host.log, 5, 5);
    await makeCheckpoint(host);
    await fill(host.log, 8, 8);
    await makeCheckpoint(host);
    await fill(host.log, 3, 3);
    await makeCheckpoint(host);
    await fill(host.log, 14, 14);
    await makeCheckpoint(host);
    await fill(host.log, 31, 31);
    await makeCheckpoint(host);
    return () => t.dispose();
  });

  test('a good log: ok, every root checked, ranges too', { timeout: 60_000 }, async () => {
    const r = await both([[1, undefined], [3, 40], [9, 16], [17, undefined], [60, 61]]);
    expect(r).toMatchObject({ ok: true, entries: 61, checkpoints: { total: 5, roots_checked: 5 } });
  });

  test.each([
    ['a field edited mid-chunk', `DROP TRIGGER decisions_no_update; UPDATE decisions SET verdict = 'rejected' WHERE seq = 21`, 21],
    ['a field edited at a chunk\'s first entry', `DROP TRIGGER decisions_no_update; UPDATE decisions SET title = 'x' WHERE seq = 25`, 25],
    ['a row deleted mid-chunk', `DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq = 30`, 30],
    ['a chunk\'s first row deleted', `DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq = 33`, 33],
    ['a chunk\'s last row deleted', `DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq = 40`, 40],
    ['a whole chunk deleted', `DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq BETWEEN 41 AND 48`, 41],
    ['two rows swapped across chunks', `DROP TRIGGER decisions_no_update; UPDATE decisions SET seq = -3 WHERE seq = 7; UPDATE decisions SET seq = 7 WHERE seq = 12; UPDATE decisions SET seq = 12 WHERE seq = -3`, 7],
    ['the tail truncated behind a checkpoint', `DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq > 50`, 51],
    ['a prev_hash edited at a chunk\'s first entry', `DROP TRIGGER decisions_no_update; UPDATE decisions SET prev_hash = '${'1'.repeat(64)}' WHERE seq = 17`, 17],
    ['an answer turned into a BLOB (the general path)', `DROP TRIGGER decisions_no_update; UPDATE decisions SET answer = X'7b7d' WHERE seq = 19`, 19],
    ['malformed UTF-8 (never read as text)', `DROP TRIGGER decisions_no_update; UPDATE decisions SET team = CAST(X'e4b8' AS TEXT) WHERE seq = 44`, 44],
    ['an id that is not UTF-8 (cut from the page\'s bytes: the driver would abort reading it as text)', `DROP TRIGGER decisions_no_update; UPDATE decisions SET id = CAST(X'e4b8' AS TEXT) WHERE seq = 27`, 27],
    ['a prev_hash that is not UTF-8', `DROP TRIGGER decisions_no_update; UPDATE decisions SET prev_hash = CAST(X'ff' || CAST(prev_hash AS BLOB) AS TEXT) WHERE seq = 38`, 38],
    ['one character changed in the middle of an answer (the threads\' page path)', `DROP TRIGGER decisions_no_update; UPDATE decisions SET answer = substr(answer, 1, length(answer) / 2) || iif(substr(answer, length(answer) / 2 + 1, 1) = 'X', 'Y', 'X') || substr(answer, length(answer) / 2 + 2) WHERE seq = 22`, 22],
    ['a byte that is not UTF-8 inside an answer, mid-page', `DROP TRIGGER decisions_no_update; UPDATE decisions SET answer = CAST(CAST(substr(answer, 1, 10) AS BLOB) || X'ff' || CAST(substr(answer, 11) AS BLOB) AS TEXT) WHERE seq = 36`, 36],
  ])('%s', { timeout: 60_000 }, async (_name, sql, seq) => {
    await t.raw(sql);
    const r = await both([[1, undefined], [3, 52], [seq, undefined]]);
    expect(r.ok).toBe(false);
    expect(r.first_broken!.seq).toBe(seq);
  });

  test('the chain recomputed from inside a chunk: the checkpoint inside a later chunk catches it', { timeout: 60_000 }, async () => {
    const all: DecisionRow[] = await host.log.range(1, 1000);
    let prev = all[9]!.entryHash;
    const stmts = ['DROP TRIGGER decisions_no_update'];
    for (const r of all.slice(10)) {
      const { entryHash: _old, ...rest } = r;
      const changed = { ...rest, prevHash: prev, verdict: r.seq === 11 ? 'rejected' : r.verdict };
      const h = entryHash(changed);
      stmts.push(`UPDATE decisions SET verdict = ${q(changed.verdict)}, prev_hash = ${q(prev)}, entry_hash = ${q(h)} WHERE seq = ${r.seq}`);
      prev = h;
    }
    await t.raw(stmts.join('; '));
    const r = await both();
    expect(r).toMatchObject({ ok: false, entries: 13, first_broken: { seq: 13, checkpoint: 2, reason: expect.stringMatching(/recomputed/) } });
  });

  test('an entry only the general path can hash, the chain recomputed after it: the run goes on through it to the next checkpoint', { timeout: 60_000 }, async () => {
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET answer = X'7b7d' WHERE seq = 20`);
    const all: DecisionRow[] = await host.log.range(1, 1000);
    let prev = all[18]!.entryHash;
    const stmts: string[] = [];
    for (const r of all.slice(19)) {
      const { entryHash: _old, ...rest } = r;
      const h = entryHash({ ...rest, prevHash: prev });
      stmts.push(`UPDATE decisions SET prev_hash = ${q(prev)}, entry_hash = ${q(h)} WHERE seq = ${r.seq}`);
      prev = h;
    }
    await t.raw(stmts.join('; '));
    expect(await host.log.verify()).toMatchObject({ ok: true, entries: 61 });
    const r = await both([[1, undefined], [18, 40]]);
    expect(r).toMatchObject({ ok: false, entries: 30, first_broken: { seq: 30, checkpoint: 4 } });
  });

  test('a checkpoint made through the threads re-verifies and signs the same root', { timeout: 60_000 }, async () => {
    await fill(host.log, 20, 20);
    const viaThreads = await makeCheckpoint(threaded);
    expect(viaThreads.created).toBe(true);
    expect(await both()).toMatchObject({ ok: true, entries: 81, checkpoints: { total: 6, roots_checked: 6 } });
  });
});

test('installParallelVerify: only for a local database file', async () => {
  const host = { log: null as never, clock: () => new Date() };
  expect(installParallelVerify({ ...host, config: { databaseUrl: ':memory:' } })).toBe(false);
  expect(installParallelVerify({ ...host, config: { databaseUrl: 'file::memory:' } })).toBe(false);
  expect(installParallelVerify({ ...host, config: { databaseUrl: 'libsql://db.example.turso.io' } })).toBe(false);
  expect(installParallelVerify({ ...host, config: { databaseUrl: 'file:./data/scope-gate.db' } })).toBe(true);
});
