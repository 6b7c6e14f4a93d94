/**
 * The lexicon: what words and phrasings mean. Each row is one regular-expression source (no
 * capturing groups) pointing at a target (see Target in src/engine/ruleset.ts). Rows are grouped by
 * meaning, with a note a compliance officer can check against DOMAIN.md.
 *
 * Conventions
 * - `zh` patterns match as written (they are also used for mixed text such as "VPN 节点").
 * - `en` patterns get ASCII word boundaries and match case-insensitively.
 * - The matcher prefers, at one position, the longest pattern source: so "视频通话" (B25-4) wins over
 *   "视频", and "无法在设置中关闭" (cannot switch off: forced push) wins over the negation "无".
 * - Direct terms name the act (私信, chat room). Cues are building blocks for compound rules
 *   (src/rules/compounds.ts): the act described without its name.
 * - Never add a row to pass one case: add the meaning, in several phrasings.
 */
import type { LexiconRow } from '../engine/ruleset.js';
import { COMPANY_NAMES_EN, COMPANY_NAMES_ZH } from './brands.js';

/**
 * "Back and forth" between two people, not a hand moving on a screen ("tapping back and forth between
 * payment methods"); shared by the pair, converse and two-way rows below.
 */
const BACK_AND_FORTH = '(?<!(?:tap|taps|tapping|tapped|click|clicking|clicked|switch|switching|switched|toggle|toggling|toggled|flip|flipping|scroll|scrolling|swipe|swiping|move|moving|jump|jumping|bounce|bouncing|navigate|navigating|look|looking|pace|pacing|walk|walking|commute|commuting|drive|driving|travel|travelling|traveling) )back[- ]and[- ]forth';
const rows: LexiconRow[] = [];
const counters = new Map<string, number>();

/** Adds one group of patterns with the same target, language and note. */
function add(target: string, lang: 'zh' | 'en', note: string, patterns: string[], scope?: LexiconRow['scope']): void {
  for (const pattern of patterns) {
    const key = `${target}.${lang}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const row: LexiconRow = { id: `${key}.${n}`, target, pattern, lang, note };
    if (scope) row.scope = scope;
    rows.push(row);
  }
}

// ───────────────────────────── modifiers: negation, scope, third parties ─────────────────────────────

add('cue:neg', 'zh', 'negation before a term, to the end of its clause (不做/不提供/不支持/不会/不能…); 不仅/不同/不断/不超过… are not negations', [
  // Not the 不 of a question (能不能/要不要/可不可以/是不是: the same word on both sides): that is a question,
  // read by its own row. "结论是不做" is a denial. Nor the 不 of a verb's potential form (退订不了,
  // 关不了: cannot unsubscribe), which says the user is unable, not that the feature is not built.
  '不(?<!(?:能不(?=能)|要不(?=要)|可不(?=可)|是不(?=是)|做不(?=做)|行不(?=行)|会不(?=会)|爬不(?=爬)|带不(?=带)|上不(?=上)|开不(?=开)|加不(?=加)|用不(?=用)|接不(?=接)|放不(?=放)|搞不(?=搞)|发不(?=发)|抓不(?=抓)))(?<![订关删退取停卸走用改换])(?!了|会[做写读算解答]的|懂的|明白的|仅|但|断|同|少|久|定|满|良|适|足|够|错|过|管|论|然|如|止|宜|妨|稳|安|便|好|光|只|外乎|一样|超过|低于|高于|限|小心|要紧|得不|时|完(?!整|善|备)|在(?:北京|上海|本地|当地|现场|家|身边|国内|城里|附近|工地)|在[^，。；\\n]{1,8}的话)',
  '没有', '没', '无(?!论|障碍|线|缝|人机|限|感|锡|数|需求|损|忧|糖|痕|聊|尽)', '未(?!来|知|成年|读)', '勿', '禁止', '拒绝', '暂不', '暂无', '并非', '而非', '而不是', '取代', '绝不', '从不', '不再', '免于',
], 'clause');
add('cue:neg', 'zh', 'narrow negation: 非 negates only the word right after it (非互关用户 = users who are not mutual followers)', [
  '非(?!常|遗|洲|凡|得|法|目标)',
], 'phrase');
add('cue:neg', 'zh', 'non-goal headings: negate the rest of the line or the bullet list that follows', [
  '非目标', '不在(?:本期)?范围', '本期(?:明确)?不做', '暂不考虑', '不做的事', '不做什么', '不做哪些', '不包括', '不包含', '不涉及', '范围外',
], 'line');
add('cue:neg', 'en', 'verb negation, to the end of the clause (a comma followed by a new subject ends it)', [
  'not(?! only)', 'never', "don['’]t", 'do not', "doesn['’]t", 'does not', "won['’]t", 'will not', 'cannot', "can['’]t", "isn['’]t", 'is not',
  "aren['’]t", 'are not', 'without', 'no longer', 'nothing', 'neither', 'nor', "shouldn['’]t", 'should not', 'must not', "mustn['’]t", 'avoid', 'excluding', 'refrain from',
], 'clause');
add('cue:neg', 'en', 'taken out of the plan ("descoped DMs", "DMs were punted to Q3": the words before it are read as its subject)', [
  'descoped', 'de-scoped', 'scoped out', 'punted', 'shelved', 'scrapped', 'deprioriti[sz]ed', 'cancell?ed',
  'no (?:re-?post(?:ing|s)?|display(?:ing)?|embedding|republish(?:ing)?) of',
  '(?:we |the team )?(?:decided|chose|opted|voted) against', 'ruled out', '(?:chose|decided|opted) not to', 'no plans? (?:for|to)', 'not planning (?:to|on|for)',
  '(?:pushed(?: back| out)?|moved|deferred|postponed|parked) (?:to|until|till|into) (?:Q[1-4]|H[12]|later|a later (?:release|phase|date)|next (?:quarter|year|release|phase|sprint)|v\\d+|phase \\w+|20\\d\\d|the backlog)',
], 'phrase');
add('cue:neg', 'en', 'code removed by the change itself ("Removes the im module", "- deletes the dm route", "migration drops the wallet table"): a removal verb opening a sentence, line or bullet, or after this PR / the migration; not users deleting things, and never a verb a colon follows closely', [
  '(?<=(?:^|[\\n.;]|(?:what|changes?|summary|this pr|how):|[-*•]|(?:this|the) (?:pr|commit|change|revert|patch|migration)|migration(?: `[^`\\n]{1,60}`)?|we|we[\'’]ve|we have|and)\\s{0,3})(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|drop(?:s|ped|ping)?(?! (?:a|an|your|us|them|him|her|me|it|by|in|into|off)\\b)|rip(?:s|ped)? out|decommission(?:s|ed|ing)?|sunset(?:s|ting)?|tear(?:s)? down|deprecat(?:e|es|ed|ing)|clean(?:s|ed)? up|kill(?:s|ed)?|turn(?:s|ed)? off|switch(?:es|ed)? off|retir(?:e|es|ed|ing)|shut(?:s|ting)? down)(?! (?:down|off|in|by|a comment|a line|a note|us|me)\\b)(?! (?:the |all |any )?(?:notification|push|opt-?out|unsubscribe|marketing|mute) (?:toggles?|switch(?:es)?|settings?|options?|links?|buttons?)\\b)(?![^:\\n]{0,14}:)',
], 'phrase');
add('cue:neg', 'en', 'a revert of a commit named in quotes: what it added is gone', ['revert(?:s|ed)? (?:commit [0-9a-f]{6,40} )?(?="|“)', 'this reverts commit'], 'line');
add('cue:neg', 'zh', 'code removed by the change itself, at the start of a sentence, line or bullet', [
  '(?<=(?:^|[\\n。；;]|[-*•]|(?:PR|MR|本 ?PR|summary|Summary|改动|变更|Changes?|(?:feat|fix|chore|refactor|perf|build|revert)(?:\\([^)\\n]{0,20}\\))?!?|(?:项目|功能|方案|计划)?(?:取消|下线|砍掉))[:：]|manifest|清单)\\s{0,3})(?:删除|移除|下掉|去掉|砍掉|回滚|撤回|撤掉|撤下|下线|废弃|清理掉?)(?:了)?(?![^：:\\n]{0,8}[：:])',
], 'clause');
add('cue:neg', 'en', 'contrast negation: "rather than in a private inbox"', ['rather than', 'instead of'], 'clause');
add('cue:neg', 'en', 'determiner negation: "no DMs" negates the noun phrase up to the next punctuation', ['no', 'none', 'zero'], 'phrase');
add('cue:neg', 'en', 'non-goal headings', [
  'non-?goals?', 'out of scope', 'not in (?:v\\d+|scope|this (?:release|phase|iteration|version)|mvp)', "won['’]t do", 'not doing', 'excluded',
], 'line');

add('cue:break', 'zh', 'contrast ends a negation\'s scope', ['但是', '但', '而是', '不过', '然而', '只是', '同时', '另外']);
add('cue:break', 'zh', 'what needs no X "即可" do Y: the negation covers X only (无需登录即可观看)', ['(?<=(?:无需|不需要?|不用|不必)[^，。；\\n]{1,12})(?:即可|就能|就可以)']);
add('cue:break', 'en', 'contrast ends a negation\'s scope', ['but', 'however', 'instead', 'although', 'whereas', 'except', 'apart from that', 'also']);

add('cue:licensed', 'zh', 'the third party is licensed, or funds never touch our accounts (DOMAIN §3 last paragraph)', [
  '持有[^，。；\\n]{0,24}(?:许可|资质|牌照|执照|资格)', '持证(?:运营方|机构|运营|第三方|合作方|服务商|平台)', '(?<=[\\u4e00-\\u9fffA-Za-z])持证(?=\\s?[)）,，。；]|$)', '持牌(?:机构|第三方|方)?', '具备[^，。；]{0,12}资质', '已获(?:得)?[^，。；]{0,12}(?:许可|资质|牌照)',
  '资金由[^，。；]{0,16}直接(?:结算|清算|划转|打款)', '不经过我们的账户', '不沉淀(?:用户)?资金', '不(?:接触|碰)(?:用户)?(?:的)?(?:借贷|信贷|支付|交易)?(?:资金|钱)',
  // A hand-off stated in full: we only jump there and everything regulated happens on the operator's side.
  '(?:我们|我方)?只(?:做|负责)(?:跳转|导流|外链)', '(?:派单|计价|支付|授信|放款|还款|交易|下单)[^。；]{0,12}(?:全部|都|均)(?:在|由)[^，。；]{1,12}(?:完成|进行|办理|负责)', '不接触(?:订单|司机|乘客)',
]);
add('cue:licensed', 'en', 'the partner does the regulated part under its own licence, addressed as "your" (under your own 互联网医院执业许可; happens on your platform)', ['under (?:your|their|its) own (?:[\\w\\u4e00-\\u9fff-]+ ){0,3}(?:licen[cs]es?|permits?|qualifications?|许可证?|资质)', 'under (?:your|their|its) (?:[\\w\\u4e00-\\u9fff-]+ ){1,3}(?:licen[cs]e|permit|qualification)', 'happens? on (?:your|their|the partner[\'’]s) (?:platform|side|app|site|mini-program|servers)']);
add('cue:licensed', 'en', 'the third party is licensed', [
  '(?<!(?:our|we|fully|properly|officially) )licen[cs]ed(?! (?:[\\w-]+ )?(?:physicians?|doctors?|pharmacists?|nurses?|therapists?|psychologists?|lawyers?|teachers?|tutors?|electricians?|plumbers?|agents?|brokers?|professionals?|staff|engineers?|architects?|catalog(?:ue)?|content|titles|films|movies|music|tracks|songs|library|documentaries|shows|series|videos?|images|photos|fonts|footage|stock|assets|characters|from|to us|for (?:streaming|playback|distribution)))(?: (?:third[- ]party|provider|partner|operator|platform|hospital|pharmacy))?', 'holds? (?:a |an |the |its )?[^.,;]{0,40}(?:licen[cs]es?|许可证|资质|permits?|qualifications?|certificates?)', 'with (?:a |the )?(?:valid )?licen[cs]e',
  'funds? (?:are |is )?settled directly by', 'never touch(?:es)? our (?:accounts?|books)',
]);
add('cue:delegate', 'zh', 'the flow is on the third party\'s side: link-out, embed, SDK, API', [
  '跳转(?:至|到)?', '跳(?:到|至|去)(?=[^，。；]{0,6}(?:平台|网站|官网|App|APP|应用|小程序|页面))', '嵌入', '内嵌', 'SDK', '组件', '官方播放器', '调用[^，。；]{0,12}(?:API|接口)', '(?:全流程|全部|均)在[^，。；]{0,12}(?:内|中|上)完成', '在(?![^，。；]{0,10}?(?:天|日|周|月|年|小时|分钟|秒|工作日|季度|期间|时间|时限|[0-9一二两三四五六七八九十]+个?[hHdD]))[^，。；]{0,10}内完成',
  '由(?![^，。；]{0,10}?(?:同学|同事|团队|小组|部门|我们|我方|我司|本公司|内部|值班|编辑部|研发|运营|法务|客服|审核员|测试))[^，。；]{0,10}(?:提供|完成|存储|播出|负责|承担|发送|处理)', '外链', '第三方(?:服务|平台)(?:提供|完成)',
]);
add('cue:delegate', 'en', 'the flow is on the third party\'s side', [
  'redirect(?:s|ed|ing)?', 'link(?:s|ed|ing)? (?:out|off|to)', 'deep[- ]?links?', 'embed(?:s|ded|ding)?', 'SDK', 'widget', 'hand(?:s|ed)? off', 'on their side',
  'provided by', 'hosted by', 'operated by', 'handled (?:entirely )?by', '(?:are |is )?(?:served|supplied|rendered|drawn) by', 'inside (?:their|the partner[\'’]s) (?:app|platform|mini-?program)',
]);
add('cue:internal', 'zh', 'staff-only tools (DOMAIN §2: not a service to the public)', ['仅(?:限)?内部[^，。；]{0,10}(?:同学|人员|员工|团队)', '对用户无(?:任何)?可见变化',
  '仅(?:限)?(?:公司|在职|内部)?员工', '只有(?:公司|在职|内部)?员工', '内部使用', '不对外(?!部|售卖|销售|出售|出租|收费|提供)(?:开放)?', '仅内部', '仅限内部', '(?<!在|先在|先给|给|先对|对|先让|让)内部员工(?![^，。；]{0,8}(?:灰度|内测|试用|试点|体验|测试|先用|先行))',
]);
// Analytics on the users, run for the company's own reports: the users are its subject, not its audience.
// Internal only where the feature is that (its title or first sentence): a tracking section of a
// public feature names the data warehouse too.
add('cue:internal_data', 'zh', 'analytics on the users for the company\'s own reports (用户留存分析, 数仓, 离线跑数), and staff tools named as such (内部工具, 内部看板, 企业 SSO)', [
  '内部(?:工具|系统|平台|学习平台|培训|看板)', '企业 ?SSO',
  '用户(?:留存|流失|活跃|增长|行为|分层|生命周期)(?:模型|分析|预测|数据|指标|报表|看板)', '用户画像(?:模型|计算|标签计算)', '数仓', '离线(?:计算|任务|跑数|跑批)', 'Hive ?表', 'ETL',
]);
add('cue:internal', 'en', 'staff-only tools', [
  'staff[- ]only', 'employees? only', 'internal (?:use|only)', 'for internal use', 'only (?:our )?(?:staff|employees)', 'not (?:open|available) to the public',
]);
add('cue:internal_data', 'en', 'analytics on the users for the company\'s own reports, and staff tools named as such', [
  'internal (?:(?:growth|ops|BI|analytics|data|sales|finance|admin|management|KPI|metrics) )?(?:tools?|dashboards?|staff|reports?|reporting)', 'behind (?:corporate |company )?SSO',
  '(?:user |customer )?(?:retention|churn|cohort|engagement) (?:model|analysis|job|pipeline|metrics)', 'data warehouse', 'ETL(?: jobs?| pipelines?)?', 'Hive tables?', 'offline batch (?:job|computation)',
]);
add('cue:public_audience', 'zh', 'offered to the public or to customers (overrides internal-only)', [
  '面向(?:公众|社会|所有用户|用户)', '对外(?:售卖|开放|提供|销售)', '所有用户', '全体用户', '公开售卖',
]);
add('cue:public_audience', 'en', 'offered to the public', ['for the public', 'to the public', 'public-facing', 'all users', 'our customers']);
add('cue:own', 'zh', 'own content or own shop only (site search, own articles): not B25-2, not B21', ['(?:只|仅)(?:搜索?|检索|查询?|覆盖|包含|限于?|收录)',
  '本站', '站内(?!信|消息|私信|聊天|对话|实时|无结果|结果少|搜不到|没有结果)', '自有(?!索引|服务器|存储|数据库|机房|CDN)', '自家', '自营', '我们自己的(?![^，。；\\n]{0,4}(?:价格库|数据库|索引|库里|库中|服务器|存储|机房|集群|数据表|表里|缓存))', '自己的(?:网站|文章|内容|站点|商城)', '仅限本站', '编辑部(?:自行)?(?:撰写|采写|原创)', '本公司',
]);
add('cue:own', 'en', 'own content only', ['only (?:searches|covers|indexes|includes|shows)', 'searches only',
  'our own(?! (?:index|database|search index|crawler|servers?)\\b)', 'own (?:content|articles|site|notes|shop|products|pages|catalogue|catalog)', 'site content', 'first[- ]party', 'in-house (?:content|articles)',
]);

// ───────────────────────────── benign, incidental product work (DOMAIN §2 last paragraph) ─────────────────────────────

add('benign:account', 'zh', 'log-in, registration, passwords, account deletion', [
  '登录', '登陆', '注册', '验证码', '密码', '单点登录', '注销', '账号删除', '删除账号', '个人信息删除', '隐私设置', '实名认证', '账号安全', '绑定手机',
]);
add('benign:account', 'en', 'log-in, passwords, account settings', [
  'log[- ]?in', 'sign[- ]?(?:in|up|on)', 'passwords?', '2FA', 'two-factor', 'OTP', 'SSO', 'account deletion', 'delete (?:their|the|your|my) accounts?', 'privacy settings', 'data export', 'password reset',
]);
add('benign:ui', 'zh', 'UI, settings, themes', [
  '深色模式', '暗黑模式', '夜间模式', '暗色主题', '主题色', '大字号', '字号', '界面改版', 'UI ?改版', '改版', '布局', '样式', '动效', '设置页', '交互优化', '视觉升级', '皮肤切换',
]);
add('benign:ui', 'zh', 'cover images and thumbnails are pictures, even of a video (视频封面 is not video)', ['视频封面', '封面图', '缩略图']);
add('benign:ui', 'en', 'cover images and thumbnails are pictures, even of a video', ['(?:video )?thumbnails?', 'cover images?']);
add('benign:ui', 'en', 'UI, settings, themes', ['dark (?:mode|theme|stylesheet)', 'light mode', 'theme', 'redesign', 'layout', 'UI', 'UX', 'settings', 'font sizes?', 'onboarding flow']);
add('benign:performance', 'zh', 'performance and reliability work', [
  '性能', '加载速度', '懒加载', '缓存', 'LCP', 'FCP', '首屏', 'WebP', '压缩', '卡顿', '耗时', '稳定性', '可用性', '容灾', '扩容', '监控告警', '故障诊断',
]);
add('benign:performance', 'en', 'performance and reliability work', [
  'performance', 'latency', 'load(?:ing)? times?', 'lazy[- ]load(?:ing)?', 'caching', 'Core Web Vitals', 'LCP', 'uptime', 'diagnostics', 'observability', 'monitoring',
]);
add('benign:performance', 'zh', 'retries and idempotency are reliability work (重试支付回调 does not hold money)', ['重试', '幂等']);
add('benign:performance', 'en', 'retries and idempotency are reliability work', ['retr(?:y|ies|ied|ying)', 'idempoten(?:t|cy)']);
add('benign:accessibility', 'zh', 'accessibility', ['无障碍', '读屏', '屏幕阅读', '适老化', 'WCAG', 'TalkBack', 'VoiceOver']);
add('benign:accessibility', 'en', 'accessibility', ['accessibility', 'a11y', 'screen ?readers?', 'alt text', 'WCAG', 'TalkBack', 'VoiceOver']);
add('benign:maintenance', 'zh', 'bug fixes, refactoring, tests, analytics', ['日志(?:留存|采集|平台|服务)', '运维',
  '修复', '崩溃', '闪退', '错位', '回归用例', '重构', '迁移', '升级依赖', '埋点', '单元测试', '数据看板', '报表', 'A/?B ?实验', '灰度',
]);
add('benign:maintenance', 'en', 'bug fixes, refactoring, tests, analytics', [
  'bug(?:s|fix)?', 'fix(?:es|ed)?', 'crash(?:es)?', 'regression', 'hotfix', 'refactor(?:ing)?', 'migration', 'unit tests?', 'dashboard', 'analytics', 'A/B tests?', 'telemetry',
]);
add('benign:commerce', 'zh', 'selling the company\'s own goods, paid through licensed payment providers', [
  '支付宝', '微信支付', 'Apple Pay', '银联', '云闪付', '收银台', '下单', '购物车', '加购', '优惠券', '满减', '积分', '自营商城', '自营商品', '发货', '物流', '售后', '退款',
]);
add('benign:commerce', 'en', 'own shop and checkout', ['Alipay', 'WeChat Pay', 'Apple Pay', 'Stripe', 'checkout', 'shopping cart', 'cart', 'coupons?', 'vouchers?', 'refunds?', 'shipping', 'orders?']);
add('benign:commerce', 'zh', 'business customers paying us for our own goods', ['对公转账', '(?:增值税)?专用发票', '(?:开具)?增值税发票', '银行转账(?:付款|支付)']);
add('benign:share', 'zh', 'bookmarks and sharing out to other apps', ['收藏夹', '收藏', '分享到', '分享卡片', '分享按钮', '转发到', '分享(?:面板|海报|组件|浮层|链接)', '(?:微信|微博|QQ) ?(?:Open ?)?SDK(?:分享)?']);
add('benign:share', 'en', 'bookmarks and sharing out', ['bookmarks?', 'favou?rites', 'share (?:to|button|card|sheet|link|panel)', 'saved (?:items|posts)', 'share (?:it |them )?(?:to|on) (?:WeChat|Weibo|Moments)']);
add('benign:site_search', 'zh', 'search over the site\'s own content (DOMAIN §2 incidental; §5 site_search)', [
  '站内搜索', '本站搜索', '搜索建议', '联想词', '搜索联想', '热门搜索', '搜索热词', '筛选',
]);
add('benign:site_search', 'en', 'search over own content', ['site search', 'search suggestions', 'autocomplete', 'typeahead', 'typo (?:tolerance|correction)', 'filters?']);
add('B25-1', 'zh', 'company press releases about itself: own content, not current-affairs news', ['新闻稿', '新闻发布会', '公司动态', '品牌动态', '公司新闻']);
add('B25-1', 'en', 'company press releases', ['press releases?', 'company (?:news|updates?|blog)', 'product announcements?', 'changelog', 'press[- ]?room', '(?:corporate|company|official) releases', 'investor relations'], );

// ───────────────────────────── B25-1 publishing and delivery ─────────────────────────────

add('B25-1', 'zh', 'publishing text, images, media; delivering it (push, subscriptions, newsletters)', [
  '发布(?!会)', '发表', '上传', '投稿', '笔记', '文章', '图文', '攻略', '栏目', '频道', '专栏', '专题页?', '推送', '订阅', '邮件订阅', '官网', '首页', '瀑布流', '信息流',
  '编辑精选', '精选', '猜你喜欢', '推荐(?:模块|位|流|池)', '图集', '相册', '晒单', '晒家', '(?<!需求|功能|问题|版本)合集', '定时发布', '上线官网', '内容运营', '订阅消息', '通知',
]);
add('B25-1', 'en', 'publishing and delivery', [
  'publish(?:es|ed|ing)?', 'posts?', 'articles?', 'editorial', 'editors?', 'newsletters?', 'push(?:es)?(?: notifications?)?', 'notifications?', 'subscri(?:be|bes|bed|ption|ptions)',
  'feeds?', 'uploads?', 'photo essays?', 'guides?', 'notif(?:y|ies|ied|ying)', 'alerts?', 'blog(?: posts?)?', 'landing pages?', 'content', 'digest', 'recommendations?', 'homepage', 'home feed',
]);
add('cue:app_dist', 'zh', 'distributing third-party apps (B25-1 + 十五(十一))', ['应用(?:商店|市场|分发|下载)', 'App ?下载(?:专区)?', 'APK', '应用软件发布', '下载专区']);
add('cue:app_dist', 'en', 'distributing third-party apps', ['app stores?', 'app distribution', 'APK', 'download (?:center|centre|area)', 'third-party apps']);

// ───────────────────────────── B25-3 community ─────────────────────────────

add('B25-3', 'zh', 'social exchange among users in public: comments, forums, Q&A, follow feeds, 弹幕', [
  '评论(?:区)?', '回帖', '发帖', '帖子', '跟帖', '楼中楼', '盖楼', '二级回复', '论坛', '版块', '社区', '圈子', '兴趣小组', '话题(?:广场|讨论|页)?', '讨论区', '问答', '提问', '回答者?',
  '留言(?:板)?', '弹幕', '点赞', '关注(?:流|列表|作者|TA|她|他|达人|设计师|用户|按钮)', '粉丝', '互关', '投票', '精华帖', '版主', '@ ?提及',
]);
add('B25-3', 'en', 'community', [
  'comments?', 'commenting', 'commenters?', 'forums?', 'threads?', 'repl(?:y|ies)', 'Q&A', 'questions? and answers?', 'upvotes?', '(?<!(?:looks?|seems?|feels?|sounds?|would|just|things|more|much|something|anything|people|we|I|you|they|questions?|queries|words?|phrases?|sites?|apps?|platforms?|brands?|products?|items?|features?|tools?|services?|stores?|shops?|don[\'’]t|didn[\'’]t|would[\'’]?d?) )likes?(?! (?:this|that|a|an|the|to|it|in|on|when|if|how|what|our|we|you|they|he|she|is|was))', '(?<!(?:to|will|shall|would|details|deck|doc|docs|spec|specs|scope|requirements|more|PRD) )follow(?:s|ers|ing)?(?![- ]ups?\\b| the (?:steps|instructions|guide|guidelines|link|rules|process|spec|design))', 'community',
  'discussions?', 'message boards?', 'danmaku', 'bullet comments', 'live comments', 'polls?(?! (?:the|our|their|its|every|each)\\b)', '(?<!(?:back to|goes to|go to|sent to|for|in|at|through|pass(?:es)?) )(?:user|customer|buyer|product|star|written|photo) reviews?(?! (?:meetings?|boards?|process|committee|stage|sign-?off|gate)\\b)', 'reviews? (?:and|&) ratings?', 'ratings? (?:and|&) reviews?', '(?:write|leave|post|read) (?:a |their |your )?reviews?', 'mentions?', 'reactions?', 'UGC',
]);

// ───────────────────────────── B25-5 protection ─────────────────────────────

add('B25-5', 'zh', 'virus scanning, spam and harassment blocking, protecting users\' information', ['盗号', '异常登录', '账号保护', '安全提醒',
  '病毒', '木马', '恶意(?:软件|程序|链接|网址|代码)?', '钓鱼', '仿冒', '反垃圾', '垃圾(?:信息|内容|评论|广告|消息)', '广告引流', '刷屏', '拦截', '屏蔽', '拉黑', '黑名单', '骚扰',
  '免打扰', '诈骗', '反诈', '防骗', '风险提示', '敏感词', '鉴黄', '加密存储', '隐私保护', '安全扫描', '杀毒', '反爬(?:虫)?', '防刷', '风控', '限流',
]);
add('B25-5', 'en', 'protection', [
  'virus(?:es)?', 'malware', 'trojans?', 'phishing', 'spam', 'anti-?spam', 'spam filter(?:ing)?', 'block(?:s|ed|ing|list)?', 'blacklist', 'blocklist', 'harass(?:ment|ing)?', 'fraud', 'scams?',
  'counterfeit', 'impersonat(?:e|es|ing|ion)', 'suspicious', 'encrypt(?:s|ed|ion)?', 'anti-?(?:scraping|crawl(?:ing|er)?|bot)', 'rate[- ]limit(?:ed|ing)?', 'mute', 'abuse',
]);

// ───────────────────────────── B25-2 search over collected information (excluded) ─────────────────────────────

add('B25-2', 'zh', 'search engines, whole-web / cross-site / aggregated search, price comparison, crawlers', [
  '搜索引擎(?!(?:和|与|及|、)(?:社交平台|社交媒体|社媒|小红书|微信|朋友圈)?的?(?:分享|流量|导流|引流)|的?(?:流量|收录|优化|导流|引流|排名))', '全网搜索', '搜全网', '全网(?:内容|资讯|结果|文章|信息|数据|比价)', '聚合搜索', '跨站搜索', '跨平台搜索', '元搜索', '(?<!重新|再|需要|需|进行|招标|询|择优)比价(?![^，。；\\n]{0,6}(?:供应商|厂商|通道|报价|服务商|采购))', '网络爬虫', '爬虫', '抓取全网',
]);
add('B25-2', 'en', 'web search and crawling', [
  'web search', '(?<!(?:from|via|by|for|in|on|to|into) )search engines?', 'search the web', 'search across (?:the web|sites|platforms)', 'crawl(?:s|ed|ing|ers?)?', '(?<!(?:Prometheus|prometheus|metrics?|exporters?|Grafana) )scrap(?:e|es|ed|ing|ers?)(?! (?:metrics|the metrics|targets|endpoints|exporters?|[\\w]+-(?:svc|service|exporter))\\b)', 'spiders?', 'meta-?search',
  'price comparison', 'compare prices', 'aggregated search', 'federated search', 'web results',
]);
add('cue:collect', 'zh', 'grabbing listings or prices from other platforms', ['上抓', '抓(?:同款|价格|挂牌价|报价|商品|数据|评论|帖子|评价|房源|笔记|图片|过来|回来|下来|进来)', '扒(?:数据|价格|评论|商品|帖子|过来|下来)', '搬运', '搬过来']);
add('cue:compare', 'zh', 'comparing prices', ['(?<!重新|再|需要|需|进行|招标|询|择优)比价(?![^，。；\\n]{0,6}(?:供应商|厂商|通道|报价|服务商|采购))', '比较[^，。；]{0,8}价格?', '哪家(?:最|更)?便宜', '价格对比']);
add('cue:compare', 'en', 'comparing prices', ['price comparison', 'compare (?:the )?prices?', '(?:which|what) (?:shop|store|seller|site) is cheapest', 'cheapest (?:shop|store|seller|price) across']);
add('cue:collect', 'zh', 'collecting information from the network', ['抓取', '(?<!开始|埋点|数据|日志|行为|信息)采集(?!用户|设备|日志|埋点|行为|个人信息|数据)', '爬取', '收录', '建立索引', '(?<!唯一|联合|主键|数据库|表|字段|二级|普通|全文)索引(?!\\s?[：:]\\s?(?:[a-z_]{2,}|\\(|（|无))(?![(（])', '入库', '(?<!脱敏|统计|汇总|数据)聚合(?!接口|请求|层|API|api|查询接口|值|数据|指标|结果|统计)']);
add('cue:collect', 'en', 'collecting (not the data a privacy review lists: "Data collected: UID, phone")', ['index(?:es|ed|ing|ers?)?', '(?<!(?:data|information|info|details|PII|fees|payments?|money|feedback|telemetry|metrics|logs|events|consents?|what we|what data we|information we) )collect(?:s|ed|ing)?(?!\\s*:)(?! (?:(?:the |their |your |users[\'’]? |user[\'’]s |only |no |minimal |any |new )*(?:personal|phone|e-?mail|names?|UIDs?|IDs?|locations?|address(?:es)?|consents?|feedback|payments?|fees?|data|information|details|telemetry|metrics|logs?|cookies?|device)))', 'gather(?:s|ed|ing)? (?:up )?from', 'harvest(?:s|ed|ing)?', 'ingest(?:s|ed|ing)?', '(?<!in )aggregat(?:e|es|ed|ing)(?! (?:[\\w-]+ )?(?:rates?|stats|statistics|metrics|counts|numbers|figures|totals|reports?|dashboards?))(?! (?:are )?(?:kept|retained|stored|only|\\d)\\b)(?<!Retention: aggregates?)']);
add('cue:external', 'zh', 'other people\'s sites', ['(?:海外|境外|国外|外部|第三方|其他|别的|外网)(?:网站|站点|平台|社区|论坛|媒体|图库)(?![^，。；\\n]{0,2}(?:盗图|搬运|抄袭|盗用|侵权))',
  '外部(?:网站|站点|内容|平台|数据)', '第三方(?:网站|站点|家居网站|平台|内容)', '其他(?:网站|平台|站点|电商)(?![^，。；\\n]{0,2}(?:盗图|搬运|抄袭|盗用|侵权))', '各大(?:网站|平台|电商|论坛)', '多个平台', '全网', '主流[^，。；]{0,8}(?:网站|平台|论坛|媒体)',
  '外网', '外站',
]);
add('cue:external', 'zh', 'other platforms by name; "像大众点评那样" (like Dianping) names a model to copy, not a source', [
  '(?<!(?:像|类似于?|仿照?|对标|参考|学习|学)\\s?)(?<!(?:反馈|来源|投诉|咨询)渠道[：:]\\s?)(?:京东|淘宝|天猫|拼多多|小红书|知乎|B ?站|抖音|百度|微博|豆瓣|闲鱼|转转|拍拍|得物|唯品会|苏宁|美团|大众点评|携程|去哪儿|马蜂窝|飞猪|贝壳|安居客|链家|站酷|花瓣|堆糖|好好住|住小帮|土巴兔|齐家)',
]);
add('cue:external', 'en', 'other people\'s sites', ['(?:other|third-party|partner|competitors?[\'’]?) [a-z]+[\'’]? (?:web)?sites', 'IKEA', 'Muji',
  'other (?:web)?sites', 'third-party (?:web)?sites', 'external (?:web)?sites', 'the (?:whole|entire|open) web', '(?<!(?:on|for|in|to|is|and|or|app|mobile|both|iOS|Android) )the web(?! (?:app|client|version|build|frontend|front end|site|page|team|view|included|too|as well))', 'across (?:the )?(?:web|internet|platforms)', 'other platforms',
  'competitors[\'’]? (?:sites|stores)', 'Pinterest', 'Houzz', 'Behance', 'Dribbble', 'Unsplash', 'ArtStation', 'Zcool', 'Instagram', 'YouTube', 'Bilibili', 'Google', 'Baidu', 'Taobao', 'JD\\.com', 'Amazon', 'Reddit', 'Zhihu', 'Xiaohongshu', 'Douban',
]);
add('cue:search', 'zh', 'a search feature (which content it searches decides the category)', ['搜索(?!量|热度|历史|记录|习惯|词|次数|指数|排名|引擎(?:和|与|及|、)(?:社交平台|社交媒体|社媒|小红书|微信|朋友圈)?的?(?:分享|流量|导流|引流)|引擎的?(?:流量|收录|优化|导流|引流|排名))', '检索']);
add('cue:search', 'en', 'a search feature (not a system\'s own look-up of a setting, key or cache: "preference lookup before send"; not search as a traffic source)', ['(?<!POI |map |place |address )search(?:es|ing)?(?! history| traffic| and (?:homepage|home page|feed|push|social) traffic)', '(?<!(?:preference|preferences|config|configuration|settings?|cache|key|DNS|table|index|hash|map|permission|feature[- ]flag|flag|profile|user|token|session|ID|id|for|fast|quick|hashed|reputation|blocklist|blacklist|allowlist|whitelist|IP|URL|domain|phone[- ]number|WHOIS) )look[- ]?ups?', '(?<!(?:SQL|DB|database|slow|read|write|analytical|ad-hoc|at|per|ranking|test|heavy|expensive|complex|tab|service|job|all|order|payment|status|transaction|refund|balance|API|list|feed|count|batch|N\\+1) )(?<![-_])quer(?:y|ies|ying)(?! the (?:latest|last|newest|first|top|database|DB|index|table)| (?:Redis|MySQL|ES|Postgres|the DB)\\b)(?! (?:time|plans?|per second|latency|layer|side|model|service|params?|parameters?|string|builder|cache|optimi[sz]er))']);
add('cue:file', 'zh', 'files', ['文件', '图纸', '附件', '文档', 'PDF', 'CAD']);
add('cue:file', 'en', 'files', ['files?', 'PDFs?', 'documents?', 'attachments?', 'drawings', 'floor[- ]plans?']);

// ───────────────────────────── B25-4 instant messaging and calls (excluded) ─────────────────────────────

add('B25-4', 'zh', 'instant messaging between users under its names and slang', [
  // (Not another platform's own DMs named as where feedback came from: 微博私信, 小红书私信.)
  '(?<!微博|抖音|小红书|知乎|B站|快手|微信公众号|公众号|豆瓣|隐)私信', '私聊', '私讯', '悄悄话', '即时通讯', '即时通信', '即时消息', '(?<!每[^，。；\\n]{0,6}一次|定期|周期性的?)一对一(?:的)?(?:聊天|对话|沟通|私聊|交流)', '单聊', '群聊', '群组聊天', '聊天室', '聊天群', '社群群聊',
  '聊天(?:框|窗口|窗|功能|界面|入口|列表|记录|页)', '在线聊天', '互发消息', '互相发(?:送)?(?:消息|信息|私信)', '相互发(?:送)?消息', '(?:即时|实时)?收发消息', '互传', '好友聊天', '找TA聊', '加好友聊',
  'IM(?:消息|功能|服务|系统)', '站内实时对话', '实时对话窗口', '(?:聊天|唠嗑|闲聊|畅聊|语聊|夜聊)(?:室|房|间|厅)', '打招呼消息', '对方正在输入', '正在输入中', '已读回执', '已读未读', '语音消息', '发语音', '私下(?:沟通|交流|联系)', '消息互通', '打字(?:聊天|闲聊|聊)',
]);
add('B25-4', 'zh', 'Internet end-to-end real-time voice/video between users (calls to phone numbers are A)', [
  '语音通话', '视频通话', '音视频通话', '视频咨询', '(?:音视频|视频|语音)连线', 'RTC', 'WebRTC', '实时音视频', '语音聊天', '视频聊天', '连麦', '上麦', '语音房', '语聊房', '语音聊天室', '实时语音', '实时视频(?:通话|聊天|连线)', '网络通话', '端到端(?:通话|语音|视频)', '对讲',
]);
add('B25-4', 'en', 'instant messaging, chat, calls between users', [
  'DMs?', 'direct messag(?:e|es|ing)', 'private messag(?:e|es|ing)', 'instant messag(?:e|es|ing)', 'IM', 'chat ?rooms?', 'group chats?', 'in-app chat', 'one-to-one chats?', '1:1 chats?',
  'chat with (?:other users|each other|friends|sellers|buyers|the (?:seller|buyer|creator|designer|host|owner)s?)', 'message each other', 'messages? (?:sent |delivered )?between users',
  'voice messages?', 'in-app messag(?:e|es|ing)', 'typing indicators?', 'read receipts?', '1:1 threads?', 'one-to-one threads?', "chats['’\"]? (?:sections?|tabs?|lists?|pages?)", 'chat with (?:any|another|other) (?:users?|members?|people|buyers|sellers)', 'voice calls?', 'video calls?', 'video (?:sessions?|consultations?|chats?)', 'VoIP', 'WebRTC', 'RTC (?:SDK|calls?|sessions?)', 'face[- ]to[- ]face (?:video|calls?|chats?)', 'voice chat', 'video chat', 'walkie-?talkie', 'push-to-talk', 'chat (?:box|window|panel|thread|tab)', 'messenger', 'whisper(?:s)?',
  'send (?:a |private )?messages? to (?:another|other) users?', '(?:audio|voice) rooms?', 'live audio (?:rooms?|chats?)', 'spaces-style audio', 'clubhouse-style', 'send (?:files|documents) to (?:each other|other users|another user)', 'file transfer between users', 'live chat between users',
]);
add('cue:pair', 'zh', 'between users / one-to-one / the two parties', [
  '用户之间', '用户间', '用户与用户', '用户和用户', '彼此', '互相', '相互', '双方', '(?<!号与[^，。；\\n]{0,6}|号和[^，。；\\n]{0,6}|ID与|id与)(?<!每[^，。；\\n]{0,6}一次|定期|周期性的?)一对一(?!映射|对应|关系|绑定|匹配)', '1对1', '1v1', '点对点', '对方(?!平台|小程序|App|APP|网站|系统|侧|公司|官网)', '好友', '指定用户', '另一(?:个|位|名)?用户', '其他用户', '买卖双方', '买家和卖家',
  '(?:和|与|跟)[^，。；\\s]{1,8}之间', '来回', '你来我往', '你一句我一句', '(?:和|与|跟)(?!(?:客服|运营|法务|市场|销售|设计|研发|技术|产品|数据|内容安全|安全|财务|人力|人事)(?:中心|团队|部门|部|组|同学|同事|负责人)(?:提前)?(?:沟通|交流|对齐|确认))(?:对方|[^，。；\\s不没无非别禁]{1,6}?)(?:直接|一键|实时|在线|单独)?(?:沟通|交流|聊天|通话|连线|对话|视频|语音)',
]);
add('cue:pair', 'en', 'between users', [
  'between (?:two )?users', 'each other', 'one another', 'one-to-one', 'one-on-one', '(?<!maps? |mapped |ratio )1:1(?! (?:to|with) (?:categories|channels|topics|fields|columns|tables|ids|keys))', 'peer-to-peer', 'p2p', 'another user', 'other users', 'two users(?! (?:complained|reported|wrote in|wrote|said|told|filed|called|e-?mailed|left|churned|were affected|got)\\b)', 'friends', 'both parties',
  'user-to-user', 'buyers? and sellers?', BACK_AND_FORTH, '(?:answer|write|reply|text|message)s? back', 'send (?:[\\w-]+ ){0,3}back', '(?<!(?:jump|jumps|jumping|go|goes|going|take|takes|taking|skip|skips|scroll|scrolls|navigate|navigates|link|links|linked|lands?|open|opens|brings?|you) )straight to (?:their|the|his|her|your) [a-z]+(?<!(?:right|correct|relevant|next|first|last|top|bottom) [a-z]+)(?! (?:section|page|tab|step|screen|article|chapter|paragraph|part|spot|place|result)s?\\b)', '(?:an? |the )[a-z]+ and (?:an? |the )?[a-z]+ (?:can|could|will)', 'with (?:neighbou?rs|other (?:buyers|members|residents|parents))', 'send (?:him|her|them) ', '(?:him|her|them|me) back', '(?:with|to) (?:him|her|them) directly', '(?<!(?:kept|stored|held|saved|processed|save|saves|store|stores|keep|keeps) (?:(?:their|the|your|my|our|plans?|drafts?|notes?|it|them|designs?|items?|lists?|boards?) ){0,2})privately(?! (?:for|by|on|in) )', 'the other (?:user|person|party)', 'between [a-z]+s? and [a-z]+s?',
]);
add('cue:group', 'zh', 'a group of users talking together (a chat group)', [
  '(?<!(?:产品|研发|项目|运营|技术|工作|部门|内部|公司|值班|需求|测试|开发|设计|法务|合规)(?:大)?)群(?:里|内|中|成员|主|消息)', '(?:建|拉|入|加|进)群(?!排查|处理|同步|对齐|讨论|跟进|复盘|协调|值班)', '(?:业主|粉丝|兴趣|小区|车友|学员|会员|交流|讨论|用户|买家|团购|拼团|读者|书友|家长|玩家|宝妈|客户|邻居|同城|校友|球友|作者|创作者|设计师|师傅)群(?!体|众|组|像|落|岛|星|租)',
]);
add('cue:group', 'en', 'a chat group', ['(?:chat|message|whatsapp-style|community) groups?', 'group (?:threads?|conversations?|messaging)', 'channels? where members']);
add('cue:external_im', 'zh', 'a group or chat run by another licensed messenger (WeChat, QQ…), not ours', ['(?:微信|QQ|企业微信|钉钉|飞书)(?:群|好友|聊天|私聊)']);
add('cue:external_im', 'en', 'a chat on another messenger', ['(?:WeChat|WhatsApp|Telegram|Slack|QQ|DingTalk|Lark) (?:groups?|chats?|contacts?)']);
add('cue:private', 'zh', 'seen only by the one other person (a private message, not a public reply)', ['(?:内容|对话|消息)?(?<!名单|数据|票数|信息|号码|身份|姓名|明细|结果|记录|名字)(?:不公开|非公开)', '只有对方(?:能|可以)?(?:看到|看见|可见)', '仅对方可见', '(?<!审核中|审核期间|待审核|审核通过前|审核未通过)仅(?:作者|收件人|接收者)可见', '私密回复', '悄悄回复', '单独发给']);
add('cue:private', 'en', 'seen only by the recipient', ['not (?:public|visible to (?:others|anyone else))', '(?<!(?:kept|stored|held|saved|processed|save|saves|store|stores|keep|keeps) (?:(?:their|the|your|my|our|plans?|drafts?|notes?|it|them|designs?|items?|lists?|boards?) ){0,2})privately(?! (?:for|by|on|in) )', 'private repl(?:y|ies)', 'only (?:to )?the (?:recipient|author|comment author|other person)', '(?:visible|sent|shown) only to (?:the )?(?:recipient|author|them|him|her)']);
add('cue:converse', 'zh', 'a conversation', ['闲聊', '唠嗑', '议价', '(?:和|与|跟|找|向)[^，。；]{1,6}砍价', '讨价还价', '(?<!(?:跟|和|与)(?:老婆|老公|家人|爸妈|父母|对象|家里人|媳妇|爱人|室友))商量', '对话(?!框)', '聊天', '聊聊', '交流', '沟通', '交谈', '畅聊', '私下联系', '唠嗑']);
add('cue:converse', 'en', 'a conversation', ['(?<!(?:format|content|protocol|TLS|codec|cipher|encoding|language) )negotiat(?:e|es|ing|ion)', 'haggl(?:e|es|ing)', 'talk(?:s|ing)?(?! to search| to (?:the |our )?(?:assistant|bot|app|AI)\\b)', 'speak(?:s|ing)?', 'conversations?', 'chat(?:s|ting)?', 'converse', 'messag(?:e|es|ing) (?:them|him|her|the (?:seller|buyer|host|creator))']);
add('cue:msg', 'zh', 'messages sent and received', ['(?<!(?:跟|和|向|同|给)(?:财务|法务|运营|老板|领导|研发|产品|市场|客服|HR|人力|业务方?|合规|安全组|各方|他们|大家|物业)(?:那边|同学)?(?:提前)?)打个?招呼', '回应','(?:小)?纸条', '回信', '来信', '信件', '便签', '(?<!延迟|异步|事务|死信|队列|MQ ?|回调|系统内部|订阅|模板|服务通知)消息(?!队列|中间件|总线|积压|设置)', '发(?:送)?(?:文字|图片|语音|表情|文件)(?!评价|评论|帖|动态|笔记|内容|作品|晒单|点评|说明)', '收到并回复', '回复对方', '发给']);
add('cue:msg', 'en', 'messages', ['(?<!(?:error|system|validation|toast|status|commit|log|warning|success|failure|UI|confirmation|empty[- ]state|loading|[Kk]ey|[Cc]ore|[Bb]rand|[Mm]arketing|[Cc]ampaign|[Mm]ain|[Hh]ero|[Ss]ales) )messag(?:e|es)(?!\\s*(?:house|pillars?|hierarchy|testing|framework)\\b)', 'messaging', '(?<!(?:control|copy|alt|body|plain|rich|the|a|placeholder|button|link|push|draft|caption|post|article|their|your|full|source|input|banner|notice|label|page|menu|header|footer|title|on|of|in|grey|gray|small|large|long|selected|highlighted|readable|unreadable|contrast|all|bigger|larger|smaller|font|×|x|price|white|black|tiny|invisible|large|status|error|help|hint|code|SMS) )(?<!(?:converted|transcribed|turned|speech) (?:in)?to )(?<![(_.,]\\s?)(?<!full-|plain-|rich-)(?<!(?:threads?|posts?|notes?|reviews?|answers?|questions?) with )text(?! (?:you|them|the user|users) (?:a |an |the )?(?:[\\w-]+ )?(?:code|OTP|PIN|password|link))(?![_(])(?! (?:doesn[\'’]t|does not|scales?|sizes?|tokens?|wraps?|overflows?))(?:s|ed|ing)?(?! (?:\\+|copy|field|box|size|colou?r|only|and images|styles?|layout|contrast|readability|overflow|wrapping|truncation|rendering|direction|alignment))', 'ping(?:s|ed)?', 'voice notes?', 'replies instantly', 'send (?:a )?(?:note|text)']);
add('cue:realtime', 'zh', 'real time / instantly', ['实时', '即时', '立即送达', '秒回', '同步送达']);
add('cue:realtime', 'en', 'real time / instantly', ['real[- ]?time', 'instant(?:ly)?', '(?<!(?:where|who|people|customers|users|they|we|you|families|residents|owners|homeowners|members|buyers|tenants) )live', 'immediately', 'in seconds', 'right away', 'sync(?:s|ed)? instantly', 'pops? up']);
add('cue:call', 'zh', 'a call', ['通话', '打电话', '拨打', '呼叫', '外呼', '(?<!渠道[：:]\\s?)电话(?!回访)', '回拨', '连线', '视频看房']);
add('cue:call', 'en', 'a call', ['(?<!on-|(?:API|RPC|HTTP|network|function|service|gRPC|REST|SDK|remote|backend|server|database|DB|external|internal|outbound|inbound|webhook) )calls?(?! (?:it|them|into|out to|back)\\b)(?! (?:the |our |an? |its |their )?(?:[\\w-]+ ){0,2}(?:API|APIs|service|services|endpoint|endpoints|gateway|function|method|webhook|backend|server|database|model|models|LLM|classifier|scorer|lambda|job|worker)\\b)(?! [\\w]+[-_][\\w-]+)(?<!(?:-svc|-service|_svc|path|handler|client|SDK|job|worker|cron|pipeline) calls?)', 'calling', 'dial(?:s|ing|led)?', '(?<!\\b(?:a|an|your|their|his|her|my|our|verified|bound|registered|linked|new|same|mobile|smart|spare|second|users?[\'’]?s?|each|per|one) )(?<![\\[|(_.])(?<!(?:name|names|nickname|e-?mail|UID|ID)[,、/] ?)(?<!(?:processed|stored|kept|stays?|runs?|computed|rendered|saved|done) on the )phone(?!_)(?![,、/] ?(?:address|e-?mail|name|ID|UID|location|city|preferred))(?!(?:[\'’]s)? (?:camera|screen|storage|gallery|sensors?|share sheet|own share|share menu|binding|bind|numbers?|verification|verify|login|log-in|sign-in|OTP|codes?|linking|models?|cases?|settings|size|sizes|layout|layouts|app|apps|browser)\\b)', '(?<!focus )ring(?:s|ing)?', 'face to face', 'hop on a call']);
add('cue:voice_video', 'zh', 'voice or video', ['语音', '音视频', '视频', '音频']);
add('cue:voice_video', 'en', 'voice or video', ['voice', 'video', 'audio(?! (?:captchas?|cues?|feedback|descriptions?|alerts?|ducking|levels?))']);
add('cue:public_space', 'zh', 'in public view (comments, not private exchange)', ['公开', '所有人可见', '所有用户可见', '公开可见', '公开展示', '评论区']);
add('cue:public_space', 'en', 'in public view', ['public(?:ly)?', 'visible to everyone', 'everyone can see', 'for everyone(?! (?:who|that) (?:joins|joined|is in|takes part|signs up)| in the (?:room|group|chat|call|squad|thread|team))', 'for all (?:users|readers|visitors|listeners|viewers)', 'anyone can (?:watch|see|view|listen)']);
add('cue:publish_act', 'zh', 'publishing something for others', ['发布(?!会)', '投稿', '公开发布']);
add('cue:publish_act', 'en', 'publishing something for others', ['publish(?:es|ed|ing)?', 'post(?:s|ed|ing)? (?:them|it)', 'air(?:s|ed)?']);
add('cue:audio', 'zh', 'audio', ['音频', '录音', '有声']);
add('cue:audio', 'en', 'audio', ['audio(?! (?:captchas?|cues?|feedback|descriptions?|alerts?|ducking|levels?))', 'recordings?', 'podcasts?']);
add('cue:staff', 'zh', 'the company\'s own support staff (not another user)', ['客服(?:人员)?(?!排队数|排队量|工单量|满意度|SLA|响应时长|接起率|指标|话术)', '人工客服', '在线客服', '工作人员', '官方客服', '我们的(?:编辑|运营|客服|员工|顾问)']);
add('cue:staff', 'en', 'own support staff', ['support (?:agents?|team|staff)', 'customer[- ](?:service|support)', 'our (?:staff|agents|support team)', 'help ?desk', 'support chat']);
add('cue:notify', 'zh', 'a notification, not a conversation', ['通知', '推送', '提醒', '未读', '红点', '订阅']);
add('cue:notify', 'en', 'a notification', ['notifications?', 'notify', 'push', 'alerts?', 'badges?', 'reminders?', 'subscriptions?', 'newsletters?', 'e-?mails?']);
add('cue:ai', 'zh', 'generative AI, deep synthesis, chatbots (algorithm filing)', [
  '生成式', 'AIGC', '大模型', '(?:和|与|跟)(?:机器人|AI|智能助手|小助手)之间', '(?<!扫地|清洁|送餐|配送|工业|物流)机器人', 'AI ?(?:生成|写作|绘画|作图|出图|生图|绘图|画图|作画|设计|助手|客服|问答|对话|聊天)', '智能客服', '聊天机器人', '机器人客服', '深度合成', '换脸', '数字人', '虚拟人', '语音克隆', '文生图',
]);
add('cue:ai', 'en', 'generative AI', [
  'generative AI', 'gen-?AI', 'AI-generated', 'AI (?:assistant|chat|writer|designer)', 'chatbots?', 'LLMs?', 'large language models?', 'GPT', 'deep ?synthesis', 'deepfakes?', 'voice cloning', 'text-to-image',
]);
add('cue:algo', 'zh', 'recommendation algorithms (algorithm filing)', ['个性化推荐', '推荐算法', '算法推荐', '猜你喜欢', '为你推荐', '千人千面', '智能推荐', '推荐模型', '排序模型', '排序算法']);
add('cue:algo', 'en', 'recommendation algorithms', ['recommendation (?:algorithm|model|engine)s?', 'personali[sz]ed (?:feed|recommendations?|ranking)', 'ranking model', 'For You', 'recommender']);

// ───────────────────────────── other businesses (B1x, B2x, A, B25-X) ─────────────────────────────

add('cue:for_others', 'zh', 'sold, rented or provided to other companies (not used for ourselves)', [
  '出租(?!车|汽车)(?:给)?', '租给', '卖给(?!我们|我司|本公司|平台|公司)', '售卖给', '转卖', '对外(?:售卖|提供|出租|开放(?!订阅|注册|报名|使用|访问|下载|给(?:用户|所有|全部))|销售)', '提供给[^，。；]{0,12}(?:公司|品牌|客户|企业|网站|商家|合作方)', '为[^，。；]{0,14}(?:品牌|公司|客户|企业|商家|网站|合作方|伙伴)(?:的[^，。；]{0,8})?提供',
  '打包卖', '按(?:小时|月|年|流量|坐席|通话时长)(?:计费|收费)', '(?<!由|交给|找|请|聘请|雇|使用|用|是|需要|要|得|准备|计划|打算|考虑|可以)外包(?!团队|公司|人员|同学|方|商|给|出去)', '代运营',
]);
add('cue:for_others', 'en', 'sold to others', ['host (?:their|its|customers[\'’]?|clients[\'’]?|partners[\'’]?) ', 'bill (?:them|each (?:brand|customer|client)|customers|clients)', '(?:resolve|host|serve|manage)s? (?:their|its) ',
  'rent(?:s|ed|ing)? (?:out )?to', 'sell(?:s|ing)? (?:it |them )?to', 'resell(?:s|ing)?', 'for (?:other|third-party|partner|our) (?:companies|customers|clients|brands|websites|sites|partners|merchants)',
  'to (?:other|third-party|partner) (?:companies|customers|clients|brands|websites|sites|businesses)', 'as a service to', 'white-?label', '(?<!(?:codes?|requests?|attempts?|messages?|calls?|times|tries|logins?|sends?|SMS|number|device|user|IP|account|\\d) )per (?:hour|GB|seat)', 'customers[\'’]',
]);
add('B11', 'zh', 'IDC: renting servers, hosting, compute to others', ['(?<![A-Za-z0-9])(?<!(?:old|our|the|existing|legacy|老|旧|原|原有的?|现有的?|自建|自有) ?)IDC(?![A-Za-z0-9])(?! (?:room|rack|migration|move|exit|contract))(?!机房|迁移|下线)', '互联网数据中心', '服务器托管', '主机托管', '机柜出租', '云服务器出租', '算力出租', '建站托管', '虚拟主机']);
add('B26', 'en', 'DNS for others', ['point (?:its|their|the) NS records', 'managed DNS']);
add('B26', 'zh', 'DNS for others', ['NS ?记录指向', '域名解析托管']);
add('B11', 'en', 'IDC', ['(?<!(?:old|our|the|existing|current|legacy|previous|former|own) )IDC(?! (?:room|rack|migration|move|exit|contract))', 'colocation', 'server rental', 'GPU rental', 'web hosting for', 'hosting for (?:customers|clients|others)', 'rent (?:out )?(?:our )?(?:GPU|servers?|compute)']);
add('cue:compute', 'zh', 'servers, compute, storage', ['服务器', '云服务器', 'GPU', '算力', '机房', '主机', '存储空间', '云渲染', '网盘']);
add('cue:compute', 'en', 'servers and compute', ['VMs?', 'virtual machines?', 'buckets?', 'object storage', 'storage, traffic and compute','servers?', 'GPUs?', 'compute', 'hosting', 'VPS', 'cloud (?:compute|servers?|hosting|storage)', 'rack space', 'render farm']);
add('cue:cdn', 'zh', 'content delivery / acceleration', ['CDN', '内容分发', '加速服务', '加速能力', '加速节点', '边缘节点']);
add('cue:cdn', 'en', 'content delivery', ['CDN', 'content delivery', 'edge nodes?', 'acceleration']);
add('B12', 'en', 'caching and serving other companies\' content from our nodes', ['point (?:a |their )?CNAMEs? (?:at|to) us', '(?:cache|serve|deliver)(?:s|d)?(?: and (?:serve|deliver|cache)(?:s|d)?)? (?:their|partners[\'’]?|customers[\'’]?|clients[\'’]?|brands[\'’]?) (?:static )?(?:assets|content|files|videos|images)', 'billed per (?:GB|TB|gigabyte)']);
add('B12', 'en', 'other companies\' own sites cached on our nodes', ['(?:cache|serve|deliver)(?:s|d)? (?:their|partners[\'’]?|customers[\'’]?|clients[\'’]?|brands[\'’]?) own (?:[\\w\'’-]+ ){0,2}(?:assets|content|files|videos|images|pages)', 'on our (?:edge )?nodes (?:across|around|in|throughout)']);
add('cue:for_others', 'en', 'billed to them by traffic', ['bill(?:s|ed)? (?:them|customers|clients|brands|merchants)(?: monthly| per month| each month)? (?:by|per|for) (?:traffic|bandwidth|GB)']);
add('B12', 'en', 'CDN sold to others', ['CDN (?:services? )?for (?:other|third-party|our) (?:companies|customers|clients|sites|websites)']);
add('B13', 'zh', 'VPN, cross-border access', ['SD-?WAN', '组网', '加密隧道', '内网互联', '专线互联','VPN', '虚拟专用网', '加速器', '翻墙', '科学上网', '跨境专线', '访问(?:海外|境外|国外)(?:网站|网络)', '代理(?:服务器|节点)']);
add('B13', 'en', 'a closed network over the Internet run for a customer', ['closed (?:user[- ]group )?network', '(?:private|closed) network (?:linking|connecting|between) (?:the )?(?:client|customer|their|its)', 'network (?:linking|connecting) (?:the )?(?:client|customer)[\'’]s (?:[\\w-]+ ){0,3}(?:stores|branches|offices|sites|warehouses|plants)']);
add('B13', 'en', 'VPN', ['SD-?WAN', 'site-to-site', 'MPLS', 'encrypted tunnels?','VPNs?', 'virtual private network', 'proxy (?:service|nodes?|servers?)', 'access (?:blocked|overseas|foreign) (?:sites|websites)']);
add('B14', 'zh', 'Internet access (ISP)', ['宽带(?:上网|接入|服务)?', '上网(?:接入|服务)', '互联网接入', '网络接入服务', 'ISP', '入户光纤', 'Wi-?Fi ?接入']);
add('B14', 'en', 'the public put online through our own connection (guests get online through our routers and uplink)', ['(?:gets?|go|goes|getting) online (?:through|via|over|on) (?:our|the company[\'’]s|[\\w\\u4e00-\\u9fff]{1,8}[\'’]s) (?:own )?(?:connection|network|uplink|routers?|Wi-?Fi|hotspots?)', '(?:our own )?routers? (?:\\+|and|&) (?:an? )?uplinks?', '(?:free|public|guest) Wi-?Fi (?:for (?:visitors|guests|customers|anyone|everyone)|in (?:our |the )?(?:[\\w-]+ ){0,2}(?:showrooms?|stores?|shops?|venues?))']);
add('cue:reach', 'en', 'the two sides left to carry on by themselves, the channel not said ("then you two take it from there")', ['(?:you two|the two of you|both of you|the two sides|both sides) (?:then )?(?:take it from there|sort it out|work it out|arrange the rest)']);
add('cue:pair', 'en', 'the two users addressed together', ['you two', 'the two of you']);
add('B14', 'en', 'Internet access', ['ISP', 'broadband(?! (?:bills?|fees?|charges?|payments?|accounts?|providers?|compan(?:y|ies)|operators?))', 'internet access(?: service)?', 'provide (?:internet|network) access', 'fib(?:re|er) to the home']);
add('cue:bandwidth', 'zh', 'bandwidth / network resources', ['带宽', '频宽', '流量资源', '网络资源', '线路资源', '出口带宽', 'IP ?地址段']);
add('cue:bandwidth', 'en', 'bandwidth', ['bandwidth', 'transit', 'uplink capacity', 'IP (?:addresses|blocks)', 'Gbps']);
add('cue:resell', 'zh', 'reselling or subletting', ['转租', '转售', '出租(?!车|汽车)', '租给', '转让', '分租', '卖给']);
add('cue:resell', 'en', 'reselling or subletting', ['(?:lease|rent|sell|sublet)(?:s|ed|ing)?(?: [\\w-]+){0,6} to (?:an? |the |other )?(?:[\\w-]+ ){0,3}(?:ISPs?|operators?|carriers?|providers?|companies|customers)','sublet(?:s|ting)?', 'sub-?leas(?:e|es|ing)', 'resell(?:s|ing)?', 're-?sell', 'lease (?:it |them )?(?:out )?to', 'rent (?:it |them )?(?:out|to)', 'sell (?:it |them )?to']);
add('B21', 'zh', 'transaction platforms for third parties: marketplaces, matchmaking trades, commission', [
  '商家入驻', '入驻开店', '开放入驻', '自主入驻', '第三方商家', '开设[^，。；]{0,4}(?:店铺|旗舰店|专卖店|专营店)', '(?<!(?:天猫|京东|淘宝|拼多多|抖音|小红书|唯品会|苏宁|Tmall|JD|自营)[^，。；\\n]{0,6})旗舰店', '自行(?:上架|定价)', '自主(?:上架|定价|经营)', '入驻模式', '(?:品牌|商家|卖家|商户)方?(?:自己|自行)(?:收款|发货|定价|上架)', '技术服务费', '开店', '店铺入驻', '撮合(?:交易)?', '抽佣', '抽成', '佣金', '平台分佣', '按成交额', '交易佣金',
  '二手交易', '买卖(?:二手|闲置)', 'C2C', '担保交易', '交易结算', '纠纷处理', '电子数据交换', 'EDI',
]);
add('B21', 'zh', 'processing other businesses\' data for them online (在线数据处理)', ['(?:在线)?数据(?:清洗|处理|加工)(?:与|和|及|、)?(?:分析)?(?:服务|平台|SaaS)', '(?:客户|品牌|企业|商家|门店)[^，。；]{0,12}上传(?:他们|其)?自己的[^，。；]{0,10}数据', '(?:面向|为|给)(?:品牌|企业|商家)?客户[^。；]{0,20}SaaS']);
add('B21', 'en', 'processing other businesses\' data for them online', ['data (?:processing|cleansing|cleaning|enrichment) (?:service|platform|SaaS)(?: for (?:clients|customers|brands|businesses|merchants))?', '(?:clients|customers|brands|merchants) upload (?:their own )?(?:CRM |member |order |customer )?data']);
add('B21', 'en', 'marketplaces', [
  '(?<!(?:looks|look|looking|feels|feel) like an? |(?:not|isn[\'’]t|never) an? |resembles an? )marketplaces?', 'third-party (?:sellers|merchants|vendors|shops|stores)', 'merchants? (?:can )?(?:onboard|sign up|list)', 'sellers? (?:can )?(?:list|open)', 'open (?:a |their own )?(?:shop|store)s?',
  'commissions?', 'take rate', 'escrow', 'transaction platform', 'C2C', 'peer-to-peer (?:sales|marketplace)', 'resale(?![- ]authentication| value| price)', 'storefronts?', 'EDI',
]);
add('cue:seller', 'zh', 'someone other than us selling', ['商家', '卖家', '店主', '品牌方', '个体(?:店铺|户)', '装修公司', '用户', '达人']);
add('cue:seller', 'en', 'someone other than us selling', ['merchants?', 'sellers?', 'vendors?', 'brands?', 'users', 'partners']);
add('cue:sell_act', 'zh', 'listing goods for sale', ['上架(?:商品|服务|套餐|产品)', '自主定价', '(?<!明码|目|原|底|报)标价(?:出售)?', '下单并签约', '发布二手', '售卖自己的', '卖出']);
add('cue:sell_act', 'en', 'listing goods for sale', ['list (?:their|products|items|goods)', 'set (?:their own )?prices', 'sell (?:their|directly)', 'listings?(?! (?:pages?|photos?|images?|cards?|details?|views?|layout|search|titles?))']);
add('B22', 'zh', 'multi-party real-time communication', ['视频会议', '线上会议', '在线会议', '多人视频', '多方会议', '电话会议', '多方通话', '多人通话', '多方视频', '三方通话', '会议系统', '网络研讨会', '云会议']);
add('B22', 'en', 'conferencing', ['video ?conferenc(?:e|es|ing)', 'video meetings?', '(?:online|virtual|group) meetings?', 'meetings? with (?:several|multiple|many) (?:people|clients|participants)', 'conference calls?', 'multi-party (?:calls?|video)', 'group (?:video|voice) calls?', 'webinars?', 'meeting rooms? (?:SaaS|service)']);
add('B23', 'zh', 'store-and-forward: hosted mailboxes, voicemail, fax', ['开通[^，。；]{0,14}邮箱', 'IMAP', 'POP3', '收发(?:外部)?邮件', '(?:为|给|替)(?:客户|商家|企业|用户|合作方)[^，。；]{0,8}企业邮箱', '邮箱托管', '邮件托管', '邮件服务器', '语音信箱', '传真', '存储转发']);
add('B23', 'en', 'store-and-forward', ['IMAP', 'POP3', 'mailboxes for (?:our )?(?:users|designers|partners|customers)','hosted on our mail servers?', 'mailbox(?:es)? (?:at|on|for) ', 'our mail servers?','email hosting', 'mail hosting', 'hosted (?:e-?mail|mailboxes)', 'mailbox(?:es)? for', 'voicemail', 'fax', 'store-and-forward']);
add('cue:mail', 'zh', 'mail service', ['邮箱', '邮件服务']);
add('cue:mail', 'en', 'mail service', ['mailboxes', 'e-?mail accounts', 'e-?mail service']);
add('B24', 'zh', 'call centre for others', ['呼叫中心', '坐席服务', '外包客服', '客服外包', '代运营客服']);
add('B24', 'en', 'call centre', ['call cent(?:er|re)s?', 'contact cent(?:er|re)s?', 'outsourced (?:customer )?(?:service|support|hotline|helpdesk|help desk)', 'BPO']);
add('cue:hotline', 'zh', 'hotline / seats', ['客服热线', '热线', '坐席']);
add('cue:hotline', 'en', 'hotline', ['hotlines?', 'agent seats']);
add('cue:dns', 'zh', 'domain-name resolution', ['DNS', '域名解析', '解析服务器', 'NS ?记录', '智能解析']);
add('cue:dns', 'en', 'domain-name resolution', ['nameservers', 'DNS records','DNS', 'name ?servers?', 'domain[- ]name resolution', 'NS records?']);
add('A', 'zh', 'public telephony: calls to or from phone numbers over the Internet', [
  'SIP ?中继', 'SIP ?trunk', 'VoIP[- ]?out', 'PSTN', '落地(?:线路|通话)', '公共电话', '网络电话线路', '拨打(?:[^，。；]{0,10})?(?:手机号|座机|固话|电话号码)',
]);
add('A', 'en', 'public telephony', ['VoIP gateways?', 'call[- ]?through', 
  'SIP trunks?', 'VoIP[- ]?out', 'PSTN', 'public telephony', 'call (?:any )?(?:landlines?|mobile numbers|phone numbers|regular phones?)', 'dial (?:out|any number)', 'break[- ]?out to',
]);
add('cue:phone_number', 'zh', 'a phone number or the phone network', ['手机号(?:码)?', '座机', '固话', '固定电话', '电话号码', '运营商电话网络', '电话网']);
add('cue:phone_number', 'en', 'a phone number', ['landlines?', 'mobile (?:numbers?|phones?)', '(?:cell|mobile|phone|landline) numbers?', 'any number', 'telephone network']);
add('B25-X', 'zh', 'information services not over the Internet: 声讯 hotlines, carrier-billed SMS (十五(二))', [
  '声讯', '信息台', '固定网电话信息', '移动网信息服务', '话费(?:中)?代扣', '从话费中(?:扣|代扣|扣除)', '计入(?:用户)?(?:固话|手机)?话费', '运营商代收', '短信订阅', '彩信订阅', '包月短信',
  'SP ?业务', '增值短信', '短信点播',
]);
add('B25-X', 'zh', 'bulk SMS over the carriers\' network sold to other businesses (移动网信息服务)', ['短信群发(?:平台|服务|后台)?', '(?:短信|彩信)营销(?:平台|后台|服务)', '(?:我们的|自有的?)?短信(?:通道|平台|网关)[^，。；]{0,6}(?:开放|出租|提供|卖|售卖)给', '(?:批量|群)(?:下发|发送)[^，。；]{0,8}(?:营销)?短信', '短信[^。；]{0,20}按条(?:计费|收费)']);
add('B25-X', 'en', 'bulk SMS sold to other businesses', ['bulk SMS (?:platform|service|gateway|campaigns?)', 'SMS (?:marketing|campaign) (?:platform|service|console) (?:for|to) (?:merchants|partners|customers|clients|stores|brands)', 'resell(?:s|ing)? (?:our )?SMS', 'SMS [^.;]{0,30}(?:billed|charged) per (?:message|SMS)']);
add('B25-X', 'en', 'non-Internet information services', [
  'premium SMS', 'SMS subscriptions?', 'subscribe by SMS', 'carrier billing', 'charged to (?:the user[\'’]s )?phone bill', 'premium[- ]rate (?:lines?|numbers?|hotlines?)', '900 numbers?', 'IVR hotline',
]);

// ───────────────────────────── prohibited acts ─────────────────────────────

add('prohib:forced_push', 'zh', 'forced push or subscription the user cannot refuse (十五(十))', ['强制推送', '强推', '强行推送', '强制订阅', '强制定制', '无法关闭的推送', '不可退订']);
add('prohib:forced_push', 'en', 'forced push', ['forced push(?:es)?', 'mandatory (?:push|notifications?|marketing)']);
add('cue:cannot_disable', 'zh', 'the user cannot switch it off', ['不提供[^，。；]{0,6}(?:关闭|退订|取消)(?:入口|选项|按钮|开关)?', '(?:关闭|拒绝)了?(?:通知|推送)的用户', '(?:继续|仍然|照样|照常)(?:下发|推送|发送)',
  '(?:无法|不能|不可|不允许|不得|不支持|没法)(?![^，。；\n|]{0,4}(?:绕过|无视|忽略|跳过))(?!按模块)[^，。；\n|]{0,8}(?:关闭|退订|取消订阅|取消|屏蔽|拒收|关掉)', '系统级通知(?=[^，。；\n]{0,10}(?:不可关闭|无法关闭|不能关闭|关不掉|强制|不受开关))', '默认开启且', '强制(?=[^，。；]{0,6}(?:推送|弹窗|提醒|通知|订阅|开启|下发|发送))',
]);
add('cue:cannot_disable', 'en', 'cannot be switched off', ['even (?:if|when|after) (?:they|users|the user) (?:have )?(?:turn(?:ed)? (?:them |it )?off|disabled?|opt(?:ed)? out)', 'no (?:opt[- ]out|off switch|unsubscribe link)',
  'cannot (?:be )?(?:turned off|disabled|muted|unsubscribed)', "can(?:no|['’])t (?:turn (?:it |them )?off|opt[- ]out|unsubscribe|mute|disable)", '(?:without|no) (?:an? )?(?:opt[- ]out|unsubscribe)',
  'not (?:be )?(?:able to )?(?:turn(?:ed)? (?:it |them )?off|opt(?:ed)? out|unsubscribe)', 'system-level (?:notifications?|alerts?|push(?:es)?)', 'no (?:way|option|switch|toggle|setting|button|control|link)s? (?:in (?:the )?settings )?to (?:opt out|unsubscribe|(?:turn|switch) (?:it |them |this )?off|disable (?:it|them|this))', 'always on', '(?:push(?:es)?|notifications?|alerts?|messages?|marketing|banners?|pop-?ups?|subscriptions?) (?:is |are |will be |become |becomes )?mandatory',
]);

// ───────────────────────────── sector approvals (DOMAIN §3) ─────────────────────────────

add('appr:news', 'zh', 'current-affairs news: gathering, editing, re-posting, aggregating', ['新华社', '人民日报', '央视新闻', '财新', '第一财经', '澎湃新闻', '界面新闻', '新京报', '路透', '彭博', '摘编', '(?:媒体|记者)?(?<!探店|测评|评测|体验|开箱|活动|图文探店)(?<!(?:被|遭|遭到)[^，。；\\n]{0,14})报道', '改写[^，。；]{0,8}(?:标题|摘要)',
  '新闻(?!稿|发布会)', '快讯', '时政', '时事', '要闻', '头条新闻', '热点(?:新闻|事件)(?!期间|发生时|时)', '社会新闻', '财经新闻', '采编', '爆料', '(?:社会|突发|公共|本地)事件(?![^，。；\\n]{0,8}(?:应急|处置|预案))', '新闻线索', '(?:核实|采访)后?[^，。；]{0,6}(?:改写|编写|撰写|整理)成?[^，。；]{0,4}(?:稿件|报道)', '转载[^，。；]{0,8}(?:新闻|报道)', '新闻聚合', '舆情(?:日报|周报|简报|快报|速递|热榜|榜单|资讯|新闻|热点)', '(?:给|向|推送给?|发给)(?:用户|读者|订阅者)[^，。；\n]{0,10}舆情', '舆情(?=[^，。；\n]{0,8}(?:推送给|发给|展示给)(?:用户|读者))',
]);
add('appr:news', 'en', 'news', ['Xinhua', 'Reuters', 'Bloomberg', 'wire stories', 'news reports?', 'rewrite (?:the )?headlines','(?<![/@.])news(?!letter|/|@|\\.[A-Za-z])', '(?<!(?:banner|ad|email|e-mail|subject|sale|copy|two|push|CTA|button) )headlines', 'current[- ]affairs', 'breaking(?= (?:stories|story|alerts?|headlines|events?|updates?|reports?)\\b)(?! changes?)(?! (?:the |our |any |these |those )?(?:community |house |site |platform )?(?:rules|guidelines|law|laws|terms|policy|policies))', 'press coverage', '(?<!(?:no|ban|bans|banned|remove|removes|filter|filters|block|blocks|on|about) )politic(?:s|al)(?<!(?:offensive|sensitive|violent|sexual|pornographic|abusive) (?:or|and) politic(?:s|al))(?! (?:terms|words|keywords|phrases|slurs|insults)\\b)(?! (?:or (?:other )?)?(?:sensitive|controversial|harmful)| (?:ads|advertising|content is (?:removed|banned|not allowed)))', 'newsroom', 'tip-?offs? (?:from|by) (?:readers|users|residents)', 'citizen journalism', 'local incidents?']);
add('appr:publishing', 'zh', 'online publishing of works: e-books, online literature, comics, periodicals', [
  '电子书', '网络小说', '网络文学', '(?<!文)网文(?![章档字本件案稿])', '小说', '连载', '条漫', '漫画', '(?:电子|有声|动画|互动|数字|点读)绘本', '绘本(?:在线)?(?:阅读|朗读|共读|伴读|故事|动画|音频|连载)', '(?:读|看|听|共读)绘本(?!详情|商品|页|的价格|价格)', '电子杂志', '数字期刊', '期刊', '网络出版', '有声书',
]);
add('appr:publishing', 'en', 'online publishing', ['e-?books?', 'web ?novels?', 'novels?', 'serial(?:i[sz]ed)? (?:fiction|novels?|stories)', 'online (?:literature|fiction)', 'comics?', 'manga', 'webtoons?', 'digital (?:magazines?|periodicals?)', 'audiobooks?', 'graphic novels?']);
add('appr:audiovisual', 'zh', 'audiovisual programmes for the public: VOD, live broadcast, hosting users\' uploaded video', [
  '点播', '视频点播', '综艺', '真人秀', '剧集', '网剧', '短剧', '微短剧', '纪录片', '视听节目', '视频节目', '视频频道', '音频节目', '有声节目', '电台', '(?<!图文|文字)直播', '短视频', '视频上传', '上传(?:[^，。；不无禁拒没非把]{0,8})视频', '投稿视频', 'vlog', 'Vlog',
]);
add('appr:audiovisual', 'en', 'audiovisual programmes', [
  'video[- ]on[- ]demand', 'VOD', 'live ?stream(?:s|ing|ed)?', 'livestream(?:s|ing|ed)?', '(?<!before (?:it|anything|the (?:feature|change|article|page)) |what |which |content |articles? |posts? |changes? |pages? |attachments? |listings? |polls? |comments? |ads? |campaigns? |threads? |questions? |answers? |replies |it |items? |guides? |stories |drafts? )go(?:es)? live(?! (?:on|in) (?:the |our )?(?:[\\w-]+ )?(?:site|app|website|web|mini-?program|production|prod|stores?|pages?)| next| at (?:that|the set|a set|the chosen|this) (?:time|moment|hour)| for (?:[A-Z][\\w-]*\\s){1,3}(?:orders|customers|users|shoppers|buyers)| to (?:all|everyone|users)| (?:once|after|when|as soon as|at a set|at the scheduled|at a scheduled|on schedule)\\b| (?:on )?(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|next|this|tomorrow|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| on the (?:last|first|same|final|next) (?:day|week|weekend)| (?:at|by|from|before|after|in) (?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|mid|early|late|the end|next|this)))', 'broadcast(?:s|ing)?(?![\'’"]? (?:[\\w\'’-]+ ){0,4}(?:digest|newsletter|e-?mail|message|announcement|notice|update|memo|incident|outage|alert|closure|status|banner)s?\\b)(?! [^.;\\n]{0,60}\\b(?:by|via|over) e-?mail)', 'short videos?', 'upload(?:s|ing)? (?:their |his |her )?(?:own )?(?:[\\w-]+ ){0,2}videos?', 'video uploads?', 'episodes?',
  'TV shows?', 'web series', 'audio (?:stories|programmes?|programs?|shows?|episodes?|series)', 'documentar(?:y|ies)', 'video channel', 'vlogs?', 'reels',
]);
add('cue:watch', 'zh', 'watching an event from afar (云观礼, 观礼页)', ['云观礼', '观礼(?:页|直播|画面)']);
add('cue:video', 'zh', 'footage produced with cameras on site (多机位, 导播)', ['多机位', '导播', '(?:切换|多个)机位', '摄像团队', '摄制组']);
add('B11', 'zh', 'a host of their own given to each customer, who uploads their own site\'s program (IDC)', ['(?:获得|分配到?|开通|拥有)[^，。；]{0,4}(?:云主机|虚拟主机|主机空间|服务器空间)', '(?:自行|自己)上传(?:网站)?(?:程序|源码|源代码)']);
add('B25-4', 'en', 'files sent to another user', ['send(?:s|ing)? (?:a |the )?files? to (?:a |another |any |other )?(?:users?|members?|people|friends?|contacts?)', 'file transfers? (?:between|to other) users']);
add('cue:shoot', 'zh', 'users shooting or editing footage of their own', ['拍摄', '录制', '剪辑', '拍(?=[^，。；\\n]{0,8}(?:短片|视频|片段|vlog|Vlog))']);
add('cue:shoot', 'en', 'users shooting or editing footage of their own', ['shoot(?:s|ing)?', 'film(?:s|ed|ing)', 'record(?:s|ed|ing)? (?:a |their |short )?(?:video|clip|film)s?', 'edit(?:s|ed|ing)? (?:the |their )?(?:clips?|footage|videos?)']);
add('cue:video', 'zh', 'video (not the 视频 across 影视|频道 or 电视|频道)', ['(?<![影电])视频|视频(?!道)', '影片', '录像', '(?<!流量|请求|日志|数据|事件|消息|录制)回放', '影像', '短片', '(?:视频|影像)?片段']);
add('cue:video', 'en', 'video', ['videos?', 'clips?', 'footage', 'films?']);
add('cue:watch', 'zh', 'watched by users', ['播放', '观看', '收看', '在线看', '供用户', '频道']);
add('cue:watch', 'en', 'watched by users', ['watch(?:es|ed|ing)?', 'play(?:s|ed|back)?', 'viewers?', 'stream(?:s|ed|ing)?']);
add('appr:culture', 'zh', 'commercial music, online performance (streamers, tipping), animation, art, virtual currency', [
  '打赏', '虚拟礼物', '刷礼物', '送礼物', '礼物', '网络表演', '才艺表演', '秀场', '主播', '开播(?!前|时间|倒计时|提醒|通知)', '(?:线上|云|直播|在线)演唱会', '演唱会(?:直播|回放|录像|视频)', '(?<!线下)演出(?!信息|时间|地点|日程|日历|票务|门票|资讯|预告|排期|场次|安排)', '(?<!聊|谈|乐评|关于|聊聊|网易云|QQ|酷狗|酷我|咪咕|汽水|苹果)音乐(?!评论|评|人|节|学院|剧|类话题|话题|社区|编辑|爱好者)', '歌曲', '单曲', '(?<!给|每张|收藏|图片|照片|图文|笔记|清单|灵感|案例)专辑(?!封面|评|写|页面?|下|乐评)', '歌单', '付费音频', '白噪音', '轻音乐',
  '有声内容', '播客', '动漫', '数字藏品', '数字艺术品', '艺术品', '虚拟货币', '虚拟币',
]);
add('appr:culture', 'en', 'online culture', [
  'tipping(?! (?:guides?|etiquette|customs|culture|calculators?|norms|rules|habits))', 'tips? (?:the )?(?:streamers?|hosts?|creators?)', 'virtual gifts?', 'live shows?', '(?<!(?:designed|made|created|co-designed) (?:with|by) (?:[\\w-]+ ){0,3})streamers?(?! co-?branded| signature| editions?| collabs?| collaborations?)', 'live performances?', 'online performances?', 'performers?', 'concerts?', 'music(?! editors?| reviews?| critics?| journalists?| writers?| columns?| news| lovers?| fans?)',
  'songs?', '(?<=\\b(?:music|songs?|tracks?|singers?|artists?|bands?|debut|hit|chill-out|jazz|pop|rock|classical)\\b[^.;\\n]{0,40})albums?(?! reviews?| art| covers?)|albums?(?=[^.;\\n]{0,60}\\b(?:music|songs?|tracks?|singers?|bands?|listen(?:ing)?|playlists?)\\b)', 'playlists?', 'podcasts?', 'NFTs?', 'digital collectibles', 'virtual currency', 'in-app coins', 'karaoke',
]);
add('appr:games', 'zh', 'operating online games, in-game items and currency', ['网络游戏', '网游', '手游', '游戏道具', '(?<!应用|App|APP|苹果|苹果的|iOS ?|Apple ?)内购(?!买|通道|渠道|支付|付款)', '游戏币', '版号', '抽卡', '游戏充值']);
add('appr:games', 'en', 'online games', ['in-game (?:items|currency|purchases|store)', 'online games?', 'mobile games?', 'loot ?boxes?', 'gacha', 'MMO(?:RPG)?']);
add('cue:game', 'zh', 'a game', ['(?<!亲子|户外|早教|益智|手指|感统|互动|团建|桌面|角色扮演)游戏(?!化)', '小游戏']);
add('cue:game', 'en', 'a game', ['games?(?!ification)', 'mini-?games?', 'gameplay']);
add('cue:game_money', 'zh', 'monetised game mechanics', ['钻石', '金币', '人民币购买','道具', '(?<!应用|App|APP|苹果)内购(?!买)', '充值', '体力', '排行榜', '皮肤', '抽卡', '付费', '购买']);
add('cue:game_money', 'en', 'monetised game mechanics', ['in-app purchases?', 'IAP', 'leaderboards?', 'coins', 'energy', 'skins', 'power-?ups', 'paid', 'purchases?']);
add('appr:religion', 'zh', 'religious content services', [
  '宗教', '佛经', '佛教', '佛法', '讲经(?!验|济|营|费|典型|过)', '诵经', '念经', '抄经', '法师(?!职业|技能|角色|转职|装备|[/、])', '道教', '基督', '教会', '圣经', '(?<![的是大])福音(?![啦了呀吧])', '布道', '礼拜', '弥撒', '伊斯兰', '古兰经', '禅修', '祈福',
  '(?<![做方用办说写语算手章想看司执合违立守依宪刑民国家商税选兵笔魔戏技解玩吃打])法会', '法事', '供灯', '上香', '开光', '皈依', '功德', '(?:寺院|寺庙|道观|教堂|清真寺)[^，。；]{0,6}(?:直播|在线|线上|云)',
]);
add('appr:religion', 'en', 'religion', ['sermons?', 'scriptures?', 'bible', '(?:online|virtual|live|streamed) (?:church|mosque|temple|worship|services?|prayers?|blessings?|offerings?)', 'prayers?', 'religio(?:n|us|ns)', 'worship', 'buddhis(?:m|t)', 'christian(?:ity)?', 'sutras?', 'monks?', 'pastors?', 'imams?']);
add('appr:medical', 'zh', 'online diagnosis, consultation with doctors, prescriptions', [
  '(?<!植物|花草|绿植|作物|庄稼|果树|苗木|多肉|盆栽)问诊', '(?<!性能|故障|网络|系统|页面|网站|车辆|电脑|数据|SEO|代码|问题)诊断(?!工具)', '诊疗', '处方', '开药', '看病', '挂号', '复诊', '(?<!宠物|兽)医生(?:在线|答疑|咨询|回复)', '在线医生', '问医生', '互联网医院', '远程医疗', '执业医师', '健康咨询', '医疗咨询',
]);
add('appr:medical', 'en', 'medical', [
  'consult(?:ation)?s? with (?:a |our )?(?:doctors?|physicians?)', 'doctor consultations?', 'telemedicine', 'telehealth', '(?<!(?:incidents?|bugs?|outages?|failures?|errors?|crash(?:es)?|faults?|problems?|issues?|regressions?|latency|slowness)\\b[^.;\\n]{0,40})diagnos(?:is|e|es|ed)(?! (?:the |an? |our |this |that )?(?:issues?|bugs?|problems?|incidents?|outages?|failures?|errors?|crash(?:es)?|root causes?|performance|latency|slowness|regressions?)\\b)', '(?<!(?:training|exercise|workout|fitness|running|movement|practice|reading) )prescri(?:be|bes|bed|ption|ptions)', 'online (?:clinic|hospital)',
  '(?:see|ask|talk to) a doctor', 'medical (?:advice|consultations?)',
]);
add('cue:doctor', 'zh', 'doctors', ['医生', '医师', '大夫', '护士', '(?<!小|玩具|游戏)牙医', '药师', '中医师']);
add('cue:doctor', 'en', 'doctors', ['doctors?', 'physicians?', 'nurses?', 'general practitioners?']);
add('cue:consult', 'zh', 'answering a user\'s health question', ['咨询', '答疑', '回复', '解答', '建议', '症状', '回答']);
add('cue:consult', 'en', 'answering a health question', ['consult(?:s|ing|ation)?', 'advice', 'answers?', 'symptoms?']);
add('appr:drugs', 'zh', 'information on or sale of drugs and medical devices', [
  '药品', '药物', '药店', '药房', '医药', '非处方药', '处方药', 'OTC', '中成药', '(?:止咳|感冒|退烧|消炎|抗过敏|过敏|止痛|降压|降糖|安眠|胃|肠胃|抗病毒)药', '药膏', '眼药水', '抗生素', '布洛芬', '阿莫西林', '用法用量', '医疗器械', '制氧机', '血压计', '血糖仪', '体温计', '雾化器', '助听器', '呼吸机', '用药(?=指导|建议|咨询|说明|知识|科普|须知|方法|剂量|禁忌|安全|方案)',
]);
add('appr:drugs', 'en', 'drugs and medical devices', ['medicines?', 'medications?', 'drugs?', 'pharmac(?:y|ies)', 'OTC', 'medical devices?', 'over-the-counter', 'dosage', 'remed(?:y|ies)', 'supplements? with health claims']);
add('appr:education', 'zh', 'courses, tutoring, exams and certificates offered to the public', [
  '课程', '网课', '录播课', '直播课', '公开课', '训练营', '(?<!规则|内部|员工|圈主|版主|客服|新人|入职|岗前|安全|合规|同学|同事|团队|人员|技术|产品|运营|研发|测试|人事和|人事|师傅|工人|搭建|上线前|前一周|前一天|发布前)培训(?!完成|已完成|材料|文档|部门|部|中心|组|团队|主管|记录|安排)', '辅导', '家教', '补习', '(?:在线|线上|模拟|网上)考试', '考试(?:系统|题库|辅导|培训|报名|课程|真题)', '考证', '结业证书', '(?:课程|培训|学习|结业|毕业|考试)证书', '学历', '学位', '学分', '(?<!话)题库', '作业批改',
]);
add('appr:education', 'en', 'education', ['(?<!of |golf |race |obstacle |main |water |collision |three-|four-|five-|seven-)courses?(?! of (?:action|events|the day|treatment))', '(?<!(?:priority|storage|instance|node|CSS|utility|style|QoS|service|data|asset|size|risk|traffic|device|error|job|event|user|object|Java|TypeScript|base|child|sub|payment|product|shipping|tax|IngressClass|Storage) )classes(?! (?:are|for|of) (?:pods?|nodes?|objects?|types?|instances?|the scheduler))', 'tutoring', 'tutors?', 'lessons', 'bootcamps?', '(?:course|completion|training|graduation) certificat(?:e|es|ion)', 'certification (?:exams?|courses?|programs?|training)', 'exams?', 'training programs?', 'curriculum', 'degrees?', 'MOOCs?']);
add('benign:tls', 'zh', 'TLS certificates are not education certificates', ['(?:SSL|TLS|HTTPS) ?证书']);
add('benign:tls', 'en', 'TLS certificates', ['(?:SSL|TLS|HTTPS) certificates?']);
add('appr:finance', 'zh', 'holding or moving users\' funds, lending, insurance, securities, funds', [
  '钱包', '(?<!积分|金币|点数|豆子?|成长值|经验值|银币)余额(?!不足)', '储值', '预存', '充值(?!话费)', '提现', '(?<!银行|对公|线下)转账(?!到(?:我司|我们|本公司|公司)(?:的)?(?:对公|银行)?(?:账户|账号|帐户))', '红包', '(?<!微信|支付宝)零钱', '理财', '(?<!公益|慈善|植树|爱心|助学|救助|环保|家居|装修|改造|焕新|翻新|奖励|成长|梦想|活动|创作|扶持)基金(?!会)', '股票', '证券', '炒股', '贷款', '借款', '放款', '信贷', '小额贷', '消费贷', '(?<!花呗|信用卡|银行卡|发卡行|拆|划|区|部)分期(?!上线|实施|交付|建设|开发|推进|间)',
  '白条', '代收', '(?:资金|款项|费用)托管', '托管资金', '二清', '众筹', '集资', '利息', '收益率', '年化', '(?<!社会|社|医疗|养老|失业|工伤|生育|双|多重|三重)保险(?!公共服务|关系|缴费|经办|丝|柜|箱|杠)', '投保', '险种', '家财险', '车险', '保单', '资金池', '沉淀资金',
]);
add('appr:finance', 'en', 'finance', [
  '(?<!(?:Apple|Google|Samsung|Huawei|coupon|voucher|ticket|card|pass|phone|mobile|device) )wallets?(?! pass(?:es)?)(?! list\\b)(?! (?:/ )?(?:Google|Apple|Samsung|Huawei) Wallet)', 'stored[- ]value', '(?:account|wallet|stored|user|prepaid) balances?', 'top[- ]?ups?', 'withdraw(?:al|als|s)?(?! (?:your |their |the |my |an |a )?(?:consent|application|request|complaint|comment|post|review|submission|offer)s?\\b)', 'cash(?:ed|ing)?[- ]?out', 'in-app balances?', 'credit(?:ed|s)? to (?:an? |the |their |your )?(?:in-app |account )?balance', '(?:withdraw|transfer)(?:n|ed)? to (?:a |their |your )?bank (?:card|account)', 'transfers? (?:money|funds)', 'money transfers?', 'send money',
  'loans?', 'lending', 'hold (?:the )?(?:payments?|funds|money)', 'escrow', 'crowdfund(?:ing|s)?', 'raise money', 'earn (?:\\d+(?:\\.\\d+)?% )?(?:interest|returns?)', 'interest rates?', 'backers?', 'P2P lending', 'credit lines?', 'instal(?:l)?ments?', 'BNPL', 'buy now,? pay later', 'insurance(?![- ]agnostic| claims? (?:photos|guides?|tips))', 'securities', 'stocks', 'mutual funds', 'investment products?', 'wealth management', 'prepaid cards?',
]);
add('appr:maps', 'zh', 'publishing or serving map data, tiles, layers of our own', ['(?<!清扫|扫地|房间|户型|思维|知识|网站|站点|座位|楼层|技能|学习|产品|用户旅程|路线|数据|资产|权限|依赖|服务|架构|自带的?|系统|手机|腾讯|高德|百度|谷歌|苹果|Google |Apple )地图(?!式| ?(?:App|APP|应用)(?:导航|里导航|打开))(?<!目的地图(?=[文片]))', '瓦片', '(?:地图|楼栋|小区|兴趣点)图层', '测绘', '地理信息', 'POI ?数据', '(?:全景|实景)?街景(?=地图|服务|采集|车|图层|导航|全景)|全景街景']);
add('benign:link_out', 'zh', 'a licensed map provider\'s map embedded or opened as it is (its SDK, JS API or app): our page shows their map, we publish no map data', ['(?:高德|腾讯|百度)地图 ?(?:开放平台)?(?:JS ?API|SDK|API|组件|插件|App|APP)(?: ?\\d(?:\\.\\d)?)?', '嵌(?:入)?(?:高德|腾讯|百度)地图']);
add('benign:link_out', 'en', 'a licensed map provider\'s map embedded as it is', ['(?:AMap|Amap|Gaode|Tencent Maps?|Baidu Maps?)(?: JS)? (?:SDK|API|widget)']);
add('cue:self_made', 'zh', 'made by us ourselves, not by the provider named (not "我们自己不采集、不绘制": the subject of a denial)', ['我们自己(?![并也都从绝]?(?:不|没|无|未|绝不))', '我方自己(?![并也都从绝]?(?:不|没|无|未|绝不))', '自己(?:绘制|画|渲染|标注|测绘)', '自行(?:绘制|测绘|标注)', '自有图层']);
add('cue:self_made', 'en', 'made by us ourselves', ['(?:we|ourselves) (?:draw|render|survey)(?! (?:their|its|the (?:provider|vendor|partner)[\'’]s|AMap[\'’]s|Gaode[\'’]s|高德的?) )', 'our own (?:layers?|tiles|map data|survey)', 'in-house (?:layers?|tiles|map data)']);
add('cue:licensed', 'zh', 'the provider named holds the qualification', ['(?:人家|对方|他们|其|该公司|高德|腾讯|百度)(?:本身|自己)?(?:是)?(?:有|拥有|持有)[^，。；）)]{0,10}资质']);
add('appr:maps', 'en', 'maps', ['map tiles?', 'map layers?', '(?<!heat |mind |site |source |key |bit |tree |hash |road|concept |user journey |retention |data |field |schema |value |property |feature |import |journey |story |process |channels? |categories? )(?<!(?:on|in|other|external|third-party) (?=maps? apps?\\b))maps?(?!-?less)(?! (?:1:1|one[- ]to[- ]one|directly|cleanly|onto|into|to (?:a |the |an |each |one |our |categories|fields|columns|tables?|topics?|channels?|ids?|keys?|users?)))', 'mapping data', 'geodata', 'GIS', 'street view', 'surveying']);
add('appr:ride_hailing', 'zh', 'ride-hailing dispatch', ['网约车', '打车', '叫车', '专车', '顺风车', '拼车', '代驾', '出租车', '(?:派单|调度)[^，。；]{0,8}司机']);
add('appr:ride_hailing', 'en', 'ride-hailing', ['ride[- ]?hailing', 'ride[- ]?sharing', 'taxis?(?! (?:ranks?|stands?|queues?|lines?|costs?|fares?|receipts?|expenses?|bills?|reimbursements?)\\b)', 'book a (?:ride|car|driver)', 'dispatch(?:es|ing)? drivers', 'chauffeurs?', 'car[- ]hailing']);
add('appr:recruitment', 'zh', 'job posting and matching for third-party employers', ['(?<!好|使|可|实|通|常|耐)用工(?:需求|信息)?(?!具)', '找活', '招人', '劳务(?!合作|关系|费|报酬|合同|协议)', '零工', '灵活用工', '派活','招聘(?!需求[^，。；\\n]{0,12}(?:人力资源部|人力|HR|hr|人事))', '求职', '简历', '招工', '职位(?:发布)?', '岗位(?:发布|匹配|推荐)', '人才市场', '猎头', '投递(?=[^，。；]{0,6}(?:简历|履历|岗位|职位|求职|应聘))', '(?:简历|履历)(?:在线)?投递']);
add('appr:recruitment', 'en', 'recruitment', ['gig (?:work|workers|jobs)', 'hire (?:workers|tradespeople|freelancers|staff)', 'find work', 'job matching','job (?:postings?|board|listings?|seekers?|matching|ads|openings)', 'recruit(?:ment|ing|ers?)', 'hiring (?:platform|marketplace)', 'résumés?', 'CVs?', 'job seekers?', '(?<!(?:recall|ranking|retrieval|reco|recommendation|the|top|more|fewer|are|as|be|become|\\d+) )candidates?(?! (?:items?|pool|sets?|content|posts?|recipes|articles|videos?|generation|lists?|ads?|models?|answers?|products?|results?|documents?|features?|scores?))(?!\\s?[=:]\\s?(?:our|the|own|all|PGC|UGC|\\w+ articles))']);
add('appr:lottery', 'zh', 'selling lottery tickets online', ['彩票', '体彩', '福彩', '双色球', '大乐透', '竞彩', '彩民']);
add('appr:lottery', 'en', 'lottery', ['lotter(?:y|ies)', 'lotto', 'scratch cards?']);

// ───────────────────────────── doubts: unsafe to answer automatically ─────────────────────────────

add('doubt:publishing', 'zh', 'paid works by creators: online publishing or plain user uploads? DOMAIN does not settle it', [
  '付费(?:文章|专栏|阅读|内容|订阅|解锁|合集)', '单篇付费', '付费解锁', '知识付费',
  '付费会员专属(?:内容|文章|专栏|图文)', '(?:付费|会员专属)[^。；]{0,16}(?:分|共) ?\\d+ ?期(?:更新|连载)?',
]);
add('doubt:publishing', 'en', 'paid creator content', ['paid (?:articles?|posts?|content|subscriptions?|newsletters?|columns?)', 'paywall(?:ed|s)?', 'unlock (?:the )?(?:full )?(?:article|post)s?', 'pay-per-(?:article|post)']);
add('cue:vague_between', 'zh', 'interaction between users, channel not said', ['用户之间的(?:互动|沟通|交流|联系)', '用户(?:间|之间)(?:互动|沟通|交流|联系)', '互动(?:效率|体验|方式)', '沟通(?:链路|效率|方式|体验)']);
add('cue:vague_between', 'en', 'interaction between users, channel not said', ['user-to-user (?:interaction|engagement|communication)', 'interaction between users', 'users (?:can )?(?:connect|interact) with each other', 'social interaction']);

// ───────────────────────────── cancellations: what a mention does not mean here ─────────────────────────────

add('cue:one_way', 'zh', 'one-way notices from the platform to users (delivery, B25-1), even when called 站内信 or 消息', [
  '(?:平台|系统|官方)(?:单向)?(?:向|给)(?:用户|全体用户|所有用户)(?:发送|推送|下发|发)', '只用于(?:平台|系统|官方)', '系统站内信', '系统(?:消息|通知)(?:类型)?', '官方通知', '单向(?:通知|消息|发送)',
]);
add('cue:one_way', 'en', 'one-way notices from the platform', ['from (?:us|the platform|the system) to (?:users|the user|members)', 'one-way (?:notices|messages|notifications)', 'system (?:messages|notices)']);
add('cue:own_hiring', 'zh', 'the company hiring for itself (own content, not a job platform for third-party employers)', [
  '(?:只|仅)招(?:聘)?本公司', '(?:本公司|我司|我们公司)(?:自己)?的?(?:在招)?(?:招聘|岗位|职位)', '(?<![\\u4e00-\\u9fff])公司自己的(?:在招)?(?:招聘|岗位|职位)', '(?:好美|我们|公司)自己的招聘', '加入我们', '不为其他(?:企业|公司)发布(?:职位|岗位|招聘)',
  '不对其他(?:企业|公司|雇主)开放(?:发布)?(?:职位|岗位|招聘)?', '公司自招',
]);
add('cue:own_hiring', 'en', 'the company hiring for itself', ['join us', 'careers page', 'our own (?:job openings|vacancies|roles|hiring)', 'we are hiring', 'not for other employers']);

// ───────────────────────────── dates stated in the text ─────────────────────────────

add('cue:stated_date', 'zh', 'a launch time written in the text (checked against the licence\'s validity when no launch_date is given)', [
  '20\\d\\d ?年 ?(?:\\d{1,2} ?月|春节|[上下]半年|第?[一二三四1-4]季度|Q[1-4]|年[初中底末])', '(?<![\\w-])20\\d\\d-\\d{1,2}(?:-\\d{1,2})?(?!\\d)',
]);
add('cue:stated_date', 'en', 'a launch time written in the text', [
  '(?:Q[1-4]|H[12]) ?20\\d\\d', '20\\d\\d ?(?:Q[1-4]|H[12])', '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? 20\\d\\d',
]);

// ───────────────────────────── obligation cues ─────────────────────────────

add('cue:personal', 'zh', 'personal data (七)', [
  '个人信息', '个人数据', '用户信息', '手机号', '联系方式', '身份证', '实名', '人脸', '生物识别', '定位', '位置信息', '地址', '浏览记录', '搜索历史', '历史记录', '病历', '通讯录', '症状', '照片',
]);
add('cue:personal', 'en', 'personal data', [
  'personal (?:data|information)', 'PII', 'real-name', 'ID verification', 'locations?', 'address(?:es)?', 'browsing history', 'search history', 'contacts', 'e-?mail addresses?', 'biometric', 'faces?',
]);
add('cue:paid', 'zh', 'charges to users (十五(五))', [
  '付费', '收费', '计费', '售卖', '售价', '定价', '标价', '\\d+(?:\\.\\d+)? ?元', '￥', '¥', '会员费', '订阅费', '按(?:月|年|次|分钟|小时|流量|坐席)(?:收费|计费)', '分成',
]);
add('cue:paid', 'en', 'charges', ['paid', 'prices?', 'pricing', 'fees?', 'charg(?:e|es|ed|ing)', 'billed', 'billing', 'per (?:minute|month|hour)', 'subscription fees?', '\\$\\d+']);
add('cue:ads', 'zh', 'advertising (十五(四))', ['广告', '营销', '推广', '宣传', '大促', '促销', '活动页', '运营活动']);
add('cue:ads', 'en', 'advertising', ['ads?', 'advert(?:s|ising|isements?)?', 'marketing', 'promotions?', 'promotional', 'campaigns?']);
add('cue:opinion', 'zh', 'services with 舆论属性或社会动员能力', ['舆论', '社会动员', '群组', '热搜', '话题广场', '直播间']);
add('cue:opinion', 'en', 'public opinion', ['public opinion', 'mobili[sz]ation', 'trending topics', 'hashtags?']);

// ───────────────────────────── round 2: phrasings the blind set exposed ─────────────────────────────

// Undecided mechanics: a feature whose how is still open cannot be judged safe (DOMAIN §4).
add('cue:undecided', 'zh', 'mechanics explicitly undecided: 待定, 方案待定, 待法务确认, 尚未确定 (an undecided date, price or name is not undecided mechanics)', [
  '(?<!(?:上线|发布|开始|结束)?(?:时间|日期|排期|档期|价格|定价|名称|命名|文案|时间点)(?:暂|尚|目前)?)待定(?!事项|项)', '(?<!(?:时间|日期|排期|价格|名称))未定', '尚未(?:确定|决定|敲定|明确)', '还没(?:有)?(?:定|确定|想好)', '(?<!(?:状态|审批状态|流程状态|当前状态)[：:]\\s?)(?<![0-9]\\s?[=:：]\\s?)待[^，。；\\n]{0,12}(?:确认|确定|决定|对齐|评审)(?!问题|事项|清单|项|列表)(?:后)?(?:再定)?', '(?:之后|后续|评审后|确认后|对齐后)再定', '另行(?:确定|决定)',
]);
add('cue:alternatives', 'zh', 'the feature is one of several forms, and which is still open ("可能是编辑部的科普，也可能接入合作医生答疑"; "图片还是视频还没定"): what is found inside is a doubt, not a finding', [
  '可能(?:是|会|由|只)?[^。；！？\\n]{1,60}?[，,；、]\\s*(?:也|还|或者?)(?:有)?可能(?:是|会|由|只)?[^。；！？\\n]{0,60}',
  '(?:还是|或者|或是| or | OR |/)[^，。；！？\\n]{1,30}?(?:还|尚|目前|都)?(?:没定|没有定|未定|待定|没想好|没确定|不确定|在讨论|再定|看排期)',
  '是否(?:支持|开放|接入|经过|包含|允许|提供|上线|需要|要|做|收取|涉及)[^，。；、！？\\n）)]{1,16}(?=[、，,）)][^。；！？\\n]{0,30}?(?:还在|正在|尚在|待|仍在|需要)(?:评估|讨论|确认|论证|研究|商量|对齐))',
]);
add('cue:alternatives', 'en', 'one of several forms, which still open', [
  '(?:could|might|may) (?:either )?be [^.;!?\\n]{1,80}? or [^.;!?\\n]{1,80}',
  'either [^.;!?\\n]{1,80}? or [^.;!?\\n]{1,60}?(?:TBD|undecided|not (?:yet )?(?:decided|settled)|still open|to be decided)',
]);
add('cue:undecided', 'en', 'mechanics explicitly undecided: TBD, pending, to be decided', [
  '(?<!(?:date|dates|timing|ETA|launch|name|naming|pricing|price|copy|deadline)[: ]{1,3}(?:is |are |still )?)(?:TBD|TBC)', 'to be (?:decided|determined|confirmed|defined|agreed|discussed)', '(?:mechanics|details|design|approach|decision|mechanism|format|channels?|rules?|frequency|cadence|flow) (?:are |is )?(?:still )?pending', '(?<!status:[^\\n]{0,40})(?<!(?:hidden|held|queued|kept|flagged|removed|blocked|quarantined|parked|published|visible|shown|live|folded|collapsed|auto-folded|muted) )pending (?:legal|review|a decision|decision|approval|sign-?off)', 'undecided', 'not (?:yet )?(?:decided|settled|final(?:i[sz]ed)?)', 'still open', 'open question',
  'under discussion', '(?:decided|settled|figured out|worked out) (?:later|after)', 'yet to be (?:decided|defined|agreed)', '(?:hasn[\'’]t|has not|haven[\'’]t|have not) (?:yet )?decided',
]);
// What the undecided part is about: reaching other users, or delivery to users.
add('cue:reach', 'zh', 'users reaching or contacting each other, channel not said', [
  '联系(?:上)?彼此', '彼此联系', '互相(?:联系|认识|找到)', '相互联系', '保持联系', '(?:更)?(?:直接|方便|快速)(?:地)?(?:找到|联系(?:上)?|触达|联络)', '联系(?:卖家|买家|商家|设计师|作者|房东|业主|工长|师傅)', '参与互动', '更多(?:的)?互动', '互动玩法', '沟通机制', '(?:交互|互动|沟通)(?:形式|方式)',
]);
add('cue:reach', 'en', 'users reaching each other, channel not said', [
  'reach each other', 'reach one another', '(?:gets?|stays?|keeps?|getting|staying) in touch with', 'connect[\'’"”]? (?:with )?(?:each other|one another|them|him|her|other users|neighbou?rs|people nearby)', 'connect easier', 'touch ?points? between',
  'engage with (?:creators|sellers|designers|pros|hosts|each other)', 'reach (?:out to )?(?:the )?(?:sellers?|designers?|pros?|creators?|hosts?|owners?) (?:more )?directly', 'contact (?:the )?(?:sellers?|designers?|pros?|creators?|hosts?)',
]);
add('cue:vague_between', 'zh', 'interaction between users, channel not said (round 2)', [
  '联系(?:上)?彼此', '彼此联系', '互相(?:联系|认识)', '保持联系', '(?:更)?(?:直接|方便|快速)(?:地)?(?:找到|联系(?:上)?|触达|联络)(?:卖家|买家|商家|设计师|作者|房东|业主|工长|师傅|对方|彼此)', '小组(?:里|内|中)?参与互动', '加入小组[^，。；]{0,8}互动',
]);
add('cue:vague_between', 'en', 'interaction between users, channel not said (round 2)', [
  'reach each other', 'reach one another', '(?:get|stay|keep) in touch with (?:each other|one another)', 'connect (?:with )?(?:each other|one another)', 'connect easier', 'touch ?points? between',
  'reach (?:out to )?(?:the )?(?:sellers?|designers?|pros?|creators?|hosts?|owners?) (?:more )?directly',
]);
add('cue:optout', 'zh', 'how users refuse delivery', ['退订', '取消订阅', '关闭(?:通知|推送|提醒)', '免打扰']);
add('cue:optout', 'en', 'how users refuse delivery', ['opt(?:s|ed)?[- ]outs?', 'unsubscrib(?:e|es|ed|ing)', 'mute']);
add('cue:pair', 'zh', 'the parties named before 之间/彼此', ['(?:业主|买家|卖家|设计师|工长|邻居|参与者|会员|粉丝|家长|居民|师傅|作者|读者|用户)(?:们)?(?:之间|彼此)', '两人', '两个用户']);

// Private messages in slang and in described acts: one user's message to a specific other user, delivered promptly.
add('B25-4', 'zh', 'voice notes sent to others: the messenger\'s own form (发语音条)', ['(?:发|发送|互发|收到)语音条', '语音条(?:消息|回复|互动)?']);
add('B25-4', 'zh', 'private-message slang: 私戳, 小窗, 密聊, 戳TA', [
  '私戳', '小窗(?:沟通|聊|问问|私聊|联系|发消息|对话|聊天)?', '密聊', '戳(?:TA|ta|他|她)', '你一句我一句(?:地)?聊',
]);
add('B25-4', 'zh', 'a message from one user to a named other user (作者/TA/对方/卖家…), or delivered to the other side at once', [
  '给[^，。；\\n]{0,8}?(?:作者|TA|ta|他|她|对方|设计师|卖家|买家|主人|博主|楼主|商家|房东|师傅|工长|业主|邻居|好友|创作者|达人)发(?:一条|一个|条|个)?(?:消息|信息|私信|语音|留言)',
  '对方(?:那边|那头|手机上|端)?(?:会)?(?:立刻|立即|马上|实时|即时|第一时间)(?:就)?(?:能)?(?:弹出|收到|看到)', '(?:那边|那头)(?:会)?(?:立刻|立即|马上|实时|即时)(?:就)?(?:能)?(?:弹出提醒|收到消息|看到(?:并|就能)?回复)',
]);
add('B25-4', 'en', 'private-message slang and described acts', [
  'ping (?:the |a |your )?(?:sellers?|buyers?|hosts?|creators?|designers?|authors?|owners?|pros?|landlords?|tenants?)', 'slid(?:e|es|ing) into (?:[\\w\'’]+ )?DMs', 'shoot (?:them|him|her|the [a-z]+) an? (?:message|note|text|DM|line)',
  'message (?:the |a |your )?(?:creators?|sellers?|designers?|authors?|hosts?|owners?|pros?|buyers?) directly', '(?:send|drop) (?:the |a |your )?(?:creators?|sellers?|designers?|authors?|hosts?|owners?|pros?) an? (?:message|note|DM)',
]);

// Forced push in other phrasings (十五(十)).
add('cue:cannot_disable', 'zh', 'unsubscribe ignored or removed, sent regardless of the user\'s setting', [
  '(?:退订|取消订阅)(?:请求|申请|回复|指令)?[^，。；]{0,6}(?:不处理|不予处理|不生效|忽略|无效)', '回复 ?(?:TD|T|退订)[^，。；]{0,12}(?:不处理|不予处理|不生效|忽略|无效)',
  '(?:去掉|去除|移除|删除|删掉|拿掉|隐藏|取消)[^，。；]{0,8}(?:退订|关闭|取消订阅)(?:链接|入口|按钮|开关|选项|方式)', '(?:退订|关闭)(?:链接|入口|按钮|开关|选项|方式)[^，。；]{0,4}(?:去掉|去除|移除|删除|删掉|拿掉|隐藏)',
  '(?:不带|不含|不放|没有|无)(?:退订|取消订阅)(?:方式|链接|入口|说明|提示)', '(?:不管|无论|不论)[^，。；]{0,24}(?:都|照|仍|依然|一律)(?:照)?(?:发|推|下发|推送|发送)', '(?<![按依参对遵仿比关拍护执牌])照(?:发|推)', '强提醒', '系统级弹窗', '弹窗[^，。；]{0,6}(?:无法|不能|不可)关闭', '默认对所有人开启',
]);
add('cue:cannot_disable', 'en', 'opt-out removed or ignored', [
  'remov(?:e|es|ed|ing) (?:the )?(?:opt[- ]out|unsubscribe|off(?![- ]?topic))(?: (?:toggle|switch|option|link|button))?', 'ignor(?:e|es|ed|ing) (?:the )?(?:user[\'’]s )?(?:notification|push|marketing) (?:settings?|preferences?)', 'ignor(?:e|es|ed|ing) (?:the )?(?:unsubscribe|opt[- ]out|STOP) (?:requests?|repl(?:y|ies))',
  'no need (?:an? |the |for )?(?:unsubscribe|opt[- ]out)', '(?:drop|skip|omit|remove)(?:s|ped|ping)? (?:the )?(?:unsubscribe|opt[- ]out) (?:words|text|link|line|footer|instructions?)', '(?<!(?:cap|caps|capped|limit|limits|limited|maximum|max|at most|no more than|ceiling|throttl\\w*)\\b[^.;\\n]{0,80})regardless of (?:the )?(?:user[\'’]s )?(?:notification |push )?(?:settings?|preferences?|opt[- ]outs?)',
  'so (?:that )?every user (?:receives|gets) them', 'can[\'’]t mute', 'cannot mute', 'no way to mute',
  '(?:opt[- ]outs?|unsubscribes?|notification settings?|push permissions?|do[- ]not[- ]disturb) (?:is |are |gets |get )?(?:bypassed|circumvented|overridden|ignored)', 'bypass(?:es|ed|ing)? (?:the )?(?:OS[- ]level |system |user[\'’]s )?(?:opt[- ]outs?|notification settings?|push permissions?|do[- ]not[- ]disturb)',
  '(?:toggles?|switch(?:es)?|opt[- ]outs?) (?:in settings )?(?:are |is )?hidden', '(?:unsubscribe|opt[- ]out) requests? (?:are |is )?(?:queued|held|delayed|parked)', 'guaranteed reach',
]);
add('cue:notify', 'zh', 'SMS, e-mail, pop-ups and strong reminders are delivery too (not a login code\'s SMS: 验证码短信)', ['(?<!(?:验证码|验证|校验码|登录码|动态码)[^，。；;\\n]{0,12})短信(?!验证码|验证|校验码|登录码|动态码|(?:只|仅)(?:发|用于|用来)(?:登录|验证|校验|动态)码)', '邮件', '弹窗', '强提醒', '系统级弹窗']);
add('cue:notify', 'en', 'SMS and e-mail delivery', ['SMS', 'text messages', 'marketing messages?', 'campaign (?:messages|alerts)']);

add('cue:cannot_disable', 'zh', 'the switch-off bypassed or hidden, the unsubscribe held back', ['绕过[^，。；]{0,8}(?:系统|通知|推送)?(?:权限|设置|开关|免打扰)', '(?:开关|退订入口|关闭入口)(?:在[^，。；：:\\n]{1,6}(?:里|中|内|上))?[^，。；：:\\n]{0,4}(?:隐藏|藏起来|下掉)', '(?:退订|关闭|关掉|取消订阅|拒收)不(?:了|掉)', '(?:营销|推送|通知|消息)[^，。；\\n]{0,6}(?:为|是|设为|改为|变成)必选(?:项)?', '退订[^，。；]{0,6}(?:延后|排队|暂缓|统一)处理', '(?:伪装|包装)成系统(?:通知|消息)', '保证触达']);
add('cue:cannot_disable', 'zh', 'sent to users who switched it off', ['(?:关闭|关掉|关了|拒绝|退订|屏蔽)(?:了)?[^，。；]{0,6}(?:通知|推送|提醒|短信|消息)[\'"’”」』]?\\s?(?:权限)?的用户(?!比例|占比|数量|数|量|逐月|越来越多|增加|上升|在增加|变多)', '(?:开关|设置|免打扰)(?:暂时|临时)?(?:不生效|失效|不起作用)', '已(?:经)?(?:关闭|关掉|退订|拒绝)[^，。；]{0,8}的用户']);
add('cue:cannot_disable', 'en', 'the opt-out ignored or its switch hidden (ignore opt-out; hides the … switch)', ['ignor(?:e|es|ed|ing) (?:the |their |user[\'’]?s[\'’]? )?(?:marketing[- ]?)?opt[- ]?outs?', '(?:hid(?:e|es|ing)|hidden) (?:the )?(?:[\'‘"“][^\'’"”\\n]{1,40}[\'’"”] |[\\w-]+ ){1,3}(?:toggle|switch|opt-out|setting)']);
add('cue:cannot_disable', 'en', 'sent to users who switched it off; opt-out replies ignored', [
  '(?:including|even|also) (?:to )?(?:users|those|people|members) who (?:have )?(?:turned (?:them |it )?off|switched (?:them |it )?off|disabled|opted out|unsubscribed)',
  '(?:unsubscribe|opt[- ]out|STOP|TD) (?:requests?|repl(?:y|ies)|messages?) (?:will be |are |is |get |gets )?(?:ignored|not (?:be )?(?:processed|honou?red|handled))',
]);
add('cue:for_others', 'zh', 'provided to other companies', ['给[^，。；]{0,8}(?:公司|企业|商家|品牌方?|工作室)提供']);
add('cue:for_others', 'en', 'provided to other companies', ['provide (?:[\\w-]+ ){0,2}(?:companies|firms|studios|businesses|brands|merchants|agencies) with', '(?:contractor|partner|client) companies']);

// Money: the platform holding or passing on users' funds (finance); bidding marketplaces (B21).
add('appr:finance', 'zh', 'the platform receives users\' money first and pays the provider later (escrow, 代收代付)', [
  '代收代付', '代付', '(?:资金|平台)托管', '托管(?:资金|装修款|货款|款项|费用)', '担保(?:交易|支付)', '平台先(?:行)?收款', '(?:先)?(?:付|打|存|支付)(?:款)?(?:先)?到平台(?:账户)?', '(?:款|钱|费用)先到平台',
  '(?:平台)?(?:再|后)(?:打款|放款|付款|结算|转)给(?:装修公司|设计师|卖家|商家|服务方|师傅|工长|施工方|供应商)', '验收(?:合格|通过)?后[^，。；]{0,6}(?:打款|放款|释放)',
]);
add('appr:finance', 'en', 'holding users\' funds until release', [
  'hold(?:s|ing)? (?:the |their |users[\'’] |customers[\'’] )?(?:funds|money|payments?) until', 'funds? (?:are |is )?held', 'releas(?:e|es|ed|ing) (?:them|the funds|the money|(?:the )?payment) to', 'pays? (?:us|the platform) (?:first|upfront)', 'collect(?:s|ed)? (?:the )?payment on behalf of',
]);
add('cue:bid', 'zh', 'third-party providers bidding or quoting on users\' requests', ['竞标', '投标', '抢单', '接单', '报价', '竞价']);
add('cue:bid', 'en', 'providers quoting on users\' requests', ['(?:send|submit|give|get)s? (?:in )?(?:their )?quotes', '(?:pros|contractors|designers|companies|firms|providers|studios|vendors|workers|tradespeople) (?:can )?(?:send |submit |give )?(?:their )?quotes?', 'quote on', 'bid(?:s|ding)? (?:on|for)', 'send (?:a )?proposals?', 'take (?:the )?(?:orders?|jobs?)', 'claim (?:the )?jobs?']);
add('cue:commission', 'zh', 'the platform takes a share of each deal', ['抽佣', '抽成', '佣金', '分佣', '提成', '服务费', '按(?:合同额|成交额|订单额|交易额)', '(?:每单|按单)(?:收取|抽取?)']);
add('cue:commission', 'en', 'the platform takes a share of each deal', ['commissions?', 'take rate', 'service fees?', '(?:an? )?\\d+(?:\\.\\d+)? ?% (?:cut|commission|fee|of (?:the|each|every))', 'takes? (?:an? )?(?:\\d+(?:\\.\\d+)? ?% )?(?:cut|commission)', 'takes? \\d+(?:\\.\\d+)? ?%']);

// IVR: interactive voice is B25-4; over a phone number it is also B25-X (not over the Internet).
add('cue:ivr', 'zh', 'interactive voice menus', ['IVR', '交互式语音(?:应答|服务|菜单)?', '语音导航', '语音菜单', '按键(?:选择|导航|菜单|收听)', '按 ?[0-9] ?(?:查询|预约|转|进入|收听|选择|办理|咨询|返回)', '语音提示[^，。；]{0,6}按键']);
add('cue:ivr', 'en', 'interactive voice menus', ['IVR', 'interactive voice(?: response| menus?)?', 'phone tree', 'voice (?:menu|navigation)', 'press(?:ing)? [0-9] (?:for|to|go)', 'press(?:ing)? a key', 'keypad menu']);
add('cue:hotline', 'zh', 'a phone line callers dial (not a call the platform places: not A by itself)', ['400 ?(?:电话|号码|号)', '400-\\d', '客服电话']);
add('cue:hotline', 'en', 'a phone line callers dial', ['400 numbers?', 'toll-free (?:numbers?|lines?)', 'support line', 'phone line']);

// Multi-party calls (B22) and storage for others (B11).
add('B22', 'zh', 'three or more parties in one voice/video session', ['[三四五多]方(?:实时)?(?:视频|语音|音视频)(?:会商|会议|通话|连线|沟通)?', '(?:视频|语音)会商', '多人(?:语音|连线|音视频)', '三方(?:会商|连线)']);
add('B22', 'en', 'three or more parties in one voice/video session', ['(?:three|four|3|4|multi)[- ](?:party|way) (?:video|voice|audio|calls?|meetings?|sessions?|conferences?)']);
add('cue:multi', 'zh', 'three or more parties at once (not 第三方, a third party)', ['(?<!第)[三四五多]方', '同时在线', '一起(?:连线|加入|上线)', '[三四五六七八九十几]个人(?:同时|一起)']);
add('cue:multi', 'en', 'three or more parties at once', ['three[- ]way', '(?:three|3|several|multiple) (?:parties|participants)', 'all three', 'join (?:at )?(?:the )?same time']);
add('cue:multi', 'zh', 'English list of three parties "X, Y and Z together" (a zh row: it starts with a comma, where the en word boundary cannot hold)', [', (?:the )?[\\w-]+(?: [\\w-]+)? and (?:the )?[\\w-]+(?: [\\w-]+){0,2} together']);
add('cue:compute', 'zh', 'file storage', ['云盘', '文件存储', '云存储', '存储服务']);
add('cue:compute', 'en', 'file storage', ['cloud (?:drive|disk)s?', 'file storage', 'storage space', 'online drive']);
add('cue:for_others', 'zh', 'the requester is another company (user story voice)', ['作为(?:合作|入驻)?的?[^，。；]{0,6}(?:公司|企业|品牌方?|商家|工作室)', '其他公司']);
add('cue:for_others', 'en', 'offered to other companies', ['partner (?:firms|studios|companies|agencies)', 'as a partner (?:company|firm|studio)', 'other companies']);

// Over-blocks: our own pages made crawlable (SEO) is not B25-2; a licensed bank's instalments; link-out to a licensed messenger.
add('cue:seo', 'zh', 'making our own pages findable by others\' search engines (SEO): not a search service of ours', [
  'sitemap', 'SEO', '结构化数据', '(?<!(?:遵守|遵循|尊重|绕过|无视|忽略)(?:对方|对方网站|目标站|各站)?的?\\s?)(?<!(?:obey|obeys|obeying|respect|respects|respecting|honou?r|honou?rs|follow|follows|ignore|ignores|ignoring|bypass|bypassing|their) )robots\\.txt', 'canonical', '收录(?:量|率)', '搜索引擎(?:收录|优化|排名|抓取)', '(?:被|让|便于|方便)[^，。；]{0,12}搜索引擎[^，。；]{0,6}(?:收录|抓取|索引)',
]);
add('cue:seo', 'en', 'SEO of our own pages', ['sitemaps?', 'SEO', 'structured data', 'schema\\.org', '(?<!(?:obey|obeys|obeying|respect|respects|respecting|honou?r|honou?rs|follow|follows|ignore|ignores|ignoring|bypass|bypassing|their|the sites[\'’]?|each site[\'’]s) )robots\\.txt', 'canonical (?:tags?|URLs?)', 'crawlable', 'indexable', 'search rankings?']);
add('cue:search_offer', 'zh', 'a search over others\' content offered to our users (SEO cannot explain it away)', ['全网(?:搜索|比价)', '聚合搜索', '比价']);
add('cue:search_offer', 'en', 'a search over others\' content offered to our users', ['web search', 'price comparison']);
add('cue:licensed', 'zh', 'a bank provides it (banks are licensed by definition)', ['由[^，。；]{0,10}(?:银行|发卡行)(?:自行)?(?:提供|承担|负责|发放|放款|办理|受理|审批)', '银行(?:提供|承担|负责|发放|放款)(?:的)?(?:分期|贷款|服务)', '持牌银行']);
add('cue:licensed', 'en', 'a bank provides it', ['provided by [^.;,]{0,40}Bank', 'licensed bank']);
add('cue:third_im', 'zh', 'a licensed third party\'s messenger', ['企业微信', '微信', 'QQ', '钉钉', '飞书']);
add('cue:third_im', 'en', 'a licensed third party\'s messenger', ['WeChat', 'WeCom', 'WhatsApp', 'DingTalk', 'Lark', 'QQ']);
add('cue:link_out', 'zh', 'a link or QR code that leaves our site', ['二维码', '扫码', '跳转', '外链', '名片', '外跳']);
add('cue:link_out', 'en', 'a link or QR code that leaves our site', ['QR codes?', 'scan', 'opens? (?:our|the|a) ', 'link(?:s)? (?:out|to)', 'deep[- ]?links?']);

// ───────────────────────────── round 3: acts the blind set described by other names ─────────────────────────────

// Stored value by another name: points, credits, coins that move between users or are bought / cashed out.
add('cue:points', 'zh', 'points, coins, credits: value held in the user\'s account', ['积分', '金币', '银币', '点券', '点数', '代币', '虚拟币', '钻石', '余额(?!不足)', '豆(?:子)?(?=[，。；、\\s]|可|能|转|余)', '能量值']);
add('cue:points', 'en', 'points, coins, credits', ['(?<!(?:key|talking|pain|touch|data|bullet|selling|main|entry|access|check|end|breaking|focal|starting|price|decimal|story|estimate[ds]?|estimation|effort|complexity) )points', 'credits', 'coins', '(?<!(?:design|access|API|auth|refresh|CSRF|session|bearer|JWT|input|output|colou?r|semantic|style|theme|CSS|text|spacing|typography|font|contrast|brand|motion|elevation|radius|shadow) )(?<![-_])(?<!(?:colou?rs?|values?|styles?|themes?) from )tokens(?! (?:are |get |will be )?(?:rotated|expire|expired|revoked|refreshed|signed|issued|stored|hashed|invalidated|updated|renamed|until|are kept|kept))', 'gems', 'balance']);
add('cue:points_transfer', 'zh', 'users give or transfer them to other users', [
  '转赠', '互赠', '(?:赠送|转|送|转让|划转|赠)给(?:好友|朋友|其他用户|他人|别人|对方|其他人|亲友|家人|别的用户)', '(?:好友|用户)之间(?:可以)?(?:互相)?(?:转|赠送|赠)',
]);
add('cue:points_transfer', 'en', 'users give or transfer them to other users', [
  '(?:gift|send|transfer|give|pass)(?:s|ed|ing)? (?:[\\w\'’-]+ ){0,2}(?:points|credits|coins|tokens|gems|balances?) to (?:other users|friends|another user|other members|each other|one another|someone else|other people|family)',
  '(?:gift|transfer)(?:s|ed|ing)? (?:their |your )?(?:points|credits|coins|tokens)',
  'be (?:gifted|transferred|sent|given) to (?:other users|friends|another user|other members|each other|one another|someone else|other people|family)',
]);
add('cue:points_buy', 'zh', 'bought with money', [
  '(?:购买|充值|买|购(?!物))(?:(?![得送返赚获攒])[^，。；]){0,4}(?:积分|金币|银币|点券|点数|代币|钻石)', '(?:人民币|现金|真钱|花钱|付费|真金白银|微信支付|支付宝)(?:[^，。；]{0,2})(?:购买|买|充值|兑换)',
]);
add('cue:points_buy', 'en', 'bought with money', ['(?:buy|purchase|top up)(?:s|ed|ing)? (?:[\\w-]+ ){0,3}(?:points|credits|coins|tokens|gems)', '(?:with|for) real money', '(?:points|credits|coins|tokens|gems) (?:can be |are )?(?:bought|purchased)', 'paid (?:points|credits|coins)']);
add('cue:points_buy', 'zh', 'a bare 购买/充值 right after a denial ("不能购买"): only ever read negated, so the denial settles the doubt', ['(?<=(?:不能|不可|无法|不支持|不得|不允许)(?:用钱|花钱|付费)?)(?:购买|充值)']);
add('cue:points_buy', 'en', 'a bare bought/purchased right after a denial', ['(?<=(?:cannot|can[\'’]t|can not|not|never) be )(?:bought|purchased|topped up)']);
add('cue:points_cash', 'zh', 'cashed out', ['提现', '兑现', '(?:兑换|换|折算)成?(?:现金|人民币|钱)', '提(?:到|至)(?:银行卡|支付宝|微信)', '返现到']);
add('cue:points_cash', 'zh', 'the money taken back to a bank card (not a refund going back the way it was paid: 原路退回微信零钱)', ['(?<!原路)(?:取回|退回|转回|提回)(?:到)?(?:自己的)?(?:银行卡|支付宝|微信)']);
add('cue:funds_transfer', 'zh', 'money moved on to another person\'s account', ['转(?:给|到)[^，。；]{0,12}?(?:其他|别的|他人|家人|家里|朋友|好友)[^，。；]{0,8}?(?:账户|账号|余额)']);
add('cue:funds_transfer', 'en', 'money moved on to another person\'s account', ['transfer(?:s|red)? (?:it |them |money |funds |the balance )?to (?:other|another|family|friends?|a friend)[^.;]{0,12}(?:accounts?|balances?)']);
add('cue:points_cash', 'en', 'cashed out', ['cash(?:ed|ing)? (?:them |it )?out', 'withdraw(?:n|s|al)?(?! (?:your |their |the |my |an |a )?(?:consent|application|request|complaint|comment|post|review|submission|offer)s?\\b)', '(?:convert|exchange|redeem)(?:s|ed)? (?:[\\w-]+ ){0,3}(?:for|into|to) (?:cash|money)', 'to (?:a |their )?bank (?:card|account)']);

// Escrow described by the act, naming us: money paid into our (or our brand's) account and released onward.
add('cue:our_account', 'zh', 'our own account, by pronoun, 平台/公司, or the company\'s brand (src/rules/brands.ts)', [
  `(?:我们|我方|平台|公司|本公司|${COMPANY_NAMES_ZH.join('|')})(?:的)?(?:收款|对公|自有|官方|监管|中间|专用)?(?:账户|户头)`,
]);
add('cue:our_account', 'zh', 'the money kept by us for a while (钱先放在我们这里; 货款先由平台收着)', ['(?:钱|款|货款|资金|押金)[^，。；]{0,4}?(?:先)?(?:放|留|存|押)在(?:我们|平台|公司|我方)(?:这里|这儿|那里|手里|账上)?', '(?:先)?由(?:平台|我们|我方|公司)(?:先)?(?:收着|代收|代管|保管|托管)']);
add('cue:our_account', 'en', 'our own account', [
  `(?:our|the platform[\'’]s|the company[\'’]s|(?:${COMPANY_NAMES_EN.join('|')})(?:[\'’]s)?) (?:own |corporate |collection |company |holding |escrow )?(?:bank )?accounts?`,
]);
add('cue:pay_in', 'zh', 'users pay money in', ['(?:付|存|支付|汇|(?<![跳旋流运周扭])转|缴|(?<![公外提])交)(?:款|钱|费)?(?:先)?(?:到|进|入|至)(?!本机|本地|手机|相册|电脑|设备|桌面|云盘|网盘|草稿|收藏|硬盘|U盘)', '打(?:款|钱)(?:先)?(?:到|进|入|至)', '(?:全额|全部|一次性)(?:支付|付款|付清|预付)', '先行?(?:支付|付款)', '冻结在']);
add('cue:pay_in', 'en', 'users pay money in', ['(?:sits?|stays?|kept|held|remains?|parked) in(?! (?:a |the |our )?(?:[a-z]+ regions?|beijing|shanghai|shenzhen|guangzhou|hangzhou|quarantine|bucket|queue|staging|cache|memory|review|mainland|China|region|draft|beta|sync|place|loop|pending|localStorage|storage|dark mode|light mode|MySQL|Postgres|PostgreSQL|Redis|ES|Elasticsearch|the database|the DB|our DB|the data warehouse|Kafka|S3|OSS|HDFS|ClickHouse|Hive))','pa(?:y|ys|id|ying) (?:[\\w-]+ ){0,4}(?:into|to)', 'deposit(?:s|ed)? (?:[\\w-]+ ){0,3}into', 'upfront', 'in full']);
add('cue:release', 'zh', 'we release the money to a third party, in stages or after a condition', [
  '拨付', '拨款', '分(?:[一二三四两\\d]|几)(?:次|期|笔|阶段)(?:[^，。；]{0,4})(?:付|打|转|放|结)', '(?:打款|放款|付款|结算|释放|划转|转账|支付|付)(?:[^，。；]{0,8})给(?!好友|朋友|用户|公司|我们|我司|本公司|持牌|支付机构|财付通|支付宝|微信支付|银联)', '退还或付给', '释放(?:资金|款项|货款)', '把(?:钱|款|货款|款项)[^，。；]{0,4}?(?:打|转|付|结)给(?!好友|朋友|用户|公司|我们|我司|本公司)',
]);
add('cue:release', 'en', 'we release the money onward', ['releas(?:e|es|ed|ing) (?:[\\w-]+ ){0,4}to', 'disburs(?:e|es|ed|ing|ement)', 'pay (?:the )?(?:contractors?|crews?|sellers?|designers?|vendors?|suppliers?|workers?|builders?|providers?)(?: out)? in (?:[\\w-]+ )?(?:stages|instal(?:l)?ments|tranches|milestones)', 'pay (?:it |them )?out to', 'in (?:[\\w-]+ )?(?:stages|tranches|milestones)']);
add('cue:funds', 'zh', 'users\' money (not an account that is suspended; not the surname in a list of people: 参会人：钱敏、赵鹏)', ['货款', '款项', '资金', '装修款', '工程款', '(?<!花了?多少|多少|省了?|值|花了?|价|赚了?|挣|最少的|最多的|更少的|少花)钱(?!包|多多|小|某|总|老师|经理|工|先生|女士|同学)(?<![：:、@\\s,，（(]钱(?=[\\u4e00-\\u9fff]{1,2}(?:[、，,（(）)｜|\\n]|$)))', '(?<!暂停|凭对账单|对账后|向供应商|给供应商|按合同|按月)付款(?!给供应商|条件|节点|方式：?(?:对公|银行转账))', '订单金额', '费用(?!预算|估算|成本|上限)(?![^，。；\\n]{0,10}(?:付给|支付给|结算给)(?:高德|腾讯|百度|阿里云|供应商|服务商|合作方|对方|厂商))']);
add('cue:funds', 'en', 'users\' money (not a team or a field: "the payments team", "payment details are redacted")', ['(?<!(?:touching|involving|affecting|about|for) )payments?(?! (?:team|squad|owners?|details are|fields?|method list|methods?|options?|SDK|svc|service))', 'funds', 'money', 'the amount', 'deposits?']);
add('cue:freeze', 'zh', 'funds frozen or held by us during a dispute', ['冻结', '暂扣', '扣留']);
add('cue:freeze', 'en', 'funds frozen by us', ['frozen', 'freez(?:e|es|ing)', 'withh(?:o|e)ld(?:s|ing)?']);

// Short motion clips with sound: live photos are seconds of video; shown to others they may be audiovisual programmes.
add('cue:motion_clip', 'zh', 'live photos, seconds-long motion with sound', [
  '实况照片', '动态照片', '实况图', 'Live ?(?:Photo|图|照片)(?!s? (?:get|gets|have|has|are|with) (?:the |their )?(?:motion|audio|video|sound)(?: part| track)? (?:stripped|removed|dropped|muted))', '几秒(?:钟)?的?(?:动态|动图|小视频|画面|片段)', '动态画面', '(?:带|有|含)(?:声音|音效|配乐|原声)的?(?:动图|GIF|gif|动态图|动态照片)', '(?:动图|GIF|gif)[^，。；]{0,6}(?:带|有|含)(?:声音|音效|配乐|原声)',
]);
add('cue:motion_clip', 'en', 'live photos, short motion with sound', [
  '(?:live|motion) photos?(?! (?:get|gets|have|has|are|with) (?:the |their )?(?:motion|audio|video|sound)(?: part| track)? (?:stripped|removed|dropped|muted))', 'GIFs? with (?:sound|audio)', 'animated (?:photos?|images?|pictures?) with (?:sound|audio)', '(?:a )?few seconds of (?:motion|video|footage|animation)', 'moving (?:photos?|pictures?) with (?:sound|audio)', 'sound(?:ed)? GIFs?',
]);
add('cue:for_viewers', 'zh', 'others see it', ['其他用户', '所有人', '大家', '粉丝', '浏览', '展示给', '公开', '别人', '他人', '晒']);
add('cue:for_viewers', 'en', 'others see it', ['other (?:users|shoppers|members|people|visitors|readers)', 'followers', 'everyone', 'others', 'public(?:ly)?', 'to view']);

// Digital periodicals (DOMAIN §3 publishing): a 刊 with issues, not a newsletter or a weekly column.
add('appr:publishing', 'zh', 'digital periodicals: 月刊/周刊/杂志, numbered issues (an ordinary newsletter or weekly column is not one)', [
  '(?:半|双)?月刊', '(?<!邮件|订阅|EDM)周刊(?![」』”"]?[^，。；\\n]{0,10}(?:邮件|邮箱|订阅|专栏|newsletter|EDM|推送|简报))', '(?:电子|数字|线上|网络)(?:版)?刊(?!登)', '旬刊', '季刊', '年刊', '刊物', '刊号', '刊期', '期号', '杂志(?!风|式|感|排版|化|封面风)', '(?:第 ?\\d+ ?期|每期)[^，。；]{0,10}(?:刊|杂志)', '按期(?:付费|订阅|购买|出版)',
]);
add('appr:publishing', 'en', 'digital periodicals', [
  'magazines?(?![- ]style| layout| look)', 'periodicals?', 'numbered issues?', '(?:monthly|weekly|quarterly|bi-?monthly) (?:issues?|editions?)', 'each (?:new )?issue', 'back issues', 'issue (?:no\\.|number|#)',
]);

// Partner content feeds: another media's content in our channels may be news or aggregation of others' sites.
add('cue:current_topic', 'zh', 'current-affairs topics (policy, markets, the economy): what news covers, even without the word 新闻', ['限购', '限贷', '限售', 'LPR', '降息', '加息', '降准', '央行', '房企(?:债务|暴雷|爆雷|违约|风险)', '楼市(?:政策|新政|调控|动态|行情)', '房地产政策', '宏观经济', '宏观(?:数据|政策)', '(?<!售后|退换货|退货|退款|会员|积分|隐私|价格|服务|运费|优惠|保修|店铺|平台|公司)政策(?:变化|调整|出台|解读|动向)', '股市', '汇率', '(?:各地|地方)(?:政策|新政)', '(?:两会|国常会|政治局)']);
add('cue:current_topic', 'en', 'current-affairs topics', ['interest[- ]rate (?:cuts?|hikes?|changes?)', 'rate (?:cuts?|hikes?)', 'central bank', '(?:housing|property) (?:policy|policies|curbs|market news)', 'macro(?:economic)? (?:data|news|policy)', 'stock market', 'government polic(?:y|ies)']);
add('cue:news_act', 'zh', 'gathering, rewriting or pushing items as a digest', ['汇总', '改写', '短讯', '速递', '播报', '早报', '晚报', '快报', '盘点', '整理成', '编译', '摘要']);
add('cue:news_act', 'en', 'a digest of items', ['digests?', 'round-?ups?', 'daily (?:brief(?:ing)?s?|updates?)', 'summari[sz](?:e|es|ed|ing)', 'rewrit(?:e|es|ten|ing)', 'recaps?']);
add('appr:drugs', 'zh', 'medical devices named by what they are (医疗器械 by product)', ['医用[^，。；、\\s]{1,6}', '血氧仪', '轮椅(?!通道|用户|坡道|友好|可达|出入|停放)', '助行器', '护理床', '理疗仪', '心电(?:仪|监测|贴)', '退热贴', '医用口罩', '胎心仪', '听诊器', '矫形器', '拔罐器']);
add('appr:drugs', 'en', 'medical devices by product', ['wheelchairs?(?! (?:access|accessible|users?|ramps?|friendly|spaces?))', '(?:pulse )?oximeters?', 'blood[- ]pressure (?:monitors?|cuffs?)', 'glucose meters?', 'nebuli[sz]ers?', 'hearing aids?', 'hospital beds?', 'oxygen concentrators?', 'mobility aids?', 'TENS units?']);
add('cue:partner_media', 'zh', 'content of partner media or other publishers', ['合作媒体', '媒体合作', '第三方媒体', '外部媒体', '媒体(?:号|机构)?(?:的)?(?:内容|稿件|文章|资讯)', '合作(?:方|伙伴|网站|平台)(?:的)?(?:内容|稿件|文章|资讯|内容源)', '内容源', '信息源', '(?:接入|抓取|聚合|导入|拉取|采集|订阅)(?:[^，。；]{0,6}的)?RSS', 'RSS ?(?:源|聚合|抓取|导入)']);
add('cue:partner_media', 'en', 'content of partner media', ['partner (?:media|publishers?|outlets?|sites?|magazines?)', 'media partners?', 'syndicat(?:e|ed|es|ion)', 'RSS (?:feeds? )?(?:from|of) (?:partners?|other|third|external)', '(?:ingest|pull|aggregat|import|fetch)(?:s|es|ed|ing|e)? [^.;]{0,20}RSS', 'content feeds?', '(?:third-party|external|other) (?:publishers?|media|outlets?)', 'publishers[\'’]? (?:content|feeds?|articles)']);
add('cue:ingest', 'zh', 'brought in and shown', ['接入', '同步', '引入', '(?<!脱敏|统计|汇总|数据)聚合(?!接口|请求|层|API|api|查询接口|值|数据|指标|结果|统计)', '抓取', '转载', '对接', '拉取', '导入', '展示', '呈现']);
add('cue:ingest', 'en', 'brought in and shown', ['ingest(?:s|ed|ing)?', 'pull(?:s|ed|ing)? in', 'import(?:s|ed|ing)?', '(?<!in )aggregat(?:e|es|ed|ing)(?! (?:[\\w-]+ )?(?:rates?|stats|statistics|metrics|counts|numbers|figures|totals|reports?|dashboards?))(?! (?:are )?(?:kept|retained|stored|only|\\d)\\b)(?<!Retention: aggregates?)', 'show(?:s|n|ing)?', 'display(?:s|ed|ing)?', 'surface(?:s|d)?', 'republish(?:es|ed|ing)?', 'syndicat(?:e|ed|es|ion)']);

// Over-blocks: instalments provided entirely by licensed institutions at our checkout.
add('cue:licensed', 'zh', 'licensed lenders by kind: banks, consumer-finance companies, 花呗-type credit', ['(?:消费金融公司|消金公司|持牌消费金融|花呗|京东白条|银行(?!转账|卡|账户|汇款|打款))(?:[^，。；\\n不无没非]{0,8})(?:提供|承担|负责|发放|放款|办理)', '由[^，。；]{0,16}(?:消费金融公司|花呗|银行)(?:[^，。；]{0,6})?提供']);
add('cue:licensed', 'en', 'licensed lenders by kind', ['(?:banks?|consumer[- ]finance (?:companies|company|firms?)) (?:provide|offer|fund|handle)', 'provided by (?:[\\w-]+ ){0,4}(?:banks?|consumer[- ]finance)']);

// Round 5: content providers by role, third-party service providers paid through us, chat by its verb.
add('cue:partner_media', 'zh', 'content supplied by outside providers (内容方/内容源/供稿方), however they are called', [
  '(?:外部|第三方|站外|其他|合作)(?:的)?(?:内容(?:方|源|商|提供方|提供商|供应商|合作方|伙伴)|资讯(?:源|方)?|稿件|供稿方?)', '内容(?:合作方|供应商|提供方|提供商|服务商)', '内容合作', '供稿(?:方|商|机构)', '(?:引入|接入|采购)(?:的)?(?:外部|第三方|合作方)(?![^，。；\\n]{0,6}(?:工具|插件|SDK|组件|服务条|统计|客服|无障碍|支付|登录|地图|短信|推送|监控|埋点|读屏|验证码))',
]);
add('cue:partner_media', 'en', 'content supplied by outside providers', [
  'content (?:partners?|providers?|suppliers?|vendors?)', '(?:third-party|external|outside|partner) (?:content|articles|stories|news|feeds?)', 'licensed (?:content|articles|stories) from',
]);
add('cue:provider', 'zh', 'third-party professionals or shops serving our users for pay (入驻/独立/第三方 designers, teachers, experts…)', [
  '入驻(?:的)?[^，。；]{0,6}(?:设计师|老师|专家|师傅|工长|律师|顾问|达人|商家|机构|工作室|服务商|装修公司|工人)', '(?:独立|第三方|外部|签约|认证)(?:的)?(?:设计师|顾问|专家|师傅|工长|服务商|工作室|讲师|老师|律师)', '服务商',
]);
add('cue:provider', 'en', 'third-party professionals serving our users', [
  '(?:independent|third-party|external|outside|vetted|verified|certified) (?:designers?|pros?|experts?|contractors?|consultants?|providers?|tutors?|coaches?|professionals?|studios?)', 'service providers?', 'freelancers?', 'freelance (?:designers?|experts?|pros?)',
]);
add('cue:commission', 'zh', 'the platform keeps a share of what users pay a third party', ['(?:五五|四六|三七|二八|六四|七三|八二)分(?:成|账)?', '分账', '平台(?:抽取|留存|扣除|保留)']);
add('cue:commission', 'en', 'the platform keeps a share', ['revenue[- ]shar(?:e|es|ing)', 'rev[- ]share', 'split (?:the )?(?:fee|fees|revenue|payment|money|proceeds)', 'payout to (?:the )?(?:designer|pro|expert|provider|seller|creator)s?']);
add('cue:converse', 'zh', 'chatting, by the verb 聊 (快聊/继续聊/聊一聊); 无聊/聊胜于无 are not', ['(?<!无|欢迎来?|欢迎找我们)聊(?!胜|斋|天室)']);
add('cue:converse', 'en', 'chatting, by other verbs', [BACK_AND_FORTH, 'keep (?:the )?conversation going', 'reply to each other']);

// Round 5: information about money or prices is not the act (a calculator, a guide, an editorial comparison).
add('benign:ui', 'zh', 'voice typed into a box of ours (搜索框加语音输入): input, not audio for others', ['语音输入', '语音搜索', '语音转文字']);
add('benign:ui', 'en', 'voice typed into a box of ours', ['voice (?:input|search|typing|dictation)', 'speech[- ]to[- ]text', 'dictation']);
add('benign:ui', 'zh', 'a calculator on our own page: a tool of the site, working on what the user types in', ['计算器']);
add('benign:ui', 'en', 'a calculator on our own page', ['calculators?']);
add('cue:calc', 'zh', 'a calculator or estimate shown to the user (information, not a financial act)', ['计算器', '试算', '测算', '估算', '算一算', '计算(?:出|每月|月供|利息|总价|费用|还款)', '月供(?:计算|测算)']);
add('cue:calc', 'en', 'a calculator or estimate', ['calculators?', 'estimat(?:e|es|or|ors|ing)', 'comput(?:e|es|ed|ing) (?:the )?(?:monthly|interest|repayments?|costs?|payments?)', 'what-if']);
add('cue:guide', 'zh', 'an article or guide about a topic (information, not the act)', ['(?:科普|攻略|指南|知识|常识|避坑)(?:文章|专栏|内容|帖)?', '(?:评测|测评|选购|导购)(?:文章|指南|攻略|专栏)?', '编辑(?:部)?(?:撰写|整理|原创|评测|测评|推荐)']);
add('cue:guide', 'en', 'an article or guide about a topic', ['(?:buying|how-to|explainer|beginner[\'’]?s?) guides?', 'explainers?', 'editorial (?:articles?|reviews?|content|comparisons?)', '(?:our )?editors (?:write|wrote|compare|review|test)', 'review articles?', 'guides? (?:on|to|about)']);
add('cue:tool', 'zh', 'an interactive tool or widget (a service, not an article)', ['工具', '插件', '组件', '小程序', '功能入口', '查询(?:框|入口|页)']);
add('cue:tool', 'en', 'an interactive tool or widget', ['tools?', 'widgets?', 'plug-?ins?', 'extensions?', 'lookups?']);
add('cue:fin_act', 'zh', 'the financial act itself: applying for or granting credit, buying financial products', ['(?:申请|发放|办理|开通)(?:贷款|借款|分期|信用卡|额度)', '贷款申请', '放款', '授信', '借(?:钱|款)给', '一键(?:贷|借|申请)', '(?:在线|直接|线上|当场|顺便)(?:申请|办理|分期|借款|贷款|投保|购买|下单)', '(?:购买|买入|申购|认购)(?:基金|理财|保险|股票|产品)', '投保', '下单(?:保险|理财)']);
add('cue:fin_act', 'en', 'the financial act itself', ['apply (?:for|to) (?:a |the )?(?:loan|mortgage|credit|card)', 'loan applications?', 'disburs(?:e|es|ed|ement)', 'credit (?:lines?|limits?)', 'lend(?:s|ing)? (?:money|to)', '(?:buy|purchase|subscribe to) (?:the )?(?:funds?|insurance|stocks|policies|polic(?:y|ies)|products?)', 'sign up for (?:a |the )?(?:loan|policy|card)']);

// Round 5b: acts described by what happens (found by a fifth blind set; rows by meaning, several phrasings each).
add('cue:external', 'zh', 'many other sites, counted rather than named', ['(?:各|多|几|十几|数十|二十多|若干|多个|各大|主流|不同)(?:个|家)?[^，。；、]{0,4}(?:网站|站点|平台|App|APP|应用|论坛|社区)', '各家(?:网站|平台|App|APP)?', '别家(?:网站|平台)?', '其他家']);
add('cue:external', 'en', 'many other sites', ['(?<!(?:our|own|the|its|their) )(?:multiple|several|many|dozens of|various|other|major|popular|\\d+) (?:websites|sites|platforms|apps|stores|portals)(?! (?:of ours|we own|we run))', 'across the web', 'around the web', 'from other (?:sites|apps|platforms)']);
add('cue:video', 'zh', 'video described by what it is (recorded footage, clips with sound, resolutions, a player)', [
  '录制的?[^，。；]{0,4}(?:画面|片段|影像|短片|视频)', '片段[（(][^）)]{0,12}(?:声音|秒|分钟)', '(?:带|有|含)(?:声音|原声|配音|伴奏)的?[^，。；]{0,4}(?:片段|画面|内容)', '(?:画面|动态|影像|录屏)片段', '短片', '录屏', '(?:拍|录)(?:一段|下一段|一小段)(?![^，。；]{0,12}(?:语音|音频|声音|录音))', '带声音的?(?:画面|片段)', '\\d{3,4} ?[pP](?![a-zA-Z])', '转码', '完播', '倍速', '动态影像', '(?:画面|影像)(?:和|与|及)(?:声音|音频)',
]);
add('cue:video', 'en', 'video described by what it is', ['recorded (?:clips?|footage|segments?)', 'screen ?recordings?', '\\d{3,4}p', 'transcod(?:e|es|ed|ing)', 'moving images?', 'short clips? with (?:sound|audio)']);
add('cue:watch', 'zh', 'played to users', ['播放观看', '逐步播放', '在线播放', '点开播放']);
add('cue:private', 'zh', 'seen only by the two parties or the members (not public)', [
  '只有(?:双方|彼此|两人|你们两?个?人?|他们两?个?人?|二人|两个人)(?:才)?(?:能|可以)?(?:看到|看见|可见|查看|看得到|看得见)', '仅(?:双方|彼此|两人|二人)可见', '不(?:会)?(?:出现|显示|展示|公开)在(?:评论区|公开区域|帖子下|主页)',
]);
add('cue:private', 'en', 'a private mode: only the participants see it', ['private (?:mode|threads?|rooms?|conversations?)', 'only (?:visible|shown) to (?:the )?participants', 'visible only to (?:the )?participants']);
add('cue:private', 'en', 'seen only by the two parties', ['only (?:the two of them|both (?:of them|parties)|the two (?:users|people|parties)) can see', 'visible only to (?:the two|both)', '(?:does not|doesn[\'’]t|won[\'’]t|never) (?:appear|show) (?:in|under) the (?:comments?|thread|post)']);
add('cue:members_space', 'zh', 'a members-only space (seen only by a group\'s members)', [
  '(?:队|群|组|圈|班|团)内(?:对话|聊天|讨论|交流|沟通|消息)', '只有(?:本|该|这个)?[^，。；]{0,3}成员(?:才)?(?:能|可以)?(?:看到|看见|可见|查看)', '仅(?:本|该)?(?:队|群|组|小组|小队|圈子?|团)?成员可见',
]);
add('cue:members_space', 'en', 'a members-only space', ['(?:team|squad|group|crew|members)[- ]only (?:chat|thread|conversation|space|room)', 'only (?:team |group |squad )?members can see', 'visible only to (?:team |group |squad )?members']);
add('cue:realtime', 'zh', 'appears at once on the other side', ['(?:立即|立刻|马上|即刻|瞬间)(?:出现|显示|弹出|同步)(?:在)?', '离线(?:成员|用户)?[^，。；]{0,6}(?:上线后)?补(?:收|发|推)', '上线后(?:补收|补推|收到)']);
add('cue:realtime', 'en', 'appears at once on the other side', ['(?:appears?|shows? up|pops? up) (?:immediately|instantly|at once|right away) on', 'delivered (?:immediately|instantly|at once)', 'offline (?:members|users) (?:get|receive) (?:them|it|messages) (?:when|once) they (?:come|are) back']);
add('cue:undecided', 'zh', 'the form or mechanics of the feature are still open', ['(?:形式|方式|玩法|机制|方案|具体做法|交付形式|媒体格式|格式)(?:还|尚|目前)?(?:未定|待定|没定|不确定|在讨论|在评估|没有确定)', '还在(?:等|讨论|评估|论证)', '(?:待|等)(?:技术|法务|产品)?评估(?:后|结果)', '尚在(?:讨论|评估|论证)']);
add('cue:undecided', 'en', 'the design left open to whoever builds it ("any direction? … up to you")', ['(?:it[\'’]?s )?up to you(?! to decide whether to (?:opt|turn))', '(?:any|which) direction\\?', '(?:what|which) kind of (?:interaction|feature|mechanism|thing)s?\\?']);
add('cue:reach', 'en', 'more interaction or a more social product wanted, the mechanism not said', ['(?:make (?:it|the [\\w-]+) |be |feel )?more social', '(?:just |much )?more (?:user )?(?:interaction|互动)', '(?:boost|increase|raise|drive) (?:user[- ]to[- ]user |user )?interaction']);
add('cue:paid', 'en', 'a price in renminbi (RMB 5,000/month, RMB 620,000 fixed price)', ['RMB ?\\d[\\d,]*(?:\\.\\d+)?', 'CNY ?\\d[\\d,]*(?:\\.\\d+)?']);
add('cue:reach', 'en', 'ways for users to connect, the mechanism not said', ['(?:ways?|a way|places?|spaces?) for (?:[\\w-]+ ){1,2}to connect\\b']);
add('cue:undecided', 'zh', 'not settled yet (还没定)', ['(?:还|尚)(?:没|未)(?:定|确定|决定|敲定)']);
add('B24', 'zh', 'other brands\' hotlines answered by our agents (品牌把售后热线转到我们的客服中心，由我们的坐席代为接听)', ['热线(?:转|转接|接)(?:到|给|入)(?:我们|好美|我方|平台)', '(?:坐席|客服)[^，。；\\n]{0,12}代(?:为|替)?(?:品牌|商家|客户|他们)?(?:接听|处理来电)']);
add('cue:undecided', 'zh', 'the form left to someone else to choose (形式由作者自己选)', ['(?:形式|玩法|方式)由[^，。；\\n]{1,8}(?:自己|自行)?(?:选|定|决定|选择)']);
add('cue:reach', 'zh', 'interacting live with fans or readers, the mechanism not said (和粉丝实时互动)', ['(?:和|与|跟)(?:粉丝|读者|用户|网友|大家|观众)[^，。；\\n]{0,4}实时互动']);
add('cue:undecided', 'en', 'not finalised yet', ['not (?:yet )?finali[sz]ed']);
add('cue:group', 'en', 'users put into one room together (auto-joined to a room)', ['(?:auto-?)?joined (?:in)?to (?:a|one|the same) (?:shared |private |group |closed )?(?:room|group|channel|circle)']);
add('cue:reach', 'en', 'more interaction between users wanted, the mechanism not said (raise engagement between users)', ['(?:raise|boost|increase|drive|grow) (?:the )?(?:engagement|interaction) between (?:users|members|owners|residents)']);
add('cue:undecided', 'en', 'the mechanism to be chosen later', ['(?:mechanism|format|form|channel|mechanics) will be (?:chosen|decided|picked|defined|settled) (?:after|later|in|once)']);
add('cue:undecided', 'zh', 'what users will do unveiled later (玩法会陆续解锁)', ['(?:玩法|功能|形式|能力)[^，。；\\n]{0,6}(?:会|将)?陆续(?:在[^，。；\\n]{0,6})?(?:上线|解锁|开放|推出)']);
add('B25-4', 'en', 'a one-to-one window between two users, read status shown to both', ['(?:1v1|1:1|one-to-one|one-on-one) (?:chat |message |messaging )?window', 'read (?:status|receipts?|ticks) (?:on|for) both sides']);
add('cue:neg', 'en', 'a wiki callout marked ❌ Rejected: what it names is not done', ['❌\\s*(?:\\*\\*)?\\s*(?:Rejected|Won[\'’]t do|Not doing|Dropped|Out of scope|Declined)(?:\\*\\*)?\\s*[：:]?'], 'sentence');
add('cue:neg', 'zh', 'a wiki callout marked ❌ 不做 / 否决: what it names is not done', ['❌\\s*(?:\\*\\*)?\\s*(?:不做|否决|放弃|砍掉|已否决|不采纳)(?:\\*\\*)?\\s*[：:]?'], 'sentence');
add('B25-2', 'zh', 'search results that cover the whole web\'s content (结果页覆盖全网家居内容)', ['(?:搜索)?结果(?:页)?[^，。；\\n]{0,6}(?:覆盖|包含|涵盖)全网']);
add('cue:insurer', 'en', 'an insurer named as a possible issuer of what is sold', ['underwritten by', '(?:an|the) insurer', 'insurance (?:product|company|partner|policy)']);
add('cue:insurer', 'zh', 'an insurer named as a possible issuer of what is sold', ['保险公司(?:承保|出单|提供)', '保险产品', '由保险公司']);
add('cue:undecided', 'en', 'the form or mechanics are still open', ['mechanics (?:are|is) (?:still )?(?:open|unclear|being discussed)', 'could be [^.;]{0,60}or something else', '(?:format|form|shape) (?:is|are) (?:still )?(?:open|unclear|undecided)']);
add('cue:for_others', 'zh', 'our system opened to other businesses to run their own operations on it', ['开放给(?:其他|别的|外部|第三方)?[^，。；]{0,6}(?:餐厅|商家|门店|企业|公司|机构|商户|品牌|工作室|学校|医院|店铺)(?:使用|用)?', '(?:开放|提供|卖|出售|授权)给(?:其他|别的|外部|第三方|更多)(?!用户|人|读者|会员|网友|同学|学员|家长|粉丝)[^，。；]{1,8}(?:使用|用|接入)', '其他(?:餐厅|商家|门店|企业|商户|机构|品牌|店铺)(?:使用|接入|入驻|注册)', '(?:餐厅|商家|门店|企业|商户|机构|店铺)(?:注册|入驻)后']);
add('cue:for_others', 'en', 'our system opened to other businesses', ['(?:open|offer|sell|license) (?:it |our (?:system|platform|tool) )?to other (?:restaurants|merchants|shops|stores|businesses|companies|brands|clinics|schools)', '(?:open|offer|sell|licen[cs]e|provide)(?:s|ed|ing)? (?:[\\w-]+ ){1,5}to other (?!users|people|members|readers|customers|visitors|players|fans)[\\w-]+', 'other (?!users|people|members|readers|customers|visitors|players|fans)[\\w-]+ can (?:sign up|register|onboard|use (?:it|our))', 'other (?:restaurants|merchants|shops|stores|businesses) (?:can )?(?:sign up|register|onboard|use it)']);
add('cue:session', 'zh', 'users put in touch with people (experts, tutors, designers) in a session', ['(?:一对一|1对1|在线|视频|语音)(?:咨询|答疑|辅导|问诊|连线|面谈|指导)', '预约(?:专家|老师|设计师|顾问|达人|教练)', '(?:专家|老师|顾问|教练)(?:服务|答疑|连线|咨询|时段)', '面对面']);
add('cue:session', 'en', 'users put in touch with people in a session', ['(?:live|1:1|one-on-one|one-to-one|private|scheduled|video|coaching) sessions?', 'access to (?:our )?(?:[\\w-]+ ){0,3}(?:experts|coaches|tutors|advisors|consultants|pros|trainers)', 'office hours', 'ask (?:an? |the |our )?(?:experts?|pros?|coach(?:es)?)']);
add('cue:one_way', 'zh', 'notices sent by the system or official accounts, which users read but cannot answer', ['(?:系统|官方|平台|运营)[^，。；]{0,10}向(?:用户|全体用户|所有用户|你)(?:发送|推送|下发|发)', '(?:只能|仅能|仅可)(?:查看|阅读|看)[^，。；]{0,6}(?:不能|无法|不可)回复', '(?:不能|无法|不可)回复']);
add('cue:one_way', 'en', 'notices users read but cannot answer', ['(?:can(?:not|\'t)|no way to) reply', 'no-?reply', 'read-only (?:notices|inbox|messages)']);
add('cue:delegate', 'zh', 'opening another company\'s app or mini program to do it there', ['(?:拉起|唤起|打开|跳到|调起)[^，。；]{0,12}(?:小程序|App|APP|应用|客户端)']);
add('cue:delegate', 'en', 'opening another company\'s app to do it there', ['(?:opens?|launch(?:es)?|deep-?links? (?:in)?to|hands? (?:off|over) to) (?:the )?(?!(?:the|our|this|that|your|their|its|an?|my)\\b)[A-Z][\\w-]*(?: [A-Z][\\w-]*)?(?: \\([^)]{1,16}\\))? (?:app|mini[- ]program)']);
add('cue:staff_internal', 'zh', 'colleagues talking among themselves at work (sentence-level: does not make the whole feature internal)', ['(?:同学|同事|员工|团队|部门)(?:之间)?的?内部(?:沟通|协作|交流|办公)', '内部(?:沟通|协作|办公)']);
add('cue:staff_internal', 'en', 'colleagues among themselves', ['internal (?:communication|collaboration|comms)', '(?:staff|employees|colleagues|agents) (?:only|among themselves)']);
add('cue:offline', 'zh', 'done offline, outside our service (in person, by their own phone or mail)', ['(?:在)?线下(?:进行|沟通|完成|交易|见面|联系|面谈|成交)', '当面(?:沟通|交流|交易|聊)?', '(?:供应商|商家|对方)公开的(?:电话|手机|邮箱|联系方式)']);
add('cue:offline', 'en', 'done offline', ['in person', 'offline', 'face-to-face meetings?', 'by (?:their own )?(?:phone|e-?mail) outside (?:the|our) (?:app|platform|site)']);
add('cue:delegate', 'zh', 'completed on the third party\'s page or app', ['在[^，。；]{0,12}(?:页面|App|APP|H5|小程序|官网|网站|平台)(?:内|中|上|里)?完成']);
add('cue:machine', 'zh', 'machines, vehicles and systems (their diagnosis is not medical)', ['汽车', '车辆', '爱车', '发动机', '变速箱', '故障(?:灯|码|现象)?', '设备', '机器', '电脑', '手机', '家电', '空调', '网络', '系统', '服务器', '电路', '零件']);
add('cue:machine', 'en', 'machines and systems', ['cars?', 'vehicles?', 'engines?', 'gearbox(?:es)?', 'faults?', 'fault codes?', 'devices?', 'machines?', 'computers?', 'laptops?', 'appliances?', 'servers?', 'networks?', 'systems?', 'bikes?']);
add('cue:human_health', 'zh', 'a person\'s health', ['患者', '病人', '病情', '疾病', '症状', '身体', '健康', '用药', '药品', '(?<!植物|花草|家电|手机|汽车|电脑|玩具|娃娃|皮具|鞋包|家具|沙发)医院', '孕', '宝宝', '孩子', '体检', '血', '心理']);
add('cue:human_health', 'en', 'a person\'s health', ['patients?', 'illness(?:es)?', 'disease', 'symptoms?', 'health', 'medicines?', 'drugs?', 'hospitals?', 'pregnan(?:t|cy)', 'body(?! (?:text|copy|font|tag|of))', 'mental']);
add('cue:anti_crawl', 'zh', 'blocking crawlers and scrapers (protection, not a search service)', ['(?:拦截|屏蔽|阻止|封禁|识别|防御|防止|限制|拒绝)[^，。；]{0,6}(?:爬虫|抓取|采集|刷接口)', '反爬(?:虫)?', '(?:排除|剔除|过滤掉?|去掉|去除|不含|不计)[^，。；\\n）)]{0,10}(?:爬虫|机器人流量|刷量)']);
add('cue:anti_crawl', 'en', 'blocking crawlers', ['(?:block|blocks|blocking|stop|stops|prevent|prevents|throttle|ban|bans|detect|detects) (?:[\\w-]+ ){0,2}(?:crawlers|scrapers|bots|scraping|crawling)', 'anti-?(?:scraping|crawl(?:er|ing)?|bot)', 'bot protection', '(?:scrapers?|crawlers?|bots?)(?: fleet| farm)? (?:hammer(?:ed|s|ing)?|hit|overload(?:ed|s)?|flood(?:ed|s)?|abus(?:ed|es|ing)|pull(?:ed|s)?|DDoS(?:ed)?) (?:our|the)']);
add('appr:lottery', 'zh', 'betting and lottery tickets by what is done: stakes, odds, issuing tickets, paying out wins', ['投注(?!站)', '下注', '押注', '串关', '胜平负', '(?:足|篮)彩', '赔率', '(?:代为|代)出票', '代(?:买|购)[^，。；]{0,8}(?:彩|注|票)', '中奖(?:后)?[^，。；]{0,6}(?:兑付|兑奖|派奖|返奖)', '兑奖', '派奖', '购彩', '选号', '买(?:一|两|几|\\d+)注', '(?:每|一)注\\s?\\d+(?:\\.\\d+)?\\s?元']);
add('appr:lottery', 'en', 'betting by what is done', ['place (?:a |their |your )?bets?', 'bets? on (?:the )?(?:match|game|team|result|score)', 'betting', 'wagers?', 'betting odds', 'bet slips?', 'parlays?', 'sportsbook', 'pay(?:s|ing)? out (?:the )?winnings', 'jackpots?']);
add('cue:for_others', 'zh', 'sold or provided to other companies\' sites and businesses', ['(?:卖|售|出售|销售|提供|开放|租)给[^，。；]{0,8}(?:店|商|公司|企业|机构|品牌|网站|官网|门店|商户|厂|学校|医院)', '(?:卖|售|出售|销售|提供|租)给[^，。；]{0,8}客户', '(?:他们|对方|客户)的?(?:网站|官网|站点|域名|服务器|源站|App|APP)', '对外(?:售卖|销售|出售)', '按流量(?:计费|收费)', '增值服务卖给']);
add('cue:for_others', 'en', 'sold to other companies\' sites', ['(?:sell|sold|resell|offer|provide)(?:s|ing)? (?:[\\w-]+ ){0,4}to (?:partner |other |third-party )?(?:dealers|dealerships|merchants|brands|businesses|companies|customers|clients)', '(?:their|customers[\'’]?|clients[\'’]?) (?:websites|sites|domains|origins|servers)', 'billed (?:by|per) (?:traffic|bandwidth|GB)']);
add('cue:cdn', 'zh', 'caching others\' content on our nodes near users', ['(?:缓存|分发)到[^，。；]{0,6}节点', '就近(?:分发|访问|加速|缓存)', '加速分发', '节点加速', '(?:CDN|加速)节点']);
add('cue:multi', 'zh', 'several people in one room at once, by count', ['(?:最多|至多|上限|可容纳|支持)\\s?(?:[3-9]|[1-9]\\d+|三|四|五|六|七|八|九|十|十几|几十)\\s?个?(?:人|位|名)', '(?:[3-9]|[1-9]\\d+|三|四|五|六|七|八|九|十)\\s?(?:人|位)(?:同时|同屏|一起|上麦|连麦|进房|在线)', '所有人的?(?:麦克风|摄像头|声音|画面)', '(?:多人|群体)(?:音视频|视频|语音|连麦|通话|会议)']);
add('cue:multi', 'en', 'several people at once, by count', ['up to (?:[3-9]|[1-9]\\d+|three|four|five|six|seven|eight|ten|twelve) (?:people|participants|players|members|users|musicians)', '(?:[3-9]|three|four|five|six|eight|ten)[- ](?:person|people|way|player) (?:calls?|rooms?|sessions?|jams?)', 'everyone[\'’]s (?:mic|camera|microphone)', 'group (?:video|voice|audio) (?:calls?|chat|rooms?)']);
add('cue:voice_video', 'zh', 'microphones and cameras live', ['麦克风', '摄像头', '连麦', '上麦', '开麦']);
add('cue:voice_video', 'en', 'microphones and cameras', ['mics?', 'microphones?', '(?<!phone |phone[\'’]s )cameras?(?! (?:to|for) (?:measure|scan|take|capture|photograph|read|recogni[sz]e))', 'webcams?']);
add('cue:health_flag', 'zh', 'flagging a possible illness or advising a person to see a doctor', ['疑似[^，。；]{0,10}(?:病|症|风险|异常|侧弯|骨折|感染)', '建议(?:到|去)?(?:医院|医生)', '(?:到|去)医院(?:就诊|检查)', '就诊', '(?:疾病|病症|患病|健康)风险', '(?:筛查|检测|识别)[^，。；]{0,6}(?:疾病|病症|异常|风险)']);
add('cue:health_flag', 'en', 'flagging a possible illness', ['suspected [\\w-]+', 'see a (?:doctor|physician|specialist)', 'seek medical', 'risk of [\\w-]+(?: [\\w-]+)? (?:disease|disorder|condition)', 'screen(?:s|ing)? for']);
add('cue:model', 'zh', 'a model or algorithm judges the user\'s input', ['模型(?:识别|判断|评估|分析|检测|预测)', '(?:AI|智能|算法)(?:识别|评估|分析|检测|判断|诊断)', '图像识别', '自动识别']);
add('cue:model', 'en', 'a model judges the input', ['(?:the |a |our )?model (?:detects|flags|scores|assesses|predicts|identifies)', 'AI (?:assessment|analysis|detection|screening)', 'computer vision', 'image recognition']);
add('appr:games', 'zh', 'online game play by what is done: characters levelling up, dungeons, bosses, paid skins and mounts', ['打怪', '升级打怪', '刷副本', '(?:打|进|下|闯)副本', '副本(?:boss|BOSS|掉落|通关|怪)', '组队(?:刷|打|闯关|对战)', '(?:角色|人物)(?:皮肤|升级|养成|等级)', '限定坐骑', '坐骑', '(?<!道|审核|安全|层层|把|质检|风控)关卡', '闯关', '对战(?:模式|玩法)', 'PVP', 'PVE', '抽奖池', '开宝箱', '氪金']);
add('appr:games', 'en', 'game play by what is done', ['level(?:s|ing)? up (?:a |your |their )?(?:character|hero|avatar)', 'dungeons?', 'boss(?:es)? fights?', 'raids?', 'character skins?', '(?:paid|premium) skins?', 'mounts', 'PvP', 'PvE', 'quests?', 'battle pass']);
add('B25-X', 'zh', 'SMS services to a short code, charged to the phone bill', ['(?:发送|编辑短信|回复)[^，。；]{0,12}(?:到|至)\\s?1(?:06|065|0086)\\d*', '1065\\d*(?:开头的)?(?:端口|号码|短号)?', '短信包月', '(?:从|在)?(?:手机)?话费(?:中|里)?(?:直接)?(?:扣除|扣费|代扣|扣)', '回复\\s?TD\\s?退订']);
add('B25-X', 'en', 'SMS to a short code, charged to the phone bill', ['text [\\w-]+ to (?:short ?code )?\\d{4,}', 'short ?codes?', 'billed (?:to|on) (?:the |their )?(?:phone|mobile) bill', 'reply STOP']);
add('benign:site_search', 'zh', 'search inside one of our own lists or pages', ['(?:站内|本站|站点内|App ?内|应用内|词典内|库内|列表内|页内|本页|频道内|社区内|论坛内)(?:搜索|检索|查找|查询)', '(?<=[^，。；、\\s（(全网国境])内(?:的)?(?:搜索|检索|查找|查询)']);
add('benign:site_search', 'en', 'search inside our own lists', ['in-app search', 'search within (?:the |this |our )?(?:app|site|dictionary|glossary|list|page|catalogue|catalog|forum|community)', 'on-site search']);
add('benign:ui', 'zh', 'on-device tools and personal records that reach no one else', ['纯本地', '(?:只|仅)(?:保存|存储|存)(?:在)?(?:手机|设备)?本地', '不联网', '离线(?:工具|使用|可用)', '(?:成就)?徽章', '打卡(?:天数|日历|记录)', '(?:训练|运动|学习|练琴)(?:日历|记录|日志)', '节拍器', '计时器', '番茄钟']);
add('benign:ui', 'en', 'on-device tools and personal records', ['on-device only', 'works offline', 'stored (?:only )?on the device', 'no network', 'achievement badges?', 'streaks?', 'metronome', 'timers?', 'stopwatch']);
add('cue:delegate', 'zh', 'the call is placed by the user\'s own phone and carrier, not by us', ['(?:调起|拉起|打开|唤起)(?:手机)?(?:系统)?(?:自带)?(?:的)?拨号(?:盘|界面|键盘|页面)', '(?:用户)?自己的?(?:手机|运营商)(?:线路)?', '运营商(?:线路|网络)']);
add('cue:delegate', 'en', 'the user\'s own phone places the call', ['(?:native|system|phone[\'’]s)(?: own)? diall?er', 'tel: links?', '(?:the user|their|the customer)[\'’]?s? own (?:phone|carrier|mobile)(?: carrier)?']);
add('cue:watch', 'zh', 'everyone may watch', ['(?:所有人|大家|其他用户|任何人)(?:都)?(?:可以|能|可)(?:看|观看|浏览|播放)']);
add('cue:two_way', 'zh', 'sending and receiving both ways', ['收发', '互发', '你来我往', '来回(?:发|聊)']);
add('cue:two_way', 'en', 'both ways', ['send and receive', BACK_AND_FORTH, 'exchange (?:messages|texts|photos|voice notes)']);
add('cue:dialer', 'zh', 'the user\'s own phone and carrier place the call (a tel: link), not a calling service of ours', ['(?:调起|拉起|打开|唤起)(?:手机)?(?:系统)?(?:自带)?(?:的)?拨号(?:盘|界面|键盘|页面)', '(?:用户)?自己的?(?:手机|运营商)(?:线路)?(?:拨出|拨打)?', '运营商(?:线路|网络)', '系统拨号']);
add('cue:dialer', 'en', 'the user\'s own phone places the call', ['(?:native|system|phone[\'’]s)(?: own)? diall?er', 'tel: links?', '(?:the user|their|the customer)[\'’]?s? own (?:phone|carrier|mobile)(?: carrier)?']);
add('cue:staff_internal', 'zh', 'our own staff trained, or a tool only our staff can use (sentence-level)', ['(?:员工|入职|内部|新人|新员工|客服|工程师|同事|团队|店员|师傅)(?:的)?(?:入职)?培训', '完成培训', '培训(?:员工|客服|工程师|新人|店员)', '(?:只|仅)(?:对|向|给|供)(?:公司|在职|内部)?(?:员工|同事)(?:账号)?(?:开放|使用|可用)?']);
add('cue:staff_internal', 'en', 'our own staff trained, or staff-only', ['(?:staff|employee|agent|onboarding|new[- ]hire) training', 'train (?:our )?(?:staff|agents|engineers|employees)', '(?:only )?for (?:our )?(?:employees|staff)(?: only)?']);
add('cue:phone_out', 'zh', 'our staff phone the user (the phone network, not a chat of ours)', ['(?:打电话|致电|电话回访|回电)(?:给)?(?:用户|客户|业主|车主|家长)', '电话联系(?:用户|客户|业主)']);
add('cue:phone_out', 'en', 'our staff phone the user', ['call(?:s)? the (?:user|customer|client)(?: back)?', 'phone the (?:user|customer)']);
add('cue:delegate', 'zh', 'the payment provider\'s own cashier page', ['(?:支付宝|微信支付|银联|云闪付|京东支付)(?:的)?收银台(?:里|内|中|上)?']);
add('cue:headline', 'zh', 'a headlines slot (news, unless it only carries our own content; a 头条横幅位 is an ad slot)', ['头条(?!新闻|横幅|广告|位|banner|Banner)']);
add('cue:own_picks', 'zh', 'what our editors picked or wrote this week (编辑部当周精选文章)', ['编辑部[^，。；\\n]{0,6}(?:精选|挑选|整理|撰写|原创)(?:的)?(?:文章|内容|案例|好物)']);
add('cue:own_picks', 'zh', 'our own published content picked by our editors (not news gathered from elsewhere)', ['站内(?:已发布|已有)?的?[^，。；]{0,8}(?:文章|攻略|内容|测评|笔记)', '本站(?:的)?(?:文章|内容|攻略)', '(?:我们|编辑部)(?:自己的|原创的?)(?:文章|内容)', '站内内容', '编辑推荐位']);
add('cue:own_picks', 'en', 'our own content picked by our editors', ['our own (?:articles|content|posts|guides)', 'only (?:our|in-house|editorial|on-site) (?:articles|content|posts)', 'in-house (?:articles|content)']);
add('cue:undecided', 'zh', 'the product form is to be given later', ['(?:产品)?形态[^，。；]{0,12}(?:给出|确定|再定|待定|未定)', '届时再(?:评审|定|决定|讨论|看)']);
add('cue:pair', 'zh', 'people described by what they share, between one another', ['(?<=[^，。；\\s])的人(?:之间|彼此)', '人与人之间']);
add('cue:vague_between', 'zh', 'a social graph between users (how they connect not said)', ['关系链', '社交关系', '好友关系', '社交链']);
add('cue:vague_between', 'en', 'members of a group talking together, the channel not said', ['(?:members|users|people|players|fans|parents|readers) (?:[\\w-]+ ){0,12}?talk (?:together|with each other|to each other|with one another)']);
add('cue:vague_between', 'zh', 'members of a group talking together, the channel not said', ['(?:成员|群友|组员|圈友|用户)(?:们)?(?:可以)?(?:在(?:圈子|小组|群|组)里)?(?:一起)?(?:聊|交流|畅聊)(?:天|起来)?(?=[，。；！\\n]|$)']);
add('cue:tip_money', 'zh', 'readers 充电 for a creator (paid support, or a free like: not said)', ['(?:作者|创作者|博主|UP主|up主|插画师|画师|主播|达人|作品)[」”』]?\\s?[「“『]?充电', '充电榜']);
add('cue:process_for_others', 'zh', 'online data services for client companies, form not said', ['(?:为|给|向)(?:合作)?[^，。；]{0,6}(?:客户|货主|商家|企业|品牌|伙伴|机构|厂商)提供在线(?:数据|数字化)(?:服务|处理|分析)']);
add('cue:access_accel', 'zh', 'access sped up for users abroad (回国加速): our own pages, or a tunnel to sites at home in general', ['回国(?:加速|线路|专线|通道|访问)', '海外(?:华人|用户)?(?:访问)?(?:国内)?(?:网络)?加速(?:通道|服务|线路)?']);
add('cue:access_accel', 'en', 'access sped up for users abroad', ['(?:access|connection) (?:back )?(?:to|into) China (?:sped up|accelerat(?:ed|ion))', 'China access (?:acceleration|booster)']);
add('cue:vague_between', 'en', 'a social graph between users', ['social graph', 'user relationships', 'connections between (?:users|members|people)']);
add('appr:culture', 'zh', 'digital collectibles and art works sold', ['数字收藏(?:品)?', '数字(?:版画|画作|插画|艺术作品|艺术画)', '(?:限量|编号)[^，。；\\n]{0,10}(?:版画|画作|插画|艺术品)(?!展|馆)', '(?:限量|原创)[^，。；]{0,6}(?:插画|画作|艺术品|数字作品)[^，。；]{0,12}(?:发售|售卖|出售|销售)']);
add('appr:ride_hailing', 'zh', 'rides dispatched to drivers by what happens', ['(?:派|指派|分配)(?:给)?[^，。；]{0,10}(?:司机|车主)', '(?:订单|行程|乘客|用车需求|叫车需求|单子)[^，。；]{0,8}推送给?[^，。；]{0,6}(?:司机|车主)', '(?:司机|车主)接单', '私家车(?:司机|车主)', '按里程(?:\\s?[+＋和]\\s?时长)?(?:计价|付费|计费|收费)', '出行订单', '(?:接|载)(?:用户|乘客)(?:到|去)']);
add('appr:ride_hailing', 'en', 'rides dispatched to drivers', ['dispatch(?:es|ed)? (?:[\\w-]+ ){0,3}to (?:a )?(?:nearby )?drivers?', 'drivers? (?:accept|pick up|picks up) (?:the )?(?:ride|trip|passengers?|users?)', 'priced by (?:distance|mileage)']);
add('cue:for_others', 'en', 'a customer\'s own domain or visitors', ['your (?:domains?|visitors|origin|websites?|landing pages)', 'customers[\'’]? (?:domains?|visitors|landing pages|H5 pages)', 'priced per GB', 'per GB of (?:egress|traffic)']);
add('benign:ui', 'zh', 'exporting one\'s own content to a file', ['(?:一键)?导出(?:为|成)?\\s?(?:PDF|pdf|图片|长图|Excel|CSV|文件)']);
add('benign:ui', 'en', 'exporting to a file', ['export(?:s|ed|ing)? (?:[\\w-]+ ){0,3}(?:to|as) (?:a )?(?:PDF|CSV|image|Excel|file)']);
add('B24', 'zh', 'answering other companies\' callers for them (a call centre sold to others)', ['(?:代接|外包)(?:热线|电话|来电|客服)', '以客户(?:品牌)?的名义接听', '(?:坐席|座席)(?:团队|费)', '按(?:通话)?分钟(?:数)?[^，。；]{0,6}坐席']);
add('B24', 'en', 'answering other companies\' callers', ['answer (?:calls|the phone|their customers[\'’]? calls) on behalf of', '(?:agent|seat) (?:fees?|seats?)', 'per[- ]seat (?:and|\\+) per[- ]minute']);
add('cue:resell', 'zh', 'handing part of our capacity to another company for pay', ['匀(?:一部分|出|些|点)?给', '分(?:一部分|出)给', '切[^，。；]{0,6}给(?:他们|对方|[^，。；]{0,6}公司)']);
add('cue:staff_internal', 'zh', 'hiring and training our own staff', ['员工(?:远程|居家)?办公', '(?:员工|工程师|师傅|客服|店员|新人|技师)[^，。；]{0,2}(?:招聘|招募)(?:与|和|及|、)?培训', '(?<=(?:自己|我们|公司|我司)(?:招聘|招募|雇佣)[和与及、并])培训']);
add('cue:own_hiring', 'zh', 'hiring our own staff by role', ['(?:员工|工程师|师傅|客服|店员|技师)[^，。；]{0,2}(?:招聘|招募)', '(?:自己|我们|公司|我司)(?:雇佣|招聘|招募)(?=(?:[和与及、并](?:培训|管理))?的)']);
// A question in meeting notes ("是否做私信？", "should we add DMs?") is not a decision to build it: the
// mention is not evidence for it; a doubt stays unless the feature records a decision against it.
add('cue:neg', 'zh', 'a question whether to build something (not a decision to build it)', ['(?<!设置|选择|决定|控制|勾选|切换|可选|记录|标注|标明|注明|显示|展示|字段|、|问(?:用户|他们|对方|TA|ta|你)|询问(?:用户|他们|对方)?|让用户(?:选择)?)是否(?:要|需要|应该|应当)?(?:做|提供|支持|上线|开放|引入|接入|开通|上(?![传课门报架市班岗]))', '(?<!问(?:用户|他们|对方|TA|ta|你)|询问(?:用户|他们|对方)?|让用户(?:选择)?|[「“][^」”\\n]{0,10})要不要(?:做|提供|支持|上线|开放|引入|接入|开通|上|(?![跑走等去买带吃穿换]))', '做不做', '能不能(?=[^，。；？?]{0,6}(?:做|上线|加上?|支持))'], 'clause');
add('cue:neg', 'en', 'a question whether to build something', ['whether (?:to|we should) (?:build|add|offer|support|ship|do)', 'should we (?:build|add|offer|support|ship|do)', 'do we (?:build|add|offer|want)'], 'clause');
add('cue:question', 'zh', 'a question whether to build something', ['(?<!设置|选择|决定|控制|勾选|切换|可选|记录|标注|标明|注明|显示|展示|字段|、|问(?:用户|他们|对方|TA|ta|你)|询问(?:用户|他们|对方)?|让用户(?:选择)?)是否(?:要|需要|应该|应当)?(?:做|提供|支持|上线|开放|引入|接入|开通|上(?![传课门报架市班岗]))(?!(?:独立|单独)?\\s?(?:App|APP|app|小程序|H5|网页版|PC ?版|iPad ?版|安卓版|鸿蒙版|多语言|英文版|国际版))', '(?<!问(?:用户|他们|对方|TA|ta|你)|询问(?:用户|他们|对方)?|让用户(?:选择)?|[「“][^」”\\n]{0,10})要不要(?:做|提供|支持|上线|开放|引入|接入|开通|上|(?![跑走等去买带吃穿换]))', '做不做']);
add('cue:question', 'en', 'a question whether to build something', ['whether (?:to|we should) (?:build|add|offer|support|ship|do)', 'should we (?:build|add|offer|support|ship|do)', 'do we (?:build|add|offer|want)']);
add('cue:decided_no', 'zh', 'a recorded decision not to build it', ['结论[：:](?=[^。？?]{0,80}?(?:不做|不上线|暂不|(?<!是|能|可)否|不提供|不支持|不开放|不能做))', '(?:决定|确定|一致同意)(?:先)?(?=不做|不上线|暂不|不提供|不支持)', '(?<=(?:不做|不提供|不支持)[^。；]{0,16})(?:改为|改成|替代方案)', '(?:一期|本期|首期|[vV]1)(?=不|暂不)', '倾向(?=不|暂不)']);
add('cue:decided_no', 'en', 'a recorded decision not to build it', ['decided(?= not to)', 'decision:(?= (?:no|not now|drop(?:ped)?))', '(?:we|team)(?= (?:will not|won[\'’]t) (?:build|add|ship))', 'dropped from scope']);
add('cue:txn', 'zh', 'orders and transactions processed on our system', ['订单', '下单', '核销', '对账', '交易处理', '收单', '结账', '支付流水', '库存']);
add('cue:txn', 'en', 'orders and transactions processed', ['(?<!(?:focus|tab|reading|sort|sorting|display|z-|stacking|word|load|rank|ranking|alphabetical|chronological|reverse|in|random) )orders?(?! of (?:magnitude|priority|events|operations))', 'checkouts?', 'transactions?', 'reconciliation', 'invoic(?:e|es|ing)', 'inventory', 'point[- ]of[- ]sale', 'POS']);
add('cue:can_reply', 'zh', 'the receiver can answer: a conversation, not a one-way notice', ['(?<!不|无法|不能|不可)(?:可以|可|能)(?:直接)?(?:回复|回信|回消息)']);
add('cue:can_reply', 'en', 'the receiver can answer', ['(?:can|may) (?:reply|respond|answer|write back)']);
add('B24', 'en', 'answering other companies\' customers under their name', ['answer (?:their|partners?[\'’]?|other (?:brands|companies)[\'’]?|clients?[\'’]?|(?:partner |client )?(?:retailers|merchants|brands|sellers)[\'’]) customers[\'’]? (?:phone|calls|chats|enquiries|inquiries)', 'under the (?:partner|client|brand|retailer|merchant|seller)[\'’]?s? (?:own )?name']);
add('B22', 'zh', 'several people in one voice channel at once', ['(?<=(?:[几多两三四五六七八九十]|\\d+)\\s*个?\\s*(?:人|玩家|成员|用户)[^。；]{0,16})(?:同一个?|一个)(?:语音|音视频|视频)(?:频道|房间)', '(?:车队|组队|开黑)语音']);
add('B22', 'en', 'several people in one voice channel at once', ['(?:shared|same|one) voice (?:channel|room)s?', 'voice channels?']);
add('cue:deferred', 'zh', 'what the feature does is said to be elsewhere: an attachment, a plan to come', ['(?:细节|详情|具体(?:内容|方案|改动|需求|功能|做法)?)(?:请)?(?:见|详见|参见|参考)(?:附件|文档|链接|PRD|需求文档|飞书文档)', '(?:具体|详细)(?:方案|功能|做法)(?:由[^，。；]{0,12})?(?:另行|后续|稍后|届时)(?:提交|评审|确定|补充|提出)', '(?:不包含|不含|没有)任何具体(?:方案|功能|需求)', '(?:放|做|上|展示|加|有|是)(?:什么|哪些|啥)[^，。；]{0,6}(?:还没定|没定|未定|待定|没想好|再定|再说)', '(?:玩法|方案|形式|具体内容|功能点)(?:还|尚|目前)?(?:没定|没有定|未定|待定|没想好)', '(?:设计稿|方案|原型|需求)[^，。；]{0,4}(?:pending|待定|还没(?:出|定)|未出|TBD)', '(?:挂在|放在|用在|接在)?(?:哪个|哪些|什么)(?:场景|入口|页面|位置|模块)[^。；]{0,24}(?:会定|再定|待定|未定|还没定|没定|定下来|给结论|还在讨论|在讨论|讨论中|待讨论)',
  '(?:技术|产品|交互|具体)?方案[^，。；]{0,4}(?:下周|后续|之后|稍后|另行|回头)(?:再)?(?:出|给|定|提供|补)', '(?:具体)?(?:形态|形式|方案|玩法|交互)[^，。；（）()]{0,8}(?:等|待)[^，。；）)]{0,10}(?:出稿|定稿|出方案|确定|设计)', '需要 ?rethink']);
add('cue:deferred', 'zh', 'the page a tap leads to is described elsewhere (跳转新页面（详见 PRD 与设计稿）): what it does is not in the text', ['(?:跳转|进入|打开)(?:到)?(?:新|一个新的?)?(?:页面|落地页|H5)[^，。；\n]{0,2}[（(]?\\s?(?:详见|见|参见)(?:飞书|PRD|文档|附件|Figma|设计稿|需求|wiki)']);
add('cue:deferred', 'zh', 'how it works comes in a later change (交流形式见后续 PR)', ['(?:交流|沟通|互动)?(?:形式|方式|形态|玩法)(?:见|待)后续(?: ?PR|版本|需求|文档|迭代|MR)?', '见后续 ?(?:PR|MR)']);
add('cue:deferred', 'zh', 'see the attachment: what it does is in a file the text does not hold', ['(?<!(?:checklist|清单|用例|埋点|值班表|排班表?|联系人|通讯录|名单|应急预案|预案|流程图|架构图|报价单?|合同|设计稿|视觉稿|走查|报告|截图|排期|数据|指标)\\s?)(?:详见|见|参见)附件', '(?:名称|能力|功能)(?:和|及|与)?(?:能力|功能)?清单受 ?NDA']);
add('doubt:deferred', 'zh', 'the ticket sends the reader elsewhere for what it does: a document that governs, a merge request, the PM in private (私聊 here is the team\'s own channel, not a feature)', [
  '以[^，。；]{0,24}(?:文档|PRD|需求文档|方案|飞书文档)》?为准', '(?:本单|本工单|此单|这个单)(?:仅|只)用于', '(?:详情|细节|具体|需求|有问题)?私聊(?:pm|PM|产品|我|运营|负责人|对接人|研发)',
  '(?:见|详见|参见) ?(?:MR|PR|CL|merge request)\\s?[!#]?\\d*',
]);
add('doubt:deferred', 'en', 'the ticket sends the reader elsewhere', ['see (?:MR|PR|CL) ?[!#]?\\d+', 'details? (?:in|on) (?:MR|PR) ?[!#]?\\d+', '(?:DM|ping|message) (?:me|the PM|PM|the team) for (?:details|the spec|more)']);
add('cue:deferred', 'en', 'the substance comes later or lives in someone\'s head', ['(?:scope|requirements|details|deck|doc|spec|PRD|designs?|more)(?: and (?:requirements|details|scope))? (?:are |is )?to follow', '(?:fix|do|change|update|ship) the thing', '(?:she|he|they) knows\\b']);
add('cue:deferred', 'en', 'what the feature does is still being defined', ['(?:scope|interactions?|mechanics|flow|format|form|feature set|behaviou?r|UX|functionality)[^.;]{0,30}(?:will be|to be|is (?:still )?being|are (?:still )?being) (?:defined|designed|decided|worked out|scoped|specified)', '(?:once|when|after) the scope is (?:agreed|defined|settled|final)', '(?:acceptance criteria|ACs?) (?:to be|will be) written']);
add('cue:alternatives', 'en', 'a question offering alternatives ("are threads public like comments, or only visible to participants?")', ['(?:are|is|will|should|do|does) [^.;!?\\n]{1,80}?,? or [^.;!?\\n]{1,80}\\?']);
add('cue:alternatives', 'zh', 'a question offering alternatives (是公开的，还是只有双方可见？)', ['是[^。；！？\\n]{1,40}?还是[^。；！？\\n]{1,40}[？?]']);
add('cue:alternatives', 'en', 'several options still on the table', ['options (?:on the table |being considered |under consideration )?include [^.;!?\\n]{1,160}', 'the options (?:are|being) [^.;!?\\n]{1,160}', '(?:weighing|considering|evaluating|debating|choosing between) (?:two|three|several|a few|the) (?:options|approaches|designs|proposals)[:：][^\\n]{1,300}']);
add('cue:deferred', 'en', 'what the feature does is said to be elsewhere', ['details? (?:are |is )?in the (?:attached |linked )?(?:doc|document|PRD|spec|attachment|deck|thread|ticket|chat|wiki|Figma|link)', '(?:neither|none) (?:note|doc|document|ticket|of them|of the notes) says what', '(?:does not|doesn[\'’]t) say what (?:it|[\\w-]+) (?:actually )?does', 'see (?:the )?(?:attached|linked) (?:doc|document|PRD|spec|file|deck)', 'no (?:concrete|specific) (?:features?|functionality|solution|plan)', 'scope (?:is )?(?:TBD|to be defined)', 'what (?:goes|it shows|it contains|we put) [^.;]{0,20}(?:is )?(?:TBD|undecided|not decided|still open)', 'designs? (?:is |are )?(?:pending|TBD)', 'needs? (?:a )?(?:rethink|rework)']);
add('cue:for_others', 'zh', 'for the merchants or businesses that list on our platform (入驻), not for ourselves', ['为入驻的?[^，。；]{0,4}(?:商家|门店|企业|公司|机构|店铺|品牌|工作室|美容院|医院|学校|餐厅)', '(?:帮|替|为)(?:入驻|合作)?(?:商家|门店|企业|机构|店铺|品牌)(?:发布|招聘|招募)']);
add('cue:for_others', 'en', 'for the businesses that list on our platform', ['(?:for|on behalf of) (?:the )?(?:listed|partner|member) (?:businesses|salons|merchants|shops|employers|companies)']);
add('cue:device_fw', 'zh', 'firmware or hardware work on a device: outside the site\'s own incidental work, and a connected device can carry a telecom service of its own', ['固件', '蓝牙(?:协议栈|模组|配对)', '(?:设备|硬件)(?:端|侧)?(?:OTA|升级包)', 'OTA(?:升级|更新)?']);
add('cue:device_fw', 'en', 'firmware or hardware work on a device', ['firmware', 'BLE', 'bluetooth (?:stack|pairing|module)', 'OTA(?: updates?| upgrades?)?']);
add('cue:email_digest', 'zh', 'our own picks mailed to subscribers', ['邮件', '简报', '(?:填|留|输入|填写)(?:下)?(?:自己的)?邮箱']);
add('cue:email_digest', 'en', 'our own picks mailed to subscribers', ['e-?mail(?:ed|s)?', 'newsletters?', 'digests?', 'mail(?:ed|s)? (?:them |it )?out', 'mailing lists?']);
add('cue:own_picks', 'zh', 'our editors\' own newsletter (编辑部的…周刊)', ['(?:编辑部|编辑团队|小编)(?:的|写的|编写的|出品的|整理的)[^，。；]{0,8}(?:周刊|周报|简报|月刊|邮件|newsletter)']);
add('cue:own_picks', 'zh', 'articles our editors picked', ['编辑部?(?:精选|挑选|推荐|选出)的?(?:文章|内容|笔记|攻略|好物|合集)', '编辑部?(?:精选|挑选|推荐|选出)的?(?=邮件|周刊|简报)']);
add('cue:own_picks', 'en', 'articles our editors picked', ['(?:the |our )?editors (?:pick|choose|select|hand-pick)']);
add('cue:works', 'zh', 'works that are published as such: books, fiction, comics (for rules that must not explain them away)', ['电子书', '网络小说', '(?<!文)网文(?![章档字本件案稿])', '小说', '漫画', '有声书', '书号', 'ISBN', 'ISSN']);
add('cue:works', 'en', 'works published as such', ['e-?books?', 'novels?', 'comics?', 'manga', 'audiobooks?', 'ISBN', 'ISSN', 'serial(?:i[sz]ed)? (?:fiction|novels?|stories)', 'web ?novels?', 'online (?:literature|fiction)', 'graphic novels?']);
add('cue:affiliate', 'zh', 'affiliate links: the sale happens on the other platform and we are paid a referral commission', ['CPS', '(?:淘宝|京东|拼多多|唯品会)联盟', '推广(?:链接|佣金)', '返佣链接', '带货佣金']);
add('cue:affiliate', 'en', 'affiliate links paid by referral commission', ['affiliate (?:links?|programs?|commissions?)', 'CPS', 'referral (?:fees?|commissions?)']);
add('cue:open_shop', 'zh', 'other sellers selling through us (for rules that must not explain them away)', ['入驻', '开店', '店铺', '第三方商家', '卖家', '二手', '闲置']);
add('cue:open_shop', 'en', 'other sellers selling through us', ['sellers? (?:sign up|onboard|list)', 'marketplace', 'storefronts?', 'third-party (?:sellers|merchants)']);
add('cue:surface', 'zh', 'a surface of our site or app: its users, pages, content, the app itself (a feature of the licensed website, not internal operations)', [
  '用户', '读者', '作者', '会员', '买家', '卖家', '访客', '粉丝', '网友', '玩家', '学员', '家长', '患者', '车主', '业主', '乘客', '游客', '消费者', '顾客', '客户端',
  'App', 'APP', '应用', '网站', '官网', '站内', '本站', '网页', '页面', '首页', '详情页', '落地页', '小程序', 'H5', '公众号', '前端', '界面', '入口', '按钮', '弹窗', '浮层',
  '频道', '栏目', '板块', '版块', '社区', '评论', '帖子', '文章', '笔记', '动态', '推送', '消息', '搜索', '个人中心', '设置', '登录', '注册', '下单', '购物车', '收银台',
  '商品', '商城', '内容', '视频', '直播', '图片', '上传', '分享', '链接', '二维码', '手机', '手机号', '订单', '短信', '邮件', '线上', '在线', '网上', '互联网',
]);
add('cue:surface', 'en', 'a surface of our site or app', [
  'users?', 'readers?', 'members?', 'visitors?', 'customers?', 'subscribers?', 'players?', 'viewers?', 'buyers?', 'sellers?', 'shoppers?', 'fans', 'learners?', 'patients?',
  'drivers?', 'riders?', 'passengers?', 'guests?', 'app', 'apps', 'photos?', '(?<!re-)images?', 'pictures?', 'upload(?:s|ing|ed)?', 'website', 'site', 'web', 'pages?', 'homepage', 'screens?', 'buttons?', 'tabs?', 'feeds?', 'profiles?',
  'checkout', 'cart', 'UI', 'UX', 'front-?end', 'in-app', 'mobile', 'iOS', 'Android', 'browser', 'notifications?', 'e-?mails?', 'search', 'comments?', 'posts?', 'articles?',
  'videos?', 'uploads?', 'share', 'links?', 'dashboard', 'portal', 'log-?in', 'sign[- ]?in', 'sign[- ]?up', 'accounts?', 'settings?', 'online', 'stream(?:s|ing)?', 'catalog(?:ue)?',
  'offline', 'recipes?', 'guides?', 'listings?', 'orders?', 'products?',
]);
add('cue:cannot_disable', 'zh', 'always on: the switch removed, or the app unusable until it is turned back on', ['始终开启', '(?:一直|永久|强制)(?:开启|打开)', '(?:开关|选项)[^，。；]{0,2}(?:移除|去掉|删除|取消|拿掉)', '不(?:重新)?(?:打开|开启)[^，。；]{0,6}(?:就)?(?:无法|不能)(?:继续)?使用']);
add('cue:cannot_disable', 'en', 'always on: the switch removed', ['always[- ]on', '(?<!(?:complain|grumbl|moan|1-star|one-star|bad review)[^.;\n]{0,60})(?:can(?:not|[\'’]t)|no longer) (?:be )?(?:turned|switched) off', 'remov(?:e|es|ed|ing) the (?:toggle|switch) from (?:the )?settings']);
add('cue:staff_internal', 'en', 'only our employees\' accounts', ['only (?:for )?(?:our )?(?:employees|staff|employee accounts)', '(?:employee|staff) accounts only']);
add('cue:neg', 'zh', 'replaced by something else: what is replaced is not offered (用公开追问替代一对一沟通)', ['替代(?!方案|品|选项|产品|版本)', '代替(?!品)']);
add('cue:neg', 'en', 'switched off: what is switched off is not offered (DMs are switched off)', ['(?<=(?:is|are|be|stays?|remains?) )(?:switched off|turned off|disabled)']);
add('cue:external', 'zh', 'peers\' and competitors\' sites', ['同行(?:的)?(?:网站|站点|平台|App|APP|公众号|账号|文章|内容)', '友商(?:的)?(?:网站|平台|App|APP|内容)?', '竞品(?:的)?(?:网站|平台|App|APP|内容|文章)']);
add('cue:external', 'en', 'peers\' and competitors\' sites', ['competitors[\'’]? (?:sites|websites|apps|articles|content|listings)', 'rival (?:sites|websites|apps|platforms)', 'peer (?:sites|websites|publications)']);
add('cue:pair', 'en', 'one user with one professional', ['with (?:a|an|the|their|your|our) (?:designer|expert|seller|buyer|doctor|lawyer|tutor|coach|teacher|host|agent|advis[eo]r|consultant|stylist|trainer|creator|editor)s?']);
add('B25-4', 'zh', 'a letter delivered into another user\'s inbox, to be answered', ['(?:进入|进|到|发到|投递到)(?:对方|他人|其他用户|用户)的?收件箱']);
add('appr:maps', 'zh', 'map layers we draw ourselves', ['(?:绘制|自建|叠加|测量并绘制)[^，。；]{0,10}图层']);
add('B22', 'en', 'many people meeting in one room with cameras or microphones on', ['(?:up to )?\\d+ (?:people|participants|colleagues|users|members|attendees)[^.;]{0,40}(?:cameras? on|mics? on|on video|video room|meeting room|browser room)']);
add('A', 'zh', 'calls placed to any phone number over our lines', ['(?:拨出|呼出|打出|拨打)[^，。；]{0,12}(?:任意|任何)?(?:固话|座机|手机号码?|电话号码|号码)', '通过我们的(?:线路|通道)(?:直接)?(?:拨出|呼出|打出)']);
add('cue:group', 'zh', 'users pulled into a group where they post to each other', ['(?:被)?(?:拉|加|邀请)(?:进|入)(?:一个)?(?:团|圈子|小组|房间)(?=[^。；]{0,12}(?:发消息|聊|接龙|说话))']);
add('B26', 'zh', 'subdomains of ours resolving to other people\'s servers: resolution for others', ['(?:解析|指向)(?:到)?(?:他们|用户|客户|商家|设计师|博主|作者|对方)(?:自己)?的(?:服务器|网站|站点|作品站|主机|IP|空间)', '给(?:用户|客户|商家|设计师|博主|作者)[^，。；]{0,8}二级域名', '(?:免费|分配|领|申请)(?:一个)?[^，。；]{0,8}二级域名']);
add('B26', 'en', 'subdomains resolving to other people\'s servers', ['subdomains? (?:for|to) (?:users|customers|creators|merchants|designers)', '(?:point|resolve|CNAME)s? (?:it |them )?to (?:their|the user[\'’]s|the customer[\'’]s) (?:own )?(?:servers?|sites?|hosts?|IPs?)']);
add('B26', 'zh', 'DNS resolution for others\' domains', ['(?:权威|递归)(?:域名)?解析', '为客户的?域名提供[^，。；]{0,6}解析', 'DNS ?解析服务']);
add('cue:neg', 'zh', 'a feature taken down: what is taken down is no longer offered (下线直播回放, 私信功能停用)', ['(?<!上线|用户|账号|设备)下线(?!后|时|状态|提醒|通知|了吗)', '停用', '关停', '停止(?:提供|服务|运营)']);
add('benign:account', 'zh', 'verification badges and account checks', ['认证(?:标识|标志|徽章|标签)', '实名认证', '资质审核']);
add('benign:account', 'en', 'verification badges', ['verified (?:badges?|marks?|ticks?)', 'verification badges?']);
add('benign:booking', 'zh', 'booking a time with our own staff or store', ['(?:在线)?预约(?:免费)?(?:的)?(?:上门|到店|看房|时间|服务|测量|安装|参观|量房)']);
add('benign:booking', 'en', 'booking a time with our own staff or store', ['appointments?', 'book (?:a )?(?:time|slot|visit|consultation)']);
add('benign:legal', 'zh', 'terms, privacy policy and consent; our name and licence number shown where 十五(四) asks', ['隐私政策', '用户协议', '服务协议', '隐私设置', '隐私弹窗', '(?:经营)?许可证(?:编号|号)', 'ICP ?(?:备案号|许可证号|证号)', '(?:公司)?全称和[^，。；]{0,6}编号', '页脚']);
add('benign:legal', 'en', 'terms, privacy policy and consent; our name and licence number', ['privacy (?:settings|policy)', 'terms of (?:service|use)', 'cookie (?:banner|consent)', 'licen[cs]e numbers?', 'ICP (?:number|filing number)', 'footer']);
add('benign:ui', 'zh', 'campaign and topic pages of our own site', ['活动页', '专题页', '活动落地页', '报名页']);
add('benign:ui', 'zh', 'languages and locales of our own pages', ['多语言', '国际化', '繁体中文', '繁体版', '本地化', 'i18n']);
add('benign:ui', 'en', 'languages and locales of our own pages', ['i18n', 'l10n', 'locali[sz](?:ation|e|ed)', 'locales?', 'hreflang', 'design tokens?', 'focus rings?', 'body (?:text|copy)', 'price tags?', 'price[- ]history(?: charts?| graphs?)?']);
add('benign:performance', 'en', 'our own static assets through a CDN we buy', ['static assets', 'origin shield', 'cache TTL', '(?:we are|we[\'’]re) the (?:CDN )?customer', 'serve (?:our |the )?(?:images|assets|static files)(?:, JS and CSS)? from']);
add('benign:performance', 'zh', 'page speed work', ['首屏', '懒加载', 'LCP', 'CLS', 'SSR', '首屏(?:加载|渲染|时间)']);
add('benign:maintenance', 'en', 'tools and things of engineering that only sound like features', ['Search Console', '(?:access|API|auth|refresh|CSRF|session|bearer|JWT) tokens?', 'token[- ]bucket', '(?:aggressive )?scraping of our (?:(?:product|article|content) )?(?:catalogue|catalog|site|content|pages|API|listings|prices)', 'anti-?scraping', 'scrapers? (?:hitting|hammering|abusing)']);
add('benign:maintenance', 'en', 'a revert of an earlier commit: the code goes back to what was reviewed before', ['this reverts commit [0-9a-f]{6,40}', 'reverts? (?:PR|pull request) ?#?\\d+']);
add('benign:maintenance', 'zh', 'tools of engineering that only sound like features', ['Search Console', '防爬(?:虫)?', '反爬(?:虫)?']);
add('benign:privacy_ui', 'zh', 'what a user shows of their own profile', ['仅自己可见', '隐藏(?:关注|粉丝)(?:列表)?', '设为私密']);
add('benign:privacy_ui', 'en', 'what a user shows of their own profile', ['(?:hide|show) (?:their|my|the) (?:follower|following) lists?', 'make (?:their |my )?(?:[\\w-]+ )?private']);
add('benign:performance', 'zh', 'our own site on a CDN (a customer of it, not selling it)', ['(?:切到|接入|使用|换成?|迁移到|改走|改用|走)[^，。；]{0,10}CDN']);
add('benign:performance', 'en', 'our own site on a CDN', ['CDN (?:provider|vendor)', 'we[\'’]re a CDN customer', 'move (?:our )?(?:static )?assets to [^.;]{0,20}CDN']);
add('benign:gamification', 'zh', 'badges, streaks and check-ins', ['勋章', '徽章', '成就(?!感|率)', '打卡', '连续签到', '签到']);
add('benign:gamification', 'en', 'badges, streaks and check-ins', ['badges?', '(?:daily |reading |login )?streaks?', 'achievement badges?']);
add('benign:editor', 'zh', 'the editor keeping drafts', ['自动保存', '(?:保存|存|存为|恢复)草稿', '草稿箱']);
add('benign:editor', 'en', 'the editor keeping drafts', ['auto-?saves?', '(?:save|saves|saved|restore|restores|restored) (?:as )?(?:the )?drafts?', 'drafts? (?:folder|box)']);
add('benign:moderation', 'zh', 'content review by our staff or machines', ['内容审核', '人工复审', '机器(?:审核|识别)', '审核队列']);
add('benign:moderation', 'en', 'content review', ['content moderation', 'review queue', 'moderation queue']);
add('cue:device_fw', 'zh', 'provisioning a device onto the network', ['配网']);
add('cue:device_fw', 'en', 'firmware by its abbreviation', ['fw(?= ?v?\\d)']);
add('appr:finance', 'zh', 'insuring users ourselves: a premium collected and claims paid by us', ['(?:自己|自行|我们|平台|我司)承保', '承保', '(?:收取|收)[^，。；]{0,6}(?:保障费|保费)']);
add('cue:decided_no', 'zh', 'a question answered no in an FAQ (Q：能否…？A：不能)', ['(?<=[？?]\\s{0,3})(?:A|答)[：:] ?(?=不|否|没有|暂不|无)']);
add('cue:decided_no', 'zh', 'a reply that turns the question down, on its own line (回复：不加)', ['(?<=(?:^|\\n)\\s{0,3})(?:回复|答复|结论|答|A)[：:] ?(?=不加|不做|不上|不行|不可以|不能|否|暂不|没有|不需要)']);
add('cue:decided_no', 'en', 'a question answered no in an FAQ', ['(?<=\\?\\s{0,3})A: ?(?=No\\b|Not\\b|Nope\\b)']);
add('cue:decided_no', 'zh', 'a decision recorded in a thread: 就这么定 followed by not doing it', ['(?:就这么定|拍板|定了)(?=[^。？?]{0,60}?(?:不做|不上线|暂不|不提供|不支持|不开放|不能做))']);
add('appr:finance', 'en', 'credit we extend: pay later, instalments financed by us, fees on credit', ['(?:buy now,? )?pay later', 'BNPL', 'financed by us', '(?:split|spread)s? [^.;]{0,30}into \\d+ (?:monthly )?(?:payments|instal?lments)', '(?:monthly|interest|financing) fees? (?:of|at) [\\d.]+ ?%', 'instal?lment (?:plans?|loans?) (?:we|by us|of our own)']);
add('appr:medical', 'en', 'diagnosing and prescribing online', ['diagnos(?:e|es|is|ing) [^.;]{0,30}(?:from|via|over|by) (?:photos?|video|chat|the app)', 'e-?prescri(?:be|bes|bing|ption)s?', '(?:online|remote) (?:diagnos(?:is|es)|prescri(?:be|ptions?))']);
add('appr:recruitment', 'en', 'hiring through us for others', ['(?:post|list)s? (?:paid )?(?:gigs|jobs|openings|vacancies|roles)', 'paid gigs', 'get hired', 'hired through us', 'apply with (?:their |a )?(?:portfolios?|CVs?|résumés?|resumes?)']);
add('cue:cannot_disable', 'en', 'sent on after the user switched it off', ['(?:keep|keeps) coming (?:even )?after', 'even after (?:users|they|the user) (?:toggle|switch|turn)(?:s|ed)? (?:them |it )?off', 'ignore the (?:toggle|switch|setting)']);
add('appr:lottery', 'en', 'paying for a chance to win', ['(?:pay|spend)s? [^.;]{0,16}(?:per|for a|for each) (?:spin|draw|ticket|scratch|chance)', 'per spin', '(?:paid|buy|bought|purchase[sd]?) (?:a |extra |more )?(?:lucky )?(?:spins?|draws?|wheel spins?)']);
add('cue:group', 'en', 'a shared room of users', ['(?:shared|group|common) rooms?']);
add('cue:group', 'en', 'members of a shared list or space invited by link: a closed group', ['(?:members?|people) invited by (?:a |an )?(?:link|invite link|code)']);
add('cue:group', 'en', 'a community set up for each compound or building (which tool: not said)', ['(?:a |its own )?communit(?:y|ies) for (?:every|each) (?:compound|building|neighbou?rhood|estate|小区)', 'every (?:compound|building|小区) gets its own community']);
add('cue:undecided', 'en', 'the tool a group will live in not chosen yet', ['pick (?:the|a) (?:tool|channel|platform|app) for']);
add('cue:deferred', 'en', 'what it is kept secret for now ("a surprise … we can\'t say more yet")', ['(?:we )?can[\'’]?t say (?:any )?more(?: yet| for now)?', 'it[\'’]s a surprise']);
add('cue:points', 'en', 'a currency of our own swapped for a coupon worth money ("swap 100 Beans for a ¥10 coupon")', ['(?:swap|exchange|redeem|trade|convert)s? \\d+ [A-Za-z]{2,12} (?:for|into) (?:a |an )?(?:[¥￥$] ?\\d+|\\d+ ?(?:yuan|元|RMB))']);
add('cue:points_transfer', 'en', 'a currency of our own given to another user ("gift Beans to a creator")', ['gift (?:them|[A-Z][a-z]{2,12}|points|coins|credits) to (?:a|the|another|other|any) (?:creator|user|member|friend|neighbou?r|author|designer)s?']);
add('B11', 'en', 'other people\'s own sites or services run on our servers, capacity leased to them and billed by use', [
  '(?:their|its) own (?:[\\w-]+ ){0,2}(?:websites?|sites?|stores?|shops?|services|apps?) (?:running|hosted|deployed|living) on our (?:servers|cloud|infrastructure|cluster|machines)',
  'deploys? (?:its|their) own (?:[\\w-]+ ){0,2}(?:sites|websites|services|apps|systems|workloads) (?:there|on (?:it|them|our [\\w-]+))',
  '(?:lease|rent|sell|resell)s? (?:out )?(?:the )?(?:idle |spare |unused )?(?:half |part |rest |capacity )?(?:of )?(?:the |our )?(?:cluster|servers?|compute|capacity|racks?|machines?|nodes?) to (?:our |other )?(?:[\\w-]+ ){0,2}(?:partners|brands|customers|clients|merchants|tenants|companies|businesses)',
  'bill (?:them|partners|customers|clients|tenants|each [\\w-]+) (?:monthly |hourly |yearly )?per (?:vCPU|CPU|core|GB|instance|VM|container|node)',
  'give (?:them|each [\\w-]+|customers|partners|designers|merchants) (?:storage|compute|servers?|hosting) ?(?:\\+|and|,) ?(?:storage|compute|bandwidth|hosting|a site builder)',
]);
add('B26', 'en', 'other people\'s domains delegated to our name servers, resolved by us', ['(?:change|changes|changing|point|points|set|sets|update|updates) (?:the )?NS records', 'NS records? (?:of|for) (?:their|its|the user[\'’]s|the customer[\'’]s|a customer[\'’]s) (?:own )?domains?', '(?:run|runs|provide|provides|operate|operates|host|hosts) (?:the )?authoritative (?:resolution|name ?servers?) (?:for|of)']);
add('B26', 'en', 'the authoritative DNS of other people\'s domains run for them', ['(?:run|host|provide|operate|manage)s? (?:the )?authoritative DNS (?:for|of) (?:that|their|its|the customer[\'’]s|the user[\'’]s|users[\'’]|customers[\'’]|each [\\w-]+[\'’]s) (?:own )?domains?', '(?:run|host|provide|operate|manage)s? (?:the )?authoritative DNS (?:for|of) the domains? (?:they|customers|users|clients|members|designers|merchants) (?:bring|own|use|buy|connect|bind|add)', 'DNS (?:hosting |resolution )?for (?:their|customers[\'’]|users[\'’]|clients[\'’]) (?:own |custom )?domains']);
add('B11', 'en', 'hosting other businesses\' sites on our servers', ['host (?:[\\w-]+ ){0,3}(?:partners|clients|customers|brands)[\'’]? (?:micro)?(?:sites|websites|stores|shops) on our servers', '(?:on|in) our (?:servers|data cent(?:er|re)s?) (?:and|for which we) charge']);
add('cue:licensed', 'en', 'a bank offers or finances it (banks are licensed by definition)', ['(?:offered|financed|funded|issued|handled|underwritten)(?: and (?:offered|financed|funded|issued|handled))? by (?:[\\w-]+ ){0,4}bank']);
add('cue:staff', 'zh', 'our own sales staff and guides', ['导购(?:员)?', '店员', '销售顾问']);
add('cue:call', 'zh', 'a remote session on camera: a person shows the user around live', ['远程(?:逛店|看房|验房|陪同|指导|看车)', '视频(?:逛店|看房|验房|看车)']);
add('cue:video', 'zh', 'a live picture shown to the user', ['实时画面', '现场画面', '直播画面']);
add('cue:private', 'zh', 'seen only by the one stranger it was matched to', ['只有[^，。；]{0,10}(?:一个|那个)[^，。；]{0,4}(?:陌生人|人|用户)(?:才)?(?:能|可以)?(?:看到|看见|可见)']);
add('cue:pair', 'zh', 'one stranger matched to the user', ['(?:一个|某个|随机的?)陌生人', '匹配到的']);
add('B22', 'zh', 'a team of players on open mics in one room', ['组队[^，。；]{0,8}开麦', '(?:多人|几个人)[^，。；]{0,6}开麦']);
add('B25-4', 'en', 'two-way live audio or video between two people', ['two-way (?:audio|video|voice)', '(?:live )?cameras? on both sides', 'face[- ]to[- ]face (?:inside|in) the app']);
add('cue:call', 'en', 'meeting face to face on camera', ['face-to-face']);
add('B24', 'zh', 'taking on other brands\' hotlines and answering in their name', ['以(?:对方|客户|合作方|品牌方)(?:品牌)?(?:的)?名义(?:接听|回复|接待)', '承接[^，。；]{0,12}(?:售后热线|客服热线|热线|在线客服|工单)', '按坐席(?:月费|数|收费|计费)']);
add('cue:deferred', 'zh', 'the text says it does not say what the feature is', ['(?:都)?没(?:有)?说(?:清楚)?(?:它|这个功能|到底)?(?:具体)?(?:做什么|是什么|干什么)']);
add('cue:deferred', 'en', 'the substance is with someone, not in the text', ['(?:he|she|they|the (?:PM|owner|lead|designer|engineer)) (?:has|have|knows) the details', 'details (?:are )?with (?:him|her|them|the (?:PM|owner|lead))']);
add('B11', 'zh', 'servers rented to other companies for their own sites and systems', ['(?:服务器|云主机|ECS|主机|机器|虚拟机)[^。；]{0,20}(?:租给|出租给|卖给|按年租给|按月租给)', '(?:按年|按月)?(?:租给|出租给)[^，。；]{0,12}(?:公司|企业|客户|物业公司|商家|机构)', '帮(?:忙)?(?:他们|客户|合作方|物业公司|商家)?托管(?:官网|网站|系统|服务器|OA)']);
add('cue:offline_deal', 'zh', 'the deal is done off our site: no orders or money through us', ['(?:交易|付款|交付|交接|成交)[^，。；]{0,10}(?:线下|站外)(?:完成|进行|自行)?', '(?:不|从不)(?:经手|接触|收取)[^，。；]{0,4}(?:订单|资金|钱|款项)', '站内不(?:做|提供)(?:交易|下单|付款|买卖)']);
add('cue:offline_deal', 'en', 'the deal is done off our site', ['(?:payment|handover|the deal|the sale)s?(?: and (?:payment|handover|pickup))? (?:happens?|takes? place|is done) offline', 'never takes? (?:any )?(?:orders|payments?|money)', 'no (?:orders|payments?|checkout) (?:on|through) (?:our|the) (?:site|app|platform)']);
add('cue:decided_no', 'zh', 'a decision recorded after the refusal (不搞私聊。行，就这么定)', ['(?<=(?:不做|不搞|不上|不直播|不上线|不提供|不开放)[^？?]{0,20})(?:就这么定|拍板|定了)']);
add('cue:licensed', 'zh', 'the third party has obtained its licence', ['(?:已|已经)?(?:取得|获得|持有)[^，。；]{0,14}(?:执业许可|许可证|资质|牌照|执照|审批备案|审批|备案)']);
add('cue:delegate', 'en', 'it happens on the partner\'s pages or channel', ['(?:all )?happens? on (?:the partner[\'’]s|their) (?:pages?|site|app|platform)', '(?:uploaded|posted|published) (?:by us )?(?:to|on) (?:our|the) (?:official )?[\\w-]+ (?:account|channel)']);
add('cue:offline', 'zh', 'asynchronous: not delivered in real time', ['异步(?:的)?', '非实时']);
add('cue:offline', 'en', 'asynchronous: not delivered in real time', ['asynchronous(?:ly)?', 'not (?:in )?real[- ]time']);
add('cue:group', 'zh', 'a group\'s own conversation that every member receives', ['(?:小组|组内|圈子|社群|群组)(?:会话|聊天|消息流)', '(?:所有|全部)(?:在线)?(?:组员|成员|群成员)(?:都)?(?:立刻|实时|即时|马上)收到']);
add('cue:more_sources', 'en', 'more sources than our own, not named', ['(?:more|other|additional|new|outside) sources']);
add('cue:external', 'zh', 'third parties\' sites of some kind (第三方房产网站)', ['第三方[^，。；、\\n]{1,6}?(?:网站|站点)']);
add('cue:process_for_others', 'zh', 'partners upload their own data to our platform and it is processed there', ['上传(?:自有|自己的|其|他们的)?数据[^，。；）)]{0,6}?(?:并|后)?(?:在线|在平台上?)(?:处理|分析|计算)']);
add('cue:more_sources', 'zh', 'more sources than our own, not named', ['(?:更多|其他|外部|新的?)(?:来源|数据源|内容源)']);
add('cue:cdn', 'zh', 'edge cache nodes serving others\' files', ['边缘缓存(?:节点)?', '缓存节点', '(?:缓存|分发)(?:并分发)?(?:他们|对方|客户|合作品牌|品牌方)的']);
add('cue:for_others', 'zh', 'other companies point their domains at our nodes', ['(?:官网|网站)?域名 ?CNAME ?到我们', '开放给合作品牌', '(?:把|将)[^，。；]{0,10}开放给(?:合作)?(?:品牌|商家|客户|公司)']);
add('cue:deferred', 'zh', 'what it is, or what it offers users, is still being negotiated; the title is a placeholder', ['(?:提供什么|做什么|是什么|合作方是谁)[^。；]{0,8}(?:还在|仍在)(?:商务)?(?:谈判|讨论|评估|沟通)', '标题先这么写', '详见 ?(?:changelog|更新日志|发布说明)']);
add('cue:deferred', 'en', 'the release is described elsewhere', ['see (?:the )?changelog', 'details in (?:the )?changelog']);
add('cue:neg', 'en', 'options considered and dropped: a heading for what is not built', ['considered (?:and|but) (?:dropped|rejected|ruled out)', 'dropped ideas', 'rejected options'], 'line');
add('cue:neg', 'en', 'ruled out: what follows is not built', ['ruled? out']);
add('cue:neg', 'en', 'no way left to do it ("there is no path for one user to send anything privately to another")', ['no (?:path|way|route|means|channel) (?:left )?(?:for|to)'], 'clause');
add('cue:deferred', 'zh', 'the plan is to come after others decide, or build first and see', ['(?:确认|讨论|评审|定下来|谈完)后再(?:细化|确定|补充|出)(?:方案|需求)?', '先做出来再看']);
add('cue:deferred', 'en', 'the functionality is to be described later, or is only assorted follow-ups', ['(?:functionality|feature|scope) will be described (?:in a follow-up|later|separately)', '(?:assorted|misc(?:ellaneous)?|various) (?:follow-ups|odds and ends)']);
add('cue:own_picks', 'zh', 'our editors\' picks of our own articles, by the week', ['(?:本周|每周|每日|当日|当周)精选的?[^，。；]{0,10}(?:文章|攻略|内容|笔记)']);
add('B25-3', 'zh', 'reviews written by users for others to read', ['乐评', '长评', '短评', '书评', '影评', '剧评', '写评价', '(?:打分|评分|打星)[^，。；]{0,3}(?:写)?评价', '追评', '晒单评价', '(?:用户|业主|买家|网友)点评', '口碑(?:榜|评价|墙)', '评价区']);
add('B25-1', 'zh', 'users showing their photos to others', ['晒图', '晒照片?', '晒作品']);
add('appr:ride_hailing', 'en', 'orders matched to the nearest driver and fares by distance', ['(?:match|assign|route)(?:es|ed)? (?:the |each )?(?:order|ride|trip|request|booking)s? to (?:the )?(?:nearest |closest )?(?:available )?(?:[\\w-]+ ){0,2}drivers?', 'fares? (?:is |are )?metered by (?:distance|mileage)', 'private-car drivers?']);
add('appr:medical', 'en', 'assessing users\' injuries or symptoms and prescribing', ['(?:issue|issues|write|writes|prescribe|prescribes) (?:a |an )?(?:[\\w-]+ )?prescriptions?', '(?:describe|describes|tell|tells) (?:their|your|the) (?:injur(?:y|ies)|symptoms)[^.;]{0,60}(?:doctor|physician|clinician)']);
add('cue:deferred', 'en', 'the change is whatever someone\'s comments say', ['(?:as )?per [\\w-]+[\'’]s? (?:comments|feedback|notes|review)']);
add('cue:delegate', 'en', 'it happens there, on the other party\'s side, not with us', ['happens? there', 'not (?:with|on|in) us\\b', '(?:in|inside) (?:its|their) own app']);

// Round 8 (blind sets 25–27): acts told by what they do, and open mechanics said in passing.
add('cue:staff', 'zh', 'a personal adviser or manager of ours assigned to the user', ['(?:专属|专职|一对一|1 ?对 ?1)(?:顾问|管家|客服|设计顾问|客户经理|规划师)', '我们的(?:正式|全职|专职|自有)(?:员工|顾问|设计师|客服)']);
add('cue:staff', 'en', 'a personal adviser of ours', ['our (?:own )?(?:dedicated |in-house )?(?:advisors?|advisers?|consultants?|account managers?|concierges?)', '(?:a |your )?dedicated (?:advisor|adviser|consultant|account manager)']);
add('cue:undecided', 'zh', 'how people are to communicate is not said yet (怎么沟通他没说), or open questions listed in brackets (电话？留言？在线聊？)', [
  '(?:具体)?(?:怎么|如何|用什么方式|通过什么方式)(?:沟通|联系|交流|互动|聊|对接)[^，。；]{0,6}(?:没说|没讲|没定|未定|待定|还没想好|没想好|不清楚|不确定)',
  '[（(][^（）()「」“”"\\n]{1,12}[？?][^（）()「」“”"\\n]{1,12}[？?][^（）()「」“”"\\n]{0,16}[）)]',
]);
add('cue:undecided', 'en', 'open questions listed in brackets (phone? form? chat?)', ['\\((?:[^()\\n?]{1,16}\\?\\s*){2,}[^()\\n]{0,16}\\)']);
add('cue:circle_talk', 'zh', 'members of a circle or group talking among themselves, the form not said', ['(?:圈|群|组|团|社群|小组|圈子)(?:内|里|中)(?:的)?(?:成员|用户|粉丝|会员)?(?:之间)?(?:可以|能|能够)?(?:互相|相互)?(?:交流|聊|沟通|互动)']);
add('cue:circle_talk', 'en', 'members of a circle talking among themselves', ['members (?:of the (?:circle|group|club|community) )?can (?:talk|chat|discuss|interact) (?:with each other|among themselves|together)']);
add('cue:to_everyone', 'zh', 'what one sends shows for every member of the group', ['(?:全班|全群|全组|所有成员|每个成员|每个人|全体(?:成员|家长|住户))(?:的)?(?:手机(?:上)?)?(?:都)?(?:可见|看到|收到|能看到)']);
add('cue:to_everyone', 'en', 'what one sends shows for every member of the group', ['for everyone in the (?:class|group|team|building|circle|chat)', 'on every (?:member[\'’]s |one[\'’]s )?(?:phone|device|screen)', 'everyone in the (?:class|group|team|building) (?:sees|gets|receives)']);
add('cue:realtime', 'zh', 'arrives at once', ['秒达', '秒到', '即发即收', '(?:马上|立刻|立即)(?:就)?(?:能)?(?:看到|收到)']);
add('cue:realtime', 'en', 'arrives at once', ['(?:appear|appears|show|shows|arrive|arrives) (?:instantly|immediately|at once|right away)']);
add('cue:geo_points', 'zh', 'positions recorded as coordinates', ['(?:位置|地理)坐标', '经纬度', '点位(?:数据)?', 'GPS ?(?:点|坐标|轨迹)']);
add('cue:geo_points', 'en', 'positions recorded as coordinates', ['(?:GPS |geo-?)?coordinates', 'lat(?:itude)?(?:/| and )long?(?:itude)?', 'geo-?points?']);
add('cue:map_render', 'zh', 'drawn as a picture one can zoom and drag, or areas outlined on it', ['可缩放', '(?:缩放|拖动|拖拽)(?:、|和|与|及)?(?:缩放|拖动|拖拽)?(?:的|查看)', '图层', '画成[^，。；]{0,12}图', '(?:勾画|勾勒|圈出|划出)(?:的)?[^，。；]{0,10}(?:范围|区域|边界)']);
add('cue:map_render', 'en', 'drawn as a zoomable picture or outlined areas', ['zoomable', 'pan and zoom', '(?:draw|drawn|outline|outlined) (?:the )?(?:boundar(?:y|ies)|areas?|zones?|catchments?)', 'overlays?']);
add('B11', 'zh', 'storage space or sites kept on our servers for business customers', ['(?:给|为|送)(?:我们的)?(?:企业|商家|机构|公司)?客户[^。；]{0,16}(?:云空间|云盘|网盘|存储空间|空间)', '(?:企业|商家|机构)(?:客户)?(?:云盘|网盘|云空间)', '(?:帮|为|给)(?:每个|每家)?(?:商家|客户|合作方|企业)(?:做|搭|建)[^。；]{0,12}(?:网站|官网|站点)[^。；]{0,20}(?:放在|部署在|跑在)我们(?:自己)?的服务器']);
add('B11', 'en', 'sites or storage kept on our servers for other businesses', ['(?:build|make|set up) (?:a |the )?(?:simple |small )?(?:site|website)s? for (?:each|every|our|their) (?:merchants?|clients?|customers?|partners?|shops?)[^.;]{0,60}(?:on|in) our (?:own )?(?:servers|cloud|data cent(?:er|re)s?)', 'run (?:it|them|their (?:sites?|websites?|stores?)) on our (?:own )?servers', '(?:cloud storage|storage space) (?:for|to) (?:our )?(?:business|enterprise|corporate) (?:customers|clients)']);
add('appr:finance', 'zh', 'insurance told by what it pays out', ['意外(?:伤害)?(?:险|保障)', '保额', '(?:最高|上限)?(?:赔付|理赔)(?:金额)?(?:最高|上限)']);
add('appr:finance', 'en', 'insurance told by what it pays out', ['trip protection', 'covers? (?:accidental |accident |personal )?injur(?:y|ies)', 'accident(?:al)? (?:cover|insurance|protection)', '(?:cancellation|delay|baggage) (?:cover|protection)(?= (?:add-on|fee|for))']);
add('doubt:medical_unclear', 'zh', 'someone reads a user\'s medical report and advises on it, who they are not said', ['(?:体检|化验|检查|检验)(?:报告|单)[^，。；]{0,14}(?:解读|分析)']);
add('doubt:medical_unclear', 'en', 'someone interprets a user\'s medical results', ['interpret(?:s|ing|ation of)? (?:the |their |your |users[\'’] )?(?:lab|test|blood|check-?up|medical|health) (?:results|reports?)']);
add('cue:symptom', 'zh', 'a symptom of illness', ['出疹子?', '发烧', '发热', '咳嗽', '腹泻', '拉肚子', '呕吐', '症状', '起疹', '湿疹', '过敏(?!感词|感)']);
add('cue:symptom', 'en', 'a symptom of illness', ['rash(?:es)?', 'fever', 'cough(?:ing)?', 'diarrh(?:o)?ea', 'vomiting', 'symptoms?']);
add('cue:unnamed_expert', 'zh', 'answerers called experts, their qualification not said', ['专业人士', '(?:平台|我们)?(?:邀请|特邀|入驻)的?(?:专家|达人|老师)', '健康管理师', '营养师']);
add('cue:unnamed_expert', 'en', 'answerers called experts', ['(?:invited |verified )?(?:experts?|professionals|specialists)(?! (?:mode|tier|plan))']);
add('doubt:drugs', 'zh', 'users asking about the medicines they take', ['(?:问|咨询|提问)[^，。；]{0,12}(?:正在|平时)?(?:吃|服用)的(?:药|药物|药片)']);
add('doubt:drugs', 'en', 'users asking about the medicines they take', ['(?:ask|asks|asking|asked|questions?) (?:\\w+ )?about (?:the )?(?:tablets|pills|medications?|meds) (?:they|you|he|she|I|users|readers|people) (?:take|takes|are taking|took)']);
add('B25-X', 'zh', 'a text service billed through the carrier', ['计入话费', '(?:与|和)运营商分成', '话费(?:账单)?(?:代扣|代收)']);
add('B25-X', 'en', 'a text service billed through the carrier', ['(?:added|charged) to (?:the |their |the user[\'’]s |your )?(?:[A-Z]\\w*(?:,? (?:or |and )?[A-Z]\\w*){0,5} )?(?:phone|mobile) bills?', 'shared with the (?:mobile )?(?:operator|carrier)', 'carrier[- ]billed']);
add('cue:partner_media', 'zh', 'other accounts\' articles', ['(?:外面|外部|别人|其他)的?(?:号|公众号|自媒体|账号)(?!先发|先审|后审|需|须|默认|一律|可以|均|都|则)']);
add('cue:ingest', 'zh', 'reposted', ['(?<=号)转', '搬运']);
add('doubt:av_sync', 'zh', 'an event held offline and "同步" online: streamed live or only its materials posted?', ['(?:活动|沙龙|讲座|分享会|发布会|课程?|比赛|大会|论坛)[^。；]{0,20}线上同步(?!数据|库存|到|更新)', '线下[^。；]{0,12}(?:，|,)?\\s*线上同步(?!数据|库存|到|更新)']);
add('doubt:av_sync', 'en', 'an offline event also held online, the form not said', ['(?:event|salon|talk|meetup|workshop|session)s?[^.;]{0,30}(?:mirrored|simulcast|also) online']);

add('cue:licensed', 'zh', 'the whole map is the named provider\'s: base map, routes and data all theirs (we make none)', ['(?:底图|地图数据|瓦片|路线|导航|POI)[^。；]{0,12}(?:全|全部|都)(?:是|由)(?:高德|腾讯|百度)(?:的|提供)']);
add('cue:licensed', 'en', 'the whole map is the named provider\'s', ['(?:all|every) (?:map )?(?:data|tiles?)[^.;]{0,30}(?:served|provided|come) (?:by|from) (?:AMap|AutoNavi|Gaode|Tencent|Baidu)']);

add('cue:own_writing', 'zh', 'what the section carries is all our own writing', ['(?:编辑部|我们|我司|品牌部)(?:本周|每周|自己)?原创的?(?:文章|内容|稿件)?', '(?:仅为|仅限|只有|只是|均为)(?:我司|我们|公司)(?:自身|自己)?的(?:企业)?(?:公告|新闻|动态|稿件|内容|文章)', '(?:只|仅)(?:发布|发|放|刊登)(?:我们|咱们|我司|公司)(?:自己|自有)的', '(?:放的|发的|内容)?(?:都是|全是|全部是|只放|只发|一律是)(?:咱们|我们|我司|公司)(?:自己|自有)?(?:的|写的|发的|撰写的)(?:稿子|文章|内容|稿件|图文)', '(?:咱们|我们)自己的稿子']);
add('cue:own_writing', 'en', 'all our own writing', ['(?:only|all) (?:of )?our own (?:articles|posts|announcements|press releases|stories|news)', 'written (?:only |entirely )?by our (?:own )?(?:[\\w-]+ ){0,2}(?:staff|team|comms|PR|editors|writers|chefs|bakers|experts)', 'our own (?:launches|product (?:news|announcements|launches|updates)|firmware releases|recall notices)', 'no coverage of anything outside (?:the company|us|our company)']);

add('cue:delegate', 'zh', 'it happens on the other platform, not in our app', ['不在(?:咱们|我们)(?:的|自己的)?(?:app|App|APP|平台|站|网站|小程序)(?:里|内|上)?(?:播|直播|做|进行)', '(?:用的?|在)(?:抖音|快手|视频号|B站|淘宝|小红书)(?:官方)?(?:的)?直播间']);

add('cue:cash_value', 'zh', 'points worth money at checkout', ['抵现', '抵扣现金', '当(?:现金|钱)(?:用|花)', '\\d+ ?(?:积分|分|金币)抵 ?\\d+(?:\\.\\d+)? ?元']);
add('cue:cash_value', 'en', 'points worth money at checkout', ['(?:worth|redeemable for|count as) (?:cash|money|¥|RMB|CNY)', '\\d+ (?:points|coins) ?= ?(?:¥|RMB ?|CNY ?)\\d']);

add('cue:partner_people', 'zh', 'people of other companies we work with (dealers, franchisees, agents), not our employees', ['(?:经销商|代理商|加盟商|渠道商|分销商|供应商|合作门店|加盟店)(?:的)?(?:店员|员工|销售|导购|人员|老板)?']);
add('cue:partner_people', 'en', 'people of other companies we work with', ['(?:dealers?|franchisees?|resellers?|distributors?|agents?|suppliers?)[\'’]? (?:staff|employees|sales ?people|shop assistants)', '(?:our )?(?:dealers|franchisees|resellers|distributors)']);

add('cue:neg', 'zh', 'a competitor teardown: what others ship, not what we ship', ['竞品(?:分析|调研|拆解|对比|参考)?(?=[:：])'], 'sentence');
add('cue:neg', 'zh', 'what a competitor has done', ['(?:竞品|友商|竞对)(?:[「“"][^」”"]{1,10}[」”"])?(?:已经|也|都)?(?:做了|上线了|推出了|都有|有)'], 'clause');
add('cue:neg', 'en', 'what competitors ship, not what we ship', ['(?:competitors?|rivals?|(?:both|all) of them|they both|both apps|both(?= \\())(?: \\([^)]{1,30}\\))? (?:already )?(?:ship|ships|offer|offers|have|has|support|supports|launched|built|added)'], 'sentence');

add('cue:neg', 'zh', 'cut or removed, at the end of its clause: what comes before it was cut (私信能力已砍掉; 私信：经合规评估，本版本移除)', ['(?<=[\\u4e00-\\u9fffA-Za-z])(?:已经?)?(?:砍掉|去掉|拿掉|砍了|移除|删除|删掉|撤掉|撤下|停运|下线|下掉|取消|停用|关停)(?:了)?(?=\\s*(?:[，。；,;！!\\n）)]|[\\u2190-\\u2bff\\ufe0f]|[\\ud83c-\\ud83e]|$))']);
add('cue:neg', 'zh', 'put off, at the end of its clause: what comes before it is not in this release (直播带货：推迟，…)', ['(?<=[\\u4e00-\\u9fffA-Za-z：:]\\s?)(?:推迟|延后|延期)(?:到|至)?(?:下个?|下一个?|后续|二期|三期|明年|Q[1-4])?(?:版本|迭代|期|季度)?(?:再(?:做|上|排))?(?=\\s*(?:[，。；,;！!\\n）)]|$))']);

add('cue:seo', 'en', 'being found by others\' search engines', ['(?:find|finds|found|discover|discovers|reach|reaches) (?:us|our (?:brand|site|website|pages?|articles?|shop|store))[^.;]{0,20}(?:through|via|on|from|in) (?:search engines|Google|Baidu|Bing)']);
add('cue:seo', 'zh', 'being found by others\' search engines', ['(?:通过|从|在)(?:搜索引擎|百度|必应)(?:上)?(?:搜到|找到|发现)(?:我们|本站|品牌)']);
add('cue:info_only', 'zh', 'explanatory content that sells nothing', ['仅供参考', '不构成(?:任何)?(?:投资|投保|购买)?建议', '(?<=不)(?:销售|售卖|卖|推荐|代理)(?:任何)?(?:保险|理财|基金|股票|金融)(?:产品)?']);
add('cue:info_only', 'en', 'explanatory content that sells nothing', ['general information only', 'not (?:financial|investment|insurance) advice', '(?<=\\bno )(?:quotes|[\'‘’"“]?buy now[\'‘’"”]? links|sales? of (?:any )?(?:insurance|policies|products)|recommendation of any (?:insurer|product|fund))']);
add('cue:draw_results', 'zh', 'official draw results published as information', ['开奖(?:结果|号码|公告|信息)', '中奖号码(?:公告|查询)?', '历史开奖']);
add('cue:draw_results', 'en', 'official draw results published as information', ['draw results', 'winning numbers', 'results of (?:the )?(?:draw|lottery)']);
add('cue:lottery_sale', 'zh', 'selling or buying tickets, taking bets', ['(?:代购|购买|买|卖|销售|售卖|出售)彩票', '购彩', '合买', '投注', '下注', '选号', '出票', '打票', '(?:保管|托管)彩票', '兑奖']);
add('cue:lottery_sale', 'en', 'selling tickets, taking bets', ['pick(?:s|ing)? (?:their |your |the |lucky )?numbers', 'prints? (?:the |a )?tickets?', 'tickets? (?:in|into) custody', 'prize claims?', '(?:sell|sells|selling|buy|buys|buying) (?:lottery )?tickets', '(?:take|takes|taking|place|places|placing) bets', 'pool(?:ed)? purchases']);
add('cue:game_article', 'zh', 'articles about games (guides, reviews), not a game', ['(?:游戏|桌游|手游|主机游戏)(?:的)?(?:玩法)?(?:攻略|评测|测评|资讯)(?:与|和|及)?(?:评测|测评|攻略)?(?:文章)?']);
add('cue:game_article', 'en', 'articles about games', ['game (?:guides?|reviews?|walkthroughs?)', '(?:guides?|reviews?|walkthroughs?) (?:of|for) (?:board |video |console )?games']);
add('B25-1', 'zh', 'a feedback form answered by our staff in writing (a ticket, not a chat)', ['意见反馈', '工单(?:制|系统)', '问题反馈']);
add('B25-1', 'en', 'a feedback form answered by our staff (a ticket)', ['feedback form', 'support tickets?', 'ticketing']);

add('cue:cannot_disable', 'en', 'the opt-out removed or dropped, or users who refused put back in', ['(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?) the (?!(?:dead|unused|legacy|old|obsolete|debug|beta|experimental)\\b)(?:[\'‘"“][^\'’"”\n]{1,40}[\'’"”] |[\\w-]+ ){0,3}(?:toggle|switch|opt-out|setting)', '(?:opted|opt|opts|put|puts) (?:them |users |everyone )?back in', 're-?subscrib(?:e|es|ed|ing) (?:users|everyone|them) (?:who|that)']);
add('cue:cannot_disable', 'zh', 'users who refused put back in (the pushes named: 重新开启 alone is any setting switched on again)', ['(?:重新|自动|统一)(?:打开|开启|订阅)[^，。；（(]{0,8}(?:用户|所有人)?[^，。；（(]{0,4}(?:推送|通知|营销消息)']);
add('appr:finance', 'zh', 'lending by what it does: we approve and advance the money, instalments repaid, late interest', ['先用后付', '先享后付', '(?:额度|借款|贷款|分期)[^，。；]{0,10}(?:由)?(?:我们|咱们|平台|公司)(?:自己)?(?:审批|出钱|出资|放款)', '(?:我们|咱们|平台|公司)(?:自己)?(?:先)?垫(?:钱|付|资)', '分 ?\\d+ ?期(?:每月|按月)?还(?:款)?', '逾期[^，。；]{0,6}(?:按日|每日|每天)?(?:收|计|加收)(?:取)?(?:利息|罚息|违约金|滞纳金|万分之)']);
add('appr:education', 'zh', 'tutoring by what it does: handouts and exercises, homework marked by teachers, paid by the term', ['(?:老师|教师|助教|导师)[^，。；]{0,10}(?:批改|讲评|点评)(?:作业)?', '(?:讲义|习题|练习题)[^。；]{0,20}(?:元|收费|付费)[^。；]{0,4}(?:一期|每期|一学期)?', '(?<=(?:学员|学生|孩子|课后|课程|老师|班级|每节课|课上)[^，。；\\n]{0,8})交作业']);

add('cue:media_unsaid', 'en', 'media of a kind not said (pictures? audio? video?)', ['(?<!social )media (?:attachments?|uploads?|files?|messages?)', 'any media']);
add('cue:media_unsaid', 'zh', 'media of a kind not said', ['多媒体(?:附件|内容|文件|消息)?', '媒体(?:附件|文件)', '(?:各种|任意)格式的?(?:附件|文件)']);
add('cue:reach', 'zh', 'contact the poster, the channel not said', ['联系 ?(?:TA|ta|Ta|他|她|对方|发布者|楼主)']);
add('cue:vague_between', 'zh', 'contact the poster, the channel not said', ['联系 ?(?:TA|ta|Ta|他|她|对方|发布者|楼主)']);
add('doubt:remote', 'zh', 'our staff connecting to the user\'s device remotely: a remote-control channel, a call, or a data service?', ['远程(?:连接|控制|操控|协助|桌面)(?:用户|客户)?的?(?:设备|电脑|手机)?']);
add('doubt:remote', 'en', 'remote connection to the user\'s device', ['remote(?:ly)? (?:control|desktop|connect(?:s|ion)? to|access to) (?:the )?(?:user|customer)[\'’]?s?[\'’]? (?:device|computer|phone|screen)', 'remote (?:control|desktop) (?:session|support|assistance)']);
add('cue:replies', 'en', 'someone replies', ['repl(?:y|ies)(?! (?:all|button))']);
add('cue:patients', 'zh', 'patients', ['患者', '病人', '就诊人']);
add('cue:patients', 'en', 'patients', ['patients?']);
add('cue:neg', 'en', 'excluded: what the list or the licence leaves out', ['exclud(?:e|es|ed|ing)'], 'clause');

add('cue:clinic', 'zh', 'a clinic or hospital', ['诊所', '门诊', '医院', '卫生院']);
add('cue:clinic', 'en', 'a clinic or hospital', ['clinics?', 'hospitals?', 'surgery']);

add('cue:undecided', 'zh', 'who or how is still being settled (沟通对象和形式还在定)', ['(?:还在|仍在|正在)(?:定|敲定|商量|讨论|评估|谈)(?![^，。；]{0,4}(?:时间|日期|排期|价格|名字|文案))', '(?:对象|形式|方式|模式|做法)(?:和|与|及)?(?:对象|形式|方式|模式|做法)?[^，。；]{0,6}(?:还在定|未定|待定|没定)']);
add('cue:others_sell', 'en', 'other brands or merchants list and ship their own items through us', ['(?:brands?|merchants?|sellers?|vendors?|partners?) (?:would |will |can )?(?:list|sell|ship) (?:and (?:ship|sell|list) )?their own (?:items|products|goods|stock)', 'through our checkout']);
add('cue:others_sell', 'zh', 'other merchants sell their own goods through us', ['(?:商家|品牌|品牌方|卖家|合作方)(?:自己)?(?:上架|发货|卖|销售)(?:自己的|他们的)?(?:商品|货)?', '(?:走|通过)我们的(?:收银台|结算|支付)']);

add('cue:cannot_disable', 'en', 'the opt-out switch removed (passive)', ['(?:switch|toggle|opt-out|setting|option)[^.;\n]{0,40}(?:is|are|gets|get|will be) (?:removed|hidden|dropped|taken out|deleted)']);
add('cue:deferred', 'en', 'the scope is in a document elsewhere', ['scope (?:is )?(?:per|in|as in|as per) the [\\w -]{0,24}(?:deck|doc|document|spec|PRD|slides|page)', '(?:link|details|spec) (?:is )?in (?:Confluence|the wiki|Notion|Feishu|Lark|Jira)']);
add('cue:deferred', 'zh', 'the scope is in a document elsewhere', ['(?<!回滚|应急|降级|备份|迁移|部署|测试|埋点|数据|监控|走查|技术|实现|架构|接口)(?:范围|方案|需求)(?:见|以|按)[^，。；]{0,12}(?:文档|PPT|幻灯片|Confluence|飞书|wiki)(?:为准)?']);
add('cue:realtime', 'en', 'arrives within a second', ['within (?:a|one|\\d+) seconds?', 'in under (?:a|one|\\d+) seconds?']);
add('cue:realtime', 'zh', 'arrives within a second', ['\\d+ ?秒(?:内|之内)(?:送达|收到|到达)', '一秒(?:内|之内)']);
add('cue:pair', 'en', 'two users paired', ['(?:paired|matched) with (?:a |another |their |my )?(?:[\\w-]+ )?(?:buddy|partner|friend|user|member)', '(?:my|their|your) (?:workout |study |running )?buddy']);

add('cue:can_reply', 'en', 'the receiver can answer, said with other verbs', ['(?:can|may) (?:[\\w-]+ ){0,5}(?:type|send|write) (?:a |back )?(?:reply|response|answer)']);

add('cue:cannot_disable', 'zh', 'the switch taken down: users can no longer turn it off', ['(?:(?<!后台|服务端|服务器|配置|灰度|功能|远程|云控|通过|用|总|紧急|入口)开关(?!一键)|(?:关闭|关掉|退订|取消订阅)(?:的)?(?:选项|入口|按钮))[^，。；]{0,2}(?:下线|隐藏)', '用户(?:不再|再也不|无法|不能|不可以)(?:能|可以)?(?:单独)?(?:关闭|关掉|退订)', '(?:改为|改成)默认开启[^。；]{0,20}(?:不再|无法|不能)[^，。；]{0,4}关闭']);
add('cue:deferred', 'en', 'no description provided: the feature is only a name', ['no (?:description|specification|spec|details) (?:of [^.;]{0,60})?(?:has|have) (?:yet )?been (?:provided|given|shared|supplied)', '(?:has|have) requested a (?:specification|spec|description)']);
add('cue:deferred', 'zh', 'no description provided', ['(?:未|没有|尚未)(?:提供|提交|给出)(?:任何)?(?:功能)?(?:描述|说明|方案|需求文档)', '(?:要求|请)(?:对方|业务方)?(?:补充|提供)(?:功能)?(?:说明|方案|描述)']);
add('cue:undecided', 'en', 'the request does not say which', ['(?:does|do) not say whether', 'doesn[\'’]t say whether', '(?:it is |it[\'’]s )?(?:unclear|not (?:stated|specified|clear)) whether']);
add('cue:undecided', 'zh', 'the request does not say which', ['(?:未|没有|没)(?:说明|写明|讲)(?:是否|是不是)', '不清楚是否']);
add('cue:storage_others', 'en', 'file storage we provide to partners or customers', ['storage (?:space )?(?:we provide|we offer|for (?:partners|merchants|customers|clients|brands))', '(?:partners|merchants|customers|clients|brands) upload [^.;]{0,60}(?:to|into) (?:our |the )?(?:storage|drive|cloud)', '(?:general|generic) (?:file )?storage']);
add('cue:storage_space', 'zh', 'storage space on our servers given to each user, with a quota or more to buy (网盘-like: 50G 免费、可扩容)', ['(?:免费|赠送|送|每人|每位[^，。；]{0,4})(?:获得|领取|拥有|享有|获赠)?\\s?\\d+\\s?(?:G|GB|T|TB|g)\\s?(?:的)?(?:免费)?(?:云端|云)?(?:空间|存储|容量)', '(?:存储|云端|云)?(?:空间|容量)[^，。；\\n]{0,6}(?:可|支持|按月|付费)?扩容', '(?:自动)?备份到(?:我们的|公司的|平台的)?(?:服务器|云端|云上|云盘)']);
add('cue:storage_space', 'en', 'storage space on our servers given to each user, with a quota or more to buy', ['\\d+ ?(?:GB|TB) (?:of )?(?:free )?(?:cloud )?(?:storage|space)', '(?:storage|space) (?:quota|upgrades?|plans?)\\b', 'back(?:ed|s)? up (?:automatically )?to our (?:servers|cloud)', 'buy more (?:storage|space)']);
add('cue:any_files', 'zh', 'files of any kind, not only this feature\'s own (压缩包、任意格式文件)', ['压缩包', '(?:任意|任何|各类|各种|所有)(?:格式|类型)?的?(?:文件|档案)', '(?:文档|文件)[^，。；\\n]{0,6}(?:不限格式|格式不限)']);
add('cue:any_files', 'en', 'files of any kind', ['(?:any|all) (?:kind of |type of |kinds of |types of )?files', 'zip (?:files|archives)', 'archives? (?:files )?(?:and|or) documents?', 'documents? (?:and|or) (?:zip )?archives?']);
add('cue:storage_others', 'zh', 'file storage we provide to partners or customers', ['(?:给|为|向)(?:商家|合作方|品牌方|客户|企业)[^，。；]{0,8}(?:提供)?(?:存储空间|网盘|云盘|文件存储)', '(?:商家|合作方|品牌方|客户)[^，。；]{0,10}上传[^，。；]{0,16}(?:到|至)?我们(?:提供)?的(?:存储|网盘|云盘)']);

add('B25-3', 'en', 'reviews written by users for others to read', ['(?:product|user|customer|guest|buyer) reviews?', '(?:write|writes|leave|leaves|post|posts) (?:a )?reviews?', 'reviews (?:and ratings|can now)']);

add('cue:licensed', 'en', 'the provider works under its own licence', ['under (?:its|their|[A-Z][\\w-]*[\'’]s)(?: own)? (?:[\\w-]+ ){0,2}licen[cs]e', '(?:map|maps) (?:is|are) (?:rendered|served|provided|drawn) entirely by']);
add('cue:coupon_def', 'zh', 'what is called a red packet or gold is defined as a coupon, not cash', ['(?:红包|金币|奖励金)[」”"]?(?:是|为|指|即)[^，。；]{0,16}(?:优惠券|满减券|折扣券|代金券|抵用券)', '(?:红包|金币)[^，。；]{0,10}不是现金']);
add('cue:coupon_def', 'en', 'a red packet defined as a coupon', ['(?:red packets?|red envelopes?|rewards?)[\'’"”]? (?:is|are) (?:a |an )?(?:discount )?(?:coupons?|vouchers?)', 'not cash']);

add('cue:fin_act', 'zh', 'buying, selling or redeeming financial products on the page', ['申购', '认购', '赎回', '代销', '定投', '(?:购买|买入|投保|下单|开户)[^，。；]{0,6}(?:基金|保险|理财|股票|债券|保单)']);
add('cue:fin_act', 'en', 'buying or selling financial products on the page', ['(?:buy|purchase|subscribe to|redeem|sell)s? (?:the |our |a )?(?:[\\w-]+ ){0,2}(?:funds?|policies|policy|bonds?|shares)', 'distribut(?:e|es|ing) (?:the )?funds']);

add('B25-4', 'zh', 'one user sending messages straight to another, by what it does', ['(?:任何用户|陌生人|其他用户|别的用户|别人|对方|队友|买家|卖家)(?:都)?(?:能|可以)?(?:直接)?(?:给|向)(?:你|我|他|她|对方|TA|ta)(?:直接)?发(?:消息|私信|信息|一句话)', '(?:两人|双方|两个用户)[^，。；]{0,12}一对一(?:地)?(?:聊|私聊|对话|沟通)']);
add('cue:two_way', 'zh', 'sending to each other', ['互相发(?:送)?', '相互发(?:送)?']);
add('cue:can_reply', 'zh', 'the receiver answers straight back', ['(?:点开|收到后)?(?:就)?(?:能|可以)直接回(?:复|消息)?']);

add('cue:alternatives', 'zh', 'whether to include something, left to a later assessment (是否加…，由…再评估)', ['是否(?:同时)?(?:包括|包含|加|增加|提供|支持|做|上|开放|面向|允许)[^。；\\n]{1,60}?(?:再评估|再定|待定|待评估|还在讨论|还在评估|另行评审|由[^。；，\\n]{1,12}?(?:下季度|下个?月|下周|之后|后续|年后|另行)(?:再)?(?:评估|研究|决定)|(?:尚未|还没有?|没有)(?:研究|讨论|决定|评估)|意见(?:尚|还)?不(?:一致|统一)|(?:尚|还|仍)有分歧)']);
add('appr:finance', 'en', 'lending by what it does: money sent now, paid back over months', ['pa(?:y|ying) (?:it|this|that|the (?:money|amount|advance|loan)) back (?:over|in|within) (?:\\d+|one|two|three|six|twelve)', '(?:sent|paid|transferred) to (?:my|your|their|the user[\'’]s) bank card[^.;]{0,60}pay (?:it )?back']);

add('cue:product_page', 'zh', 'a product\'s own detail page (商品详情页, 主图)', ['商品详情页', '产品详情页', '商品页', '产品页', '详情页首图', '商品主图', '主图视频', 'PDP']);
add('cue:product_page', 'en', 'a product\'s own detail page', ['product (?:details? )?pages?', 'PDPs?', 'product listings?']);
add('cue:video', 'zh', 'short video, also a video (for rules about where a video is shown)', ['短视频']);
add('cue:video', 'en', 'short video, also a video', ['short videos?']);
add('appr:audiovisual', 'en', 'live video shown to users: a live broadcast by another name', ['live video(?! calls?| chats?| consult(?:ation)?s?| meetings?| conferenc(?:e|es|ing)| support| inspections?| surveys?)']);
add('cue:current_topic', 'zh', 'current affairs by what they are: events at home and abroad, social hot topics, the stock market\'s day', ['国内外(?:大事|要闻|热点)', '(?:国内|国际)(?:大事|要事|形势|局势)', '(?:社会|时事|财经|国际|国内)热点', 'A ?股', '港股', '美股', '大盘(?=走势|行情|点位|指数|[涨跌]|分析|解读|收)', '收盘(?:点评|行情|快评)']);
add('cue:current_topic', 'en', 'current affairs by what they are', ['current events', 'world events', 'top stories', '(?:stock )?market close', 'what happened (?:overnight|yesterday|today) (?:in|around) the (?:world|country)']);
add('cue:alternatives', 'zh', 'options listed in brackets and left unwritten (（站内聊、交换手机号、还是评论区）还没写)', ['[（(][^（）()\\n]{1,40}(?:还是|或者|或)[^（）()\\n]{1,40}[）)][^，。；\\n]{0,10}(?:还没|没|未|待)(?:写|定|说|确定|想好|明确)']);
add('cue:undecided', 'zh', 'how it is to be done is not written yet (联系方式怎么实现…还没写)', ['(?:联系|沟通|交流|互动|对接)方式(?:怎么|如何)(?:实现|做|落地)[^。；\\n]{0,50}?(?:还没写|没写|没说|没定|未定|待定|还没想好|没想好)']);
add('B25-4', 'zh', 'chatting inside our app (站内聊)', ['站内聊(?:天)?']);
add('cue:ai', 'zh', 'talking with an assistant or a language model, not with another user (用户和模型之间的问答)', ['(?:和|与|跟)(?:AI ?|智能|问答|客服|说明书|购物|虚拟)?(?:助手|模型|机器人)(?:之间|的对话|对话)?', '(?:语言|对话|问答|AI ?)模型', '模型(?:只|仅|会)?(?:根据|基于|依据)']);
add('cue:own_writing', 'zh', 'written by our own editors (本站编辑原创; 只写做饭)', ['(?:本站|本刊|我们的?|自家|站内)?编辑(?:部|团队)?(?:自己)?原创', '(?:只|仅)(?:写|讲|聊|介绍)(?:做饭|菜谱|烹饪|穿搭|装修|旅行|健身|育儿|养宠|护肤|数码|家居)']);
add('cue:offline_class', 'zh', 'classes held in person at a venue, not taught online', ['到(?:店|馆|场馆|门店|教室|校区)(?:上课|学习|训练|练习|体验|参加)', '线下(?:门店|场馆|课堂|课程|课|上课|授课|教学|训练营|教室|校区)的?']);
add('cue:offline_class', 'en', 'classes held in person', ['in[- ]person (?:classes|lessons|sessions|training|workshops?)', '(?:classes|lessons|sessions|workshops?) (?:held )?(?:in[- ]person|on[- ]site|at (?:the|our) (?:studio|gym|store|centre|center|venue|school))', 'offline (?:classes|lessons|courses)']);
add('cue:online_teach', 'zh', 'teaching delivered online', ['(?:线上|在线|网上|网络|直播|录播|视频|远程)(?:课|课程|授课|教学|上课|辅导|答疑|教程|班)', '网课', '云课堂']);
add('cue:online_teach', 'en', 'teaching delivered online', ['(?:online|live-?streamed|recorded|video|virtual|remote) (?:classes|courses|lessons|tutoring|teaching|coaching)', 'e-?learning']);
add('cue:symptom', 'zh', 'skin complaints a user shows or describes', ['痘痘', '粉刺', '痤疮', '红血丝', '色斑', '皮疹', '皮肤问题', '(?:身体|哪里)不舒服']);
add('cue:symptom', 'en', 'how a user feels, skin complaints', ['how (?:they|you|he|she) feels?', 'acne', 'skin (?:problems|conditions|issues)']);
add('cue:ai', 'zh', 'AI that recognises or analyses what a user shows it', ['AI ?(?:识别|分析|检测|测肤|诊断|判断)', '智能(?:识别|分析|检测|测肤)']);
add('cue:alternatives', 'zh', 'a heading of open questions (待定：…; 待确认：…): what the line asks is not decided', ['(?:待定|待确认|待讨论|未决问题|开放问题|遗留问题)[：:][^\\n]{1,200}']);
add('cue:alternatives', 'en', 'a heading of open questions (Open questions: …; TBD: …)', ['(?:open questions?|TBD|to be decided|undecided)\\s?[：:][^\\n]{1,400}']);
add('cue:public_audience', 'zh', 'a staged rollout that ends with the public (按城市分批放量, 全量给所有用户): a staff pilot first is not a staff-only tool', ['按(?:城市|渠道|地区|区域|批次)(?:分批)?(?:放量|上线|开放)', '(?:放量|全量)(?:到|至|给)(?:全部|所有|全体)?用户', '(?:再|逐步|之后)?放量(?:到|至)\\s?100\\s?%', '(?:内部|员工)[^，。；]{0,10}灰度[^。；\\n]{0,20}(?:再|之后|然后)[^。；\\n]{0,10}(?:放量|全量|对外|开放|上线)']);
add('cue:public_audience', 'en', 'a staged rollout that ends with the public', ['(?:roll(?:s|ed|ing)?|ramp(?:s|ed|ing)?) (?:it )?(?:out |up )?to (?:all (?:users|customers)|everyone|100 ?%)', 'general availability', 'dogfood(?:ing|ed)? (?:by|with|among) (?:staff|employees)[^.;\\n]{0,40}(?:then|before)']);
add('appr:drugs', 'zh', 'contact lenses are medical devices (隐形眼镜, 美瞳, 彩片, 日抛)', ['隐形眼镜', '美瞳(?!妆|风)', '彩瞳', '角膜塑形镜', 'OK ?镜', '彩片', '(?:日抛|月抛|半年抛|年抛)(?!型)']);
add('appr:drugs', 'en', 'contact lenses are medical devices', ['contact lens(?:es)?', 'coloured contacts', 'colored contacts']);
add('B11', 'zh', 'a server of its own opened for each customer, who runs their own systems on it (IDC)', ['(?:为|给)(?:每个|每家|每位)?[^，。；]{0,10}(?:商家|客户|企业|用户)(?:单独|独立)?(?:开通|分配|提供|创建)(?:一台|一个|一套)?(?:专属|独立|独享)?(?:的)?(?:云主机|云服务器|虚拟机|VPS|服务器)', '(?:商家|客户|企业)(?:获得|拥有|有)\\s?root\\s?权限', '(?:自行|自己)部署(?:其他|自己的|任意)?(?:系统|应用|程序|数据库|网站)']);
add('B11', 'en', 'a server of its own opened for each customer (IDC)', ['(?:dedicated|own|private) (?:cloud )?(?:servers?|VMs?|virtual machines?|VPS) (?:for|to) (?:each|every|our) (?:merchants?|customers?|clients?|tenants?)', '(?:customers?|merchants?|clients?|tenants?) (?:get|gets|have|has) root access']);
add('appr:culture', 'zh', 'digital art works sold as collectibles', ['数字艺术(?:作品|卡|藏品)', '(?:数字|虚拟)(?:收藏卡|收藏品)', '藏品馆']);
add('appr:culture', 'en', 'digital art works sold as collectibles', ['digital art (?:works?|pieces?|cards?|prints?)', 'limited[- ]edition digital (?:art|cards?|prints?)']);
add('cue:vague_between', 'en', 'users let to interact with one another, the channel not said', ['(?:users|shoppers|buyers|customers|members|players|readers|fans) (?:to )?interact with (?:each other|one another)']);
add('B21', 'en', 'other companies exchanging orders or trade documents with one another through our hub (EDI for others)', ['exchange (?:purchase )?orders (?:[\\w-]+ ){0,2}with each other', 'shared (?:order |trade |EDI |data )?exchange for (?:third parties|others|other (?:companies|retailers|suppliers))']);
add('B21', 'zh', 'other companies exchanging orders with one another through our hub', ['(?:供应商|商家|企业|零售商)(?:之间|彼此)(?:互相)?(?:交换|传递|互传)(?:订单|单据|采购单)']);
add('cue:others_sell', 'zh', 'others selling on our platform (在平台上卖东西)', ['(?:在|到)(?:我们的?|咱们的?)?平台上?(?:卖东西|开店|卖货|售卖商品|销售商品)']);
add('cue:own_writing', 'zh', 'our own release notes (更新日志), the company\'s own news section (公司动态)', ['更新日志', '版本(?:更新)?说明', '(?<!政策|法规|规则)更新说明', '产品更新公告', '(?:公司|企业|集团|品牌)(?:动态|大事记)']);
add('cue:own_writing', 'en', 'our own release notes; mail about our own products', ['changelogs?', 'release notes', '(?:e-?mails?|newsletters?|digests?) about our (?:own )?(?:new )?(?:[\\w-]+ ){0,2}(?:products|flavou?rs|menus?|dishes|recipes|stores|store openings|collections|releases|launches)']);
add('benign:account', 'zh', 'a form that takes a user\'s own details (保修登记表收集姓名、电话)', ['(?:登记|报名|注册|信息|保修|预约|申请)表单?(?:收集|填写|需填)[^，。；]{0,12}(?:姓名|手机号?|电话|地址|邮箱)']);
add('benign:account', 'en', 'a form that takes a user\'s own details', ['(?:registration |sign-?up |warranty |contact |booking )?forms? \\((?:collects?|asks? for|takes) [^)]{0,60}\\)', '(?:form|forms) (?:that )?(?:collects?|asks? for|takes) (?:the |their )?(?:name|names|phone|e-?mail|address)']);
add('benign:ui', 'zh', 'a store\'s own phone number shown on its card (营业时间、电话、导航)', ['(?:营业时间|地址|门店地址)[、，,/]\\s?(?:联系)?电话', '(?:门店|店铺|商家|酒店|网点)(?:联系)?电话']);
add('benign:ui', 'en', 'a store\'s phone number shown on its card', ['(?:opening hours|address)(?:, | and | & )(?:phone|telephone)(?: number)?', '(?:store|shop|branch|hotel)[\'’]?s? (?:phone|telephone) numbers?']);
add('cue:in_messenger', 'zh', 'the user is sent out to a messenger to talk there (企业微信二维码; 去微信里加好友); wide, so the messenger and link-out words inside still count', ['(?:企业微信|企微|微信|钉钉)[^，。；]{0,2}(?:二维码|名片|链接)', '(?:去|到|跳转到?|拉起)(?:企业微信|企微|微信|钉钉)[^，。；]{0,2}(?:加好友|添加|聊|沟通|联系)']);
add('cue:in_messenger', 'en', 'the user is sent out to a messenger to talk there', ['(?:WeChat|WeCom|WhatsApp|LINE|Telegram)[ -]{1,2}(?:QR codes?|contact cards?|links?)', '(?:continue|chat|talk|message)[ ]{1,2}(?:with [\\w-]+ )?(?:in|on|via) (?:WeChat|WeCom|WhatsApp|LINE|Telegram)']);
add('cue:licensed', 'en', 'the operator holds its own licence, or the named one', ['holds? (?:the |a |an |its |their )?(?:own )?[^.;\\n]{0,40}(?:licen[cs]e|permit|许可|资质|牌照|资格)']);
add('cue:delegate', 'en', 'the partner does the regulated part on its side (they host, price and sell)', ['(?:they|the partner|the provider|the operator) (?:also )?(?:host|sell|handle|run|operate|price|dispatch|stream|publish)s?\\b']);
add('cue:undecided', 'en', 'not fixed or designed yet, still being negotiated', ['not (?:yet )?(?:fixed|designed|agreed|chosen|specified|scoped|defined)(?: yet)?', 'being (?:negotiated|discussed|worked out|decided)', '(?:has|have) not (?:yet )?been (?:decided|designed|settled|agreed)']);
add('cue:alternatives', 'en', 'the form left open under a heading ("Format not fixed yet: a text thread, or a live video session")', ['(?:format|form|shape|channel|mechanics?|design|medium)s? (?:is |are )?(?:still )?(?:not (?:yet )?(?:fixed|decided|settled|final|agreed|designed|chosen)(?: yet)?|undecided|TBD|open)\\s?[:：—–-][^\\n]{1,300}']);
add('cue:alternatives', 'zh', 'options in brackets, then still being discussed in the sentence (形式（公开问答 or 一对一聊天）…还在和合规讨论)', ['[（(][^（）()\\n]{1,30}(?: or | OR |还是|或者|或|/)[^（）()\\n]{1,30}[）)][^。；\\n]{0,40}?(?:还在|仍在|正在|尚在|待)(?:和|跟|与)?[^，。；]{0,6}?(?:讨论|评估|确认|商量|定)']);
add('cue:reach', 'en', 'the channel a reply comes back by', ['reply channel', 'channel for (?:the )?replies', 'how (?:they|users|members|we) (?:get|are) (?:the )?(?:reply|replies|answers?)']);
add('cue:content_kind', 'zh', 'what kinds of content it carries', ['内容(?:类型|形式|品类|范围)', '(?:什么|哪些|哪类)内容']);
add('cue:content_kind', 'en', 'what kinds of content it carries', ['content (?:types?|kinds?|formats?|mix)', '(?:types?|kinds?) of content', 'what content']);
add('cue:symptom', 'en', 'pain or injury a user describes', ['where it hurts', '(?:knee|back|joint|ankle|shin|neck|shoulder|hip) (?:pain|injur(?:y|ies))', 'injur(?:y|ies)', 'medical conditions?', 'blood sugar', 'glucose readings?', '(?:gestational )?diabetes', '(?:peanut |food )?allerg(?:y|ies)']);
add('cue:symptom', 'zh', 'a condition a user describes', ['血糖', '糖尿病', '高血压', '慢性病', '哪里疼', '(?:膝盖|腰|脚踝|关节|肩)(?:疼|痛)']);
add('cue:unnamed_expert', 'en', 'dietitians, nutritionists, physiotherapists: health professionals who are not doctors', ['dietitians?', 'nutritionists?', 'physiotherapists?', 'physical therapists?']);
add('cue:unnamed_expert', 'zh', 'health professionals who are not doctors', ['康复师', '理疗师', '营养顾问']);
add('cue:unnamed_expert', 'zh', 'answerers or opinions called professional, whose qualification is not said', ['专业人员', '专业意见', '专业团队(?:解答|回复|解读)']);
add('cue:symptom', 'zh', 'feeling unwell, or records of a person\'s health (病历, 化验单)', ['身体不适', '不适症状', '病历', '化验单', '检验报告', '体检报告', '检查报告']);
add('cue:consult', 'zh', 'health readings explained to the user', ['解读[^，。；\\n]{0,6}(?:指标|报告|结果|数据)']);
add('cue:media_unsaid', 'zh', 'a voice message whose destination is not said (录制…语音留言)', ['语音留言']);
add('cue:vague_between', 'en', 'businesses sending messages to the users who follow them, one-way or a conversation not said', ['(?:brands|merchants|sellers|creators|partners|shops|stores) (?:will be able to |can |may )?(?:send|message)(?:s)? (?:messages )?(?:to )?(?:the )?(?:users|followers|fans|customers)(?: who follow them)?']);
add('cue:outside_content', 'zh', 'a hospital\'s or partner\'s content shown in our section (内容由医院方提供)', ['内容由(?:合作)?(?:医院|诊所|机构|院方)(?:方)?提供']);
add('cue:local_affairs', 'zh', 'what is happening in a city, summed up (本周城事, 同城要闻)', ['城事', '同城(?:要闻|热点|新鲜事|大事)', '本地(?:要闻|新闻|热点|大事)']);
add('appr:ride_hailing', 'en', 'a driver assigned by our dispatch', ['(?:assign|dispatch|match)(?:s|es|ed)? (?:the |a )?(?:nearest|closest|available) (?:[\\w-]+ ){0,2}drivers?', 'dispatch engine']);
add('appr:education', 'en', 'tutoring by what it does: homework answered by teachers we hire', ['homework (?:help|questions|answers|support)', '(?:teachers|tutors)(?: we hire| we employ)? (?:write|give|provide|post) (?:[\\w-]+ ){0,2}answers']);
add('appr:education', 'zh', 'exam preparation sold as a service (雅思批改, 考研辅导)', ['(?:雅思|托福|GRE|GMAT|SAT|四六级|考研|考公|教资|专升本)[^，。；\\n]{0,6}(?:批改|辅导|培训|课程|陪练|冲刺班|保过|押题)']);
add('appr:education', 'zh', 'homework answered by teachers', ['作业(?:辅导|答疑|帮助|解答)', '(?:老师|教师)[^，。；]{0,8}(?:解答|讲解)[^，。；]{0,6}(?:作业|习题|题目)']);
add('cue:cannot_disable', 'zh', 'a switch the user turned off put back on (每次版本更新后恢复为开启)', ['(?:开关|推送|通知)[^。；]{0,20}(?:恢复|重置|改回)(?:为|成)?(?:默认的?)?(?:开启|打开)(?:状态)?', '(?:重新|自动)(?:打开|开启)(?:用户)?(?:已经?)?关(?:闭|掉)的(?:推送|通知|开关)']);
add('cue:cannot_disable', 'en', 'a switch the user turned off put back on', ['(?:reset|restore|switch|turn)(?:s|ed)? (?:[\\w-]+ ){0,4}(?:back )?(?:on|to (?:on|enabled|the default))(?: after| on| with)? (?:each|every) (?:update|release|upgrade)']);
add('cue:optout_hard', 'zh', 'opting out only by calling a hotline (the switch gone)', ['(?:退订|关闭)[^。；]{0,20}(?:拨打|致电|联系)(?:客服)?(?:热线|电话)', '(?:拨打|致电)[^。；]{0,10}(?:客服)?(?:热线|电话)[^。；]{0,20}(?:退订|关闭)', '(?:设置页?|设置里)[^，。；]{0,4}不再提供(?:推送|通知|退订)?开关']);
add('cue:optout_hard', 'en', 'opting out only by calling a hotline', ['(?:unsubscribe|opt out|turn (?:it|them) off)[^.;]{0,40}(?:call|phone|ring) (?:our |the )?(?:hotline|support line|customer service)', 'no (?:longer )?(?:a |an )?(?:in-app )?(?:toggle|switch) (?:in|on) (?:the )?settings']);
add('appr:audiovisual', 'zh', 'a video series by what it is: episodes, an episode list, watching back', ['(?:一档|系列|自制|原创|改造|综艺|访谈|纪实)节目', '节目(?:列表|播放|上线|每期)', '每期\\s?\\d+\\s?分钟', '分集(?:选择|播放|列表)?', '随时回看', '观看进度']);
add('cue:public_space', 'zh', 'replying to each other\'s posts on a board (互相回帖交流): a forum, in public', ['(?:互相|彼此|相互)?(?:回帖|跟帖|盖楼)']);
add('cue:neg', 'zh', 'a user\'s complaint quoted as it was said (用户原话：「退款一周才到，是不是拿去理财了」), asking for nothing: the user\'s words, not the feature', ['(?:用户|客户|业主|买家|网友)(?:原话|原声|原文|吐槽)[：:]\\s?(?=[「“"](?:(?!能不能|能否|可不可以|可以|想要?|希望|求|加个|开个|做个|要是|就好|就更好|[？?])[^」”"\\n])*[」”"])'], 'sentence');
add('cue:public_space', 'zh', 'shown for other buyers to see', ['供(?:其他|别的)(?:买家|用户|人|顾客)(?:参考|查看|观看|浏览)']);
add('cue:alternatives', 'en', 'two options set out ("one option is …, the other is …")', ['one option (?:is|would be) [^.;\\n]{1,160}?[,;] (?:the other|another)(?: option)? (?:is|would be) [^.;\\n]{1,240}']);
add('cue:alternatives', 'zh', 'several proposals set out and one to be chosen later (给出了两种方案：A，或 B，…将于 12 月由理事会决定)', ['(?:两|三|几|多)(?:种|个|套)(?:方案|选项|做法|实现方式|模式|思路)[：:][^。\\n]{1,200}?(?:将于|将在|待|由|交由|提交)[^。；\\n]{0,30}?(?:决定|确定|拍板|定夺|选定|决策)']);
add('cue:alternatives', 'zh', 'colleagues hold two views (有编辑认为…，也有编辑打算…)', ['有(?:人|编辑|同事|同学|领导)(?:认为|觉得|建议|提议)[^。；]{1,60}?[，,]\\s?(?:也|还|另)有(?:人|编辑|同事|同学|领导)(?:打算|认为|觉得|想|提议|建议)[^。；]{1,80}']);
add('appr:religion', 'zh', 'clergy and doctrine', ['道长', '道家(?:说法|思想|教义|经典)', '住持', '方丈', '法师(?:讲|开示|带领)', '牧师', '神父', '开示']);
add('cue:current_topic', 'en', 'policy and market events', ['policy changes', 'market events', 'reported elsewhere', 'policy moves', '(?:stories|headlines) of the day', 'the day[\'’]s (?:top |big |main )?(?:stories|headlines)']);
add('cue:news_act', 'en', 'stories picked by editors for a digest', ['(?:pick|select|choose|curate)(?:s|ed|ing)? [^.;\\n]{0,24}?stories']);
add('B25-3', 'en', 'questions answered in public (a public Q&A by what it does); wide, so "answer" still counts as answering', ['answer(?:s|ed)?[ ]{1,2}(?:them |it |questions )?(?:publicly|in public|for everyone to (?:see|read))', 'public(?:ly)?[ ]{1,2}(?:answers?|replies)']);
add('cue:affiliate', 'en', 'a fee for sending users to a partner, and the partner\'s own storefront', ['commissions? (?:under|from|per) (?:the |our |an? )?(?:existing )?(?:partnership|referral|affiliate)', '[\'’]s storefront', 'storefront in (?:their|its) (?:own )?(?:mini-?program|app|site)']);
add('cue:affiliate', 'zh', 'a fee for sending users to a partner', ['导流费', '推荐费', '引流费']);
add('cue:licensed', 'en', 'our accounts never hold the money or the loan; it all happens in the provider\'s cashier', ['never (?:receive|hold|touch)s? (?:the )?(?:loan|customer money|user funds|users[\'’] money|the money|any funds)', '(?:happens?|takes? place) (?:entirely |wholly )?inside (?:Alipay|WeChat Pay|UnionPay|[A-Z][\\w-]*)[\'’]s (?:cashier|checkout)']);
add('cue:delegate', 'en', 'on the partner\'s own map, page or player; a link out', ['(?:on|in|into) (?:their|its|the partner[\'’]s) (?:own )?(?:map|app|page|site|player|widget|mini-?program)', '(?:show|add|put)s? a (?:deep )?link\\b', 'a (?:deep )?link (?:to|that opens)']);
add('cue:offline', 'zh', 'done in person on site (医生现场量血压、做健康咨询)', ['(?<!直播|视频|线上|云)现场(?:量|测|做|咨询|义诊|讲解|服务|办理)', '义诊']);
add('cue:voip_route', 'zh', 'calls placed or bridged through our own lines (网络电话, 回拨, 隐私号)', ['网络电话', 'VoIP', '(?:我们|平台|我方)(?:自己)?的?(?:线路|中继|外呼系统|呼叫中心)', '回拨', '隐私号', '虚拟号', '中间号', '(?:我们|平台)(?:来)?(?:接通|转接|桥接)']);
add('cue:voip_route', 'en', 'calls placed or bridged through our own lines', ['VoIP', '(?:we|our servers?|our platform) (?:route|connect|bridge|place|relay)s? (?:the )?calls', 'call (?:bridging|routing|relay)', 'virtual numbers?', 'masked numbers?', 'number masking']);
add('benign:commerce', 'zh', 'paying for our own goods at checkout, by Alipay\'s or a card issuer\'s instalments', ['结算页', '花呗(?:分期)?', '信用卡分期']);
add('cue:delegate', 'en', 'opening a partner\'s own mini-program, app or page', ['(?:opens?|launch(?:es)?) (?:the |a |their )?(?!our )[^.;\\n]{0,40}?[\'’]s (?:[\\w-]+ )?(?:mini-?program|app|site|page)']);
add('cue:pair', 'en', 'the two parties of an exchange', ['either party', 'both parties', 'the other (?:party|side|person)', '(?:that|which) the other (?:sees|gets|receives|reads)']);
add('cue:two_way', 'en', 'exchanging messages or pictures back and forth', ['exchange (?:text|texts|messages|photos|pictures|files|notes|voice notes)(?: and (?:text|texts|messages|photos|pictures|files))?']);
add('cue:group', 'en', 'a room made for the members of a deal or event', ['(?:creates?|opens?|sets? up) a (?:chat )?room for (?:everyone|all|the members|participants|the group)']);
add('appr:finance', 'en', 'selling funds by what happens: the subscription completed in our app, the money collected through our account', ['fund subscriptions?', 'money[- ]market funds?', '(?:money|payments?|premiums?) (?:is |are )?collected (?:through|into|in|via) our (?:own )?accounts?', 'passed (?:on )?to the (?:fund|insurance) compan(?:y|ies)']);
add('B11', 'en', 'server capacity rented to other businesses (IDC)', ['rent (?:a slice of |part of |some of )?our (?:server|compute|cloud|data-?cent(?:er|re)) capacity', 'virtual machines? (?:for|to) (?:customers|clients|studios|businesses|merchants)', '(?:host|run) (?:their|its) own (?:websites?|sites|servers|systems|file archives)', 'billed (?:monthly |hourly )?per (?:instance|VM|server)']);
add('cue:game', 'zh', 'a care-and-grow game by what it is (a virtual pot watered daily until it blooms)', ['虚拟(?:花盆|宠物|农场|果树|花园|小屋|鱼塘|庄园)', '(?:浇水|施肥|喂养|喂食)[^，。；]{0,12}(?:开花|长大|升级|结果|成熟)', '种花玩法', '养成玩法']);
add('cue:game', 'en', 'a care-and-grow game', ['virtual (?:pot|pet|farm|garden|tree|plant)s?', '(?:water|feed)s? (?:it|them|the plant|the pet)[^.;]{0,30}(?:blooms?|grows?|levels? up)']);
add('cue:game_money', 'zh', 'paid boosters', ['加速(?:道具|肥料|卡|包)']);
add('cue:neg', 'zh', 'the original plan, replaced later in the sentence (原来计划…，评审后决定不…/改为…): the plan\'s own clause is not what ships', ['(?:原来|原本|本来|原先|原)的?(?:计划|打算|方案)(?=[^。；\\n]{1,40}(?:后决定|后改为|现在改为|改为|改成|决定不|不再|取消了?|砍掉))'], 'clause');
add('cue:media_unsaid', 'zh', 'uploads whose file formats are left unlisted', ['(?:上传|作品)[^。；]{0,60}(?:具体格式|文件格式)[^。；]{0,16}(?:没有列出|未列出|没列|未定|待定|没写|没说|由[^，。；]{0,6}决定)']);
add('cue:media_unsaid', 'en', 'uploads whose file formats are left unlisted', ['upload[^.;]{0,60}formats? (?:are |is )?(?:not (?:yet )?(?:listed|specified|stated|decided)|left to [^.;]{0,20})']);
add('cue:user_sender', 'zh', 'an ordinary user who sends notices to other users (团长/群主 are users)', ['(?:团长|群主|组长|班长|队长|楼长)[（(](?:个人|普通)?用户[）)]', '(?:个人用户|普通用户)[^，。；]{0,6}(?:可以)?(?:给|向)[^，。；]{0,12}(?:发|推送|群发)(?:一条)?(?:文字)?(?:通知|消息)']);
add('cue:user_sender', 'en', 'an ordinary user who sends notices to other users', ['(?:group|team|club) (?:leaders?|organi[sz]ers?|hosts?)[^.;]{0,20}(?:can )?(?:send|post|push)s? (?:a )?(?:notices?|messages?|announcements?) to (?:all |every )?(?:the )?(?:members|participants)']);
add('cue:fetch_pasted', 'zh', 'a page another site serves, fetched for the user when they paste its link', ['(?:粘贴|贴)[^，。；]{0,6}(?:链接|网址|URL)[^。；]{0,30}(?:抓取|读取|获取|解析|总结|摘要)']);
add('cue:fetch_pasted', 'en', 'a page another site serves, fetched when the user pastes its link', ['paste (?:a |any |the )?(?:single )?(?:URL|link|web address)[^.;]{0,120}(?:fetch|read|summari[sz]|compar)', '(?:the )?page is fetched (?:once|on demand)']);
add('cue:news_act', 'zh', 'summarised in our words', ['概括', '梳理']);
add('cue:current_topic', 'zh', 'trending topics on other platforms', ['(?:微博|百度|抖音|知乎)热搜(?:榜)?', '热搜榜']);
add('cue:delegate', 'en', 'it all happens in the partner\'s service', ['(?:all |entirely )?happen(?:s)? (?:entirely )?(?:in|inside|within) (?:the )?[A-Z][\\w-]*', 'opens? (?:them|it) in (?:the )?[^.;\\n]{1,20} app']);
add('cue:licensed', 'en', 'the rights and licensing are the partner\'s', ['(?:playback|licensing|rights|copyright)(?: and (?:playback|licensing|rights|copyright))? (?:are|is|stay|remain)s? (?:with )?[A-Z][\\w ]{0,20}[\'’]s\\b']);
add('cue:staff', 'en', 'a team of ours who call back or handle it', ['(?:leasing|sales|service|concierge|front[- ]desk|booking|reservations) team']);
add('benign:privacy_ui', 'en', 'data kept on the user\'s own phone', ['stays? on (?:the|their|your|the user[\'’]s) (?:phone|device)', 'on-device']);
add('B25-3', 'en', 'questions under a product answered by people who bought it (a public Q&A)', ['ask a question (?:under|on|about) (?:a |the )?', '(?:people|buyers|owners|customers) who (?:have )?(?:already )?(?:bought|own|used) it (?:can )?answer']);
add('benign:link_out', 'en', 'a button that opens another company\'s app by deep link, details pre-filled', ['(?:opens?|launch(?:es)?) (?:the )?[^.;\\n]{1,30} app (?:via|through|with|using) (?:a )?deep[- ]?link', 'deep[- ]?links? (?:in)?to (?:the )?[^.;\\n]{1,30} app']);
add('benign:link_out', 'zh', 'a button that opens another company\'s app, details pre-filled', ['(?:拉起|唤起|跳转到?|打开)[^，。；]{1,12}(?:App|APP|小程序)[^，。；]{0,10}(?:预填|带上|填好|自动填入)']);
add('cue:affiliate', 'zh', 'commission we pay our promoters (团长, 分销员) for the sales they bring', ['佣金(?:按月|每月)?(?:打到|发放给|发给|结算给|付给)(?:团长|推广员|分销员|达人)', '(?:团长|推广员|分销员)(?:的)?佣金']);
add('cue:deferred', 'zh', 'the scope and interaction are in a document elsewhere, or the partner agreement decides them', ['(?<!埋点|数据|监控|测试|走查|视觉|排期|技术|实现|架构|接口)(?:范围|交互|细节|方案|需求|详情|结算方式|合作模式)[^，。；]{0,8}见[^，。；]{0,6}(?:文档|wiki|Wiki|PRD|附件|链接|需求池)(?:[（(]未附[）)])?', '(?:内容|形式|方式|范围|来源)[^。；]{0,20}以(?:双方)?(?:的)?(?:合作)?(?:协议|合同|约定)为准']);
add('cue:unnamed_expert', 'zh', 'childcare specialists answering about children\'s health', ['育婴师', '育儿师', '育儿顾问', '早教师', '月嫂']);
add('cue:cannot_disable', 'zh', 'no way offered to turn it off or skip it', ['(?:不提供|没有|无|不设)(?:任何)?(?:关闭|退订|屏蔽|跳过)(?:的)?(?:选项|开关|入口|按钮|方式)', '(?:都)?不可(?:跳过|关闭)', '(?:无法|不能)(?:跳过|关闭)(?!按钮)']);
add('cue:for_others', 'zh', 'a space for other companies, who post there themselves', ['(?:为|给)(?:各地|各家|其他)?的?第三方[^，。；]{0,12}(?:公司|企业|商家|机构|服务商)', '由这些(?:公司|企业|商家|机构|商户|服务商)(?:自己|自行)?发布']);
add('cue:undecided', 'en', 'still being agreed', ['(?:still )?being agreed(?: with [^.;]{1,30})?']);
add('cue:alternatives', 'en', 'what it means is left open ("whether this means articles, appointment links or something more")', ['whether (?:this|it|that) means [^.;\\n]{1,120}? or (?:something (?:more|else)|[^.;\\n]{1,60})']);
add('benign:commerce', 'zh', 'our own charges listed plainly (附加费用一并列明)', ['(?:附加|额外|其他)?费用(?:一并|均|都)?(?:列明|明示|标明|注明|写明)', '明码标价']);
add('cue:own', 'zh', 'our own library searched (在我们的说明书库中检索)', ['(?:我们|我司|本站|自家|自有)的?[^，。；]{0,6}(?:说明书库|资料库|知识库|文章库|商品库|题库|案例库)']);
add('cue:av_programme', 'zh', 'a programme, not a clip: series, channels, on demand, live', ['点播', '综艺', '真人秀', '剧集', '网剧', '短剧', '纪录片', '节目', '频道', '(?<![a-z])vlog', 'Vlog', '(?<!流量|请求|日志|数据|事件|消息|录制)回放', '分集']);
add('cue:av_programme', 'en', 'a programme, not a clip', ['episodes?', 'series', 'shows?', 'vlogs?', 'channels?', 'on[- ]demand', 'VOD', '(?<!(?:where|who|people|customers|users|they|we|you|families|residents|owners|homeowners|members|buyers|tenants) )live(?:stream)?']);
add('B21', 'en', 'other merchants selling their own goods through our order system, which settles with each of them', ['(?:restaurants|merchants|shops|stores|sellers|vendors|brands|hotels|studios) (?:can |may |will )?(?:put|list|sell|post) their own [^.;\\n]{0,40}? at prices they (?:choose|set)', 'runs? (?:the )?(?:monthly |weekly |daily )?(?:reconciliation|settlement|payouts?) for each (?:restaurant|merchant|shop|store|seller|vendor|partner)']);
add('B21', 'zh', 'other merchants selling through our order system, which settles with each of them', ['(?:餐厅|商家|门店|店铺|商户)(?:可以)?(?:自己|自行)?(?:上架|发布)[^。；]{0,20}(?:自己定价|自主定价|价格由(?:商家|餐厅|门店)(?:自己)?(?:定|决定))', '(?:为|给)每(?:家|个)(?:餐厅|商家|门店|商户)(?:做|进行|出)?(?:月度|每月)?(?:对账|结算)']);
add('B25-4', 'zh', 'a direct chat (直聊): users talking one-to-one', ['(?<!一)直聊']);
add('cue:ask_person', 'zh', 'a user puts questions to a named person who replies, the channel not said', ['(?:向|给|问)(?:教练|老师|设计师|医生|顾问|专家|房东|卖家|商家|店长|师傅|律师|营养师)(?:们)?(?:提问|咨询|发问|留言|提出问题)']);
add('cue:ask_person', 'en', 'a user asks a named person who replies, the channel not said', ['(?:ask|send)s? (?:a |their |the )?(?:coach|trainer|designer|doctor|adviser|advisor|expert|landlord|seller|stylist|lawyer|tutor)(?:es|s)? (?:a )?questions?']);
add('cue:one_way', 'zh', 'notices the system sends to users (系统发给用户的通知)', ['(?:平台|系统|官方)(?:单向)?(?:发给|发送给|推送给|下发给)(?:用户|全体用户|所有用户|你)', '只(?:承载|用于|放)[^，。；]{0,8}(?:系统|官方|平台)(?:的)?(?:通知|消息|公告)']);
add('cue:delegate', 'zh', 'shared through the messenger\'s own share sheet (微信自带的分享能力): the sending happens in their app', ['(?:微信|QQ|系统|手机)(?:自带|原生)的?(?:分享|转发)(?:能力|功能|面板|菜单)?']);
add('cue:own_infra', 'zh', 'a VPN or network only our own staff use (公司内部 VPN)', ['(?:公司|我司|办公)?内部\\s?VPN', '办公(?:网|室)?\\s?VPN', '(?:只是|仅是|都是)?我们自己用的(?:基础设施|网络|工具)']);
add('cue:own_infra', 'en', 'a VPN only our own staff use', ['(?:office|corporate|internal|company|staff)\\s(?:VPN|VPN gateway)', 'we do not offer the VPN']);
add('cue:inbox', 'zh', 'a site inbox (站内信, 站内消息): between users unless the text makes it the system\'s notices', ['站内信', '站内消息(?!(?:里|中|中心|栏)?[^，。；]{0,4}(?:提醒|通知|告知|推送))']);
add('cue:inbox', 'en', 'an inbox: between users unless the text makes it our notices', ['(?<!(?:HR|support|our|my|shared|team|e-?mail|mail|help|service|sales|company|the company[\'’]s|feed|timeline|fan|fans|followers?[\'’]?|粉丝|写扩散到|写入|写|批量写)[ _]?)(?<!(?:e-?mail|mail|SendCloud|SMTP|newsletter|digest)[^.;\\n]{0,60})inbox(?:es)?(?! (?:and|与|/) ?(?:the )?(?:big[- ]?V |大 ?V ?)?outbox)']);
add('cue:one_way', 'en', 'an inbox users only read', ['(?:is|are|stays) read-only', 'users (?:cannot|can[\'’]t|can not) (?:post|reply|write|answer)', 'notifications we send to (?:the )?(?:signed-in )?users?']);
add('cue:one_way', 'zh', 'a notice the user receives in the site inbox (收到一条站内信), sent by us', ['收到(?:一条)?[^，。；]{0,12}站内信', '站内信(?:通知|提醒)']);
add('cue:own_picks', 'zh', 'our editors gather our own most-read articles (编辑部整理本周 App 内最受欢迎的文章)', ['(?:编辑部|编辑)?整理[^。；]{0,12}(?:App ?内|站内|本站|我们)[^。；]{0,20}(?:文章|攻略|内容|笔记)', '(?:App ?内|站内|本站)(?:最受欢迎|最热门?|热门|阅读最多)的?[^。；]{0,12}(?:文章|攻略|内容|笔记)']);
add('cue:own', 'zh', 'searching only what we have published (只从…已发布的文章中检索)', ['(?:只|仅)从[^。；]{0,30}(?:已发布|自有|自己|站内|本站)的?[^。；]{0,24}(?:中|里)?(?:检索|搜索|查找|取材|选取)']);
add('cue:game_article', 'zh', 'players naming the game they play (游戏内 ID, 段位, 找队友), not a game of ours', ['游戏(?:内)?\\s?(?:ID|昵称|账号)', '找队友', '段位']);
add('cue:game_article', 'en', 'players naming the game they play', ['in-game (?:IDs?|names?|handles?)', 'gamer ?tags?', 'find (?:a )?teammates?']);
add('B25-1', 'en', 'our own careers page and compatibility lists: our own content', ['careers? page', '(?:a |the )?[\'‘"“]?work with us[\'’"”]? page', 'compatib(?:le|ility) (?:list|checker|chart|table)', 'which of our own [^.;\\n]{0,40} (?:are|is) compatible']);
add('benign:commerce', 'zh', 'looking up our own orders and warranties; photos attached to an order', ['(?:输入|凭)订单号[^。；]{0,10}(?:查询|查看)', '保修(?:期|范围)?查询', '(?:下单|预约|报修)时(?:可以)?上传[^。；]{0,12}照片']);
add('benign:commerce', 'en', 'looking up our own orders; photos attached to a booking', ['(?:enter|type) (?:an? |the |their )?order number', 'warranty (?:lookup|look-up|check)', '(?:add|attach|upload)s? (?:up to [\\w-]+ )?photos? (?:of [^.;\\n]{0,30})?when (?:booking|ordering)', 'when booking, customers can add (?:up to [\\w-]+ )?photos?']);
add('cue:others_supply', 'zh', 'material made or put up by users, merchants or hosts, or shown live', ['(?:用户|商家|买家|卖家|达人|博主|网友|入驻|第三方|店主|主播)[^，。；]{0,12}(?:上传|投稿|发布|拍摄|录制|自己拍)', '直播', '带货', '晒单', '买家秀', '(?:买家|顾客|用户)[^，。；]{0,1}(?:评价|视频)']);
add('cue:others_supply', 'en', 'material put up by users, merchants or hosts, or shown live (wide rows: the words inside still count)', ['(?:users?|merchants?|sellers?|buyers?|creators?|customers?|vendors?|shoppers?)[ ]{1,2}(?:can |may |will )?(?:now )?(?:upload|post|record|submit|add|attach|write)(?:s|ed)?\\b', 'reviews?,?[ ]{1,2}including (?:the )?(?:clips|videos)', '(?<!(?:where|who|people|customers|users|they|we|you|families|residents|owners|homeowners|members|buyers|tenants) )live', '(?:buyers?|customers?|users?)[\'’]?[ ]{1,2}(?:reviews?|videos?|clips?)', 'with their[ ]{1,2}reviews?']);

// ── Round 10: marketing copy and meeting minutes (what the user is promised they can do) ──
add('appr:audiovisual', 'zh', 'a guided tour shown live to everyone (带大家实时走进…): a live broadcast without the word 直播', ['(?:带|领)(?:着)?(?:大家|你|您|粉丝|观众|用户|家人)们?(?:一起)?(?:实时|现场|在线|同步|云)(?:走进|逛|看|参观|游览|探访|探店)', '(?:实时|现场|在线)带(?:大家|你|您)?(?:逛|看|参观|游览)', '边走边(?:讲|播|拍给)']);
add('appr:audiovisual', 'en', 'a guided tour shown live to everyone', ['(?:takes?|walks?|tours?) (?:you|viewers|everyone|our audience) (?:live )?(?:through|around|into) [^.;\\n]{1,40}\\blive\\b', 'live (?:walk-?throughs?|(?:video )?tours?|shopping (?:shows?|sessions?|events?))']);
add('B25-3', 'zh', 'viewers\' comments drifting across the picture (弹幕 by what it looks like)', ['(?:从|在)(?:画面|屏幕|视频)(?:上|里|中)?(?:飘过|滚过|划过|飞过)', '飘(?:在|过)(?:画面|屏幕)', '飘屏']);
add('B25-3', 'en', 'viewers\' comments drifting across the picture', ['(?:float|scroll|drift|fly)(?:s|ing)? (?:across|over) the (?:screen|video|picture|stream)']);
add('cue:publish_act', 'zh', 'put up for others (传上来, 发上来)', ['传上(?:来|去)', '发上(?:来|去)', '晒上来']);
add('cue:public_space', 'zh', 'everyone can see it (全国茶友都能看到)', ['(?:全国|全站|全平台|所有|其他|全体)[^，。；]{0,4}(?:都|均)(?:能|可以|可)(?:看到|看见|刷到|收听|听到)']);
add('cue:compare', 'zh', 'each seller\'s price listed side by side (每一家的到手价, 从低到高排好)', ['(?:每一家|每家|各家|各个?平台|不同平台|各个?商家)(?:的)?(?:到手价|价格|售价|报价)', '(?:价格|到手价)?从低到高排']);
add('cue:compare', 'en', 'each seller\'s price listed side by side', ['(?:prices?|deals?) (?:from|at|on|across) (?:every|each|all the|other) (?:stores?|shops?|sites?|retailers?|platforms?)', 'cheapest (?:store|shop|site|retailer|seller)']);
add('cue:external', 'en', 'every other store that sells the item', ['(?:every|each|all the|other) (?:stores?|shops?|retailers?|sites?) (?:that|which) (?:sells?|stocks?|carr(?:y|ies)) it', 'other (?:stores|shops|retailers)']);
add('cue:search', 'zh', 'searching through everything (翻遍, 搜遍)', ['翻遍', '搜遍', '找遍']);
add('appr:ride_hailing', 'zh', 'nearby drivers take the order, a metered fare: ride-hailing dispatch by what happens', ['(?:附近|就近|周边)的?(?<!货运|货车|搬家)(?:司机|车主)[^，。；]{0,6}(?:接单|抢单|来接|接驾)', '(?<!货运|货车|搬家|快递)司机(?:会)?(?:来)?(?:接单|抢单)', '(?:车费|车资)[^，。；]{0,4}按(?:里程|公里数?)']);
add('appr:ride_hailing', 'en', 'nearby drivers take the order, a metered fare', ['(?:a |the )?nearby drivers? (?:accepts?|picks? up|takes?|claims?)', 'metered fares?', 'fares? (?:is |are )?(?:metered|charged by (?:the )?(?:mile|kilometre|kilometer|distance))']);
add('appr:finance', 'en', 'insurance we issue ourselves (we issue the policy, claim from My trips)', ['(?:we |to )?issue(?:s|d)? (?:you )?(?:the |a |your )?(?:insurance )?polic(?:y|ies)', 'cancellation and [\\w-]+ (?:cover|insurance|protection)', '(?:medical|emergency)[- ](?:emergency )?cover\\b', '(?:file|make|submit) a claim']);
add('appr:finance', 'zh', 'insurance we issue ourselves', ['(?:我们|当场|立即|马上)?(?:出具|签发|出)保单', '为你(?:投保|承保)', '(?:发起|申请|提交)理赔']);
add('cue:realtime', 'en', 'arrives the moment it is sent', ['the (?:moment|second|instant) (?:you|they) (?:hit|tap|press|click) send']);
add('cue:pair', 'en', 'sent to another person the user works with, on their phone', ["to (?:your|their) (?:builder|contractor|client|colleague|teammate|partner|friend|designer|architect|landlord|tenant|agent|tutor|coach|plumber|electrician|crew)(?:'s|s|s') (?:phone|app|account|inbox)"]);
add('cue:chance_draw', 'zh', 'a chance-based draw (抽奖, 大转盘, 盲盒)', ['大转盘', '幸运转盘', '转盘', '抽奖', '刮刮乐', '扭蛋', '盲盒', '抽中']);
add('cue:chance_draw', 'en', 'a chance-based draw', ['spin[- ]the[- ]wheel', 'prize wheels?', 'lucky (?:draws?|wheels?|spins?)', 'raffles?', 'prize draws?', 'loot box(?:es)?', 'mystery box(?:es)?', 'gacha']);
add('cue:chance_draw', 'en', 'an item drawn at random for the buyer ("one random item from the pool is drawn")', ['(?:one |a )?random (?:item|prize|product|gift|reward)s? (?:from (?:the|a) pool )?(?:\\([^)\n]{0,30}\\) )?(?:is |are |gets |get )?(?:drawn|picked|revealed|opened)', 'drawn at random']);
add('cue:draw_cost', 'zh', 'each try costs points or coins', ['(?:消耗|花费?|扣除?|花掉|用掉)\\s?\\d+\\s?(?:个)?(?:积分|金币|钻石|点券|豆|币)', '每次(?:抽奖|转|抽)?(?:需要?|要)?(?:消耗|花费?|扣)']);
add('cue:draw_cost', 'en', 'each try costs points or coins', ['(?:costs?|spend|uses?|for) \\d+ (?:points|coins|credits|gems|tokens) (?:a|per|each) (?:spin|draw|try|go|box)', 'each (?:spin|draw|try|box) costs']);
add('cue:free_entry', 'zh', 'the draw is earned by an order, and more draws cannot be bought (下单满 199 元自动获得一次抽奖，次数不能花钱买)', ['(?:抽奖|抽)?(?:次数|机会)(?:不能|不可|无法)(?:花钱|付费|用钱|充值)(?:买|购买)?', '(?:下单|消费|购物|实付)满\\s?\\d+\\s?元(?:即|就)?(?:可|能)?(?:自动)?(?:获得|送|得到|参与)(?:一次)?(?:抽奖|抽)']);
add('cue:free_entry', 'zh', 'free to take part, or the points are only earned', ['免费(?:参与|参加|抽|转|抽奖|领)', '不(?:用|需要?)(?:付费|付钱|充钱|花钱)', '(?:签到|打卡|评价|下单|消费|完成任务)(?:即可|就能|可|后)?(?:领|得|获得|赚)(?:取)?积分']);
add('cue:free_entry', 'en', 'free to take part', ['free (?:to enter|entry|spins?|draws?|to play)', 'no purchase (?:necessary|needed|required)', 'points (?:are |can (?:only )?be )?(?:only )?earned']);
add('cue:virtual_item', 'zh', 'virtual items points buy (表情包, 头像框, 装扮)', ['表情包', '头像框', '头像挂件', '装扮', '皮肤', '勋章', '挂件', '虚拟(?:礼物|道具|物品)']);
add('cue:virtual_item', 'en', 'virtual items points buy', ['sticker packs?', 'avatar frames?', 'profile (?:frames?|badges?)', 'virtual (?:gifts?|items?)', 'cosmetic items?']);
add('cue:exchange_for', 'zh', 'exchanged for (兑换)', ['兑换', '换取', '换成', '换专属']);
add('cue:exchange_for', 'en', 'exchanged for', ['redeem(?:ed|able)? (?:them |it )?for', 'exchange(?:d)? (?:them |it )?for', 'trade(?:d)? (?:them |it )?(?:in )?for']);
add('cue:live_scores', 'zh', 'live match scores and match reports (赛况)', ['(?:实时|即时|直播)比分', '赛况', '比赛(?:实况|战报)', '赛事(?:快讯|战报)']);
add('cue:own_event', 'zh', 'a competition we run ourselves (我们举办的联赛, 赛事组, 裁判录入)', ['(?:我们|我司|本站|平台|俱乐部|公司)(?:自己)?(?:主办|举办|组织|承办)的', '赛事组', '裁判(?:在场边|现场)?(?:录入|上报|记录)']);
add('cue:own_event', 'en', 'a competition we run ourselves', ['our (?:own )?(?:[\\w-]+ ){0,2}(?:league|tournament|cup|races?|event)s?', 'we (?:run|host|organi[sz]e) (?:a|an|the|our) ', 'referees? (?:enter|log|record|report)']);
add('cue:live_scores', 'en', 'live match scores and reports', ['live scores?', 'match reports?', 'score updates?', 'play-by-play']);
add('cue:symptom', 'zh', 'a body reading of traditional medicine (舌苔, 体质辨识)', ['舌苔', '舌象', '(?:拍|上传)[^，。；]{0,6}舌头', '(?:中医)?体质(?:辨识|测试|测评|分析|类型)', '属于哪种体质', '调理(?:建议|方案)']);
add('cue:symptom', 'en', 'a body reading of traditional medicine', ['tongue (?:photos?|pictures?|diagnosis|readings?)', 'body constitution']);
add('cue:ai', 'zh', 'AI tells the user what it reads (AI 几秒钟告诉你)', ['AI[^，。；]{0,8}(?:告诉你|告诉您|判断出|给出|帮你看|帮您看)']);

add('cue:video', 'zh', 'a film clip in everyday words (剪成一两分钟的片子)', ['(?:剪|剪辑)成[^，。；]{0,8}片子', '分钟(?:的)?片子', '(?:短|小)片子']);
add('appr:maps', 'zh', 'a base map or map layer we survey and make ourselves (地形底图, 实地采坐标)', ['(?:地形|矢量|卫星|影像|等高线)底图', '(?:做成|制作|绘制|自建|自制)[^，。；]{0,12}(?:底图|地形图)', '(?:实地|实测|外业)[^，。；]{0,12}(?:采集?|测量?)了?[^，。；]{0,4}坐标']);
add('appr:maps', 'en', 'a base map we survey and make ourselves', ['base ?maps?', 'topo(?:graphic)? maps?', '(?:surveyed|mapped) (?:the |our |every |each )?(?:[\\w-]+ ){0,3}(?:trails?|paths?|roads?|routes?) ourselves']);

add('cue:decided_no', 'zh', 'a meeting\'s decision recorded on its own line (结论：…): the questions asked before it are settled, whatever was left out of it is not built', ['(?<=(?:^|\\n)[ \\t]{0,3}[【\\[]?)(?:会议|评审|最终|最后)?(?:结论|决议)[】\\]]?[：:](?![ \\t]*(?:待定|未定|暂无|无结论|待讨论|下周再|再议|待确认|待合规|待法务|TBD|tbd|没有结论|未达成|暂未|还没|尚未))']);
add('cue:decided_no', 'en', 'a meeting\'s decision recorded on its own line', ['(?<=(?:^|\\n)[ \\t]{0,3})(?:Decision|Outcome|Agreed|Resolution|Conclusion)s?:(?![ \\t]*(?:tbd|pending|open|none|to be decided|not yet|undecided))']);
add('cue:neg', 'zh', 'a name turned down (别叫“钱包”): the word in quotes is what the page must not be called', ['(?:别|不要|不能|不许|避免|禁止)(?:再)?(?:叫|用|写|称|称为|命名为)(?:成|做)?(?=[“「"『])'], 'phrase');
add('B25-1', 'zh', 'a weekly e-mail of our own articles (邮件周刊)', ['邮件(?:周刊|月刊|简报|期刊)', '(?:周刊|月刊)邮件']);

add('cue:text_live', 'zh', 'a live blog in words and pictures (图文直播, 文字直播): no video', ['图文直播', '文字直播']);
add('cue:text_live', 'en', 'a live blog in words and pictures', ['live ?blog(?:s|ging)?', 'live text (?:coverage|updates?)']);

add('appr:recruitment', 'zh', 'other businesses post their own jobs and shifts for our users to apply to', ['(?:奶茶店|书店|快递站|餐厅|商家|店家|企业|公司|雇主|商户|工厂|机构)[^。；]{0,12}(?:发布|贴出|挂出|上架)[^。；]{0,10}(?:兼职|岗位|职位|招聘|用工|工作机会)']);
add('appr:recruitment', 'en', 'other businesses post their own jobs and shifts', ['(?:shops|stores|cafes|businesses|employers|companies|restaurants|venues|merchants) (?:can |will |may )?(?:now )?post (?:[\\w-]+ ){0,3}(?:jobs|shifts|gigs|openings|vacancies|roles)']);
add('cue:game', 'zh', 'a growing game played daily: water it, steal from friends', ['偷(?:水滴|能量|菜|果子|金币)', '养成(?:游戏|玩法)', '小游戏']);
add('cue:game', 'en', 'a growing game played daily', ['steal (?:water|energy|coins|crops) from (?:your )?friends', 'water (?:it|your (?:tree|plant|crop)s?) (?:every ?day|daily)']);
add('cue:converse', 'zh', 'talking face to face through the screen', ['面对面(?:说话|聊天|通话|交谈)']);
add('cue:voice_video', 'zh', 'a camera and a screen to see and hear each other', ['摄像头', '(?:听到|看到)[、和]?(?:看到|听到)']);
add('cue:realtime', 'zh', 'heard and seen at once on the other side', ['(?:马上|立刻|立即)(?:就)?(?:能)?(?:听到|听见|看见)']);
add('cue:cannot_disable', 'zh', 'no longer any option to turn it off', ['(?:不再|不)提供(?:单独|任何|单独的)?(?:的)?(?:关闭|退订|屏蔽)(?:的)?(?:选项|开关|入口|按钮|方式)']);

add('appr:ride_hailing', 'en', 'the nearest free driver pinged, the first to accept takes the ride, a fare by distance', ['(?:ping|notif(?:y|ies)|alert|offer (?:it|the job|the ride) to)(?:s|ed)? (?:the )?(?:nearest|closest) (?:free |available |idle )?drivers?', 'first (?:driver )?to accept (?:gets|takes|wins) (?:the )?(?:job|ride|trip|order|it)', 'fares? (?:by|based on|calculated (?:by|from)) (?:the )?(?:distance|mileage)']);
add('appr:finance', 'en', 'users\' money kept on a balance ledger of ours, credited and cashed out', ['money sits in', '(?:per[- ]user )?(?:`\\w*balance\\w*`|balances?) (?:ledger|table)', '`\\w*balance\\w*` ledger', 'cash(?:es)? out to (?:a |their |your |the )?(?:bank|card|wallet)', '(?:put|puts|putting) money on (?:an? |the )?(?:issue|task|bounty|question)']);
add('cue:event_payout', 'en', 'we pay out when an event happens (a flight lands late)', ['(?:if|when) (?:the |your |a )?(?:flight|train|bus|trip|parcel|package|delivery|order)s? (?:lands?|arrives?|is|are|gets?|runs?) (?:more than |over )?[\\w.-]+ ?(?:h|hrs?|hours?|mins?|minutes?|days?)? ?(?:late|delayed)', 'payouts? (?:come|comes|are paid|is paid) (?:out )?(?:of|from) (?:a|the) pool']);
add('cue:event_payout', 'zh', 'we pay out when an event happens (航班延误就赔)', ['(?:航班|火车|高铁|快递|包裹|订单)?(?:延误|晚点|晚到)(?:超过)?[^，。；]{0,8}(?:赔付|赔偿|补偿|就赔|赔)\\s?\\d+', '赔付(?:资金|金)?(?:来自|从)[^，。；]{0,6}(?:资金池|池子)']);
add('cue:premium', 'en', 'a paid add-on', ['add-?ons?,? (?:for )?\\d+ ?(?:RMB|yuan|CNY|元)', '(?:checkout )?add-?ons?', 'for (?:an extra )?\\d+ (?:RMB|yuan|CNY)']);
add('cue:premium', 'zh', 'a paid add-on', ['加购', '(?:多付|加付|加)\\s?\\d+\\s?元', '附加(?:服务|费)']);
add('cue:game', 'en', 'levels to pass, lives to lose', ['(?:puzzle )?levels? packs?', 'puzzle levels?', 'extra lives', 'lives (?:refill|back)']);
add('cue:doctor', 'en', 'medical specialists', ['(?:cardio|derma|neuro|endocrino|gastroentero|pulmono|rheumato|uro|onco|radio|patho|haemato|hemato|ophthalmo|gyneco|gynaeco)logists?', 'p(?:a)?ediatricians?', 'psychiatrists?']);
add('cue:consult', 'en', 'a doctor reads what the user sends and says what to do', ['get (?:it|them|my \\w+) read', '(?:reviews?|reads?|interprets?) (?:it|them|the (?:strip|scan|report|ECG|EKG|results?|x-?rays?))', 'what to do next']);
add('cue:current_topic', 'en', 'markets and state policy by name', ['State Council', '(?:overnight )?moves in (?:rates|markets|stocks|bonds|the (?:yuan|RMB|renminbi|dollar))', 'policy announcements']);
add('cue:undecided', 'en', 'the decision has not been taken yet (review not held, decision expected)', ['decision (?:is )?expected (?:next|in|by|after)', '(?:review|sign-?off) (?:has not|hasn[\'’]t) (?:happened|been done)', '(?:built|ready) for both']);
add('appr:recruitment', 'en', 'businesses that use our tools post shifts people apply to', ['(?:shops|stores|cafes|businesses|employers|companies|restaurants|venues|merchants) (?:that|who) (?:[\\w-]+ ){1,4}(?:can |will |may )?(?:now )?post (?:[\\w-]+ ){0,3}(?:jobs|shifts|gigs|openings|vacancies|roles)']);

add('cue:cannot_disable', 'zh', 'nowhere to turn it off, or the switch left unbuilt (设置里没地方关, 关闭开关先不做)', ['(?:根本)?(?:没(?:有)?地方|没处|找不到地方)(?:可以)?关', '关闭(?:开关|按钮|入口|选项)[^，。；]{0,4}(?:先|暂时?)?(?:不做|不加|不提供|不上)', '卸载重装(?:照样|还是|也)(?:推|收到)']);
add('cue:undecided', 'zh', 'left to be seen case by case (看情况)', ['(?:他|她|我们|对方)?(?:说)?看情况(?!调整|而定)', '视情况而定', '到时候再说']);
add('appr:ride_hailing', 'zh', 'an order pushed to a driver on his way back, who picks the passenger up and charges by the kilometre', ['(?:单子|订单|行程)推给[^，。；]{0,6}(?:司机|他|车主)', '司机接了(?:单)?(?:就)?去接(?:人|乘客)', '按公里(?:收钱|收费|计费)', '乘客[^，。；]{0,6}(?:输入|填)[^，。；]{0,6}上车点']);
add('cue:alternatives', 'zh', 'an either-or the text says is not settled (是…还是…，没说)', ['是[^。；？?]{1,45}还是[^。；？?]{1,45}[，,]?\\s?(?:没说|没讲|没定|不清楚|未说明|待定|还不知道|不确定|[^。；？?]{0,14}?(?:意见(?:尚|还)?不(?:一致|统一)|(?:尚|还|仍)有分歧|(?:尚未|还没有?)(?:研究|讨论|决定|定论)))']);

add('cue:public_audience', 'zh', 'passengers who book a ride are members of the public (an internal-only line elsewhere does not cover them)', ['(?<!无|没有)乘客(?:输入|填写?|下单|叫车|上车|可以)']);
add('cue:public_audience', 'en', 'passengers who book a ride are members of the public', ['(?:passengers?|riders?) (?:enter|enters|book|books|request|requests|can book)']);

add('cue:neg', 'en', 'a ticket closed as won\'t do', ["(?:closed|marked|resolved) as won['’]t[- ]?(?:do|fix)", "won['’]t[- ]do\\b"], 'line');
add('cue:app_dist', 'en', 'a directory of third-party plugins or extensions (app distribution)', ['(?:plugins?|extensions?|add-?ons?) (?:directory|store|marketplace|gallery|catalog(?:ue)?)', 'publish (?:free )?(?:plugins|extensions)']);
add('cue:forum_flair', 'en', 'forum flair: levels, quests and badges that nobody can buy or trade', ['profile (?:flair|badges?)', 'gamif(?:y|ies|ied|ication)(?: of)? (?:the )?(?:community|forum)', 'community forum']);

add('benign:commerce', 'en', 'a booking added to the phone\'s wallet app as a pass: no money stored', ['(?:Apple|Google|Samsung|Huawei) Wallet', '(?:phone|mobile)[\'’]?s? wallet(?: app)?', 'wallet pass(?:es)?']);

add('cue:neg', 'en', 'cut from the plan, after its subject ("live video and tipping are cut")', ['(?<=\\b(?:is|are|was|were|got|gets|been|being) )(?:cut|dropped|removed|scrapped)(?=\\s*(?:[.:;,!\\n]|$))'], 'phrase');

add('cue:neg', 'zh', 'what happened to someone on another platform (之前有人在别的平台被…): a story, not our feature', ['(?:之前|以前|曾经)?有人在(?:别的|其他|其它|别家|外面的?)(?:平台|App|APP|网站|地方)(?:上)?'], 'clause');
add('cue:licensed', 'zh', 'everything regulated done on the bank\'s or insurer\'s own side (钱全在银行那边, 出保单全在保险公司那边完成)', ['钱(?:全|都)?在(?:银行|保险公司|券商|基金公司)(?:那边|那里|那儿)', '(?:全|都|均)在(?:保险公司|银行|券商|基金公司)(?:那边|那里)?(?:完成|办理)', '(?:跳|跳转)到[^，。；]{0,12}(?:保险公司|银行|券商)(?:自己的)?(?:官方)?(?:投保页|App|APP|页面|网站|官网)']);
add('benign:commerce', 'zh', 'business customers paying our own fees by bank transfer (对公转账)', ['对公转账', '对公(?:付款|汇款)']);
add('cue:anti_fraud', 'zh', 'warning users about scams', ['反诈', '防骗', '骗局', '诈骗', '反欺诈', '防诈']);
add('cue:anti_fraud', 'en', 'warning users about scams', ['scams?', 'fraud (?:warning|alert|awareness)', 'anti-?fraud']);
add('benign:maintenance', 'zh', 'a licence named as a requirement (太像游戏要版号), not the act', ['(?:要|需要|得有|须有|没有|拿不到|申请)(?:游戏)?版号', '版号(?:门槛|审批|难拿|申请)', '(?:太|很|有点)像(?:个)?游戏(?:了)?']);

add('appr:education', 'zh', 'homework questions photographed and explained by teachers; exam camps', ['(?:作业|题目|错题)[^。；]{0,24}(?:老师|教师)[^。；]{0,24}(?:讲解|辅导|答疑)', '考研(?:辅导|培训|课程|营|英语营|打卡营)', '(?:学习|考研|英语|集训|备考)营']);
add('cue:vet', 'zh', 'vets answering about animals', ['兽医', '宠物医生', '宠物医院']);
add('cue:vet', 'en', 'vets answering about animals', ['vets?', 'veterinarians?', 'animal hospitals?']);
add('cue:deferred', 'zh', 'the details are still being worked out or come later (具体玩法还在对齐, PRD 下周补)', ['(?:详细|具体)(?:的)?\\s?(?:PRD|需求文档|方案|设计稿|Figma|原型|交互)[^，。；]{0,10}(?:下周|稍后|之后|后续|晚点|明天)(?:再)?(?:补|给|出)', '(?:具体)?(?:玩法|功能范围|方案|功能)[^，。；]{0,6}还在[^，。；]{0,12}(?:对齐|拆|讨论|设计|评估|梳理)']);
add('cue:symptom', 'zh', 'dental complaints (蛀牙, 牙周)', ['蛀牙', '龋齿', '牙周(?:炎|病|问题)?', '牙龈(?:出血|肿|炎)', '牙(?:疼|痛)', '智齿(?:发炎|疼)']);
add('cue:symptom', 'zh', 'trouble sleeping', ['入睡难', '入睡困难', '失眠', '半夜(?:醒|惊醒)', '早醒', '白天犯困', '睡不着', '打鼾', '睡眠呼吸暂停']);
add('cue:symptom', 'en', 'trouble sleeping', ['insomnia', 'trouble (?:falling|staying) asleep', 'sleep apn(?:o)?ea', 'snoring']);
add('cue:doctor', 'zh', 'a doctor of a named department', ['(?:呼吸|心内|心血管|皮肤|儿|妇|骨|眼|口腔|神经|消化|内分泌|耳鼻喉|精神|康复)科(?:的)?医生']);
add('appr:medical', 'zh', 'a doctor judging the condition or saying which medicine to take', ['(?:该|要|需要)吃什么药', '(?:判断|诊断|判定)(?:是不是|是否)[^，。；]{0,12}(?:病|症|暂停|炎|癌|综合征)']);
add('cue:cloud_backup', 'zh', 'users\' photos and videos kept on our cloud', ['(?:备份|存|上传)到[^，。；]{0,6}(?:云端|云上|云空间|云盘)', '云相册', '云盘', '网盘']);
add('cue:cloud_backup', 'en', 'users\' photos and videos kept on our cloud', ['cloud (?:backup|storage|albums?|drive)', 'back(?:s|ed)? up (?:[\\w-]+ ){0,3}to (?:our|the) cloud']);
add('cue:share_link', 'zh', 'a link anyone who has it can open', ['分享链接', '拿到链接的人(?:都)?(?:能|可以)', '(?:公开|外链)分享']);
add('cue:share_link', 'en', 'a link anyone who has it can open', ['share(?:able)? links?', 'anyone with the link']);
add('cue:industry_news', 'zh', 'an industry round-up covering deals and policy (行业动态: 融资、政策变化)', ['行业(?:动态|资讯|快讯|新闻)[^。；]{0,12}(?:融资|政策|监管)', '(?:融资|政策变化|监管动向|政策动向)[^。；]{0,12}(?:日报|周报|快讯|汇总|整理)', '(?:品牌|企业|公司)融资[、，][^。；]{0,12}政策']);
add('cue:industry_news', 'en', 'an industry round-up covering deals and policy', ['industry (?:news|round-?ups?|digests?)[^.;]{0,40}(?:funding|policy|regulation)']);
add('cue:link_up', 'zh', 'a fan links up live with a creator (和达人连线一次)', ['(?:和|与|跟)[^，。；]{0,10}(?:达人|博主|主播|专家|明星|老师)[^，。；]{0,4}连线', '连线(?:达人|博主|主播|专家|明星)']);
add('cue:partner_listing', 'zh', 'a platform\'s merchants and deals shown inside our app', ['展示[^，。；]{0,10}(?:美团|大众点评|饿了么|携程|淘宝|京东|拼多多|抖音)(?:的)?(?:商家|商品|门店|团购|店铺)']);

add('cue:neg', 'zh', 'a classification question (是否属于移动网信息服务？, 是否涉及彩票？): the unit asks, it does not say the feature does it', ['是否(?:涉及|属于|构成|算是?)(?=[^。；？?\n]{0,40}[？?])', '是否(?:需要|需|要办|要申请)(?=[^。；？?\n]{0,30}(?:许可|资质|牌照|备案|审批|执照)[^。；？?\n]{0,10}[？?])'], 'clause');
add('cue:neg', 'zh', 'a word quoted as a word (含“车险”二字, 口头把它叫作“物流直播”): the name, not the act', ['(?:含|带|有|用了|出现|名称带|名字带|名字里有)(?:有)?(?=[“「"『][^”」"』\n]{1,8}[”」"』](?:二字|两个字|三个字|这个字|这个词|字样|一词))', '(?:叫作|叫做|称为|称作|俗称|简称|戏称|把它叫作?|把它叫做)(?=[“「"『])'], 'phrase');
add('cue:neg', 'zh', 'a form field asking whether it has something, answered no (是否有私信：无)', ['是否(?:有|提供|支持|开放|涉及|包含|开通)(?=[^：:\n]{1,12}[：:]\\s?(?:无|否|没有|不涉及|不提供|不支持|N/?A|不))'], 'phrase');
add('cue:neg', 'zh', 'the unit\'s self-check likening it to something (自查结论：类似比价)', ['(?<=自查(?:结论|意见|结果)?[：:][^。；\\n]{0,10})(?:类似|有点像|像是|看起来像)', '(?<=担心[^。；，\\n]{0,20})(?:属于|算是?|构成|涉及)(?=[^。；，\\n]{0,20}(?:服务|许可|业务|新闻|交互|备案))', '(?:可能|也许|或许)需要(?=[^。；，\\n]{0,12}(?:许可|资质|牌照|备案))'], 'phrase');
add('cue:text_live', 'zh', 'progress shown live as text (物流直播, 抢修进度直播): a timeline, not a broadcast', ['(?:物流|订单|进度|抢修|施工|配送|快递|维修)直播']);
add('benign:commerce', 'zh', 'a reminder of an insurance renewal date the user entered (车险到期提醒)', ['(?:车险|保险|交强险|商业险)(?:到期|续保)(?:日)?提醒', '(?:车险|交强险|保险)到期日']);

add('benign:commerce', 'zh', 'a form field saying no money is involved (资金流向：不涉及)', ['(?:资金流向|资金往来|资金|收费模式|收费|支付方式)[：:]\\s?(?:无|不涉及|N/?A|n/?a|没有|暂无|免费)']);

add('cue:ai', 'zh', 'a conversation between the user and a bot', ['(?:用户)?(?:和|与|跟)\\s?(?:bot|Bot|BOT|chatbot|AI|机器人|大模型)\\s?(?:之间)']);
add('cue:ai', 'en', 'a conversation between the user and a bot; an AI assistant of any kind', ['between (?:the )?users? and (?:the |a )?(?:bot|chatbot|assistant|model|AI)', 'AI (?:[\\w-]+ ){1,2}(?:assistants?|helpers?|agents?|bots?|chatbots?|guides?|advisers?|advisors?)']);
add('benign:commerce', 'zh', 'goods as seen in livestreams elsewhere, sold as our own (直播同款)', ['直播(?:同款|爆款)', '(?:各大)?平台(?:的)?直播间(?:里)?(?:卖爆|热卖|爆卖|大卖)的']);

add('cue:two_way', 'zh', 'back and forth between the two (一来一回; 双方往来记录)', ['一来一回', '一问一答地?(?:聊|回)', '(?<=(?:双方|彼此|两人)(?:的)?)(?:消息)?往来(?:记录|消息)?']);
add('cue:can_reply', 'zh', 'the receiver answers on the spot (可当场回复)', ['(?<!不|无法|不能|不可)(?:可|可以|能)(?:当场|马上|立即|立刻|随时|即时)回复']);
add('cue:pair', 'zh', 'sender and recipient of a parcel, the two of them', ['(?:寄件人|发件人)[^。；]{0,30}收件人', '两个人(?:就)?(?:在|可以|能)']);
add('cue:call', 'zh', 'a call put through to a number', ['拨到', '打到(?=[^，。；]{0,8}(?:手机|电话|座机))']);
add('A', 'zh', 'calls put through our servers to ordinary phone numbers', ['(?:通过|经)(?:我们的?|我方)?(?:服务器|线路|平台)[^，。；]{0,8}(?:拨|打|呼)(?:到|给|出)[^，。；]{0,8}(?:手机号|电话号码|座机|固话)']);
add('appr:finance', 'zh', 'money kept in an account with us and paid out (账户里的钱, 想拿现金的填银行卡)', ['(?:退|打|存|转)(?:到|进)[^，。；]{0,12}(?:我们这|平台|我方|App)(?:里)?的?[^，。；]{0,8}账户', '账户里的钱', '想(?:拿|要|取)现金的?', '(?:提现|取现)到银行卡']);
add('appr:finance', 'zh', 'a down payment or bill we advance, repaid by instalments (先替客户把首付垫上, 分 12 个月还)', ['(?:先)?(?:替|帮|为)(?:客户|用户|你|车主)[^，。；]{0,4}(?:把)?[^，。；]{0,6}垫(?:上|付)', '(?:由我们|我们|平台)(?:先)?垫(?:给|付给)', '分\\s?\\d+\\s?(?:个月|期)还(?:给我们|款|清)?', '垫付[^。；]{0,20}(?:分期|按月)还']);
add('B22', 'en', 'many people\'s microphones mixed by our media server (an SFU)', ['SFUs?', 'selective forwarding units?', '(?:every|each|all) mics? (?:is |are )?mixed']);
add('B11', 'en', 'containers or servers run on our cluster for customers, billed by the hour', ['(?:a )?running containers? (?:on|in) our (?:k8s|kubernetes|cluster|servers|cloud)', 'billed per (?:container|instance|vm|server|cpu|gpu)[- ]hours?', '(?:container|instance|vm)[- ]hours? on the customer']);
add('B12', 'en', 'our edge cache sold to other brands', ['sell (?:our )?(?:spare )?(?:edge )?(?:cache|CDN|bandwidth) (?:capacity )?to', 'CNAME (?:their|its) (?:[\\w-]+ ){0,3}domains? to our (?:nodes|edge|CDN)', '(?:monthly )?fee per TB']);

add('benign:maintenance', 'en', 'speeding up our own site\'s delivery (image resizing, origin egress, load times)', ['image resiz(?:e|es|ing)', 'origin egress', 'cache hit (?:rate|ratio)s?', '(?:page )?load times?', 'time to first byte', 'TTFB']);
add('benign:maintenance', 'zh', 'speeding up our own site\'s delivery', ['图片压缩', '首屏(?:加载|时间)', '加载(?:速度|时间)', '回源(?:流量|带宽)', '缓存命中率']);

add('cue:own', 'zh', 'searching only in our own articles or the user\'s own records (只在我们自己官网的文章里搜, 在你自己的历史订单里找)', ['(?:只|仅)在[^。；]{0,20}(?:我们|我司|本站|自己|自家|站内)[^。；]{0,16}(?:里|中|内)?(?:搜|检索|查找|查)', '(?:在)?(?:你|您|用户)自己的(?:历史)?(?:订单|收藏|笔记|记录|文件|相册)(?:里|中)']);
add('cue:text_live', 'zh', 'live like a livestream, as a simile (像直播一样告诉我)', ['像[「“"]?直播[」”"]?一样']);

add('cue:neg', 'zh', 'a request someone reported, not a decision (还有人问能不能顺便…)', ['(?:有人|用户|客户|还有人)问(?:能不能|可不可以|能否|是否可以|可否)'], 'clause');
add('cue:question', 'zh', 'a request someone reported: open until a decision settles it', ['(?:有人|用户|客户|还有人)问(?:能不能|可不可以|能否|是否可以|可否)']);

add('cue:collect', 'en', 'a job visiting other shops\' pages and saving what it finds', ['visits? (?:the )?(?:[\\w-]+ ){0,2}(?:listing|product|item) pages?', 'saves? (?:their|the) (?:current )?prices?(?: and links?)?']);
add('cue:external', 'en', 'other online shops', ['(?:\\d+|two|three|four|five|several|other|large|big) (?:large |big |other )?online (?:shops|stores|retailers)', '(?:cheaper )?in another (?:shop|store)', 'cheaper elsewhere']);
add('appr:recruitment', 'en', 'businesses posting openings that people apply to (a staff board)', ['staff boards?', 'posts? an opening', '(?:need|needs) (?:two|three|\\d+|a few|some) (?:[\\w-]+ ){0,2}(?:hands|staff|workers|cooks|waiters|cleaners|drivers) for', 'openings? (?:is|are) listed']);
add('B21', 'en', 'other shops list their own goods at their own prices, the app taking a cut', ['set (?:my|their|its) own prices', '(?:the app|we|the platform) (?:takes?|taking|keeps?) a (?:cut|commission|share|percentage) (?:of|on|from) (?:each|every) (?:sale|order)', '(?:shops|sellers|merchants|vendors|bookshops|stores) sign themselves up']);
add('cue:pair', 'en', 'another member receives it', ["(?:to|with) another (?:member|user|customer|player|learner|student)(?:['’]s)?", 'the recipient']);
add('cue:cover_plan', 'en', 'a cover or protection plan sold with the order', ['cover (?:for|at) (?:¥|\\$|RMB ?)?\\d', 'protection plans?', 'extended warrant(?:y|ies)', '(?:add|buy) (?:[\\w-]+ ){0,3}cover']);
add('cue:cover_plan', 'zh', 'a cover or protection plan sold with the order', ['(?:延保|保障)(?:服务|计划)?[^，。；]{0,6}\\d+\\s?元', '无忧(?:保障|险|服务)']);
add('cue:invite', 'en', 'members invite others into something they create', ['invite (?:others|friends|members|people|other members)']);
add('cue:invite', 'zh', 'members invite others into something they create', ['邀请(?:好友|其他人|成员|别人|朋友)']);
add('cue:undecided', 'en', 'the spec or format is still to come', ['specs? (?:is |are )?(?:pending|tbd|to come|not written)', '(?:format|details|scope|mechanics) (?:is |are )?(?:still )?to be (?:agreed|decided|confirmed|defined|worked out)']);

add('appr:recruitment', 'zh', 'carriers or firms post openings, the platform matches people to them, who apply in one tap', ['(?:推荐|匹配)(?:合适|匹配)?的?岗位', '一键投递(?:简历)?', '(?:合作|入驻|第三方)?(?:承运商|商家|企业|公司|雇主|门店|机构|车队)(?:可)?(?:自行)?发布[^。；]{0,8}(?:岗位|职位|招聘)']);
add('appr:finance', 'zh', 'the balance advanced by us and repaid monthly', ['由(?:我公司|我司|我们|平台|公司)(?:先行|先)?垫付', '(?:个)?月内每月还']);
add('appr:finance', 'zh', 'money returned with a dividend or interest on what was paid in', ['(?:获得|分得|分配|享受|领取)(?:分红|利息)', '按[^，。；]{0,12}(?:获得|分得)(?:分红|利息)', '连本带息']);
add('cue:public_audience', 'zh', 'co-op members putting money in or borrowing: users, not staff', ['社员(?=可|可以|把|申请|存|急需|随时)', '急需用钱的(?:社员|会员|用户)']);

add('B25-3', 'zh', 'users commenting on each other\'s posts (相互评论): public comments, not a private exchange', ['(?:相互|互相)(?:评论|点赞|回复|关注)']);
add('cue:own_jobs', 'zh', 'only our own group\'s openings on our careers page', ['(?:仅|只)(?:发布|展示|放)[^。；]{0,16}(?:本集团|本公司|我司|我公司|集团|公司|我们)(?:及[^，。；]{0,10})?(?:自身|自己|自有)?的?(?:岗位|职位|招聘)', '(?:本集团|本公司|我司|我公司)(?:及[^，。；]{0,10})?(?:自身|自己)的(?:岗位|职位)']);
add('cue:own_jobs', 'en', 'only our own openings on our careers page', ['(?:only )?our own (?:open )?(?:roles|openings|vacancies|jobs)']);
add('cue:third_employer', 'zh', 'openings of other employers', ['(?<!不为|不替|不帮)(?:其他|第三方|合作|外部)(?:的)?(?:用人单位|企业|公司|雇主|商家)(?:的)?(?:岗位|职位|招聘)']);
add('cue:third_employer', 'en', 'openings of other employers', ['(?:other|third-party|partner) (?:employers|companies|businesses)[\'’]? (?:jobs|openings|roles|vacancies)']);
add('cue:third_employer', 'zh', 'other employers posting their openings on our site (装修公司、工长可以发布招聘岗位; 企业付费查看简历)', [
  '(?:第三方|其他|外部|合作)?(?:装修)?(?:公司|企业|商家|雇主|用人单位|工长|门店|商户|工厂|老板)(?:\\s?[（(][^）)\n]{1,12}[）)])?(?:[、和与及][^，。；\n]{1,6})?[：:]?\\s?(?:都|也)?(?:可以|能|可|自行)?(?:在[^，。；\n]{1,8})?(?:发布|发|挂|上传)(?:招聘|招工|职位|岗位|用工)',
  '(?:公司|企业|商家|雇主|用人单位|工长|门店|商户)(?:付费|花钱)(?:查看|解锁|下载)(?:简历|联系方式)',
  // The employer side of a job board receiving what candidates send (企业端收到简历).
  '(?:企业|公司|雇主|商家|用人单位|招聘方|HR)端[^，。；\n]{0,6}(?:收到|查看|筛选|下载|处理)(?:简历|投递|求职者)',
]);
add('cue:third_employer', 'en', 'other employers posting their openings on our site (companies post jobs; employers pay to unlock resumes)', [
  '(?:companies|employers|businesses|firms|contractors|merchants|shops|studios|recruiters)(?: can| could| will| may)? (?:post|list|publish|advertise) (?:their )?(?:jobs|openings|vacancies|roles|job ads|positions)',
  '(?:companies|employers|businesses|firms|contractors|recruiters) pay to (?:unlock|see|view|download) (?:the )?(?:candidates?[\'’]? |workers?[\'’]? )?(?:contacts?|resumes?|CVs?|phone numbers?)',
  // The employer side of a job board receiving what candidates send.
  '(?:employer|company|recruiter|business)(?:[- ]side| app| console| dashboard) (?:receives?|sees?|gets?|reviews?|screens?) (?:the )?(?:applications?|resumes?|CVs?|applicants?|candidates?)',
]);
add('benign:commerce', 'zh', 'an insurer named as a company we work with (作为保险公司的渠道合作方): an organisation, not selling insurance', ['(?:某)?(?:人寿|财产|健康)?保险公司(?:的)?(?:渠道)?合作(?:方|伙伴)']);
add('cue:info_only', 'zh', 'explanatory articles (科普, 普及常识)', ['科普(?:文章|专栏|知识|内容)', '普及[^，。；]{0,12}(?:知识|常识|流程|误区)']);
add('cue:staff', 'zh', 'our sales consultants who call the customer back', ['置业顾问', '客户经理', '(?:由|请)(?:专人|顾问|工作人员)(?:电话|致电)']);

add('cue:own_only_use', 'en', 'capacity used only by our own site, provided to no one else', ['(?:used|consumed) only by our own (?:site|app|website|services?)', 'nothing is (?:provided|sold|resold|offered) to anyone else']);
add('benign:commerce', 'en', 'our own online shop front', ['our storefront', 'storefront (?:and|or) (?:article|product|landing) pages']);
add('benign:ui', 'en', 'a banner shown on our pages (not a broadcast)', ['banner on every page']);
add('benign:ui', 'en', 'the user\'s own photo album on the phone', ['(?:my|your|their) (?:own )?(?:phone |photo |camera )?albums?']);

add('cue:cannot_disable', 'zh', 'the switch to turn it off left out for now (设置里先别放关闭入口)', ['(?:先)?(?:别|不要|不)(?:放|加|做|给|提供)(?:个)?关闭(?:入口|开关|按钮|选项)']);
add('cue:outside_content', 'zh', 'content found outside and put in our channel (运营先从外面找内容)', ['(?:从|去)(?:外面|网上|别的(?:网站|平台)|其他(?:网站|平台))(?:找|搬|转|拿|扒|抓)(?:内容|文章|资讯|素材)?']);
add('cue:outside_content', 'en', 'content found outside and put in our channel', ['(?:pull|grab|copy|take|source)s? (?:stories|articles|content|news) from (?:other sites|outside|around the web|the web)']);
add('cue:self_test', 'zh', 'a self-test questionnaire that gives a result and advice', ['自测(?:问卷|量表)?', '测评问卷']);
add('cue:self_test', 'en', 'a self-test questionnaire that gives a result and advice', ['self-(?:test|assessment|check) (?:quiz|questionnaire)?']);
add('cue:symptom', 'zh', 'sleep and mood troubles to be assessed', ['睡眠(?:自测|质量|问题|障碍)', '焦虑(?:自测|程度)', '抑郁(?:自测|程度|倾向)']);
add('B24', 'zh', 'answering other brands\' customer lines for a fee (a call centre for others)', ['代接[^，。；]{0,8}(?:热线|电话|客服)', '(?:帮|为|替)[^，。；]{0,12}(?:品牌|企业|公司|商家|客户)[^，。；]{0,6}(?:接|代接)[^，。；]{0,6}(?:电话|热线)', '按接听量(?:收|计)']);
add('B24', 'en', 'answering other brands\' customer lines for a fee', ['answer (?:[\\w-]+ ){0,3}(?:customer |support |service )?(?:phone )?lines for', 'call[- ]cent(?:er|re)s? for (?:partner|other|client)']);
add('cue:points_cash', 'zh', 'points joined up with money (积分和钱打通)', ['(?:和|与)(?:钱|现金)(?:要)?打通', '打通[^，。；]{0,4}(?:钱|现金)']);
add('cue:deferred', 'zh', 'a frame now, the content to come later (先把框架搭起来，内容后面再填)', ['内容(?:后面|之后|以后|回头|后续)再(?:填|补|定|加|说)', '先(?:把)?框架搭(?:起来)?']);

add('cue:collect', 'en', 'fetching other retailers\' pages and storing their prices', ['fetch(?:es|ing)? (?:their|the) (?:[\\w-]+ )?pages', 'stores? (?:the|their) (?:current )?prices']);
add('cue:partner_people', 'en', 'staff of partner companies', ['staff of (?:[\\w-]+ ){0,3}partners', 'partner staff', 'partners[\'’] (?:staff|employees|sales ?people)']);
add('cue:bet_for_users', 'en', 'we place lottery bets for users', ['(?:we )?(?:then )?place (?:the )?bets', 'buy (?:lottery )?tickets (?:for|on behalf of) (?:users|them|customers)']);
add('cue:bet_for_users', 'zh', 'we place lottery bets for users', ['(?:代购|代买|代投)彩票', '(?:替|帮|为)(?:用户|你|您)投注']);
add('cue:tip_money', 'en', 'readers give a creator money as thanks', ['thank (?:the |an |a )?(?:author|creator|writer|host)s? (?:of [^.;\\n]{0,40})?with (?:a (?:small )?(?:amount of )?)?money', 'tip (?:the )?(?:author|creator|writer)s?']);
add('cue:tip_money', 'zh', 'readers give a creator money as thanks', ['(?:给|向)(?:作者|创作者|博主)[^，。；]{0,6}(?:打赏|赞赏|转钱|送钱)', '(?:赞赏|打赏)作者']);
add('cue:process_for_others', 'en', 'partners\' data uploaded to us and returned processed, for a fee', ['upload (?:their|its) (?:[\\w-]+ ){0,2}(?:spreadsheets|data|files|lists) and we (?:return|send back|clean|process)']);
add('cue:process_for_others', 'zh', 'partners\' data uploaded to us and returned processed, for a fee', ['(?:合作方|客户|商家|企业)上传[^，。；]{0,12}(?:表格|数据|名单)[^，。；]{0,10}(?:我们|我方)(?:帮|替)?(?:清洗|处理|返回|去重)']);

// Round 12 (support tickets, e-mail threads, roadmaps, API specs).
add('cue:others_domains', 'en', 'other people\'s domains, served by us', ['(?:for|of) (?:our |their )?(?:customers|clients|merchants|tenants|studios)[\'’]? (?:own )?domains', 'customer domains', 'for their own domains']);
add('cue:others_domains', 'zh', 'other people\'s domains, served by us', ['为其(?:整个)?域名', '(?:商家|客户|用户|租户)(?:把|将)(?:其|自己的|他们的)?域名']);
add('cue:dns', 'zh', 'name servers switched and resolution provided', ['NS ?(?:改成|改为|指向|设为|切到)', '提供解析']);
add('cue:for_others', 'zh', 'billed by the customers\' traffic; acceleration opened for them', ['按(?:商家|客户|企业|租户|用户)(?:的)?(?:每月|月)?(?:流量|带宽)(?:计费|收费|结算)', '(?:为|给)[^，。；]{0,12}(?:商家|客户|企业|租户)开通加速']);
add('cue:cdn', 'zh', 'an accelerated domain', ['加速域名']);
add('B11', 'zh', 'other companies\' own sites run on our servers, for a hosting fee', ['(?:把|将)(?:(?:他们|其|客户|商家|对方|合作方)(?:自己)?|自己)的?(?:官网|网站|站点|系统|程序)(?:放|部署|托管|搬)(?:到|在)(?:我们|我方|我司)的?(?:服务器|机房|云)', '收(?:取)?(?:网站|主机|服务器)?托管费']);
add('cue:collect', 'zh', 'taken down from other sites (抓下来)', ['(?:抓|爬|扒)(?:下来|过来|回来)']);
add('B25-4', 'en', 'the other side seen typing (\'typing…\' indicator)', ['[“"\'‘]typing(?:…|\\.{3})?[”"\'’] indicators?', '(?:see|sees|shows?) (?:that )?(?:the other (?:person|side|member|user)|they) (?:is|are) typing']);
add('cue:external', 'zh', 'sites named in a list and closed with 等 (从下厨房、豆果等站点)', ['(?<=[、，,][^，。；、\\n]{1,12})等(?:站点|网站|平台|社区|论坛|App|APP|app)']);
add('cue:external', 'en', 'sites named in a list and closed with "and other sites"', ['(?:and|or|&) (?:other|similar|more) (?:sites|websites|platforms|forums|communities)']);
add('cue:besides_own', 'zh', 'more than our own: 除了我们自己的…，还…', ['除了(?:我们|本站|平台|站内|自家)?(?:自己|自有|自营)?的?[^，。；]{0,24}[，,]?\\s?还(?:会|将|要|能|可以)?']);
add('cue:besides_own', 'en', 'more than our own', ['(?:besides|in addition to|on top of|as well as|not only) (?:our|the site[\'’]s) own']);
add('cue:game', 'zh', 'a virtual animal of one\'s own to raise (虚拟小猫)', ['(?:领养|收养|养)(?:一只|一个)?虚拟', '虚拟小?(?:猫咪?|狗狗?|兔子?|仓鼠|小鸡|熊猫|精灵|萌宠)']);
add('cue:game', 'en', 'a virtual animal of one\'s own to raise', ['(?:adopt|raise)s? (?:a |their own )?virtual', 'virtual (?:cat|kitten|dog|puppy|bunny|hamster)s?']);
add('cue:game_money', 'zh', 'paid item bundles', ['礼包', '(?:付费|充值)(?:解锁|礼包)']);
add('B25-4', 'zh', 'each message pushed in real time to the other side of a pair: instant messaging by its act', ['(?:实时|即时)(?:下发|推送|送达|投递|转发|同步)(?:给|到|至)(?:对方|另一方|接收方|收件人|对端)']);
add('B25-4', 'en', 'each message pushed in real time to the other side', ['(?:pushed|delivered|relayed|sent) (?:instantly |in real time |live |straight )to the other (?:party|side|user|person|member)']);
add('cue:audience', 'zh', 'an audience watching', ['观众', '(?:在线|直播间)(?:的)?(?:观众|看客)', '围观(?:的)?(?:用户|网友|群众)']);
add('cue:audience', 'en', 'an audience watching', ['viewers', 'audiences?', 'watchers', 'spectators']);
add('cue:offline', 'zh', 'an event held in person, its audience in the room', ['线下(?:讲座|活动|演出|课堂|沙龙|聚会|展会|展览|比赛|门店|分享会|音乐会)', '(?:现场|到场)(?:的)?观众']);
add('cue:offline', 'en', 'an event held in person, its audience in the room', ['in-person (?:events?|talks?|shows?|audiences?|concerts?)', '(?:the )?audience in the (?:room|hall|venue)']);
add('cue:gift_share', 'zh', 'the performer takes a share of what viewers pay (老师拿五成)', ['(?:主播|老师|达人|表演者|歌手|艺人|嘉宾|乐手)(?:可以|能)?(?:拿|分|得|获得|抽|分到|拿到)(?:走)?(?:[一二三四五六七八九]成|\\d{1,2} ?%|一半|五五分)']);
add('cue:gift_share', 'en', 'the performer takes a share of what viewers pay', ['(?:performers?|streamers?|hosts?|artists?|musicians?|singers?) (?:get|gets|keep|keeps|take|takes|receive|receives) (?:\\d{1,2} ?%|half)']);
add('B24', 'zh', 'a partner brand\'s hotline answered by our agents in its name', ['以[^，。；]{0,16}(?:品牌|公司|商家|客户|合作方|企业)[^，。；]{0,12}?的?名义(?:接听|回复|接待|处理)', '(?:接听|承接)(?:其|对方|他们|合作品牌|客户)的?[^，。；]{0,6}(?:热线|来电)']);
add('cue:live_scores', 'zh', 'match events told one by one as they happen', ['(?:进球|比分|红黄牌|换人|犯规|罚球)[^。；]{0,12}(?:逐条|实时|即时)(?:文字)?(?:播报|直播|推送)']);
add('cue:live_scores', 'en', 'match events told as they happen', ['(?:goals?|scores?|cards|substitutions)[^.;]{0,30}(?:as they happen|play-by-play|minute by minute)']);
add('cue:licensed', 'zh', 'the third party holds a licence named in book-title marks (持《医疗机构执业许可证》)', ['(?<![支坚保维主扶劫把挟])持(?:有)?《[^》\n]{2,30}》', '(?<![支坚保维主扶劫把挟])持(?!续|平|久|股|仓|卡人|证上岗)[^，。；有\n]{0,16}(?:执业许可|许可证|资质|牌照)']);
add('cue:own_writing', 'zh', 'the company\'s own news about itself (本公司新品上市、门店开业)', ['(?:本公司|我们公司|我司|本品牌|公司自己)(?:的)?(?:新品|产品|门店|活动|公告|动态|新闻)']);
add('benign:maintenance', 'en', 'a table designed in SQL: its column types are types (body TEXT), not someone texting', ['create table', '(?<=[(,\\n] *(?:[a-z][a-z0-9]*_[a-z0-9_]+|id|name|title|body|content|status|type|url|note|remark|summary) )(?:text|varchar|char|bigint|int|integer|datetime|timestamp|json|boolean|blob)(?:\\(\\d+\\))?(?= *[,)\\n]| +(?:not null|null|primary key|default))']);
add('cue:machine', 'zh', 'appliances, furniture, rooms and plants: their "diagnosis" and "prescription" are not medical', ['洗衣机', '冰箱', '热水器', '洗碗机', '扫地机(?:器人)?', '油烟机', '电视机?', '家具', '沙发', '床垫', '实木', '木桌', '餐桌', '衣柜', '地板', '墙面', '软装', '客厅', '卧室', '管道', '水管', '植物', '花草', '绿萝', '龟背竹', '多肉', '盆栽', '叶片', '草坪', '果树']);
add('cue:machine', 'en', 'appliances, furniture and plants', ['washing machines?', 'washers?', 'fridges?', 'dishwashers?', 'furniture', 'sofas?', 'couch(?:es)?', 'mattress(?:es)?', 'wooden (?:tables?|floors?)', 'plants?', 'houseplants?', 'lawns?']);
add('cue:cannot_disable', 'zh', 'no switch put in settings; unsubscribing only by calling us', ['(?:设置里?|设置页)?(?:不放|不设|不做|不给|不加)(?:关闭)?开关', '(?:退订|关闭|取消订阅)(?:得|要|需要|只能|必须)(?:打|拨打|联系|找)(?:客服|人工)']);
add('appr:audiovisual', 'zh', 'pictures from a camera shown live to the public and kept for replay (画面同步在官网播出，整场视频供回看)', ['(?:画面|镜头|视频)[^。；\\n]{0,16}(?:同步|实时|现场)[^。；\\n]{0,12}(?:播出|转播)', '(?:整场|全程|完整)(?:视频|直播)[^。；\\n]{0,10}(?:回看|回放)']);
add('B13', 'zh', 'a private network built for other companies\' offices (为每家工厂开通专用加密通道，组成互通的内部网络)', ['(?:为|给)[^，。；\\n]{0,10}(?:工厂|客户|企业|商家|门店|合作方|供应商)[^，。；\\n]{0,10}(?:开通|搭建|建立)[^，。；\\n]{0,6}(?:专用|加密)[^，。；\\n]{0,4}(?:通道|隧道|专线)', '(?:办公网络|内网|局域网)[^。；\\n]{0,30}(?:组成|组建|连成)[^，。；\\n]{0,8}(?:互通|内部|专用)[^，。；\\n]{0,4}网络']);
add('appr:publishing', 'zh', 'works compiled into an e-book and sold for reading online', ['电子(?:合集|文集|书|版|刊)[^。；\\n]{0,24}(?:上架|出售|售卖|\\d+ ?元)', '(?:书城|书店)(?:频道)?[^。；\\n]{0,12}(?:上架|出售|售卖)']);
add('cue:video', 'zh', 'a short film shot on a phone (拍一段小片子)', ['小片子', '(?:这些|这段|这条|那些|每段)片子', '(?:拍|录)(?:一段|一条|一个)[^，。；\\n]{0,10}片子']);
add('cue:media_unsaid', 'zh', 'a work in any format (格式不限)', ['(?:作品)?(?:格式|形式)不限', '不限(?:格式|形式)']);
add('cue:media_unsaid', 'en', 'a work in any format', ['(?:in )?any format']);
add('cue:unnamed_expert', 'zh', 'a "professional team" whose qualification is not said giving advice', ['[“"「]?专业团队[”"」]?(?=[^。；\\n]{0,16}(?:建议|方案|指导))']);
add('cue:collect', 'en', 'a job reading other sites\' pages into an index of ours', ['reads? (?:their|the) (?:[\\w-]+ ){0,2}pages', 'into our (?:own )?(?:index|database)']);
add('cue:consult', 'zh', 'advice made for each person (给每个人出调理建议)', ['给(?:每个人|每位|每名|用户|大家|你)[^，。；\\n]{0,4}(?:出|开|定制)']);
add('cue:storage_space', 'zh', 'space of a stated size a user gets (会员可以获得 50GB 云端空间)', ['(?:获得|领取|拥有|享有|获赠|赠送)\\s?\\d+\\s?(?:G|GB|T|TB|g)\\s?(?:的)?(?:云端|云)?(?:存储)?空间']);
add('cue:one_way', 'zh', 'reminders of our own (就是我们店自己的提醒)', ['(?:我们|本店|店里|公司|平台|官方)[^，。；\\n]{0,6}自己的(?:提醒|通知|公告)']);
add('cue:neg', 'zh', 'what would be punished, at the end of its clause: what comes before it is what to avoid (强推会被罚的)', ['(?<=[\\u4e00-\\u9fffA-Za-z])(?:会|要|可能会?)被(?:罚款?|处罚|约谈|下架|封号|查处|通报)(?:的)?(?=\\s*(?:[，。；,;！!\\n）)]|[\\u2190-\\u2bff\\ufe0f]|[\\ud83c-\\ud83e]|$))']);
add('cue:neg', 'zh', 'what a name sounds like or might be taken for (“小组”听着像群聊; 会不会被当成即时通信): the word right after is a comparison, not the act', ['(?:听着|听起来|看着|看起来|读起来|乍一看)(?:有点|很|太|挺)?像', '(?:会不会|容易|可能会?|别)被(?:当成|当作|理解成|理解为|误认为|误以为是?|看成|认成)', '误以为是?', '被误认为是?'], 'phrase');
add('cue:neg', 'en', 'what a name sounds like or might be taken for', ['sounds? (?:a bit |a lot |too much )?like', '(?:might|could|may) be (?:mistaken for|taken for|read as)', 'mistaken for'], 'phrase');
add('cue:neg', 'en', 'a form field answered none (Private messages between entrants: none)', ['(?<=[:：|]\\s{0,3})(?:none|n/a|n)(?=\\s*(?:[.;。；\\n（(—–]|- |$))']);
add('cue:neg', 'zh', 'a form field answered no (是否涉及用户间通信：否)', ['(?<=[:：|]\\s{0,3})否(?=\\s*(?:[，。；,;！!\\n（(—–]|- |$))']);
add('benign:link_out', 'zh', 'the map is a licensed provider\'s SDK (地图用高德的 SDK)', ['(?:地图|底图)(?:用|使用|采用|接入|调用|直接用)(?:的是)?(?:高德|腾讯|百度)(?:地图)?的? ?(?:SDK|API|JS ?API|组件|插件)']);
add('cue:neg', 'zh', 'a simile (跟看直播似的, 像开会一样): the words after are a comparison, not the act', ['(?:跟|像|好像|就像)(?=[^，。；！!？?\\n]{1,10}(?:似的|一样|一般)(?![的地]?[^，。；！!？?\\n]{0,2}(?:实时|直播|聊天)))'], 'phrase');
add('B23', 'zh', 'mailboxes on the customer\'s own domain kept on our mail servers (名字@客户自己的域名)', ['@(?:客户|企业|商家|用户)?(?:自己|自有)?的?(?:域名|网域)[^。；\\n]{0,16}(?:邮件|邮箱|信箱)', '(?:邮件|信件|邮箱|信箱)[^。；\\n]{0,24}(?:我们|我方)的?(?:邮件)?(?:服务器|伺服器)[^。；\\n]{0,6}(?:处理|保存|存储|收发)']);
add('B24', 'zh', 'answering other brands\' callers (替其他品牌接听消费者来电)', ['(?:替|帮|为)[^，。；\\n]{0,12}(?:品牌|企业|公司|商家)[^，。；\\n]{0,4}接听[^，。；\\n]{0,8}(?:来电|电话|热线)']);
add('appr:maps', 'zh', 'a base map of our own with what we draw on it (叠加在自有底图上)', ['自有底图', '叠加在[^，。；\\n]{0,6}底图上']);
add('B25-4', 'zh', 'a video call in Taiwan\'s word (视讯)', ['(?:一对一|1对1|双向)视讯', '视讯(?:通话|电话|聊天|会议)', '(?:发起|拨打|接听)视讯']);
add('cue:one_way', 'en', 'an inbox holding only our notices', ['(?:only )?(?:holds?|contains?|carr(?:y|ies)) (?:only )?notices from us', 'notices from us']);
add('cue:ai', 'zh', 'a user and an AI answering each other (用户和 AI 一问一答)', ['(?:AI|机器人|大模型|智能助手)\\s?一问一答', '(?:和|与|跟)\\s?(?:AI|机器人|大模型|智能助手)\\s?(?:对话|聊天|问答)']);
add('benign:link_out', 'zh', 'a licensed map provider\'s SDK named by the provider alone (高德 SDK)', ['(?:高德|腾讯|百度)(?:的)? ?(?:SDK|JS ?API|开放平台)']);
add('appr:maps', 'en', 'map tiles we serve ourselves', ['(?:vector|raster) tiles', 'tile ?servers?', 'tileserver(?:-gl)?', 'OpenStreetMap', '(?:our own|self-hosted) (?:[\\w-]+ ){0,2}(?:layers?|tiles)']);
add('cue:neg', 'en', 'what a change replaces is gone (Replaces the AMap SDK with our own stack)', ['replac(?:e|es|ed|ing)(?= (?:the |our |its |their )?[^.;\\n]{1,40} with\\b)'], 'phrase');
add('appr:maps', 'zh', 'a route layer of our own laid over a base map (做成我们自己的一层路线图，叠在底图上)', ['叠(?:加)?在[^，。；\\n]{0,6}底图上', '(?:我们|我方)?自己的(?:一层)?(?:路线图|图层)']);
add('appr:finance', 'en', 'cover sold by us: premiums collected, claims paid from a pool', ['we (?:collect|charge) (?:the )?premiums?', '(?:we|our (?:[\\w-]+ ){0,2}team) (?:[\\w-]+ ){0,3}pays? out claims', 'cover pool', 'claims pool']);
add('appr:publishing', 'zh', 'serial works uploaded chapter by chapter and sold by the chapter (online literature)', ['按章节?(?:往上)?(?:上传|更新|连载)', '(?<=(?:小说|连载|漫画|章节|网文|作品)[^。；\\n]{0,20})追更|追更(?=[^。；\\n]{0,20}(?:章节|小说|连载|漫画|付费|更新到第))', '每章\\s?\\d+(?:\\.\\d+)?\\s?元', '(?:开|写)一本书']);
add('cue:for_others', 'zh', 'the customer\'s system run on our servers (甲方的系统部署在乙方的服务器上), billed by server', ['(?:甲方|客户|对方)的[^，。；\\n]{0,16}(?:部署|托管|运行)(?:在|到)(?:乙方|我方|我们|我司)', '按服务器(?:台数|数量)']);
add('appr:education', 'zh', 'a course by what it does: lectures in a series, homework marked, a completion certificate', ['批改[^，。；\\n]{0,6}作业', '结业(?:证明|证书)', '共\\s?\\d+\\s?讲']);
add('cue:public_audience', 'zh', 'shown to the users (给用户看)', ['给(?:用户|访客|读者|客户|网友|车主|买家)看']);

add('cue:current_topic', 'zh', 'news of society and people\'s daily lives, or of the day: current affairs whatever the outlet', ['(?:社会|民生|时政|时事|财经|国际|国内)(?:[与和、及](?:社会|民生|时政|时事|财经|国际|国内))?新闻', '(?:当日|当天|每日|今日)(?:的)?(?:社会|民生|时政|热点)?新闻']);
add('cue:news_outlet', 'zh', 'a news outlet named as the source: other publishers\' reporting, not our own writing', ['新华社', '新华网', '人民网', '人民日报', '央视(?:新闻|网)', '中新社', '中新网', '财新', '第一财经', '澎湃(?:新闻)?', '界面新闻', '新京报', '南方周末', '环球时报', '腾讯新闻', '网易新闻', '今日头条']);
add('cue:news_outlet', 'en', 'news outlets as the source', ['Xinhua', 'Reuters', 'Bloomberg', 'Associated Press', 'BBC', 'CNN', '(?:national|general|business) (?:business |general )?(?:and (?:general |business )?)?news outlets', 'news (?:outlets|wires|agencies)']);
add('cue:release', 'zh', 'the money passed on after a cut or a wait (扣掉服务费再转给手艺人)', ['(?:再|然后|随后|之后|才)(?:转|打|付|结|划)给(?!好友|朋友|用户|公司|我们|我司|本公司|自己)']);
add('cue:seller', 'zh', 'makers and shopkeepers selling on our platform', ['手艺人', '商户', '摊主', '店家', '卖方', '入驻(?:商家|品牌|店铺)']);
add('cue:game', 'zh', 'a puzzle game by its play: three alike in a row vanish, levels passed against a clock', ['三消', '消消乐', '连连看', '连成一(?:线|排|行)[^，。；]{0,4}(?:就)?(?:消|消掉|消除)', '过关(?:得|领|奖|可|后)', '(?:一|每)关\\s?\\d+\\s?秒']);
add('cue:game_money', 'zh', 'more plays bought (花 2 元再买 3 次)', ['(?:花|付)\\s?\\d+\\s?元(?:再|可以)?(?:买|换|续|玩)', '(?:再)?买\\s?\\d+\\s?(?:次|局|条命|点体力)(?:机会)?']);
add('cue:realtime', 'en', 'at once (straight away)', ['straight away', 'when both (?:are|of (?:you|them) are) online']);
add('cue:two_way', 'en', 'each side\'s lines appear on the other side; either side can write', ['(?:each|every) (?:line|message|word) (?:typed|written|sent)[^.;]{0,30}(?:appears|shows up) on the other (?:side|end|screen)', 'either (?:side|party|one|of them|person) can (?:type|write|send|reply|attach)']);
add('B11', 'zh', 'each customer gets a server of its own (每家工作室获得一台独立云服务器实例)', ['(?:每家|每个|每位)[^，。；]{0,8}(?:获得|拿到|分到|分配到?|开通|拥有|得到)(?:一台|一个|一套)?(?:专属|独立|独享|单独)?的?(?:云服务器|云主机|虚拟主机|虚拟机|VPS|服务器)', '部署(?:他们|其|各自|客户|商家)(?:自己)?的?(?:官网|网站|站点|系统|程序|应用)']);
add('cue:cannot_disable', 'zh', 'the unsubscribe switch left out of this version (退订开关这一版先不放)', ['(?:关闭|退订|取消订阅|屏蔽)(?:的)?(?:开关|按钮|入口|选项)[^，。；]{0,6}(?:先|暂时?)(?:不做|不加|不提供|不上|不放|不给)']);
add('cue:visible_all', 'zh', 'visible to everyone', ['所有人可见', '所有用户可见', '公开可见', '全站可见', '大家(?:很快)?(?:就)?(?:能|可以|都能)看到']);
add('cue:visible_all', 'en', 'visible to everyone', ['visible to everyone', 'everyone can see', 'anyone can (?:watch|see|view)', 'playable by anyone']);

add('cue:form_open', 'zh', 'what the feature is or does is still open: its form, the service behind it, or which of two ways', ['(?:形式|形态|做法|玩法)[^。；\\n]{0,16}(?:还在出方案|还没(?:最后)?定|没(?:最后)?定下来)', '具体(?:是)?什么(?:服务|功能|内容|形式)[^。；\\n]{0,12}(?:还在谈|还没(?:谈|定)|没定|待定)', '(?:支持|做|开放)哪(?:几|些)种[^。；\\n]{0,6}(?:还没|没)(?:最后)?定', '(?<=是[^。；\\n]{1,30}还是[^。；\\n]{1,30}[，,]\\s?)(?:这个|这块|这事)?(?:还没|尚未)(?:谈下来|定下来|确定|想好)', '(?<=(?:没有?|未)(?:说明|写明?|讲|提)[^。；\\n]{0,16}是[^。；\\n]{1,30})还是']);
add('cue:form_open', 'en', 'what the feature is or does is still open', ['(?:don[\'’]t|do not) (?:yet )?know (?:yet )?(?:exactly )?what (?:that|it|this) (?:looks|will look) like', '(?:figure|work) out the details later']);

add('cue:neg', 'en', 'what a competitor has and we leave out: a heading for what is not built (Deliberately left out:, We do NOT copy:)', ['(?:deliberately |intentionally |consciously )?left out', '(?:we )?(?:do not|don[\'’]t|won[\'’]t|will not) (?:copy|take|adopt|borrow|follow|clone)', 'not (?:copying|taking|adopting|borrowing)', 'what we (?:leave out|skip|drop|don[\'’]t take)'], 'line');
add('cue:neg', 'zh', 'what a competitor has and we do not copy: a heading for what is not built (不照搬：…; 不学…的做法)', ['不(?:照搬|照抄|抄|学|跟进|效仿|模仿)(?:的(?:部分|功能|做法))?'], 'line');


add('cue:media_unsaid', 'zh', 'a file of any format, for now (格式暂不限制)', ['(?:格式|形式|类型)(?:暂|暂时|目前|先)不限(?:制)?']);
add('cue:media_unsaid', 'en', 'formats to be set later (supported formats will follow the proposal)', ['(?:supported )?(?:media |file )?formats? (?:will|are to) (?:follow|be (?:decided|chosen|set|agreed)|come later)']);

add('cue:note_to_person', 'zh', 'a note left for one named person (给对方留言, 给主理人留言): a guestbook entry or a private message?', ['给(?:对方|TA|ta|他|她|作者|主理人|店主|博主|楼主|设计师|房东|其他用户|别的用户)(?:单独)?留(?:个)?言']);
add('cue:note_to_person', 'en', 'a note left to someone that reaches them ("leaves you a note")', ['leaves? (?:you|them|him|her) (?:a |short )*notes?']);
add('cue:group', 'en', 'family or friends invited into a shared list or space: a closed group', ['invite (?:your )?(?:family|friends|household|roommates|partner)(?: members)? (?:in)?to (?:your |the |a )?(?:[\\w\\u4e00-\\u9fff-]+ ){0,3}(?:list|board|space|album|room|project|plan)']);
add('cue:points_transfer', 'en', 'points sent to another member', ['(?:send|sends|gift|gifts|give|gives|transfer|transfers) (?:[\\w\\u4e00-\\u9fff]{1,8} )?(?:积分|points|coins|credits) to (?:another|a|other|any) (?:member|user|friend)s?']);
add('B11', 'en', 'a server of its own for each subscriber, who uploads their website to it', ['(?:each|every) (?:subscriber|customer|client|member|designer|studio|merchant|tenant)s? gets? (?:a |an |its own |their own )?(?:cloud )?(?:servers?|VMs?|VPS|virtual machines?|hosts?)', 'upload (?:their|its|your) (?:own )?(?:website|site)s?(?: files)?(?= and| to)']);
add('B14', 'en', 'home Internet sold by us: we are the users\' Internet provider', ['(?:their|your|the members[\'’]|users[\'’]) (?:home )?Internet (?:service )?provider', 'order (?:home )?(?:Internet|broadband) from us', 'connect (?:it|them|the router) to the Internet through our']);
add('cue:note_to_person', 'en', 'a note left for one person', ['leave (?:a )?(?:note|message) for (?:the )?(?:author|owner|host|creator|maker|them|another user|other users)']);

add('cue:form_open', 'zh', 'how the deal or contact is done is left to a later phase (交易方式由二期决定), or what to build is yet to be proposed', ['(?:交易|沟通|联系|付款|支付|交付|结算)(?:方式|流程)[^，。；\\n]{0,6}(?:由|待|等)(?:二期|后续|下期|下一期|之后)?(?:决定|再定|确定)', '(?:具体)?做什么[^。；\\n]{0,6}(?:待|等)[^。；\\n]{0,8}(?:提案|方案|讨论)']);
add('cue:form_open', 'en', 'what to build is yet to be proposed', ['to propose (?:the )?features', '(?:features|ideas) (?:are |is )?(?:still )?(?:to be|yet to be) proposed']);

add('cue:notify', 'zh', 'the app\'s message centre: where its notices are listed (消息中心), not a conversation', ['消息中心', '消息提醒']);

add('cue:dialer', 'zh', 'visitors call our listed number themselves (访客自行拨打): their own phone places the call', ['(?:访客|用户|客户|读者|顾客)?自行(?:拨打|致电|来电)', '(?:请|可|可以)(?:直接)?(?:拨打|致电)(?:本所|本店|我们|我司|公司|门店|客服|前台)的?(?:座机|电话|热线|号码)']);

add('appr:ride_hailing', 'zh', 'private car owners dispatched by our engine, a fare of base price plus distance and time', ['私家车主', '推送(?:到|给)(?:司机端|司机)[^，。；]{0,6}(?:抢单|接单)', '起步价\\s?[+＋和]\\s?(?:里程|公里)']);
add('cue:storage_space', 'zh', 'free space of a stated size (免费空间 20GB)', ['(?:免费|赠送)(?:云端|云)?(?:空间|存储|容量)\\s?\\d+\\s?(?:G|GB|T|TB)']);
add('cue:video', 'zh', 'video by its making or delivery: clips cut and edited, episodes, HLS streams', ['(?:拍摄)?剪辑(?:的|好的)?(?:片子|短片|片|进度片)', '(?:进度|纪录|宣传)片', '每集\\s?\\d', '短片段', '(?:视频)?片段(?=[^。；\\n]{0,10}(?:上传|转码|播放|压缩))', '(?:最长|时长)\\s?\\d+\\s?秒的?片段', 'HLS', 'm3u8']);
add('cue:visible_all', 'zh', 'every user may open and watch it', ['所有(?:登录)?(?:用户|人|访客|会员)(?:都)?(?:可以|能)[^，。；]{0,10}(?:观看|看到|收看|播放|点开|浏览)', '默认公开']);
add('B12', 'zh', 'our nodes caching and delivering another company\'s files to its visitors (CDN for others)', ['(?:节点|CDN)[^。；]{0,12}(?:(?<!作)为|给|帮)(?:乙方|客户|合作方|商家|其他公司|他们|合作伙伴)[^。；]{0,16}(?:缓存|加速|分发)']);


add('cue:call', 'zh', 'a call put through: the other phone rings and the two are connected (响铃，接通后)', ['(?:手机|对方)(?:会)?响铃', '接通后']);
add('B11', 'zh', 'sites we build for each partner and run on our servers for a yearly space fee (为每家花店建设网站，部署在我公司的服务器上)', ['(?:为|给|帮)(?:每家|每个|各家)?[^，。；]{0,6}(?:建设|搭建|建|做)[^，。；]{0,10}(?:网站|官网|站点)[^。；]{0,24}(?:部署|放|跑|托管)(?:在|到)(?:我们|我司|我公司|我方|公司)[^，。；]{0,6}(?:服务器|机房|云)', '收取(?:网站)?(?:空间|主机|服务器)(?:及|和)?(?:维护)?费']);
add('cue:visible_all', 'zh', 'all registered users may listen or watch', ['(?:全部|所有)(?:注册|登录)?(?:用户|人|会员|听众|观众)(?:均|都)?(?:可|可以|能)(?:免费)?(?:在线)?(?:收听|观看|播放|看|听)']);

add('cue:audio', 'zh', 'listened to: an audio programme (点开收听, 离线听)', ['收听', '离线听', '(?:聊天|谈话|电台|音频)节目']);
add('cue:shoot', 'zh', 'an episode recorded for each issue (每周录一期)', ['录(?:一期|每期|一档)']);
add('cue:media_unsaid', 'zh', 'mostly pictures: other media not ruled out (以图片为主)', ['以(?:图片|图文|照片)为主']);
add('cue:media_unsaid', 'en', 'mostly pictures: other media not ruled out', ['(?:mostly|mainly|primarily) (?:photos|images|pictures)']);
add('cue:undecided', 'en', 'added only if time allows (maybe short clips if engineering has time)', ['maybe [^.;\\n]{1,30} if (?:[\\w-]+ ){0,2}(?:has|have|gets?|finds?) (?:the )?time']);
add('cue:undecided', 'zh', 'added only if time allows (有时间再加)', ['(?:如果|要是)?有时间(?:的话)?(?:再)?(?:加|做|支持|上)']);

add('cue:consult', 'zh', 'a doctor says what the complaint may be, whether to see a hospital, or writes a prescription', ['(?:告诉|判断|看看)[^。；\\n]{0,8}(?:可能是|是什么)(?:问题|病|情况)?', '需不需要(?:去)?(?:医院|就医|就诊)', '开(?:方子|处方|药方)', '看完[^，。；\\n]{0,4}开']);
add('cue:consult', 'en', 'a doctor says which illness it is, whether to go to hospital, or prescribes', ['(?:tell|tells|say|says)[^.;\\n]{0,20}(?:which|what) (?:[\\w-]+ )?(?:illness|disease|condition|problem)', 'need (?:to )?go to (?:the )?hospital', 'prescri(?:be|bes|bed|ption|ptions)']);
add('appr:drugs', 'zh', 'the medicines of a prescription sold and delivered by us (方子里的药可以直接在我们这儿下单)', ['(?:方子|处方|药方)(?:里|上)?的药[^。；\\n]{0,10}(?:下单|购买|买|配好|配送|送上门)']);
add('cue:realtime', 'en', 'seen the moment it is sent', ['the (?:moment|second|instant) (?:you|they) send(?: it)?', '(?:gets?|receives?|sees?) (?:it|them|the (?:message|note|words)) (?:at once|instantly|immediately|right away)']);
add('cue:can_reply', 'en', 'the receivers answer where the update reached them ("they answer right there")', ['(?:she|he|they|members?|the others?|the other (?:side|party|members?)|recipients?) (?:can |then )?(?:answer|reply|respond)s? (?:right |straight )?(?:there|back|in the (?:room|thread|app|chat|space|list|note))', '(?:she|he|they) (?:answers?|replies|responds)(?= [「“"])']);
add('cue:location_share', 'en', 'users\' live locations shown to other users', ['see each other on (?:the |a )?map', '(?:live|real-time|precise|current) locations? (?:of [^.;\\n]{0,40})?(?:is |are )?(?:shared|sent|pushed|shown) (?:with|to) (?:the )?other', '(?:share|sharing|shares) (?:their |your |live |real-time )+locations? (?:with|to) (?:each other|one another|the others?|family|friends|other (?:users|members))']);
add('cue:location_share', 'zh', 'users\' live locations shown to other users (位置共享)', ['(?:实时)?位置共享', '共享(?:实时)?位置', '(?:互相|彼此)(?:能)?看到(?:对方)?(?:的)?(?:实时)?位置']);
add('cue:can_reply', 'en', 'the receiver writes straight back', ['write (?:straight |right )?back', 'reply (?:straight|right) back']);
add('cue:pair', 'en', 'a note dropped to one person (drop them a note)', ['drop (?:them|him|her|a friend|each other) a (?:note|line|message)']);
add('cue:two_way', 'en', 'sending to each other (mutual send)', ['mutual(?:ly)? (?:send|chat|talk|message)', 'send (?:words|messages|pictures|photos|notes)[^.;\\n]{0,20}to each other']);
add('cue:call', 'en', 'a phone rung and a voice call connected (rings the landline, connects you by voice)', ['rings? (?:the|your|a) (?:landline|mobile|phone)', 'connects? you (?:to [^.;\\n]{1,30} )?by voice']);
add('cue:news_outlet', 'en', 'the country\'s leading outlets as the source', ['(?:the )?(?:nation|country)[\'’]s (?:leading|major|top) (?:news )?outlets', '(?:leading|major|mainstream|national) (?:news )?outlets']);
add('cue:news_act', 'en', 'stories rounded up by editors', ['round (?:up|ups) (?:the )?(?:stories|headlines|news)', 'stories everyone is talking about']);

add('cue:surface', 'en', 'idioms with "no" that turn nothing down (Busy? No problem: …): they hide the determiner negation inside them', ['no problem', 'no problems', 'no worries', 'no wonder', 'no doubt', 'no kidding']);

add('cue:video', 'en', 'a show streamed into the app, filmed by cameras', ['stream(?:s|ed|ing)? (?:live )?(?:into|to|in|on) (?:the )?(?:app|site|website|home ?page)', '(?:multi|\\d|two|three|four)-camera (?:production|shoot)']);
add('cue:visible_all', 'en', 'anyone opening the app can watch', ['anyone (?:[\\w-]+ ){0,3}can (?:watch|view|see it|play it)']);

add('B11', 'zh', 'a hosting service fee for sites we run on our servers (收取托管服务费)', ['收取?(?:网站|主机|服务器|官网)?托管服务费']);
add('cue:storage_space', 'zh', 'space of a stated size opened for each customer (每个工作室开通 200GB 空间)', ['(?:每个|每家|每位|每人)[^，。；\\n]{0,6}(?:开通|获得|分配|拥有|赠送)\\s?\\d+\\s?(?:G|GB|T|TB)']);
add('cue:current_topic', 'zh', 'housing and market policy of the day (住建部门新政, 房贷利率调整, 当天的楼市消息)', ['(?:住建|发改|央行|金融监管|证监)(?:部门|委|局|总局)?[^，。；\\n]{0,6}(?:新政|政策)', '房贷利率', '楼市(?:消息|新闻|快讯)', '(?:当天|当日|今日)的?(?:重要)?(?:楼市|股市|财经|市场)(?:消息|新闻|动态)']);
add('appr:ride_hailing', 'en', 'private car drivers registered with us take the order', ['private[- ]car drivers?', '(?:the )?nearest (?:free |available )?drivers? (?:take|takes|accept|accepts|gets?) (?:the )?(?:order|ride|trip|job)']);

add('cue:form_open', 'zh', 'the interaction design that would say how it works is not out yet (交互稿还没出)', ['(?:交互稿|设计稿|原型稿?|交互方案)(?:还|尚|目前)?(?:没出|未出|没有出|没定|未定|待定|在做|没做)']);
add('doubt:B25-4', 'zh', 'talking with others by voice, the form not said (用声音交流): a voice room or voice posts?', ['用(?:声音|语音)(?:来)?(?:交流|聊天|聊|沟通|互动)']);
add('doubt:medical_unclear', 'zh', 'a user\'s medical report read to advise them (上传体检报告，生成个性化建议): diagnosis or only general tips?', ['(?:体检报告|化验单|检查报告|检验报告|病历)[^。；\\n]{0,24}(?:生成|给出|提供|解读|分析)[^。；\\n]{0,12}(?:建议|方案|解读|报告)']);
add('doubt:medical_unclear', 'en', 'a user\'s medical report read to advise them', ['(?:check-?up|medical|lab|blood[- ]test) (?:reports?|results?)[^.;\\n]{0,40}(?:generate|give|gives|suggest|suggests|produce|produces)[^.;\\n]{0,20}(?:advice|plan|recommendations?)']);
add('cue:any_files', 'zh', 'no limit on file types (不限文件类型)', ['不限(?:文件)?(?:类型|格式)']);

add('cue:neg', 'zh', 'ideas voted down: a heading for what is not built (被否：…; 否决：…)', ['被否决?(?=\\s*[:：])', '(?:投票)?否决(?:的(?:点子|方案|想法))?(?=\\s*[:：])'], 'line');
add('cue:neg', 'en', 'ideas voted down: a heading for what is not built (Voted down: …)', ['voted down(?=\\s*[:：])', 'vetoed(?=\\s*[:：])', '(?:rejected|discarded|parked) ideas?(?=\\s*[:：])'], 'line');

add('cue:text_live', 'zh', 'called a live stream but only pictures and words (实际只是图文时间轴; 名字沿用老版本)', ['(?:实际|其实|实际上)(?:只是|就是|是)[^，。；\\n]{0,4}(?:图文|照片|图片|文字)', '(?:名字|名称|叫法)沿用']);
add('cue:own_writing', 'zh', 'a section publishing only the company\'s own news (仅发布本公司自身经营动态)', ['(?:只|仅)(?:发布|发|放|刊登)(?:本公司|我们|我司|公司|本品牌)(?:自身|自己|自有)?(?:的)?(?:经营)?(?:动态|新闻|公告|消息|内容)']);
add('cue:own_writing', 'en', 'we post our own notices', ['(?:we )?post (?:only )?our own (?:[\\w-]+ ){0,2}(?:notices|announcements|updates|news|alerts)']);

add('cue:neg', 'zh', 'Cantonese negation, read as 不 and 没有 are (唔做私訊, 唔會有一對一對話, 冇地圖, 冇得): to the end of the clause', ['唔(?!该|怪|错|好意思|知|识|记得|紧要|使|驶|用自己)', '冇(?!事|问题|所谓)'], 'clause');

add('cue:collect', 'zh', 'fetched from other sites, in Cantonese (去各大網站攞返遊記)', ['攞(?:返|晒|嚟|埋)', '拎返']);

add('B23', 'zh', 'another company\'s staff mailboxes run on our servers (把员工企业邮箱放到我们这里，负责收信、发信和邮件存储)', ['(?:企业)?邮箱[^。；\\n]{0,30}(?:放到|托管到|搬到|迁到)(?:我们|我司|我方)', '(?:为|给)[^，。；\\n]{0,10}(?:开设|开通)(?:企业)?邮箱账号', '负责收信、?发信']);
add('B23', 'en', 'another company\'s mailboxes run on our servers', ['host (?:their|its|the client[\'’]s|[\\w-]+[\'’]s) (?:staff |company |corporate )?(?:e-?mail|mailboxes)']);
add('cue:video', 'en', 'filmed sessions streamed on demand, or an event filmed and carried', ['film(?:s|ed)? (?:\\d+ |the |our )?(?:[\\w-]+ ){0,3}(?:workouts|talks|keynotes|ceremony|programmes?|classes|lessons|episodes|sessions)', 'video team will film', 'stream(?:s|ed)? (?:them|it) on demand']);
add('cue:visible_all', 'en', 'any user may stream it, anyone who opens the page sees it', ['any (?:user|visitor|member|one) can (?:stream|watch|play|view)', 'to anyone who opens (?:the|our) (?:page|app|site)']);
add('cue:video', 'zh', 'a clip, in Cantonese (段片, 條片, 放片)', ['(?:段|条)片(?!区|场)', '放片']);
add('cue:visible_all', 'zh', 'shown for everyone to watch, in Cantonese (俾所有人睇), or anyone may listen back', ['(?:俾|畀|给)(?:所有人|大家|全部人|任何人)(?:睇|看)', '任何人都(?:可以|能)(?:收听|收看|观看|重温|睇)']);
add('cue:audio', 'zh', 'a sound programme (声音节目)', ['声音节目']);
add('cue:shoot', 'zh', 'an episode made each week (每星期出一集)', ['(?:出|录|拍)(?:一|每)集']);
add('cue:cannot_disable', 'zh', 'the switch taken away, in Cantonese (开关会拎走; 想唔收都冇办法)', ['(?:开关|退订)[^，。；\\n]{0,6}(?:拎走|攞走)', '(?:唔|不)(?:想)?收都(?:冇|没)(?:办法|得拣)']);

add('cue:cannot_disable', 'zh', 'no option left to turn it off, or leaving only by closing the account; the switch not shown; unsubscribe replies changing nothing', ['(?:不再|不)提供[^，。；\\n]{0,4}(?:关闭|退订|屏蔽)[^，。；\\n]{0,6}(?:选项|开关|入口|按钮|方式)', '(?:停止接收|不想(?:再)?收)[^，。；\\n]{0,6}(?:须|必须|只能|需要)(?:注销|卸载)', '(?<![「“"])不(?:展示|显示|放)[^，。；\\n」”"]{0,4}(?:推送|通知|消息)?(?:开关|退订入口)', '退订[^\\n]{0,24}(?:名单|订阅)(?:不变|照旧|保留)']);
add('cue:video', 'en', 'a clip recorded in the app', ['record(?:s|ed)? (?:a|an|their|his|her) (?:short )?clip']);
add('cue:visible_all', 'en', 'anyone can watch it, even without an account', ['anyone\\b[^.;\\n]{0,50}\\bcan (?:watch|view|play) it']);

add('cue:news_act', 'zh', 'the day\'s events boiled down or rewritten in our words (浓缩成 5 条, 用我们自己的口吻重写标题和摘要)', ['浓缩成', '重写(?:一下)?(?:标题|摘要)', '挑(?:出|选)?\\s?\\d+\\s?(?:[~～到-]\\s?\\d+\\s?)?件']);
add('cue:current_topic', 'zh', 'local events of the day and new local policies (本地的大事, 落户政策)', ['(?:本地|当地|城里)的?(?:大事|新鲜事)', '落户政策']);
add('appr:culture', 'zh', 'a performer singing or dancing live for everyone in the app (online performance)', ['(?:实时|直播|在线)(?:地)?(?:唱歌|跳舞|表演|演唱|弹唱)[^。；\\n]{0,12}(?:给|让)(?:大家|所有(?:用户|人)|观众|粉丝)']);
add('appr:ride_hailing', 'en', 'a rider matched with a nearby driver', ['match(?:es)? you with (?:a|the) (?:nearby |nearest |closest )?driver']);
add('B12', 'en', 'other sites\' files copied to our edge servers and served from the nearest one (a CDN for others)', ['(?:point|connect) your (?:site|website|shop|blog)[\'’]?s? [^.;\\n]{0,30}(?:at|to) (?:our|the) (?:edge|CDN|acceleration) network', 'serve each visitor from the nearest']);
add('cue:cannot_disable', 'zh', 'only uninstalling stops it; the switch removed (移除「关闭推送」开关)', ['只能(?:通过)?(?:卸载|注销)[^，。；\\n]{0,8}(?:才能)?(?:停止|不再)(?:接收|收到)', '(?:移除|去掉|删除|拿掉)[^，。；\\n]{0,4}[「“"]?(?:关闭推送|推送开关|关闭通知|退订)[」”"]?(?:开关|按钮|入口)?']);
add('B11', 'en', 'customers\' sites and databases run on servers we provide, a fee per site', ['(?:sites|websites|databases)[^.;\\n]{0,40}run on (?:the )?servers', 'pays? a (?:monthly|yearly|annual) fee per (?:site|website)']);
add('B26', 'zh', 'customers\' domains pointed at our name servers, their records resolved by us (NS 记录改到我们的服务器)', ['NS\\s?记录[^。；\\n]{0,10}(?:改到|指向|改为|切到)(?:我们|我司|我方)', '由(?:我们|我司|我方)负责[^。；\\n]{0,16}解析']);

add('cue:visible_all', 'zh', 'everyone can watch it, wherever it is shown (所有人在商品页都能看)', ['(?:所有人|大家|所有用户)[^，。；\\n]{0,8}都(?:能|可以)(?:看|看到|观看|刷到)']);

add('cue:form_open', 'zh', 'whether it works one way or another is not settled yet (是否即时到达尚未确定)', ['(?<=(?:是否|是不是)[^，。；\\n]{1,10})(?:尚未|还没|还未)(?:确定|定|决定|拍板)']);
add('cue:partner_media', 'zh', 'items a partner supplies (合作方提供的资讯)', ['合作(?:方|伙伴|媒体|机构)[^，。；\\n]{0,4}(?:提供|供应|供给)的?(?:资讯|稿件|文章|内容|新闻)']);

// Round 14 (six blind sets h101–h106: RFCs, PR descriptions, user stories, release notes, long PRDs, review minutes).

// Round 14 (six blind sets h101–h106: RFCs, PR descriptions, user stories, release notes, long PRDs, review minutes).
add('cue:call', 'zh', 'a call answered, the two sides seeing each other live (到点接听, 双方实时互看)', ['接听', '互看', '(?:看到|看见)对方']);
add('cue:converse', 'zh', 'speaking to each other live (实时说话, 对讲)', ['(?:实时|互相|彼此|同时)说话', '对讲']);
add('cue:private', 'zh', 'seen only by the two people named (只有业主和这位设计师两个人可见)', ['只有[^，。；\\n]{0,12}(?:两个人|两人|双方|二人)(?:才)?(?:能|可以)?(?:看到|看见|可见|查看)', '仅[^，。；\\n]{0,12}(?:两个人|两人|双方|二人)可见']);
add('doubt:folk_belief', 'zh', 'feng shui or fortune-telling advice given as a service: folk belief, religious content or neither? DOMAIN §3 does not settle it', [
  '风水[^，。；\\n]{0,20}(?:建议|评分|测评|测算|分析|咨询|指导|诊断|打分|报告)', '(?:看|测|算)风水', '风水(?:大师|先生|师)', '化煞', '算命', '占卜', '测字', '解签', '求签', '(?:生辰)?八字(?:测算|合婚|分析|算)', '紫微斗数', '塔罗(?:牌)?(?:占卜|测试|解读)?',
]);
add('doubt:folk_belief', 'en', 'feng shui or fortune-telling advice', ['feng ?shui (?:advice|scores?|ratings?|readings?|consultations?|tips for (?:your|the user)|assessments?|masters?)', 'fortune[- ]tell(?:ing|ers?)', 'tarot(?: readings?)?', 'horoscope readings?']);
add('doubt:voice_bot', 'zh', 'the user speaks and a program answers by voice: an interactive voice response service (IVR, listed under B25-4) or only a voice front end?', [
  '语音助手', '智能语音(?:助手|客服|应答|问答|机器人)', '(?:用|以)语音(?:回答|回复|应答|作答|播报(?:答案|回答))', '语音(?:问答|对话)(?:机器人|助手)',
]);
add('doubt:voice_bot', 'en', 'a voice assistant that answers by voice', ['voice (?:assistant|bot)s?', '(?:answers?|replies|responds?) (?:by|with|in) (?:a )?(?:synthesi[sz]ed )?voice', 'spoken (?:answers?|replies)']);
add('doubt:counselling', 'zh', 'psychological counselling by counsellors: health advice, online diagnosis and treatment (互联网诊疗) or neither? DOMAIN §3 does not settle it', ['心理咨询(?:师)?', '心理(?:疏导|辅导|治疗|援助)', '心理咨询服务', '情绪(?:咨询|疏导)师?']);
add('doubt:counselling', 'en', 'psychological counselling', ['(?:psychological|mental[- ]health) (?:counsel(?:l)?ing|support sessions?|consultations?)', '(?:licensed |certified )?(?:psycho)?therapists?', '(?:licensed |certified )?counsel(?:l)?ors?']);
add('doubt:outside_data', 'zh', 'data from unnamed public sources shown to users (多渠道公开数据): collected from other sites and offered for retrieval (B25-2), or licensed data?', ['(?:多渠道|多个渠道|各渠道|各大平台|多个平台|全网|网上|互联网上?)(?:的)?公开数据']);
add('doubt:outside_data', 'en', 'data from unnamed public sources', ['(?:publicly available|public) data (?:from|across) (?:multiple|various|many|several) (?:sources|channels|sites|platforms)', 'scraped public data']);
add('B11', 'zh', 'cloud hosts opened for partners, their sites deployed and their databases kept by us (给合作 KOL 开云主机，托管数据库)', ['(?:给|为|帮)[^，。；\\n]{0,10}(?:开|开通|分配|提供)(?:云主机|虚拟主机|云服务器|服务器)', '(?:帮|为|替)(?:他们|客户|商家|合作方|对方)[^，。；\\n]{0,6}(?:部署站点|部署网站|托管数据库|托管网站)']);
add('B12', 'zh', 'our CDN nodes opened to others\' sites for a fee (CDN 节点开给他们的站用)', ['(?:CDN|加速)\\s?(?:节点|服务|网络)?[^，。；\\n]{0,6}(?:开给|提供给|卖给|租给|开放给)(?:他们|客户|商家|合作方|其他|别的|第三方|KOL|达人)']);
add('doubt:deferred', 'zh', 'what the card does is in a document not yet given (见飞书 PRD（链接待补）)', ['(?:链接|文档|PRD|方案|原型|设计稿)(?:待补|待补充|后补|待定|稍后补)']);
add('cue:group', 'zh', 'users pulled into a named group (拉进「活动群」), or a group for an event or its customers', ['(?:拉|加|邀请)(?:进|入)[^，。；\\n]{0,3}[「“"]?[\\u4e00-\\u9fff]{0,4}群(?!体|众|组|发|岛|落|星|像|山|聊)', '(?:活动|福利|打卡|体验官|社群|客户|工作坊|课程|报名|售后)群(?!体|众|组|发)']);
add('cue:undecided', 'zh', 'where or how it is built has not been discussed (在哪建、怎么建没有讨论)', ['(?:在哪|怎么|如何)(?:建|做|实现|搭)[^。；\\n]{0,8}(?:没有|还没|尚未|未)(?:讨论|确定|定|决定)']);
add('cue:others_sell', 'zh', 'brands or merchants selling on our platform themselves (由品牌方自己在平台上开团)', ['(?:品牌方|品牌|商家|厂家|厂商|供应商|第三方)(?:自己|自行)?在(?:我们|我方)?(?:的)?平台上?(?:开团|开店|卖货|销售|售卖|上架)']);

add('cue:delegate', 'en', 'what the provider supplies named as theirs (base map, tiles and geocoding are all theirs)', ['(?:are|is) (?:all |entirely |wholly )?theirs', '(?:provided|served|rendered|hosted|supplied) (?:entirely |wholly |all )?by (?:them|the provider|the vendor)']);
add('cue:delegate', 'zh', 'what the provider supplies, all of it theirs (全部由对方提供)', ['(?:全部|都|均|完全)(?:由|是)(?:对方|他们|该平台|服务商|合作方)(?:提供|负责|渲染|完成)']);

add('cue:neg', 'zh', 'voted down, at the end of its clause: what comes before it is not built (外站抓取方案否决)', ['(?<=[\\u4e00-\\u9fffA-Za-z：:]\\s?)(?:被)?(?:否决|否掉)了?(?=\\s*(?:[，。；,;！!\\n）)]|$))']);

add('cue:neg', 'zh', 'something used as if it were another thing (把 @ 当私信用, 把论坛当私聊的跳板): the thing named after 当 is a comparison, not the feature', ['(?<=把[^，。；？?\\n]{1,12})当(?:成|作)?(?=[^，。；？?\\n]{1,8}?(?:用|使用|的跳板|的工具|的渠道|的入口))'], 'phrase');
add('cue:neg', 'zh', 'cut, at the end of its clause (私信已砍)', ['(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)已砍(?:掉|了)?(?=\\s*(?:[，。；,;！!\\n）)]|$))', '(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)(?:已|已经)?放弃了?(?=\\s*(?:[，。；,;！!\\n）)]|$))']);
add('cue:neg', 'zh', 'planned for a later year, not this release (私信在明年的规划里)', ['(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)在(?:明年|下个?季度|下半年|后续|未来|以后|二期|下一?期)的?(?:规划|计划|排期|路线图|roadmap)(?:里|中|内)']);
add('cue:neg', 'zh', 'something also wanted at first and not kept (本来想同时直播)', ['本来(?:想|打算|计划)(?:要)?(?:同时|顺便|额外|再加)'], 'clause');
add('cue:self_only', 'zh', 'seen only by the user themself (只有本人可见): a private record, not a message to another', ['(?:只有|仅)(?:本人|自己|用户本人|用户自己|你自己)(?:才)?(?:能|可以)?(?:看到|可见|查看|看见)', '只(?:给|对|让)(?:本人|自己|用户本人|用户自己|你自己|TA自己)(?:看|可见|查看)', '仅自己可见', '仅本人可见']);
add('cue:self_only', 'en', 'seen only by the user themself', ['(?:only )?visible only to (?:the user|themselves|yourself|you)', 'only (?:the user|you) can see (?:it|them|their own)']);
add('doubt:legal', 'zh', 'lawyers answering users\' legal questions or writing opinions for them: a sector DOMAIN §3 does not list; whether a qualification is needed is not settled', ['律师[^，。；\\n]{0,8}(?:回答|解答|答复)(?:用户|网友|业主|读者|大家|你)?的?(?:问题|提问|咨询|疑问)?', '律师[^，。；\\n]{0,8}(?:出具|给出|提供|撰写|出)[^，。；\\n]{0,6}(?:法律)?意见(?:书)?', '法律咨询', '问律师', '律师咨询', '法律意见书']);
add('doubt:legal', 'en', 'lawyers answering users', ['lawyers? (?:answer|answers|review|reviews|give|gives|provide|provides|write|writes|repl(?:y|ies)|respond|responds|advise|advises)', 'legal (?:advice|consultations?|opinions?) (?:from|by|for)', 'ask (?:a |an |our |the )?(?:licensed |qualified |certified |real |partner |practising |practicing )?lawyers?']);
add('doubt:health_food', 'zh', 'health supplements sold or advised on (保健品, 膳食补充剂): not drugs, yet close to them; DOMAIN §3 does not settle it', ['保健品', '保健食品', '膳食补充剂', '营养补充剂', '褪黑素']);
add('doubt:health_food', 'en', 'health supplements', ['dietary supplements?', 'health supplements?', 'nutritional supplements?', 'melatonin']);

add('cue:lottery_sale', 'zh', 'tickets bought, exchanged or bought on the user\'s behalf (积分兑换体育彩票, 直接买双色球, 代用户购买)', ['(?:代购|购买|买|卖|销售|售卖|出售|兑换|换|代买|下单)[^，。；\\n]{0,4}(?:彩票|体彩|福彩|体育彩票|福利彩票|双色球|大乐透|刮刮乐|七星彩|排列[三五35])', '代(?:用户|你|大家|会员)?(?:购买|买|下单)(?=[^。；\\n]{0,12}(?:彩|球|乐透))']);

add('cue:cannot_disable', 'en', 'sent whatever the user\'s setting says; the switch only mutes, or is turned back on by an update', ['regardless of (?:the |their |users[\'’] |each user[\'’]s )?(?:in-app )?(?:notification|push|marketing|message) (?:settings?|preferences?|choices?|opt-?outs?|switch(?:es)?)', '(?:switch|toggle|setting) (?:in [\\w ]{1,20} )?only mutes (?:the )?(?:sound|badge)', '(?:reset|turned|switched|flipped) (?:back )?(?:to )?on (?:again )?after (?:every|each|any) (?:app )?(?:update|upgrade|release)', 'ignor(?:e|es|ing) (?:the |their |users[\'’] )?(?:opt-?outs?|notification settings?|push settings?)']);
add('cue:cannot_disable', 'zh', 'sent whatever the setting says; the switch turned back on by an update (无论是否关闭通知都推送, 每次更新后重新打开)', ['无论[^，。；\\n]{0,10}(?:是否)?(?:关闭|开启|关掉)[^，。；\\n]{0,6}(?:通知|推送|开关)', '(?:每次|每个版本)(?:更新|升级)后(?:都)?(?:自动)?(?:重新)?(?:打开|开启|重置为开|恢复为开)', '(?:开关|设置)只(?:能)?(?:关闭|静音)(?:声音|提示音|角标)']);

add('cue:decided_no', 'zh', 'agreement to cut it, recorded in a thread (同意，私信砍掉)', ['(?:同意|赞同|好的?|行|OK|ok|👌)[，,：: ]*(?=[^。？?\\n]{0,12}?(?:砍掉|砍了|不做|去掉|拿掉|放弃|不上))']);

add('benign:privacy_ui', 'en', 'the personal data a feature collects, limited and governed by the privacy policy', ['(?:personal (?:information|data)|PII|only the fields)[^.;\\n]{0,60}\\b(?:are|is) collected', 'collect(?:s|ed)? only (?:the )?(?:fields|data|information)']);
add('benign:privacy_ui', 'zh', 'the personal data a feature collects, limited', ['只(?:采集|收集)[^，。；\\n]{0,12}(?:必需|必要)的?(?:字段|信息|数据)', '(?:个人信息|用户信息)[^，。；\\n]{0,10}(?:最小化|按需)(?:采集|收集)']);

add('cue:seo', 'en', 'our pages crawled and ranked by others\' search engines; visitors arriving from them', ['(?:for|lets?|helps?|allows?|makes? it easier for) (?:Baidu|Bing|Google|Sogou|360|search engines?)(?:,? (?:and |or )?(?:Baidu|Bing|Google|Sogou|360))*[^.;\\n]{0,20}\\bto (?:crawl|index|find|rank)', '(?:crawlers|spiders|search bots) (?:see|get|receive|fetch|only see)', '(?:traffic|visitors|readers|users|sessions) (?:who |that )?(?:comes?|came|arrive|arrives) from search engines', 'indexed (?:page )?count', '(?:organic|search) (?:traffic|sessions|visits|visitors)', 'average (?:search )?position', 'tracked keywords']);
add('cue:seo', 'zh', 'our pages crawled by others\' search engines; visitors arriving from them', ['(?:来自|从)搜索引擎(?:的|来的|进来的)?(?:流量|用户|读者|访客)', '(?:百度|必应|搜狗|360)(?:的)?收录(?:量|数)?', '自然搜索流量']);

add('doubt:deferred', 'zh', 'the ticket says to do what a document says (按飞书文档执行): the document, not the text, is the feature', ['按(?!照?(?:当前|现有|目前|本|上述|以上|这个|此|既定|原|这份|本文)的?(?:文档|方案|PRD))[^，。；\\n]{0,12}(?:文档|PRD|需求文档|方案|wiki|Wiki)》?(?:执行|来做|实现|推进|落地)']);
add('doubt:deferred', 'en', 'the ticket says to do what a document says', ['(?:as|per) (?:described |specified )?in the (?:linked |attached )?(?:doc|document|spec|PRD|Feishu doc|wiki page)(?: only)?[.;]?$', 'see the (?:linked |attached )?(?:doc|document|spec|PRD|Figma)(?: for (?:details|everything|the spec))?[.;]?$']);

add('cue:group', 'en', 'a few named people in one shared thread or room (the homeowner, the designer and the foreman in one shared thread)', ['(?:one|a|the|their|your) shared (?:thread|conversation|space|room|channel|chat)', '(?:add|invite) (?:your |their )?(?:partner|family|mum|mom|dad|friends?|colleagues?|crew|team)(?: or [\\w ]{1,20})? (?:too|as well)']);

add('cue:pair', 'zh', 'a file or item sent to one chosen user (选中业主后点发送, 发到业主手机, 回传给设计师)', ['选中(?:某个|一位|一个)?(?:业主|用户|好友|对方|设计师|客户|联系人|师傅|工长)(?:后)?(?:点|再点)?(?:击)?发送', '发(?:送)?(?:到|给)(?:业主|用户|对方|设计师|客户|师傅|工长)(?:的)?(?:手机|App|APP|账号)', '回传给(?:设计师|业主|对方|用户|客户|师傅)']);

add('cue:neg', 'zh', 'not on this year\'s roadmap (直播相关能力不在今年规划里)', ['(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)不在(?:今年|本年度?|本期|本季度|近期|当前)的?(?:规划|计划|排期|路线图|roadmap)(?:里|中|内)?']);
add('cue:neg', 'zh', 'to be done, if ever, as a project of its own (私信如需做，另行立项)', ['(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)如(?:需|要|果要|果需要)(?=(?:做|上线|支持|开放|引入)?[，,]?\\s?(?:需)?(?:另行|单独|另外|再)(?:立项|评审|排期|申请))']);

add('appr:finance', 'zh', 'investment and wealth management (投资理财)', ['投资理财']);

add('cue:one_way', 'zh', 'a push and a site-inbox notice sent by us on an event (新文章发 push + 站内信)', ['(?:发|推送|下发|触发)\\s?(?:push|Push|PUSH|推送|短信)\\s?(?:\\+|和|及|、|/)\\s?站内信']);
add('cue:one_way', 'zh', 'the site inbox used by us to tell users something (站内信告知券到账, 通过站内信和 push 通知本人, 触达：站内信)', ['站内信\\s?(?:和|及|、|\\+|/)?\\s?(?:push|Push|PUSH|推送|短信)?\\s?(?:告知|通知|提醒|发送(?:给用户|给本人)|下发|发(?:放|送)?(?:电子票|券|优惠券|二维码|结果|进度))', '(?:通过|用|以)\\s?站内信\\s?(?:和|及|、|\\+|/)?\\s?(?:push|Push|推送|短信)?\\s?(?:通知|告知|提醒|发送|下发)', '(?:触达|触达方式|触达渠道|通知方式)[：:][^。；\\n]{0,12}站内信']);

add('cue:cannot_disable', 'zh', 'the switch greyed out, the unsubscribe entry taken down, shown even after notifications are turned off (开关置灰不能关, 退订入口下线, 即使关了通知也继续展示)', ['(?:开关|(?:关闭|退订|取消订阅|通知|推送)(?:按钮|选项))[^，。；\\n]{0,8}置灰', '(?<!(?:抱怨|吐槽|投诉|差评|反馈|反映|嫌|骂)[^，。；\n]{0,6})不能关(?![键系联心注于])', '即使[^，。；\\n]{0,12}(?:关了|关闭了?|关掉了?)[^，。；\\n]{0,6}(?:通知|推送)', '退订(?:入口|链接|按钮)[^，。；\\n]{0,6}(?:下线|去掉|取消|隐藏|拿掉)', '常驻通知栏']);

add('cue:public_audience', 'zh', 'shown or played to everyone (对所有人公开播放, 所有人可见): a staff tool named elsewhere (数仓) does not make it internal', ['对所有人(?:公开)?(?:播放|展示|可见|开放)', '所有(?:人|用户)(?:都)?(?:可以|能)?(?:看到|看|观看|播放|可见)', '公开(?:播放|展示给所有人)']);
add('cue:public_audience', 'en', 'shown to everyone', ['(?:visible|available|shown|public) to (?:everyone|all users|anyone)']);
add('B25-X', 'en', 'a text subscription billed to the phone bill through the carriers', ['deducted from (?:their|the user[\'’]s|your|users[\'’]) (?:phone|mobile) bills?', 'SP agreements?', 'reply \\w{1,6} to (?:subscribe|unsubscribe)', 'carrier[- ]billed', 'billed (?:through|via|by) (?:the )?(?:mobile )?carriers']);
add('B25-X', 'zh', 'a text subscription billed through the carriers (走运营商计费通道, 话费包月)', ['运营商计费(?:通道)?', '话费包月', '(?:从|在)话费(?:中|里)扣(?:除|费)?', 'SP\\s?(?:协议|业务|合作)']);

add('cue:staff', 'zh', 'our own design or service team (好美设计团队, 我们的客服团队)', ['(?<=好美|我们|我方|公司|平台|内部|自有)(?:的|自己的)?(?:设计|客服|服务|运营|编辑|审核|售后)(?:团队|人员|员工|同事|小组)']);

add('cue:pair', 'en', 'the one other person of a two-person exchange (type to her, the other\'s screen, either of us, on my side)', ['(?:type|write|text|talk) to (?:him|her|them|D|the (?:designer|client|author|seller|buyer|host|owner|foreman|agent))\\b', 'the other(?:[\'’]s| person[\'’]s| side[\'’]s) (?:screen|phone|side|device|app)', 'either of us', 'the two of us', 'on (?:my|your|his|her|their) side (?:live|instantly|at once)']);
add('cue:converse', 'en', 'typing to each other', ['(?:either of us|we both|both of us) (?:types?|writes?|speaks?|talks?)', 'type to (?:him|her|them|each other)']);
add('cue:private', 'en', 'seen only by the two', ['only the two of us can see', 'private bubbles?']);
add('B25-4', 'en', 'delivery and read markers of a chat', ['delivered/read (?:markers|ticks|receipts|status)', '(?:read|seen|delivered) (?:markers|ticks)']);
add('B11', 'zh', 'partners\' sites hosted in server space we allot them (为工作室分配我们云上的服务器空间托管其官网)', ['(?:为|给)[^，。；\\n]{0,10}分配[^，。；\\n]{0,8}(?:服务器空间|云主机|虚拟主机|服务器)', '托管(?:其|他们的|客户的|商家的|工作室的|品牌的)(?:官网|网站|站点)']);
add('B12', 'zh', 'brands\' own sites and files put on our acceleration nodes, their domain CNAMEd to us (合作品牌把官网图片接入好美的加速节点)', ['(?:自己|其|他们|商家|品牌|客户)的?(?:官网|网站|站点|小程序)[^。；\\n]{0,16}接入[^，。；\\n]{0,12}(?:加速|CDN)(?:节点|服务|网络)', '(?:把|将)(?:你的|你们的|自己的|商家的|品牌的|客户的)(?:源站)?域名 ?CNAME']);
add('B12', 'zh', 'partners\' site files sent to visitors through our acceleration nodes', ['(?:其|他们的|客户的|商家的|工作室的|品牌的)(?:官网|网站|站点)[^。；\\n]{0,20}(?:走|通过|经)(?:我们|我方)的?(?:加速|CDN)\\s?(?:节点|网络)']);
add('B26', 'zh', 'partners\' own domains resolved by our DNS servers', ['(?:其|他们|客户|商家|工作室|品牌)(?:自己)?的域名由(?:我们|我方)[^，。；\\n]{0,16}(?:解析|托管)']);

add('cue:can_reply', 'en', 'answering straight back (fire one straight back from the notification)', ['(?:fire|send|shoot|write|tap out) (?:one|a reply|something|it|an answer) (?:straight |right )?back', 'reply (?:straight|right|directly) from the (?:notification|banner|lock screen)']);
add('cue:pair', 'en', 'the two people of a shared note (either of them)', ['either of them']);

add('doubt:folk_belief', 'zh', 'a feng shui master or reading offered in mixed text (风水 master, 风水 check)', ['风水\\s?(?:master|check|reading|advice|score|assessment|大师|先生)', '(?:风水|八字)(?:测评|测算|看盘|批注)']);
add('doubt:folk_belief', 'en', 'a feng shui master or a reading ordered by users', ['(?:feng ?shui|fortune|tarot|astrology) (?:master|reader|readings?|checks?)', 'lucky(?:/| and | or )unlucky (?:spots|areas|days|directions)', 'a (?:written )?reading (?:of|for) (?:your|their|the user[\'’]s)']);
add('doubt:legal', 'en', 'lawyers reading users\' contracts and sending opinions', ['(?:a |our |partner )?law(?:yer|yers| firm|firms)[^.;\\n]{0,40}\\b(?:reviews?|reads?|checks?)\\b[^.;\\n]{0,20}\\b(?:contracts?|agreements?|documents?)', '(?:lawyer|legal)[\'’]?s? (?:opinion|review|advice) on (?:your|their|the user[\'’]s)', 'a lawyer to (?:read|review|check)', 'law firms? (?:[\\w-]+ ){0,3}(?:reviews?|checks?|reads?)\\b']);
add('doubt:deferred', 'zh', 'the mechanism left for later (具体玩法另行评审, 新玩法（待定）)', ['(?:具体)?(?:玩法|方案|形式|做法|机制)(?:另行|再行|后续再?|之后再?)(?:评审|确定|讨论|补充|给出)', '(?:新玩法|新功能|新形式|新机制)[”"」』]?\\s?[（(]?(?:待定|未定|待确定|TBD)']);
add('doubt:deferred', 'en', 'the mechanism left to a contest or a later decision (each squad propose something, launch whatever wins)', ['(?:launch|ship|build|pick) whatever (?:wins|comes out on top|the (?:squads?|teams?) propose)', 'each (?:squad|team) (?:pls |please )?(?:propose|pitch)', '(?:mechanism|mechanics|format|details) (?:tbd|to be decided|to come)']);

add('cue:converse', 'en', 'chat in casual spelling (convo, back n forth, keep going)', ['convos?', 'back (?:n|&) forth', 'keep (?:going|chatting|talking) (?:back|with)']);
add('B25-4', 'en', 'a small chat box opened between two users (a little convo box)', ['(?:little |small |mini )?convo (?:box|window|thread)']);
add('cue:pair', 'en', 'the two users, casually (the two of u, sends the poster a hi)', ['the two of (?:u|you|them)', 'sends? the (?:poster|author|owner|seller|host|creator|organi[sz]er) an? ']);
add('cue:reach', 'zh', 'contacting the person who posted it (联系发起人, 联系楼主)', ['联系(?:发起人|楼主|作者|团长|约伴人|发布者|发帖人|车主|房东|卖家|屋主)']);

add('cue:contact_button', 'zh', 'a button to contact the other user, what it opens not said (点「联系发起人」)', ['点(?:击)?\\s?[「“"]联系[^」”"\\n]{1,6}[」”"]', '[「“"]联系(?:发起人|楼主|作者|团长|卖家|房东|TA|ta|对方|屋主|车主)[」”"](?:按钮|入口)?']);
add('cue:contact_button', 'en', 'a button to contact the other user, what it opens not said', ['(?:tap|taps|click|clicks|press|presses) (?:a |the )?["“]?contact (?:the )?(?:seller|host|organi[sz]er|owner|poster|author)', '["“]contact (?:the )?(?:seller|host|organi[sz]er|owner|poster|author)["”] button']);

add('cue:delegate', 'en', 'opening the partner\'s own page or app', ['opens? (?:up )?(?:the |a )?(?:[\\w\\u4e00-\\u9fff-]+[\'’]s )?(?:own|official) (?:[\\w\\u4e00-\\u9fff-]+ ){0,3}(?:page|site|app|H5|portal|form)', '(?:the )?(?:bank|insurer|partner|provider|hospital|platform|lender)[\'’]s (?:own )?(?:[\\w-]+ ){0,2}(?:page|site|app|H5|portal)', '(?:their|its) own (?:H5|app|page|site|portal)']);
add('cue:delegate', 'zh', 'opening the partner\'s own page (跳转银行自己的页面)', ['(?:打开|跳转(?:到|至)?|跳到|进入)[^，。；\\n]{0,12}(?:自己|自家|官方)的?(?:页面|H5|h5|App|APP|小程序|网站|官网)']);

add('appr:finance', 'zh', 'lending, by its verb (放贷)', ['放贷']);
add('appr:finance', 'en', 'lending, by its verb', ['lend(?:s)?(?! a hand)']);

add('cue:licensed', 'zh', 'a ride-hailing platform that holds the permits, named (跳转滴滴出行)', ['滴滴出行', '(?<=(?:跳转|跳到|唤起|打开|拉起)[^，。；\\n]{0,6})滴滴', '曹操出行', 'T3出行', '首汽约车']);
add('cue:licensed', 'en', 'a ride-hailing platform that holds the permits, named', ['DiDi(?: Chuxing)?', 'Didi(?: Chuxing)?']);

add('appr:finance', 'zh', 'use now and pay later, the debt ours to collect (先装后付, 按月从用户账户扣款)', ['先装后付', '先用后付', '先享后付', '按月从用户(?:的)?(?:账户|银行卡|余额)(?:中)?(?:扣款|扣费|代扣)']);
add('appr:finance', 'en', 'buy now, pay later', ['buy now,? pay later', 'pay[- ]later (?:plans?|options?|scheme)']);

add('benign:site_search', 'en', 'a search said to cover only our own content (product search covers our own catalogue only)', ['search (?:only )?(?:covers|over|across|of|within) (?:only )?(?:our|the site[\'’]s|the app[\'’]s) own (?:catalogue|catalog|articles|content|products|store|guides|posts)', 'search(?:es)? only our own (?:catalogue|catalog|articles|content|products|store|guides|posts)']);

add('B26', 'zh', 'partners point their domains\' name servers at ours (在注册商那里把 NS 改成我们的)', ['NS\\s?(?:记录|服务器)?(?:改成|改为|改到|指向|指到|切到|设为)\\s?(?:我们|我方|我司|好美|ns\\d?\\.)']);
add('doubt:deferred', 'zh', 'the form waits for a design not yet made (具体形态等交互稿，先预留入口)', ['(?:具体)?形态(?:等|待|看)(?:交互稿|设计稿|原型|方案)', '先预留(?:入口|接口|按钮)(?:和(?:入口|接口))?']);
add('doubt:vet', 'zh', 'veterinary medicines sold or explained (兽药)', ['兽药', '宠物(?:驱虫|用)药']);
add('doubt:vet', 'en', 'veterinary medicines sold or explained', ['veterinary (?:medicines?|drugs)', '(?:deworming|flea|tick) (?:treatments?|meds?|medicines?|tablets?)']);
add('doubt:undecided_form', 'en', 'a LIVE badge on a person, what it opens not said', ['(?:a |the )?(?:red )?LIVE badge', 'while (?:they|he|she)(?:[\'’]re| are| is) live']);
add('doubt:undecided_form', 'zh', 'a 直播中 badge on a person, what it opens not said', ['直播中(?:角标|标识|标签|的标)']);

add('B26', 'en', 'others\' domains pointed at our name servers, answered by us', ['point (?:its|their|the|your) (?:name ?servers|NS(?: records?)?) (?:at|to) (?:us|our)', 'our DNS servers? (?:answer|answers|resolve|resolves) (?:for )?(?:their|its|customers[\'’]?|your)']);
add('B14', 'zh', 'Internet access sold to tenants or residents: accounts, plans and fees for going online (卖上网套餐给租户)', ['上网套餐', '上网账号', '(?:收|缴|交)[^，。；\\n]{0,4}网费', '(?:卖|销售|提供)[^，。；\\n]{0,6}(?:上网|宽带)(?:服务|套餐)']);
add('B11', 'en', 'servers rented to others by the hour, their sites hosted on our machines', ['dedicated servers? by the hour', 'host (?:their|its) (?:[\\w-]+ ){0,2}(?:site|website)s? on our (?:machines|servers|cluster)', 'rent (?:out )?(?:our )?(?:idle )?(?:GPUs?|servers?|machines) to']);

add('cue:group', 'en', 'users put together in a named room or squad where all see what is sent (a squad of up to 500 members, everyone in the room)', ['(?<!(?:community|growth|search|platform|payments?|checkout|mobile|web|core|infra|data|feed|content|design|settings|account|identity|editorial|commerce|ops|SEO|QA|app|iOS|Android|frontend|backend|FE|BE|notifications?|messaging|[\\w-]+-) )squads?(?! (?:goals?|meeting|leads?|names?|PMs?|owners?|engineers?|TL|EM|standups?|syncs?|OKRs?|backlogs?|rituals?)\\b)', 'all in one (?:thread|room|group|chat)', 'everyone in the (?:room|group|squad|thread)', 'every member(?: online)? (?:sees|gets|receives)', '(?:added|auto-added) to (?:a|the|their|compound \\w+[\'’]s|that model[\'’]s) (?:squad|group|room)']);
add('cue:msg', 'en', 'messages, casually', ['msgs?', 'voice clips?']);
add('cue:pair', 'en', 'the two users going on with it; something sent to one named person who sees it', ['the two (?:keep|continue|carry on|go on)', 'to the (?:designer|seller|host|author|owner|poster|foreman|homeowner)(?=[^.;\\n]{0,60}\\b(?:sees|gets|receives|reads) it)']);

add('cue:cannot_disable', 'en', 'the only switch there is controls the sound, not the message', ['(?:switch|toggle|setting)[^.;\\n]{0,30}\\bonly (?:controls (?:whether it (?:makes|plays) a sound|the sound)|mutes|silences)']);
add('cue:lottery_sale', 'en', 'tickets of named lotteries bought in the app', ['(?:buy|buys|buying|sell|sells|selling|purchase|purchases)\\b[^.;\\n]{0,30}(?:双色球|大乐透|福彩|体彩|welfare lottery|sports lottery)[^.;\\n]{0,12}\\btickets']);
add('B24', 'en', 'a business\'s customer calls answered by our agents in its name', ['(?:pick up|answer|answers|take|takes) (?:the )?calls in (?:your|their|the brand[\'’]s|the client[\'’]s|its) (?:brand[\'’]s )?name', 'forward (?:your|their|its) (?:customer )?(?:hotline|support line|service line|calls) to (?:us|our|haomei)', 'answer (?:your|their) customers for (?:you|them)']);

add('cue:cannot_disable', 'zh', 'the notification switch locked for the campaign, cannot be turned off (开关暂时锁定，关不掉); not users\' complaints about today\'s app (用户抱怨“关不掉”), which the feature fixes', ['(?<!想|要|希望|想要|想让|让它|让用户|(?:抱怨|吐槽|投诉|差评|反馈|反映|嫌|骂)[^，。；\n]{0,6})关不掉', '(?:开关|通知开关|推送开关)[^，。；\\n]{0,10}(?:锁定|锁住|无法关闭|不能关闭)']);
add('B13', 'zh', 'an encrypted private network joining other companies\' sites, run by us for a fee (给加盟门店组成一张加密私有网络)', ['(?:组成|组建|搭建|打通)[^，。；\\n]{0,8}(?:加密)?(?:私有网络|虚拟专用网|专用网络|企业专网)', '加密私有网络']);
add('B25-4', 'zh', 'a one-to-one live video or voice call (两个人 1v1 实时视频)', ['1\\s?[vV对]\\s?1\\s?(?:实时)?(?:视频|语音)(?:通话|连线|聊天)?', '(?:两个人|双方|两人)[^，。；\\n]{0,8}实时(?:视频|语音)']);

add('cue:neg', 'zh', 'the records of a messaging feature, not the feature (历史私信记录可导出)', ['历史(?=(?:私信|聊天|消息|对话|会话)(?:记录|数据))'], 'phrase');

add('cue:pair', 'zh', 'a line sent to one other user who answers back (给她发一句，她收到后可以回你，你们接着聊)', ['(?:给|向)(?:她|他|TA|ta|对方|这位用户)发(?:一句|一条|句|条)', '(?:她|他|TA|ta|对方)收到后(?:可以|能|就能)?回', '你们(?:就)?(?:能|可以)?接着(?=聊)']);
add('cue:can_reply', 'zh', 'the other answers back (可以回你, 回一句)', ['(?:可以|能|就能)回(?:你|复你|一句|消息)', '回一句']);
add('cue:pair', 'en', 'a greeting landing in the other user\'s message tab', ['in (?:their|her|his|the other user[\'’]s) (?:消息|messages?|inbox|chats?) tab']);
add('cue:converse', 'en', 'the exchange going on', ['the (?:thread|conversation|chat) (?:goes|keeps going|carries) on', 'keep (?:the )?(?:thread|conversation) going']);
add('cue:realtime', 'en', 'at once', ['at once']);

add('cue:neg', 'zh', 'moved to a later quarter or phase, at the end of its clause (私信挪到 Q4 二期)', ['(?<=[\\u4e00-\\u9fffA-Za-z：:]\\s?)(?:挪|移|推|放)(?:到|至)\\s?(?:Q[1-4]|下个?季度|二期|三期|明年|下半年|后续|下一?期|下个?版本)(?:\\s?(?:二期|三期|再做|再说))?(?=\\s*(?:[，。；,;！!\\n）)]|$))']);

add('cue:neg', 'zh', 'what users ask for, reported as their wish (用户反馈里想要私信的声音不少)', ['(?<=用户[^，。；\\n]{0,6})(?:要|想要|求|希望有|呼吁)(?=[^，。；\\n]{1,6}的(?:声音|人|用户|会|呼声|需求|反馈))'], 'phrase');

add('cue:cannot_disable', 'en', 'the toggles taken away, pushes switched back on when the user turns them off', ['remov(?:e|es|ing) the (?:notification|push|marketing) (?:toggles?|switch(?:es)?|settings?)', 're-?enabl(?:e|es|ing) (?:the )?(?:pushes|notifications) automatically', '(?:even )?if the user turns them off(?: at (?:the )?system level)?']);
add('cue:neg', 'en', 'an upload that turns a kind of file away (the uploader rejects video files)', ['(?:rejects?|refuses?)(?= (?:[\\w-]+ ){0,2}(?:video|audio|clips?|files?|uploads?)\\b)'], 'phrase');

add('cue:group', 'en', 'added to a thread with the other attendees or members', ['added to a (?:thread|room|chat|group|channel) with (?:all )?(?:the )?(?:other )?(?:attendees|members|participants|buyers|owners|neighbou?rs|users)']);
add('cue:pair', 'en', 'one other user chosen as the recipient (pick another user, that person\'s tray)', ['(?:pick|choose|select)s? (?:another|a) (?:[\\w-]+ )?(?:user|member|contact|friend)', 'that person[\'’]s (?:[\\w\'‘’ -]{0,12})?(?:tray|inbox|box|folder|phone)']);
add('B12', 'zh', 'partners\' content cached and served from our nodes, billed by traffic (他们的内容由我们节点缓存分发，按流量月结)', ['(?:他们|客户|合作方|商家|MCN|品牌)[^，。；\\n]{0,6}(?:的)?(?:内容|站点|网站|静态资源)由我们的?(?:边缘)?节点(?:缓存)?(?:分发|加速)']);
add('B26', 'zh', 'DNS resolution given to merchants or partners (商家建站工具顺带送 DNS 解析)', ['(?:商家|客户|合作方|他们|工作室|品牌)[^，。；\\n]{0,10}(?:送|提供|附带|托管)[^，。；\\n]{0,4}(?:DNS|域名)\\s?解析']);
add('doubt:folk_belief', 'zh', 'fortune positions in a home read from a birth date (财位, 桃花位, 生辰八字)', ['财位', '桃花位', '生辰八字']);

add('cue:delegate', 'en', 'the provider\'s own map or service, named as theirs (we render their base map)', ['their (?:base ?maps?|maps?|tiles|SDK|map service|geocoding|routing)']);

add('appr:finance', 'zh', 'we advance the money and are repaid by instalments with a fee (装修款先由好美垫付，用户按 12 期还给好美，每期收手续费)', ['(?:先由|由)(?:我们|我方|好美|平台|公司)(?:先)?垫付', '按\\s?\\d+(?:\\s?/\\s?\\d+)*\\s?期(?:还|归还|偿还)', '每期收[^，。；\\n]{0,6}(?:手续费|利息|服务费)']);
add('B11', 'zh', 'others\' sites deployed on our servers (网站部署在我们服务器上)', ['(?:网站|官网|站点)(?:会|将)?部署在(?:我们|我方|好美)(?:的)?(?:服务器|云|机房)']);
add('B26', 'zh', 'DNS resolution hosted for others (代注册域名并托管 DNS 解析)', ['(?:代|帮)[^，。；\\n]{0,6}(?:注册域名|域名注册)[^，。；\\n]{0,6}托管\\s?(?:DNS|域名)\\s?解析', '(?:并|为其|给他们|替他们|帮他们)托管\\s?DNS\\s?解析']);

// Round 15 (blind sets h143–h148): group rooms described by what members do, contact left open, vague growth asks.
add('cue:group', 'en', 'many members together in one room or lounge ("up to 500 members in one room")', ['(?:members|people|users|participants|fans|players|everyone|friends)(?: [\\w-]+){0,2} in (?:one|a|the same|a shared|a single) (?:room|lounge|chat)\\b']);
add('cue:msg', 'en', 'typed lines shown to the others ("everyone types and the lines pop up for all members")', ['(?:everyone|anyone|members|users|people) (?:can )?types?(?= and | a | messages| lines)', '(?:new |typed |their )?lines (?:pop up|appear|show up|scroll by)(?: for (?:everyone|all(?: the)? (?:members|others)|the others|the whole room))?']);
add('cue:reach', 'zh', 'how two users get in touch after they meet or match (认识之后怎么联系)', ['(?:认识|匹配|配对|互关|加好友|牵线)[^，。；？?\\n]{0,4}?(?:之后|以后|后)?(?:怎么|如何|用什么)(?:方式)?(?:联系|沟通|聊|交流)']);
add('cue:undecided', 'zh', 'the team is still thinking it over (产品还在想, 还没想清楚, 各组自己想)', ['(?:还在|仍在)(?:想|琢磨|纠结)(?![办法要去做把让])', '还没想清楚', '(?:玩法|形式|方式|机制|方案|做法)[^，。；\\n]{0,4}(?:各组|各团队|大家|你们)?自己想']);
add('cue:alternatives', 'zh', 'two possibilities side by side without a comma (可能站内也可能跳 wx)', ['可能(?:是|在|走|用)?[^。；！？\\n，,]{1,20}?也可能[^。；！？\\n]{1,40}']);
add('cue:reach', 'zh', 'raising how much users interact, the mechanism not said (把互动率拉上去)', ['(?:把|提升|提高|拉高|拉升|拉动)[^，。；\\n]{0,4}互动(?:率|量|数据|氛围)?(?:拉上去|拉起来|做上去|提上去|提升|提高)?']);
add('cue:besides_own', 'zh', 'others\' content mixed in with ours (跟站内的混在一个索引里, 与站内内容混排)', ['(?:跟|和|与|同)(?:站内|本站|我们自己|自有|自家)(?:的)?(?:内容|帖子|文章|笔记|结果|数据)?[^，。；\\n]{0,4}(?:混在|混排|混合|放在一起|放一起|合在一起|合并|一起排序|一起索引|一起展示)']);
add('cue:besides_own', 'en', 'others\' content mixed in with ours ("blended with our own results", "in the same index as ours")', ['(?:blended|mixed|merged|ranked|interleaved) (?:in )?(?:with|alongside|together with) (?:our|the site[\'’]s) own', 'in the same index as (?:our|the site[\'’]s) own']);
add('cue:im_infra', 'en', 'an instant-messaging back end: long connections that carry messages, message roaming, an IM SDK or cloud', ['long[- ]connection (?:SDK|service|layer|gateway|channel|server)s?', 'message (?:ordering|roaming)', 'IM (?:SDK|PaaS|cloud|vendor|back ?end|infrastructure)s?', 'instant[- ]messaging (?:SDK|PaaS|cloud|vendor|back ?end|infrastructure)s?']);
add('cue:im_infra', 'zh', 'an instant-messaging back end (长连接 SDK, 消息漫游, IM 云服务)', ['长连接(?:SDK|服务|网关|通道|层|服务器)', '消息漫游', '(?:IM|即时通讯|即时通信) ?(?:SDK|PaaS|云服务|云|服务商|后端|底座|中台)']);
add('doubt:iot', 'en', 'users\' devices connected and controlled through our cloud (IoT): a service DOMAIN does not list', ['IoT', 'internet of things', 'device cloud', 'MQTT', '(?:smart|connected) (?:home|lights?|locks?|plugs?|curtains?|devices?|appliances?|sensors?)[^.;\\n]{0,80}\\b(?:through|via|over|to|on) our (?:own )?(?:cloud|servers?|platform)', '(?:separate|another|different|new) telecom (?:business|service)']);
add('doubt:iot', 'zh', 'users\' devices connected and controlled through our cloud (物联网)', ['物联网', 'MQTT', '(?:智能家居|智能设备|智能门锁|智能灯|智能窗帘|智能插座|传感器)[^，。；\\n]{0,30}(?:远程控制|远程操控|联网|连我们的云|接入我们的云|云端控制|经我们的?(?:云|服务器))', '(?:另一项|另外的|单独的|新的)电信业务']);
add('cue:collect', 'en', 'pulling other sites\' items into our store on a schedule ("pull image metadata daily")', ['pull(?:s|ed|ing)? (?:in )?(?:their |the |each site[\'’]s )?(?:[\\w-]+ ){0,2}(?:metadata|listings|posts|articles|images|photos|results|prices|items|feeds?)\\b']);
add('prohib:forced_push', 'en', 'pushes sent to users who switched them off, their preferences bypassed, the way out hidden', ['(?:including|even|also)(?: to)? (?:those|users|people|everyone) who (?:have |had )?(?:switched|turned|opted|toggled) (?:[\\w-]+ ){0,3}(?:off|out)', 'bypass(?:es|ed|ing)? (?:the )?(?:user(?:s[\'’]?|[\'’]s)? )?(?:notification |push |marketing )?(?:preferences?|settings?|opt-?outs?|choices?)', '(?:unsubscribe|opt-?out|turn-?off|不再接收|stop)[^.;\\n]{0,30}(?:action|link|button|option|entry)s? (?:is|are|gets|get|will be) hidden']);
add('cue:call', 'en', 'people seeing and hearing each other live: a call by what it does ("see and hear each other in real time")', ['(?:see|hear|talk to) and (?:see|hear|talk to) (?:each other|one another|everyone)', 'see (?:and hear )?each other[\'’]s (?:faces?|video)', '(?:sees?|hears?) and (?:hears?|sees?) the others?(?: (?:two|three|four|participants?|people|parties))?\\b']);
add('cue:call', 'zh', 'people seeing and hearing each other live (互相看得见听得见, 面对面看到彼此)', ['(?:互相|彼此|相互)(?:能)?(?:看(?:得)?见|看到)(?:并|也|和)?(?:听(?:得)?见|听到)', '看得见(?:也|又)?听得见(?:对方|彼此)?']);
add('B13', 'zh', 'users\' device traffic carried through our nodes to other sites (设备流量经由我们的节点加密转发)', ['(?:设备|手机|电脑|用户|会员)(?:的)?(?:全部|所有|上网)?流量[^，。；\n]{0,6}(?:经由|经过|通过|走)[^，。；\n]{0,16}(?:节点|服务器|通道|线路)[^，。；\n]{0,6}(?:转发|中转|加密转发|代理)']);
add('B13', 'en', 'users\' device traffic carried through our nodes to other sites', ['(?:device|users?[\'’]?|members?[\'’]?|all) traffic (?:is )?(?:routed|tunnell?ed|relayed|forwarded|sent) (?:through|via|over) our (?:[\\w-]+ ){0,3}(?:nodes?|servers?|gateways?|tunnels?|proxies|proxy)']);
add('cue:c2c_trade', 'zh', 'users selling or passing on used goods to each other (闲置转让, 二手买卖, 业主之间转卖旧家具)', ['(?:用户|业主|邻居|会员|居民|网友|个人)(?:之间|间|互相|和\\S{1,3}之间)[^，。；\n]{0,6}(?:转卖|转让|买卖|交易|出售|卖|换)[^，。；\n]{0,6}(?:闲置|二手|旧家具|旧物|剩余材料)', '闲置(?:物品|家具|好物)?(?:转让|转卖|交易|买卖|出售|市集|市场|角|板块|区|换换|互换)', '二手(?:好物|家具|物品)?(?:交易|买卖|转让|转卖|市集|角|板块|区|专区)']);
add('cue:c2c_trade', 'en', 'users selling or passing on used goods to each other', ['second-?hand (?:listings?|market(?:place)?|corner|board|section|furniture|items|goods)', 'used (?:furniture|items|goods) (?:listings?|market|corner|board)', '(?:sell|swap|trade|give away|pass on|resell)s? (?:their )?(?:used|old|second-?hand|leftover|unwanted) (?:[\\w-]+ ){0,3}to (?:each other|other users|neighbou?rs|other members|one another)']);
add('cue:trade_off_platform', 'zh', 'the deal left to the users, off our site: the platform takes no part in it (平台不参与交易, 线下自行交易, 不走我们的支付); the negation itself stays a negation', ['(?<=平台(?:不|并不|不会))(?:参与|介入|经手|撮合)(?:交易|买卖|资金)', '(?:线下|私下)(?:自行|自己)?(?:交易|商量|联系|完成交易)', '(?<=不(?:做|提供|支持))(?:担保|在线)?交易', '(?<=不走)(?:我们的?|平台的?)(?:支付|收款)', '(?<=不|不会)(?:代收|经手)(?:款项|货款|钱)']);
add('cue:trade_off_platform', 'en', 'the deal left to the users, off our site', ['(?<=(?:we|the platform) (?:do(?:es)?n[\'’]t|do(?:es)? not|never|won[\'’]t) )(?:take part in|handle|process|touch|hold) (?:the )?(?:deals?|transactions?|payments?|money)', '(?:deals?|payments?|transactions?) (?:are |happen |is )?(?:done |made |settled )?(?:offline|off[- ]platform|in person|between the users themselves)', '(?<=no )(?:in-app |on-platform )?(?:payments?|checkout|escrow)']);
add('cue:neg', 'zh', 'a 把 sentence that blocks or removes its object (把视频格式拦掉, 把私信入口砍掉): what it names is taken away', ['把(?=[^，。；！？\n]{1,14}?(?:拦掉|拦截掉|屏蔽掉|过滤掉|去掉|删掉|禁掉|关掉|砍掉|拿掉|下掉|干掉)(?:了)?(?:[，。；！？\n]|$))'], 'clause');
add('benign:maintenance', 'en', 'a page or link put live for a period (page live 2 weeks before the event): a launch, not live delivery', ['(?:page|site|banner|link|feature|entry|tab|button|flag|landing page|event page)s? (?:is |are |goes |go |went |stays? |will be |remains? )?live(?= (?:\\d|on|from|at|in|for|before|after|until|by|two|three|a|one)\\b)']);
add('cue:delegate', 'en', 'the whole act done in the partner\'s own app or site ("booking and payment happen entirely in Didi\'s app")', ['(?:happens?|takes? place|is done|are done|is handled|are handled|runs?|completes?) (?:entirely |fully |only |wholly )?(?:in|inside|on|within) [^\\s.;,]{1,20}?[\'’]s (?:own )?(?:app|site|website|platform|mini-?program|page)']);
add('cue:refers_elsewhere', 'zh', 'how to change it is left to something said elsewhere (按上次老板说的, 照之前的意思)', ['(?:按|照|按照)(?:上次|之前|上回|老板|领导|客户|他|她|你)(?:[^，。；\\n]{0,6}?)(?:的意思|说的|讲的|定的|那样|那版)']);
add('cue:refers_elsewhere', 'en', 'how to change it is left to something said elsewhere (as discussed)', ['(?:as|like) (?:we |you |the boss |he |she |they )?(?:discussed|said|agreed|mentioned)(?: (?:last time|earlier|before|yesterday|in the meeting))?']);
add('cue:deictic_object', 'zh', 'the thing to change only pointed at (上面那块, 那个地方)', ['(?:上面|下面|左边|右边|中间|那|这)(?:那|这)?(?:块|个地方|一块|部分|区域)(?=[按照改调弄换，。；！\\n]|$)']);
add('cue:deictic_object', 'en', 'the thing to change only pointed at (that bit at the top)', ['(?:that|this) (?:thing|bit|part|area|block)(?! (?:of|about|where|which|that|for|in|on)\\b)']);
add('benign:moderation', 'en', 'screening uploads for other platforms\' watermarks, QR codes or logos', ['(?:watermarks?|logos?|QR codes?)(?: and (?:watermarks?|logos?|QR codes?))? (?:of|from) other (?:platforms|sites|apps)', 'check(?:ed|s)? for (?:QR codes|watermarks|logos)']);
add('benign:moderation', 'zh', 'screening uploads for other platforms\' watermarks or QR codes (识别其他平台水印)', ['(?:识别|检测|过滤|拦截)[^，。；\\n]{0,6}(?:其他|别的|第三方)?平台(?:的)?(?:水印|二维码|logo|LOGO)']);
add('cue:removal_act', 'zh', 'taking a function away (下线, 删除, 移除 a route, an entry, a feature): work on the product whose object is negated by it (the verb alone: a longer span would hide the negation cue it contains)', ['(?<![上在])(?:下线|删除|移除|去掉|拿掉|废弃|关停)(?![^，。；\\n]{0,4}(?:时间|率|提醒|确认|按钮|功能键))']);
add('cue:removal_act', 'en', 'taking a function away (remove, delete, drop, decommission, sunset)', ['(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|drop(?:s|ped|ping)?|decommission(?:s|ed|ing)?|sunset(?:s|ting)?|retir(?:e|es|ed|ing)|rip(?:s|ped)? out)(?= (?:the |all |our |old |legacy |a )?(?:[\\w`/.*{}-]+ ){0,3}(?:routes?|endpoints?|tables?|entry|entries|buttons?|tabs?|features?|pages?|modules?|flags?|clients?|code|feature))']);
add('B26', 'en', 'others\' own domains pointed at our name servers and resolved by us (authoritative DNS for their domains)', ['point (?:its|their|the|your) (?:own )?domains?[\'’]? (?:name ?servers|NS(?: records?)?) (?:at|to) (?:us|our)', 'authoritative DNS(?: resolution| hosting| service)? for (?:their|those|other|customers?[\'’]?|partners?[\'’]?|users?[\'’]?|designers?[\'’]?|merchants?[\'’]?) (?:own )?domains']);
add('B24', 'en', 'enquiries of other brands answered by our support centre in their names', ['(?:answers?|handles?|takes?) (?:the )?(?:phone|calls|hotline)(?: and (?:web|chat|email|online))?(?: enquiries| inquiries| calls)? for (?:[\\w-]+ ){0,3}(?:partner|other|client|third-party) (?:[\\w-]+ )?(?:brands|companies|businesses|clients|merchants)', 'under (?:those|their|the partners?[\'’]?|the clients?[\'’]?) brands?[\'’]? names?']);
add('cue:neg', 'en', 'a heading that lists what is left out ("Explicitly out: private consults, paid answers, any 1:1 messaging")', ['(?:explicitly|deliberately|intentionally|consciously|definitely) out(?=\\s?:)', '(?<=^|\\n)(?:[-*•] )?(?:out|not in|not doing|won[\'’]t do)(?=\\s?:)'], 'line');
add('cue:delegate', 'zh', 'the whole act happens inside another company\'s product (加好友、聊天都发生在腾讯的企业微信里)', ['(?:都|全部|均|完全|只|全都)(?:发生在|放在|在|走)(?:腾讯|微信|企业微信|钉钉|飞书|QQ|第三方|对方|合作方|他们)(?:的)?[^，。；\\n]{0,8}?(?:里|内|中|上)(?:完成|进行|发生)?']);
add('cue:neg', 'zh', 'users denied a way to reach each other (用户之间不能…互相发消息): the pair is the subject of the denial, not a channel offered', ['(?:用户|会员|玩家|买家|卖家|业主|读者)(?:之间|间|彼此)(?:也|都|均)?(?:不能|不可以|无法|不可|不会|没法|不允许)'], 'clause');
add('B14', 'zh', 'Internet access sold by the month or over our own access platform (包月上网, 经由我们的接入平台上网, 月流量包)', ['(?:包月|按月|包年)(?:的)?(?:上网|宽带|Wi-?Fi)', '(?:连|接入)[^，。；\\n]{0,8}Wi-?Fi ?上网', '经由(?:我们|我方|我司)的?(?:接入平台|网关|基站|热点|AP)上网', '(?:卖|售|订|买|购买|开通|续费|订阅)[^，。；\\n]{0,6}(?:月)?流量(?:包|套餐)']);
add('B25-1', 'zh', 'delivery only to members who opted in (只发给主动勾选「接收邮件」的会员): our own content delivered, not users messaging', ['(?:只|仅)(?:发给|发送给|推送给|推给)(?=[^，。；\\n]{0,12}(?:勾选|订阅|开启|同意|选择接收)[^，。；\\n]{0,12}(?:的)?(?:会员|用户|订阅者|读者))']);
add('appr:ride_hailing', 'en', 'matching private drivers to passengers and dispatching pickups (ride-hailing by what it does)', ['(?:match|matches|matched|matching) (?:[\\w-]+ ){0,2}drivers', 'dispatch(?:es|ed|ing)? (?:the )?(?:nearby )?(?:drivers|pickups|rides|cars)', 'drivers? (?:register|sign up|signs up|onboard) (?:in|on|with|through) (?:a |our |the )?driver app']);
add('cue:collect', 'en', 'content pulled in from outside ("whatever ops wants to pull in from outside")', ['pull(?:s|ed|ing)? in (?:content |items |posts )?from (?:outside|elsewhere|other (?:sites|platforms|apps))']);
add('cue:more_sources', 'en', 'sources besides our own, still open (the word only: a span holding TBD would hide the undecided cue)', ['(?:pull in|bring in|add) (?:content )?from outside', 'sources?(?= (?:are |is )?(?:TBD|to be decided|undecided|open)\\b)']);
add('cue:neg', 'en', 'a feature marked disabled after its name, without a verb ("video upload disabled in this version", "Video upload: disabled.")', ['(?<=[A-Za-z]:? )(?<!(?:the|a|an|for|to|of|and|or|with|visually|physically|is|are|be|stays?|remains?):? )(?:disabled|switched off|turned off)(?= (?:in|for) (?:this|the (?:first|initial)|v\\d|now|the mvp|launch)\\b|\\s*(?:[.;,)]|$))']);
add('cue:private', 'en', 'a thread only the two people in it can see ("only the customer and the designer can see their thread")', ['(?<=only (?:the )?[\\w-]+(?: [\\w-]+)? (?:and|&) (?:the )?[\\w-]+(?: [\\w-]+)? )can see (?:their|the|this) (?:own )?(?:thread|conversation|chat|replies|messages)', 'visible only to (?:the )?(?:two|both)(?: of them| parties| people)?']);
add('cue:pair', 'en', 'sent to another member and landing in their tray ("Send to a Haomei user"; "the file lands instantly in their Received files tray")', ['send (?:it |them |files? |plans? |a copy )?to (?:a|another|any) (?:[\\w-]+ )?(?:user|member|person)s?\\b', 'lands? (?:instantly |directly |right |straight )?in (?:their|the recipient[\'’]s|the other (?:user|person|member)[\'’]s) (?:["“][^"”\\n]{1,30}["”] |[\\w-]+ ){0,3}(?:tray|inbox|folder)']);
add('cue:publish_act', 'en', 'members posting their own videos for others ("any member can post a room-tour video", "members post 3-min makeover videos")', ['(?:post|posts|posting|upload|uploads|uploading|share|shares|sharing) (?:a |an |their |the |his |her |own |short )?(?:[\\w-]+ ){0,3}(?:videos?|clips?|vlogs?)']);
add('B11', 'en', 'servers carved out and rented to other companies for their sites (each brand gets its own VM on our servers)', ['(?:each|every) (?:brand|customer|client|merchant|tenant|partner|company) gets (?:its|their) own (?:VM|virtual machine|server|instance|host)', '(?:VM|server|instance|MySQL instance|database) per (?:brand|customer|client|merchant|tenant)', 'carve (?:out )?capacity(?: out)? and bill', 'host (?:their|partner|other|brands?[\'’]?|customers?[\'’]?|merchants?[\'’]?) (?:[\\w-]+ ){0,2}(?:sites|websites|mini-sites) on our servers']);
add('appr:culture', 'en', 'digital artworks sold online (网络艺术品)', ['digital art ?works?', 'digital (?:paintings|illustrations|art pieces)', 'online art ?works?']);
add('appr:culture', 'zh', 'digital artworks sold online (网络艺术品)', ['(?:数字|网络)艺术品', '数字画作', '数字版画']);
add('B12', 'zh', 'other companies\' content put on our CDN nodes and billed by traffic (商家加速包)', ['(?:品牌|商家|客户|合作方|他们)[^，。；\\n]{0,16}挂到(?:我们|我方|我司)的?\\s?CDN', '按\\s?(?:GB|G|TB|T)\\s?(?:流量)?(?:计费|收费|结算)']);
add('B24', 'zh', 'our agents taking other brands\' hotline and enquiries for them, billed per seat', ['代(?:他们|客户|品牌|商家|对方|品牌方)接[^，。；\\n]{0,8}(?:热线|电话|来电|咨询)', '按坐席\\s?[/每]?\\s?月?(?:收费|计费|结算)']);
add('cue:external', 'zh', 'the sites just named, pointed back at (这几家, 这些站)', ['(?:这|那)(?:几|些|两|三|四)(?:家|个)(?:的)?(?:网站|平台|站点|站|App|APP)?(?=[^，。；\\n]{0,6}(?:公开|帖子|图|内容|文章|笔记|商品|价格))', '(?:这|那)些站']);
add('cue:search', 'zh', 'a word typed to fetch results (用户输个词就能捞出来)', ['输(?:个|入|一个)?(?:词|关键词|关键字)', '(?:一次)?(?:全)?捞出来']);
add('benign:maintenance', 'zh', 'release engineering: config centre, feature switches, staged rollout, one-click rollback', ['配置中心', '功能开关', '一键回滚', '灰度(?:发布|放量|策略)']);
add('benign:maintenance', 'en', 'release engineering: feature flags, config service, canary, rollback', ['feature flags?', 'config(?:uration)? (?:cent(?:er|re)|service)', 'canary (?:release|rollout|deploy)s?', 'one-click rollback']);
add('cue:social_group', 'zh', 'new users led into a 社群 / 福利群 whose platform is not named', ['(?:进|入|加|拉|导入|引导进|加入)(?:入)?(?:社群|福利群|用户群|粉丝群|会员群)', '社群(?=里|内|中)']);
add('doubt:B25-4', 'en', 'the community made to feel like a messenger, the mechanism not said ("more like wechat but for home stuff")', ['more like (?:wechat|whatsapp|telegram|messenger|QQ|line|discord)\\b', '(?:feel|feels|be) like (?:a )?(?:wechat|whatsapp|telegram|QQ|discord) (?:group|chat)']);
add('doubt:B25-4', 'zh', 'the community made to feel like a messenger (更像微信)', ['(?:更像|做成|搞成)(?:微信|QQ|钉钉|Discord)(?:群|那样|一样)?']);
add('B23', 'en', 'a mailbox of our domain for every user, sending and receiving mail with anyone (e-mail hosting for users)', ['(?:their|its|his|her) own [\\w.-]*@[\\w.-]+ (?:e-?mail )?(?:address|mailbox)', 'send and receive e-?mails? with anyone', 'store the (?:e-?)?mail for them', '(?:e-?mail|mail) (?:address|mailbox)(?:es)? (?:for|to) every (?:registered )?(?:user|member)']);
add('B25-X', 'en', 'a tip texted to a short number, charged on the phone bill through the carrier', ['text [\'"‘“]?\\w+[\'"’”]? to a short (?:number|code)', '(?:charged|billed) on (?:the |their |your )?(?:phone|mobile) bills?']);
add('cue:neg', 'en', 'negations written without the apostrophe (cant, dont, wont, doesnt)', ['(?:cant|dont|wont|doesnt|didnt|isnt|arent|shouldnt|wouldnt|couldnt|wasnt)(?= [a-z])']);
add('cue:collect', 'en', 'a bot going through other shops and grabbing their prices', ['(?:bot|script|job|crawler|spider)s? (?:that )?(?:goes|go|runs?|crawls?) (?:through|over|across)', 'grab(?:s|bed|bing)? (?:the )?(?:prices?|listings?|data|pages?|posts?)']);
add('cue:external', 'en', 'other shops by name', ['pinduoduo', 'PDD', 'tmall', 'taobao', '(?<![\\w.])JD(?![\\w.])(?! ?(?:Logistics|logistics|Express|物流|快递))']);
add('cue:search', 'en', 'users typing a name to get results', ['type (?:in )?(?:any|a|the) (?:product |item )?(?:name|keyword|word|query)s?']);
add('cue:delegate', 'en', 'a banner advertising another company\'s product ("a banner for home contents insurance")', ['(?:a|the) banner (?:ad )?for']);
add('cue:undecided', 'en', 'nobody has decided yet', ['(?:nobody|no one|noone) (?:has |have )?(?:decided|figured out|worked out|settled)(?: yet)?', 'not sure yet how (?:that|this|it) (?:part )?works']);
add('cue:reach', 'en', 'people stepping into the user\'s conversation (a designer jumps in; other users could answer)', ['(?:jump|jumps|step|steps|hop|hops) in(?= (?:sometimes|when|if|to (?:the )?(?:chat|conversation)))', 'other users (?:could|can|would|might) (?:answer|reply|respond)']);
add('doubt:medical_unclear', 'en', 'a health quiz that tells users what is wrong with them (a self-diagnosis): DOMAIN §3 medical does not settle it', ['(?:quiz|test|questionnaire|self-?check|checker)[^.;\\n]{0,30}(?:what[\'’]s wrong with (?:your|my)|diagnos(?:e|es|is))', '(?:what[\'’]s wrong with (?:your|my) (?:sleep|health|back|body|skin))']);
add('doubt:medical_unclear', 'zh', 'a health quiz that tells users what is wrong with them (自测你的睡眠哪里出了问题)', ['(?:测一测|自测|小测试|问卷)[^，。；\\n]{0,12}(?:睡眠|身体|健康|颈椎|腰)[^，。；\\n]{0,6}(?:哪里出了?问题|有什么问题|是什么病|问题出在)']);
add('cue:neg', 'en', 'a section of the options weighed and not taken ("Alternatives considered", "Rejected options"): what it lists is not built', ['(?<=^|\\n|#\\s?|##\\s?|###\\s?|\\*\\*|[.。]\\s)(?:alternatives?|options?|approaches|designs?)(?: we)? (?:considered|weighed|evaluated|rejected|not (?:taken|chosen))', '(?<=^|\\n|#\\s?|##\\s?|###\\s?|\\*\\*|[.。]\\s)(?:rejected|discarded|dropped) (?:alternatives?|options?|approaches|designs?)'], 'line');
add('cue:neg', 'zh', 'a section of the options weighed and not taken (备选方案, 放弃的方案)', ['(?<=^|\\n|#\\s?|##\\s?|###\\s?|【|\\n\\d{1,2}[.、)]\\s?|\\n[一二三四五六七八九十]{1,3}、\\s?)(?:备选方案|替代方案|其他方案|考虑过的方案|放弃的方案|未采用的方案|被否的方案)'], 'line');
add('benign:commerce', 'zh', 'prices shown and settled as stated (明码标价; 价格变动提前公示): our own pricing, not money held', ['明码标价', '结算口径', '价格变动[^，。；\\n]{0,6}公示', '(?:确认|核对)价格']);
add('cue:cannot_disable', 'zh', 'no switch offered for marketing notices, users unable to turn them off, unsubscribing only through customer service', ['不提供[^，。；\\n]{0,8}(?:营销类?|推送|通知)?(?:开关|关闭入口|退订入口)', '(?:无法|不能|没法|没办法)(?![^，。；\\n|]{0,4}(?:绕过|无视|忽略|跳过))(?!按模块)[^，。；\\n|]{0,8}(?:自行|自己)?(?:关闭|关掉|退订)', '(?:需要|只能|必须|得)(?:联系|找|打)(?:客服|人工)[^，。；\\n]{0,6}(?:退订|关闭|取消)']);
add('B11', 'en', 'our machines opened to outside companies as their own instances, billed by the hour (GPU or server rental)', ['(?:open|opens|opened|offer|offers|sell|sells|rent|rents) (?:it|them|our [\\w-]+(?: [\\w-]+)?) (?:up )?to (?:external|outside|other|third-party|partner) (?:[\\w-]+ ){0,3}(?:studios|companies|shops|businesses|teams|customers|clients)', 'self-service (?:GPU|cloud|compute|server) instances?', 'tenants? (?:get|gets|have|has) root']);
add('doubt:medical_unclear', 'zh', 'therapeutic claims made for goods (适合鼻炎、哮喘人群，缓解呼吸道不适): medical device information or ordinary goods? (DOMAIN §3 drugs does not settle it)', ['(?:缓解|治疗|改善|预防|辅助治疗)[^，。；\\n]{0,8}(?:鼻炎|哮喘|呼吸道|过敏性|失眠|高血压|糖尿病|湿疹)', '适合[^，。；\\n]{0,6}(?:鼻炎|哮喘|过敏性)[^，。；\\n]{0,6}人群']);
add('doubt:medical_unclear', 'en', 'therapeutic claims made for goods', ['(?:relieves?|treats?|cures?|prevents?|eases?) (?:[\\w-]+ ){0,2}(?:asthma|rhinitis|allergies|insomnia|eczema|hypertension)']);
add('cue:third_employer', 'en', 'another employer speaking in a user story ("As a renovation company (not us) I want to post openings")', ['as an? (?:[\\w-]+ ){0,2}(?:company|employer|business|firm|contractor|studio|agency)(?: \\([^)\\n]{1,20}\\))? I (?:want|need|would like) to (?:post|list|publish|advertise) (?:our |my )?(?:openings|jobs|vacancies|positions|job ads)']);
add('cue:third_employer', 'zh', 'another employer speaking in a user story (作为装修公司，我希望发布招聘岗位)', ['作为(?:一家)?[^，。；\\n]{0,8}(?:公司|企业|雇主|工长|老板|工作室)[^。；\\n]{0,12}(?:发布|发)(?:招聘|职位|岗位|招工)']);
add('appr:publishing', 'en', 'chapters of a serial sold to readers (unlock chapters for 0.3 yuan each; a price per chapter)', ['unlock (?:the )?(?:next |more |each |further )?chapters?', 'paid chapters?', '(?:\\d+(?:\\.\\d+)?\\s?(?:元|yuan|RMB|CNY|fen|分)|[¥￥]\\s?\\d+(?:\\.\\d+)?) (?:per|a|each) chapter']);
add('appr:publishing', 'zh', 'chapters of a serial sold to readers (付费章节, 按章解锁)', ['付费章节', '按章(?:节)?(?:付费|收费|解锁|购买)', '解锁(?:后续)?章节']);
add('B13', 'en', 'a phone\'s traffic sent through our private line or tunnel to reach other sites', ['traffic goes through [^.;\\n]{0,30}(?:private line|tunnel|proxy|VPN|nodes?)', 'system-wide tunnel', 'tunnel profile']);
add('B26', 'en', 'a partner\'s own domain pointed at our name servers', ['point (?:my|our|your|its|their|the) (?:own )?(?:domain[\'’]s )?NS records?', 'answers? DNS (?:lookups|queries) for (?:my|their|its|your|partners?[\'’]?|brands?[\'’]?|customers?[\'’]?) (?:own )?domains?']);
add('cue:besides_own', 'zh', 'others\' content added besides ours and ranked with it (除站内内容外，本期新增外部来源; 与站内内容统一排序)', ['除(?:了)?(?:站内|本站|我们|自家|自有|平台)[^，。；\\n]{0,20}(?:外|以外|之外)[，,]?\\s?(?:本期|还|另外|额外|同时)?(?:新增|还|再|也)', '(?:跟|和|与|同)(?:站内|本站|我们自己|自有|自家)(?:的)?(?:内容|帖子|文章|笔记|结果|数据)?(?:统一|一并|一起)(?:排序|展示|检索|召回)']);
add('cue:neg', 'zh', 'a later need left to a project of its own (后续如需私信，须单独立项): not in this one', ['(?:后续|今后|以后|将来)?如(?:需|要|果要|果需要|有需要)(?=[^，。；\\n]{0,10}[，,]\\s?(?:须|需|需要|必须|要|得)?(?:另行|单独|另外|再|重新)(?:立项|评审|排期|申请|走))'], 'clause');
add('B25-4', 'en', 'a live thread opened with another user by what it does ("Ping opens a lightweight live thread with the card\'s owner"; "sends a wave … they can wave back")', ['opens? a (?:lightweight |private |direct |quick )?(?:live |real-?time )?thread with (?:the |a |another |that )?(?:[\\w\'’-]+ ){0,2}(?:owner|user|member|seller|buyer|designer|person|neighbou?r)', 'wave(?:s|d)? back', 'send(?:s)? (?:a |them a )?wave\\b', '(?:notes|messages|replies) between the same two (?:people|users|members)']);
add('cue:pair', 'en', 'a thread stored per pair of users (ping_threads(user_a, user_b))', ['\\(user_a, ?user_b\\)', '(?:from|sender)_(?:uid|user(?:_id)?)[^)\\n]{0,24}(?:to|recipient|receiver)_(?:uid|user(?:_id)?)', 'both (?:of them )?can scroll back']);
add('cue:im_infra', 'en', 'a service holding users\' long-lived sessions and forwarding their events', ['long-lived (?:client )?(?:sessions|connections)', 'connection registry', 'forwards? ["“]?session events']);
add('B26', 'en', 'other people\'s DNS zones hosted and answered on our name servers', ['host (?:their|its|the studio[\'’]s|studios[\'’]|customers?[\'’]?|partners?[\'’]?|merchants?[\'’]?) (?:own )?DNS zones?', 'DNS zones? (?:of|for) (?:studios|customers|partners|merchants|brands|their)', 'answer all queries for (?:the |their )?[\\w\'’ ]{1,20}zone']);
add('cue:neg', 'en', 'an "Alternatives" heading of its own: the options listed under it are not taken', ['(?<=^|\\n|#\\s?|##\\s?|###\\s?|\\*\\*)alternatives?(?=\\s*(?::\\s*)?\\n)'], 'line');
add('doubt:folk_belief', 'zh', 'fortune readings by birth date or almanac (运势, 生辰, 黄历) and 风水 tips given to users', ['(?:每日|今日|家宅|本周|年度|全年)?运势', '(?:生辰|八字)(?:测算|推算|计算|运势)?', '黄历', '风水\\s?(?:tips|建议|小贴士|布局|摆放)', '家宅\\s?(?:reading|运势)']);
add('doubt:folk_belief', 'en', 'fortune readings by birth date, in English', ['(?:daily |full-year |yearly )?fortune (?:cards?|readings?)', '(?:by|from) (?:the user[\'’]s |their |your )?birth date']);
add('benign:site_search', 'zh', 'our own content written into our own search index when published (发布到搜索索引)', ['(?:发布|写入|同步|更新|推送)(?:到|进)(?:站内)?搜索索引']);
add('benign:commerce', 'zh', 'payment methods for our own goods (货到付款, 银行转账 as a way to pay us)', ['货到付款', '(?:对公|银行)转账(?:付款|支付)?(?=[^，。；\\n]{0,12}(?:支付|付款|收银|下单|方式))']);
add('benign:maintenance', 'en', 'capacity work on our own cluster (autoscaling, HPA, node pools)', ['(?:cluster |horizontal pod )?autoscal(?:er|ers|ing|e)', 'HPA', 'pod disruption budgets?', 'node pools?']);
add('cue:undecided', 'zh', 'the form left for later thought or alignment (具体形式产品再想，下周对齐)', ['(?:产品|我们|团队|大家|运营)?(?:再想|再议|回头再说|下周(?:再)?对齐|再对齐|待对齐)', '先占个坑']);
add('doubt:B25-4', 'zh', 'one-to-many reach of fans whose channel is not said (一对多触达, 一对多群发)', ['一对多(?:触达|沟通|私聊|消息|群发)']);
add('B26', 'zh', 'merchants\' domains resolved by our DNS cluster (商家把 NS 改成我们的，由我们的 DNS 集群提供解析)', ['(?:由)?(?:我们|我方|我司)的?\\s?DNS\\s?(?:集群|服务器|服务)(?:提供|负责)?解析']);
add('cue:affiliate', 'zh', 'commission for promoters of our own goods paid out to them (佣金…分到 KOC 的微信零钱)', ['佣金[^。；\\n]{0,40}?(?:分到|打到|发放给|发给|结算给|付给|转给|分给)[^，。；\\n]{0,6}(?:KOC|KOL|达人|团长|推广员|分销员|博主|推广者)']);
add('cue:neg', 'en', 'a changelog\'s Removed section (### Removed): what its entries name is taken away', ['(?<=^|\\n)#{2,4}\\s?(?:Removed|Deleted|移除|已移除|下线)(?=\\s*\\n)'], 'line');
add('cue:collect', 'zh', 'prices or items pulled from other platforms in real time (实时拉京东、天猫上的同款价格)', ['(?:(?:实时|定时|每天|每日|每晚)拉(?:取)?|拉取)(?=[^，。；\\n]{0,16}(?:价格|商品|笔记|帖子|内容|数据|报价))']);
add('cue:search', 'zh', 'a name typed to look something up (输入商品名)', ['输入(?:商品名|店名|关键词|名称|品名|商品名称|酒店名)']);
add('cue:collect', 'zh', 'others\' items made to appear in our search results (结果里也要出现小红书上的笔记)', ['(?:搜索)?结果(?:里|中|页)?(?:也)?(?:要|会|能|需要)?(?:出现|包含|展示|带上|带出)(?=[^，。；\\n]{0,12}(?:上的|的))']);
add('cue:delegate', 'en', 'the whole act done on a named partner\'s side ("lending and repayment all happen on the bank\'s side"; "payment happen entirely inside 滴滴"; "picks a friend inside WeChat")', ['(?:happens?|takes? place|is done|are done|is handled|are handled) (?:all |entirely |fully |only |wholly )?(?:in|inside|on|within) (?:the )?[^\\s.;,]{1,20}?[\'’]s (?:own )?side', '(?:happens?|takes? place|is done|are done|is handled|are handled) (?:all |entirely |fully |only |wholly )?(?:in|inside|within) (?:[A-Z\\u4e00-\\u9fff][^\\s.;,]{0,20})(?=\\s*(?:[;.,)]|$))', 'inside (?:WeChat|Weixin|微信|QQ|企业微信|DingTalk|钉钉|Alipay|支付宝)']);
add('cue:seo', 'en', 'our pages indexed by others\' search engines', ['indexed by (?:Baidu|Google|Bing|Sogou|360|search engines?)', 'JSON-LD', 'XML sitemaps?']);
add('B13', 'en', 'our private office network extended to other companies\' offices for a fee', ['extend(?:s|ed|ing)? our (?:office |corporate |private |MPLS |专线 )?(?:专线 )?network to (?:partner|other|client|customer|contractor)', 'offices can (?:also )?reach each other']);
add('cue:neg', 'zh', 'a sign that says "is not" (小组≠群聊)', ['≠'], 'phrase');
add('doubt:health_food', 'zh', 'health supplements by name (蛋白粉, 鱼油, 维生素软糖, 益生菌)', ['蛋白粉', '鱼油', '维生素(?:软糖|片|C|D|E|B)', '益生菌', '胶原蛋白(?:肽|饮)?', '营养保健']);
add('B25-2', 'en', 'a web search engine\'s API serving results to our users (bing_web_api, Google Custom Search, SerpAPI)', ['bing[_ ]?(?:web[_ ]?)?(?:search[_ ]?)?api', 'google[_ ]?(?:custom[_ ]?search|programmable[_ ]?search|search[_ ]?api)', 'serp[_ ]?api', '百度搜索\\s?API']);
add('cue:offline', 'zh', 'said outright not to be a function of the product (运营用自己的工作手机打，不是产品功能)', ['(?:不是|并非|非|不属于|不做成)(?:产品|App|APP|站内|平台|系统)(?:内|里)?的?功能']);
add('cue:staff', 'zh', 'our operations staff calling or inviting users one by one (运营一对一电话邀约)', ['(?<!非|不是)运营(?:同学|人员|同事|小姐姐)?(?:一对一|1对1|1v1|逐个|挨个|人工)?(?:打)?电话(?:邀约|邀请|回访|沟通|联系)']);
add('appr:maps', 'zh', 'making map data of our own (自采地理数据, 自己出图)', ['自采(?:地理|测绘|地图|POI)(?:数据|信息)', '(?:自己|自行|自主)(?:出图|测绘|绘制地图|采集(?:地理|测绘)(?:数据|信息))']);
add('B23', 'zh', 'company mailboxes opened for the brands or merchants on our platform (给入驻品牌开企业邮箱)', ['(?:为|给|替|帮)(?:入驻|合作|签约)?(?:品牌|商户|门店|工作室|设计师|伙伴|合作伙伴|B端客户|租户|店铺)(?:方)?[^，。；\\n]{0,8}(?:开|开通|开设|建|搭建|提供)[^，。；\\n]{0,20}?(?:企业|公司|品牌|专属)?邮箱']);
add('B26', 'zh', 'others\' domains hosted on our DNS servers and resolved by us (托管在好美的 DNS 服务器上，由好美解析)', ['(?:托管|放|迁|搬|接入)(?:在|到)(?:好美|我们|我方|我司|平台)的?\\s?DNS\\s?(?:服务器|集群|服务|平台)', '(?<!由[^，。；\\n]{0,8})代(?:做|为|理)?\\s?(?:DNS|域名)\\s?解析']);
add('B25-4', 'zh', 'a chat that shows who is online and whether a message was read (显示在线 / 已读)', ['(?:在线|已读)\\s?[/／、]\\s?(?:已读|未读|在线)(?:状态)?']);
add('cue:decided_no', 'zh', 'a question answered no right after it (要不要做个在线用户列表，不做)', ['(?<=(?:要不要|是否|能不能|可不可以|需不需要)[^。？?\\n]{0,30}[」”"]?[，,]\\s?)(?:不做|不加|不上|先不做|暂不做|不需要|没必要)(?=[，,。；;\\n]|$)']);
add('cue:staff_internal', 'zh', 'the team lining things up with one of our own departments (我们已经提前与客服中心沟通): not a conversation with users', ['(?<=(?:我们|我方|团队|产品|项目组|已|已经|提前|会先|事先)[^，。；\\n]{0,4})(?:与|和|跟)(?:客服|运营|法务|市场|销售|数据|财务|人力|人事|内容安全|安全)(?:中心|团队|部门|部|组|同学|同事|负责人)(?:提前)?(?:沟通|对齐|确认|同步)']);
add('cue:staff_internal', 'zh', 'a short training session organised for our own support or staff (组织一次简短的培训)', ['(?<=(?:客服|员工|同事|同学|内部|审核员|一线)[^。；\\n]{0,60}(?:组织|安排|开展|进行)[^。；\\n]{0,8})培训', '(?<=(?:部门|接口人|一线|客服|同学|同事)[^。；\\n]{0,30})培训']);
add('cue:neg', 'zh', 'put into a later year\'s plan, not this release (私信已经列入明年的产品规划)', ['(?<=[\\u4e00-\\u9fffA-Za-z]\\s?)(?:已经|已)?(?:列入|纳入|放入|放进|排进|排入)(?:了)?(?:明年|下个?季度|下半年|后续|未来|二期|下一?期|下个?版本)的?(?:产品)?(?:规划|计划|排期|路线图|roadmap)']);
add('cue:neg', 'zh', 'a request someone raised, turned down in the same sentence (有同学提出的私信需求，这里说明：本版本不包含私信): the request is not the feature', ['(?:有|部分|个别)?(?:同学|同事|人|用户|老板|领导|评审|业务方)(?:提出|提议|建议|问起|提到)(?:的|过的)(?=[^。；\\n]{0,12}[，,：:][^。\\n]{0,60}?(?:不做|不包含|不会|暂不|不上|不支持|不开放|列入(?:明年|下个?季度|下半年|后续|二期|下一?期)|不在本(?:期|版本|次)))'], 'phrase');
add('cue:form_open', 'zh', 'the feature\'s form to be settled after a later meeting or workshop (具体的功能形态将在共创工作坊之后确定)', ['(?:具体的?)?(?:功能|产品|业务)形态[^。；\\n]{0,20}(?:之后|以后|后|再)(?:确定|敲定|明确|决定|给出)']);
add('cue:form_open', 'en', 'the feature\'s form to be settled later (the exact features will be decided after the workshop)', ['(?:exact|concrete|specific|actual) (?:form|shape|features?|functionality|mechanics)[^.;\\n]{0,40}(?:will be|is to be|are to be|to be) (?:decided|defined|determined|settled|worked out) (?:after|later|once|in|at)']);
add('cue:cannot_disable', 'en', 'pushes routed around the user\'s switch or turned back on by each update; opt-outs that do not "stick"', ['(?:channel|route|path|pipe)s? (?:that|which) the (?:in-app )?(?:notification |push |marketing )?(?:toggle|switch|setting)s? (?:does not|doesn[\'’]t|do not|don[\'’]t|can(?:not|[\'’]t)) (?:control|cover|govern|reach|turn off|switch off)', 're-?enabl(?:e|es|ed|ing) (?:the )?(?:marketing |push |notification |promotional )?(?:channel|pushes|notifications)(?: (?:after|on) (?:each|every) (?:app )?(?:update|release|upgrade|launch))', 'opt-?outs? (?:don[\'’]t|do not|won[\'’]t|will not|never) ["“]?stick']);
add('B11', 'en', 'studios or customers given server instances from our own pool, paying by the hour (IDC)', ['(?:get|gets|given|receive|receives) (?:their|its) own (?:GPU |cloud |virtual |dedicated |bare-metal )*(?:server )?instances?(?: allocated)? from our (?:own )?(?:pool|cluster|servers|data cent(?:er|re)s?|fleet)', 'moneti[sz](?:e|es|ed|ing)(?= (?:our )?idle (?:GPU|server|compute) (?:capacity|servers|machines))']);
add('cue:neg', 'en', 'what a user might want, turned down in the same sentence ("if a reader wants to say something privately, we simply don\'t support it")', ['if(?= (?:a |the |any |an? )?(?:users?|readers?|buyers?|sellers?|customers?|members?|visitors?|attendees?|fans?|viewers?|someone|anyone|people) (?:wants?|would like|tries|try|needs?) to [^.;]{1,60}, (?:we |they |the app )?(?:simply |just |currently )?(?:don[\'’]t|do not|won[\'’]t|will not|can[\'’]t|cannot) (?:support|allow|offer|provide|do|build)\\b)'], 'clause');
add('cue:neg', 'en', 'a proposal recorded and turned down in the same sentence ("There was a proposal to let attendees talk to each other, and we\'re not doing it")', ['(?:there was|there[\'’]s|there is|we had|we got|someone made|someone raised) (?:a|an|one) (?:proposal|suggestion|request|idea|ask) to(?= [^.;]{1,100}?,? (?:and |but )?(?:we[\'’]re not doing (?:it|that)|we are not doing (?:it|that)|we won[\'’]t|we will not|we declined|we said no|it was rejected|we rejected it|not doing (?:it|that)))'], 'clause');
add('benign:share', 'en', 'our pages shared out to another platform (sharing to WeChat Moments, to 小红书)', ['shar(?:e|es|ing|ed) (?:it |them |articles |posts |pages )?(?:to|into|on(?:to)?) (?:WeChat|Moments|Weibo|QQ|Douyin|Xiaohongshu|RED|小红书|微博|朋友圈|抖音)']);
add('B24', 'en', 'other brands\' hotlines and online support routed to our agents, who answer on the brand\'s behalf', ['(?:route|routes|routing|forward|forwards|divert|diverts) (?:their|its) (?:customer )?(?:hotlines?|phone lines?|call cent(?:er|re)s?|support lines?)[^.;\\n]{0,30} to us', '(?:answer|answers|answering|handle|handles|handling) (?:the )?(?:calls|phone calls)(?: and (?:chats|messages|tickets|emails))? on (?:the |their |each )?(?:brand|partner|client|customer|merchant)s?[\'’]?s? behalf', 'offer (?:our )?customer[- ]service (?:operation |team |centre |center )?as a service']);
add('B26', 'en', 'partners\' domains handed to our name servers, which answer every query for them', ['(?:authoritative )?DNS servers? answers? (?:every |all )?quer(?:y|ies) for (?:their|its|partners?[\'’]?|customers?[\'’]?|brands?[\'’]?) (?:own )?domains?', 'switch(?:es)? (?:their|its) (?:domain[\'’]s )?name ?servers?[^.;\\n]{0,40} to (?:ns\\d|our)', 'tak(?:e|es|ing) over (?:their|its|partners[\'’]?|customers[\'’]?) DNS']);
add('cue:staff_internal', 'zh', 'the project team\'s own communication (项目的日常沟通以例会为主，在项目空间中留痕): not users talking', ['(?:项目|团队|日常|内部)[^，。；\\n]{0,6}沟通(?=[^。；\\n]{0,24}(?:例会|周会|项目空间|项目群|会议|留痕|站会))']);
add('cue:staff_internal', 'en', 'support chats read by the team as research (every customer-service chat we sampled): not a chat feature', ['chats? (?:logs? |transcripts? )?(?:we|I|the team|our researchers) (?:sampled|read|reviewed|analy[sz]ed|looked at|went through|audited|coded|tagged)', '(?:sampled|reviewed|analy[sz]ed|read through|went through|audited) (?:\\d+ |hundreds of |thousands of |a sample of )?(?:customer[- ]service |support )?chats?(?: logs| transcripts)?']);
add('cue:external', 'zh', 'other public sites, with a word between (其他公开网站, 别的主流平台)', ['(?:其他|其它|别的|外部|第三方|各类)(?:的)?(?:公开|公共|开放|主流|知名|相关)(?:的)?(?:网站|站点|平台|社区|论坛|媒体)']);
add('benign:maintenance', 'en', 'session recordings and replays studied for usability (analytics)', ['session (?:recordings?|replays?)']);
add('cue:ai', 'en', 'AI images of a user\'s own room (AI restyle, AI render)', ['AI[- ](?:restyl(?:e|es|ed|ing)|render(?:s|ing|ed)?|images?|photos?|makeovers?|redesigns?)']);
add('cue:group_pull', 'zh', 'users pulled into a group (拉群, 建个群, 拉进群): where the group lives is a separate question', ['(?:建|拉|入|进)(?:个|一个)?群(?!排查|处理|同步|对齐|讨论|跟进|复盘|协调|值班|体|众|组)', '(?:拉|加|邀请)(?:进|入)[^，。；\\n]{0,3}群(?!体|众|组|发|岛|落|星|像|山|聊)']);
add('cue:group_pull', 'en', 'users put into a group chat', ['(?:create|creates|start|starts|set up|sets up|open|opens) a (?:group chat|chat group)', 'add(?:s|ed)? (?:them|users|members|fans|buyers|attendees) (?:in)?to a (?:group chat|chat group)']);

add('cue:neg', 'zh', 'a competitor section heading with its text on the same line (【竞品数据】X书 的…): what others ship, to the end of the sentence', ['【(?:竞品|竞对|友商)[^】\\n]{0,8}】(?![ \\t]*(?:\\n|$))'], 'sentence');
add('cue:neg', 'zh', 'a competitor section heading on a line of its own (【竞品】, 竞品体验记录：): the lines under it describe others\' products, not ours', ['【(?:竞品|竞对|友商)[^】\\n]{0,8}】(?=[ \\t]*\\n)', '(?:竞品|竞对|友商)(?<=(?:^|\\n)[ \\t]*(?:#{1,4}[ \\t]*|[一二三四五六七八九十]{1,3}[、.．][ \\t]*|\\d{1,2}[.、)）][ \\t]*)?[竞友][品对商])[^\\n：:，。；]{0,16}[：:]?(?=[ \\t]*\\n)'], 'line');
add('cue:neg', 'zh', 'a competitor as the subject of the clause (竞品把关注和私聊绑在一起; 竞品强推被投诉; 竞品 X书 是评论 + 私信): their product, not ours; not what we copy from them (参考/对标/学/像竞品…, 和竞品一样)', ['(?<!(?:参考|对标|学习|借鉴|模仿|照搬|仿照|照着|比照|跟进|效仿|学|抄|像|按|跟|和|与|同|比|比起|超过|超越|领先)\\s?)(?<!【)(?:竞品|竞对|友商)(?!分析|调研|拆解|对比)(?![^，。；\\n]{0,6}一样)(?![^\\n：:，。；]{1,12}[：:])(?!(?:[「“"][^」”"]{1,10}[」”"])?(?:已经|也|都)?(?:做了|上线了|推出了|都有|有))'], 'clause');

add('cue:group', 'en', 'one shared live thread for a circle of users (a shared live thread: anyone types, everyone sees it)', ['(?:one|a|the|their|your) shared (?:live|real-time|realtime) (?:thread|conversation|space|room|channel|chat)']);
add('cue:to_everyone', 'en', 'what one member types shows for all the others', ['everyone (?:else )?(?:in (?:the|that|it) [\\w-]+ )?(?:sees|gets|receives) it']);
add('cue:cannot_disable', 'en', 'the switch greyed out or locked, users who switched it off switched back on', ['(?:switch|toggle|setting|option)[^.;\\n]{0,40}(?:is|are|will be|gets|get) (?:now |permanently |always )?(?:greyed|grayed|locked)(?: out)?', '(?:switched|turned|opted|put|flipped) back (?:on|in) automatically', '(?:users|people|those) who (?:have |had )?(?:blocked|disabled|muted) (?:notifications|pushes)[^.;\\n]{0,60}\\banyway']);
add('cue:undecided', 'en', 'the text does not define what a word means (the PRD does not define "connect")', ['(?:does|do|did) not (?:define|specify|say|explain) (?:what )?[\'‘"“]?[\\w-]+[\'’"”]?(?: means| is)?', 'whichever(?=[,.!:;]| one| works| is easier| way)']);
add('cue:reach', 'zh', 'the two sides get in touch by themselves, the channel not said (双方自行联系)', ['(?:双方|彼此|买卖双方)?(?:自行|私下|自己)(?:联系|沟通|对接)']);
add('cue:undecided', 'zh', 'the form left to product to decide (具体形式产品定)', ['具体(?:形式|形态|做法|玩法|方案)(?:由|让|交给)?(?:产品|研发|技术|设计)(?:来|同学|那边)?(?:定|决定|拍板|出)']);
add('cue:can_reply', 'en', 'the receiver types straight back', ['type (?:straight |right )?back']);

add('cue:neg', 'en', 'what was asked for is out ("DMs are out, licence excludes that"): the subject before it is not built', ['(?:is|are|was|were|stays?)\\s+(?:out|off the table|a no-go|not happening)(?!\\s+(?:of|now|there|in|on|for)\\b)'], 'phrase');

add('cue:neg', 'en', 'a hypothetical later addition and what would follow from it ("if live streams are added later, permits would be needed"): not this launch', ['if(?= [^.;,\\n]{0,60}?\\b(?:later|in (?:the )?future|one day|some ?day|eventually|ever|down the (?:road|line)|next year|in (?:a )?(?:later|future) (?:phase|release|version))\\b)(?= [^.;,\\n]{0,60}?\\b(?:add|adds|added|build|builds|built|introduc(?:e|es|ed)|launch(?:es|ed)?|ship|ships|shipped|offer|offers|offered|enabled?|turn(?:s|ed)? on|be [a-z]+ed)\\b)'], 'sentence');
add('cue:neg', 'en', 'an idea for some later day ("they may one day bundle…", "\'maybe next year\' commenters could…"): not this launch', ['(?:may|might|could) (?:one day|some ?day|eventually)\\b', '[\'‘"“]?maybe (?:next year|later|one day|some ?day)[\'’"”]?'], 'sentence');

add('cue:neg', 'zh', 'hidden or not opened this time, at the end of its clause (视频上传入口这期隐藏): what comes before it is not offered', ['(?<=[\\u4e00-\\u9fffA-Za-z])(?:这一?期|本期|暂时|先)?隐藏(?:了)?(?=\\s*(?:[，。；,;！!\\n）)（(]|$))']);
add('cue:neg', 'zh', 'removed from this PR or version (群聊已从本 PR 移除)', ['已?从(?:本|这个?|此)\\s?(?:PR|pr|版本|期|迭代|需求|次发布)\\s?(?:中|里)?(?:移除|删除|去掉|拿掉|砍掉|撤掉)']);
add('cue:neg', 'en', 'a commented-out setting in a pasted config file (# group_chat: true): switched off, not a feature', ['#(?<=(?:^|\\n)[ \\t]*#)[ \\t]*(?=[A-Za-z_][\\w.-]*[ \\t]*:)'], 'line');

add('cue:neg', 'zh', 'a competitor note headed inline by a colon (竞品体验截图见附件：比比家 搜…): others\' products, to the end of the sentence', ['(?<!【)(?:竞品|竞对|友商)[^\\n：:，。；]{1,12}[：:](?![ \\t]*\\n)'], 'sentence');

add('cue:neg', 'zh', 'whatever involves the things listed is not done (凡是涉及实时通信、直播的，统一不做)', ['凡是?(?:涉及|包含|含有|有关|需要)(?=[^。；！\\n]{1,80}?的[，,]\\s?(?:我们)?(?:统一|一律|全部|都|均|本期)?(?:不做|不上|不开放|不支持|不碰|砍掉|去掉|不考虑))']);

add('benign:link_out', 'en', 'a call held in another company\'s meeting service, opened by a link (opens a Tencent Meeting link): the call is theirs', ['(?:opens?|launch(?:es)?|sends?|shares?|generat(?:e|es)|creat(?:e|es)) (?:a |the )?(?:腾讯会议|Tencent Meeting|VooV(?: Meeting)?|Zoom|钉钉|DingTalk|飞书|Lark|Teams)(?: meeting)? (?:link|invite|invitation)', '(?:runs?|held|happens?) (?:entirely )?(?:inside|in|on) (?:腾讯会议|Tencent Meeting|VooV(?: Meeting)?|Zoom|DingTalk|Lark|Teams)']);
add('benign:link_out', 'zh', 'a call held in another company\'s meeting service, opened by a link (生成腾讯会议链接): the call is theirs', ['(?:生成|发送|打开|跳转|拉起|唤起)(?:一个)?(?:腾讯会议|钉钉会议|飞书会议|Zoom)(?:的)?(?:会议)?(?:链接|邀请)?']);
add('cue:licensed', 'en', 'operated under its own licences (operated by Tencent under its own telecom licences)', ['under (?:its|their) own (?:[\\w-]+ ){0,3}licen[cs]es?']);
add('cue:neg', 'en', 'a hypothetical with what it would need ("if someone wants to mix in news, we\'d need a news permit"): not this launch', ['if(?=[^.;\\n]{1,80}?\\b(?:we[\'’]d|we would|that would|it would|this would|they would|you[\'’]d) (?:need|require|have to (?:get|obtain|apply for)))'], 'sentence');
add('cue:neg', 'en', 'what the feature might be mistaken for ("could start to look like a lottery"): a resemblance, not the feature', ['(?:could|might|would|may)(?: start to| begin to)? (?:look|seem|read|count) (?:like|as)', 'could be (?:seen|read|mistaken) as'], 'clause');

add('cue:neg', 'en', 'a counterfactual ("With clips, a programme permit would have been needed"; "had we kept video"): what was not done', ['(?<![\\w-] )with(?=[^.;\\n]{1,80}?\\bwould have (?:been|needed|required|had|meant))', 'had we (?:kept|added|built|shipped|included|gone with)'], 'sentence');

add('cue:self_only', 'zh', 'shown only to the user who asked (只给提问的用户自己看)', ['只(?:给|对|让)[^，。；\\n]{0,8}(?:用户|本人)?自己(?:看|可见|查看|看到)']);
add('cue:own_picks', 'zh', 'our editors\' selection of our articles (编辑部本周文章精选)', ['(?:编辑部|小编|编辑团队)[^，。；\\n]{0,6}(?:精选|推荐|挑选|选出)']);

add('benign:site_search', 'en', 'a search box in our help center or docs, or over our own articles only', ['search (?:box|bar|field)? ?(?:in|inside|for|on) (?:the |our )?(?:help ?cent(?:er|re)|FAQ|docs|documentation|knowledge base)', 'search (?:box |bar )?(?:[\\w-]+ ){0,6}over (?:those|these|the|our) (?:help |own )?(?:articles|docs|pages|posts|FAQs?|guides) only']);

add('cue:neg', 'zh', 'a past attempt turned back by compliance (去年有同学加了个「悄悄话」入口，结果被合规打回来): a story, not this feature', ['(?:去年|前年|之前|以前|上次|上个版本|上一版)(?=[^。！？\\n]{0,60}?被(?:合规|法务|监管|审核|安全)?(?:同学|团队|部门)?(?:打回|否决|否掉|驳回|叫停|拦下|下架|约谈|毙掉))'], 'sentence');
add('cue:neg', 'zh', 'no entry of any kind to be added (任何用户之间能互相发东西的入口都不要加)', ['任何(?=[^。；\\n]{1,40}(?:入口|功能|按钮|能力)(?:都|一律|一概)?(?:不要|不准|不许|不能|别|不)(?:再)?(?:加|做|上|开|留))']);

add('cue:neg', 'zh', 'a section of what users said in research, on a line of its own (【用户原声】, 【补充原声】, 【可用性测试 6 人】): their wishes, not what is built', ['【(?:用户|补充|访谈|受访者)?(?:原声|原话|反馈|声音|诉求|吐槽|心声)[^】\\n]{0,8}】(?=[ \\t]*(?:[（(][^）)\\n]{0,40}[）)][ \\t]*)?\\n)', '【(?:用户访谈|访谈记录|用户调研|可用性测试|用户测试|问卷反馈|用研)[^】\\n]{0,10}】(?=[ \\t]*(?:[（(][^）)\\n]{0,40}[）)][ \\t]*)?\\n)', '(?:用户|补充)?原声(?:摘录|精选|记录)?[：:](?=[ \\t]*\\n)'], 'line');
add('cue:neg', 'zh', 'what users said in research, headed inline (【用户原声】"想发视频…"): their wishes, to the end of the sentence', ['【(?:用户|补充|访谈|受访者)?(?:原声|原话|反馈|声音|诉求|吐槽|心声)[^】\\n]{0,8}】(?![ \\t]*(?:[（(][^）)\\n]{0,40}[）)][ \\t]*)?(?:\\n|$))'], 'sentence');
add('cue:neg', 'en', 'a section of what users said in research, on a line of its own (User quotes:, What users said:)', ['(?:user|customer|interview|research) (?:quotes|verbatims|feedback|voices)[:：]?(?=[ \\t]*\\n)', 'what (?:users|customers|people) (?:said|told us|asked for)[:：]?(?=[ \\t]*\\n)'], 'line');

add('cue:msg', 'zh', 'a greeting sent to another user (发送一条问候)', ['(?:发送?|发出|收到|回)(?:一条|一句)?问候', '问候(?:和|与|及)回复']);
add('cue:pair', 'en', 'a person picked to send to, or what arrives in their own space (pick someone you follow; lands in their inbox)', ['(?:pick|picks|choose|chooses|select|selects) (?:someone|a user|another user|a person|a friend|a contact|people)(?: (?:you|they) follow| from (?:your|their) (?:followers|friends|contacts|following))?', '(?:lands?|arrives?|shows? up|appears?) in (?:their|the (?:other|receiving) (?:user|person|side)[\'’]s) (?:own )?(?:inbox|[A-Z][\\w]*(?:View|Screen|Inbox)|received|files)']);

add('cue:can_reply', 'zh', 'the receiver answers straight back (对方可以直接在弹窗里回你; 接着一条一条往下回)', ['(?:可以|能|可)(?:直接)?(?:在[^，。；\\n]{1,8}(?:里|中|上))?回(?:你|他|她|对方|复你|一句)', '(?:接着|继续)?一条一条(?:地)?(?:往下)?回']);
add('cue:realtime', 'zh', 'popping up on the other side at once (立刻在对方屏幕上弹出)', ['(?:立刻|立即|马上|瞬间)[^，。；\\n]{0,10}弹出']);
add('cue:private', 'zh', 'seen only by the one it is for (只有作者能看到; 也只有这位访客能看到)', ['只有(?:作者|对方|这位[^，。；\\n]{1,4}|收件人|接收者|收到的人|被留言的人)(?:才)?(?:能|可以)?看(?:到|见)']);
add('cue:undecided', 'en', 'left open in a review or decision ("was left open in the review")', ['(?:was|were|is|are|remains?|stays?) left open', 'left open (?:in|at|by|for|until)']);
add('cue:group', 'zh', 'the members of a group-buy in a group of their own (团群, 拼团群)', ['(?<![建拉入加进])团群']);

add('cue:staff_internal', 'zh', 'our own research and review recordings, archived (访谈转写与录音存放在研究库; 评审录像已归档)', ['(?:访谈|评审|会议|用研|调研|测试)[^，。；\\n]{0,8}(?:录音|录像|录屏)']);
add('cue:neg', 'zh', 'what a limit is there to avoid (避免变成来回对话)', ['(?:避免|以免|防止|免得)(?:其)?(?:变成|成为|演变成|沦为|变为)']);

add('cue:neg', 'en', 'an ask declined or turned down, after its subject ("the DM ask is logged as declined"; "every chat, call and group idea above is declined")', ['declined', 'turned down', 'refused'], 'phrase');

add('cue:own_jobs', 'zh', 'hiring our own staff (我们自己招人, 本地编辑招聘, HR 在推)', ['(?:我们|我司|公司)(?:自己)?招人', '(?:编辑|员工|同事|运营|研发)[^，。；\\n]{0,2}招聘(?:慢|中|进度|计划|需求)?(?=[^，。；\\n]{0,12}(?:HR|人力|我们自己))']);

add('benign:site_search', 'zh', 'the look of our existing search box (搜索框样式实验)', ['搜索框(?:的)?(?:样式|位置|UI|文案|颜色|图标|占位文案|动效)']);
add('cue:internal', 'zh', 'made for a team\'s own internal use (给运营内部用的看板)', ['(?:给|供)(?:运营|财务|客服|销售|产品|研发|管理层|风控|数据)?(?:团队|同学|部门)?内部(?:用|使用|查看)']);
add('cue:internal', 'zh', 'only an internal team may look (只有安全组可查)', ['只有(?:安全组|运维|管理员|内部|审计|合规|风控)[^，。；\\n]{0,4}(?:可查|能查|可见|可看|可以查|能看)']);
add('benign:link_out', 'en', 'a video shown in another licensed platform\'s official embed player (the videos stay on 优酷)', ['(?:优酷|Youku|腾讯视频|Tencent Video|Bilibili|B站|爱奇艺|iQIYI)[\'’]?s? (?:official )?(?:embed(?:ded)? )?player', 'videos? stays? on (?:优酷|Youku|腾讯视频|Tencent Video|Bilibili|B站|爱奇艺)']);
add('benign:link_out', 'zh', 'a video shown in another licensed platform\'s official player (嵌入优酷官方播放器)', ['(?:优酷|腾讯视频|B站|哔哩哔哩|爱奇艺)(?:的)?(?:官方)?(?:嵌入式?)?播放器']);

add('cue:neg', 'zh', 'a review form\'s box answered no (【是否涉及用户间通信】否, | 是否涉及第三方 | 否 |): what the label names is denied there; a box answered yes is read as it stands', ['(?<=(?:^|\\n)[ \\t]*(?:[【|｜][ \\t]*)?)是否(?:涉及|包含|存在|有)(?=[^\\n]{1,24}?[】|｜：:][ \\t]*否)'], 'sentence');
add('B22', 'en', 'several people in one live video or voice room, everyone seeing and hearing everyone', ['everyone (?:sees and hears|can see and hear|hears and sees) everyone', '(?:each|everyone|all) (?:sees|hears|can see|can hear) and (?:hears|sees|hear|see) the other (?:two|three|four|five|[2-9])\\b', '(?:video|voice) (?:meeting|conference) rooms?(?= [^.;\\n]{0,40}(?:join|members|participants|people))']);

add('cue:neg', 'en', 'something killed or switched off after its subject ("kill DM stub"; "Video upload is OFF on purpose")', ['kill(?:s|ed|ing)?(?= (?:the |a |an |our |its )?[\\w@#/-]+(?: [\\w-]+)?(?: stub| entry| button| flag| feature| code| module)?\\b)', '(?:is|are|stays?|remains?) off(?! (?:the|by|to|for|line|limits)\\b)'], 'phrase');
add('benign:maintenance', 'en', 'a change that says it changes nothing users see (no behaviour change)', ['no (?:behaviou?r(?:al)?|functional|user-facing|product|UI|visible) changes?']);
add('B11', 'en', 'servers, hosting or rack space rented out to other businesses', ['rent(?:s|ing)? (?:out )?(?:VPS(?:es)?|virtual (?:private )?servers?|servers?|hosting|rack space|racks?|cloud (?:hosts?|servers?)|GPU (?:servers?|instances?))(?:/[\\w ]{1,20})?(?: on our racks| in our (?:data ?cent(?:er|re)|IDC))? to (?:partner |other |third-party |outside )?(?:merchants|brands|customers|companies|studios|partners|businesses)']);
add('appr:ride_hailing', 'en', 'drivers dispatched to carry people for pay', ['dispatch(?:es|ed|ing)? (?:nearby |private |freelance |independent )*drivers', 'pay(?:s|ing)? (?:the driver )?per (?:km|kilomet(?:er|re)|mile)']);

add('cue:public_space', 'en', 'talk kept inside the public threads ("users talk to each other only inside threads")', ['only (?:inside|in|within|through|via) (?:the )?(?:public )?(?:threads?|comments?|replies|posts?|forums?|boards?|comment sections?)\\b']);
add('cue:public_space', 'en', 'under the articles or posts, where comments are (talk to each other under articles)', ['under (?:the |every |each |our |their )?(?:editorial )?(?:articles?|posts?|videos?|products?|recipes?|guides?|stories|threads?)(?! (?:page|detail|view)s?\\b)']);

add('cue:own_picks', 'en', 'our editors\' selection of our own articles (6 of our editors\' best articles)', ['(?:\\d+ of )?our (?:own )?editors[\'’]? (?:best |top |favou?rite |latest )?(?:articles|picks|stories|posts|guides)']);

add('cue:neg', 'zh', 'don\'t touch it (别碰时政、社会新闻; 储值要金融资质，别碰)', ['(?:别|不要|不能|不)碰']);

add('B12', 'zh', 'another site\'s domain put onto our edge nodes, its pages cached across the country and billed by traffic (官网域名接入我们的边缘节点…按流量计费)', ['(?:域名|官网|网站|站点)[^，。；\\n]{0,8}(?:接入|指向|CNAME ?到|解析到|挂到)(?:我们|我方|好美|平台)的?(?:边缘|CDN|加速|缓存)?节点', '(?:按|根据)(?:月)?(?:流量|带宽)(?:计费|收费|结算)(?=[^。；\\n]{0,30}(?:节点|加速|缓存|CDN))']);
add('cue:undecided', 'en', 'how it works is left to a later sprint or team ("is up to the design sprint"; "could be a follow, could be something else")', ['(?:is|are) up to the (?:design |product |eng(?:ineering)? )?(?:sprint|team|review|PM|designers?)', 'could be (?:a |an )?[\\w-]+(?: [\\w-]+)?, could be (?:something else|a |an )']);
add('cue:reach', 'en', 'reaching out to another user, the channel not said', ['reach(?:es|ing)? out to (?:someone|a user|people|other users|them|neighbou?rs|a neighbou?r|the (?:person|user|owner))']);

add('B26', 'en', 'our authoritative DNS hosting and resolving other people\'s domains', ['host(?:s|ing)? (?:the )?authoritative DNS', 'authoritative (?:DNS|name ?servers?)[^.;\\n]{0,30}serving (?:the |their )?[\\w\'’ ]{0,24}zones', 'resolv(?:e|es|ing) their (?:DNS )?records']);

add('cue:undecided', 'zh', 'still to be confirmed, nobody sure (还要再确认; 他说不确定)', ['(?:还|仍|尚)(?:要|需|需要|得|待)(?:再)?(?:确认|核实|对齐)', '(?<=(?:他|她|技术|研发|开发|我|我们|对方|供应商|法务|大家)(?:说|也|还|都)?(?:说)?)不(?:太)?确定(?!性)']);

add('cue:self_made', 'zh', 'we survey or draw it ourselves (地推团队自己实地采集、绘制)', ['(?:团队|我们|我方|公司)?自己(?:去)?(?:实地)?(?:采集|绘制|测绘|勘测|画)']);

add('cue:private', 'zh', 'seen only by sender and receiver (只对发信方和收信方可见)', ['只对(?:发信方|收信方|双方|发送方|接收方|发送者|接收者)(?:和|与|及)?(?:发信方|收信方|接收方|发送方|发送者|接收者)?可见']);
add('B25-4', 'zh', 'a read receipt sent back to the sender (回执给发信方, 已读回执)', ['已读回执', '回执给(?:发信方|发送方|发送者)']);
add('cue:external', 'zh', 'the partner\'s or other party\'s own site and pages (合作方站点内容, 对方站点页面)', ['(?:合作方|对方|第三方|外部|其他)(?:的)?(?:站点|网站)(?:内容|页面)?']);
add('cue:collect', 'zh', 'pages pulled from another site on a schedule (每小时拉取对方站点页面)', ['拉取(?:对方|合作方|外部|第三方|其他)?(?:的)?(?:站点|网站)?(?:的)?(?:页面|内容)']);
add('cue:form_open', 'zh', 'new capabilities named only by reference (包含若干新能力，详见内部 wiki)', ['(?:包含|新增|带来|增加)(?:了)?若干(?:新)?(?:能力|功能)', '(?:详细)?(?:能力|功能)(?:列表|清单|说明)见(?:内部)?\\s?(?:wiki|Wiki|文档|飞书)']);

add('cue:neg', 'zh', 'something wanted and held back by legal or the boss (我本来想加个“关注后私聊”，被法务按住了)', ['(?:本来|原本|原来|之前)(?:想|打算|计划)(?=[^。；\\n]{1,40}?被(?:法务|合规|老板|领导|评审)?(?:同学)?(?:按住|拦住|叫停|否了|毙了|驳回|拦下))'], 'clause');
add('cue:neg', 'zh', 'an accusation quoted (投诉指我们“强制推送”): what we were accused of, not the feature', ['(?:指|指责|投诉|批评|质疑|说)(?:我们|我方|平台)(?=[“"「])'], 'clause');
add('cue:licensed', 'zh', 'the partner itself holds the filing or licence (他们已经拿到教育主管部门的备案)', ['(?:他们|对方|合作方|该机构|该平台|该公司)(?:已经|已)?(?:拿到|取得|持有|具备)(?:了)?[^，。；\\n]{0,14}(?:备案|许可|资质|牌照)']);
add('cue:licensed', 'zh', 'a messenger\'s own function, done in its own app (选好友、发送都是微信自己的功能)', ['(?:都是|是)(?:微信|QQ|钉钉|飞书|企业微信)(?:自己|本身)的(?:功能|能力)']);

add('cue:decided_no', 'zh', 'a question answered no in the same sentence (老板问要不要顺便把主色也改了，我说别)', ['(?<=(?:要不要|是否|能不能|可不可以|需不需要)[^。？?\\n]{0,30}[，,]\\s?)(?:我|他|她|老板|我们|大家)?(?:说|回|答|觉得)?(?:了)?(?:别|不要|不用|不了|算了|不做|没必要)(?=[，,。；！\\n]|$)']);
add('cue:own_writing', 'zh', 'our editors write it themselves and sign it (编辑部每周原创一期, 署名编辑部)', ['编辑部(?:每周|每期|每月|自己)?(?:原创|自写|撰写)', '署名(?:为)?编辑部']);

add('cue:neg', 'zh', 'an option given up, as a verdict of its own after its reason (…需要我们自己取得测绘资质，放弃。)', ['(?<=[，,]\\s?)(?:已|已经)?放弃(?:了)?(?=[。；;！!\\n，,]|$)']);

add('cue:neg', 'zh', 'a section listing what the vendor must hold (四、供应商资格): the vendor\'s licences, not a service of ours', ['(?:[一二三四五六七八九十]{1,3}、[ \\t]*)?(?:供应商|服务商|投标人|厂商|乙方)(?:的)?(?:资格|资质)(?:要求|条件)?[：:]?(?=[ \\t]*\\n)'], 'line');
add('benign:site_search', 'zh', 'the search entry kept on a simplified page (首页只保留搜索和收藏)', ['(?:只|仅)?(?:保留|留下|留)(?:了)?[^，。；\\n]{0,4}搜索(?:入口|框|按钮)?(?=和|、|与|，|。)']);

add('cue:neg', 'zh', 'examples of forms that each need a separate agreement or review first (新增合作形式（例如私信、直播）均需另行签订执行单): not part of this', ['(?:例如|比如|譬如|(?<![例比譬])如)(?=[^（）()\\n]{1,40}[）)][^，。；\\n]{0,6}(?:均|都|也|一律)?(?:需|需要|须|必须|要)(?:另行|单独|重新|另外))'], 'clause');
add('cue:neg', 'en', 'examples of forms that each need a separate agreement or review first ("new forms (e.g. DMs, live) each need a separate review"): not part of this', ['(?:e\\.g\\.|for example|such as)(?=[^()\\n]{1,60}\\)[^.;\\n]{0,12}(?:each |all |would |will )*(?:need|require)s? (?:a |its own |their own )?(?:separate|new|own|fresh|further))'], 'clause');
add('cue:neg', 'zh', 'modules all switched off, at the end of their clause (单聊、群聊模块在控制台全部关闭)', ['(?<=[\\u4e00-\\u9fffA-Za-z\\s])(?:全部|都|均|一律)关闭(?=[。；;，,！!\\n]|$)']);

add('B12', 'zh', 'partners\' site files handed to our nodes to cache and deliver, billed by traffic (把其官网的图片交给我们的节点缓存和分发，按月流量计费)', ['(?:交给|交由|放到|接入)(?:我们|我方|好美|平台)的?(?:缓存|边缘|CDN|加速)?节点[^。；\\n]{0,12}(?:缓存|分发|加速)', '(?:节点|加速|缓存|CDN)[^。；\\n]{0,40}(?:按|根据)(?:月)?(?:流量|带宽)(?:计费|收费|结算)']);
add('cue:note_to_person', 'zh', 'a note left on another user\'s avatar or page (在其他业主的头像上点「留言」)', ['(?:头像|主页|名片)上?(?:点|点击|长按)?[「【“"]?(?:留言|留个言|写留言|给TA留言)']);
add('cue:note_to_person', 'zh', 'a message answered directly, the channel not said (互动消息支持直接回复)', ['(?:互动消息|消息|通知|私人消息)(?:里|中)?(?:支持)?(?:直接|快捷)回复']);
add('doubt:B25-4', 'zh', 'said to be almost like chatting (来回几轮跟聊天差不多): instant messaging or comments? (DOMAIN §4)', ['(?:跟|和|像)(?:聊天|私聊|微信聊天|IM)(?:差不多|一样|似的|没区别)']);
add('cue:form_open', 'zh', 'defined only by reference to another product, or left to the released version (参照某社区之消息功能实现; 具体以产品上线版本为准)', ['参照[^，。；\\n]{0,24}(?:实现|来做|设计|做法)', '具体以(?:产品)?(?:最终)?上线(?:版本)?为准']);

add('cue:to_every_install', 'en', 'sent to every device or install, nothing said of asking first (Every device with the app installed gets the notification)', ['(?:every|each) (?:device|install|phone)(?: with the app installed)? (?:gets|receives|will get|will receive)', '(?:push(?:ed|es)?|sent|send) to (?:all|every) (?:installs|devices|users)', 'all installs']);
add('cue:to_every_install', 'zh', 'sent to every device or install (所有装了 App 的手机都会收到)', ['(?:所有|全部|每台)(?:装了|安装了?)?(?:App|APP|应用)?(?:的)?(?:用户|设备|手机)(?:都)?(?:会)?(?:收到|推送)']);
add('cue:opt_in', 'en', 'delivery only to those who asked for it', ['opt(?:s|ed)?[- ]in', '(?:who|that) (?:have )?(?:turned|switched) (?:it|them|those) on', 'if you[\'’]ve turned (?:it|them|those) on', 'subscribers? only']);
add('cue:opt_in', 'zh', 'delivery only to those who asked for it (主动订阅, 默认关闭)', ['主动(?:订阅|勾选|开启|选择)', '默认(?:不订阅|关闭|不开启)']);

add('cue:others_sell', 'zh', 'a partner store ships and settles the sale itself (由合作的本地建材店直接发货并结算)', ['(?:合作的?|第三方|外部)[^，。；\\n]{0,6}(?:店|商家|商户|供应商|门店)(?:直接)?(?:发货|供货|销售|结算)']);
add('cue:undecided', 'zh', 'still being confirmed with someone (来源还在和采购确认)', ['(?:还|仍|尚)在(?:和|跟|与)?[^，。；\\n]{0,6}确认']);

add('B13', 'zh', 'users\' traffic carried through our own nodes or lines to reach sites abroad (客户端一键连我们的香港节点，走我们的线路访问海外站): a VPN service', ['(?:连|接入|连接)(?:我们|我方|好美)的?[^，。；\\n]{0,6}(?:节点|服务器|专线)[^。；\\n]{0,24}(?:访问|上|打开)[^，。；\\n]{0,20}(?:海外|境外|国外)', '走(?:我们|我方|好美)的?(?:线路|专线|通道|节点)(?:去)?(?:访问|上|打开)[^，。；\\n]{0,20}(?:海外|境外|国外)']);
add('B13', 'en', 'users\' traffic tunnelled through our own nodes to reach sites abroad: a VPN service', ['(?:tunnel|route|connect)(?:s|ed|ing)? (?:users|members|them|the client|their traffic) (?:through|via) our (?:own )?(?:nodes?|servers?|lines?|gateway)[^.;\\n]{0,30}(?:overseas|foreign|abroad|blocked)']);

add('cue:neg', 'en', 'a research report\'s sections on who was interviewed and what they said (## Who we talked to, ## What we heard): the method and the users\' wishes, not what is built', [
  // (Two rows, the heading's hashes and the words alone, so that the words are found by their literal
  // start rather than tried at every W, P, I, R and V of a text.)
  '#{1,4}[ \\t]*(?:Who we (?:talked|spoke) (?:to|with)|What we heard|What (?:users|customers|people|they) (?:said|told us|asked for)|Voice of (?:the )?customer|Interview (?:notes|quotes)|Research method(?:ology)?|Participants)[:：]?(?=[ \\t]*\\n)', '(?:Who we (?:talked|spoke) (?:to|with)|What we heard|What (?:users|customers|people|they) (?:said|told us|asked for)|Voice of (?:the )?customer|Interview (?:notes|quotes)|Research method(?:ology)?|Participants)[:：]?(?=[ \\t]*\\n)'], 'line');

add('cue:pair', 'en', 'sent to one named other person\'s phone (goes to the partner\'s phone)', ['(?:to|on) (?:the|your|their|his|her) (?:partner|spouse|wife|husband|other half|friend|teammate|neighbou?r)[\'’]s (?:phone|device|app|screen)']);
add('cue:realtime', 'en', 'delivered the moment it is sent (the moment you release)', ['the moment (?:you|they|it) (?:release|let go|send|tap|stop|finish)']);
add('cue:can_reply', 'en', 'answered back the same way', ['(?:can|may|could) (?:answer|reply|respond) (?:the same way|in kind|straight back|right away)']);
add('cue:msg', 'en', 'a voice recording sent to someone (the recording goes to …)', ['(?:the |a |each )?(?:voice )?recording (?:goes|is sent|gets sent|is delivered)']);

// Round 25 (blind sets h245–h250).
add('cue:break', 'en', 'a user story\'s want after its persona ("As a user without a car, I want to book…"): the persona\'s negation does not reach the want', ['(?<=\\bas an? [^.;\\n]{1,60})I (?:want|need|would like|\'d like)\\b']);
add('appr:ride_hailing', 'en', 'private drivers recruited by us to carry users', ['recruit(?:s|ed|ing)? (?:[\\w-]+ ){0,2}(?:private|freelance|independent|part-time|local|car-owning) drivers']);
add('cue:unnamed_expert', 'zh', 'nannies and childcare workers answering about children\'s health (their qualification is not a doctor\'s)', ['育儿嫂', '保育员', '育儿专家', '母婴顾问']);
add('cue:private', 'zh', 'a reply or response seen only by the one it answers (回应只有你能看到)', ['(?:回复|回应|留言|评论|答复)(?:内容)?(?:只有|仅)(?:你|您|楼主|发帖人|提问者|原作者|作者)(?:自己)?(?:才)?(?:能|可以)?(?:看到|看见|可见)']);
add('cue:contact_button', 'zh', 'the two users may contact each other next, how not said (双方可以进一步联系)', ['(?:双方|彼此|两人|两位)[^，。；\\n]{0,4}(?:可以|能|可)?(?:进一步|直接|私下|自行)?(?:联系|沟通|联络)(?!方式)']);
add('doubt:sector_licence', 'zh', 'whether a sector licence or approval is needed is still being checked by legal (资质…法务正在核实): DOMAIN §3 does not list it, or the text leaves it open', ['(?:资质|许可|审批|牌照|许可证|经营范围)[^。；\\n]{0,40}(?:法务|合规|律师)[^。；\\n]{0,6}(?:正在|还在|仍在|另行|待|尚未|尚在)(?:核实|确认|评估|研究|判断|论证)', '(?:法务|合规)(?:正在|还在|仍在|另行|待|尚未)(?:核实|确认|评估|研究)[^。；\\n]{0,40}(?:资质|许可|审批|牌照|许可证)']);
add('doubt:sector_licence', 'en', 'whether a sector licence or approval is needed is still being checked by legal', ['(?:licen[cs]es?|permits?|approvals?|qualifications?)[^.;\\n]{0,40}(?:legal|counsel|compliance) (?:is|are) (?:still )?(?:checking|confirming|reviewing|looking into|assessing)', 'pending (?:legal|counsel)[^.;\\n]{0,20}(?:licen[cs]e|permit|approval)']);
add('cue:vague_between', 'zh', 'made more social, how users meet not said (社交化改版)', ['社交化', '(?:加强|强化|增加|提升|补齐)社交(?:属性|功能|玩法|互动)?', '社交属性']);
add('cue:vague_between', 'en', 'made more social, how users meet not said', ['(?:more|make (?:it|the app) more) social\\b', 'sociali[sz](?:e|ation)', 'social features?']);
add('cue:neg', 'zh', 'a status mark cutting the item (砍掉：直播、连麦; 【砍掉】聊天室)', ['砍掉', '已砍'], 'clause');
add('cue:neg', 'en', 'a rejected alternative or a dropped option named before a colon: the line is not built', ['(?:rejected|discarded|dropped) (?:alternatives?|options?|approach(?:es)?|ideas?)(?=\\s*[:：])', 'dropped(?=\\s*[:：])'], 'line');
add('cue:can_reply', 'en', 'each sees the other\'s replies come in (see each other\'s replies appear live)', ['(?<=(?:see|read|get) each other[\'’]s )(?:replies|messages|answers|responses) (?:appear|show up|come in|arrive|pop up)']);
add('doubt:sector_licence', 'zh', 'whether the feature falls under a regulated service is left to an opinion not yet given (是否属于医疗健康类信息服务：法务意见未回)', ['是否(?:属于|涉及|需要|算)[^。；\n]{0,20}(?:服务|业务|资质|许可|审批|牌照)[^。；\n]{0,4}[：:]?\\s?(?:法务|合规|律师)(?:的)?(?:意见|结论|答复)?(?:未回|未出|待定|待确认|还没(?:回|出)|尚未(?:回复|给出|出))']);
add('cue:symptom', 'zh', 'a person\'s medical history asked for (既往病史)', ['既往病史', '既往史', '病史']);
add('B25-4', 'zh', 'two users replying to each other without limit: a conversation, whatever it is called (双方可以继续互相回复，不限次数)', ['(?:互相|相互|来回)(?:回复|回消息|发消息)[^。；\n]{0,6}不限(?:次数|条数|轮数)', '不限(?:次数|条数|轮数)地?(?:互相|相互|来回)(?:回复|回|发)']);
add('B25-4', 'en', 'two users replying to each other without limit', ['repl(?:y|ies) (?:to each other )?back and forth (?:without (?:a |any )?limit|as (?:often|much|many times) as they (?:like|want)|unlimited)', 'unlimited (?:back-and-forth|replies between)']);
add('cue:refer_doctor', 'zh', 'users told to see a doctor of their own (健康类问题提示“请咨询专业医生”): a referral, not our doctors answering', ['(?:请|建议|提示|提醒)(?:用户|家长|您|你|大家)?(?:及时)?(?:咨询|就医|找|去看|联系|前往)(?:专业|正规|线下|当地)?(?:的)?(?:医生|医院|医师|儿科)']);
add('cue:refer_doctor', 'en', 'users told to see a doctor of their own', ['please (?:consult|see|contact|talk to) (?:a|your) (?:doctor|physician|GP|pediatrician|paediatrician)', 'advis(?:e|es|ed|ing) (?:users|them|the user|parents|readers) to (?:see|consult|contact) (?:a|their) (?:doctor|physician|GP)']);
add('benign:site_search', 'en', 'a search said to stay inside our own posts or tags, or a post listed in our search (searches only tags used on our community; it stays within the board\'s posts; appear under my profile and in search)', ['search(?:es)?(?: for [\\w-]+)? only (?:looks at|covers|searches|indexes|returns) (?:[\\w-]+ ){0,4}(?:on|in|from) (?:our|this) (?:community|site|app|forum|boards?)', '(?:it|search|the search) stays within (?:the |this |our )?(?:[\\w-]+[\'’]s? )?(?:posts|articles|threads|content|board|forum|community)', '(?:appear|appears|show up|shows up|listed|visible)(?: publicly)? (?:[\\w-]+ ){0,5}and in (?:our )?search', '(?:top|popular|trending|most common) searches (?:in|among|from|by)']);
add('cue:private', 'en', 'seen only by the post\'s author (the note is visible only to the post author)', ['(?:visible|shown) only to (?:the )?(?:post|comment|thread|original|listing)[\'’]?s? (?:author|poster|owner)']);
add('doubt:undecided_form', 'en', 'the ticket\'s description and its acceptance criteria are said to disagree: what ships is not settled', ['(?:desc|description|spec|summary|PRD)s? and (?:the )?(?:AC|ACs|acceptance criteria|desc|description|design|spec)s? (?:don[\'’]t|do not|doesn[\'’]t|does not) match', '(?:AC|ACs|acceptance criteria) (?:contradicts?|conflicts? with) (?:the )?(?:desc|description|spec)']);
add('doubt:undecided_form', 'zh', 'the description and the acceptance criteria are said to disagree (描述和验收标准对不上)', ['(?:描述|需求描述|正文)(?:和|与|跟)(?:验收标准|AC)(?:对不上|不一致|矛盾|冲突)']);
add('doubt:sector_licence', 'en', 'a question whether a sector licence is needed, left open (do we need an auction licence? nobody has checked; which licence covers a site served abroad? TBD; legal is still checking whether acting as an agent needs a registration)', ['(?:do|does|would|will) (?:we|this|it) need (?:an? |the |any )?[^.?\\n]{0,24}(?:licen[cs]e|permit|approval|qualification|registration)s?\\s?\\?', '(?:which|what) licen[cs]es? (?:covers?|applies|appl(?:y|ies) to|do we need)', '(?:legal|counsel|compliance) (?:is|are) (?:still )?(?:checking|confirming|reviewing|looking into|assessing) (?:whether|if) [^.;\\n]{0,60}(?:licen[cs]e|permit|approval|qualification|registration)']);
add('cue:contact_button', 'en', 'an organiser or poster may reach the others, how not said', ['(?:organi[sz]ers?|hosts?|posters?|sellers?|creators?) (?:can|may|will be able to) (?:[\'‘"“])?(?:reach out to|contact|get in touch with) (?:the |their |all )?(?:attendees|participants|members|guests|buyers|followers|sign-?ups)']);
add('appr:audiovisual', 'zh', 'users upload programmes they recorded for everyone to listen to or watch (任何听友都能上传自己录的节目): audio-visual programmes', ['(?:用户|听友|任何人|大家|所有人|创作者|主播)[^，。；\\n]{0,10}(?:上传|投稿)[^，。；\\n]{0,8}(?:节目|播客|电台)']);
add('doubt:data_resale', 'zh', 'our data sold as an API or feed to other apps or companies: an information service to businesses, or processing for others (DOMAIN does not settle it)', ['(?:数据|API|接口)[^，。；\\n]{0,10}(?:卖给|出售给|售卖给|提供给|开放给)[^，。；\\n]{0,6}(?:其他|第三方|别的|外部)\\s?(?:App|APP|app|应用|平台|公司|企业|商家|开发者)']);
add('doubt:data_resale', 'en', 'our data sold as an API or feed to other apps or companies', ['(?:sell|license|resell)(?:s|ing)? (?:our |the )?(?:[\\w-]+ ){0,3}(?:data|feeds?|API access) to (?:other|third-party|outside) (?:apps|companies|businesses|platforms|developers)']);
add('cue:licensed', 'zh', 'the vendor holds the sector\'s own licence (厂商持版号和文网文)', ['(?:持有?|拥有|有)(?:游戏)?版号(?:和|与|及|、)?(?:文网文|网络文化经营许可证)?', '持有?(?:文网文|网络文化经营许可证|信息网络传播视听节目许可证|视听许可证)']);
add('cue:own', 'zh', 'officially refurbished stock of our own (官方翻新)', ['官方(?:翻新|自营|直营|直售)']);
add('cue:own', 'en', 'users selling to us: we are the buyer, not a marketplace', ['(?:sell|sells|selling|sold) (?:their |your |his |her )?(?:old |used )?(?:[\\w-]+ ){0,2}to us', 'we are the buyer']);
add('cue:deferred', 'zh', 'the form is left to a later document (具体形式以最终 PRD 为准)', ['具体(?:形式|方案|做法|机制|玩法)以(?:最终|最新|正式)?(?:的)?\\s?(?:PRD|方案|文档|需求文档|设计稿)\\s?为准']);
add('B25-4', 'zh', 'a real-time group (实时群): a group chat by another name', ['实时群(?:组|聊)?']);
add('B25-4', 'en', 'a typing indicator between users: the mark of instant messaging', ['typing (?:dots|indicators?|bubbles?)', '(?:is|are) typing(?:\\.\\.\\.|…)']);
add('doubt:medical_unclear', 'en', 'a warning to the user of a possible illness made from their readings (possible risk of fatty liver, consider seeing a doctor): health information or diagnosis? (DOMAIN §3 medical does not settle it)', ['(?:possible|potential|high|elevated) risk of (?:fatty liver|high blood pressure|hypertension|diabetes|heart disease|stroke|kidney disease|osteoporosis)']);

/** Every lexicon row, in the order written. */
export const LEXICON: LexiconRow[] = rows;
