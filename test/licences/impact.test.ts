import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { seedLicence } from '../../src/licences/seed.js';
import type { DbLicenceRegistry } from '../../src/service/licences.js';
import { DM_FEATURE, testApp, TOKENS } from '../helpers/app.js';
import { freshLibsql } from '../helpers/stores.js';
import { ARTICLES, EDI_ID, ediLicence, MARKETPLACE, SEED_ID, seedContent } from './registry-helpers.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeEach(async () => {
  ctx = await testApp();
});
afterEach(() => ctx.dispose());

const enc = encodeURIComponent;
type Impact = {
  licence: { id: string; current_revision: string | null; candidate_revision: string; unchanged: boolean };
  changed_fields: string[];
  range: { from_seq: number; to_seq: number; next_seq: number | null };
  counts: Record<string, number> & { by_transition: Record<string, number> };
  changes: { id: string; sequence: number; logged_verdict: string; from: string; to: string; reasons: { kind: string; subject?: string }[]; categories_changed: { code: string; from: unknown; to: unknown }[] }[];
  truncated: boolean;
};
const decide = async (feature: unknown, c: Ctx = ctx) => {
  const res = await c.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; verdict: string };
};
const impact = async (id: string, body: unknown, query = '', token: string = TOKENS.auditor, c: Ctx = ctx) => {
  const res = await c.call('POST', `/v1/licences/${enc(id)}/impact${query}`, { token, body });
  expect(res.status).toBe(200);
  return (await res.json()) as Impact;
};

