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
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';
import { loadTs } from '../lib/load-ts.mjs';

// The driver under @libsql/client (its own copy of `libsql`, as src/audit/verify.worker.mjs takes
// it), for the appends: the client prepares every statement anew, and for one that returns no rows
// (BEGIN, each INSERT, COMMIT) throws and catches an exception to find that out. With the group's
// statements prepared once, this thread's CPU per logged decision fell from 0.27 to 0.19 ms (groups
// of 16, synchronous = FULL; docs/BENCH.md).
const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'));

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
/** The appends' own connection (the driver itself), with the same pragmas as `client`. */
let db;
let LibsqlError;
let SqliteError;
try {
  chain = await loadChain();
  client = createClient({ url });
  await client.execute(`PRAGMA busy_timeout = ${Number(busyTimeoutMs) | 0}`);
  const Database = fromClient('libsql');
  SqliteError = Database.SqliteError;
  ({ LibsqlError } = fromClient('@libsql/core/api'));
  const { expandConfig } = fromClient('@libsql/core/config');
  const c = expandConfig({ url }, true);
  db = new Database(c.path, { authToken: c.authToken, encryptionKey: c.encryptionKey });
  db.exec(`PRAGMA busy_timeout = ${Number(busyTimeoutMs) | 0}`);
  if (synchronous) {
    const want = { OFF: 0, NORMAL: 1, FULL: 2, EXTRA: 3 }[synchronous];
    await client.execute(`PRAGMA synchronous = ${synchronous}`);
    const got = (await client.execute('PRAGMA synchronous')).rows[0]?.[0];
    if (Number(got) !== want) throw new Error(`the writer's connection did not take synchronous = ${synchronous} (has ${got})`);
    db.exec(`PRAGMA synchronous = ${synchronous}`);
    const gotRaw = db.prepare('PRAGMA synchronous').raw(true).get()?.[0];
    if (Number(gotRaw) !== want) throw new Error(`the writer's append connection did not take synchronous = ${synchronous} (has ${gotRaw})`);
  }
  parentPort.postMessage({ ready: true, loader: chain.loader });
} catch (e) {
  parentPort.postMessage({ ready: false, error: describe(e) });
  process.exit(1);
}

const { chainGroup, existingKeyQueries, HEAD_SQL, headOfRow, idemKey, COLUMNS } = chain;
const REQUESTER = COLUMNS.indexOf('requester');
const IDEM = COLUMNS.indexOf('idempotency_key');

/**
 * The appends' statements, prepared on the first group (the tables exist by then: migrations run
 * before any append) and kept: one INSERT a row rather than one multi-row INSERT a group, whose
 * text (and so its preparation) changes with the group's size. Same rows, same order, one
 * transaction: the file holds the same bytes as with `groupInserts`.
 */
let stmts = null;
const prepared = () => stmts ??= {
  begin: db.prepare('BEGIN IMMEDIATE'),
  commit: db.prepare('COMMIT'),
  head: db.prepare(HEAD_SQL).raw(true),
  decision: db.prepare(`INSERT INTO decisions (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`),
  tag: db.prepare('INSERT INTO decision_tags (kind, code, seq) VALUES (?, ?, ?)'),
};

/** A driver error as @libsql/client reports it (LibsqlError, code and cause), so the main thread sees the same error as before. */
function asClientError(e) {
  if (!(e instanceof SqliteError)) return e;
  const base = e.rawCode === undefined ? 'SQLITE_UNKNOWN' : BASE_CODES[e.rawCode & 0xff] ?? `SQLITE_UNKNOWN_${(e.rawCode & 0xff).toString()}`;
  return new LibsqlError(e.message, base, e.code, e.rawCode, e);
}
const BASE_CODES = {
  1: 'SQLITE_ERROR', 2: 'SQLITE_INTERNAL', 3: 'SQLITE_PERM', 4: 'SQLITE_ABORT', 5: 'SQLITE_BUSY', 6: 'SQLITE_LOCKED', 7: 'SQLITE_NOMEM',
  8: 'SQLITE_READONLY', 9: 'SQLITE_INTERRUPT', 10: 'SQLITE_IOERR', 11: 'SQLITE_CORRUPT', 12: 'SQLITE_NOTFOUND', 13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN', 15: 'SQLITE_PROTOCOL', 16: 'SQLITE_EMPTY', 17: 'SQLITE_SCHEMA', 18: 'SQLITE_TOOBIG', 19: 'SQLITE_CONSTRAINT',
  20: 'SQLITE_MISMATCH', 21: 'SQLITE_MISUSE', 22: 'SQLITE_NOLFS', 23: 'SQLITE_AUTH', 24: 'SQLITE_FORMAT', 25: 'SQLITE_RANGE',
  26: 'SQLITE_NOTADB', 27: 'SQLITE_NOTICE', 28: 'SQLITE_WARNING',
};

/**
 * One group: entries as [id, ChainEntry] pairs. Answers { done: [[id, outcome]…], size, ms } or { failed: ids, error }.
 * One write transaction (BEGIN IMMEDIATE … COMMIT; rolled back on any error, so all or none).
 */
function commitGroup(items) {
  const t0 = performance.now();
  const entries = items.map((x) => x[1]);
  let open = false;
  try {
    const st = prepared();
    st.begin.run();
    open = true;
    const existing = new Map();
    for (const q of existingKeyQueries(entries, maxParams)) {
      for (const r of db.prepare(q.sql).raw(true).all(q.args)) existing.set(idemKey(r[REQUESTER], r[IDEM]), r);
    }
    const head = headOfRow(st.head.get());
    const group = chainGroup(head, entries, existing);
    for (const row of group.decisionRows) st.decision.run(row);
    for (const row of group.tagRows) st.tag.run(row);
    st.commit.run();
    open = false;
    parentPort.postMessage({ done: items.map((x, i) => [x[0], group.outcomes[i]]), size: items.length, ms: performance.now() - t0 });
  } catch (e) {
    if (open) {
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } catch { /* the connection rolled back already */ }
    }
    parentPort.postMessage({ failed: items.map((x) => x[0]), error: describe(asClientError(e)) });
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
      db?.close();
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
        commitGroup(items);
      } else if (m.close) {
        queue.shift();
        db.close();
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
