/**
 * Metamorphic tests over every allowed golden case: appending an excluded function (in several
 * phrasings) must reject; appending its negation must not change the verdict; reordering sentences
 * must not change the verdict.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readJsonl, run, toFeature, type GoldenCase } from './helpers.js';

const DIR = new URL('../golden/', import.meta.url).pathname;
const allowed = readdirSync(DIR)
  .filter((f) => f.startsWith('engine-') && f.endsWith('.jsonl'))
  .flatMap((f) => readJsonl<GoldenCase>(DIR + f))
  .filter((c) => c.expect.verdict === 'allowed' && !c.feature.launch_date);

const EXCLUDED = [
  '另外，用户之间可以互发私信。',
  '同时上线群聊功能，最多 200 人。',
  '用户可以和其他用户进行实时语音通话。',
  '我们会用爬虫抓取其他网站的内容并提供全网搜索。',
  'Also, users can send direct messages to each other.',
  'We will also add a group chat for every project.',
  'Users can start a video call with another user.',
  'Search results will also include pages crawled from other websites.',
];
const NEGATED = [
  '本期不做私信。',
  '不提供群聊和语音通话。',
  '不抓取外部网站，搜索只覆盖本站内容。',
  'No DMs and no group chat.',
  'We do not crawl other websites.',
];

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？.!?])\s*/).filter((s) => s.trim());
}

describe('metamorphic: allowed golden cases', () => {
  test('there are allowed golden cases to transform', () => {
    expect(allowed.length).toBeGreaterThan(20);
  });
  describe.each(allowed.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const base = toFeature(c.feature);
    const verdict = run(base).verdict;
    test.each(EXCLUDED)('appending "%s" rejects', (extra) => {
      const got = run({ ...base, description: `${base.description}\n${extra}` });
      expect(got.verdict).toBe('rejected');
      expect(got.categories.some((x) => !x.covered)).toBe(true);
    });
    test.each(NEGATED)('appending "%s" keeps the verdict', (extra) => {
      expect(run({ ...base, description: `${base.description}\n${extra}` }).verdict).toBe(verdict);
    });
    test('reversing the order of sentences keeps the verdict', () => {
      const parts = sentences(base.description);
      expect(run({ ...base, description: [...parts].reverse().join(' ') }).verdict).toBe(verdict);
    });
  });
});
