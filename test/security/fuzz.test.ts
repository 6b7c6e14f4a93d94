import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, TOKENS } from '../helpers/app.js';
import { fuzzCase, prng, type FuzzCase } from './fuzz-lib.js';

/**
 * 10,000 generated requests (seeded: a failure names its seed and index and replays exactly)
 * through the app: never a 5xx; every non-2xx a 4xx problem+json that names the problem (and the
 * field, where a field is at fault); nothing logged for any 4xx.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const N = Number(process.env.FUZZ_N ?? 10_000);

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.dispose());

async function send(c: FuzzCase): Promise<Response> {
  return ctx.app.request(c.path, { method: c.method, headers: c.headers, ...(c.body !== undefined && c.method !== 'GET' ? { body: c.body as BodyInit } : {}) });
}

test(`${N} fuzzed requests: no 5xx, every error a 4xx problem naming it, nothing logged for any 4xx`, async () => {
  const r = prng(SEED);
  const maxBody = ctx.services.config.maxBodyBytes;
  const cases = Array.from({ length: N }, () => fuzzCase(r, `Bearer ${TOKENS.submitter}`, `Bearer ${TOKENS.auditor}`, maxBody));
  const statuses = new Map<string, Map<number, number>>();
  const failures: string[] = [];
  const createdIds = new Set<string>();
  const check = async (c: FuzzCase, i: number) => {
    const res = await send(c);
    const byKind = statuses.get(c.kind) ?? new Map<number, number>();
    byKind.set(res.status, (byKind.get(res.status) ?? 0) + 1);
    statuses.set(c.kind, byKind);
    const where = `seed ${SEED} case ${i} (${c.kind} ${c.method} ${c.path.slice(0, 80)})`;
    if (res.status >= 500) failures.push(`${where}: ${res.status} ${await res.text()}`);
    else if (res.status >= 200 && res.status < 300) {
      const body = (await res.json()) as { id?: string };
      if (c.method === 'POST' && c.path === '/v1/decisions' && res.headers.get('idempotent-replayed') !== 'true') createdIds.add(body.id!);
    } else {
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      let p: { status?: number; title?: string; detail?: string; field?: string; errors?: unknown[]; request_id?: string } = {};
      try {
        p = JSON.parse(text);
      } catch {
        failures.push(`${where}: ${res.status} body is not JSON: ${text.slice(0, 100)}`);
      }
      if (res.status < 400) failures.push(`${where}: status ${res.status}`);
      if (!/^application\/problem\+json/.test(type)) failures.push(`${where}: ${res.status} content-type ${type}`);
      if (p.status !== res.status || !p.title || !p.detail) failures.push(`${where}: problem lacks status/title/detail: ${text.slice(0, 200)}`);
      if (p.request_id !== res.headers.get('x-request-id')) failures.push(`${where}: problem request_id does not match X-Request-Id`);
      const fieldAtFault = [400, 415, 422].includes(res.status) || (c.expectField && res.status !== 401 && res.status !== 413);
      if (fieldAtFault && (typeof p.field !== 'string' || !p.field || !Array.isArray(p.errors) || !p.errors.length)) {
        failures.push(`${where}: ${res.status} names no field: ${text.slice(0, 200)}`);
      }
    }
  };
  // 32 in flight at a time, as concurrent clients would send them.
  for (let i = 0; i < N; i += 32) await Promise.all(cases.slice(i, i + 32).map((c, j) => check(c, i + j)));
  expect(failures.slice(0, 20)).toEqual([]);

  // Nothing logged for any 4xx: the log holds exactly the decisions answered 201 (each once).
  const rows = await ctx.services.log.range(1, N + 10);
  expect(rows.length).toBe(createdIds.size);
  expect(new Set(rows.map((row) => row.id))).toEqual(createdIds);
  expect((await ctx.services.log.verify()).ok).toBe(true);

  // The generators reach every kind of fault and the happy path, and the faults are refused.
  const summary = Object.fromEntries([...statuses].map(([k, m]) => [k, Object.fromEntries(m)]));
  for (const kind of ['invalid-utf8', 'deep', 'lone-surrogate', 'absurd-date', 'unknown-code', 'control-chars', 'huge-field']) {
    const m = statuses.get(kind);
    expect(m, kind).toBeDefined();
    expect([...m!.keys()].every((s) => s >= 400 && s < 500), `${kind}: ${JSON.stringify(summary[kind])}`).toBe(true);
  }
  expect([...statuses.get('huge-over-limit')!.keys()]).toEqual([413]);
  expect([...statuses.get('valid')!.keys()]).toEqual([201]);
  expect(createdIds.size).toBeGreaterThan(N / 40);
}, 120_000);
