/**
 * PRD-like sentences to build long descriptions from: the kind of text a product team pastes in
 * (background, user stories, acceptance criteria), touching many of the lexicon's topics.
 */
const ZH = [
  '背景：为了提升用户在自营商城的复购率，我们计划在下个版本上线一组新的运营能力。',
  '用户故事：作为买家，我希望在商品详情页看到其他买家的评价和晒图，以便做出购买决定。',
  '用户可以在商品详情页发表评论，评论需经过机器审核和人工抽检后展示。',
  '新增「私信」入口：买家可以在订单页向客服发送文字和图片消息，客服实时回复。',
  '首页信息流展示编辑部撰写的选购指南文章，文章由运营在后台发布。',
  '会员积分可在积分商城兑换自营商品和优惠券，积分不可转让、不可提现。',
  '验收标准：页面首屏加载时间不超过一点五秒，接口错误率低于千分之一。',
  '直播间支持主播讲解商品，观众可以发送弹幕、点赞并一键下单。',
  '推送策略：用户可在设置中关闭营销推送，默认仅发送订单物流通知。',
  '搜索框支持按商品名称、品牌和类目检索自营商品，结果按销量排序。',
  '数据埋点：记录曝光、点击、加购和下单事件，用于转化漏斗分析。',
  '风控：同一设备每日领取优惠券不超过三次，异常账号进入人工复核。',
  '隐私：手机号在页面上脱敏展示，收货地址仅对本人和配送员可见。',
  '上线计划：先对百分之五的用户灰度一周，观察核心指标后全量发布。',
  '用户可以把喜欢的商品分享到微信好友和朋友圈，分享链接带有推广参数。',
  '客服机器人根据常见问题知识库自动回答售后问题，无法回答时转人工。',
  '视频频道播放品牌方提供的商品介绍短视频，不支持用户上传视频。',
  '商家后台可以导出近三十天的订单报表，报表为 CSV 格式。',
];

const EN = [
  'Background: we want to raise repeat purchases in our own online shop (自营商城) next quarter.',
  'As a buyer, I want to read reviews with photos on the product page before I buy.',
  'Users can post comments under articles; comments go through automated moderation first.',
  'Add a direct message (私信) button so buyers can chat with customer service in real time.',
  'Acceptance criteria: p95 page load under 1.5 s on 4G, API error rate below 0.1%.',
  'The live room lets hosts demo products while viewers send bullet comments (弹幕) and order in one tap.',
  'Push notifications are opt-in for marketing; order and logistics notices are always sent.',
  'Search covers product names, brands and categories of our own catalogue only.',
  'Rollout: 5% canary for one week behind a feature flag, then 100% if metrics hold.',
  'Privacy: phone numbers are masked in the UI; addresses are visible only to the buyer and courier.',
  'Sellers can export the last 30 days of orders as CSV from the merchant console.',
  'Tracking events: impression, click, add-to-cart and purchase feed the conversion funnel.',
];

export type TextKind = 'zh' | 'mixed';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * A description of exactly `bytes` UTF-8 bytes (or a few less, never cutting a character), built by
 * concatenating the sentences in a fixed rotation. `mixed` alternates Chinese and English ones.
 */
export function buildDescription(kind: TextKind, bytes: number, salt = 0): string {
  const pool = kind === 'zh' ? ZH : ZH.flatMap((z, i) => [z, EN[i % EN.length]!]);
  let out = '';
  let size = 0;
  for (let i = salt; ; i++) {
    const s = pool[i % pool.length]! + (kind === 'mixed' ? ' ' : '');
    const n = utf8(s);
    if (size + n > bytes) {
      // Fill the rest with a prefix of the next sentence, whole characters only.
      for (const ch of s) {
        const c = utf8(ch);
        if (size + c > bytes) break;
        out += ch;
        size += c;
      }
      return out;
    }
    out += s;
    size += n;
  }
}

/** A description of `chars` UTF-16 code units (the API's own limit is 20,000). */
export function buildDescriptionChars(kind: TextKind, chars: number): string {
  let s = buildDescription(kind, chars * 3 + 16);
  while (s.length > chars) s = s.slice(0, chars);
  return s;
}

export { utf8 };
