/**
 * Launch times written in a feature's text ("正式上线定在 2027 年 4 月", "计划 2027 年春节后上线",
 * "明年春天上线", "launch in April 2027", "ships Q2 2027", "H1 2027 release").
 *
 * A time counts only when a launch cue (上线, 发布, 推出, 开放, launch, release, go live, ship …) stands
 * near it in the same sentence, and not when it lies wholly in the past ("2023 年上线的老版本"): budget
 * years, KPI years and past events are not launch dates. Relative times (今年, 明年, 后年, next year)
 * are read against `today`; a month or day with no year ("2 月 15 日全量", "full rollout Feb 15", "3 月初")
 * is its first occurrence on or after `today` (or the launch_date given). Pure; linear in the text length.
 */

/** A launch time stated in the text: the days it can mean (`latest` null when open-ended). */
export interface StatedLaunch {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  earliest: string;
  latest: string | null;
  /** No year written and none implied ("5 月 25 日", "4/26", "3 月初"): the year is inferred. */
  yearless: boolean;
}

/** 春节 (Chinese New Year's Day) by year: calendar data. */
export const SPRING_FESTIVAL: Record<string, string> = {
  '2024': '2024-02-10', '2025': '2025-01-29', '2026': '2026-02-17', '2027': '2027-02-06', '2028': '2028-01-26',
  '2029': '2029-02-13', '2030': '2030-02-03', '2031': '2031-01-23', '2032': '2032-02-11', '2033': '2033-01-31',
  '2034': '2034-02-19', '2035': '2035-02-08',
};

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthRange = (y: number, m1: number, m2: number): [string, string] => [ymd(y, m1, 1), ymd(y, m2, lastDay(y, m2))];

function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86400_000).toISOString().slice(0, 10);
}

const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : ZH_NUM[s] ?? NaN);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Which part of a year a phrase names, as [first month, last month]. */
function partOfYear(p: string): [number, number] | null {
  const s = p.toLowerCase().replace(/\s+/g, '');
  if (/^(?:上半年|h1|前半年)$/.test(s)) return [1, 6];
  if (/^(?:下半年|h2|后半年)$/.test(s)) return [7, 12];
  if (/^(?:年初|初|early)$/.test(s)) return [1, 3];
  if (/^(?:年中|mid-?)$/.test(s)) return [5, 8];
  if (/^(?:年底|年末|底|末|late|endof)$/.test(s)) return [11, 12];
  if (/^(?:春天|春季|spring)$/.test(s)) return [3, 5];
  if (/^(?:夏天|夏季|summer)$/.test(s)) return [6, 8];
  if (/^(?:秋天|秋季|autumn|fall)$/.test(s)) return [9, 11];
  const q = /^(?:第?([一二三四1-4])季度|q([1-4]))$/.exec(s);
  if (q) {
    const n = num(q[1] ?? q[2]!);
    return [(n - 1) * 3 + 1, n * 3];
  }
  return null;
}

