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

/**
 * The code units of the field being scanned (units[0 .. text.length)), a scratch array reused from
 * scan to scan. The scan's character loops read them from here rather than by `charCodeAt`: a typed
 * array element is a plain load, where `charCodeAt` dispatches on the string's representation
 * every time (a description built by concatenation is a cons string, one more indirection), which
 * was about half the cost of each pass over the text.
 */
let units = new Uint16Array(4096);
/** `units` as a Node Buffer (same memory), when Buffer exists: its native UTF-16 write fills it in one copy. */
type UnitWriter = { write(s: string, offset: number, length: number, encoding: 'utf16le'): number };
const BufferCtor = (globalThis as { Buffer?: { from(a: ArrayBuffer, o: number, l: number): UnitWriter } }).Buffer;
/** utf16le is the platform's own order only on little-endian machines. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let unitWriter: UnitWriter | undefined;

/** Fills `units` with the code units of `text` and returns it (valid up to text.length, until the next call). */
export function loadUnits(text: string): Uint16Array {
  const n = text.length;
  if (units.length < n) {
    units = new Uint16Array(Math.max(n, units.length * 2));
    unitWriter = undefined;
  }
  if (n > 32 && BufferCtor && LITTLE_ENDIAN) {
    unitWriter ??= BufferCtor.from(units.buffer, 0, units.length * 2);
    unitWriter.write(text, 0, n * 2, 'utf16le');
  } else {
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  }
  return units;
}

/** One lexicon row, compiled. */
interface CompiledRow {
  row: LexiconRow;
  /** Its index in `CompiledLexicon.rows` (and `flags`). */
  index: number;
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
  /** What every match starts with (see `startsOf`; worked out when first needed, see `rowStarts`); null: no check. */
  starts?: Starts | null;
}

// Per-row flags (CompiledLexicon.flags), so the scan's inner loops read one typed array.
const F_WORD_START = 1;
const F_WORD_END = 2;
const F_LITERAL = 4;
const F_WIDE = 8;
/** Target is a cue:*. */
const F_CUE = 16;
/** Target is cue:neg. */
const F_NEG = 32;
/** Target is cue:break. */
const F_BREAK = 64;
/** One of the row's literal prefixes begins another: the same row can be hit twice at one start. */
const F_MULTI = 128;
/** The row's own words carry a negation as part of what they say ("没有写…是…还是": not said which): a negation cue before it is its own, not one that turns it down. */
const F_SELF_NEGATED = 256;
/** Target is cue:licensed: a statement that a licensed party does something is not undone by a section heading above it. */
const F_LICENSED = 512;
/** An anchor window's end when the atoms before the literal are unbounded ([\w-]+): anywhere after its start. */
const UNBOUNDED = 0x3fffffff;
/** Not a row: a literal of an anchor group (see `CompiledLexicon.anchorGroupOf`), output index rows.length + group. */
const F_ANCHOR = 1024;
/** Targets whose rows say that something is not said or not settled: never negated by a cue they contain or follow. */
export const SELF_NEGATED_TARGETS: ReadonlySet<string> = new Set(['cue:form_open']);

/** The rows that can start with one character, and one sticky alternation of them all as a filter. */
interface Bucket {
  filter: RegExp;
  /** The lead character. */
  lead: string;
  /** What the text after the lead character must start like for any of the rows to match (see `bucketStarts`); null: no check. */
  starts?: Starts | null;
  rows: CompiledRow[];
  /** Every row needs a word start: skip positions inside an ASCII word. */
  wordStartOnly: boolean;
  /** Every row has an anchor (see `CompiledLexicon.anchorGroupOf`): its rows wait for the pass's end instead of the filter. */
  anchored: boolean;
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
  /** The same dispatch as a table: UTF-16 code unit → 1 + index into `buckets`, 0 = no row starts there. */
  leadOf: Int32Array;
  buckets: Bucket[];
  /**
   * Per UTF-16 code unit, what it is to the scan: C_* bits (C_MAPPED never: see classesOf). One
   * byte read per character instead of a test in each of four 8 KB bit sets (in a prefix, a lead,
   * a word-start lead, mapped by the normalisation) and comparisons for sentence ends.
   */
  classes: Uint8Array;
  /** `classes` with C_MAPPED, per character table. */
  classesFor: WeakMap<CharTable, Uint8Array>;
  /** Per row (same index as `rows`): F_* bits. */
  flags: Uint16Array;
  /**
   * Per row: the anchor group (-1: none) of a row the automaton finds by its prefix whose pattern
   * also holds a literal further on (`anchorOf(pattern, true)`): every match has one of the group's
   * literals ending `anchorLoEnd`..`anchorHiEnd` characters after its start. The group's literals
   * are automaton outputs too (index rows.length + group), so the same pass records where they end;
   * a hit on the prefix is put off until the pass is past that window, and its regex is only run
   * when one of them ended inside it. On PRD-like text nineteen in twenty of the regex calls after
   * a prefix hit failed, most for want of such a second word ("用户…上传", "在…内完成").
   */
  anchorGroupOf: Int32Array;
  anchorLoEnd: Int32Array;
  anchorHiEnd: Int32Array;
  /** How many anchor groups there are. */
  anchorGroups: number;
  /** Rows whose first character cannot be known: tried at every position (kept empty by tests). */
  anywhere: CompiledRow[];
  /** For each of `anywhere`, the same regex unanchored ('gi'): one search finds the next position where it matches. */
  anywhereSearch: RegExp[];
  /** For each of `anywhere`, a literal its matches contain at a bounded distance, or null. */
  anywhereAnchor: (Anchor | null)[];
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

/**
 * When the whole pattern is literal with optional parts read both ways (`comments?`,
 * `客服(?:人员)?`, `chat(?:s|ting)?`), the complete set of strings it matches (ASCII lower-cased),
 * provided the regex would take the longest of those that match at a place: no string comes before
 * a longer one it begins (greedy `?` tries the part first; a lazy `??`, or `(?:a|ab)`, prefers the
 * shorter). The automaton's longest hit (`F_MULTI`) is then the regex's match, word-end test
 * included, and the row needs no regex call: such rows were ~30% of the scan's regex calls on
 * mixed Chinese/English text, nearly all of them matches. Null otherwise.
 */
export function expandedLiterals(src: string, cap = 64): string[] | null {
  if (src.includes('??')) return null;
  const r = literalScan(src, cap, true);
  if (!r || !r.complete) return null;
  const list = r.prefixes;
  if (list.some(hasCasedNonAscii)) return null;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (list[j]!.length > list[i]!.length && list[j]!.startsWith(list[i]!)) return null;
  }
  return list;
}

/**
 * Literal prefixes for the automaton to find a row by, when the row is not wholly literal: like
 * `literalPrefixes`, but an optional character or group of literal alternatives (`s?`, `(?:直接)?`)
 * is read both ways instead of ending the prefix, so that "e-?mails?" is found as "email" or
 * "e-mail" rather than at every "e", and "(?:可以|可|能)(?:直接)?回复" at its verb rather than at every
 * 可. Then a prefix that extends another of the list is dropped (the shorter one already finds every
 * place it would), so no two prefixes of a row can end at the same start. Only a filter: every match
 * still starts with one of them, and the row's regex decides.
 */
/**
 * How many prefixes reading optional parts both ways may make of one row's: each is a run of
 * automaton states built at load. With 64 (the cap on literal alternatives) the lexicon's automaton
 * grew from 22k to 40k states and compileLexicon took ~2.5x as long; 16 keeps all but ~3% of the
 * scan's savings at ~1.5x.
 */
const EXPAND_CAP = 16;

export function automatonPrefixes(src: string, cap = 64): string[] | null {
  const r = literalScan(src, cap, true);
  let list = r ? r.prefixes : null;
  // The automaton matches the text ASCII-lower-cased, so a cased non-ASCII letter (é) in a prefix
  // finds only itself where the regex's i flag also takes É. A row whose expanded prefixes would
  // add such a letter beyond its `literalPrefixes` keeps those: nothing found that was not before,
  // nothing lost.
  if (list && list.some(hasCasedNonAscii)) {
    const old = literalPrefixes(src, cap);
    if (!old || !list.every((p) => old.some((q) => p.startsWith(q) && !hasCasedNonAscii(p.slice(q.length))))) list = old;
  }
  if (!list) return null;
  const byLength = [...list].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const p of byLength) if (!out.some((q) => p.startsWith(q))) out.push(p);
  return out;
}

function hasCasedNonAscii(s: string): boolean {
  for (const c of s) if (c.charCodeAt(0) >= 128 && c.toUpperCase() !== c.toLowerCase()) return true;
  return false;
}

function literalScan(src: string, cap: number, expand = false): { prefixes: string[]; complete: boolean } | null {
  const alts = splitTopLevel(src);
  if (alts.length > 1) {
    const out: string[] = [];
    let complete = true;
    for (const a of alts) {
      const p = literalScan(a, cap, expand);
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
  /** An optional part read both ways, while that keeps the list short (each prefix is automaton states built at load). */
  const extendBoth = (options: string[]): boolean => prefixes.length * options.length <= EXPAND_CAP && extend(options);
  outer: while (i < src.length) {
    const ch = src[i]!;
    if (ch === '(') {
      const close = closeOf(src, i);
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) { lookaround = true; i = close; continue; }
      const [optional, after] = quantifier(src, close);
      const inner = src.slice(i + (src.startsWith('(?:', i) ? 3 : 1), close - 1);
      const innerAlts = splitTopLevel(inner);
      const literalAlts = innerAlts.every((a) => a.length > 0 && ![...a].some((c) => SPECIAL.includes(c)));
      if (expand && literalAlts && isQuestionMark(src, close, after)) {
        if (!extendBoth([...innerAlts.map(asciiLower), ''])) break;
        i = after;
        continue;
      }
      if (optional || after !== close) break;
      if (literalAlts) {
        if (!extend(innerAlts.map(asciiLower))) break;
        i = close;
        continue;
      }
      const sub = literalScan(inner, cap, expand)?.prefixes ?? null;
      if (sub) extend(sub.map(asciiLower));
      break;
    }
    if (ch === '[') {
      const close = closeOf(src, i);
      const body = src.slice(i + 1, close - 1);
      const [optional, after] = quantifier(src, close);
      const maybe = expand && isQuestionMark(src, close, after);
      if ((optional && !maybe) || (after !== close && !maybe) || body.startsWith('^') || body.includes('\\') || body.length > 8) break;
      const chars: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          if (body.charCodeAt(k + 2) - body.charCodeAt(k) > 8) break outer;
          for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) chars.push(String.fromCharCode(c));
          k += 2;
        } else chars.push(body[k]!);
      }
      if (!(maybe ? extendBoth([...new Set(chars.map(asciiLower)), '']) : extend([...new Set(chars.map(asciiLower))]))) break;
      i = maybe ? after : close;
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
    if (expand && isQuestionMark(src, next, after)) {
      if (!extendBoth([asciiLower(lit), ''])) break;
      i = after;
      continue;
    }
    if (optional) break;
    extend([asciiLower(lit)]);
    if (after !== next) break; // '+': one is certain, more are not
    i = next;
  }
  if (prefixes.some((p) => p.length === 0)) return null;
  return { prefixes: [...new Set(prefixes)], complete: i >= src.length && !lookaround };
}

/** Whether the quantifier at src[at .. after) is `?` (or lazy `??`): the atom before it once or not at all. */
function isQuestionMark(src: string, at: number, after: number): boolean {
  return src[at] === '?' && (after === at + 1 || (after === at + 2 && src[at + 1] === '?'));
}

/**
 * An Aho–Corasick automaton over literal prefixes, flattened into typed arrays: a table that
 * ASCII-lower-cases each UTF-16 code unit and tells which ones occur in no prefix at all (the scan
 * returns to the root on them without following fail links), the root's transitions as a dense
 * table over code units, every other state's as a sorted run of (code unit, next state) pairs in one
 * array (binary-searched), the fail links, and each state's outputs as flat (prefix length, row) pairs.
 */
interface Automaton {
  /** Code unit → the code unit the prefixes use (A–Z lower-cased), or -1 when no prefix contains it (read into `CompiledLexicon.classes`). */
  lower: Int32Array;
  /** Root transitions: code unit → next state, tagged (see `tagged`); 0 = none (stay at the root). */
  root: Int32Array;
  /** Per state s > 0: its edges are edgeChar/edgeNext[edgeStart[s] .. edgeStart[s + 1]). */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeNext: Int32Array;
  fail: Int32Array;
  /**
   * Per state s: the prefixes ending there (its own, then those of its fail chain), each with every
   * row it leads to, as pairs outLen/outRow[outStart[s] .. outStart[s + 1]).
   */
  outStart: Int32Array;
  outLen: Int32Array;
  outRow: Int32Array;
  /** Per output: its prefix, as an index into `prefixes`. */
  outPrefix: Int32Array;
  prefixes: string[];
  /**
   * Per output: index into `checks` of what the text after the prefix must start like for the
   * row to match, -1 for no check, -2 not yet worked out (see `checkOf`).
   */
  outCheck: Int32Array;
  checks: Starts[];
  /** Checks already worked out, by row and prefix. */
  checkIds: Map<string, number>;
  /**
   * A direct-mapped cache of transitions from non-root states with their fail links followed
   * (see `advance`): entries of four side by side (state, code unit, next state tagged, unused),
   * state 0 meaning empty (the root is never looked up here). Texts repeat their words, so most steps are
   * one look-up instead of a binary search per fail link. (It held (state << 16 | code unit, next)
   * pairs, which only fit fewer than 65536 states: once the lexicon's automaton grew past that,
   * every step followed the edges, about a tenth of a mixed 20 KB evaluate.)
   */
  memo: Int32Array;
  /** Bit per state: it has outputs. Most steps reach a state without any, and then `outStart` is not read. */
  hasOut: Int32Array;
}

/**
 * A state as the scan's tables give it (`root`, `memo`): state * 2, plus 1 when it has outputs, so
 * that the step to it also says whether there are outputs to read (a look-up in `hasOut` per
 * character otherwise).
 */
function tagged(a: Pick<Automaton, 'hasOut'>, s: number): number {
  return s * 2 + ((a.hasOut[s >>> 5]! >>> (s & 31)) & 1);
}

const MEMO_BITS = 14;

