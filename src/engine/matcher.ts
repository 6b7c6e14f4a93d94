/**
 * The matcher: every lexicon pattern compiled once, at ruleset load, into a first-character
 * automaton: ONE combined character class of all possible first characters finds, in a single pass,
 * each position where a term can start, and only the rows that can start with that character are
 * tried there (sticky). Overlapping terms that start at the same place are all found. Linear in the
 * text length for a fixed lexicon. Spans are exact UTF-16 offsets.
 *
 * After the scan:
 * - a match strictly inside a longer match of a literal (non-wildcard) row is dropped ("视频" inside
 *   "一对一视频通话"), except that a cue never hides a term ("articles" inside "own articles");
 *   a negation inside any longer match is dropped ("不" of "不可退订");
 * - each match is marked negated when a negation cue before it, in the same field, reaches it
 *   (scope rules in `negationScopeEnd`).
 */
import type { LexiconRow } from './ruleset.js';

const ASCII_ALNUM = /[A-Za-z0-9]/;
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** One lexicon row, compiled. */
interface CompiledRow {
  row: LexiconRow;
  /** Sticky, case-insensitive, with word boundaries where needed. */
  re: RegExp;
  /** Contains a repeated class or wildcard ([^…]{0,8}, [\w-]+, .*): such matches never hide shorter ones. */
  wide: boolean;
  /** Starts with an ASCII word boundary: only tried where no letter or digit precedes. */
  wordStart: boolean;
  /** Ends with an ASCII word boundary. */
  wordEnd: boolean;
  /** The whole pattern is literal: an automaton hit is a match, no regex needed. */
  literal: boolean;
}

/** The rows that can start with one character, and one sticky alternation of them all as a filter. */
interface Bucket {
  filter: RegExp;
  rows: CompiledRow[];
  /** Every row needs a word start: skip positions inside an ASCII word. */
  wordStartOnly: boolean;
}

/**
 * A compiled lexicon: a first-character automaton. `leads` is one character class of every
 * character a pattern can start with; `byLead` lists, per character, the rows that can start there.
 * A field is scanned once: the class finds the next possible start, the rows for that character are
 * tried there. Build it once per ruleset with `compileLexicon`.
 */
export interface CompiledLexicon {
  /** Rows in compile order (automaton outputs index into it). */
  rows: CompiledRow[];
  /** Aho–Corasick over the literal prefixes of the rows that have one. */
  automaton: Automaton;
  /** First-character dispatch for rows without a literal prefix. */
  leads: RegExp;
  byLead: Map<string, Bucket>;
  /** Rows whose first character cannot be known: tried at every position (kept empty by tests). */
  anywhere: CompiledRow[];
  size: number;
}

/** A mention of a lexicon row in a field. */
export interface Mention {
  field: 'title' | 'description';
  start: number;
  end: number;
  text: string;
  row: LexiconRow;
  target: string;
  negated: boolean;
  /** The negation cue that reaches it, when negated. */
  negatedBy?: { start: number; end: number; text: string };
  /** Index of the sentence (within the field) the mention starts in. */
  sentence: number;
}

function capturingGroups(source: string): number {
  const m = new RegExp(source + '|').exec('');
  return m ? m.length - 1 : 0;
}

function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) { parts.push(src.slice(last, i)); last = i + 1; }
  }
  parts.push(src.slice(last));
  return parts;
}

/** Index just past the group or class that starts at `i` (src[i] is '(' or '['). */
function closeOf(src: string, i: number): number {
  if (src[i] === '[') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') { j++; continue; }
      if (src[j] === ']') return j + 1;
    }
    return src.length;
  }
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const ch = src[j]!;
    if (ch === '\\') { j++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') { depth--; if (depth === 0) return j + 1; }
  }
  return src.length;
}

/** Whether the quantifier at src[i] allows zero repetitions; returns [optional, index after it]. */
function quantifier(src: string, i: number): [boolean, number] {
  const q = src[i];
  let j = i;
  let optional = false;
  if (q === '?' || q === '*') { optional = true; j = i + 1; }
  else if (q === '+') j = i + 1;
  else if (q === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (m) { optional = m[1] === '0'; j = i + m[0].length; }
  }
  if (j > i && src[j] === '?') j++; // lazy
  return [optional, j];
}

/**
 * The set of characters a pattern's match can start with (both cases for letters), or null when
 * it cannot be known (a negated class, a dot, an escape class): such rows are tried everywhere.
 */
