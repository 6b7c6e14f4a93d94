import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DecisionLog, GENESIS_HASH } from '../../src/storage/log.js';
import { entry } from '../helpers/entries.js';
import { DRIVERS, type TestStore } from '../helpers/stores.js';

describe.each(DRIVERS)('decision log on %s', (_name, fresh) => {
  let t: TestStore;
  let log: DecisionLog;
  beforeEach(async () => {
    t = await fresh();
    log = new DecisionLog(t.store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  test('an appended entry reads back whole, chained to the genesis hash', async () => {
    const e = entry({ verdict: 'rejected', answer: { verdict: 'rejected', reasons: [{ kind: 'out_of_scope' }] } });
    const r = await log.append(e);
    expect(r).toMatchObject({ kind: 'appended', seq: 1 });
    const row = await log.get(e.id);
    expect(row).toMatchObject({ seq: 1, verdict: 'rejected', prevHash: GENESIS_HASH, requester: 'key_submitter_abc' });
    expect(JSON.parse(row!.answer)).toEqual(e.answer);
    expect(JSON.parse(row!.request)).toEqual(e.request);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 1, first_broken: null });
  });

  test('concurrent appends get a gap-free sequence and a valid chain', async () => {
    const inputs = Array.from({ length: 120 }, () => entry());
    const results = await Promise.all(inputs.map((i) => log.append(i)));
    const seqs = results.map((r) => (r.kind === 'appended' ? r.seq : -1)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 120 });
  });

  test('two writers on one database (two isolates) never fork or skip the chain', async () => {
    const other = new DecisionLog(t.store);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? log : other).append(entry())));
    expect(results.every((r) => r.kind === 'appended')).toBe(true);
    const report = await log.verify();
    expect(report).toMatchObject({ ok: true, entries: 60 });
  });

  test('the schema refuses UPDATE and DELETE on the log', async () => {
    const e = entry();
    await log.append(e);
    await expect(t.raw(`UPDATE decisions SET verdict = 'rejected' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`DELETE FROM decisions WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`DELETE FROM decision_tags`)).rejects.toThrow(/append-only/);
    expect((await log.get(e.id))!.verdict).toBe('allowed');
  });

  test('verify names an entry edited behind the triggers\' back', async () => {
    for (let i = 0; i < 5; i++) await log.append(entry());
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET verdict = 'allowed', answer = '{"verdict":"allowed","x":1}' WHERE seq = 3`);
    const report = await log.verify();
    expect(report.ok).toBe(false);
    expect(report.first_broken).toMatchObject({ seq: 3, reason: expect.stringMatching(/entry_hash/) });
  });

  test('verify names a deleted entry as a gap', async () => {
    for (let i = 0; i < 5; i++) await log.append(entry());
    await t.raw(`DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq = 2`);
    const report = await log.verify();
    expect(report).toMatchObject({ ok: false, first_broken: { seq: 2, reason: expect.stringMatching(/missing/) } });
  });

  test('text with lone surrogates is hashed as stored (U+FFFD), so the chain still verifies', async () => {
    await log.append(entry({ title: 'a\ud800b \ud83d\ude00 c\udc00', team: 'x\udbff', repo: null }));
    await log.append(entry());
    expect(await log.verify()).toMatchObject({ ok: true, entries: 2 });
    expect((await log.range(1, 1))[0]).toMatchObject({ title: 'a\ufffdb \ud83d\ude00 c\ufffd', team: 'x\ufffd' });
  });

  test('a verified range checks only that range, anchored on the entry before it', async () => {
    for (let i = 0; i < 6; i++) await log.append(entry());
    expect(await log.verify(3, 5)).toMatchObject({ ok: true, entries: 3, from_seq: 3, to_seq: 5 });
  });

  test('one idempotency key under concurrency makes exactly one entry', async () => {
    const e = entry({ idempotencyKey: 'k-1' });
    const results = await Promise.all(Array.from({ length: 10 }, () => log.append({ ...e, id: e.id + Math.random() })));
    expect(results.filter((r) => r.kind === 'appended')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'existing')).toHaveLength(9);
    expect(await log.count()).toBe(1);
    const again = await log.append({ ...e, id: 'dec_other' });
    expect(again.kind).toBe('existing');
    expect(await log.count()).toBe(1);
  });

  test('list filters by verdict, category, approval, team and text, newest first', async () => {
    await log.append(entry({ verdict: 'rejected', tags: [{ kind: 'category', code: 'B25-4' }], title: '私信 v1' }));
    await log.append(entry({ verdict: 'allowed', team: 'content', tags: [{ kind: 'category', code: 'B25-1' }] }));
    await log.append(entry({ verdict: 'rejected', tags: [{ kind: 'approval', code: 'news' }], repo: 'web' }));
    const all = await log.list({ limit: 10 });
    expect(all.map((r) => r.seq)).toEqual([3, 2, 1]);
    expect((await log.list({ verdict: 'rejected', limit: 10 })).map((r) => r.seq)).toEqual([3, 1]);
    expect((await log.list({ category: 'B25-4', limit: 10 })).map((r) => r.seq)).toEqual([1]);
    expect((await log.list({ approval: 'news', limit: 10 })).map((r) => r.seq)).toEqual([3]);
    expect((await log.list({ team: 'content', limit: 10 })).map((r) => r.seq)).toEqual([2]);
    expect((await log.list({ repo: 'web', limit: 10 })).map((r) => r.seq)).toEqual([3]);
    expect((await log.list({ q: '私信', limit: 10 })).map((r) => r.seq)).toEqual([1]);
    expect((await log.list({ q: '100%', limit: 10 }))).toEqual([]);
  });

  test('paging below a cursor is stable while new entries arrive', async () => {
    for (let i = 0; i < 5; i++) await log.append(entry());
    const first = await log.list({ limit: 2 });
    expect(first.map((r) => r.seq)).toEqual([5, 4]);
    await log.append(entry());
    await log.append(entry());
    const second = await log.list({ limit: 2, beforeSeq: first[1]!.seq });
    expect(second.map((r) => r.seq)).toEqual([3, 2]);
  });

  test('date filters bound created_at, a bare `to` date including that whole day', async () => {
    await log.append(entry({ createdAt: '2026-01-10T08:00:00.000Z' }));
    await log.append(entry({ createdAt: '2026-02-10T23:30:00.000Z' }));
    await log.append(entry({ createdAt: '2026-03-10T08:00:00.000Z' }));
    expect((await log.list({ from: '2026-02-01', to: '2026-02-10', limit: 10 })).map((r) => r.seq)).toEqual([2]);
  });
});
