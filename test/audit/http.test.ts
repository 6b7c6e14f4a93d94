import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { leafHash, verifyInclusion } from '../../src/audit/merkle.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeEach(async () => {
  ctx = await testApp();
});
afterEach(() => ctx.dispose());

const post = (feature: Record<string, unknown> = DM_FEATURE, context: Record<string, string> = {}) =>
  ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature, context } });
const get = (path: string, token: string | null = TOKENS.auditor) => ctx.call('GET', path, { token });
const checkpoint = (token: string = TOKENS.auditor) => ctx.call('POST', '/v1/audit/checkpoints', { token, body: {} });

async function decisions(n: number): Promise<{ id: string; verdict: string }[]> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const res = await post(i % 2 ? DM_FEATURE : { title: `静态页面 ${i}`, description: '公司介绍页面，展示联系方式。' }, { team: i % 3 ? 'growth' : 'infra' });
    expect(res.status).toBe(201);
    out.push((await res.json()) as { id: string; verdict: string });
  }
  return out;
}

describe('audit HTTP API', () => {
  test('the public key needs no token at /.well-known and is a JWK plus raw base64; /v1 serves the same to any key', async () => {
    const res = await get('/.well-known/scope-gate/checkpoint-key', null);
    expect(res.status).toBe(200);
    const k = (await res.json()) as Record<string, any>;
    expect(await (await get('/v1/audit/public-key', TOKENS.submitter)).json()).toEqual(k);
    expect(k.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: k.key_id });
    expect(Buffer.from(k.raw, 'base64')).toHaveLength(32);
    expect(k.signed_text_format).toMatch(/^scope-gate decision log checkpoint v1\ntree_size /);
  });

  test('checkpoints: auditor or admin only; 201 new, 200 when nothing is new, 409 on an empty log', async () => {
    expect((await checkpoint()).status).toBe(409);
    await decisions(3);
    expect((await checkpoint(TOKENS.submitter)).status).toBe(403);
    expect((await ctx.call('POST', '/v1/audit/checkpoints', { token: null, body: {} })).status).toBe(401);
    const first = await checkpoint();
    expect(first.status).toBe(201);
    const cp = (await first.json()) as Record<string, any>;
    expect(cp).toMatchObject({ id: 1, tree_size: 3, head_seq: 3 });
    expect((await checkpoint(TOKENS.admin)).status).toBe(200);
    await decisions(1);
    expect(await (await checkpoint(TOKENS.admin)).json()).toMatchObject({ id: 2, tree_size: 4 });
    const page1 = (await (await get('/v1/audit/checkpoints?limit=1')).json()) as { items: { id: number }[]; next_cursor: string };
    expect(page1.items.map((c) => c.id)).toEqual([2]);
    const page2 = (await (await get(`/v1/audit/checkpoints?limit=1&cursor=${page1.next_cursor}`)).json()) as { items: { id: number }[]; next_cursor: null };
    expect(page2).toEqual({ items: [expect.objectContaining({ id: 1 })], next_cursor: null });
    expect((await get('/v1/audit/checkpoints', TOKENS.submitter)).status).toBe(403);
    expect((await get('/v1/audit/checkpoints/9')).status).toBe(404);
  });

  test('a decision\'s proof verifies against the signed root, with its logged entry_hash', async () => {
    const ds = await decisions(5);
    expect((await get(`/v1/decisions/${ds[0]!.id}/proof`)).status).toBe(404); // no checkpoint yet
    await checkpoint();
    const late = (await decisions(1))[0]!;
    for (const d of ds) {
      const res = await get(`/v1/decisions/${d.id}/proof`);
      expect(res.status).toBe(200);
      const p = (await res.json()) as Record<string, any>;
      const logged = (await (await get(`/v1/decisions/${d.id}`)).json()) as { entry_hash: string; sequence: number };
      expect(p).toMatchObject({ seq: logged.sequence, entry_hash: logged.entry_hash, tree_size: 5, valid: true });
      expect(verifyInclusion(p.leaf_index, p.tree_size, leafHash(logged.entry_hash), p.audit_path, p.checkpoint.root_hash)).toBe(true);
    }
    expect((await get(`/v1/decisions/${late.id}/proof`)).status).toBe(409);
    expect((await get(`/v1/decisions/${ds[0]!.id}/proof?checkpoint=7`)).status).toBe(404);
    expect((await get(`/v1/decisions/${ds[0]!.id}/proof`, TOKENS.submitter)).status).toBe(403);
    expect((await get(`/v1/decisions/${ds[0]!.id}/proof`, null)).status).toBe(401);
    expect((await get('/v1/decisions/dec_none/proof')).status).toBe(404);
  });

  test('verify reports the chain and the checkpoints; a bad range is a 422 problem', async () => {
    await decisions(4);
    await checkpoint();
    const r = (await (await get('/v1/audit/verify')).json()) as Record<string, any>;
    expect(r).toMatchObject({ ok: true, scope: 'whole', entries: 4, first_broken: null, checkpoints: { total: 1, roots_checked: 1, signatures_checked: 1, problems: [] } });
    expect(await (await get('/v1/audit/verify?from_seq=2&to_seq=3')).json()).toMatchObject({ ok: true, scope: 'range', entries: 2 });
    const bad = await get('/v1/audit/verify?from_seq=3&to_seq=2');
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
  });

  test('300 parallel decisions through HTTP: 300 entries, gap-free, a valid chain', { timeout: 120_000 }, async () => {
    const res = await Promise.all(Array.from({ length: 300 }, (_, i) => post({ title: `并发 ${i}` })));
    expect(res.every((r) => r.status === 201)).toBe(true);
    expect(await ctx.services.log.count()).toBe(300);
    const seqs = (await ctx.services.log.range(1, 1000)).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(await (await get('/v1/audit/verify')).json()).toMatchObject({ ok: true, entries: 300 });
  });

  test('export: NDJSON in chain order with checkpoints and an end line; filters; CSV', async () => {
    const ds = await decisions(6);
    await checkpoint();
    const res = await get('/v1/audit/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.type)).toEqual(['header', 'checkpoint', ...Array(6).fill('entry'), 'end']);
    expect(lines[0]).toMatchObject({ format: 'scope-gate-audit-export/1', filtered: false });
    expect(lines.slice(2, 8).map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines[2]).toMatchObject({ id: ds[0]!.id, request: expect.any(String), prev_hash: '0'.repeat(64), entry_hash: expect.any(String) });
    expect(lines[8]).toEqual({ type: 'end', entries: 6, checkpoints: 1 });

    const rejected = ds.filter((d) => d.verdict === 'rejected').length;
    const f = (await (await get('/v1/audit/export?verdict=rejected')).text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(f[0]!.filtered).toBe(true);
    expect(f.filter((l) => l.type === 'entry')).toHaveLength(rejected);
    expect(f.filter((l) => l.type === 'entry').every((l) => l.verdict === 'rejected')).toBe(true);
    const team = (await (await get('/v1/audit/export?team=infra&format=csv')).text()).trim().split('\r\n');
    expect(team[0]).toMatch(/^seq,id,created_at,verdict,categories,approvals,/);
    expect(team.slice(1)).toHaveLength(2); // decisions 0 and 3
    expect(team.slice(1).every((l) => l.includes(',infra,'))).toBe(true);
    expect((await get('/v1/audit/export?format=xml')).status).toBe(422);
    expect((await get('/v1/audit/export', TOKENS.submitter)).status).toBe(403);
  });

  test('stats count per day by verdict, category and approval', async () => {
    const ds = await decisions(5);
    const s = (await (await get('/v1/audit/stats?from=2026-11-29&to=2026-11-29')).json()) as Record<string, any>;
    expect(s.total).toBe(5);
    expect(s.days).toHaveLength(1);
    expect(s.days[0]).toMatchObject({ date: '2026-11-29', total: 5 });
    const rejected = ds.filter((d) => d.verdict === 'rejected').length;
    expect(s.verdict.rejected ?? 0).toBe(rejected);
    expect(s.category['B25-4']).toBe(2); // the two DM features
    expect(await (await get('/v1/audit/stats?from=2026-11-30')).json()).toMatchObject({ total: 0, days: [] });
    expect((await get('/v1/audit/stats?from=2026-11-30&to=2026-11-01')).status).toBe(422);
  });

  test('every audit endpoint is in /openapi.json', async () => {
    const doc = (await (await get('/openapi.json', null)).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [p, m] of [['/v1/audit/verify', 'get'], ['/v1/audit/public-key', 'get'], ['/.well-known/scope-gate/checkpoint-key', 'get'], ['/v1/audit/checkpoints', 'post'], ['/v1/audit/checkpoints', 'get'],
      ['/v1/audit/checkpoints/{id}', 'get'], ['/v1/decisions/{id}/proof', 'get'], ['/v1/audit/export', 'get'], ['/v1/audit/stats', 'get']] as const) {
      expect(doc.paths[p]?.[m], `${m} ${p}`).toBeDefined();
    }
  });
});

describe('personal-data masking (MASK_PERSONAL_DATA)', () => {
  const PII = ['13812345678', 'zhang.san@example.com', '11010519491231002X'];
  test('a masked entry stores no phone, e-mail or ID number, and records the masked paths', async () => {
    const masked = await testApp({ env: { MASK_PERSONAL_DATA: '1' } });
    try {
      const res = await masked.call('POST', '/v1/decisions', {
        token: TOKENS.submitter,
        body: {
          feature: { title: '客服回访', description: `用户留下手机 ${PII[0]} 或邮箱 ${PII[1]}，实名认证填写身份证 ${PII[2]}。` },
          context: { requested_by: PII[1], team: 'growth' },
        },
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const row = (await masked.services.log.get(id))!;
      const stored = JSON.stringify(row);
      for (const p of PII) expect(stored).not.toContain(p);
      expect(JSON.parse(row.masked)).toEqual(['feature.description', 'context.requested_by']);
      expect(JSON.parse(row.request).feature.description).toContain('[masked:phone]');
      expect(JSON.parse(row.request).feature.description).toContain('[masked:id_number]');
      const view = (await (await masked.call('GET', `/v1/decisions/${id}`, { token: TOKENS.auditor })).json()) as { masked: string[] };
      expect(view.masked).toEqual(['feature.description', 'context.requested_by']);
      expect(await (await masked.call('GET', '/v1/audit/verify', { token: TOKENS.auditor })).json()).toMatchObject({ ok: true });
    } finally {
      await masked.dispose();
    }
  });

  test('without the setting the request is stored as sent and nothing is recorded as masked', async () => {
    const res = await post({ title: '客服回访', description: `手机 ${PII[0]}` });
    const { id } = (await res.json()) as { id: string };
    const row = (await ctx.services.log.get(id))!;
    expect(row.request).toContain(PII[0]);
    expect(JSON.parse(row.masked)).toEqual([]);
  });
});

const run = promisify(execFile);
async function verifyLog(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-log.ts', ...args], { cwd: process.cwd() });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout + x.stderr };
  }
}

describe('offline verifier (npm run verify-log) on an export', () => {
  test('a good export verifies (0); tampered, truncated or with the wrong key it does not (1); bad usage is 2', { timeout: 120_000 }, async () => {
    await decisions(6);
    await checkpoint();
    await decisions(2);
    await checkpoint();
    const text = await (await get('/v1/audit/export')).text();
    const key = (await (await get('/.well-known/scope-gate/checkpoint-key', null)).json()) as { raw: string };
    const dir = mkdtempSync(join(tmpdir(), 'sg-export-'));
    const write = (name: string, body: string) => {
      const p = join(dir, name);
      writeFileSync(p, body);
      return p;
    };
    const good = write('good.ndjson', text);
    const keyFile = write('key.json', JSON.stringify(key));

    const lines = text.trim().split('\n');
    const entryAt = (seq: number) => lines.findIndex((l) => l.includes('"type":"entry"') && JSON.parse(l).seq === seq);
    // A field edited.
    const edited = [...lines];
    edited[entryAt(4)] = edited[entryAt(4)]!.replace(/"verdict":"(\w+)"/, (_m, v) => `"verdict":"${v === 'allowed' ? 'rejected' : 'allowed'}"`);
    // A row deleted.
    const deleted = lines.filter((_l, i) => i !== entryAt(3));
    // The tail truncated behind a checkpoint (end line rewritten to match).
    const truncated = [...lines.slice(0, entryAt(7)), JSON.stringify({ type: 'end', entries: 6, checkpoints: 2 })];
    const other = Buffer.alloc(32, 7).toString('base64');
    const [ok, okFile, e1, e2, e3, e4, e5, u1, u2, u3] = await Promise.all([
      verifyLog([good, '--public-key', key.raw]),
      verifyLog([good, '--public-key', keyFile]),
      verifyLog([write('edited.ndjson', edited.join('\n') + '\n'), '--public-key', key.raw]),
      verifyLog([write('deleted.ndjson', deleted.join('\n') + '\n'), '--public-key', key.raw]),
      verifyLog([write('truncated.ndjson', truncated.join('\n') + '\n'), '--public-key', key.raw]),
      // A file cut off mid-way.
      verifyLog([write('cut.ndjson', lines.slice(0, -1).join('\n') + '\n'), '--public-key', key.raw]),
      // Another key: the checkpoints are not trusted.
      verifyLog([good, '--public-key', other]),
      verifyLog([good]),
      verifyLog([join(dir, 'nope.ndjson'), '--public-key', key.raw]),
      verifyLog([write('not.ndjson', 'hello\n'), '--public-key', key.raw]),
    ]);
    expect(ok!.code, ok!.out).toBe(0);
    expect(ok!.out).toMatch(/^OK .*8 entries, 2 checkpoint/);
    expect(okFile!.code).toBe(0);
    expect(e1!.code).toBe(1);
    expect(e1!.out).toMatch(/BROKEN .*entry 4 .*entry_hash/);
    expect(e2!.code).toBe(1);
    expect(e2!.out).toMatch(/entry 3 .*missing/);
    expect(e3!.code).toBe(1);
    expect(e3!.out).toMatch(/entry 7.*checkpoint #2.*truncated/);
    expect(e4!.code).toBe(1);
    expect(e4!.out).toMatch(/cut off/);
    expect(e5!.code).toBe(1);
    expect(e5!.out).toMatch(/not a trusted key/);
    expect([u1!.code, u2!.code, u3!.code]).toEqual([2, 2, 2]);
  });
});