function buildAutomaton(prefixRows: Map<string, number[]>): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: { len: number; rows: number[]; prefix: string }[][] = [[]];
  const lower = new Int32Array(65536).fill(-1);
  for (const [p, rowsOf] of prefixRows) {
    let s = 0;
    for (let k = 0; k < p.length; k++) {
      const ch = p.charCodeAt(k);
      lower[ch] = ch;
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
    out[s]!.push({ len: p.length, rows: rowsOf, prefix: p });
  }
  // The text is matched ASCII-lower-cased: an upper-case letter goes where its lower case does.
  for (let c = 65; c <= 90; c++) lower[c] = lower[c + 32]!;
  for (let c = 128; c < 65536; c++) {
    if (lower[c] !== -1 && lower[c] !== c) throw new Error(`automaton: code unit ${c} maps to ${lower[c]}`);
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
  const outStart = new Int32Array(n + 1);
  let outs = 0;
  for (let s = 0; s < n; s++) {
    outStart[s] = outs;
    for (const o of out[s]!) outs += o.rows.length;
  }
  outStart[n] = outs;
  const hasOut = new Int32Array((n >>> 5) + 1);
  for (let s = 0; s < n; s++) if (outStart[s + 1]! > outStart[s]!) hasOut[s >>> 5]! |= 1 << (s & 31);
  const root = new Int32Array(65536);
  for (const [ch, t] of next[0]!) root[ch] = tagged({ hasOut }, t);
  const outLen = new Int32Array(outs);
  const outRow = new Int32Array(outs);
  const outCheck = new Int32Array(outs).fill(-2);
  const outPrefix = new Int32Array(outs);
  const prefixes = [...prefixRows.keys()];
  const prefixId = new Map(prefixes.map((p, i) => [p, i]));
  for (let s = 0, k = 0; s < n; s++) {
    for (const o of out[s]!) {
      for (const ri of o.rows) {
        outLen[k] = o.len;
        outPrefix[k] = prefixId.get(o.prefix)!;
        outRow[k++] = ri;
      }
    }
  }
  return {
    lower, root, edgeStart, edgeChar, edgeNext, fail: Int32Array.from(fail), outStart, outLen, outRow, outPrefix, prefixes, outCheck, checks: [], checkIds: new Map(),
    memo: new Int32Array(4 << MEMO_BITS), hasOut,
  };
}

/** The state after `ch` (a code unit the prefixes use) from state `s` > 0: its edge, else its fail links' (0: the root's). */
function advance(a: Automaton, s: number, ch: number): number {
  while (s !== 0) {
    const t = step(a, s, ch);
    if (t >= 0) return t;
    s = a.fail[s]!;
  }
  return a.root[ch]! >> 1;
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

// ───────────────────────────── what a match starts with ─────────────────────────────

/**
 * The first few characters every match of a pattern starts with, as a short list of sequences: a
 * match's first STARTS_K code units (or all of it, when shorter) are one of them. A position holds
 * the canonical code units it may be (sorted), or null for any. A regex is only run where the text
 * starts like one of its sequences, so most positions cost a few comparisons instead of a regex
 * call. Being a necessary condition only, it can never add or lose a match.
 */
export interface Starts {
  seqs: (Int32Array | null)[][];
  /** The canonical code units a first position may hold, over all sequences (sorted); null: any. */
  first: Int32Array | null;
  /**
   * A 32-bit filter on the first position's code unit as it stands in the text: bit (c & 31) is
   * set for every code unit c whose canonical form is in `first` (all bits when that is not known
   * cheaply). Most checks fail on their first character; this rejects most of those without
   * canonicalising it or searching `first`.
   */
  firstMask: number;
  /** The sequences bit-parallel (see `Parallel`), when there are at most 32; else null. */
  parallel: Parallel | null;
}

/**
 * A list of at most 32 sequences as bit masks (bit s: sequence s), so that the text is compared
 * once per position for all of them rather than once per sequence and position: `fit[r]` holds the
 * sequences of length at most r (those that fit before the text's end), `ends[j]` those of length
 * j; at position j, `any[j]` holds those that take any character there, and `chars[j]` (sorted
 * canonical code units) with `masks[j]` those that take each one.
 */
interface Parallel {
  fit: Int32Array;
  ends: Int32Array;
  any: Int32Array;
  chars: Int32Array[];
  masks: Int32Array[];
}

function makeStarts(seqs: (Int32Array | null)[][]): Starts {
  let first: Int32Array | null = null;
  if (seqs.every((q) => q.length > 0 && q[0] !== null)) first = Int32Array.from(new Set(seqs.flatMap((q) => [...q[0]!]))).sort();
  return { seqs, first, firstMask: firstMaskOf(first), parallel: parallelOf(seqs) };
}

function parallelOf(seqs: (Int32Array | null)[][]): Parallel | null {
  if (seqs.length > 32) return null;
  const K = Math.max(0, ...seqs.map((q) => q.length));
  const fit = new Int32Array(K + 1);
  const ends = new Int32Array(K + 1);
  const any = new Int32Array(K);
  const chars: Int32Array[] = [];
  const masks: Int32Array[] = [];
  seqs.forEach((q, b) => {
    ends[q.length]! |= 1 << b;
    for (let r = q.length; r <= K; r++) fit[r]! |= 1 << b;
  });
  for (let j = 0; j < K; j++) {
    const byChar = new Map<number, number>();
    seqs.forEach((q, b) => {
      if (q.length <= j) return;
      const set = q[j]!;
      if (set === null) any[j]! |= 1 << b;
      else for (const c of set) byChar.set(c, (byChar.get(c) ?? 0) | (1 << b));
    });
    const cs = Int32Array.from(byChar.keys()).sort();
    chars.push(cs);
    masks.push(Int32Array.from(cs, (c) => byChar.get(c)!));
  }
  return { fit, ends, any, chars, masks };
}

/** The mask `masks` holds for c in the sorted `chars`, or 0. */
function maskOf(chars: Int32Array, masks: Int32Array, c: number): number {
  let lo = 0;
  let hi = chars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = chars[mid]!;
    if (v === c) return masks[mid]!;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * `Starts.firstMask` for a list of canonical code units. An ASCII canonical form is met only as
 * itself or, for a letter, its lower case (32 further on: the same low five bits); a CJK ideograph
 * or punctuation mark only as itself (no case). Any other (a cased letter beyond ASCII, whose
 * variants lie elsewhere) makes the filter pass everything.
 */
function firstMaskOf(first: Int32Array | null): number {
  if (first === null) return -1;
  let mask = 0;
  for (const v of first) {
    if (v < 128 || (v >= 0x3000 && v <= 0x303f) || (v >= 0x3400 && v <= 0x9fff) || (v >= 0xf900 && v <= 0xfaff) || (v >= 0xff00 && v <= 0xff20) || (v >= 0xff3b && v <= 0xff40) || (v >= 0xff5b && v <= 0xff65)) mask |= 1 << (v & 31);
    else return -1;
  }
  return mask;
}

/** Whether a sorted list holds c. */
function holds(set: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = set[mid]!;
    if (v === c) return true;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const STARTS_K = 3;
const STARTS_MAX = 64;

/** Canonical code units of the non-ASCII range, filled as needed (-1: not yet). */
let canonTable: Int32Array | undefined;

/**
 * The regex `i` flag's Canonicalize (ECMAScript, non-Unicode mode): two code units match
 * case-insensitively exactly when their canonical forms are equal.
 */
function canon(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  canonTable ??= new Int32Array(65536).fill(-1);
  let r = canonTable[c]!;
  if (r < 0) {
    const u = String.fromCharCode(c).toUpperCase();
    r = u.length !== 1 || u.charCodeAt(0) < 128 ? c : u.charCodeAt(0);
    canonTable[c] = r;
  }
  return r;
}

/** Whether the text at `pos` starts like one of the sequences. */
export function startsLike(starts: Starts, text: string, pos: number): boolean {
  if (likeText !== text) {
    likeUnits = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) likeUnits[i] = text.charCodeAt(i);
    likeText = text;
  }
  return startsLikeAt(starts, likeUnits, text.length, pos);
}

/** startsLike's code units of the last text it was asked about (its own: the scan's are `units`). */
let likeText = '';
let likeUnits = new Uint16Array(0);

/** `startsLike` over the scan's code units (u[0 .. n) is the text). */
function startsLikeAt(starts: Starts, u: Uint16Array, n: number, pos: number): boolean {
  const first = starts.first;
  if (first !== null && (pos >= n || ((starts.firstMask >>> (u[pos]! & 31)) & 1) === 0 || !holds(first, canon(u[pos]!)))) return false;
  const p = starts.parallel;
  if (p !== null) {
    // The sequences that fit before the text's end, narrowed position by position; one that has
    // come to its end still alive is a match.
    const fit = p.fit;
    let alive = fit[Math.min(n - pos, fit.length - 1)]!;
    const ends = p.ends;
    for (let j = 0; j < p.any.length; j++) {
      if (alive & ends[j]!) return true;
      if (alive === 0) return false;
      alive &= p.any[j]! | maskOf(p.chars[j]!, p.masks[j]!, canon(u[pos + j]!));
    }
    return alive !== 0;
  }
  outer: for (const seq of starts.seqs) {
    if (pos + seq.length > n) continue;
    for (let j = 0; j < seq.length; j++) {
      const set = seq[j]!;
      if (set !== null && !holds(set, canon(u[pos + j]!))) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * What the text after a known `prefix` must start like, given what the whole match must start
 * like: the sequences that agree with the prefix, without its characters. Null when that says
 * nothing (some sequence agreeing with the prefix asks nothing more); an empty list when no
 * sequence agrees (no match can start with the prefix). `prefix` is text as the scan saw it:
 * ASCII lower-cased, which has the same canonical form as the text.
 */
function startsAfter(starts: Starts, prefix: string): Starts | null {
  const out: (Int32Array | null)[][] = [];
  const L = prefix.length;
  for (const seq of starts.seqs) {
    let agrees = true;
    for (let j = 0; j < L && j < seq.length; j++) {
      const set = seq[j]!;
      if (set !== null && !set.includes(canon(prefix.charCodeAt(j)))) { agrees = false; break; }
    }
    if (!agrees) continue;
    const rest = seq.slice(L);
    if (rest.every((p) => p === null)) return null;
    out.push(rest);
  }
  return makeStarts(out);
}

/** A sequence while analysing: each position a set of code units, or null for any. */
type RawSeq = (Set<number> | null)[];

/** Thrown when a pattern uses syntax the analysis does not follow: the row simply gets no check. */
class Unsupported extends Error {}

/**
 * `starts` for a pattern (a lexicon row's source, matched with the `i` flag), or null when the
 * pattern uses syntax the analysis does not follow or the list would be long.
 */
export function startsOf(src: string): Starts | null {
  let seqs: RawSeq[];
  try {
    const [parsed, end] = parseAlternatives(src, 0);
    if (end !== src.length) return null;
    seqs = parsed;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (seqs.some((q) => q.length === 0)) return null; // could match the empty string
  if (seqs.every((q) => q.every((p) => p === null))) return null; // says nothing
  return makeStarts(seqs.map((q) => q.map((p) => (p === null ? null : Int32Array.from(new Set([...p].map(canon))).sort()))));
}

function concatSeqs(a: RawSeq[], b: RawSeq[]): RawSeq[] {
  const out: RawSeq[] = [];
  for (const x of a) {
    if (x.length >= STARTS_K) { out.push(x); continue; }
    for (const y of b) out.push([...x, ...y].slice(0, STARTS_K));
    if (out.length > STARTS_MAX) throw new Unsupported();
  }
  return out;
}

/** The quantifier at src[i], if any: [min, max, index after it (and after a lazy '?')]; [1, 1, i] when none. */
function quantifierAt(src: string, i: number): [number, number, number] {
  let min = 1;
  let max = 1;
  const q = src[i];
  if (q === '?' || q === '*' || q === '+') {
    min = q === '+' ? 1 : 0;
    max = q === '?' ? 1 : Infinity;
    i++;
  } else if (q === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
    if (!m) throw new Unsupported();
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    i += m[0].length;
  } else return [1, 1, i];
  if (src[i] === '?') i++; // lazy: the same strings
  return [min, max, i];
}

/** The shortest and longest match of the alternatives from src[i] to an unmatched ')' or the end, and where they stop. */
function lengthOfAlternatives(src: string, i: number): [number, number, number] {
  let min = Infinity;
  let max = 0;
  for (;;) {
    let lo = 0;
    let hi = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let a: [number, number];
      if (src[i] === '(') {
        const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
        if (!look && !src.startsWith('(?:', i)) throw new Unsupported();
        const [mn, mx, end] = lengthOfAlternatives(src, i + (look ? look[0].length : 3));
        if (src[end] !== ')') throw new Unsupported();
        a = look ? [0, 0] : [mn, mx];
        i = end + 1;
      } else {
        const [seqs, end] = parseAtom(src, i);
        a = seqs.length === 1 && seqs[0]!.length === 0 ? [0, 0] : [1, 1];
        i = end;
      }
      const [qmin, qmax, next] = quantifierAt(src, i);
      i = next;
      lo += a[0] * qmin;
      hi += a[1] === 0 ? 0 : a[1] * qmax;
    }
    min = Math.min(min, lo);
    max = Math.max(max, hi);
    if (src[i] !== '|') return [min, max, i];
    i++;
  }
}

/** A literal every match contains, `lo`..`hi` characters after its start (ASCII letters lower-cased: search the lower-cased text). */
export interface Anchor {
  /** One of these (more than one: a group of literal alternatives) stands `lo`..`hi` characters after a match's start. */
  literals: string[];
  /** Some literal has ASCII letters (all are lower-cased): search the ASCII-lower-cased text. */
  lower: boolean;
  lo: number;
  hi: number;
  /**
   * Per literal, during one scan (`scan`): where it next stands at or after `from[j]` (-1: nowhere),
   * so that each literal is searched for once per occurrence, not once per try.
   */
  at: Int32Array;
  from: Int32Array;
  scan: number;
}

/** Characters an anchor may hold besides ASCII: CJK ideographs and punctuation, which no other character matches case-insensitively. */
const ANCHOR_SAFE = (c: number): boolean => c < 128 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

const PLAIN = (ch: string): boolean => !'()[]{}\\.^$|*+?'.includes(ch);

/**
 * A literal, or a group of literal alternatives, in a pattern's top-level sequence that follows
 * atoms of bounded length: every match has one of them `lo`..`hi` characters after its start. Of
 * the candidates the one whose shortest literal is longest (then: with fewest alternatives). Null
 * when there is none, or the pattern is beyond the analysis. A row that could start anywhere is
 * then only tried a bounded distance before each occurrence.
 *
 * Anchors the automaton's pass records (see `CompiledLexicon.anchorGroupOf`; searching ahead for the
 * literal with indexOf at each hit cost more than the regex calls it saved) may have an unbounded
 * window, and must be rare enough to be worth recording wherever they stand:
 * - `prefixed`: for a row the automaton finds by its literal prefix, a literal further on (lo > 0);
 * - `lead`: for a row tried at its lead character, any.
 */
export function anchorOf(src: string, mode: 'search' | 'prefixed' | 'lead' = 'search'): Anchor | null {
  const recorded = mode !== 'search';
  try {
    let i = 0;
    let lo = 0;
    let hi = 0;
    let best: Anchor | null = null;
    const consider = (literals: string[], at: number, upTo: number): void => {
      if ((upTo === Infinity && !recorded) || (mode === 'prefixed' && at === 0) || !literals.length || literals.some((l) => !l || ![...l].every((c) => ANCHOR_SAFE(c.charCodeAt(0))))) return;
      if (literals.some((l) => l.length === 1 && l.charCodeAt(0) < 128 && !/[A-Za-z0-9]/.test(l))) return; // a space or comma: everywhere
      // Recorded wherever it stands: not an ending ("e", "es", "ing") or one character of Chinese.
      if (recorded && literals.some((l) => l.trim().length < (/[\u3400-\u9fff]/.test(l) ? 2 : 4))) return;
      const short = Math.min(...literals.map((l) => l.length));
      if (best) {
        const bestShort = Math.min(...best.literals.map((l) => l.length));
        // (A bounded window first: in a long text a literal stands somewhere after nearly any start.)
        const bounded = upTo !== Infinity;
        const bestBounded = best.hi !== Infinity;
        if (bestBounded && !bounded) return;
        if (bounded === bestBounded && (short < bestShort || (short === bestShort && literals.length >= best.literals.length))) return;
      }
      const unique = [...new Set(literals.map(asciiLower))];
      best = { literals: unique, lower: literals.some((l) => /[A-Za-z]/.test(l)), lo: at, hi: upTo, at: new Int32Array(unique.length), from: new Int32Array(unique.length), scan: -1 };
    };
    let run = '';
    let runLo = 0;
    let runHi = 0;
    const close = (): void => {
      if (run) consider([run], runLo, runHi);
      run = '';
    };
    while (i < src.length) {
      const ch = src[i]!;
      if (ch === '|' || ch === ')') return null;
      if (PLAIN(ch) && quantifierAt(src, i + 1)[2] === i + 1) {
        if (!run) { runLo = lo; runHi = hi; }
        run += ch;
        i++;
        lo++;
        hi++;
        continue;
      }
      close();
      const end = atomEnd(src, i);
      const [mn, mx] = lengthOfAlternatives(src.slice(0, end), i);
      const [qmin, qmax, next] = quantifierAt(src, end);
      if (next === end && src.startsWith('(?:', i)) {
        const alternatives = splitTopLevel(src.slice(i + 3, end - 1));
        if (alternatives.every((a) => a.length > 0 && [...a].every(PLAIN))) consider(alternatives, lo, hi);
      }
      lo += mn * qmin;
      hi += mx === 0 ? 0 : mx * qmax;
      i = next;
    }
    close();
    return best;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * Where, at or after `from`, one of an anchor's literals first stands in the text (or its
 * ASCII-lower-cased copy, as the anchor says), or -1. Each literal's next place is kept for the
 * scan and only searched again once `from` has passed it.
 */
function anchorNext(anchor: Anchor, hay: string, from: number): number {
  if (anchor.scan !== scanNumber) {
    anchor.scan = scanNumber;
    anchor.from.fill(0);
    anchor.at.fill(-2); // not looked for yet
  }
  let best = -1;
  const { literals, at, from: since } = anchor;
  for (let j = 0; j < literals.length; j++) {
    let k = at[j]!;
    // Known: the first place at or after since[j] is k (-1: none). Still right for `from` when
    // from >= since[j] and k is -1 or not before from.
    if (k === -2 || from < since[j]! || (k >= 0 && k < from)) {
      k = hay.indexOf(literals[j]!, from);
      at[j] = k;
      since[j] = from;
    }
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  return best;
}

/** Index just past the atom at src[i] (a group, class, escape or character), without its quantifier. */
function atomEnd(src: string, i: number): number {
  if (src[i] === '(') {
    const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
    const [, , end] = lengthOfAlternatives(src, i + (look ? look[0].length : src.startsWith('(?:', i) ? 3 : 1));
    return end + 1;
  }
  return parseAtom(src, i)[1];
}

/** Alternatives from src[i] up to an unmatched ')' or the end; returns them and where it stopped. */
function parseAlternatives(src: string, i: number): [RawSeq[], number] {
  const all: RawSeq[] = [];
  for (;;) {
    let seq: RawSeq[] = [[]];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: RawSeq[];
      [atom, i] = parseAtom(src, i);
      let min: number;
      let max: number;
      [min, max, i] = quantifierAt(src, i);
      if (min !== 1 || max !== 1) {
        // An atom that can match the empty string may leave any copy empty: count every copy optional.
        if (atom.some((q) => q.length === 0)) min = 0;
        let rep: RawSeq[] = [[]];
        for (let k = 0; k < Math.min(min, STARTS_K); k++) rep = concatSeqs(rep, atom);
        const optional = [[], ...atom];
        for (let k = min; k < Math.min(max, min + STARTS_K); k++) rep = concatSeqs(rep, optional);
        atom = rep;
      }
      seq = concatSeqs(seq, atom);
    }
    all.push(...seq);
    if (all.length > STARTS_MAX) throw new Unsupported();
    if (src[i] !== '|') return [all, i];
    i++;
  }
}

const SET_DIGITS = (): Set<number> => new Set(Array.from({ length: 10 }, (_, k) => 48 + k));
const SET_WORD = (): Set<number> => {
  const w = SET_DIGITS();
  for (let c = 65; c <= 90; c++) { w.add(c); w.add(c + 32); }
  w.add(95);
  return w;
};

/** One atom at src[i] (a character, class, escape or group): its sequences, and the index after it. */
function parseAtom(src: string, i: number): [RawSeq[], number] {
  const ch = src[i]!;
  if (ch === '(') {
    if (src.startsWith('(?:', i)) {
      const [alts, end] = parseAlternatives(src, i + 3);
      if (src[end] !== ')') throw new Unsupported();
      return [alts, end + 1];
    }
    const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
    if (!look) throw new Unsupported(); // a capturing or named group
    const [, end] = parseAlternatives(src, i + look[0].length);
    if (src[end] !== ')') throw new Unsupported();
    return [[[]], end + 1]; // zero width
  }
  if (ch === '[') return parseClass(src, i);
  if (ch === '\\') {
    const e = src[i + 1];
    if (e === undefined) throw new Unsupported();
    if (e === 'd') return [[[SET_DIGITS()]], i + 2];
    if (e === 'w') return [[[SET_WORD()]], i + 2];
    if (e === 'D' || e === 'W' || e === 's' || e === 'S') return [[[null]], i + 2];
    if (e === 'b' || e === 'B') return [[[]], i + 2];
    const c = escapedChar(src, i);
    return [[[new Set([c[0]])]], c[1]];
  }
  if (ch === '.') return [[[null]], i + 1];
  if (ch === '^' || ch === '$') return [[[]], i + 1];
  if ('*+?{}]|)'.includes(ch)) throw new Unsupported();
  return [[[new Set([src.charCodeAt(i)])]], i + 1];
}

/** A single-character escape at src[i] (src[i] is '\'): its code unit and the index after it. */
function escapedChar(src: string, i: number): [number, number] {
  const e = src[i + 1]!;
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12 };
  if (e in simple) return [simple[e]!, i + 2];
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) return [parseInt(src.slice(i + 2, i + 4), 16), i + 4];
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) return [parseInt(src.slice(i + 2, i + 6), 16), i + 6];
  if (/[\^$\\.*+?()[\]{}|\/\-,:;!<>=@#%&'"~`\s]/.test(e) || e.charCodeAt(0) >= 128) return [e.charCodeAt(0), i + 2];
  throw new Unsupported(); // \0, back-references, \c, \k, \p and other letters
}

/** A character class at src[i]: one position (its members, or any for a negated or unusual class). */
function parseClass(src: string, i: number): [RawSeq[], number] {
  let j = i + 1;
  const negated = src[j] === '^';
  if (negated) j++;
  const members = new Set<number>();
  let any = negated;
  let first = true;
  for (;;) {
    if (j >= src.length) throw new Unsupported();
    if (src[j] === ']' && !first) break;
    if (src[j] === ']' && first) break; // [] matches nothing; [^] anything
    first = false;
    let lo: number;
    if (src[j] === '\\') {
      const e = src[j + 1];
      if (e === 'd') { for (const c of SET_DIGITS()) members.add(c); j += 2; continue; }
      if (e === 'w') { for (const c of SET_WORD()) members.add(c); j += 2; continue; }
      if (e === 'D' || e === 'W' || e === 's' || e === 'S') { any = true; j += 2; continue; }
      if (e === 'b') { lo = 8; j += 2; } else [lo, j] = escapedChar(src, j);
    } else {
      lo = src.charCodeAt(j);
      j++;
    }
    if (src[j] === '-' && j + 1 < src.length && src[j + 1] !== ']') {
      let hi: number;
      if (src[j + 1] === '\\') {
        if (/[dDwWsSb]/.test(src[j + 2] ?? '')) throw new Unsupported();
        [hi, j] = escapedChar(src, j + 1);
      } else {
        hi = src.charCodeAt(j + 1);
        j += 2;
      }
      if (hi < lo) throw new Unsupported();
      if (hi - lo > 512) any = true;
      else for (let c = lo; c <= hi; c++) members.add(c);
      continue;
    }
    members.add(lo);
  }
  return [[[any ? null : members]], j + 1];
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
  const multi = new Set<number>();
  const anchorGroups = new Map<string, number>();
  const anchorLiterals: string[][] = [];
  const anchorOfRow = new Map<number, [number, number, number]>();
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
      row, index: all.length, re: new RegExp(src, 'iy'), wide: /(?:\]|\\[wWsSdD]|\.)(?:[*+]|\{\d*,\d*\})/.test(row.pattern), wordStart: src.startsWith('(?<![A-Za-z0-9])'),
      wordEnd: src.endsWith('(?![A-Za-z0-9])'), literal: false,
    };
    const index = all.length;
    all.push(compiled);
    const full = fullLiterals(row.pattern) ?? expandedLiterals(row.pattern);
    const prefixes = full ?? automatonPrefixes(row.pattern);
    compiled.literal = full !== null;
    const lead = prefixes ? null : leadSet(row.pattern);
    if (!compiled.literal && (prefixes || lead)) {
      const anchor = anchorOf(row.pattern, prefixes ? 'prefixed' : 'lead');
      if (anchor) {
        const key = [...anchor.literals].sort().join('\u0000');
        let g = anchorGroups.get(key);
        if (g === undefined) {
          g = anchorGroups.size;
          anchorGroups.set(key, g);
          anchorLiterals.push(anchor.literals);
        }
        const lens = anchor.literals.map((l) => l.length);
        anchorOfRow.set(index, [g, anchor.lo + Math.min(...lens) - 1, anchor.hi === Infinity ? UNBOUNDED : anchor.hi + Math.max(...lens) - 1]);
      }
    }
    if (prefixes) {
      // Only when one prefix starts another can the row be hit twice at one start (prefixes of
      // different lengths that are not one another's beginnings never end at the same start).
      if (prefixes.some((p) => prefixes.some((q) => q !== p && q.startsWith(p)))) multi.add(index);
      for (const p of prefixes) {
        const l = prefixRows.get(p) ?? [];
        if (!l.includes(index)) l.push(index);
        prefixRows.set(p, l);
      }
      continue;
    }
    if (!lead) { anywhere.push(compiled); continue; }
    for (const ch of lead) {
      const list = lists.get(ch) ?? [];
      list.push(compiled);
      lists.set(ch, list);
    }
  }
  const byLead = new Map<string, Bucket>();
  for (const [ch, list] of lists) {
    byLead.set(ch, {
      rows: list, lead: ch, starts: undefined, filter: new RegExp([...new Set(list.map((c) => c.re.source))].join('|'), 'iy'), wordStartOnly: list.every((c) => c.wordStart),
      anchored: list.every((c) => anchorOfRow.has(c.index)),
    });
  }
  const cls = [...byLead.keys()].sort().map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('');
  // The scan dispatches on single code units (a lead set can hold a multi-unit upper case such as
  // 'SS', which no one code unit is).
  const buckets: Bucket[] = [];
  const leadOf = new Int32Array(65536);
  for (const [ch, bucket] of byLead) {
    if (ch.length !== 1) continue;
    buckets.push(bucket);
    leadOf[ch.charCodeAt(0)] = buckets.length;
  }
  // Anchor literals as outputs of pseudo-rows after the rows.
  for (let g = 0; g < anchorLiterals.length; g++) {
    for (const lit of anchorLiterals[g]!) {
      const l = prefixRows.get(lit) ?? [];
      l.push(all.length + g);
      prefixRows.set(lit, l);
    }
  }
  const anchorGroupOf = new Int32Array(all.length).fill(-1);
  const anchorLoEnd = new Int32Array(all.length);
  const anchorHiEnd = new Int32Array(all.length);
  for (const [ri, [g, lo, hi]] of anchorOfRow) {
    anchorGroupOf[ri] = g;
    anchorLoEnd[ri] = lo;
    anchorHiEnd[ri] = hi;
  }
  const flags = new Uint16Array(all.length + anchorLiterals.length);
  flags.fill(F_ANCHOR, all.length);
  for (const c of all) {
    const t = c.row.target;
    flags[c.index] = (c.wordStart ? F_WORD_START : 0) | (c.wordEnd ? F_WORD_END : 0) | (c.literal ? F_LITERAL : 0) | (c.wide ? F_WIDE : 0)
      | (t.startsWith('cue:') ? F_CUE : 0) | (t === 'cue:neg' ? F_NEG : 0) | (t === 'cue:break' ? F_BREAK : 0) | (multi.has(c.index) ? F_MULTI : 0)
      | (SELF_NEGATED_TARGETS.has(t) ? F_SELF_NEGATED : 0) | (t === 'cue:licensed' ? F_LICENSED : 0);
  }
  const automaton = buildAutomaton(prefixRows);
  const classes = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    let k = automaton.lower[c]! >= 0 ? C_PREFIX : 0;
    if (leadOf[c]) k |= C_LEAD | (buckets[leadOf[c]! - 1]!.wordStartOnly ? C_WORD_LEAD : 0);
    if (c === 0x0a || c === 0x21 || c === 0x3b || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) k |= C_BREAK;
    if (c === 0x2e) k |= C_DOT;
    if (isItemNumber(c)) k |= C_ITEM;
    classes[c] = k;
  }
  return {
    rows: all, automaton, classes, classesFor: new WeakMap(), leads: new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'), byLead, leadOf, buckets, flags, anywhere,
    anchorGroupOf, anchorLoEnd, anchorHiEnd, anchorGroups: anchorLiterals.length,
    anywhereSearch: anywhere.map((c) => new RegExp(c.re.source, 'gi')),
    anywhereAnchor: anywhere.map((c) => anchorOf(c.row.pattern)),
    size: rows.length,
  };
}

// ───────────────────────────── sentences and clauses ─────────────────────────────

/**
 * Start offsets of the sentences of a text (sentence i spans starts[i] .. starts[i+1]). A
 * sentence ends after 。！？!?；; or a newline, or a full stop followed by white space.
 */
export function sentenceStarts(text: string): number[] {
  return sentenceStartsOf(loadUnits(text), text.length);
}

/**
 * The sentence starts of the field being scanned (sentenceAt[0 .. sentenceCount)), as
 * `sentenceStartsOf` gives them; filled by `scanAutomaton`, reused from scan to scan.
 */
let sentenceAt = new Int32Array(256);
let sentenceCount = 1;

function addSentence(at: number): void {
  if (sentenceCount === sentenceAt.length) {
    const grown = new Int32Array(sentenceAt.length * 2);
    grown.set(sentenceAt);
    sentenceAt = grown;
  }
  sentenceAt[sentenceCount++] = at;
}

/** A space, line feed or tab: after a full stop, it ends a sentence. */
const isBreakSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

/**
 * A list item's number: ①–⑳, ⑴–⒇, ⒈–⒛ (U+2460–249B), ❶–❿, ➀–➉, ➊–➓ (U+2776–2793). Items
 * numbered so on one line are separate sentences ("① 联想词 ② 全网 tab"), as bullets on lines are.
 */
const isItemNumber = (c: number): boolean => (c >= 0x2460 && c <= 0x249b) || (c >= 0x2776 && c <= 0x2793);

/** `sentenceStarts` over code units u[0 .. n). */
function sentenceStartsOf(u: Uint16Array, n: number): number[] {
  const starts = [0];
  for (let i = 0; i + 1 < n; i++) {
    const c = u[i]!;
    if (i > 0 && isItemNumber(c) && starts[starts.length - 1] !== i) starts.push(i);
    if (c > 0x3b) {
      // ? below 。, else 。！？；
      if (c < 0x3002 ? c !== 0x3f : c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0xff1b) continue;
    } else if (c === 0x2e) {
      const next = u[i + 1]!;
      if (next !== 0x20 && next !== 0x0a && next !== 0x09) continue;
    } else if (c !== 0x0a && c !== 0x21 && c !== 0x3b) continue;
    starts.push(i + 1);
  }
  return starts;
}

const SUBJECT_AFTER_COMMA = /^\s*(?:users?|we|they|you|it|this|that|these|those|the|an?|creators?|buyers?|sellers?|people|everyone|members?|and|but|so|while|which|where|our|customers?|admins?|editors?|there|he|she|i|all|any|each|comments?|only)\b/i;
const CJK = /[\u3400-\u9fff]/;

/**
 * Where a negation cue's scope ends (exclusive offset). `phrase`: next punctuation of any kind;
 * `clause`: next ，；。 or sentence end (an ASCII comma ends it only before a new subject or Chinese
 * text, so "not crawl, index or show" stays negated); `line`, or any cue followed by a colon:
 * to the end of the line, and over the bullet list after a heading colon. A contrast word
 * (但, but, however…) always ends the scope.
 */
export function negationScopeEnd(text: string, neg: { start?: number; end: number; scope: 'phrase' | 'clause' | 'line' | 'sentence' }, breaks: number[]): number {
  let end = scopeEndBeforeBreaks(text, neg);
  for (const b of breaks) {
    if (b < neg.end || b >= end) continue;
    // A `sentence` scope (a competitor's product, a hypothetical) runs on over a contrast inside the
    // same story ("X书 的等级带动了增长，但「等级解锁私信」被黑产利用"); a contrast that turns to us
    // ("竞品有私信，但我们…", "…, but we ship…") ends it.
    if (neg.scope === 'sentence' && !turnsToUs(text, b)) continue;
    end = b;
    break;
  }
  return end;
}

/** A contrast word followed by ourselves or this release: the story turns from others to us. */
const TURNS_TO_US = /^\S{1,9}?\s?(?:我们|我方|咱们|本期|这期|本次|好美|\bwe\b|\bour\b|\bus\b)/i;
/** Whether the contrast word at `at` turns to us within its own sentence. */
function turnsToUs(text: string, at: number): boolean {
  return TURNS_TO_US.test(text.slice(at, at + 12).split(/[。！？!?\n；;]/)[0]!);
}

/** `negationScopeEnd` without the contrast words. */
function scopeEndBeforeBreaks(text: string, neg: { start?: number; end: number; scope: 'phrase' | 'clause' | 'line' | 'sentence' }): number {
  const end = scopeEndIgnoringParens(text, neg);
  // A negation inside parentheses ends with them: "（不需要会员）都可以点播" negates only 需要会员.
  const close = closingParenAfter(text, neg.end);
  return close >= 0 && close < end ? close : end;
}

/** The offset of the ）/) closing a parenthesis still open at `at` on its line, or -1. */
function closingParenAfter(text: string, at: number): number {
  let depth = 0;
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (ch === '\n') return -1;
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth === 0) {
        for (let j = at; j < text.length; j++) {
          const c = text[j]!;
          if (c === '\n') return -1;
          if (c === '）' || c === ')') return j;
        }
        return -1;
      }
      depth--;
    }
  }
  return -1;
}

