import autocannon, { type Request as AcRequest, type Result } from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFeatures, requestBodies } from './lib/bodies.js';
import { freePort, groupCpuSeconds, median, round, spawnGroup, waitFor, type Child, type Options } from './lib/util.js';

export interface LoadFigures {
  /** Successful answers (201) per second over the measured phase. */
  rps: number;
  p50_ms: number;
  p99_ms: number;
  mean_ms: number;
  max_ms: number;
  requests: number;
  ok: number;
  non_ok: number;
  errors: number;
  timeouts: number;
  seconds: number;
  /** Bytes per answer on the wire (headers and body). */
  bytes_per_response: number;
  /** CPU the server's process group used, in cores, over the measured phase. */
  server_cpu_cores: number;
  /** CPU the server used per answer, ms: its cost, whatever else the machine is doing. */
  server_cpu_ms_per_answer: number;
  /** CPU the load generator (this process) used, in cores. */
  client_cpu_cores: number;
  /** Warm-up requests that preceded the measured phase (and their successes). */
  warmup_requests: number;
  warmup_ok: number;
  stopped_by_guard: boolean;
}

export interface HttpResult {
  bodies: { source: string; count: number; mean_bytes: number };
  connections: number;
  scope_gate: LoadFigures & {
    startup_ms: number;
    prewarm: { requests: number; created: number; statuses: Record<string, number> };
    log: { expected_entries: number; entries: number; ok: boolean; equal: boolean; verify_ms: number };
  };
  bare: LoadFigures;
  /** scope-gate decisions/s ÷ bare node:http answers/s. */
  ratio: number;
  /** bare CPU ms per answer ÷ scope-gate CPU ms per answer: the ratio on a machine with a core to spare. */
  cpu_ratio: number;
}

const SUBMITTER = 'bench-submitter-' + Math.random().toString(36).slice(2);
const AUDITOR = 'bench-auditor-' + Math.random().toString(36).slice(2);

function countStatus(r: Result, status: number): number {
  return r.statusCodeStats?.[String(status)]?.count ?? 0;
}

/**
 * Drives a server with autocannon: warm-up rounds until `opts.warmup` seconds have passed, then
 * one measured round of (warm-up rate × duration) requests. Rounds are bounded by a request count
 * rather than a clock so that every request sent is answered before the round ends (no request
 * is cut off in flight, so the log can be compared with the answers exactly); a guard stops a
 * round that runs past three times its expected length.
 */
async function drive(url: string, requests: AcRequest[], okStatus: number, child: Child, opts: Options): Promise<LoadFigures> {
  const run = async (amount: number, expectSeconds: number) => {
    // The round's length is measured here, from the start to the last answer: autocannon's own
    // `duration` runs on to its next 1 s sampling tick after the last answer of an amount-bounded
    // round, which added up to a second to every round (a 1 s round of the quick mode counted
    // as 2 s, so both servers came out near the same rate and the ratio near 1).
    const t0 = performance.now();
    let last = t0;
    const inst = autocannon({ url, connections: opts.connections, pipelining: 1, amount, timeout: 30, requests });
    inst.on('response', () => { last = performance.now(); });
    let guarded = false;
    // A safety bound only (a stopped round cuts requests off in flight, so the log check is then off).
    const guard = setTimeout(() => { guarded = true; inst.stop(); }, Math.max(60_000, expectSeconds * 4000));
    const result = await inst;
    clearTimeout(guard);
    return { result, guarded, seconds: Math.max((last - t0) / 1000, 0.001) };
  };
  let warmRequests = 0;
  let warmOk = 0;
  let rate = 0;
  let rounds = 0;
  const t0 = performance.now();
  let amount = opts.connections * 4;
  let anyGuarded = false;
  // At least two rounds: the first pays for connection set-up and JIT, so its rate is too low.
  while ((performance.now() - t0) / 1000 < opts.warmup || rounds < 2) {
    const { result, guarded, seconds } = await run(amount, amount / Math.max(rate, 10));
    anyGuarded ||= guarded;
    rounds++;
    warmRequests += result.requests.total;
    warmOk += countStatus(result, okStatus);
    rate = result.requests.total / seconds;
    amount = Math.max(opts.connections * 4, Math.round(rate * Math.min(1, opts.warmup / 2)));
  }
  // The measured round; redone (the short one counted as warm-up) if the rate estimate was far off.
  for (let attempt = 0; ; attempt++) {
    const measuredAmount = Math.max(opts.connections * 4, Math.round(rate * opts.duration));
    const cpu0 = groupCpuSeconds(child.proc.pid);
    const self0 = process.cpuUsage();
    const w0 = performance.now();
    const { result, guarded, seconds } = await run(measuredAmount, opts.duration);
    const wall = (performance.now() - w0) / 1000;
    const cpu1 = groupCpuSeconds(child.proc.pid);
    const self1 = process.cpuUsage(self0);
    const ok = countStatus(result, okStatus);
    if (seconds < 0.7 * opts.duration && attempt < 2 && !guarded) {
      warmRequests += result.requests.total;
      warmOk += ok;
      rate = result.requests.total / seconds;
      continue;
    }
    const serverCpu = cpu1 - cpu0;
    return {
    rps: round(ok / seconds, 1),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    mean_ms: round(result.latency.mean, 2),
    max_ms: result.latency.max,
    requests: result.requests.total,
    ok,
    non_ok: result.requests.total - ok,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: round(seconds, 2),
    bytes_per_response: Math.round(result.throughput.total / Math.max(result.requests.total, 1)),
    server_cpu_cores: round(serverCpu / wall, 2),
    server_cpu_ms_per_answer: round((serverCpu * 1000) / Math.max(result.requests.total, 1), 3),
    client_cpu_cores: round((self1.user + self1.system) / 1e6 / wall, 2),
    warmup_requests: warmRequests,
    warmup_ok: warmOk,
    stopped_by_guard: guarded || anyGuarded,
    };
  }
}

