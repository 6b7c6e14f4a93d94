import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, totalmem } from 'node:os';

/** A free TCP port on 127.0.0.1 (bound and released; the usual small race is acceptable here). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A child in its own process group, so that stopping it also stops what it spawned (npm → tsx → node). */
export interface Child {
  proc: ChildProcess;
  /** stdout + stderr so far, for diagnostics. */
  output(): string;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when the leader has exited. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<Child>();
let hooked = false;

export function spawnGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Child {
  const proc = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (proc.pid) process.kill(-proc.pid, sig);
    } catch { /* already gone */ }
  };
  const child: Child = {
    proc,
    output: () => out,
    stop: async (graceMs = 5000) => {
      live.delete(child);
      if (proc.exitCode !== null || proc.signalCode !== null) {
        signal('SIGKILL'); // stragglers of the group, if any
        return;
      }
      signal('SIGTERM');
      const t = setTimeout(() => signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
      signal('SIGKILL');
    },
  };
  live.add(child);
  if (!hooked) {
    hooked = true;
    const killAll = () => {
      for (const c of live) try { if (c.proc.pid) process.kill(-c.proc.pid, 'SIGKILL'); } catch { /* gone */ }
    };
    process.on('exit', killAll);
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => { killAll(); process.exit(130); });
  }
  return child;
}

/** Polls `url` until it answers `status`; returns ms since `since` (a performance.now() time). */
export async function waitFor(url: string, opts: { status?: number; timeoutMs: number; intervalMs?: number; child?: Child; since?: number; init?: RequestInit }): Promise<number> {
  const since = opts.since ?? performance.now();
  const until = performance.now() + opts.timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { ...opts.init, signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.status === (opts.status ?? 200)) return performance.now() - since;
    } catch { /* not up yet */ }
    if (opts.child && opts.child.proc.exitCode !== null) {
      throw new Error(`${url}: the process exited (${opts.child.proc.exitCode}) before answering:\n${opts.child.output().slice(-3000)}`);
    }
    if (performance.now() > until) {
      throw new Error(`${url}: no ${opts.status ?? 200} within ${opts.timeoutMs} ms${opts.child ? ':\n' + opts.child.output().slice(-3000) : ''}`);
    }
    await sleep(opts.intervalMs ?? 50);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The q-th percentile (0..100) of values, nearest-rank. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((q / 100) * s.length) - 1));
  return s[i]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

export function fmtInt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n);
}

export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return (n / 1024 / 1024).toFixed(2) + ' MiB';
  if (n >= 1024) return (n / 1024).toFixed(1) + ' KiB';
  return n + ' B';
}

/** The machine the figures come from. */
export function machineInfo() {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpuModel = m[1]!.trim();
  } catch { /* not Linux */ }
  // availableParallelism honours affinity masks the way `nproc` does.
  const nproc = availableParallelism();
  return {
    nproc,
    cpu_model: cpuModel,
    memory_gib: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Parsed command line. */
export interface Options {
  quick: boolean;
  only: Set<string>;
  auditSize: number;
  duration: number;
  warmup: number;
  connections: number;
  json: string;
  writeDoc: boolean;
  /** A previous results JSON whose phases fill in those this run skips. */
  merge: string | null;
}

export const PHASES = ['http', 'engine', 'audit', 'edge'] as const;

export function parseOptions(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(name + '='));
    if (i < 0) return undefined;
    const a = argv[i]!;
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
  };
  const has = (name: string) => argv.includes(name);
  for (const a of argv) {
    if (a.startsWith('--') && !['--quick', '--only', '--audit-size', '--duration', '--warmup', '--connections', '--json', '--no-doc', '--write-doc', '--merge', '--help'].includes(a.split('=')[0]!)) {
      throw new Error(`unknown option ${a} (try --help)`);
    }
  }
  if (has('--help')) {
    console.log(`npm run bench -- [--quick] [--only http,engine,audit,edge] [--audit-size N] [--duration S] [--warmup S]
  [--connections N] [--json FILE] [--write-doc | --no-doc] [--merge PREVIOUS.json]
A full run (no --quick, no --only, default sizes) also rewrites the figures block of docs/BENCH.md.
--merge a.json[,b.json] takes the phases this run skips (--only) from earlier runs' JSON (the first file
that has the phase without error), marked as such; --only none measures nothing.`);
    process.exit(0);
  }
  const quick = has('--quick');
  const onlyRaw = get('--only');
  const only = new Set(onlyRaw ? onlyRaw.split(',').map((s) => s.trim()).filter(Boolean) : PHASES);
  only.delete('none'); // `--only none --merge a.json,b.json`: measure nothing, combine earlier runs
  for (const p of only) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--only: unknown phase "${p}" (${PHASES.join(', ')}, none)`);
  const num = (name: string, dflt: number) => {
    const v = get(name);
    if (v === undefined) return dflt;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: "${v}" is not a positive number`);
    return n;
  };
  const auditSize = Math.round(num('--audit-size', quick ? 20_000 : 1_000_000));
  const duration = num('--duration', quick ? 2 : 10);
  const warmup = num('--warmup', quick ? 1 : 3);
  const connections = Math.round(num('--connections', 32));
  const full = !quick && !onlyRaw && auditSize === 1_000_000 && duration >= 10;
  return {
    quick, only, auditSize, duration, warmup, connections,
    json: get('--json') ?? 'bench/results/latest.json',
    writeDoc: has('--no-doc') ? false : has('--write-doc') || full,
    merge: get('--merge') ?? null,
  };
}

/** CPU seconds (user + system) used so far by every live process of a process group (Linux /proc). */
export function groupCpuSeconds(pgid: number | undefined): number {
  if (!pgid) return NaN;
  let ticks = 0;
  let found = false;
  try {
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      let stat: string;
      try { stat = readFileSync(`/proc/${d}/stat`, 'utf8'); } catch { continue; }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // f[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
      if (Number(f[2]) !== pgid) continue;
      found = true;
      ticks += Number(f[11]) + Number(f[12]);
    }
  } catch { return NaN; }
  return found ? ticks / 100 : NaN;
}
