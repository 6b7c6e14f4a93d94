import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

const STORAGE_NAMES = new Set(['LibsqlError', 'LibsqlBatchError', 'DrizzleQueryError', 'D1Error', 'SqliteError']);
const STORAGE_TEXT = /SQLITE_|D1_|database (?:is locked|or disk is full|disk image)|readonly database|disk I\/O|no such table|Network connection lost|storage (?:is )?unavailable/i;

/** Whether an error (or one it wraps) came from the database driver rather than from our code. */
export function isStorageError(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && depth < 6; cur = (cur as { cause?: unknown }).cause, depth++) {
    const err = cur as { name?: string; code?: unknown; message?: unknown };
    if (err.name && STORAGE_NAMES.has(err.name)) return true;
    if (typeof err.code === 'string' && /^SQLITE_/.test(err.code)) return true;
    if (STORAGE_TEXT.test(String(err.message ?? cur))) return true;
  }
  return false;
}

/**
 * Turns a database failure anywhere under it (a read of the log, a key lookup, /healthz) into
 * 503 problem+json with Retry-After instead of a 500: the service is sound, its storage is not
 * answering, and it will answer again by itself when storage returns.
 */
export function storageUnavailable(): MiddlewareHandler<AppEnv> {
  return async function storageUnavailableMiddleware(c, next) {
    await next();
    if (c.error && c.res.status >= 500 && c.res.status !== 503 && isStorageError(c.error)) {
      c.res = undefined as unknown as Response; // drop the 500 and its headers
      c.res = problem(c, 503, 'Storage is not answering right now, so this cannot be served. Retry shortly.', undefined, { 'Retry-After': '5' });
    }
  };
}
