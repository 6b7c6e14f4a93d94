/**
 * Reference tables: categories (DOMAIN.md §2, names from CATALOGUE.md), approvals (§3), capabilities
 * (§5), prohibited acts (§4), and which licence clause each kind of reason cites.
 */
import type { ApprovalRow, CapabilityRow, CategoryRow, ClauseLinkRow, ProhibitionRow } from '../engine/ruleset.js';

/** Categories, in API order. `business` is the licence business that can cover them. */
export const CATEGORIES: CategoryRow[] = [
  { code: 'B25-1', name: '信息发布平台和递送服务', name_en: 'information publishing platform and delivery service', business: 'B25' },
  { code: 'B25-2', name: '信息搜索查询服务', name_en: 'information search and query service', business: 'B25' },
  { code: 'B25-3', name: '信息社区平台服务', name_en: 'information community platform service', business: 'B25' },
  { code: 'B25-4', name: '信息即时交互服务', name_en: 'instant information interaction service (instant messaging)', business: 'B25' },
  { code: 'B25-5', name: '信息保护和处理服务', name_en: 'information protection and processing service', business: 'B25' },
  { code: 'B25-X', name: '非互联网信息服务（固定网电话信息服务、移动网信息服务）', name_en: 'information services not over the Internet (voice hotlines, carrier-billed SP services)', business: 'B25' },
  { code: 'B11', name: '互联网数据中心业务', name_en: 'Internet data centre (IDC)', business: 'B11' },
  { code: 'B12', name: '内容分发网络业务', name_en: 'content delivery network (CDN)', business: 'B12' },
  { code: 'B13', name: '国内互联网虚拟专用网业务', name_en: 'domestic Internet virtual private network (IP-VPN)', business: 'B13' },
  { code: 'B14', name: '互联网接入服务业务', name_en: 'Internet access service (ISP)', business: 'B14' },
  { code: 'B21', name: '在线数据处理与交易处理业务', name_en: 'online data and transaction processing', business: 'B21' },
  { code: 'B22', name: '国内多方通信服务业务', name_en: 'domestic multi-party communication service', business: 'B22' },
  { code: 'B23', name: '存储转发类业务', name_en: 'store-and-forward service', business: 'B23' },
  { code: 'B24', name: '呼叫中心业务', name_en: 'call centre service', business: 'B24' },
  { code: 'B26', name: '编码和规程转换业务', name_en: 'code and protocol conversion (incl. domain-name resolution)', business: 'B26' },
  { code: 'A', name: '基础电信业务', name_en: 'basic telecom service (public telephony)', business: 'A' },
];

/** Approvals that need 增项 (DOMAIN.md §3), in API order. */
export const APPROVALS: ApprovalRow[] = [
  { code: 'news', name: '互联网新闻信息服务许可', authority: '国家/省级网信办', name_en: 'Internet news information service licence' },
  { code: 'publishing', name: '网络出版服务许可证', authority: '国家新闻出版署', name_en: 'online publishing service licence' },
  { code: 'audiovisual', name: '信息网络传播视听节目许可证', authority: '国家广播电视总局', name_en: 'audiovisual programme licence' },
  { code: 'culture', name: '网络文化经营许可证', authority: '文化和旅游部门', name_en: 'online culture business licence' },
  { code: 'games', name: '网络游戏出版审批（版号）及网络文化经营许可证', authority: '国家新闻出版署、文化和旅游部门', name_en: 'online game publication approval and online culture licence' },
  { code: 'religion', name: '互联网宗教信息服务许可证', authority: '省级宗教事务部门', name_en: 'Internet religious information service licence' },
  { code: 'medical', name: '互联网诊疗 / 互联网医院 执业许可', authority: '卫生健康主管部门', name_en: 'Internet diagnosis / Internet hospital practice licence' },
  { code: 'drugs', name: '互联网药品信息服务资格证书', authority: '药品监督管理部门', name_en: 'Internet drug information service certificate' },
  { code: 'education', name: '教育主管部门审核同意/备案', authority: '教育主管部门', name_en: 'education authority approval / filing' },
  { code: 'finance', name: '金融业务许可（支付业务许可证、网络小额贷款、保险/证券/基金销售资格）', authority: '中国人民银行、金融监管总局、证监会', name_en: 'financial licence (payment, online micro-lending, insurance/securities/fund sales)' },
  { code: 'maps', name: '测绘资质（互联网地图服务）', authority: '自然资源主管部门', name_en: 'surveying and mapping qualification (Internet map service)' },
  { code: 'ride_hailing', name: '网络预约出租汽车经营许可', authority: '交通运输主管部门', name_en: 'online ride-hailing operating licence' },
  { code: 'recruitment', name: '人力资源服务许可证', authority: '人力资源社会保障部门', name_en: 'human resources service licence' },
  { code: 'lottery', name: '互联网销售彩票（财政部批准）', authority: '财政部', name_en: 'online lottery sales approval' },
];

