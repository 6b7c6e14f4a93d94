import { describe, expect, test } from 'vitest';
import { coveredCategories, evaluate, pinLicence } from '../../src/engine/index.js';
import type { Licence } from '../../src/engine/types.js';
import { ctx, defaultRuleset, feature, NOW, run, seedLicence } from './helpers.js';

describe('decision table rows', () => {
  test('the table is exhaustive: its last row always fires and allows', () => {
    const last = defaultRuleset.decision_table.at(-1)!;
    expect(last.fact).toBe('otherwise');
    expect(last.verdict).toBe('allowed');
    expect(defaultRuleset.precedence).toEqual(['rejected', 'needs_review', 'allowed']);
  });
  test('R1 licence invalid on the launch date → rejected/licence_invalid citing 十二', () => {
    const r = run(feature('深色模式', '新增深色模式。', { launch_date: '2027-01-30' }));
    expect(r.verdict).toBe('rejected');
    expect(r.reasons.map((x) => `${x.kind}@${x.clause}`)).toContain('licence_invalid@十二');
    expect(r.fired_rows[0]).toBe('R1');
  });
  test('R1 also before the issue date', () => {
    expect(run(feature('深色模式', '新增深色模式。', { launch_date: '2023-08-03' })).verdict).toBe('rejected');
    expect(run(feature('深色模式', '新增深色模式。', { launch_date: '2023-08-04' })).verdict).toBe('allowed');
  });
  test('R2 uncovered category → out_of_scope citing 业务种类 with verbatim text', () => {
    const r = run(feature('私信', '用户之间可以发私信。'));
    const reason = r.reasons.find((x) => x.kind === 'out_of_scope')!;
    expect(reason.clause).toBe('业务种类');
    expect(reason.clause_text).toBe(seedLicence.business_clause.text);
    expect(reason.message).toContain('私信');
    expect(reason.subject).toBe('B25-4');
  });
  test('R3 prohibited act with its category: public telephony is A + 十五(十四)', () => {
    const r = run(feature('Call phones', 'Users can call landlines and mobile numbers over our SIP trunk.'));
    expect(r.categories.map((c) => c.code)).toContain('A');
    const pairs = r.reasons.map((x) => `${x.kind}@${x.clause}`);
    expect(pairs).toEqual(expect.arrayContaining(['out_of_scope@业务种类', 'prohibited@十五(十四)']));
    const t = r.reasons.find((x) => x.clause === '十五(十四)')!;
    expect(t.clause_text).toBe(seedLicence.clauses.find((c) => c.id === '十五(十四)')!.text);
  });
  test('R3 bandwidth resale is B14 + 四; forced push is B25-1 + 十五(十)', () => {
    const b = run(feature('x', '', { capabilities: ['bandwidth_resale'] }));
    expect(b.categories.map((c) => c.code)).toContain('B14');
    expect(b.reasons.map((x) => x.clause)).toContain('四');
    const p = run(feature('推送', '营销推送用户无法关闭。'));
    expect(p.categories.map((c) => c.code)).toContain('B25-1');
    expect(p.reasons.map((x) => `${x.kind}@${x.clause}`)).toContain('prohibited@十五(十)');
  });
  test('R4 approval needed → amendment_required citing 十五(一); sectors trigger directly', () => {
    const r = run(feature('栏目', '一个栏目。', { sectors: ['news'] }));
    expect(r.verdict).toBe('rejected');
    expect(r.approvals.map((a) => a.code)).toEqual(['news']);
    expect(r.approvals[0]!.authority).toBe('国家/省级网信办');
    expect(r.reasons.map((x) => `${x.kind}@${x.clause}`)).toContain('amendment_required@十五(一)');
  });
  test('R5 contradictory evidence → needs_review', () => {
    const r = run(feature('评论回复弹窗', '被回复的用户会即时收到消息，并可以直接回复，来回对话像聊天一样。本期不做私信。'));
    expect(['needs_review', 'rejected']).toContain(r.verdict);
  });
  test('R6 doubtful evidence → needs_review/uncertain citing 二', () => {
    const r = run(feature('在线客服', '用户与我们的客服人员实时文字对话。'));
    expect(r.verdict).toBe('needs_review');
    expect(r.reasons.map((x) => `${x.kind}@${x.clause}`)).toEqual(['uncertain@二']);
  });
  test('R7 nothing recognised → needs_review, never allowed', () => {
    const r = run(feature('优化', '持续打磨，细节待定。'));
    expect(r.verdict).toBe('needs_review');
    expect(r.reasons[0]!.kind).toBe('uncertain');
  });
  test('R8 covered categories only → allowed, with obligations', () => {
    const r = run(feature('评论', '文章下可以发表评论，公开展示。'));
    expect(r.verdict).toBe('allowed');
    expect(r.reasons).toEqual([]);
    expect(r.obligations.map((o) => o.clause)).toEqual(expect.arrayContaining(['十五(八)', '十五(七)', '九', '十五(十三)']));
    for (const o of r.obligations) if (!o.source) expect(o.text).toBe([...seedLicence.clauses].find((c) => c.id === o.clause)!.text);
  });
  test('precedence: rejected beats needs_review', () => {
    const r = run(feature('客服和私信', '用户与我们的客服人员实时文字对话；用户之间也可以发私信。'));
    expect(r.verdict).toBe('rejected');
    expect(r.reasons.map((x) => x.kind)).toEqual(expect.arrayContaining(['out_of_scope', 'uncertain']));
  });
  test('declared capabilities only add: text B25-4 stands when only comments is declared', () => {
    const r = run(feature('评论', '评论区旁边加一个聊天框，用户之间可以即时交流。', { capabilities: ['comments'] }));
    expect(r.categories.map((c) => c.code)).toEqual(expect.arrayContaining(['B25-3', 'B25-4']));
    expect(r.verdict).toBe('rejected');
  });
  test('licensed third party removes the approval only when the text says so', () => {
    expect(run(feature('地图', '门店页嵌入高德地图 SDK 打点。')).approvals.map((a) => a.code)).toEqual(['maps']);
    expect(run(feature('地图', '门店页嵌入高德地图 SDK 打点（高德持有互联网地图服务资质）。')).approvals).toEqual([]);
  });
  test('obligations from regulations carry their source: algorithm filing for recommendations', () => {
    const r = run(feature('猜你喜欢', '首页个性化推荐本站文章。'));
    const o = r.obligations.find((x) => x.clause === '算法备案');
    expect(o?.source).toMatch(/算法推荐管理规定/);
  });
  test('messages follow ctx.lang', () => {
    const en = evaluate(feature('DM', 'Users can DM each other.'), ctx({ lang: 'en' }));
    expect(en.reasons[0]!.message).toMatch(/instant messaging/);
    expect(en.reasons[0]!.message).toContain('"DM"');
  });
});

