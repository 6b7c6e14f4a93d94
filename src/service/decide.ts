import { canonicalJson } from '../engine/canonical.js';
import { evaluate } from '../engine/index.js';
import type { Evaluation, Feature, Lang } from '../engine/types.js';
import type { Principal } from '../http/keys.js';
import { ProblemError } from '../http/problem.js';
import type { DecisionRequest } from '../http/schemas.js';
import { sha256HexFast } from '../storage/hash.js';
import type { DecisionRow } from '../storage/log.js';
import { answerText, summaryOf, type EvaluationSummary, type JsonEvaluation } from './evaluation-json.js';
import { newId } from './ids.js';
import { maskPersonalData } from './mask.js';
import type { Services } from './services.js';

/** The answer to POST /v1/decisions: the evaluation plus id, request id and time. */
export type Decision = Evaluation & { id: string; request_id: string; created_at: string };

/** What the handler sends: the decision's id, its answer as JSON text (the text logged), and whether it replays an earlier one. */
export interface DecideOutcome {
  id: string;
  /** The answer, exactly as the log holds it: sent as is (serialised once, for the log and the answer alike). */
  body: string;
  replayed: boolean;
}

/** Raised when the log cannot take the entry: the caller answers 503 and gives no verdict. */
export class LogUnavailableError extends Error {}

function replayOrConflict(row: DecisionRow, requestHash: string): DecideOutcome {
  if (row.requestHash !== requestHash) {
    throw new ProblemError(409, 'This Idempotency-Key was already used with a different request body.', [
      { field: 'Idempotency-Key', message: 'already used with a different body' },
    ]);
  }
  return { id: row.id, body: row.answer, replayed: true };
}

/**
 * Judges a feature and logs the decision before answering. With an idempotency key, a retry of
 * the same body replays the first answer and logs nothing; another body under the same key is 409.
 */
export async function decide(
  services: Services,
  request: DecisionRequest,
  who: { principal: Principal; requestId: string; lang: Lang; idempotencyKey: string | null },
): Promise<DecideOutcome> {
  const { log, licences, ruleset, config } = services;
  const requestHash = sha256HexFast(canonicalJson(request));
  if (who.idempotencyKey) {
    const prior = await log.byIdempotencyKey(who.principal.keyId, who.idempotencyKey).catch((e) => {
      throw new LogUnavailableError(String(e));
    });
    if (prior) return replayOrConflict(prior, requestHash);
  }
  const licenceId = request.licence_id ?? licences.defaultId;
  // The requested licence first, then the others its holder holds: one snapshot read, no I/O
  // while the snapshot is fresh.
  const held = await licences.heldWith(licenceId);
  if (!held.length) {
    throw new ProblemError(422, `No licence "${licenceId}" is registered.`, [
      { field: 'licence_id', message: 'is not a registered licence' },
    ]);
  }
  if (who.principal.team && request.context?.team && request.context.team !== who.principal.team) {
    throw new ProblemError(403, `This key acts for team "${who.principal.team}" only.`, [
      { field: 'context.team', message: `must be ${who.principal.team} for this key` },
    ]);
  }
  const now = services.clock();
  const feature: Feature = {
    title: request.feature.title,
    description: request.feature.description ?? '',
    capabilities: request.feature.capabilities ?? [],
    sectors: request.feature.sectors ?? [],
    ...(request.feature.launch_date ? { launch_date: request.feature.launch_date } : {}),
  };
  const ctx = { licences: held, primaryLicenceId: licenceId, ruleset, now, lang: who.lang };
  const id = newId('dec', now.getTime());
  const createdAt = now.toISOString();
  // The answer is { id, ...evaluation, request_id, created_at }, serialised once: by the engine
  // thread (its text, with the fields the log needs), or here.
  const judged: JsonEvaluation = services.evaluator?.evaluateJson
    ? await services.evaluator.evaluateJson(feature, ctx)
    : { evaluation: services.evaluator ? await services.evaluator.evaluate(feature, ctx) : evaluate(feature, ctx) };
  let answerJson: string;
  let summary: EvaluationSummary;
  if ('json' in judged) {
    answerJson = answerText(id, judged.json, who.requestId, createdAt);
    summary = judged.summary;
  } else {
    const decision: Decision = { id, ...judged.evaluation, request_id: who.requestId, created_at: createdAt };
    answerJson = JSON.stringify(decision);
    summary = summaryOf(judged.evaluation);
  }
  const context = { ...request.context, ...(who.principal.team ? { team: who.principal.team } : {}) };
  const toStore = config.maskPersonalData ? maskPersonalData(request) : { value: request, masked: [] };
  let result;
  try {
    result = await log.append({
      id,
      createdAt,
      requestId: who.requestId,
      requester: who.principal.keyId,
      idempotencyKey: who.idempotencyKey,
      requestHash,
      verdict: summary.verdict,
      licenceId: summary.licence.id,
      licenceRevision: summary.licence.revision,
      rulesetRevision: summary.ruleset.revision,
      team: context.team ?? null,
      repo: context.repo ?? null,
      title: toStore.value.feature.title,
      launchDate: summary.launch_date,
      request: toStore.value,
      answerJson,
      masked: toStore.masked,
      tags: [
        ...summary.categories.map((code) => ({ kind: 'category' as const, code })),
        ...summary.approvals.map((code) => ({ kind: 'approval' as const, code })),
      ],
    });
  } catch (e) {
    throw new LogUnavailableError(e instanceof Error ? e.message : String(e));
  }
  if (result.kind === 'existing') return replayOrConflict(result.row, requestHash);
  // The log keeps created_at non-decreasing along the chain; the answer says what was logged.
  return { id, body: result.answerJson ?? answerJson, replayed: false };
}

/** A logged entry as the read API shows it: the answer at the top level, plus request and log fields. */
export function loggedView(row: DecisionRow): Record<string, unknown> {
  return {
    ...(JSON.parse(row.answer) as Decision),
    request: JSON.parse(row.request),
    sequence: row.seq,
    prev_hash: row.prevHash,
    entry_hash: row.entryHash,
    requester: row.requester,
    idempotency_key: row.idempotencyKey,
    masked: JSON.parse(row.masked),
  };
}
