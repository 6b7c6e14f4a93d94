import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve } from '@hono/node-server';
import { createClient } from '@libsql/client';
import { ConfigError, loadConfig } from './config.js';
import { makeCheckpoint } from './audit/index.js';
import { prepareCheckpointKey } from './audit/node-key.js';
import { installParallelVerify } from './audit/parallel.js';
import { CONSOLE_FILES } from './console/assets.js';
import { createApp } from './http/app.js';
import { defaultRuleset } from './rules/index.js';
import { buildServices } from './service/bootstrap.js';
import { startEngineThread } from './service/engine-thread.js';
import { libsqlStore, LOG_PAGE_SIZE } from './storage/db.js';
import { threadedLibsqlStore } from './storage/thread-store.js';
import { migrate } from './storage/migrate.js';
import { readMigrations } from './storage/migrations-fs.js';

/**
 * The Node entry (`npm start`): reads the configuration once, opens the libSQL file (or remote
 * URL), migrates the schema, and serves the app on PORT.
 */
async function main() {
  const config = loadConfig(process.env);
  if (config.databaseUrl.startsWith('file:')) {
    const path = config.databaseUrl.slice('file:'.length);
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url: config.databaseUrl, ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}) });
  const localFile = config.databaseUrl.startsWith('file:') && !/^file::memory:|^file:$/.test(config.databaseUrl);
  if (config.databaseUrl.startsWith('file:')) {
    // A new log file gets 64 KB pages (LOG_PAGE_SIZE; a no-op on an existing file): verifying the 1M-entry
    // log took 22.7 instead of 32.6 us CPU per entry, group commits no slower (docs/BENCH.md).
    await client.execute(`PRAGMA page_size = ${LOG_PAGE_SIZE}`);
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA synchronous = FULL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  // A local file: the log's commits run on a writer thread (its own connection, synchronous = FULL
  // too), so their fsync does not stop the event loop; each answer still waits for its commit.
  // If the thread cannot start, the commits run here as before (same durability, slower).
  const store = localFile
    ? await threadedLibsqlStore(client, { url: config.databaseUrl, synchronous: 'FULL', busyTimeoutMs: 5000 }).catch((e) => {
      console.error(JSON.stringify({ level: 'warn', msg: 'log writer thread not started; committing on the main thread', error: String(e?.message ?? e) }));
      return libsqlStore(client);
    })
    : libsqlStore(client);
  const applied = await migrate(store, readMigrations());
  const services = buildServices(config, store, defaultRuleset);
  // A local file: GET /v1/audit/verify checks chunks of the chain on worker threads (same report).
  installParallelVerify(services);
  // The engine on a worker thread (ENGINE_THREAD=0: in this thread; =tsx: compiled by tsx rather
  // than esbuild), so that on a second core the main thread parses, logs and answers requests while
  // the engine judges others. If the thread cannot start, decisions are judged here: same engine,
  // same answers.
  const engineMode = process.env.ENGINE_THREAD ?? '';
  const engineThread = engineMode === '0' ? null : startEngineThread(services.ruleset.revision, { loader: engineMode === 'tsx' ? 'tsx' : 'esbuild' }).catch((e) => {
    console.error(JSON.stringify({ level: 'warn', msg: 'engine thread not started; judging on the main thread', error: String(e?.message ?? e) }));
    return null;
  });
  await prepareCheckpointKey(services);
  const evaluator = await engineThread;
  if (evaluator) services.evaluator = evaluator;
  const app = createApp(services, { consoleFiles: CONSOLE_FILES });
  // A signed checkpoint over the log's head every CHECKPOINT_INTERVAL_SECONDS (default 300; 0 = off).
  const every = Number(process.env.CHECKPOINT_INTERVAL_SECONDS ?? 300);
  if (every > 0) {
    setInterval(() => {
      makeCheckpoint(services).catch((e) =>
        console.error(JSON.stringify({ level: 'error', msg: 'checkpoint refused', error: String(e?.message ?? e) })));
    }, every * 1000).unref();
  }

  if (config.generatedKeys) {
    console.log('API_KEYS is unset: generated keys for this run (shown once; set API_KEYS to choose your own):');
    for (const k of config.apiKeys) console.log(`  ${k.role.padEnd(9)} ${k.token}`);
  }
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(JSON.stringify({
      level: 'info', msg: 'scope-gate listening', port: info.port, database: config.databaseUrl.replace(/\?.*$/, ''),
      migrations_applied: applied, ruleset: services.ruleset.revision,
      engine: services.evaluator ? `worker thread (${services.evaluator.loader})` : 'main thread',
    }));
  });
  const shutdown = () => {
    // For bench/profile/server.ts: how the log grouped its commits during the run.
    if (process.env.SCOPE_GATE_BENCH_STATS === '1') console.log('BENCH_STATS ' + JSON.stringify(groupStats(services.log.groupSizes, services.log.groupMs)));
    server.close(() => {
      services.evaluator?.close();
      store.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

/** Group count, mean size and the wall time of a group's transaction (mean, p50, p90, p99), ms. */
function groupStats(sizes: number[], ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  return {
    groups: sizes.length, entries_per_group: Math.round((sum(sizes) / Math.max(1, sizes.length)) * 10) / 10,
    group_ms: { mean: Math.round((sum(ms) / Math.max(1, ms.length)) * 10) / 10, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) },
  };
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `configuration: ${e.message}` : e);
  process.exit(1);
});