describe('coverage from licence data', () => {
  const base = seedLicence as Licence;
  test('the seed licence covers B25-1, 3, 5 only', () => {
    expect(coveredCategories(base)).toEqual(['B25-1', 'B25-3', 'B25-5']);
  });
  test('B25 without excludes covers B25-1…5, never B25-X when limited to the Internet', () => {
    const l: Licence = { ...base, business: [{ code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: [] }] };
    expect(coveredCategories(l)).toEqual(['B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5']);
  });
  test('an SP licence (不含互联网信息服务) covers B25-X only; B21 covers B21', () => {
    const sp: Licence = { ...base, business: [{ code: 'B25', name: '信息服务业务', limit: '不含互联网信息服务', excludes: [] }] };
    expect(coveredCategories(sp)).toEqual(['B25-X']);
    const edi: Licence = { ...base, business: [{ code: 'B21', name: '在线数据处理与交易处理业务', limit: '仅限经营类电子商务', excludes: [] }] };
    expect(coveredCategories(edi)).toEqual(['B21']);
  });
  test('several licences: a category is covered if any licence valid on the launch date covers it', () => {
    const edi = pinLicence({ ...base, id: '京B2-EDI', number: '京B2-EDI', business: [{ code: 'B21', name: '在线数据处理与交易处理业务', excludes: [] }], issued: '2024-01-01', valid_until: '2029-01-01' });
    const f = feature('商家入驻', '开放第三方商家入驻开店，平台抽佣。');
    const alone = run(f);
    expect(alone.verdict).toBe('rejected');
    const both = evaluate(f, ctx({ licences: [seedLicence, edi] }));
    expect(both.verdict).toBe('allowed');
    expect(both.categories.find((c) => c.code === 'B21')).toMatchObject({ covered: true, licence_id: '京B2-EDI' });
    const expired = pinLicence({ ...edi, id: 'old', valid_until: '2025-01-01' });
    expect(evaluate(f, ctx({ licences: [seedLicence, expired] })).verdict).toBe('rejected');
  });
  test('pinning records a content revision that changes with content', () => {
    expect(seedLicence.revision).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pinLicence({ ...base, holder: 'x' }).revision).not.toBe(seedLicence.revision);
    expect(pinLicence(seedLicence).revision).toBe(seedLicence.revision);
  });
});

