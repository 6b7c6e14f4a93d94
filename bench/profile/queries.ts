/**
 * Where a page of `DecisionLog.list` spends its time on an audit database built by the benchmark,
 * per filter kind of the benchmark: finding the page's seqs (the inner, index-only query: the
 * plan) versus reading the page's 51 rows (~7 KB each) into JavaScript. CPU time of this process
 * (the libSQL driver runs SQLite on this thread) and wall time, p50/p95 over repeated cursor pages.
 *
 *   npx tsx bench/profile/queries.ts bench/.cache/audit-1000000-v2.db [repetitions]
 */
import { createClient } from '@libsql/client';
import { loadavg } from 'node:os';
import { libsqlStore } from '../../src/storage/db.js';
import { DecisionLog, type ListFilter } from '../../src/storage/log.js';
import { SPAN_END, SPAN_START } from '../lib/auditdb.js';
import { REPOS, TEAMS } from '../lib/bodies.js';
import { percentile } from '../lib/util.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: queries.ts FILE.db [repetitions]');
  process.exit(2);
}
const reps = Number(process.argv[3] ?? 15);
const client = createClient({ url: 'file:' + path });
const log = new DecisionLog(libsqlStore(client));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const mid = SPAN_START + (SPAN_END - SPAN_START) / 2;
const week = { from: day(mid), to: day(mid + 6 * 86_400_000) };
const filters: [string, Omit<ListFilter, 'limit'>][] = [
  ['no filter', {}],
  ['verdict=rejected', { verdict: 'rejected' }],
  ['category=B25-1', { category: 'B25-1' }],
  ['approval=education', { approval: 'education' }],
  ['team', { team: TEAMS[1] }],
  ['from/to (one week)', { ...week }],
  ['verdict+team', { verdict: 'rejected', team: TEAMS[2] }],
  ['category+team', { category: 'B25-1', team: TEAMS[3] }],
  ['approval+verdict+repo', { approval: 'audiovisual', verdict: 'rejected', repo: REPOS[0] }],
  ['team+repo+from/to', { team: TEAMS[4], repo: REPOS[5], ...week }],
  // Sparse combinations: few or no matches among many candidates of the commonest filter.
  ['category+team=nobody', { category: 'B25-1', team: 'nobody' }],
  ['category+small team', { category: 'B25-1', team: 'team-22' }],
  ['rare category+small team', { category: 'B26', team: 'team-22' }],
  ['category+rare approval', { category: 'B25-1', approval: 'lottery' }],
  ['verdict+small team+small repo', { verdict: 'allowed', team: 'team-22', repo: 'svc-08' }],
  ['team+requester+verdict', { team: 'growth', requester: 'k_admin', verdict: 'needs_review' }],
];
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const fmt = (xs: number[]) => `${percentile(xs, 50).toFixed(2).padStart(6)} / ${percentile(xs, 95).toFixed(2).padStart(6)}`;
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${reps} repetitions × 3 cursor pages; ms p50 / p95`);
console.log(`${'filter'.padEnd(24)} ${'seqs wall'.padStart(15)} ${'seqs CPU'.padStart(15)} ${'list wall'.padStart(15)} ${'list CPU'.padStart(15)}`);
for (const [name, f] of filters) {
  const t = { sw: [] as number[], sc: [] as number[], lw: [] as number[], lc: [] as number[] };
  for (let r = 0; r <= reps; r++) {
    let beforeSeq: number | undefined;
    for (let p = 0; p < 3; p++) {
      const filter: ListFilter = { ...f, limit: 51, ...(beforeSeq !== undefined ? { beforeSeq } : {}) };
      // Choosing the driver and the inner query alone: the page's seqs from the indexes.
      let c0 = cpu();
      let w0 = performance.now();
      const q = await log.listQuery(filter);
      const inner = q.sql.replace(/^SELECT .*? FROM decisions d WHERE d\.seq IN \((.*)\) ORDER BY d\.seq (DESC|ASC)$/s, '$1');
      await client.execute({ sql: inner, args: q.args as never });
      const sw = performance.now() - w0;
      const sc = cpu() - c0;
      c0 = cpu();
      w0 = performance.now();
      const rows = await log.list(filter);
      const lw = performance.now() - w0;
      const lc = cpu() - c0;
      if (r > 0) {
        t.sw.push(sw);
        t.sc.push(sc);
        t.lw.push(lw);
        t.lc.push(lc);
      }
      if (rows.length < 51) break;
      beforeSeq = rows[49]!.seq;
    }
  }
  console.log(`${name.padEnd(24)} ${fmt(t.sw)} ${fmt(t.sc)} ${fmt(t.lw)} ${fmt(t.lc)}`);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
client.close();
