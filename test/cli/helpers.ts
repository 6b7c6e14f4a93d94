import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/scope-gate.mjs');
export const TOKENS = { submitter: 'cli-submitter', auditor: 'cli-auditor' } as const;

export { freePort } from '../helpers/process.js';
import { freePort } from '../helpers/process.js';

export interface Service {
  url: string;
  stop(): Promise<void>;
  /** Entries in the log (GET /healthz). */
  entries(): Promise<number>;
  get(path: string): Promise<any>;
}

/** `npm start` on a free port with a temp database and fixed keys; resolves when /healthz answers. */
export async function startService(): Promise<Service> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'scope-gate-cli-'));
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      API_KEYS: `submitter:${TOKENS.submitter},auditor:${TOKENS.auditor}`,
      DATABASE_URL: `file:${join(dir, 'log.db')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${log}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`service did not answer /healthz:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch { /* gone */ }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
    async entries() {
      const r = await fetch(`${url}/healthz`);
      return ((await r.json()) as { entries: number }).entries;
    },
    async get(path: string) {
      const r = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${TOKENS.auditor}` } });
      return r.json();
    },
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/scope-gate.mjs …` as a process (asynchronously: fakes in this process keep answering). */
export function runCli(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    // A clean slate: no GitHub or scope-gate variables leak in from the outer environment.
    if (v !== undefined && !/^(GITHUB_|SCOPE_GATE_|RUNNER_)/.test(k)) env[k] = v;
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
