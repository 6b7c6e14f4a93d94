// A verification thread (Node only; see parallel.ts). Plain JavaScript on purpose: a worker thread
// does not inherit tsx's TypeScript loader, so this file runs on bare Node.
//
// It opens its own read-only connection to the log's database file and verifies the chunks of the
// chain it is sent, one at a time: each entry's hash recomputed from the canonical text SQLite builds
// (`sql`, CANONICAL_SQL of src/storage/hash.ts), the links between consecutive entries of the chunk
// and the gap-free sequence, exactly as LogVerifier does entry by entry. What it cannot know, the
// link of the chunk's first entry to the entry before it, it reports for the main thread to check.
// For the Merkle tree it hashes the chunk's leaves into complete subtrees (RFC 9162; the chunk
// starts at a multiple of its size), and reports the subtrees of every prefix a checkpoint signs.
// An entry the SQL text cannot vouch for (a column of an odd type, malformed UTF-8: only a
// tampered row) stops the chunk there: the main thread verifies the rest of the chunk itself.
import { parentPort, workerData } from 'node:worker_threads';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createClient } from '@libsql/client';

const { url, sql, sizes, merkle, bound, page } = workerData;
/** Checkpoint tree sizes, ascending (leaf counts from entry 1). */
const cpSizes = Float64Array.from(sizes ?? []);

let client;
try {
  client = createClient({ url });
  await client.execute('PRAGMA query_only = 1');
  // Read the file through a memory map where SQLite allows one (its build caps it at 2 GB): no
  // copy of each page through read(2). Only this read-only connection.
  await client.execute('PRAGMA mmap_size = 2147418112');
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: String(e && e.message ? e.message : e) });
  process.exit(1);
}

const select = `SELECT seq, id, prev_hash, entry_hash, ${sql} FROM decisions WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`;
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);
const sha = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** The right edge of a subtree grown leaf by leaf from an aligned start: complete subtrees, largest first. */
class Edge {
  stack = [];
  push(leaf) {
    let node = { level: 0, hash: leaf };
    while (this.stack.length && this.stack[this.stack.length - 1].level === node.level) {
      const left = this.stack.pop();
      node = { level: node.level + 1, hash: sha(NODE, left.hash, node.hash) };
    }
    this.stack.push(node);
  }
  pieces() {
    return this.stack.map((s) => ({ level: s.level, hash: s.hash.toString('hex') }));
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
    const rs = await client.execute({ sql: select, args: [expected, end, page] });
    const rows = rs.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const seq = Number(r[0]);
      const id = String(r[1]);
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
      const v = r[4];
      const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : v instanceof Uint8Array ? v : null;
      if (!bytes || !isUtf8(bytes)) {
        out.deferred = seq;
        return finish(out, edge);
      }
      const stored = String(r[3]);
      if (createHash('sha256').update(bytes).digest('hex') !== stored) {
        out.broken = { seq, id, reason: 'entry_hash does not match the entry\'s contents' };
        return finish(out, edge);
      }
      prev = stored;
      out.count++;
      out.lastSeq = seq;
      out.lastHash = stored;
      expected++;
      if (edge) {
        edge.push(sha(LEAF, Buffer.from(stored, 'hex')));
        // A checkpoint signs the first `seq` entries: the subtrees of this chunk's prefix up to here.
        while (nextSize < cpSizes.length && cpSizes[nextSize] <= seq) {
          if (cpSizes[nextSize] === seq) out.at.push({ size: seq, hash: stored, pieces: edge.pieces() });
          nextSize++;
        }
      }
    }
    if (expected > end) return finish(out, edge);
    if (rows.length < page) break;
  }
  // The rows ran out before the chunk's end: a gap if an entry follows (within the run's bound), else the log's end.
  const rs = await client.execute({ sql: 'SELECT MIN(seq) FROM decisions WHERE seq > ? AND seq <= ?', args: [expected - 1, bound] });
  const next = rs.rows[0]?.[0];
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
      client.close();
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
