/**
 * A copy of src/node.ts with timing instrumentation, for bench/profile/server.ts only: the same
 * modules, with knobs the real entry does not have (BENCH_SYNC: the synchronous pragma; BENCH_NULL_LOG=1:
 * a log that commits nothing, to price the log) and group-commit statistics printed on SIGTERM.
 */
import { serve } from '@hono/node-server';
import { createClient } from '@libsql/client';
import { loadConfig } from '../../src/config.js';
import { CONSOLE_FILES } from '../../src/console/assets.js';
import { createApp } from '../../src/http/app.js';
import { defaultRuleset } from '../../src/rules/index.js';
import { buildServices } from '../../src/service/bootstrap.js';
import { libsqlStore } from '../../src/storage/db.js';
import { DecisionLog } from '../../src/storage/log.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';

const config = loadConfig(process.env);
const client = createClient({ url: config.databaseUrl });
await client.execute('PRAGMA journal_mode = WAL');
await client.execute(`PRAGMA synchronous = ${process.env.BENCH_SYNC ?? 'FULL'}`);
await client.execute('PRAGMA busy_timeout = 5000');
const store = libsqlStore(client);
await migrate(store, readMigrations());
const stats = { batches: 0, statements: 0, batchMs: 0, appends: 0, appendMs: 0 };
const batch = store.batch.bind(store);
store.batch = async (items) => {
  const t = performance.now();
  try {
    return await batch(items);
  } finally {
    stats.batches++;
    stats.statements += items.length;
    stats.batchMs += performance.now() - t;
  }
};
if (process.env.BENCH_DEFER_FLUSH === '1') {
  // The change recommended for src/storage/log.ts, tried here: start a group one event-loop turn
  // after its first append (setImmediate), so every request parsed in the same I/O phase joins it.
  type Internals = { queue: unknown[]; flushing: boolean; scheduled?: boolean; flush(): Promise<void> };
  DecisionLog.prototype.append = function (this: DecisionLog, input) {
    const self = this as unknown as Internals;
    return new Promise((resolve, reject) => {
      self.queue.push({ input, resolve, reject });
      if (!self.flushing && !self.scheduled) {
        self.scheduled = true;
        setImmediate(() => {
          self.scheduled = false;
          if (!self.flushing) void self.flush();
        });
      }
    });
  };
}
const services = buildServices(config, store, defaultRuleset);
const append = services.log.append.bind(services.log);
if (process.env.BENCH_NULL_LOG === '1') {
  services.log.append = async () => ({ kind: 'appended', seq: 1, entryHash: '' });
} else {
  services.log.append = async (input) => {
    const t = performance.now();
    try {
      return await append(input);
    } finally {
      stats.appends++;
      stats.appendMs += performance.now() - t;
    }
  };
}
const app = createApp(services, { consoleFiles: CONSOLE_FILES });
const server = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' });
process.on('SIGTERM', () => {
  console.log('BENCH_STATS ' + JSON.stringify({
    ...stats,
    statements_per_batch: stats.statements / Math.max(1, stats.batches),
    ms_per_batch: stats.batchMs / Math.max(1, stats.batches),
    ms_per_append_wait: stats.appendMs / Math.max(1, stats.appends),
  }));
  server.close();
  client.close();
  process.exit(0);
});
