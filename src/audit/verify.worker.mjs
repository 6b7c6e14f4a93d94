// A verification thread (Node only; see parallel.ts). Plain JavaScript on purpose: a worker thread
// does not inherit tsx's TypeScript loader, so this file runs on bare Node.
//
// It opens its own read-only connection to the log's database file and verifies the chunks of the
// chain it is sent, one at a time: each entry's hash recomputed from its canonical text, rebuilt from
// the raw bytes of its columns (`pageSql`, CANONICAL_PAGE_SQL of src/storage/hash.ts: a page of
// entries' columns back to back in one BLOB and their lengths in one JSON array, so two values cross
// into JavaScript per page instead of twenty per entry; cut, escaped and hashed by
// src/storage/canonical-page.mjs; `sql`, CANONICAL_SQL row by row, for a page that cannot be cut),
// the links between consecutive entries of the chunk
// and the gap-free sequence, exactly as LogVerifier does entry by entry. What it cannot know, the
// link of the chunk's first entry to the entry before it, it reports for the main thread to check.
// For the Merkle tree it hashes the chunk's leaves into complete subtrees (RFC 9162; the chunk
// starts at a multiple of its size), and reports the subtrees of every prefix a checkpoint signs.
// An entry the page cannot vouch for (a column of an odd type, malformed UTF-8: only a tampered
// row) stops the chunk there: the main thread verifies the rest of the chunk itself.
import { parentPort, workerData } from 'node:worker_threads';
import { isUtf8 } from 'node:buffer';
import * as crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { hexWords, leafWords, nodeWords, wordsHex } from './merkle-sha256.mjs';
import { cutCanonicalPage } from '../storage/canonical-page.mjs';

const { url, sql, pageSql, sizes, merkle, bound, page, rowPage } = workerData;
/** Checkpoint tree sizes, ascending (leaf counts from entry 1). */
const cpSizes = Float64Array.from(sizes ?? []);

