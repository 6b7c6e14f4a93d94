/** Launch times written in the text, against the licence's validity and the launch_date given. */
import { describe, expect, test } from 'vitest';
import { statedLaunches, timeMatches, TIME_SOURCE } from '../../src/engine/dates.js';
import { feature, run, seedLicence } from './helpers.js';

const TODAY = '2026-11-29';
const one = (t: string) => statedLaunches(t, TODAY).map((s) => [t.slice(s.start, s.end), s.earliest, s.latest]);

describe('statedLaunches', () => {
  test.each([
    ['正式上线定在 2027 年 4 月', '2027 年 4 月', '2027-04-01', '2027-04-30'],
    ['2027年4月上线', '2027年4月', '2027-04-01', '2027-04-30'],
    ['计划 2027 年春节后上线', '2027 年春节后', '2027-02-06', null],
    ['We plan to launch in April 2027.', 'April 2027', '2027-04-01', '2027-04-30'],
    ['Public release: Q2 2027', 'Q2 2027', '2027-04-01', '2027-06-30'],
    ['H1 2027 release', 'H1 2027', '2027-01-01', '2027-06-30'],
    ['明年春天上线', '明年春天', '2027-03-01', '2027-05-31'],
    ['明年 3 月上线', '明年 3 月', '2027-03-01', '2027-03-31'],
    ['上线时间：2027-03-15', '2027-03-15', '2027-03-15', '2027-03-15'],
    ['2027 年 4 月前上线', '2027 年 4 月前', TODAY, '2027-03-31'],
    ['预计 2 0 2 7 年不算，2027  年  4  月  推出', '2027  年  4  月', '2027-04-01', '2027-04-30'],
    // Moved to a later time, said without 上线: the schedule moved (挪到), the release slipping to a bare month.
    ['排期已经整体挪到 3 月初了', '3 月初', '2027-03-01', '2027-03-10'],
    ['The release likely slips to February, pending QA.', 'February', '2027-02-01', '2027-02-28'],
    ['留言板将于 2027 年第一季度与大家见面', '2027 年第一季度', '2027-01-01', '2027-03-31'],
  ])('%s', (text, span, earliest, latest) => {
    expect(one(text)).toEqual([[span, earliest, latest]]);
  });
  test.each([
    '2027 年的预算为 500 万。',
    'KPI：2027 年 DAU 翻倍。',
    '该功能 2023 年上线的老版本将下线重做。',
    '许可证 2027 年 1 月到期。',
    'Revenue target for Q2 2027 is 3M.',
    // A bare English month needs a day, early/mid/late, or a preposition of moving (to, into, until): "May" is a verb.
    'We may launch it later.',
    'New technicians were added in November. The fix was released quickly.',
  ])('not a launch date: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('in the decision', () => {
  const comments = '评论区支持表情包，公开显示。';
  test('stated launch after expiry → needs_review citing the validity', () => {
    for (const when of ['正式上线定在 2027 年 4 月。', '2027年4月上线。', '计划明年春天上线。', 'We launch in April 2027.', 'Release planned for H1 2027.', '2027 年上半年上线。']) {
      const r = run(feature('评论表情包', comments + when));
      expect(r.verdict, when).toBe('needs_review');
      const reason = r.reasons.find((x) => x.subject === 'launch_date')!;
      expect(reason.kind).toBe('uncertain');
      expect(reason.message).toContain(seedLicence.valid_until);
      expect(reason.message).toContain(seedLicence.issued);
      expect(reason.evidence![0]!.rule).toBe('stated_launch');
    }
  });
  test('stated launch contradicting launch_date → needs_review even inside the validity', () => {
    const r = run(feature('评论表情包', comments + '计划 2026 年 12 月上线。', { launch_date: '2027-01-20' }));
    expect(r.verdict).toBe('needs_review');
    expect(r.reasons.find((x) => x.subject === 'launch_date')!.message).toContain('2027-01-20');
    expect(run(feature('评论表情包', comments + '计划 2026 年 12 月上线。', { launch_date: '2026-12-20' })).verdict).toBe('allowed');
  });
  test('a launch time without a year past the validity is a lifecycle warning, not a doubt; a year in the sentence makes it a date', () => {
    for (const when of ['排期：1 月 20 日灰度 5%，2 月 15 日全量。', '5月25号灰度10%，6月1号全量。', 'Full rollout Feb 15.', '预计 3 月初全量上线。']) {
      expect(statedLaunches(when, TODAY).some((s) => s.yearless && s.earliest > seedLicence.valid_until), when).toBe(true);
      const r = run(feature('评论表情包', comments + when));
      expect(r.verdict, when).toBe('allowed');
      expect(r.reasons.find((x) => x.subject === 'launch_date'), when).toBeUndefined();
      const w = r.warnings.find((x) => x.code === 'stated_launch_after_expiry')!;
      expect(w.due).toBe(seedLicence.valid_until);
      expect(w.message).toContain(when.includes('Feb') ? 'Feb 15' : when.includes('5月') ? '5月25号' : '月');
    }
    // The year written earlier in the sentence carries to the later day: a date, and a doubt.
    const stated = statedLaunches('上线计划：2027年1月18日灰度，2月25日全量。', TODAY);
    expect(stated.map((s) => s.yearless)).toEqual([false, false]);
    expect(run(feature('评论表情包', comments + '上线计划：2027年1月18日灰度，2月25日全量。', { launch_date: '2027-01-18' })).verdict).toBe('needs_review');
    // Within the validity, nothing to warn about.
    expect(run(feature('评论表情包', comments + '12 月 20 日全量。')).warnings.some((x) => x.code === 'stated_launch_after_expiry')).toBe(false);
  });
  test('dates that are not launch dates do not matter', () => {
    expect(run(feature('评论表情包', comments + '2027 年的预算另行申请；2023 年上线的旧评论区同步改版。')).verdict).toBe('allowed');
  });
  test('traditional text: 2027 年 4 月正式上線', () => {
    const f = feature('評論表情包', '評論區支援表情包，公開顯示。2027 年 4 月正式上線。');
    const r = run(f);
    expect(r.verdict).toBe('needs_review');
    const e = r.reasons.find((x) => x.subject === 'launch_date')!.evidence![0]!;
    expect(f.description.slice(e.start, e.end)).toBe(e.text);
  });
  test('a launch_date after expiry is still licence_invalid (rejected), not only review', () => {
    expect(run(feature('评论表情包', comments + '2027年4月上线。', { launch_date: '2027-04-10' })).verdict).toBe('rejected');
  });
});

describe('statedLaunches: a month or day with no year', () => {
  test('first occurrence on or after today', () => {
    expect(one('排期：1 月 20 日灰度 5%，2 月 15 日全量。')).toEqual([['1 月 20 日', '2027-01-20', '2027-01-20'], ['2 月 15 日', '2027-02-15', '2027-02-15']]);
    expect(one('12 月 10 日全量发布。')).toEqual([['12 月 10 日', '2026-12-10', '2026-12-10']]);
    expect(one('预计 3 月初全量上线。')).toEqual([['3 月初', '2027-03-01', '2027-03-10']]);
    expect(one('11 月 29 日上线')).toEqual([['11 月 29 日', '2026-11-29', '2026-11-29']]);
  });
  test('English month names with a day, or early/mid/late', () => {
    expect(one('Beta on Jan 10, full rollout Feb 15.').map((x) => x[0])).toEqual(['Jan 10', 'Feb 15']);
    expect(one('we plan to launch it on March 3.')).toEqual([['March 3', '2027-03-03', '2027-03-03']]);
    expect(one('GA in early March')).toEqual([['early March', '2027-03-01', '2027-03-10']]);
  });
  test('not dates: durations, the verb may, no launch cue', () => {
    expect(one('3 个月内上线')).toEqual([]);
    expect(one('you may launch it later')).toEqual([]);
    expect(one('每年 3 月 15 日做消费者权益宣传')).toEqual([]);
  });
  test('read from the launch_date when given: the occurrence nearest to it', () => {
    expect(statedLaunches('3 月 1 日上线', TODAY, '2027-03-05').map((s) => s.earliest)).toEqual(['2027-03-01']);
    expect(statedLaunches('3 月 1 日上线', TODAY, '2027-10-05').map((s) => s.earliest)).toEqual(['2028-03-01']);
  });
  test('the nearest occurrence: a month of a plan months ago has passed, not one eight months ahead', () => {
    expect(one('- 6 月：模型微调\n- 8 月：灰度 10%')).toEqual([]);
    expect(one('计划 8 月全量上线')).toEqual([]);
    expect(one('计划 5 月 20 日全量上线')).toEqual([['5 月 20 日', '2027-05-20', '2027-05-20']]);
  });
});

describe('statedLaunches: month/day in figures', () => {
  test('1/8, 12.15, 5/20 near a launch cue are days, read as the nearest occurrence', () => {
    expect(one('随 1/8 会员日上线')).toEqual([['1/8', '2027-01-08', '2027-01-08']]);
    expect(one('12.15 全量上线')).toEqual([['12.15', '2026-12-15', '2026-12-15']]);
    expect(one('We ship 12/15.')).toEqual([['12/15', '2026-12-15', '2026-12-15']]);
  });
  test('not days: versions, shares, quantities, paths, a dotted number in English', () => {
    for (const t of ['v1.8 上线', '1.8 版本上线', 'Android 12.1 上线', '灰度 1/8 用户', '1/3 of users get the rollout', '4.9 分以上商家优先上线', '路径 /api/1.2/launch', 'Release 1.2 ships Friday', '1.5 倍积分活动上线'])
      expect(one(t), t).toEqual([]);
  });
});

describe('statedLaunches: whose launch cue', () => {
  test('a cue belongs to the time nearest it: another time between them takes it', () => {
    expect(one('【排期】12 月中旬开发完，随 1/8 会员日上线。')).toEqual([['1/8', '2027-01-08', '2027-01-08']]);
    expect(one('12 月 10 日开发完成、12 月 20 日提测、1 月 5 日上线').map((x) => x[0])).toEqual(['1 月 5 日']);
    // Both times still take a cue of their own.
    expect(one('排期：1 月 20 日灰度 5%，2 月 15 日全量。').map((x) => x[0])).toEqual(['1 月 20 日', '2 月 15 日']);
  });
});

describe('statedLaunches: year-less past events', () => {
  test('已上线 / launched on: not a launch to come', () => {
    expect(one('6 月已上线的旧版本同步下线')).toEqual([]);
    expect(one('旧版 3 月上线了，新版 2 月 15 日全量')).toEqual([['2 月 15 日', '2027-02-15', '2027-02-15']]);
    expect(one('The old widget launched on Mar 3; the new one ships Feb 15.').map((x) => x[0])).toEqual(['Feb 15']);
  });
});

describe('timeMatches: the regex tried only where a time can start', () => {
  // The reference: one global search with the whole expression, as statedLaunches first did.
  const all = new RegExp(TIME_SOURCE, 'gi');
  const reference = (t: string) => [...t.matchAll(all)].map((m) => [m.index, m[0]]);
  const scanned = (t: string) => timeMatches(t).map((m) => [m.index, m[0]]);
  test('same matches as the global search on texts of time fragments', () => {
    const frags = ['2027', '2026', '20', '2', '0', '1', '12', '31', ' ', '  ', '\u3000', '\u00a0', '\t', '\n', '年', '月', '日', '号', '初', '底', '中旬',
      '今年', '明年', '后年', '今', '明', '十', '十一', '十二', '一', '二', '九', '季度', '第', '春节', '春天', '上半年', 'Q', 'q', 'H', 'h', 'Q2', 'H1',
      '-', '/', '.', ',', '_', 'st', 'Jan', 'January', 'jan', 'Feb', 'MARCH', 'may', 'Sept', 'Dec', 'early', 'mid-', 'late', 'End of', 'spring',
      'fall', 'next', 'Next', 'year', 'of', 'a', 'x', 'market', 'launch', 'ships', '上线', '全量', '前', '后', '起', '已', '了', '内', '份', '以内',
      '。', '；', 'ä', 'ſ', '\u212a', '9March', 'aMar'];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let t = '';
      for (let j = 1 + rnd(12); j > 0; j--) t += frags[rnd(frags.length)];
      const want = reference(t);
      found += want.length;
      expect(scanned(t), t).toEqual(want);
    }
    expect(found).toBeGreaterThan(5_000);
  });
  test('whitespace before 年 and 月 is exactly \\s, any code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [`2027${ch}年4${ch}月`, `12${ch}月`, `十一${ch}月`, `x${ch}Jan 5`, `${ch}next year`, `Q2${ch}2027`]) {
        const want = reference(t);
        if (JSON.stringify(scanned(t)) !== JSON.stringify(want)) expect(scanned(t), `U+${c.toString(16)} in ${t}`).toEqual(want);
      }
    }
  });
});
