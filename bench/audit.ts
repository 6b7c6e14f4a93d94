import type { Client, InArgs } from '@libsql/client';
import { availableParallelism, loadavg } from 'node:os';
import { useParallelVerify, useSigner } from '../src/audit/context.js';
import { parallelVerifier } from '../src/audit/parallel.js';
import { verifyAudit } from '../src/audit/service.js';
import { generateSigner } from '../src/audit/signing.js';
import { libsqlStore } from '../src/storage/db.js';
import { DecisionLog, type ListFilter } from '../src/storage/log.js';
import { ALL_REPOS, ALL_TEAMS, ensureAuditDb, openAuditDb, SPAN_END, SPAN_START, type AuditDb } from './lib/auditdb.js';
import { REPOS, TEAMS } from './lib/bodies.js';
import { freePort, percentile, round, spawnGroup, waitFor, type Options } from './lib/util.js';

export interface QueryFigure {
  name: string;
  filter: Omit<ListFilter, 'limit' | 'beforeSeq'>;
  /** Calls timed (first page and the cursor pages after it). */
  calls: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  /** Rows on the first page (limit 50 + 1, as the HTTP handler asks). */
  first_page_rows: number;
  plan: string[];
}

export interface AuditResult {
  db: AuditDb;
  pages_per_query: number;
  repetitions: number;
  queries: QueryFigure[];
  /** The worst p95 over all the queries (the figure the target is about). */
  worst_p95_ms: number;
  overall_p95_ms: number;
  http: { name: string; path: string; calls: number; p50_ms: number; p95_ms: number; status: number }[];
  http_worst_p95_ms: number;
  /** The whole log verified as GET /v1/audit/verify does on Node (worker threads, Merkle root); CPU of all threads. */
  verify: { ms: number; ok: boolean; entries: number; us_per_entry: number; cpu_ms: number; cpu_us_per_entry: number; threads: number; load_average: number[]; root_hash: string | null };
  /** The chain alone on one thread (DecisionLog.verify: what D1 and remote libSQL do). */
  verify_single_thread: { ms: number; ok: boolean; entries: number; us_per_entry: number; cpu_ms: number; cpu_us_per_entry: number };
}

