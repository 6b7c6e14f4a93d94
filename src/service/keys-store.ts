import { desc, eq, isNull, and } from 'drizzle-orm';
import { randomToken, type Role } from '../config.js';
import { sha256HexFast as sha256Hex } from '../storage/hash.js';
import { constantTimeEqual, type Principal } from '../http/keys.js';
import { ProblemError } from '../http/problem.js';
import type { Store } from '../storage/db.js';
import { apiKeys, type ApiKeyRow } from '../storage/schema.js';
import { newId } from './ids.js';

/** A key as the admin API shows it: never the token, never its hash. */
export interface ApiKeyRecord {
  id: string;
  role: Role;
  team: string | null;
  name: string;
  /** `db`: created through POST /v1/keys; `env`: configured in API_KEYS (revoked by editing it). */
  source: 'db' | 'env';
  created_at: string | null;
  created_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** Tokens the key store issues: `sgk_` and 32 random bytes, base64url. Others never reach the database. */
export const DB_TOKEN = /^sgk_[A-Za-z0-9_-]{43}$/;

/** How long an answer from the key table is trusted in this process (other processes see a revocation after at most this). */
export const KEY_CACHE_TTL_MS = 10_000;
const MAX_CACHED = 10_000;

interface Cached {
  principal: Principal | null;
  until: number;
}

function view(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: row.id, role: row.role as Role, team: row.team, name: row.name, source: 'db',
    created_at: row.createdAt, created_by: row.createdBy, revoked_at: row.revokedAt, revoked_by: row.revokedBy,
  };
}

function unavailable(e: unknown): ProblemError {
  console.error(JSON.stringify({ level: 'error', msg: 'key store unavailable', error: String(e) }));
  return new ProblemError(503, 'The key store cannot be reached right now. Retry shortly.', undefined, { 'Retry-After': '5' });
}

/**
 * API keys kept in the database (`api_keys`), as SHA-256 hashes. Lookups are cached briefly (hits
 * and misses, both bounded); creating or revoking a key in this process drops its cache entry at
 * once, so a key revoked here is refused on the very next request.
 */
export class KeyStore {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly store: Store,
    private readonly opts: { ttlMs?: number; now?: () => number } = {},
  ) {}

  private now() {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  /** Creates a key; the token is returned here and never again. */
  async create(input: { role: Role; team?: string | null; name: string; createdBy: string; createdAt: string }): Promise<{ record: ApiKeyRecord; token: string }> {
    const token = 'sgk_' + randomToken(32);
    const row: ApiKeyRow = {
      id: newId('key'),
      tokenHash: sha256Hex(token),
      role: input.role,
      team: input.team ?? null,
      name: input.name,
      createdAt: input.createdAt,
      createdBy: input.createdBy,
      revokedAt: null,
      revokedBy: null,
    };
    try {
      await this.store.db.insert(apiKeys).values(row);
    } catch (e) {
      throw unavailable(e);
    }
    this.cache.delete(row.tokenHash);
    return { record: view(row), token };
  }

  /** Every key in the table, newest first, revoked ones included. */
  async list(): Promise<ApiKeyRecord[]> {
    try {
      const rows = await this.store.db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
      return rows.map(view);
    } catch (e) {
      throw unavailable(e);
    }
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    try {
      const [row] = await this.store.db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      return row ? view(row) : null;
    } catch (e) {
      throw unavailable(e);
    }
  }

  /**
   * Revokes a key (sets revoked_at once; a second revocation changes nothing and answers the
   * record as it is). Null when no key has this id.
   */
  async revoke(id: string, by: string, at: string): Promise<ApiKeyRecord | null> {
    try {
      await this.store.db.update(apiKeys).set({ revokedAt: at, revokedBy: by })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
      const [row] = await this.store.db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      if (!row) return null;
      this.forget(row.id, row.tokenHash);
      return view(row);
    } catch (e) {
      throw unavailable(e);
    }
  }

  private forget(id: string, hash: string) {
    this.cache.delete(hash);
    for (const [h, v] of this.cache) if (v.principal?.keyId === id) this.cache.delete(h);
  }

  /**
   * The principal of a live key with this token, or null. Only tokens of the form this store
   * issues are looked up, so garbage tokens never cost a query.
   */
  async authenticate(token: string): Promise<Principal | null> {
    if (!DB_TOKEN.test(token)) return null;
    const hash = sha256Hex(token);
    const now = this.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.principal;
    let row: ApiKeyRow | undefined;
    try {
      [row] = await this.store.db.select().from(apiKeys).where(eq(apiKeys.tokenHash, hash)).limit(1);
    } catch (e) {
      throw unavailable(e);
    }
    const principal: Principal | null = row && !row.revokedAt && constantTimeEqual(row.tokenHash, hash)
      ? { keyId: row.id, role: row.role as Role, ...(row.team ? { team: row.team } : {}) }
      : null;
    if (this.cache.size >= MAX_CACHED) {
      for (const [h, v] of this.cache) if (v.until <= now) this.cache.delete(h);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(hash, { principal, until: now + (this.opts.ttlMs ?? KEY_CACHE_TTL_MS) });
    return principal;
  }
}
