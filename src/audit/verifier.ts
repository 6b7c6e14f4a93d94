import { canonicalJson } from '../engine/canonical.js';
import { entryHashOfValues, HASHED_COLUMNS_SORTED, sha256HexFast } from '../storage/hash.js';
import { EMPTY_ROOT, Frontier, fromHex, leafHash, toHex } from './merkle.js';
import { verifyCheckpointSignature, type PublicKey, type SignedCheckpoint } from './signing.js';

/**
 * The log's verification, pure and streaming: fed entries in chain order and the signed
 * checkpoints, it recomputes every entry hash and link, the Merkle root at every checkpoint's
 * tree size, and checks the signatures. The service (GET /v1/audit/verify) and the offline verifier
 * (`npm run verify-log`) both run this, so they cannot disagree.
 */

/** The chain's anchor: the previous hash of entry 1. */
export const GENESIS = '0'.repeat(64);

/** The columns an entry hash covers, in the export's (snake_case) names. */
export const HASHED_KEYS = [
  'seq', 'id', 'created_at', 'request_id', 'requester', 'idempotency_key', 'request_hash', 'verdict',
  'licence_id', 'licence_revision', 'ruleset_revision', 'team', 'repo', 'title', 'launch_date',
  'request', 'answer', 'masked', 'prev_hash',
] as const;

/** One entry as exported: the hashed columns exactly as stored (request/answer/masked are JSON text) and the hash. */
export type ExportedEntry = { [K in (typeof HASHED_KEYS)[number]]: K extends 'seq' ? number : K extends 'idempotency_key' | 'team' | 'repo' ? string | null : string } & { entry_hash: string };

/** An entry's hash from its exported fields: sha256(prev_hash + "\n" + canonicalJson(fields)). */
export function exportedEntryHash(e: ExportedEntry): string {
  const o = e as Record<string, unknown>;
  const fast = entryHashOfValues(HASHED_COLUMNS_SORTED.map((k) => o[k] ?? null));
  if (fast !== null) return fast;
  const fields: Record<string, unknown> = {};
  for (const k of HASHED_KEYS) fields[k] = o[k] ?? null;
  return sha256HexFast(e.prev_hash + '\n' + canonicalJson(fields));
}

const R_SEQ = HASHED_COLUMNS_SORTED.indexOf('seq');
const R_ID = HASHED_COLUMNS_SORTED.indexOf('id');
const R_PREV = HASHED_COLUMNS_SORTED.indexOf('prev_hash');
const R_HASH = HASHED_COLUMNS_SORTED.length;

export interface BrokenEntry {
  seq: number;
  id: string | null;
  reason: string;
  /** The checkpoint that exposed it, when one did. */
  checkpoint?: number;
}

export interface CheckpointProblem {
  id: number;
  reason: string;
}

export interface StreamReport {
  ok: boolean;
  entries: number;
  from_seq: number;
  to_seq: number;
  head: { seq: number; hash: string } | null;
  first_broken: BrokenEntry | null;
  /** MTH over entries 1..head, when the run started at entry 1 and the chain held. */
  root_hash: string | null;
  checkpoints: {
    total: number;
    signatures_checked: number;
    roots_checked: number;
    latest: { id: number; tree_size: number; root_hash: string; created_at: string } | null;
    problems: CheckpointProblem[];
  };
}

export interface VerifierOptions {
  fromSeq?: number;
  /** Stop after this entry; undefined = the whole remaining log (then truncation is checked). */
  toSeq?: number;
  /** prev_hash expected of entry `fromSeq` (GENESIS for 1); null = unknown, the first link is not checked. */
  anchor?: string | null;
  checkpoints?: SignedCheckpoint[];
  /** The log's head seq, for the truncation check of a range run (a whole run counts its entries). */
  headSeq?: number;
}

/** Complete subtrees of a chunk's leaves, largest first (hex hashes). */
export type SubtreePieces = { level: number; hash: string }[];

