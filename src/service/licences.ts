import { asc, count, max, sql } from 'drizzle-orm';
import { canonicalJson } from '../engine/canonical.js';
import { pinLicence } from '../engine/licence.js';
import type { Licence, PinnedLicence } from '../engine/types.js';
import type { Store } from '../storage/db.js';
import { licenceRevisions, type LicenceRevisionRow } from '../storage/schema.js';

/**
 * The licences a deployment knows. A decision is judged against every licence the company holds
 * (same holder as the requested licence), so that an EDI licence can cover what the ICP licence
 * does not.
 */
export interface LicenceRegistry {
  /** The id used when a request names none. */
  readonly defaultId: string;
  /** The current revision of a licence, or undefined. */
  get(id: string): Promise<PinnedLicence | undefined>;
  /** Every licence held by the holder of `id` (itself first), current revisions. */
  heldWith(id: string): Promise<PinnedLicence[]>;
  /** All licences, current revisions. */
  all(): Promise<PinnedLicence[]>;
}

/**
 * The key two holder names are compared by: compatibility-normalised (full-width brackets, letters
 * and digits become half-width: 好美信息技术（北京）有限公司 = 好美信息技术(北京)有限公司), without spaces.
 */
export function holderKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Current licences held by the holder of `id` in `list`: `id` first, then the others by id. */
function heldIn(list: PinnedLicence[], id: string): PinnedLicence[] {
  const primary = list.find((l) => l.id === id);
  if (!primary) return [];
  const key = holderKey(primary.holder);
  const others = list.filter((l) => l.id !== id && holderKey(l.holder) === key).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [primary, ...others];
}

/** Licences held with `id` within a list of current licences (the impact replay uses this too). */
export function heldWithin(list: PinnedLicence[], id: string): PinnedLicence[] {
  return heldIn(list, id);
}

/** A registry over a fixed list (the seed, or what tests give). */
export class StaticLicenceRegistry implements LicenceRegistry {
  private readonly list: PinnedLicence[];

  constructor(licences: PinnedLicence[], readonly defaultId: string) {
    this.list = [...licences];
  }

  async get(id: string) {
    return this.list.find((l) => l.id === id);
  }

  async heldWith(id: string) {
    return heldIn(this.list, id);
  }

  async all() {
    return [...this.list];
  }
}

// ───────────────────────────── the database-backed registry ─────────────────────────────

/** One stored revision of a licence. */
export interface StoredRevision {
  /** Global order of registration. */
  seq: number;
  licenceId: string;
  /** 1, 2, 3, … per licence. */
  number: number;
  revision: string;
  /** The licence exactly as registered, with its revision. */
  licence: PinnedLicence;
  source: 'seed' | 'api';
  note: string | null;
  createdAt: string;
  createdBy: string;
}

/** What `register` did: a new revision, or nothing because the current one has this content. */
export interface RegisterResult {
  created: boolean;
  stored: StoredRevision;
  /** The revision current before this call (for a created one: the one it replaces). */
  previous: StoredRevision | null;
}

/** Who registers, when, and why. */
export interface RegisterMeta {
  by: string;
  at: string;
  note?: string | null;
  source?: 'seed' | 'api';
}

interface Snapshot {
  /** Highest seq loaded (0 for an empty table). */
  maxSeq: number;
  rows: number;
  /** Every revision, oldest first. */
  all: StoredRevision[];
  /** Current revision of each licence, by id. */
  current: Map<string, StoredRevision>;
  /** Current revisions (the engine reads them as registered, `includes` too), in id order. */
  engine: PinnedLicence[];
  /** heldWith(id) per id, computed once per snapshot (the engine only reads it). */
  held: Map<string, PinnedLicence[]>;
}

/** A stored row whose content does not hash to its recorded revision: the table was tampered with. */
export class LicenceIntegrityError extends Error {}

function isConstraintError(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && depth < 6; cur = (cur as { cause?: unknown }).cause, depth++) {
    if (/UNIQUE|constraint/i.test(String((cur as { message?: unknown }).message ?? cur))) return true;
  }
  return false;
}

