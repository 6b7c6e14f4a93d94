import { Worker } from 'node:worker_threads';
import type { Client } from '@libsql/client';
import { libsqlStore, type RawStatement, type Store } from './db.js';

/** Options of `threadedLibsqlStore`. */
export interface ThreadedStoreOptions {
  /** The database URL (a local `file:` URL: the writer thread opens its own connection to it). */
  url: string;
  /** The writer connection's `synchronous` pragma: the main connection's (FULL on Node). */
  synchronous: 'FULL' | 'EXTRA' | 'NORMAL';
  /** The writer connection's busy timeout, ms (another connection may hold the write lock). */
  busyTimeoutMs: number;
}

interface Waiting {
  resolve: () => void;
  reject: (e: unknown) => void;
  /** The thread the batch was sent to. */
  worker: Worker;
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
 * A libSQL store on a local file whose log writes (`write`: the decision log's group commits) run
 * on a worker thread with its own connection, so that the commit's page writes and fsync no
 * longer stop the event loop: requests are parsed, judged and queued for the next group while
 * a group commits. Durability is unchanged: the writer connection has the same `synchronous`
 * (FULL), each batch is one write transaction, and `write` resolves only after its COMMIT
 * returned, so an answer still waits for its own commit.
 *
 * Everything else (reads, migrations, the admin writes through drizzle) stays on `client`, the
 * main thread's connection: in WAL mode it sees each commit of the writer as soon as it returns.
 * The two connections take SQLite's write lock in turn (busy timeout on both).
 *
 * If the thread dies, the writes waiting on it fail as storage errors (503) and the next write
 * starts a new thread.
 */
export async function threadedLibsqlStore(client: Client, opts: ThreadedStoreOptions): Promise<Store & { [KILL_WRITER](): Promise<void> }> {
  const base = libsqlStore(client);
  let worker: Worker | null = null;
  let ready: Promise<Worker> | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  let closed = false;

  /** Fails the batches sent to a thread that is gone (their outcome is unknown: the log re-reads its head). */
  const failAll = (gone: Worker, e: Error) => {
    for (const p of [...waiting.values()]) if (p.worker === gone) p.reject(e);
  };

  const start = (): Promise<Worker> => {
    if (ready) return ready;
    // `starting` is this start's promise: a later start (after this thread died) has its own,
    // which the events of this thread must not clear.
    let starting: Promise<Worker> | null = null;
    starting = ready = new Promise<Worker>((resolve, reject) => {
      const w = new Worker(WORKER_URL, {
        workerData: { url: opts.url, synchronous: opts.synchronous, busyTimeoutMs: opts.busyTimeoutMs },
        // The thread never runs TypeScript: no loader is needed (and tsx's does not reach threads).
        execArgv: [],
      });
      let up = false;
      w.on('message', (m: { ready?: boolean; id?: number; ok?: boolean; error?: ErrorShape }) => {
        if (m.ready !== undefined) {
          if (m.ready) {
            up = true;
            worker = w;
            // From now on the thread must not keep the process alive on its own (the server does,
            // while it serves), except while a write is outstanding (see `write`).
            if (!waiting.size) w.unref();
            resolve(w);
          } else reject(rebuild(m.error));
          return;
        }
        const p = waiting.get(m.id!);
        if (!p) return;
        if (m.ok) p.resolve();
        else p.reject(rebuild(m.error));
      });
      let dead = false;
      const gone = (why: string) => {
        if (dead) return; // 'error' is followed by 'exit'
        dead = true;
        if (worker === w) worker = null;
        if (ready === starting) ready = null;
        const e = writerGone(why);
        if (!up) reject(e);
        failAll(w, e);
      };
      w.on('error', (e) => gone(`failed: ${e instanceof Error ? e.message : String(e)}`));
      w.on('exit', (code) => gone(`exited (${code})`));
    });
    // A failed start is retried by the next write.
    starting.catch(() => { if (ready === starting) ready = null; });
    return starting;
  };

  await start();

  return {
    ...base,
    write: async (stmts: RawStatement[]) => {
      if (!stmts.length) return;
      if (closed) throw writerGone('is closed');
      const w = worker ?? (await start());
      const id = nextId++;
      await new Promise<void>((resolve, reject) => {
        // Referenced while a write is outstanding, so the process waits for its commit.
        if (!waiting.size) w.ref();
        const settle = () => {
          waiting.delete(id);
          if (!waiting.size) w.unref();
        };
        waiting.set(id, { resolve: () => { settle(); resolve(); }, reject: (e) => { settle(); reject(e); }, worker: w });
        try {
          w.postMessage({ id, stmts });
        } catch (e) {
          waiting.get(id)?.reject(e);
        }
      });
    },
    [KILL_WRITER]: async () => {
      await worker?.terminate();
    },
    close: () => {
      closed = true;
      // Writes already sent finish (the thread handles messages in order), then it closes its connection.
      worker?.postMessage({ close: true });
      base.close();
    },
  };
}
