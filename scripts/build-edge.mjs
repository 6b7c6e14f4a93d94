#!/usr/bin/env node
// Builds the Worker: wrangler's own bundle of src/worker.ts (wrangler.bundle.toml), then re-printed
// with esbuild's charset "utf8" so the rule tables' Chinese stays UTF-8 (3 bytes a character)
// instead of \uXXXX escapes (6 bytes). wrangler.toml uploads the result as it is (no_bundle).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const raw = join('.edge-build', 'raw');
rmSync(raw, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
const wrangler = join('node_modules', '.bin', 'wrangler');
const r = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', raw, '--metafile', join('.edge-build', 'meta.json'), '--config', 'wrangler.bundle.toml'],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
if (r.status !== 0) process.exit(r.status ?? 1);
const code = readFileSync(join(raw, 'worker.js'), 'utf8');
const out = transformSync(code, { charset: 'utf8', format: 'esm', minify: true, legalComments: 'none' });
writeFileSync(join('.edge-build', 'worker.js'), out.code);
console.error(`edge build: ${code.length} -> ${Buffer.byteLength(out.code)} bytes`);
