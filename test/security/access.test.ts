import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEAM_SAFE_ROUTES } from '../../src/http/middleware/team-scope.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

/**
 * Every route of the app (read from /openapi.json, so routes added later are covered without
 * editing this file) × every kind of caller → 401 / 403 / 2xx as designed.
 */
type Role = 'submitter' | 'auditor' | 'admin';
const TEAM = { submitter: 'tok-sub-alpha', auditor: 'tok-aud-alpha', admin: 'tok-adm-alpha' } as const;
const API_KEYS = [
  `submitter:${TOKENS.submitter}`, `auditor:${TOKENS.auditor}`, `admin:${TOKENS.admin}`,
  `submitter@alpha:${TEAM.submitter}`, `auditor@alpha:${TEAM.auditor}`, `admin@alpha:${TEAM.admin}`,
].join(',');

/**
 * The access design. A route under a prefix not listed here fails the test until someone decides
 * who may call it: a new route must not be open by accident.
 */
function rolesFor(method: string, path: string): Role[] | 'public' | null {
  const anyone: Role[] = ['submitter', 'auditor', 'admin'];
  if (path === '/healthz' || path === '/openapi.json' || path.startsWith('/.well-known/')) return 'public';
  if (path === '/v1/decisions' && method === 'POST') return ['submitter', 'admin'];
  if ((path === '/v1/decisions' || path.startsWith('/v1/decisions/')) && method === 'GET') return ['auditor', 'admin'];
  if (path === '/v1/audit/public-key') return anyone; // the checkpoint signing key: public material
  if (path.startsWith('/v1/audit/')) return ['auditor', 'admin'];
  if (path === '/v1/keys' || path.startsWith('/v1/keys/')) return ['admin'];
  if (path === '/v1/licences' || path.startsWith('/v1/licences/')) {
    if (method === 'GET') return anyone; // licence content is public; submitters read it to name licence_id
    if (path.endsWith('/impact')) return ['auditor', 'admin']; // replays the log
    return ['admin'];
  }
  return null;
}
/** Routes whose happy path this test knows how to drive to a 2xx. */
const KNOWN = new Set(['POST /v1/decisions', 'GET /v1/decisions', 'GET /v1/decisions/{id}', 'GET /v1/audit/verify', 'POST /v1/keys', 'GET /v1/keys', 'DELETE /v1/keys/{id}', 'GET /healthz']);

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
let routes: { method: string; path: string }[] = [];
let alphaDecision: string;
let otherDecision: string;
const db: Record<string, string> = {};
let revoked: string;

const call = (method: string, path: string, token: string | null, headers: Record<string, string> = {}, body?: unknown) =>
  ctx.call(method, path, { token, headers, body });

beforeAll(async () => {
  ctx = await testApp({ env: { API_KEYS } });
  const doc = (await (await call('GET', '/openapi.json', null)).json()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase(), path })));
  routes.push({ method: 'GET', path: '/openapi.json' });
  const mk = async (body: unknown) => {
    const res = await call('POST', '/v1/keys', TOKENS.admin, {}, body);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; token: string };
  };
  for (const role of ['submitter', 'auditor', 'admin'] as const) db[role] = (await mk({ role, name: `matrix ${role}` })).token;
  const gone = await mk({ role: 'admin', name: 'to revoke' });
  expect((await call('DELETE', `/v1/keys/${gone.id}`, TOKENS.admin)).status).toBe(200);
  revoked = gone.token;
  alphaDecision = ((await (await call('POST', '/v1/decisions', TEAM.submitter, {}, { feature: DM_FEATURE })).json()) as { id: string }).id;
  otherDecision = ((await (await call('POST', '/v1/decisions', TOKENS.submitter, {}, { feature: DM_FEATURE, context: { team: 'beta' } })).json()) as { id: string }).id;
});
afterAll(() => ctx.dispose());

/** A concrete request for a route: path parameters filled, a body where one is needed. */
async function instantiate(method: string, path: string): Promise<{ url: string; body?: unknown }> {
  let url = path;
  if (path === '/v1/decisions/{id}') url = `/v1/decisions/${alphaDecision}`;
  else if (path === '/v1/keys/{id}') {
    const res = await call('POST', '/v1/keys', TOKENS.admin, {}, { role: 'submitter', name: 'victim' });
    url = `/v1/keys/${((await res.json()) as { id: string }).id}`;
  } else url = path.replace(/\{[^}]+\}/g, 'x');
  const body = method === 'POST' || method === 'PUT' || method === 'PATCH'
    ? path === '/v1/decisions' ? { feature: DM_FEATURE } : path === '/v1/keys' ? { role: 'submitter', name: 'matrix' } : {}
    : undefined;
  return { url, body };
}

const STRANGERS: [string, () => Record<string, string>][] = [
  ['no token', () => ({})],
  ['a malformed header', () => ({ authorization: 'Token abc' })],
  ['a bearer with a space', () => ({ authorization: 'Bearer a b' })],
  ['an empty bearer', () => ({ authorization: 'Bearer ' })],
  ['an unknown token', () => ({ authorization: 'Bearer not-a-key' })],
  ['an unknown token of the key store\'s form', () => ({ authorization: `Bearer sgk_${'A'.repeat(43)}` })],
  ['an env token one character off', () => ({ authorization: `Bearer ${TOKENS.admin.slice(0, -1)}X` })],
  ['a revoked key', () => ({ authorization: `Bearer ${revoked}` })],
];