export async function runHttp(root: string, opts: Options, log: (s: string) => void): Promise<HttpResult> {
  const { features, source } = loadFeatures(root);
  const bodies = requestBodies(features);
  const dir = mkdtempSync(join(tmpdir(), 'scope-gate-bench-http-'));
  try {
    // ---- scope-gate, the real `npm start` server, fresh database ----
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const spawnedAt = performance.now();
    const server = spawnGroup('npm', ['start', '--silent'], {
      ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'bench.db')}`,
      API_KEYS: `submitter:${SUBMITTER},auditor:${AUDITOR}`, NODE_ENV: 'production',
    }, root);
    let sg: HttpResult['scope_gate'];
    try {
      const startup = await waitFor(`${base}/healthz`, { timeoutMs: 90_000, child: server, since: spawnedAt });
      log(`  scope-gate up on ${base} after ${Math.round(startup)} ms`);
      const headers = { authorization: `Bearer ${SUBMITTER}`, 'content-type': 'application/json' };
      // One pass over every body: checks they are accepted, and gives a real answer for the baseline.
      const statuses: Record<string, number> = {};
      const answers: string[] = [];
      for (const body of bodies) {
        const r = await fetch(`${base}/v1/decisions`, { method: 'POST', headers, body });
        const text = await r.text();
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 201) answers.push(text);
      }
      if (!answers.length) throw new Error(`no body was accepted: ${JSON.stringify(statuses)}`);
      const sizes = answers.map((a) => Buffer.byteLength(a));
      const medianSize = median(sizes);
      writeFileSync(join(dir, 'canned.json'), answers.find((a) => Buffer.byteLength(a) === medianSize)!);
      // Every body goes into the load, a 4xx one included (it is counted, not in the rate).
      const requests: AcRequest[] = bodies.map((body) => ({ method: 'POST', path: '/v1/decisions', headers, body }));
      log(`  scope-gate: ${bodies.length} bodies (${source}), statuses ${JSON.stringify(statuses)}; load…`);
      const figures = await drive(base, requests, 201, server, opts);
      // The log must hold exactly one entry per 201 sent.
      const expected = (statuses['201'] ?? 0) + figures.warmup_ok + figures.ok;
      const v0 = performance.now();
      const vr = await fetch(`${base}/v1/audit/verify`, { headers: { authorization: `Bearer ${AUDITOR}` } });
      const report = (await vr.json()) as { ok: boolean; entries: number };
      const verifyMs = performance.now() - v0;
      sg = {
        ...figures,
        startup_ms: Math.round(startup),
        prewarm: { requests: bodies.length, created: statuses['201'] ?? 0, statuses },
        log: { expected_entries: expected, entries: report.entries, ok: report.ok, equal: report.entries === expected, verify_ms: Math.round(verifyMs) },
      };
      log(`  scope-gate: ${figures.rps} decisions/s, p50 ${figures.p50_ms} ms, p99 ${figures.p99_ms} ms; log ${report.entries} entries, expected ${expected}`);
    } finally {
      await server.stop();
    }

    // ---- the baseline: bare node:http, canned answer of the same size, same load ----
    const bport = await freePort();
    const bbase = `http://127.0.0.1:${bport}`;
    const bare = spawnGroup(process.execPath, [join(root, 'bench', 'bare-server.mjs')], {
      ...process.env, PORT: String(bport), CANNED_FILE: join(dir, 'canned.json'),
    }, root);
    let bf: LoadFigures;
    try {
      await waitFor(`${bbase}/healthz`, { timeoutMs: 15_000, child: bare });
      const headers = { authorization: `Bearer ${SUBMITTER}`, 'content-type': 'application/json' };
      const requests: AcRequest[] = bodies.map((body) => ({ method: 'POST', path: '/v1/decisions', headers, body }));
      bf = await drive(bbase, requests, 201, bare, opts);
      log(`  bare node:http: ${bf.rps} answers/s, p50 ${bf.p50_ms} ms, p99 ${bf.p99_ms} ms`);
    } finally {
      await bare.stop();
    }
    const meanBytes = Math.round(bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length);
    return {
      bodies: { source, count: bodies.length, mean_bytes: meanBytes },
      connections: opts.connections,
      scope_gate: sg,
      bare: bf,
      ratio: round(sg.rps / bf.rps, 3),
      cpu_ratio: round(bf.server_cpu_ms_per_answer / sg.server_cpu_ms_per_answer, 3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
