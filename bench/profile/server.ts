/**
 * Prices the parts of POST /v1/decisions under the benchmark's load (32 connections, eval bodies):
 * runs bench/profile/server-copy.ts in variants (FULL, NORMAL: the synchronous pragma; +defer: the
 * group starts one event-loop turn after its first append; null: no log at all) and prints decisions/s, server CPU per decision and
 * group-commit statistics for each; with --prof, also a CPU profile of the FULL variant.
 *
 *   npx tsx bench/profile/server.ts [--seconds 10] [--prof [--prof-variant FULL]] [--variants FULL,FULL+defer,NORMAL,null]
 */
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadFeatures, requestBodies } from '../lib/bodies.js';
import { freePort, groupCpuSeconds, spawnGroup, waitFor } from '../lib/util.js';
import { summarize } from './summarize.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const arg = (n: string, d: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1]! : d; };
const seconds = Number(arg('--seconds', '10'));
const prof = process.argv.includes('--prof');
const profVariant = arg('--prof-variant', 'FULL');
const variants = arg('--variants', 'FULL,FULL+defer,NORMAL,null').split(',');
const bodies = requestBodies(loadFeatures(ROOT).features);
const token = 'prof-' + Math.random().toString(36).slice(2);

for (const v of variants) {
  const dir = mkdtempSync(join(tmpdir(), 'scope-gate-prof-'));
  const port = await freePort();
  const profDir = join(ROOT, 'bench', '.cache', 'prof', 'server-' + v);
  const nodeArgs = [...(prof && v === profVariant ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), '--import', 'tsx', join(ROOT, 'bench', 'profile', 'server-copy.ts')];
  const child = spawnGroup(process.execPath, nodeArgs, {
    ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'p.db')}`, API_KEYS: `submitter:${token}`,
    BENCH_SYNC: v.startsWith('NORMAL') ? 'NORMAL' : 'FULL', BENCH_NULL_LOG: v === 'null' ? '1' : '0',
    BENCH_DEFER_FLUSH: v.endsWith('+defer') ? '1' : '0',
  }, ROOT);
  try {
    const startupMs = await waitFor(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 60_000, child });
    const requests = bodies.map((body) => ({ method: 'POST', path: '/v1/decisions', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }));
    await autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration: 2, requests });
    const c0 = groupCpuSeconds(child.proc.pid);
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration: seconds, requests });
    const cpu = groupCpuSeconds(child.proc.pid) - c0;
    const ok = r.statusCodeStats?.['201']?.count ?? 0;
    await child.stop();
    const stats = /BENCH_STATS (.*)/.exec(child.output())?.[1] ?? '{}';
    console.log(`${v.padEnd(7)} ${(ok / r.duration).toFixed(0).padStart(6)} decisions/s  p50 ${r.latency.p50} ms p99 ${r.latency.p99} ms  server CPU ${((cpu * 1000) / Math.max(1, r.requests.total)).toFixed(2)} ms/decision (${(cpu / r.duration).toFixed(2)} cores)  ${stats}`);
    if (prof && v === profVariant) {
      // The main thread's profile (tsx's loader thread writes its own): the biggest file.
      const f = readdirSync(profDir).filter((x) => x.endsWith('.cpuprofile')).sort((a, b) => statSync(join(profDir, b)).size - statSync(join(profDir, a)).size)[0];
      // Only the measured load: skip start-up (the profile begins at process start).
      if (f) console.log(summarize(join(profDir, f), 30, startupMs + 2000));
    }
  } finally {
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
