import { createClient } from '@libsql/client';
import { Miniflare } from 'miniflare';
import { d1Store, libsqlStore, type Store } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';

/** A fresh, migrated store and a way to dispose of it. */
export interface TestStore {
  store: Store;
  /** Runs raw SQL bypassing the app (for tamper probes). */
  raw(sql: string): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh libSQL database (in memory), migrated. */
export async function freshLibsql(): Promise<TestStore> {
  const client = createClient({ url: ':memory:' });
  const store = libsqlStore(client);
  await migrate(store, readMigrations());
  return { store, raw: async (sql) => void (await client.executeMultiple(sql)), dispose: async () => client.close() };
}

/** A fresh local D1 database (Miniflare, the simulator wrangler dev uses), migrated. */
export async function freshD1(): Promise<TestStore> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null, { status: 204 }) } }',
    d1Databases: { DB: 'scope-gate-test-' + Math.random().toString(36).slice(2) },
  });
  const binding = (await mf.getD1Database('DB')) as unknown as D1Database;
  const store = d1Store(binding);
  await migrate(store, readMigrations());
  return {
    store,
    raw: async (sql) => void (await binding.exec(sql.replace(/\n/g, ' '))),
    dispose: () => mf.dispose(),
  };
}

/** Both drivers, for `describe.each`: one storage suite run against libSQL and D1. */
export const DRIVERS: [string, () => Promise<TestStore>][] = [
  ['libsql', freshLibsql],
  ['d1', freshD1],
];
