/** The safety net (src/rules/safety.ts, decision row R6b): unexplained telecom-relevant cues. */
import { describe, expect, test } from 'vitest';
import { unexplainedCues } from '../../src/engine/index.js';
import { defaultRuleset, makeRuleset, defaultRulesetData } from '../../src/rules/index.js';
import { feature, run } from './helpers.js';

const netReasons = (r: ReturnType<typeof run>) => r.reasons.filter((x) => (x.subject ?? '').startsWith('net:'));

describe('safety net: unexplained telecom-relevant cues', () => {
  test('fires on a sentence whose user-interaction cue nothing explains, beside a recognised one', () => {
    const r = run(feature('文章页深色模式', '新增深色模式。用户可以给对方发私房照片并即时收到。'));
    expect(r.verdict).toBe('needs_review');
    expect(r.fired_rows).toContain('R6b');
    const rs = netReasons(r);
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.every((x) => x.kind === 'uncertain' && x.clause === '二')).toBe(true);
    expect(rs[0]!.message).toContain('对方');
    expect(rs[0]!.evidence?.[0]?.field).toBe('description');
  });

  test('fires on instant delivery with nothing said about it (English)', () => {
    const r = run(feature('Dark mode', 'Add a dark theme to settings. Users receive it instantly.', {}), { lang: 'en' });
    expect(r.verdict).toBe('needs_review');
    expect(netReasons(r).map((x) => x.subject)).toEqual(['net:delivery']);
    expect(netReasons(r)[0]!.message).toContain('instantly');
  });

  test('fires on a cue in the title when only the description is recognised', () => {
    const r = run(feature('即时收到', '新增深色模式。'));
    expect(r.fired_rows).toContain('R6b');
    expect(netReasons(r)[0]!.subject).toBe('net:delivery');
    expect(netReasons(r)[0]!.evidence?.[0]?.field).toBe('title');
  });

  test('does not fire on a sentence explained by a finding (covered or not)', () => {
    expect(run(feature('评论区', '用户可以在文章下发表评论并实时看到回复。')).fired_rows).not.toContain('R6b');
    const im = run(feature('私信', '用户之间可以发私信，实时送达。'));
    expect(im.verdict).toBe('rejected');
    expect(im.fired_rows).not.toContain('R6b');
  });

  test('does not fire on negated cues', () => {
    expect(run(feature('深色模式', '新增深色模式。不提供余额功能。')).fired_rows).not.toContain('R6b');
    const en = run(feature('Dark mode', 'Add a dark theme to settings. Users will not message each other.'));
    expect(en.verdict).toBe('allowed');
    expect(en.fired_rows).not.toContain('R6b');
  });

  test('does not fire on benign product work in the same sentence', () => {
    expect(run(feature('Dark mode', 'Add a dark theme to settings. The settings page loads in real time.')).verdict).toBe('allowed');
    expect(run(feature('Tech debt', 'Add retries to the payment callback. Improve logging around login failures.')).verdict).toBe('allowed');
    expect(run(feature('视频封面走 CDN', '把文章封面图迁移到腾讯云 CDN，用于加速自己的页面。')).fired_rows).not.toContain('R6b');
  });

  test('does not fire on staff-only tools', () => {
    expect(run(feature('Admin tool', 'Internal staff-only dashboard. Staff can see each user balance.')).fired_rows).not.toContain('R6b');
  });

  test('does not fire when the subject is settled elsewhere in the feature', () => {
    const r = run(feature('积分', '积分不可购买、不可提现，只能兑换本站优惠券。新增深色模式。签到获得积分。'));
    expect(r.fired_rows).not.toContain('R6b');
  });

  test('a ruleset without a safety net never fires it', () => {
    const bare = makeRuleset({ ...defaultRulesetData, safety_net: undefined });
    const r = run(feature('文章页深色模式', '新增深色模式。用户可以给对方发私房照片并即时收到。'), { ruleset: bare });
    expect(r.fired_rows).not.toContain('R6b');
    expect(unexplainedCues(bare, [], [], false, []).size).toBe(0);
    expect(defaultRuleset.safety_net?.groups.length).toBeGreaterThan(0);
  });
});
