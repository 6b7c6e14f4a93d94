import { normaliseChars, scanFieldNormalised, type CharTable, type CompiledLexicon, type Mention } from './matcher.js';

/**
 * Chinese written with spaces between its words ("运营 同学 每天 搬运 交通 事故、社会 事件", common in
 * notes that mix in English) is read as if the spaces were not there: the lexicon's rows are written
 * for Chinese as it is usually written, without them. Only spaces with a Han character on both sides
 * are passed over ("按 10 篇" and "App 里" keep theirs); evidence still quotes the text as written,
 * its offsets those of the original.
 */

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** A text with its spaces between Han characters removed, and where each of its code units came from. */
export interface Compacted {
  text: string;
  /** `from[i]`: the offset in the original of the compacted text's code unit i; `from[length]` = the original's length. */
  from: Int32Array;
}

/**
 * The runs of spaces (U+0020, U+3000) with a Han character on both sides, as [start, end) pairs;
 * empty when there are none (the usual case: found with indexOf, no pass over every character).
 * Where spaces are many (English words between the Chinese), an indexOf call per space cost more
 * than one pass of HAN_SPACE over the text (~550k instructions for a mixed 20 KB text, ~180k): after
 * SPACES_BY_INDEXOF spaces less than SPACE_GAP characters apart on average, the regex finds the runs
 * instead (Chinese prose, a space every few hundred characters, keeps the walk: ~8 instructions a
 * character for the regex).
 */
export function hanSpaceRuns(text: string): number[] {
  const runs: number[] = [];
  let spaces = 0;
  for (const sp of [' ', '\u3000']) {
    let i = text.indexOf(sp, 1);
    while (i > 0) {
      if (++spaces > SPACES_BY_INDEXOF && spaces * SPACE_GAP > i) return hanSpaceRunsByRegex(text);
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000)) j++;
      if (j < text.length && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(j))) runs.push(i, j);
      i = text.indexOf(sp, j);
    }
  }
  if (runs.length > 2) {
    // The two kinds of space were collected one after the other: order the pairs, merging overlaps.
    const pairs: [number, number][] = [];
    for (let k = 0; k < runs.length; k += 2) pairs.push([runs[k]!, runs[k + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    runs.length = 0;
    for (const [s, e] of pairs) {
      if (runs.length && s < runs[runs.length - 1]!) runs[runs.length - 1] = Math.max(runs[runs.length - 1]!, e);
      else runs.push(s, e);
    }
  }
  return runs;
}

const SPACES_BY_INDEXOF = 16;
const SPACE_GAP = 48;

/**
 * A Han character, a run of spaces (the whole run: the look-ahead fails on a space), a Han character
 * after it. Each run with a Han character on both sides is matched once, from the character before
 * it, in text order; runs do not overlap. The same pairs as the indexOf walk above gives.
 */
const HAN_SPACE = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff][ \u3000]+(?=[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff])/g;

function hanSpaceRunsByRegex(text: string): number[] {
  const runs: number[] = [];
  HAN_SPACE.lastIndex = 0;
  for (let m = HAN_SPACE.exec(text); m !== null; m = HAN_SPACE.exec(text)) runs.push(m.index + 1, m.index + m[0].length);
  return runs;
}

/** `text` without the given runs, and where each remaining code unit came from. */
export function compact(text: string, runs: readonly number[]): Compacted {
  let removed = 0;
  for (let k = 0; k < runs.length; k += 2) removed += runs[k + 1]! - runs[k]!;
  const from = new Int32Array(text.length - removed + 1);
  let out = '';
  let at = 0;
  let n = 0;
  for (let k = 0; k <= runs.length; k += 2) {
    const end = k < runs.length ? runs[k]! : text.length;
    out += text.slice(at, end);
    for (let i = at; i < end; i++) from[n++] = i;
    if (k < runs.length) at = runs[k + 1]!;
  }
  from[n] = text.length;
  return { text: out, from };
}

/** A [start, end) range of the compacted text as a range of the original. */
function mapRange(from: Int32Array, start: number, end: number): [number, number] {
  return end > start ? [from[start]!, from[end - 1]! + 1] : [from[start]!, from[start]!];
}

/**
 * `scanFieldNormalised` over a field whose Chinese words may be separated by spaces: the scan reads
 * the text without them, and every mention is given back with the original's offsets and words.
 * Returns the field with traditional characters normalised (1:1 with `original`, spaces kept) and
 * the mentions.
 */
export function scanFieldSpaced(lex: CompiledLexicon, table: CharTable, field: 'title' | 'description', original: string): [string, Mention[]] {
  const runs = hanSpaceRuns(original);
  if (!runs.length) return scanFieldNormalised(lex, table, field, original);
  const c = compact(original, runs);
  const [, mentions] = scanFieldNormalised(lex, table, field, c.text);
  for (const m of mentions) {
    [m.start, m.end] = mapRange(c.from, m.start, m.end);
    m.text = original.slice(m.start, m.end);
    if (m.negatedBy) {
      const [s, e] = mapRange(c.from, m.negatedBy.start, m.negatedBy.end);
      m.negatedBy = { start: s, end: e, text: original.slice(s, e) };
    }
  }
  return [normaliseChars(table, original), mentions];
}