/**
 * `closingParenAfter` for many offsets in one pass over the text (not a walk back to the line's
 * start for each): an opening parenthesis is still open at an offset when, counting from the
 * line's start, openings outnumber the closings that follow them (a closing with nothing open
 * counts for nothing), which is what walking back finds.
 */
function closingParensAfter(text: string, ats: number[]): Int32Array {
  const out = new Int32Array(ats.length).fill(-1);
  if (!ats.length || (text.indexOf('(') < 0 && text.indexOf('（') < 0)) return out;
  const order = ats.map((_, i) => i).sort((a, b) => ats[a]! - ats[b]!);
  const n = text.length;
  let open = 0;
  // Parentheses and line ends before `pos` are counted; `next` is the first at or after it (n: none).
  let pos = 0;
  let next = -1;
  // The first closing parenthesis or line end at or after some offset not after the current one.
  let stop = -1;
  for (const q of order) {
    const at = ats[q]!;
    for (;;) {
      if (next < pos) {
        PAREN_OR_LINE.lastIndex = pos;
        next = PAREN_OR_LINE.exec(text)?.index ?? n;
      }
      if (next >= at) break;
      const c = text.charCodeAt(next);
      if (c === 0x0a) open = 0;
      else if (c === 0xff08 || c === 0x28) open++;
      else if (open > 0) open--;
      pos = next + 1;
    }
    if (at > pos) pos = at;
    if (open === 0) continue;
    if (stop < at) {
      CLOSE_OR_LINE.lastIndex = at;
      stop = CLOSE_OR_LINE.exec(text)?.index ?? n;
    }
    if (stop < n && text.charCodeAt(stop) !== 0x0a) out[q] = stop;
  }
  return out;
}

const PAREN_OR_LINE = /[\n()（）]/g;
const CLOSE_OR_LINE = /[\n)）]/g;

/**
 * True when the cue ending at `end` stands at the start of its line as a heading ("Non-goals",
 * "## 非目标", "Out of scope (v1)"): at most a few marks before it and a short remark after it.
 */
