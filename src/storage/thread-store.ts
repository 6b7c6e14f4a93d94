import type { Worker } from 'node:worker_threads';
import type { Client } from '@libsql/client';
import { restartableWorker } from '../lib/restartable-worker.js';
import type { ChainEntry, ChainOutcome } from './chain.js';
import { libsqlStore, type ChainAppend, type RawStatement, type Store } from './db.js';

/** Options of `threadedLibsqlStore`. */
export interface ThreadedStoreOptions {
  /** The database URL (a local `file:` URL: the writer thread opens its own connection to it). */
  url: string;
  /** The writer connection's `synchronous` pragma: the main connection's (FULL on Node). */
  synchronous: 'FULL' | 'EXTRA' | 'NORMAL';
  /** The writer connection's busy timeout, ms (another connection may hold the write lock). */
  busyTimeoutMs: number;
  /** How the thread compiles chain.ts: esbuild (default) or tsx's loader (the fallback, for tests). */
  loader?: 'esbuild' | 'tsx';
}

interface Waiting {
  resolve: (r: ChainAppend | undefined) => void;
  reject: (e: unknown) => void;
  /** The thread the batch or entry was sent to. */
  worker: Worker;
}

/** What the writer thread sends back. */
interface WriterMessage {
  ready?: boolean;
  loader?: string;
  error?: ErrorShape;
  /** A raw write's id and outcome. */
  id?: number;
  ok?: boolean;
  /** A committed group: each entry's id and outcome, the group's size and its transaction's wall time. */
  done?: [number, ChainOutcome][];
  size?: number;
  ms?: number;
  /** The entries of a group that failed (with `error`). */
  failed?: number[];
}

interface ErrorShape {
  name: string;
  message: string;
  code?: string;
  cause?: ErrorShape;
}

/** The driver's error rebuilt on this side: same name, code, message and cause, so callers tell a constraint from an outage. */
function rebuild(shape: ErrorShape | undefined): Error {
  const s = shape ?? { name: 'LibsqlError', message: 'the log writer thread failed' };
  const e = new Error(s.message, s.cause ? { cause: rebuild(s.cause) } : undefined) as Error & { code?: string };
  e.name = s.name;
  if (s.code) e.code = s.code;
  return e;
}

/** An outage of the writer thread itself, shaped as a storage error (the service answers 503, not 500). */
function writerGone(why: string): Error {
  const e = new Error(`storage unavailable: the log writer thread ${why}`) as Error & { code?: string };
  e.name = 'LibsqlError';
  return e;
}

const WORKER_URL = new URL('./log-writer.worker.mjs', import.meta.url);

/** Tests only: ends the writer thread at once (as a crash would), resolving when it has exited. */
export const KILL_WRITER = Symbol('kill the log writer thread');

/**
 * A libSQL store on a local file whose log writes run on a worker thread with its own connection,
 * so that the commit's page writes and fsync no longer stop the event loop: requests are parsed,
 * judged and queued for the next group while a group commits. The thread also chains the entries
 * (`chainAppend`: head, hashes, INSERTs, under its write lock; see log-writer.worker.mjs): this
 * thread only sends each entry's columns, the entries of one event-loop turn in one message, and
 * the thread commits everything that arrived during a commit as the next group, right after it.
 * Durability is unchanged: the writer connection has the same `synchronous` (FULL), each group is
 * one write transaction, and an entry's promise resolves only after its COMMIT returned, so an
 * answer still waits for its own commit.
 *
 * Everything else (reads, migrations, the admin writes through drizzle) stays on `client`, the
 * main thread's connection: in WAL mode it sees each commit of the writer as soon as it returns.
 * The two connections take SQLite's write lock in turn (busy timeout on both).
 *
 * If the thread dies, the writes waiting on it fail as storage errors (503) and the next write
 * starts a new thread (src/lib/restartable-worker.ts).
 */
