import { Worker } from 'node:worker_threads';
import { evaluate, type DetailedEvaluation, type EvalContext } from '../engine/index.js';
import type { Feature, PinnedLicence } from '../engine/types.js';

/** Something that judges a feature, in this thread or another. */
export interface Evaluator {
  evaluate(feature: Feature, ctx: EvalContext): Promise<DetailedEvaluation>;
  close(): void;
  /** How the thread compiled the engine: 'esbuild' (one module, no keepNames) or 'tsx' (the fallback). */
  readonly loader?: string;
}

interface Waiting {
  resolve: (e: DetailedEvaluation) => void;
  reject: (e: unknown) => void;
  /** Retried in this thread if the engine thread dies before answering. */
  feature: Feature;
  ctx: EvalContext;
  /** The thread it was sent to. */
  worker: Worker;
}

const WORKER_URL = new URL('./engine.worker.mjs', import.meta.url);

/** Tests only: ends the engine thread at once (as a crash would), resolving when it has exited. */
export const KILL_ENGINE = Symbol('kill the engine thread');
const key = (l: PinnedLicence) => l.id + '\u0000' + l.revision;

/**
 * Runs the engine on a worker thread (Node only), so that on a machine with a second core the
 * main thread parses, validates, logs and answers requests while the engine judges others. The
 * thread loads the same engine and default ruleset (their revisions must match the service's,
 * checked at start) and gets each licence once, then by revision. The answer is the engine's own
 * object, cloned: the same fields in the same order as an in-process call.
 *
 * If the thread fails, the decisions waiting on it are judged in this thread instead (the engine
 * is a pure function, so the verdict is the same), and the next call starts a new thread.
 */
export async function startEngineThread(rulesetRevision: string, opts: { loader?: 'esbuild' | 'tsx' } = {}): Promise<Evaluator & { [KILL_ENGINE](): Promise<void> }> {
  let worker: Worker | null = null;
  let ready: Promise<Worker> | null = null;
  let sent = new Set<string>();
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  let closed = false;
  let loader: string | undefined;

  const local = (w: Waiting) => {
    try {
      w.resolve(evaluate(w.feature, w.ctx));
    } catch (e) {
      w.reject(e);
    }
  };

  const start = (): Promise<Worker> => {
    if (ready) return ready;
    // `starting` is this start's promise: a later start (after this thread died) has its own,
    // which the events of this thread must not clear.
    let starting: Promise<Worker> | null = null;
    starting = ready = new Promise<Worker>((resolve, reject) => {
      const w = new Worker(WORKER_URL, { workerData: { rulesetRevision, loader: opts.loader ?? 'esbuild' }, execArgv: [] });
      let up = false;
      w.on('message', (m: { ready?: boolean; loader?: string; id?: number; ok?: boolean; evaluation?: DetailedEvaluation; error?: { name: string; message: string; stack: string } | string }) => {
        if (m.ready !== undefined) {
          if (m.ready) {
            up = true;
            worker = w;
            loader = m.loader;
            if (!waiting.size) w.unref();
            resolve(w);
          } else reject(new Error(String(m.error)));
          return;
        }
        const p = waiting.get(m.id!);
        if (!p) return;
        waiting.delete(m.id!);
        if (!waiting.size) w.unref();
        if (m.ok) p.resolve(m.evaluation!);
        else if ((m.error as { name?: string }).name === 'MissingLicence') {
          // Sent to a thread that had not had it (a restart in between): judge it here, resend next time.
          sent = new Set();
          local(p);
        } else {
          const err = m.error as { name: string; message: string; stack: string };
          const e = new Error(err.message);
          e.name = err.name;
          e.stack = err.stack;
          p.reject(e);
        }
      });
      let dead = false;
      const gone = (why: string) => {
        if (dead) return; // 'error' is followed by 'exit'
        dead = true;
        if (worker === w) {
          worker = null;
          sent = new Set();
        }
        if (ready === starting) ready = null;
        if (!up) reject(new Error(`the engine thread ${why}`));
        const orphans = [...waiting.entries()].filter(([, x]) => x.worker === w);
        for (const [id] of orphans) waiting.delete(id);
        if (!closed) console.error(JSON.stringify({ level: 'error', msg: 'engine thread stopped; its decisions are judged on the main thread', why }));
        for (const [, x] of orphans) local(x);
      };
      w.on('error', (e) => gone(`failed: ${e instanceof Error ? e.message : String(e)}`));
      w.on('exit', (code) => gone(`exited (${code})`));
    });
    starting.catch(() => { if (ready === starting) ready = null; });
    return starting;
  };

  await start();

  return {
    get loader() {
      return loader;
    },
    async evaluate(feature, ctx) {
      if (closed || ctx.ruleset.revision !== rulesetRevision) return evaluate(feature, ctx);
      let w = worker;
      if (!w) {
        try {
          w = await start();
        } catch {
          return evaluate(feature, ctx);
        }
      }
      const newLicences = ctx.licences.filter((l) => !sent.has(key(l)));
      for (const l of newLicences) sent.add(key(l));
      const id = nextId++;
      return new Promise<DetailedEvaluation>((resolve, reject) => {
        if (!waiting.size) w.ref();
        waiting.set(id, { resolve, reject, feature, ctx, worker: w });
        w.postMessage({
          id, feature, licences: ctx.licences.map(key),
          newLicences, primaryLicenceId: ctx.primaryLicenceId, now: ctx.now.getTime(), lang: ctx.lang,
        });
      });
    },
    close() {
      closed = true;
      void worker?.terminate();
    },
    async [KILL_ENGINE]() {
      await worker?.terminate();
    },
  };
}
