import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sha256Hex } from '../../src/engine/canonical.js';
import { KeyRing, Keys } from '../../src/http/keys.js';
import { KeyStore } from '../../src/service/keys-store.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';
import { DRIVERS, freshLibsql, type TestStore } from '../helpers/stores.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;

describe('admin key API', () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = await testApp();
  });
  afterEach(() => ctx.dispose());

  const create = (body: unknown, token: string = TOKENS.admin) => ctx.call('POST', '/v1/keys', { token, body });

  test('POST /v1/keys shows the token once; the table holds only its SHA-256; listings show neither', async () => {
    const res = await create({ role: 'submitter', team: 'growth', name: 'growth CI' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const key = (await res.json()) as { id: string; token: string; role: string; team: string; source: string; created_by: string };
    expect(key).toMatchObject({ role: 'submitter', team: 'growth', source: 'db', created_by: expect.stringMatching(/^key_admin_/) });
    expect(key.token).toMatch(/^sgk_[A-Za-z0-9_-]{43}$/);
    expect(res.headers.get('location')).toBe(`/v1/keys/${key.id}`);

    const rows = await ctx.store.store.db.all<Record<string, unknown>>(
      (await import('drizzle-orm')).sql`SELECT * FROM api_keys`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(sha256Hex(key.token));
    expect(JSON.stringify(rows)).not.toContain(key.token);

    const list = await ctx.call('GET', '/v1/keys', { token: TOKENS.admin });
    const text = await list.text();
    expect(text).not.toContain(key.token);
    expect(text).not.toContain(sha256Hex(key.token));
    expect(text).not.toContain(TOKENS.submitter);
    const items = (JSON.parse(text) as { items: { id: string; source: string; role: string }[] }).items;
    expect(items.filter((i) => i.source === 'env').map((i) => i.role).sort()).toEqual(['admin', 'auditor', 'submitter']);
    expect(items.find((i) => i.id === key.id)).toMatchObject({ source: 'db', revoked_at: null });
  });

  test('a new key works at once; revoked, it gets 401 on the very next request, though it was cached', async () => {
    const key = (await (await create({ role: 'auditor', name: 'reader' })).json()) as { id: string; token: string };
    for (let i = 0; i < 3; i++) expect((await ctx.call('GET', '/v1/decisions', { token: key.token })).status).toBe(200);
    const del = await ctx.call('DELETE', `/v1/keys/${key.id}`, { token: TOKENS.admin });
    expect(del.status).toBe(200);
    const record = (await del.json()) as { revoked_at: string; revoked_by: string };
    expect(record.revoked_at).toBe('2026-11-29T04:00:00.000Z');
    expect(record.revoked_by).toMatch(/^key_admin_/);
    const after = await ctx.call('GET', '/v1/decisions', { token: key.token });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { detail: string }).detail).toMatch(/revoked/);
    // a second revocation is harmless and changes nothing
    const again = (await (await ctx.call('DELETE', `/v1/keys/${key.id}`, { token: TOKENS.admin })).json()) as { revoked_at: string };
    expect(again.revoked_at).toBe(record.revoked_at);
  });

  test('a DB key logs decisions under its own id, and key management never touches the decision log', async () => {
    const key = (await (await create({ role: 'submitter', name: 'bot' })).json()) as { id: string; token: string };
    const res = await ctx.call('POST', '/v1/decisions', { token: key.token, body: { feature: DM_FEATURE } });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await ctx.services.log.get(id))!.requester).toBe(key.id);
    const before = await ctx.services.log.verify();
    await ctx.call('DELETE', `/v1/keys/${key.id}`, { token: TOKENS.admin });
    await create({ role: 'admin', name: 'another' });
    const after = await ctx.services.log.verify();
    expect(after).toEqual(before);
    expect(after.entries).toBe(1);
  });

  test('revoking an unknown id is 404; revoking an API_KEYS key is 409 (it is revoked by editing API_KEYS)', async () => {
    const unknown = await ctx.call('DELETE', '/v1/keys/key_nope', { token: TOKENS.admin });
    expect(unknown.status).toBe(404);
    const envId = new KeyRing([{ role: 'auditor', token: TOKENS.auditor }]).list()[0]!.keyId;
    const env = await ctx.call('DELETE', `/v1/keys/${envId}`, { token: TOKENS.admin });
    expect(env.status).toBe(409);
    expect((await ctx.call('GET', '/v1/decisions', { token: TOKENS.auditor })).status).toBe(200);
  });

  const BAD: [string, unknown, string][] = [
    ['an unknown role', { role: 'root', name: 'x' }, 'role'],
    ['no name', { role: 'admin' }, 'name'],
    ['a blank name', { role: 'admin', name: '   ' }, 'name'],
    ['a team with a control character', { role: 'submitter', team: 'a\u0000b', name: 'x' }, 'team'],
    ['a lone surrogate in the name', { role: 'submitter', name: 'a\ud800' }, 'name'],
    ['an unknown field', { role: 'submitter', name: 'x', token: 'chosen-by-me' }, 'token'],
    ['a name of the wrong type', { role: 'submitter', name: 7 }, 'name'],
  ];
  test.each(BAD)('%s is 422 naming the field, and no key is made', async (_n, body, field) => {
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { field: string }).field).toBe(field);
    expect(await ctx.services.keyStore!.list()).toEqual([]);
  });

  test('team-scoped admins and non-admins cannot manage keys', async () => {
    const scoped = await testApp({ env: { API_KEYS: `admin@alpha:tok-a,admin:${TOKENS.admin},submitter:${TOKENS.submitter}` } });
    try {
      expect((await scoped.call('POST', '/v1/keys', { token: 'tok-a', body: { role: 'admin', name: 'escalate' } })).status).toBe(403);
      expect((await scoped.call('POST', '/v1/keys', { token: TOKENS.submitter, body: { role: 'admin', name: 'escalate' } })).status).toBe(403);
      expect(await scoped.services.keyStore!.list()).toEqual([]);
    } finally {
      await scoped.dispose();
    }
  });

  test('when the key table cannot be read, a DB key gets 503 (not 401, not 500); env keys still work', async () => {
    const key = (await (await create({ role: 'auditor', name: 'reader' })).json()) as { token: string };
    const t = await freshLibsql();
    await t.raw('DROP TABLE api_keys');
    const broken = await testApp({ store: t });
    try {
      const res = await broken.call('GET', '/v1/decisions', { token: key.token });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect((await broken.call('GET', '/v1/decisions', { token: TOKENS.auditor })).status).toBe(200);
    } finally {
      await broken.dispose();
    }
  });
});