/**
 * What a verification thread found in one chunk of the chain, entries [start, end]
 * (`src/audit/verify.worker.mjs`): `count` entries from `start` held, each hash recomputed and each
 * link within the chunk checked; then, if the chunk stopped early, why.
 */
export interface ChunkResult {
  start: number;
  end: number;
  count: number;
  /** The chunk's first entry, when it is present at `start`: its link to the entry before is checked here. */
  first: { seq: number; id: string; prev: unknown } | null;
  lastSeq: number;
  lastHash: string | null;
  /** The first problem inside the chunk (after `count` good entries). */
  broken: BrokenEntry | null;
  /** An entry the thread could not vouch for (the general path must hash it): verify from here on this thread. */
  deferred: number | null;
  /** No entry at or after `start + count` (within the run's bound): the log ends here. */
  ended: boolean;
  /** For each checkpoint size inside the chunk: its head entry's hash and the subtrees of the chunk's prefix. */
  at: { size: number; hash: string; pieces: SubtreePieces }[];
  /** The subtrees of the `count` good entries (empty when the run has no Merkle tree). */
  pieces: SubtreePieces;
}

/** Checks each checkpoint's signature against the trusted keys (by key_id). */
export async function checkSignatures(cps: SignedCheckpoint[], trusted: PublicKey[]): Promise<CheckpointProblem[]> {
  const problems: CheckpointProblem[] = [];
  const byId = new Map(trusted.map((k) => [k.keyId, k]));
  for (const cp of cps) {
    const key = byId.get(cp.key_id);
    if (!key) {
      problems.push({ id: cp.id, reason: `checkpoint #${cp.id} is signed by key ${cp.key_id}, which is not a trusted key (trusted: ${[...byId.keys()].join(', ') || 'none'})` });
    } else if (!(await verifyCheckpointSignature(key, cp))) {
      problems.push({ id: cp.id, reason: `checkpoint #${cp.id}: the signature does not verify with key ${cp.key_id} (the checkpoint was altered or forged)` });
    }
  }
  return problems;
}

/** Streaming verifier: `push` entries in order, then `finish`. */
export class LogVerifier {
  private expected: number;
  private prev: string | null;
  private readonly frontier: Frontier | null;
  private readonly pending: SignedCheckpoint[];
  private readonly fromSeq: number;
  private readonly toSeq: number | undefined;
  private entries = 0;
  private head: { seq: number; hash: string } | null = null;
  private broken: BrokenEntry | null = null;
  private rootsChecked = 0;
  readonly problems: CheckpointProblem[] = [];
  private readonly all: SignedCheckpoint[];
  private readonly headSeq: number | undefined;

  constructor(o: VerifierOptions = {}) {
    this.fromSeq = o.fromSeq ?? 1;
    this.toSeq = o.toSeq;
    this.headSeq = o.headSeq;
    this.expected = this.fromSeq;
    this.prev = o.anchor === undefined ? (this.fromSeq === 1 ? GENESIS : null) : o.anchor;
    this.all = [...(o.checkpoints ?? [])].sort((a, b) => a.id - b.id);
    // Checkpoint ids are given 1, 2, 3…: a missing one was deleted.
    this.all.forEach((cp, i) => {
      const want = i ? this.all[i - 1]!.id + 1 : 1;
      if (cp.id !== want) this.problems.push({ id: want, reason: `checkpoint #${want} is missing (next present is #${cp.id})` });
      if (cp.head_seq !== cp.tree_size) this.problems.push({ id: cp.id, reason: `checkpoint #${cp.id}: head_seq ${cp.head_seq} is not its tree_size ${cp.tree_size}` });
    });
    this.frontier = this.fromSeq === 1 ? new Frontier() : null;
    this.pending = this.frontier ? [...this.all].sort((a, b) => a.tree_size - b.tree_size || a.id - b.id) : [];
    this.checkDue();
  }

  /** True while the chain holds; after the first break, further entries are ignored. */
  push(e: ExportedEntry): boolean {
    return this.accept(e.seq, e.id, e.prev_hash, e.entry_hash, () => exportedEntryHash(e));
  }

