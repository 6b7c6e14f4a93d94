import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/engine/canonical.js';
import { DecisionLog, driverCountQuery, entryHash, hashedFields, listDrivers, listQuery, type AppendInput, type ListFilter } from '../../src/storage/log.js';
import { freshLibsql, type TestStore } from '../helpers/stores.js';

/**
 * The log's filters: the rows `list` returns are exactly those a plain filter of the whole log
 * gives (every combination the API offers, with cursor paging), and the query plans stay on
 * indexes (no SCAN of decisions) for the indexed filters, so they stay fast at a million entries.
 */
const VERDICTS = ['allowed', 'rejected', 'needs_review'];
const TEAMS = ['mall', 'search', 'im', null];
const REPOS = ['app', 'web', null];
const CATS = ['B25-1', 'B25-3', 'B25-4', 'B26'];
const APPRS = ['news', 'audiovisual', 'education'];

let rnd = 7;
const rand = () => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)]!;

interface Made { seq: number; verdict: string; team: string | null; repo: string | null; createdAt: string; tags: string[]; requester: string }

let t: TestStore;
let log: DecisionLog;
const made: Made[] = [];

beforeAll(async () => {
  t = await freshLibsql();
  log = new DecisionLog(t.store);
  let time = Date.UTC(2026, 0, 1);
  for (let i = 1; i <= 400; i++) {
    time += Math.floor(rand() * 6 * 3600_000);
    const tags = [...new Set([pick(CATS), ...(rand() < 0.5 ? [pick(CATS)] : []), ...(rand() < 0.4 ? [pick(APPRS)] : [])])];
    const m: Made = { seq: i, verdict: pick(VERDICTS), team: pick(TEAMS), repo: pick(REPOS), createdAt: new Date(time).toISOString(), tags, requester: pick(['key_a', 'key_b']) };
    made.push(m);
    const input: AppendInput = {
      id: 'dec_' + i, createdAt: m.createdAt, requestId: 'req_' + i, requester: m.requester, idempotencyKey: null,
      requestHash: 'h', verdict: m.verdict, licenceId: 'L', licenceRevision: 'r', rulesetRevision: 'r', team: m.team, repo: m.repo,
      title: 'feature ' + i, launchDate: '2026-12-01', request: { feature: { title: 'feature ' + i } }, answer: { verdict: m.verdict, n: i },
      masked: [], tags: tags.map((code) => ({ kind: APPRS.includes(code) ? 'approval' : 'category', code })),
    };
    await log.append(input);
  }
}, 60_000);
afterAll(async () => t.dispose());

function expected(f: ListFilter): number[] {
  const to = f.to && (f.to.length === 10 ? f.to + 'T23:59:59.999Z' : f.to);
  return made.filter((m) =>
    (!f.verdict || m.verdict === f.verdict) && (!f.team || m.team === f.team) && (!f.repo || m.repo === f.repo)
    && (!f.requester || m.requester === f.requester)
    && (!f.category || m.tags.includes(f.category)) && (!f.approval || m.tags.includes(f.approval))
    && (!f.from || m.createdAt >= f.from) && (!to || (f.to!.length === 10 ? m.createdAt <= to : m.createdAt < to)),
  ).map((m) => m.seq).sort((a, b) => b - a);
}

const FILTERS: Omit<ListFilter, 'limit'>[] = [
  {}, { verdict: 'rejected' }, { team: 'mall' }, { repo: 'web' }, { requester: 'key_b' }, { category: 'B25-1' }, { approval: 'news' },
  { from: '2026-02-01', to: '2026-02-20' }, { from: '2026-02-01T06:00:00.000Z' }, { to: '2026-01-20' },
  { verdict: 'rejected', team: 'search' }, { verdict: 'needs_review', from: '2026-01-15', to: '2026-03-01' },
  { category: 'B25-3', team: 'im' }, { category: 'B26', team: 'mall', from: '2026-01-10', to: '2026-03-10' },
  { approval: 'news', verdict: 'rejected', repo: 'app' }, { team: 'search', repo: 'web', from: '2026-01-05', to: '2026-02-25' },
  { category: 'B25-4', approval: 'education' }, { team: 'nobody' }, { from: '2030-01-01' },
];

