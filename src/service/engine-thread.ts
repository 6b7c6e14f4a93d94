import type { Worker } from 'node:worker_threads';
import { evaluate, type DetailedEvaluation, type EvalContext } from '../engine/index.js';
import type { Feature, PinnedLicence } from '../engine/types.js';
import { restartableWorker } from '../lib/restartable-worker.js';
import { spliceable, summaryOf, type EvaluationSummary, type JsonEvaluation } from './evaluation-json.js';

export type { EvaluationSummary, JsonEvaluation } from './evaluation-json.js';

/** Something that judges a feature, in this thread or another. */
export interface Evaluator {
  evaluate(feature: Feature, ctx: EvalContext): Promise<DetailedEvaluation>;
  /**
   * The same judgement as `evaluate`, as JSON text: the thread serialises the answer once and
   * sends a string, instead of an object graph this thread must rebuild and serialise again.
   */
  evaluateJson?(feature: Feature, ctx: EvalContext): Promise<JsonEvaluation>;
  close(): void;
  /** How the thread compiled the engine: 'esbuild' (one module, no keepNames) or 'tsx' (the fallback). */
  readonly loader?: string;
}

interface Waiting {
  resolve: (e: DetailedEvaluation | JsonEvaluation) => void;
  reject: (e: unknown) => void;
  /** Retried in this thread if the engine thread dies before answering. */
  feature: Feature;
  ctx: EvalContext;
  /** Whether the caller wants JSON text (`evaluateJson`). */
  json: boolean;
  /** The thread it was sent to. */
  worker: Worker;
}

const WORKER_URL = new URL('./engine.worker.mjs', import.meta.url);

/** What the engine thread answers for one request. */
interface Result {
  id: number;
  ok: boolean;
  evaluation?: DetailedEvaluation;
  json?: string;
  summary?: EvaluationSummary;
  error?: { name: string; message: string; stack: string };
}

/** An in-process evaluation in the form asked. */
function asAsked(e: DetailedEvaluation, json: boolean): DetailedEvaluation | JsonEvaluation {
  if (!json) return e;
  return spliceable(e) ? { json: JSON.stringify(e), summary: summaryOf(e) } : { evaluation: e };
}

/** Tests only: ends the engine thread at once (as a crash would), resolving when it has exited. */
export const KILL_ENGINE = Symbol('kill the engine thread');
const key = (l: PinnedLicence) => l.id + '\u0000' + l.revision;

/**
 * Runs the engine on a worker thread (Node only), so that on a machine with a second core the
 * main thread parses, validates, logs and answers requests while the engine judges others. The
 * thread loads the same engine and default ruleset (their revisions must match the service's,
 * checked at start) and gets each licence once, then by revision. The answer is the engine's own
 * object, cloned (`evaluate`), or its JSON text (`evaluateJson`): the same fields in the same order
 * as an in-process call. Thread start, restart and failure: src/lib/restartable-worker.ts.
 *
 * If the thread fails, the decisions waiting on it are judged in this thread instead (the engine
 * is a pure function, so the verdict is the same), and the next call starts a new thread.
 */
export async function startEngineThread(rulesetRevision: string, opts: { loader?: 'esbuild' | 'tsx' } = {}): Promise<Evaluator & { [KILL_ENGINE](): Promise<void> }> {
  let sent = new Set<string>();
  let nextId = 1;
  let closed = false;
  let loader: string | undefined;

  const local = (w: Waiting) => {
    try {
      w.resolve(asAsked(evaluate(w.feature, w.ctx), w.json));
    } catch (e) {
      w.reject(e);
    }
  };

  const thread = restartableWorker<Waiting>({
    url: WORKER_URL,
    workerData: { rulesetRevision, loader: opts.loader ?? 'esbuild' },
    notReady: (m) => new Error(String(m.error)),
    died: (why) => new Error(`the engine thread ${why}`),
    onReady: (m) => {
      loader = m.loader as string | undefined;
    },
    onMessage: (msg) => {
      for (const r of (msg as { results?: Result[] }).results ?? []) {
        const p = thread.take(r.id);
        if (!p) continue;
        if (r.ok) p.resolve(r.json !== undefined ? { json: r.json, summary: r.summary! } : p.json ? { evaluation: r.evaluation! } : r.evaluation!);
        else if (r.error!.name === 'MissingLicence') {
          // Sent to a thread that had not had it (a restart in between): judge it here, resend next time.
          sent = new Set();
          local(p);
        } else {
          const e = new Error(r.error!.message);
          e.name = r.error!.name;
          e.stack = r.error!.stack;
          p.reject(e);
        }
      }
    },
    // The decisions a dead thread held are judged here (the engine is a pure function: same verdict).
    onGone: (_w, why, orphans, wasCurrent) => {
      if (wasCurrent) sent = new Set();
      if (!closed) console.error(JSON.stringify({ level: 'error', msg: 'engine thread stopped; its decisions are judged on the main thread', why }));
      for (const x of orphans) local(x);
    },
  });

  await thread.get();

  /**
   * Requests of this event-loop turn, sent as one message at its end (and answered in one): a
   * message to a thread costs tens of microseconds whatever its size (waking the thread), so
   * the requests parsed in one I/O phase share it.
   */
  let outbox: { id: number; message: Record<string, unknown>; waiting: Omit<Waiting, 'worker'> }[] = [];
  const sendOutbox = async () => {
    const batch = outbox;
    outbox = [];
    let w: Worker;
    try {
      if (closed) throw new Error('closed');
      w = await thread.get();
    } catch {
      for (const x of batch) local({ ...x.waiting, worker: null as unknown as Worker });
      return;
    }
    const requests: Record<string, unknown>[] = [];
    for (const x of batch) {
      const newLicences = x.waiting.ctx.licences.filter((l) => !sent.has(key(l)));
      for (const l of newLicences) sent.add(key(l));
      requests.push({ ...x.message, newLicences });
      thread.track(x.id, { ...x.waiting, worker: w });
    }
    w.postMessage({ requests });
  };

  const send = (feature: Feature, ctx: EvalContext, json: boolean) => new Promise<DetailedEvaluation | JsonEvaluation>((resolve, reject) => {
    if (closed || ctx.ruleset.revision !== rulesetRevision) {
      try {
        resolve(asAsked(evaluate(feature, ctx), json));
      } catch (e) {
        reject(e);
      }
      return;
    }
    if (!outbox.length) setImmediate(() => void sendOutbox());
    const id = nextId++;
    outbox.push({
      id,
      message: { id, json, feature, licences: ctx.licences.map(key), primaryLicenceId: ctx.primaryLicenceId, now: ctx.now.getTime(), lang: ctx.lang },
      waiting: { resolve, reject, feature, ctx, json },
    });
  });

  return {
    get loader() {
      return loader;
    },
    evaluate: (feature, ctx) => send(feature, ctx, false) as Promise<DetailedEvaluation>,
    evaluateJson: (feature, ctx) => send(feature, ctx, true) as Promise<JsonEvaluation>,
    close() {
      closed = true;
      void thread.terminate();
    },
    async [KILL_ENGINE]() {
      await thread.terminate();
    },
  };
}
