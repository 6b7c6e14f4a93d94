/**
 * The business types a 增值电信业务经营许可证 can grant, by the names printed on certificates.
 *
 * Source: 《电信业务分类目录（2015年版）》 and DOMAIN.md §2. Codes are ours (stable, in the API).
 * `names` lists every spelling seen on certificates; the first is the catalogue's own. The parser
 * matches the longest name first, so 国内呼叫中心业务 wins over 呼叫中心业务.
 */

export interface BusinessType {
  /** Catalogue code: B11 … B26. */
  code: string;
  /** Spellings printed on certificates, catalogue name first. */
  names: string[];
}

export const BUSINESS_TYPES: readonly BusinessType[] = [
  // 第一类增值电信业务
  { code: 'B11', names: ['互联网数据中心业务', '因特网数据中心业务'] },
  { code: 'B12', names: ['内容分发网络业务'] },
  { code: 'B13', names: ['国内互联网虚拟专用网业务', '国内因特网虚拟专用网业务'] },
  { code: 'B14', names: ['互联网接入服务业务', '因特网接入服务业务'] },
  // 第二类增值电信业务
  // B21 limits seen on certificates: 仅限经营类电子商务, 仅限电子数据交换, 仅限网络/电子设备数据处理
  { code: 'B21', names: ['在线数据处理与交易处理业务', '在线数据处理和交易处理业务'] },
  { code: 'B22', names: ['国内多方通信服务业务'] },
  { code: 'B23', names: ['存储转发类业务'] },
  { code: 'B24', names: ['呼叫中心业务', '国内呼叫中心业务'] },
  // B25 limits: 仅限互联网信息服务 (the ICP licence), 不含互联网信息服务 (the SP licence)
  { code: 'B25', names: ['信息服务业务'] },
  { code: 'B26', names: ['编码和规程转换业务'] },
];

/**
 * Phrases that can follow 不含 (or stand in a 仅限/不含 limit) and what they exclude.
 * `codes` may be empty: the phrase is a known restriction with no catalogue code of its own; it
 * stays in the business's `text`.
 */
export interface ScopePhrase {
  /** The business the phrase belongs to. */
  parent: string;
  codes: string[];
  names: string[];
}

export const SCOPE_PHRASES: readonly ScopePhrase[] = [
  // B25 sub-types (DOMAIN.md §2)
  { parent: 'B25', codes: ['B25-1'], names: ['信息发布平台和递送服务', '信息发布平台及递送服务'] },
  { parent: 'B25', codes: ['B25-2'], names: ['信息搜索查询服务'] },
  { parent: 'B25', codes: ['B25-3'], names: ['信息社区平台服务', '信息社区服务'] },
  { parent: 'B25', codes: ['B25-4'], names: ['信息即时交互服务'] },
  { parent: 'B25', codes: ['B25-5'], names: ['信息保护和处理服务', '信息保护和加工处理服务'] },
  // B25 outside the Internet (the SP licence's services)
  { parent: 'B25', codes: ['B25-X'], names: ['固定网电话信息服务', '移动网信息服务', '固定网电话信息服务业务', '移动网信息服务业务'] },
  // 不含互联网信息服务 = every Internet sub-type
  { parent: 'B25', codes: ['B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5'], names: ['互联网信息服务'] },
  // B21: a common restriction on EDI licences, no code of its own
  { parent: 'B21', codes: [], names: ['网络借贷信息中介类的互联网金融业务', '网络借贷信息中介类互联网金融业务'] },
];

/** Prefix of older certificates: 第二类增值电信业务中的信息服务业务（…）. Not a business of its own. */
export const CLASS_PREFIX = /第[一二]类增值电信业务中的/g;

/** Province-level areas a 覆盖范围 can name, plus 全国. */
export const COVERAGE_AREAS: readonly string[] = [
  '全国', '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江',
  '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南',
  '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆',
];

/** Every (spelling → business) pair, longest spelling first. */
export function businessNamesLongestFirst(): { name: string; code: string }[] {
  return BUSINESS_TYPES.flatMap((b) => b.names.map((name) => ({ name, code: b.code }))).sort(
    (a, b) => b.name.length - a.name.length,
  );
}

/** Every (phrase → codes) pair, longest phrase first. */
export function scopePhrasesLongestFirst(): { name: string; codes: string[]; parent: string }[] {
  return SCOPE_PHRASES.flatMap((p) => p.names.map((name) => ({ name, codes: p.codes, parent: p.parent }))).sort(
    (a, b) => b.name.length - a.name.length,
  );
}
