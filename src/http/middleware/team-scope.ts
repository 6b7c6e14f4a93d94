import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

/**
 * What a key scoped to a team (`submitter@team:token`, or a DB key with a team) may reach. Every
 * other route, including routes added later, is refused to team-scoped keys until it is listed
 * here: a route that does not filter by team would otherwise show other teams' decisions.
 */
export const TEAM_SAFE_ROUTES: { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/v1\/decisions$/ }, // decide() logs the key's team and refuses another context.team
  { method: 'GET', path: /^\/v1\/decisions$/ }, // the list is filtered to the key's team
  { method: 'GET', path: /^\/v1\/decisions\/[^/]+$/ }, // the route answers 404 for another team's decision
  { method: 'GET', path: /^\/v1\/audit\/verify$/ }, // integrity only: counts and hashes, no content
  { method: 'GET', path: /^\/v1\/audit\/public-key$/ }, // public key material
  { method: 'GET', path: /^\/v1\/licences(?:\/[^/]+)?$/ }, // licence content is public, not team data
];

/** Confines team-scoped keys to their team (runs after authentication). */
export function teamScope(): MiddlewareHandler<AppEnv> {
  return async function teamScopeMiddleware(c, next) {
    const p = c.get('principal');
    if (!p?.team) return next();
    const path = new URL(c.req.url).pathname;
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (!TEAM_SAFE_ROUTES.some((r) => r.method === method && r.path.test(path))) {
      return problem(c, 403, `This key is scoped to team "${p.team}"; ${method} ${path} is open only to keys without a team.`);
    }
    await next();
  };
}
