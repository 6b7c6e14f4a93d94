/**
 * The matcher's speed-ups must not change what it finds. Behavioural, not timed: the optimised
 * scan (automaton tables, lead dispatch, start checks before regexes, reused scratch arrays, packed
 * sort keys) is compared with a naive reference that tries every row at every position, on random
 * texts built from the lexicon's own words; the start checks are checked sound against every match.
 */
import { describe, expect, test } from 'vitest';
import { compileRuleset, sortEvidence } from '../../src/engine/index.js';
import type { Evidence } from '../../src/engine/types.js';
import {
  anchorOf, applyTextRules, asciiLower, orChainReaches, SELF_NEGATED_TARGETS, bucketStarts, compileLexicon, loadUnits, rowStarts, fullLiterals, expandedLiterals, negationScopeEnd, scanField, sentenceStarts, startsLike, startsOf, type CompiledLexicon, type Mention,
} from '../../src/engine/matcher.js';
import type { LexiconRow } from '../../src/engine/ruleset.js';
import { defaultRuleset } from './helpers.js';

const lex = compileRuleset(defaultRuleset).lexicon;

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());

/**
 * A random string a pattern (probably) matches: one alternative of each group, optional parts in or
 * out, a member of each class, a few repeats; lookarounds are left out.
 */
function sample(src: string, r: (n: number) => number): string {
  let i = 0;
  const alternatives = (): string[] => {
    const alts: string[] = [];
    let cur = '';
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') { alts.push(cur); cur = ''; i++; continue; }
      let atom: () => string;
      const ch = src[i]!;
      if (ch === '(') {
        const look = /^\(\?<?[=!]/.test(src.slice(i, i + 4));
        i += src.startsWith('(?:', i) ? 3 : look ? (src[i + 2] === '<' ? 4 : 3) : 1;
        const inner = alternatives();
        i++; // ')'
        atom = () => (look ? '' : inner[r(inner.length)]!);
      } else if (ch === '[') {
        let j = i + 1;
        const negated = src[j] === '^';
        if (negated) j++;
        const members: string[] = [];
        while (j < src.length && src[j] !== ']') {
          if (src[j] === '\\') { members.push(src[j + 1] === 'd' ? '5' : src[j + 1] === 's' ? ' ' : src[j + 1] === 'w' ? 'k' : src[j + 1]!); j += 2; continue; }
          if (src[j + 1] === '-' && src[j + 2] !== ']' && j + 2 < src.length) { members.push(String.fromCharCode(src.charCodeAt(j) + r(src.charCodeAt(j + 2) - src.charCodeAt(j) + 1))); j += 3; continue; }
          members.push(src[j]!);
          j++;
        }
        i = j + 1;
        atom = () => (negated ? '的' : members[r(members.length)] ?? '');
      } else if (ch === '\\') {
        const e = src[i + 1]!;
        i += 2;
        atom = () => (e === 'd' ? String(r(10)) : e === 's' ? ' ' : e === 'w' ? 'q' : e === 'b' || e === 'B' ? '' : e);
      } else {
        i++;
        atom = () => (ch === '.' ? '的' : ch === '^' || ch === '$' ? '' : ch);
      }
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?' || q === '*' || q === '+') { min = q === '+' ? 1 : 0; max = q === '?' ? 1 : 3; i++; }
      else if (q === '{') {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i))!;
        min = Number(m[1]);
        max = m[2] ? Math.min(m[3] ? Number(m[3]) : min + 2, min + 2) : min;
        i += m[0].length;
      }
      if (src[i] === '?') i++;
      const n = min + r(max - min + 1);
      for (let k = 0; k < n; k++) cur += atom();
    }
    alts.push(cur);
    return alts;
  };
  const alts = alternatives();
  return alts[r(alts.length)]!;
}