  /**
   * `push` for a raw row as `DecisionLog.hashedRange` reads it: the hashed columns in
   * `HASHED_COLUMNS_SORTED` order, then entry_hash (no object built per entry).
   */
  pushRow(row: ArrayLike<unknown>): boolean {
    return this.accept(Number(row[R_SEQ]), String(row[R_ID]), row[R_PREV] as string, String(row[R_HASH]), () => entryHashOfValues(row) ?? '');
  }

  /** `push` for an entry as `DecisionLog.checkedRange` reads it: links, stored hash and the hash recomputed. */
  pushChecked(e: { seq: number; id: string; prevHash: unknown; entryHash: string; computed: string }): boolean {
    return this.accept(e.seq, e.id, e.prevHash as string, e.entryHash, () => e.computed);
  }

  /** The next entry the verifier expects (chunks must start here). */
  get nextSeq(): number {
    return this.expected;
  }

  /** Whether the run builds the Merkle tree (it starts at entry 1). */
  get merkle(): boolean {
    return this.frontier !== null;
  }

  /** Whether a problem was found. */
  get isBroken(): boolean {
    return this.broken !== null;
  }

  /**
   * Takes a chunk a verification thread checked (`ChunkResult`), with the same outcome as pushing
   * its entries one by one: the link of its first entry to the previous one, the roots of the
   * checkpoints whose size falls in the chunk, then the chunk's own first problem. True while the
   * chain holds and the caller should go on with the next chunk (after verifying from `deferred`
   * itself, when set).
   */
  pushChunk(c: ChunkResult): boolean {
    if (this.broken) return false;
    if (c.start !== this.expected) throw new RangeError(`chunk starts at ${c.start}, expected ${this.expected}`);
    if (c.first && this.prev !== null && c.first.prev !== this.prev) {
      this.broken = { seq: c.first.seq, id: c.first.id, reason: 'prev_hash does not match the previous entry\'s hash' };
      return false;
    }
    if (this.toSeq !== undefined && c.lastSeq > this.toSeq) throw new RangeError(`chunk ends at ${c.lastSeq}, past the run's end ${this.toSeq}`);
    if (c.count) {
      if (this.frontier) {
        const base = this.frontier.size;
        const grown = base + c.count;
        // Checkpoints that sign a prefix ending inside the chunk.
        const at = new Map(c.at.map((a) => [a.size, a]));
        while (this.pending.length && this.pending[0]!.tree_size < grown) {
          const cp = this.pending.shift()!;
          if (cp.tree_size <= base) continue;
          const a = at.get(cp.tree_size);
          if (!a) throw new Error(`the verification thread gave no subtrees at checkpoint size ${cp.tree_size}`);
          const f = this.frontier.clone();
          for (const p of a.pieces) f.pushSubtree(p.level, fromHex(p.hash));
          this.compareRoot(cp, toHex(f.root()), a.hash);
          if (this.broken) {
            // As entry by entry: the entries up to the checkpoint's head were taken, then it stopped.
            this.entries += cp.tree_size - base;
            this.prev = a.hash;
            this.head = { seq: cp.tree_size, hash: a.hash };
            this.expected = cp.tree_size + 1;
            return false;
          }
        }
        for (const p of c.pieces) this.frontier.pushSubtree(p.level, fromHex(p.hash));
        if (this.frontier.size !== grown) throw new Error(`the verification thread's subtrees cover ${this.frontier.size - base} entries, not ${c.count}`);
      }
      this.prev = c.lastHash;
      this.head = { seq: c.lastSeq, hash: c.lastHash! };
      this.entries += c.count;
      this.expected = c.lastSeq + 1;
      this.checkDue();
      if (this.broken) return false;
    }
    if (c.broken) {
      this.broken = c.broken;
      return false;
    }
    return true;
  }

