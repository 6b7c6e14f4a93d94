/**
 * Reads the OCR text of a 增值电信业务经营许可证 into a `Licence`.
 *
 * Pure (no I/O), total (never throws: whatever it cannot read becomes a warning) and linear in the
 * length of the text. Values are kept verbatim as printed (full- or half-width brackets included);
 * the OCR noise removed is: page headers repeated on later pages, page numbers, line breaks inside a
 * clause, and spaces next to CJK characters or punctuation.
 */
import type { Clause, Licence, LicencedBusiness, Website } from '../engine/types.js';
import {
  CLASS_PREFIX,
  COVERAGE_AREAS,
  businessNamesLongestFirst,
  scopePhrasesLongestFirst,
} from './businesses.js';

export interface ParseWarning {
  field: string;
  message: string;
}

export interface ParseResult {
  licence: Licence;
  warnings: ParseWarning[];
}

/** A business as parsed. `includes` is set only when the licence names the sub-types it grants. */
export interface ParsedBusiness extends LicencedBusiness {
  includes?: string[];
}

export const LICENCE_KIND = '中华人民共和国增值电信业务经营许可证';

/** Longer inputs are cut here (with a warning): no certificate is anywhere near this long. */
const MAX_INPUT_CHARS = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Text helpers

const WIDE = /[\p{Script=Han}\u2010-\u206f\u2e80-\u2fff\u3000-\u303f\u3200-\u33ff\ufe30-\ufe4f\uff00-\uffef]/u;
const HSPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/** Remove spaces next to a CJK character or punctuation; collapse the others to one; trim. */
export function cleanSpaces(s: string): string {
  return s
    .replace(HSPACE, (run, offset: number, whole: string) => {
      const prev = whole[offset - 1];
      const next = whole[offset + run.length];
      if (prev === undefined || next === undefined) return '';
      return WIDE.test(prev) || WIDE.test(next) ? '' : ' ';
    })
    .trim();
}

/** Matching key of a line: compatibility-normalised (full-width → half-width), no whitespace. */
function key(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Join the lines of one paragraph: no separator in Chinese text, a space between two Latin words. */
function joinLines(parts: string[]): string {
  const out: string[] = [];
  let last = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    if (ASCII_ALNUM.test(last) && ASCII_ALNUM.test(p[0]!)) out.push(' ');
    out.push(p);
    last = p[p.length - 1]!;
  }
  return cleanSpaces(out.join(''));
}

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, O: 0, o: 0, Ο: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 1–99 from 一 … 九十九 or ASCII digits; null if not a numeral. */
function numeral(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CN_DIGIT[tens]! : null;
  return (tens ? CN_DIGIT[tens]! : 1) * 10 + (units ? CN_DIGIT[units]! : 0);
}

const CN_UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function toChinese(n: number): string {
  if (n < 10) return CN_UNITS[n]!;
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN_UNITS[tens]!) + '十' + CN_UNITS[n % 10]!;
}

// ---------------------------------------------------------------------------------------------
// Numbers, dates, labels

const PROVINCE = '[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕甘陇青宁新]';
const NUMBER_SRC = `(${PROVINCE})?([AB][12](?:[.·、,/][AB][12])*)[-‐‑–—]?(\\d{8})(?!\\d)|(${PROVINCE})ICP证(\\d{6,8})号`;

const NUMBER_RE = new RegExp(NUMBER_SRC, 'g');
function numbersIn(k: string): string[] {
  const out: string[] = [];
  if (!/\d{6}/.test(k)) return out;
  for (const m of k.matchAll(NUMBER_RE)) {
    if (m[5]) out.push(`${m[4]}ICP证${m[5]}号`);
    else out.push(`${m[1] ?? ''}${m[2]!.replace(/[·、,/]/g, '.')}-${m[3]}`);
  }
  return out;
}
const NUMBER_ONLY = new RegExp(`^(?:${NUMBER_SRC})$`);

