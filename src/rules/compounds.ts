/**
 * Meaning rules: an act described without its name. A rule holds when, inside one sentence (or the
 * whole feature, where said), each group in `all` has a non-negated mention and no group in `none`
 * has one. Groups list the cues of src/rules/lexicon.ts, and where useful the direct terms too.
 */
import type { CompoundRow } from '../engine/ruleset.js';

const CONVERSE = ['cue:converse', 'B25-4'];
const MSG = ['cue:msg', 'B25-4'];

export const COMPOUNDS: CompoundRow[] = [
  // B25-4: instant exchange between users (DOMAIN §2), described in other words.
  { id: 'im.pair-converse', target: 'B25-4', all: [['cue:pair'], CONVERSE], none: [['cue:public_space'], ['cue:staff'], ['cue:ai']],
    note: 'two users talking to each other, not in public: "a one-to-one conversation", "用户之间可以聊天"' },
  { id: 'im.pair-message', target: 'B25-4', all: [['cue:pair'], MSG], none: [['cue:public_space'], ['cue:staff'], ['cue:ai'], ['cue:notify']],
    note: 'messages between two users: "双方即时收发消息", "messages delivered instantly between two users"' },
  { id: 'im.private-exchange', target: 'B25-4', all: [['cue:private'], ['cue:msg', 'cue:converse', 'B25-3', 'cue:pair']], none: [['cue:staff'], ['cue:ai']],
    note: 'a reply or message only the other person sees: a private message by another name ("reply privately", "只有对方能看到")' },
  { id: 'im.file-exchange', target: 'B25-4', all: [['cue:file'], ['cue:pair', 'cue:private']], none: [['cue:public_space'], ['cue:staff']],
    note: 'files sent from one user to another (DOMAIN §2: 文件 between users), not published' },
  { id: 'im.pair-call', target: 'B25-4', all: [['cue:pair'], ['cue:call']], none: [['cue:phone_number'], ['cue:staff'], ['B22']],
    note: 'users calling each other over the app (to phone numbers is A)' },
  { id: 'im.group-talk', target: 'B25-4', all: [['cue:group'], ['cue:msg', 'cue:converse', 'cue:realtime', 'cue:voice_video', 'B25-4']], none: [['cue:external_im'], ['cue:public_space']],
    note: 'a chat group of our users where members message each other (a WeChat group is WeChat\'s service, not ours)' },
  { id: 'im.realtime-av-talk', target: 'B25-4', all: [['cue:realtime'], ['cue:voice_video'], ['cue:converse', 'cue:call']], none: [['cue:staff'], ['cue:ai'], ['B22']],
    note: 'real-time voice or video conversation' },
  { id: 'im.realtime-talk-unclear', target: 'doubt:B25-4', all: [['cue:realtime'], ['cue:converse', 'cue:msg']], none: [['cue:staff'], ['cue:ai'], ['cue:notify']],
    note: 'a real-time conversation whose parties are not said: could be messaging between users' },
  { id: 'im.vague-between', target: 'doubt:B25-4', all: [['cue:vague_between']], none: [['cue:public_space'], ['B25-3']],
    note: 'users are to interact or communicate more, but the channel is not said' },
  { id: 'im.staff-chat', target: 'doubt:staff_chat', all: [['cue:staff'], ['cue:converse', 'cue:msg', 'cue:realtime']], none: [['cue:ai']],
    note: 'chat between a user and our own staff: not clearly B25-4 (between users), not listed as incidental' },
  // B25-2: collecting from other sites and offering retrieval.
  { id: 'search.collect-external', target: 'B25-2', all: [['cue:collect'], ['cue:external']], none: [['cue:own', 'benign:site_search']],
    note: 'collecting or indexing content from other sites' },
  { id: 'search.search-external', target: 'B25-2', all: [['cue:search'], ['cue:external']], none: [['cue:own', 'benign:site_search']],
    note: 'search results drawn from other sites or platforms' },
  { id: 'search.unqualified', target: 'doubt:B25-2', scope: 'feature', denial_settles: true, all: [['cue:search']], none: [['cue:own', 'benign:site_search', 'B25-2', 'cue:internal', 'cue:seo']],
    note: 'a search feature that never says it searches only our own content' },
  // Telecom services sold to others.
  { id: 'idc.for-others', target: 'B11', all: [['cue:compute'], ['cue:for_others']], none: [['cue:cdn']], note: 'servers, compute or hosting rented to others' },
  { id: 'cdn.for-others', target: 'B12', all: [['cue:cdn'], ['cue:for_others']], note: 'CDN or acceleration sold to others' },
  { id: 'mail.for-others', target: 'B23', all: [['cue:mail'], ['cue:for_others']], note: 'mailboxes hosted for others' },
  { id: 'callcentre.for-others', target: 'B24', all: [['cue:hotline'], ['cue:for_others']], note: 'hotline seats run for other companies' },
  { id: 'dns.for-others', target: 'B26', all: [['cue:dns'], ['cue:for_others']], note: 'domain-name resolution for others' },
  { id: 'telephony.call-number', target: 'A', all: [['cue:call'], ['cue:phone_number']], none: [['benign:account']], note: 'calls to or from phone numbers (十五(十四))' },
  { id: 'bandwidth.resale', target: 'prohib:bandwidth_resale', all: [['cue:bandwidth'], ['cue:resell', 'cue:for_others']], note: 'reselling or subletting bandwidth (四)' },
  { id: 'push.forced', target: 'prohib:forced_push', scope: 'feature', all: [['cue:notify', 'B25-1'], ['cue:cannot_disable']], note: 'push the user cannot switch off (十五(十)); feature-wide, since the refusal is often a later sentence ("these cannot be turned off")' },
  { id: 'marketplace.sellers', target: 'B21', all: [['cue:seller'], ['cue:sell_act']], none: [['cue:own']], note: 'others list and sell goods on our platform' },
  // Sector approvals described without their word.
  { id: 'av.video-public', target: 'appr:audiovisual', all: [['cue:video'], ['cue:public_space', 'cue:watch']], none: [['cue:staff']],
    note: 'video offered for the public to watch' },
  { id: 'av.media-published', target: 'appr:audiovisual', all: [['cue:video', 'cue:audio'], ['cue:publish_act']], none: [['cue:staff']],
    note: 'video or audio published for others: programmes (为他人提供上载传播视听节目服务)' },
  { id: 'games.monetised', target: 'appr:games', scope: 'feature', all: [['cue:game'], ['cue:game_money']], note: 'a game with purchases, items or rankings' },
  { id: 'games.unclear', target: 'doubt:games', scope: 'feature', all: [['cue:game']], none: [['appr:games']], note: 'a game with no stated monetisation: tool or online game?' },
  { id: 'news.topic-digest', target: 'appr:news', all: [['cue:current_topic'], ['cue:news_act', 'cue:notify', 'cue:publish_act']], none: [['cue:staff']],
    note: 'current-affairs topics gathered, rewritten, summarised or pushed to users: news by what it covers, without the word 新闻' },
  { id: 'medical.doctor-answers', target: 'appr:medical', all: [['cue:doctor'], ['cue:consult']], note: 'doctors answering users\' health questions' },
  // Cancellations: in this unit, the subject's text findings are not what they seem (recorded against).
  { id: 'notices.one-way', target: 'cancel:B25-4', all: [['cue:one_way']], note: 'platform-to-user notices called 站内信/消息 are delivery (B25-1), not messaging between users' },
  { id: 'hiring.own', target: 'cancel:appr:recruitment', scope: 'feature', all: [['cue:own_hiring']], none: [['cue:for_others', 'B21']],
    note: 'the company\'s own careers page is own content; the recruitment licence is for job platforms for third-party employers' },
  { id: 'seo.own-pages', target: 'cancel:B25-2', all: [['cue:seo']], none: [['cue:search_offer', 'cue:search']],
    note: 'making our own pages crawlable by others\' search engines (sitemap, SEO, structured data, 收录) is publishing our site, not a search service of ours; a search offered to users in the same sentence (a search word not inside 搜索引擎/search engine) is not explained away' },
  // Round 2: undecided mechanics, vague reaching, bidding, IVR, multi-party sessions, link-out messengers.
  { id: 'undecided.interaction', target: 'doubt:undecided', scope: 'feature',
    all: [['cue:undecided'], ['cue:reach', 'cue:vague_between', 'cue:pair', 'cue:converse', 'cue:msg', 'cue:notify', 'cue:optout', 'cue:group']],
    note: 'how users reach each other, or how delivery and its opt-out work, is explicitly undecided (待定, TBD, pending legal review): the decision must wait for the mechanics (DOMAIN §4: too weak to decide safely)' },
  { id: 'im.reach-unclear', target: 'doubt:B25-4', all: [['cue:reach'], ['cue:pair', 'cue:vague_between']], none: [['cue:public_space'], ['B25-3'], ['cue:third_im']],
    note: 'users are to reach or contact each other with no channel said: it may be messaging between users' },
  { id: 'marketplace.bidding', target: 'B21', scope: 'feature', all: [['cue:bid'], ['cue:commission', 'B21']], none: [['cue:own']],
    note: 'third-party providers bid, quote or grab users\' requests and the platform takes a share: a transaction platform for others (B21)' },
  { id: 'ivr.interactive-voice', target: 'B25-4', all: [['cue:ivr']], note: 'interactive voice response is named under 信息即时交互服务 (DOMAIN §2 B25-4)' },
  { id: 'ivr.over-phone', target: 'B25-X', scope: 'feature', all: [['cue:ivr'], ['cue:phone_number', 'cue:hotline']],
    note: 'an IVR reached by dialling a phone number (400, 固话, hotline) is 固定网/移动网信息服务, not over the Internet (仅限互联网, 十五(二))' },
  { id: 'conf.multi-party-av', target: 'B22', all: [['cue:multi'], ['cue:voice_video', 'cue:call', 'B25-4']], none: [['cue:staff'], ['cue:ai']],
    note: 'three or more parties in one real-time voice or video session (B22, DOMAIN §2: calls among three or more)' },
  { id: 'im.link-out-messenger', target: 'benign:link_out', all: [['cue:third_im', 'cue:external_im'], ['cue:link_out', 'cue:delegate']],
    note: 'a link or QR code to a licensed third party\'s messenger (企业微信, WeChat): their service, not ours' },
  // Round 3: stored value by another name, escrow described by the act, motion clips, partner feeds.
  { id: 'finance.points-bought-and-moved', target: 'appr:finance', scope: 'feature', all: [['cue:points'], ['cue:points_buy'], ['cue:points_transfer', 'cue:points_cash']],
    note: 'points/coins bought with money and transferable to other users or cashed out are stored value (holding and moving users\' funds)' },
  { id: 'finance.points-moved', target: 'doubt:finance', scope: 'feature', all: [['cue:points'], ['cue:points_transfer', 'cue:points_cash', 'cue:points_buy']], unless_denied: [['cue:points_buy'], ['cue:points_cash']],
    note: 'points/credits/coins users can give to other users, buy, or cash out, where the text does not settle that they cannot be bought or cashed: possibly stored value' },
  { id: 'finance.our-account-release', target: 'appr:finance', scope: 'feature', own_act: true, all: [['cue:our_account'], ['cue:pay_in'], ['cue:release']],
    note: 'users pay into our (or our brand\'s) account and we release it onward in stages: we hold users\' funds, even when a licensed channel only collects them' },
  { id: 'finance.our-account-funds-release', target: 'appr:finance', scope: 'feature', own_act: true, all: [['cue:our_account'], ['cue:funds'], ['cue:release']],
    note: 'users\' money sits in our account and we release it onward ("the deposit sits in our account until…, then we release it to the pro")' },
  { id: 'finance.our-account-freeze', target: 'appr:finance', own_act: true, all: [['cue:our_account'], ['cue:freeze'], ['cue:funds']],
    note: 'funds frozen in our account during a dispute: we hold users\' funds' },
  { id: 'av.motion-clip', target: 'doubt:audiovisual', scope: 'feature', all: [['cue:motion_clip'], ['cue:for_viewers', 'B25-1', 'B25-3', 'cue:public_space', 'cue:watch', 'cue:publish_act']], none: [['appr:audiovisual']],
    note: 'live photos / seconds of motion with sound that others view: short video, possibly an audiovisual programme' },
  { id: 'news.partner-feed', target: 'doubt:news', scope: 'feature', all: [['cue:partner_media'], ['cue:ingest', 'B25-1', 'cue:collect']], none: [['appr:news']], unless_denied: [['appr:news']],
    note: 'partner media content brought into our channels without saying it is non-news: possibly news re-posting or aggregation of others\' sites' },
  // Round 5: users pay third-party professionals through us and we keep a share.
  { id: 'marketplace.provider-paid-share', target: 'doubt:marketplace', scope: 'feature', all: [['cue:provider'], ['cue:paid', 'cue:pay_in', 'cue:funds'], ['cue:commission', 'cue:release']], none: [['cue:own'], ['B21']],
    note: 'users pay third-party professionals or shops through our platform and we keep a share: possibly a transaction platform for others (B21) and money held for them' },
  // Round 5: information about money or prices, not the act.
  { id: 'finance.information-only', target: 'cancel:appr:finance', all: [['cue:calc']], none: [['cue:fin_act'], ['cue:pay_in'], ['cue:points'], ['cue:release'], ['cue:freeze'], ['cue:our_account']],
    note: 'a calculator of repayments, interest or premiums informs; it neither lends, sells financial products nor holds money, unless the same sentence does that' },
  { id: 'search.editorial-comparison', target: 'cancel:B25-2', all: [['cue:guide']], none: [['cue:search'], ['cue:collect'], ['cue:realtime'], ['cue:tool']],
    note: 'our editors comparing prices or products in an article is our own content (B25-1); a comparison tool that queries or collects other sites is not explained away' },
  // Round 5b.
  { id: 'b21.system-for-businesses', target: 'B21', scope: 'feature', all: [['cue:for_others'], ['cue:txn']], none: [['cue:internal']],
    note: 'our order/transaction system opened to other businesses, who run their orders, payments or stock on it: online data and transaction processing for others (B21)' },
  { id: 'undecided.media-or-session', target: 'doubt:undecided_form', scope: 'feature', all: [['cue:undecided'], ['cue:video', 'cue:audio', 'cue:voice_video', 'cue:motion_clip', 'cue:call', 'cue:session']],
    note: 'whether the feature carries audio/video, or puts users in a live session with people, is explicitly open: audiovisual programmes, a call or a chat cannot be ruled out yet' },
  { id: 'im.members-space-talk', target: 'B25-4', scope: 'feature', all: [['cue:members_space'], ['cue:realtime', 'cue:msg', 'cue:converse']], none: [['cue:external_im'], ['cue:staff']],
    note: 'a space only a group\'s members see, where what they send reaches the others at once or they talk: a group chat by description (B25-4), even when the two are said in different sentences' },
  // Recognition: algorithmic delivery is B25-1 (and brings the algorithm filing obligation).
  { id: 'delivery.algorithmic', target: 'B25-1', all: [['cue:ai', 'cue:algo']], note: 'recommendation or generated content delivered to users' },
  { id: 'delivery.paid-works', target: 'B25-1', all: [['doubt:publishing']], note: 'paid works are published on our platform: B25-1 whatever else they are' },
  { id: 'delivery.site-search', target: 'B25-1', all: [['benign:site_search']], note: 'a search over the site\'s own content is incidental B25-1 (DOMAIN §5 site_search)' },
  { id: 'delivery.app-distribution', target: 'B25-1', all: [['cue:app_dist']], note: 'distributing apps is B25-1 (十五(十一))' },
];