  private accept(seq: number, id: string, prevHash: string, hash: string, compute: () => string): boolean {
    if (this.broken) return false;
    if (this.toSeq !== undefined && seq > this.toSeq) return true;
    if (seq !== this.expected) {
      this.broken = seq > this.expected
        ? { seq: this.expected, id: null, reason: `entry ${this.expected} is missing (next present is ${seq})` }
        : { seq, id, reason: `entry ${seq} is out of order or repeated (expected ${this.expected})` };
      return false;
    }
    if (this.prev !== null && prevHash !== this.prev) {
      this.broken = { seq, id, reason: 'prev_hash does not match the previous entry\'s hash' };
      return false;
    }
    if (compute() !== hash) {
      this.broken = { seq, id, reason: 'entry_hash does not match the entry\'s contents' };
      return false;
    }
    this.prev = hash;
    this.head = { seq, hash };
    this.entries++;
    this.expected++;
    if (this.frontier) {
      this.frontier.push(leafHash(hash));
      this.checkDue();
    }
    return !this.broken;
  }

  /** Compares the running root with every checkpoint of the current size. */
  private checkDue(): void {
    if (!this.frontier) return;
    while (this.pending.length && this.pending[0]!.tree_size <= this.frontier.size) {
      const cp = this.pending.shift()!;
      if (cp.tree_size < this.frontier.size) continue; // a size passed before the verifier started (cannot happen from 1)
      const root = this.frontier.size ? toHex(this.frontier.root()) : toHex(EMPTY_ROOT);
      this.compareRoot(cp, root, this.frontier.size === 0 ? null : this.head?.hash ?? null);
    }
  }

  /** Compares a checkpoint with the root and head hash of the entries it signs (null head: no entries). */
  private compareRoot(cp: SignedCheckpoint, root: string, head: string | null): void {
    this.rootsChecked++;
    const headOk = head === null ? cp.head_hash === GENESIS || cp.head_hash === '' : cp.head_hash === head;
    if (root !== cp.root_hash || !headOk) {
      this.broken ??= {
        seq: cp.head_seq, id: null, checkpoint: cp.id,
        reason: `entries 1..${cp.tree_size} hash to root ${root.slice(0, 16)}… and head ${head?.slice(0, 16) ?? '-'}…, not the root ${cp.root_hash.slice(0, 16)}… and head ${cp.head_hash.slice(0, 16)}… signed in checkpoint #${cp.id}: entries at or before ${cp.head_seq} were rewritten after it was signed (the chain was recomputed)`,
      };
    }
  }

  /** The report. `signatureProblems` come from `checkSignatures`. */
  finish(signatureProblems: CheckpointProblem[] = [], signaturesChecked = 0): StreamReport {
    const size = this.toSeq === undefined && this.frontier ? this.entries : this.headSeq;
    if (!this.broken && size !== undefined) {
      const behind = this.all.filter((cp) => cp.tree_size > size).sort((a, b) => b.tree_size - a.tree_size)[0];
      if (behind) {
        this.broken = {
          seq: size + 1, id: null, checkpoint: behind.id,
          reason: `the log has ${size} entries but checkpoint #${behind.id} signed tree_size ${behind.tree_size}: entries ${size + 1}..${behind.tree_size} were truncated`,
        };
      }
    }
    const problems = [...this.problems, ...signatureProblems].sort((a, b) => a.id - b.id);
    let first = this.broken;
    if (!first && problems.length) {
      const p = problems[0]!;
      const cp = this.all.find((c) => c.id === p.id);
      first = { seq: cp?.head_seq ?? 0, id: null, reason: p.reason, checkpoint: p.id };
    }
    const latest = this.all[this.all.length - 1];
    return {
      ok: !first,
      entries: this.entries,
      from_seq: this.fromSeq,
      to_seq: this.head?.seq ?? this.fromSeq - 1,
      head: this.head,
      first_broken: first,
      root_hash: this.frontier && !this.broken ? toHex(this.frontier.root()) : null,
      checkpoints: {
        total: this.all.length,
        signatures_checked: signaturesChecked,
        roots_checked: this.rootsChecked,
        latest: latest ? { id: latest.id, tree_size: latest.tree_size, root_hash: latest.root_hash, created_at: latest.created_at } : null,
        problems,
      },
    };
  }
}