describe('POST /v1/licences/{id}/impact', () => {
  test('adding an EDI licence: exactly the marketplace decision flips, rejected → allowed, naming the licence; nothing is written', async () => {
    const market = await decide(MARKETPLACE);
    const dm = await decide(DM_FEATURE);
    const articles = await decide(ARTICLES);
    expect([market.verdict, dm.verdict, articles.verdict]).toEqual(['rejected', 'rejected', 'allowed']);
    const head = await ctx.services.log.head();
    const registered = await (ctx.services.licences as DbLicenceRegistry).revisions(EDI_ID);

    const r = await impact(EDI_ID, ediLicence());
    expect(r.licence).toMatchObject({ id: EDI_ID, current_revision: null, unchanged: false });
    expect(r.changed_fields).toEqual(['(new licence)']);
    expect(r.counts).toMatchObject({ scanned: 3, affected: 3, changed: 1, unchanged: 2, coverage_only: 0, drifted: 0, skipped: 0, by_transition: { 'rejected→allowed': 1 } });
    expect(r.changes).toEqual([expect.objectContaining({
      id: market.id, sequence: 1, logged_verdict: 'rejected', from: 'rejected', to: 'allowed', reasons: [],
      categories_changed: [{ code: 'B21', name: expect.any(String), from: { covered: false, licence_id: null }, to: { covered: true, licence_id: EDI_ID } }],
    })]);
    expect(r.range).toEqual({ from_seq: 1, to_seq: 3, next_seq: null });
    expect(await ctx.services.log.head()).toEqual(head);
    expect(await ctx.services.log.count()).toBe(3);
    expect(await (ctx.services.licences as DbLicenceRegistry).revisions(EDI_ID)).toEqual(registered);

    // registering it does what the replay said
    expect((await ctx.call('POST', '/v1/licences', { token: TOKENS.admin, body: ediLicence() })).status).toBe(201);
    expect((await decide(MARKETPLACE)).verdict).toBe('allowed');
    // and the same candidate again changes nothing now
    const again = await impact(EDI_ID, ediLicence(), '', TOKENS.admin);
    expect(again.licence.unchanged).toBe(true);
    expect(again.counts).toMatchObject({ scanned: 4, affected: 0, changed: 0 });
    expect(again.changes).toEqual([]);
  });

  test('an EDI licence of another holder, or an expired one, changes nothing', async () => {
    await decide(MARKETPLACE);
    const other = await impact(EDI_ID, ediLicence({ holder: '杭州小集网络科技有限公司' }));
    expect(other.counts).toMatchObject({ scanned: 1, affected: 0, changed: 0 });
    const expired = await impact(EDI_ID, ediLicence({ issued: '2020-05-12', valid_until: '2025-05-11' }));
    expect(expired.counts).toMatchObject({ scanned: 1, affected: 1, changed: 0, unchanged: 1 });
  });

  test('narrowing the default licence\'s expiry rejects what launched after it, citing licence_invalid', async () => {
    const dm = await decide(DM_FEATURE);
    const articles = await decide(ARTICLES);
    const soon = await decide({ ...ARTICLES, launch_date: '2026-12-20' });
    const r = await impact(SEED_ID, { ...seedContent(), valid_until: '2026-12-01' });
    expect(r.licence.current_revision).toBe(seedLicence.revision);
    expect(r.changed_fields).toEqual(['valid_until']);
    expect(r.changes.map((c) => [c.id, c.from, c.to])).toEqual([[soon.id, 'allowed', 'rejected']]);
    expect(r.changes[0]!.reasons.map((x) => x.kind)).toContain('licence_invalid');
    expect(r.counts).toMatchObject({ affected: 3, changed: 1, unchanged: 2 });
    void dm;
    void articles;
  });

  test('lifting an exclusion flips the excluded feature to allowed; the category names the licence', async () => {
    const dm = await decide({ title: '用户私信', capabilities: ['private_messaging'] });
    const body = { ...seedContent(), business: [{ ...seedContent().business[0]!, excludes: ['B25-2'] }] };
    const r = await impact(SEED_ID, body);
    expect(r.changed_fields).toEqual(['business[0].excludes']);
    expect(r.changes).toEqual([expect.objectContaining({ id: dm.id, from: 'rejected', to: 'allowed' })]);
    expect(r.changes[0]!.categories_changed).toEqual([expect.objectContaining({ code: 'B25-4', from: { covered: false, licence_id: null }, to: { covered: true, licence_id: SEED_ID } })]);
  });

  test('each decision is replayed at its own time, not the time of the replay', async () => {
    await decide(ARTICLES); // logged 2026-11-29, launch that day
    // a later process on the same store, on 2027-01-05
    const later = await testApp({ store: ctx.store, now: '2027-01-05T04:00:00.000Z' });
    const r = await impact(SEED_ID, { ...seedContent(), valid_until: '2026-12-31' }, '', TOKENS.auditor, later);
    expect(r.counts).toMatchObject({ scanned: 1, affected: 1, changed: 0 });
  });

  test('pages through the log: max_entries and next_seq, from_seq/to_seq, limit and truncated', async () => {
    for (let i = 0; i < 5; i++) await decide({ ...MARKETPLACE, title: `商家入驻 ${i}` });
    const first = await impact(EDI_ID, ediLicence(), '?max_entries=2');
    expect(first.range).toEqual({ from_seq: 1, to_seq: 2, next_seq: 3 });
    expect(first.changes.map((c) => c.sequence)).toEqual([1, 2]);
    const rest = await impact(EDI_ID, ediLicence(), `?from_seq=${first.range.next_seq}`);
    expect(rest.range).toEqual({ from_seq: 3, to_seq: 5, next_seq: null });
    expect(rest.changes.map((c) => c.sequence)).toEqual([3, 4, 5]);
    const window = await impact(EDI_ID, ediLicence(), '?from_seq=2&to_seq=3');
    expect(window.changes.map((c) => c.sequence)).toEqual([2, 3]);
    const cut = await impact(EDI_ID, ediLicence(), '?limit=2');
    expect(cut.changes).toHaveLength(2);
    expect(cut.counts.changed).toBe(5);
    expect(cut.truncated).toBe(true);
  });

  test('an empty log answers empty counts', async () => {
    const r = await impact(EDI_ID, ediLicence());
    expect(r.counts).toMatchObject({ scanned: 0, changed: 0 });
    expect(r.range).toEqual({ from_seq: 1, to_seq: 0, next_seq: null });
  });

  test('bad requests: 422 naming the field, and nothing is written', async () => {
    await decide(MARKETPLACE);
    const CASES: [string, unknown, string][] = [
      ['', { ...ediLicence(), id: 'B2-other' }, 'id'],
      ['', { ...ediLicence(), valid_until: '2019-01-01' }, 'valid_until'],
      ['', {}, 'id'],
      ['?max_entries=0', ediLicence(), 'max_entries'],
      ['?limit=5000', ediLicence(), 'limit'],
      ['?from_seq=3&to_seq=2', ediLicence(), 'to_seq'],
      ['?colour=red', ediLicence(), 'colour'],
    ];
    for (const [query, body, field] of CASES) {
      const res = await ctx.call('POST', `/v1/licences/${enc(EDI_ID)}/impact${query}`, { token: TOKENS.auditor, body });
      expect(res.status, `${query} ${field}`).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { field: string }).field).toBe(field);
    }
    expect(await ctx.services.log.count()).toBe(1);
    expect(await (ctx.services.licences as DbLicenceRegistry).revisions(EDI_ID)).toEqual([]);
  });
});

test('a replay over a fresh store (no decisions, seed not yet read) seeds and answers', async () => {
  const t = await freshLibsql();
  const c = await testApp({ store: t });
  try {
    const r = await impact(SEED_ID, seedContent(), '', TOKENS.admin, c);
    expect(r.licence).toMatchObject({ current_revision: seedLicence.revision, unchanged: true });
  } finally {
    await c.dispose();
  }
});
