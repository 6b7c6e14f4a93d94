/** Texts in traditional Chinese are understood; evidence spans still slice the original text. */
import { describe, expect, test } from 'vitest';
import { charTable, normaliseChars } from '../../src/engine/matcher.js';
import { TRADITIONAL_PAIRS } from '../../src/rules/traditional.js';
import { feature, run } from './helpers.js';

const table = charTable(TRADITIONAL_PAIRS);

function spansSliceOriginal(r: ReturnType<typeof run>, f: { title: string; description: string }): void {
  const all = [...r.categories.flatMap((c) => c.evidence), ...r.approvals.flatMap((a) => a.evidence), ...r.counter_evidence.flatMap((c) => c.evidence), ...r.incidental];
  expect(all.length).toBeGreaterThan(0);
  for (const e of all) {
    if (e.field !== 'title' && e.field !== 'description') continue;
    expect(e.text).toBe(f[e.field].slice(e.start, e.end));
  }
}

describe('the table', () => {
  test('one UTF-16 code unit for one, no chains, and the lexicon characters named in the brief', () => {
    const chars = [...TRADITIONAL_PAIRS];
    expect(chars.length % 2).toBe(0);
    const keys = new Set(chars.filter((_, i) => i % 2 === 0));
    for (let i = 1; i < chars.length; i += 2) expect(keys.has(chars[i]!)).toBe(false);
    for (const c of '訊語視頻尋網頁設計戶發佈單價錢貸買賣業務醫藥課遊戲圖層聞電話號碼過開關閉無對實時與個們這會應為後') {
      expect(normaliseChars(table, c)).not.toBe(c);
    }
    expect(keys.size).toBeGreaterThanOrEqual(300);
  });
  test('simplified text is returned unchanged (same string)', () => {
    const s = '用户之间可以互发私信，评论区公开展示。Users can chat.';
    expect(normaliseChars(table, s)).toBe(s);
  });
  test('length is preserved', () => {
    const t = '用戶之間可以互發私訊😀，開放評論。';
    const n = normaliseChars(table, t);
    expect(n.length).toBe(t.length);
    expect(n).toBe('用户之间可以互发私讯😀，开放评论。');
  });
  test('a pair that is not one code unit for one is refused', () => {
    expect(() => charTable('𠮷吉')).toThrow(/one UTF-16/);
  });
});

describe('traditional texts are judged like simplified ones', () => {
  const cases: [string, string, string, string][] = [
    ['私信功能', '用戶之間可以互發私信，即時聊天。', 'rejected', 'B25-4'],
    ['評論區', '文章下方開放評論，公開展示。', 'allowed', 'B25-3'],
    ['全網搜尋', '搜尋結果來自爬蟲抓取的外部網站。', 'rejected', 'B25-2'],
    ['線上問診', '使用者可以和醫生線上問診，醫生開立處方。', 'rejected', ''],
  ];
  for (const [title, description, verdict, cat] of cases) {
    test(`${title}: ${verdict}`, () => {
      const f = feature(title, description);
      const r = run(f);
      expect(r.verdict).toBe(verdict);
      if (cat) expect(r.categories.map((c) => c.code)).toContain(cat);
      spansSliceOriginal(r, f);
    });
  }
  test('same verdict and categories as the simplified text, evidence quotes the traditional original', () => {
    const trad = feature('直播打賞', '主播開直播，觀眾可以打賞禮物，彈幕互動。');
    const simp = feature('直播打赏', '主播开直播，观众可以打赏礼物，弹幕互动。');
    const a = run(trad);
    const b = run(simp);
    expect(a.verdict).toBe(b.verdict);
    expect(a.categories.map((c) => c.code)).toEqual(b.categories.map((c) => c.code));
    expect(a.approvals.map((c) => c.code)).toEqual(b.approvals.map((c) => c.code));
    spansSliceOriginal(a, trad);
    expect(JSON.stringify(a.reasons)).toMatch(/觀眾|打賞|直播|彈幕/);
  });
  test('negation in traditional: 不提供私訊 is evidence against B25-4', () => {
    const f = feature('評論', '文章下開放評論，公開展示；不提供私信功能。');
    const r = run(f);
    expect(r.verdict).toBe('allowed');
    expect(r.counter_evidence.some((c) => c.subject === 'B25-4' && c.why === 'negated')).toBe(true);
    spansSliceOriginal(r, f);
  });
});
