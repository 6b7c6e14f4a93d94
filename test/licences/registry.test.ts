import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { coveredCategories } from '../../src/engine/licence.js';
import type { Licence } from '../../src/engine/types.js';
import { seedLicence } from '../../src/licences/seed.js';
import { DbLicenceRegistry, holderKey, LicenceIntegrityError } from '../../src/service/licences.js';
import { DRIVERS, type TestStore } from '../helpers/stores.js';
import { EDI_ID, ediLicence, SEED_ID, seedContent } from './registry-helpers.js';

const NOW = new Date('2026-11-29T04:00:00.000Z');
const registry = (t: TestStore) => new DbLicenceRegistry(t.store, SEED_ID, { seed: [seedLicence], clock: () => NOW });
const meta = { by: 'key_admin_test', at: NOW.toISOString() };

async function rowCount(t: TestStore): Promise<number> {
  const { sql } = await import('drizzle-orm');
  const rows = (await t.store.db.all(sql`SELECT count(*) AS n FROM licence_revisions`)) as { n: number }[];
  return Number(rows[0]!.n);
}

describe.each(DRIVERS)('licence registry on %s', (_name, fresh) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await fresh();
  });
  afterEach(async () => {
    await t.dispose();
  });

  test('the seed licence is there on first use, with the revision the code pins', async () => {
    expect(await rowCount(t)).toBe(0);
    const reg = registry(t);
    const l = await reg.get(SEED_ID);
    expect(l).toEqual(seedLicence);
    expect(await rowCount(t)).toBe(1);
    const [r] = await reg.revisions(SEED_ID);
    expect(r).toMatchObject({ number: 1, revision: seedLicence.revision, source: 'seed', createdBy: 'seed' });
  });

  test('seeding is idempotent across restarts and safe when several start at once', async () => {
    await Promise.all([registry(t), registry(t), registry(t), registry(t)].map((r) => r.ensureSeeded()));
    expect(await rowCount(t)).toBe(1);
    await registry(t).ensureSeeded(); // a restart
    expect(await rowCount(t)).toBe(1);
  });

  test('a seeded table is not seeded again once an admin has changed the licence', async () => {
    const reg = registry(t);
    await reg.register({ ...seedContent(), valid_until: '2032-01-29' }, meta);
    expect(await rowCount(t)).toBe(2);
    const restarted = registry(t);
    expect((await restarted.get(SEED_ID))!.valid_until).toBe('2032-01-29');
    expect(await rowCount(t)).toBe(2);
  });

  test('the same content is the same revision: registering it again writes nothing', async () => {
    const reg = registry(t);
    const again = await reg.register(seedContent(), meta);
    expect(again.created).toBe(false);
    expect(again.stored.revision).toBe(seedLicence.revision);
    // key order and a stale revision field do not matter: the hash is over canonical content
    const shuffled = Object.fromEntries(Object.entries(seedContent()).reverse()) as unknown as Licence;
    expect((await reg.register({ ...shuffled, revision: 'sha256:stale' } as Licence, meta)).created).toBe(false);
    expect(await rowCount(t)).toBe(1);
  });

  const CHANGES: [string, (l: Licence) => Licence][] = [
    ['valid_until', (l) => ({ ...l, valid_until: '2032-01-29' })],
    ['holder', (l) => ({ ...l, holder: l.holder + '分公司' })],
    ['an exclusion', (l) => ({ ...l, business: [{ ...l.business[0]!, excludes: ['B25-2'] }] })],
    ['a clause text', (l) => ({ ...l, clauses: l.clauses.map((c, i) => (i === 0 ? { ...c, text: c.text + '。' } : c)) })],
    ['a website', (l) => ({ ...l, websites: [...l.websites, { name: 'x', domain: 'example.cn', server_location: null, access_provider: null }] })],
    ['coverage', (l) => ({ ...l, coverage: '全国' })],
  ];
  test.each(CHANGES)('changing %s makes a new revision; the old one stays readable', async (_f, change) => {
    const reg = registry(t);
    const changed = change(seedContent());
    const r = await reg.register(changed, meta);
    expect(r.created).toBe(true);
    expect(r.stored).toMatchObject({ number: 2, source: 'api', createdBy: 'key_admin_test' });
    expect(r.stored.revision).not.toBe(seedLicence.revision);
    expect(r.previous!.revision).toBe(seedLicence.revision);
    expect((await reg.get(SEED_ID))!.revision).toBe(r.stored.revision);
    const old = await reg.revision(SEED_ID, 1);
    expect(old!.licence).toEqual(seedLicence);
    expect((await reg.revision(SEED_ID, seedLicence.revision))!.number).toBe(1);
    expect((await reg.revisions(SEED_ID)).map((x) => x.number)).toEqual([1, 2]);
  });

  test('returning to earlier content is a new revision with the earlier hash', async () => {
    const reg = registry(t);
    await reg.register({ ...seedContent(), valid_until: '2032-01-29' }, meta);
    const back = await reg.register(seedContent(), meta);
    expect(back.created).toBe(true);
    expect(back.stored).toMatchObject({ number: 3, revision: seedLicence.revision });
    expect((await reg.revision(SEED_ID, seedLicence.revision))!.number).toBe(3);
  });

  test('concurrent registrations of one licence each get their own number (two processes)', async () => {
    const a = registry(t);
    const b = registry(t);
    await a.ensureSeeded();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      (i % 2 ? a : b).register({ ...seedContent(), valid_until: `203${i}-01-29` }, meta)));
    expect(results.every((r) => r.created)).toBe(true);
    const numbers = (await registry(t).revisions(SEED_ID)).map((r) => r.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('the table is append-only: UPDATE and DELETE are refused', async () => {
    await registry(t).ensureSeeded();
    await expect(t.raw(`UPDATE licence_revisions SET valid_until = '2099-01-01'`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`DELETE FROM licence_revisions`)).rejects.toThrow(/append-only/);
    expect(await rowCount(t)).toBe(1);
    expect((await registry(t).get(SEED_ID))!.valid_until).toBe(seedLicence.valid_until);
  });

  test('a row whose content no longer hashes to its revision is refused, not used', async () => {
    await registry(t).ensureSeeded();
    await t.raw('DROP TRIGGER licence_revisions_no_update');
    await t.raw(`UPDATE licence_revisions SET body = replace(body, '2027-01-29', '2099-01-29')`);
    await expect(registry(t).get(SEED_ID)).rejects.toThrow(LicenceIntegrityError);
  });

  test('licences are held together by holder, brackets of either width; another holder is not', async () => {
    const reg = registry(t);
    await reg.register(ediLicence(), meta);
    await reg.register(ediLicence({ id: 'B2-99999999', number: 'B2-99999999', holder: '杭州小集网络科技有限公司' }), meta);
    expect((await reg.heldWith(SEED_ID)).map((l) => l.id)).toEqual([SEED_ID, EDI_ID]);
    expect((await reg.heldWith(EDI_ID)).map((l) => l.id)).toEqual([EDI_ID, SEED_ID]);
    expect((await reg.heldWith('B2-99999999')).map((l) => l.id)).toEqual(['B2-99999999']);
    expect(await reg.heldWith('nope')).toEqual([]);
    expect(holderKey('好美信息技术（北京）有限公司')).toBe(holderKey('好美信息技术(北京) 有限公司'));
  });

  test('a B25 business naming the sub-types it grants (includes) covers only those', async () => {
    const reg = registry(t);
    const narrow = {
      ...seedContent(), id: '京B2-20230001', number: '京B2-20230001',
      business: [{ code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: [], includes: ['B25-1'], text: '信息服务业务（仅限互联网信息服务）（信息发布平台和递送服务）' }],
    } as unknown as Licence;
    const r = await reg.register(narrow, meta);
    expect(r.stored.licence.business[0]).toHaveProperty('includes', ['B25-1']); // stored as registered
    expect(coveredCategories((await reg.get('京B2-20230001'))!)).toEqual(['B25-1']);
  });
});
