import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (where `npm start` runs). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const KEYS = { submitter: 'fault-submitter-token', auditor: 'fault-auditor-token', admin: 'fault-admin-token' } as const;
export const API_KEYS = Object.entries(KEYS).map(([role, token]) => `${role}:${token}`).join(',');

export { freePort } from '../helpers/process.js';
import { freePort } from '../helpers/process.js';

export interface Server {
  proc: ChildProcess;
  pid: number;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the service the way `npm start` does (`tsx src/node.ts`), as one process (node with the
 * tsx loader), so that a signal reaches the server itself and /proc/<pid> is the server's.
 */
export async function startServer(dbFile: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, API_KEYS, RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let dead = false;
  void exited.then(() => (dead = true));
  for (;;) {
    if (dead) throw new Error(`server exited before it was ready:\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server not ready after 90 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, pid: proc.pid!, url, output: () => out, exited };
}

/** The server's resident set size in KiB, from /proc/<pid>/status. */
export function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });
