import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, start, waitForOk } from '../../helpers/process.js';

/**
 * The console end to end: the real service (`tsx src/node.ts` on a free loopback port, a fresh
 * libSQL file, fixed keys) and Debian's Chromium driven by playwright-core. A screenshot of every
 * page under test lands in test-results/console/.
 */
const CHROMIUM = '/usr/bin/chromium';
const TOKENS = { submitter: 'e2e-submitter-token', auditor: 'e2e-auditor-token', admin: 'e2e-admin-token' } as const;
const SHOTS = join(process.cwd(), 'test-results', 'console');
const DM = {
  title: '私信 v1',
  description: '用户可以在对方主页点击「私信」，发送文字和图片消息，对方实时收到并回复。',
};

let dir: string;
let base: string;
let server: ReturnType<typeof start>;
let browser: Browser;
let paths: string[] = [];
let decisionId = '';

/** Everything a page did that the console promises it never does. */
interface Watch {
  errors: string[];
  foreign: string[];
}

async function open(ctx: BrowserContext): Promise<{ page: Page; watch: Watch }> {
  const page = await ctx.newPage();
  const watch: Watch = { errors: [], foreign: [] };
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A 401/403/422 the console asks for on purpose is logged by Chromium as a failed resource.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) watch.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:')) watch.foreign.push(url);
  });
  await page.goto(`${base}/console`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, watch };
}