export async function threadedLibsqlStore(client: Client, opts: ThreadedStoreOptions): Promise<Store & { [KILL_WRITER](): Promise<void> }> {
  const base = libsqlStore(client);
  let nextId = 1;
  let closed = false;

  const thread = restartableWorker<Waiting>({
    url: WORKER_URL,
    workerData: { url: opts.url, synchronous: opts.synchronous, busyTimeoutMs: opts.busyTimeoutMs, maxParams: base.maxParams, loader: opts.loader ?? 'esbuild' },
    notReady: (m) => rebuild(m.error as ErrorShape | undefined),
    died: (why) => writerGone(why),
    onMessage: (msg) => {
      const m = msg as WriterMessage;
      if (m.done) {
        const group = { size: m.size!, ms: m.ms! };
        for (const [id, outcome] of m.done) thread.take(id)?.resolve({ outcome, group });
        return;
      }
      if (m.failed) {
        const e = rebuild(m.error);
        for (const id of m.failed) thread.take(id)?.reject(e);
        return;
      }
      const p = thread.take(m.id!);
      if (!p) return;
      if (m.ok) p.resolve(undefined);
      else p.reject(rebuild(m.error));
    },
    // The writes a dead thread held fail as storage errors: their outcome is unknown (committed or
    // not), so the caller answers 503; the writer thread that replaces it reads the head afresh.
    onGone: (_w, why, orphans) => {
      const e = writerGone(why);
      for (const p of orphans) p.reject(e);
    },
  });

  await thread.get();

  /** Registers work about to be sent to `w`; resolves with its outcome. */
  const expect = <T>(w: Worker, id: number) => new Promise<T>((resolve, reject) => {
    thread.track(id, { resolve: (r) => resolve(r as T), reject, worker: w });
  });
  /** Posts a message for the work registered under `ids`; if it cannot be sent, that work fails. */
  const post = (w: Worker, message: unknown, ids: number[]) => {
    try {
      w.postMessage(message);
    } catch (e) {
      for (const id of ids) thread.take(id)?.reject(e);
    }
  };

  /** Entries appended in this event-loop turn: sent as one message at its end. */
  let outbox: { id: number; entry: ChainEntry; resolve: (r: ChainAppend) => void; reject: (e: unknown) => void }[] = [];
  const sendOutbox = async () => {
    const batch = outbox;
    outbox = [];
    let w: Worker;
    try {
      if (closed) throw writerGone('is closed');
      w = await thread.get();
    } catch (e) {
      for (const x of batch) x.reject(e);
      return;
    }
    for (const x of batch) expect<ChainAppend>(w, x.id).then(x.resolve, x.reject);
    post(w, { append: batch.map((x) => [x.id, x.entry]) }, batch.map((x) => x.id));
  };

  return {
    ...base,
    write: async (stmts: RawStatement[]) => {
      if (!stmts.length) return;
      if (closed) throw writerGone('is closed');
      const w = await thread.get();
      const id = nextId++;
      const done = expect<void>(w, id);
      post(w, { id, stmts }, [id]);
      await done;
    },
    chainAppend: (entry: ChainEntry) => new Promise<ChainAppend>((resolve, reject) => {
      if (closed) {
        reject(writerGone('is closed'));
        return;
      }
      if (!outbox.length) setImmediate(() => void sendOutbox());
      outbox.push({ id: nextId++, entry, resolve, reject });
    }),
    [KILL_WRITER]: async () => {
      // The thread drops its connection wherever it is (an open transaction rolls back) and exits
      // with code 1, as a crash would. Not Worker.terminate(): tearing a thread down around a live
      // libSQL connection can make the native driver panic and take the whole process with it.
      const w = thread.current;
      if (!w) return;
      const gone = new Promise((resolve) => w.once('exit', resolve));
      w.postMessage({ die: true });
      await gone;
    },
    close: () => {
      closed = true;
      // Writes already sent finish (the thread handles messages in order), then it closes its connection.
      thread.current?.postMessage({ close: true });
      base.close();
    },
  };
}
