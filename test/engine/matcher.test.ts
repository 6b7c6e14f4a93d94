import { describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/engine/index.js';
import { compileLexicon, literalPrefixes, negationScopeEnd, scanField, sentenceStarts } from '../../src/engine/matcher.js';
import type { LexiconRow } from '../../src/engine/ruleset.js';
import { defaultRuleset } from './helpers.js';

const lex = compileRuleset(defaultRuleset).lexicon;
const scan = (text: string) => scanField(lex, 'description', text);
const find = (text: string, target: string) => scan(text).filter((m) => m.target === target);

describe('compile', () => {
  test('every pattern compiles, none has a capturing group, none matches empty', () => {
    expect(() => compileLexicon(defaultRuleset.lexicon)).not.toThrow();
  });
  test('bad rows fail at load', () => {
    const row = (pattern: string): LexiconRow => ({ id: 'x', target: 'B25-1', pattern, lang: 'zh', note: '' });
    expect(() => compileLexicon([row('(私信)')])).toThrow(/capturing/);
    expect(() => compileLexicon([row('a?')])).toThrow(/empty/);
    expect(() => compileLexicon([row('(?:')])).toThrow(/invalid/);
  });
  test('no row needs trying at every position (all have a literal prefix or a first-character set)', () => {
    expect(lex.anywhere.map((r) => r.row.id)).toEqual([]);
  });
  test('literal prefixes', () => {
    expect(literalPrefixes('私信')).toEqual(['私信']);
    expect(new Set(literalPrefixes('一对一(?:聊天|对话)'))).toEqual(new Set(['一对一聊天', '一对一对话']));
    expect(literalPrefixes('DMs?')).toEqual(['dm']);
    expect(literalPrefixes('[^，]{1,3}之间')).toBeNull();
  });
  test('ids are unique', () => {
    const ids = defaultRuleset.lexicon.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('spans', () => {
  test('evidence text is exactly field.slice(start, end), in UTF-16 units', () => {
    const text = '🏠 新功能：用户可以发私信 😀 and send DMs, 支持群聊。';
    for (const m of scan(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    const dm = find(text, 'B25-4').map((m) => m.text);
    expect(dm).toEqual(expect.arrayContaining(['私信', 'DMs', '群聊']));
  });
  test('English is case-insensitive with word boundaries', () => {
    expect(find('Add a VoIP option', 'B25-4').map((m) => m.text)).toEqual(['VoIP']);
    expect(find('voip', 'B25-4')).toHaveLength(1);
    expect(find('the display is broken', 'B14')).toHaveLength(0); // "ISP" inside "display"
    expect(find('admission', 'B25-4')).toHaveLength(0); // "DM" inside a word
  });
  test('a longer term hides what it contains; a cue never hides a term', () => {
    const ms = scan('一对一视频通话');
    expect(ms.map((m) => m.target)).not.toContain('cue:video');
    expect(find('our own articles', 'B25-1').map((m) => m.text)).toEqual(['articles']);
  });
  test('a 20 KB text works and keeps exact spans', () => {
    let text = '';
    while (text.length < 20_000) text += '用户可以在文章下发表评论，评论公开展示。本期不做私信。Users can follow creators; no DMs. ';
    const ms = scan(text);
    expect(ms.length).toBeGreaterThan(1000);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.filter((m) => m.target === 'B25-4').every((m) => m.negated)).toBe(true);
  });
});

describe('negation scope', () => {
  const neg = (text: string, term: string) => scan(text).find((m) => m.text === term)?.negated;
  test.each([
    ['本期不做私信', '私信', true],
    ['不提供私信', '私信', true],
    ['用户之间不能互相发消息', '互相发消息', true],
    ['no DMs', 'DMs', true],
    ["it's not a voice call", 'voice call', true],
    ['非目标：不做直播', '直播', true],
    ['非目标（本期明确不做）：私信、群聊、语音/视频通话、直播。', '群聊', true],
    ['Not in v1: paid subscriptions, DMs.', 'DMs', true],
    ['we will not crawl, index or show content from other websites', 'other websites', true],
    ['不做群聊，但支持私信', '私信', false],
    ['不收取任何费用，用户可以发私信', '私信', false],
    ['No DMs, comments only', 'comments', false],
    ['非互关用户的私聊入口隐藏', '私聊', false],
    ['We don\'t show ads, users can DM each other', 'DM', false],
    ['请勿私下转账', '转账', true],
  ])('%s → %s negated: %s', (text, term, expected) => {
    expect(neg(text, term)).toBe(expected);
  });
  test('"不能在设置中关闭" is the prohibited act, not a negation of push', () => {
    const ms = scan('营销推送用户不能在设置中关闭');
    expect(ms.find((m) => m.target === 'cue:cannot_disable')).toBeTruthy();
    expect(ms.find((m) => m.text === '推送')?.negated).toBe(false);
    expect(ms.some((m) => m.target === 'cue:neg')).toBe(false);
  });
  test('a heading colon extends over the bullet list below', () => {
    const text = 'Out of scope:\n- DMs\n- group chat\n\nComments are public.';
    expect(neg(text, 'DMs')).toBe(true);
    expect(neg(text, 'group chat')).toBe(true);
    expect(neg(text, 'Comments')).toBe(false);
  });
  test('scope helpers', () => {
    expect(sentenceStarts('一。二！three. four')).toEqual([0, 2, 4, 10]);
    const t = '不做私信，支持评论';
    expect(negationScopeEnd(t, { end: 1, scope: 'clause' }, [])).toBe(4);
  });
});

describe('evidence stays small on long texts', () => {
  test('at most 3 spans per rule and 12 per finding; verdict unchanged', async () => {
    const { run, feature } = await import('./helpers.js');
    const text = '用户之间可以互发私信。'.repeat(200) + '评论区公开展示评论。'.repeat(200);
    const r = run(feature('PRD', text));
    expect(r.verdict).toBe('rejected');
    for (const c of r.categories) {
      expect(c.evidence.length).toBeLessThanOrEqual(12);
      const per = new Map<string, number>();
      for (const e of c.evidence) per.set(e.rule ?? '', (per.get(e.rule ?? '') ?? 0) + 1);
      for (const n of per.values()) expect(n).toBeLessThanOrEqual(3);
      for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
  });
});
