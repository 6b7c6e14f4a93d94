import { describe, expect, test } from 'vitest';
import { readJsonl, run, toFeature, type GoldenCase } from './helpers.js';

const DEV = new URL('../../../shared/eval/dev.jsonl', import.meta.url).pathname;

describe('dev.jsonl through evaluate()', () => {
  const cases = readJsonl<GoldenCase>(DEV);
  const results = cases.map((c) => ({ c, got: run(toFeature(c.feature)) }));

  test('no unsafe allows', () => {
    const unsafe = results.filter(({ c, got }) => got.verdict === 'allowed' && !(c.expect.accept ?? [c.expect.verdict]).includes('allowed'));
    expect(unsafe.map(({ c }) => c.id)).toEqual([]);
  });

  test('verdict accuracy >= 97%', () => {
    const ok = results.filter(({ c, got }) => (c.expect.accept ?? [c.expect.verdict]).includes(got.verdict)).length;
    expect(ok / cases.length).toBeGreaterThanOrEqual(0.97);
  });

  test('category and approval recall >= 95%', () => {
    let want = 0;
    let got = 0;
    for (const { c, got: r } of results) {
      const cats = new Set(r.categories.map((x) => x.code as string));
      const apprs = new Set(r.approvals.map((x) => x.code as string));
      for (const k of c.expect.categories ?? []) { want++; if (cats.has(k)) got++; }
      for (const k of c.expect.approvals ?? []) { want++; if (apprs.has(k)) got++; }
      for (const g of c.expect.approvals_any ?? []) { want++; if (g.some((k) => apprs.has(k))) got++; }
    }
    expect(got / want).toBeGreaterThanOrEqual(0.95);
  });
});