describe('lifecycle warnings by date', () => {
  const codes = (now: string, launch?: string) => {
    const f = feature('深色模式', '新增深色模式。', launch ? { launch_date: launch } : {});
    return evaluate(f, ctx({ now: new Date(now) })).warnings;
  };
  test('before 2026-10-31 the renewal is due, after it overdue (90 days before expiry)', () => {
    const before = codes('2026-06-01T04:00:00Z');
    expect(before.find((w) => w.code === 'renewal_due')?.due).toBe('2026-10-31');
    const after = codes('2026-11-29T04:00:00Z');
    expect(after.find((w) => w.code === 'renewal_overdue')?.due).toBe('2026-10-31');
    expect(after.find((w) => w.code === 'licence_expiry')?.due).toBe('2027-01-29');
  });
  test('annual report due at the end of the next first quarter', () => {
    expect(codes('2026-11-29T04:00:00Z').find((w) => w.code === 'annual_report')?.due).toBe('2027-03-31');
    expect(codes('2026-02-10T04:00:00Z').find((w) => w.code === 'annual_report')?.due).toBe('2026-03-31');
  });
  test('expiry within the launch window, and launch after expiry', () => {
    expect(codes('2026-11-29T04:00:00Z', '2027-01-10').map((w) => w.code)).toContain('expiry_in_launch_window');
    expect(codes('2026-11-29T04:00:00Z', '2026-12-01').map((w) => w.code)).toContain('expiry_in_launch_window');
    expect(codes('2026-06-01T04:00:00Z', '2026-07-01').map((w) => w.code)).not.toContain('expiry_in_launch_window');
    expect(codes('2026-11-29T04:00:00Z', '2027-02-01').map((w) => w.code)).toContain('launch_after_expiry');
    expect(codes('2027-03-01T04:00:00Z').map((w) => w.code)).toContain('licence_expired');
  });
  test('dates come from the licence record', () => {
    const other = pinLicence({ ...(seedLicence as Licence), valid_until: '2030-06-30' });
    const r = evaluate(feature('深色模式', '新增深色模式。'), ctx({ licences: [other], now: NOW }));
    expect(r.warnings.find((w) => w.code === 'renewal_due')?.due).toBe('2030-04-01');
  });
  test('the default launch date is today in Beijing', () => {
    const r = evaluate(feature('深色模式', '新增深色模式。'), ctx({ now: new Date('2027-01-29T17:00:00Z') }));
    expect(r.launch_date).toBe('2027-01-30');
    expect(r.verdict).toBe('rejected');
  });
});

