// node scripts/blind/validate.cjs cases.jsonl PREFIX: checks the shape of a blind set (not the truth of its labels).
const fs = require('fs');
const [file, prefix] = process.argv.slice(2);
const CAPS = 'publish_own_content user_uploads push_delivery app_distribution site_search web_search comments forum follow_feed live_comments private_messaging group_chat voice_call video_call user_file_transfer security_scanning spam_filtering third_party_marketplace hosting_for_customers cdn_for_customers vpn_service internet_access conferencing_service email_hosting call_centre_service dns_service phone_calls_to_numbers bandwidth_resale'.split(' ');
const SECT = 'news publishing audiovisual culture games religion medical drugs education finance maps ride_hailing recruitment lottery'.split(' ');
const CATS = 'B25-1 B25-2 B25-3 B25-4 B25-5 B25-X B11 B12 B13 B14 B21 B22 B23 B24 B26 A'.split(' ');
const KINDS = 'out_of_scope amendment_required prohibited licence_invalid uncertain'.split(' ');
const V = ['allowed', 'rejected', 'needs_review'];
let errs = [], ids = new Set(), tally = { allowed: 0, rejected: 0, needs_review: 0 };
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
lines.forEach((l, i) => {
  const at = `line ${i + 1}`;
  let c; try { c = JSON.parse(l); } catch { errs.push(`${at}: not JSON`); return; }
  if (typeof c.id !== 'string' || (prefix && !c.id.startsWith(prefix + '-'))) errs.push(`${at}: id must be "${prefix}-NNN"`);
  if (ids.has(c.id)) errs.push(`${at}: duplicate id`); ids.add(c.id);
  const f = c.feature || {};
  if (typeof f.title !== 'string' || f.title.length < 1 || f.title.length > 200) errs.push(`${at}: title 1..200 chars`);
  if (f.description !== undefined && (typeof f.description !== 'string' || f.description.length > 20000)) errs.push(`${at}: description ≤ 20000 chars`);
  for (const k of Object.keys(f)) if (!['title', 'description', 'capabilities', 'sectors', 'launch_date'].includes(k)) errs.push(`${at}: unknown feature field ${k}`);
  for (const x of f.capabilities || []) if (!CAPS.includes(x)) errs.push(`${at}: unknown capability ${x}`);
  for (const x of f.sectors || []) if (!SECT.includes(x)) errs.push(`${at}: unknown sector ${x}`);
  if (f.launch_date && !/^\d{4}-\d{2}-\d{2}$/.test(f.launch_date)) errs.push(`${at}: launch_date YYYY-MM-DD`);
  const e = c.expect || {};
  if (!V.includes(e.verdict)) errs.push(`${at}: expect.verdict`); else tally[e.verdict]++;
  if (e.accept && (!Array.isArray(e.accept) || !e.accept.includes(e.verdict) || e.accept.some((v) => !V.includes(v)))) errs.push(`${at}: accept must list valid verdicts incl. verdict`);
  for (const x of e.categories || []) if (!CATS.includes(x)) errs.push(`${at}: unknown category ${x}`);
  for (const x of e.approvals || []) if (!SECT.includes(x)) errs.push(`${at}: unknown approval ${x}`);
  for (const g of e.approvals_any || []) for (const x of g) if (!SECT.includes(x)) errs.push(`${at}: unknown approval ${x}`);
  for (const x of e.kinds || []) if (!KINDS.includes(x)) errs.push(`${at}: unknown kind ${x}`);
  if (e.verdict === 'rejected' && !(e.kinds || []).length) errs.push(`${at}: a rejected case names its reason kinds`);
  if (typeof c.note !== 'string' || c.note.length < 10) errs.push(`${at}: note explains the label (cite DOMAIN §)`);
});
console.log(`${lines.length} cases`, tally);
if (errs.length) { console.log(errs.join('\n')); process.exit(1); }
console.log('ok');
