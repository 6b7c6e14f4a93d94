/**
 * Golden cases as data (every test/golden/*.jsonl: rule cases, held-out-style rounds, the blind paraphrase set): each line is a feature and what the engine must
 * answer. Categories, approvals, kinds and reasons are "at least these"; the verdict must be the one
 * expected (or one of `accept`).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readJsonl, run, toFeature, type GoldenCase } from './helpers.js';

const DIR = new URL('../golden/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();

for (const file of files) {
  const cases = readJsonl<GoldenCase>(DIR + file);
  describe(file, () => {
    test('ids are unique', () => {
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    });
    test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const got = run(toFeature(c.feature));
      const accept = c.expect.accept ?? [c.expect.verdict];
      expect(accept, `${c.note}: verdict`).toContain(got.verdict);
      const cats = got.categories.map((x) => x.code as string);
      for (const k of c.expect.categories ?? []) expect(cats, `${c.note}: category ${k}`).toContain(k);
      const apprs = got.approvals.map((x) => x.code as string);
      for (const k of c.expect.approvals ?? []) expect(apprs, `${c.note}: approval ${k}`).toContain(k);
      for (const g of c.expect.approvals_any ?? []) expect(g.some((k) => apprs.includes(k)), `${c.note}: one of ${g.join('|')}`).toBe(true);
      const kinds = got.reasons.map((r) => r.kind as string);
      for (const k of c.expect.kinds ?? []) expect(kinds, `${c.note}: kind ${k}`).toContain(k);
      const pairs = got.reasons.map((r) => `${r.kind}@${r.clause}`);
      for (const r of c.expect.reasons ?? []) expect(pairs, `${c.note}: reason ${r.kind}@${r.clause}`).toContain(`${r.kind}@${r.clause}`);
      const warnings = got.warnings.map((w) => w.code);
      for (const w of c.expect.warnings ?? []) expect(warnings, `${c.note}: warning ${w}`).toContain(w);
      // Every reason quotes its clause verbatim and has a message.
      for (const r of got.reasons) {
        expect(r.clause_text.length, `clause ${r.clause} text`).toBeGreaterThan(0);
        expect(r.message.length).toBeGreaterThan(0);
      }
    });
  });
}
