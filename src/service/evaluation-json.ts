import type { Evaluation } from '../engine/types.js';

/**
 * An evaluation as JSON text, for the answer of POST /v1/decisions to be serialised once (by the
 * engine thread, or in decide()) and then sent and logged as the same text. Runtime-neutral:
 * decide() uses it on Workers too.
 */

/** The fields of an evaluation the log needs besides its text. */
export interface EvaluationSummary {
  verdict: string;
  categories: string[];
  approvals: string[];
  licence: { id: string; revision: string };
  ruleset: { revision: string };
  launch_date: string;
}

/**
 * An evaluation as JSON text (`JSON.stringify` of the engine's object) with the fields the log
 * needs; or, for an evaluation whose members would not splice into the answer as they are
 * (see `spliceable`), the object itself.
 */
export type JsonEvaluation = { json: string; summary: EvaluationSummary } | { evaluation: Evaluation };

/** The summary of an evaluation (what `engine.worker.mjs` sends with its text). */
export function summaryOf(e: Evaluation): EvaluationSummary {
  return {
    verdict: e.verdict, categories: e.categories.map((c) => c.code), approvals: e.approvals.map((a) => a.code),
    licence: { id: e.licence.id, revision: e.licence.revision }, ruleset: { revision: e.ruleset.revision }, launch_date: e.launch_date,
  };
}

/**
 * Whether `{ id, ...e, request_id, created_at }` serialises as its parts do: e's text with the
 * three members added around it (`answerText`). So unless e is empty, has a toJSON, a member of
 * those names, or an integer-like member (which an object lists first, wherever it was spread).
 * engine.worker.mjs has the same test.
 */
export function spliceable(e: object): boolean {
  if (typeof (e as { toJSON?: unknown }).toJSON === 'function') return false;
  const keys = Object.keys(e);
  if (!keys.length) return false;
  for (const k of keys) if (k === 'id' || k === 'request_id' || k === 'created_at' || /^(?:0|[1-9]\d*)$/.test(k)) return false;
  return true;
}

/** The answer `{ id, ...evaluation, request_id, created_at }` as JSON text, from the evaluation's text (one that is `spliceable`). */
export function answerText(id: string, evaluationJson: string, requestId: string, createdAt: string): string {
  return '{"id":' + JSON.stringify(id) + ',' + evaluationJson.slice(1, -1) + ',"request_id":' + JSON.stringify(requestId) +
    ',"created_at":' + JSON.stringify(createdAt) + '}';
}