// The libSQL driver @libsql/client itself uses (its `libsql` package, resolved from the client so
// that it is the same copy), for statements prepared once and rows as plain arrays: the client
// prepares each statement anew and maps each row into an object, which costs more than the work.
const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'));
let db;
let pageStmt;
let rowStmt;
let gapStmt;
try {
  const Database = fromClient('libsql');
  const { expandConfig } = fromClient('@libsql/core/config');
  const path = expandConfig({ url }, true).path;
  // Read-only at the file level (an SQLite URI, mode=ro): these threads never write, and the file
  // may be one that must not be written (an audit copy, a benchmark's). Where that cannot be
  // opened, the plain path with query_only, as before.
  try {
    db = new Database('file:' + path.replace(/[%?#]/g, (c) => '%' + c.charCodeAt(0).toString(16)) + '?mode=ro');
    // SQLite opens lazily: read once here, so that a file it cannot read this way (a WAL file whose
    // -shm cannot be made) falls back too.
    db.prepare('PRAGMA schema_version').raw(true).all();
  } catch {
    try {
      db?.close();
    } catch { /* not open */ }
    db = new Database(path);
  }
  db.exec('PRAGMA query_only = 1');
  // Read the file through a memory map where SQLite allows one (its build caps it at 2 GB): no
  // copy of each page through read(2). Only this read-only connection.
  db.exec('PRAGMA mmap_size = 2147418112');
  pageStmt = db.prepare(pageSql).raw(true);
  rowStmt = db.prepare(`SELECT seq, id, prev_hash, entry_hash, ${sql} FROM decisions WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`).raw(true);
  gapStmt = db.prepare('SELECT MIN(seq) FROM decisions WHERE seq > ? AND seq <= ?').raw(true);
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: String(e && e.message ? e.message : e) });
  process.exit(1);
}

/** SHA-256 hex: the one-shot `crypto.hash` where Node has it (≥ 20.12). */
const sha256Hex = typeof crypto.hash === 'function'
  ? (b) => crypto.hash('sha256', b, 'hex')
  : (b) => crypto.createHash('sha256').update(b).digest('hex');

/**
 * A page's entries as `[seq, id, prev_hash, entry_hash, hash recomputed or null]`, cut by the same
 * code as `hashCanonicalPage` of src/storage/hash.ts (src/storage/canonical-page.mjs); null when the
 * page must be read row by row.
 */
function readPage(from, to, limit) {
  const [row] = pageStmt.all(from, to, limit);
  return cutCanonicalPage(row?.[0] ?? null, row?.[1] instanceof Uint8Array ? row[1] : new Uint8Array(0), isUtf8, sha256Hex);
}

/** A page row by row (CANONICAL_SQL), in the shape `readPage` gives. */
function readRows(from, to, limit) {
  return rowStmt.all(from, to, limit).map((r) => {
    const v = r[4];
    const bytes = v instanceof Uint8Array ? v : v instanceof ArrayBuffer ? new Uint8Array(v) : null;
    return [Number(r[0]), String(r[1]), r[2], r[3], bytes && isUtf8(bytes) ? sha256Hex(bytes) : null];
  });
}

/** The right edge of a subtree grown leaf by leaf from an aligned start: complete subtrees, largest first. */
class Edge {
  stack = [];
  push(leaf) {
    let node = { level: 0, hash: leaf };
    while (this.stack.length && this.stack[this.stack.length - 1].level === node.level) {
      const left = this.stack.pop();
      node = { level: node.level + 1, hash: nodeWords(left.hash, node.hash) };
    }
    this.stack.push(node);
  }
  pieces() {
    return this.stack.map((s) => ({ level: s.level, hash: wordsHex(s.hash) }));
  }
}

/** First index in cpSizes with a value > x. */
function firstAbove(x) {
  let lo = 0;
  let hi = cpSizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cpSizes[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Verifies entries [start, end] (seqs). */
async function chunk(start, end) {
  const out = { start, end, count: 0, first: null, lastSeq: start - 1, lastHash: null, broken: null, deferred: null, ended: false, at: [], pieces: [] };
  const edge = merkle ? new Edge() : null;
  let nextSize = merkle ? firstAbove(start - 1) : cpSizes.length;
  let expected = start;
  let prev = null;
  for (;;) {
    if (closing) throw new Error('closing');
    const rows = readPage(expected, end, page) ?? readRows(expected, end, rowPage);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const seq = r[0];
      const id = r[1];
      if (seq !== expected) {
        out.broken = seq > expected
          ? { seq: expected, id: null, reason: `entry ${expected} is missing (next present is ${seq})` }
          : { seq, id, reason: `entry ${seq} is out of order or repeated (expected ${expected})` };
        return finish(out, edge);
      }
      if (seq === start) out.first = { seq, id, prev: r[2] };
      else if (r[2] !== prev) {
        out.broken = { seq, id, reason: 'prev_hash does not match the previous entry\'s hash' };
        return finish(out, edge);
      }
      const computed = r[4];
      if (computed === null) {
        out.deferred = seq;
        return finish(out, edge);
      }
      const stored = String(r[3]);
      if (computed !== stored) {
        out.broken = { seq, id, reason: 'entry_hash does not match the entry\'s contents' };
        return finish(out, edge);
      }
      prev = stored;
      out.count++;
      out.lastSeq = seq;
      out.lastHash = stored;
      expected++;
      if (edge) {
        edge.push(leafWords(hexWords(stored)));
        // A checkpoint signs the first `seq` entries: the subtrees of this chunk's prefix up to here.
        while (nextSize < cpSizes.length && cpSizes[nextSize] <= seq) {
          if (cpSizes[nextSize] === seq) out.at.push({ size: seq, hash: stored, pieces: edge.pieces() });
          nextSize++;
        }
      }
    }
    if (expected > end) return finish(out, edge);
    if (rows.length === 0) break;
    // Yield between pages, so that a close request is seen.
    await new Promise((r) => setImmediate(r));
  }
  // The rows ran out before the chunk's end: a gap if an entry follows (within the run's bound), else the log's end.
  const next = gapStmt.all(expected - 1, bound)[0]?.[0];
  if (next === null || next === undefined) out.ended = true;
  else out.broken = { seq: expected, id: null, reason: `entry ${expected} is missing (next present is ${Number(next)})` };
  return finish(out, edge);
}

function finish(out, edge) {
  if (edge) out.pieces = edge.pieces();
  return out;
}

// One chunk at a time, in the order sent. A close request stops the chunk under way at its next
// page (the caller found what it needed) and ends the thread by closing its connection and port:
// terminating a thread that holds a libSQL connection can abort the whole process.
let closing = false;
let chain = Promise.resolve();
parentPort.on('message', (m) => {
  if (m && m.close) {
    closing = true;
    chain = chain.then(() => {
      db.close();
      parentPort.close();
    });
    return;
  }
  chain = chain.then(async () => {
    if (closing) return;
    try {
      parentPort.postMessage({ ok: true, result: await chunk(m.start, m.end) });
    } catch (e) {
      if (!closing) parentPort.postMessage({ ok: false, error: String(e && e.message ? e.message : e) });
    }
  });
});
