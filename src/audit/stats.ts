import { sql, type SQL } from 'drizzle-orm';
import type { Store } from '../storage/db.js';

/** Counts of one day (UTC), or of the whole period. */
export interface Counts {
  total: number;
  verdict: Record<string, number>;
  category: Record<string, number>;
  approval: Record<string, number>;
}

export interface Stats extends Counts {
  from: string | null;
  to: string | null;
  days: ({ date: string } & Counts)[];
}

const empty = (): Counts => ({ total: 0, verdict: {}, category: {}, approval: {} });

/**
 * Decisions per UTC day, by verdict, category and approval, for created_at in [from, to] (dates
 * inclusive, either open). Two GROUP BY queries; the log is not read row by row.
 */
export async function auditStats(store: Store, q: { from?: string; to?: string; team?: string }): Promise<Stats> {
  const conds: SQL[] = [];
  if (q.from) conds.push(sql`d.created_at >= ${q.from}`);
  if (q.to) conds.push(sql`d.created_at <= ${q.to + 'T23:59:59.999Z'}`);
  if (q.team) conds.push(sql`d.team = ${q.team}`);
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const verdicts = (await store.db.all(sql`
    SELECT substr(d.created_at, 1, 10) AS day, d.verdict AS code, COUNT(*) AS n
    FROM decisions d ${where} GROUP BY day, code ORDER BY day`)) as { day: string; code: string; n: number }[];
  const tags = (await store.db.all(sql`
    SELECT substr(d.created_at, 1, 10) AS day, t.kind AS kind, t.code AS code, COUNT(*) AS n
    FROM decision_tags t JOIN decisions d ON d.seq = t.seq ${where} GROUP BY day, kind, code ORDER BY day`)) as { day: string; kind: string; code: string; n: number }[];
  const days = new Map<string, Counts>();
  const all = empty();
  const day = (d: string) => {
    let c = days.get(d);
    if (!c) days.set(d, (c = empty()));
    return c;
  };
  for (const r of verdicts) {
    const n = Number(r.n);
    const c = day(r.day);
    c.total += n;
    c.verdict[r.code] = (c.verdict[r.code] ?? 0) + n;
    all.total += n;
    all.verdict[r.code] = (all.verdict[r.code] ?? 0) + n;
  }
  for (const r of tags) {
    if (r.kind !== 'category' && r.kind !== 'approval') continue;
    const n = Number(r.n);
    const c = day(r.day);
    c[r.kind][r.code] = (c[r.kind][r.code] ?? 0) + n;
    all[r.kind][r.code] = (all[r.kind][r.code] ?? 0) + n;
  }
  return {
    from: q.from ?? null, to: q.to ?? null, ...all,
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, c]) => ({ date, ...c })),
  };
}