function isoDate(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_RE = /(\d{4})(?:年|[.\-/])(\d{1,2})(?:月|[.\-/])(\d{1,2})(?!\d)日?|([〇零一二三四五六七八九○OoΟ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

/** Every date in a key string, in order; `bad` counts date-shaped strings that are not real dates. */
function datesIn(k: string): { dates: string[]; bad: number } {
  const dates: string[] = [];
  let bad = 0;
  for (const m of k.matchAll(DATE_RE)) {
    let iso: string | null;
    if (m[1]) iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    else {
      const y = [...m[4]!].map((c) => CN_DIGIT[c] ?? 0).join('');
      iso = isoDate(Number(y), numeral(m[5]!) ?? 0, numeral(m[6]!) ?? 0);
    }
    if (iso) dates.push(iso);
    else bad++;
  }
  return { dates, bad };
}

/**
 * If `line` starts with `label` (spaces allowed between its characters, full- or half-width), the
 * rest of the line after an optional colon; else null.
 */
function afterLabel(line: string, label: string): string | null {
  let i = 0;
  const n = line.length;
  for (const ch of label) {
    while (i < n && /\s/.test(line[i]!)) i++;
    if (i >= n || line[i]!.normalize('NFKC') !== ch) return null;
    i++;
  }
  while (i < n && /\s/.test(line[i]!)) i++;
  if (line[i] === ':' || line[i] === '：') i++;
  return line.slice(i).trim();
}

/** Labels that start a field of the certificate: a line starting with one ends the previous field. */
const FIELD_LABELS = [
  '公司名称', '企业名称', '法定代表人', '注册住所', '注册地址', '注册资本', '业务种类', '业务覆盖范围', '覆盖范围',
  '发证机关', '发证日期', '签发日期', '有效期', '经营许可证编号', '许可证编号', '网站名称', '网站域名', '域名',
  '服务器放置地', '网站接入服务提供单位', '接入服务提供单位', '特别规定事项', '《特别规定事项》', '中华人民共和国',
];
function isFieldLabel(k: string): boolean {
  return FIELD_LABELS.some((l) => k.startsWith(l));
}

/** Page furniture: repeated headers, the title, 附页 markers, page numbers, the bare licence number. */
function isNoise(k: string): boolean {
  if (k === '') return true;
  if (/^(?:经营)?许可证编号:?$/.test(k)) return true;
  const afterNo = /^(?:经营)?许可证编号:?(.*)$/.exec(k);
  if (afterNo && NUMBER_ONLY.test(afterNo[1]!)) return true;
  if (NUMBER_ONLY.test(k)) return true;
  if (/^特别规定事项(?:\(续\))?:?$/.test(k)) return true;
  if (/^(?:中华人民共和国)?(?:跨地区)?增值电信业务经营许可证(?:\(?(?:附页|附件|续)\)?)?$/.test(k)) return true;
  if (/^\(?(?:附页|附件|续页)\)?$/.test(k)) return true;
  if (/^[-—–]*\d{1,3}[-—–]*$/.test(k)) return true;
  if (/^\(?(?:第\d{1,3}页)?,?(?:共\d{1,3}页)?,?(?:第\d{1,3}页)?\)?$/.test(k) && /页/.test(k)) return true;
  if (/^\d{1,3}\/\d{1,3}$/.test(k)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The business clause

const OPEN = '(（【[〔';
const CLOSE = ')）】]〕';
const BUSINESS_NAMES = businessNamesLongestFirst();
const SCOPE_NAMES = scopePhrasesLongestFirst();
const NAME_BOUNDARY = /[\s、，,；;：:。)）】的和及与]/;
const SUBTYPE_CODE = /^B25-[1-5]$/;

interface Found {
  code: string;
  name: string;
  start: number;
}

/** Known exclusion phrases in `phrase`, and what is left over once they are taken out. */
function scopeCodes(phrase: string): { codes: { code: string; parent: string }[]; rest: string } {
  const codes: { code: string; parent: string }[] = [];
  let rest = '';
  for (let i = 0; i < phrase.length; ) {
    const hit = SCOPE_NAMES.find((p) => phrase.startsWith(p.name, i));
    if (hit) {
      for (const c of hit.codes) codes.push({ code: c, parent: hit.parent });
      i += hit.name.length;
    } else rest += phrase[i++];
  }
  return { codes, rest: rest.replace(/以及|[、，,和及与等\s]/g, '') };
}

const LIST_SEP = /[、，,\s和及与]/;
const ITEM_END = /[、。；;，,\n)）】]/;

/**
 * Cut every 不含 list out of `s`. A list runs over items separated by 、 (or by ，/a line break
 * when the next item is a known phrase: OCR confuses 、 and ，, and wraps lists), so a sub-type
 * after a wrapped 不含 list is never mistaken for one the licence grants.
 */
function cutExclusions(s: string): { rest: string; phrases: string[] } {
  const phrases: string[] = [];
  let rest = '';
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('不含', i);
    if (at < 0) {
      rest += s.slice(i);
      break;
    }
    rest += s.slice(i, at);
    let end = at + 2;
    let first = true;
    for (;;) {
      let k = end;
      let listed = first;
      while (k < s.length && LIST_SEP.test(s[k]!)) if (s[k++] === '、') listed = true;
      if (s.startsWith('以及', k)) {
        k += 2;
        listed = true;
      }
      const hit = SCOPE_NAMES.find((p) => s.startsWith(p.name, k));
      if (hit) {
        end = k + hit.name.length;
      } else if (listed && k < s.length && !ITEM_END.test(s[k]!)) {
        let e = k;
        while (e < s.length && !ITEM_END.test(s[e]!)) e++;
        end = e;
      } else break;
      first = false;
    }
    phrases.push(s.slice(at + 2, end));
    i = end;
  }
  return { rest, phrases };
}

function parseBusinesses(src: string, warn: (f: string, m: string) => void): ParsedBusiness[] {
  // Business names outside brackets, at a word boundary.
  const found: Found[] = [];
  let depth = 0;
  for (let i = 0; i < src.length; ) {
    const ch = src[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (i === 0 || NAME_BOUNDARY.test(src[i - 1]!))) {
      const hit = BUSINESS_NAMES.find((b) => src.startsWith(b.name, i));
      if (hit) {
        found.push({ code: hit.code, name: hit.name, start: i });
        i += hit.name.length;
        continue;
      }
    }
    i++;
  }

  const head = src.slice(0, found[0]?.start ?? src.length).replace(CLASS_PREFIX, '').replace(/[\s、，,；;。:：]/g, '');
  if (head) warn('business', `unknown business type: ${head}`);

  const out: ParsedBusiness[] = [];
  const pendingExcludes: { code: string; parent: string; from: number }[] = [];
  found.forEach((f, idx) => {
    const seg = src.slice(f.start, found[idx + 1]?.start ?? src.length);
    let leftover = seg.slice(f.name.length);

    // The bracket right after the name: the limit (仅限…), possibly with a 不含 part.
    let limit: string | null = null;
    const afterName = /^\s*([(（])/.exec(leftover);
    if (afterName) {
      const open = afterName[0].length - 1;
      let d = 0;
      let close = -1;
      for (let j = open; j < leftover.length; j++) {
        if (OPEN.includes(leftover[j]!)) d++;
        else if (CLOSE.includes(leftover[j]!) && --d === 0) {
          close = j;
          break;
        }
      }
      const inner = leftover.slice(open + 1, close < 0 ? undefined : close);
      const cut = inner.indexOf('不含');
      limit = (cut < 0 ? inner : inner.slice(0, cut)).replace(/\n/g, '').replace(/^[\s，,；;、]+|[\s，,；;、]+$/g, '') || null;
      leftover = (cut < 0 ? '' : inner.slice(cut)) + '\n' + (close < 0 ? '' : leftover.slice(close + 1));
    } else {
      const m = /仅限[^，,。；;、\n（()）]+/.exec(leftover);
      if (m) {
        limit = m[0];
        leftover = leftover.replace(m[0], '');
      }
    }

    // 不含 … up to the end of its list.
    const excludes: string[] = [];
    const includes: string[] = [];
    const cut = cutExclusions(leftover);
    leftover = cut.rest;
    for (const phrase of cut.phrases) {
      const { codes, rest } = scopeCodes(phrase.replace(/\s/g, ''));
      if (rest) warn('business', `exclusion not recognised, kept only in the text: 不含${phrase.replace(/\s/g, '')}`);
      for (const c of codes) {
        const owner = c.parent === f.code ? idx : found.findIndex((g) => g.code === c.parent);
        pendingExcludes.push({ code: c.code, parent: c.parent, from: owner < 0 ? idx : owner });
      }
    }
    // Sub-types named outside 不含: the licence grants only those.
    const named = scopeCodes(leftover.replace(/\s/g, ''));
    for (const c of named.codes) if (SUBTYPE_CODE.test(c.code) && named.codes.length && !includes.includes(c.code)) includes.push(c.code);
    if (includes.length === 5) includes.length = 0; // 互联网信息服务 as a whole: no narrowing
    const stray = named.rest.replace(/[()（）【】\[\]。；;:：]/g, '');
    if (/业务/.test(stray)) warn('business', `unknown business type in: ${seg.replace(/\n/g, '')}`);

    const text = seg.replace(/\n/g, '').replace(/^[\s、，,；;]+|[\s、，,；;]+$/g, '');
    const b: ParsedBusiness = { code: f.code, name: f.name, limit, excludes, text };
    if (includes.length) b.includes = includes;
    out.push(b);
  });
  for (const p of pendingExcludes) {
    const b = out[p.from];
    if (b && !b.excludes.includes(p.code)) b.excludes.push(p.code);
  }
  if (!out.length && src.trim()) warn('business', `no known business type in: ${src.replace(/\n/g, '')}`);
  return out;
}

const AREA = `(?:${COVERAGE_AREAS.join('|')})(?:市|省|壮族自治区|回族自治区|维吾尔自治区|自治区)?`;
const COVERAGE_RE = new RegExp(`覆盖范围(?:为|是)?:?(${AREA}(?:[、,和及]${AREA})*)`, 'g');

// ---------------------------------------------------------------------------------------------
// The parser

function emptyLicence(): Licence {
  return {
    id: '',
    kind: '',
    number: '',
    holder: '',
    legal_representative: '',
    business: [],
    coverage: null,
    issued: '',
    valid_until: '',
    websites: [],
    business_clause: { id: '业务种类', text: '' },
    clauses: [],
  };
}

export function parseLicence(text: string): ParseResult {
  const warnings: ParseWarning[] = [];
  const warn = (field: string, message: string) => {
    if (!warnings.some((w) => w.field === field && w.message === message)) warnings.push({ field, message });
  };
  try {
    return { licence: parseInner(text, warn), warnings };
  } catch (e) {
    // A bug here must not take the caller down with it.
    warn('input', `could not parse: ${e instanceof Error ? e.message : String(e)}`);
    return { licence: emptyLicence(), warnings };
  }
}

function parseInner(input: unknown, warn: (f: string, m: string) => void): Licence {
  let text = typeof input === 'string' ? input : input == null ? '' : String(input);
  if (text.length > MAX_INPUT_CHARS) {
    warn('input', `text longer than ${MAX_INPUT_CHARS} characters: only the start was read`);
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  if (!text.trim()) warn('input', 'empty text');
  text = text
    .replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g, ' ');
  // Lone surrogates would make normalize() fragile across engines.
  text = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');

  const lines = text.split('\n');
  const keys = lines.map(key);
  const lic = emptyLicence();

  // Where the special provisions start: everything before is the certificate and its 附页.
  let clauseStart = keys.findIndex((k) => /^《?特别规定事项》?(?:\(续\))?:?$/.test(k) || k.startsWith('《特别规定事项》'));
  const front = clauseStart < 0 ? lines.length : clauseStart;
  const frontKey = keys.slice(0, front).join('');

  // kind
  const title = /中华人民共和国(?:跨地区)?增值电信业务经营许可证/.exec(frontKey) ?? /增值电信业务经营许可证/.exec(frontKey);
  if (title) {
    lic.kind = title[0];
    if (!title[0].startsWith('中华人民共和国')) warn('kind', `incomplete certificate title: ${title[0]}`);
  } else warn('kind', 'certificate title (中华人民共和国增值电信业务经营许可证) not found');

  // number: the labelled one, else the most frequent one
  let labelled: string | undefined;
  for (let i = 0; i < lines.length && !labelled; i++) {
    if (!/^(?:经营)?许可证编号/.test(keys[i]!)) continue;
    for (let j = i; j < Math.min(i + 3, lines.length) && !labelled; j++) {
      const k = j === i ? keys[j]!.replace(/^(?:经营)?许可证编号:?/, '') : keys[j]!;
      if (j > i && isFieldLabel(k)) break;
      labelled = numbersIn(k)[0];
    }
  }
  const counts = new Map<string, number>();
  for (const k of keys) for (const n of numbersIn(k)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  lic.number = labelled ?? byCount[0]?.[0] ?? '';
  lic.id = lic.number;
  if (!lic.number) warn('number', 'licence number (经营许可证编号) not found');
  else {
    if (!labelled) warn('number', `licence number found without its label: ${lic.number}`);
    const others = byCount.map(([n]) => n).filter((n) => n !== lic.number);
    if (others.length) warn('number', `other licence numbers in the text: ${others.slice(0, 5).join(', ')}`);
  }

  // holder, legal representative
  const labelValue = (labels: string[], from = 0, to = front): string => {
    for (let i = from; i < to; i++) {
      for (const l of labels) {
        if (!keys[i]!.startsWith(l)) continue;
        const v = afterLabel(lines[i]!, l);
        if (v === null) continue;
        if (v) return cleanSpaces(v);
        const next = lines.slice(i + 1, Math.min(i + 3, to)).find((s) => s.trim());
        if (next && !isFieldLabel(key(next))) return cleanSpaces(next);
        return '';
      }
    }
    return '';
  };
  lic.holder = labelValue(['公司名称', '企业名称', '单位名称']);
  if (!lic.holder) warn('holder', 'company name (公司名称) not found');
  lic.legal_representative = labelValue(['法定代表人', '法人代表']);
  if (!lic.legal_representative) warn('legal_representative', 'legal representative (法定代表人) not found');

  // business clause
  const bi = keys.slice(0, front).findIndex((k) => k.startsWith('业务种类'));
  const valueLines: string[] = [];
  if (bi >= 0) {
    let i = bi;
    let first: string | null = null;
    for (; i < Math.min(bi + 4, front); i++) {
      const line = lines[i]!;
      const colon = line.search(/[:：]/);
      const labelOnly = /^(?:业务种类|\(服务项目\)|服务项目|及|业务|覆盖范围|\(|\))+/;
      if (colon >= 0 && key(line.slice(0, colon)).replace(labelOnly, '') === '') {
        first = line.slice(colon + 1);
        break;
      }
      const k = keys[i]!;
      if (k.replace(labelOnly, '') !== '') {
        first = line.replace(/^\s*业\s*务\s*种\s*类\s*(?:[(（]\s*服\s*务\s*项\s*目\s*[)）])?\s*(?:及\s*)?(?:业\s*务\s*)?(?:覆\s*盖\s*范\s*围)?\s*/, '');
        break;
      }
    }
    if (first !== null) {
      if (first.trim()) valueLines.push(first);
      const unbalanced = (s: string) =>
        (s.match(/[(（【]/g)?.length ?? 0) > (s.match(/[)）】]/g)?.length ?? 0);
      for (i = i + 1; i < front; i++) {
        const k = keys[i]!;
        if (k === '') {
          const next = keys.slice(i + 1, Math.min(i + 6, front)).find((s) => s);
          const sofar = valueLines.join('');
          const cont = next !== undefined && (/^(?:不含|仅限|【|\(|、|,)/.test(next) || unbalanced(sofar) || /[、,，(（]\s*$/.test(sofar));
          if (!cont && valueLines.length) break;
          continue;
        }
        if (isFieldLabel(k) || isNoise(k) || datesIn(k).dates.length) break;
        valueLines.push(lines[i]!);
      }
    }
  }
  const cleaned = valueLines.map(cleanSpaces).filter(Boolean);
  lic.business_clause = { id: '业务种类', text: cleaned.join('\n') };
  if (!cleaned.length) warn('business_clause', 'business types (业务种类) not found');
  const businessSrc = cleaned.join('\n').replace(/【[^】]*(?:】|$)/g, '');
  lic.business = parseBusinesses(businessSrc, warn);
  if (!lic.business.length && !cleaned.length) warn('business', 'no business type found');

  // coverage
  const coverages = new Set<string>();
  for (const m of (frontKey + key(businessSrc)).matchAll(COVERAGE_RE)) coverages.add(m[1]!);
  const cov = [...coverages];
  lic.coverage = cov[0] ?? null;
  if (cov.length > 1) warn('coverage', `several coverage areas: ${cov.join('; ')}; kept the first`);

  // dates
  const labelledDates = (labels: string[], last: boolean): string | null => {
    for (let i = 0; i < front; i++) {
      const k = keys[i]!;
      const l = labels.find((x) => k.startsWith(x));
      if (!l) continue;
      for (let j = i; j < Math.min(i + 3, front); j++) {
        const s = j === i ? k.slice(l.length) : keys[j]!;
        if (j > i && isFieldLabel(s)) break;
        const { dates } = datesIn(s);
        if (dates.length) return last ? dates[dates.length - 1]! : dates[0]!;
      }
    }
    return null;
  };
  let issued = labelledDates(['发证日期', '签发日期', '颁发日期', '发证时间'], false);
  let until = labelledDates(['有效期至', '有效期限至', '有效期限', '有效期'], true);
  if (!issued || !until) {
    const all = datesIn(frontKey);
    const sorted = [...new Set(all.dates)].sort();
    if (!issued && !until && sorted.length >= 2) {
      issued = sorted[0]!;
      until = sorted[sorted.length - 1]!;
      warn('issued', `issue date inferred from unlabelled dates: ${issued}`);
      warn('valid_until', `expiry date inferred from unlabelled dates: ${until}`);
    }
    if (all.bad) warn('dates', `${all.bad} date(s) that are not calendar dates`);
  }
  lic.issued = issued ?? '';
  lic.valid_until = until ?? '';
  if (!issued) warn('issued', 'issue date (发证日期) not found');
  if (!until) warn('valid_until', 'expiry date (有效期至) not found');
  if (issued && until) {
    if (until <= issued) warn('valid_until', `expiry ${until} is not after issue ${issued}`);
    else {
      const [y, m, d] = issued.split('-').map(Number) as [number, number, number];
      if (until > isoDate(y + 5, m, Math.min(d, 28))!.replace(/-\d\d$/, '-31'))
        warn('valid_until', `validity longer than the 5 years a licence runs: ${issued} → ${until}`);
    }
  }

  // websites (附页)
  lic.websites = parseWebsites(lines, keys, warn);
  if (!lic.websites.length && lic.business.some((b) => b.code === 'B25' && !/不含互联网/.test(b.text ?? '')))
    warn('websites', 'no website (网站名称/网站域名) found for an Internet information-service licence');

  // clauses
  if (clauseStart < 0) clauseStart = front === lines.length ? 0 : front;
  lic.clauses = parseClauses(lines, keys, clauseStart, warn);
  if (!lic.clauses.length) warn('clauses', 'no special-provision clauses (特别规定事项) found');

  return lic;
}

function parseWebsites(lines: string[], keys: string[], warn: (f: string, m: string) => void): Website[] {
  interface Group {
    name: string;
    domains: string[];
    server: string | null;
    provider: string | null;
  }
  const groups: Group[] = [];
  const fields: [keyof Group, string[]][] = [
    ['name', ['网站名称']],
    ['domains', ['网站域名', '域名']],
    ['server', ['服务器放置地点', '服务器放置地', '服务器所在地']],
    ['provider', ['网站接入服务提供单位', '网站接入服务提供者', '接入服务提供单位', '接入服务提供者']],
  ];
  for (let i = 0; i < lines.length; i++) {
    const k = keys[i]!;
    if (!/^(?:网站|域名|服务器|接入)/.test(k)) continue;
    for (const [field, labels] of fields) {
      const label = labels.find((l) => k.startsWith(l));
      if (!label) continue;
      let v = afterLabel(lines[i]!, label) ?? '';
      if (!v) {
        const next = lines.slice(i + 1, i + 3).find((s) => s.trim());
        if (next && !isFieldLabel(key(next))) v = next;
      }
      v = cleanSpaces(v);
      let g = groups[groups.length - 1];
      if (!g || field === 'name' && (g.name || g.domains.length)) {
        g = { name: '', domains: [], server: null, provider: null };
        groups.push(g);
      }
      if (field === 'name') g.name = v;
      else if (field === 'domains')
        g.domains.push(...v.normalize('NFKC').toLowerCase().split(/[、,，;；\s]+/).filter(Boolean));
      else if (field === 'server') g.server = v || null;
      else g.provider = v || null;
      break;
    }
  }
  const out: Website[] = [];
  for (const g of groups) {
    if (!g.domains.length) warn('websites', `website without a domain: ${g.name || '(no name)'}`);
    if (!g.name) warn('websites', `website without a name: ${g.domains.join(', ')}`);
    for (const domain of g.domains.length ? g.domains : ['']) {
      out.push({ name: g.name, domain, server_location: g.server, access_provider: g.provider });
    }
  }
  return out;
}

const TOP_MARK = /^\s*([一二三四五六七八九十](?:\s*[一二三四五六七八九十]){0,2})\s*[、,，.．]\s*/;
const SUB_MARK = /^\s*[(（]\s*([一二三四五六七八九十](?:\s*[一二三四五六七八九十]){0,2}|\d{1,2})\s*[)）]\s*/;

function parseClauses(lines: string[], keys: string[], start: number, warn: (f: string, m: string) => void): Clause[] {
  // Every line that looks like a clause start; which of them really are is decided below.
  interface Mark {
    line: number;
    top: boolean;
    n: number;
    len: number;
  }
  const marks: Mark[] = [];
  const markAt = new Map<number, Mark>();
  const noise: boolean[] = [];
  for (let i = start; i < lines.length; i++) {
    if ((noise[i] = isNoise(keys[i]!))) continue;
    const t = TOP_MARK.exec(lines[i]!);
    const tn = t ? numeral(t[1]!.replace(/\s/g, '')) : null;
    const s = t ? null : SUB_MARK.exec(lines[i]!);
    const sn = s ? numeral(s[1]!.replace(/\s/g, '')) : null;
    const m = tn !== null ? { line: i, top: true, n: tn, len: t![0].length } : sn !== null ? { line: i, top: false, n: sn, len: s![0].length } : null;
    if (m) {
      markAt.set(i, m);
      marks.push(m);
    }
  }
  /**
   * A number that skips ahead (十五 right after 二) is a real clause when the skipped numbers do
   * not turn up later (a page lost in the scan), and a line that merely starts like one (a wrapped
   * 十、…) when they do. Bounded look-ahead keeps this linear.
   */
  const skippedLater = (from: number, top: boolean, last: number, n: number, parentN: number): boolean => {
    for (let j = from + 1; j < Math.min(marks.length, from + 200); j++) {
      const m = marks[j]!;
      if (!top && m.top && m.n > parentN) return false;
      if (m.top === top && m.n > last && m.n < n) return true;
    }
    return false;
  };

  const id = (parent: string, n: number) => (parent ? `${parent}(${toChinese(n)})` : toChinese(n));
  const gap = (parent: string, last: number, n: number) =>
    n - last === 2 ? `clause ${id(parent, last + 1)}` : `clauses ${id(parent, last + 1)}…${id(parent, n - 1)}`;

  const out: { id: string; parts: string[] }[] = [];
  let current: { id: string; parts: string[] } | null = null;
  let top: { id: string; n: number } | null = null;
  let lastSub = 0;
  let mi = -1;
  for (let i = start; i < lines.length; i++) {
    if (noise[i]) continue;
    const line = lines[i]!;
    const m = markAt.get(i);
    if (m) mi++;
    if (m && m.top) {
      const last: number = top?.n ?? 0;
      if (m.n > last && (m.n === last + 1 || !skippedLater(mi, true, last, m.n, 0))) {
        if (m.n !== last + 1) warn('clauses', `${gap('', last, m.n)} missing before ${toChinese(m.n)}`);
        top = { id: toChinese(m.n), n: m.n };
        lastSub = 0;
        current = { id: top.id, parts: [line.slice(m.len)] };
        out.push(current);
        continue;
      }
    } else if (m && top) {
      if (m.n > lastSub && (m.n === lastSub + 1 || !skippedLater(mi, false, lastSub, m.n, top.n))) {
        if (m.n !== lastSub + 1) warn('clauses', `${gap(top.id, lastSub, m.n)} missing before ${top.id}(${toChinese(m.n)})`);
        lastSub = m.n;
        current = { id: `${top.id}(${toChinese(m.n)})`, parts: [line.slice(m.len)] };
        out.push(current);
        continue;
      }
    }
    if (current) current.parts.push(line);
  }
  return out.map((c) => {
    const text = joinLines(c.parts);
    if (!text) warn('clauses', `clause ${c.id} is empty`);
    return { id: c.id, text };
  });
}
