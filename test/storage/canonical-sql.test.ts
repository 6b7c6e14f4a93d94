import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CANONICAL_PAGE_SQL, CANONICAL_SQL, entryHashOfCanonicalBytes, hashCanonicalPage } from '../../src/storage/hash.js';
import { DecisionLog, entryHashOfValues } from '../../src/storage/log.js';
import { entry } from '../helpers/entries.js';
import { DRIVERS, freshLibsql, type TestStore } from '../helpers/stores.js';

/** Every character class JSON escaping treats differently, and some it must leave alone. */
const TRICKY = [
  'plain', '', 'quote " and backslash \\ and both \\"', 'controls \u0000\u0001\u0007\b\t\n\u000b\f\r\u001f end',
  'DEL \u007f, U+2028 \u2028 U+2029 \u2029, BOM \ufeff, NBSP \u00a0', '中文 私信 「引号」 and emoji 😀👩‍💻', "single ' quote",
  '\\u0041 looks like an escape', '</script>', 'a'.repeat(5000) + '"' + '中'.repeat(3000),
];

describe('the canonical text built in SQL (libSQL fast path of verification)', () => {
  let t: TestStore;
  let log: DecisionLog;
  beforeEach(async () => {
    t = await freshLibsql();
    log = new DecisionLog(t.store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  /** Every entry's hash by the general path (JS canonical JSON), from the raw hashed columns. */
  async function general(): Promise<string[]> {
    return (await log.hashedRange(1, 1000)).map((r) => entryHashOfValues(r)!);
  }

  test('hashes byte-identically to the general path for every kind of character', async () => {
    for (const s of TRICKY) {
      await log.append(entry({ title: s.slice(0, 200) || 'x', team: s.slice(0, 50), repo: null, answer: { text: s, verdict: 'allowed' }, request: { feature: { title: s } } }));
    }
    const fast = await log.checkedRange(1, 1000);
    // Each entry went through SQL (none fell back) and hashes as the general path does.
    const rows = await t.store.rows(`SELECT ${CANONICAL_SQL} FROM decisions ORDER BY seq`);
    expect(rows.every((r) => entryHashOfCanonicalBytes(r[0]) !== null)).toBe(true);
    // The SQL path hashes what is stored, as the writer hashed it…
    expect(fast.every((e) => e.computed === e.entryHash)).toBe(true);
    // …and so does the general path, except where the libSQL driver reads text short: it cuts a
    // text value at its first NUL (entry 4's title and team), which the SQL path does not.
    const gen = await general();
    expect(fast.map((e, i) => (e.computed === gen[i] ? 'same' : e.seq))).toEqual(TRICKY.map((_, i) => (i === 3 ? 4 : 'same')));
    expect(await log.verify()).toMatchObject({ ok: true, entries: TRICKY.length });
  });

  test('rows only tampering makes (invalid UTF-8, a BLOB, a REAL, a number as text) fall back to the general path', async () => {
    for (let i = 0; i < 6; i++) await log.append(entry());
    await t.raw([
      'DROP TRIGGER decisions_no_update',
      `UPDATE decisions SET title = CAST(X'e4b8' AS TEXT) || '"x' WHERE seq = 2`, // truncated UTF-8 sequence before a quote
      `UPDATE decisions SET answer = X'7b7d' WHERE seq = 3`, // a BLOB
      `UPDATE decisions SET team = CAST(X'eda080' AS TEXT) WHERE seq = 4`, // an encoded lone surrogate
      `UPDATE decisions SET masked = CAST(X'c0af' AS TEXT) WHERE seq = 5`, // an overlong encoding
    ].join('; '));
    const rows = await t.store.rows(`SELECT seq, ${CANONICAL_SQL} FROM decisions ORDER BY seq`);
    expect(rows.filter((r) => entryHashOfCanonicalBytes(r[1]) === null).map((r) => Number(r[0]))).toEqual([2, 3, 4, 5]);
    // The general path for the rows that read as text (the libSQL driver aborts the process on text
    // that is not well-formed UTF-8, so those are never read as text: they cannot match).
    const checked = await log.checkedRange(1, 1000);
    const [blobRow] = await log.hashedRange(3, 1, 3);
    expect(checked.map((e) => e.computed)).toEqual([checked[0]!.entryHash, '', entryHashOfValues(blobRow!), '', '', checked[5]!.entryHash]);
    expect(checked.filter((e) => e.computed !== e.entryHash).map((e) => e.seq)).toEqual([2, 3, 4, 5]);
    expect(await log.verify()).toMatchObject({ ok: false, first_broken: { seq: 2, reason: expect.stringMatching(/entry_hash/) } });
    expect(await log.verify(3)).toMatchObject({ ok: false, first_broken: { seq: 3, reason: expect.stringMatching(/entry_hash/) } });
  });
});

describe('a page of canonical texts in one BLOB (CANONICAL_PAGE_SQL, hashCanonicalPage)', () => {
  let t: TestStore;
  let log: DecisionLog;
  beforeEach(async () => {
    t = await freshLibsql();
    log = new DecisionLog(t.store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const page = async (from: number, to: number, limit: number) => {
    const [r] = await t.store.rows(CANONICAL_PAGE_SQL, [from, to, limit]);
    return hashCanonicalPage(r![0], r![1]);
  };

  test('cuts the texts where each entry\'s ends and hashes each as the row-by-row SQL does', async () => {
    for (const s of TRICKY) {
      await log.append(entry({ title: s.slice(0, 200) || 'x', team: s.slice(0, 50), repo: null, answer: { text: s, verdict: 'allowed' }, request: { feature: { title: s } } }));
    }
    const rows = await t.store.rows(`SELECT seq, id, prev_hash, entry_hash, ${CANONICAL_SQL} FROM decisions ORDER BY seq`);
    const p = await page(1, 1000, 1000);
    expect(p).toEqual(rows.map((r) => ({ seq: Number(r[0]), id: r[1], prevHash: r[2], entryHash: r[3], computed: entryHashOfCanonicalBytes(r[4]) })));
    expect(p!.every((e) => e.computed === e.entryHash)).toBe(true);
    // Bounds and limit as the row-by-row SELECT has them; an empty page is empty, not unreadable.
    expect((await page(3, 7, 2))!.map((e) => e.seq)).toEqual([3, 4]);
    expect((await page(5, 6, 100))!.map((e) => e.seq)).toEqual([5, 6]);
    expect(await page(500, 600, 10)).toEqual([]);
  });

  test('one byte changed inside a 6 KB answer: that entry, and only it, no longer hashes to its stored hash', async () => {
    const big = JSON.stringify({ text: '审查 "quoted" \\ '.repeat(400) });
    expect(big.length).toBeGreaterThan(6000);
    for (let i = 0; i < 5; i++) await log.append(entry({ answerJson: big }));
    // The same length, one ASCII byte different, deep inside the column (past the first overflow page).
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET answer = substr(answer, 1, 5000) || 'X' || substr(answer, 5002) WHERE seq = 3`);
    const [changed] = await t.store.rows('SELECT length(CAST(answer AS BLOB)) = ?, substr(answer, 5001, 1) FROM decisions WHERE seq = 3', [Buffer.byteLength(big)]);
    expect(Array.from(changed!)).toEqual([1, 'X']);
    const p = await page(1, 1000, 1000);
    // Read through the page (nothing left to the general path), and it names entry 3.
    expect(p!.every((e) => e.computed !== null)).toBe(true);
    expect(p!.filter((e) => e.computed !== e.entryHash).map((e) => e.seq)).toEqual([3]);
    expect(await log.verify()).toMatchObject({ ok: false, entries: 2, first_broken: { seq: 3, reason: expect.stringMatching(/entry_hash/) } });
  });

  test('a text that is not well-formed UTF-8 leaves that entry to the general path, the rest of its page hashed', async () => {
    for (let i = 0; i < 4; i++) await log.append(entry());
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET title = CAST(X'e4b8' AS TEXT) WHERE seq = 2`);
    const p = await page(1, 100, 100);
    expect(p!.map((e) => (e.computed === null ? null : e.computed === e.entryHash))).toEqual([true, null, true, true]);
  });

  test('meta that cannot be trusted (not UTF-8, not JSON, lengths that do not add up) makes the page unreadable, never mis-cut', () => {
    const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const texts = new TextEncoder().encode('a\n{}b\n{}');
    expect(hashCanonicalPage(json([[1, 'x', 'p', 'h', 4], [2, 'y', 'q', 'i', 4]]), texts)).toHaveLength(2);
    expect(hashCanonicalPage(new Uint8Array([0x5b, 0xe4, 0xb8, 0x5d]), texts)).toBeNull();
    expect(hashCanonicalPage(json({ a: 1 }), texts)).toBeNull();
    expect(hashCanonicalPage(json([[1, 'x', 'p', 'h', 4], [2, 'y', 'q', 'i', 5]]), texts)).toBeNull();
    expect(hashCanonicalPage(json([[1, 'x', 'p', 'h', 4], [2, 'y', 'q', 'i', 3]]), texts)).toBeNull();
    expect(hashCanonicalPage(json([[1, 'x', 'p', 'h', 0], [2, 'y', 'q', 'i', 8]]), texts)).toBeNull();
    expect(hashCanonicalPage(json([[1, 'x', 'p', 'h', 4.5], [2, 'y', 'q', 'i', 3.5]]), texts)).toBeNull();
    expect(hashCanonicalPage(null, texts)).toBeNull();
  });
});

describe.each(DRIVERS)('checkedRange on %s', (_name, fresh) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await fresh();
  });
  afterEach(async () => {
    await t.dispose();
  });

  test('recomputes each entry\'s stored hash, and names an edited one', async () => {
    const log = new DecisionLog(t.store);
    for (const s of TRICKY.slice(0, 6)) await log.append(entry({ title: s || 'x', answer: { text: s } }));
    const ok = await log.checkedRange(2, 3);
    expect(ok.map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(ok.every((e) => e.computed === e.entryHash)).toBe(true);
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET verdict = 'rejected' WHERE seq = 3`);
    const bad = await log.checkedRange(1, 10);
    expect(bad.filter((e) => e.computed !== e.entryHash).map((e) => e.seq)).toEqual([3]);
  });
});
