import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { seedLicence } from '../../src/licences/seed.js';
import { DbLicenceRegistry } from '../../src/service/licences.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';
import { ARTICLES, EDI_ID, ediLicence, MARKETPLACE, SEED_ID, seedContent } from './registry-helpers.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeEach(async () => {
  ctx = await testApp();
});
afterEach(() => ctx.dispose());

const EDI_TEXT = readFileSync(new URL('./fixtures/edi-b21.txt', import.meta.url), 'utf8');
const enc = encodeURIComponent;
const register = (body: unknown, token: string = TOKENS.admin) => ctx.call('POST', '/v1/licences', { token, body });
const decide = async (feature: unknown, extra: Record<string, unknown> = {}) => {
  const res = await ctx.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature, ...extra } });
  expect(res.status).toBe(201);
  return (await res.json()) as { verdict: string; categories: { code: string; covered: boolean; licence_id: string | null }[]; reasons: { kind: string; subject?: string }[]; licences: { id: string; valid: boolean }[]; licence: { id: string; revision: string } };
};
const registry = () => ctx.services.licences as DbLicenceRegistry;
const rows = async () => (await registry().currentRevisions()).reduce((n, r) => n + r.number, 0);

describe('POST /v1/licences/parse', () => {
  test('reads a certificate into a licence for review, with what registration would refuse; stores nothing', async () => {
    const before = await rows();
    const res = await ctx.call('POST', '/v1/licences/parse', { token: TOKENS.admin, body: { text: EDI_TEXT } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body.licence).toMatchObject({ id: EDI_ID, holder: '杭州小集网络科技有限公司', business: [{ code: 'B21', limit: '仅限经营类电子商务' }] });
    expect(body.warnings).toEqual([]);
    expect(body.problems).toEqual([]);
    expect(body.revision).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.registered).toEqual({ current_revision: null, same: false });
    expect(await rows()).toBe(before);
    expect(await registry().get(EDI_ID)).toBeUndefined();
  });

  test('unreadable text answers the parser\'s warnings and the fields to fix', async () => {
    const res = await ctx.call('POST', '/v1/licences/parse', { token: TOKENS.admin, body: { text: '这不是许可证' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body.warnings.length).toBeGreaterThan(0);
    expect(body.problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['id', 'holder', 'business']));
    expect(body.revision).toBeNull();
  });

  test('the seed certificate\'s parse output, registered, is a no-op on the seed (same content, same revision)', async () => {
    const res = await register(seedContent());
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({ outcome: 'unchanged', revision_number: 1, changed_fields: [] });
    expect(body.licence.revision).toBe(seedLicence.revision);
  });
});

describe('POST /v1/licences and reading them back', () => {
  test('registers a licence; a change is a new revision; GET shows both, old ones by number or hash', async () => {
    let res = await register(ediLicence());
    expect(res.status).toBe(201);
    const first = (await res.json()) as Record<string, any>;
    expect(first).toMatchObject({ outcome: 'created', revision_number: 1, current: true, status: 'valid', covers: ['B21'], default: false, warnings: [] });
    expect(first.held_with).toEqual([{ id: SEED_ID, revision: seedLicence.revision }]);
    expect(res.headers.get('location')).toBe(`/v1/licences/${enc(EDI_ID)}?revision=1`);

    res = await register(ediLicence());
    expect(res.status).toBe(200);
    expect(((await res.json()) as Record<string, any>).outcome).toBe('unchanged');

    res = await register(ediLicence({ valid_until: '2030-01-01' }));
    expect(res.status).toBe(201);
    const second = (await res.json()) as Record<string, any>;
    expect(second).toMatchObject({ outcome: 'created', revision_number: 2, changed_fields: ['valid_until'] });
    expect(second.licence.revision).not.toBe(first.licence.revision);

    res = await ctx.call('GET', `/v1/licences/${enc(EDI_ID)}`, { token: TOKENS.auditor });
    expect(res.status).toBe(200);
    const detail = (await res.json()) as Record<string, any>;
    expect(detail.licence.valid_until).toBe('2030-01-01');
    expect(detail.revisions.map((r: { number: number; changed_fields: string[] }) => [r.number, r.changed_fields])).toEqual([[1, ['(new licence)']], [2, ['valid_until']]]);

    for (const ref of ['1', first.licence.revision as string]) {
      res = await ctx.call('GET', `/v1/licences/${enc(EDI_ID)}?revision=${enc(ref)}`, { token: TOKENS.submitter });
      expect(res.status).toBe(200);
      const old = (await res.json()) as Record<string, any>;
      expect(old).toMatchObject({ current: false, revision_number: 1 });
      expect(old.licence).toEqual(first.licence);
    }
    res = await ctx.call('GET', `/v1/licences/${enc(EDI_ID)}?revision=9`, { token: TOKENS.auditor });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { field: string }).field).toBe('revision');
    res = await ctx.call('GET', `/v1/licences/${enc('京B2-00000000')}`, { token: TOKENS.auditor });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { field: string }).field).toBe('id');

    res = await ctx.call('GET', '/v1/licences', { token: TOKENS.submitter });
    const list = (await res.json()) as { items: Record<string, any>[]; default_id: string };
    expect(list.default_id).toBe(SEED_ID);
    expect(list.items.map((i) => [i.id, i.revision_number, i.revisions, i.default, i.held_with])).toEqual([
      [EDI_ID, 2, 2, false, [SEED_ID]],
      [SEED_ID, 1, 1, true, [EDI_ID]],
    ]);
  });

  test('an EDI licence of the same holder covers B21: a marketplace flips from rejected to allowed, naming the licence', async () => {
    const before = await decide(MARKETPLACE);
    expect(before.verdict).toBe('rejected');
    expect(before.categories).toEqual([expect.objectContaining({ code: 'B21', covered: false, licence_id: null })]);
    expect(before.reasons.some((r) => r.kind === 'out_of_scope' && r.subject === 'B21')).toBe(true);

    expect((await register(ediLicence())).status).toBe(201);
    const after = await decide(MARKETPLACE);
    expect(after.verdict).toBe('allowed');
    expect(after.categories).toEqual([expect.objectContaining({ code: 'B21', covered: true, licence_id: EDI_ID })]);
    expect(after.licence).toEqual({ id: SEED_ID, revision: seedLicence.revision });
    expect(after.licences.map((l) => [l.id, l.valid])).toEqual([[SEED_ID, true], [EDI_ID, true]]);
    // and B25 stays the ICP licence's: a DM feature is still rejected
    expect((await decide(DM_FEATURE)).verdict).toBe('rejected');
    // naming the EDI licence as the decision's licence works too, with the ICP licence held with it
    const named = await decide(MARKETPLACE, { licence_id: EDI_ID });
    expect(named.verdict).toBe('allowed');
    expect(named.licences.map((l) => l.id)).toEqual([EDI_ID, SEED_ID]);
  });

  test('a licence of another holder does not cover, and registering it says so', async () => {
    const res = await register(ediLicence({ holder: '杭州小集网络科技有限公司' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['other_holder']);
    expect(body.held_with).toEqual([]);
    const d = await decide(MARKETPLACE);
    expect(d.verdict).toBe('rejected');
    expect(d.categories[0]).toMatchObject({ code: 'B21', covered: false });
    expect(d.licences.map((l) => l.id)).toEqual([SEED_ID]);
  });

  test('an expired licence does not cover', async () => {
    const res = await register(ediLicence({ issued: '2020-05-12', valid_until: '2025-05-11' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(body.status).toBe('expired');
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain('expired');
    const d = await decide(MARKETPLACE);
    expect(d.verdict).toBe('rejected');
    expect(d.categories[0]).toMatchObject({ code: 'B21', covered: false, licence_id: null });
    expect(d.licences).toEqual([expect.objectContaining({ id: SEED_ID, valid: true }), expect.objectContaining({ id: EDI_ID, valid: false })]);
    // valid on the launch date is what counts: a licence issued after launch does not cover either
    await register(ediLicence({ issued: '2027-01-01', valid_until: '2030-01-01' }));
    expect((await decide({ ...MARKETPLACE, launch_date: '2026-12-15' })).verdict).toBe('rejected');
    expect((await decide({ ...MARKETPLACE, launch_date: '2027-01-02' })).categories[0]).toMatchObject({ covered: true, licence_id: EDI_ID });
  });

  test('a licence granting only some B25 sub-types (includes) does not cover the others', async () => {
    const narrow = {
      ...seedContent(), id: '京B2-20230001', number: '京B2-20230001',
      business: [{ code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: [], includes: ['B25-1'] }],
    };
    const res = await register(narrow);
    expect(res.status).toBe(201);
    expect(((await res.json()) as Record<string, any>).covers).toEqual(['B25-1']);
    expect((await decide(DM_FEATURE)).verdict).toBe('rejected');
    expect((await decide(ARTICLES)).verdict).toBe('allowed');
  });

  test('a new revision of the default licence is what the next decision records', async () => {
    const content = { ...seedContent(), business: [{ ...seedContent().business[0]!, excludes: ['B25-2'] }] };
    const res = await register(content);
    expect(res.status).toBe(201);
    const rev = ((await res.json()) as Record<string, any>).licence.revision as string;
    const d = await decide(DM_FEATURE);
    expect(d.licence.revision).toBe(rev);
    expect(d.categories.find((c) => c.code === 'B25-4')).toMatchObject({ covered: true, licence_id: SEED_ID });
  });
});

describe('bad bodies: 422 naming the field, nothing stored', () => {
  const edi = ediLicence();
  const BAD: [string, unknown, string][] = [
    ['an empty body', {}, 'id'],
    ['an id with a slash', { ...edi, id: 'B2/1' }, 'id'],
    ['a blank holder', { ...edi, holder: '  ' }, 'holder'],
    ['no business', { ...edi, business: [] }, 'business'],
    ['an unknown business code', { ...edi, business: [{ ...edi.business[0], code: 'B99' }] }, 'business[0].code'],
    ['an exclusion outside B25 on a B25 business', { ...edi, business: [{ code: 'B25', name: '信息服务业务', excludes: ['B21'] }] }, 'business[0].excludes[0]'],
    ['an unknown exclusion code', { ...edi, business: [{ code: 'B25', name: '信息服务业务', excludes: ['B25-9'] }] }, 'business[0].excludes[0]'],
    ['includes on a B21 business', { ...edi, business: [{ ...edi.business[0], includes: ['B25-1'] }] }, 'business[0].includes'],
    ['an impossible issue date', { ...edi, issued: '2026-02-30' }, 'issued'],
    ['expiry before issue', { ...edi, issued: '2026-01-01', valid_until: '2025-12-31' }, 'valid_until'],
    ['a clause id twice', { ...edi, clauses: [{ id: '一', text: 'a' }, { id: '一', text: 'b' }] }, 'clauses[1].id'],
    ['a control character in a clause', { ...edi, clauses: [{ id: '一', text: 'a\u0000b' }] }, 'clauses[0].text'],
    ['an unknown field', { ...edi, colour: 'red' }, 'colour'],
    ['a revision field (send the content only)', { ...edi, revision: 'sha256:x' }, 'revision'],
    ['a website without a domain', { ...edi, websites: [{ name: 'x' }] }, 'websites[0].domain'],
    ['a holder of the wrong type', { ...edi, holder: 42 }, 'holder'],
  ];
  test.each(BAD)('%s', async (_n, body, field) => {
    const before = await rows();
    const res = await register(body);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as { field: string; errors: { field: string }[] };
    expect(p.field).toBe(field);
    expect(await rows()).toBe(before);
  });

  test('parse: text missing, empty or not a string', async () => {
    for (const [body, field] of [[{}, 'text'], [{ text: '' }, 'text'], [{ text: 5 }, 'text'], [{ text: 'x', more: 1 }, 'more']] as const) {
      const res = await ctx.call('POST', '/v1/licences/parse', { token: TOKENS.admin, body });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { field: string }).field).toBe(field);
    }
  });

  test('not JSON is a 400 problem; nothing stored', async () => {
    const before = await rows();
    const res = await register('{"id":');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await rows()).toBe(before);
  });
});