export function leadSet(src: string): Set<string> | null {
  const alts = splitTopLevel(src);
  if (alts.length > 1) {
    const out = new Set<string>();
    for (const a of alts) {
      const s = leadSet(a);
      if (!s) return null;
      for (const c of s) out.add(c);
    }
    return out;
  }
  if (src.length === 0) return null;
  const ch = src[0]!;
  let first: Set<string> | null;
  let after: number;
  if (ch === '(') {
    const close = closeOf(src, 0);
    if (/^\(\?<?[=!]/.test(src)) return leadSet(src.slice(close)); // lookaround: zero width
    const inner = src.slice(src.startsWith('(?:') ? 3 : 1, close - 1);
    first = leadSet(inner);
    after = close;
  } else if (ch === '[') {
    const close = closeOf(src, 0);
    const body = src.slice(1, close - 1);
    if (body.startsWith('^') || body.includes('\\')) return null;
    first = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) first.add(String.fromCharCode(c));
        i += 2;
      } else first.add(body[i]!);
    }
    after = close;
  } else if (ch === '\\') {
    const e = src[1] ?? '';
    if (e === 'd') first = new Set('0123456789');
    else if (/[.$^*+?()[\]{}|\\/-]/.test(e)) first = new Set([e]);
    else return null;
    after = 2;
  } else if (ch === '.' || ch === '^' || ch === '$') {
    return null;
  } else {
    first = new Set([ch]);
    after = 1;
  }
  if (!first) return null;
  const [optional] = quantifier(src, after);
  const out = new Set<string>();
  for (const c of first) { out.add(c.toLowerCase()); out.add(c.toUpperCase()); }
  if (optional) {
    const [, next] = quantifier(src, after);
    const rest = leadSet(src.slice(next));
    if (!rest) return null;
    for (const c of rest) out.add(c);
  }
  return out;
}

const SPECIAL = '\\^$.|?*+()[]{}';

/** ASCII-only lower-casing: keeps every UTF-16 offset where it was. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * Literal strings (ASCII lower-cased) one of which every match of the pattern starts with, or null
 * when the pattern does not start with a literal. Used to drive the Aho–Corasick automaton.
 */
export function literalPrefixes(src: string, cap = 64): string[] | null {
  return literalScan(src, cap)?.prefixes ?? null;
}

/**
 * When the whole pattern is literal (letters, and groups of literal alternatives), the complete
 * set of strings it matches (ASCII lower-cased); otherwise null. Such rows need no regex at all:
 * the automaton's hit is the match.
 */
export function fullLiterals(src: string, cap = 64): string[] | null {
  const r = literalScan(src, cap);
  return r && r.complete ? r.prefixes : null;
}

function literalScan(src: string, cap: number): { prefixes: string[]; complete: boolean } | null {
  const alts = splitTopLevel(src);
  if (alts.length > 1) {
    const out: string[] = [];
    let complete = true;
    for (const a of alts) {
      const p = literalScan(a, cap);
      if (!p) return null;
      out.push(...p.prefixes);
      complete &&= p.complete;
    }
    return out.length <= cap ? { prefixes: [...new Set(out)], complete } : null;
  }
  let prefixes = [''];
  let i = 0;
  let lookaround = false;
  const extend = (options: string[]): boolean => {
    const next: string[] = [];
    for (const p of prefixes) for (const o of options) next.push(p + o);
    if (next.length > cap) return false;
    prefixes = next;
    return true;
  };
  outer: while (i < src.length) {
    const ch = src[i]!;
    if (ch === '(') {
      const close = closeOf(src, i);
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) { lookaround = true; i = close; continue; }
      const [optional, after] = quantifier(src, close);
      if (optional || after !== close) break;
      const inner = src.slice(i + (src.startsWith('(?:', i) ? 3 : 1), close - 1);
      const innerAlts = splitTopLevel(inner);
      if (innerAlts.every((a) => a.length > 0 && ![...a].some((c) => SPECIAL.includes(c)))) {
        if (!extend(innerAlts.map(asciiLower))) break;
        i = close;
        continue;
      }
      const sub = literalPrefixes(inner, cap);
      if (sub) extend(sub.map(asciiLower));
      break;
    }
    if (ch === '[') {
      const close = closeOf(src, i);
      const body = src.slice(i + 1, close - 1);
      const [optional, after] = quantifier(src, close);
      if (optional || after !== close || body.startsWith('^') || body.includes('\\') || body.length > 8) break;
      const chars: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          if (body.charCodeAt(k + 2) - body.charCodeAt(k) > 8) break outer;
          for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) chars.push(String.fromCharCode(c));
          k += 2;
        } else chars.push(body[k]!);
      }
      if (!extend([...new Set(chars.map(asciiLower))])) break;
      i = close;
      continue;
    }
    let lit: string;
    let next: number;
    if (ch === '\\') {
      const e = src[i + 1] ?? '';
      if (!/[.$^*+?()[\]{}|\\/-]/.test(e)) break;
      lit = e;
      next = i + 2;
    } else if (SPECIAL.includes(ch)) {
      break;
    } else {
      lit = ch;
      next = i + 1;
    }
    const [optional, after] = quantifier(src, next);
    if (optional) break;
    extend([asciiLower(lit)]);
    if (after !== next) break; // '+': one is certain, more are not
    i = next;
  }
  if (prefixes.some((p) => p.length === 0)) return null;
  return { prefixes: [...new Set(prefixes)], complete: i >= src.length && !lookaround };
}

