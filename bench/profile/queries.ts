/**
 * Tries rewrites of the slow DecisionLog.list queries on an audit database built by the
 * benchmark (raw SQL; same rows, same order), against what drizzle sends today.
 *
 *   npx tsx bench/profile/queries.ts bench/.cache/audit-1000000-v2.db
 */
import { createClient } from '@libsql/client';
import { percentile } from '../lib/util.js';

const path = process.argv[2];
if (!path) { console.error('usage: queries.ts FILE.db'); process.exit(2); }
const c = createClient({ url: 'file:' + path });
const COLS = 'd.seq, d.id, d.created_at, d.request_id, d.requester, d.idempotency_key, d.request_hash, d.verdict, d.licence_id, d.licence_revision, d.ruleset_revision, d.team, d.repo, d.title, d.launch_date, d.request, d.answer, d.masked, d.prev_hash, d.entry_hash';
const cases: { name: string; today: [string, unknown[]]; rewrite: [string, unknown[]] }[] = [
  {
    name: 'category=B25-1',
    today: [`SELECT ${COLS} FROM decisions d WHERE d.seq IN (SELECT seq FROM decision_tags WHERE kind = 'category' AND code = 'B25-1') ORDER BY d.seq DESC LIMIT 51`, []],
    rewrite: [`SELECT ${COLS} FROM decision_tags t CROSS JOIN decisions d ON d.seq = t.seq WHERE t.kind = 'category' AND t.code = 'B25-1' ORDER BY t.seq DESC LIMIT 51`, []],
  },
  {
    name: 'category=B25-1 + team=search',
    today: [`SELECT ${COLS} FROM decisions d WHERE d.team = 'search' AND d.seq IN (SELECT seq FROM decision_tags WHERE kind = 'category' AND code = 'B25-1') ORDER BY d.seq DESC LIMIT 51`, []],
    rewrite: [`SELECT ${COLS} FROM decision_tags t CROSS JOIN decisions d ON d.seq = t.seq WHERE t.kind = 'category' AND t.code = 'B25-1' AND d.team = 'search' ORDER BY t.seq DESC LIMIT 51`, []],
  },
  {
    name: 'from/to one week',
    today: [`SELECT ${COLS} FROM decisions d WHERE d.created_at >= '2026-06-01' AND d.created_at <= '2026-06-07T23:59:59.999Z' ORDER BY d.seq DESC LIMIT 51`, []],
    rewrite: [`SELECT ${COLS} FROM decisions d WHERE d.seq BETWEEN (SELECT seq FROM decisions WHERE created_at >= '2026-06-01' ORDER BY created_at LIMIT 1) AND (SELECT seq FROM decisions WHERE created_at <= '2026-06-07T23:59:59.999Z' ORDER BY created_at DESC LIMIT 1) AND +d.created_at >= '2026-06-01' AND +d.created_at <= '2026-06-07T23:59:59.999Z' ORDER BY d.seq DESC LIMIT 51`, []],
  },
];
for (const k of cases) {
  const out: string[] = [];
  let same = true;
  let prevSeqs = '';
  for (const [label, [sql, args]] of [['today', k.today], ['rewrite', k.rewrite]] as const) {
    const plan = (await c.execute({ sql: 'EXPLAIN QUERY PLAN ' + sql, args: args as never })).rows.map((r) => String(r.detail)).join('; ');
    const times: number[] = [];
    let seqs = '';
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const r = await c.execute({ sql, args: args as never });
      times.push(performance.now() - t);
      seqs = r.rows.map((x) => String(x.seq)).join(',');
      if (label === 'today' && i >= 2) break; // the slow ones are slow enough
    }
    if (label === 'rewrite') same = seqs === prevSeqs;
    prevSeqs = seqs;
    out.push(`  ${label.padEnd(8)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms  max ${Math.max(...times).toFixed(1).padStart(8)} ms  plan: ${plan}`);
  }
  console.log(`${k.name}: same rows ${same}\n${out.join('\n')}`);
}
c.close();