describe('DecisionLog.list over 400 entries', () => {
  test.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s: the same rows as a plain filter, paged by cursor', async (_n, f) => {
    const want = expected({ ...f, limit: 0 });
    const got: number[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await log.list({ ...f, limit: 7, ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
      got.push(...page.map((r) => r.seq));
      if (page.length < 7) break;
      beforeSeq = page[page.length - 1]!.seq;
    }
    expect(got).toEqual(want);
    const asc = await log.list({ ...f, limit: 5, order: 'asc', afterSeq: 10 });
    expect(asc.map((r) => r.seq)).toEqual(want.filter((s) => s > 10).sort((a, b) => a - b).slice(0, 5));
  });

  test('rows read back exactly as stored (every column, drizzle names)', async () => {
    const [row] = await log.list({ limit: 1 });
    expect(row).toEqual(await log.get(row!.id));
  });

  const INDEXED = FILTERS.filter((f) => Object.keys(f).length);
  /** Every driver `list` may choose for a filter (at scale any of them can have the fewest postings). */
  const driven = INDEXED.flatMap((f) => [null, ...listDrivers({ ...f, limit: 0 })].filter((d, i, all) => i > 0 || all.length === 1)
    .map((d) => [JSON.stringify(f) + ' driven by ' + JSON.stringify(d), f, d] as const));

  test.each(driven)('%s: no SCAN of decisions, no sort of the matches', async (_n, f, d) => {
    const q = listQuery({ ...f, limit: 51, beforeSeq: 300 }, d);
    const plan = (await t.store.rows('EXPLAIN QUERY PLAN ' + q.sql, q.args)).map((r) => String(r[3]));
    const text = plan.join('; ');
    expect(text).not.toMatch(/SCAN (decisions|e|f|d)\b(?! USING COVERING INDEX decisions_filter)/);
    expect(text).not.toMatch(/LIST SUBQUERY \d+; SEARCH decision_tags/);
    // The only sort is of the page's own ≤ 51 seqs (the outer IN list), never of all matches.
    expect(plan.filter((p) => /TEMP B-TREE/.test(p)).length).toBeLessThanOrEqual(1);
  });

  test.each(driven)('%s: the same rows whichever filter drives', async (_n, f, d) => {
    const q = listQuery({ ...f, limit: 1000 }, d);
    expect((await t.store.rows(q.sql, q.args)).map((r) => Number(r[0]))).toEqual(expected({ ...f, limit: 0 }));
  });

  test('list drives from the filter with the fewest postings', async () => {
    // team=nobody has none: it drives, instead of testing every B25-1 posting for it.
    expect((await log.listQuery({ category: 'B25-1', team: 'nobody', limit: 51 })).driver).toEqual({ column: 'team' });
    expect((await log.listQuery({ verdict: 'rejected', approval: 'education', limit: 51 })).driver).toEqual({ tag: 'approval' });
    const counts = driverCountQuery({ category: 'B25-1', team: 'mall', from: '2026-02-01', limit: 51 }, [{ tag: 'category' }, { column: 'team' }]);
    const [row] = await t.store.rows(counts.sql, counts.args);
    const from = made.filter((m) => m.createdAt >= '2026-02-01');
    expect([Number(row![0]), Number(row![1])]).toEqual([from.filter((m) => m.tags.includes('B25-1')).length, from.filter((m) => m.team === 'mall').length]);
  });
});

describe('entry hashes', () => {
  test('the fast path is byte-identical to sha256(prev + "\\n" + canonicalJson(fields)) on @noble', () => {
    const rows = [
      { seq: 1, id: 'dec_1', createdAt: '2026-01-01T00:00:00.000Z', requestId: 'r', requester: 'k', idempotencyKey: null, requestHash: 'h', verdict: 'allowed',
        licenceId: '京B2-20224676', licenceRevision: 'sha256:x', rulesetRevision: 'sha256:y', team: null, repo: 'a"b\\c', title: '私信 “quotes” \u2028 😀',
        launchDate: '2026-12-01', request: '{"a":"\\u0000"}', answer: '{"z":1,"a":[1,2]}', masked: '[]', prevHash: '0'.repeat(64) },
      { seq: 123456, id: 'dec_2', createdAt: 'x', requestId: '', requester: '', idempotencyKey: 'idem', requestHash: '', verdict: '', licenceId: '',
        licenceRevision: '', rulesetRevision: '', team: 't', repo: null, title: '\ud800 lone surrogate', launchDate: '', request: '', answer: '', masked: '', prevHash: 'f'.repeat(64) },
    ];
    for (const r of rows) expect(entryHash(r)).toBe(sha256Hex(r.prevHash + '\n' + canonicalJson(hashedFields(r))));
  });
});