/**
 * An Aho–Corasick automaton over literal prefixes, flattened into typed arrays: the root's
 * transitions as a dense table over UTF-16 code units, every other state's as a sorted run of
 * (code unit, next state) pairs in one array (binary-searched), and the fail links.
 */
interface Automaton {
  /** Root transitions: code unit → next state, 0 = none (stay at the root). */
  root: Int32Array;
  /** Per state s > 0: its edges are edgeChar/edgeNext[edgeStart[s] .. edgeStart[s + 1]). */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeNext: Int32Array;
  fail: Int32Array;
  /** Per state: [prefix length, row indexes] of every prefix ending there. */
  out: { len: number; rows: number[] }[][];
}

function buildAutomaton(prefixRows: Map<string, number[]>): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: { len: number; rows: number[] }[][] = [[]];
  for (const [p, rowsOf] of prefixRows) {
    let s = 0;
    for (let k = 0; k < p.length; k++) {
      const ch = p.charCodeAt(k);
      let t = next[s]!.get(ch);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        fail.push(0);
        out.push([]);
        next[s]!.set(ch, t);
      }
      s = t;
    }
    out[s]!.push({ len: p.length, rows: rowsOf });
  }
  const queue: number[] = [];
  for (const t of next[0]!.values()) queue.push(t);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    for (const [ch, t] of next[s]!) {
      queue.push(t);
      let f = fail[s]!;
      while (f !== 0 && !next[f]!.has(ch)) f = fail[f]!;
      const g = next[f]!.get(ch);
      fail[t] = g !== undefined && g !== t ? g : 0;
      out[t]!.push(...out[fail[t]!]!);
    }
  }
  const root = new Int32Array(65536);
  for (const [ch, t] of next[0]!) root[ch] = t;
  const n = next.length;
  const edgeStart = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = total;
    if (s > 0) total += next[s]!.size;
  }
  edgeStart[n] = total;
  const edgeChar = new Uint16Array(total);
  const edgeNext = new Int32Array(total);
  for (let s = 1; s < n; s++) {
    const edges = [...next[s]!].sort((a, b) => a[0] - b[0]);
    let k = edgeStart[s]!;
    for (const [ch, t] of edges) {
      edgeChar[k] = ch;
      edgeNext[k++] = t;
    }
  }
  return { root, edgeStart, edgeChar, edgeNext, fail: Int32Array.from(fail), out };
}

