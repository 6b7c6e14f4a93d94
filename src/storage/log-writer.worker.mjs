// The log's writer thread (Node only; see thread-store.ts). Plain JavaScript on purpose: a worker
// thread does not inherit tsx's TypeScript loader, so this file must run on bare Node. It loads
// ./chain.ts (how entries are chained: the same module DecisionLog uses in-process) compiled by
// esbuild, or through tsx's loader if esbuild cannot be loaded.
//
// It owns one libSQL connection to the same database file as the main thread, with `synchronous`
// as the main connection has it (FULL: a commit returns once the WAL is on disk), and does two
// kinds of work, in the order sent:
//
// - `append`: decisions to chain onto the log. Everything that arrived while the previous group
//   committed is one group: one write transaction (BEGIN IMMEDIATE … COMMIT) that finds the
//   idempotency keys already logged and the head under the write lock, chains the entries on it
//   (hashes, created_at rule: chain.ts) and inserts them. Each entry's outcome is answered only
//   after the COMMIT returned: the caller's promise, and so the HTTP answer, waits for its own
//   commit. As the main thread sends the next entries while a group commits, the next group is
//   ready the moment the commit returns (a pipeline: the disk is never idle for want of work).
// - `stmts`: raw statements run as one write transaction (store.write).
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';
import { loadTs } from '../lib/load-ts.mjs';

const { url, synchronous, busyTimeoutMs, maxParams, loader: wantLoader } = workerData;
const CHAIN = new URL('./chain.ts', import.meta.url);
/** Entries a group takes at most (the rest wait for the next group): bounds one transaction's time. */
const MAX_GROUP = 512;

/** What crosses back to the main thread of an error: enough to tell a constraint from an outage. */
function describe(e) {
  const plain = (x) => (x && typeof x === 'object'
    ? { name: String(x.name ?? 'Error'), message: String(x.message ?? x), code: typeof x.code === 'string' ? x.code : undefined }
    : { name: 'Error', message: String(x), code: undefined });
  return { ...plain(e), cause: e && typeof e === 'object' && e.cause ? plain(e.cause) : undefined };
}

/** chain.ts, compiled (see src/lib/load-ts.mjs). */
const loadChain = () => loadTs(CHAIN, wantLoader);

let client;
let chain;
try {
  chain = await loadChain();
  client = createClient({ url });
  await client.execute(`PRAGMA busy_timeout = ${Number(busyTimeoutMs) | 0}`);
  if (synchronous) {
    await client.execute(`PRAGMA synchronous = ${synchronous}`);
    const got = (await client.execute('PRAGMA synchronous')).rows[0]?.[0];
    const want = { OFF: 0, NORMAL: 1, FULL: 2, EXTRA: 3 }[synchronous];
    if (Number(got) !== want) throw new Error(`the writer's connection did not take synchronous = ${synchronous} (has ${got})`);
  }
  parentPort.postMessage({ ready: true, loader: chain.loader });
} catch (e) {
  parentPort.postMessage({ ready: false, error: describe(e) });
  process.exit(1);
}

const { chainGroup, existingKeyQueries, groupInserts, HEAD_SQL, headOfRow, idemKey, COLUMNS } = chain;
const REQUESTER = COLUMNS.indexOf('requester');
const IDEM = COLUMNS.indexOf('idempotency_key');
const toArray = (row) => Array.prototype.slice.call(row);

/** One group: entries as [id, ChainEntry] pairs. Answers { done: [[id, outcome]…], size, ms } or { failed: ids, error }. */
async function commitGroup(items) {
  const t0 = performance.now();
  const entries = items.map((x) => x[1]);
  let tx;
  try {
    tx = await client.transaction('write');
    const existing = new Map();
    for (const q of existingKeyQueries(entries, maxParams)) {
      for (const r of (await tx.execute(q)).rows) existing.set(idemKey(r[REQUESTER], r[IDEM]), toArray(r));
    }
    const head = headOfRow((await tx.execute(HEAD_SQL)).rows[0]);
    const group = chainGroup(head, entries, existing);
    for (const s of groupInserts(group, maxParams)) await tx.execute(s);
    await tx.commit();
    parentPort.postMessage({ done: items.map((x, i) => [x[0], group.outcomes[i]]), size: items.length, ms: performance.now() - t0 });
  } catch (e) {
    parentPort.postMessage({ failed: items.map((x) => x[0]), error: describe(e) });
  } finally {
    tx?.close();
  }
}

async function write(m) {
  try {
    await client.batch(m.stmts, 'write');
    parentPort.postMessage({ id: m.id, ok: true });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, error: describe(e) });
  }
}

// Messages in the order sent. The driver is synchronous, so while a group commits no message is
// taken in: those that arrived meanwhile are all in `queue` when `run` next starts, and the
// consecutive appends among them form the next group.
const queue = [];
let scheduled = false;
let running = false;
parentPort.on('message', (m) => {
  if (m.die) {
    // Tests' KILL_WRITER: die now, wherever the work is (between two statements of a group at the
    // latest), as a crash would; the connection is dropped here, on its own thread, first.
    try {
      client.close();
    } finally {
      process.exit(1);
    }
  }
  queue.push(m);
  if (!scheduled && !running) {
    scheduled = true;
    setImmediate(run);
  }
});

async function run() {
  scheduled = false;
  running = true;
  try {
    while (queue.length) {
      const m = queue[0];
      if (m.append) {
        const items = [];
        while (queue.length && queue[0].append && (!items.length || items.length + queue[0].append.length <= MAX_GROUP)) {
          for (const x of queue.shift().append) items.push(x);
        }
        await commitGroup(items);
      } else if (m.close) {
        queue.shift();
        client.close();
        parentPort.close();
        return;
      } else {
        queue.shift();
        await write(m);
      }
    }
  } finally {
    running = false;
    if (queue.length && !scheduled) {
      scheduled = true;
      setImmediate(run);
    }
  }
}
