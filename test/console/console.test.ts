import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCRIPT } from '../../src/console/assets.js';
import { CONSOLE_CSP } from '../../src/console/csp.js';
import { CLIENT_JS } from '../../src/console/client.js';
import { LABELS } from '../../src/console/i18n.js';
import { CAPABILITY_CODES } from '../../src/engine/types.js';
import { testApp } from '../helpers/app.js';

/** The console's routes through app.request: the shell, its assets, their types and the CSP. */
type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.dispose());

const get = (path: string, headers: Record<string, string> = {}) => ctx.app.request(path, { headers });

describe('GET /console', () => {
  test('renders the shell without a key, in the language asked for', async () => {
    const res = await get('/console', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<title data-i18n="doc.title">scope-gate console</title>');
    expect(html).toContain('<a class="skip" href="#main">');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    // The sign-in form posts (a key never ends in a URL) and its button waits for the script.
    expect(html).toMatch(/<form id="signin-form" method="post"/);
    expect(html).toMatch(/<input id="token" name="token" type="password"/);
    expect(html).toMatch(/<button type="submit" id="signin-submit" disabled="">/);
    // One checkbox per capability code of DOMAIN.md §5, each with a label.
    for (const code of CAPABILITY_CODES) expect(html).toContain(`<input type="checkbox" name="capabilities" value="${code}"/>`);
    expect(html.match(/name="capabilities"/g)).toHaveLength(CAPABILITY_CODES.length);
  });

  test('is Chinese by default and for zh', async () => {
    for (const headers of [{}, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' }] as Record<string, string>[]) {
      const html = await (await get('/console', headers)).text();
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('scope-gate 控制台');
      expect(html).toContain('试判一个功能');
    }
  });

  test('has nothing inline and nothing from elsewhere: one script and one stylesheet of its own', async () => {
    const html = await (await get('/console')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="/console/app.js"');
    expect(scripts[0]![2]).toBe('');
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/<style\b|\sstyle=/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/javascript:/i);
  });

  test('answers with its own strict CSP, beside the app\'s security headers', async () => {
    const res = await get('/console');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toBe(CONSOLE_CSP);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['require-trusted-types-for']).toBe("'script'");
    expect(csp).not.toMatch(/unsafe-|\*|https?:|data:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('the API keeps its own headers: no console CSP on /v1 or /healthz', async () => {
    expect((await get('/healthz')).headers.get('content-security-policy')).toBeNull();
    expect((await get('/v1/decisions')).status).toBe(401);
  });

  test('/console/ redirects to /console; HEAD works', async () => {
    const res = await get('/console/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/console');
    const head = await ctx.app.request('/console', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  test('is not part of the API contract (/openapi.json)', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/console'))).toEqual([]);
  });
});

describe('assets', () => {
  test.each([
    ['/console/app.js', 'text/javascript; charset=utf-8'],
    ['/console/app.css', 'text/css; charset=utf-8'],
    ['/console/icon.svg', 'image/svg+xml'],
  ])('%s is served as %s with the CSP, an ETag, and 304 when unchanged', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await res.text()).length).toBeGreaterThan(100);
    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test('the script parses, carries both label tables, and never builds markup from strings', async () => {
    const js = await (await get('/console/app.js')).text();
    expect(js).toBe(SCRIPT.body);
    expect(() => new Function(js)).not.toThrow();
    const tables = JSON.parse(/^const I18N = (.*);$/m.exec(js)![1]!) as Record<'zh' | 'en', Record<string, string>>;
    expect(Object.keys(tables.zh).sort()).toEqual(Object.keys(LABELS).sort());
    expect(tables.en['verdict.rejected']).toBe('Rejected');
    expect(tables.zh['verdict.rejected']).toBe('拒绝');
    // Trusted Types are required by the CSP: these sinks would throw, so the script has none.
    expect(CLIENT_JS).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    // The key lives in sessionStorage only.
    expect(CLIENT_JS).not.toMatch(/document\.cookie|localStorage\.setItem\(TOKEN_KEY/);
    expect(CLIENT_JS).toContain("sessionStorage.setItem(TOKEN_KEY, token)");
    // Nothing but this origin's relative paths.
    expect(CLIENT_JS).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('every label the script or page asks for exists in both languages', async () => {
    const keys = new Set<string>();
    for (const m of CLIENT_JS.matchAll(/\b(?:t|fmt)\('([a-z_.0-9-]+)'/g)) keys.add(m[1]!);
    const html = await (await get('/console')).text();
    for (const m of html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)) keys.add(m[1]!);
    // Families the script completes at run time: every member must exist.
    const families: Record<string, readonly string[]> = {
      'role.': ['submitter', 'auditor', 'admin'],
      'kind.': ['out_of_scope', 'amendment_required', 'prohibited', 'licence_invalid', 'uncertain'],
      'verdict.': ['allowed', 'rejected', 'needs_review', 'allowed.help', 'rejected.help', 'needs_review.help'],
    };
    for (const k of [...keys].filter((k) => k.endsWith('.'))) {
      expect(families[k], k).toBeDefined();
      keys.delete(k);
      for (const member of families[k]!) keys.add(k + member);
    }
    const missing = [...keys].filter((k) => !(k in LABELS));
    expect(missing).toEqual([]);
    for (const [k, [zh, en]] of Object.entries(LABELS)) {
      expect(zh, k).not.toBe('');
      expect(en, k).not.toBe('');
    }
  });
});
