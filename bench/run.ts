/**
 * `npm run bench`: the benchmark of issue 8 (a benchmark, not a test: it measures and reports,
 * and exits 0 whether or not the targets are met, unless it could not measure).
 *
 *   npm run bench                     full run (~10 s load phases, 1,000,000-entry audit log)
 *   npm run bench -- --quick          smoke run (short phases, 20,000-entry log)
 *   npm run bench -- --only http,engine --audit-size 100000
 *
 * Prints a table, writes JSON to bench/results/latest.json and, on a full run, the figures block
 * of docs/BENCH.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditResult } from './audit.js';
import type { EdgeResult } from './edge.js';
import type { EngineResult } from './engine.js';
import type { HttpResult } from './http.js';
import { fmtBytes, fmtInt, machineInfo, parseOptions, round, type Options } from './lib/util.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MiB = 1024 * 1024;

interface Results {
  started_at: string;
  finished_at?: string;
  git: string | null;
  machine: ReturnType<typeof machineInfo>;
  options: Omit<Options, 'only'> & { only: string[] };
  http?: HttpResult | { error: string };
  engine?: EngineResult | { error: string };
  audit?: AuditResult | { error: string };
  edge?: EdgeResult | { error: string };
  targets: Row[];
  /** 1-minute load average at the start and end of each phase. */
  load_average: typeof loads;
  /** Phases taken from an earlier run (--merge), with that run's start time. */
  merged_from?: Record<string, string>;
}

interface Row {
  phase: string;
  figure: string;
  value: string;
  target: string;
  result: 'PASS' | 'FAIL' | 'info' | 'n/a' | 'ERROR';
}

const log = (s: string) => console.error(s);
const isErr = (x: unknown): x is { error: string } => !!x && typeof x === 'object' && 'error' in x && Object.keys(x).length === 1;
const pf = (ok: boolean): Row['result'] => (ok ? 'PASS' : 'FAIL');

/** Load average over the last minute at each phase's start and end: other work on the machine skews the figures. */
const loads: Record<string, { start: number; end: number }> = {};

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | { error: string }> {
  const start = round(loadavg()[0]!, 2);
  log(`\n== ${name} (load average ${start} on ${availableParallelism()} CPUs) ==`);
  const t = performance.now();
  try {
    const r = await fn();
    loads[name] = { start, end: round(loadavg()[0]!, 2) };
    log(`== ${name}: ${Math.round((performance.now() - t) / 1000)} s, load average ${loads[name]!.end} ==`);
    return r;
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    log(`== ${name} FAILED: ${error.slice(0, 2000)}`);
    return { error };
  }
}

