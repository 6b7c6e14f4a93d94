import type { Config } from '../config.js';
import type { DecisionLog } from '../storage/log.js';
import { CheckpointStore } from './checkpoints.js';
import { generateSigner, importSigner, type PublicKey, type Signer } from './signing.js';
import { MerkleIndex } from './tree.js';
import type { LogVerifier } from './verifier.js';

/** What the audit module needs of the services: the log, the configuration and the clock. */
export interface AuditHost {
  log: DecisionLog;
  config: Pick<Config, 'checkpointKey'>;
  clock: () => Date;
}

/** The audit module's per-process (per-isolate) state, hung off the services object. */
export interface AuditContext {
  log: DecisionLog;
  tree: MerkleIndex;
  checkpoints: CheckpointStore;
  /** The signing key (resolved once). */
  signer(): Promise<Signer>;
  /** Keys whose checkpoints verify: the signing key. */
  trusted(): Promise<PublicKey[]>;
  /** Runs checkpoint-making one at a time in this process. */
  serial<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * Verifies long stretches of the chain in chunks elsewhere (worker threads on Node:
 * `parallelVerifier` in src/audit/parallel.ts) and feeds the results to a `LogVerifier`.
 */
export interface ChunkFeeder {
  /**
   * Feeds `v` the entries from `v.nextSeq` up to `to` (or fewer: it may decline a short run, or stop
   * at a problem or where the log ends); the caller verifies whatever is left entry by entry.
   * `bound`: the last seq the run may look at to tell a gap from the log's end; `sizes`: the
   * checkpoints' tree sizes; `sequential(from, to)`: verifies entries [from, to] on this thread.
   */
  feed(v: LogVerifier, to: number, o: { bound: number; sizes: number[]; sequential: (from: number, to: number) => Promise<void> }): Promise<void>;
}

const contexts = new WeakMap<AuditHost, AuditContext>();
const feeders = new WeakMap<AuditHost, ChunkFeeder>();

/**
 * Verifies the chain of these services with `feeder` (Node with a local file database:
 * `useParallelVerify(services, parallelVerifier({ url: config.databaseUrl }))`), for
 * GET /v1/audit/verify and the re-verification before a checkpoint. The result is the same as entry
 * by entry; only faster.
 */
export function useParallelVerify(services: AuditHost, feeder: ChunkFeeder | null): void {
  if (feeder) feeders.set(services, feeder);
  else feeders.delete(services);
}

/** The chunk feeder installed for these services, if any. */
export function feederOf(services: AuditHost): ChunkFeeder | undefined {
  return feeders.get(services);
}
const presetSigners = new WeakMap<AuditHost, Promise<Signer>>();

/**
 * Gives the services a signing key other than the configured one (a key file on Node, a test key).
 * Must be called before the first checkpoint.
 */
export function useSigner(services: AuditHost, signer: Signer | Promise<Signer>): void {
  presetSigners.set(services, Promise.resolve(signer));
  contexts.delete(services);
}

/**
 * The signing key: CHECKPOINT_PRIVATE_KEY when configured; else one preset by `useSigner` (the
 * Node entry's key file); else a key generated for this process, announced in the log. Checkpoints
 * signed by an ephemeral key stop verifying once the process is gone.
 */
async function resolveSigner(services: AuditHost): Promise<Signer> {
  const preset = presetSigners.get(services);
  if (preset) return preset;
  if (services.config.checkpointKey) return importSigner(services.config.checkpointKey, 'configured');
  const { signer } = await generateSigner('ephemeral');
  console.warn(JSON.stringify({
    level: 'warn', msg: 'CHECKPOINT_PRIVATE_KEY is unset: checkpoints are signed with an ephemeral key generated at start-up; they will not verify after a restart. Set CHECKPOINT_PRIVATE_KEY (see docs/AUDIT.md).',
    key_id: signer.keyId,
  }));
  return signer;
}

/** The audit context of a services object (built on first use). */
export function auditOf(services: AuditHost): AuditContext {
  let ctx = contexts.get(services);
  if (ctx) return ctx;
  const store = services.log.backingStore;
  let signer: Promise<Signer> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const getSigner = () => {
    signer ??= resolveSigner(services);
    signer.catch(() => {
      signer = null;
    });
    return signer;
  };
  ctx = {
    log: services.log,
    tree: new MerkleIndex(store, services.log),
    checkpoints: new CheckpointStore(store),
    signer: getSigner,
    trusted: async () => [await getSigner()],
    serial: <T>(fn: () => Promise<T>) => {
      const run = queue.then(fn);
      queue = run.catch(() => undefined);
      return run;
    },
  };
  contexts.set(services, ctx);
  return ctx;
}
