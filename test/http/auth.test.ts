import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
let decisionId: string;
beforeAll(async () => {
  ctx = await testApp();
  const res = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature: DM_FEATURE } });
  decisionId = ((await res.json()) as { id: string }).id;
});
afterAll(() => ctx.dispose());

const ROUTES: { method: string; path: () => string; body?: unknown; allowed: (keyof typeof TOKENS)[]; ok: number }[] = [
  { method: 'POST', path: () => '/v1/decisions', body: { feature: DM_FEATURE }, allowed: ['submitter', 'admin'], ok: 201 },
  { method: 'GET', path: () => '/v1/decisions', allowed: ['auditor', 'admin'], ok: 200 },
  { method: 'GET', path: () => `/v1/decisions/${decisionId}`, allowed: ['auditor', 'admin'], ok: 200 },
  { method: 'GET', path: () => '/v1/audit/verify', allowed: ['auditor', 'admin'], ok: 200 },
];

const STRANGERS: [string, Record<string, string>][] = [
  ['no token', {}],
  ['a malformed header', { authorization: 'Token abc' }],
  ['an empty bearer', { authorization: 'Bearer ' }],
  ['an unknown token', { authorization: 'Bearer not-a-key' }],
  ['a token that differs by one character', { authorization: `Bearer ${TOKENS.admin.slice(0, -1)}X` }],
];

describe.each(ROUTES)('$method $path', (route) => {
  test.each(STRANGERS)('%s gets 401 problem+json and logs nothing', async (_n, headers) => {
    const before = await ctx.services.log.count();
    const res = await ctx.call(route.method, route.path(), { token: null, headers, body: route.body });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await res.json()) as { status: number; request_id: string };
    expect(body.status).toBe(401);
    expect(body.request_id).toBe(res.headers.get('x-request-id'));
    expect(await ctx.services.log.count()).toBe(before);
  });

  test.each(['submitter', 'auditor', 'admin'] as const)('role %s', async (role) => {
    const res = await ctx.call(route.method, route.path(), { token: TOKENS[role], body: route.body });
    if (route.allowed.includes(role)) {
      expect(res.status).toBe(route.ok);
    } else {
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });
});

test('/healthz and /openapi.json need no key', async () => {
  expect((await ctx.call('GET', '/healthz')).status).toBe(200);
  const doc = (await (await ctx.call('GET', '/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/decisions', '/v1/decisions/{id}', '/v1/audit/verify', '/healthz']));
});
