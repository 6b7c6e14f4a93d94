import { Worker } from 'node:worker_threads';

/** Work sent to a thread: remembers which one, so that a thread's death affects only its own. */
export interface Outstanding {
  worker: Worker;
}

/** The first message of a thread: it can take work, or it cannot (and why). */
export interface ReadyMessage {
  ready: boolean;
  [k: string]: unknown;
}

export interface RestartableWorkerOptions<W extends Outstanding> {
  url: URL;
  workerData: unknown;
  /** The error a start fails with when the thread says it cannot work (`{ ready: false, … }`). */
  notReady(m: ReadyMessage): Error;
  /** The error a start fails with when the thread ends before it is ready. */
  died(why: string): Error;
  /** The thread is ready (before `get` resolves). */
  onReady?(m: ReadyMessage, w: Worker): void;
  /** Every later message of a thread. */
  onMessage(m: unknown, w: Worker): void;
  /**
   * Thread `w` ended ('error' or 'exit', whichever came first; the other is ignored). `orphans` is
   * the work it held, already forgotten: the caller fails it or does it elsewhere. `wasCurrent`:
   * `w` was the live thread (not one already replaced).
   */
  onGone(w: Worker, why: string, orphans: W[], wasCurrent: boolean): void;
}

/** A worker thread started on demand and started again on the next call after it failed or died. */
export interface RestartableWorker<W extends Outstanding> {
  /** The live thread, if one is ready. */
  readonly current: Worker | null;
  /** The live thread, or a new one once it is ready (a start that failed is retried by the next call). */
  get(): Promise<Worker>;
  /** Work about to be sent to `work.worker`, by id: the thread is referenced (keeps the process alive) while any is outstanding. */
  track(id: number, work: W): void;
  /** The work of `id`, forgotten; undefined if unknown (its thread died and it went to `onGone`). */
  take(id: number): W | undefined;
  /** Ends the live thread at once (as a crash would; tests), resolving when it has exited. */
  terminate(): Promise<void>;
}

/**
 * What the engine thread (src/service/engine-thread.ts) and the log's writer thread
 * (src/storage/thread-store.ts) share: one thread at a time, started when first needed; a start
 * that fails is forgotten, so the next call starts another; a thread that dies (crash, exit,
 * terminate) hands back exactly the work it held, once, and the next call starts another. Between
 * calls the thread does not keep the process alive, only while work is outstanding. What to do
 * with a dead thread's work is the caller's policy (judge it in this thread; fail it as a 503).
 */
export function restartableWorker<W extends Outstanding>(opts: RestartableWorkerOptions<W>): RestartableWorker<W> {
  let current: Worker | null = null;
  let ready: Promise<Worker> | null = null;
  const work = new Map<number, W>();
  /** Outstanding work per thread. */
  const held = new Map<Worker, number>();

  const start = (): Promise<Worker> => {
    if (ready) return ready;
    // `starting` is this start's promise: a later start (after this thread died) has its own,
    // which the events of this thread must not clear.
    let starting: Promise<Worker> | null = null;
    starting = ready = new Promise<Worker>((resolve, reject) => {
      // The threads never run TypeScript through a loader of this process (tsx's does not reach threads).
      const w = new Worker(opts.url, { workerData: opts.workerData, execArgv: [] });
      let up = false;
      w.on('message', (m: unknown) => {
        if (!up && m && typeof m === 'object' && 'ready' in m) {
          const r = m as ReadyMessage;
          if (!r.ready) {
            reject(opts.notReady(r));
            return;
          }
          up = true;
          current = w;
          if (!held.get(w)) w.unref();
          opts.onReady?.(r, w);
          resolve(w);
          return;
        }
        opts.onMessage(m, w);
      });
      let dead = false;
      const gone = (why: string) => {
        if (dead) return; // 'error' is followed by 'exit'
        dead = true;
        const wasCurrent = current === w;
        if (wasCurrent) current = null;
        if (ready === starting) ready = null;
        if (!up) reject(opts.died(why));
        const orphans: W[] = [];
        if (held.delete(w)) {
          for (const [id, x] of work) {
            if (x.worker !== w) continue;
            work.delete(id);
            orphans.push(x);
          }
        }
        opts.onGone(w, why, orphans, wasCurrent);
      };
      w.on('error', (e) => gone(`failed: ${e instanceof Error ? e.message : String(e)}`));
      w.on('exit', (code) => gone(`exited (${code})`));
    });
    starting.catch(() => { if (ready === starting) ready = null; });
    return starting;
  };

  return {
    get current() {
      return current;
    },
    get: () => (current ? Promise.resolve(current) : start()),
    track(id, x) {
      const n = held.get(x.worker) ?? 0;
      if (!n) x.worker.ref();
      held.set(x.worker, n + 1);
      work.set(id, x);
    },
    take(id) {
      const x = work.get(id);
      if (!x) return undefined;
      work.delete(id);
      const n = (held.get(x.worker) ?? 1) - 1;
      if (n) held.set(x.worker, n);
      else {
        held.delete(x.worker);
        x.worker.unref();
      }
      return x;
    },
    async terminate() {
      await current?.terminate();
    },
  };
}
