import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TYPES } from '../../src/licences/businesses.js';
import { parseLicence, type ParsedBusiness } from '../../src/licences/parse.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const SEED_TEXT = readFileSync(new URL('../../../shared/seeds/licence-jingB2-20224676.txt', import.meta.url), 'utf8');
const SEED_JSON = JSON.parse(readFileSync(new URL('../../src/licences/jingB2-20224676.json', import.meta.url), 'utf8'));

/** Full-/half-width-insensitive form, for OCR texts whose punctuation width differs from the seed's. */
const nfkc = (v: unknown) => JSON.parse(JSON.stringify(v).normalize('NFKC'));

/** A minimal certificate around a business clause, for table-driven tests. */
function cert(business: string, extra = ''): string {
  return [
    '中华人民共和国增值电信业务经营许可证',
    '经营许可证编号：京B2-20230001',
    '公司名称：测试科技有限公司',
    '法定代表人：张三',
    `业务种类（服务项目）及覆盖范围：${business}`,
    '',
    '发证日期：2023年1月1日',
    '有效期至：2028年1月1日',
    extra,
    '特别规定事项',
    '一、你公司应当依法经营。',
  ].join('\n');
}

describe('the seed certificate', () => {
  it('parses to exactly the structured record, with no warnings', () => {
    const { licence, warnings } = parseLicence(SEED_TEXT);
    expect(licence).toStrictEqual(SEED_JSON);
    expect(warnings).toEqual([]);
  });

  it('joins clause 九 across the page break without the repeated header', () => {
    const nine = parseLicence(SEED_TEXT).licence.clauses.find((c) => c.id === '九')!;
    expect(nine.text).toContain('按照法律法规要求或有关标准,做好用户日志留存');
    expect(nine.text).not.toMatch(/经营许可证编号|特别规定事项/);
  });

  it('keeps every clause id of 一…十五 and 十五(一)…十五(十四) in order', () => {
    const ids = parseLicence(SEED_TEXT).licence.clauses.map((c) => c.id);
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
    expect(ids).toEqual([...cn, ...cn.slice(0, 14).map((n) => `十五(${n})`)]);
  });
});

describe('a noisy multi-page OCR of the same certificate', () => {
  const { licence, warnings } = parseLicence(fixture('noisy-multipage.txt'));

  it('reads the same licence (up to punctuation width) with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(nfkc(licence)).toStrictEqual(nfkc(SEED_JSON));
  });

  it('reads the full-width number and the spaced or ISO dates', () => {
    expect(licence.number).toBe('京B2-20224676');
    expect(licence.issued).toBe('2023-08-04');
    expect(licence.valid_until).toBe('2027-01-29');
    expect(licence.legal_representative).toBe('付力扬');
  });

  it('leaves no page furniture or stray spaces in clause texts', () => {
    for (const c of licence.clauses) {
      expect(c.text.normalize('NFKC')).not.toMatch(/经营许可证编号:|特别规定事项|中华人民共和国增值电信业务经营许可证|-\d+-|\s/);
    }
    // 十五(十一) is broken across a page: both halves are present, joined.
    const c11 = licence.clauses.find((c) => c.id === '十五(十一)')!;
    expect(c11.text.normalize('NFKC')).toMatch(/用户投诉举报机制,督促应用开发者落实安全责任。$/);
  });
});

