import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

/** What hono/secure-headers is configured to send, on every answer. */
const SECURITY_HEADERS: Record<string, string | RegExp> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'strict-transport-security': /^max-age=\d+/,
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-xss-protection': '0',
  'x-permitted-cross-domain-policies': 'none',
  'x-dns-prefetch-control': 'off',
};

type Ctx = Awaited<ReturnType<typeof testApp>>;

describe('security headers are on every answer', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '8', MAX_BODY_BYTES: '1024' } });
  });
  afterAll(() => ctx.dispose());

  const sub = { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/json' };
  const CASES: [string, number, () => Response | Promise<Response>][] = [
    ['/healthz', 200, () => ctx.app.request('/healthz')],
    ['/openapi.json', 200, () => ctx.app.request('/openapi.json')],
    ['a decision', 201, () => ctx.app.request('/v1/decisions', { method: 'POST', headers: sub, body: JSON.stringify({ feature: DM_FEATURE }) })],
    ['400 malformed JSON', 400, () => ctx.app.request('/v1/decisions', { method: 'POST', headers: { ...sub, authorization: `Bearer ${TOKENS.admin}` }, body: '{' })],
    ['401 no key', 401, () => ctx.app.request('/v1/decisions')],
    ['403 wrong role', 403, () => ctx.app.request('/v1/decisions', { headers: { authorization: `Bearer ${TOKENS.submitter}` } })],
    ['404 unknown route', 404, () => ctx.app.request('/nowhere')],
    ['404 unknown /v1 route', 404, () => ctx.app.request('/v1/nowhere', { headers: { authorization: `Bearer ${TOKENS.auditor}` } })],
    ['413 too large', 413, () => ctx.app.request('/v1/decisions', { method: 'POST', headers: { ...sub, authorization: `Bearer ${TOKENS.admin}` }, body: JSON.stringify({ feature: { title: 'x'.repeat(2000) } }) })],
    ['415 wrong type', 415, () => ctx.app.request('/v1/decisions', { method: 'POST', headers: { ...sub, authorization: `Bearer ${TOKENS.admin}`, 'content-type': 'text/plain' }, body: 'x' })],
    ['422 invalid', 422, () => ctx.app.request('/v1/decisions', { method: 'POST', headers: { ...sub, authorization: `Bearer ${TOKENS.admin}` }, body: '{"feature":{}}' })],
  ];
  test.each(CASES)('%s', async (_n, status, send) => {
    const res = await send();
    expect(res.status).toBe(status);
    for (const [name, want] of Object.entries(SECURITY_HEADERS)) {
      const got = res.headers.get(name);
      if (typeof want === 'string') expect(got, name).toBe(want);
      else expect(got, name).toMatch(want);
    }
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('429 too many requests', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 10; i++) res = await ctx.app.request('/v1/audit/verify', { headers: { authorization: `Bearer ${TOKENS.auditor}` } });
    expect(res!.status).toBe(429);
    for (const [name, want] of Object.entries(SECURITY_HEADERS)) {
      if (typeof want === 'string') expect(res!.headers.get(name), name).toBe(want);
    }
  });

  test('503 when storage fails', async () => {
    const { freshLibsql } = await import('../helpers/stores.js');
    const t = await freshLibsql();
    const down = await testApp({ store: t });
    await t.raw('DROP TABLE decision_tags; DROP TABLE decisions;');
    const res = await down.app.request('/healthz');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('retry-after')).toBeTruthy();
    await down.dispose();
  });
});

describe('CORS', () => {
  const preflight = (ctx: Ctx, origin: string) =>
    ctx.app.request('/v1/decisions', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  test('closed when CORS_ORIGINS is unset: no Access-Control-* header for any origin, preflight or not', async () => {
    const ctx = await testApp();
    try {
      const pre = await preflight(ctx, 'https://evil.example');
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      expect(pre.headers.get('access-control-allow-methods')).toBeNull();
      expect(pre.status).toBeGreaterThanOrEqual(400);
      const get = await ctx.app.request('/v1/decisions', { headers: { origin: 'https://evil.example', authorization: `Bearer ${TOKENS.auditor}` } });
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await ctx.dispose();
    }
  });

  test('open to exactly the CORS_ORIGINS origins when configured', async () => {
    const ctx = await testApp({ env: { CORS_ORIGINS: 'https://console.example, https://ops.example' } });
    try {
      const ok = await preflight(ctx, 'https://console.example');
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://console.example');
      expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      const evil = await preflight(ctx, 'https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const get = await ctx.app.request('/v1/decisions', { headers: { origin: 'https://ops.example', authorization: `Bearer ${TOKENS.auditor}` } });
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBe('https://ops.example');
      expect(get.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
      const evilGet = await ctx.app.request('/v1/decisions', { headers: { origin: 'https://evil.example', authorization: `Bearer ${TOKENS.auditor}` } });
      expect(evilGet.headers.get('access-control-allow-origin')).toBeNull();
      // CORS does not replace authentication
      expect((await ctx.app.request('/v1/decisions', { headers: { origin: 'https://ops.example' } })).status).toBe(401);
    } finally {
      await ctx.dispose();
    }
  });
});