/** Declared capabilities (DOMAIN.md §5): each maps to a category, some also to a prohibited act. */
export const CAPABILITIES: CapabilityRow[] = [
  { capability: 'publish_own_content', category: 'B25-1', note: 'the company publishes its own content' },
  { capability: 'user_uploads', category: 'B25-1', note: 'users publish for others to see' },
  { capability: 'push_delivery', category: 'B25-1', note: 'subscriptions, push, newsletters' },
  { capability: 'app_distribution', category: 'B25-1', note: 'distributing third-party apps (+ 十五(十一))' },
  { capability: 'site_search', category: 'B25-1', note: 'search over own content (incidental)' },
  { capability: 'web_search', category: 'B25-2', note: 'search over content collected from other sites' },
  { capability: 'comments', category: 'B25-3', note: 'social exchange among users' },
  { capability: 'forum', category: 'B25-3', note: 'social exchange among users' },
  { capability: 'follow_feed', category: 'B25-3', note: 'social exchange among users' },
  { capability: 'live_comments', category: 'B25-3', note: '弹幕' },
  { capability: 'private_messaging', category: 'B25-4', note: 'instant exchange between users' },
  { capability: 'group_chat', category: 'B25-4', note: 'instant exchange between users' },
  { capability: 'voice_call', category: 'B25-4', note: 'end-to-end real-time voice' },
  { capability: 'video_call', category: 'B25-4', note: 'end-to-end real-time video' },
  { capability: 'user_file_transfer', category: 'B25-4', note: 'files between users' },
  { capability: 'security_scanning', category: 'B25-5', note: 'protecting users\' information' },
  { capability: 'spam_filtering', category: 'B25-5', note: 'spam and harassment blocking' },
  { capability: 'third_party_marketplace', category: 'B21', note: 'transaction platform for other merchants' },
  { capability: 'hosting_for_customers', category: 'B11', note: 'IDC' },
  { capability: 'cdn_for_customers', category: 'B12', note: 'CDN' },
  { capability: 'vpn_service', category: 'B13', note: 'IP-VPN' },
  { capability: 'internet_access', category: 'B14', note: 'ISP' },
  { capability: 'conferencing_service', category: 'B22', note: 'multi-party communication' },
  { capability: 'email_hosting', category: 'B23', note: 'store-and-forward e-mail' },
  { capability: 'call_centre_service', category: 'B24', note: 'call centre for others' },
  { capability: 'dns_service', category: 'B26', note: 'domain-name resolution for others' },
  { capability: 'phone_calls_to_numbers', category: 'A', prohibition: 'public_telephony', note: 'calls to or from phone numbers' },
  { capability: 'bandwidth_resale', category: 'B14', prohibition: 'bandwidth_resale', note: 'reselling bandwidth' },
];

/** Prohibited acts (DOMAIN.md §4) and the category each also falls into. */
export const PROHIBITIONS: ProhibitionRow[] = [
  { code: 'bandwidth_resale', name: '转售或转租带宽等网络接入资源', name_en: 'reselling or subletting bandwidth', category: 'B14' },
  { code: 'public_telephony', name: '通过公用通信网和互联网提供公共电话业务', name_en: 'public telephony over the phone network or the Internet', category: 'A' },
  { code: 'forced_push', name: '强行推送、定制服务', name_en: 'forced push or forced subscription', category: 'B25-1' },
];

/**
 * Which clause each reason cites. Looked up most specific first (kind + subject, then kind + `*`).
 * Clause texts are always read from the licence record by id.
 */
export const CLAUSE_LINKS: ClauseLinkRow[] = [
  { kind: 'out_of_scope', subject: 'B25-X', clauses: ['业务种类', '十五(二)'] },
  { kind: 'out_of_scope', subject: 'B25-2', clauses: ['业务种类'] },
  { kind: 'out_of_scope', subject: 'B25-4', clauses: ['业务种类'] },
  { kind: 'out_of_scope', subject: '*', clauses: ['业务种类', '二'] },
  { kind: 'prohibited', subject: 'bandwidth_resale', clauses: ['四'] },
  { kind: 'prohibited', subject: 'public_telephony', clauses: ['十五(十四)'] },
  { kind: 'prohibited', subject: 'forced_push', clauses: ['十五(十)'] },
  { kind: 'amendment_required', subject: '*', clauses: ['十五(一)'] },
  { kind: 'licence_invalid', subject: 'licence', clauses: ['十二'] },
  { kind: 'uncertain', subject: '*', clauses: ['二'] },
];