describe('variants', () => {
  it('a licence that includes search: B25 with no exclusions, coverage stated', () => {
    const { licence, warnings } = parseLicence(fixture('search-included.txt'));
    expect(warnings).toEqual([]);
    expect(licence.business).toEqual([
      { code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: [], text: '信息服务业务（仅限互联网信息服务）' },
    ]);
    expect(licence.coverage).toBe('浙江省');
    expect(licence.number).toBe('浙B2-20190888');
    expect(licence.issued).toBe('2019-03-08');
    expect(licence.valid_until).toBe('2024-03-07');
    expect(licence.websites).toEqual([
      { name: '搜得快', domain: 'soudekuai.com', server_location: '浙江省杭州市余杭区', access_provider: '阿里云计算有限公司' },
    ]);
    expect(licence.clauses.find((c) => c.id === '三(二)')?.text).toBe(
      '(适用于信息搜索查询服务)你公司提供信息搜索查询服务时,不得向用户推送或推荐违法信息。',
    );
  });

  it('an EDI licence: B21 仅限经营类电子商务, cross-regional number, (1) sub-items', () => {
    const { licence, warnings } = parseLicence(fixture('edi-b21.txt'));
    expect(warnings).toEqual([]);
    expect(licence.number).toBe('B2-20201234');
    expect(licence.id).toBe('B2-20201234');
    expect(licence.legal_representative).toBe('陈静');
    expect(licence.business).toEqual([
      {
        code: 'B21',
        name: '在线数据处理与交易处理业务',
        limit: '仅限经营类电子商务',
        excludes: [],
        text: '在线数据处理与交易处理业务（仅限经营类电子商务，不含网络借贷信息中介类的互联网金融业务）',
      },
    ]);
    expect(licence.coverage).toBe('全国');
    expect(licence.issued).toBe('2020-05-12');
    expect(licence.valid_until).toBe('2025-05-11');
    expect(licence.websites).toEqual([]);
    expect(licence.clauses.map((c) => c.id)).toEqual(['一', '二', '三', '四', '四(一)', '四(二)']);
    expect(licence.clauses[5]!.text).toBe('你公司不得为未经许可的主体提供交易处理服务。');
  });

  it('an expired licence in the old format: Chinese-numeral dates, 有效期 range, two domains', () => {
    const { licence, warnings } = parseLicence(fixture('expired-old-format.txt'));
    expect(warnings).toEqual([]);
    expect(licence.kind).toBe('中华人民共和国增值电信业务经营许可证');
    expect(licence.issued).toBe('2016-05-31');
    expect(licence.valid_until).toBe('2021-05-31');
    expect(licence.valid_until < '2026-01-01').toBe(true); // expired: the engine rejects with licence_invalid
    expect(licence.legal_representative).toBe('王小明');
    expect(licence.coverage).toBe('北京市');
    expect(licence.business).toEqual([
      {
        code: 'B25',
        name: '信息服务业务',
        limit: '仅限互联网信息服务',
        excludes: ['B25-4'],
        text: '信息服务业务（仅限互联网信息服务）不含信息即时交互服务',
      },
    ]);
    expect(licence.business_clause.text).toBe('第二类增值电信业务中的信息服务业务（仅限互联网信息服务）\n不含信息即时交互服务');
    expect(licence.websites.map((w) => w.domain)).toEqual(['jiushiguang.com', 'jiushiguang.cn']);
    expect(licence.websites.every((w) => w.name === '旧时光' && w.server_location === '北京市海淀区')).toBe(true);
    expect(licence.clauses.map((c) => c.id)).toEqual(['一', '二', '三', '三(一)', '三(二)']);
  });

  it('a licence with two business types: exclusions go to the business they belong to', () => {
    const { licence, warnings } = parseLicence(fixture('two-businesses.txt'));
    expect(warnings).toEqual([]);
    expect(licence.business).toEqual([
      { code: 'B21', name: '在线数据处理与交易处理业务', limit: '仅限经营类电子商务', excludes: [], text: '在线数据处理与交易处理业务（仅限经营类电子商务）' },
      { code: 'B25', name: '信息服务业务', limit: '仅限互联网信息服务', excludes: ['B25-2'], text: '信息服务业务（仅限互联网信息服务）不含信息搜索查询服务。' },
    ]);
    expect(licence.coverage).toBe('广东省');
    expect(licence.websites.map((w) => [w.domain, w.access_provider])).toEqual([
      ['duoduoyx.com', '深圳市腾讯计算机系统有限公司'],
      ['news.duoduoyx.com', '华为云计算技术有限公司'],
    ]);
    expect(licence.clauses.map((c) => c.id)).toEqual(['一', '二', '二(一)', '二(二)', '三', '三(一)']);
  });
});

