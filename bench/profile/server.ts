/**
 * Prices the parts of POST /v1/decisions under the benchmark's load (32 connections, eval bodies).
 * Variants:
 *   node    the real entry (src/node.ts, as `npm start` runs it: the log's commits on its writer
 *           thread, synchronous = FULL);
 *   FULL, NORMAL   bench/profile/server-copy.ts: a copy of the entry with the log's commits on the
 *           main thread (the synchronous pragma as named); group-commit statistics printed;
 *   null    server-copy.ts with a log that commits nothing (the cost of everything but the log).
 * For each: decisions/s, latency, server CPU per decision, and how that CPU splits between the
 * main thread and the others (the log's writer thread, libuv, GC helpers), from /proc. With --prof,
 * a CPU profile of the main thread of one variant over the measured load.
 *
 *   npx tsx bench/profile/server.ts [--seconds 10] [--rounds 1] [--prof [--prof-variant node]] [--variants node,FULL,NORMAL,null]
 *     [--threads] [--node-flags "--single-threaded-gc"] [--entry OTHER_CHECKOUT/src/node.ts]
 *     [--base-entry OTHER_CHECKOUT/src/node.ts]   (variant `base`: that entry, e.g. for before/after pairs
 *     interleaved round by round with `--variants base,node --rounds 3`, so both see the same machine load)
 */
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadFeatures, requestBodies } from '../lib/bodies.js';
import { freePort, spawnGroup, waitFor } from '../lib/util.js';
import { summarize } from './summarize.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const arg = (n: string, d: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1]! : d; };
const seconds = Number(arg('--seconds', '10'));
const rounds = Number(arg('--rounds', '1'));
const prof = process.argv.includes('--prof');
const profVariant = arg('--prof-variant', 'node');
const variants = arg('--variants', 'node,FULL,null').split(',');
/** Extra flags for the server's node (e.g. "--single-threaded-gc" to see what the GC helper threads cost). */
const nodeFlags = arg('--node-flags', '').split(' ').filter(Boolean);
/** Another checkout's entry for the `node` variant (e.g. an export of an earlier commit, for before/after pairs). */
const nodeEntry = arg('--entry', join(ROOT, 'src', 'node.ts'));
/** The `base` variant's entry: another checkout's src/node.ts (the `before` of a pair). */
const baseEntry = arg('--base-entry', nodeEntry);
const bodies = requestBodies(loadFeatures(ROOT).features);
const token = 'prof-' + Math.random().toString(36).slice(2);

/** CPU seconds of each thread of a process: the main thread (tid = pid) and the rest, by thread name. */
function threadCpu(pid: number): { main: number; others: number; byName: Record<string, number>; byTid: Record<string, number> } {
  let main = 0;
  let others = 0;
  const byName: Record<string, number> = {};
  const byTid: Record<string, number> = {};
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try { stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'); } catch { continue; }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const s = (Number(f[11]) + Number(f[12])) / 100;
    if (Number(tid) === pid) main += s;
    else others += s;
    byName[name] = (byName[name] ?? 0) + s;
    byTid[`${tid}`] = s;
  }
  return { main, others, byName, byTid };
}

/** The server process itself: the node process of the group that listens (the deepest descendant). */
function serverPid(leader: number): number {
  let pid = leader;
  for (;;) {
    let kids: number[] = [];
    try { kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { /* none */ }
    if (!kids.length) return pid;
    pid = kids[0]!;
  }
}

for (let round = 0; round < rounds; round++) {
  for (const v of variants) {
    const dir = mkdtempSync(join(tmpdir(), 'scope-gate-prof-'));
    const port = await freePort();
    const profDir = join(ROOT, 'bench', '.cache', 'prof', 'server-' + v);
    const profArgs = prof && v === profVariant ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
    const entry = v === 'node' ? nodeEntry : v === 'base' ? baseEntry : join(ROOT, 'bench', 'profile', 'server-copy.ts');
    const spawnedAt = Date.now();
    const child = spawnGroup(process.execPath, [...nodeFlags, ...profArgs, '--import', 'tsx', entry], {
      ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'p.db')}`, API_KEYS: `submitter:${token}`,
      NODE_ENV: 'production', CHECKPOINT_INTERVAL_SECONDS: '0', SCOPE_GATE_BENCH_STATS: '1',
      BENCH_SYNC: v.startsWith('NORMAL') ? 'NORMAL' : 'FULL', BENCH_NULL_LOG: v === 'null' ? '1' : '0',
    }, ROOT);
    try {
      const startupMs = await waitFor(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 60_000, child });
      const pid = serverPid(child.proc.pid!);
      const requests = bodies.map((body) => ({ method: 'POST', path: '/v1/decisions', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }));
      await autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration: 2, requests });
      const load0 = loadavg()[0]!;
      const c0 = threadCpu(pid);
      const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration: seconds, requests });
      const c1 = threadCpu(pid);
      const ok = r.statusCodeStats?.['201']?.count ?? 0;
      const n = Math.max(1, r.requests.total);
      const per = (s: number) => ((s * 1000) / n).toFixed(2);
      const names = Object.entries(c1.byName).map(([k, s]) => [k, s - (c0.byName[k] ?? 0)] as const).filter(([, s]) => s > 0.005)
        .sort((a, b) => b[1] - a[1]).map(([k, s]) => `${k} ${per(s)}`).join(', ');
      const tids = Object.entries(c1.byTid).map(([k, s]) => [k, s - (c0.byTid[k] ?? 0)] as const).filter(([, s]) => s > 0.005)
        .sort((a, b) => b[1] - a[1]).map(([k, s]) => `${Number(k) - pid}:${per(s)}`).join(' ');
      if (process.argv.includes('--threads')) console.log(`${v} threads (tid - pid: ms/decision): ${tids}`);
      await child.stop();
      if (ok < r.requests.total) console.log(`${v}: statuses ${JSON.stringify(Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, x]) => [k, x.count])))}; server output:\n${child.output().slice(-1500)}`);
      const stats = /BENCH_STATS (.*)/.exec(child.output())?.[1] ?? '';
      console.log(`${v.padEnd(7)} ${(ok / r.duration).toFixed(0).padStart(6)} decisions/s  p50 ${r.latency.p50} ms p99 ${r.latency.p99} ms  ` +
        `server CPU ${per(c1.main + c1.others - c0.main - c0.others)} ms/decision (main thread ${per(c1.main - c0.main)}, others ${per(c1.others - c0.others)}: ${names})  ` +
        `non-201 ${r.requests.total - ok}  load ${load0.toFixed(2)}→${loadavg()[0]!.toFixed(2)}  ${stats}`);
      if (prof && v === profVariant) {
        // The main thread's profile (tsx's loader thread and worker threads write their own): the biggest file.
        const f = readdirSync(profDir).filter((x) => x.endsWith('.cpuprofile') && statSync(join(profDir, x)).mtimeMs >= spawnedAt)
          .sort((a, b) => statSync(join(profDir, b)).size - statSync(join(profDir, a)).size)[0];
        // Only the measured load: skip start-up (the profile begins at process start).
        if (f) console.log(summarize(join(profDir, f), 30, startupMs + 2000));
      }
    } finally {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
