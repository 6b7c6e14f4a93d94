/**
 * Rules as data stay cheap to scan: a row the automaton cannot take is tried at every occurrence of a
 * character it can start with, so a row that can start with a whole alphabet or script (a leading
 * `[a-z]`, a look-behind over `[\u4e00-\u9fff]` before a class) is tried at nearly every character of a
 * text. Two such rows once cost a mixed 20 KB call a third more instructions (docs/BENCH.md, ninth
 * session). Start rows with a literal or a short alternation of literals instead.
 */
import { describe, expect, test } from 'vitest';
import { compileLexicon } from '../../src/engine/matcher.js';
import { LEXICON } from '../../src/rules/lexicon.js';

/** The most lead characters any row may be tried at (the widest rows today start with a number or one of ~20 words). */
const MAX_LEADS = 24;

describe('lexicon rows start narrowly', () => {
  const lex = compileLexicon(LEXICON);

  test('every row has a lead set or an automaton prefix (none is searched for anywhere in the text)', () => {
    expect(lex.anywhere.map((c) => c.row.id)).toEqual([]);
  });

  test(`no row is tried at more than ${MAX_LEADS} lead characters`, () => {
    const leads = new Map<string, number>();
    for (const bucket of lex.byLead.values()) for (const c of bucket.rows) leads.set(c.row.id, (leads.get(c.row.id) ?? 0) + 1);
    const wide = [...leads].filter(([, n]) => n > MAX_LEADS).map(([id, n]) => `${id}: ${n}`);
    expect(wide).toEqual([]);
  });

  test('the check sees a row that starts with a class', () => {
    const lexWide = compileLexicon([...LEXICON, { id: 'test.wide', target: 'cue:neg', lang: 'en', pattern: '[a-z]+ wide', scope: 'clause' } as never]);
    let n = 0;
    for (const bucket of lexWide.byLead.values()) for (const c of bucket.rows) if (c.row.id === 'test.wide') n++;
    expect(n).toBeGreaterThan(MAX_LEADS);
  });
});
