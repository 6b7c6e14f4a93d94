import { hashedFields, type DecisionLog, type DecisionRow } from '../storage/log.js';
import { auditOf, feederOf, type AuditHost } from './context.js';
import { inclusionRanges, leafHash, toHex, verifyInclusion } from './merkle.js';
import { signCheckpoint, type CheckpointBody, type SignedCheckpoint } from './signing.js';
import { IntegrityError } from './tree.js';
import { checkSignatures, GENESIS, LogVerifier, type ExportedEntry, type StreamReport } from './verifier.js';

export { IntegrityError } from './tree.js';

const PAGE = 2000;

/** An entry as exported and verified: its hashed columns as stored, and its hash. */
export function toExported(row: DecisionRow): ExportedEntry {
  return { ...(hashedFields(row) as Omit<ExportedEntry, 'entry_hash'>), entry_hash: row.entryHash };
}

/** Feeds entries [from, to] to a verifier, page by page, until it finds a break. */
async function feedSequential(log: DecisionLog, v: LogVerifier, from: number, to?: number): Promise<void> {
  let next = from;
  for (;;) {
    // Each entry with its hash recomputed (on libSQL from the canonical text SQLite builds).
    const rows = await log.checkedRange(next, PAGE, to);
    for (const row of rows) if (!v.pushChecked(row)) return;
    if (rows.length < PAGE) return;
    next = rows[rows.length - 1]!.seq + 1;
  }
}

/**
 * Feeds entries [from, to] (to: the whole log) to a verifier: through the services' chunk feeder
 * (threads) when one is installed, then entry by entry for whatever it left (a short run, the
 * entries appended meanwhile, a stretch it could not vouch for).
 */
async function feed(services: AuditHost, v: LogVerifier, from: number, to: number | undefined, sizes: number[]): Promise<void> {
  const { log } = auditOf(services);
  const feeder = feederOf(services);
  if (feeder && v.nextSeq === from) {
    const head = (await log.head())?.seq ?? 0;
    const end = Math.min(to ?? head, head);
    if (end >= from) {
      await feeder.feed(v, end, {
        bound: to ?? Number.MAX_SAFE_INTEGER, sizes,
        sequential: (a, b) => feedSequential(log, v, a, b),
      });
    }
    if (v.isBroken) return;
  }
  if (to !== undefined && v.nextSeq > to) return;
  await feedSequential(log, v, v.nextSeq, to);
}

/** GET /v1/audit/verify's report: the chain, and every checkpoint against it. */
export type AuditVerifyReport = StreamReport & { scope: 'whole' | 'range' };

/**
 * Verifies the log: the chain over [fromSeq, toSeq] (default the whole log), every checkpoint's
 * signature, the Merkle root of the entries at each checkpoint's size (when the run starts at 1),
 * and that no checkpoint signs more entries than the log holds (truncation).
 */
export async function verifyAudit(services: AuditHost, fromSeq = 1, toSeq?: number): Promise<AuditVerifyReport> {
  const a = auditOf(services);
  const cps = await a.checkpoints.all();
  const sigProblems = await checkSignatures(cps, await a.trusted());
  let anchor: string | null = GENESIS;
  if (fromSeq > 1) anchor = (await a.log.entryHashes(fromSeq - 1, fromSeq - 1))[0]?.hash ?? null;
  const whole = fromSeq === 1 && toSeq === undefined;
  const headSeq = whole ? undefined : (await a.log.head())?.seq ?? 0;
  const v = new LogVerifier({ fromSeq, toSeq, anchor, checkpoints: cps, headSeq });
  await feed(services, v, fromSeq, toSeq, cps.map((c) => c.tree_size));
  return { ...v.finish(sigProblems, cps.length), scope: whole ? 'whole' : 'range' };
}

/** What makeCheckpoint did. */
export interface CheckpointOutcome {
  created: boolean;
  checkpoint: SignedCheckpoint | null;
}

/**
 * Signs a checkpoint over the whole log as it stands, unless the latest checkpoint already covers
 * it. Refuses (IntegrityError) to sign over a log that does not hold: the entries since the last
 * trusted checkpoint are re-verified (from entry 1 if there is none), and the stored tree must
 * still give the last checkpoint's root, so a checkpoint never launders a rewrite.
 */
