import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SCRIPT, STYLES } from '../../src/console/assets.js';
import { CONSOLE_CSP } from '../../src/console/csp.js';
import { defaultRuleset } from '../../src/rules/index.js';
import { freePort, start, waitForOk } from '../helpers/process.js';

// The Worker entry under `wrangler dev` (offline, local D1 migrated by the script): the same app as
// on Node, with the log in D1. This is `npm run dev:edge` as a newcomer runs it.
let base: string;
let server: ReturnType<typeof start>;
beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = start('node', ['scripts/dev-edge.mjs'], {
    PORT: String(port),
    API_KEYS: 'submitter:edge-sub,auditor:edge-aud',
    WRANGLER_PERSIST_TO: mkdtempSync(join(tmpdir(), 'scope-gate-d1-')),
  });
  await waitForOk(`${base}/healthz`, server.child, 90_000).catch((e) => {
    throw new Error(`${e.message}\n${server.output()}`);
  });
}, 120_000);
afterAll(() => server?.stop());

test('under wrangler dev a decision is answered 201 and read back by the auditor from D1', async () => {
  const res = await fetch(`${base}/v1/decisions`, {
    method: 'POST',
    headers: { authorization: 'Bearer edge-sub', 'content-type': 'application/json' },
    body: JSON.stringify({ feature: { title: 'Group chat for buyers', description: 'Buyers of the same group-buy can chat with each other in real time in a chat room.' } }),
  });
  expect(res.status).toBe(201);
  const decision = (await res.json()) as { id: string; verdict: string; ruleset: { revision: string } };
  expect(decision.verdict).toBe('rejected');
  // The Worker's rule tables are built without their notes; the revision is the full tables' one.
  expect(decision.ruleset.revision).toBe(defaultRuleset.revision);
  const back = await fetch(`${base}/v1/decisions/${decision.id}`, { headers: { authorization: 'Bearer edge-aud' } });
  expect(back.status).toBe(200);
  expect(((await back.json()) as { verdict: string }).verdict).toBe(decision.verdict);
  const verify = (await (await fetch(`${base}/v1/audit/verify`, { headers: { authorization: 'Bearer edge-aud' } })).json()) as { ok: boolean; entries: number };
  expect(verify).toMatchObject({ ok: true, entries: 1 });
  expect((await fetch(`${base}/v1/decisions`, { headers: { authorization: 'Bearer edge-sub' } })).status).toBe(403);
});

test('under wrangler dev bad input is a 422 problem naming the field, with zod\'s English message (locales stubbed out of the bundle)', async () => {
  const res = await fetch(`${base}/v1/decisions`, {
    method: 'POST',
    headers: { authorization: 'Bearer edge-sub', 'content-type': 'application/json' },
    body: JSON.stringify({ feature: { title: 42 } }),
  });
  expect(res.status).toBe(422);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  const p = (await res.json()) as { field: string; errors: { field: string; message: string }[] };
  expect(p.field).toBe('feature.title');
  expect(p.errors[0]!.message).toMatch(/expected string/i);
});


test('under wrangler dev the console\'s script and styles come from static assets: the same bytes and headers as on Node, the page from the Worker', async () => {
  for (const [path, file] of [['/console/app.js', SCRIPT], ['/console/app.css', STYLES]] as const) {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(file.body);
    expect(res.headers.get('content-type')).toBe(file.type);
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  }
  const page = await fetch(`${base}/console`, { headers: { 'accept-language': 'en' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
  expect(await page.text()).toContain('<script type="module" src="/console/app.js"></script>');
});

test('under wrangler dev the rule tables are a static asset the Worker reads but never serves', async () => {
  // The Worker judged above with the pinned file; asking for that file, or any under /_rules/, is the
  // Worker's own 404 problem, not the asset.
  const { RULESET_PIN } = (await import(pathToFileURL(join(process.cwd(), '.edge-build', 'ruleset-pin.gen.mjs')).href)) as { RULESET_PIN: { path: string; revision: string } };
  expect(RULESET_PIN.revision).toBe(defaultRuleset.revision);
  for (const path of [RULESET_PIN.path, '/_rules/']) {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.text()).not.toContain('lexicon_groups');
  }
});