describe('licence numbers', () => {
  it.each([
    ['经营许可证编号：京B2-20224676', '京B2-20224676'],
    ['经营许可证编号：B1-20193456', 'B1-20193456'],
    ['经营许可证编号：粤B2-20180001', '粤B2-20180001'],
    ['经营许可证编号：沪B1.B2-20110017', '沪B1.B2-20110017'],
    ['经营许可证编号：沪B1、B2-20110017', '沪B1.B2-20110017'],
    ['经营许可证编号 ： 京 Ｂ２－２０２２ ４６７６', '京B2-20224676'],
    ['经营许可证编号：京ICP证000001号', '京ICP证000001号'],
    ['经营许可证编号:\n\n京B2-20224676', '京B2-20224676'],
  ])('%s → %s', (line, number) => {
    const { licence, warnings } = parseLicence(line);
    expect(licence.number).toBe(number);
    expect(licence.id).toBe(number);
    expect(warnings.filter((w) => w.field === 'number')).toEqual([]);
  });

  it('warns when the number has no label, or when another number is in the text', () => {
    expect(parseLicence('京B2-20224676').warnings.map((w) => w.field)).toContain('number');
    const two = parseLicence('经营许可证编号：京B2-20224676\n京B2-20224677');
    expect(two.licence.number).toBe('京B2-20224676');
    expect(two.warnings).toContainEqual({ field: 'number', message: 'other licence numbers in the text: 京B2-20224677' });
  });

  it('does not take a longer digit run for a number', () => {
    expect(parseLicence('经营许可证编号：京B2-202246761').licence.number).toBe('');
  });
});

describe('dates', () => {
  it.each([
    ['2023年 08月 04日', '2023-08-04'],
    ['2027年1月29日', '2027-01-29'],
    ['2027-01-29', '2027-01-29'],
    ['2027.1.29', '2027-01-29'],
    ['２０２７年１月２９日', '2027-01-29'],
    ['二〇二七年一月二十九日', '2027-01-29'],
  ])('有效期至：%s → %s', (raw, iso) => {
    expect(parseLicence(`有效期至：${raw}`).licence.valid_until).toBe(iso);
  });

  it('reads a date on the line after its label', () => {
    expect(parseLicence('发证日期：\n2023年8月4日\n有效期至：\n2027年1月29日').licence).toMatchObject({
      issued: '2023-08-04',
      valid_until: '2027-01-29',
    });
  });

  it('rejects impossible dates with a warning', () => {
    const { licence, warnings } = parseLicence('发证日期：2023年2月30日\n有效期至：2027年13月1日');
    expect(licence.issued).toBe('');
    expect(licence.valid_until).toBe('');
    expect(warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['issued', 'valid_until', 'dates']));
  });

  it('warns about an expiry before the issue date, and about a term longer than five years', () => {
    expect(parseLicence('发证日期：2023年8月4日\n有效期至：2022年1月29日').warnings).toContainEqual({
      field: 'valid_until',
      message: 'expiry 2022-01-29 is not after issue 2023-08-04',
    });
    const long = parseLicence('发证日期：2023年8月4日\n有效期至：2037年1月29日').warnings;
    expect(long.some((w) => w.field === 'valid_until' && /5 years/.test(w.message))).toBe(true);
    const ok = parseLicence('发证日期：2023年8月4日\n有效期至：2028年8月3日').warnings;
    expect(ok.filter((w) => w.field === 'valid_until')).toEqual([]);
  });

  it('infers dates from unlabelled ones, with warnings', () => {
    const { licence, warnings } = parseLicence('2027年1月29日\n2023年8月4日');
    expect([licence.issued, licence.valid_until]).toEqual(['2023-08-04', '2027-01-29']);
    expect(warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['issued', 'valid_until']));
  });
});

