#!/usr/bin/env node
// Builds the Worker: wrangler's own bundle of src/worker.ts (wrangler.bundle.toml), then re-printed
// with esbuild's charset "utf8" so the rule tables' Chinese stays UTF-8 (3 bytes a character)
// instead of \uXXXX escapes (6 bytes). wrangler.toml uploads the result as it is (no_bundle).
// The default ruleset goes in as .edge-build/rules.gen.mjs (scripts/edge-rules.mjs): the tables
// without their reviewers' notes, the revision computed here over the full tables and pinned.
// The console's static files (script, styles, icon) are not bundled: they are written to
// .edge-build/assets, which Workers static assets serve (wrangler.toml [assets]), with a _headers
// file giving them the headers the app gives them on Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { loadTs } from '../src/lib/load-ts.mjs';
import { edgeRulesModule } from './edge-rules.mjs';

const raw = join('.edge-build', 'raw');
rmSync(raw, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
const { defaultRuleset } = await loadTs(new URL('../src/rules/index.ts', import.meta.url));
writeFileSync(join('.edge-build', 'rules.gen.mjs'), edgeRulesModule(defaultRuleset));
await writeConsoleAssets(join('.edge-build', 'assets'));
const wrangler = join('node_modules', '.bin', 'wrangler');
const r = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', raw, '--metafile', join('.edge-build', 'meta.json'), '--config', 'wrangler.bundle.toml'],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
if (r.status !== 0) process.exit(r.status ?? 1);
const code = readFileSync(join(raw, 'worker.js'), 'utf8');
const out = transformSync(code, { charset: 'utf8', format: 'esm', minify: true, legalComments: 'none' });
writeFileSync(join('.edge-build', 'worker.js'), out.code);
console.error(`edge build: ${code.length} -> ${Buffer.byteLength(out.code)} bytes`);

/**
 * Writes the console's static files and their _headers (Cloudflare's format): the console's CSP and
 * Cache-Control, and the security headers of every answer of the app (SECURE_HEADERS through Hono's
 * own secureHeaders, so the two cannot drift apart).
 * @param {string} dir
 */
async function writeConsoleAssets(dir) {
  const { CONSOLE_FILES } = await loadTs(new URL('../src/console/assets.ts', import.meta.url));
  const { CONSOLE_CSP } = await loadTs(new URL('../src/console/csp.ts', import.meta.url));
  const { SECURE_HEADERS } = await loadTs(new URL('../src/http/app.ts', import.meta.url));
  const probe = new Hono().use(secureHeaders(SECURE_HEADERS)).get('/', (c) => c.body(''));
  const secure = [...(await probe.request('/')).headers].filter(([k]) => k !== 'content-type');
  rmSync(dir, { recursive: true, force: true });
  const rules = [];
  for (const [path, file] of Object.entries(CONSOLE_FILES)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), file.body);
    rules.push(path, `  Content-Type: ${file.type}`, `  Content-Security-Policy: ${CONSOLE_CSP}`, '  Cache-Control: no-cache',
      ...secure.map(([k, v]) => `  ${k}: ${v}`));
  }
  writeFileSync(join(dir, '_headers'), rules.join('\n') + '\n');
}
