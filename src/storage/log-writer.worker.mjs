// The log's writer thread (Node only; see thread-store.ts). Plain JavaScript on purpose: a worker
// thread does not inherit tsx's TypeScript loader, so this file must run on bare Node.
//
// It owns one libSQL connection to the same database file as the main thread and runs each batch
// it is sent as one write transaction (BEGIN IMMEDIATE … COMMIT, exactly what the main thread's
// `client.batch(stmts, 'write')` did), with `synchronous` as the main connection has it (FULL: the
// commit returns once the WAL is on disk). It answers only after the commit: the caller's promise,
// and so the HTTP answer, still waits for its own commit. What moves off the main thread is the
// time the commit holds the thread: SQLite's page writes and the fsync.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';

const { url, synchronous, busyTimeoutMs } = workerData;

/** What crosses back to the main thread of an error: enough to tell a constraint from an outage. */
function describe(e) {
  const plain = (x) => (x && typeof x === 'object'
    ? { name: String(x.name ?? 'Error'), message: String(x.message ?? x), code: typeof x.code === 'string' ? x.code : undefined }
    : { name: 'Error', message: String(x), code: undefined });
  return { ...plain(e), cause: e && typeof e === 'object' && e.cause ? plain(e.cause) : undefined };
}

let client;
try {
  client = createClient({ url });
  await client.execute(`PRAGMA busy_timeout = ${Number(busyTimeoutMs) | 0}`);
  if (synchronous) {
    await client.execute(`PRAGMA synchronous = ${synchronous}`);
    const got = (await client.execute('PRAGMA synchronous')).rows[0]?.[0];
    const want = { OFF: 0, NORMAL: 1, FULL: 2, EXTRA: 3 }[synchronous];
    if (Number(got) !== want) throw new Error(`the writer's connection did not take synchronous = ${synchronous} (has ${got})`);
  }
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: describe(e) });
  process.exit(1);
}

// One batch at a time, in the order sent (the log sends one group at a time anyway).
let chain = Promise.resolve();
parentPort.on('message', (m) => {
  if (m && m.close) {
    chain = chain.then(() => {
      client.close();
      parentPort.close();
    });
    return;
  }
  chain = chain.then(async () => {
    try {
      await client.batch(m.stmts, 'write');
      parentPort.postMessage({ id: m.id, ok: true });
    } catch (e) {
      parentPort.postMessage({ id: m.id, ok: false, error: describe(e) });
    }
  });
});