const CALLERS: [string, () => string, Role, boolean][] = [
  ['env submitter', () => TOKENS.submitter, 'submitter', false],
  ['env auditor', () => TOKENS.auditor, 'auditor', false],
  ['env admin', () => TOKENS.admin, 'admin', false],
  ['db submitter', () => db.submitter!, 'submitter', false],
  ['db auditor', () => db.auditor!, 'auditor', false],
  ['db admin', () => db.admin!, 'admin', false],
  ['submitter@alpha', () => TEAM.submitter, 'submitter', true],
  ['auditor@alpha', () => TEAM.auditor, 'auditor', true],
  ['admin@alpha', () => TEAM.admin, 'admin', true],
];

test('the app has the routes this matrix expects, and every one of them has an access rule', () => {
  const names = routes.map((r) => `${r.method} ${r.path}`);
  expect(names).toEqual(expect.arrayContaining([...KNOWN]));
  const unruled = routes.filter((r) => rolesFor(r.method, r.path) === null).map((r) => `${r.method} ${r.path}`);
  expect(unruled, 'routes without an access rule in test/security/access.test.ts').toEqual([]);
});

describe('strangers', () => {
  test.each(STRANGERS)('%s gets 401 problem+json with WWW-Authenticate on every non-public route, and logs nothing', async (_n, headers) => {
    const seen: string[] = [];
    for (const r of routes) {
      if (rolesFor(r.method, r.path) === 'public') continue;
      const before = await ctx.services.log.count();
      const { url, body } = await instantiate(r.method, r.path);
      const res = await call(r.method, url, null, headers(), body);
      seen.push(`${r.method} ${r.path} ${res.status}`);
      expect(res.status, `${r.method} ${url}`).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
      expect(await ctx.services.log.count()).toBe(before);
    }
    expect(seen.length).toBeGreaterThanOrEqual(KNOWN.size - 1);
  });

  test('public routes answer without a key', async () => {
    for (const r of routes.filter((x) => rolesFor(x.method, x.path) === 'public')) {
      const { status } = await call(r.method, r.path, null);
      if (KNOWN.has(`${r.method} ${r.path}`) || r.path === '/openapi.json') expect(status, r.path).toBe(200);
      else expect([401, 403], r.path).not.toContain(status);
      expect(status, r.path).toBeLessThan(500);
    }
  });
});

describe.each(CALLERS)('%s', (_n, token, role, scoped) => {
  test('every route: 2xx where the role (and team scope) allows it, else 403 problem+json', async () => {
    for (const r of routes) {
      const rule = rolesFor(r.method, r.path)!;
      if (rule === 'public') continue;
      const { url, body } = await instantiate(r.method, r.path);
      const res = await call(r.method, url, token(), {}, body);
      const teamOk = !scoped || TEAM_SAFE_ROUTES.some((t) => t.method === r.method && t.path.test(url));
      const allowed = rule.includes(role) && teamOk;
      const where = `${r.method} ${url} as ${role}${scoped ? '@alpha' : ''}: ${res.status}`;
      if (!allowed) {
        expect(res.status, where).toBe(403);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      } else if (KNOWN.has(`${r.method} ${r.path}`)) {
        expect(res.status, where).toBeGreaterThanOrEqual(200);
        expect(res.status, where).toBeLessThan(300);
      } else {
        // a route added after this test: the caller is let in, and the route does not fail
        expect([401, 403], where).not.toContain(res.status);
        expect(res.status, where).toBeLessThan(500);
      }
      await res.arrayBuffer();
    }
  });
});

describe('team-scoped keys', () => {
  test('a team key\'s decision is logged with its team, and another team in context is refused', async () => {
    const log = await ctx.services.log.get(alphaDecision);
    expect(log!.team).toBe('alpha');
    const res = await call('POST', '/v1/decisions', TEAM.submitter, {}, { feature: DM_FEATURE, context: { team: 'beta' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { field: string }).field).toBe('context.team');
  });

  test('a team auditor lists only its team, whatever team it asks for', async () => {
    for (const q of ['', '?team=beta']) {
      const res = await call('GET', `/v1/decisions${q}`, TEAM.auditor);
      const { items } = (await res.json()) as { items: { id: string }[] };
      expect(items.length).toBeGreaterThan(0);
      for (const it of items) expect((await ctx.services.log.get(it.id))!.team).toBe('alpha');
      expect(items.map((i) => i.id)).not.toContain(otherDecision);
    }
  });

  test('a team auditor gets 404 for another team\'s decision, as if it did not exist; an unscoped auditor reads it', async () => {
    const res = await call('GET', `/v1/decisions/${otherDecision}`, TEAM.auditor);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { field: string }).field).toBe('id');
    expect((await call('GET', `/v1/decisions/${otherDecision}`, TOKENS.auditor)).status).toBe(200);
    expect((await call('GET', `/v1/decisions/${alphaDecision}`, TEAM.auditor)).status).toBe(200);
  });

  test('a team-scoped DB key behaves as a team-scoped env key', async () => {
    const made = (await (await call('POST', '/v1/keys', TOKENS.admin, {}, { role: 'submitter', team: 'gamma', name: 'gamma ci' })).json()) as { token: string; team: string };
    expect(made.team).toBe('gamma');
    const res = await call('POST', '/v1/decisions', made.token, {}, { feature: DM_FEATURE, context: { repo: 'g' } });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await ctx.services.log.get(id))!.team).toBe('gamma');
    expect((await call('GET', '/v1/decisions', made.token)).status).toBe(403);
  });

  test('an unknown /v1 path is 401 to strangers and 404 to a key holder', async () => {
    expect((await call('GET', '/v1/nothing-here', null)).status).toBe(401);
    expect((await call('GET', '/v1/nothing-here', TOKENS.admin)).status).toBe(404);
  });
});
