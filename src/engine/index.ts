/**
 * The engine: `evaluate(feature, ctx)` classifies a proposed feature against the company's licences
 * and decides a verdict. Pure: no I/O, no clock (time comes in `ctx.now`), no randomness; the same
 * input always gives a deep-equal output, in a fixed order.
 *
 * Steps: scan title and description with the compiled lexicon (negation applied) → meaning rules
 * per sentence → declared capabilities and sectors → licensed-third-party and staff-only modifiers →
 * coverage from the licences valid on the launch date → the decision table → reasons, obligations,
 * lifecycle warnings.
 */
import { statedLaunches } from './dates.js';
import { clauseOf, coveredCategories, isValidOn, pinLicence } from './licence.js';
import { charTable, compileLexicon, sentenceStarts, type CharTable, type CompiledLexicon, type Mention } from './matcher.js';
import { scanFieldSpaced } from './spacing.js';
import type { DecisionFact, DecisionRow, LexiconRow, Ruleset } from './ruleset.js';
import {
  APPROVAL_CODES, CATEGORY_CODES, PROHIBITION_CODES,
  type ApprovalCode, type ApprovalFinding, type CapabilityCode, type CategoryCode, type CategoryFinding, type Evaluation, type Evidence,
  type Feature, type Lang, type Licence, type Obligation, type PinnedLicence, type ProhibitionCode, type Reason,
  type ReasonKind, type Verdict, type Warning,
} from './types.js';

export type { Ruleset, RulesetData } from './ruleset.js';
export { coveredCategories, isValidOn, pinLicence } from './licence.js';

/** What the engine needs besides the feature. */
export interface EvalContext {
  licences: PinnedLicence[];
  primaryLicenceId: string;
  ruleset: Ruleset;
  now: Date;
  lang: Lang;
}

/** Evidence against a finding: negated mentions, licensed third parties, staff-only tools. */
export interface CounterEvidence {
  subject: string;
  why: 'negated' | 'licensed_third_party' | 'internal_only' | 'cancelled' | 'asked_then_denied';
  evidence: Evidence[];
}

/** The evaluation plus what the engine saw but did not count (for explain and audits). */
export interface DetailedEvaluation extends Evaluation {
  counter_evidence: CounterEvidence[];
  /** Recognised incidental product work (log-in, settings, performance…). */
  incidental: Evidence[];
  /** The decision-table rows that fired, strongest first. */
  fired_rows: string[];
}

// ───────────────────────────── compiled-ruleset cache ─────────────────────────────

interface Compiled {
  lexicon: CompiledLexicon;
  /** Traditional → simplified, 1:1. */
  chars: CharTable;
  compounds: CompiledCompounds;
}

/** Meaning rules with their cue groups as numbers: targets of the lexicon numbered 0.., others -1 (never mentioned). */
interface CompiledCompounds {
  targetId: Map<string, number>;
  /** Target by number. */
  targets: string[];
  /** 32-bit words in a bit set of targets. */
  words: number;
  /**
   * Per rule, what evaluation reads, copied into objects of one shape: rule rows differ in which
   * optional fields they have, and reading those in the loop made V8 throw its code away as shapes varied.
   */
  rows: {
    id: string; target: string; feature: boolean; ownAct: boolean;
    first: number[]; all: number[][]; none: number[][]; denied: number[][]; rules: Map<LexiconRow, string>;
  }[];
}

function compileCompounds(rs: Ruleset): CompiledCompounds {
  const targetId = new Map<string, number>();
  for (const r of rs.lexicon) if (!targetId.has(r.target)) targetId.set(r.target, targetId.size);
  const ids = (g: string[]): number[] => g.map((t) => targetId.get(t) ?? -1);
  return {
    targetId, targets: [...targetId.keys()], words: Math.max(1, Math.ceil(targetId.size / 32)),
    rows: rs.compounds.map((row) => ({
      id: row.id, target: row.target, feature: row.scope === 'feature', ownAct: !!row.own_act,
      first: ids(row.all[0] ?? []), all: row.all.map(ids), none: (row.none ?? []).map(ids), denied: (row.unless_denied ?? []).map(ids), rules: new Map(),
    })),
  };
}
const compiledCache = new WeakMap<Ruleset, Compiled>();

/** Compiles a ruleset's lexicon once (cached per ruleset object). Throws on bad patterns. */
export function compileRuleset(ruleset: Ruleset): Compiled {
  let c = compiledCache.get(ruleset);
  if (!c) {
    c = { lexicon: compileLexicon(ruleset.lexicon), chars: charTable(ruleset.traditional ?? ''), compounds: compileCompounds(ruleset) };
    compiledCache.set(ruleset, c);
  }
  return c;
}

// ───────────────────────────── helpers ─────────────────────────────

/**
 * Text order of fields: title, description, capabilities, sectors. (Comparisons, not a look-up in an
 * object keyed by field name: V8 served that through its megamorphic keyed-load builtin, twice per
 * comparison of evidence.)
 */
function fieldOrder(f: Evidence['field']): number {
  return f === 'title' ? 0 : f === 'description' ? 1 : f === 'capabilities' ? 2 : 3;
}
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_CODES);

/** A target without its appr:, prohib:, doubt: or benign: prefix. */
function withoutKind(t: string): string {
  for (const p of ['appr:', 'prohib:', 'doubt:', 'benign:']) if (t.startsWith(p)) return t.slice(p.length);
  return t;
}

/** Evidence kept per finding: the first spans of each rule, and a total, so answers stay small. */
export const EVIDENCE_PER_RULE = 3;
export const EVIDENCE_PER_FINDING = 12;

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Text order of evidence: field, start, end, rule. */
function compareEvidence(a: Evidence, b: Evidence): number {
  return fieldOrder(a.field) - fieldOrder(b.field) || a.start - b.start || a.end - b.end || compareText(a.rule ?? '', b.rule ?? '');
}

/**
 * Evidence in text order, one per span, at most EVIDENCE_PER_RULE per rule and EVIDENCE_PER_FINDING
 * in all. Lists mostly arrive in text order already (text findings come in mention order), so a
 * list is only copied and sorted when it is not; in order, entries of one span are neighbours.
 */
export function sortEvidence(list: Evidence[]): Evidence[] {
  const n = list.length;
  // Runs already in order: most lists are one, or a few (text findings in mention order, then
  // each meaning rule's). Their merge is the stable sort's order, and the selection below only
  // takes as much of it as it needs (often the first dozen of hundreds): no copy, no full sort.
  let runs = 1;
  for (let i = 1; i < n; i++) if (compareEvidence(list[i - 1]!, list[i]!) > 0) runs++;
  if (runs === 1) return selectEvidence(list);
  if (runs > MERGE_RUNS_MAX) return selectEvidence(list.slice().sort(compareEvidence));
  const heads: number[] = [0];
  const ends: number[] = [];
  for (let i = 1; i < n; i++) {
    if (compareEvidence(list[i - 1]!, list[i]!) > 0) {
      ends.push(i);
      heads.push(i);
    }
  }
  ends.push(n);
  const sel = new EvidenceSelection();
  for (;;) {
    // The smallest head; of equal ones the earliest run's (the stable sort keeps list order).
    let best = -1;
    for (let k = 0; k < runs; k++) {
      if (heads[k]! >= ends[k]!) continue;
      if (best < 0 || compareEvidence(list[heads[k]!]!, list[heads[best]!]!) < 0) best = k;
    }
    if (best < 0 || !sel.offer(list[heads[best]!++]!)) break;
  }
  return sel.out;
}

/** Beyond this many runs in order, a list is copied and sorted whole rather than merged. */
const MERGE_RUNS_MAX = 16;

/**
 * What `sortEvidence` keeps of evidence offered in order, on both its paths: one entry per span (the
 * first, i.e. the smallest rule), at most EVIDENCE_PER_RULE per rule, EVIDENCE_PER_FINDING in all.
 */
class EvidenceSelection {
  readonly out: Evidence[] = [];
  private readonly perRule = new Map<string, number>();
  private prev: Evidence | undefined;
  /** Offers the next entry in order; false once the selection is full. */
  offer(e: Evidence): boolean {
    const prev = this.prev;
    if (prev && prev.field === e.field && prev.start === e.start && prev.end === e.end) return true;
    this.prev = e;
    const rule = e.rule ?? '';
    const n = this.perRule.get(rule) ?? 0;
    if (n >= EVIDENCE_PER_RULE) return true;
    this.perRule.set(rule, n + 1);
    this.out.push(e);
    return this.out.length < EVIDENCE_PER_FINDING;
  }
}

/** The selection of `sortEvidence` from a list in text order. */
function selectEvidence(sorted: Evidence[]): Evidence[] {
  const sel = new EvidenceSelection();
  for (const e of sorted) if (!sel.offer(e)) break;
  return sel.out;
}

function evidenceOf(m: Mention, rule?: string): Evidence {
  return { field: m.field, text: m.text, start: m.start, end: m.end, rule: rule ?? m.row.id };
}

/** YYYY-MM-DD of an instant in Beijing time (UTC+8). */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86400_000).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  const ta = Date.UTC(Number(a.slice(0, 4)), Number(a.slice(5, 7)) - 1, Number(a.slice(8, 10)));
  const tb = Date.UTC(Number(b.slice(0, 4)), Number(b.slice(5, 7)) - 1, Number(b.slice(8, 10)));
  return Math.round((tb - ta) / 86400_000);
}

function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Templates split at their {placeholders}: literal text at even indexes, placeholder names at odd ones. */
const TEMPLATE_PARTS = new Map<string, string[]>();