function fromRow(row: LicenceRevisionRow): StoredRevision {
  const content = JSON.parse(row.body) as Licence;
  const licence = pinLicence(content);
  if (licence.revision !== row.revision || licence.id !== row.licenceId) {
    throw new LicenceIntegrityError(`licence_revisions seq ${row.seq}: the stored content does not hash to its recorded revision ${row.revision}`);
  }
  return {
    seq: row.seq, licenceId: row.licenceId, number: row.number, revision: row.revision, licence,
    source: row.source === 'seed' ? 'seed' : 'api', note: row.note ?? null, createdAt: row.createdAt, createdBy: row.createdBy,
  };
}

const MAX_RETRIES = 8;

/**
 * Licences as data, in the database (`licence_revisions`, append-only). Each registration of a
 * changed licence is a new immutable revision; registering the current content again is a no-op.
 * On first use the table is seeded with the deployment's seed licence(s) when it is empty, by one
 * conditional insert, so concurrent starts seed once.
 *
 * Decisions read a snapshot held in memory: no database work per decision. It is reloaded at once
 * after a registration made through this registry (this process or isolate), and otherwise checked
 * against the table (one indexed query: has the highest seq or the row count moved?) at most every
 * `refreshMs` (default 2 s). So in a deployment of several processes or isolates, a licence
 * registered in one of them is used by the decisions of the others within `refreshMs` (plus the
 * time of one query); the decision names the licence revision it was judged against, so the log
 * shows which one applied. The admin reads (current, revisions) always check the table first, as
 * does `register`. Each row's content is re-hashed once per load and checked against its recorded
 * revision.
 */
export class DbLicenceRegistry implements LicenceRegistry {
  private snapshot: Snapshot | null = null;
  private seeded: Promise<void> | null = null;
  /** When the snapshot was last checked against the table (Date.now(); not the injectable clock). */
  private checkedAt = 0;
  private inflight: Promise<Snapshot> | null = null;
  private readonly refreshMs: number;

  constructor(
    private readonly store: Store,
    readonly defaultId: string,
    private readonly opts: { seed: PinnedLicence[]; clock: () => Date; refreshMs?: number },
  ) {
    this.refreshMs = opts.refreshMs ?? 2000;
  }

  /** The snapshot, checked against the table only when older than `refreshMs` (the decisions' path). */
  private cached(): Promise<Snapshot> {
    if (this.snapshot && Date.now() - this.checkedAt < this.refreshMs) return Promise.resolve(this.snapshot);
    return this.fresh();
  }

  /** The snapshot after checking the table; concurrent callers share one check. */
  private fresh(): Promise<Snapshot> {
    if (!this.inflight) {
      this.inflight = this.load().then(
        (snap) => {
          this.inflight = null;
          return snap;
        },
        (e) => {
          this.inflight = null;
          throw e;
        },
      );
    }
    return this.inflight;
  }

  /** Seeds the table when it is empty. Idempotent; safe when several processes start at once. */
  ensureSeeded(): Promise<void> {
    if (!this.seeded) {
      this.seeded = this.seed().catch((e) => {
        this.seeded = null; // storage may come back: try again on the next call
        throw e;
      });
    }
    return this.seeded;
  }

  private async seed(): Promise<void> {
    const at = this.opts.clock().toISOString();
    for (const l of this.opts.seed) {
      const { revision, ...content } = l;
      // One statement, inserting only while no admin has registered anything and this licence has
      // no row yet (for the usual single seed: while the table is empty); the unique
      // (licence_id, number) index and OR IGNORE settle a race between concurrent starts.
      const guard = sql`NOT EXISTS (SELECT 1 FROM licence_revisions WHERE licence_id = ${l.id} OR source <> 'seed')`;
      await this.store.db.run(sql`INSERT OR IGNORE INTO licence_revisions
        (licence_id, number, revision, holder, holder_key, issued, valid_until, body, source, note, created_at, created_by)
        SELECT ${l.id}, 1, ${revision}, ${l.holder}, ${holderKey(l.holder)}, ${l.issued}, ${l.valid_until},
               ${canonicalJson(content)}, 'seed', NULL, ${at}, 'seed'
        WHERE ${guard}`);
    }
  }