async function signIn(page: Page, token: string) {
  await page.fill('#token', token);
  await page.click('#signin-submit');
  await page.waitForSelector('#signin', { state: 'hidden' });
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scope-gate-console-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = start('npx', ['tsx', 'src/node.ts'], {
    PORT: String(port),
    DATABASE_URL: `file:${join(dir, 'e2e.db')}`,
    API_KEYS: `submitter:${TOKENS.submitter},auditor:${TOKENS.auditor},admin:${TOKENS.admin}`,
    RATE_LIMIT_PER_MINUTE: '0',
  });
  await waitForOk(`${base}/healthz`, server.child, 60_000);
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
  paths = Object.keys(doc.paths);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the console in Chromium', () => {
  test('a stranger sees the sign-in form, reachable by keyboard, and a wrong key is refused', async () => {
    const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const { page, watch } = await open(ctx);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.keyboard.type('not-a-key');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#signin-status.error');
    expect(await page.textContent('#signin-status')).toMatch(/not valid/);
    expect(await page.isVisible('#view-try')).toBe(false);
    await shot(page, '1-sign-in');
    expect(page.url()).not.toContain('not-a-key');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await ctx.close();
  });

  test('a submitter tries a private-message feature: rejected, the evidence highlighted', async () => {
    const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const { page, watch } = await open(ctx);
    await signIn(page, TOKENS.submitter);
    await page.waitForSelector('#view-try', { state: 'visible' });
    expect(await page.textContent('#whoami')).toMatch(/submitter/);
    expect(await page.isVisible('#nav-log')).toBe(false);
    // The key is in this tab's sessionStorage only: no cookie, not in the URL.
    expect(await page.evaluate(() => sessionStorage.getItem('scope-gate.console.token'))).toBe(TOKENS.submitter);
    expect((await ctx.cookies()).length).toBe(0);
    expect(page.url()).not.toContain(TOKENS.submitter);

    await page.fill('#f-title', DM.title);
    await page.fill('#f-description', DM.description);
    await page.check('input[name="capabilities"][value="private_messaging"]');
    await page.fill('#f-team', 'community');
    await page.click('#try-submit');
    await page.waitForSelector('#try-result .verdict');
    expect(await page.getAttribute('#try-result .verdict .word', 'data-verdict')).toBe('rejected');
    expect(await page.textContent('#try-result .verdict .word')).toBe('Rejected');

    const marks = await page.$$eval('#try-result [data-field="description"] mark', (ms) => ms.map((m) => ({ text: m.textContent, title: m.getAttribute('title') })));
    expect(marks.length).toBeGreaterThan(0);
    const dm = marks.find((m) => m.text?.includes('私信'));
    expect(dm, JSON.stringify(marks)).toBeDefined();
    expect(dm!.title).toMatch(/B25-4/);
    const titleMarks = await page.$$eval('#try-result [data-field="title"] mark', (ms) => ms.map((m) => m.textContent));
    expect(titleMarks.join('')).toContain('私信');
    // The clause each reason cites, with its text.
    expect(await page.$$eval('#try-result blockquote.clause', (qs) => qs.filter((q) => (q.textContent ?? '').length > 4).length)).toBeGreaterThan(0);
    decisionId = (await page.textContent('#try-result .decision-id'))!.trim();
    expect(decisionId).toMatch(/\S{6,}/);
    await shot(page, '2-submitter-rejected');

    // The same answer in Chinese, without a new request.
    await page.click('#lang-toggle');
    expect(await page.textContent('#try-result .verdict .word')).toBe('拒绝');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.click('#signout');
    expect(await page.evaluate(() => sessionStorage.getItem('scope-gate.console.token'))).toBeNull();
    expect(await page.isVisible('#signin')).toBe(true);
    expect(await page.textContent('#try-result')).toBe('');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await ctx.close();
  });

  test('an auditor finds it in the log, opens its detail and its inclusion proof, and exports', async () => {
    expect(decisionId).not.toBe('');
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const { page, watch } = await open(ctx);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await signIn(page, TOKENS.auditor);
    await page.waitForSelector('#view-log', { state: 'visible' });
    expect(await page.isVisible('#nav-try')).toBe(false);
    expect(await page.textContent('#log-h')).toBe('决策日志');
    await page.waitForSelector('#chain-status:has-text("✓")');

    await page.selectOption('#q-verdict', 'rejected');
    await page.fill('#q-q', '私信');
    await page.click('#filter-form button[type="submit"]');
    const row = page.locator(`#log-rows tr[data-id="${decisionId}"]`);
    await row.waitFor();
    expect(await row.locator('.badge').first().textContent()).toBe('拒绝');
    await page.waitForSelector('#chart svg rect');
    await shot(page, '3-auditor-log');

    await row.locator('button.open-detail').click();
    await page.waitForSelector('#log-detail', { state: 'visible' });
    expect(await page.textContent('#detail-body .decision-id')).toBe(decisionId);
    expect(await page.$$eval('#detail-body [data-field="description"] mark', (ms) => ms.map((m) => m.textContent))).toContain('私信');

    if (paths.includes('/v1/decisions/{id}/proof')) {
      // No checkpoint covers the decision yet: the console offers to sign one, then proves inclusion.
      const sign = page.locator('#proof-sign');
      const verified = page.locator('#proof .verified').first();
      await Promise.race([sign.waitFor(), verified.waitFor()]);
      if (await sign.isVisible()) await sign.click();
      await page.waitForSelector('#proof .proof-check');
      const checks = await page.$$eval('#proof .proof-check', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(checks.length).toBe(3);
      for (const c of checks) expect(c, checks.join(' | ')).toMatch(/✓/);
    } else {
      await page.waitForSelector('#proof p.error');
    }
    await shot(page, '4-auditor-detail-proof');

    await page.keyboard.press('Escape');
    await page.waitForSelector('#log-list', { state: 'visible' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(decisionId);

    if (paths.includes('/v1/audit/export')) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-ndjson')]);
      expect(download.suggestedFilename()).toMatch(/\.ndjson$/);
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(file, 'utf8')).toContain(decisionId);
    }

    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await ctx.close();
  });

  test('on a phone-sized screen an admin sees both views without sideways scrolling', async () => {
    const ctx = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page, watch } = await open(ctx);
    await shot(page, '5-phone-sign-in');
    await signIn(page, TOKENS.admin);
    await page.waitForSelector('#view-try', { state: 'visible' });
    expect(await page.isVisible('#nav-log')).toBe(true);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await page.fill('#f-title', 'Help centre articles');
    await page.fill('#f-description', 'We publish our own help articles and FAQ pages on the website.');
    await page.click('#try-submit');
    await page.waitForSelector('#try-result .verdict');
    expect(await overflow()).toBeLessThanOrEqual(1);
    await shot(page, '6-phone-try');
    await page.click('#nav-log');
    await page.waitForSelector('#log-rows tr[data-id]');
    expect(await overflow()).toBeLessThanOrEqual(1);
    await shot(page, '7-phone-log');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await ctx.close();
  });
});
