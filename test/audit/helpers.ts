import { type AuditHost, useSigner } from '../../src/audit/context.js';
import { generateSigner, type Signer } from '../../src/audit/signing.js';
import { DecisionLog, type AppendInput } from '../../src/storage/log.js';
import type { TestStore } from '../helpers/stores.js';

let n = 0;
/** A plausible log entry; every call a new one. */
export function entry(over: Partial<AppendInput> = {}): AppendInput {
  n++;
  return {
    id: `dec_audit_${n}_${Math.random().toString(36).slice(2)}`,
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

/** An audit host over a fresh store, with a signing key of its own (not configured). */
export async function auditHost(t: TestStore, signer?: Signer): Promise<AuditHost & { signer: Signer; log: DecisionLog }> {
  const s = signer ?? (await generateSigner('configured')).signer;
  const host = { log: new DecisionLog(t.store), config: {}, clock: () => new Date('2026-11-29T04:00:00.000Z'), signer: s };
  useSigner(host, s);
  return host;
}

/** Appends `count` entries, `parallel` at a time. */
export async function fill(log: DecisionLog, count: number, parallel = 50): Promise<void> {
  for (let i = 0; i < count; i += parallel) {
    await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, () => log.append(entry())));
  }
}
