/**
 * What a change of licence would do to the decisions already taken: every logged request is judged
 * again twice, against the licences as they are now and with the candidate revision in place of the
 * current one (or added, for a licence not yet registered), at the moment it was first judged; the
 * decisions whose verdict differs are listed. Read-only: the log is paged by sequence, nothing is
 * written. The model is Cedar's policy-set equivalence analysis, done by replay over real requests.
 */
import { canonicalJson } from '../engine/canonical.js';
import { evaluate, type Ruleset } from '../engine/index.js';
import { pinLicence } from '../engine/licence.js';
import type { CategoryFinding, Feature, Lang, Licence, PinnedLicence, Reason, Verdict } from '../engine/types.js';
import type { DecisionLog, DecisionRow } from '../storage/log.js';
import { heldWithin, type StoredRevision } from './licences.js';

export interface ImpactOptions {
  fromSeq: number;
  toSeq?: number;
  /** Largest number of log entries read by one call; the answer's next_seq continues. */
  maxEntries: number;
  /** Largest number of changed decisions listed (the counts are always complete). */
  limit: number;
  lang: Lang;
}

export interface CategoryChange {
  code: string;
  name: string;
  from: { covered: boolean; licence_id: string | null } | null;
  to: { covered: boolean; licence_id: string | null } | null;
}

export interface ImpactChange {
  id: string;
  sequence: number;
  title: string;
  created_at: string;
  launch_date: string;
  /** The verdict the log holds (as answered then). */
  logged_verdict: string;
  /** The verdict under the licences registered now. */
  from: Verdict;
  /** The verdict with the candidate in place. */
  to: Verdict;
  /** The reasons of the candidate's verdict. */
  reasons: Reason[];
  categories_changed: CategoryChange[];
}

export interface ImpactReport {
  licence: { id: string; current_revision: string | null; candidate_revision: string; unchanged: boolean };
  changed_fields: string[];
  ruleset: { id: string; revision: string };
  range: { from_seq: number; to_seq: number; next_seq: number | null };
  counts: {
    /** Log entries read. */
    scanned: number;
    /** Entries whose set of held licences the candidate changes (the others cannot change). */
    affected: number;
    /** Affected entries whose verdict changes. */
    changed: number;
    /** Affected entries whose verdict stays, but a category is covered differently (another licence, or no longer). */
    coverage_only: number;
    /** Affected entries whose verdict and coverage stay. */
    unchanged: number;
    /** Affected entries whose replay under today's licences differs from the logged verdict (ruleset or earlier licence changes). */
    drifted: number;
    /** Affected entries replayed from a masked request (personal data removed before logging). */
    masked: number;
    /** Entries whose licence is no longer registered, or whose request cannot be read. */
    skipped: number;
    /** `from→to`: number of decisions. */
    by_transition: Record<string, number>;
  };
  changes: ImpactChange[];
  /** True when more changes were found than listed (see counts.changed). */
  truncated: boolean;
}

const PAGE = 500;

/** Paths of the fields that differ between two licences (top level, and one level into arrays of objects). */
export function changedFields(a: Licence | null, b: Licence): string[] {
  if (!a) return ['(new licence)'];
  const out: string[] = [];
  const strip = (l: Licence) => {
    const { revision: _r, ...rest } = l as Licence & { revision?: string };
    void _r;
    return rest as Record<string, unknown>;
  };
  const x = strip(a);
  const y = strip(b);
  const same = (p: unknown, q: unknown) => canonicalJson(p ?? null) === canonicalJson(q ?? null);
  for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
    const p = x[k];
    const q = y[k];
    if (same(p, q)) continue;
    if (Array.isArray(p) && Array.isArray(q) && p.length === q.length && p.every((e) => e && typeof e === 'object' && !Array.isArray(e))) {
      p.forEach((e, i) => {
        const f = e as Record<string, unknown>;
        const g = q[i] as Record<string, unknown>;
        if (same(f, g)) return;
        if (!g || typeof g !== 'object') {
          out.push(`${k}[${i}]`);
          return;
        }
        for (const kk of [...new Set([...Object.keys(f), ...Object.keys(g)])].sort()) if (!same(f[kk], g[kk])) out.push(`${k}[${i}].${kk}`);
      });
    } else if (p && q && typeof p === 'object' && typeof q === 'object' && !Array.isArray(p) && !Array.isArray(q)) {
      const f = p as Record<string, unknown>;
      const g = q as Record<string, unknown>;
      for (const kk of [...new Set([...Object.keys(f), ...Object.keys(g)])].sort()) if (!same(f[kk], g[kk])) out.push(`${k}.${kk}`);
    } else out.push(k);
  }
  return out;
}

/** The feature of a logged request, as decide() built it. */
function featureOf(request: unknown): Feature | null {
  const r = request as { feature?: Partial<Feature> } | null;
  const f = r?.feature;
  if (!f || typeof f.title !== 'string') return null;
  return {
    title: f.title,
    description: typeof f.description === 'string' ? f.description : '',
    capabilities: Array.isArray(f.capabilities) ? f.capabilities : [],
    sectors: Array.isArray(f.sectors) ? f.sectors : [],
    ...(typeof f.launch_date === 'string' ? { launch_date: f.launch_date } : {}),
  };
}

