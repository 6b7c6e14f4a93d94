import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A feature as POST /v1/decisions takes it. */
export interface FeatureBody {
  title: string;
  description?: string;
  capabilities?: string[];
  sectors?: string[];
  launch_date?: string;
}

/** A few realistic features, used when ../shared/eval/dev.jsonl is absent. */
export const BUNDLED_FEATURES: FeatureBody[] = [
  { title: '私信 v1', description: '用户可以在对方主页点击「私信」，发送文字和图片消息，对方实时收到并回复。' },
  { title: '商品评论区', description: '在自营商城的商品详情页增加评论区，买家可以发表文字评价和晒图，其他用户可以点赞和回复。' },
  { title: '会员积分兑换', description: '用户在自营商城购物获得积分，积分可以在积分商城兑换优惠券和自营商品，积分不可转让、不可提现。' },
  { title: '直播带货', description: '主播在直播间讲解自营商品，观众可以发送弹幕、点赞并一键下单购买。' },
  { title: 'Order tracking page', description: '订单详情页展示物流轨迹（logistics tracking），数据来自合作快递公司的 API，用户可以订阅到货提醒推送。' },
  { title: '帮助中心站内搜索', description: '帮助中心新增站内搜索，用户输入关键词检索我们自己撰写的帮助文章和常见问题。', capabilities: ['site_search'] },
  { title: '在线问诊入口', description: '在健康频道增加在线问诊入口，用户描述症状后由执业医生给出诊疗建议并开具处方。', sectors: ['medical'] },
  { title: '开放第三方商家入驻', description: '允许第三方商家入驻平台开店，自行上架商品并与买家交易，平台收取佣金。', capabilities: ['third_party_marketplace'] },
];

const TEAMS = ['growth', 'mall', 'content', 'payments', 'search', 'platform', 'live', 'community'];
const REPOS = ['web-shop', 'app-ios', 'app-android', 'mall-api', 'feed-service', 'im-gateway', 'search-api', 'ops-console'];

/** The features of the eval set (read at run time), or the bundled ones. */
export function loadFeatures(root: string): { features: FeatureBody[]; source: string } {
  const path = join(root, '..', 'shared', 'eval', 'dev.jsonl');
  if (existsSync(path)) {
    const features = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { feature: FeatureBody }).feature);
    if (features.length) return { features, source: '../shared/eval/dev.jsonl' };
  }
  return { features: BUNDLED_FEATURES, source: 'bundled (../shared/eval/dev.jsonl absent)' };
}

/** Request bodies: each feature with a plausible context (team, repo, PR, commit). */
export function requestBodies(features: FeatureBody[]): string[] {
  return features.map((feature, i) => JSON.stringify({
    feature,
    context: {
      team: TEAMS[i % TEAMS.length],
      repo: REPOS[(i * 3) % REPOS.length],
      pull_request: `https://git.example.cn/${REPOS[(i * 3) % REPOS.length]}/pull/${1000 + i}`,
      commit: (0x9e3779b1 * (i + 1) >>> 0).toString(16).padStart(8, '0') + 'c0ffee00',
      requested_by: `dev${i % 17}@example.cn`,
    },
  }));
}

export { TEAMS, REPOS };
