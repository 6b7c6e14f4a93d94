import { asc, desc, eq, lt, lte } from 'drizzle-orm';
import type { Store } from '../storage/db.js';
import { checkpoints, type CheckpointRow } from '../storage/schema.js';
import type { SignedCheckpoint } from './signing.js';

export function toSigned(r: CheckpointRow): SignedCheckpoint {
  return {
    id: r.id, tree_size: r.treeSize, root_hash: r.rootHash, head_seq: r.headSeq, head_hash: r.headHash,
    created_at: r.createdAt, key_id: r.keyId, signature: r.signature,
  };
}

/** The append-only table of signed checkpoints. There is no update or delete path. */
export class CheckpointStore {
  constructor(private readonly store: Store) {}

  async latest(): Promise<SignedCheckpoint | null> {
    const [r] = await this.store.db.select().from(checkpoints).orderBy(desc(checkpoints.id)).limit(1);
    return r ? toSigned(r) : null;
  }

  async get(id: number): Promise<SignedCheckpoint | null> {
    const [r] = await this.store.db.select().from(checkpoints).where(eq(checkpoints.id, id)).limit(1);
    return r ? toSigned(r) : null;
  }

  /** Newest first, below `beforeId` (the cursor). */
  async list(limit: number, beforeId?: number): Promise<SignedCheckpoint[]> {
    const rows = await this.store.db.select().from(checkpoints)
      .where(beforeId === undefined ? undefined : lt(checkpoints.id, beforeId))
      .orderBy(desc(checkpoints.id)).limit(limit);
    return rows.map(toSigned);
  }

  /** Every checkpoint (with id at most `maxId`), oldest first. */
  async all(maxId?: number): Promise<SignedCheckpoint[]> {
    const rows = await this.store.db.select().from(checkpoints)
      .where(maxId === undefined ? undefined : lte(checkpoints.id, maxId)).orderBy(asc(checkpoints.id));
    return rows.map(toSigned);
  }

  /** Appends a signed checkpoint; SQLite gives it the next id. */
  async insert(c: Omit<SignedCheckpoint, 'id'>): Promise<SignedCheckpoint> {
    const [row] = await this.store.db.insert(checkpoints).values({
      treeSize: c.tree_size, rootHash: c.root_hash, headSeq: c.head_seq, headHash: c.head_hash,
      createdAt: c.created_at, keyId: c.key_id, signature: c.signature,
    }).returning();
    return toSigned(row!);
  }
}