const YEAR_ZH = String.raw`(20\d\d)\s*年|(今年|明年|后年)`;
const PART_ZH = String.raw`上半年|下半年|前半年|后半年|年初|年中|年底|年末|初|底|春天|春季|夏天|夏季|秋天|秋季|冬天|冬季|第?[一二三四1-4]\s*季度|Q[1-4]`;
const MONTH_ZH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(\d{1,2})\s*[日号])?(?:\s*(上旬|中旬|下旬|初|底))?`;
const MONTH_EN = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;

/**
 * Every time expression; each alternative is a named group handled below. Exported (as source) for
 * the test that checks the scan below against a plain global search with it.
 */
export const TIME_SOURCE = [
  String.raw`(?<zh>(?:${YEAR_ZH})\s*(?:(?<zhm>${MONTH_ZH})|(?<zhsf>春节)|(?<zhp>${PART_ZH}))?)`,
  String.raw`(?<iso>(?<![\d.])(20\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![\d]))`,
  String.raw`(?<enqh>(?<![A-Za-z0-9])(?:(?<qh1>[QH][1-4])\s*(20\d\d)|(20\d\d)\s*(?<qh2>[QH][1-4]))(?![A-Za-z0-9]))`,
  String.raw`(?<enm>(?<![A-Za-z])(?<mon>${MONTH_EN})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(20\d\d)(?!\d))`,
  String.raw`(?<enp>(?<![A-Za-z])(?<ep>early|mid-?|late|end of|spring|summer|autumn|fall)\s*(?:of\s+)?(20\d\d)(?!\d))`,
  String.raw`(?<enny>(?<![A-Za-z])next\s+(?<nyp>year|spring|summer|autumn|fall))`,
  // No year written: a month (and day, or 初/中旬/底) alone; the year is inferred (see yearless()).
  String.raw`(?<zhmd>(?<![年\d]\s*)(?<![\d.])(?<zmon>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?!份?[以之]?内)(?:\s*(?<zday>\d{1,2})\s*[日号])?(?:\s*(?<zpart>上旬|中旬|下旬|初|底))?)`,
  String.raw`(?<enmd>(?<![A-Za-z])(?:(?<emp>early|mid-?|late|end of)(?:\s+|(?<=-)))?(?<mon2>${MONTH_EN})\.?(?:\s+(?<eday>\d{1,2})(?:st|nd|rd|th)?)?(?![A-Za-z])(?!,?\s*\d))`,
  // Two months with no year ("三四月", "3-4 月", "三到四月"): the span of both.
  String.raw`(?<zhmr>(?<![年\d]\s*)(?<![\d.])(?:(?<!十)(?<mr1>[一二三四五六七八九])(?<mr2>[一二三四五六七八九十])|(?<mr3>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*(?:[到至~～、\-—]|或)\s*(?<mr4>\d{1,2}|十[一二]?|[一二三四五六七八九]))\s*月(?!份?[以之]?内))`,
  // The Spring Festival with no year: the coming one (or the one just past, within two weeks).
  String.raw`(?<zhsfy>(?<![年\d]\s*)(?<![今明后])春节)`,
  // The same in English, with no year, after a preposition ("right after the Spring Festival holiday",
  // "before Chinese New Year"); "Spring Festival gifts" is no time.
  String.raw`(?<ensf>(?<=(?<![A-Za-z])(?<ensfa>after|before|ahead of|until|by|in time for|around|during)\s+(?:the\s+)?)(?:Spring Festival|Chinese New Year|Lunar New Year)(?:\s+holidays?)?(?![A-Za-z]))`,
  // Month/day in figures, no year ("随 1/8 会员日上线", "12.15 全量"): not part of a longer number,
  // version or path, and not a share ("1/8 的用户", "1/3 of users"). Read month first, as Chinese
  // text writes it. A version ("v1.8", "1.8 版本") is set aside in statedLaunches.
  String.raw`(?<nmd>(?<![\dA-Za-z./:_-])(?<nmon>1[0-2]|0?[1-9])(?<nsep>[/.])(?<nday>3[01]|[12]\d|0?[1-9])(?!\d|[./:_-]\d|\s*(?:%|的|个|成|份|用户|流量|人|比例|of(?![A-Za-z])|users|traffic)))`,
].join('|');
/** Tried only where a match can start (see `timeStarts`): sticky, so it never searches ahead by itself. */
const TIME_AT = new RegExp(TIME_SOURCE, 'iy');

// Where a time expression can start. As a global search over the whole text, the regex above tried its
// eight alternatives (with their lookbehinds) at every character: ≈150 µs for 20 KiB of mixed zh/en
// text that holds no date at all. Every match holds a literal that is cheap to find with indexOf, or
// begins a word with one of a few three-letter leads:
//   20   (20\d\d)\s*年 (2027 年 4 月…), ISO 2027-03-15, 2027 Q2 / 2027 H1
//   年   今年/明年/后年: the character before each 年
//   月   a month with no year (1–2 digits, 十, 十一, 十二, 一…九, then \s*月): read back from each 月
//   jan…dec, ear(ly), mid, lat(e), end (of), spr(ing), sum(mer), aut(umn), fal(l), nex(t), q1–q4, h1–h4,
//        in any case and not after an ASCII letter: every English alternative begins with
//        (?<![A-Za-z]) and one of these ('i' without 'u' folds ASCII letters only); one regex of
//        literals finds them (≈20 µs on that text; a char-by-char loop in JavaScript took ≈45 µs),
//        as the character before and the lead (see wordLeads)
// The sticky regex is tried at these starts in text order. They include every start where a match can
// begin, so the first one where it matches is what the global search found, and the next search goes
// on from its end as that search did.
const LEADS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ear|mid|lat|end|spr|sum|aut|fal|nex|chi|lun|[qh][1-4]';
/** A lead after a character that is no ASCII letter (the look-behind (?<![A-Za-z]) at every character cost ~40 instructions a character of English text, this ~24). */
const WORD_LEAD = new RegExp(`[^A-Za-z](?:${LEADS})`, 'gi');
/** A lead at the text's start. */
const FIRST_LEAD = new RegExp(`(?:${LEADS})`, 'iy');
const C_SHI = 0x5341; // 十
const C_YI = 0x4e00; // 一
const C_ER = 0x4e8c; // 二
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** 一 … 九 */
const isZhDigit = (c: number): boolean =>
  c === C_YI || c === C_ER || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d;
/** JavaScript's \s, exactly. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
/** The index after the last non-space character before `p` (0 when only spaces precede it). */
function spacesBack(text: string, p: number): number {
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/** Between the two months of a span: 到 至 ~ ～ 、 - — 或 (as in the zhmr alternative). */
const SPAN_SEP = new Set([0x5230, 0x81f3, 0x7e, 0xff5e, 0x3001, 0x2d, 0x2014, 0x6216]);

/** Every index where a time expression may start, ascending (with repeats). Reads no character outside the text. */
function timeStarts(text: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('年', 1); p >= 0; p = text.indexOf('年', p + 1)) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x4eca || c === 0x660e || c === 0x540e) out.push(p - 1); // 今 明 后
  }
  for (let p = text.indexOf('月'); p >= 0; p = text.indexOf('月', p + 1)) {
    const q = spacesBack(text, p);
    if (q < 1) continue;
    const c = text.charCodeAt(q - 1);
    const b = q >= 2 ? text.charCodeAt(q - 2) : 0;
    if (isDigit(c)) {
      if (isDigit(b)) out.push(q - 2);
      out.push(q - 1);
    } else if (c === C_SHI || isZhDigit(c)) {
      if (b === C_SHI && (c === C_YI || c === C_ER)) out.push(q - 2);
      out.push(q - 1);
    }
  }
  for (let p = text.indexOf('20'); p >= 0; p = text.indexOf('20', p + 1)) out.push(p);
  // A span of two months ("三四月", "三到四月", "10 ～ 12 月"): read back from its 月 over the second
  // number, then either a first Chinese numeral right before it or a separator and the first number.
  const isNum = (c: number): boolean => isDigit(c) || isZhDigit(c) || c === C_SHI;
  for (let p = text.indexOf('月'); p >= 0; p = text.indexOf('月', p + 1)) {
    const q = spacesBack(text, p);
    let j = q;
    while (j > 0 && q - j < 2 && isNum(text.charCodeAt(j - 1))) j--;
    if (j === q) continue;
    if (q - j === 2) out.push(j);
    const k = spacesBack(text, j);
    if (k < 1 || !SPAN_SEP.has(text.charCodeAt(k - 1))) continue;
    const k2 = spacesBack(text, k - 1);
    for (let i = k2 - 1; i >= 0 && k2 - i <= 2 && isNum(text.charCodeAt(i)); i--) out.push(i);
  }
  for (let p = text.indexOf('春节'); p >= 0; p = text.indexOf('春节', p + 1)) out.push(p);
  for (const sep of ['/', '.']) {
    for (let p = text.indexOf(sep, 1); p >= 0; p = text.indexOf(sep, p + 1)) {
      if (!isDigit(text.charCodeAt(p - 1))) continue;
      if (p >= 2 && isDigit(text.charCodeAt(p - 2))) out.push(p - 2);
      out.push(p - 1);
    }
  }
  // Where /(?<![A-Za-z])(?:LEADS)/gi matches: a lead never starts inside another (every later
  // character of a lead has a letter before it, but the digit of q1: hence the search goes on from a
  // lead's last character, which may be what comes before the next).
  FIRST_LEAD.lastIndex = 0;
  if (FIRST_LEAD.test(text)) out.push(0);
  WORD_LEAD.lastIndex = 0;
  for (let m = WORD_LEAD.exec(text); m !== null; m = WORD_LEAD.exec(text)) {
    out.push(m.index + 1);
    WORD_LEAD.lastIndex = m.index + m[0].length - 1;
  }
  if (out.length > 1) out.sort((a, b) => a - b);
  return out;
}

/** Every match of the time expression, as a global search for it finds them, in text order. */
export function timeMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const starts = timeStarts(text);
  let at = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (s < at) continue;
    TIME_AT.lastIndex = s;
    const m = TIME_AT.exec(text);
    if (m === null) continue;
    found.push(m);
    at = s + m[0].length; // every alternative matches at least one character
  }
  return found;
}

/** A preposition of time just before a bare English month ("slips to February", "until March"). */
const MONTH_PREP_BEFORE = /\b(?:to|into|until|till)\s+$/i;
/** After the time: 前/之前 (by), 后/之后/以后/起 (from). */
const BEFORE_AFTER = /^\s*(?:(之前|以前|前)|(之后|以后|后|起))/;
const LAUNCH_CUE_ZH = /正式上线|上线|发布|推出|开放|面世|公测|上市|开服|投产|交付|落地|全量|灰度|排期(?:没定|未定|待定|还没定)|排期(?:就)?(?:按|定在|放在|排到)|launch|拖到|推迟到|延期到|延后到|延到|顺延到|挪到|改到|调到|调整到|(?:与|和)(?:大家|用户|读者|各位|你们?)见面/;
const LAUNCH_CUE_EN = /\b(?:launch(?:es|ed|ing)?|release[sd]?|releasing|go(?:es|ing)? live|ship(?:s|ping)?|roll(?:s|ing)? out|rollout|available|GA|slip(?:s|ped)? (?:to|into)|pushed (?:back )?to|delayed (?:to|until))\b/i;
const SENTENCE_BREAK = /[。！？!?；;\n]/;
/** A year written out (2027, 2027 年), or named relative to this one (明年, next year). */
const YEAR_WRITTEN = /(?:19|20)\d\d|今年|明年|后年|来年|this year|next year/i;
const LAUNCH_CUE_G = new RegExp(`${LAUNCH_CUE_ZH.source}|${LAUNCH_CUE_EN.source}`, 'gi');
/** Where the first launch cue in text[from, to) starts, or -1 (a cue must lie wholly inside). */
function firstCue(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  LAUNCH_CUE_G.lastIndex = 0;
  const c = LAUNCH_CUE_G.exec(part);
  return c ? from + c.index : -1;
}
/** A form field that holds a launch time ("上线时间：待定，乐观估计 2027 年 3 月", "Launch date: …"), to the field's end. */
const LAUNCH_FIELD = /(?:上线|发布|发版|投产|launch|release|go-live)\s?(?:时间|日期|计划|窗口|节点|排期|date|time|window|plan)\s*[:：]/gi;
const FIELD_BREAK = /[；;\n｜|]/;
/** Whether the time at `at` lies in a launch-time field that begins after `prev` (the previous time's end). */
function inLaunchField(text: string, at: number, prev: number): boolean {
  let from = at;
  while (from > 0 && at - from < 120 && !FIELD_BREAK.test(text[from - 1]!)) from--;
  LAUNCH_FIELD.lastIndex = 0;
  const part = text.slice(from, at);
  for (let c = LAUNCH_FIELD.exec(part); c; c = LAUNCH_FIELD.exec(part)) if (from + c.index > prev) return true;
  return false;
}
/** Whether text[from, to) joins two times as alternatives: short, one sentence, with "or" in it. */
const ALTERNATIVE = /(?:^|[^A-Za-z])(?:or|either)(?![A-Za-z])|或者?|还是/i;
function isAlternative(text: string, from: number, to: number): boolean {
  if (to - from > 40 || to < from) return false;
  const gap = text.slice(from, to);
  return !SENTENCE_BREAK.test(gap) && ALTERNATIVE.test(gap);
}
/** Where the last launch cue in text[from, to) ends, or -1. */
function lastCueEnd(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  let end = -1;
  LAUNCH_CUE_G.lastIndex = 0;
  for (let c = LAUNCH_CUE_G.exec(part); c !== null; c = LAUNCH_CUE_G.exec(part)) end = from + c.index + c[0].length;
  return end;
}
const VERSION_BEFORE = /(?:\b[vV]|版本|\bversion|\bver|\bbuild|iOS|Android|安卓)\s*$/i;
/** A CJK character is the next non-space character before `start` or after `end`. */
function CJK_BESIDE(text: string, start: number, end: number): boolean {
  const a = spacesBack(text, start);
  let b = end;
  while (b < text.length && isSpace(text.charCodeAt(b))) b++;
  const cjk = (c: number): boolean => c >= 0x3000 && c <= 0x9fff;
  return (a > 0 && cjk(text.charCodeAt(a - 1))) || (b < text.length && cjk(text.charCodeAt(b)));
}
const QUANTITY_AFTER = /^\s*(?:[分倍万亿元块折米秒寸岁级星点度斤克秒周]|小时|天|公里|(?:km|kg|mb|gb|x|k|stars?|points?|hours?|days?|times)(?![A-Za-z]))/i;
const VERSION_AFTER = /^\s*(?:版|\.x\b|\bversion\b|\bbuild\b|\brelease\b)/i;

interface Range { earliest: string; latest: string | null; /** The day 前/后 count from, when not the earliest (春节). */ anchor?: string; /** The year inferred, not written. */ yearless?: boolean }

function rangeOf(m: RegExpExecArray, today: string, ref: string): Range | null {
  const g = m.groups!;
  const thisYear = Number(today.slice(0, 4));
  if (g['zh']) {
    const rel = m[3];
    const year = m[2] ? Number(m[2]) : rel === '今年' ? thisYear : rel === '明年' ? thisYear + 1 : thisYear + 2;
    if (g['zhm']) {
      const mon = num(m[5]!);
      if (!(mon >= 1 && mon <= 12)) return null;
      const day = m[6] ? Number(m[6]) : 0;
      if (day >= 1 && day <= lastDay(year, mon)) return { earliest: ymd(year, mon, day), latest: ymd(year, mon, day) };
      const part = m[7];
      if (part === '上旬' || part === '初') return { earliest: ymd(year, mon, 1), latest: ymd(year, mon, 10) };
      if (part === '中旬') return { earliest: ymd(year, mon, 11), latest: ymd(year, mon, 20) };
      if (part === '下旬' || part === '底') return { earliest: ymd(year, mon, 21), latest: ymd(year, mon, lastDay(year, mon)) };
      const [a, b] = monthRange(year, mon, mon);
      return { earliest: a, latest: b };
    }
    if (g['zhsf']) {
      const sf = SPRING_FESTIVAL[String(year)] ?? ymd(year, 1, 21);
      return { earliest: addDays(sf, -7), latest: addDays(sf, 14), anchor: sf };
    }
    if (g['zhp']) {
      const p = g['zhp'].replace(/\s+/g, '');
      if (/^冬/.test(p)) return { earliest: ymd(year, 12, 1), latest: ymd(year + 1, 2, lastDay(year + 1, 2)) };
      const r = partOfYear(p);
      if (!r) return null;
      const [a, b] = monthRange(year, r[0], r[1]);
      return { earliest: a, latest: b };
    }
    const [a, b] = monthRange(year, 1, 12);
    return { earliest: a, latest: b };
  }
  if (g['iso']) {
    const year = Number(m[11]);
    const mon = Number(m[12]);
    if (!(mon >= 1 && mon <= 12)) return null;
    const day = m[13] ? Number(m[13]) : 0;
    if (day) {
      if (day > lastDay(year, mon)) return null;
      return { earliest: ymd(year, mon, day), latest: ymd(year, mon, day) };
    }
    const [a, b] = monthRange(year, mon, mon);
    return { earliest: a, latest: b };
  }
  if (g['enqh']) {
    const code = (g['qh1'] ?? g['qh2'])!.toUpperCase();
    const year = Number(m[16] ?? m[17]);
    const n = Number(code[1]);
    if (code[0] === 'H' && n > 2) return null;
    const r = code[0] === 'H' ? (n === 1 ? [1, 6] : [7, 12]) : [(n - 1) * 3 + 1, n * 3];
    const [a, b] = monthRange(year, r[0]!, r[1]!);
    return { earliest: a, latest: b };
  }
  if (g['enm']) {
    const mon = MONTHS.indexOf(g['mon']!.slice(0, 3).toLowerCase()) + 1;
    const year = Number(m[22]);
    const day = m[21] ? Number(m[21]) : 0;
    if (day >= 1 && day <= lastDay(year, mon)) return { earliest: ymd(year, mon, day), latest: ymd(year, mon, day) };
    const [a, b] = monthRange(year, mon, mon);
    return { earliest: a, latest: b };
  }
  if (g['enp']) {
    const r = partOfYear(g['ep']!.replace(/\s+/g, ''));
    if (!r) return null;
    const [a, b] = monthRange(Number(m[25]), r[0], r[1]);
    return { earliest: a, latest: b };
  }
  if (g['zhmd']) {
    const mon = num(g['zmon']!);
    if (!(mon >= 1 && mon <= 12)) return null;
    const day = g['zday'] ? Number(g['zday']) : 0;
    const part = g['zpart'];
    return yearless(mon, (y) => {
      if (day) return day <= lastDay(y, mon) ? [ymd(y, mon, day), ymd(y, mon, day)] : null;
      if (part === '上旬' || part === '初') return [ymd(y, mon, 1), ymd(y, mon, 10)];
      if (part === '中旬') return [ymd(y, mon, 11), ymd(y, mon, 20)];
      if (part === '下旬' || part === '底') return [ymd(y, mon, 21), ymd(y, mon, lastDay(y, mon))];
      return monthRange(y, mon, mon);
    }, ref);
  }
  if (g['enmd']) {
    const mon = MONTHS.indexOf(g['mon2']!.slice(0, 3).toLowerCase()) + 1;
    const day = g['eday'] ? Number(g['eday']) : 0;
    const ep = g['emp']?.toLowerCase().replace(/\s+/g, '');
    // "May" alone is a verb: an English month with no year needs a day or early/mid/late, or a
    // preposition of time right before it ("slips to February", "pushed into March": moved to a later date), and May never goes alone.
    if (!day && !ep && (mon === 5 || !MONTH_PREP_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)))) return null;
    return yearless(mon, (y) => {
      if (day) return day <= lastDay(y, mon) ? [ymd(y, mon, day), ymd(y, mon, day)] : null;
      if (!ep) return monthRange(y, mon, mon);
      if (ep === 'early') return [ymd(y, mon, 1), ymd(y, mon, 10)];
      if (ep === 'mid' || ep === 'mid-') return [ymd(y, mon, 11), ymd(y, mon, 20)];
      return [ymd(y, mon, 21), ymd(y, mon, lastDay(y, mon))];
    }, ref);
  }
  if (g['zhmr']) {
    const m1 = num(g['mr1'] ?? g['mr3']!);
    const m2 = num(g['mr2'] ?? g['mr4']!);
    if (!(m1 >= 1 && m2 <= 12 && m1 < m2)) return null;
    return yearless(m1, (y) => monthRange(y, m1, m2), ref);
  }
  if (g['ensf']) {
    const y0 = Number(today.slice(0, 4));
    const sfOf = (y: number): string => SPRING_FESTIVAL[String(y)] ?? ymd(y, 1, 21);
    const sf = addDays(sfOf(y0), 14) >= today ? sfOf(y0) : sfOf(y0 + 1);
    const side = (g['ensfa'] ?? '').toLowerCase();
    if (side === 'after') return { earliest: sf, latest: null };
    if (side !== 'around' && side !== 'during') return { earliest: today, latest: addDays(sf, -1) };
    return { earliest: addDays(sf, -7), latest: addDays(sf, 14), anchor: sf };
  }
  if (g['zhsfy']) {
    const y0 = Number(today.slice(0, 4));
    const sfOf = (y: number): string => SPRING_FESTIVAL[String(y)] ?? ymd(y, 1, 21);
    const sf = addDays(sfOf(y0), 14) >= today ? sfOf(y0) : sfOf(y0 + 1);
    return { earliest: addDays(sf, -7), latest: addDays(sf, 14), anchor: sf };
  }
  if (g['nmd']) {
    const mon = Number(g['nmon']);
    const day = Number(g['nday']);
    return yearless(mon, (y) => (day <= lastDay(y, mon) ? [ymd(y, mon, day), ymd(y, mon, day)] : null), ref);
  }
  if (g['enny']) {
    const p = g['nyp']!.toLowerCase();
    const r = p === 'year' ? [1, 12] as [number, number] : partOfYear(p)!;
    const [a, b] = monthRange(thisYear + 1, r[0], r[1]);
    return { earliest: a, latest: b };
  }
  return null;
}

const PAST_AFTER = /^[^，。；,;\n]{0,4}?(?:已经?|曾)|^\s*(?:上线|发布|推出|全量)了/;
const PAST_BEFORE = /(?:已于|已在|已经在|曾于|曾在|去年|上个?月)\s*$|\b(?:launched|released|shipped|went live|rolled out|was|were)\b(?: on| in)?\s*$/i;
function isPastTense(text: string, start: number, end: number): boolean {
  return PAST_AFTER.test(text.slice(end, end + 12)) || PAST_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A month/day written without a year ("2 月 15 日全量", "full rollout Feb 15", "3 月初"): the
 * occurrence nearest to `from` (last year's, this year's or next year's; the later one on a tie).
 * On 2026-11-30 "2 月 15 日" is 2027-02-15 (77 days ahead, not 288 days back) and a plan's "8 月"
 * is 2026-08 (months ago, so not a launch to come), not 2027-08 (eight months ahead).
 */
function yearless(mon: number, at: (year: number) => [string, string] | null, from: string): Range | null {
  const y0 = Number(from.slice(0, 4));
  const f = dayNumber(from);
  let best: [string, string] | null = null;
  let bestDistance = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const r = at(y);
    if (!r) continue;
    const a = dayNumber(r[0]);
    const b = dayNumber(r[1]);
    const distance = f < a ? a - f : f > b ? f - b : 0;
    if (distance <= bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best ? { earliest: best[0], latest: best[1], yearless: true } : null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400_000;
}

/**
 * Launch times stated in `text` (matched on `text`, which may be a normalised copy of the field:
 * offsets are the same). `today` is YYYY-MM-DD (Beijing). `ref` (default `today`; the launch_date when
 * one is given) is the day a month/day written without a year is read from: its nearest occurrence to it.
 */
/** A day number right before an English month ("29 Jan 2027"), at the end of the text before it. */
const DAY_BEFORE_MONTH = /(?<![\d.:/-])(\d{1,2})(?:st|nd|rd|th)?\s+$/;

/**
 * A version written like a date ("v1.8 上线", "2.3 版本发布"). A dotted one is a date only in Chinese
 * text (English writes 12/15 or Dec 15; "Release 1.2" is a version).
 */
function isVersion(text: string, m: RegExpExecArray, end: number, versions: ReadonlySet<string>): boolean {
  return m.groups!['nsep'] === '.' && (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 9), m.index)) || VERSION_AFTER.test(text.slice(end, end + 10)) || !CJK_BESIDE(text, m.index, end) || versions.has(m[0].trim())
    || isSectionNumber(text, m.index, m[0].trim()));
}

/** A dotted number opening a line ("5.1 上线前由安全组…"), with its neighbour (5.2 or 5.0) opening another line: a numbered sub-item. */
function isSectionNumber(text: string, at: number, num: string): boolean {
  if (!/(?:^|\n)[ \t>*-]*$/.test(text.slice(Math.max(0, at - 8), at))) return false;
  const dot = num.indexOf('.');
  if (dot < 0) return false;
  const major = num.slice(0, dot);
  const minor = Number(num.slice(dot + 1));
  const line = (n: number): RegExp => new RegExp(`(?:^|\\n)[ \\t>*-]*${major}\\.${n}(?![\\d.])`);
  return (minor > 0 && line(minor - 1).test(text)) || line(minor + 1).test(text);
}

/** Numbers the text writes as a version somewhere ("v5.18 迭代计划"): the same number bare elsewhere ("不在 5.18 发布包里") is that version too. */
const VERSION_NAMED = /(?:(?<![A-Za-z])[vV]|版本|\bversion\s?)(\d{1,2}\.\d{1,2})(?![\d.])|(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d.])\s?版/g;
function versionsNamed(text: string): Set<string> {
  const out = new Set<string>();
  if (text.indexOf('.') < 0) return out;
  VERSION_NAMED.lastIndex = 0;
  for (let v = VERSION_NAMED.exec(text); v; v = VERSION_NAMED.exec(text)) out.add((v[1] ?? v[2])!);
  return out;
}

export function statedLaunches(text: string, today: string, ref: string = today): StatedLaunch[] {
  const out: StatedLaunch[] = [];
  const matches = timeMatches(text);
  const versions = matches.length ? versionsNamed(text) : new Set<string>();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    let range = rangeOf(m, today, ref);
    if (!range) continue;
    const noYear = range.yearless === true;
    let start = m.index;
    // A day written before the month ("29 Jan 2027", British order) is that day, not the whole month.
    if (m.groups!['enm'] && range.earliest.endsWith('-01') && range.latest !== range.earliest) {
      const before = DAY_BEFORE_MONTH.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const y = Number(range.earliest.slice(0, 4));
      const mon = Number(range.earliest.slice(5, 7));
      const day = before ? Number(before[1]) : 0;
      if (day >= 1 && day <= lastDay(y, mon)) {
        range = { earliest: ymd(y, mon, day), latest: ymd(y, mon, day) };
        start = m.index - before![0].length;
      }
    }
    let end = m.index + m[0].length;
    const ba = BEFORE_AFTER.exec(text.slice(end, end + 4));
    if (ba) {
      end += ba[0].length;
      const from = range.anchor ?? range.earliest;
      range = ba[1] ? { earliest: today, latest: addDays(from, -1) } : { earliest: from, latest: null };
    }
    // A version written like a date is not one.
    if (isVersion(text, m, end, versions)) continue;
    // Nor is a quantity ("4.9 分", "1.5 倍", "3/5 星").
    if (m.groups!['nsep'] && QUANTITY_AFTER.test(text.slice(end, end + 6))) continue;
    // With no year written, only the tense tells a past event ("6 月已上线的旧版", "launched on Mar 3").
    if ((m.groups!['zhmd'] || m.groups!['enmd'] || m.groups!['nmd']) && isPastTense(text, m.index, end)) continue;
    // Wholly in the past: an event that happened, not a launch to come.
    if (range.latest !== null && range.latest < today) continue;
    // A launch cue in the same sentence, close by.
    const en = !!(m.groups!['enqh'] || m.groups!['enm'] || m.groups!['enp'] || m.groups!['enny'] || m.groups!['enmd'] || m.groups!['ensf']);
    const reach = en ? 40 : 16;
    let from = m.index;
    while (from > 0 && m.index - from < reach && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
    let to = end;
    while (to < text.length && to - end < reach && !SENTENCE_BREAK.test(text[to]!)) to++;
    // The cue is this time's unless another time stands between them: in "12 月中旬开发完，随 1/8
    // 会员日上线" the launch is 1/8's, and mid-December is when development ends.
    const prev = k > 0 ? matches[k - 1]!.index + matches[k - 1]![0].length : -1;
    // (A version between them, "2027-04 随 5.2 版本上线", is no other time.)
    let kn = k + 1;
    while (kn < matches.length && isVersion(text, matches[kn]!, matches[kn]!.index + matches[kn]![0].length, versions)) kn++;
    const next = kn < matches.length ? matches[kn]!.index : Infinity;
    const cueAfter = firstCue(text, end, to);
    const cueBefore = lastCueEnd(text, from, m.index);
    // Or the other side of an either-or with the launch time just before it ("release with the
    // mid-January drop or right after the Spring Festival", "1 月底或者过完年").
    const orLast = out.length > 0 && isAlternative(text, out[out.length - 1]!.end, m.index);
    if (!(cueAfter >= 0 && cueAfter < next) && !(cueBefore >= 0 && cueBefore > prev) && !orLast && !inLaunchField(text, m.index, prev)) continue;
    // "2023 年上线的…" in the future tense is still a launch; "…的预算/目标" has no cue and is gone above.
    // Yearless only if no year is written in the sentence before it either ("2027 年 1 月 18 日灰度，2 月 25 日全量").
    let sentence = start;
    while (sentence > 0 && !SENTENCE_BREAK.test(text[sentence - 1]!)) sentence--;
    out.push({ start, end, earliest: range.earliest, latest: range.latest, yearless: noYear && !YEAR_WRITTEN.test(text.slice(sentence, end)) });
  }
  return out;
}
