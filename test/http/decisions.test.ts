import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';
import { freshLibsql } from '../helpers/stores.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeEach(async () => {
  ctx = await testApp();
});
afterEach(() => ctx.dispose());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body, headers });

describe('POST /v1/decisions', () => {
  test('answers 201 with the API.md fields, logged before the answer', async () => {
    const res = await post({ feature: DM_FEATURE, context: { team: 'community', repo: 'app' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    const d = JSON.parse(text) as Record<string, any>;
    expect(d.verdict).toBe('rejected');
    expect(d.categories.map((c: { code: string }) => c.code)).toContain('B25-4');
    const b254 = d.categories.find((c: { code: string }) => c.code === 'B25-4');
    expect(b254.covered).toBe(false);
    for (const ev of b254.evidence.filter((e: { field: string }) => e.field === 'description')) {
      expect(DM_FEATURE.description.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(d.reasons.some((r: { kind: string; clause_text: string }) => r.kind === 'out_of_scope' && r.clause_text.length > 0)).toBe(true);
    expect(d.licence).toEqual({ id: '京B2-20224676', revision: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(d.ruleset.revision).toMatch(/^sha256:/);
    expect(d.created_at).toBe('2026-11-29T04:00:00.000Z');
    expect(d.request_id).toBe(res.headers.get('x-request-id'));
    const logged = await ctx.services.log.get(d.id);
    expect(logged).not.toBeNull();
    expect(JSON.parse(logged!.answer)).toEqual(d);
    // the bytes sent are the bytes logged (serialised once), in the engine's member order
    expect(logged!.answer).toBe(text);
    expect(Object.keys(d).slice(0, 2)).toEqual(['id', 'verdict']);
    expect(Object.keys(d).slice(-2)).toEqual(['request_id', 'created_at']);
    expect(logged).toMatchObject({ team: 'community', repo: 'app', requestId: d.request_id });
  });

  test('the auditor reads back every field as answered, plus request and log fields', async () => {
    const body = { feature: DM_FEATURE, context: { team: 'community' } };
    const d = (await (await post(body)).json()) as Record<string, unknown>;
    const res = await ctx.call('GET', `/v1/decisions/${d.id}`, { token: TOKENS.auditor });
    expect(res.status).toBe(200);
    const logged = (await res.json()) as Record<string, unknown>;
    for (const [k, v] of Object.entries(d)) expect(logged[k]).toEqual(v);
    expect(logged.request).toMatchObject(body);
    expect(logged).toMatchObject({ sequence: 1, requester: expect.stringMatching(/^key_submitter_/), entry_hash: expect.any(String) });
  });

  test('a client request id is kept; messages follow Accept-Language', async () => {
    const zh = (await (await post({ feature: DM_FEATURE }, { 'x-request-id': 'pr-42.check-1' })).json()) as Record<string, any>;
    expect(zh.request_id).toBe('pr-42.check-1');
    expect(zh.reasons[0].message).toMatch(/[\u4e00-\u9fff]/);
    const enRes = await post({ feature: DM_FEATURE }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(enRes.headers.get('content-language')).toBe('en');
    const en = (await enRes.json()) as Record<string, any>;
    expect(en.reasons[0].message).toMatch(/[A-Za-z]{4,}/);
    // clause texts stay verbatim whatever the language
    expect(en.reasons[0].clause_text).toBe(zh.reasons[0].clause_text);
  });

  const BAD: [string, unknown, string, number?][] = [
    ['a missing feature', {}, 'feature'],
    ['a title of the wrong type', { feature: { title: 42 } }, 'feature.title'],
    ['an empty title', { feature: { title: '' } }, 'feature.title'],
    ['a title over 200 characters', { feature: { title: 'x'.repeat(201) } }, 'feature.title'],
    ['a description over 20000 characters', { feature: { title: 't', description: '字'.repeat(20001) } }, 'feature.description'],
    ['an impossible date', { feature: { title: 't', launch_date: '2026-02-30' } }, 'feature.launch_date'],
    ['a date in another format', { feature: { title: 't', launch_date: '30/11/2026' } }, 'feature.launch_date'],
    ['an unknown capability', { feature: { title: 't', capabilities: ['telepathy'] } }, 'feature.capabilities[0]'],
    ['an unknown sector', { feature: { title: 't', sectors: ['news', 'astrology'] } }, 'feature.sectors[1]'],
    ['an unknown licence', { feature: { title: 't' }, licence_id: '京B2-00000000' }, 'licence_id'],
    ['an unknown field', { feature: { title: 't', colour: 'red' } }, 'feature.colour'],
    ['control characters', { feature: { title: 'a\u0000b' } }, 'feature.title'],
    ['a lone surrogate', { feature: { title: 'a\ud800b' } }, 'feature.title'],
    ['a context of the wrong type', { feature: { title: 't' }, context: { team: ['a'] } }, 'context.team'],
  ];
  test.each(BAD)('%s is a 422 problem naming the field, and logs nothing', async (_n, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const p = (await res.json()) as { field: string; errors: { field: string }[]; status: number };
    expect(p.status).toBe(422);
    expect(p.errors.map((e) => e.field)).toContain(field);
    expect(await ctx.services.log.count()).toBe(0);
  });

  test('malformed JSON is a 400 problem; a wrong content type is 415; neither logs', async () => {
    const bad = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: '{"feature": {', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    const text = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: 'title=x', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { field: string }).field).toBe('Content-Type');
    expect(await ctx.services.log.count()).toBe(0);
  });

  test('a body over the limit is 413 before it is read', async () => {
    const res = await post({ feature: { title: 't', description: 'x'.repeat(300 * 1024) } });
    expect(res.status).toBe(413);
    expect(await ctx.services.log.count()).toBe(0);
  });

  test('Idempotency-Key: the same body replays the first answer and logs nothing new', async () => {
    const h = { 'idempotency-key': 'launch-review-7' };
    const firstText = await (await post({ feature: DM_FEATURE }, h)).text();
    const first = JSON.parse(firstText) as { id: string };
    const again = await post({ feature: DM_FEATURE }, h);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(`/v1/decisions/${first.id}`);
    // the first answer, byte for byte
    expect(await again.text()).toBe(firstText);
    expect(await ctx.services.log.count()).toBe(1);
  });

  test('Idempotency-Key: another body under the same key is 409 and logs nothing', async () => {
    const h = { 'idempotency-key': 'launch-review-8' };
    await post({ feature: DM_FEATURE }, h);
    const res = await post({ feature: { ...DM_FEATURE, title: 'changed' } }, h);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { field: string }).field).toBe('Idempotency-Key');
    expect(await ctx.services.log.count()).toBe(1);
  });

  test('concurrent requests with one key give one decision', async () => {
    const h = { 'idempotency-key': 'same-key' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => post({ feature: DM_FEATURE }, h)));
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(await ctx.services.log.count()).toBe(1);
  });
});

describe('when the log cannot be written', () => {
  test('the answer is 503 with no verdict, and the service recovers when storage returns', async () => {
    const t = await freshLibsql();
    const failing = { ...t, store: { ...t.store, batch: async () => { throw new Error('SQLITE_READONLY: attempt to write a readonly database'); }, write: async () => { throw new Error('SQLITE_READONLY: attempt to write a readonly database'); } } };
    const down = await testApp({ store: failing });
    const res = await down.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature: DM_FEATURE } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('verdict');
    expect(await down.services.log.count()).toBe(0);
    const up = await testApp({ store: t });
    expect((await up.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature: DM_FEATURE } })).status).toBe(201);
    await t.dispose();
  });
});

