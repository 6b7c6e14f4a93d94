import type { AppendInput } from '../../src/storage/log.js';

let n = 0;
/** A plausible log entry; every call a new one. */
export function entry(over: Partial<AppendInput> = {}): AppendInput {
  n++;
  return {
    id: `dec_test_${n}_${Math.random().toString(36).slice(2)}`,
    createdAt: new Date(Date.UTC(2026, 10, 1 + (n % 5), 0, 0, n % 60)).toISOString(),
    requestId: `req_${n}`,
    requester: 'key_submitter_abc',
    idempotencyKey: null,
    requestHash: 'h' + n,
    verdict: 'allowed',
    licenceId: '京B2-20224676',
    licenceRevision: 'sha256:l',
    rulesetRevision: 'sha256:r',
    team: 'growth',
    repo: 'app',
    title: `feature ${n}`,
    launchDate: '2026-12-01',
    request: { feature: { title: `feature ${n}` } },
    answer: { verdict: over.verdict ?? 'allowed' },
    masked: [],
    tags: [{ kind: 'category', code: 'B25-3' }],
    ...over,
  };
}