function isHeadingLine(text: string, end: number): boolean {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  let stop = text.indexOf('\n', end);
  if (stop < 0) return false; // a heading has lines after it
  // (A numbered heading, "7. 备选方案", "七、备选方案", counts without its number.)
  const before = text.slice(start, end).replace(/^\s*(?:\d{1,2}[.、)]\s*|[一二三四五六七八九十]{1,3}、\s*)/, '');
  // (A note in brackets after the heading, "【用户原声汇总】（应用商店差评 + 客服工单）", is still the heading's.)
  const after = text.slice(end, stop).trim().replace(/^[（(][^）)\n]{0,40}[）)]$/, '');
  // (A markdown heading, "## Alternatives considered", may be longer: its marks say it is one.)
  return (before.length <= 24 || (before.length <= 48 && /^\s*(?:#{1,4}\s|\*\*)/.test(before))) && !/[，。；,.;！？!?]/.test(before) && after.length <= 30 && !/[，。；;！？!?]/.test(after);
}

const BULLET_LINE = /^\s*(?:[-*•·]|\d+[.、)）])/;
/** A line that starts another section: a markdown heading, 六、…, or a short line with no punctuation. */
const SECTION_HEADING = /^\s*(?:#|[一二三四五六七八九十]+[、.．]|[^\s，。；,.;:：!?！？]{1,12}\s*[：:]?\s*$)/;

/**
 * Where what a heading (非目标, Non-goals:) governs ends, from the start of the line after it: its
 * bullet list; or, when a paragraph follows, that paragraph (up to a blank line or another section's
 * heading). Returns the offset just past the last line governed.
 */
function sectionEnd(text: string, from: number): number {
  let k = from;
  let paragraph = false;
  while (k < text.length) {
    const lineEnd = text.indexOf('\n', k);
    const line = text.slice(k, lineEnd < 0 ? text.length : lineEnd);
    if (k === from && !BULLET_LINE.test(line) && line.trim() !== '' && !SECTION_HEADING.test(line)) paragraph = true;
    if (paragraph ? line.trim() === '' || (k > from && SECTION_HEADING.test(line) && !BULLET_LINE.test(line)) : !BULLET_LINE.test(line)) break;
    k = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  return k;
}

/** Whether the line from `at` ends with a colon ("Out of scope for the first release:"). */
function lineEndsWithColon(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  return /[：:]\s*$/.test(text.slice(at, nl < 0 ? text.length : nl));
}

/** A negation cue that is a question whether to build (能不能, 要不要, 是否, should we): no heading. */
const QUESTION_CUE = /能不能|要不要|可不可以|是否|做不做|whether|should we|do we/i;

/** `scopeEndBeforeBreaks` before the parenthesis limit. */
function scopeEndIgnoringParens(text: string, neg: { start?: number; end: number; scope: 'phrase' | 'clause' | 'line' | 'sentence' }): number {
  // `sentence`: to the end of the sentence, whatever follows the cue (a competitor's product described).
  let scope: 'phrase' | 'clause' | 'line' = neg.scope === 'sentence' ? 'line' : neg.scope;
  const i = neg.end;
  // A colon right after the cue turns it into a heading: "非目标：…", "Not in v1: …".
  const ahead = text.slice(i, i + 14);
  const colon = ahead.search(/[：:]/);
  const nl = ahead.indexOf('\n');
  // Only a colon of the cue's own clause: in "积分不可提现；（四）“打招呼”：…" the colon heads the next item.
  const brk = ahead.search(/[，；;。！？!?]/);
  // Not after a question ("能不能做个表单：…", "should we add: …"): what follows its colon is what is asked for.
  // (Nor after a whole clause closed by 了: "不用第三方地图了：自己画…" says what is done instead.)
  if (colon >= 0 && (nl < 0 || colon < nl) && (brk < 0 || colon < brk) && !(neg.start !== undefined && QUESTION_CUE.test(text.slice(neg.start, i)))
    && !(colon >= 3 && ahead[colon - 1] === '了')) scope = 'line';
  else if (scope === 'line' && neg.scope !== 'sentence' && !lineEndsWithColon(text, i) && !isHeadingLine(text, i)) {
    // A non-goal cue inside a sentence ("私信本期不做，本期上线直播", "DMs are out of scope, we ship
    // live video") is not a heading: it reaches no further than a clause would.
    scope = 'clause';
  }
  if (scope === 'line') {
    let j = i;
    for (; j < text.length; j++) {
      const ch = text[j]!;
      if (ch === '\n') {
        // Heading colon at line end: extend over the following bullet lines.
        const before = text.slice(i, j).trimEnd();
        // A heading on a line of its own ("Non-goals", "非目标") does the same without a colon.
        if (neg.scope !== 'sentence' && (/[：:]$/.test(before) || /[：:]\s*$/.test(text.slice(neg.end, j)) || (neg.scope === 'line' && isHeadingLine(text, neg.end)))) {
          j = Math.max(j, sectionEnd(text, j + 1) - 1);
        }
        break;
      }
      if ('。！？!?'.includes(ch)) break;
      if (ch === '.' && (j + 1 >= text.length || /\s/.test(text[j + 1]!))) break;
    }
    return j;
  }
  let j = i;
  const phrase = scope === 'phrase';
  for (; j < text.length; j++) {
    switch (text.charCodeAt(j)) {
      case 0xff0c: case 0xff1b: case 0x3b: case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: case 0x0a: case 0xff5e: // ，；;。！？!?\n～
        return j;
      case 0x2460: case 0x2461: case 0x2462: case 0x2463: case 0x2464: case 0x2465: case 0x2466: case 0x2467: case 0x2468: case 0x2469: // ①…⑩
      case 0x2474: case 0x2475: case 0x2476: case 0x2477: case 0x2478: case 0x2479: case 0x247a: case 0x247b: case 0x247c: case 0x247d: // ⑴…⑽
      case 0x2776: case 0x2777: case 0x2778: case 0x2779: case 0x277a: case 0x277b: case 0x277c: case 0x277d: case 0x277e: case 0x277f: // ❶…❿
        // The next numbered item ends a clause's negation ("① 不做私信 ② 群聊上线").
        return j;
      case 0x2e: // .
        if (j + 1 >= text.length || /\s/.test(text[j + 1]!)) return j;
        break;
      case 0xff1a: // ：
        // After a clause closed by 了 ("不用第三方地图了：自己画…"), what follows is done instead.
        if (phrase || (scope === 'clause' && text[j - 1] === '了')) return j;
        break;
      case 0x3a: // :
        if (phrase) return j;
        // After a whole English clause, a colon opens what is done instead ("We will not answer
        // medical questions ourselves: an article card links out to …"); right after the verb it
        // opens the list of what is not done ("we will not build: chat, DMs").
        if (scope === 'clause' && /^\s*(?:a|an|the|we|our|users?|it|they|instead|rather)\b/i.test(text.slice(j + 1, j + 12)) && /\w+\s+\w+/.test(text.slice(i, j))) return j;
        break;
      case 0x3001: case 0xff08: case 0xff09: case 0x28: case 0x29: // 、（）()
        if (phrase) return j;
        break;
      case 0x2c: { // ,
        if (phrase) return j;
        if (scope !== 'clause') break;
        const rest = text.slice(j + 1, j + 24);
        if (SUBJECT_AFTER_COMMA.test(rest) || CJK.test(rest.trimStart()[0] ?? '')) return j;
        break;
      }
      default:
        break;
    }
  }
  return j;
}

/** How far after a `phrase` negation the negated term may start: "非互关" (Chinese), "no third-party news" (English). */
const PHRASE_REACH = { zh: 3, en: 24 } as const;

/** A negation cue found in a field, with its scope. */
interface Negation {
  start: number;
  end: number;
  scope: 'phrase' | 'clause' | 'line' | 'sentence';
  scopeEnd: number;
  heading: boolean;
  reach: number;
  /** Where the last mention a `phrase` negation negated ends (-1 before it negates one): "no A or B news" reaches B through A. */
  chainEnd: number;
  /** What a mention it negates records as `negatedBy`, made the first time one does (shared by all of them). */
  by: Mention['negatedBy'];
}

/**
 * Scratch space for one scan's raw matches (row index, start, end), reused from call to call: the
 * engine is synchronous, and a scan copies what it keeps into Mention objects before it returns.
 */
let rawRow = new Int32Array(1024);
let rawStart = new Int32Array(1024);
let rawEnd = new Int32Array(1024);
let rawOrder = new Int32Array(1024);
/** The raw matches `uncontained` keeps (indexes, in order), the first `keptCount` of it. */
let rawKept = new Int32Array(1024);

/** A scratch array twice as long, holding what the old one held. */
function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function growRaw(): void {
  rawRow = doubled(rawRow);
  rawStart = doubled(rawStart);
  rawEnd = doubled(rawEnd);
  rawOrder = doubled(rawOrder);
}

/**
 * (row, start) pairs met in the current scan, for rows that one start can hit more than once (their
 * prefixes have several lengths): an open-addressing table whose entries belong to the scan whose
 * number they carry, so it is never cleared.
 */
let seenRow = new Int32Array(1024);
let seenStart = new Int32Array(1024);
let seenValue = new Int32Array(1024);
let seenScan = new Float64Array(1024);
let seenCount = 0;
let scanNumber = 0;

function seenBegin(): void {
  scanNumber++; // a double: it does not wrap in any lifetime
  seenCount = 0;
}

function seenSlot(ri: number, start: number): number {
  const mask = seenRow.length - 1;
  let h = (Math.imul(ri, 0x9e3779b1) ^ Math.imul(start + 1, 0x85ebca77)) & mask;
  while (seenScan[h] === scanNumber && (seenRow[h] !== ri || seenStart[h] !== start)) h = (h + 1) & mask;
  return h;
}

/** The value stored with (row, start) in this scan, or -1 after storing `value` with it. */
function seenBefore(ri: number, start: number, value: number): number {
  let h = seenSlot(ri, start);
  if (seenScan[h] === scanNumber) return seenValue[h]!;
  if ((seenCount + 1) * 2 > seenRow.length) {
    // Grow, keeping this scan's entries.
    const [rows, starts, values, scans] = [seenRow, seenStart, seenValue, seenScan];
    const size = rows.length * 2;
    seenRow = new Int32Array(size);
    seenStart = new Int32Array(size);
    seenValue = new Int32Array(size);
    seenScan = new Float64Array(size);
    for (let k = 0; k < rows.length; k++) {
      if (scans[k] !== scanNumber) continue;
      const g = seenSlot(rows[k]!, starts[k]!);
      seenRow[g] = rows[k]!;
      seenStart[g] = starts[k]!;
      seenValue[g] = values[k]!;
      seenScan[g] = scanNumber;
    }
    h = seenSlot(ri, start);
  }
  seenRow[h] = ri;
  seenStart[h] = start;
  seenValue[h] = value;
  seenScan[h] = scanNumber;
  seenCount++;
  return -1;
}

/** Scratch for orderRawByCounting: per start offset, how many raw matches start before it. */
let startCount = new Int32Array(1024);
/** Scratch for merging the two runs of `orderRaw`. */
let mergeOrder = new Int32Array(1024);
/** Where the matches of anchored rows, settled after the scan's pass, begin among the raw matches (see settlePending). */
let lateFrom = 0;

/**
 * Orders raw matches 0..count-1 into rawOrder: by start, longer first, then in the order found
 * (what a stable sort on (start, -end) gives). The scan finds them almost in that order already (a
 * match is found at its start, or where its literal prefix ends a few characters later), so an
 * insertion sort moves each only a few places: linear in the matches, where a counting sort by
 * start was linear in the text (two passes over a table as long as it, ~4 % of a mixed 20 KB
 * evaluate). The matches of anchored rows, added after the pass (from `lateFrom`), are such a run
 * of their own: each run is sorted so, then the two are merged. Should the matches come far out of
 * order, it falls back to that counting sort.
 */
function orderRaw(count: number): void {
  const split = Math.min(lateFrom, count);
  const budget = 8 * count + 1024;
  const moves = insertionOrder(0, split, 0, budget);
  if (moves > budget || insertionOrder(split, count, moves, budget) > budget) {
    orderRawByCounting(count);
    return;
  }
  if (split === 0 || split === count) return;
  // Merge rawOrder[0, split) and rawOrder[split, count), the first run first on a tie.
  if (mergeOrder.length < count) mergeOrder = new Int32Array(rawOrder.length);
  const order = rawOrder;
  const out = mergeOrder;
  let a = 0;
  let b = split;
  let o = 0;
  while (a < split && b < count) {
    const x = order[a]!;
    const y = order[b]!;
    const xs = rawStart[x]!;
    const ys = rawStart[y]!;
    if (ys < xs || (ys === xs && rawEnd[y]! > rawEnd[x]!)) {
      out[o++] = y;
      b++;
    } else {
      out[o++] = x;
      a++;
    }
  }
  while (a < split) out[o++] = order[a++]!;
  while (b < count) out[o++] = order[b++]!;
  order.set(out.subarray(0, count));
}

/** Insertion sort of raw matches from..to-1 into rawOrder[from, to); the moves made, added to `moves` (stops once past `budget`). */
function insertionOrder(from: number, to: number, moves: number, budget: number): number {
  const order = rawOrder;
  for (let k = from; k < to; k++) {
    const start = rawStart[k]!;
    const end = rawEnd[k]!;
    let b = k;
    for (; b > from; b--) {
      const p = order[b - 1]!;
      const ps = rawStart[p]!;
      if (ps < start || (ps === start && rawEnd[p]! >= end)) break;
      order[b] = p;
    }
    order[b] = k;
    moves += k - b;
    if (moves > budget) return moves;
  }
  return moves;
}

/** `orderRaw` for any order: a counting sort by start (linear in the text), then each start's few matches by length. */
function orderRawByCounting(count: number): void {
  let maxStart = 0;
  for (let k = 0; k < count; k++) if (rawStart[k]! > maxStart) maxStart = rawStart[k]!;
  if (startCount.length < maxStart + 2) startCount = new Int32Array(Math.max(maxStart + 2, startCount.length * 2));
  const before = startCount;
  before.fill(0, 0, maxStart + 2);
  for (let k = 0; k < count; k++) before[rawStart[k]! + 1]!++;
  for (let s = 1; s <= maxStart + 1; s++) before[s]! += before[s - 1]!;
  for (let k = 0; k < count; k++) rawOrder[before[rawStart[k]!]!++] = k;
  for (let i = 0; i < count;) {
    const start = rawStart[rawOrder[i]!]!;
    let j = i + 1;
    while (j < count && rawStart[rawOrder[j]!] === start) j++;
    // Insertion sort, longer first; stable.
    for (let a = i + 1; a < j; a++) {
      const k = rawOrder[a]!;
      const end = rawEnd[k]!;
      let b = a;
      while (b > i && rawEnd[rawOrder[b - 1]!]! < end) {
        rawOrder[b] = rawOrder[b - 1]!;
        b--;
      }
      rawOrder[b] = k;
    }
    i = j;
  }
}

/** What every match of a row starts with, worked out the first time it is asked (patterns are analysed only for rows a text reaches). */
export function rowStarts(c: CompiledRow): Starts | null {
  if (c.starts === undefined) c.starts = startsOf(c.row.pattern);
  return c.starts;
}

/** What the text after a bucket's lead character must start like for any of its rows to match (null: no check); worked out once. */
export function bucketStarts(bucket: Bucket): Starts | null {
  if (bucket.starts !== undefined) return bucket.starts;
  let seqs: (Int32Array | null)[][] | null = [];
  for (const c of bucket.rows) {
    const st = rowStarts(c);
    const after = st && bucket.lead.length === 1 ? startsAfter(st, bucket.lead) : null;
    if (!after || seqs.length + after.seqs.length > STARTS_MAX) { seqs = null; break; }
    seqs.push(...after.seqs);
  }
  bucket.starts = seqs && makeStarts(seqs);
  return bucket.starts;
}

/** The check for automaton output k (see `Automaton.outCheck`), worked out and stored the first time it is met. */
function checkOf(lex: CompiledLexicon, k: number): number {
  const a = lex.automaton;
  const ri = a.outRow[k]!;
  const prefix = a.prefixes[a.outPrefix[k]!]!;
  const key = `${ri}:${prefix}`;
  let id = a.checkIds.get(key);
  if (id === undefined) {
    const c = lex.rows[ri]!;
    const st = c.literal ? null : rowStarts(c);
    const after = st && startsAfter(st, prefix);
    id = after ? a.checks.push(after) - 1 : -1;
    a.checkIds.set(key, id);
  }
  a.outCheck[k] = id;
  return id;
}

/**
 * Scans one field: all mentions, with containment suppression and negation applied.
 * Linear in the text length for a fixed lexicon. `text` is what is matched (normalised, same length
 * as `original`); mention texts are sliced from `original`.
 */
export function scanField(lex: CompiledLexicon, field: 'title' | 'description', text: string, original: string = text): Mention[] {
  return scanWith(lex, field, text, original, null)!;
}

/**
 * `scanField` on a field's text with a character table applied (`normaliseChars`): the normalised
 * text and its mentions. The automaton's pass over the text as given also looks for a character the
 * table maps (`firstMapped`'s test, without a pass of its own, which cost ~29 instructions a
 * character): when there is none, as in most texts, that pass was the scan of the normalised text;
 * at the first there is, the text is normalised and scanned again.
 */
export function scanFieldNormalised(lex: CompiledLexicon, table: CharTable, field: 'title' | 'description', original: string): [string, Mention[]] {
  const asGiven = scanWith(lex, field, original, original, table);
  if (asGiven) return [original, asGiven];
  const text = normaliseChars(table, original);
  return [text, scanWith(lex, field, text, original, null)!];
}

/** `scanField`; with a table, null as soon as the text holds a character it maps (see scanFieldNormalised). */
function scanWith(lex: CompiledLexicon, field: 'title' | 'description', text: string, original: string, table: CharTable | null): Mention[] | null {
  // In stages of their own, each small enough for V8 to compile whole: one function with all the
  // loops was compiled on the fly inside its first loop and thrown away at the later, colder
  // stages, again and again as texts varied.
  seenBegin(); // a new scan: what was remembered for the last one no longer counts
  rawCount = 0;
  const u = loadUnits(text);
  if (lex.anywhere.length) scanAnywhere(lex, text);
  if (!scanAutomaton(lex, text, u, classesOf(lex, table))) return null;
  const count = rawCount;
  orderRaw(count);
  const keptCount = uncontained(lex.flags, count);
  const negs = negationsOf(lex, text, keptCount);
  const out = mentionsOf(lex, field, text, original, keptCount, negs);
  applyTextRules(text, original, out, negs);
  return out;
}

/**
 * Marks the mentions wholly inside [from, to) as negated by `negatedBy`, for the passes that read
 * negation from the text around mentions (post-negations, ❌ table rows, quoted examples). Negation
 * cues, contrast words and recorded decisions are never negated: a decision inside the range
 * (评估后决定不做) must still count as one.
 */
function negateRange(out: Mention[], from: number, to: number, negatedBy: NonNullable<Mention['negatedBy']>): void {
  for (let q = firstAtOrAfter(out, from); q < out.length && out[q]!.start < to; q++) {
    const m = out[q]!;
    if (m.end > to || m.negated || m.target === 'cue:neg' || m.target === 'cue:break' || m.target === 'cue:decided_no') continue;
    m.negated = true;
    m.negatedBy = negatedBy;
  }
}

/**
 * The negations read from the text around the mentions rather than forward from a cue: a
 * post-negation's subject, and quoted words given as examples. `mentions` in (start, end) order.
 */
export function applyTextRules(text: string, original: string, mentions: Mention[], negs: readonly { start: number; end: number }[]): void {
  if (negs.length) {
    applyPostNegations(text, original, mentions, negs);
    applyListNegations(text, original, mentions, negs);
  }
  if (text.indexOf('|') >= 0) markTableRowsNotDone(text, original, mentions);
  if (text.indexOf('):') >= 0) markRemovedCommitScope(text, original, mentions);
  if (REMOVAL_HINT.test(text)) markRemovalBullets(text, original, mentions);
  if (SUPERSEDED.test(text)) markSupersededDraft(text, original, mentions);
  if (QUOTE_OPEN.test(text)) markQuotedExamples(text, original, mentions);
  if (mayHoldFlagOff(text)) markFlagsOff(text, original, mentions);
  if (DEFERRED_HINT.test(text)) markDeferredItems(text, original, mentions);
  if (QUESTION_HINT.test(text)) markAnsweredNo(text, original, mentions);
  if (hasKeyLine(text)) markKeysOfNegatedValues(text, mentions);
  if (text.indexOf('~~') >= 0) markStruckOut(text, original, mentions);
  if (LICENCE_LACKING_HINT.test(text)) markLicenceLacking(text, original, mentions);
  if (CHECK_NO_HINT.test(text)) markChecklistNo(text, original, mentions);
  if (text.indexOf('[') >= 0) markReviewRemarks(text, original, mentions);
}

/** A reviewer's suggestion turned down ("[Suggestion from Tan: show a map] [Rejected by Li: …]"). */
const SUGGESTION_REJECTED = /\[(?:Suggestion|Proposal|建议|提议)[^\]\n]{0,300}\]\s*\[(?:Rejected|Declined|Not accepted|Won['’]t do|已拒绝|拒绝|不采纳|驳回)[^\]\n]{0,200}\]/gi;
/** A reviewer's comment on an item struck out just before it ("~~Haomei balance~~ [Comment from Li: that's stored value…]"). */
const STRUCK_THEN_COMMENT = /~~[^~\n]{1,120}~~[^\[~]{0,6}(\[(?:Comment|评论|批注)[^\]\n]{0,300}\])/gi;

/**
 * Reviewers' remarks in a shared doc: a suggestion marked rejected, and the comment explaining an item
 * struck out (its words name why the item went: "that's stored value", "that's email hosting"): neither
 * is what ships. A suggestion accepted, and comments elsewhere, are read as they stand.
 */
function markReviewRemarks(text: string, original: string, out: Mention[]): void {
  SUGGESTION_REJECTED.lastIndex = 0;
  for (let m = SUGGESTION_REJECTED.exec(text); m; m = SUGGESTION_REJECTED.exec(text)) {
    negateRange(out, m.index, m.index + m[0].length, { start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
  STRUCK_THEN_COMMENT.lastIndex = 0;
  for (let m = STRUCK_THEN_COMMENT.exec(text); m; m = STRUCK_THEN_COMMENT.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    negateRange(out, at, at + m[1]!.length, { start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
}

/** A checklist answer of no: ❌ ✗ ✘ 🚫 ❎, N/A, 否 (a cheap test first). */
const CHECK_NO_HINT = /[❌✗✘🚫❎]|N\/A|否/;
/** A checklist item answered no right after its label ("用户间互动 ❌｜", "2. 是否涉及外部内容：❌", "资金：否"). */
const CHECK_NO = /(?:[❌✗✘🚫❎]|N\/A|(?<!是|与|可|能)否)(?=\s*(?:[｜|；;，,。\n]|$|[\u4e00-\u9fff]))/g;
/** Where a checklist label starts before its answer: after a separator, a list number or a line start. */
const CHECK_LABEL_START = /(?:^|[｜|；;\n]|\d{1,2}[.、)）]\s*)[^｜|；;\n]*$/;
/**
 * A review checklist's items answered no ("用户间互动 ❌｜外部内容 ❌", "是否涉及音视频：❌"): the label
 * names what the feature does not do. Only short labels (at most 24 characters before the answer).
 */
function markChecklistNo(text: string, original: string, out: Mention[]): void {
  CHECK_NO.lastIndex = 0;
  for (let m = CHECK_NO.exec(text); m; m = CHECK_NO.exec(text)) {
    const at = m.index;
    const back = text.slice(Math.max(0, at - 40), at);
    const lm = CHECK_LABEL_START.exec(back);
    if (!lm) continue;
    const label = lm[0].replace(/^(?:[｜|；;\n][ \t]*)?(?:\d{1,2}[.、)）][ \t]*)?/, '');
    if (label.trim().length === 0 || label.length > 24 || /[，。,.!?！？]/.test(label)) continue;
    const from = at - label.length;
    negateRange(out, from, at, { start: at, end: at + m[0].length, text: original.slice(at, at + m[0].length) });
  }
}

/** A permit named with our lacking it, anywhere in the text (a cheap test before the sentences are read). */
const LICENCE_LACKING_HINT = /(?:许可|资质|牌照|证照|证上|证里|licen[cs]e|permit)/i;
/**
 * A sentence saying what a thing would need, and that we lack it ("用户上传视频给公众看、直播，都需要视听
 * 节目许可，公司没有"; "public video uploaded by users needs the 视听 licence, which we don't have"):
 * the reason something is not built, not a description of it. From the sentence's start to the end
 * of the lacking clause; what follows in the sentence ("…，但我们先上线直播") is read as it stands.
 */
const LICENCE_LACKING = /(?:许可证|证照|牌照|经营许可|(?:我们|我方|公司)的?证)(?:里|上)?(?:明确)?(?:不含|不包含|不包括|不覆盖)|(?:需要|需|须|要|得有|须取得|requires?|needs?)[^。；;！!？?\n]{0,30}?(?:许可证?|资质|牌照|备案|licen[cs]es?|permits?)[^。；;！!？?\n]{0,24}?(?:(?:公司|我们|我方|咱们)(?:目前|暂时|还|现在)?(?:都)?(?:没有|没|不具备|不具有|拿不到|没拿到|无)|(?:which|that) we (?:don['’]t|do not|can['’]t|cannot) (?:have|hold|get)|we (?:don['’]t|do not) (?:have|hold) (?:one|it|that|them))|(?:would|will) (?:be|fall|count as) (?:an? (?:[\w-]+ )?service )?outside (?:of )?(?:our|the) licen[cs]e|(?:which|that) (?:our|the) licen[cs]e (?:leaves out|excludes|does ?n['’]?o?t (?:cover|include))[^.;\n]{0,20}?(?:so|and) (?:it|this|that|we) (?:is |are |will |do |does )?(?:not|n['’]t|never)/gi;
function markLicenceLacking(text: string, original: string, out: Mention[]): void {
  LICENCE_LACKING.lastIndex = 0;
  for (let m = LICENCE_LACKING.exec(text); m; m = LICENCE_LACKING.exec(text)) {
    const end = m.index + m[0].length;
    let from = m.index;
    while (from > 0 && !/[。；;！!？?\n]/.test(text[from - 1]!) && !(text[from - 1] === '.' && /\s/.test(text[from] ?? ''))) from--;
    negateRange(out, from, end, { start: m.index, end, text: original.slice(m.index, end) });
  }
}

/** Markdown strikethrough on one line ("~~好友私聊~~ —— 已砍"): what is struck out is not built. */
const STRUCK = /~~([^~\n]{1,80})~~/g;

/** Negates the mentions inside ~~…~~. */
function markStruckOut(text: string, original: string, out: Mention[]): void {
  STRUCK.lastIndex = 0;
  for (let m = STRUCK.exec(text); m; m = STRUCK.exec(text)) {
    negateRange(out, m.index + 2, m.index + m[0].length - 2, { start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
}

/** Whether any line of the text opens with a key and '=' or ':' (most prose has none: the pass is skipped). */
function hasKeyLine(text: string): boolean {
  for (let at = 0; ; ) {
    if (keyOfLine(text, at)) return true;
    const nl = text.indexOf('\n', at);
    if (nl < 0) return false;
    at = nl + 1;
  }
}

/** The index of the first mention starting at or after `at` (mentions in start order). */
function firstAtOrAfter(mentions: readonly Mention[], at: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** A code unit that may continue an identifier key: [A-Za-z0-9_.-]. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/**
 * The key of a string-file or manifest line starting at `at`: an identifier (letter or '_' first,
 * at most 61 characters), optionally quoted, then '=' or ':' (`compose.video = 暂不支持视频`).
 * [key start, key end, value start], or null. Read by character codes: `hasKeyLine` tries it at every
 * line start, and the pass once more on each line holding a negated mention.
 */
function keyOfLine(text: string, at: number): [number, number, number] | null {
  let i = at;
  const n = text.length;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i < n && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i++;
  const c0 = i < n ? text.charCodeAt(i) : 0;
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || c0 === 95)) return null;
  const keyStart = i;
  i++;
  while (i < n && i - keyStart < 61 && isKeyChar(text.charCodeAt(i))) i++;
  const keyEnd = i;
  if (i < n && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i++;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= n || (text.charCodeAt(i) !== 61 && text.charCodeAt(i) !== 58)) return null;
  i++;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return [keyStart, keyEnd, i];
}

/**
 * A key naming what its own value turns down (`compose.video = 暂不支持视频`, `dm: not offered`): the
 * key's words are negated with the value's. Only the same target: a key naming video is not
 * negated by a value that turns down something else. One pass over the mentions (in start order),
 * the line's key read once for each line holding a negated mention.
 */
function markKeysOfNegatedValues(text: string, mentions: Mention[]): void {
  let lastLine = -1;
  let keyStart = 0, keyEnd = 0, valueStart = -1;
  // Line starts found forward as the mentions come in order (a search back from each one cost a
  // scan of the whole line per negated mention: a third more instructions on a 20 KB text with one line).
  let lineStart = 0;
  let nextNl = text.indexOf('\n');
  for (const v of mentions) {
    if (!v.negated || !v.negatedBy) continue;
    while (nextNl >= 0 && nextNl < v.start) {
      lineStart = nextNl + 1;
      nextNl = text.indexOf('\n', lineStart);
    }
    if (lineStart !== lastLine) {
      lastLine = lineStart;
      const key = keyOfLine(text, lineStart);
      valueStart = -1;
      if (!key) continue;
      [keyStart, keyEnd, valueStart] = key;
    }
    if (valueStart < 0 || v.start < valueStart) continue;
    for (let i = firstAtOrAfter(mentions, keyStart); i < mentions.length; i++) {
      const k = mentions[i]!;
      if (k.start >= keyEnd) break;
      if (k.negated || k.target !== v.target) continue;
      k.negated = true;
      k.negatedBy = v.negatedBy;
    }
  }
}

/** Whether a text may hold a manifest key switched off (a cheap test before `FLAG_OFF`), tried at each ':' and '=' (sticky). */
const FLAG_OFF_HINT = /[:=]\s*(?:false|off|disabled)\b/iy;

/**
 * FLAG_OFF_HINT searched for, as where its match can start: at a ':' or '=' (found with indexOf).
 * The search over every character cost ~140k instructions on a mixed 20 KB text, ~60k on Chinese;
 * prose has few ASCII colons.
 */
function mayHoldFlagOff(text: string): boolean {
  for (const mark of [':', '=']) {
    for (let p = text.indexOf(mark); p >= 0; p = text.indexOf(mark, p + 1)) {
      FLAG_OFF_HINT.lastIndex = p;
      if (FLAG_OFF_HINT.test(text)) return true;
    }
  }
  return false;
}
/**
 * A manifest key switched off: `dm: false`, `"dm": false`, `{qa: true, dm: false}`, `dm = off`.
 * Group 1: what precedes the key; 2: the key; 3: the value.
 */
const FLAG_OFF = /(^|[\s{,[(])["']?([A-Za-z_][\w.-]{0,40})["']?[ \t]*[:=][ \t]*(false|off|disabled)(?![\w.-])/gim;
/** A block's generic on/off key (`enabled: false` under the feature's own key). */
const SWITCH_KEY = /^(?:enabled?|on|active|visible|launch(?:ed)?|ship(?:ped)?|rollout)$/i;
/** A key opening a block: `news_repost_channel:` with nothing but a comment after it. Group 1: its indent. */
const BLOCK_KEY_LINE = /^([ \t]*)["']?[A-Za-z_][\w.-]{0,60}["']?[ \t]*:[ \t]*(?:#[^\n]*)?$/;
/** A key whose own words negate (`disable_dm: false` leaves DMs on) or mark it gone: not read as switched off. */
const NEGATING_KEY = /(?:^|[_.-])(?:disable|disabled|no|not|hide|hidden|block|blocked|mute|muted|without|deny|skip|off|removed|deleted|deprecated|exclude|excluded|opt_?out)(?:[_.-]|$)/i;
/** Words negative in themselves (不能回复, cannot reply, no-reply). */
const NEGATIVE_WORDS = /[不无非没勿禁未]|\b(?:no|not|cannot|can[\'’]t|never|without|none)\b|n[\'’]t\b|no-/i;
/** A comment after the key saying it is to be switched on ("# 下期打开", "// enable after review"). */
const TURNED_ON_LATER = /enabl|(?:turn|switch|flip)(?:s|ed|ing)? (?:it |them |this )?on|打开|开启|放开|启用|灰度/i;

/**
 * Manifest keys set to false (a PR bot reads feature manifests): what the key names is switched
 * off, not shipped. On a line of its own the key's comment goes with it ("federated_search: false
 * # removed; 抓取外部论坛的代码已删除"); inline ({qa: true, dm: false}) only the key itself. A comment
 * saying the key is to be switched on later leaves it as it is.
 */
function markFlagsOff(text: string, original: string, out: Mention[]): void {
  FLAG_OFF.lastIndex = 0;
  for (let m = FLAG_OFF.exec(text); m; m = FLAG_OFF.exec(text)) {
    const keyStart = m.index + m[1]!.length;
    const valueEnd = m.index + m[0].length;
    if (NEGATING_KEY.test(m[2]!)) continue;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const nl = text.indexOf('\n', valueEnd);
    const lineEnd = nl < 0 ? text.length : nl;
    const rest = text.slice(valueEnd, lineEnd);
    if (TURNED_ON_LATER.test(rest)) continue;
    const ownLine = /^[ \t]*(?:[-*][ \t]+)?["']?$/.test(text.slice(lineStart, keyStart)) && /^[ \t,]*(?:(?:#|\/\/)|$)/.test(rest);
    const valueStart = valueEnd - m[3]!.length;
    const by = { start: valueStart, end: valueEnd, text: original.slice(valueStart, valueEnd) };
    negateRange(out, keyStart, valueEnd, by);
    // A block's own switch ("news_repost_channel:\n  enabled: false"): the block's key, on the line
    // above and less indented, names what is switched off.
    if (ownLine && SWITCH_KEY.test(m[2]!) && lineStart > 0) {
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const prev = text.slice(prevStart, lineStart - 1);
      const parent = BLOCK_KEY_LINE.exec(prev);
      if (parent && parent[1]!.length < keyStart - lineStart - (/[-*]/.test(text.slice(lineStart, keyStart)) ? 2 : 0)) negateRange(out, prevStart, lineStart - 1, by);
    }
    // The comment: what it names is off too ("抓取外部论坛的代码已删除"), but words that are negative
    // themselves restate the key's state ("用户不能回复" says what `user_reply: false` says) and keep their sense.
    if (ownLine) for (const x of out) if (x.start >= valueEnd && x.end <= lineEnd && !x.negated && !NEGATIVE_WORDS.test(x.text)
      && x.target !== 'cue:neg' && x.target !== 'cue:break' && x.target !== 'cue:decided_no') {
      x.negated = true;
      x.negatedBy = by;
    }
  }
}

/** The text says an earlier draft no longer holds ("以评审结论为准，第一版作废"). */
const SUPERSEDED = /(?:第一版|初稿|旧版|原方案|v\d+(?:\.\d+)?)(?:需求|方案)?[^。\n]{0,4}作废|以(?:评审结论|评审意见|终稿|最终版|定稿)为准|(?:评审|review)[^。\n]{0,16}(?:取消|撤回|放弃|否决)[^。\n]{0,12}方案|update after review[^\n]{0,40}(?:取消|cancel|drop|remove|撤回)|原方案\s?[：:][\s\S]{0,3000}?新方案\s?[：:]|(?:^|\n)\s*(?:[-*•]\s*)?(?:Before|Original plan|Old plan)\s?:[\s\S]{0,3000}?(?:^|\n)\s*(?:[-*•]\s*)?(?:After|New plan)\s?:/i;
/** A line holding that earlier draft: "第一版需求：…", "初稿：…". */
const DRAFT_LINE = /^\s*(?:[-*•]\s*)?(?:第一版|初稿|旧版|原方案|Before|Original plan|Old plan)(?:需求|方案)?\s?[：:]/;

/** The lines of a draft the text says is superseded: what they describe is not what is built. */
function markSupersededDraft(text: string, original: string, out: Mention[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const m = DRAFT_LINE.exec(text.slice(lineStart, lineEnd));
    if (m) negateRange(out, lineStart + m[0].length, lineEnd, { start: lineStart, end: lineStart + m[0].length, text: original.slice(lineStart, lineStart + m[0].length) });
    lineStart = lineEnd + 1;
  }
}

/** A conventional-commit title whose subject removes what its scope names: "refactor(wallet): delete unused balance fields". */
const REMOVING_COMMIT = /^\s*[a-z]+\(([^()\n]{1,40})\)!?:\s*(remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|drop(?:s|ped)?|revert(?:s|ed)?|deprecat(?:e|es|ed)|clean(?:s|ed)? up|kill(?:s|ed)?|rip(?:s|ped)? out|删除|移除|下线|去掉|回滚|废弃)/i;

/**
 * The scope of a conventional-commit title ("feat(im): remove legacy chat code") names the module
 * the change works on; when the change removes, what the scope names is what goes, not what ships.
 */
function markRemovedCommitScope(text: string, original: string, out: Mention[]): void {
  const m = REMOVING_COMMIT.exec(text);
  if (!m) return;
  const from = text.indexOf('(') + 1;
  const verbEnd = m.index + m[0].length;
  const verbStart = verbEnd - m[2]!.length;
  const by = { start: verbStart, end: verbEnd, text: original.slice(verbStart, verbEnd) };
  negateRange(out, from, from + m[1]!.length, by);
  // What the verb removes, to the end of the title or a second verb that adds ("drop sendDirectMessage
  // and dm_threads"; not "remove the banner and add DMs").
  const nl = text.indexOf('\n', verbEnd);
  let end = nl < 0 ? text.length : nl;
  const added = LIST_NEW_VERB.exec(text.slice(verbEnd, end));
  if (added) end = verbEnd + added.index;
  negateRange(out, verbEnd, end, by);
}

/** Whether a text may hold a removal bullet (a cheap test before reading it line by line). */
const REMOVAL_HINT = /\b(?:remov|delet|drop|DROP)/i;
/**
 * A bullet of a change log that removes: its first word a removal verb ("- removed route POST
 * /v2/messages/direct"), after an optional label ("- iOS/Android: …"); SQL that drops a table or
 * column; or a line whose every clause ends removed or deleted ("- 私信 button removed from profile
 * header, unread badge logic deleted"; "- push templates 'new_dm' deleted").
 */
const REMOVAL_BULLET_START = /^[ \t]*[-*•][ \t]+(?:[^\s:：]{1,30}[:：][ \t]*)?(?:remov(?:e|es|ed)|delet(?:e|es|ed)|drop(?:s|ped)?|rip(?:s|ped)? out|删除|移除|下线|去掉)\b(?! (?:the |all |any )?(?:notification|push|opt-?out|unsubscribe|marketing|mute) (?:toggles?|switch(?:es)?|settings?|options?|links?|buttons?)\b)/i;
const SQL_DROP = /\bDROP\s+(?:TABLE|COLUMN|INDEX|VIEW)\b/;
const REMOVAL_WORD = /remov\w*|delet\w*|drop\w*|gone|rip(?:s|ped)? out|删除|移除|下线|去掉/i;
const REMOVED_CLAUSE_END = /(?:remov(?:ed)|delet(?:ed)|dropped|gone)(?:\s+(?:from|in|on)\s+[^,;，；。.]{1,40})?\s*$/i;

/** Removal bullets (see REMOVAL_BULLET_START): what the line names is removed, not shipped, unless the line also adds something. */
function markRemovalBullets(text: string, original: string, out: Mention[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const bullet = /^[ \t]*[-*•][ \t]/.test(line);
    if (bullet && !LIST_NEW_VERB.test(line)) {
      const start = REMOVAL_BULLET_START.exec(line);
      const clauses = line.replace(/[.;。；]\s*$/, '').split(/[,;，；]/);
      const allRemoved = clauses.length > 0 && clauses.every((c) => REMOVED_CLAUSE_END.test(c.trim()));
      if (start || SQL_DROP.test(line) || allRemoved) {
        // The removal word the line turns on, as what negates it.
        const verb = REMOVAL_WORD.exec(line)!;
        const at = lineStart + verb.index;
        const by = { start: at, end: at + verb[0].length, text: original.slice(at, at + verb[0].length) };
        negateRange(out, lineStart, lineEnd, by);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * A roadmap status saying an item is not in this release: cut, won't do, deferred, planned for later.
 * In progress (开发中) is not one: what is being built may still ship with this release.
 */
const DEFERRED_STATUS = String.raw`(?:已?砍掉了?|砍了|不做了?|暂不做|暂不上|不上了?|已?延期|延后|推迟|暂缓|搁置|规划中|待规划|未排期|不排期|已?放弃|已?取消|下期|下个版本|下一版本?|后续版本|移出本期|本[期次版]不含|(?:投票)?否决|被否决?|won['’]?t do|wont do|not doing|cut|dropped|descoped|de-scoped|deferred|postponed|on hold|backlog|not planned|out of scope|voted down|vetoed|不在(?:本次|这次|本期|此次)?\s?(?:v?\d+(?:\.\d+)*\s?)?的?(?:发布包|发版|版本|release)(?:里|中|内)?|moved (?:to|into) (?:the )?(?:next|a later|the following) (?:sprint|release|version|iteration|cycle|milestone)|(?:挪|移|推)(?:到|至)下(?:个|一个?)?(?:迭代|版本|sprint|冲刺)|⏸️?)`;
/** What may follow the status in its cell or at its line's end: more statuses, a later date, a reason in brackets. */
const DEFERRED_TAIL = String.raw`(?:\s*[\/、,，;；]\s*${DEFERRED_STATUS})*\s*(?:(?:到|至|to|until|till)\s*)?(?:\d{4}\s*)?(?:[QH][1-4]|\d{1,2}\s*月份?|下季度|下半年|明年|next (?:quarter|release|version|year))?\s*(?:再看|再议|再做|再说|上线|做)?\s*(?:[（(][^）)\n]*[）)])?\s*[。.]?`;
/** A table cell that is a deferred status (| 储值卡 | won't do | 财务评估后放弃 |, | 延期到 Q3（需视听许可） |). */
const DEFERRED_CELL = new RegExp(String.raw`\|\s*[\[【]?${DEFERRED_STATUS}[\]】]?${DEFERRED_TAIL}\s*(?=\|)`, 'i');
/** Whether a text may hold a deferred status (a cheap test before reading it line by line). */
const DEFERRED_HINT = new RegExp(DEFERRED_STATUS, 'i');
/** A list item (- …, 3. …, 3、…, • …). */
const LIST_ITEM = /^[ \t]*(?:[-*•·+]|\d{1,2}[.、)）]|[A-Ha-h][.、)）]|✅|❌|🚧|✔️?|✗|✘|🚫)[ \t]+/;
/** A list item that opens with its status: "- [砍掉] 行业资讯聚合", "- ⏸ 读书会直播". */
const DEFERRED_ITEM_START = new RegExp(String.raw`^[ \t]*(?:[-*•·+]|\d{1,2}[.、)）]|[A-Ha-h][.、)）])?[ \t]*(?:[\[【]\s*${DEFERRED_STATUS}\s*[\]】]|⏸️?|❌|✗|✘|🚫)`, 'i');
/** A list item that ends on its status: "- 车主私信 — 砍掉，不做", "- 团长分佣（延期）", "- 业主论坛 — 规划中 Q2", "（owner 郑璐，状态：延期）". */
const DEFERRED_ITEM_END = new RegExp(String.raw`(?:\s*(?:—|–|--|-|:|：|→|=>)\s*|\s*[（(]\s*|状态\s*[：:]\s*|status\s*[：:]\s*|[.。]\s+(?=(?:${DEFERRED_STATUS})(?:[.。,，:：;；]|\s*[—–(（]|\s*$)))${DEFERRED_STATUS}${DEFERRED_TAIL}\s*[）)]?\s*[。.]?(?:(?:[，,；;：:—–]|(?<=[.。])\s)\s*[^\n]*)?$`, 'i');
/** What turns a deferred item into something else ("延期，改为图文直播"): the line is negated only up to the status then. */
const REPLACED_BY = /改为|改成|换成|替代|代替|替换为|取而代之|instead|replaced (?:by|with)|but\b|但/i;
/** A heading that is a status: "## 规划中（Q2）", "### 延期", "**Won't do**", "砍掉：". */
const DEFERRED_HEADING = new RegExp(String.raw`^[ \t]*(?:#{1,6}[ \t]*|\*\*)?(?:\d{1,2}[.、][ \t]*)?${DEFERRED_STATUS}${DEFERRED_TAIL}[ \t]*(?:\*\*)?[ \t]*[:：]?[ \t]*(?:\*\*)?[ \t]*$`, 'i');
/** A line that opens another part: a heading, a bold line, a short label ending in a colon. */
const ANY_HEADING = /^[ \t]*(?:#{1,6}[ \t]|\*\*[^*\n]+\*\*[ \t]*[:：]?[ \t]*$|[^\s\-*•·+|][^\n]{0,20}[:：][ \t]*$)/;

/**
 * A question's end: a question mark, a chat line ending on 吗/呢 with none ("钱包那种充值要做吗"), or a
 * reported question's comma when an answer follows ("对方问能不能私聊，我方明确答复：这期不做私信").
 */
const QUESTION_END = String.raw`[？?]|[吗呢][ \t]*(?:\n|$)|[，,](?=[ \t]*(?:我方|我们|我|产品|法务|团队|对方)?(?:(?:明确|当场|直接)?(?:答复|回复|回答|表示)|(?:明确|当场|直接)说)(?:了)?[ \t]*(?:[：:]|(?=不|没|无)))`;
/** Whether a text may hold a question (a cheap test before reading them). */
const QUESTION_HINT = new RegExp(QUESTION_END);
/** A yes/no question: whether something is built or allowed (能不能…？, 需要做群聊吗？, 私信呢？, can users …?). */
const YES_NO_QUESTION = /能不能|可不可以|可以不可以|是否|是不是|算不算|要不要|需不需要|有没有|会不会|[吗呢]\s*$|\b(?:can|could|will|would|should|do|does|is|are)\b[^?\n]{0,80}$/i;
/** An answer that is a plain no, alone before its punctuation: "不能。", "产品：不做。", "No, …", a form's "N — …". */
const NO_ANSWER = /^(?:(?:都|也|均|全都|当然|肯定|一律|完全)?不(?:能|行|可以|会|做|需要|要|支持|提供|开放|允许|是|算|收|涉及|包括|含|放|加|上)?|没有|没|无|否|暂不|不用|删掉|删了|去掉|砍掉|砍了|拿掉|no|nope|none|not at all|n|deferred|not now|not yet|out of scope|cut|dropped|won['’]t do)(?=\s*[。，,.!！；;：:\n—–-]|\s*$)/i;
/** An answer that opens on a negation of its own ("不做私信，也不做群"): a no to a yes/no question. */
const NEGATED_ANSWER = /^(?![^，。；！!？?\n]{0,12}不[^，。；！!？?\n]{0,3}不(?:行|可|成))(?:(?:今年|这次|本次|本期|这期|目前|暂时|现在|这一?版|首版|v?\d+(?:\.\d+)+\s?(?:版本?)?)\s?)?(?:(?:都|也|均|全都|当然|肯定|一律|完全)?不(?:做|上|支持|提供|开放|允许|加|要|需要|能|行|打算|考虑|会做|会上|是|算|涉及|收)|没有|没(?:做|打算|计划)|无|暂不|(?:只是|仅仅?是|就是)(?=[^，。；\n]{0,12}(?:图文|文字|静态|链接|跳转|公开|自己的|我们自己|站内))|no\b|not\b|none\b|just (?=(?:text|a link|links|photos|static|our own)))/i;
/**
 * What may open an answer before its words: quote marks, a speaker's label ("产品：", "@Lena 14:21",
 * "10:22 饭团：", "[15:02] 阿毛:", "Fiona 09:05"), the question's number.
 */
const ANSWER_LEAD = /^[\s>|]*(?:[-*•·][ \t]+)?(?:\[?\d{1,2}:\d{2}\]?\s*)?(?:@?[^\s：:，。？?！!\n>]{1,12}\s+\[?\d{1,2}:\d{2}\]?\s*|@?[^\s：:，。？?！!\n>]{1,12}(?: [^\s：:，。？?！!\n>]{1,8})?\s*[：:]\s*)?(?:\d{1,2}[)）.、](?!\d)\s*)?/;

/**
 * A question answered no ("> 拼团需要做群聊吗？\n产品：不做。", "私信呢？…\n@Lena 14:21 不做私信，也不做群",
 * "Private messages or chat? N", "1）用户之间能不能互发消息？… 1）不能。"): what the question names is
 * asked about and turned down, not built. The answer is what follows the question (after a speaker's
 * label), or the line numbered as the question is. A plain no answers any question; an answer that opens
 * on a negation answers a yes/no question; anything else (能，…; 收到，方案如下…) leaves the question's
 * words as they are.
 */
/** A verdict clause of its own in an answer's first sentence, after its reason ("…要测绘资质，不做，…"). */
const VERDICT_IN_ANSWER = /^[^。；;！!？?\n]{2,40}?[，,]\s*(?:(?:那|这)?(?:就)?(?:不做|不行|不能做|不可以|否决|别碰|不碰))(?=\s*(?:[，,。；;！!\n]|$))/;
function markAnsweredNo(text: string, original: string, out: Mention[]): void {
  const ends = new RegExp(QUESTION_END, 'g');
  for (let e = ends.exec(text); e; e = ends.exec(text)) {
    // The question ends at its mark, or right after its 吗/呢.
    const q = e[0] === '？' || e[0] === '?' ? e.index : e.index + 1;
    let from = q;
    while (from > 0 && !/[。！!？?；;\n]/.test(text[from - 1]!)) from--;
    const question = text.slice(from, q);
    // A bare topic asked about ("[10:20] Kiki: 私信？", "Video?") is a yes/no question too.
    const yesNo = YES_NO_QUESTION.test(question) || question.replace(/^[\s\S]*[：:\]]/, '').trim().length <= 8;
    const lead = ANSWER_LEAD.exec(text.slice(q + 1, q + 48))![0];
    let at = q + 1 + lead.length;
    let no = NO_ANSWER.exec(text.slice(at, at + 24)) ?? (yesNo ? NEGATED_ANSWER.exec(text.slice(at, at + 24)) : null);
    if (!no && yesNo) {
      // The asker goes on after the question ("私信呢？好多人在问…"): the answer is the next line's.
      const nl = text.indexOf('\n', q);
      if (nl >= 0 && nl - q <= 120) {
        const lead2 = ANSWER_LEAD.exec(text.slice(nl + 1, nl + 49))![0];
        const at2 = nl + 1 + lead2.length;
        // (Or a verdict within the answer's first sentence, after its reason: "自己出地图要测绘资质，不做，只用高德的。")
        const no2 = NO_ANSWER.exec(text.slice(at2, at2 + 24)) ?? NEGATED_ANSWER.exec(text.slice(at2, at2 + 24)) ?? VERDICT_IN_ANSWER.exec(text.slice(at2, at2 + 60));
        if (no2) {
          // What the asker added on their line is part of what was asked.
          negateRange(out, from, nl, { start: at2, end: at2 + no2[0].length, text: original.slice(at2, at2 + no2[0].length) });
          continue;
        }
      }
    }
    if (!no && yesNo) {
      // Answered by number further on: "1）…？" then, later, "1）不能。".
      const num = /(\d{1,2})[)）]\s*[^)）\n]*$/.exec(question);
      if (!num) continue;
      const later = new RegExp(String.raw`(?:^|[\n。；;：:])[\s>]*${num[1]}[)）]\s*`);
      // (Within 2,000 characters of the question, so a text of many questions stays linear.)
      const m = later.exec(text.slice(q + 1, q + 2001));
      if (!m) continue;
      at = q + 1 + m.index + m[0].length;
      no = NO_ANSWER.exec(text.slice(at, at + 24));
    }
    if (!no) continue;
    negateRange(out, from, q, { start: at, end: at + no[0].length, text: original.slice(at, at + no[0].length) });
  }
}

/**
 * Roadmap items that are not in this release (DOMAIN §4: negations count): a list item marked cut,
 * deferred or planned for later, and the list items and table rows under a heading that is such a status,
 * up to the next heading or paragraph. What the item names is negated by its status; after a replacement word only up to the status.
 */
function markDeferredItems(text: string, original: string, out: Mention[]): void {
  let lineStart = 0;
  let under: NonNullable<Mention['negatedBy']> | undefined;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (DEFERRED_HEADING.test(line)) {
      const t = line.trim();
      const at = lineStart + line.indexOf(t);
      under = { start: at, end: at + t.length, text: original.slice(at, at + t.length) };
    } else if (ANY_HEADING.test(line)) {
      under = undefined;
    } else if (under && (LIST_ITEM.test(line) || line.trimStart().startsWith('|'))) {
      negateRange(out, lineStart, lineEnd, under);
    } else if (under && line.trim()) {
      // A paragraph after the list: the deferred part is over.
      under = undefined;
    } else if (LIST_ITEM.test(line)) {
      const head = DEFERRED_ITEM_START.exec(line);
      const end = head ? null : DEFERRED_ITEM_END.exec(line);
      const m = head ?? end;
      if (m) {
        const at = lineStart + m.index;
        const by = { start: at, end: at + m[0].length, text: original.slice(at, at + m[0].length).trim() };
        const replaced = end && REPLACED_BY.test(m[0]);
        negateRange(out, lineStart, replaced ? at + m[0].search(/[，,；;：:]/) : lineEnd, by);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** A cell saying a table row is not done: ❌, ✗, No, 否, 不做… alone in its cell. */
const NOT_DONE_CELL = /\|\s*(?:(?:❌|✗|✘|✕|🚫)[^|\n]*|(?:×|no|n|否|不做|不支持|不上|暂不|—\s*不做)\s*|(?:本期不做|暂不做|不做|不在本期|已砍|砍掉|已取消)(?:[，,。；\s][^|\n]*)?)(?=\|)/iu;

/**
 * Markdown table rows with a cell marked not done (| 私信 / DM | ❌ | 牌照不含即时交互 |): the
 * row's mentions are negated by that cell. A row marked ✅ or with words in the cell is left alone.
 */
function markTableRowsNotDone(text: string, original: string, out: Mention[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const t = line.trimStart();
    const cell = t.startsWith('|') ? NOT_DONE_CELL.exec(line) ?? DEFERRED_CELL.exec(line) : null;
    if (cell) {
      const at = lineStart + cell.index + 1;
      const negatedBy = { start: at, end: lineStart + cell.index + cell[0].length, text: original.slice(at, lineStart + cell.index + cell[0].length).trim() };
      negateRange(out, lineStart, lineEnd, negatedBy);
    }
    lineStart = lineEnd + 1;
  }
}

const QUOTE_OPEN = /[“"「『‘']/;
/**
 * A quoted phrase: its text in group 1, or in group 2 between ASCII single quotes that stand apart
 * from letters ('私信我', 'broadcast'; not the apostrophes of "don't" or "users' data").
 */
const QUOTED = /[“"「『‘]([^“”"「」『』‘’\n]{1,40})[”"」』’]|(?<![A-Za-z0-9])'([^'\n]{1,40})'(?![A-Za-z0-9])/g;
/** After a quote (and any quotes listed after it): it was an example of words, not the act. */
const EXAMPLE_AFTER = new RegExp(
  '^(?:\\s*(?:[、，,和及与或/]|and|or)?\\s*(?:[“"「『‘][^“”"「」『』‘’\\n]{1,40}[”"」』’]|\'[^\'\\n]{1,40}\'))*\\s*(?:' +
  '(?:这类|这种|此类|之类|一类|类似|等)的?[\\u4e00-\\u9fff]{0,4}?(?:话术|关键词|敏感词|违禁词|屏蔽词|词语|词汇|词|字眼|字样|文案|广告|表述|说法|措辞|暗语|黑话|引流)' +
  // A quoted phrase named as what is caught ("评论区'加我私信'引流拦截"): spam words, not the act.
  '|(?:引流|话术|诈骗|骚扰|违规)(?:拦截|识别|过滤|检测|评论|内容|行为)' +
  // A quoted button or entry replaced or taken away (「发私信」按钮替换为「去评论区提问」): a label, not the act.
  '|(?:按钮|入口|tab|Tab)?(?:被)?(?:替换为|替换成|改为|改成|换成|下线|移除|去掉|删除|取消)' +
  '|(?:and|or) similar (?:spam|phrases?|keywords?|wording|messages?|comments?|posts?|ads?)' +
  '|-?style (?:spam|phrases?|keywords?|wording|ads?)' +
  '|(?:spam|phrases?|keywords?|wording)\\b' +
  // The word itself talked about ("“诊断”两个字会不会被理解成医疗"): a word, not the act.
  '|(?:这|那)?(?:两|二|三|四|几|一)个?(?:字|词)(?:眼)?(?![幕典母体号])' +
  '|(?:这个词|这个说法|这几个字)?(?:会不会|有没有|算不算)(?:有)?问题|(?:指的是|意思是|是指)|(?:(?:in|on) (?:the|our|this) (?:UI|app|copy|interface|screen|page) )?(?:means|refers to|here means|only means)\\b' +
  ')', 'i');
/** Before a quote: a list of words to look for ("屏蔽词如：", "spam phrases such as"), or users' questions quoted as examples ("gets questions like “…”"). */
const EXAMPLE_BEFORE = /(?:[（(]\s*(?:比如|例如|譬如)[：:，,]?|(?:用户|业主|读者|网友|买家|客户)[^，。；\n「“"]{0,12}(?:留言|反馈|吐槽|评价|抱怨|提到|呼声|问)[：:]?|(?:话术|关键词|敏感词|违禁词|屏蔽词|词库|字眼|字样|暗语|黑话|样本|样例|示例|例子|案例|(?:这类|这样的|类似的?)(?:问题|提问)|(?:横幅|banner|按钮|标题)?文案)(?:如|例如|比如|包括|包含|是|为)?[：:]?|(?:phrases?|keywords?|spam|wording|terms?|words?|questions?)(?: such as| like|,? e\.g\.,?|:)|(?:posts?|writes?|sends?|leaves?) (?:a |an )?(?:comment|post|message|reply|review) (?:with|saying|containing|that says)|(?:struck|removed|deleted|cut|dropped|draft(?:ed)? with|dropped the)(?: out)?|(?:a |the )?(?:banner|slogan|tagline|headline|button)(?: (?:copy|text))?(?: says| reads| saying|:)?)\s*(?:(?:[“"「『‘][^“”"「」『』‘’\n]{1,40}[”"」』’]|'[^'\n]{1,40}')\s*(?:[、，,和及与或/]|and|or)?\s*)*$/i;

/** Before a quote: someone proposed it ("有同学提议加「…」", "someone suggested \"…\""). */
const PROPOSAL_BEFORE = /(?:提议|建议|提出|想要|希望|要求|问能不能|问可否|问是否)(?:加|做|增加|新增|上|支持|开放)?[：:]?\s*$|(?:v\d+(?:\.\d+)?|初稿|第一版|原方案|原需求|旧版|上一版)\s*(?:里|中)?(?:写了|写的是|是|为)[：:]?\s*$|(?:曾|曾经|一度|本来|原本|原先)(?:考虑|想|打算|计划)(?:过)?[^，。；「」“”\n]{0,16}$|(?:suggested|proposed|asked for|requested)(?: (?:adding|we add|to add))?:?\s*$/i;
/** After it, in the same sentence: the proposal was turned down. */
const TURNED_DOWN = /^[^\n]{0,12}?(?:评审(?:结论|意见)?|评审后|讨论后)[：:]?\s*(?:整条|该条|这条)?(?:删除|删掉|去掉|砍掉|不做|改为|改成)|^[^。；;！!？?\n]{0,40}?(?:决定不做|决定不加|决定不上|不采纳|被否决|被否掉|否决了|驳回|已砍掉|砍掉了|已放弃|放弃了|已去掉|去掉了|已删掉|decided (?:not|against)|turned (?:it )?down|rejected|won['’]t do|not doing)/i;

/**
 * A proposal quoted and turned down in the same sentence ("有同学提议加「把板子发给好友聊聊」，讨论后
 * 决定不做站内聊天"): the words quoted are what was proposed, not what is built. Returns a match
 * shaped like EXAMPLE_BEFORE's (its index relative to the slice before the quote), or null.
 */
function proposalTurnedDown(text: string, lineStart: number, qs: number, qe: number): RegExpExecArray | null {
  const from = Math.max(lineStart, qs - 200);
  const before = PROPOSAL_BEFORE.exec(text.slice(from, qs));
  if (!before) return null;
  // Later quotes listed with it count as the same proposal: look past them for the decision.
  const rest = text.slice(qe, qe + 200).replace(/^(?:\s*(?:[、，,和及与或/]|and|or)?\s*[“"「『‘][^“”"「」『』‘’\n]{1,40}[”"」』’])*/, '');
  return TURNED_DOWN.test(rest) ? before : null;
}

/**
 * Mentions inside quoted words given as examples of what to filter ("“低价卖猫私聊”这类话术会被拦截",
 * "block spam phrases like \"DM me\""): they are words being talked about, not the act, so they
 * count as negated by the words that say so. A quoted feature name ("新增「悄悄话」功能") is not.
 */
function markQuotedExamples(text: string, original: string, out: Mention[]): void {
  QUOTED.lastIndex = 0;
  // The start of the line each quote is on, followed forward as the quotes come in text order
  // (text.lastIndexOf('\n', qs - 1) runs in the runtime, a character at a time back to the line's
  // start: in a long text without line breaks, back to the text's start for every quote).
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let q = QUOTED.exec(text); q !== null; q = QUOTED.exec(text)) {
    const qs = q.index;
    const qe = q.index + q[0].length;
    const after = EXAMPLE_AFTER.exec(text.slice(qe, qe + 200));
    while (nextBreak >= 0 && nextBreak < qs) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const before = after ? null : EXAMPLE_BEFORE.exec(text.slice(Math.max(lineStart, qs - 200), qs)) ?? proposalTurnedDown(text, lineStart, qs, qe);
    if (!after && !before) continue;
    const markStart = after ? qe + after[0].length - after[0].trimStart().length : Math.max(lineStart, qs - 200) + before!.index;
    const markEnd = after ? qe + after[0].length : qs;
    const negatedBy = { start: markStart, end: markEnd, text: original.slice(markStart, markEnd) };
    negateRange(out, qs + 1, qe - 1, negatedBy);
  }
}

/**
 * A negation that closes its clause with a verb of building or offering and nothing after it
 * ("私信、群聊都不做", "私信功能本期暂不开放", "Private messages are not supported.", "DMs are out
 * of scope for this release."): its subject comes before it.
 */
const POST_NEGATION = new RegExp([
  // Out of a named scope ("私信不在本期范围内", "群聊不在我们许可范围"): first, or the bare 不 below would take its 不.
  '不在(?:本期|这期|一期|首期|本次|这次|此次|本季度|这个季度|本版本|这个版本|此版本|本版|当前版本|本迭代|这个迭代)的?(?:范围|计划|排期)?(?:内|里|中)?(?=[，。；,;！!\\n]|\\s|$)|不在(?:今年|本年度?|本期|本季度|近期|当前)?的?(?:规划|计划|排期|路线图|roadmap)(?:里|中|内|上)?|不在(?:本次|这次|本期|此次)?\\s?(?:v?\\d+(?:\\.\\d+)*\\s?)?的?(?:发布包|发版|版本|release)(?:里|中|内)?|不在(?:官网|本站)(?:上|内)?(?:提供|开放|上线|支持)|不在(?:本期|这期|此次|本次|一期|首期|v\\d+)?的?(?:需求|开发|上线)?范围(?:内|之内)?|不在(?:我们|我方|公司)?的?(?:许可|经营|业务|牌照|资质)范围(?:内|之内)?|',
  // Chinese: (time words, 都/也…) 不/没有/无 (modal) (verb) (了/的) then the clause ends.
  '(?:本期|这一?期|一期|首期|首版|本次|这次|此次|暂时?|目前|当前|都|均|也|并|先|还|尚|一律|统一|全部|统统|通通|一概|全都|已经?)*',
  // "跟看病没关系" (has nothing to do with): first, or the bare 没 below would take its 没.
  '(?:(?:(?:也|都|完全|根本|并)?(?:没|没有|毫无)(?:什么|任何|啥|半点)?关系|(?:完全|并|都)?(?:无任何关系|无关))|(?:不|没有|没|无|唔|冇|别)(?:会|能|可以|可|再|打算|计划|考虑|准备|需要|用|使)?',
  '(?:做|开放|支持|提供|上线|开发|实现|包含|纳入|涉及|开通|接入|上|加|增加|新增|引入|允许|排期|安排|考虑|需要|学|照搬|照抄|抄|跟进|效仿|碰|搞|抓|爬|采|收录|索引|开(?![发通放始]))?',
  // "我们不学这两项" (not these two): the object is the items named before, as after 这两项都不做.
  '(?:(?:这|那|以上|上述)(?:[一二两三四五六七八九几]?(?:样|项|个|种|类|点|条|块))(?:功能|能力|需求|做法)?)?',
  '|否(?=\\s*(?:[，。；,;！!\\n（(—–]|- |$))|(?:会|要|可能会?)被(?:罚款?|处罚|约谈|下架|封号|查处|通报)|不予(?:展示|发布|通过|上架|受理|支持|开放)?|已?砍(?:掉|了)?|(?:已|已经)?放弃了?|(?:挪|移|推|放)(?:到|至)\\s?(?:Q[1-4]|下个?季度|二期|三期|明年|下半年|后续|下一?期|下个?版本)(?:\\s?(?:二期|三期|再做|再说))?|在(?:明年|下个?季度|下半年|后续|未来|以后|二期|下一?期)的?(?:规划|计划|排期|路线图|roadmap)(?:里|中|内)|(?:已经|已)?(?:列入|纳入|放入|放进|排进|排入)(?:了)?(?:明年|下个?季度|下半年|后续|未来|二期|下一?期|下个?版本)的?(?:产品)?(?:规划|计划|排期|路线图|roadmap)(?:里|中|内)?|如(?:需|要|果要|果需要)(?:做|上线|支持|开放|引入)?(?=[，,]?\\s?(?:需)?(?:另行|单独|另外|再)(?:立项|评审|排期|申请))|暂缓|搁置|(?:被)?否决了?|(?:被)?否掉了?|(?:推迟|延后|延期)(?:到|至)?(?:下个?|下一个?|后续|二期|三期|明年|Q[1-4])?(?:版本|迭代|期|季度)?(?:再(?:做|上|排))?|取消|砍掉|去掉|移除|删除|删掉|拿掉|撤掉|撤下|下线|停用|停运|关停|隐藏|(?:全部|都|均|一律)关闭|停止(?:提供|服务|运营)|已?从(?:本|这个?|此)\\s?(?:PR|pr|版本|期|迭代|需求|次发布)\\s?(?:中|里)?(?:移除|删除|去掉|拿掉|砍掉|撤掉))',
  '(?:了|的|此功能|该功能|这个功能|这块|此项)?',
  '|',
  // English: (aux) not (be) (participle) (time or scope words), or the scope words alone.
  "(?:(?:none|neither) of (?:these|those|them|the above)(?:\\s+(?:is|are|will))?|(?:(?:is|are|was|were|will|would|shall|do|does|did|has|have)\\s+)?(?:(?:explicitly|deliberately|intentionally|purposely|consciously)\\s+)?(?:not|never|no longer)|isn['’]t|aren['’]t|won['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t)",
  '(?:\\s+(?:be|been|being|yet|currently|initially))*',
  '(?:\\s+(?:supported|offered|available|planned|included|built|provided|shipped|enabled|implemented|launched|added|allowed|accepted|permitted|listed|sold|needed|required|happening|coming|switched on|turned on|rendered|shown|displayed|in scope|part of (?:the |this )?(?:scope|release|mvp|v\\d+)|on the roadmap|on (?:our|the) licen[cs]e))?',
  '|(?:out of scope|not in scope|excluded|deferred|dropped|descoped|de-scoped|scoped out|cut|removed|postponed|shelved|scrapped|deprioriti[sz]ed|cancell?ed|declined|turned down|refused)',
  // Put off to a later date ("was punted to Q3", "pushed to next quarter"): not in this feature.
  '|(?:(?:is|are|was|were|got|gets|has been|have been)\\s+)?(?:(?:all|both)\\s+)?(?:punted|pushed(?: back| out)?|moved|deferred|postponed|parked)\\s+(?:to|until|till|into)\\s+(?:Q[1-4]|H[12]|later|a later (?:release|phase|date)|next (?:quarter|year|release|phase|sprint)|v\\d+|phase \\w+|20\\d\\d|the backlog)',
  '|(?:no|none|n/a|n)(?=\\s*(?:[.!。；;\\n（(—–]|- |$))',
  // A question after its subject ("DM 能不能顺手做了？", "私信要不要做？"): the subject is asked about, not built.
  '|(?:能不能|要不要|是否|做不做|可不可以)[^，。；？?\\n]{0,8}(?=[？?])',
  '|(?:(?:is|are|will be|stay|stays|remain|remains)\\s+)?(?:switched off|turned off|disabled)|(?:is|are|stays?|remains?)\\s+off(?!\\s+(?:the|by|to|for|line|limits)\\b)',
  '|(?:is|are|was|were|stay|stays)\\s+(?:(?:explicitly|deliberately|intentionally|clearly|firmly)\\s+)?(?:out|off the table|a no-go|not happening)(?!\\s+(?:of|now|there|in|on|for)\\b)',
].join(''), 'iy');
/** Trailing words a post-negation may end with before its clause ends ("for now", "in v1"). */
const POST_TAIL = /(?:\s*(?:for now|on purpose|by design|deliberately|at launch|at this stage|in v\d+|(?:in|for|from) (?:this|the first|the initial|the current|phase \w+|the \w+) (?:release|phase|version|iteration|mvp|cycle|epic|sprint|milestone|quarter|project|PR|ticket|story|launch|scope)|yet|either|at all|for the time being|for this iteration|pending (?:an? |the )?(?:[\w-]+ ){0,3}(?:review|approval|decision|sign-?off)|[（(][^（）()\n]{0,80}[）)]))*\s*(?=[，,。；;！!？?\n.）)：:]|、\s*(?:不|没|无|暂不|也不)|\s*(?:[\u2190-\u2bff\ufe0f]|[\ud83c-\ud83e])|[—–]|-\s|$)/iy;
/** What a post-negation's subject may hold besides the mentions: lists, "功能", time words, "are". */
const SUBJECT_FILLER = new RegExp('^(?:' + [
  '功能', '能力', '模块', '入口', '服务', '活动', '玩法', '方案', '方向', '群', '本', '正式', '(?:app|站|页面?|首页)?内', '(?:和|跟|与)[\\u4e00-\\u9fff]{1,6}对齐(?:后|之后)?', '(?:将|会)(?:于|在|从)?(?:本次|这次|本|当前|下个?|下一)?(?:版本|迭代|期|周|月)?(?:起|开始)?', '通信', '通讯', '互动', '按钮', '频道', '板块', '版块', '页面', '相关', '等等', '等', '这类', '此类', '之类', '这些', '该', '此',
  '的', '和', '与', '及', '以及', '或者', '或', '还有', '跟', '同', '用户之间', '用户间', '用户', '站内', '平台内', '平台', '我们', '自己', '产品上', '这块',
  '(?:是否|有无|有没有)(?:涉及|包含|包括|提供|支持|开放|允许|存在)?', '原有', '原', '旧版', '旧的', '遗留的?', '早期的?', '老的?', '历史', 'demo', 'legacy', 'old', '彻底', '直接', '正式', '永久', '全量', '整体', '统统', '通通', '一概', '全都', '路线图(?:里|上|中)', '(?:roadmap|Roadmap)(?:里|上|中)?', 'deferred', 'postponed', 'parked', 'descoped', 'cut', 'dropped', '已经?', '早就', '上(?:个)?(?:季度|月|周|版本?)', '去年', '之前', '本期', '一期', '二期', '首期', '首版', '本次', '这次', '此次', '本版本', '本版', '当前', '目前', '暂时', '暂', '今年', '近期', '短期内', '短期',
  '这一?期', '下一?期', '这个?版本?', '这一?版',
  '都', '均', '也', '一律', '全部', '统统', '先', '还', '尚', '任何', '所有', '一切', '之间', '互相', '相互', '类',
  '(?:正|也|就|本身)?属于(?:[\\u4e00-\\u9fff]{1,10})?', '(?:我们|我方|公司)?的?(?:证照|许可证|牌照|资质|经营许可证?|业务范围)(?:明确)?(?:不含|不包含|不包括|不覆盖|没有)(?:这块|这项|这个|这一项|该项|此项)?', '建议', '同样', 'old', 'legacy', '[a-z]{1,6}\\d{1,6}', '(?:因为?|由于)?涉及', '已经?', '(?:在|经过?)?(?:合规|法务|安全|产品|技术)?(?:评审|讨论|会上|评估|复盘)(?:时|中|后|会上)?',
  '(?:已经?)?被(?:否掉|否决|砍掉|拿掉|驳回|毙掉)了?', '(?:的)?(?:提议|建议|想法|点子)', '(?:直接)?(?:砍掉|去掉|拿掉|砍了)', '(?:已经?)?于?\\s?\\d{1,2}\\s?月(?:\\s?\\d{1,2}\\s?日)?(?:份|底|初|中)?',
  '(?:上周|本周|这周|昨天|今天|之前)?(?:的)?(?:评审|会上|讨论|复盘)?(?:后)?(?:已经?|最终|最后)?决定',
  '(?:原计划|原本计划?|本来(?:打算|计划)?|原定)(?:在)?(?:v\\d+|一期|本期|首期)?(?:要)?(?:做|上线|加|支持)?', '(?:原来|原先|之前|旧|另一份|另一个|另外一?份)?的?(?:草案|草稿|方案|设计稿|PRD|需求文档|文档)(?:里|中)?的?', '评价', '凡是?', '提案', '统一', '是', '同理', '需求', '含', '在(?:控制台|后台|配置中心|管理后台)', '(?:SDK|sdk) ?中', '(?:的)?东西', '(?:一个字|一点|一条|任何内容)', '(?:旧版本?|老版本?|之前|以前)(?:曾经)?(?:有过|有|上过)', '(?:互|直接)?(?:传|发送?|传输)', '(?:买家|卖家|作者|设计师|商家|博主|师傅|对方|他人|邻居|业主)', '(?:我们|我方|公司)?的?证(?:照)?(?:不含|不包含|不包括|不覆盖|没有)(?:这块|这项|这个|这一项|该项|此项)?', '(?:原来|原先|以前|之前)(?:那里|这里|那儿|这儿)?(?:放|展示|挂|做)?的(?:是)?', '[\\u4e00-\\u9fff]{2}行业(?:的)?',
  '(?:一直|经常|总是|都)?在?(?:要|想要|提|问|催)着?', '(?:需要|要|得有|须有)[\\u4e00-\\u9fff]{0,8}(?:许可证?|资质|牌照|备案)',
  'and', 'or', 'nor', 'neither', 'either', 'both', 'also', 'too', 'as well', 'the', 'a', 'an', 'any', 'all', 'in-app', 'user-to-user', 'between (?:the )?(?:users|attendees|members|guests|hosts|buyers|sellers|players|participants|customers|fans|creators)', 'with (?:the )?(?:hosts?|sellers?|buyers?|guests?|creators?|designers?|organi[sz]ers?)',
  'peer-to-peer', 'between (?:users|members|players|readers|customers|buyers|sellers|learners|students|fans|(?:the )?[a-z-]{3,20}s)', 'features?', 'projects?', 'initiatives?', 'plans?', 'reviews?', 'uploads?', 'attachments?', 'posts?', 'functionality', 'functions?', 'capabilit(?:y|ies)', 'support', 'modules?', 'buttons?',
  'tabs?', 'entry points?', 'templates?', 'topics?', 'reminders?', 'guides?', 'screens?', 'sections?', 'flows?', 'for now', 'at launch', 'in v\\d+', 'is', 'are', 'was', 'were', 'has been', 'have been', 'got', 'will', 'be', 'remains?', 'stays?', 'etc', 'currently',
  'still', 'yet', 'we', 'our', 'v\\d+', 'mvp', 'phase \\w+', 'this release', 'so', 'then', 'the answer is',
  'on our (?:side|end)', 'from us', 'by us', 'of ours', 'payments?', 'sales', 'quotes',
  'every', 'each', 'ideas?', 'above', 'asks?', 'requests?', 'wish(?:es)?', 'suggestions?', '(?:logged|marked|noted|recorded) as', '(?:was|were|is|are) (?:requested|asked for|proposed|suggested)(?: and)?',
  'deliberately', 'intentionally', 'explicitly', 'purposely', 'on purpose', 'simply', '刻意', '特意', '有意', '明确',
  '(?:in|for) (?:this|the first|the initial|v\\d+|the mvp|the next) (?:release|version|phase|iteration|cycle|sprint|quarter)', '(?:in|for) (?:v\\d+|the mvp|now|q[1-4])', 'this (?:quarter|sprint|cycle)',
].map((t) => t.replace(/ /g, '')).join('|') + ')*$', 'i'); // spaces gone: SUBJECT_PUNCT strips them from the gaps
const SUBJECT_PUNCT = /[\s、，,/&+·"'「」『』“”‘’()（）【】*#•\-—–：:>=＝❌✕✖✗✘🚫→⛔️]+/gu;
const CLAUSE_BREAK = /[，,：:]/;
const SENTENCE_BREAK = /[。；;！!？?\n]/;

/**
 * Marks the mentions a post-negation's subject holds as negated. The subject is the clause before
 * the cue, and before that whole clauses joined by a comma or colon, as long as each holds nothing
 * but mentions and SUBJECT_FILLER: "私信对陌生人不开放" (DMs not open to strangers: DMs exist) has
 * 对陌生人 in it and negates nothing; "支持私信，评论不开放" negates 评论 only.
 */
function applyPostNegations(text: string, original: string, out: Mention[], negs: readonly { start: number; end: number }[]): void {
  for (const n of negs) {
    POST_NEGATION.lastIndex = n.start;
    if (!POST_NEGATION.test(text)) continue;
    POST_TAIL.lastIndex = POST_NEGATION.lastIndex;
    const restated = POST_TAIL.test(text) ? null : restatedObject(text, out, POST_NEGATION.lastIndex);
    if (restated === undefined) continue;
    // The cue's clause, then whole clauses before it joined by a comma or colon, while each holds
    // nothing but the subject (the cue's own clause may be empty: "私信：不做").
    const end = n.start;
    let from = -1;
    let at = end;
    const anaphor = anaphoricClause(text, end);
    if (anaphor >= 0) {
      // "组员之间互发私信、拉群聊天、开语音房，这三样都不做": the clause the anaphor points back to.
      let k = anaphor - 1;
      while (k >= 0 && !isBreakAt(text, k)) k--;
      from = k + 1;
      // …and pure clauses before it, as for any subject ("DMs, group chat and voice rooms, none of these…").
      at = k >= 0 && CLAUSE_BREAK.test(text[k]!) ? k : -1;
    }
    for (let first = true; at >= 0; first = false) {
      let k = at - 1;
      while (k >= 0 && !isBreakAt(text, k)) k--;
      const clauseStart = k + 1;
      const shape = subjectShape(text, out, clauseStart, at);
      // A bare verdict in a clause of its own at the sentence's end ("…都属于对外提供检索服务，我们的证不含
      // 这一项，评审否决。"): the review turned down everything the sentence describes before it.
      if (first && shape === EMPTY && anaphor < 0 && k >= 0 && CLAUSE_BREAK.test(text[k]!) && BARE_VERDICT.test(text.slice(n.start, POST_NEGATION.lastIndex))
        && /^\s*(?:[。；;！!\n，,]|$)/.test(text.slice(POST_NEGATION.lastIndex, POST_NEGATION.lastIndex + 3))) {
        let s0 = k;
        while (s0 > 0 && !SENTENCE_BREAK.test(text[s0 - 1]!) && !(text[s0 - 1] === '.' && /\s/.test(text[s0] ?? ''))) s0--;
        from = s0;
        break;
      }
      if (shape === IMPURE) break;
      if (shape === SUBJECT) from = clauseStart;
      // (A dash between spaces joins two parts like a colon: "private messaging deferred - not built".)
      if (k < 0 || !(CLAUSE_BREAK.test(text[k]!) || (text[k] !== '.' && isBreakAt(text, k) && /[-—–]/.test(text[k]!)))) break;
      at = k;
    }
    if (from < 0) continue;
    // "私信 / DM：本期不做私信": the subject must name what the denial names again.
    if (restated && !someIn(out, from, end, (m) => m.target + '\u0000' + text.slice(m.start, m.end).toLowerCase() === restated)) continue;
    const negatedBy = { start: n.start, end: n.end, text: original.slice(n.start, n.end) };
    negateRange(out, from, end, negatedBy);
  }
}

/**
 * After a negation that is not at its clause's end ("本期不做私信，…"): the target and word of the one
 * mention that fills the rest of the clause (the denial naming its object again), or undefined when
 * the clause holds anything else. The subject before it ("- 私信 / DM：本期不做私信") is then denied
 * only when it names the same word ("私信：本期不做群聊" leaves 私信 alone).
 */
function restatedObject(text: string, out: Mention[], at: number): string | undefined {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '了')) k++;
  let best: Mention | undefined;
  for (let q = firstAtOrAfter(out, k); q < out.length && out[q]!.start === k; q++) {
    const m = out[q]!;
    if (m.target !== 'cue:neg' && m.target !== 'cue:surface' && (!best || m.end > best.end)) best = m;
  }
  if (!best) return undefined;
  let e = best.end;
  while (e < text.length && text[e] === ' ') e++;
  return e >= text.length || /[，,；;。.！!？?\n]/.test(text[e]!) ? best.target + '\u0000' + text.slice(best.start, best.end).toLowerCase() : undefined;
}

/** An English determiner negation ("no", "zero"), whose own scope ends at the first comma. */
const DETERMINER_NEG = /^(?:no|zero|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|drop(?:s|ped|ping)?|deprecat(?:e|es|ed|ing)|decommission(?:s|ed|ing)?)$/i;
/** A list of short items ("`POST /v1/dm/{id}`, the `dm_threads` migration and the channel"): at most five words an item, the last after and/or/nor. */
/** A second verb in the list ("removes the banner and adds DMs"): what follows it is added, not removed. */
const LIST_NEW_VERB = /(?:^|,|\band|\bor)\s+(?:adds?|added|adding|launch\w*|ships?|shipp\w+|enabl\w+|introduc\w+|lets?|allows?|supports?|builds?|creat\w+|opens?|turns? on|keeps?|brings?|replac\w+|moves?|switch\w*|makes?|gives?|starts?|rolls? out)\b/i;
const LIST_SHAPE = /^\s*(?:[^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,4}\s*,\s*)*(?:and\s+|or\s+|nor\s+)?(?:[^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,4}\s+(?:and|or|nor)\s+)?[^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,5}\s*$/i;
/** After "no X," the rest of an or-list of short nouns ("medicines or supplements", "DMs, calls or voice rooms"). */
const NO_TAIL_ITEMS = /^\s*(?:[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*,\s*)*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*,?\s+(?:or|nor)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?(?:\s+(?:for|of|to|in|on|with)\s+(?:the\s+|our\s+|their\s+|any\s+)?[A-Za-z][\w'’-]*)?\s*$/;
/** The next phrase of a run of "no …" phrases: ", no …". */
const NEXT_NO = /,\s*no\s/gi;
/** Where a sentence ends for a list: a full stop before a space, or any other sentence break. */
const LIST_END = /[。；;！!？?\n]|\.(?=\s|$)/g;

/**
 * An English "no" before a list ("No DMs, group chats or voice calls in this release"): its
 * phrase ends at the first comma, but the list's other items are negated with it when everything
 * from the cue to the sentence's end is items and SUBJECT_FILLER ("and", "or", "in this release").
 * A clause with other words ("No fees, chat with sellers directly") is not a list: left alone.
 */
function applyListNegations(text: string, original: string, out: Mention[], negs: readonly { start: number; end: number }[]): void {
  for (const n of negs) {
    if (!DETERMINER_NEG.test(text.slice(n.start, n.end))) continue;
    LIST_END.lastIndex = n.end;
    const found = LIST_END.exec(text);
    let end = found ? found.index : text.length;
    // A run of "no …" phrases ("no diet plans, no advice on diseases, medicines or supplements, no
    // consultation"): each one's list ends where the next "no" begins.
    NEXT_NO.lastIndex = n.end;
    const next = NEXT_NO.exec(text);
    if (next && next.index < end && /^no$/i.test(text.slice(n.start, n.end))) end = next.index;
    const region = text.slice(n.end, end);
    if (region.indexOf(',') < 0 && !/\s(?:and|or)\s/.test(region)) continue;
    // Pure items and filler; or, after a removal verb, a list of short items ("drops the `conversations` and `messages` tables");
    // or, after "no", a first phrase of any words and then pure items ("no advice on diseases, medicines or supplements").
    const comma = region.indexOf(',');
    const pure = subjectShape(text, out, n.end, end) === SUBJECT
      || (/^[rdc]/i.test(text.slice(n.start, n.end)) && LIST_SHAPE.test(region.replace(/`[^`\n]*`/g, 'x')) && !LIST_NEW_VERB.test(region))
      || (/^no$/i.test(text.slice(n.start, n.end)) && comma > 0 && (subjectShape(text, out, n.end + comma + 1, end) === SUBJECT || NO_TAIL_ITEMS.test(region.slice(comma + 1))));
    if (!pure) continue;
    negateRange(out, n.end, end, { start: n.start, end: n.end, text: original.slice(n.start, n.end) });
  }
}

/** A clause that only points back ("这三样都", "以上", "none of these"), and subject filler. */
const ANAPHOR = /^(?:但是?|不过|可是)?(?:都|均|也|全部|一律|本期|暂时?|目前|我们)*(?:我们|我方|公司|它|其|该(?:功能|需求|能力)|(?:(?:上周|本周|这周|昨天|今天|之前)?(?:的)?(?:评审|评估|会上|讨论|复盘)(?:后|时)?)?(?:已经?|最终|最后|经)?(?:决定|确定)|(?:(?:评审|评估|会议|会上|讨论|复盘|最终|法务|合规)(?:的)?)?(?:结论|意见)(?:是|为)?|(?:这|那|以上|上述|前述|上面)(?:[一二两三四五六七八九几]?(?:样|项|个|种|类|点|条|块))?(?:功能|能力|需求)?|[二两三四]者|(?:all|none|both|each) of (?:these|those|them|the above)|all (?:three|four)|both|these|those|the above)(?:都|均|也|全部|一律|本期|暂时?|目前|我们|are|is|will|be)*$/i;

/**
 * The start of the clause before a post-negation cue at `at` when that clause only points back
 * to the clause before it (ANAPHOR) and follows it after a comma: the offset of the break between
 * them; else -1.
 */
function anaphoricClause(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !isBreakAt(text, k)) k--;
  if (k < 0 || !CLAUSE_BREAK.test(text[k]!)) return -1;
  const clause = text.slice(k + 1, at).replace(SUBJECT_PUNCT, '');
  return ANAPHOR.test(clause) || (clause === '' && /^(?:none|neither) of /i.test(text.slice(at, at + 11))) ? k : -1;
}

/** A clause or sentence break before a post-negation's subject (a full stop only before a space). */
function isBreakAt(text: string, k: number): boolean {
  const ch = text[k]!;
  if (ch === '.') return k + 1 < text.length && /\s/.test(text[k + 1]!);
  // A dash between spaces joins two parts like a colon ("Community boards - group chat scoped out").
  // (So does a Chinese double dash, "这里统一回复一次——私信、群聊都不做".)
  if (ch === '—' && ((k > 0 && text[k - 1] === '—') || (k + 1 < text.length && text[k + 1] === '—'))) return true;
  if (ch === '-' || ch === '—' || ch === '–') return k > 0 && k + 1 < text.length && text[k - 1] === ' ' && text[k + 1] === ' ';
  // A colon between digits is a ratio or a time ("1:1 messaging", "10:00"), not a break.
  if (ch === ':' && k > 0 && k + 1 < text.length && /\d/.test(text[k - 1]!) && /\d/.test(text[k + 1]!)) return false;
  // An opening parenthesis starts an aside of its own ("v6.7 发版说明（直播延期）"): its subject starts inside.
  // So does a closing bracket of a tag before it ("3. [P1] 私信不做", "【二期】私信不做").
  return CLAUSE_BREAK.test(ch) || SENTENCE_BREAK.test(ch) || ch === '（' || ch === '(' || ch === ']' || ch === '】';
}

const IMPURE = 0;
const EMPTY = 1;
const SUBJECT = 2;

/** Whether text[from, to) is mentions and subject filler only (SUBJECT), filler only (EMPTY), or holds other words (IMPURE). */
function subjectShape(text: string, out: Mention[], from: number, to: number): number {
  // A list ("私信、晒家群、语音连麦不做"): each item is judged alone, and an item the lexicon does not
  // know, short and whole, is one more thing the negation names; an item holding a mention must be
  // pure as ever ("私信开放、语音不做" negates 语音 only).
  // Items may also be split by slashes ("私信 / sx / DM：不做").
  const list = listSeparator(text, from, to);
  if (list < to) {
    let any = false;
    // A list closed by a collective word ("拉群、给投同一项的人发消息均不做"): every item is what is
    // denied, an item holding a mention with a short qualifier too.
    const collective = COLLECTIVE_TAIL.test(text.slice(from, to));
    for (let a = from; a <= to;) {
      const b = listSeparator(text, a, to);
      const shape = subjectShapeOf(text, out, a, b);
      if (shape === SUBJECT || (collective && shape === IMPURE && b - a <= 20 && holdsMention(out, a, b))) any = true;
      else if (shape === IMPURE && !(collective && b - a <= 20) && (holdsMention(out, a, b) || !LIST_ITEM_WORDS.test(text.slice(a, b).replace(SUBJECT_PUNCT, '').replace(ITEM_TAIL, '')))) return IMPURE;
      a = b + 1;
    }
    return any ? SUBJECT : EMPTY;
  }
  return subjectShapeOf(text, out, from, to);
}

/** Whether a mention a subject is judged by (not a negation, break, surface word or decision label) lies in [from, to). */
function holdsMention(out: Mention[], from: number, to: number): boolean {
  return someIn(out, from, to, (m) => m.target !== 'cue:neg' && m.target !== 'cue:break' && m.target !== 'cue:surface' && m.target !== 'cue:decided_no');
}

/**
 * Whether a mention wholly inside [from, to) satisfies `test`. `out` is in start order (as
 * mentionsOf makes it, and the text rules keep it): only that range is read, not every mention
 * once per negation, which grew with the square of the text's length.
 */
function someIn(out: readonly Mention[], from: number, to: number, test: (m: Mention) => boolean): boolean {
  for (let q = firstAtOrAfter(out, from); q < out.length && out[q]!.start < to; q++) {
    const m = out[q]!;
    if (m.end <= to && test(m)) return true;
  }
  return false;
}

/** A list item the lexicon does not know that can still be a thing named ("晒家群"): a few letters, no more. */
const LIST_ITEM_WORDS = /^[\u4e00-\u9fffA-Za-z0-9]{1,6}$/;
/** A decision turning something down, standing as a verdict of its own ("评审否决", "驳回"). */
const BARE_VERDICT = /^(?:否决|否掉|驳回|毙掉|(?:已|已经)?被?否决了?|(?:已|已经)?被?否掉了?|(?:一律|统一|都|均|也|本期)?不做|别碰|不碰|(?:已|已经)?放弃了?)/;
/** A list's last item ending in a collective word before its negation ("…均不做", "…都不做"). */
const COLLECTIVE_TAIL = /(?:都|均|一律|全部|统统|一概)\s*$/;
/** Words a list's last item may end with before its negation ("…语音连麦都不做"). */
const ITEM_TAIL = /(?:都|也|均|一律|全部|暂时|暂|本期|这期)+$/;

/** The first list separator (、 / ／) in text[from, to), or `to`. */
function listSeparator(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x2f || c === 0xff0f) return i;
  }
  return to;
}

/** A quoted name (「和设计师私聊」, “Ping”): holding a mention, it is one item of a subject, whatever else it says. */
const QUOTED_NAME = /[「“『"]([^」”』"\n]{1,30})[」”』"]/g;

function subjectShapeOf(text: string, out: Mention[], from: number, to: number): number {
  let gaps = '';
  let pos = from;
  let any = false;
  // Quoted names holding a mention are items whole: their other words are not gaps.
  const names: [number, number][] = [];
  if (QUOTE_OPEN.test(text.slice(from, to))) {
    QUOTED_NAME.lastIndex = from;
    for (let q = QUOTED_NAME.exec(text); q && q.index < to; q = QUOTED_NAME.exec(text)) {
      const a = q.index;
      const b = a + q[0].length;
      if (b <= to && someIn(out, a + 1, b - 1, (m) => m.target !== 'cue:neg' && m.target !== 'cue:surface')) names.push([a, b]);
    }
  }
  for (let q = firstAtOrAfter(out, from); q < out.length && out[q]!.start < to; q++) {
    const m = out[q]!;
    if (m.end > to) continue;
    const name = names.find(([a, b]) => m.start > a && m.end < b);
    if (name) {
      if (name[0] > pos) gaps += ' ' + text.slice(pos, name[0]);
      if (name[1] > pos) pos = name[1];
      any = true;
      continue;
    }
    // Surface words (users, page, app) are ordinary nouns: the filler judges them, not their row.
    if (m.target === 'cue:neg' || m.target === 'cue:break' || m.target === 'cue:surface' || m.target === 'cue:decided_no') continue;
    any = true;
    if (m.start > pos) gaps += ' ' + text.slice(pos, m.start);
    if (m.end > pos) pos = m.end;
  }
  if (to > pos) gaps += ' ' + text.slice(pos, to);
  if (!SUBJECT_FILLER.test(gaps.replace(SUBJECT_PUNCT, ''))) return IMPURE;
  return any ? SUBJECT : EMPTY;
}

/** Raw matches found so far in the current scan (rawRow/rawStart/rawEnd[0 .. rawCount)). */
let rawCount = 0;

function addRaw(ri: number, start: number, end: number): void {
  if (rawCount === rawRow.length) growRaw();
  rawRow[rawCount] = ri;
  rawStart[rawCount] = start;
  rawEnd[rawCount++] = end;
}

function tryRow(c: CompiledRow, text: string, pos: number): void {
  const re = c.re;
  re.lastIndex = pos;
  if (re.test(text) && re.lastIndex > pos) addRaw(c.index, pos, re.lastIndex);
}

/**
 * Rows that could start anywhere. Trying a row at every position finds what searching for it from
 * each match on finds (a search returns the first position where the sticky regex matches, with the
 * same match), without a regex call per position; with an anchor, only the starts a bounded
 * distance before its occurrences are tried. Added by position, then row: the order trying gives.
 */
function scanAnywhere(lex: CompiledLexicon, text: string): void {
  const hits: number[] = [];
  let lowered: string | undefined;
  lex.anywhereSearch.forEach((re, o) => {
    const anchor = lex.anywhereAnchor[o];
    if (anchor) {
      const hay = anchor.lower ? (lowered ??= asciiLower(text)) : text;
      const sticky = lex.anywhere[o]!.re;
      let tried = -1;
      for (let q = anchorNext(anchor, hay, 0); q >= 0; q = anchorNext(anchor, hay, q + 1)) {
        const last = q - anchor.lo;
        for (let pos = Math.max(tried + 1, q - anchor.hi, 0); pos <= last; pos++) {
          sticky.lastIndex = pos;
          if (sticky.test(text) && sticky.lastIndex > pos) hits.push(pos, o, sticky.lastIndex);
        }
        if (last > tried) tried = last;
      }
      return;
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length > 0) hits.push(m.index, o, m.index + m[0].length);
      re.lastIndex = m.index + 1;
    }
  });
  const order = Array.from({ length: hits.length / 3 }, (_, k) => k * 3).sort((a, b) => hits[a]! - hits[b]! || hits[a + 1]! - hits[b + 1]!);
  for (const k of order) addRaw(lex.anywhere[hits[k + 1]!]!.index, hits[k]!, hits[k + 2]!);
}

// What a code unit is to the scan (CompiledLexicon.classes), bits of one byte.
/** Some automaton prefix holds it (ASCII letters in either case). */
const C_PREFIX = 1;
/** Some lead bucket starts with it. */
const C_LEAD = 2;
/** …and all that bucket's rows need a word start. */
const C_WORD_LEAD = 4;
/** 。！？；!?; or a line feed: a sentence ends after it. */
const C_BREAK = 8;
/** '.': a sentence ends after it when white space follows. */
const C_DOT = 16;
/** The character table being applied maps it (see scanFieldNormalised). */
const C_MAPPED = 32;
/** A list item's number (①, ⑴, ⒈, ❶, ➀, ➊): a sentence starts at it. */
const C_ITEM = 64;

/** `lex.classes` with C_MAPPED for what `table` maps (made once per lexicon and table). */
function classesOf(lex: CompiledLexicon, table: CharTable | null): Uint8Array {
  if (!table) return lex.classes;
  let classes = lex.classesFor.get(table);
  if (!classes) {
    classes = lex.classes.slice();
    for (let c = 0; c < 65536; c++) if (table[c]) classes[c]! |= C_MAPPED;
    lex.classesFor.set(table, classes);
  }
  return classes;
}

/**
 * Aho–Corasick pass over the text, ASCII lower-cased on the fly: each literal prefix found is a
 * candidate. A row whose prefixes all have one length is hit at most once per start; only rows
 * with prefixes of several lengths need remembering where they were hit. The rows without a
 * literal prefix are tried in the same pass, at their lead characters (see `tryBucket`). Matches
 * are added in no particular order (`orderRaw` sorts them; which of two matches of the same span
 * comes first changes nothing downstream).
 */
function scanAutomaton(lex: CompiledLexicon, text: string, u: Uint16Array, classes: Uint8Array): boolean {
  const n = text.length;
  const flags = lex.flags;
  const automaton = lex.automaton;
  const { root, outStart, outLen, outRow, outCheck, checks, memo } = automaton;
  const { leadOf, buckets, anchorGroupOf } = lex;
  const rowCount = lex.rows.length;
  let state = 0;
  let c = 0;
  sentenceCount = 1; // sentenceAt[0] is 0
  pendingCount = 0;
  hitCount = 0;
  for (let i = 0; i < n; i++) {
    const prev = c;
    c = u[i]!;
    // What the character is to the scan, in one look-up (see `classesOf`): most are in some
    // prefix and nothing else.
    const k = classes[c]!;
    if (k !== C_PREFIX) {
      if (k === 0) {
        state = 0;
        continue;
      }
      // A character the normalisation maps: this is not the text to scan (see scanFieldNormalised).
      if (k & C_MAPPED) return false;
      // Sentence starts (as `sentenceStartsOf` finds them, for `mentionsOf`), read here rather than
      // in a pass of their own: after 。！？；!?; or a line break, or a full stop before white space.
      if (k & (C_BREAK | C_DOT) && i + 1 < n && (k & C_BREAK || isBreakSpace(u[i + 1]!))) addSentence(i + 1);
      else if (k & C_ITEM && i > 0 && sentenceAt[sentenceCount - 1] !== i) addSentence(i);
      // Rows without a literal prefix, tried where one of their first characters stands (in this
      // pass rather than one of their own: each pass over the text costs tens of instructions a
      // character). English lead letters are met inside words far more often than at their
      // starts: the word-start test is made here, on the character already read, before any call.
      if (k & C_LEAD && (!(k & C_WORD_LEAD) || !isAsciiAlnum(prev))) tryBucket(buckets[leadOf[c]! - 1]!, text, i, u, prev);
      if (!(k & C_PREFIX)) {
        state = 0;
        continue;
      }
    }
    // The code unit as the prefixes have it: ASCII letters lower-cased.
    const ch = c >= 65 && c <= 90 ? c + 32 : c;
    // The next state, tagged: whether it has outputs comes with it.
    let next: number;
    if (state === 0) next = root[ch]!;
    else {
      // (One array of (state, code unit, next) entries: a hit reads one cache line, not one in each
      // of several arrays. The automaton's tables are larger than the fastest caches, and in the
      // middle of an evaluation they are mostly not in them.)
      const h = ((Math.imul(state, 0x9e3779b1) ^ Math.imul(ch, 0x85ebca77)) >>> (32 - MEMO_BITS)) << 2;
      if (memo[h] === state && memo[h + 1] === ch) next = memo[h + 2]!;
      else {
        next = tagged(automaton, advance(automaton, state, ch));
        memo[h] = state;
        memo[h + 1] = ch;
        memo[h + 2] = next;
      }
    }
    state = next >> 1;
    // Most states have no outputs.
    if ((next & 1) === 0) continue;
    const oEnd = outStart[state + 1]!;
    for (let k = outStart[state]!; k < oEnd; k++) {
      const ri = outRow[k]!;
      const f = flags[ri]!;
      if (f & F_ANCHOR) {
        // Where an anchor group's literal ends, recorded in one flat list (see settlePending).
        if (hitCount === hitGroup.length) {
          hitGroup = doubled(hitGroup);
          hitEnd = doubled(hitEnd);
        }
        hitGroup[hitCount] = ri - rowCount;
        hitEnd[hitCount++] = i;
        continue;
      }
      const start = i - outLen[k]! + 1;
      if (f & F_WORD_START && start > 0 && isAsciiAlnum(u[start - 1]!)) continue;
      if (f & F_LITERAL) {
        // The automaton's hit is the match: check the word boundary at the end, keep the longest.
        const end = i + 1;
        if (f & F_WORD_END && end < n && isAsciiAlnum(u[end]!)) continue;
        if (f & F_MULTI) {
          const prev = seenBefore(ri, start, rawCount);
          if (prev >= 0) {
            if (rawEnd[prev]! < end) rawEnd[prev] = end;
            continue;
          }
        }
        addRaw(ri, start, end);
        continue;
      }
      if (f & F_MULTI) {
        if (seenBefore(ri, start, 0) >= 0) continue;
      }
      let check = outCheck[k]!;
      if (check === -2) check = checkOf(lex, k);
      if (check >= 0 && !startsLikeAt(checks[check]!, u, n, i + 1)) continue;
      if (anchorGroupOf[ri]! >= 0) {
        // Its second literal is still ahead: decided once the pass is past where it may end.
        pend(ri, start);
        continue;
      }
      tryRow(lex.rows[ri]!, text, start);
    }
  }
  lateFrom = rawCount;
  if (pendingCount) settlePending(lex, text);
  return true;
}

/**
 * Prefix hits of anchored rows waiting for the pass to end (row index, start), in the order met:
 * their matches are added after the pass's own (from `lateFrom` on), and `orderRaw` merges the two runs.
 */
let pendingRow = new Int32Array(256);
let pendingStart = new Int32Array(256);
let pendingCount = 0;

/** Puts off trying row `ri` at `start` until the pass's end (see settlePending). */
function pend(ri: number, start: number): void {
  if (pendingCount === pendingRow.length) {
    pendingRow = doubled(pendingRow);
    pendingStart = doubled(pendingStart);
  }
  pendingRow[pendingCount] = ri;
  pendingStart[pendingCount++] = start;
}

/** Anchor literals met in the current scan: (group, index of the literal's last character), in text order. */
let hitGroup = new Int32Array(1024);
let hitEnd = new Int32Array(1024);
let hitCount = 0;
/** Scratch for settlePending: the hits' ends grouped by anchor group (a counting sort), and where each group's run begins. */
let groupedEnd = new Int32Array(1024);
let groupFrom = new Int32Array(1024);

/** Runs the regex of each pending hit where one of its anchor's literals ended inside the anchor's window. */
function settlePending(lex: CompiledLexicon, text: string): void {
  // The hits by group, each group's in text order (so its ends are sorted): a counting sort.
  const groups = lex.anchorGroups;
  if (groupFrom.length < groups + 1) groupFrom = new Int32Array(groups + 1);
  if (groupedEnd.length < hitCount) groupedEnd = new Int32Array(hitGroup.length);
  const from = groupFrom;
  from.fill(0, 0, groups + 1);
  for (let h = 0; h < hitCount; h++) from[hitGroup[h]! + 1]!++;
  for (let g = 1; g <= groups; g++) from[g]! += from[g - 1]!;
  for (let h = 0; h < hitCount; h++) groupedEnd[from[hitGroup[h]!]!++] = hitEnd[h]!;
  // (Each group's run now ends where the next begins: from[g] is the end of group g's run, from[g - 1] its start.)
  for (let p = 0; p < pendingCount; p++) {
    const ri = pendingRow[p]!;
    const start = pendingStart[p]!;
    const g = lex.anchorGroupOf[ri]!;
    let a = g > 0 ? from[g - 1]! : 0;
    const runEnd = from[g]!;
    if (a === runEnd) continue;
    const lo = start + lex.anchorLoEnd[ri]!;
    const hi = start + lex.anchorHiEnd[ri]!;
    // The first end at or after lo.
    let b = runEnd;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (groupedEnd[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    if (a < runEnd && groupedEnd[a]! <= hi) tryRow(lex.rows[ri]!, text, start);
  }
  pendingCount = 0;
}

/** `prev`: the code unit before pos (0 at the start). */
function tryBucket(bucket: Bucket, text: string, pos: number, u: Uint16Array, prev: number): void {
  const afterWord = isAsciiAlnum(prev);
  if (afterWord && bucket.wordStartOnly) return;
  const starts = bucket.starts === undefined ? bucketStarts(bucket) : bucket.starts;
  if (starts && !startsLikeAt(starts, u, text.length, pos + 1)) return;
  if (bucket.anchored) {
    for (const c of bucket.rows) {
      if (c.wordStart && afterWord) continue;
      pend(c.index, pos);
    }
    return;
  }
  bucket.filter.lastIndex = pos;
  if (!bucket.filter.test(text)) return;
  for (const c of bucket.rows) {
    if (c.wordStart && afterWord) continue;
    tryRow(c, text, pos);
  }
}

/**
 * Containment suppression over the ordered raw matches: a match strictly inside a longer literal
 * match is hidden; a negation inside any longer match is hidden. Matches are bounded in length,
 * so the window is short. The kept ones, in start order (longer first).
 */
function uncontained(flags: Uint16Array, count: number): number {
  const order = rawOrder;
  if (rawKept.length < count) rawKept = new Int32Array(rawOrder.length);
  const kept = rawKept;
  let keptCount = 0;
  let maxLen = 0;
  for (let k = 0; k < count; k++) if (rawEnd[k]! - rawStart[k]! > maxLen) maxLen = rawEnd[k]! - rawStart[k]!;
  /** The furthest end of the matches before the current one in the order. */
  let endsBefore = -1;
  for (let i = 0; i < count; i++) {
    const r = order[i]!;
    const rStart = rawStart[r]!;
    const rEnd = rawEnd[r]!;
    const len = rEnd - rStart;
    const rf = flags[rawRow[r]!]!;
    // Only matches before this one in the order can contain it (those after start later, or at the
    // same place and no longer), and only those starting at most 64 before it and late enough to reach its end.
    const bound = Math.max(rStart - 64, rEnd - maxLen);
    let hidden = false;
    // A container reaches at least this one's end: when nothing before it does, no look back.
    if (endsBefore >= rEnd) for (let j = i - 1; j >= 0; j--) {
      const s = order[j]!;
      const sStart = rawStart[s]!;
      if (sStart < bound) break;
      const sEnd = rawEnd[s]!;
      if (sEnd < rEnd || sEnd - sStart <= len) continue;
      const sf = flags[rawRow[s]!]!;
      if (rf & F_NEG && !(sf & F_NEG)) { hidden = true; break; }
      // A literal term hides what it contains; a literal cue hides only other cues.
      if (!(sf & F_WIDE) && (!(sf & F_CUE) || rf & F_CUE)) { hidden = true; break; }
    }
    if (!hidden) kept[keptCount++] = r;
    if (rEnd > endsBefore) endsBefore = rEnd;
  }
  return keptCount;
}

/** The kept negation cues with their scopes (kept is in start order, so contrast words come out sorted). */
function negationsOf(lex: CompiledLexicon, text: string, keptCount: number): Negation[] {
  const kept = rawKept;
  const flags = lex.flags;
  const breaks: number[] = [];
  const negKept: number[] = [];
  for (let q = 0; q < keptCount; q++) {
    const r = kept[q]!;
    const f = flags[rawRow[r]!]!;
    if (f & F_BREAK) breaks.push(rawStart[r]!);
    if (f & F_NEG) negKept.push(r);
  }
  const negs: Negation[] = [];
  if (!negKept.length) return negs;
  // Parentheses still open at each cue's end, for all cues in one pass (see closingParenAfter).
  const closes = closingParensAfter(text, negKept.map((r) => rawEnd[r]!));
  for (let q = 0; q < negKept.length; q++) {
    const r = negKept[q]!;
    const row = lex.rows[rawRow[r]!]!.row;
    const start = rawStart[r]!;
    const end = rawEnd[r]!;
    const scope = row.scope ?? 'clause';
    let scopeEnd = scopeEndIgnoringParens(text, { start, end, scope });
    if (closes[q]! >= 0 && closes[q]! < scopeEnd) scopeEnd = closes[q]!;
    // The first contrast word at or after the cue's end, if it comes before that.
    let bl = 0;
    let bh = breaks.length;
    while (bl < bh) {
      const mid = (bl + bh) >> 1;
      if (breaks[mid]! < end) bl = mid + 1;
      else bh = mid;
    }
    // (A `sentence` scope runs on over contrasts that do not turn to us: see negationScopeEnd.)
    if (scope === 'sentence') while (bl < breaks.length && breaks[bl]! < scopeEnd && !turnsToUs(text, breaks[bl]!)) bl++;
    if (bl < breaks.length && breaks[bl]! < scopeEnd) scopeEnd = breaks[bl]!;
    const heading = scopeEnd > end && /[：:]/.test(text.slice(end, Math.min(end + 14, scopeEnd)));
    negs.push({ start, end, scope, scopeEnd, heading, reach: PHRASE_REACH[row.lang], chainEnd: -1, by: undefined });
  }
  return negs;
}

/**
 * The tail of a negated list before its last item: "no third-party analyst commentary or financial news",
 * "neither A nor B". At most two words between the "or" and the item, no punctuation: "no login or
 * password needed for news" does not negate "news".
 */
const OR_LINK = /^[\s\w'-]*\b(?:or|nor)\s+(?:[\w'-]+\s+){0,2}$/i;

/** Whether a `phrase` negation reaches a mention past its reach as the last item of an "or" list (from the cue or the item it last negated). */
function orChained(text: string, a: Negation, start: number): boolean {
  return orChainReaches(text, a.chainEnd >= 0 ? a.chainEnd : a.end, a.reach, start);
}

/** Whether a `phrase` negation whose cue or last negated item ends at `from` reaches `start` as an "or" list's last item. */
export function orChainReaches(text: string, from: number, reach: number, start: number): boolean {
  return start - from <= 2 * reach && OR_LINK.test(text.slice(from, start));
}

/** The mentions of the kept matches: negation applied, sentence indexed, in (start, end, row id) order. */
function mentionsOf(lex: CompiledLexicon, field: 'title' | 'description', text: string, original: string, keptCount: number, negs: Negation[]): Mention[] {
  const kept = rawKept;
  const flags = lex.flags;
  // The sentence starts the automaton's pass found (see scanAutomaton).
  const starts = sentenceAt;
  const sentences = sentenceCount;
  const out: Mention[] = [];
  // Negations whose cue ends before the current mention and whose scope may still reach it.
  const active: Negation[] = [];
  let ni = 0;
  let sentence = 0;
  let lastStart = -1;
  let lastEnd = -1;
  let lastText = '';
  for (let q = 0; q < keptCount; q++) {
    const r = kept[q]!;
    const row = lex.rows[rawRow[r]!]!.row;
    const f = flags[rawRow[r]!]!;
    const start = rawStart[r]!;
    const end = rawEnd[r]!;
    const target = row.target;
    while (ni < negs.length && negs[ni]!.end <= start) active.push(negs[ni++]!);
    if (active.length) {
      let w = 0;
      for (const a of active) if (a.scopeEnd > start) active[w++] = a;
      active.length = w;
    }
    let negatedBy: Mention['negatedBy'];
    if (!(f & (F_NEG | F_BREAK | F_SELF_NEGATED)) && active.length) {
      // The last cue that reaches it; its record is made once per cue, not once per cue and mention.
      let by: Negation | undefined;
      for (const a of active) {
        if (a.scope === 'phrase' && !a.heading && start - a.end > a.reach && !orChained(text, a, start)) continue;
        by = a;
      }
      // A licensed party's part stated under a Non-goals heading ("The basemap comes from 高德, a
      // licensed provider") says who does it, not that it is not done: the heading does not negate it.
      if (by && f & F_LICENSED && text.lastIndexOf('\n', start) >= by.end) by = undefined;
      if (by) by.chainEnd = end;
      if (by) negatedBy = by.by ??= { start: by.start, end: by.end, text: original.slice(by.start, by.end) };
    }
    while (sentence + 1 < sentences && starts[sentence + 1]! <= start) sentence++;
    // Kept is by start, longer first: a span several rows match ("用户") comes in a row, and its
    // mentions share one text.
    if (start !== lastStart || end !== lastEnd) {
      lastText = original.slice(start, end);
      lastStart = start;
      lastEnd = end;
    }
    // One shape for every mention (negatedBy undefined when not negated): V8 then compiles the
    // code reading mentions for one shape instead of discarding it as the other turns up.
    out.push({
      field, start, end, text: lastText, row, target,
      negated: negatedBy !== undefined, sentence, negatedBy,
    });
  }
  // Kept is by start, longer first: put mentions with the same start shorter first, then by row id
  // (what a stable sort of the whole list by (start, end, row id) gives), by insertion in each start.
  for (let i = 0; i < out.length;) {
    let j = i + 1;
    while (j < out.length && out[j]!.start === out[i]!.start) j++;
    for (let a = i + 1; a < j; a++) {
      const m = out[a]!;
      let b = a;
      for (; b > i; b--) {
        const p = out[b - 1]!;
        if (p.end < m.end || (p.end === m.end && !(m.row.id < p.row.id))) break;
        out[b] = p;
      }
      out[b] = m;
    }
    i = j;
  }
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

/**
 * The offset of the first character the table replaces, or -1. (A loop of its own: inside
 * normaliseChars, V8 compiled it on the fly mid-loop and threw the code away at the test after
 * the loop, on every call.)
 */
function firstMapped(table: CharTable, u: Uint16Array, n: number): number {
  const bits = mappedBits(table);
  for (let i = 0; i < n; i++) {
    const c = u[i]!;
    if (bits[c >>> 5]! & (1 << (c & 31))) return i;
  }
  return -1;
}

/** Per character table, the bit set `firstMapped` reads (made once per table; tables are not changed after `charTable`). */
const MAPPED_BITS = new WeakMap<CharTable, Int32Array>();

/**
 * A bit per code unit the table maps (8 KB, where the table is 128 KB: every character is tested,
 * and a CJK character lands on a cache line of its own).
 */
function mappedBits(table: CharTable): Int32Array {
  let bits = MAPPED_BITS.get(table);
  if (!bits) {
    bits = new Int32Array(2048);
    for (let c = 0; c < 65536; c++) if (table[c]) bits[c >>> 5]! |= 1 << (c & 31);
    MAPPED_BITS.set(table, bits);
  }
  return bits;
}

/** The text with every character of the table replaced; same length, so every offset is kept. */
export function normaliseChars(table: CharTable, text: string): string {
  // (The code units are read from the scan's scratch array, like the scan's own passes.)
  const u = loadUnits(text);
  const n = text.length;
  let i = firstMapped(table, u, n);
  if (i < 0) return text;
  const parts: string[] = [text.slice(0, i)];
  let last = i;
  for (; i < n; i++) {
    const m = table[u[i]!]!;
    if (m) {
      if (last < i) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(m));
      last = i + 1;
    }
  }
  if (last < n) parts.push(text.slice(last));
  return parts.join('');
}
