#!/usr/bin/env node
// `npm run dev:edge`: the Worker under `wrangler dev`, offline, with a local D1 database migrated
// from migrations/ first. PORT (default 8787) and API_KEYS come from the environment, as for
// `npm start`; where API_KEYS is unset, a key of each role is generated and printed once.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const port = process.env.PORT || '8787';
const persist = process.env.WRANGLER_PERSIST_TO || '.wrangler/state';
let keys = process.env.API_KEYS;
if (!keys) {
  keys = ['submitter', 'auditor', 'admin'].map((r) => `${r}:sg_${r}_${randomBytes(18).toString('base64url')}`).join(',');
  console.log('API_KEYS is unset: generated keys for this run:');
  for (const pair of keys.split(',')) console.log('  ' + pair.replace(':', '  '));
}
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true' };
const wrangler = join('node_modules', '.bin', 'wrangler');

const migrated = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'scope-gate', '--local', '--persist-to', persist],
  { stdio: ['ignore', 'inherit', 'inherit'], env });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);

// Secrets go in a private env file rather than the command line.
const dir = mkdtempSync(join(tmpdir(), 'scope-gate-edge-'));
const envFile = join(dir, '.dev.vars');
const extra = ['MASK_PERSONAL_DATA', 'CORS_ORIGINS', 'RATE_LIMIT_PER_MINUTE', 'CHECKPOINT_PRIVATE_KEY']
  .filter((k) => process.env[k]).map((k) => `${k}=${JSON.stringify(process.env[k])}`);
writeFileSync(envFile, [`API_KEYS=${JSON.stringify(keys)}`, ...extra].join('\n') + '\n', { mode: 0o600 });

const child = spawn(wrangler, ['dev', '--local', '--ip', '127.0.0.1', '--port', port, '--persist-to', persist,
  '--env-file', envFile, '--show-interactive-dev-session=false'], { stdio: ['ignore', 'inherit', 'inherit'], env });
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