export async function makeCheckpoint(services: AuditHost): Promise<CheckpointOutcome> {
  const a = auditOf(services);
  return a.serial(async () => {
    const head = await a.log.head();
    const last = await a.checkpoints.latest();
    if (!head) {
      if (last) throw new IntegrityError(`the log is empty but checkpoint #${last.id} signed ${last.tree_size} entries: it was truncated`);
      return { created: false, checkpoint: null };
    }
    if (last && last.tree_size > head.seq) {
      throw new IntegrityError(`the log has ${head.seq} entries but checkpoint #${last.id} signed ${last.tree_size}: it was truncated`);
    }
    if (last && last.tree_size === head.seq && last.head_hash === head.hash) return { created: false, checkpoint: last };
    const signer = await a.signer();
    let from = 1;
    let anchor = GENESIS;
    if (last) {
      const trusted = last.key_id === signer.keyId;
      if (trusted && (await checkSignatures([last], [signer])).length) {
        throw new IntegrityError(`checkpoint #${last.id}'s signature does not verify: the checkpoints were tampered with`);
      }
      const [atHead] = await a.log.entryHashes(last.head_seq, last.head_seq);
      if (atHead?.hash !== last.head_hash) throw new IntegrityError(`entry ${last.head_seq} no longer has the hash checkpoint #${last.id} signed`);
      if (toHex(await a.tree.root(last.tree_size)) !== last.root_hash) {
        throw new IntegrityError(`entries 1..${last.tree_size} no longer hash to the root checkpoint #${last.id} signed`);
      }
      // A checkpoint signed by another key (an earlier ephemeral key, a rotated key) anchors nothing.
      if (trusted) {
        from = last.tree_size + 1;
        anchor = last.head_hash;
      }
    }
    const v = new LogVerifier({ fromSeq: from, toSeq: head.seq, anchor });
    await feed(services, v, from, head.seq, []);
    const report = v.finish();
    if (!report.ok) throw new IntegrityError(`entry ${report.first_broken!.seq}: ${report.first_broken!.reason}`);
    const body: CheckpointBody = {
      tree_size: head.seq, root_hash: toHex(await a.tree.root(head.seq)), head_seq: head.seq, head_hash: head.hash,
      created_at: services.clock().toISOString(), key_id: signer.keyId,
    };
    const cp = await a.checkpoints.insert({ ...body, signature: await signCheckpoint(signer, body) });
    return { created: true, checkpoint: cp };
  });
}

/** An inclusion proof of one entry in a checkpoint's tree. */
export interface InclusionProof {
  id: string;
  seq: number;
  leaf_index: number;
  entry_hash: string;
  leaf_hash: string;
  tree_size: number;
  root_hash: string;
  audit_path: string[];
  checkpoint: SignedCheckpoint;
  /** The service's own check of the path against the checkpoint's root. */
  valid: boolean;
}

/** Why a proof cannot be given. */
export class ProofUnavailable extends Error {
  constructor(readonly kind: 'no_entry' | 'no_checkpoint' | 'not_covered', message: string) {
    super(message);
  }
}

/**
 * The audit path (RFC 9162 §2.1.3) from an entry's leaf to the root of the latest checkpoint (or
 * the one named), built from the stored subtree hashes and at most two blocks of entry hashes.
 */
export async function inclusionProof(services: AuditHost, id: string, checkpointId?: number): Promise<InclusionProof> {
  const a = auditOf(services);
  const row = await a.log.get(id);
  if (!row) throw new ProofUnavailable('no_entry', 'No decision has this id.');
  const cp = checkpointId === undefined ? await a.checkpoints.latest() : await a.checkpoints.get(checkpointId);
  if (!cp) {
    throw new ProofUnavailable('no_checkpoint', checkpointId === undefined
      ? 'No checkpoint has been made yet: POST /v1/audit/checkpoints.' : `No checkpoint #${checkpointId}.`);
  }
  if (row.seq > cp.tree_size) {
    throw new ProofUnavailable('not_covered', `Entry ${row.seq} is not yet covered by checkpoint #${cp.id} (tree_size ${cp.tree_size}): make a new checkpoint.`);
  }
  const index = row.seq - 1;
  const path = (await a.tree.rangeHashes(inclusionRanges(index, cp.tree_size), cp.tree_size)).map(toHex);
  const leaf = leafHash(row.entryHash);
  return {
    id: row.id, seq: row.seq, leaf_index: index, entry_hash: row.entryHash, leaf_hash: toHex(leaf),
    tree_size: cp.tree_size, root_hash: cp.root_hash, audit_path: path, checkpoint: cp,
    valid: verifyInclusion(index, cp.tree_size, leaf, path, cp.root_hash),
  };
}
