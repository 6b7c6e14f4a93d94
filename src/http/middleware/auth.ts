import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../config.js';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

const BEARER = /^Bearer ([\x21-\x7e]{1,512})$/;

/**
 * Authenticates `Authorization: Bearer <token>` against the key ring. No token, a malformed header
 * or an unknown token: 401 with `WWW-Authenticate`.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticateMiddleware(c, next) {
    if (c.get('principal')) return next(); // already authenticated further up (app-wide and per module)
    const header = c.req.header('authorization');
    const challenge = { 'WWW-Authenticate': 'Bearer realm="scope-gate"' };
    if (!header) return problem(c, 401, 'An API key is required: send Authorization: Bearer <token>.', undefined, challenge);
    const m = BEARER.exec(header);
    if (!m) return problem(c, 401, 'The Authorization header is not "Bearer <token>".', undefined, challenge);
    const principal = await c.get('services').keys.authenticate(m[1]!);
    if (!principal) return problem(c, 401, 'The API key is not valid (unknown or revoked).', undefined, challenge);
    c.set('principal', principal);
    await next();
  };
}

/** Lets through only the given roles: any other authenticated caller gets 403. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const { role } = c.get('principal');
    if (!roles.includes(role)) {
      return problem(c, 403, `This needs the role ${roles.join(' or ')}; the key's role is ${role}.`);
    }
    await next();
  };
}