describe('determinism and purity', () => {
  test('same input → deep-equal output', () => {
    const f = feature('PRD', '评论区支持楼中楼；本期不做私信。另外新增「全网」搜索，结果来自爬虫抓取的外部网站。', { capabilities: ['comments'], sectors: ['news'] });
    const a = run(f);
    const b = run(structuredClone(f));
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
  test('the input feature is not mutated', () => {
    const f = feature('私信', '用户之间可以发私信。', { capabilities: ['comments'] });
    const copy = structuredClone(f);
    run(f);
    expect(f).toEqual(copy);
  });
  test('the ruleset revision hashes its data', () => {
    expect(defaultRuleset.revision).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run(feature('a', 'b')).ruleset).toEqual({ id: 'scope-rules', revision: defaultRuleset.revision });
  });
  test('a 20 KB description is classified (timing is measured by scripts, not asserted here)', () => {
    let text = '';
    while (text.length < 20_000) text += 'Background: our community needs more engagement. 评论区支持楼中楼回复，点赞和举报。We publish editorial articles every week. ';
    expect(run(feature('PRD', text)).verdict).toBe('allowed');
    expect(run(feature('PRD', text + ' 另外，用户之间可以互发私信。')).verdict).toBe('rejected');
    expect(run(feature('PRD', '另外，用户之间可以互发私信。' + text)).verdict).toBe('rejected');
  });
});

describe('launch time written only in the text', () => {
  test('after expiry → needs_review; a launch_date given that contradicts the text also needs review', () => {
    const f = feature('评论表情包', '评论区支持表情包，公开显示。排期：2027 年春节后上线。');
    const r = run(f);
    expect(r.verdict).toBe('needs_review');
    expect(r.reasons.find((x) => x.subject === 'launch_date')?.clause).toBe('二');
    expect(run({ ...f, launch_date: '2026-12-20' }).verdict).toBe('needs_review');
  });
  test('before expiry → no doubt', () => {
    expect(run(feature('评论表情包', '评论区支持表情包，公开显示。计划 2026 年 12 月上线。')).verdict).toBe('allowed');
    expect(run(feature('Emoji', 'Emoji in public comments, shipping Q2 2027.')).verdict).toBe('needs_review');
  });
});

describe('cancellations', () => {
  test('one-way platform notices called 站内信 are delivery; user-to-user 站内信 in another sentence still rejects', () => {
    expect(run(feature('系统通知', '站内信只用于平台向用户发送订单状态和活动通知，用户不能回复。')).verdict).toBe('allowed');
    expect(run(feature('系统通知', '站内信只用于平台向用户发送订单状态。另外用户之间也可以互发站内信。')).verdict).toBe('rejected');
  });
  test('the company\'s own careers page is not a job platform', () => {
    expect(run(feature('加入我们', '官网上线「加入我们」页面，发布本公司自己的招聘岗位。')).approvals).toEqual([]);
    expect(run(feature('招聘频道', '开放装修公司发布招聘职位，求职者投递简历。')).approvals.map((a) => a.code)).toEqual(['recruitment']);
  });
});

describe('round 3: own_act, unless_denied, company brands', () => {
  test('money paid into our brand\'s account and released onward is finance even through a licensed channel (own_act)', () => {
    const r = run(feature('Staged payouts', "Homeowners pay the full amount into Haomei's collection account through a licensed payment channel, and we pay the contractor in three stages."));
    expect(r.verdict).toBe('rejected');
    expect(r.approvals.map((a) => a.code)).toContain('finance');
    expect(r.counter_evidence.some((c) => c.subject === 'finance' && c.why === 'licensed_third_party')).toBe(false);
  });
  test('points whose purchase and cash-out are both denied are not a stored-value doubt (unless_denied)', () => {
    expect(run(feature('积分转赠', '积分不能购买也不能提现，但好友之间可以互赠。')).verdict).toBe('allowed');
    expect(run(feature('积分转赠', '用户可以把积分转赠给好友。')).verdict).toBe('needs_review');
  });
  test('a partner feed that denies news is not a news doubt; one that says nothing is', () => {
    expect(run(feature('合作媒体', '接入合作媒体的装修文章，不含新闻，展示在家居频道。')).verdict).toBe('allowed');
    expect(run(feature('合作媒体', '接入合作媒体的内容，展示在家居频道。')).verdict).toBe('needs_review');
  });
});