/** Records the SQL drizzle sends, so its plan can be asked for. */
function recording(client: Client): { client: Client; last: () => { sql: string; args: InArgs } | null } {
  let last: { sql: string; args: InArgs } | null = null;
  const proxy = new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return (stmt: string | { sql: string; args?: InArgs }, args?: InArgs) => {
          last = typeof stmt === 'string' ? { sql: stmt, args: args ?? [] } : { sql: stmt.sql, args: stmt.args ?? [] };
          return target.execute(stmt as never, args as never);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { client: proxy, last: () => last };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function runAudit(root: string, opts: Options, log: (s: string) => void): Promise<AuditResult> {
  const db = await ensureAuditDb(root, opts.auditSize, log);
  const raw = await openAuditDb(db.path);
  const rec = recording(raw);
  const store = libsqlStore(rec.client);
  const dlog = new DecisionLog(store);

  // Filter values: the commonest and the rarest of each kind actually in the log.
  const tagStats = async (kind: string) => (await raw.execute({ sql: 'SELECT code, COUNT(*) AS n FROM decision_tags WHERE kind = ? GROUP BY code ORDER BY n DESC', args: [kind] })).rows
    .map((r) => ({ code: String(r.code), n: Number(r.n) }));
  const cats = await tagStats('category');
  const apprs = await tagStats('approval');
  const mid = SPAN_START + (SPAN_END - SPAN_START) / 2;
  const week = { from: day(mid), to: day(mid + 6 * 86_400_000) };
  const filters: { name: string; filter: QueryFigure['filter'] }[] = [
    { name: 'no filter', filter: {} },
    { name: 'verdict=rejected', filter: { verdict: 'rejected' } },
    { name: 'verdict=needs_review', filter: { verdict: 'needs_review' } },
    { name: `category=${cats[0]?.code} (commonest)`, filter: { category: cats[0]?.code ?? 'B25-4' } },
    { name: `category=${cats.at(-1)?.code} (rarest)`, filter: { category: cats.at(-1)?.code ?? 'B26' } },
    { name: `approval=${apprs[0]?.code} (commonest)`, filter: { approval: apprs[0]?.code ?? 'news' } },
    { name: `approval=${apprs.at(-1)?.code} (rarest)`, filter: { approval: apprs.at(-1)?.code ?? 'lottery' } },
    { name: `team=${TEAMS[1]}`, filter: { team: TEAMS[1] } },
    { name: `team=${ALL_TEAMS.at(-1)} (small)`, filter: { team: ALL_TEAMS.at(-1) } },
    { name: `repo=${ALL_REPOS.at(-1)} (small)`, filter: { repo: ALL_REPOS.at(-1) } },
    { name: 'from/to (one week)', filter: { ...week } },
    { name: 'verdict+team', filter: { verdict: 'rejected', team: TEAMS[2] } },
    { name: 'verdict+from/to', filter: { verdict: 'needs_review', ...week } },
    { name: 'category+team', filter: { category: cats[0]?.code ?? 'B25-4', team: TEAMS[3] } },
    { name: 'rare category+team+from/to', filter: { category: cats.at(-1)?.code ?? 'B26', team: TEAMS[0], ...week } },
    { name: 'approval+verdict+repo', filter: { approval: apprs[0]?.code ?? 'news', verdict: 'rejected', repo: REPOS[0] } },
    { name: 'team+repo+from/to', filter: { team: TEAMS[4], repo: REPOS[5], ...week } },
    { name: 'no match (team=nobody)', filter: { team: 'nobody' } },
  ];
  const pages = 3;
  const reps = opts.quick ? 5 : 20;
  const queries: QueryFigure[] = [];
  const all: number[] = [];
  for (const { name, filter } of filters) {
    const times: number[] = [];
    let firstRows = 0;
    let plan: string[] = [];
    for (let r = 0; r < reps + 1; r++) {
      let beforeSeq: number | undefined;
      for (let p = 0; p < pages; p++) {
        const t = performance.now();
        const rows = await dlog.list({ ...filter, limit: 51, ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
        const ms = performance.now() - t;
        if (r > 0) times.push(ms); // the first repetition warms the cache
        if (r === 0 && p === 0) {
          firstRows = rows.length;
          const q = rec.last();
          if (q) plan = (await raw.execute({ sql: 'EXPLAIN QUERY PLAN ' + q.sql, args: q.args })).rows.map((x) => String(x.detail));
        }
        if (rows.length < 51) break;
        beforeSeq = rows[49]!.seq;
      }
    }
    all.push(...times);
    const f: QueryFigure = { name, filter, calls: times.length, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), max_ms: round(Math.max(...times)), first_page_rows: firstRows, plan };
    queries.push(f);
    log(`  audit query ${name.padEnd(34)} p50 ${String(f.p50_ms).padStart(8)} ms  p95 ${String(f.p95_ms).padStart(8)} ms  rows ${firstRows}`);
  }

  // Verify the whole chain: as GET /v1/audit/verify does on Node (threads, each chunk's start
  // checked against the entry before it, the Merkle root over every entry), then the chain alone
  // on one thread (DecisionLog.verify, what D1 and remote libSQL do).
  const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  const host = { log: dlog, config: {}, clock: () => new Date() };
  useSigner(host, (await generateSigner('ephemeral')).signer);
  useParallelVerify(host, parallelVerifier({ url: `file:${db.path}` }));
  log(`  audit: verifying ${db.entries.toLocaleString('en-US')} entries (as GET /v1/audit/verify on Node: ${availableParallelism()} threads; load ${loadavg()[0]!.toFixed(2)})…`);
  const l0 = loadavg()[0]!;
  let c0 = cpuMs();
  let v0 = performance.now();
  const report = await verifyAudit(host);
  const vms = performance.now() - v0;
  const vcpu = cpuMs() - c0;
  const l1 = loadavg()[0]!;
  log(`  audit: verify ${report.ok ? 'ok' : 'BROKEN ' + JSON.stringify(report.first_broken)}, ${report.entries} entries in ${Math.round(vms)} ms (CPU of all threads ${Math.round(vcpu)} ms; load ${l0.toFixed(2)} → ${l1.toFixed(2)})`);
  log(`  audit: verifying the chain alone on one thread (DecisionLog.verify)…`);
  c0 = cpuMs();
  v0 = performance.now();
  const single = await dlog.verify();
  const sms = performance.now() - v0;
  const scpu = cpuMs() - c0;
  log(`  audit: one thread: ${single.ok ? 'ok' : 'BROKEN ' + JSON.stringify(single.first_broken)}, ${single.entries} entries in ${Math.round(sms)} ms (CPU ${Math.round(scpu)} ms; load ${loadavg()[0]!.toFixed(2)})`);
  raw.close();

  // A few of the same queries through the real server.
  const http: AuditResult['http'] = [];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const auditor = 'bench-auditor-' + Math.random().toString(36).slice(2);
  const server = spawnGroup('npm', ['start', '--silent'], {
    ...process.env, PORT: String(port), DATABASE_URL: `file:${db.path}`, API_KEYS: `auditor:${auditor}`, NODE_ENV: 'production',
  }, root);
  try {
    await waitFor(`${base}/healthz`, { timeoutMs: 90_000, child: server });
    const paths: { name: string; path: string }[] = [
      { name: 'verdict=rejected', path: '/v1/decisions?verdict=rejected' },
      { name: `category=${cats[0]?.code}`, path: `/v1/decisions?category=${encodeURIComponent(cats[0]?.code ?? 'B25-4')}` },
      { name: `approval=${apprs.at(-1)?.code}`, path: `/v1/decisions?approval=${encodeURIComponent(apprs.at(-1)?.code ?? 'news')}` },
      { name: 'team+from/to', path: `/v1/decisions?team=${TEAMS[1]}&from=${week.from}&to=${week.to}` },
      { name: 'verdict+category+repo', path: `/v1/decisions?verdict=rejected&category=${encodeURIComponent(cats[0]?.code ?? 'B25-4')}&repo=${REPOS[0]}` },
    ];
    for (const { name, path } of paths) {
      const times: number[] = [];
      let status = 0;
      for (let r = 0; r < (opts.quick ? 4 : 11); r++) {
        let url = path;
        for (let p = 0; p < 2; p++) {
          const t = performance.now();
          const res = await fetch(base + url, { headers: { authorization: `Bearer ${auditor}` } });
          const body = (await res.json()) as { next_cursor?: string | null };
          const ms = performance.now() - t;
          status = res.status;
          if (r > 0) times.push(ms);
          if (!body.next_cursor) break;
          url = path + (path.includes('?') ? '&' : '?') + 'cursor=' + encodeURIComponent(body.next_cursor);
        }
      }
      http.push({ name, path, calls: times.length, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), status });
      log(`  audit HTTP ${name.padEnd(30)} p50 ${round(percentile(times, 50))} ms  p95 ${round(percentile(times, 95))} ms  (${status})`);
    }
  } finally {
    await server.stop();
  }
  return {
    db, pages_per_query: pages, repetitions: reps, queries,
    worst_p95_ms: Math.max(...queries.map((q) => q.p95_ms)),
    overall_p95_ms: round(percentile(all, 95)),
    http, http_worst_p95_ms: Math.max(...http.map((h) => h.p95_ms)),
    verify: {
      ms: Math.round(vms), ok: report.ok, entries: report.entries, us_per_entry: round((vms * 1000) / Math.max(report.entries, 1), 2),
      cpu_ms: Math.round(vcpu), cpu_us_per_entry: round((vcpu * 1000) / Math.max(report.entries, 1), 2), threads: availableParallelism(),
      load_average: [round(l0, 2), round(l1, 2)], root_hash: report.root_hash,
    },
    verify_single_thread: {
      ms: Math.round(sms), ok: single.ok, entries: single.entries, us_per_entry: round((sms * 1000) / Math.max(single.entries, 1), 2),
      cpu_ms: Math.round(scpu), cpu_us_per_entry: round((scpu * 1000) / Math.max(single.entries, 1), 2),
    },
  };
}
