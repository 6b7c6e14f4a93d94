import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CANONICAL_PAGE_SQL, CANONICAL_SQL } from '../storage/hash.js';
import { useParallelVerify, type AuditHost, type ChunkFeeder } from './context.js';
import type { ChunkResult, LogVerifier } from './verifier.js';

/** Options of `parallelVerifier`. */
export interface ParallelVerifyOptions {
  /** The log's database, a local `file:` URL: each thread opens its own read-only connection to it. */
  url: string;
  /** Verification threads (default: the CPUs available to the process). */
  threads?: number;
  /** Entries per chunk, a power of two (default 2^14). */
  chunk?: number;
  /** Runs shorter than this stay on the calling thread (default: two chunks). */
  minEntries?: number;
  /** Entries a thread reads per statement (default 16; see `runChunks`). */
  page?: number;
}

const WORKER_URL = new URL('./verify.worker.mjs', import.meta.url);

/**
 * Node only: installs threaded verification for services whose log is a local database file (the
 * Node entry: one call at start-up). Returns whether it did (an in-memory or remote database
 * is verified on the calling thread, as on Workers).
 */
export function installParallelVerify(services: AuditHost & { config: { databaseUrl: string } }, opts: Omit<ParallelVerifyOptions, 'url'> = {}): boolean {
  const url = services.config.databaseUrl;
  if (!/^file:/.test(url) || url.includes(':memory:')) return false;
  useParallelVerify(services, parallelVerifier({ ...opts, url }));
  return true;
}

/**
 * Node only. Verifies the chain on worker threads, chunk by chunk, each thread with its own
 * connection to the database file; the calling thread stitches the chunks in order through
 * `LogVerifier.pushChunk` (each chunk's first link is checked against the entry before it, so the
 * chain is verified whole, with the same first broken entry as entry by entry), and builds the
 * Merkle tree from the threads' subtree hashes. Install it with `useParallelVerify(services,
 * parallelVerifier({ url }))` (src/audit/context.ts); only for a local file database.
 */
export function parallelVerifier(opts: ParallelVerifyOptions): ChunkFeeder {
  if (!/^file:/.test(opts.url) || opts.url.includes(':memory:')) throw new Error('parallel verification needs a local file: database URL');
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const size = opts.chunk ?? 2 ** 14;
  if (!Number.isInteger(Math.log2(size))) throw new RangeError('the chunk size must be a power of two');
  const minEntries = opts.minEntries ?? 2 * size;

  return {
    async feed(v, to, { bound, sizes, sequential }) {
      const from = v.nextSeq;
      if (to - from + 1 < minEntries) return;
      // Chunks aligned on multiples of `size` leaves (entry k*size+1 starts one), so that each
      // chunk's leaves are complete aligned subtrees of the log's Merkle tree.
      const chunks: { start: number; end: number }[] = [];
      for (let s = from; s <= to;) {
        const e = Math.min(to, Math.floor((s - 1) / size) * size + size);
        chunks.push({ start: s, end: e });
        s = e + 1;
      }
      await runChunks(v, chunks, { url: opts.url, threads: Math.min(threads, chunks.length), page: opts.page ?? 16, bound, sizes, sequential });
    },
  };
}

async function runChunks(
  v: LogVerifier,
  chunks: { start: number; end: number }[],
  o: { url: string; threads: number; page: number; bound: number; sizes: number[]; sequential: (from: number, to: number) => Promise<void> },
): Promise<void> {
  const workers: Worker[] = [];
  const results = new Map<number, ChunkResult>();
  let nextToSend = 0;
  let stop = false;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const send = (w: Worker) => {
    if (stop || nextToSend >= chunks.length) return;
    const i = nextToSend++;
    (w as Worker & { task?: number }).task = i;
    w.postMessage(chunks[i]);
  };
  try {
    // Pages of 16 entries (~105 KB of column bytes): one statement per page, and every buffer of the page
    // (SQLite's group_concat, the driver's copies, the JS Buffer) under glibc's 128 KB mmap threshold,
    // so it is reused from the heap, warm in cache, instead of mapped, faulted in and zeroed afresh:
    // 64-entry pages (~460 KB) cost 25-30 % more CPU per entry on the 1M log (pages of 8 and single
    // rows measured about the same as 16).
    const data = { url: o.url, sql: CANONICAL_SQL, pageSql: CANONICAL_PAGE_SQL, sizes: v.merkle ? o.sizes : [], merkle: v.merkle, bound: o.bound, page: o.page, rowPage: o.page };
    for (let t = 0; t < o.threads; t++) {
      const w = new Worker(WORKER_URL, { workerData: data, execArgv: [] });
      workers.push(w);
      w.on('message', (m: { ready?: boolean; ok?: boolean; result?: ChunkResult; error?: string }) => {
        if (m.ready !== undefined) {
          if (m.ready) send(w);
          else failure ??= new Error(`a verification thread could not open the database: ${m.error}`);
        } else if (m.ok) {
          results.set((w as Worker & { task?: number }).task!, m.result!);
          send(w);
        } else {
          failure ??= new Error(`a verification thread failed: ${m.error}`);
        }
        notify();
      });
      w.on('error', (e) => {
        failure ??= e instanceof Error ? e : new Error(String(e));
        notify();
      });
      w.on('exit', (code) => {
        if (!stop) failure ??= new Error(`a verification thread exited (${code})`);
        notify();
      });
    }
    for (let i = 0; i < chunks.length; i++) {
      while (!results.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((r) => (wake = r));
      }
      const c = results.get(i)!;
      results.delete(i);
      if (!v.pushChunk(c)) return;
      if (c.deferred !== null) {
        // An entry the threads cannot vouch for: the rest of this chunk on this thread (general path).
        await o.sequential(c.deferred, c.end);
        // Broken, or the chunk's last entries missing: the caller goes on entry by entry from here.
        if (v.isBroken || v.nextSeq !== c.end + 1) return;
      }
      if (c.ended) return;
    }
  } finally {
    stop = true;
    // Ask each thread to close its connection and end (see verify.worker.mjs); terminate only one
    // that does not end by itself in time.
    await Promise.all(workers.map((w) => new Promise<void>((resolve) => {
      const timer = setTimeout(() => void w.terminate().then(() => resolve(), () => resolve()), 30_000);
      w.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      w.postMessage({ close: true });
    })));
  }
}