describe('roles', () => {
  const ROUTES: { name: string; method: string; path: string; body?: () => unknown; allowed: (keyof typeof TOKENS)[]; ok: number }[] = [
    { name: 'parse', method: 'POST', path: '/v1/licences/parse', body: () => ({ text: EDI_TEXT }), allowed: ['admin'], ok: 200 },
    { name: 'register', method: 'POST', path: '/v1/licences', body: () => ediLicence(), allowed: ['admin'], ok: 201 },
    { name: 'list', method: 'GET', path: '/v1/licences', allowed: ['submitter', 'auditor', 'admin'], ok: 200 },
    { name: 'get', method: 'GET', path: `/v1/licences/${enc(SEED_ID)}`, allowed: ['submitter', 'auditor', 'admin'], ok: 200 },
    { name: 'impact', method: 'POST', path: `/v1/licences/${enc(EDI_ID)}/impact`, body: () => ediLicence(), allowed: ['auditor', 'admin'], ok: 200 },
  ];
  describe.each(ROUTES)('$method $name', (r) => {
    test('no token: 401 problem with WWW-Authenticate; nothing stored', async () => {
      const before = await rows();
      const res = await ctx.call(r.method, r.path, { body: r.body?.() });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await rows()).toBe(before);
    });
    test.each(['submitter', 'auditor', 'admin'] as const)('%s', async (role) => {
      const before = await rows();
      const res = await ctx.call(r.method, r.path, { token: TOKENS[role], body: r.body?.() });
      if (r.allowed.includes(role)) expect(res.status).toBe(r.ok);
      else {
        expect(res.status).toBe(403);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(await rows()).toBe(before);
      }
    });
  });
  test('team-scoped keys cannot register licences or replay every team\'s decisions', async () => {
    const t = await testApp({ env: { API_KEYS: `admin@alpha:tok-a,auditor@alpha:tok-b` } });
    try {
      expect((await t.call('POST', '/v1/licences', { token: 'tok-a', body: ediLicence() })).status).toBe(403);
      expect((await t.call('POST', `/v1/licences/${enc(EDI_ID)}/impact`, { token: 'tok-b', body: ediLicence() })).status).toBe(403);
      expect(await (t.services.licences as DbLicenceRegistry).get(EDI_ID)).toBeUndefined();
    } finally {
      await t.dispose();
    }
  });
});

test('every licence route is in /openapi.json', async () => {
  const doc = (await (await ctx.call('GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
  expect(Object.keys(doc.paths['/v1/licences']!)).toEqual(expect.arrayContaining(['get', 'post']));
  expect(Object.keys(doc.paths['/v1/licences/parse']!)).toEqual(['post']);
  expect(Object.keys(doc.paths['/v1/licences/{id}']!)).toEqual(['get']);
  expect(Object.keys(doc.paths['/v1/licences/{id}/impact']!)).toEqual(['post']);
  expect(doc.components.schemas).toHaveProperty('Licence');
  expect(doc.components.schemas).toHaveProperty('LicenceImpact');
});
