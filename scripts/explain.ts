/**
 * Explains one decision of the engine, offline.
 *
 *   npm run explain -- "feature text" [--title T] [--capabilities a,b] [--sectors x,y] [--date YYYY-MM-DD]
 *                      [--lang en] [--now ISO] [--json]
 *
 * Prints the categories, approvals, the evidence (the matched words, with offsets and lexicon rows),
 * what counted against, the reasons, obligations, warnings and the verdict.
 */
import { parseArgs } from 'node:util';
import { evaluate } from '../src/engine/index.js';
import { APPROVAL_CODES, CAPABILITY_CODES, type ApprovalCode, type CapabilityCode, type Evidence, type Feature } from '../src/engine/types.js';
import { seedLicence } from '../src/licences/seed.js';
import { defaultRuleset } from '../src/rules/index.js';

// Piped into `head` or `less` and closed early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    capabilities: { type: 'string' },
    sectors: { type: 'string' },
    date: { type: 'string' },
    lang: { type: 'string', default: 'zh' },
    now: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const list = (s: string | undefined): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
const caps = list(opt.capabilities);
const secs = list(opt.sectors);
for (const c of caps) if (!(CAPABILITY_CODES as readonly string[]).includes(c)) { console.error(`unknown capability: ${c}`); process.exit(2); }
for (const s of secs) if (!(APPROVAL_CODES as readonly string[]).includes(s)) { console.error(`unknown sector: ${s}`); process.exit(2); }
const description = positionals.join(' ');
if (!description && !opt.title) {
  console.error('usage: npm run explain -- "feature text" [--title T] [--capabilities a,b] [--sectors x] [--date YYYY-MM-DD] [--lang en] [--json]');
  process.exit(2);
}
const feature: Feature = {
  title: opt.title ?? description.slice(0, 60),
  description,
  capabilities: caps as CapabilityCode[],
  sectors: secs as ApprovalCode[],
};
if (opt.date) feature.launch_date = opt.date;
const lang = opt.lang === 'en' ? 'en' : 'zh';
const result = evaluate(feature, {
  licences: [seedLicence], primaryLicenceId: seedLicence.id, ruleset: defaultRuleset, now: opt.now ? new Date(opt.now) : new Date(), lang,
});

if (opt.json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
const ev = (e: Evidence): string => `"${e.text}" (${e.field} ${e.start}-${e.end}${e.rule ? `, ${e.rule}` : ''})`;
console.log(`verdict: ${result.verdict}    (rows fired: ${result.fired_rows.join(', ')}; launch ${result.launch_date}; licence ${result.licence.id} ${result.licence.revision.slice(0, 19)}…; ruleset ${result.ruleset.id} ${result.ruleset.revision.slice(0, 19)}…)`);
console.log('\ncategories:');
if (!result.categories.length) console.log('  (none)');
for (const c of result.categories) {
  console.log(`  ${c.code} ${c.name}  ${c.covered ? `covered by ${c.licence_id}` : 'NOT COVERED'}`);
  for (const e of c.evidence.slice(0, 8)) console.log(`      ${ev(e)}`);
}
console.log('\napprovals:');
if (!result.approvals.length) console.log('  (none)');
for (const a of result.approvals) {
  console.log(`  ${a.code} ${a.name} (${a.authority})`);
  for (const e of a.evidence.slice(0, 8)) console.log(`      ${ev(e)}`);
}
if (result.counter_evidence.length) {
  console.log('\ncounted against / not counted:');
  for (const c of result.counter_evidence) console.log(`  ${c.subject} [${c.why}]: ${c.evidence.slice(0, 5).map(ev).join('; ')}`);
}
if (result.incidental.length) console.log(`\nincidental work recognised: ${result.incidental.slice(0, 8).map((e) => `"${e.text}"`).join(', ')}`);
console.log('\nreasons:');
if (!result.reasons.length) console.log('  (none)');
for (const r of result.reasons) {
  console.log(`  [${r.kind}] ${r.clause}: ${r.message}`);
  console.log(`      clause text: ${r.clause_text.replace(/\n/g, ' ').slice(0, 120)}${r.clause_text.length > 120 ? '…' : ''}`);
}
console.log('\nobligations:');
for (const o of result.obligations) console.log(`  ${o.clause}${o.source ? ` ${o.source}` : ''}: ${o.applies_because ?? ''}`);
console.log('\nwarnings:');
for (const w of result.warnings) console.log(`  ${w.code}${w.due ? ` (${w.due})` : ''}: ${w.message}`);