/** Words of the lexicon (random strings of its patterns), punctuation, negations, contrast words, noise. */
const WORDS_RNG = rng(1);
const WORDS = [
  ...defaultRuleset.lexicon.flatMap((row) => [sample(row.pattern, WORDS_RNG), sample(row.pattern, WORDS_RNG)]).filter((w) => w.length > 0),
  '不', '没有', '非', 'no ', 'not ', 'without ', '但', 'but ', 'however ', '，', ',', '、', '。', '. ', '.', '!', '？', '；', ';', '\n', '\n- ', '\n1. ',
  '：', ': ', '（', '）', '(', ')', ' ', ' ', ' ', 'the ', 'a ', 'an ', 'and ', 'users ', '用户', '之间', '可以', 'x', '7', '2027 年 3 月', 'é', '🏠',
];

function randomText(r: (n: number) => number, pieces: number): string {
  let s = '';
  for (let j = 0; j < pieces; j++) {
    let w = WORDS[r(WORDS.length)]!;
    if (r(4) === 0) w = asciiUpper(w);
    s += w;
    if (r(3) === 0) s += ' ';
  }
  return s;
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The scan as the matcher documents it, done the slow way: every regex row tried at every position;
 * a fully literal row matched by its literal strings (ASCII case-insensitive, word boundaries where
 * its pattern has them, the longest at a start); then containment and negation as documented.
 */
function naiveScan(l: CompiledLexicon, text: string): Mention[] {
  const raw: { c: CompiledLexicon['rows'][number]; start: number; end: number }[] = [];
  const lowered = asciiLower(text);
  for (const c of l.rows) {
    // (A row literal only with its optional parts read both ways, see expandedLiterals, is tried as
    // a regex here: the scan's longest automaton hit must be what the regex finds.)
    const literals = c.literal ? fullLiterals(c.row.pattern) : null;
    if (literals) {
      const longest = new Map<number, number>();
      for (const lit of literals) {
        for (let at = lowered.indexOf(lit); at >= 0; at = lowered.indexOf(lit, at + 1)) {
          const end = at + lit.length;
          if (c.wordStart && at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) continue;
          if (c.wordEnd && end < text.length && isAsciiAlnum(text.charCodeAt(end))) continue;
          if ((longest.get(at) ?? 0) < end) longest.set(at, end);
        }
      }
      for (const [start, end] of longest) raw.push({ c, start, end });
      continue;
    }
    // Every position where the row matches (a lookahead finds them all, overlapping ones included).
    const at = new RegExp(`(?=${c.re.source})`, 'gi');
    const re = new RegExp(c.re.source, 'iy');
    for (let m = at.exec(text); m !== null; m = at.exec(text)) {
      const pos = m.index;
      at.lastIndex = pos + 1;
      re.lastIndex = pos;
      if (re.test(text) && re.lastIndex > pos) raw.push({ c, start: pos, end: re.lastIndex });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = raw.filter((r) => {
    const isNeg = r.c.row.target === 'cue:neg';
    return !raw.some((s) => {
      if (s === r || s.start > r.start || s.start < r.start - 64 || s.end < r.end || s.end - s.start <= r.end - r.start) return false;
      if (isNeg && s.c.row.target !== 'cue:neg') return true;
      return !s.c.wide && (!s.c.row.target.startsWith('cue:') || r.c.row.target.startsWith('cue:'));
    });
  });
  const starts = sentenceStarts(text);
  const breaks = kept.filter((r) => r.c.row.target === 'cue:break').map((r) => r.start).sort((a, b) => a - b);
  const negs = kept.filter((r) => r.c.row.target === 'cue:neg').map((r) => {
    const scope = r.c.row.scope ?? 'clause';
    // (The cue's start too: a question cue followed by a colon is no heading.)
    const scopeEnd = negationScopeEnd(text, { start: r.start, end: r.end, scope }, breaks);
    const heading = scopeEnd > r.end && /[：:]/.test(text.slice(r.end, Math.min(r.end + 14, scopeEnd)));
    return { ...r, scope, scopeEnd, heading, reach: r.c.row.lang === 'zh' ? 3 : 24, chainEnd: -1 };
  });
  const mentions = kept.map((r) => {
    const t = r.c.row.target;
    let negatedBy: Mention['negatedBy'];
    if (t !== 'cue:neg' && t !== 'cue:break' && !SELF_NEGATED_TARGETS.has(t)) {
      let by: (typeof negs)[number] | undefined;
      for (const n of negs) {
        if (n.end > r.start || n.scopeEnd <= r.start) continue;
        // (The last item of an "or" list after a phrase negation is reached too: "no A, B or C".)
        if (n.scope === 'phrase' && !n.heading && r.start - n.end > n.reach && !orChainReaches(text, n.chainEnd >= 0 ? n.chainEnd : n.end, n.reach, r.start)) continue;
        by = n;
      }
      if (by) {
        by.chainEnd = r.end;
        negatedBy = { start: by.start, end: by.end, text: text.slice(by.start, by.end) };
      }
    }
    let sentence = 0;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= r.start) sentence++;
    const m: Mention = { field: 'description', start: r.start, end: r.end, text: text.slice(r.start, r.end), row: r.c.row, target: t, negated: !!negatedBy, sentence };
    if (negatedBy) m.negatedBy = negatedBy;
    return m;
  }).sort((a, b) => a.start - b.start || a.end - b.end || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  // Post-negations and quoted examples read the mentions around them, the same in both scans.
  applyTextRules(text, text, mentions, negs);
  return mentions;
}

const view = (ms: Mention[]) => ms.map((m) => [m.start, m.end, m.text, m.row.id, m.negated, m.negatedBy?.start ?? null, m.sentence]);

/** `count` random texts of 1..maxPieces pieces from `bits` (seeded): each scanned as the naive scan does. */
function expectAsNaiveOn(l: CompiledLexicon, bits: string[], seed: number, count: number, maxPieces: number): (n: number) => number {
  const r = rng(seed);
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let j = 0, n = 1 + r(maxPieces); j < n; j++) text += bits[r(bits.length)];
    expect(view(scanField(l, 'description', text)), JSON.stringify(text)).toEqual(view(naiveScan(l, text)));
  }
  return r;
}

describe('the optimised scan finds what the naive one does', () => {
  test('random texts from the lexicon\'s own words', () => {
    const r = rng(20240611);
    // Every word at least once, in long texts (thousands of raw matches: the scratch arrays grow),
    // and many short ones.
    const words = [...WORDS];
    for (let i = words.length - 1; i > 0; i--) {
      const j = r(i + 1);
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
    const texts: string[] = [];
    for (let k = 0; k < words.length; k += 600) {
      texts.push(words.slice(k, k + 600).map((w) => (r(4) === 0 ? asciiUpper(w) : w) + (r(3) === 0 ? ' ' : '')).join(''));
    }
    for (let k = 0; k < 12; k++) texts.push(randomText(r, 20 + r(60)));
    for (const text of texts) expect(view(scanField(lex, 'description', text)), JSON.stringify(text.slice(0, 80))).toEqual(view(naiveScan(lex, text)));
  }, 120_000);

  test('rows that could start anywhere are found as if tried at every position', () => {
    const rows: LexiconRow[] = [
      { id: 'a1', target: 'benign:site_search', pattern: '(?<![全网])[^，。；\\s]{1,4}内(?:的)?搜索', lang: 'zh', note: '' },
      { id: 'a2', target: 'cue:x', pattern: '.{0,2}ab+c', lang: 'en', note: '' },
      { id: 'a3', target: 'B25-2', pattern: '全网搜索', lang: 'zh', note: '' },
      { id: 'a4', target: 'cue:y', pattern: '[^，]*站内搜索', lang: 'zh', note: '' },
      { id: 'a5', target: 'cue:z', pattern: '[^，。]{0,3}AB c', lang: 'en', note: '' },
      { id: 'n1', target: 'cue:neg', pattern: '不', lang: 'zh', note: '', scope: 'phrase' },
    ];
    const small = compileLexicon(rows);
    expect(small.anywhere.map((c) => c.row.id)).toEqual(['a1', 'a2', 'a4', 'a5']);
    // Anchored (tried only before a literal they contain), but for a4, whose literal can be anywhere.
    expect(small.anywhereAnchor.map((a) => a && `${a.literals.join('|')} ${a.lo}-${a.hi}`)).toEqual(['搜索 2-6', 'a 0-2', null, 'ab c 0-3']);
    expectAsNaiveOn(small, ['站', '内', '的', '搜索', '全网', '不', '，', ' ', 'ab', 'b', 'c', 'x', 'ABC', 'Ab C', '。', '\n'], 5, 200, 30);
  });

  test('rows hit more than once per start (prefixes of several lengths), many times in one text', () => {
    const r = rng(17);
    const multi = defaultRuleset.lexicon.filter((_, i) => lex.flags[i]! & 128);
    expect(multi.length).toBeGreaterThan(10);
    const parts: string[] = [];
    for (let k = 0; k < 12; k++) for (const row of multi) parts.push(sample(row.pattern, r), '，');
    const text = parts.join('');
    expect(view(scanField(lex, 'description', text))).toEqual(view(naiveScan(lex, text)));
  }, 60_000);

  test('negations inside parentheses end with them, found for all cues in one pass', () => {
    expectAsNaiveOn(lex, ['(', ')', '（', '）', '不', '没有', '私信', '评论', '直播', ' ', '\n', 'no ', 'DMs', 'comments', '，', ', ', '非目标', '：'], 23, 300, 40);
  }, 60_000);

  test('rows with a second literal further on: tried only where it stands in its window, found as if tried everywhere', () => {
    // The literal after a prefix: bounded window, unbounded ([\w-]+ before it), none worth recording (an ending).
    expect(anchorOf('在[^，。；]{0,10}内完成', 'prefixed')).toMatchObject({ literals: ['内完成'], lo: 1, hi: 11 });
    expect(anchorOf('(?:用户|买家)[^，。；]{0,12}(?:上传|投稿|自己拍)', 'prefixed')).toMatchObject({ literals: ['上传', '投稿', '自己拍'], lo: 2, hi: 14 });
    expect(anchorOf('(?:the )?[\\w-]+ and [\\w-]+ together', 'prefixed')).toMatchObject({ literals: [' together'], hi: Infinity });
    expect(anchorOf('messag(?:e|es|ing) (?:them|him)', 'prefixed')).toBeNull();
    expect(anchorOf('私信', 'prefixed')).toBeNull();
    const rows: LexiconRow[] = [
      { id: 'p1', target: 'cue:x', pattern: '在[^，。；]{0,10}内完成', lang: 'zh', note: '' },
      { id: 'p2', target: 'B25-4', pattern: '(?:用户|买家)[^，。；]{0,12}(?:上传|投稿|自己拍)', lang: 'zh', note: '' },
      { id: 'p3', target: 'cue:y', pattern: 'users? (?:can )?[\\w-]+ (?:each other|together)', lang: 'en', note: '' },
      { id: 'p4', target: 'B25-3', pattern: '评论', lang: 'zh', note: '' },
      { id: 'p5', target: 'cue:z', pattern: '(?:和|与)[^，。；\\s]{1,8}之间', lang: 'zh', note: '' },
      { id: 'l1', target: 'cue:w', pattern: '(?:buy now,? )?pay later', lang: 'en', note: '' },
      { id: 'n1', target: 'cue:neg', pattern: '不', lang: 'zh', note: '', scope: 'phrase' },
    ];
    const small = compileLexicon(rows);
    expect([...small.anchorGroupOf].map((g) => g >= 0)).toEqual([true, true, true, false, true, true, false]);
    // l1 has no literal prefix: it is tried at its lead characters, and its bucket waits for the pass's end too.
    expect(small.buckets.map((b) => [b.lead, b.anchored])).toEqual([['b', true], ['B', true], ['p', true], ['P', true]]);
    const bits = ['在', '内完成', '内', '完成', '用户', '买家', '上传', '投稿', '自己拍', '评论', '和', '与', '之间', '不', '，', '。', ' ', 'users ', 'user ', 'can ', 'chat ', 'each other', 'together', 'x', '\n', 'buy now, ', 'Buy now ', 'pay later', 'PAY LATER', 'pay ', 'later'];
    const r = expectAsNaiveOn(small, bits, 31, 400, 60);
    // Long texts: the matches settled after the pass are merged into the pass's own in order.
    const long = Array.from({ length: 3000 }, () => bits[r(bits.length)]).join('');
    expect(view(scanField(small, 'description', long))).toEqual(view(naiveScan(small, long)));
  });

  test('scans do not leak into each other through reused scratch space', () => {
    const r = rng(7);
    const a = randomText(r, 400);
    const b = randomText(r, 30);
    const first = view(scanField(lex, 'description', a));
    scanField(lex, 'title', b);
    expect(view(scanField(lex, 'description', a))).toEqual(first);
  });

  test('negation scopes end where the documented rule says', () => {
    const SUBJECT = /^\s*(?:users?|we|they|you|it|this|that|these|those|the|creators?|buyers?|sellers?|people|everyone|members?|and|but|so|while|which|where|our|customers?|admins?|editors?|there|he|she|i|all|any|each|comments?|only)\b/i;
    // The rule as first written, character by character on strings.
    const reference = (text: string, end: number, scope: 'phrase' | 'clause' | 'line', breaks: number[]): number => {
      const declared = scope;
      // A heading on its own line: few marks before the cue, a short remark after it, lines below.
      const headingLine = (): boolean => {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        const stop = text.indexOf('\n', end);
        if (stop < 0) return false;
        // (A numbered heading counts without its number; a markdown heading may run to 48 characters.)
        const before = text.slice(start, end).replace(/^\s*(?:\d{1,2}[.、)]\s*|[一二三四五六七八九十]{1,3}、\s*)/, '');
        const after = text.slice(end, stop).trim();
        return (before.length <= 24 || (before.length <= 48 && /^\s*(?:#{1,4}\s|\*\*)/.test(before))) && !/[，。；,.;！？!?]/.test(before) && after.length <= 30 && !/[，。；;！？!?]/.test(after);
      };
      // The ）/) closing a parenthesis still open at the cue's end, on its line.
      const closeParen = (): number => {
        let depth = 0;
        for (let k = end - 1; k >= 0 && text[k] !== '\n'; k--) {
          const ch = text[k]!;
          if (ch === '）' || ch === ')') depth++;
          else if (ch === '（' || ch === '(') {
            if (depth === 0) {
              for (let m = end; m < text.length && text[m] !== '\n'; m++) if (text[m] === '）' || text[m] === ')') return m;
              return -1;
            }
            depth--;
          }
        }
        return -1;
      };
      const colon = text.slice(end, end + 14).search(/[：:]/);
      const nl = text.slice(end, end + 14).indexOf('\n');
      // The colon must be in the cue's own clause (before a ，；。… break).
      const brk = text.slice(end, end + 14).search(/[，；;。！？!?]/);
      // (Not after a clause closed by 了: "不用第三方地图了：…" goes on with what is done instead.)
      if (colon >= 0 && (nl < 0 || colon < nl) && (brk < 0 || colon < brk) && !(colon >= 3 && text[end + colon - 1] === '了')) scope = 'line';
      else if (scope === 'line' && !/[：:]\s*$/.test(text.slice(end).split('\n')[0]!) && !headingLine()) scope = 'clause';
      let j = end;
      if (scope === 'line') {
        for (; j < text.length; j++) {
          const ch = text[j]!;
          if (ch === '\n') {
            const before = text.slice(end, j).trimEnd();
            if (/[：:]$/.test(before) || /[：:]\s*$/.test(text.slice(end, j)) || (declared === 'line' && headingLine())) {
              // Its bullet list, or the paragraph after it (to a blank line or another section's heading).
              const bullet = (l: string) => /^\s*(?:[-*•·]|\d+[.、)）])/.test(l);
              const heading = (l: string) => /^\s*(?:#|[一二三四五六七八九十]+[、.．]|[^\s，。；,.;:：!?！？]{1,12}\s*[：:]?\s*$)/.test(l);
              const lines = text.slice(j + 1).split('\n');
              const paragraph = !bullet(lines[0]!) && lines[0]!.trim() !== '' && !heading(lines[0]!);
              let k = j + 1;
              for (let n = 0; n < lines.length; n++) {
                const l = lines[n]!;
                if (paragraph ? l.trim() === '' || (n > 0 && heading(l) && !bullet(l)) : !bullet(l)) break;
                k += l.length + 1;
              }
              j = Math.max(j, Math.min(k, text.length) - 1);
            }
            break;
          }
          if ('。！？!?'.includes(ch)) break;
          if (ch === '.' && (j + 1 >= text.length || /\s/.test(text[j + 1]!))) break;
        }
      } else {
        for (; j < text.length; j++) {
          const ch = text[j]!;
          if ('，；;。！？!?\n'.includes(ch)) break;
          if (ch === '.' && (j + 1 >= text.length || /\s/.test(text[j + 1]!))) break;
          if (scope === 'phrase' && '、：:,（）()'.includes(ch)) break;
          if (scope === 'clause' && ch === '：' && text[j - 1] === '了') break;
          // After a whole English clause, a colon opens what is done instead.
          if (scope === 'clause' && ch === ':' && /^\s*(?:a|an|the|we|our|users?|it|they|instead|rather)\b/i.test(text.slice(j + 1, j + 12)) && /\w+\s+\w+/.test(text.slice(end, j))) break;
          if (ch === ',' && scope === 'clause') {
            const rest = text.slice(j + 1, j + 24);
            if (SUBJECT.test(rest) || /[\u3400-\u9fff]/.test(rest.trimStart()[0] ?? '')) break;
          }
        }
      }
      const close = closeParen();
      if (close >= 0 && close < j) j = close;
      for (const b of breaks) if (b >= end && b < j) return b;
      return j;
    };
    const r = rng(12);
    const bits = ['不', 'no ', '，', ',', ', we', ', 用户', '、', '；', ';', '。', '. ', '.x', '!', '?', '\n', '\n- a', '\n1. b', '：', ': ', '（', ')', '(', '）', ' ', 'a', '用户', 'users ', '非目标', 'Non-goals'];
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let j = 0, n = 1 + r(25); j < n; j++) text += bits[r(bits.length)];
      const end = r(text.length + 1);
      const breaks = [r(text.length + 1), r(text.length + 1)].sort((a, b) => a - b);
      for (const scope of ['phrase', 'clause', 'line'] as const) {
        expect(negationScopeEnd(text, { end, scope }, breaks), `${JSON.stringify(text)} ${end} ${scope}`).toBe(reference(text, end, scope, breaks));
      }
    }
  });

  test('the scratch code units are the text\'s own, whatever its representation', () => {
    const r = rng(11);
    const odd = ['\ud800', '\udfff', '\ud83d\ude00', 'é', 'A', '\u0000', '\uffff', '。', '文'];
    for (let k = 0; k < 200; k++) {
      let text = '';
      // Built by concatenation (a cons string), one-byte only or two-byte, short and long.
      const len = r(k < 100 ? 40 : 3000);
      for (let i = 0; i < len; i++) text += r(3) ? String.fromCharCode(32 + r(95)) : odd[r(odd.length)]!;
      if (k % 2) text = text.replace(/[^\x20-\x7e]/g, 'x');
      const u = loadUnits(text);
      for (let i = 0; i < text.length; i++) if (u[i] !== text.charCodeAt(i)) expect([i, u[i]]).toEqual([i, text.charCodeAt(i)]);
    }
  });

  test('sentence starts as the documented rule gives them', () => {
    const r = rng(3);
    for (let k = 0; k < 50; k++) {
      const text = randomText(r, 40);
      const want = [0];
      for (let i = 0; i + 1 < text.length; i++) {
        if (/[。！？!?；;\n]/.test(text[i]!) || (text[i] === '.' && /[ \n\t]/.test(text[i + 1]!))) want.push(i + 1);
      }
      expect(sentenceStarts(text)).toEqual(want);
    }
  });
});

describe('start checks before regexes', () => {
  test('every match of a row starts like the row (and like its lead bucket) says', () => {
    const r = rng(99);
    const text = [WORDS.join(' '), WORDS.map(asciiUpper).join(''), ...Array.from({ length: 40 }, () => randomText(r, 60))].join('\n');
    let checked = 0;
    for (const c of lex.rows) {
      const starts = rowStarts(c);
      if (!starts) continue;
      const re = new RegExp(`(?=${c.re.source})`, 'gi');
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        re.lastIndex = m.index + 1;
        checked++;
        expect(startsLike(starts, text, m.index), `${c.row.id} at ${JSON.stringify(text.slice(m.index, m.index + 8))}`).toBe(true);
        const b = lex.leadOf[text.charCodeAt(m.index)]!;
        const bucket = b ? lex.buckets[b - 1]! : undefined;
        // A lead bucket's check is on what follows the lead character.
        const after = bucket && bucketStarts(bucket);
        if (after && bucket.rows.includes(c)) expect(startsLike(after, text, m.index + 1)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 60_000);

  test('rows literal but for optional parts: only where the regex takes the longest string', () => {
    expect(expandedLiterals('comments?')).toEqual(['comments', 'comment']);
    expect(expandedLiterals('客服(?:人员)?')).toEqual(['客服人员', '客服']);
    expect(expandedLiterals('chat(?:s|ting)?')).toEqual(['chats', 'chatting', 'chat']);
    expect(expandedLiterals('real[- ]?time')).toEqual(['real-time', 'real time', 'realtime']);
    expect(expandedLiterals('comments??')).toBeNull(); // lazy: the regex takes 'comment'
    expect(expandedLiterals('(?:chat|chatting) room')).toEqual(['chat room', 'chatting room']);
    expect(expandedLiterals('(?:chat|chatting)')).toBeNull(); // 'chat' first
    expect(expandedLiterals('cafés?')).toBeNull(); // é is cased: the automaton would not take É
    expect(expandedLiterals('comments?(?= )')).toBeNull();
    expect(expandedLiterals('[\\w-]+s?')).toBeNull();
  });

  test('the analysis of pattern syntax', () => {
    const seqs = (src: string) => {
      const st = startsOf(src);
      if (!st) return null;
      const show = (p: Int32Array | null) => (p === null ? '*' : p.length === 1 ? String.fromCharCode(p[0]!) : `[${String.fromCharCode(...p)}]`);
      return [...new Set(st.seqs.map((q) => q.map(show).join('')))].sort();
    };
    expect(seqs('A/?B ?实验')).toEqual(['A/B', 'AB ', 'AB实']);
    expect(seqs('(?:video )?thumbnails?')).toEqual(['THU', 'VID']);
    expect(seqs('[三四]个人')).toEqual(['[三四]个人']);
    expect(seqs('在[^，。；]{0,10}内完成')).toEqual(['在**', '在*内', '在内完']);
    expect(seqs('(?:a?){5}b')).toEqual(['AAA', 'AAB', 'AB', 'B']);
    expect(seqs('搜索(?!量)')).toEqual(['搜索']);
    expect(seqs('\\d+%')).toEqual(['[0123456789]%', '[0123456789][0123456789]%', '[0123456789][0123456789][0123456789]']);
    expect(seqs('.+')).toBeNull(); // says nothing
    expect(seqs('(私信)')).toBeNull(); // capturing group: not followed
    expect(seqs('a\\1')).toBeNull(); // back-reference: not followed
  });

  test('the bit-parallel comparison says what comparing sequence by sequence says', () => {
    // Sequence by sequence, as the check is defined.
    const canonOf = (c: number): number => startsOf(`\\u${c.toString(16).padStart(4, '0')}`)!.seqs[0]![0]![0]!;
    const like = (st: NonNullable<ReturnType<typeof startsOf>>, text: string, pos: number): boolean => st.seqs.some((q) =>
      pos + q.length <= text.length && q.every((set, j) => set === null || set.includes(canonOf(text.charCodeAt(pos + j)))));
    const r = rng(31);
    const text = [WORDS.join(' '), WORDS.map(asciiUpper).join(''), ...Array.from({ length: 40 }, () => randomText(r, 60))].join('\n');
    let parallel = 0;
    let agreed = 0;
    for (const c of lex.rows) {
      const st = rowStarts(c);
      if (!st) continue;
      if (st.parallel) parallel++;
      for (let k = 0; k < 40; k++) {
        const pos = r(text.length + 1);
        expect(startsLike(st, text, pos), `${c.row.id} at ${pos}`).toBe(like(st, text, pos));
        agreed++;
      }
    }
    expect(parallel).toBeGreaterThan(500);
    expect(agreed).toBeGreaterThan(20000);
  }, 60_000);

  test('the first-character filter passes every code unit a check\'s first position can hold', () => {
    // Group all code units by canonical form; the filter of a check whose first position is one
    // canonical form must pass every code unit of its group.
    const canonOf = (c: number): number => startsOf(`\\u${c.toString(16).padStart(4, '0')}`)!.seqs[0]![0]![0]!;
    const groups = new Map<number, number[]>();
    for (let c = 0; c < 65536; c++) {
      const v = canonOf(c);
      const g = groups.get(v);
      if (g) g.push(c);
      else groups.set(v, [c]);
    }
    let filtered = 0;
    for (const [v, cs] of groups) {
      const mask = startsOf(`\\u${v.toString(16).padStart(4, '0')}`)!.firstMask;
      if (mask !== -1) filtered++;
      for (const c of cs) expect((mask >>> (c & 31)) & 1, `${v.toString(16)} ~ ${c.toString(16)}`).toBe(1);
    }
    expect(filtered).toBeGreaterThan(20000); // ASCII and the CJK ranges are filtered
  }, 60_000);

  test('case-insensitive comparison is the regex i flag\'s own', () => {
    let all = '';
    for (let c = 0; c < 65536; c++) all += String.fromCharCode(c);
    const canonOf = (c: number): number => startsOf(`\\u${c.toString(16).padStart(4, '0')}`)!.seqs[0]![0]![0]!;
    const sample = [...Array.from({ length: 0x250 }, (_, c) => c), 0x17f, 0x130, 0x131, 0x212a, 0x1e9e, 0x3a3, 0x3c2, 0x3c3, 0x410, 0x430, 0xff21, 0xff41, 0x4e00];
    const canon = new Map<number, number>();
    const of = (c: number) => canon.get(c) ?? (canon.set(c, canonOf(c)), canon.get(c)!);
    for (const p of sample) {
      const re = new RegExp(`[\\u${p.toString(16).padStart(4, '0')}]`, 'gi');
      const matched: number[] = [];
      for (let m = re.exec(all); m !== null; m = re.exec(all)) matched.push(m.index);
      for (const c of matched) expect(of(c), `${p.toString(16)} ~ ${c.toString(16)}`).toBe(of(p));
      // Every character with the same canonical form is matched.
      for (const c of [p, p ^ 32, String.fromCharCode(p).toUpperCase().charCodeAt(0), String.fromCharCode(p).toLowerCase().charCodeAt(0)]) {
        if (c < 65536 && of(c) === of(p)) expect(matched).toContain(c);
      }
    }
  }, 60_000);
});

describe('evidence kept per finding', () => {
  test('the same as walking the whole list in text order and keeping what fits', () => {
    const order = { title: 0, description: 1, capabilities: 2, sectors: 3 } as const;
    // The rule as first written: sort all, one per span, three per rule, twelve in all.
    const reference = (list: Evidence[]): Evidence[] => {
      const seen = new Set<string>();
      const perRule = new Map<string, number>();
      const out: Evidence[] = [];
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const sorted = [...list].sort((a, b) => order[a.field] - order[b.field] || a.start - b.start || a.end - b.end || cmp(a.rule ?? '', b.rule ?? ''));
      for (const e of sorted) {
        const k = `${e.field}:${e.start}:${e.end}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const n = perRule.get(e.rule ?? '') ?? 0;
        if (n >= 3) continue;
        perRule.set(e.rule ?? '', n + 1);
        out.push(e);
        if (out.length >= 12) break;
      }
      return out;
    };
    const r = rng(31);
    const fields = ['title', 'description', 'description', 'capabilities', 'sectors'] as const;
    const rules = [undefined, 'a', 'b', 'c', 'r/a', 'r/b', 'B25-3.zh.1', 'B25-3.zh.10', 'stated_launch'];
    for (let k = 0; k < 500; k++) {
      const n = r(60);
      const list: Evidence[] = [];
      for (let i = 0; i < n; i++) {
        const start = r(k % 2 ? 8 : 80);
        const e: Evidence = { field: fields[r(fields.length)]!, text: 'x', start, end: start + 1 + r(3) };
        const rule = rules[r(rules.length)];
        if (rule !== undefined) e.rule = rule;
        list.push(e);
      }
      expect(sortEvidence(list)).toEqual(reference(list));
    }
  });
});