/** The state after `ch` from state `s` (s > 0), or -1 when it has no such edge. */
function step(a: Automaton, s: number, ch: number): number {
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  const chars = a.edgeChar;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chars[mid]!;
    if (c === ch) return a.edgeNext[mid]!;
    if (c < ch) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function wrap(row: LexiconRow): string {
  const p = row.pattern;
  if (row.lang === 'en') return `(?<![A-Za-z0-9])(?:${p})(?![A-Za-z0-9])`;
  const head = ASCII_ALNUM.test(p[0] ?? '') ? '(?<![A-Za-z0-9])' : '';
  const tail = ASCII_ALNUM.test(p[p.length - 1] ?? '') ? '(?![A-Za-z0-9])' : '';
  return `${head}(?:${p})${tail}`;
}

/**
 * Compiles a lexicon. Throws when a pattern is invalid, has a capturing group, or can match the
 * empty string: the lexicon is data, and bad data must fail at load, not at decision time.
 */
export function compileLexicon(rows: readonly LexiconRow[]): CompiledLexicon {
  const lists = new Map<string, CompiledRow[]>();
  const anywhere: CompiledRow[] = [];
  const all: CompiledRow[] = [];
  const prefixRows = new Map<string, number[]>();
  for (const row of rows) {
    try {
      new RegExp(row.pattern, 'i');
    } catch (e) {
      throw new Error(`lexicon row ${row.id}: invalid pattern ${row.pattern}: ${(e as Error).message}`);
    }
    if (capturingGroups(row.pattern) > 0) throw new Error(`lexicon row ${row.id}: capturing group in ${row.pattern}`);
    if (new RegExp(`^(?:${row.pattern})$`, 'i').test('')) throw new Error(`lexicon row ${row.id}: pattern can match the empty string`);
    const src = wrap(row);
    const compiled: CompiledRow = {
      row, re: new RegExp(src, 'iy'), wide: /(?:\]|\\[wWsSdD]|\.)(?:[*+]|\{\d*,\d*\})/.test(row.pattern), wordStart: src.startsWith('(?<![A-Za-z0-9])'),
      wordEnd: src.endsWith('(?![A-Za-z0-9])'), literal: false,
    };
    const index = all.length;
    all.push(compiled);
    const full = fullLiterals(row.pattern);
    const prefixes = full ?? literalPrefixes(row.pattern);
    compiled.literal = full !== null;
    if (prefixes) {
      for (const p of prefixes) {
        const l = prefixRows.get(p) ?? [];
        if (!l.includes(index)) l.push(index);
        prefixRows.set(p, l);
      }
      continue;
    }
    const lead = leadSet(row.pattern);
    if (!lead) { anywhere.push(compiled); continue; }
    for (const ch of lead) {
      const list = lists.get(ch) ?? [];
      list.push(compiled);
      lists.set(ch, list);
    }
  }
  const byLead = new Map<string, Bucket>();
  for (const [ch, list] of lists) {
    byLead.set(ch, { rows: list, filter: new RegExp([...new Set(list.map((c) => c.re.source))].join('|'), 'iy'), wordStartOnly: list.every((c) => c.wordStart) });
  }
  const cls = [...byLead.keys()].sort().map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('');
  return { rows: all, automaton: buildAutomaton(prefixRows), leads: new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'), byLead, anywhere, size: rows.length };
}

// ───────────────────────────── sentences and clauses ─────────────────────────────

const SENTENCE_END = /[。！？!?；;\n]/;

/** Start offsets of the sentences of a text (sentence i spans starts[i] .. starts[i+1]). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end = SENTENCE_END.test(ch);
    if (!end && ch === '.') {
      const next = text[i + 1];
      end = next === undefined || next === ' ' || next === '\n' || next === '\t';
    }
    if (end && i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}

function sentenceIndex(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const SUBJECT_AFTER_COMMA = /^\s*(?:users?|we|they|you|it|this|that|these|those|the|creators?|buyers?|sellers?|people|everyone|members?|and|but|so|while|which|where|our|customers?|admins?|editors?|there|he|she|i|all|any|each|comments?|only)\b/i;
const CJK = /[\u3400-\u9fff]/;

/**
 * Where a negation cue's scope ends (exclusive offset). `phrase`: next punctuation of any kind;
 * `clause`: next ，；。 or sentence end (an ASCII comma ends it only before a new subject or Chinese
 * text, so "not crawl, index or show" stays negated); `line`, or any cue followed by a colon:
 * to the end of the line, and over the bullet list after a heading colon. A contrast word
 * (但, but, however…) always ends the scope.
 */
export function negationScopeEnd(text: string, neg: { end: number; scope: 'phrase' | 'clause' | 'line' }, breaks: number[]): number {
  let scope = neg.scope;
  let i = neg.end;
  // A colon right after the cue turns it into a heading: "非目标：…", "Not in v1: …".
  const ahead = text.slice(i, i + 14);
  const colon = ahead.search(/[：:]/);
  const nl = ahead.indexOf('\n');
  if (colon >= 0 && (nl < 0 || colon < nl)) scope = 'line';
  let end = text.length;
  if (scope === 'line') {
    let j = i;
    for (; j < text.length; j++) {
      const ch = text[j]!;
      if (ch === '\n') {
        // Heading colon at line end: extend over the following bullet lines.
        const before = text.slice(i, j).trimEnd();
        if (/[：:]$/.test(before) || /[：:]\s*$/.test(text.slice(neg.end, j))) {
          let k = j + 1;
          while (k < text.length) {
            const lineEnd = text.indexOf('\n', k);
            const line = text.slice(k, lineEnd < 0 ? text.length : lineEnd);
            if (!/^\s*(?:[-*•·]|\d+[.、)）])/.test(line)) break;
            k = lineEnd < 0 ? text.length : lineEnd + 1;
          }
          j = Math.max(j, k - 1);
        }
        break;
      }
      if ('。！？!?'.includes(ch)) break;
      if (ch === '.' && (j + 1 >= text.length || /\s/.test(text[j + 1]!))) break;
    }
    end = j;
  } else {
    let j = i;
    for (; j < text.length; j++) {
      const ch = text[j]!;
      if ('，；;。！？!?\n'.includes(ch)) break;
      if (ch === '.' && (j + 1 >= text.length || /\s/.test(text[j + 1]!))) break;
      if (scope === 'phrase' && '、：:,（）()'.includes(ch)) break;
      if (ch === ',' && scope === 'clause') {
        const rest = text.slice(j + 1, j + 24);
        if (SUBJECT_AFTER_COMMA.test(rest) || CJK.test(rest.trimStart()[0] ?? '')) break;
      }
    }
    end = j;
  }
  for (const b of breaks) if (b >= neg.end && b < end) { end = b; break; }
  return end;
}

