/** Licences and features the licence tests share (each test still builds its own store and app). */
import { readFileSync } from 'node:fs';
import type { Licence } from '../../src/engine/types.js';
import { parseLicence } from '../../src/licences/parse.js';
import { seedLicence } from '../../src/licences/seed.js';

export const SEED_ID = seedLicence.id;

/** The seed licence's content, without its revision. */
export function seedContent(): Licence {
  const { revision: _r, ...rest } = structuredClone(seedLicence);
  void _r;
  return rest;
}

/**
 * The EDI licence of test/licences/fixtures/edi-b21.txt (B21, 仅限经营类电子商务) as the parser reads
 * it, reissued to the seed licence's holder, written with half-width brackets, and valid 2024–2029.
 */
export function ediLicence(over: Partial<Licence> = {}): Licence {
  const { licence } = parseLicence(readFileSync(new URL('./fixtures/edi-b21.txt', import.meta.url), 'utf8'));
  return { ...licence, holder: '好美信息技术(北京)有限公司', issued: '2024-01-01', valid_until: '2029-01-01', ...over };
}
export const EDI_ID = 'B2-20201234';

/** A feature needing B21: a marketplace for other merchants. */
export const MARKETPLACE = {
  title: '商家入驻平台',
  description: '允许第三方商家入驻我们的平台开店，向用户销售商品，平台负责交易撮合。',
  capabilities: ['third_party_marketplace'],
};
/** A feature the seed licence covers (B25-1: the company's own articles). */
export const ARTICLES = {
  title: '公司资讯文章页',
  description: '在官网发布公司自己撰写的产品介绍文章和图片。',
  capabilities: ['publish_own_content'],
};
