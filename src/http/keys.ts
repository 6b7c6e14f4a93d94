import { sha256HexFast as sha256Hex } from '../storage/hash.js';
import type { ConfiguredKey, Role } from '../config.js';

/** A caller the key ring recognised. */
export interface Principal {
  /** Stable key id, safe to log (never the token). */
  keyId: string;
  role: Role;
  team?: string;
}

interface HeldKey extends Principal {
  hash: string;
}

/** Compares two equal-length strings without an early exit. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * The API keys, held only as SHA-256 hashes. A token is hashed and compared against every key in
 * constant time, so neither the tokens nor the comparison leak through memory dumps or timing.
 */
export class KeyRing {
  private readonly keys: HeldKey[];

  constructor(keys: ConfiguredKey[]) {
    this.keys = keys.map((k) => {
      const hash = sha256Hex(k.token);
      return { hash, role: k.role, keyId: `key_${k.role}_${hash.slice(0, 10)}`, ...(k.team ? { team: k.team } : {}) };
    });
  }

  /** The configured keys as principals (ids, roles, teams; never tokens). */
  list(): Principal[] {
    return this.keys.map((k) => ({ keyId: k.keyId, role: k.role, ...(k.team ? { team: k.team } : {}) }));
  }

  /** The principal a bearer token belongs to, or null. */
  authenticate(token: string): Principal | null {
    const hash = sha256Hex(token);
    let found: HeldKey | null = null;
    for (const k of this.keys) if (constantTimeEqual(k.hash, hash) && !found) found = k;
    return found ? { keyId: found.keyId, role: found.role, ...(found.team ? { team: found.team } : {}) } : null;
  }
}

/** Something that authenticates tokens (the database key store). */
export interface TokenAuthenticator {
  authenticate(token: string): Principal | null | Promise<Principal | null>;
}

/**
 * Every key the service honours: the configured ones (API_KEYS, held in memory by a KeyRing, so
 * they never cost a database query) first, then those created through the admin API.
 */
export class Keys {
  constructor(
    readonly ring: KeyRing,
    readonly stored?: TokenAuthenticator,
  ) {}

  authenticate(token: string): Principal | null | Promise<Principal | null> {
    const p = this.ring.authenticate(token);
    if (p || !this.stored) return p;
    return this.stored.authenticate(token);
  }
}