/** How far after a `phrase` negation the negated term may start: "非互关" (Chinese), "no third-party news" (English). */
const PHRASE_REACH = { zh: 3, en: 24 } as const;

/**
 * Scans one field: all mentions, with containment suppression and negation applied.
 * Linear in the text length for a fixed lexicon. `text` is what is matched (normalised, same length
 * as `original`); mention texts are sliced from `original`.
 */
export function scanField(lex: CompiledLexicon, field: 'title' | 'description', text: string, original: string = text): Mention[] {
  const raw: { row: CompiledRow; start: number; end: number }[] = [];
  const tryRow = (c: CompiledRow, pos: number): void => {
    c.re.lastIndex = pos;
    if (c.re.test(text) && c.re.lastIndex > pos) raw.push({ row: c, start: pos, end: c.re.lastIndex });
  };
  if (lex.anywhere.length) for (let pos = 0; pos < text.length; pos++) for (const c of lex.anywhere) tryRow(c, pos);
  // Aho–Corasick pass over the (ASCII lower-cased) text: each literal prefix found is a candidate.
  const automaton = lex.automaton;
  const { root, fail, out: outputs } = automaton;
  const lowered = asciiLower(text);
  const tried = new Set<number>();
  const literalHits = new Map<number, number>();
  let state = 0;
  for (let i = 0; i < lowered.length; i++) {
    const ch = lowered.charCodeAt(i);
    let t = -1;
    while (state !== 0) {
      t = step(automaton, state, ch);
      if (t >= 0) break;
      state = fail[state]!;
    }
    state = t >= 0 ? t : root[ch]!;
    if (state === 0) continue;
    const outs = outputs[state]!;
    if (outs.length === 0) continue;
    for (const o of outs) {
      const start = i - o.len + 1;
      const afterWord = start > 0 && isAsciiAlnum(text.charCodeAt(start - 1));
      for (const ri of o.rows) {
        const c = lex.rows[ri]!;
        if (c.wordStart && afterWord) continue;
        if (c.literal) {
          // The automaton's hit is the match: check the word boundary at the end, keep the longest.
          const end = i + 1;
          if (c.wordEnd && end < text.length && isAsciiAlnum(text.charCodeAt(end))) continue;
          const key = ri * 1_000_003 + start;
          const prev = literalHits.get(key);
          if (prev === undefined) {
            literalHits.set(key, raw.length);
            raw.push({ row: c, start, end });
          } else if (raw[prev]!.end < end) raw[prev]!.end = end;
          continue;
        }
        const key = ri * 1_000_003 + start;
        if (tried.has(key)) continue;
        tried.add(key);
        tryRow(c, start);
      }
    }
  }
  const re = lex.leads;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const pos = m.index;
    const bucket = lex.byLead.get(m[0]);
    if (!bucket) continue;
    const afterWord = pos > 0 && ASCII_ALNUM.test(text[pos - 1]!);
    if (afterWord && bucket.wordStartOnly) continue;
    bucket.filter.lastIndex = pos;
    if (!bucket.filter.test(text)) continue;
    for (const c of bucket.rows) {
      if (c.wordStart && afterWord) continue;
      tryRow(c, pos);
    }
  }
  // Containment suppression: a match strictly inside a longer literal match is hidden; a negation
  // inside any longer match is hidden. Matches are bounded in length, so the window is short.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof raw = [];
  let lo = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const len = r.end - r.start;
    const isNeg = r.row.row.target === 'cue:neg';
    while (lo < i && raw[lo]!.start < r.start - 64) lo++;
    let hidden = false;
    for (let j = lo; j < raw.length; j++) {
      const s = raw[j]!;
      if (s.start > r.start) break;
      if (s === r || s.end < r.end || s.end - s.start <= len) continue;
      const sCue = s.row.row.target.startsWith('cue:');
      if (isNeg && s.row.row.target !== 'cue:neg') { hidden = true; break; }
      // A literal term hides what it contains; a literal cue hides only other cues.
      if (!s.row.wide && (!sCue || r.row.row.target.startsWith('cue:'))) { hidden = true; break; }
    }
    if (!hidden) kept.push(r);
  }
  // Sentences, breaks, negation scopes.
  const starts = sentenceStarts(text);
  const breaks = kept.filter((r) => r.row.row.target === 'cue:break').map((r) => r.start).sort((a, b) => a - b);
  const negs = kept
    .filter((r) => r.row.row.target === 'cue:neg')
    .map((r) => {
      const scope = r.row.row.scope ?? 'clause';
      const scopeEnd = negationScopeEnd(text, { end: r.end, scope }, breaks);
      const heading = scopeEnd > r.end && /[：:]/.test(text.slice(r.end, Math.min(r.end + 14, scopeEnd)));
      return { start: r.start, end: r.end, scope, scopeEnd, heading, reach: PHRASE_REACH[r.row.row.lang] };
    });
  const out: Mention[] = [];
  // Negations whose cue ends before the current mention and whose scope may still reach it.
  let active: typeof negs = [];
  let ni = 0;
  for (const r of kept) {
    const target = r.row.row.target;
    while (ni < negs.length && negs[ni]!.end <= r.start) active.push(negs[ni++]!);
    if (active.length) active = active.filter((n) => n.scopeEnd > r.start);
    let negatedBy: Mention['negatedBy'];
    if (target !== 'cue:neg' && target !== 'cue:break') {
      for (const n of active) {
        if (n.scope === 'phrase' && !n.heading && r.start - n.end > n.reach) continue;
        negatedBy = { start: n.start, end: n.end, text: original.slice(n.start, n.end) };
      }
    }
    const mention: Mention = {
      field, start: r.start, end: r.end, text: original.slice(r.start, r.end), row: r.row.row, target,
      negated: negatedBy !== undefined, sentence: sentenceIndex(starts, r.start),
    };
    if (negatedBy) mention.negatedBy = negatedBy;
    out.push(mention);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  return out;
}

