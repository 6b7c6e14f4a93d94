/**
 * Chinese written with spaces between its words is read as if they were not there, and evidence
 * still quotes the text as written (src/engine/spacing.ts).
 */
import { describe, expect, test } from 'vitest';
import { compact, hanSpaceRuns } from '../../src/engine/spacing.js';
import { feature, run } from './helpers.js';

describe('the spaces passed over', () => {
  test.each([
    ['运营 同学 每天', [2, 3, 5, 6]],
    ['社会\u3000事件', [2, 3]],
    ['私信  功能', [2, 4]],
    ['按 10 篇 一包', [6, 7]],
    ['App 里 发 私信', [5, 6, 7, 8]],
    ['no Chinese here at all', []],
    ['中文里没有空格', []],
    [' 开头和结尾 ', []],
  ] as const)('%j → %j', (text, runs) => {
    expect(hanSpaceRuns(text)).toEqual(runs);
  });

  test('the compacted text, and where each of its characters came from', () => {
    const text = '用户 可以 发 私信';
    const c = compact(text, hanSpaceRuns(text));
    expect(c.text).toBe('用户可以发私信');
    expect([...c.from]).toEqual([0, 1, 3, 4, 6, 8, 9, 10]);
    for (let i = 0; i < c.text.length; i++) expect(text[c.from[i]!]).toBe(c.text[i]);
  });
});

describe('evaluating spaced Chinese', () => {
  const spaced = '用户 可以 给 关注 的 人 发 私信，对方 实时 收到。';

  test('finds what the unspaced text finds, with the same verdict and categories', () => {
    const a = run(feature('好友 聊天', spaced));
    const b = run(feature('好友聊天', spaced.replace(/ /g, '')));
    expect(a.verdict).toBe('rejected');
    expect(a.verdict).toBe(b.verdict);
    expect(a.categories.map((c) => c.code)).toEqual(b.categories.map((c) => c.code));
  });

  test('every piece of evidence is the original text at its offsets, spaces included', () => {
    const d = run(feature('社会 热点', '运营 同学 每天 从 本地 电视台 搬运 交通 事故、社会 事件，稍作 改写 后 推送 给 用户。'));
    expect(d.verdict).toBe('rejected');
    const texts = { title: '社会 热点', description: '运营 同学 每天 从 本地 电视台 搬运 交通 事故、社会 事件，稍作 改写 后 推送 给 用户。' };
    const ev = [...d.categories.flatMap((c) => c.evidence), ...d.approvals.flatMap((a) => a.evidence)].filter((e) => e.field === 'title' || e.field === 'description');
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(texts[e.field as 'title' | 'description'].slice(e.start, e.end)).toBe(e.text);
    expect(ev.some((e) => e.text.includes(' '))).toBe(true);
  });

  test('a negation written with spaces still negates', () => {
    expect(run(feature('关注 动态', '用户 可以 关注 作者 并 评论 文章。本期 不做 私信。')).verdict).toBe('allowed');
  });
});