function rows(r: Results, opts: Options): Row[] {
  const out: Row[] = [];
  if (r.http) {
    if (isErr(r.http)) out.push({ phase: 'HTTP', figure: 'POST /v1/decisions', value: r.http.error.slice(0, 80), target: '', result: 'ERROR' });
    else {
      const h = r.http;
      const s = h.scope_gate;
      out.push({ phase: 'HTTP', figure: `scope-gate decisions/s (${h.connections} conns)`, value: `${fmtInt(s.rps)}/s  p50 ${s.p50_ms} ms  p99 ${s.p99_ms} ms`, target: '', result: 'info' });
      out.push({ phase: 'HTTP', figure: 'bare node:http answers/s (same load)', value: `${fmtInt(h.bare.rps)}/s  p50 ${h.bare.p50_ms} ms  p99 ${h.bare.p99_ms} ms`, target: '', result: 'info' });
      out.push({ phase: 'HTTP', figure: 'ratio scope-gate / bare', value: `${h.ratio.toFixed(3)}×`, target: '≥ 0.5×', result: pf(h.ratio >= 0.5) });
      out.push({ phase: 'HTTP', figure: 'server CPU per answer: scope-gate / bare', value: `${s.server_cpu_ms_per_answer} / ${h.bare.server_cpu_ms_per_answer} ms (ratio ${h.cpu_ratio.toFixed(3)}×)`, target: '', result: 'info' });
      out.push({ phase: 'HTTP', figure: 'log entries = 201s answered', value: `${fmtInt(s.log.entries)} = ${fmtInt(s.log.expected_entries)}, chain ${s.log.ok ? 'ok' : 'BROKEN'}`, target: 'equal, ok', result: pf(s.log.equal && s.log.ok) });
      if (s.non_ok) out.push({ phase: 'HTTP', figure: 'non-201 answers in the measured phase', value: fmtInt(s.non_ok), target: '', result: 'info' });
    }
  }
  if (r.engine) {
    if (isErr(r.engine)) out.push({ phase: 'Engine', figure: 'evaluate', value: r.engine.error.slice(0, 80), target: '', result: 'ERROR' });
    else {
      const e = r.engine;
      for (const kind of ['zh', 'mixed'] as const) {
        const xs = e.sizes.filter((s) => s.kind === kind);
        out.push({ phase: 'Engine', figure: `${kind === 'zh' ? 'Chinese' : 'mixed zh/en'} 1 / 5 / 20 KB (µs CPU/call)`, value: xs.slice(0, 3).map((x) => x.us_per_call).join(' / '), target: '', result: 'info' });
        const max = xs[3];
        if (max) out.push({ phase: 'Engine', figure: `${kind === 'zh' ? 'Chinese' : 'mixed zh/en'} 20,000 chars (API max, ${fmtBytes(max.bytes)})`, value: `${max.us_per_call} µs`, target: '', result: 'info' });
      }
      out.push({ phase: 'Engine', figure: 'classify 20 KB (worst kind, CPU time)', value: `${e.worst_20kb_us} µs`, target: '≤ 1000 µs', result: pf(e.worst_20kb_us <= 1000) });
      out.push({ phase: 'Engine', figure: 'growth µs(20 KB)/µs(1 KB) zh, mixed', value: `${e.growth.zh.ratio_20_1}×, ${e.growth.mixed.ratio_20_1}× (µs/KB ${e.growth.zh.us_per_kb_marginal_1_5}→${e.growth.zh.us_per_kb_marginal_5_20})`, target: 'linear (≤ 20×)', result: pf(e.linear) });
      out.push({ phase: 'Engine', figure: 'per request, eval features: evaluate / decide() w/o log (CPU)', value: `${e.per_request.evaluate_us} / ${e.per_request.decide_no_log_us} µs`, target: '', result: 'info' });
    }
  }
  if (r.audit) {
    if (isErr(r.audit)) out.push({ phase: 'Audit', figure: 'queries', value: r.audit.error.slice(0, 80), target: '', result: 'ERROR' });
    else {
      const a = r.audit;
      const full = a.db.entries >= 1_000_000;
      const at = full ? '' : ` [at ${fmtInt(a.db.entries)}]`;
      out.push({ phase: 'Audit', figure: `filtered queries, worst p95 (${a.queries.length} kinds, cursor pages)${at}`, value: `${a.worst_p95_ms} ms (overall p95 ${a.overall_p95_ms} ms)`, target: '≤ 20 ms @ 1M', result: full ? pf(a.worst_p95_ms <= 20) : 'n/a' });
      const worst = [...a.queries].sort((x, y) => y.p95_ms - x.p95_ms).slice(0, 3);
      out.push({ phase: 'Audit', figure: 'slowest queries (p95)', value: worst.map((q) => `${q.name}: ${q.p95_ms} ms`).join('; '), target: '', result: 'info' });
      out.push({ phase: 'Audit', figure: `same through HTTP, worst p95${at}`, value: `${a.http_worst_p95_ms} ms`, target: '≤ 20 ms @ 1M', result: full ? pf(a.http_worst_p95_ms <= 20) : 'n/a' });
      const extrapolated = full ? '' : ` (≈ ${round((a.verify.ms * 1_000_000) / Math.max(1, a.db.entries) / 1000, 1)} s at 1M, linear)`;
      out.push({ phase: 'Audit', figure: `verify whole chain${at}`, value: `${round(a.verify.ms / 1000, 2)} s, ${a.verify.us_per_entry} µs/entry, ${a.verify.ok ? 'ok' : 'BROKEN'}${extrapolated}`, target: '≤ 10 s @ 1M', result: full ? pf(a.verify.ms <= 10_000 && a.verify.ok) : 'n/a' });
    }
  }
  if (r.edge) {
    if (isErr(r.edge)) out.push({ phase: 'Edge', figure: 'worker', value: r.edge.error.slice(0, 80), target: '', result: 'ERROR' });
    else {
      const b = r.edge.bundle;
      if ('error' in b) out.push({ phase: 'Edge', figure: 'Worker bundle', value: b.error.slice(0, 80), target: '≤ 1 MiB', result: 'ERROR' });
      else out.push({ phase: 'Edge', figure: 'Worker bundle (sum of output / gzip)', value: `${fmtBytes(b.bytes)} / ${fmtBytes(b.gzip_bytes)}`, target: '≤ 1 MiB', result: pf(b.bytes <= MiB) });
      const c = r.edge.cold_start;
      if ('error' in c) out.push({ phase: 'Edge', figure: 'wrangler dev start', value: c.error.slice(0, 80), target: '', result: 'ERROR' });
      else {
        out.push({ phase: 'Edge', figure: 'wrangler dev: spawn → first 200 /healthz', value: `${fmtInt(c.healthz_ms)} ms`, target: '', result: 'info' });
        out.push({ phase: 'Edge', figure: 'first POST (its own time; since spawn)', value: `${c.first_post_status}: ${c.first_post_ms} ms; ${fmtInt(c.first_post_since_spawn_ms)} ms (2nd POST ${c.second_post_ms} ms)`, target: '', result: 'info' });
      }
    }
  }
  void opts;
  return out;
}

