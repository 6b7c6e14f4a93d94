import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { Miniflare } from 'miniflare';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { d1Store, libsqlStore } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';
import type { TestStore } from '../helpers/stores.js';

/**
 * The database refuses writes (read-only), runs out of room (disk full) or stops answering
 * altogether. The service must answer 503 with no verdict, log nothing, keep the chain whole, and
 * take decisions again as soon as storage is back: same process, same app, no restart.
 */
type Fault = 'read-only' | 'disk-full' | 'down';
interface FaultyStore extends TestStore {
  set(fault: Fault | null): Promise<void>;
}

/** libSQL on a real file (as `npm start` runs it): faults made with SQLite's own switches. */
async function faultyLibsql(): Promise<FaultyStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-faults-'));
  const real = createClient({ url: `file:${join(dir, 'log.db')}` });
  await real.execute('PRAGMA journal_mode = WAL');
  let down = false;
  const client = new Proxy(real, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (down && ['execute', 'batch', 'executeMultiple', 'migrate', 'transaction'].includes(String(prop))) {
          return Promise.reject(Object.assign(new Error('SQLITE_IOERR: disk I/O error'), { code: 'SQLITE_IOERR', name: 'LibsqlError' }));
        }
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Client;
  const store = libsqlStore(client);
  await migrate(store, readMigrations());
  let maxPages: number | null = null;
  return {
    store,
    raw: async (sql) => void (await real.executeMultiple(sql)),
    dispose: async () => {
      real.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async set(fault) {
      down = fault === 'down';
      await real.execute(`PRAGMA query_only = ${fault === 'read-only' ? 'ON' : 'OFF'}`);
      if (fault === 'disk-full') {
        // No page beyond those in use: the next entry that needs a page fails with SQLITE_FULL.
        await real.execute('PRAGMA wal_checkpoint(TRUNCATE)');
        const pages = Number((await real.execute('PRAGMA page_count')).rows[0]![0]);
        maxPages = Number((await real.execute(`PRAGMA max_page_count = ${pages}`)).rows[0]![0]);
        expect(maxPages).toBe(pages);
      } else if (maxPages !== null) {
        await real.execute('PRAGMA max_page_count = 1073741823');
        maxPages = null;
      }
    },
  };
}

/** A D1 binding wrapper that fails the way D1 fails: read-only, full, or unreachable. */
class FaultyD1 {
  fault: Fault | null = null;
  constructor(readonly real: D1Database) {}
  check(sql: string) {
    const write = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i.test(sql);
    if (this.fault === 'down') throw new Error('D1_ERROR: Network connection lost.');
    if (this.fault === 'read-only' && write) throw new Error('D1_ERROR: attempt to write a readonly database: SQLITE_READONLY');
    if (this.fault === 'disk-full' && write) throw new Error('D1_ERROR: database or disk is full: SQLITE_FULL');
  }
  prepare(sql: string) {
    return new FaultyStatement(this, sql, this.real.prepare(sql));
  }
  async batch(stmts: FaultyStatement[]) {
    for (const s of stmts) this.check(s.sql);
    return this.real.batch(stmts.map((s) => s.inner));
  }
  async exec(sql: string) {
    this.check(sql);
    return this.real.exec(sql);
  }
}
class FaultyStatement {
  constructor(readonly db: FaultyD1, readonly sql: string, readonly inner: D1PreparedStatement) {}
  bind(...values: unknown[]) {
    return new FaultyStatement(this.db, this.sql, this.inner.bind(...values));
  }
  async run() {
    this.db.check(this.sql);
    return this.inner.run();
  }
  async all() {
    this.db.check(this.sql);
    return this.inner.all();
  }
  async raw() {
    this.db.check(this.sql);
    return this.inner.raw();
  }
  async first(col?: string) {
    this.db.check(this.sql);
    return col === undefined ? this.inner.first() : this.inner.first(col);
  }
}

async function faultyD1(): Promise<FaultyStore> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null, { status: 204 }) } }',
    d1Databases: { DB: 'sg-faults-' + Math.random().toString(36).slice(2) },
  });
  const real = (await mf.getD1Database('DB')) as unknown as D1Database;
  const faulty = new FaultyD1(real);
  const store = d1Store(faulty as unknown as D1Database);
  await migrate(store, readMigrations());
  return {
    store,
    raw: async (sql) => void (await real.exec(sql.replace(/\n/g, ' '))),
    dispose: () => mf.dispose(),
    async set(fault) {
      faulty.fault = fault;
    },
  };
}

