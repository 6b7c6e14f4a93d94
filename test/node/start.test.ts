import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { freePort, start, waitForOk } from '../helpers/process.js';

let server: ReturnType<typeof start> | undefined;
afterEach(() => server?.stop());

test('npm start without API_KEYS prints one generated key per role, and the service never runs open', async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'scope-gate-start-'));
  const env: Record<string, string> = { API_KEYS: '', PORT: String(port), DATABASE_URL: `file:${join(dir, 'log.db')}` };
  server = start('npx', ['tsx', 'src/node.ts'], env);
  await waitForOk(`http://127.0.0.1:${port}/healthz`, server.child, 60_000);
  const out = server.output();
  const keys = Object.fromEntries(
    [...out.matchAll(/^\s+(submitter|auditor|admin)\s+(\S+)$/gm)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>;
  expect(Object.keys(keys).sort()).toEqual(['admin', 'auditor', 'submitter']);
  const base = `http://127.0.0.1:${port}`;
  const body = JSON.stringify({ feature: { title: '站内搜索', description: '搜索仅限本站文章与笔记，不抓取任何外部网站。', capabilities: ['site_search'] } });
  const open = await fetch(`${base}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(open.status).toBe(401);
  const ok = await fetch(`${base}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.submitter}` }, body });
  expect(ok.status).toBe(201);
  const { id } = (await ok.json()) as { id: string };
  const back = await fetch(`${base}/v1/decisions/${id}`, { headers: { authorization: `Bearer ${keys.auditor}` } });
  expect(back.status).toBe(200);
}, 90_000);
