import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { expandLexicon, groupLexicon, loadRulesetBundle, rulesetBundle, rulesetFromBundle, withoutNotes, type RulesetPin } from '../../src/edge/ruleset-bundle.js';
import type { Ruleset } from '../../src/engine/ruleset.js';
import { ctx, defaultRuleset, readJsonl, toFeature, type GoldenCase } from './helpers.js';
import { evaluate } from '../../src/engine/index.js';

// The Worker's ruleset is a static asset written at build time without the rows' notes
// (src/edge/ruleset-bundle.ts): it must be the same tables row for row, pin the same revision, decide
// exactly as Node does, and be refused when its bytes or its revision are not the pinned ones.

const text = rulesetBundle(defaultRuleset);
const pin: RulesetPin = {
  path: '/_rules/x.json',
  sha256: createHash('sha256').update(text).digest('hex'),
  revision: defaultRuleset.revision,
};
/** An ASSETS binding serving one file. */
function assets(files: Record<string, string>) {
  return { fetch: async (req: Request) => {
    const body = files[new URL(req.url).pathname];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  } };
}

describe('the Worker\'s ruleset file', async () => {
  const edge: Ruleset = await loadRulesetBundle(assets({ [pin.path]: text }), pin);

  test('is the default ruleset without its notes, every table row for row, with the same revision', () => {
    expect(edge.revision).toBe(defaultRuleset.revision);
    expect(edge).toEqual(withoutNotes(defaultRuleset));
    expect(edge.lexicon.length).toBe(defaultRuleset.lexicon.length);
    expect(edge.lexicon.map((r) => r.id)).toEqual(defaultRuleset.lexicon.map((r) => r.id));
    for (const t of ['lexicon', 'compounds', 'capabilities', 'decision_table'] as const) {
      expect((edge[t] as { note?: string }[]).some((r) => 'note' in r)).toBe(false);
    }
  });

  test('carries none of the reviewers\' notes and is much smaller than the tables with them', () => {
    const notes = defaultRuleset.lexicon.map((r) => r.note).filter((n) => n.length > 40);
    expect(notes.length).toBeGreaterThan(100);
    for (const n of notes.slice(0, 50)) expect(text.includes(JSON.stringify(n).slice(1, -1))).toBe(false);
    expect(text.length).toBeLessThan(JSON.stringify(defaultRuleset).length / 2);
  });

  test('is refused when missing, when one byte differs from the pinned digest, or when it carries another revision', async () => {
    await expect(loadRulesetBundle(assets({}), pin)).rejects.toThrow(/answered 404/);
    const tampered = text.replace('"B25-4"', '"B25-1"');
    expect(tampered).not.toBe(text);
    await expect(loadRulesetBundle(assets({ [pin.path]: tampered }), pin)).rejects.toThrow(/SHA-256/);
    const other = JSON.stringify({ ...JSON.parse(text), revision: 'sha256:other' });
    const otherPin = { ...pin, sha256: createHash('sha256').update(other).digest('hex') };
    await expect(loadRulesetBundle(assets({ [pin.path]: other }), otherPin)).rejects.toThrow(/revision sha256:other/);
    expect(() => rulesetFromBundle('{"revision":"r"}')).toThrow(/lexicon_groups/);
  });

  test('decides every dev and golden feature exactly as the full ruleset does', () => {
    const files = [new URL('../../../shared/eval/dev.jsonl', import.meta.url).pathname,
      ...readdirSync(new URL('../golden/', import.meta.url)).filter((f) => f.endsWith('.jsonl')).map((f) => new URL(`../golden/${f}`, import.meta.url).pathname)];
    let n = 0;
    for (const file of files) {
      for (const c of readJsonl<GoldenCase>(file)) {
        const f = toFeature(c.feature);
        expect(evaluate(f, ctx({ ruleset: edge })), c.id).toEqual(evaluate(f, ctx()));
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});

describe('lexicon groups', () => {
  const rows = [
    { id: 'B25-4.zh.1', target: 'B25-4', lang: 'zh', pattern: '私信' },
    { id: 'B25-4.zh.2', target: 'B25-4', lang: 'zh', pattern: '私聊' },
    { id: 'cue:neg.zh.1', target: 'cue:neg', lang: 'zh', pattern: '不', scope: 'clause' },
    { id: 'B25-4.zh.3', target: 'B25-4', lang: 'zh', pattern: '悄悄话' },
  ];

  test('rebuild the rows they were made from, ids included', () => {
    const groups = groupLexicon(rows);
    expect(groups).toHaveLength(3);
    expect(expandLexicon(groups)).toEqual(rows);
  });

  test('refuse a row whose id does not follow its target and language count, rather than renumber it', () => {
    expect(() => groupLexicon([rows[0]!, { ...rows[1]!, id: 'B25-4.zh.7' }])).toThrow(/B25-4\.zh\.7/);
  });

  test('refuse a row with a field they would drop', () => {
    expect(() => groupLexicon([{ ...rows[0]!, weight: 2 } as never])).toThrow(/weight/);
  });
});
