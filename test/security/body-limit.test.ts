import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
const LIMIT = 64 * 1024;
const CHUNK = 8 * 1024;
beforeEach(async () => {
  ctx = await testApp({ env: { MAX_BODY_BYTES: String(LIMIT) } });
});
afterEach(() => ctx.dispose());

/** An endless JSON-ish stream that counts what was pulled from it. */
function endless() {
  const state = { pulled: 0, cancelled: false };
  const chunk = new TextEncoder().encode('x'.repeat(CHUNK));
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = first ? new TextEncoder().encode('{"feature":{"title":"t","description":"' + 'x'.repeat(CHUNK - 40)) : chunk;
      first = false;
      state.pulled += c.byteLength;
      controller.enqueue(c);
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}

const post = (body: BodyInit | Uint8Array, headers: Record<string, string> = {}) =>
  ctx.app.request('/v1/decisions', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/json', ...headers },
    body: body as BodyInit,
    duplex: 'half',
  } as RequestInit);

async function expect413(res: Response) {
  expect(res.status).toBe(413);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const p = (await res.json()) as { status: number; detail: string };
  expect(p.status).toBe(413);
  expect(p.detail).toContain(String(LIMIT));
  expect(await ctx.services.log.count()).toBe(0);
}

describe('bodies over MAX_BODY_BYTES', () => {
  test('a declared Content-Length over the limit is refused without reading a byte', async () => {
    const { stream, state } = endless();
    await expect413(await post(stream, { 'content-length': String(LIMIT + 1) }));
    expect(state.pulled).toBe(0);
  });

  test('a streamed body without Content-Length is refused once it passes the limit, never read whole', async () => {
    const { stream, state } = endless();
    await expect413(await post(stream));
    expect(state.pulled).toBeGreaterThan(LIMIT);
    expect(state.pulled).toBeLessThanOrEqual(LIMIT + 2 * CHUNK);
  });

  test('a Content-Length that lies (small, with an endless body) is caught by counting bytes', async () => {
    const { stream, state } = endless();
    await expect413(await post(stream, { 'content-length': '100' }));
    expect(state.pulled).toBeLessThanOrEqual(LIMIT + 2 * CHUNK);
  });

  test('a body just under the limit is read and judged', async () => {
    const body = JSON.stringify({ feature: DM_FEATURE });
    const res = await post(body);
    expect(res.status).toBe(201);
  });

  test('the limit holds for strangers too: 401 before the body is read', async () => {
    const { stream, state } = endless();
    const res = await ctx.app.request('/v1/decisions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(401);
    expect(state.pulled).toBeLessThanOrEqual(CHUNK);
  });

  test('over a real socket: a chunked upload far over the limit gets a 413 answer, and nothing is logged', async () => {
    const server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/decisions', headers: {
          authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked',
        } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', (e) => reject(e));
        req.write('{"feature":{"title":"t","description":"');
        let sent = 0;
        const pump = () => {
          // 4 MiB at most: far over the limit; the answer comes long before it is all sent
          while (sent < 4 * 1024 * 1024 && !req.destroyed) {
            sent += CHUNK;
            if (!req.write('x'.repeat(CHUNK))) return void req.once('drain', pump);
          }
        };
        pump();
      });
      expect(status).toBe(413);
      expect(await ctx.services.log.count()).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('bodies that are not well-formed UTF-8 JSON', () => {
  const CASES: [string, Uint8Array | string, Record<string, string>?][] = [
    ['invalid UTF-8 (0xff)', new Uint8Array([...new TextEncoder().encode('{"feature":{"title":"a'), 0xff, ...new TextEncoder().encode('"}}')])],
    ['an encoded surrogate (CESU)', new Uint8Array([...new TextEncoder().encode('{"feature":{"title":"a'), 0xed, 0xa0, 0x80, ...new TextEncoder().encode('"}}')])],
    ['an overlong encoding', new Uint8Array([...new TextEncoder().encode('{"feature":{"title":"a'), 0xc0, 0xaf, ...new TextEncoder().encode('"}}')])],
    ['nesting 40 deep', '{"feature":{"title":"t","description":' + '['.repeat(40) + ']'.repeat(40) + '}}'],
    ['an empty body', ''],
    ['a JSON body with a charset other than UTF-8', JSON.stringify({ feature: DM_FEATURE }), { 'content-type': 'application/json; charset=iso-8859-1' }],
  ];
  test.each(CASES)('%s is a 4xx problem naming the body or header, and nothing is logged', async (_n, body, headers) => {
    const res = await post(body, headers);
    expect([400, 415]).toContain(res.status);
    const p = (await res.json()) as { field: string };
    expect(['(body)', 'Content-Type']).toContain(p.field);
    expect(await ctx.services.log.count()).toBe(0);
  });

  test('a valid body with a UTF-8 BOM-free Chinese text is logged byte for byte as sent', async () => {
    const title = '私信 v1 — 表情 🙂';
    const res = await post(new TextEncoder().encode(JSON.stringify({ feature: { ...DM_FEATURE, title } })));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(JSON.parse((await ctx.services.log.get(id))!.request).feature.title).toBe(title);
  });
});
