import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PAGE_COLUMNS } from '../../src/storage/canonical-page.mjs';
import { CANONICAL_PAGE_SQL, CANONICAL_SQL, entryHashOfCanonicalBytes, hashCanonicalPage, HASHED_COLUMNS_SORTED } from '../../src/storage/hash.js';
import { byteEscaper } from '../../src/storage/json-escape.mjs';
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

describe('a page of entries as their columns\' bytes in one BLOB (CANONICAL_PAGE_SQL, hashCanonicalPage)', () => {
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

  test('an id, prev_hash or entry_hash that is not well-formed UTF-8 is cut from the bytes (never read as text: the driver aborts on it), its entry left to the general path', async () => {
    for (let i = 0; i < 5; i++) await log.append(entry());
    await t.raw([
      'DROP TRIGGER decisions_no_update',
      `UPDATE decisions SET id = CAST(X'e4b8' AS TEXT) WHERE seq = 2`,
      `UPDATE decisions SET prev_hash = CAST(CAST(prev_hash AS BLOB) || X'80' AS TEXT) WHERE seq = 3`,
      `UPDATE decisions SET entry_hash = CAST(X'c0af' AS TEXT) WHERE seq = 4`,
    ].join('; '));
    const p = await page(1, 100, 100);
    expect(p!.map((e) => [e.seq, e.computed === null])).toEqual([[1, false], [2, true], [3, true], [4, true], [5, false]]);
    expect(p![1]!.id).toBe('\ufffd');
    expect(p![3]!.entryHash).toBe('\ufffd\ufffd');
    expect(await log.verify()).toMatchObject({ ok: false, first_broken: { seq: 2, id: '\ufffd', reason: expect.stringMatching(/entry_hash/) } });
    expect(await log.verify(3)).toMatchObject({ ok: false, first_broken: { seq: 3, reason: expect.stringMatching(/prev_hash/) } });
    expect(await log.verify(4)).toMatchObject({ ok: false, first_broken: { seq: 4, reason: expect.stringMatching(/entry_hash/) } });
  });

  test('meta that cannot be trusted (not UTF-8, not JSON, lengths that do not add up) makes the page unreadable, never mis-cut', () => {
    const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    // Two entries of the writer's types: every column 1 byte but entry_hash (2) and the NULL team.
    const lengths = PAGE_COLUMNS.map((c) => (c === 'team' ? null : c === 'entry_hash' ? 2 : 1));
    const bytes = PAGE_COLUMNS.length + 1 - 1; // 17 single bytes + 2 for entry_hash
    const raw = new TextEncoder().encode('x'.repeat(2 * bytes));
    const good = [[1, ...lengths], [2, ...lengths]];
    expect(hashCanonicalPage(json(good), raw)).toHaveLength(2);
    expect(hashCanonicalPage(json(good), raw)!.map((e) => [e.id, e.prevHash, e.entryHash])).toEqual([['x', 'x', 'xx'], ['x', 'x', 'xx']]);
    // An entry not of the writer's types brings its id and hashes; its bytes are skipped.
    const other = [[1, ...lengths, 'i', 'p', 'h'], [2, ...lengths]];
    expect(hashCanonicalPage(json(other), raw)!.map((e) => [e.seq, e.id, e.prevHash, e.entryHash, e.computed === null])).toEqual([[1, 'i', 'p', 'h', true], [2, 'x', 'x', 'xx', false]]);
    expect(hashCanonicalPage(new Uint8Array([0x5b, 0xe4, 0xb8, 0x5d]), raw)).toBeNull();
    expect(hashCanonicalPage(json({ a: 1 }), raw)).toBeNull();
    expect(hashCanonicalPage(json([[1, ...lengths], [2, ...lengths.slice(1)]]), raw)).toBeNull(); // one length short
    expect(hashCanonicalPage(json([[1, ...lengths], [2, ...lengths, 'i', 'p']]), raw)).toBeNull();
    expect(hashCanonicalPage(json([[1, ...lengths], ['2', ...lengths]]), raw)).toBeNull();
    expect(hashCanonicalPage(json([[1, ...lengths], [2, 2, ...lengths.slice(1)]]), raw)).toBeNull(); // adds up to one more
    expect(hashCanonicalPage(json([[1, ...lengths], [2, 0, ...lengths.slice(1)]]), raw)).toBeNull(); // one fewer
    expect(hashCanonicalPage(json([[1, 0.5, ...lengths.slice(1)], [2, 1.5, ...lengths.slice(1)]]), raw)).toBeNull();
    expect(hashCanonicalPage(json([[1, -1, ...lengths.slice(1)], [2, 3, ...lengths.slice(1)]]), raw)).toBeNull();
    expect(hashCanonicalPage(json([[2 ** 53, ...lengths], [2, ...lengths]]), raw)).toBeNull(); // seq not exact
    const noPrev = lengths.map((l, i) => (PAGE_COLUMNS[i] === 'prev_hash' ? null : PAGE_COLUMNS[i] === 'answer' ? 2 : l));
    expect(hashCanonicalPage(json([[1, ...noPrev], [2, ...lengths]]), raw)).toBeNull(); // a writer's row has a prev_hash
    expect(hashCanonicalPage(null, raw)).toBeNull();
  });

  test('checkedRange reads on past gaps as a LIMIT would (the page SQL reads a range of seqs), across its pages of 256', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 400; i++) await log.append(entry());
    await t.raw(`DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq IN (3, 4, 5, 256, 257, 300) OR seq > 350`);
    const SEQ = HASHED_COLUMNS_SORTED.indexOf('seq');
    for (const [from, limit, to] of [[1, 10], [1, 1000], [2, 255], [250, 20], [1, 300, 320], [255, 2], [258, 5], [340, 100], [351, 10], [3, 3, 5]] as [number, number, number?][]) {
      const got = await log.checkedRange(from, limit, to);
      expect(got.map((e) => e.seq)).toEqual((await log.hashedRange(from, limit, to)).map((r) => Number(r[SEQ])));
      expect(got.every((e) => e.computed === e.entryHash)).toBe(true);
    }
    expect(await log.verify()).toMatchObject({ ok: false, first_broken: { seq: 3, reason: 'entry 3 is missing (next present is 6)' } });
    expect(await log.verify(6, 255)).toMatchObject({ ok: true, entries: 250 });
    expect(await log.verify(258)).toMatchObject({ ok: false, first_broken: { seq: 300, reason: 'entry 300 is missing (next present is 301)' } });
  });

  test('two values that each hold half of a character (the page as a whole well-formed) leave that entry to the general path', async () => {
    for (let i = 0; i < 3; i++) await log.append(entry());
    // team and title are neighbours in the page's bytes: e4 b8 | ad is 中 across the two.
    expect(PAGE_COLUMNS.indexOf('title')).toBe(PAGE_COLUMNS.indexOf('team') + 1);
    await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET team = CAST(X'e4b8' AS TEXT), title = CAST(X'ad' AS TEXT) || 'x' WHERE seq = 2`);
    const [r] = await t.store.rows(CANONICAL_PAGE_SQL, [1, 100, 100]);
    expect(Buffer.from(r![1] as ArrayBuffer).includes(Buffer.from([0xe4, 0xb8, 0xad, 0x78]))).toBe(true);
    const p = hashCanonicalPage(r![0], r![1]);
    expect(p!.map((e) => (e.computed === null ? null : e.computed === e.entryHash))).toEqual([true, null, true]);
    expect(await log.verify()).toMatchObject({ ok: false, first_broken: { seq: 2, reason: expect.stringMatching(/entry_hash/) } });
  });
});

describe('the page path against the general path, over random rows the writer makes', () => {
  let t: TestStore;
  let log: DecisionLog;
  beforeEach(async () => {
    t = await freshLibsql();
    log = new DecisionLog(t.store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  /** Every character class the canonical text treats differently, and some it must leave alone (lone surrogates: the writer stores U+FFFD). */
  const ALPHABET = [
    ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '"', '\\', '/', "'", '\u007f', '\u0080', '\u2028', '\u2029',
    '\ufeff', '中', '「', '😀', '👩‍💻', '\ud800', '\udfff', 'a', ' ', '{', ':', 'x'.repeat(20), '\\"'.repeat(5),
  ];
  /** A seeded generator (mulberry32), so that a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  test('300 entries of random strings (every control, quotes, backslashes, U+2028/2029, astral, empty, NULLs): each page hash equals the stored hash and entryHashOfValues, with either escaper', { timeout: 60_000 }, async () => {
    const r = random(8);
    const str = (max: number) => {
      let s = '';
      const len = Math.floor(r() * max);
      while (s.length < len) s += ALPHABET[Math.floor(r() * ALPHABET.length)]!;
      return s;
    };
    const maybe = (max: number) => (r() < 0.3 ? null : r() < 0.2 ? '' : str(max));
    for (let n = 0; n < 300; n++) {
      const s = str(n % 10 === 0 ? 3000 : 120);
      await log.append(entry({
        title: str(40), team: maybe(20), repo: maybe(20), idempotencyKey: r() < 0.5 ? null : `k${n}${str(10)}`,
        requester: r() < 0.1 ? '' : 'key_' + str(8), verdict: str(8), launchDate: str(12),
        answer: { text: s, verdict: 'allowed' }, request: { feature: { title: s, description: str(200) } }, masked: r() < 0.5 ? [] : [str(10)],
      }));
    }
    // The general path from the stored bytes (read as BLOBs: the driver cuts text at a NUL; a
    // decoder keeps a leading U+FEFF only when told to).
    const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const cols = HASHED_COLUMNS_SORTED.map((c) => `typeof(${c}), CASE WHEN typeof(${c}) = 'text' THEN CAST(${c} AS BLOB) ELSE ${c} END`);
    const general = (await t.store.rows(`SELECT ${cols.join(', ')}, entry_hash FROM decisions ORDER BY seq`)).map((row) => {
      const values = HASHED_COLUMNS_SORTED.map((_, i) => (row[2 * i] === 'text' ? STRICT.decode(new Uint8Array(row[2 * i + 1] as ArrayBuffer)) : row[2 * i + 1]));
      return { general: entryHashOfValues(values), stored: row[row.length - 1] };
    });
    expect(general.filter((g) => g.general !== g.stored)).toEqual([]);
    const js = byteEscaper({ wasm: false });
    for (const escaper of [undefined, js]) {
      const computed: (string | null)[] = [];
      for (let from = 1; from <= 300; from += 16) {
        const [row] = await t.store.rows(CANONICAL_PAGE_SQL, [from, 300, 16]);
        for (const e of hashCanonicalPage(row![0], row![1], escaper)!) computed.push(e.computed);
      }
      expect(computed).toEqual(general.map((g) => g.stored));
    }
    expect((await log.checkedRange(1, 1000)).every((e) => e.computed === e.entryHash)).toBe(true);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 300 });
  });

  test('columns of types the writer never stores (a table without its declared types): the page leaves exactly the rows CANONICAL_SQL leaves to the general path, which decides them', async () => {
    for (let i = 0; i < 9; i++) await log.append(entry({ team: i === 8 ? null : 'growth' }));
    // The same rows in a table whose columns take any type (no affinity, no NOT NULL).
    const columns = (await t.store.rows(`SELECT name FROM pragma_table_info('decisions') ORDER BY cid`)).map((r) => String(r[0]));
    await t.raw([
      `CREATE TABLE loose (${columns.map((c) => (c === 'seq' ? 'seq INTEGER PRIMARY KEY' : c)).join(', ')})`,
      `INSERT INTO loose SELECT * FROM decisions`,
      'DROP TABLE decisions', 'ALTER TABLE loose RENAME TO decisions',
      `UPDATE decisions SET title = 1.5 WHERE seq = 2`, // a REAL where text belongs
      `UPDATE decisions SET team = 42 WHERE seq = 3`, // an INTEGER
      `UPDATE decisions SET answer = X'7b7d' WHERE seq = 4`, // a BLOB
      `UPDATE decisions SET prev_hash = NULL WHERE seq = 5`, // a NULL prev_hash
      `UPDATE decisions SET entry_hash = CAST(entry_hash AS BLOB) WHERE seq = 6`, // the stored hash as a BLOB
      `UPDATE decisions SET request_hash = NULL WHERE seq = 7`, // NULL where the writer always writes text: still its canonical form
    ].join('; '));
    const [r] = await t.store.rows(CANONICAL_PAGE_SQL, [1, 100, 100]);
    const page = hashCanonicalPage(r![0], r![1])!;
    const bySql = await t.store.rows(`SELECT seq, ${CANONICAL_SQL} IS NULL FROM decisions ORDER BY seq`);
    // entry_hash is not a hashed column: CANONICAL_SQL does not look at it; the page reads it from the bytes.
    expect(page.filter((e) => e.computed === null).map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(bySql.filter((x) => Number(x[1]) === 1).map((x) => Number(x[0]))).toEqual([2, 3, 4, 5]);
    // The general path decides them: the first four no longer hash to what was stored; 6 does (its
    // stored hash is a BLOB, so it does not match as text); 7 and 9 hash as the general path does.
    const checked = await log.checkedRange(1, 100);
    expect(checked.filter((e) => e.computed !== e.entryHash).map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    const [seven] = await log.hashedRange(7, 1, 7);
    expect(checked[6]!.computed).toBe(entryHashOfValues(seven!));
    expect(await log.verify()).toMatchObject({ ok: false, first_broken: { seq: 2 } });
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
