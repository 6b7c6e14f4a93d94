import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BatchItem, Store } from '../storage/db.js';
import type { DecisionLog } from '../storage/log.js';
import { merkleNodes } from '../storage/schema.js';
import { completeSubtrees, foldSubtrees, fromHex, leafHash, nodeHash, rootOf, toHex, type Hash, type LeafRange } from './merkle.js';

/** Raised when the entries themselves do not hold (a gap), so no tree can be built over them. */
export class IntegrityError extends Error {}

/** Level of the smallest stored subtree: 2^8 = 256 leaves. Below it, hashes come from the entries. */
export const BASE_LEVEL = 8;
const BLOCK = 2 ** BASE_LEVEL;
/** Blocks read per query while building. */
const BUILD_BLOCKS = 16;
/** Rows per INSERT (D1 allows 100 bound parameters a statement). */
const ROWS_PER_INSERT = 30;
const MEMO_LIMIT = 200_000;

/**
 * The log's Merkle tree, with the hashes of complete aligned subtrees of 256 leaves and up kept in
 * `merkle_nodes` (insert-only; a complete subtree of an append-only log never changes). Any root or
 * audit path then needs at most two blocks of 256 entry hashes and O(log n) stored nodes, so a
 * proof in a log of a million entries costs milliseconds, not a scan. The table is a cache derived
 * from the entries: verification never trusts it; proofs made from it are checked against signed
 * roots. It is extended on demand (checkpoints, proofs), by whoever needs it, idempotently.
 */
export class MerkleIndex {
  private built = -1;
  private memo = new Map<string, string>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store, private readonly log: DecisionLog) {}

  /** Makes sure every complete stored-level subtree within the first `size` leaves is stored. */
  ensure(size: number): Promise<void> {
    const run = this.chain.then(() => this.build(size));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async build(size: number): Promise<void> {
    if (this.memo.size > MEMO_LIMIT) this.memo.clear();
    const target = Math.floor(size / BLOCK);
    if (this.built < 0) {
      const rows = (await this.store.db.all(sql`SELECT COALESCE(MAX(idx) + 1, 0) AS n FROM merkle_nodes WHERE level = ${BASE_LEVEL}`)) as { n: number }[];
      this.built = Number(rows[0]?.n ?? 0);
    }
    while (this.built < target) {
      const first = this.built;
      const last = Math.min(target, first + BUILD_BLOCKS); // exclusive
      const leaves = await this.leaves(first * BLOCK, last * BLOCK);
      const fresh: { level: number; idx: number; hash: string }[] = [];
      for (let b = first; b < last; b++) {
        let h = rootOf(leaves.slice((b - first) * BLOCK, (b - first + 1) * BLOCK));
        let level = BASE_LEVEL;
        let idx = b;
        for (;;) {
          const hex = toHex(h);
          fresh.push({ level, idx, hash: hex });
          this.remember(level, idx, hex);
          if (idx % 2 === 0) break;
          const left = await this.stored(level, idx - 1);
          if (!left) throw new IntegrityError(`the Merkle cache lacks node ${level}/${idx - 1}`);
          h = nodeHash(fromHex(left), h);
          level++;
          idx = Math.floor(idx / 2);
        }
      }
      const items: BatchItem[] = [];
      for (let i = 0; i < fresh.length; i += ROWS_PER_INSERT) {
        items.push(this.store.db.insert(merkleNodes).values(fresh.slice(i, i + ROWS_PER_INSERT)).onConflictDoNothing() as unknown as BatchItem);
      }
      if (items.length) await this.store.batch(items);
      this.built = last;
    }
  }

  private remember(level: number, idx: number, hash: string) {
    this.memo.set(level + '/' + idx, hash);
  }

  private async stored(level: number, idx: number): Promise<string | null> {
    const hit = this.memo.get(level + '/' + idx);
    if (hit) return hit;
    const [row] = await this.store.db.select({ hash: merkleNodes.hash }).from(merkleNodes)
      .where(and(eq(merkleNodes.level, level), eq(merkleNodes.idx, idx))).limit(1);
    if (row) this.remember(level, idx, row.hash);
    return row?.hash ?? null;
  }

  /** Leaf hashes of leaves [start, end) (entries start+1 … end), refusing a gap. */
  private async leaves(start: number, end: number): Promise<Hash[]> {
    const rows = await this.log.entryHashes(start + 1, end);
    if (rows.length !== end - start) {
      const missing = rows.findIndex((r, i) => r.seq !== start + 1 + i);
      const seq = missing < 0 ? start + 1 + rows.length : start + 1 + missing;
      throw new IntegrityError(`entry ${seq} is missing: the log has a gap, run GET /v1/audit/verify`);
    }
    return rows.map((r) => leafHash(r.hash));
  }

  /** The MTH of each range of leaves, in a tree of `size` leaves. */
  async rangeHashes(ranges: LeafRange[], size: number): Promise<Hash[]> {
    await this.ensure(size);
    const pieces = ranges.map((r) => completeSubtrees(r.start, r.end));
    // Stored nodes to fetch, and 256-leaf blocks to read for the small pieces.
    const wanted = new Map<number, Set<number>>();
    const blocks = new Set<number>();
    for (const list of pieces) {
      for (const p of list) {
        if (p.level >= BASE_LEVEL) {
          if (!this.memo.has(p.level + '/' + p.index)) {
            if (!wanted.has(p.level)) wanted.set(p.level, new Set());
            wanted.get(p.level)!.add(p.index);
          }
        } else {
          blocks.add(Math.floor((p.index * 2 ** p.level) / BLOCK));
        }
      }
    }
    for (const [level, idxs] of wanted) {
      const rows = await this.store.db.select().from(merkleNodes)
        .where(and(eq(merkleNodes.level, level), inArray(merkleNodes.idx, [...idxs])));
      for (const r of rows) this.remember(r.level, r.idx, r.hash);
    }
    const blockLeaves = new Map<number, Hash[]>();
    for (const b of blocks) blockLeaves.set(b, await this.leaves(b * BLOCK, Math.min((b + 1) * BLOCK, size)));
    return pieces.map((list) =>
      foldSubtrees(list.map((p) => {
        if (p.level >= BASE_LEVEL) {
          const hex = this.memo.get(p.level + '/' + p.index);
          if (!hex) throw new IntegrityError(`the Merkle cache lacks node ${p.level}/${p.index}`);
          return fromHex(hex);
        }
        const start = p.index * 2 ** p.level;
        const b = Math.floor(start / BLOCK);
        const off = start - b * BLOCK;
        return rootOf(blockLeaves.get(b)!.slice(off, off + 2 ** p.level));
      })),
    );
  }

  /** The root of the first `size` leaves. */
  async root(size: number): Promise<Hash> {
    const [h] = await this.rangeHashes([{ start: 0, end: size }], size);
    return h!;
  }
}