const DRIVERS: [string, () => Promise<FaultyStore>][] = [['libsql file', faultyLibsql], ['d1', faultyD1]];
const FAULTS: Fault[] = ['read-only', 'disk-full', 'down'];

describe.each(DRIVERS)('%s', (_driver, make) => {
  let t: FaultyStore;
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await make();
    ctx = await testApp({ store: t });
  });
  afterEach(async () => {
    await t.set(null);
    await t.dispose();
  });

  // A body big enough that its entry needs fresh pages (so a full disk cannot hide it in free space).
  const body = (i: number) => ({ feature: { ...DM_FEATURE, title: `私信 ${i}`, description: DM_FEATURE.description + '。'.repeat(6000) } });
  const post = (i: number, token: string = TOKENS.submitter) => ctx.call('POST', '/v1/decisions', { token, body: body(i) });

  test.each(FAULTS)('%s: 503 with no verdict, nothing logged, chain whole, and back by itself', async (fault) => {
    const first = await post(0);
    expect(first.status).toBe(201);
    const firstId = ((await first.json()) as { id: string }).id;
    const key = (await (await ctx.call('POST', '/v1/keys', { token: TOKENS.admin, body: { role: 'auditor', name: 'db reader' } })).json()) as { token: string };

    await t.set(fault);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(100 + i)));
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      const p = (await res.json()) as Record<string, unknown>;
      for (const k of ['verdict', 'categories', 'reasons', 'id']) expect(p).not.toHaveProperty(k);
    }
    const read = await ctx.call('GET', `/v1/decisions/${firstId}`, { token: TOKENS.auditor });
    const health = await ctx.call('GET', '/healthz');
    const newKey = await ctx.call('POST', '/v1/keys', { token: TOKENS.admin, body: { role: 'submitter', name: 'during fault' } });
    // a full disk may still hold a small key row in free space; read-only and down never do
    if (fault === 'disk-full') expect([201, 503]).toContain(newKey.status);
    else expect(newKey.status).toBe(503);
    if (fault === 'down') {
      // nothing can be read either: 503, never 500, never a stale answer
      expect(read.status).toBe(503);
      expect(health.status).toBe(503);
      expect((await ctx.call('GET', '/v1/decisions', { token: TOKENS.auditor })).status).toBe(503);
      expect((await ctx.call('GET', '/v1/decisions', { token: key.token })).status).toBe(503);
    } else {
      // reads go on while writes are refused
      expect(read.status).toBe(200);
      expect(health.status).toBe(200);
      expect((await ctx.call('GET', '/v1/decisions', { token: key.token })).status).toBe(200);
    }

    await t.set(null);
    const back = await Promise.all(Array.from({ length: 12 }, (_, i) => post(200 + i)));
    expect(back.map((r) => r.status)).toEqual(Array(12).fill(201));
    const report = await ctx.services.log.verify();
    expect(report).toMatchObject({ ok: true, entries: 13 });
    const rows = await ctx.services.log.range(1, 100);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(rows.some((r) => /私信 1\d\d$/.test(r.title))).toBe(false);
    expect((await ctx.call('GET', '/healthz')).status).toBe(200);
  }, 120_000);

  test('a fault that starts and ends while clients keep posting: every 201 is in the log, every other answer is 503', async () => {
    const ids: string[] = [];
    const statuses = new Set<number>();
    for (let round = 0; round < 6; round++) {
      await t.set(round % 2 === 1 ? 'down' : null);
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => post(round * 10 + i)));
      for (const res of answers) {
        statuses.add(res.status);
        if (res.status === 201) ids.push(((await res.json()) as { id: string }).id);
        else expect(res.status).toBe(503);
      }
    }
    await t.set(null);
    expect(statuses).toEqual(new Set([201, 503]));
    expect(ids).toHaveLength(18);
    for (const id of ids) expect(await ctx.services.log.get(id)).not.toBeNull();
    expect(await ctx.services.log.verify()).toMatchObject({ ok: true, entries: 18 });
  }, 120_000);
});