function table(rs: Row[]): string {
  const head = ['Phase', 'Figure', 'Value', 'Target', 'Result'];
  const data = rs.map((r) => [r.phase, r.figure, r.value, r.target, r.result]);
  const w = head.map((h, i) => Math.max(h.length, ...data.map((d) => d[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i]!)).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...data.map(line)].join('\n');
}

function markdown(r: Results): string {
  const m = r.machine;
  const md: string[] = [];
  md.push(`Run ${r.started_at} at commit \`${r.git ?? '?'}\` with \`npm run bench\` ` +
    `(${r.options.duration} s measured load phases after ≥ ${r.options.warmup} s warm-up, ${r.options.connections} connections, ` +
    `${fmtInt(r.options.auditSize)}-entry audit log).`);
  if (r.merged_from && Object.keys(r.merged_from).length) {
    md.push('');
    md.push('Phases from an earlier run of the same harness (`--merge`): ' + Object.entries(r.merged_from).map(([k, v]) => `${k} (run ${v})`).join(', ') + '.');
  }
  md.push('');
  md.push(`Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu_model}, ${m.memory_gib} GiB memory, Node ${m.node}, ${m.platform}. ` +
    'The load generator (autocannon) runs on the same machine as the server, over loopback.');
  md.push('');
  md.push('1-minute load average at the start/end of each phase (2 CPUs shared with other work skews the figures): ' +
    Object.entries(r.load_average).map(([k, v]) => `${k} ${v.start}/${v.end}`).join(', ') + '.');
  md.push('');
  md.push('| Phase | Figure | Value | Target | Result |');
  md.push('|---|---|---|---|---|');
  for (const x of r.targets) md.push(`| ${x.phase} | ${x.figure} | ${x.value.replace(/\|/g, '\\|')} | ${x.target} | ${x.result === 'PASS' ? '**PASS**' : x.result === 'FAIL' ? '**FAIL**' : x.result} |`);
  if (r.http && !isErr(r.http)) {
    const h = r.http;
    md.push('');
    md.push(`HTTP detail: bodies from ${h.bodies.source} (${h.bodies.count}, mean ${h.bodies.mean_bytes} B); ` +
      `scope-gate ${fmtInt(h.scope_gate.requests)} requests in ${h.scope_gate.seconds} s, ${h.scope_gate.bytes_per_response} B/answer, ` +
      `server ${h.scope_gate.server_cpu_cores} cores, load generator ${h.scope_gate.client_cpu_cores} cores; ` +
      `bare ${fmtInt(h.bare.requests)} requests in ${h.bare.seconds} s, ${h.bare.bytes_per_response} B/answer, server ${h.bare.server_cpu_cores} cores, ` +
      `load generator ${h.bare.client_cpu_cores} cores. Start-up of \`npm start\` to /healthz: ${h.scope_gate.startup_ms} ms.`);
  }
  if (r.audit && !isErr(r.audit)) {
    const a = r.audit;
    md.push('');
    md.push(`Audit detail (${fmtInt(a.db.entries)} entries, ${fmtBytes(a.db.bytes)} file; DecisionLog.list with limit 51 as the handler asks, ` +
      `first page + ${a.pages_per_query - 1} cursor pages, ${a.repetitions} repetitions after one warm-up):`);
    md.push('');
    md.push('| Query | p50 ms | p95 ms | max ms | rows (page 1) | plan |');
    md.push('|---|---|---|---|---|---|');
    for (const q of a.queries) md.push(`| ${q.name} | ${q.p50_ms} | ${q.p95_ms} | ${q.max_ms} | ${q.first_page_rows} | ${q.plan.join('; ').replace(/\|/g, '\\|')} |`);
    md.push('');
    md.push('Through HTTP (`npm start` on the same file, page 1 and 2): ' + a.http.map((x) => `${x.name} p95 ${x.p95_ms} ms`).join('; ') + '.');
  }
  if (r.edge && !isErr(r.edge) && !('error' in r.edge.bundle)) {
    md.push('');
    md.push(`Edge bundle: ${r.edge.bundle.files.map((f) => `${f.file} ${fmtBytes(f.bytes)}`).join(', ')}; wrangler: “${r.edge.bundle.wrangler_says}”. ` +
      'Largest inputs: ' + r.edge.bundle.top_inputs.slice(0, 8).map((t) => `${t.input} ${fmtBytes(t.bytes)}`).join(', ') + '.');
  }
  return md.join('\n');
}

