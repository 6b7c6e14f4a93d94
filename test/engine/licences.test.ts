/** Several held licences: includes, dates, citations and warnings per licence (engine core). */
import { describe, expect, test } from 'vitest';
import { coveredCategories, evaluate, pinLicence } from '../../src/engine/index.js';
import type { Licence } from '../../src/engine/types.js';
import { ctx, feature, run, seedLicence } from './helpers.js';

const base = seedLicence as Licence;
const edi = pinLicence({
  ...base, id: '京B2-EDI', number: '京B2-EDI',
  business: [{ code: 'B21', name: '在线数据处理与交易处理业务', limit: '仅限经营类电子商务', excludes: [] }],
  business_clause: { id: '业务种类', text: '在线数据处理与交易处理业务（仅限经营类电子商务）' },
  clauses: base.clauses.map((c) => (c.id === '十二' ? { ...c, text: 'EDI 许可证第十二条：提前90日续办。' } : c)),
  issued: '2024-01-01', valid_until: '2029-01-01',
});
const marketplace = feature('商家入驻', '开放第三方商家入驻开店，平台抽佣。');

describe('includes on a B25 business', () => {
  test('keeps only the included sub-types, then removes excludes', () => {
    const b25 = { code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务' };
    expect(coveredCategories({ ...base, business: [{ ...b25, excludes: [], includes: ['B25-1', 'B25-3'] }] })).toEqual(['B25-1', 'B25-3']);
    expect(coveredCategories({ ...base, business: [{ ...b25, excludes: ['B25-3'], includes: ['B25-1', 'B25-3'] }] })).toEqual(['B25-1']);
    expect(coveredCategories({ ...base, business: [{ ...b25, excludes: ['B25-2'], includes: [] }] })).toEqual(['B25-1', 'B25-3', 'B25-4', 'B25-5']);
  });
  test('a licence granting only B25-1 rejects comments', () => {
    const only1 = pinLicence({ ...base, business: [{ code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: [], includes: ['B25-1'] }] });
    const r = evaluate(feature('评论', '文章下可以发表评论，公开展示。'), ctx({ licences: [only1] }));
    expect(r.verdict).toBe('rejected');
    expect(r.categories.find((c) => c.code === 'B25-3')?.covered).toBe(false);
  });
});

describe('lifecycle warnings for every licence relied on', () => {
  test('the covering secondary licence gets its own warnings, each with licence_id', () => {
    const r = evaluate(marketplace, ctx({ licences: [seedLicence, edi] }));
    expect(r.verdict).toBe('allowed');
    expect(r.warnings.every((w) => typeof w.licence_id === 'string')).toBe(true);
    const ids = new Set(r.warnings.map((w) => w.licence_id));
    expect(ids).toEqual(new Set([seedLicence.id, '京B2-EDI']));
    expect(r.warnings.find((w) => w.licence_id === '京B2-EDI' && w.code === 'licence_expiry')?.due).toBe('2029-01-01');
    expect(r.warnings.find((w) => w.licence_id === '京B2-EDI' && w.code === 'renewal_due')?.due).toBe('2028-10-03');
  });
  test('a held licence that covers nothing found gets none', () => {
    const r = evaluate(feature('评论', '文章下可以发表评论，公开展示。'), ctx({ licences: [seedLicence, edi] }));
    expect(r.warnings.map((w) => w.licence_id)).not.toContain('京B2-EDI');
  });
});

describe('dates of held licences', () => {
  test('uncovered only because the covering licence is not valid then: licence_invalid naming it, plus out_of_scope', () => {
    const late = pinLicence({ ...edi, issued: '2027-06-01', valid_until: '2032-06-01' });
    const r = evaluate({ ...marketplace, launch_date: '2026-12-20' }, ctx({ licences: [seedLicence, late] }));
    expect(r.verdict).toBe('rejected');
    const inv = r.reasons.filter((x) => x.kind === 'licence_invalid');
    expect(inv.map((x) => x.subject)).toEqual(['京B2-EDI']);
    expect(inv[0]!.message).toContain('京B2-EDI');
    expect(inv[0]!.message).toContain('2027-06-01');
    expect(inv[0]!.clause_text).toBe('EDI 许可证第十二条：提前90日续办。');
    expect(r.reasons.some((x) => x.kind === 'out_of_scope' && x.subject === 'B21')).toBe(true);
  });
  test('no licence_invalid for a secondary licence when the category is not found', () => {
    const late = pinLicence({ ...edi, issued: '2027-06-01', valid_until: '2032-06-01' });
    const r = evaluate(feature('评论', '文章下可以发表评论，公开展示。', { launch_date: '2026-12-20' }), ctx({ licences: [seedLicence, late] }));
    expect(r.verdict).toBe('allowed');
  });
  test('primary invalid on the launch date: scope judged against all held licences, the date is licence_invalid', () => {
    const r = run(feature('评论点赞', '评论区支持点赞，公开展示评论。', { launch_date: '2027-02-01' }));
    expect(r.verdict).toBe('rejected');
    expect(r.reasons.map((x) => x.kind)).toEqual(['licence_invalid']);
    expect(r.categories.find((c) => c.code === 'B25-3')).toMatchObject({ covered: true, licence_id: seedLicence.id });
    // still out of scope when no held licence covers it at all
    const dm = run(feature('私信', '用户之间可以发私信。', { launch_date: '2027-02-01' }));
    expect(dm.reasons.map((x) => x.kind)).toEqual(['licence_invalid', 'out_of_scope']);
  });
  test('primary invalid and an invalid secondary relied on: both named', () => {
    const old = pinLicence({ ...edi, issued: '2020-01-01', valid_until: '2026-01-01' });
    const r = evaluate({ ...marketplace, launch_date: '2027-02-01' }, ctx({ licences: [seedLicence, old] }));
    expect(r.reasons.filter((x) => x.kind === 'licence_invalid').map((x) => x.subject)).toEqual([seedLicence.id, '京B2-EDI']);
    expect(r.reasons.some((x) => x.kind === 'out_of_scope')).toBe(false);
  });
});

describe('doubts about covered categories', () => {
  test('doubt:B25-4 does not send to review once a revision lifts the B25-4 exclusion', () => {
    const f = feature('在线沟通', '买家和卖家可以实时沟通。');
    const before = run(f);
    expect(before.verdict).not.toBe('allowed');
    const lifted = pinLicence({ ...base, business: [{ ...base.business[0]!, excludes: ['B25-2'] }] });
    const r = evaluate(f, ctx({ licences: [lifted] }));
    expect(r.reasons.filter((x) => x.subject === 'B25-4')).toEqual([]);
    expect(r.verdict).not.toBe('needs_review');
  });
});
