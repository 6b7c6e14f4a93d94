/** Roles of API keys (API.md). */
export const ROLES = ['submitter', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One configured key, as given: role and plain token (hashed by the key ring at start-up). */
export interface ConfiguredKey {
  role: Role;
  token: string;
  /** Team scope: a key named `submitter@team:token` may act only for that team. */
  team?: string;
}

/** The service's configuration, parsed once at start-up from the environment. */
export interface Config {
  port: number;
  databaseUrl: string;
  databaseAuthToken?: string;
  apiKeys: ConfiguredKey[];
  /** True when API_KEYS was unset and keys were generated for this run. */
  generatedKeys: boolean;
  defaultLicenceId: string;
  /** Mask phone numbers, e-mail addresses and ID numbers in requests before they are logged. */
  maskPersonalData: boolean;
  /** Origins allowed by CORS; empty means CORS stays closed. */
  corsOrigins: string[];
  /** Requests per minute per key (0 = unlimited). */
  rateLimitPerMinute: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Base64 PKCS#8 Ed25519 private key for signed checkpoints (optional). */
  checkpointKey?: string;
}

/** A configuration error: the message names the variable. */
export class ConfigError extends Error {}

/**
 * Parses `API_KEYS`: comma-separated `role:token` pairs (a role may carry a team scope as
 * `submitter@team`). Throws ConfigError naming the bad pair.
 */
export function parseApiKeys(value: string): ConfiguredKey[] {
  const keys: ConfiguredKey[] = [];
  for (const pair of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = pair.indexOf(':');
    if (i <= 0) throw new ConfigError(`API_KEYS: "${pair.slice(0, 20)}…" is not role:token`);
    const [roleRaw, team] = pair.slice(0, i).split('@') as [string, string | undefined];
    const token = pair.slice(i + 1);
    if (!(ROLES as readonly string[]).includes(roleRaw)) {
      throw new ConfigError(`API_KEYS: unknown role "${roleRaw}" (use ${ROLES.join(', ')})`);
    }
    if (token.length < 1) throw new ConfigError(`API_KEYS: empty token for role ${roleRaw}`);
    keys.push({ role: roleRaw as Role, token, ...(team ? { team } : {}) });
  }
  return keys;
}

function int(env: Record<string, string | undefined>, name: string, dflt: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name}: "${raw}" is not a non-negative integer`);
  return n;
}

/** Random URL-safe token for generated keys. */
export function randomToken(bytes = 24): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads the configuration from an environment (process.env on Node, the Worker's env). Where
 * API_KEYS is unset, a fresh key of each role is generated: the service never runs open.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const rawKeys = env.API_KEYS?.trim();
  const apiKeys = rawKeys ? parseApiKeys(rawKeys) : ROLES.map((role) => ({ role, token: `sg_${role}_${randomToken()}` }));
  return {
    port: int(env, 'PORT', 8787),
    databaseUrl: env.DATABASE_URL?.trim() || 'file:./data/scope-gate.db',
    databaseAuthToken: env.DATABASE_AUTH_TOKEN || undefined,
    apiKeys,
    generatedKeys: !rawKeys,
    defaultLicenceId: env.DEFAULT_LICENCE_ID?.trim() || '京B2-20224676',
    maskPersonalData: /^(1|true|yes|on)$/i.test(env.MASK_PERSONAL_DATA ?? ''),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 0),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 256 * 1024),
    checkpointKey: env.CHECKPOINT_PRIVATE_KEY || undefined,
  };
}