const BEGIN = '<!-- bench:figures:begin (written by npm run bench; edit outside this block) -->';
const END = '<!-- bench:figures:end -->';

function writeDoc(r: Results) {
  const path = join(ROOT, 'docs', 'BENCH.md');
  const block = `${BEGIN}\n${markdown(r)}\n${END}`;
  let doc: string;
  if (existsSync(path)) {
    const cur = readFileSync(path, 'utf8');
    const i = cur.indexOf(BEGIN.slice(0, 30));
    const j = cur.indexOf(END);
    doc = i >= 0 && j > i ? cur.slice(0, i) + block + cur.slice(j + END.length) : cur.trimEnd() + '\n\n' + block + '\n';
  } else {
    doc = `# Benchmark (issue 8)\n\n\`npm run bench\` measures the service in one run; the figures below are the last full run.\n\n${block}\n`;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, doc);
  log(`wrote ${path}`);
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  let git: string | null = null;
  try { git = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
  const results: Results = {
    started_at: new Date().toISOString(), git, machine: machineInfo(),
    options: { ...opts, only: [...opts.only] }, targets: [], load_average: loads,
  };
  log(`scope-gate bench: ${[...opts.only].join(', ') || 'no phase (merge only)'}${opts.quick ? ' (quick)' : ''}; ${results.machine.nproc} CPUs, ${results.machine.cpu_model}, Node ${results.machine.node}`);
  // Each phase is imported on its own, so that one that cannot load (say, the engine missing) does not stop the others.
  if (opts.merge) {
    results.merged_from = {};
    for (const file of opts.merge.split(',')) {
      const prev = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Results;
      for (const p of ['http', 'engine', 'audit', 'edge'] as const) {
        if (opts.only.has(p) || results.merged_from[p] || !prev[p] || isErr(prev[p])) continue;
        (results as unknown as Record<string, unknown>)[p] = prev[p];
        results.merged_from[p] = prev.started_at;
        const name = { http: 'HTTP', engine: 'Engine', audit: 'Audit', edge: 'Edge' }[p];
        if (prev.load_average?.[name]) loads[name] = prev.load_average[name]!;
        if (!results.git) results.git = prev.git;
      }
    }
    log(`merged from ${opts.merge}: ${Object.keys(results.merged_from).join(', ') || 'nothing'}`);
  }
  if (opts.only.has('http')) results.http = await phase('HTTP', async () => (await import('./http.js')).runHttp(ROOT, opts, log));
  if (opts.only.has('engine')) results.engine = await phase('Engine', async () => (await import('./engine.js')).runEngine(ROOT, opts, log));
  if (opts.only.has('audit')) results.audit = await phase('Audit', async () => (await import('./audit.js')).runAudit(ROOT, opts, log));
  if (opts.only.has('edge')) results.edge = await phase('Edge', async () => (await import('./edge.js')).runEdge(ROOT, opts, log));
  results.finished_at = new Date().toISOString();
  results.targets = rows(results, opts);
  const jsonPath = resolve(ROOT, opts.json);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  console.log('\n' + table(results.targets));
  console.log(`\nJSON: ${jsonPath}`);
  if (opts.writeDoc) writeDoc(results);
  const errors = results.targets.filter((t) => t.result === 'ERROR').length;
  process.exit(errors ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