describe('GET /v1/decisions', () => {
  test('filters and pages newest first with a stable cursor', async () => {
    await post({ feature: DM_FEATURE, context: { team: 'a' } });
    await post({ feature: { title: '评论区支持楼中楼回复', description: '文章评论区增加二级回复，回复公开可见。', capabilities: ['comments'] }, context: { team: 'b' } });
    await post({ feature: DM_FEATURE, context: { team: 'b' } });
    const page1 = (await (await ctx.call('GET', '/v1/decisions?limit=2', { token: TOKENS.auditor })).json()) as { items: { sequence: number }[]; next_cursor: string };
    expect(page1.items.map((i) => i.sequence)).toEqual([3, 2]);
    await post({ feature: DM_FEATURE });
    const page2 = (await (await ctx.call(`GET`, `/v1/decisions?limit=2&cursor=${page1.next_cursor}`, { token: TOKENS.auditor })).json()) as { items: { sequence: number }[]; next_cursor: string | null };
    expect(page2.items.map((i) => i.sequence)).toEqual([1]);
    expect(page2.next_cursor).toBeNull();
    const b254 = (await (await ctx.call('GET', '/v1/decisions?category=B25-4&team=b', { token: TOKENS.auditor })).json()) as { items: { sequence: number }[] };
    expect(b254.items.map((i) => i.sequence)).toEqual([3]);
    const bad = await ctx.call('GET', '/v1/decisions?verdict=maybe', { token: TOKENS.auditor });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { field: string }).field).toBe('verdict');
  });

  test('verify answers ok with the entry count on a clean log', async () => {
    await post({ feature: DM_FEATURE });
    await post({ feature: DM_FEATURE });
    const v = (await (await ctx.call('GET', '/v1/audit/verify', { token: TOKENS.auditor })).json()) as { ok: boolean; entries: number };
    expect(v).toMatchObject({ ok: true, entries: 2 });
  });
});