describe.each(DRIVERS)('key store on %s', (_name, fresh) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await fresh();
  });
  afterEach(() => t.dispose());

  test('revocation is the only change the table allows; keys are never deleted', async () => {
    const ks = new KeyStore(t.store);
    const { record } = await ks.create({ role: 'admin', name: 'k', createdBy: 'test', createdAt: '2026-01-01T00:00:00Z' });
    await expect(t.raw(`UPDATE api_keys SET role = 'auditor' WHERE id = '${record.id}'`)).rejects.toThrow();
    await expect(t.raw(`DELETE FROM api_keys WHERE id = '${record.id}'`)).rejects.toThrow();
    await ks.revoke(record.id, 'test', '2026-01-02T00:00:00Z');
    await expect(t.raw(`UPDATE api_keys SET revoked_at = NULL WHERE id = '${record.id}'`)).rejects.toThrow();
    expect((await ks.get(record.id))!.revoked_at).toBe('2026-01-02T00:00:00Z');
  });

  test('another process sees a revocation once its short cache expires (KEY_CACHE_TTL_MS)', async () => {
    let now = 1_000_000;
    const a = new KeyStore(t.store, { ttlMs: 10_000, now: () => now });
    const b = new KeyStore(t.store);
    const { record, token } = await b.create({ role: 'auditor', name: 'k', createdBy: 'test', createdAt: '2026-01-01T00:00:00Z' });
    expect((await a.authenticate(token))!.keyId).toBe(record.id);
    await b.revoke(record.id, 'test', '2026-01-02T00:00:00Z');
    expect(await b.authenticate(token)).toBeNull(); // the revoking process: at once
    now += 10_001;
    expect(await a.authenticate(token)).toBeNull(); // another process: after the TTL
  });

  test('a key created in this process is not shadowed by a cached miss', async () => {
    const ks = new KeyStore(t.store);
    expect(await ks.authenticate(`sgk_${'B'.repeat(43)}`)).toBeNull();
    const { token } = await ks.create({ role: 'submitter', name: 'k', createdBy: 't', createdAt: '2026-01-01T00:00:00Z' });
    expect(await ks.authenticate(token)).not.toBeNull();
  });
});

describe('env keys and garbage tokens cost no database query', () => {
  test('Keys checks API_KEYS in memory first; tokens not of the store\'s form never reach the store', async () => {
    const calls: string[] = [];
    const failingStore = {
      db: new Proxy({}, { get: () => () => { calls.push('db'); throw new Error('no database here'); } }),
    } as never;
    const keys = new Keys(new KeyRing([{ role: 'admin', token: 'env-admin' }]), new KeyStore(failingStore));
    expect(await keys.authenticate('env-admin')).toMatchObject({ role: 'admin' });
    expect(await keys.authenticate('garbage')).toBeNull();
    expect(await keys.authenticate('x'.repeat(500))).toBeNull();
    expect(calls).toEqual([]);
    await expect(keys.authenticate(`sgk_${'C'.repeat(43)}`)).rejects.toMatchObject({ status: 503 });
    expect(calls).toEqual(['db']);
  });
});
