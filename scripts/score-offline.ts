/**
 * Scores the engine directly (no HTTP) on labelled cases, with the same summary lines as
 * ../shared/eval/score.mjs. Usage: npx tsx scripts/score-offline.ts [--cases FILE] [--verbose] [--now ISO]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate } from '../src/engine/index.js';
import type { Feature } from '../src/engine/types.js';
import { seedLicence } from '../src/licences/seed.js';
import { defaultRuleset } from '../src/rules/index.js';

const { values: opt } = parseArgs({
  options: {
    cases: { type: 'string', default: new URL('../../shared/eval/dev.jsonl', import.meta.url).pathname },
    verbose: { type: 'boolean', default: false },
    now: { type: 'string', default: '2026-11-29T04:00:00Z' },
  },
});

interface Case {
  id: string;
  feature: Feature;
  expect: { verdict: string; accept?: string[]; categories?: string[]; approvals?: string[]; approvals_any?: string[][]; kinds?: string[] };
}

const cases: Case[] = readFileSync(opt.cases!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
const t = { n: 0, ok: 0, strict: 0, unsafe: 0, overblock: 0, review: 0, catWant: 0, catGot: 0, apprWant: 0, apprGot: 0, kindWant: 0, kindGot: 0 };
const rows: string[] = [];
const started = performance.now();
for (const c of cases) {
  t.n++;
  const want = c.expect;
  const accept = want.accept ?? [want.verdict];
  const feature: Feature = { title: c.feature.title, description: c.feature.description ?? '', capabilities: c.feature.capabilities ?? [], sectors: c.feature.sectors ?? [] };
  if (c.feature.launch_date) feature.launch_date = c.feature.launch_date;
  const body = evaluate(feature, { licences: [seedLicence], primaryLicenceId: seedLicence.id, ruleset: defaultRuleset, now: new Date(opt.now!), lang: 'zh' });
  const got = body.verdict;
  const problems: string[] = [];
  if (accept.includes(got)) t.ok++; else problems.push(`verdict ${got}, want ${accept.join('|')}`);
  if (got === want.verdict) t.strict++;
  if (got === 'allowed' && !accept.includes('allowed')) { t.unsafe++; problems.push('UNSAFE ALLOW'); }
  if (want.verdict === 'allowed' && got === 'rejected') t.overblock++;
  if (got === 'needs_review') t.review++;
  const cats = new Set(body.categories.map((x) => x.code as string));
  for (const k of want.categories ?? []) { t.catWant++; if (cats.has(k)) t.catGot++; else problems.push(`category ${k} missing (got ${[...cats].join(',') || 'none'})`); }
  const apprs = new Set(body.approvals.map((x) => x.code as string));
  for (const k of want.approvals ?? []) { t.apprWant++; if (apprs.has(k)) t.apprGot++; else problems.push(`approval ${k} missing (got ${[...apprs].join(',') || 'none'})`); }
  for (const g of want.approvals_any ?? []) { t.apprWant++; if (g.some((k) => apprs.has(k))) t.apprGot++; else problems.push(`approval ${g.join(' or ')} missing`); }
  const kinds = new Set(body.reasons.map((r) => r.kind as string));
  for (const k of want.kinds ?? []) { t.kindWant++; if (kinds.has(k)) t.kindGot++; else problems.push(`reason kind ${k} missing`); }
  if (problems.length) {
    rows.push(`${c.id}\t${c.feature.title}\t${problems.join('; ')}`);
    if (opt.verbose) {
      rows.push(`   categories: ${body.categories.map((x) => `${x.code}[${x.evidence.map((e) => e.text).join('|')}]`).join(' ')}`);
      rows.push(`   approvals: ${body.approvals.map((x) => `${x.code}[${x.evidence.map((e) => e.text).join('|')}]`).join(' ')}`);
      rows.push(`   reasons: ${body.reasons.map((r) => `${r.kind}/${r.subject}`).join(' ')}  counter: ${body.counter_evidence.map((x) => `${x.subject}:${x.why}[${x.evidence.map((e) => e.text).join('|')}]`).join(' ')}`);
      rows.push(`   incidental: ${body.incidental.map((e) => e.text).join('|')}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
for (const r of rows) console.log(r);
const summary = {
  cases: t.n,
  verdict_accuracy: pct(t.ok, t.n),
  strict_accuracy: pct(t.strict, t.n),
  unsafe_allows: t.unsafe,
  over_blocks: t.overblock,
  needs_review_rate: pct(t.review, t.n),
  category_recall: pct(t.catGot, t.catWant),
  approval_recall: pct(t.apprGot, t.apprWant),
  reason_kind_recall: pct(t.kindGot, t.kindWant),
  seconds: Number(seconds.toFixed(3)),
};
console.log(Object.entries(summary).map(([k, v]) => `${k}: ${v}`).join('\n'));
console.log(`score: verdict ${summary.verdict_accuracy}, unsafe allows ${t.unsafe}, categories ${summary.category_recall}, approvals ${summary.approval_recall}`);
