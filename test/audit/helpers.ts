import { type AuditHost, useSigner } from '../../src/audit/context.js';
import { generateSigner, type Signer } from '../../src/audit/signing.js';
import { DecisionLog } from '../../src/storage/log.js';
import { entry } from '../helpers/entries.js';
export { entry };
import type { TestStore } from '../helpers/stores.js';

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
