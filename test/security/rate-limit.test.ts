import { Hono } from 'hono';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppEnv } from '../../src/http/env.js';
import { rateLimit, type RateLimitBinding } from '../../src/http/middleware/rate-limit.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

describe('RATE_LIMIT_PER_MINUTE on the app', () => {
  test('a key over its limit gets 429 problem+json with Retry-After; nothing is logged; other keys go on', async () => {
    const ctx = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      for (let i = 0; i < 5; i++) {
        const res = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature: DM_FEATURE } });
        expect(res.status).toBe(201);
        expect(res.headers.get('ratelimit-remaining')).toBe(String(4 - i));
      }
      const res = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature: DM_FEATURE } });
      expect(res.status).toBe(429);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // one token comes back every 60/5 s; the limiter's clock is real here, so at most 12 (exact values: below)
      const retry = Number(res.headers.get('retry-after'));
      expect(Number.isInteger(retry) && retry >= 1 && retry <= 12).toBe(true);
      expect(((await res.json()) as { status: number }).status).toBe(429);
      expect(await ctx.services.log.count()).toBe(5);
      expect((await ctx.call('GET', '/v1/decisions', { token: TOKENS.auditor })).status).toBe(200);
      // reads count against the reading key too
      expect((await ctx.call('GET', '/v1/decisions', { token: TOKENS.submitter })).status).toBe(429);
      // the public routes carry no key and are not limited
      expect((await ctx.call('GET', '/healthz')).status).toBe(200);
    } finally {
      await ctx.dispose();
    }
  });

  test('0 (the default) means no limit', async () => {
    const ctx = await testApp();
    try {
      const statuses = await Promise.all(Array.from({ length: 40 }, () => Promise.resolve(ctx.call('GET', '/v1/decisions?limit=1', { token: TOKENS.auditor })).then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await ctx.dispose();
    }
  });

  test('strangers are refused before they can spend anyone\'s allowance', async () => {
    const ctx = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      for (let i = 0; i < 10; i++) expect((await ctx.call('GET', '/v1/decisions', { token: 'wrong' })).status).toBe(401);
      expect((await ctx.call('GET', '/v1/decisions', { token: TOKENS.auditor })).status).toBe(200);
    } finally {
      await ctx.dispose();
    }
  });
});

/** A tiny app around the limiter alone, with a clock the test moves. */
function limited(perMinute: number, binding?: RateLimitBinding) {
  let now = 0;
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('principal', { keyId: c.req.header('x-key') ?? 'k', role: 'submitter' });
    await next();
  });
  app.use('*', rateLimit({ perMinute: () => perMinute, now: () => now, binding: () => binding }));
  app.get('/', (c) => c.text('ok'));
  return { request: (key = 'k') => app.request('/', { headers: { 'x-key': key } }), advance: (ms: number) => { now += ms; } };
}

describe('the in-process token bucket', () => {
  test('bursts to the minute\'s allowance, then refills at the steady rate', async () => {
    const l = limited(60); // one a second
    for (let i = 0; i < 60; i++) expect((await l.request()).status).toBe(200);
    const refused = await l.request();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    l.advance(999);
    expect((await l.request()).status).toBe(429);
    l.advance(1);
    expect((await l.request()).status).toBe(200);
    expect((await l.request()).status).toBe(429);
    l.advance(10_000);
    for (let i = 0; i < 10; i++) expect((await l.request()).status).toBe(200);
    expect((await l.request()).status).toBe(429);
  });

  test('Retry-After tells how long until one request is allowed again', async () => {
    const l = limited(2); // one every 30 s
    await l.request();
    await l.request();
    expect((await l.request()).headers.get('retry-after')).toBe('30');
    l.advance(20_000);
    expect((await l.request()).headers.get('retry-after')).toBe('10');
  });

  test('a binding that fails lets requests through (the limiter is a guard, not a dependency)', async () => {
    const l = limited(1, { limit: async () => { throw new Error('binding unavailable'); } });
    for (let i = 0; i < 3; i++) expect((await l.request()).status).toBe(200);
    const refusing = limited(1000, { limit: async () => ({ success: false }) });
    expect((await refusing.request()).status).toBe(429);
  });

  test('keys have separate buckets', async () => {
    const l = limited(1);
    expect((await l.request('a')).status).toBe(200);
    expect((await l.request('a')).status).toBe(429);
    expect((await l.request('b')).status).toBe(200);
  });
});

describe('the Workers rate-limit binding (Miniflare)', () => {
  let mf: Miniflare;
  let binding: RateLimitBinding;
  beforeAll(async () => {
    mf = new Miniflare({
      modules: true,
      script: 'export default { fetch() { return new Response(null, { status: 204 }) } }',
      ratelimits: { RATE_LIMITER: { simple: { limit: 3, period: 60 } } },
    });
    binding = (await mf.getBindings<{ RATE_LIMITER: RateLimitBinding }>()).RATE_LIMITER;
  });
  afterAll(() => mf.dispose());

  test('with a binding in the Worker env, the binding decides (the in-process limit is not used)', async () => {
    const ctx = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '1000' } });
    try {
      const env = { RATE_LIMITER: binding };
      const get = (token: string) => ctx.app.request('/v1/decisions?limit=1', { headers: { authorization: `Bearer ${token}` } }, env);
      for (let i = 0; i < 3; i++) expect((await get(TOKENS.auditor)).status).toBe(200);
      const res = await get(TOKENS.auditor);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // keyed by API key: another key has its own allowance
      expect((await get(TOKENS.admin)).status).toBe(200);
    } finally {
      await ctx.dispose();
    }
  });

  test('without a binding, a Worker falls back to the in-process limiter', async () => {
    const ctx = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '1' } });
    try {
      const env = { SOMETHING_ELSE: 1 };
      const get = () => ctx.app.request('/v1/decisions?limit=1', { headers: { authorization: `Bearer ${TOKENS.auditor}` } }, env);
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(429);
    } finally {
      await ctx.dispose();
    }
  });
});