describe('business types (src/licences/businesses.ts)', () => {
  const all = BUSINESS_TYPES.flatMap((b) => b.names.map((name) => [name, b.code] as const));
  it.each(all)('%s → %s', (name, code) => {
    const { licence, warnings } = parseLicence(cert(name));
    expect(licence.business.map((b) => [b.code, b.name])).toEqual([[code, name]]);
    expect(warnings.filter((w) => w.field === 'business')).toEqual([]);
  });

  it('knows every business of DOMAIN.md §2', () => {
    expect(BUSINESS_TYPES.map((b) => b.code)).toEqual(['B11', 'B12', 'B13', 'B14', 'B21', 'B22', 'B23', 'B24', 'B25', 'B26']);
  });

  it.each([
    ['信息发布平台和递送服务', ['B25-1']],
    ['信息发布平台及递送服务', ['B25-1']],
    ['信息搜索查询服务', ['B25-2']],
    ['信息社区平台服务', ['B25-3']],
    ['信息社区服务', ['B25-3']],
    ['信息即时交互服务', ['B25-4']],
    ['信息保护和处理服务', ['B25-5']],
    ['信息保护和加工处理服务', ['B25-5']],
    ['信息搜索查询服务、信息社区服务和信息保护和加工处理服务', ['B25-2', 'B25-3', 'B25-5']],
  ])('不含%s → %j', (phrase, codes) => {
    const b = parseLicence(cert(`信息服务业务（仅限互联网信息服务）不含${phrase}`)).licence.business;
    expect(b).toHaveLength(1);
    expect(b[0]!.excludes).toEqual(codes);
  });

  it.each([
    ['不含信息搜索查询服务，信息即时交互服务。', 'a comma OCR read for 、'],
    ['不含信息搜索查询服务、\n信息即时交互服务。', 'a list wrapped onto the next line'],
    ['不含信息搜索查询服务\n信息即时交互服务', 'a line break alone'],
  ])('never reads an excluded sub-type as granted: %j (%s)', (tail) => {
    const { licence, warnings } = parseLicence(cert(`信息服务业务（仅限互联网信息服务）${tail}`));
    expect(licence.business).toHaveLength(1);
    expect(licence.business[0]!.excludes).toEqual(['B25-2', 'B25-4']);
    expect((licence.business[0] as ParsedBusiness).includes).toBeUndefined();
    expect(warnings.filter((w) => w.field === 'business')).toEqual([]);
  });

  it('warns when an ICP (B25 Internet) licence lists no website, but not for other businesses', () => {
    expect(parseLicence(cert('信息服务业务（仅限互联网信息服务）')).warnings.map((w) => w.field)).toEqual(['websites']);
    expect(parseLicence(cert('在线数据处理与交易处理业务（仅限经营类电子商务）')).warnings).toEqual([]);
  });

  it('reads 不含 inside the bracket, after the limit', () => {
    const [b] = parseLicence(cert('信息服务业务（仅限互联网信息服务，不含信息即时交互服务）')).licence.business;
    expect(b).toMatchObject({ code: 'B25', limit: '仅限互联网信息服务', excludes: ['B25-4'] });
  });

  it('reads the SP licence (不含互联网信息服务) as excluding every Internet sub-type, with no spurious business', () => {
    const { licence } = parseLicence(cert('第二类增值电信业务中的信息服务业务（不含固定网电话信息服务和互联网信息服务）'));
    expect(licence.business).toHaveLength(1);
    expect(licence.business[0]).toMatchObject({ code: 'B25', limit: null });
    expect(licence.business[0]!.excludes).toEqual(['B25-X', 'B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5']);
  });

  it('records the sub-types a licence names as the only ones it grants', () => {
    const [b] = parseLicence(cert('信息服务业务（仅限互联网信息服务）：信息发布平台和递送服务、信息社区平台服务')).licence.business;
    expect(b).toMatchObject({ code: 'B25', includes: ['B25-1', 'B25-3'], excludes: [] });
  });

  it('warns about an unknown business type and an unrecognised exclusion', () => {
    const unknown = parseLicence(cert('卫星通信业务'));
    expect(unknown.licence.business).toEqual([]);
    expect(unknown.warnings).toContainEqual({ field: 'business', message: 'unknown business type: 卫星通信业务' });
    const mixed = parseLicence(cert('信息服务业务（仅限互联网信息服务）、卫星通信业务'));
    expect(mixed.licence.business.map((b) => b.code)).toEqual(['B25']);
    expect(mixed.warnings.some((w) => w.field === 'business' && w.message.includes('卫星通信业务'))).toBe(true);
    const excl = parseLicence(cert('信息服务业务（仅限互联网信息服务）不含网络直播服务'));
    expect(excl.licence.business[0]!.excludes).toEqual([]);
    expect(excl.warnings.some((w) => w.field === 'business' && w.message.includes('不含网络直播服务'))).toBe(true);
  });

  it('reads three businesses of both classes, and the 【…】 note stays out of them', () => {
    const { licence } = parseLicence(
      cert('互联网数据中心业务、国内呼叫中心业务；信息服务业务（仅限互联网信息服务）\n【依法须经批准的项目，经相关部门批准后方可开展相应经营活动】'),
    );
    expect(licence.business.map((b) => [b.code, b.text])).toEqual([
      ['B11', '互联网数据中心业务'],
      ['B24', '国内呼叫中心业务'],
      ['B25', '信息服务业务（仅限互联网信息服务）'],
    ]);
    expect(licence.business_clause.text).toMatch(/\n【依法须经批准的项目，经相关部门批准后方可开展相应经营活动】$/);
  });
});