function coverageChanges(a: CategoryFinding[], b: CategoryFinding[]): CategoryChange[] {
  const out: CategoryChange[] = [];
  const byCode = (l: CategoryFinding[]) => new Map(l.map((c) => [c.code as string, c]));
  const x = byCode(a);
  const y = byCode(b);
  const codes = [...new Set([...x.keys(), ...y.keys()])];
  for (const code of codes) {
    const p = x.get(code);
    const q = y.get(code);
    if (p && q && p.covered === q.covered && p.licence_id === q.licence_id) continue;
    out.push({
      code, name: (q ?? p)!.name,
      from: p ? { covered: p.covered, licence_id: p.licence_id } : null,
      to: q ? { covered: q.covered, licence_id: q.licence_id } : null,
    });
  }
  return out;
}

const sameSet = (a: PinnedLicence[], b: PinnedLicence[]) =>
  a.length === b.length && a.every((l, i) => l.id === b[i]!.id && l.revision === b[i]!.revision);

/**
 * Replays the log [fromSeq, toSeq] (at most maxEntries entries) with `candidate` in place of the
 * current revision of its licence. Pure reads.
 */
export async function licenceImpact(
  deps: { log: DecisionLog; ruleset: Ruleset },
  current: StoredRevision[],
  candidate: Licence,
  opts: ImpactOptions,
): Promise<ImpactReport> {
  const pinned = pinLicence(candidate);
  const cur = current.find((r) => r.licenceId === pinned.id) ?? null;
  const now = current.map((r) => r.licence);
  const cand = [...now.filter((l) => l.id !== pinned.id), pinned].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const head = await deps.log.head();
  const last = Math.min(opts.toSeq ?? Number.MAX_SAFE_INTEGER, head?.seq ?? 0);
  const report: ImpactReport = {
    licence: { id: pinned.id, current_revision: cur?.revision ?? null, candidate_revision: pinned.revision, unchanged: cur?.revision === pinned.revision },
    changed_fields: cur?.revision === pinned.revision ? [] : changedFields(cur?.licence ?? null, pinned),
    ruleset: { id: deps.ruleset.id, revision: deps.ruleset.revision },
    range: { from_seq: opts.fromSeq, to_seq: last, next_seq: null },
    counts: { scanned: 0, affected: 0, changed: 0, coverage_only: 0, unchanged: 0, drifted: 0, masked: 0, skipped: 0, by_transition: {} },
    changes: [],
    truncated: false,
  };

  const sets = new Map<string, { before: PinnedLicence[]; after: PinnedLicence[] } | null>();
  const setsFor = (primaryId: string) => {
    if (!sets.has(primaryId)) {
      const before = heldWithin(now, primaryId);
      const after = heldWithin(cand, primaryId);
      sets.set(primaryId, before.length || after.length ? { before, after } : null);
    }
    return sets.get(primaryId)!;
  };

  const visit = (row: DecisionRow) => {
    const c = report.counts;
    const s = setsFor(row.licenceId);
    if (!s) {
      c.skipped++;
      return;
    }
    if (sameSet(s.before, s.after)) return;
    let feature: Feature | null = null;
    try {
      feature = featureOf(JSON.parse(row.request));
    } catch {
      feature = null;
    }
    if (!feature) {
      c.skipped++;
      return;
    }
    c.affected++;
    if (row.masked !== '[]') c.masked++;
    const at = new Date(row.createdAt);
    const ctx = { primaryLicenceId: row.licenceId, ruleset: deps.ruleset, now: at, lang: opts.lang };
    const before = evaluate(feature, { ...ctx, licences: s.before });
    const after = evaluate(feature, { ...ctx, licences: s.after });
    if (before.verdict !== row.verdict) c.drifted++;
    const categories = coverageChanges(before.categories, after.categories);
    if (before.verdict === after.verdict) {
      if (categories.length) c.coverage_only++;
      else c.unchanged++;
      return;
    }
    c.changed++;
    const t = `${before.verdict}→${after.verdict}`;
    c.by_transition[t] = (c.by_transition[t] ?? 0) + 1;
    if (report.changes.length >= opts.limit) {
      report.truncated = true;
      return;
    }
    report.changes.push({
      id: row.id, sequence: row.seq, title: row.title, created_at: row.createdAt, launch_date: after.launch_date,
      logged_verdict: row.verdict, from: before.verdict, to: after.verdict,
      reasons: after.reasons.map(({ evidence: _e, ...r }) => r),
      categories_changed: categories,
    });
  };

  let next = opts.fromSeq;
  while (next <= last) {
    const budget = opts.maxEntries - report.counts.scanned;
    if (budget <= 0) {
      report.range.next_seq = next;
      report.range.to_seq = next - 1;
      break;
    }
    const rows = await deps.log.range(next, Math.min(PAGE, budget), last);
    if (!rows.length) break;
    for (const row of rows) {
      report.counts.scanned++;
      visit(row);
    }
    next = rows[rows.length - 1]!.seq + 1;
  }
  return report;
}