function fill(template: string, vars: Record<string, string | number>): string {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = [];
    const re = /\{([a-z_]+)\}/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(template)) !== null) {
      parts.push(template.slice(last, m.index), m[1]!);
      last = m.index + m[0].length;
    }
    parts.push(template.slice(last));
    if (TEMPLATE_PARTS.size < 1000) TEMPLATE_PARTS.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i]!;
    out += (k in vars ? String(vars[k]) : `{${k}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * Messages the engine needs that a ruleset may not carry yet (a ruleset's own template wins).
 * To move into src/rules/messages.ts.
 */
const DEFAULT_MESSAGES: Record<Lang, Record<string, string>> = {
  zh: {
    licence_invalid_covering: '计划上线日 {date} 不在许可证 {licence}（{business}）的有效期（{issued} 至 {valid_until}）内，不能依该许可证开展 {codes}（{clause}）。',
    uncertain_stated_launch: '{evidence}：文中写明的上线时间{problem}；许可证 {licence} 的有效期为 {issued} 至 {valid_until}，许可证须在上线日有效，需人工确认实际上线日期（{clause}）。',
    stated_after_expiry: '晚于许可证到期日 {valid_until}',
    stated_may_exceed: '可能晚于许可证到期日 {valid_until}',
    stated_before_issue: '早于许可证发证日 {issued}',
    stated_contradicts: '与填写的上线日期 {date} 不符',
  },
  en: {
    licence_invalid_covering: 'The launch date {date} is outside the validity of licence {licence} ("{business}", {issued} to {valid_until}), so it cannot cover {codes} ({clause}).',
    uncertain_stated_launch: '{evidence}: the launch time written in the text {problem}; licence {licence} is valid from {issued} to {valid_until} and must be valid on the launch day: confirm the actual launch date ({clause}).',
    stated_after_expiry: 'is after the licence expires on {valid_until}',
    stated_may_exceed: 'may be after the licence expires on {valid_until}',
    stated_before_issue: 'is before the licence was issued on {issued}',
    stated_contradicts: 'contradicts the launch_date given, {date}',
  },
};

// ───────────────────────────── findings ─────────────────────────────

interface Finding {
  target: string;
  evidence: Evidence[];
  /** Mentions behind it (text findings), for sentence-level modifiers. */
  mentions: Mention[];
  negated: boolean;
  /** From a compound rule marked own_act: licensed third parties do not take it over. (Always set: one shape for all findings.) */
  ownAct: boolean;
}

/** A year written in full in a stated launch time. */
const FULL_YEAR = /(?:19|20)\d\d/;

/** The sentence a mention is in, as a number: title sentences even, description sentences odd. */
/** t.startsWith('cue:'), by code units: asked of every mention, more than once. */
function isCue(t: string): boolean {
  return t.charCodeAt(3) === 58 && t.charCodeAt(0) === 99 && t.charCodeAt(1) === 117 && t.charCodeAt(2) === 101;
}

function sentenceKey(m: Mention): number {
  return m.sentence * 2 + (m.field === 'title' ? 0 : 1);
}

/** Before a topic label: a line's start (a bullet allowed), then 关于 / about / re:, nothing else. */
const TOPIC_BEFORE = /(?:^|\n|[；;。】])[ \t]*(?:[-*•·][ \t]*|\d{1,2}[.、)）][ \t]*)?(?:关于|有关|about[ \t]+|re:[ \t]*)?[\u4e00-\u9fff]{0,6}$/i;
/** After a topic label: a colon, a closing quote or bracket allowed before it. */
const TOPIC_AFTER = /^[」”"'’）)]?[ \t]*(?:功能|feature)?[ \t]*[：:]/i;
/** Whether a description mention is a topic label ("关于私信：", "- DMs:"), naming what the line is about. */
function isTopicLabel(description: string, m: Mention): boolean {
  if (m.field !== 'description') return false;
  return TOPIC_AFTER.test(description.slice(m.end, m.end + 8)) && TOPIC_BEFORE.test(description.slice(Math.max(0, m.start - 16), m.start));
}

/** The meaning rule a finding comes from (its evidence names it before a slash), or null for a lexicon row's. */
function compoundOf(f: Finding): string | null {
  const r = f.evidence[0]?.rule ?? '';
  const slash = r.indexOf('/');
  return slash > 0 ? r.slice(0, slash) : null;
}

/** A mention's words compared across rows: lower case, a plural s dropped. */
function wordOf(text: string): string {
  const w = text.toLowerCase().trim();
  return /[a-z]s$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Quoted speech in a description: double quotes (ASCII or curly) around at least 12 characters
 * holding a wish or a question, what someone asked for in their own words. A short quoted name
 * ("Send to…") is not speech, nor a quoted report of what happened.
 */
const QUOTED_SPEECH = /"([^"\n]{12,300})"|“([^”\n]{12,300})”|「([^」\n]{8,300})」/g;
function quotedSpeech(description: string): [number, number][] {
  if (description.indexOf('"') < 0 && description.indexOf('“') < 0 && description.indexOf('「') < 0) return [];
  const out: [number, number][] = [];
  QUOTED_SPEECH.lastIndex = 0;
  for (let m = QUOTED_SPEECH.exec(description); m; m = QUOTED_SPEECH.exec(description)) {
    // Only a wish or a question in someone's words: a quoted report ("私信功能全量上线后…") states a fact.
    if (WISH.test(m[1] ?? m[2] ?? m[3] ?? '')) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
/** The words of a wish or a question. */
const WISH = /[?？]|能不能|可不可以|能否|想要?|希望|要是|最好|求求|can (?:you|we|i)\b|could (?:you|we|i)\b|let (?:me|us)\b|\bi (?:want|wish|need|would like)\b|give me|please|\bpls\b|\bwish\b|why can['’]?t/i;

/** The sentences (as sentenceKey numbers them) that end in a question mark. */
function questionSentences(title: string, description: string): Set<number> {
  const out = new Set<number>();
  const fields: [string, number][] = [[title, 0], [description, 1]];
  for (const [text, parity] of fields) {
    const reported = REPORTED_ASK.test(text);
    if (text.indexOf('?') < 0 && text.indexOf('？') < 0 && !reported) continue;
    const starts = sentenceStarts(text);
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
      let j = end - 1;
      while (j >= starts[i]! && /\s/.test(text[j]!)) j--;
      if (j >= starts[i]! && (text[j] === '?' || text[j] === '？')) out.add(i * 2 + parity);
      // (A request reported, "Customers asked to video call a buyer", is asked as a question is.)
      else if (reported && REPORTED_ASK.test(text.slice(starts[i]!, end))) out.add(i * 2 + parity);
    }
  }
  return out;
}
/** Someone's request reported in a sentence: what they asked for, not yet what is built. */
const REPORTED_ASK = /\b(?:customers?|users?|people|readers?|partners?|clients?|buyers?|shoppers?|owners?|residents?|designers?) (?:also |keep |kept |have |had )?(?:asked|asking|requested|requesting|begged|wrote in asking)(?: us)? (?:to|for|whether|if|about)\b|\b(?:(?:was|is) (?:the|our) (?:#\s?1|number one|top|most[- ]requested|most common) (?:feature )?(?:request|ask|wish)|most[- ](?:requested|asked[- ]for) (?:feature|thing|item))|\b(?:someone|somebody|a few people|stakeholders?|sales|leadership)\b[^.;\n]{0,30}? (?:asked|requested|wanted) (?:for|to|whether|if|about)\b|\b(?:exploring|an exploration of|what if we|how about we)\b|[💡⚠]\uFE0F?\s*(?:\*\*)?\s*(?:Idea|Risk|Proposal|想法|风险|提议|建议)|(?:^|[｜|：:]\s*)(?:用户)?(?:想|想要|希望|求|要求)[^→｜|\n]{1,30}→/i;

/**
 * The units (each sentence, then the whole feature) as runs of one array of mention indexes:
 * unit u holds members[unitStart[u] .. unitStart[u + 1]), in text order; `ids` gives each
 * mention's target number (-1: a target no rule reads). Which targets a unit has, negated or not,
 * is a bit set; a small unit's mentions of a target are found by searching it, a large one's (a
 * long text without sentence ends, or the feature) by lists made once asked. (Runs of shared
 * scratch arrays rather than two arrays per sentence: those were most of what a call allocated.)
 */
/** Beyond this many mentions a unit's mentions of a target are listed once and kept, rather than searched each time. */
const UNIT_SCAN_MAX = 16;

/**
 * Scratch space reused from one evaluation to the next (the engine is synchronous); typed arrays
 * allocated per call would each hold memory outside the heap until a collection frees it.
 */
let scratchBits = new Int32Array(1024);
let scratchStamp = new Int32Array(256);
let scratchExplained = new Uint8Array(256);
let scratchIds = new Int32Array(1024);
let scratchUnitOf = new Int32Array(1024);
let scratchMembers = new Int32Array(2048);
let scratchUnitStart = new Int32Array(256);
const scratchEv: Mention[] = [];
const scratchNegEv: Mention[] = [];

/**
 * The evidence rule id of a mention in a meaning rule: `<rule>/<lexicon row>`, made once per pair.
 * (A function of its own rather than a closure made for each rule on every call.)
 */
function compoundRuleOf(row: CompiledCompounds['rows'][number], m: Mention): string {
  let id = row.rules.get(m.row);
  if (id === undefined) row.rules.set(m.row, id = `${row.id}/${m.row.id}`);
  return id;
}

/**
 * Adds the meaning rules' findings to `out`. Returns the targets mentioned somewhere not negated (in
 * target order), read from the bit sets it builds anyway rather than from every mention again.
 */
function evalCompounds(cc: CompiledCompounds, mentions: Mention[], out: Finding[]): string[] {
  const { targetId, words } = cc;
  const n = mentions.length;
  // Sentence units in order of first appearance, and which of them mention a target at all
  // (negated or not): a rule is only tried on the units that mention something of its first
  // group. The feature is the last unit.
  if (scratchIds.length < n) {
    scratchIds = new Int32Array(Math.max(n, scratchIds.length * 2));
    scratchUnitOf = new Int32Array(scratchIds.length);
    scratchMembers = new Int32Array(scratchIds.length * 2);
  }
  const ids = scratchIds;
  const unitOfMention = scratchUnitOf;
  const unitOf = new Map<number, number>();
  // (One slot per target from the start: an array grown by assigning far indexes goes to dictionary mode.)
  const unitsWith: (number[] | null)[] = new Array<number[] | null>(targetId.size).fill(null);
  let lastKey = -1;
  let u = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    const k = sentenceKey(m);
    if (k !== lastKey) {
      lastKey = k;
      const known = unitOf.get(k);
      if (known === undefined) {
        u = count++;
        unitOf.set(k, u);
      } else u = known;
    }
    const t = targetId.get(m.target) ?? -1;
    ids[i] = t;
    unitOfMention[i] = u;
    if (t < 0) continue;
    let list = unitsWith[t];
    if (!list) unitsWith[t] = list = [];
    if (list.length === 0 || list[list.length - 1] !== u) list.push(u);
  }
  const feature = count;
  // Members of each unit in text order (a counting sort by unit; sentences are almost always
  // contiguous already), then the feature: every mention.
  if (scratchUnitStart.length < feature + 2) scratchUnitStart = new Int32Array(Math.max(feature + 2, scratchUnitStart.length * 2));
  const unitStart = scratchUnitStart;
  unitStart.fill(0, 0, feature + 2);
  for (let i = 0; i < n; i++) unitStart[unitOfMention[i]! + 1]!++;
  for (let v = 1; v <= feature; v++) unitStart[v]! += unitStart[v - 1]!;
  const members = scratchMembers;
  for (let i = 0; i < n; i++) members[unitStart[unitOfMention[i]!]!++] = i;
  for (let v = feature; v > 0; v--) unitStart[v] = unitStart[v - 1]!;
  unitStart[0] = 0;
  for (let i = 0; i < n; i++) members[n + i] = i;
  unitStart[feature + 1] = 2 * n;
  // Per unit: `words` words of targets mentioned positively, then as many of targets mentioned negated.
  const unitCount = feature + 1;
  if (scratchBits.length < unitCount * 2 * words) scratchBits = new Int32Array(Math.max(unitCount * 2 * words, scratchBits.length * 2));
  const bits = scratchBits;
  bits.fill(0, 0, unitCount * 2 * words);
  for (let i = 0; i < n; i++) {
    const t = ids[i]!;
    if (t < 0) continue;
    const bit = 1 << (t & 31);
    const neg = mentions[i]!.negated ? 1 : 0;
    bits[(unitOfMention[i]! * 2 + neg) * words + (t >>> 5)]! |= bit;
    bits[(feature * 2 + neg) * words + (t >>> 5)]! |= bit;
  }
  const positive: string[] = [];
  for (let t = 0; t < cc.targets.length; t++) if (bits[feature * 2 * words + (t >>> 5)]! & (1 << (t & 31))) positive.push(cc.targets[t]!);
  const has = (u: number, negated: boolean, t: number): boolean => t >= 0 && (bits[(u * 2 + (negated ? 1 : 0)) * words + (t >>> 5)]! & (1 << (t & 31))) !== 0;
  // A large unit's mentions of a target, negated or not (key: target * 2 + negated), as asked.
  const listed = new Map<number, Map<number, Mention[]>>();
  const listOf = (u: number, negated: boolean, t: number): Mention[] => {
    let of = listed.get(u);
    if (!of) listed.set(u, of = new Map());
    const key = t * 2 + (negated ? 1 : 0);
    let list = of.get(key);
    if (!list) {
      list = [];
      for (let j = unitStart[u]!, end = unitStart[u + 1]!; j < end; j++) {
        const i = members[j]!;
        if (ids[i] === t && mentions[i]!.negated === negated) list.push(mentions[i]!);
      }
      of.set(key, list);
    }
    return list;
  };
  /** Appends up to `limit` mentions (negated or not as asked) of the group's targets: by target in group order, then in text order. */
  const pick = (u: number, negated: boolean, group: number[], limit: number, into: Mention[]): number => {
    const from = unitStart[u]!;
    const end = unitStart[u + 1]!;
    let got = 0;
    for (const t of group) {
      if (!has(u, negated, t)) continue;
      if (end - from > UNIT_SCAN_MAX) {
        for (const m of listOf(u, negated, t)) {
          into.push(m);
          if (++got >= limit) return got;
        }
        continue;
      }
      for (let j = from; j < end; j++) {
        const i = members[j]!;
        if (ids[i] !== t || mentions[i]!.negated !== negated) continue;
        into.push(mentions[i]!);
        if (++got >= limit) return got;
      }
    }
    return got;
  };
  if (scratchStamp.length < feature) scratchStamp = new Int32Array(Math.max(feature, scratchStamp.length * 2));
  const stamp = scratchStamp;
  stamp.fill(0, 0, feature);
  const groupHas = (g: number[], u: number, negated: boolean): boolean => {
    for (const t of g) if (has(u, negated, t)) return true;
    return false;
  };
  const anyGroupHas = (groups: number[][], u: number, negated: boolean): boolean => {
    for (const g of groups) if (groupHas(g, u, negated)) return true;
    return false;
  };
  const one: number[] = [feature];
  for (let ri = 0; ri < cc.rows.length; ri++) {
    const row = cc.rows[ri]!;
    const { first, all, none, denied } = row;
    let candidates: number[];
    if (row.feature) candidates = one;
    else if (first.length === 1) candidates = first[0]! >= 0 ? unitsWith[first[0]!] ?? [] : [];
    else {
      candidates = [];
      for (const t of first) {
        if (t < 0) continue;
        for (const u of unitsWith[t] ?? []) {
          if (stamp[u] === ri + 1) continue;
          stamp[u] = ri + 1;
          candidates.push(u);
        }
      }
      if (candidates.length > 1) candidates.sort((x, y) => x - y);
    }
    for (const u of candidates) {
      // Each group mentioned in the unit, negated or not (the bit sets say so without looking at a
      // mention): most candidate units lack a group, and then nothing is collected at all. (Checked
      // first: it rules out most units, and every check here only decides whether the unit fires.)
      let someAbsent = false;
      for (const g of all) {
        if (!groupHas(g, u, false) && !groupHas(g, u, true)) { someAbsent = true; break; }
      }
      if (someAbsent) continue;
      if (anyGroupHas(none, u, false)) continue;
      if (denied.length) {
        let allDenied = true;
        for (const g of denied) {
          if (groupHas(g, u, false) || !groupHas(g, u, true)) { allDenied = false; break; }
        }
        if (allDenied) continue;
      }
      let allPositive = true;
      let allPresent = true;
      const ev = scratchEv;
      const negEv = scratchNegEv;
      ev.length = 0;
      negEv.length = 0;
      for (const g of all) {
        const at = ev.length;
        if (pick(u, false, g, 3, ev) > 0) {
          for (let i = at; i < ev.length; i++) negEv.push(ev[i]!);
          continue;
        }
        allPositive = false;
        if (pick(u, true, g, 3, negEv) === 0) { allPresent = false; break; }
      }
      if (allPositive) {
        out.push({ target: row.target, evidence: ev.map((m) => evidenceOf(m, compoundRuleOf(row, m))), mentions: ev.slice(), negated: false, ownAct: row.ownAct });
      } else if (allPresent) {
        out.push({ target: row.target, evidence: negEv.map((m) => evidenceOf(m, compoundRuleOf(row, m))), mentions: negEv.slice(), negated: true, ownAct: false });
      }
    }
  }
  return positive;
}

// ───────────────────────────── safety net ─────────────────────────────

/**
 * Unexplained telecom-relevant cues, per safety-net subject (in the ruleset's group order): the
 * non-negated cue mentions of a group in sentences that hold no finding (any target, negated or
 * cancelled), no non-cue mention, no negated mention and no `explained_by` modifier, when no target
 * of the group's `settled_by` is among `settled` or the findings. Staff-only features are exempt.
 */
export function unexplainedCues(rs: Ruleset, mentions: Mention[], findings: Finding[], internal: boolean, settled: string[]): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  const net = rs.safety_net;
  if (!net || internal) return out;
  const sets = safetyNetSets(net);
  const explainedBy = sets.explainedBy;
  // Sentences explained, by sentence key. (The findings' mentions are among `mentions`, so the
  // keys of `mentions` bound every key met below.)
  let keys = 0;
  for (const m of mentions) keys = Math.max(keys, sentenceKey(m) + 1);
  if (scratchExplained.length < keys) scratchExplained = new Uint8Array(Math.max(keys, scratchExplained.length * 2));
  const explained = scratchExplained;
  explained.fill(0, 0, keys);
  for (const m of mentions) {
    if (m.negated || !isCue(m.target) || explainedBy.has(m.target)) explained[sentenceKey(m)] = 1;
  }
  for (const f of findings) for (const m of f.mentions) explained[sentenceKey(m)] = 1;
  // The non-negated mentions in sentences nothing explains, in text order. (Lists built by push,
  // here and below: arrays from filter()/map() differ in kind when empty, and V8 kept throwing away
  // code specialised on one kind when the other came.)
  const open: Mention[] = [];
  for (const m of mentions) if (!m.negated && !explained[sentenceKey(m)]) open.push(m);
  // Nothing open, no group has evidence: the targets that settle a group are not needed.
  if (!open.length) return out;
  // The targets that settle a group, made only once some group has evidence (a set of every
  // finding's target was most of this function's work on long texts).
  let targets: Set<string> | undefined;
  net.groups.forEach((g, gi) => {
    const cues = sets.groupCues[gi]!;
    const ev: Evidence[] = [];
    for (const m of open) if (cues.has(m.target)) ev.push(evidenceOf(m));
    if (!ev.length) return;
    if (!targets) {
      targets = new Set(settled);
      for (const f of findings) targets.add(f.target);
    }
    const t = targets;
    if (g.settled_by.some((x) => t.has(x))) return;
    const list = out.get(g.subject);
    if (list) list.push(...ev);
    else out.set(g.subject, ev);
  });
  return out;
}

/** The safety net's explained_by and each group's cues as sets, made once per safety net. */
function safetyNetSets(net: NonNullable<Ruleset['safety_net']>): { explainedBy: Set<string>; groupCues: Set<string>[] } {
  let sets = SAFETY_NET_SETS.get(net);
  if (!sets) {
    sets = { explainedBy: new Set(net.explained_by), groupCues: net.groups.map((g) => new Set(g.cues)) };
    SAFETY_NET_SETS.set(net, sets);
  }
  return sets;
}
const SAFETY_NET_SETS = new WeakMap<object, { explainedBy: Set<string>; groupCues: Set<string>[] }>();

// ───────────────────────────── evaluate ─────────────────────────────

/**
 * Evaluates a feature. Returns the Evaluation of the API contract, plus `counter_evidence`,
 * `incidental` and `fired_rows` (extra fields; see DetailedEvaluation).
 */
/** Adds evidence to a map's list for `k` (a copy of the list when it is new). */
function pushEvidence<K>(map: Map<K, Evidence[]>, k: K, ev: Evidence[]): void {
  const list = map.get(k);
  if (list) for (const e of ev) list.push(e);
  else map.set(k, [...ev]);
}

function isCategoryCode(t: string): t is CategoryCode {
  return CATEGORY_SET.has(t);
}

/** Adds counter-evidence, merged with any of the same subject and reason. */
function addCounterTo(counter: CounterEvidence[], subject: string, why: CounterEvidence['why'], ev: Evidence[]): void {
  const c = counter.find((x) => x.subject === subject && x.why === why);
  if (c) for (const e of ev) c.evidence.push(e);
  else counter.push({ subject, why, evidence: [...ev] });
}

/** A clause's text, from `from` (the licence the reason is about) first, then the primary (else the first held), then any. */
function clauseTextOf(ctx: EvalContext, primary: PinnedLicence | undefined, id: string, from?: Licence): string {
  const citeLicence: Licence | undefined = primary ?? ctx.licences[0];
  for (const l of from ? [from, citeLicence] : [citeLicence]) {
    if (!l) continue;
    const c = clauseOf(l, id);
    if (c) return c.text;
  }
  for (const l of ctx.licences) {
    const c = clauseOf(l, id);
    if (c) return c.text;
  }
  return '';
}

/**
 * The title names what the description describes: a title finding whose words were cancelled where
 * the description uses them ("站内信：官方通知中心" over "「站内信」由系统向用户发送…不能回复") goes with
 * the same cancel. Only the same subject in the same words: other words in the title still count.
 * Adds to `by` ([cancel index, finding index]) the title findings that follow.
 */
function titleFollowsDescription(findings: Finding[], by: [number, number][]): void {
  const cancelledWords = new Map<string, number>();
  const taken = new Set<number>();
  for (const [j, i] of by) {
    taken.add(i);
    const f = findings[i]!;
    for (const m of f.mentions) if (m.field === 'description') {
      const key = f.target + '\u0000' + m.text.toLowerCase();
      if (!cancelledWords.has(key)) cancelledWords.set(key, j);
    }
  }
  if (!cancelledWords.size) return;
  findings.forEach((f, i) => {
    if (f.negated || taken.has(i) || !f.mentions.length) return;
    let j = -1;
    for (const m of f.mentions) {
      const c = m.field === 'title' ? cancelledWords.get(f.target + '\u0000' + m.text.toLowerCase()) : undefined;
      if (c === undefined) return;
      if (j < 0) j = c;
    }
    by.push([j, i]);
  });
}

/**
 * Cancellations: drops from `findings` the text findings of a subject in the unit where a cancel
 * rule fired, and returns them. (A function of its own: its rarely taken branches, compiled inside
 * the caller, made V8 discard the caller's code whenever one was first taken.)
 */
function cancelFindings(rs: Ruleset, findings: Finding[]): Finding[] {
  const cancels: Finding[] = [];
  for (const f of findings) if (!f.negated && f.target.startsWith('cancel:')) cancels.push(f);
  const cancelled: Finding[] = [];
  if (cancels.length) {
    // Feature-wide by the rule that fired it, not by its target: a sentence-scoped cancel of the
    // same subject ("a calculator informs") must not reach other sentences because another rule
    // cancelling that subject ("general information only") is feature-scoped.
    const featureWide = new Set(rs.compounds.filter((c) => c.target.startsWith('cancel:') && c.scope === 'feature').map((c) => c.id));
    const isWide = (c: Finding): boolean => {
      const rule = c.evidence[0]?.rule;
      return rule !== undefined && featureWide.has(rule.slice(0, rule.indexOf('/')));
    };
    // A finding goes with the first cancel (in order) of its subject whose sentences hold all its
    // mentions, or with the subject's first feature-wide cancel.
    interface Subject { first: number; wide: number; firstBySentence: Map<number, number>; cancels: { j: number; keys: Set<number> }[] }
    const subjects = new Map<string, Subject>();
    cancels.forEach((c, j) => {
      const subject = c.target.slice(7);
      let sub = subjects.get(subject);
      if (!sub) subjects.set(subject, sub = { first: j, wide: -1, firstBySentence: new Map(), cancels: [] });
      if (sub.wide < 0 && isWide(c)) sub.wide = j;
      const keys = new Set(c.mentions.map(sentenceKey));
      for (const k of keys) if (!sub.firstBySentence.has(k)) sub.firstBySentence.set(k, j);
      sub.cancels.push({ j, keys });
    });
    const by: [number, number][] = [];
    findings.forEach((f, i) => {
      if (f.negated) return;
      const sub = subjects.get(f.target);
      if (!sub) return;
      let j = -1;
      const k0 = f.mentions.length ? sentenceKey(f.mentions[0]!) : -1;
      if (sub.wide >= 0) j = sub.wide;
      else if (f.mentions.length === 0) j = sub.first;
      else if (f.mentions.every((m) => sentenceKey(m) === k0)) j = sub.firstBySentence.get(k0) ?? -1;
      else j = sub.cancels.find((c) => f.mentions.every((m) => c.keys.has(sentenceKey(m))))?.j ?? -1;
      if (j >= 0) by.push([j, i]);
    });
    if (by.length) titleFollowsDescription(findings, by);
    if (by.length) {
      // The order in which removing them cancel by cancel, last finding first, gives.
      by.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
      const gone = new Set<number>();
      for (const [, i] of by) {
        cancelled.push(findings[i]!);
        gone.add(i);
      }
      let w = 0;
      for (let i = 0; i < findings.length; i++) if (!gone.has(i)) findings[w++] = findings[i]!;
      findings.length = w;
    }
  }

  return cancelled;
}

/**
 * Lines that record what a meeting or review decided ("结论：…", "决议：…", "Decision: …"), to the end
 * of their line.
 */
/** A heading over what was decided ("## Decision (12/02)", "### 结论"): the lines under it, to the next heading. */
const DECISION_HEADING = /^[ \t]*#{1,6}[ \t]*(?:Decisions?|Outcome|Resolution|Conclusions?|结论|决议|决定|最终决定)(?![A-Za-z])[^\n]*$/gim;
const DECISION_HEADING_ANY = new RegExp(DECISION_HEADING.source, 'im');
const NEXT_HEADING = /^[ \t]*#{1,6}[ \t]/gm;
/** A bracketed heading over what was decided, alone on its line ("【结论】"): the lines under it, to the next bracketed or '#' heading. Tried where a line starts (sticky). */
const DECISION_BRACKET = /^[ \t]*[【\[](?:会议|评审|最终|最后)?(?:结论|决议|决定|定论|Decisions?|Conclusions?|Outcome)[】\]][ \t]*$/imy;
/** A line that opens another heading after a bracketed one. Tried where a line starts (sticky). */
const NEXT_BRACKET = /^[ \t]*(?:[【\[][^】\]\n]{1,20}[】\]]|#{1,6}[ \t])/y;
/** Words every decision line or heading holds (a cheap test before the regexes). */
const DECISION_WORDS = ['结论', '决议', '决定', '定论', 'ecision', 'utcome', 'esolution', 'greed', 'onclusion', 'DECISION', 'OUTCOME', 'RESOLUTION', 'AGREED', 'CONCLUSION'];
/** A recorded discussion: meeting minutes, a review, a chat thread. */
const MINUTES = /纪要|周会|例会|评审会|评审记录|会议|参会|碰头会|复盘|讨论|minutes|meeting|thread|stand-?up|sync|review/i;
/** A line opened by a speaker's name or role ("运营：", "Lily:"): three of them make a discussion. Tried where a line starts (sticky). */
const SPEAKER_LINE = /^[ \t]*[\u4e00-\u9fffA-Za-z]{1,10}[ \t]*[：:]/my;
/** Tried where a line starts (sticky). */
const DECISION_LINE = /^[ \t]*(?:[-*•#]+[ \t]*)?[【\[]?(?:会议|评审|最终|最后)?(?:结论|决议|决定|定论|Decisions?|Outcome|Resolution|Agreed|Conclusions?)[】\]]?[ \t]*[:：]/imy;

/** Where the lines of a text start, ascending: 0 and after each line terminator ('^' in a multiline regex). */
function lineStarts(text: string): number[] {
  const out = [0];
  let kinds = 0;
  for (const t of ['\n', '\r', '\u2028', '\u2029']) {
    let p = text.indexOf(t);
    if (p >= 0) kinds++;
    for (; p >= 0; p = text.indexOf(t, p + 1)) out.push(p + 1);
  }
  if (kinds > 1) out.sort((a, b) => a - b);
  return out;
}

/**
 * Whether at least three lines open with a speaker (`SPEAKER_LINE`), each tried where a line starts.
 * (A speaker line holds no line break, so the lines it matches at are those a global search over
 * the whole text finds.)
 */
function speakerLines3(text: string, starts: number[]): boolean {
  let n = 0;
  for (const at of starts) {
    SPEAKER_LINE.lastIndex = at;
    if (SPEAKER_LINE.test(text) && ++n >= 3) return true;
  }
  return false;
}

/**
 * The decision overrides the discussion: where a decision line denies a subject in the same words
 * ("结论：…私信砍掉不做", "Decision: no livestream") and no decision line affirms it in those words,
 * the positive mentions of those words elsewhere (a speaker proposing it, the title naming it) are
 * what was argued over, not what ships. Drops those findings from `findings` and returns them
 * (cancelled). Only text findings whose every mention is such a word: a meaning rule built from other
 * words still counts, as do other words for the same subject.
 */
function decisionOverrides(findings: Finding[], description: string, title: string, mentions: Mention[]): Finding[] {
  // Most descriptions record no decision: a few native substring searches rule that out before any regex.
  if (!DECISION_WORDS.some((w) => description.includes(w))) return [];
  // Every match of either regex starts a line ('^', multiline): each is tried where a line starts
  // (sticky) rather than searched for over the whole text, which tried it at every character (~16
  // instructions each, 2.2 % of a mixed 20 KB evaluate when a decision word occurs anywhere). A
  // decision line holds no line break, so each starts after the last one's end, as the search found
  // them; a heading needs '#'.
  const lineAt = lineStarts(description);
  const lines: RegExpExecArray[] = [];
  for (const at of lineAt) {
    DECISION_LINE.lastIndex = at;
    const m = DECISION_LINE.exec(description);
    if (m) lines.push(m);
  }
  const hashes = description.indexOf('#') >= 0;
  // Bracketed decision headings ("【结论】" alone on its line): the lines under them.
  const bracketed: [number, number][] = [];
  if (description.indexOf('】') >= 0 || description.indexOf(']') >= 0) {
    for (let i = 0; i < lineAt.length; i++) {
      DECISION_BRACKET.lastIndex = lineAt[i]!;
      const h = DECISION_BRACKET.exec(description);
      if (!h) continue;
      const from = h.index + h[0].length;
      let to = description.length;
      for (let j = i + 1; j < lineAt.length; j++) {
        NEXT_BRACKET.lastIndex = lineAt[j]!;
        if (NEXT_BRACKET.test(description)) { to = lineAt[j]!; break; }
      }
      bracketed.push([from, to]);
    }
  }
  const heading = (hashes && DECISION_HEADING_ANY.test(description)) || bracketed.length > 0;
  if (!lines.length && !heading) return [];
  // Only where a discussion is recorded (minutes, a review, a thread, a design doc's decision
  // section): an ordinary PRD's "结论：不做私信推送" must not unsay its own "用户可以私信商家".
  if (!heading && !MINUTES.test(title) && !MINUTES.test(description) && !speakerLines3(description, lineAt)) return [];
  const ranges: [number, number][] = [];
  // A decision heading ("## Decision (12/02)") holds the lines under it, to the next heading.
  DECISION_HEADING.lastIndex = 0;
  for (let h = hashes ? DECISION_HEADING.exec(description) : null; h; h = DECISION_HEADING.exec(description)) {
    const from = h.index + h[0].length;
    NEXT_HEADING.lastIndex = from;
    const next = NEXT_HEADING.exec(description);
    ranges.push([from, next ? next.index : description.length]);
  }
  for (const r of bracketed) ranges.push(r);
  for (const m of lines) {
    const nl = description.indexOf('\n', m.index + m[0].length);
    ranges.push([m.index, nl < 0 ? description.length : nl]);
  }
  const inDecision = (x: Mention): boolean => x.field === 'description' && ranges.some(([a, b]) => x.start >= a && x.end <= b);
  const denied = new Set<string>();
  const affirmed = new Set<string>();
  // A word run on into the next ("不做私信推送": 私信 then 推送) is part of a longer name: what was
  // turned down is that, not every 私信.
  const starts = new Set<number>();
  for (const x of mentions) if (x.field === 'description' && x.target !== 'cue:neg') starts.add(x.start);
  for (const f of findings) {
    if (f.target.startsWith('cancel:')) continue;
    for (const x of f.mentions) {
      if (!inDecision(x)) continue;
      if (f.negated && starts.has(x.end)) continue;
      (f.negated ? denied : affirmed).add(f.target + '\u0000' + x.text.toLowerCase());
    }
  }
  for (const k of affirmed) denied.delete(k);
  // A decision that states a subject's scope by a cancel rule ("结论：…全部只检索站内内容") settles
  // that subject wherever it was argued over, in whatever words, unless a decision line affirms it.
  const scoped = new Set<string>();
  for (const f of findings) {
    if (f.negated || !f.target.startsWith('cancel:') || !f.mentions.length || !f.mentions.every(inDecision)) continue;
    scoped.add(f.target.slice(7));
  }
  for (const f of findings) if (!f.negated && !f.target.startsWith('cancel:') && f.mentions.some(inDecision)) scoped.delete(f.target);
  if (!denied.size && !scoped.size) return [];
  const out: Finding[] = [];
  let w = 0;
  const isDenied = (f: Finding, x: Mention): boolean => denied.has(f.target + '\u0000' + x.text.toLowerCase());
  for (const f of findings) {
    // Every mention is the denied word, or (a meaning rule built on it: "希望加「私信」，粉丝可以一对一
    // 问") in a sentence where the finding's own denied word stands: the proposal, described.
    const overruled = !f.negated && f.mentions.length > 0 && f.mentions.every((x) => !inDecision(x) &&
      (scoped.has(f.target) || isDenied(f, x) || f.mentions.some((y) => y !== x && isDenied(f, y) && sentenceKey(y) === sentenceKey(x))));
    if (overruled) out.push(f);
    else findings[w++] = f;
  }
  findings.length = w;
  return out;
}

/** Step 1 of evaluate: scan both fields, text findings, meaning rules, then cancellations (removed from `findings`). */
function findingsOf(rs: Ruleset, compiled: Compiled, feature: Feature) {
  const { lexicon, chars, compounds } = compiled;
  // 1. Scan, matching traditional characters as simplified (1:1, so offsets are the original's).
  const title = feature.title ?? '';
  const description = feature.description ?? '';
  // Emoji shortcodes (":wheelchair:", ":video_game:", ":newspaper:") are pictures, not words: blanked
  // for the scan (same length, so every offset is the original's).
  const [titleN, titleMentions] = scanFieldSpaced(lexicon, chars, 'title', withoutShortcodes(title));
  const [descriptionN, descriptionMentions] = scanFieldSpaced(lexicon, chars, 'description', withoutShortcodes(description));
  const mentions = titleMentions.concat(descriptionMentions);
  const findings: Finding[] = [];
  for (const m of mentions) {
    if (isCue(m.target)) continue;
    findings.push({ target: m.target, evidence: [evidenceOf(m)], mentions: [m], negated: m.negated, ownAct: false });
  }
  const positiveTargets = evalCompounds(compounds, mentions, findings);

  // Cancellations: drop text findings of a subject in the unit where a cancel rule fired.
  const cancelled = cancelFindings(rs, findings);
  // What a decision line turned down, argued for elsewhere in the same words.
  const overruled = decisionOverrides(findings, descriptionN, titleN, mentions);
  if (overruled.length) cancelled.push(...overruled);
  return { title, description, titleN, descriptionN, mentions, findings, cancelled, positiveTargets };
}

/** An emoji shortcode as chat tools write them (:rocket:, :+1:, :movie_camera:): letters inside, no spaces. */
const SHORTCODE = /(?<![\w/:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:(?![\w/])/g;
/** The text with its emoji shortcodes blanked by spaces, offsets kept. */
function withoutShortcodes(text: string): string {
  if (text.indexOf(':') < 0) return text;
  SHORTCODE.lastIndex = 0;
  return SHORTCODE.test(text) ? text.replace(SHORTCODE, (m) => ' '.repeat(m.length)) : text;
}

/** A short heading line: '#', a section number or 【】 before a few words, nothing else on the line. */
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]*|(?:\d{1,2}(?:\.\d{1,2})*|[一二三四五六七八九十]{1,3})[.、)）]?[ \t]+|【)[^\n]{1,20}$/;
/** Whether the description line holding `at` is a short heading (HEADING_LINE). */
function onHeadingLine(description: string, at: number): boolean {
  const a = description.lastIndexOf('\n', at - 1) + 1;
  let b = description.indexOf('\n', at);
  if (b < 0) b = description.length;
  return b - a <= 40 && HEADING_LINE.test(description.slice(a, b));
}

/** The text of the sentence (to 。；;！!？? or a line break) holding a description mention. */
function sentenceOf(description: string, m: Mention): string {
  let a = m.start;
  while (a > 0 && !/[。；;！!？?\n]/.test(description[a - 1]!)) a--;
  let b = m.end;
  while (b < description.length && !/[。；;！!？?\n]/.test(description[b]!)) b++;
  return description.slice(a, b);
}

/** A financial institution named as the licensed party ("the bank is the licensed lender", "a licensed insurer"). */
const FINANCE_PARTY = /银行|保险公司|保司|消费金融|证券公司|基金公司|小贷公司|\b(?:bank|lender|insurer|insurance company|brokerage)\b/i;
/** Whether a sentence holding a licensed cue names a financial institution (FINANCE_PARTY). */
function licensedFinanceParty(description: string, mentions: Mention[]): boolean {
  for (const m of mentions) {
    if (m.target !== 'cue:licensed' || m.negated || m.field !== 'description') continue;
    if (FINANCE_PARTY.test(sentenceOf(description, m))) return true;
  }
  return false;
}

/** The feature itself named as the subject ("本功能", "this tool"). */
const FEATURE_SELF = /本功能|该功能|此功能|这个功能|本工具|该工具|此工具|这个工具|本系统|该系统|本平台|该平台|整个(?:功能|工具|系统|平台|页面)|this (?:feature|tool|page|dashboard|app|system|module)|the (?:feature|tool|dashboard|whole (?:feature|tool|app))/i;
/** Whether a description mention's sentence names the feature itself (FEATURE_SELF). */
function speaksOfFeature(description: string, m: Mention): boolean {
  return m.field === 'description' && FEATURE_SELF.test(sentenceOf(description, m));
}

/** A licensed party that is a payment institution or checkout (its licence is for payments only). */
const PAYMENT_LICENSED = /^[^，。；\n]{0,6}(?:支付|收银|银联|钱包|清算)|^持牌支付|payment (?:institution|provider|processor)|checkout/i;
/** A payment channel named right before the licensed word ("Alipay's licensed checkout", "微信支付（持牌", "Alipay checkout (licensed)"). */
const PAYMENT_BEFORE = /(?:支付宝|微信支付|财付通|银联|云闪付|Alipay|WeChat ?Pay|Tenpay|UnionPay|Apple Pay|payment (?:institution|provider|processor|channel))(?:['’]s)?(?:\s*(?:checkout|收银台|SDK|API))?\s*[（(]?\s*$/i;
/** A licensed cue naming a map provider right after it ("licensed map provider", "持牌地图服务商"). */
const MAP_LICENSED = /^[^，。；\n]{0,10}(?:map|地图|测绘)/i;
/**
 * Licensed parties whose licence is for one sector only: named right after the licensed word
 * (`after`) or right before it (`before`). Such a party vouches for its sector in its sentence, not
 * for the rest of the sentence's acts ("route shown with the 高德 SDK (licensed map provider)" does
 * not take over the rides dispatched in the same row). Tried in order; a licensed word that names
 * none of them vouches for its whole sentence.
 */
const SECTOR_LICENSED: readonly { code: ApprovalCode; after: RegExp; before?: RegExp }[] = [
  { code: 'finance', after: PAYMENT_LICENSED, before: PAYMENT_BEFORE },
  { code: 'maps', after: MAP_LICENSED },
];

/** The lines of a description labelled as background ("背景：…", "Background: …"): the situation before the feature, not the feature. */
const BACKGROUND_LINE = /^[ \t]*(?:[-*•#]+[ \t]*)?(?:背景|现状|问题背景|业务背景|Background|Context|Problem|Why)[ \t]*[:：]/gim;
function backgroundRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  BACKGROUND_LINE.lastIndex = 0;
  for (let m = BACKGROUND_LINE.exec(text); m; m = BACKGROUND_LINE.exec(text)) {
    const nl = text.indexOf('\n', m.index + m[0].length);
    out.push([m.index, nl < 0 ? text.length : nl]);
  }
  return out;
}

/** An ASCII letter, digit or underscore. */
const IDENT_CHAR = /[A-Za-z0-9_]/;
/**
 * Whether text[start, end) is part of a code identifier: joined to more of it by an underscore
 * (store_map_view, map_tiles) or by camelCase on either side (storeMap, mapView).
 */
function inIdentifier(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if ((before === '_' && IDENT_CHAR.test(text[start - 2] ?? '')) || (after === '_' && IDENT_CHAR.test(text[end + 1] ?? ''))) return true;
  return (/[a-z0-9]/.test(before) && /[A-Z]/.test(text[start] ?? '')) || (/[a-z0-9]/.test(text[end - 1] ?? '') && /[A-Z]/.test(after));
}

/** Step 2 of evaluate: modifiers (licensed third parties, staff-only tools) and each finding sorted into what it is evidence of. */
function classify(mentions: Mention[], findings: Finding[], cancelled: Finding[], positiveTargets: string[], description = '', questions: ReadonlySet<number> = new Set()) {
  const push = pushEvidence;
  const isCategory = isCategoryCode;
  // 2. Modifiers: licensed third parties (approvals only), staff-only tools. (The targets mentioned
  // positively come from evalCompounds' bit sets; a pass over the mentions for the sentences holding
  // these two cues only when one of them is mentioned at all.)
  const positiveCues = new Set<string>(positiveTargets);
  const licensedSentences = new Set<number>();
  const delegateSentences = new Set<number>();
  // A licensed party of one sector only (a payment institution: "通过持牌支付机构的收银台支付"; a map
  // provider) vouches for that sector in its sentence (SECTOR_LICENSED): sentences by approval.
  const sectorLicensed = new Map<string, Set<number>>();
  if (positiveCues.has('cue:licensed') || positiveCues.has('cue:delegate')) {
    for (const m of mentions) {
      if (m.negated) continue;
      if (m.target === 'cue:licensed') {
        const field = m.field === 'description' ? description : '';
        const around = field ? field.slice(m.start, m.end + 16) : m.text;
        // ("微信支付（持牌支付机构）", "Alipay's licensed checkout": the payment named before the word.)
        const before = field ? field.slice(Math.max(0, m.start - 24), m.start) : '';
        const sector = SECTOR_LICENSED.find((s) => s.after.test(around) || (before !== '' && s.before !== undefined && s.before.test(before)));
        if (!sector) licensedSentences.add(sentenceKey(m));
        else {
          let set = sectorLicensed.get(sector.code);
          if (!set) sectorLicensed.set(sector.code, (set = new Set()));
          set.add(sentenceKey(m));
        }
      } else if (m.target === 'cue:delegate') delegateSentences.add(sentenceKey(m));
    }
  }
  for (const f of findings) if (!f.negated) positiveCues.add(f.target);

  const anyLicensed = licensedSentences.size > 0;
  // Background lines matter only beside a licensed provider: read only then.
  const licensedFor = (code: string, k: number): boolean => sectorLicensed.get(code)?.has(k) === true;
  const background = anyLicensed || sectorLicensed.size > 0 ? backgroundRanges(description) : [];
  // The approvals' subjects named in a licensed sentence ("底图由腾讯地图 SDK 提供（持牌）"): the same
  // words for the same approval elsewhere (the title's "地图") are that provider's part too. Matched
  // by approval and words, not feature-wide: "会员余额" is not covered by "接入持牌的微信支付".
  const licensedSubjects = new Set<string>();
  if (anyLicensed || sectorLicensed.size > 0) {
    for (const f of findings) {
      if (f.negated || f.ownAct || !f.target.startsWith('appr:')) continue;
      for (const m of f.mentions) {
        const k = sentenceKey(m);
        if (licensedSentences.has(k) || licensedFor(f.target.slice(5), k)) licensedSubjects.add(f.target + '\u0000' + m.text.toLowerCase());
      }
    }
  }
  // A staff-only statement (cue:internal) makes the whole feature a staff tool where it speaks of the
  // feature: in the title, the first sentence, or a sentence naming the feature itself ("本功能仅限内部
  // 员工使用"). Elsewhere ("运营后台仅限内部员工访问", "埋点数据仅供内部使用") it speaks of its own
  // sentence only: the approvals found there alone are waived, not a public video channel's. Analytics
  // and staff tools named as such (cue:internal_data: 数仓, 内部系统) count only in the title or the
  // first sentence, where they are the feature, not a public feature's tracking section.
  let internalWide = false;
  const internalSentences = new Set<number>();
  if (positiveCues.has('cue:internal') || positiveCues.has('cue:internal_data')) {
    for (const m of mentions) {
      if (m.negated || (m.target !== 'cue:internal' && m.target !== 'cue:internal_data')) continue;
      if (m.field === 'title' || m.sentence === 0 || (m.target === 'cue:internal' && speaksOfFeature(description, m))) internalWide = true;
      else if (m.target === 'cue:internal') internalSentences.add(sentenceKey(m));
    }
  }
  const internal = internalWide && !positiveCues.has('cue:public_audience');
  // Open alternatives ("可能是 A，也可能 B"; "图片还是视频还没定"): a finding wholly inside one is a
  // form the feature may or may not take. The question often comes first ("双方怎么联系还没定，可能
  // 站内聊，也可能留微信"; "图片还是视频"), so the reach goes back over 30 characters of its sentence.
  // What the cue's own match spans is inside it even past a sentence break ("Open questions: …; whether
  // … has not been decided").
  const alternatives: { key: number; field: string; at: number; from: number; to: number }[] = [];
  for (const m of mentions) {
    if (m.target !== 'cue:alternatives' || m.negated) continue;
    alternatives.push({ key: sentenceKey(m), field: m.field, at: m.start, from: m.start - 30, to: m.end });
  }
  const hedgedFinding = (f: Finding): boolean => alternatives.length > 0 && f.mentions.length > 0
    && f.mentions.every((m) => alternatives.some((a) => m.end <= a.to
      && ((a.key === sentenceKey(m) && m.start >= a.from) || (a.field === m.field && m.start >= a.at))));

  const counter: CounterEvidence[] = [];
  const addCounter = (subject: string, why: CounterEvidence['why'], ev: Evidence[]): void => addCounterTo(counter, subject, why, ev);

  const catPos = new Map<CategoryCode, Evidence[]>();
  const catNeg = new Map<CategoryCode, Evidence[]>();
  const apprPos = new Map<ApprovalCode, Evidence[]>();
  const prohibPos = new Map<ProhibitionCode, Evidence[]>();
  const doubts = new Map<string, Evidence[]>();
  const hedged = new Map<string, Evidence[]>();
  const benign: Evidence[] = [];
  // Categories found in a sentence that is not asked about; what was only asked about, one item a
  // lexicon row (with its word) or a meaning rule (no word); and what was denied, by category and
  // row or rule, and by category and word (lower case, a plural s dropped: "video call" asked is
  // denied by "no calls", "DM" by "no DMs").
  const statedCats = new Set<string>();
  const asked: { cat: string; key: string; words: string[]; rule: boolean }[] = [];
  const deniedKeys = new Set<string>();
  const deniedWords = new Map<string, string[]>();
  // Approvals named only where they are asked about ("能不能直播逛样板间？") and denied by the same row or
  // word elsewhere ("直播这期不做"): as for categories, asked and answered no.
  const askedApprovals = new Map<ApprovalCode, { ev: Evidence[]; items: { key: string; word: string }[] }>();
  // (Topic labels, "关于私信：…", "DMs:", are looked for only when the description has a colon.)
  const topicsPossible = description.indexOf('：') >= 0 || description.indexOf(':') >= 0;
  // Quoted speech: what a customer or user said in their words ("…wrote: \"can you add a 私信 button\"").
  const quotes = quotedSpeech(description);
  const askedContext = questions.size > 0 || topicsPossible || quotes.length > 0;
  const askedDoubts = new Map<string, Evidence[]>();
  const isAsked = (m: Mention): boolean => questions.has(sentenceKey(m)) || isTopicLabel(description, m)
    || (m.field === 'description' && quotes.some(([a, b]) => m.start >= a && m.end <= b));

  for (const f of cancelled) addCounter(f.target.replace(/^appr:/, ''), 'cancelled', f.evidence);
  for (const f of findings) {
    const t = f.target;
    if (t.startsWith('cancel:')) continue;
    if (f.negated) {
      const subject = withoutKind(t);
      const category = isCategory(t);
      if (category) push(catNeg, t, f.evidence);
      // What a category or approval asked about elsewhere is settled by: the rows, words and (for a
      // category) meaning rule denied here.
      if (askedContext && (category || t.startsWith('appr:'))) {
        const rule = category ? compoundOf(f) : undefined;
        if (rule) deniedKeys.add(t + '\u0000' + rule);
        for (const m of f.mentions) {
          deniedKeys.add(t + '\u0000' + m.row.id);
          let words = deniedWords.get(t);
          if (!words) deniedWords.set(t, (words = []));
          words.push(wordOf(m.text));
        }
      }
      addCounter(subject, 'negated', f.evidence);
      continue;
    }
    if ((isCategory(t) || t.startsWith('appr:')) && hedgedFinding(f)) push(hedged, t, f.evidence);
    else if (isCategory(t)) {
      push(catPos, t, f.evidence);
      if (askedContext) {
        if (f.mentions.length === 0 || f.mentions.some((m) => !isAsked(m))) statedCats.add(t);
        else {
          // A meaning rule's finding is asked as that rule, not as its cues' rows.
          const rule = compoundOf(f);
          if (rule) asked.push({ cat: t, key: rule, words: f.mentions.map((m) => wordOf(m.text)), rule: true });
          else for (const m of f.mentions) asked.push({ cat: t, key: m.row.id, words: [wordOf(m.text)], rule: false });
        }
      }
    }
    else if (t.startsWith('appr:')) {
      const code = t.slice(5) as ApprovalCode;
      const delegated = !f.ownAct && f.mentions.length > 0 && f.mentions.every((m) => {
        const k = sentenceKey(m);
        // The title and a background line only name what the feature is about: with a licensed
        // provider stated, their words for the sector are that provider's part too.
        return licensedSentences.has(k) || licensedFor(code, k)
          || ((anyLicensed || sectorLicensed.has(code)) && (delegateSentences.has(k) || m.field === 'title'
          || (m.field === 'description' && background.some(([a, b]) => m.start >= a && m.end <= b))
          // So does a section heading over the part ("### 5.2 地图展示"): it names the topic.
          || (m.field === 'description' && onHeadingLine(description, m.start))
          // So does a code identifier (store_map_view, liveReminder): a name, its meaning in the prose.
          || (m.field === 'description' && inIdentifier(description, m.start, m.end))))
          || licensedSubjects.has(t + '\u0000' + m.text.toLowerCase());
      });
      if (delegated) addCounter(code, 'licensed_third_party', f.evidence);
      else if (askedContext && !compoundOf(f) && f.mentions.length > 0 && f.mentions.every(isAsked)) {
        let a = askedApprovals.get(code);
        if (!a) askedApprovals.set(code, (a = { ev: [], items: [] }));
        a.ev.push(...f.evidence);
        for (const m of f.mentions) a.items.push({ key: m.row.id, word: wordOf(m.text) });
      } else push(apprPos, code, f.evidence);
    } else if (t.startsWith('prohib:')) push(prohibPos, t.slice(7) as ProhibitionCode, f.evidence);
    else if (t.startsWith('doubt:')) {
      // A doubt about a category raised only where it was asked about: settled if the category is denied (below).
      if (askedContext && isCategory(t.slice(6)) && f.mentions.length > 0 && f.mentions.every(isAsked)) push(askedDoubts, t.slice(6), f.evidence);
      else push(doubts, t.slice(6), f.evidence);
    }
    else if (t.startsWith('benign:')) benign.push(...f.evidence);
  }
  // Asked, then denied: a category named only in questions ("can blocked users still DM you?",
  // "designers want leads — DM?") or as a topic label ("关于私信：…") whose every word asked is denied
  // elsewhere ("there are no DMs on our app", "私信、群聊都不在路线图上") was asked about and answered no. A question nobody answers no still counts (it may have been
  // answered yes), and so does one about another word of the category ("能私信吗？能，但不做群聊").
  if (askedContext && catNeg.size) {
    // The words of every negated mention, cues included, read once if a meaning rule was asked about.
    let negatedWords: string[] | undefined;
    for (const [t, ev] of [...catPos]) {
      if (statedCats.has(t) || !catNeg.has(t)) continue;
      // Each item asked is denied by the same row or rule, or by a denied word inside its own, the
      // denial as wide or wider ("video call" asked, "calls" denied; not "chat" asked, "group chat"
      // denied): a row's by a denied word of the category, a meaning rule's by a denied word of any
      // cue ("能直接和设计师聊天吗？" answered by "本期不提供聊天、私信").
      const denied = deniedWords.get(t) ?? [];
      negatedWords ??= mentions.filter((m) => m.negated && m.target !== 'cue:neg' && m.target !== 'cue:break').map((m) => wordOf(m.text));
      const cueDenied = negatedWords;
      const settled = asked.every((a) => a.cat !== t || deniedKeys.has(t + '\u0000' + a.key)
        || a.words.some((w) => (a.rule ? cueDenied : denied).some((d) => d.length >= 2 && w.includes(d))));
      if (!settled) continue;
      addCounter(t, 'asked_then_denied', ev);
      catPos.delete(t);
    }
  }
  for (const [code, a] of askedApprovals) {
    const t = 'appr:' + code;
    const denied = deniedWords.get(t) ?? [];
    const settled = !apprPos.has(code) && a.items.every((i) => deniedKeys.has(t + '\u0000' + i.key) || denied.some((d) => d.length >= 2 && i.word.includes(d)));
    if (settled) addCounter(code, 'asked_then_denied', a.ev);
    else push(apprPos, code, a.ev);
  }
  for (const [t, ev] of askedDoubts) {
    if (catNeg.has(t as CategoryCode)) addCounter(t, 'asked_then_denied', ev);
    else push(doubts, t, ev);
  }
  // A sector handed to a licensed party (some of its words delegated) and denied as ours (some of
  // its words negated: "我们自己不放贷、不碰钱", "we never lend"): its other plain words are that
  // party's service too ("the bank's renovation-loan page"), unless an act of ours is found (own_act).
  if (apprPos.size && counter.length) {
    for (const [code, ev] of [...apprPos]) {
      // (Or a licensed party named in one sentence and the feature handing over to it in another:
      // "It opens 招商银行's own loan page. 招商银行 is a licensed commercial bank…")
      // The sector itself must be named (even denied) in a licensed or hand-off sentence: a licensed
      // map SDK elsewhere does not take over a loan.
      // (A title's words, delegated whenever any licensed party is named, do not count here.)
      const handed = anyLicensed && (mentions.some((m) => m.field === 'description' && m.target === 'appr:' + code
        && (licensedSentences.has(sentenceKey(m)) || delegateSentences.has(sentenceKey(m))))
        // or, for finance, the licensed party is a financial one (a bank, an insurer) and the feature hands over to it.
        || (code === 'finance' && delegateSentences.size > 0 && licensedFinanceParty(description, mentions)));
      const denied = counter.some((c) => c.subject === code && c.why === 'negated');
      if (!handed || !denied) continue;
      if (findings.some((f) => !f.negated && f.ownAct && f.target === 'appr:' + code)) continue;
      addCounter(code, 'licensed_third_party', ev);
      apprPos.delete(code);
    }
  }
  // Staff-only tools: sector approvals concern services to the public (staff training is not
  // education for the public), so they drop; categories stay (an excluded function is still
  // rejected: the reviewer, not the engine, may decide it is not a service at all).
  if (internal) {
    const internalEv: Evidence[] = [];
    for (const m of mentions) if ((m.target === 'cue:internal' || m.target === 'cue:internal_data') && !m.negated) internalEv.push(evidenceOf(m));
    benign.push(...internalEv);
    for (const [code, ev] of apprPos) addCounter(code, 'internal_only', ev);
    apprPos.clear();
  } else if (internalSentences.size && apprPos.size && !positiveCues.has('cue:public_audience')) {
    // Approvals found only in the staff-only sentences ("内部培训平台仅限员工访问").
    const sentenceAt = new Map<string, number>();
    for (const m of mentions) sentenceAt.set(m.field + ':' + m.start, sentenceKey(m));
    for (const [code, ev] of [...apprPos]) {
      if (!ev.every((e) => internalSentences.has(sentenceAt.get(e.field + ':' + e.start) ?? -1))) continue;
      addCounter(code, 'internal_only', ev);
      apprPos.delete(code);
    }
  }

  return { positiveCues, internal, counter, catPos, catNeg, apprPos, prohibPos, doubts, hedged, benign };
}

/** Step 6 of evaluate: the reasons, for the decision-table rows that fired, strongest first. */
function reasonsFor(a: {
  ctx: EvalContext; lang: Lang; launch: string; primary: PinnedLicence | undefined; primaryValid: boolean; licenceId: string;
  invalidRelied: Map<string, CategoryCode[]>; firedSorted: DecisionRow[]; uncovered: CategoryFinding[]; prohibitions: ProhibitionCode[];
  prohibPos: Map<ProhibitionCode, Evidence[]>; approvals: ApprovalFinding[]; contradictions: Map<string, Evidence[]>;
  catNeg: Map<CategoryCode, Evidence[]>; doubts: Map<string, Evidence[]>; statedProblems: string[]; unexplained: Map<string, Evidence[]>;
  offProduct: boolean;
}): Reason[] {
  const { ctx, lang, launch, primary, primaryValid, licenceId, invalidRelied, firedSorted, uncovered, prohibitions, prohibPos, approvals, contradictions, catNeg, doubts, statedProblems, unexplained } = a;
  const rs = ctx.ruleset;
  const msg = rs.messages[lang];
  const clauseText = (id: string, from?: Licence): string => clauseTextOf(ctx, primary, id, from);
  const clausesFor = (kind: ReasonKind, subject: string): string[] =>
    (rs.clause_links.find((c) => c.kind === kind && c.subject === subject) ?? rs.clause_links.find((c) => c.kind === kind && c.subject === '*'))?.clauses ?? [];
  const quote = (ev: Evidence[]): string => {
    const parts = ev.slice(0, 3).map((e) => {
      const key = e.field === 'capabilities' ? 'evidence_capability' : e.field === 'sectors' ? 'evidence_sector' : 'evidence_text';
      return fill(msg[key] ?? '{text}', { text: e.text, field: e.field, start: e.start, end: e.end });
    });
    return parts.join(msg['evidence_sep'] ?? ', ');
  };
  const businessOf = (l: Licence | undefined): string => (l?.business ?? []).map((b) => (b.limit ? `${b.name}（${b.limit}）` : b.name)).join('；') || '—';
  const businessText = businessOf(primary);
  const reasons: Reason[] = [];
  const addReason = (kind: ReasonKind, subject: string, linkSubject: string, template: string, vars: Record<string, string | number>, ev?: Evidence[], about?: Licence): void => {
    for (const clause of clausesFor(kind, linkSubject)) {
      const r: Reason = { kind, clause, clause_text: clauseText(clause, about), message: fill(msg[template] ?? DEFAULT_MESSAGES[lang][template] ?? template, { ...vars, clause }), subject };
      if (ev && ev.length) r.evidence = ev;
      reasons.push(r);
    }
  };
  // licence_invalid for the held licences whose dates are the problem, each citing its own clause.
  let reliedAdded = false;
  const addRelied = (): void => {
    if (reliedAdded) return;
    reliedAdded = true;
    for (const [id, codes] of invalidRelied) {
      const l = ctx.licences.find((x) => x.id === id)!;
      addReason('licence_invalid', l.id, 'licence', 'licence_invalid_covering', {
        date: launch, licence: l.id, issued: l.issued, valid_until: l.valid_until, codes: codes.join(lang === 'en' ? ', ' : '、'), business: businessOf(l),
      }, undefined, l);
    }
  };
  for (const row of firedSorted) {
    switch (row.fact) {
      case 'licence_invalid':
        if (!primary) addReason('licence_invalid', licenceId, 'licence', 'licence_missing', { licence: licenceId });
        else addReason('licence_invalid', primary.id, 'licence', 'licence_invalid', { date: launch, licence: primary.id, issued: primary.issued, valid_until: primary.valid_until }, undefined, primary);
        if (primary && !primaryValid) addRelied();
        break;
      case 'uncovered_category':
        if (primaryValid) addRelied();
        for (const c of uncovered) {
          const row2 = rs.categories.find((x) => x.code === c.code);
          addReason('out_of_scope', c.code, c.code, 'out_of_scope', {
            evidence: quote(c.evidence), code: c.code, name: c.name, name_en: row2?.name_en ?? c.name, licence: licenceId, business: businessText,
          }, c.evidence);
        }
        break;
      case 'prohibited_act':
        for (const p of prohibitions) {
          const row2 = rs.prohibitions.find((x) => x.code === p);
          const ev = sortEvidence(prohibPos.get(p) ?? []);
          addReason('prohibited', p, p, 'prohibited', { evidence: quote(ev), act: row2?.name ?? p, act_en: row2?.name_en ?? p, licence: licenceId }, ev);
        }
        break;
      case 'approval_needed':
        for (const a of approvals) {
          const row2 = rs.approvals.find((x) => x.code === a.code);
          addReason('amendment_required', a.code, a.code, 'amendment_required', {
            evidence: quote(a.evidence), name: a.name, name_en: row2?.name_en ?? a.name, authority: a.authority,
          }, a.evidence);
        }
        break;
      case 'contradictory_evidence':
        for (const [topic, ev] of [...contradictions].sort(([a], [b]) => a.localeCompare(b))) {
          const row2 = rs.categories.find((x) => x.code === topic);
          const sorted = sortEvidence(ev);
          addReason('uncertain', topic, topic, 'uncertain_contradiction', {
            code: topic, name: row2?.name ?? topic, name_en: row2?.name_en ?? topic, evidence: quote(sorted), against: quote(sortEvidence(catNeg.get(topic as CategoryCode) ?? [])),
          }, sorted);
        }
        break;
      case 'doubtful_evidence':
        for (const [topic, ev] of [...doubts].sort(([a], [b]) => a.localeCompare(b))) {
          const sorted = sortEvidence(ev);
          if (topic === 'launch_date' && statedProblems.length && primary) {
            const v = { date: launch, licence: primary.id, issued: primary.issued, valid_until: primary.valid_until };
            const problem = statedProblems.map((p) => fill(msg[p] ?? DEFAULT_MESSAGES[lang][p] ?? p, v)).join(lang === 'en' ? ' and ' : '，且');
            addReason('uncertain', topic, topic, 'uncertain_stated_launch', { ...v, evidence: quote(sorted), problem }, sorted, primary);
            continue;
          }
          addReason('uncertain', topic, topic, 'uncertain_doubt', { evidence: quote(sorted), topic: msg[`topic:${topic}`] ?? topic }, sorted);
        }
        break;
      case 'unexplained_cue':
        for (const [subject, ev] of unexplained) {
          const sorted = sortEvidence(ev);
          addReason('uncertain', `net:${subject}`, `net:${subject}`, 'uncertain_unexplained', {
            evidence: quote(sorted), topic: msg[`net:${subject}`] ?? DEFAULT_MESSAGES[lang][`net:${subject}`] ?? subject,
          }, sorted);
        }
        break;
      case 'no_recognised_evidence':
        if (a.offProduct) addReason('uncertain', 'off_product', '*', 'uncertain_off_product', {});
        else addReason('uncertain', 'silence', '*', 'uncertain_silence', {});
        break;
      default:
        break;
    }
  }

  return reasons;
}

/** Step 7 of evaluate: the obligations that apply. */
function obligationsFor(ctx: EvalContext, lang: Lang, primary: PinnedLicence | undefined, categories: CategoryFinding[], approvals: ApprovalFinding[], capabilities: CapabilityCode[], positiveCues: Set<string>): Obligation[] {
  const rs = ctx.ruleset;
  const catSet = new Set(categories.map((c) => c.code));
  const apprSet = new Set(approvals.map((a) => a.code));
  const obligations: Obligation[] = [];
  for (const o of rs.obligations) {
    const w = o.when;
    const applies = !!w.always
      || (w.categories ?? []).some((c) => catSet.has(c))
      || (w.capabilities ?? []).some((c) => capabilities.includes(c))
      || (w.cues ?? []).some((c) => positiveCues.has(c))
      || (w.approvals ?? []).some((a) => apprSet.has(a));
    if (!applies) continue;
    const text = o.source ? (o.text ?? '') : clauseTextOf(ctx, primary, o.clause);
    if (!o.source && !text) continue;
    const ob: Obligation = { clause: o.clause, text, applies_because: lang === 'en' ? o.because_en : o.because_zh };
    if (o.source) ob.source = o.source;
    obligations.push(ob);
  }

  return obligations;
}

/**
 * Step 8 of evaluate: lifecycle warnings (from the licence record, relative to today and the launch
 * date): for the primary licence and for every other held licence that covers a category found.
 */
function warningsFor(ctx: EvalContext, lang: Lang, today: string, launch: string, primary: PinnedLicence | undefined, coverageOf: Map<string, Set<CategoryCode>>, categories: CategoryFinding[]): Warning[] {
  const rs = ctx.ruleset;
  const msg = rs.messages[lang];
  const warnings: Warning[] = [];
  const warnFor: PinnedLicence[] = [];
  if (primary) warnFor.push(primary);
  for (const l of ctx.licences) {
    if (l === primary || warnFor.includes(l)) continue;
    const cov = coverageOf.get(l.id)!;
    if (categories.some((c) => cov.has(c.code))) warnFor.push(l);
  }
  for (const l of warnFor) {
    const vars = { licence: l.id, valid_until: l.valid_until, issued: l.issued, date: launch };
    const add = (code: string, template: string, due: string, extra: Record<string, string | number> = {}): void => {
      warnings.push({ code, message: fill(msg[template]!, { ...vars, ...extra }), due, licence_id: l.id });
    };
    const due = addDays(l.valid_until, -rs.lifecycle.renewal_days_before_expiry);
    if (today <= l.valid_until) {
      if (today <= due) add('renewal_due', 'warn_renewal_due', due, { due });
      else add('renewal_overdue', 'warn_renewal_overdue', due, { due });
      add('licence_expiry', 'warn_licence_expiry', l.valid_until);
    } else {
      add('licence_expired', 'warn_licence_expired', l.valid_until);
    }
    const year = Number(today.slice(0, 4));
    const qEnd = rs.lifecycle.annual_report_quarter_end;
    const reportDue = today <= `${year}-${qEnd}` ? `${year}-${qEnd}` : `${year + 1}-${qEnd}`;
    add('annual_report', 'warn_annual_report', reportDue, { due: reportDue });
    if (launch > l.valid_until) add('launch_after_expiry', 'warn_launch_after_expiry', l.valid_until);
    else if (launch < l.issued) add('launch_before_issue', 'warn_launch_before_issue', l.issued);
    else {
      const days = daysBetween(launch, l.valid_until);
      if (days <= rs.lifecycle.launch_window_days) add('expiry_in_launch_window', 'warn_expiry_in_launch_window', l.valid_until, { days });
    }
  }

  return warnings;
}

export function evaluate(feature: Feature, ctx: EvalContext): DetailedEvaluation {
  const rs = ctx.ruleset;
  const compiled = compileRuleset(rs);
  const lang: Lang = ctx.lang === 'en' ? 'en' : 'zh';
  const msg = rs.messages[lang];
  const today = beijingDate(ctx.now);
  let launch = isDate(feature.launch_date) ? feature.launch_date : today;
  const capabilities = [...new Set(feature.capabilities ?? [])];
  const sectors = [...new Set(feature.sectors ?? [])];

  // 1. Scan, findings, meaning rules, cancellations. (Evaluate is in steps of their own: V8 takes up
  // to a second of background CPU to compile one function this size, again after each deoptimisation.)
  const { title, description, titleN, descriptionN, mentions, findings, cancelled, positiveTargets } = findingsOf(rs, compiled, feature);

  // 2. Modifiers and classification.
  const { positiveCues, internal, counter, catPos, catNeg, apprPos, prohibPos, doubts, hedged, benign } = classify(mentions, findings, cancelled, positiveTargets, descriptionN, questionSentences(titleN, descriptionN));
  const push = pushEvidence;
  const isCategory = isCategoryCode;

  // Launch times written in the text (a launch cue near them, not in the past): after the primary
  // licence's validity, or contradicting the launch_date given, a reviewer must confirm the date
  // (DOMAIN §4: the licence must be valid on the launch date).
  // A day or month written without a year ("5 月 25 日灰度", "4/26 上线", "3 月 15 号前") is not a
  // launch date to judge by: its year is inferred, and a document's dates are often written months
  // before it is reviewed. It may still reach past the licence's validity: that is a lifecycle
  // warning on the decision (stated_launch_after_expiry), not a doubt; the launch_date field (default
  // today) is what the verdict rests on (DOMAIN §4, §5 of API.md).
  const statedProblems: string[] = [];
  const yearlessPastExpiry: string[] = [];
  {
    const primaryL = ctx.licences.find((l) => l.id === ctx.primaryLicenceId);
    const given = isDate(feature.launch_date) ? feature.launch_date : null;
    const fields: ['title' | 'description', string, string][] = [['title', titleN, title], ['description', descriptionN, description]];
    const statedBy = fields.map(([, norm]) => statedLaunches(norm, today, given && given > today ? given : today));
    // Days written exactly ("上线日 1 月 29 日") that agree with the launch_date given (or stand alone):
    // a deadline around one ("赶在春节前上线") only says the launch comes before it, so its reach past
    // the licence's validity is no doubt.
    // (A loop rather than flat/filter/map: V8 threw evaluate's optimised code away at that chain.)
    const exactDays: string[] = [];
    for (const list of statedBy) for (const x of list) if (x.latest === x.earliest && (given === null || x.earliest === given)) exactDays.push(x.earliest);
    for (let fi = 0; fi < fields.length; fi++) {
      const [field, , orig] = fields[fi]!;
      const stated = statedBy[fi]!;
      // A staged launch ("1 月 18 日灰度，1 月 25 日全量") whose first stage is the launch_date given:
      // the later stages do not contradict it (a date past the licence's validity still counts).
      const agrees = given !== null && stated.some((s) => given >= s.earliest && (s.latest === null || given <= s.latest));
      for (let k = 0; k < stated.length; k++) {
        const s = stated[k]!;
        // A day written in full, year included ("上线日期：2027-03-01"), with no launch_date given
        // is the launch date: a licence expired by then is not valid on it (R1), not a doubt.
        if (!given && primaryL && s.latest === s.earliest && s.earliest > primaryL.valid_until && FULL_YEAR.test(orig.slice(s.start, s.end))) {
          if (s.earliest > launch) launch = s.earliest;
          continue;
        }
        const problems: string[] = [];
        if (primaryL && s.earliest > primaryL.valid_until) problems.push('stated_after_expiry');
        else if (primaryL && s.latest !== null && s.latest > primaryL.valid_until
          && !exactDays.some((d) => d >= s.earliest && d <= s.latest! && d <= primaryL.valid_until)
          // A launch_date given inside a stated month or quarter ("一期 2027-01 上线" with 2027-01-06, "2027 Q1
          // 路线图" with 2027-01-12) says which day of it; a deadline ("赶在春节前上线", from today on) only
          // bounds the launch, and the date given is to be confirmed.
          && !(given !== null && given >= s.earliest && given <= s.latest && given <= primaryL.valid_until
            && (daysBetween(s.earliest, s.latest) <= 31 || (s.earliest > today && daysBetween(s.earliest, s.latest) <= 92)))) problems.push('stated_may_exceed');
        else if (primaryL && s.latest !== null && s.latest < primaryL.issued) problems.push('stated_before_issue');
        if (given && !(agrees && s.earliest >= given) && (given < s.earliest || (s.latest !== null && given > s.latest))) problems.push('stated_contradicts');
        if (s.yearless && problems.length && !problems.includes('stated_contradicts')) {
          const said = orig.slice(s.start, s.end);
          if (!yearlessPastExpiry.includes(said)) yearlessPastExpiry.push(said);
          continue;
        }
        if (!problems.length) continue;
        for (const p of problems) if (!statedProblems.includes(p)) statedProblems.push(p);
        push(doubts, 'launch_date', [{ field, text: orig.slice(s.start, s.end), start: s.start, end: s.end, rule: 'stated_launch' }]);
      }
    }
  }

  // Doubts about a category that the text also denies: for search, the denial settles it
  // ("不抓取外部网站"); for the others it is a contradiction to review.
  const contradictions = new Map<string, Evidence[]>();
  const settledByDenial = new Set(rs.compounds.filter((c) => c.denial_settles && c.target.startsWith('doubt:')).map((c) => c.target.slice(6)));
  for (const [topic, ev] of [...doubts]) {
    if (isCategory(topic) && catNeg.has(topic)) {
      if (settledByDenial.has(topic)) doubts.delete(topic);
      else {
        contradictions.set(topic, ev);
        doubts.delete(topic);
      }
    }
  }

  // 3. Declarations: stronger evidence, only adding.
  capabilities.forEach((cap, i) => {
    const row = rs.capabilities.find((r) => r.capability === cap);
    if (!row) return;
    const ev: Evidence = { field: 'capabilities', text: cap, start: i, end: i + 1, rule: `capability:${cap}` };
    push(catPos, row.category, [ev]);
    if (row.prohibition) push(prohibPos, row.prohibition, [ev]);
  });
  sectors.forEach((sec, i) => {
    if (!(APPROVAL_CODES as readonly string[]).includes(sec)) return;
    push(apprPos, sec, [{ field: 'sectors', text: sec, start: i, end: i + 1, rule: `sector:${sec}` }]);
  });

  // Prohibited acts imply their category; public telephony is what category A is.
  for (const p of rs.prohibitions) {
    const ev = prohibPos.get(p.code);
    if (ev) push(catPos, p.category, ev);
  }
  const aEv = catPos.get('A');
  if (aEv && !prohibPos.has('public_telephony')) prohibPos.set('public_telephony', [...aEv]);

  // 4. Coverage. Judged against the licences valid on the launch date; when the primary licence
  // itself is not valid then, against every held licence regardless of dates (the date problem is
  // its own licence_invalid reason, not an out_of_scope for every category).
  const primary = ctx.licences.find((l) => l.id === ctx.primaryLicenceId);
  const primaryValid = !!primary && isValidOn(primary, launch);
  const validOn = new Map<string, boolean>();
  for (const l of ctx.licences) validOn.set(l.id, isValidOn(l, launch));
  const byPrimaryFirst = (a: PinnedLicence, b: PinnedLicence): number => (a.id === ctx.primaryLicenceId ? -1 : b.id === ctx.primaryLicenceId ? 1 : 0);
  const coverageOf = new Map<string, Set<CategoryCode>>();
  for (const l of ctx.licences) coverageOf.set(l.id, new Set(coveredCategories(l)));
  const judging = (primaryValid ? ctx.licences.filter((l) => validOn.get(l.id)) : [...ctx.licences])
    // valid licences first (the primary first among them), then the others
    .sort((a, b) => Number(validOn.get(b.id)) - Number(validOn.get(a.id)) || byPrimaryFirst(a, b));
  const coverer = (code: CategoryCode): PinnedLicence | undefined => judging.find((l) => coverageOf.get(l.id)!.has(code));
  // An open alternative the licences cover is a finding like any other; one that is not, or that
  // needs an approval, is a doubt: the feature may take that form (DOMAIN §4: too weak to decide).
  for (const [t, ev] of hedged) {
    if (isCategory(t) && coverer(t)) push(catPos, t, ev);
    else push(doubts, 'alternatives', ev);
  }
  const categories: CategoryFinding[] = [];
  for (const code of CATEGORY_CODES) {
    const ev = catPos.get(code);
    if (!ev) continue;
    const row = rs.categories.find((c) => c.code === code);
    const by = coverer(code);
    categories.push({ code, name: row?.name ?? code, covered: !!by, licence_id: by ? by.id : null, evidence: sortEvidence(ev) });
  }
  // A doubt or contradiction about a category the licences cover does not matter to the verdict
  // (doubt:B25-4 once a revision lifts the B25-4 exclusion); it still counts as recognised.
  let settledByCoverage = 0;
  for (const map of [doubts, contradictions]) {
    for (const topic of [...map.keys()]) {
      if (isCategory(topic) && coverer(topic)) {
        map.delete(topic);
        settledByCoverage++;
      }
    }
  }
  const approvals: ApprovalFinding[] = [];
  for (const code of APPROVAL_CODES) {
    const ev = apprPos.get(code);
    if (!ev) continue;
    const row = rs.approvals.find((a) => a.code === code);
    approvals.push({ code, name: row?.name ?? code, authority: row?.authority ?? '', evidence: sortEvidence(ev) });
  }
  const prohibitions: ProhibitionCode[] = [];
  for (const p of PROHIBITION_CODES) if (prohibPos.has(p)) prohibitions.push(p);

  const uncovered: CategoryFinding[] = [];
  for (const c of categories) if (!c.covered) uncovered.push(c);

  // Held licences whose dates are the problem: for a category no licence judged covers, a held
  // licence that would cover it but is not valid on the launch date; when the primary is invalid,
  // any other invalid licence relied on for coverage.
  const invalidRelied = new Map<string, CategoryCode[]>();
  const relyOn = (l: PinnedLicence, code: CategoryCode): void => {
    const list = invalidRelied.get(l.id);
    if (list) list.push(code);
    else invalidRelied.set(l.id, [code]);
  };
  for (const c of categories) {
    if (!c.covered) {
      for (const l of [...ctx.licences].sort(byPrimaryFirst)) {
        if (!validOn.get(l.id) && coverageOf.get(l.id)!.has(c.code)) relyOn(l, c.code);
      }
    } else if (!primaryValid && c.licence_id && c.licence_id !== ctx.primaryLicenceId && !validOn.get(c.licence_id)) {
      relyOn(ctx.licences.find((l) => l.id === c.licence_id)!, c.code);
    }
  }
  if (primary && !primaryValid) invalidRelied.delete(primary.id);

  // 4b. The safety net (rs.safety_net): a sentence with a telecom-relevant cue that nothing in it
  // explains (no finding, negated or cancelled included; no incidental work; no negated mention; no
  // explaining modifier) and whose subject no finding of the feature settles is a doubt of its own.
  // (Built with loops: spreading these iterators into one literal made V8 deoptimise evaluate on every call.)
  const settled: string[] = [];
  for (const c of catPos.keys()) settled.push(c);
  for (const a of apprPos.keys()) settled.push(`appr:${a}`);
  for (const p of prohibitions) settled.push(`prohib:${p}`);
  for (const d of doubts.keys()) settled.push(`doubt:${d}`);
  for (const d of contradictions.keys()) settled.push(`doubt:${d}`);
  const unexplained = unexplainedCues(rs, mentions, findings.concat(cancelled), internal, settled);

  // 5. The decision table.
  // Understood: a category, approval or prohibited act; incidental work; or a sector flow the text
  // hands to a licensed third party (a map SDK, an embedded licensed player).
  const delegatedOnly = counter.some((c) => c.why === 'licensed_third_party' || c.why === 'cancelled');
  // Off the product: the categories and incidental work rest on weak words alone (rs.safety_net.weak_words: 发布, 通知, fixes),
  // nothing in the text is a surface of our site or app (its users, pages, content, the app
  // itself), no capability is declared and no incidental product work is recognised: a forklift
  // rota or a dealer rebate rule is not a feature of the licensed website, so there is nothing to
  // judge it by (DOMAIN §4). Tools for our own staff (a VPN for employees) are the company's own IT.
  const weakWords = rs.safety_net?.weak_words;
  // "Internal only" says who uses it, not what it is: an internal tool that touches nothing of the
  // site (expense OCR, a retention job for internal reports) is off the product too; one that works on
  // the site's content or users (a moderation back office, the CMS) names them and is not.
  const weak = (e: Evidence): boolean => weakWords!.includes(e.text.toLowerCase()) || (e.rule ?? '').startsWith('cue:internal.') || (e.rule ?? '').startsWith('cue:internal_data.');
  const offProduct = !!weakWords && capabilities.length === 0 && !positiveCues.has('cue:surface') && counter.length === 0
    && uncovered.length === 0 && approvals.length === 0 && prohibitions.length === 0
    && categories.length + benign.length > 0 && benign.every(weak) && categories.every((c) => c.evidence.every(weak));
  const recognised = categories.length > 0 || settledByCoverage > 0 || approvals.length > 0 || prohibitions.length > 0 || benign.length > 0 || delegatedOnly;
  const facts: Record<DecisionFact, boolean> = {
    licence_invalid: !primaryValid,
    uncovered_category: uncovered.length > 0,
    prohibited_act: prohibitions.length > 0,
    approval_needed: approvals.length > 0,
    contradictory_evidence: contradictions.size > 0,
    doubtful_evidence: doubts.size > 0,
    unexplained_cue: unexplained.size > 0,
    no_recognised_evidence: (!recognised || offProduct) && doubts.size === 0 && contradictions.size === 0 && unexplained.size === 0,
    otherwise: true,
  };
  const fired: DecisionRow[] = [];
  for (const r of rs.decision_table) if (facts[r.fact]) fired.push(r);
  const rank = (v: Verdict): number => {
    const i = rs.precedence.indexOf(v);
    return i < 0 ? rs.precedence.length : i;
  };
  const verdict: Verdict = fired.reduce<Verdict>((best, r) => (rank(r.verdict) < rank(best) ? r.verdict : best), 'allowed');
  const firedSorted = [...fired].sort((a, b) => rank(a.verdict) - rank(b.verdict));

  // 6. Reasons.
  const licenceId = primary?.id ?? ctx.primaryLicenceId;
  const reasons = reasonsFor({
    ctx, lang, launch, primary, primaryValid, licenceId, invalidRelied, firedSorted, uncovered, prohibitions, prohibPos, approvals, contradictions, catNeg, doubts, statedProblems, unexplained, offProduct,
  });

  // 7. Obligations.
  const obligations = obligationsFor(ctx, lang, primary, categories, approvals, capabilities, positiveCues);

  // 8. Lifecycle warnings.
  const warnings = warningsFor(ctx, lang, today, launch, primary, coverageOf, categories);
  if (yearlessPastExpiry.length && primary) {
    warnings.push({
      code: 'stated_launch_after_expiry',
      message: fill(msg['warn_stated_launch_after_expiry']!, { stated: yearlessPastExpiry.map((t) => `「${t}」`).join(lang === 'en' ? ', ' : '、'), licence: primary.id, valid_until: primary.valid_until }),
      due: primary.valid_until,
      licence_id: primary.id,
    });
  }

  // (A loop, and no sort of an empty or one-element list: sorting what map() returned, an array
  // whose kind differs when it is empty, made V8 deoptimise evaluate again and again.)
  const counterSorted: CounterEvidence[] = [];
  for (const c of counter) counterSorted.push({ subject: c.subject, why: c.why, evidence: sortEvidence(c.evidence) });
  if (counterSorted.length > 1) counterSorted.sort((a, b) => a.subject.localeCompare(b.subject) || a.why.localeCompare(b.why));

  return {
    verdict,
    categories,
    approvals,
    reasons,
    obligations,
    warnings,
    licence: { id: licenceId, revision: primary?.revision ?? '' },
    licences: ctx.licences.map((l) => ({ id: l.id, revision: l.revision, valid: isValidOn(l, launch) })),
    ruleset: { id: rs.id, revision: rs.revision },
    launch_date: launch,
    counter_evidence: counterSorted,
    incidental: sortEvidence(benign),
    fired_rows: firedSorted.map((r) => r.id),
  };
}

/** Convenience for callers holding a single licence. */
export function pinAll(licences: Licence[]): PinnedLicence[] {
  return licences.map(pinLicence);
}
