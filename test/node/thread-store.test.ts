import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isStorageError } from '../../src/http/middleware/unavailable.js';
import { DecisionLog } from '../../src/storage/log.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';
import { KILL_WRITER, threadedLibsqlStore } from '../../src/storage/thread-store.js';
import { entry } from '../helpers/entries.js';

/** The Node entry's store on a local file: the log's commits on a writer thread. */
describe('threaded libSQL store (the log writes on a worker thread)', () => {
  let dir: string;
  let client: Client;
  let store: Awaited<ReturnType<typeof threadedLibsqlStore>>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sg-thread-store-'));
    const url = `file:${join(dir, 'log.db')}`;
    client = createClient({ url });
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA synchronous = FULL');
    await client.execute('PRAGMA busy_timeout = 5000');
    store = await threadedLibsqlStore(client, { url, synchronous: 'FULL', busyTimeoutMs: 5000 });
    await migrate(store, readMigrations());
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('concurrent appends: gap-free sequence, a valid chain, each readable on the main connection once its append resolved', async () => {
    const log = new DecisionLog(store);
    const inputs = Array.from({ length: 150 }, () => entry());
    const results = await Promise.all(inputs.map(async (i) => {
      const r = await log.append(i);
      // committed before the promise resolved, and visible to the main thread's connection
      expect((await log.get(i.id))?.id).toBe(i.id);
      return r;
    }));
    const seqs = results.map((r) => (r.kind === 'appended' ? r.seq : -1)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 150 });
    // more than one decision per commit: the group commit still groups
    expect(log.groupSizes.length).toBeLessThan(150);
  });

  test('two writers on one file never fork or skip the chain (constraint errors cross the thread intact)', async () => {
    const a = new DecisionLog(store);
    const b = new DecisionLog(store);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).append(entry())));
    expect(results.every((r) => r.kind === 'appended')).toBe(true);
    expect(await a.verify()).toMatchObject({ ok: true, entries: 60 });
  });

  test('idempotency keys work across groups', async () => {
    const log = new DecisionLog(store);
    const e = entry({ idempotencyKey: 'k-1' });
    const first = await log.append(e);
    const again = await log.append({ ...entry({ idempotencyKey: 'k-1' }) });
    expect(first.kind).toBe('appended');
    expect(again).toMatchObject({ kind: 'existing', row: { id: e.id } });
    expect(await log.count()).toBe(1);
  });

  test('a failed write rejects with the driver\'s error: a constraint is recognisable, and it counts as a storage error', async () => {
    await store.write([{ sql: 'CREATE TABLE t (a INTEGER PRIMARY KEY)', args: [] }]);
    await store.write([{ sql: 'INSERT INTO t (a) VALUES (?)', args: [1] }]);
    const err = await store.write([{ sql: 'INSERT INTO t (a) VALUES (?)', args: [1] }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message) + String((err as Error).cause ?? '')).toMatch(/UNIQUE|constraint/i);
    expect(isStorageError(err)).toBe(true);
    // all or none: a batch whose second statement fails leaves nothing
    await store.write([{ sql: 'INSERT INTO t (a) VALUES (?)', args: [2] }, { sql: 'INSERT INTO t (a) VALUES (?)', args: [1] }]).catch(() => {});
    expect((await store.rows('SELECT count(*) FROM t'))[0]![0]).toBe(1);
  });

  test('if the writer thread dies, the groups it held fail as storage errors (503), the next write starts a new thread, and the chain stays whole', async () => {
    const log = new DecisionLog(store);
    for (let i = 0; i < 5; i++) await log.append(entry());
    const inFlight = Array.from({ length: 20 }, () => log.append(entry()).then((r) => r, (e: unknown) => e));
    await new Promise((r) => setImmediate(r)); // let the group be sent
    await store[KILL_WRITER]();
    const outcomes = await Promise.all(inFlight);
    for (const o of outcomes) if (o instanceof Error) expect(isStorageError(o)).toBe(true);
    // a new thread takes the next group; nothing is lost or forked
    const after = await Promise.all(Array.from({ length: 10 }, () => log.append(entry())));
    expect(after.every((r) => r.kind === 'appended')).toBe(true);
    const report = await log.verify();
    expect(report.ok).toBe(true);
    const acknowledged = outcomes.filter((o) => !(o instanceof Error)).length;
    expect(report.entries).toBeGreaterThanOrEqual(5 + acknowledged + 10);
  });

  test('after close, writes fail as storage errors (503), never silently', async () => {
    store.close();
    const err = await store.write([{ sql: 'SELECT 1', args: [] }]).catch((e: unknown) => e);
    expect(isStorageError(err)).toBe(true);
  });
});
