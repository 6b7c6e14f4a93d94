import { request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

/**
 * On Node the JSON body is read straight from the IncomingMessage (no web Request is built for
 * it): over a real socket, what is logged is still exactly what was sent, whatever the framing.
 */
type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
let server: ReturnType<typeof serve>;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
beforeEach(async () => {
  ctx = await testApp({ env: { MAX_BODY_BYTES: String(64 * 1024) } });
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  await ctx.dispose();
});

/** POSTs the chunks as written (Content-Length when given, else chunked), over a keep-alive agent. */
function post(chunks: (string | Uint8Array)[], headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1', port, method: 'POST', path: '/v1/decisions', agent,
      headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/json', ...headers },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('JSON bodies over a real socket', () => {
  const title = '私信 v1 — 表情 🙂';
  const text = JSON.stringify({ feature: { ...DM_FEATURE, title }, context: { team: 'community' } });

  test('with Content-Length: judged, and logged as sent', async () => {
    const res = await post([text], { 'content-length': String(Buffer.byteLength(text)) });
    expect(res.status).toBe(201);
    const { id } = JSON.parse(res.body) as { id: string };
    expect(JSON.parse((await ctx.services.log.get(id))!.request)).toMatchObject(JSON.parse(text));
  });

  test('chunked in pieces that split a UTF-8 character: judged, and logged as sent', async () => {
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('🙂')) + 2; // inside the emoji's four bytes
    const res = await post([bytes.subarray(0, 10), bytes.subarray(10, cut), bytes.subarray(cut)]);
    expect(res.status).toBe(201);
    const { id } = JSON.parse(res.body) as { id: string };
    expect(JSON.parse((await ctx.services.log.get(id))!.request).feature.title).toBe(title);
  });

  test('several requests on one keep-alive connection, each body its own', async () => {
    for (let i = 0; i < 4; i++) {
      const t = JSON.stringify({ feature: { ...DM_FEATURE, title: `t${i}` } });
      const res = await post([t], { 'content-length': String(Buffer.byteLength(t)) });
      expect(res.status).toBe(201);
      const { id } = JSON.parse(res.body) as { id: string };
      expect(JSON.parse((await ctx.services.log.get(id))!.request).feature.title).toBe(`t${i}`);
    }
    expect(await ctx.services.log.count()).toBe(4);
  });

  test('invalid UTF-8, bad JSON, too deep, wrong charset: the same problems as through fetch, nothing logged', async () => {
    const bad = Buffer.concat([Buffer.from('{"feature":{"title":"a'), Buffer.from([0xff]), Buffer.from('"}}')]);
    const cases: [(string | Uint8Array)[], Record<string, string>, number, string][] = [
      [[bad], { 'content-length': String(bad.length) }, 400, 'is not valid UTF-8'],
      [['{"feature":'], {}, 400, 'is not valid JSON'],
      [['{"feature":{"title":"t","description":' + '['.repeat(40) + ']'.repeat(40) + '}}'], {}, 400, 'nests deeper than 32 levels'],
      [[text], { 'content-type': 'application/json; charset=iso-8859-1' }, 415, 'is not utf-8'],
    ];
    for (const [chunks, headers, status, message] of cases) {
      const res = await post(chunks, headers);
      expect(res.status).toBe(status);
      expect(JSON.parse(res.body).errors[0].message).toContain(message);
    }
    expect(await ctx.services.log.count()).toBe(0);
  });

  test('a declared length over the limit: 413 before the body is read', async () => {
    const res = await post(['{}'.padEnd(10, ' ')], { 'content-length': String(64 * 1024 + 1) }).catch((e: Error) => ({ status: -1, body: e.message, headers: {} }));
    // The server answers without reading, then closes; the client may see the answer or the reset.
    if (res.status !== -1) expect(res.status).toBe(413);
    expect(await ctx.services.log.count()).toBe(0);
  });
});