  private async load(): Promise<Snapshot> {
    await this.ensureSeeded();
    const started = Date.now();
    const [head] = await this.store.db.select({ maxSeq: max(licenceRevisions.seq), rows: count() }).from(licenceRevisions);
    const maxSeq = head?.maxSeq ?? 0;
    const rows = head?.rows ?? 0;
    if (this.snapshot && this.snapshot.maxSeq === maxSeq && this.snapshot.rows === rows) {
      this.checkedAt = started;
      return this.snapshot;
    }
    const all = (await this.store.db.select().from(licenceRevisions).orderBy(asc(licenceRevisions.seq))).map(fromRow);
    const current = new Map<string, StoredRevision>();
    for (const r of all) {
      const cur = current.get(r.licenceId);
      if (!cur || r.number > cur.number) current.set(r.licenceId, r);
    }
    const engine = [...current.values()].sort((a, b) => (a.licenceId < b.licenceId ? -1 : a.licenceId > b.licenceId ? 1 : 0)).map((r) => r.licence);
    const snap: Snapshot = { maxSeq: all.length ? all[all.length - 1]!.seq : 0, rows: all.length, all, current, engine, held: new Map() };
    this.snapshot = snap;
    this.checkedAt = started;
    return snap;
  }

  async get(id: string) {
    const s = await this.cached();
    return s.engine.find((l) => l.id === id);
  }

  async heldWith(id: string) {
    const s = await this.cached();
    let memo = s.held.get(id);
    if (!memo) s.held.set(id, (memo = heldIn(s.engine, id)));
    return [...memo];
  }

  async all() {
    return [...(await this.cached()).engine];
  }

  /** The current revision of each licence, in id order. */
  async currentRevisions(): Promise<StoredRevision[]> {
    const s = await this.load();
    return [...s.current.values()].sort((a, b) => (a.licenceId < b.licenceId ? -1 : a.licenceId > b.licenceId ? 1 : 0));
  }

  /** The current revision of a licence, as registered. */
  async current(id: string): Promise<StoredRevision | undefined> {
    return (await this.load()).current.get(id);
  }

  /** Every revision of a licence, oldest first (empty for an unknown id). */
  async revisions(id: string): Promise<StoredRevision[]> {
    return (await this.load()).all.filter((r) => r.licenceId === id);
  }

  /**
   * One revision of a licence, by its number (1, 2, …) or its `sha256:` revision (the latest row
   * with that content when a licence returned to earlier content).
   */
  async revision(id: string, ref: number | string): Promise<StoredRevision | undefined> {
    const list = await this.revisions(id);
    if (typeof ref === 'number') return list.find((r) => r.number === ref);
    return [...list].reverse().find((r) => r.revision === ref);
  }

  /**
   * Registers a licence. Content equal to the current revision: nothing is written and the current
   * revision is answered. Otherwise a new revision (number + 1) is inserted; a writer that lost a
   * race for the number re-reads and tries again.
   */
  async register(licence: Licence, meta: RegisterMeta): Promise<RegisterResult> {
    const pinned = pinLicence(licence);
    const { revision, ...content } = pinned;
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const s = await this.load();
      const cur = s.current.get(pinned.id) ?? null;
      if (cur && cur.revision === revision) {
        const previous = s.all.filter((r) => r.licenceId === pinned.id && r.number < cur.number).pop() ?? null;
        return { created: false, stored: cur, previous };
      }
      try {
        await this.store.db.insert(licenceRevisions).values({
          licenceId: pinned.id,
          number: (cur?.number ?? 0) + 1,
          revision,
          holder: pinned.holder,
          holderKey: holderKey(pinned.holder),
          issued: pinned.issued,
          validUntil: pinned.valid_until,
          body: canonicalJson(content),
          source: meta.source ?? 'api',
          note: meta.note ?? null,
          createdAt: meta.at,
          createdBy: meta.by,
        });
      } catch (e) {
        if (isConstraintError(e)) continue;
        throw e;
      }
      const after = await this.load();
      const stored = after.all.filter((r) => r.licenceId === pinned.id && r.number === (cur?.number ?? 0) + 1)[0]!;
      return { created: true, stored, previous: cur };
    }
    throw new Error(`could not register licence ${pinned.id}: ${MAX_RETRIES} concurrent writers won the race for its next revision`);
  }
}

/** Whether a registry can register licences (the database-backed one). */
export function isWritableRegistry(r: LicenceRegistry): r is DbLicenceRegistry {
  return r instanceof DbLicenceRegistry;
}