// ───────────────────────────── traditional → simplified ─────────────────────────────

/** A 1:1 character table (UTF-16 code unit → code unit; 0 = unchanged). */
export type CharTable = Uint16Array;

/**
 * Builds the table from a string of (traditional, simplified) pairs. Throws on a pair that is not
 * one code unit for one (that would move offsets) or maps a character twice.
 */
export function charTable(pairs: string): CharTable {
  const table = new Uint16Array(65536);
  const chars = [...pairs.replace(/\s+/g, '')];
  if (chars.length % 2) throw new Error('traditional table: odd number of characters');
  for (let i = 0; i < chars.length; i += 2) {
    const t = chars[i]!;
    const s = chars[i + 1]!;
    if (t.length !== 1 || s.length !== 1) throw new Error(`traditional table: ${t}${s} is not one UTF-16 code unit for one`);
    const code = t.charCodeAt(0);
    if (table[code] && table[code] !== s.charCodeAt(0)) throw new Error(`traditional table: ${t} mapped twice`);
    if (t !== s) table[code] = s.charCodeAt(0);
  }
  return table;
}

/** The text with every character of the table replaced; same length, so every offset is kept. */
export function normaliseChars(table: CharTable, text: string): string {
  let i = 0;
  const n = text.length;
  for (; i < n; i++) if (table[text.charCodeAt(i)]) break;
  if (i === n) return text;
  const parts: string[] = [text.slice(0, i)];
  let last = i;
  for (; i < n; i++) {
    const m = table[text.charCodeAt(i)]!;
    if (m) {
      if (last < i) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(m));
      last = i + 1;
    }
  }
  if (last < n) parts.push(text.slice(last));
  return parts.join('');
}