describe('clauses', () => {
  it('normalises (一), （一）, (1) and spaced （ 十 一 ） to 十五(…)', () => {
    const lines = ['特别规定事项', '十五、总则:'];
    const forms = ['(一)', '（二）', '(3)', '（ 四 ）', '(5)', '(六)', '(七)', '(八)', '(九)', '(十)', '（ 十 一 ）'];
    forms.forEach((f, i) => lines.push(`${f} 第${i + 1}项。`));
    const ids = parseLicence(lines.join('\n')).licence.clauses.map((c) => c.id);
    expect(ids).toEqual(['十五', ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `十五(${n})`)]);
  });

  it('accepts a jump over a lost page, but not a wrapped line that only looks like a clause start', () => {
    const text = [
      '特别规定事项',
      '一、第一条。',
      '二、第二条，引用',
      '十、这是折行。',
      '三、第三条。',
      '十五、遵守下列规定:',
      '(一)甲。',
      '(三)丙。',
      '(二)乙。',
    ].join('\n');
    const { licence, warnings } = parseLicence(text);
    expect(licence.clauses).toEqual([
      { id: '一', text: '第一条。' },
      { id: '二', text: '第二条，引用十、这是折行。' },
      { id: '三', text: '第三条。' },
      { id: '十五', text: '遵守下列规定:' },
      { id: '十五(一)', text: '甲。(三)丙。' },
      { id: '十五(二)', text: '乙。' },
    ]);
    expect(warnings).toContainEqual({ field: 'clauses', message: 'clauses 四…十四 missing before 十五' });
  });

  it('keeps a space between Latin words across a line break, and none next to CJK', () => {
    const [c] = parseLicence('特别规定事项\n一、你公司 提供 App\nStore 上架 服务 , 不得 推送 。').licence.clauses;
    expect(c!.text).toBe('你公司提供App Store上架服务,不得推送。');
  });
});

describe('garbage in, warnings out', () => {
  const fields = ['number', 'holder', 'legal_representative', 'business', 'issued', 'valid_until', 'clauses', 'kind'];

  it('empty text: an empty licence and a warning for every field', () => {
    const { licence, warnings } = parseLicence('');
    expect(licence).toMatchObject({ id: '', number: '', business: [], clauses: [], websites: [], coverage: null });
    expect(new Set(warnings.map((w) => w.field))).toEqual(new Set([...fields, 'input', 'business_clause']));
  });

  it('binary noise does not throw', () => {
    let s = 42;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 20; round++) {
      const bytes = Uint8Array.from({ length: 5000 }, () => Math.floor(rnd() * 256));
      const asUtf8 = new TextDecoder('utf-8').decode(bytes);
      const asCodeUnits = String.fromCharCode(...Array.from({ length: 5000 }, () => Math.floor(rnd() * 65536)));
      for (const t of [asUtf8, asCodeUnits]) {
        const r = parseLicence(t);
        expect(r.warnings.length).toBeGreaterThan(0);
        expect(r.licence.business_clause.id).toBe('业务种类');
      }
    }
  });

  it('non-string input does not throw', () => {
    for (const v of [undefined, null, 42, {}, ['京B2-20224676']]) {
      expect(() => parseLicence(v as unknown as string)).not.toThrow();
    }
    expect(parseLicence(['经营许可证编号：京B2-20224676'] as unknown as string).licence.number).toBe('京B2-20224676');
  });

  // Bounds are generous (the CI box is shared); a quadratic step would take minutes here.
  it('1 MB of text stays fast, still reading the certificate at its start', () => {
    const filler = '你公司 应当 依法 经营,(一) 十、不含 业务种类：信息服务业务（ 【 2023年1月1日 京B2-20224676\n';
    const big = SEED_TEXT + '\n' + filler.repeat(Math.ceil(1_000_000 / filler.length));
    const t0 = performance.now();
    const { licence } = parseLicence(big);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(licence.number).toBe('京B2-20224676');
    expect(licence.issued).toBe('2023-08-04');
    expect(licence.business).toEqual(SEED_JSON.business);
  });

  it('pathological single lines stay fast', () => {
    for (const t of ['业务种类：' + '（'.repeat(500_000), '(一)'.repeat(300_000), '一、\n'.repeat(200_000), '网站名称：x\n'.repeat(100_000)]) {
      const t0 = performance.now();
      parseLicence(t);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });

  it('is pure: the same text gives the same result', () => {
    expect(parseLicence(SEED_TEXT)).toStrictEqual(parseLicence(SEED_TEXT));
  });
});
