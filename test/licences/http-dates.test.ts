import { describe, expect, test } from 'vitest';
import { testApp, TOKENS } from '../helpers/app.js';
import { ARTICLES, EDI_ID, ediLicence, MARKETPLACE, SEED_ID, seedContent } from './registry-helpers.js';

/**
 * The licence's dates through the HTTP API, for several clocks and launch dates. The seed licence:
 * issued 2023-08-04, valid until 2027-01-29; renewal due 90 days before (十二): 2026-10-31; annual
 * report in the first quarter (十四). "Today" is the date in Beijing (UTC+8).
 */
type D = { verdict: string; launch_date: string; reasons: { kind: string; subject?: string }[]; warnings: { code: string; due?: string }[]; categories: { code: string; covered: boolean; licence_id: string | null }[] };

async function judge(now: string, feature: Record<string, unknown>, setup?: (call: Awaited<ReturnType<typeof testApp>>['call']) => Promise<void>): Promise<D> {
  const t = await testApp({ now });
  try {
    if (setup) await setup(t.call);
    const res = await t.call('POST', '/v1/decisions', { token: TOKENS.submitter, body: { feature } });
    expect(res.status).toBe(201);
    return (await res.json()) as D;
  } finally {
    await t.dispose();
  }
}
const codes = (d: D) => d.warnings.map((w) => `${w.code}@${w.due}`);
const feature = (launch?: string) => ({ ...ARTICLES, ...(launch ? { launch_date: launch } : {}) });

const CASES: [string, string, string | undefined, string, string[]][] = [
  ['months ahead: renewal due, expiry, annual report next Q1', '2026-06-01T04:00:00Z', '2026-07-01', 'allowed',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31']],
  ['in the first quarter: this year\'s annual report', '2026-02-15T04:00:00Z', '2026-03-01', 'allowed',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2026-03-31']],
  ['the last day to apply for renewal (23:59:59 in Beijing)', '2026-10-31T15:59:59Z', undefined, 'allowed',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['one second later in Beijing: renewal overdue', '2026-10-31T16:00:00Z', undefined, 'allowed',
    ['renewal_overdue@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['launch today, expiry within 90 days of launch', '2026-11-29T04:00:00Z', undefined, 'allowed',
    ['renewal_overdue@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['launch 90 days before expiry is inside the window', '2026-06-01T04:00:00Z', '2026-10-31', 'allowed',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['launch on the expiry date is still valid', '2026-06-01T04:00:00Z', '2027-01-29', 'allowed',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['launch the day after expiry: rejected', '2026-06-01T04:00:00Z', '2027-01-30', 'rejected',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'launch_after_expiry@2027-01-29']],
  ['planned after expiry, renewal overdue', '2026-11-29T04:00:00Z', '2027-02-01', 'rejected',
    ['renewal_overdue@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'launch_after_expiry@2027-01-29']],
  ['the last valid day in Beijing', '2027-01-29T15:59:59Z', undefined, 'allowed',
    ['renewal_overdue@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'expiry_in_launch_window@2027-01-29']],
  ['expired in Beijing, still the 29th in UTC', '2027-01-29T16:00:00Z', undefined, 'rejected',
    ['licence_expired@2027-01-29', 'annual_report@2027-03-31', 'launch_after_expiry@2027-01-29']],
  ['launch before the licence was issued: rejected', '2026-06-01T04:00:00Z', '2023-08-01', 'rejected',
    ['renewal_due@2026-10-31', 'licence_expiry@2027-01-29', 'annual_report@2027-03-31', 'launch_before_issue@2023-08-04']],
];

describe('dates on the default licence', () => {
  test.each(CASES)('%s', async (_n, now, launch, verdict, warnings) => {
    const d = await judge(now, feature(launch));
    expect(d.verdict).toBe(verdict);
    expect(codes(d)).toEqual(warnings);
    const invalid = d.reasons.filter((r) => r.kind === 'licence_invalid');
    if (verdict === 'rejected') expect(invalid.map((r) => r.subject)).toEqual([SEED_ID]);
    else expect(invalid).toEqual([]);
  });

  test('a renewal registered as a new revision makes the later launch valid again', async () => {
    const d = await judge('2026-11-29T04:00:00Z', feature('2027-02-01'), async (call) => {
      const res = await call('POST', '/v1/licences', { token: TOKENS.admin, body: { ...seedContent(), issued: '2027-01-20', valid_until: '2032-01-19' } });
      expect(res.status).toBe(201);
    });
    expect(d.verdict).toBe('allowed');
    expect(codes(d)).toEqual(['renewal_due@2031-10-21', 'licence_expiry@2032-01-19', 'annual_report@2027-03-31']);
  });
});

describe('dates on a second licence', () => {
  test('an EDI licence that expires before launch does not cover B21 at launch', async () => {
    const d = await judge('2026-11-29T04:00:00Z', { ...MARKETPLACE, launch_date: '2027-01-05' }, async (call) => {
      expect((await call('POST', '/v1/licences', { token: TOKENS.admin, body: ediLicence({ valid_until: '2026-12-31' }) })).status).toBe(201);
    });
    expect(d.verdict).toBe('rejected');
    expect(d.categories).toEqual([expect.objectContaining({ code: 'B21', covered: false, licence_id: null })]);
  });

  test('an EDI licence valid on launch covers, whatever today is', async () => {
    const d = await judge('2026-11-29T04:00:00Z', { ...MARKETPLACE, launch_date: '2026-12-15' }, async (call) => {
      expect((await call('POST', '/v1/licences', { token: TOKENS.admin, body: ediLicence({ valid_until: '2026-12-31' }) })).status).toBe(201);
    });
    expect(d.verdict).toBe('allowed');
    expect(d.categories).toEqual([expect.objectContaining({ code: 'B21', covered: true, licence_id: EDI_ID })]);
  });

  // Gaps in the engine (src/engine/index.ts step 8 reads only the primary licence); see the report
  // of issue 5. They are todos here, not failures: the engine is not this module's to change.
  test.todo('an EDI licence covering a found category warns of its own renewal window and expiry within the launch window');
  test.todo('an EDI licence that expired before launch is named in the reason for the uncovered category');
  test.todo('a licence invalid on the launch date gives licence_invalid alone, not also out_of_scope for categories it would cover');
});
