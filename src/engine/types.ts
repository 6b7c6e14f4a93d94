/**
 * The engine's vocabulary. Everything here is plain data: the engine is a pure function of
 * (feature, licences, ruleset, now) and imports neither Hono nor the database.
 */

/** Catalogue codes of DOMAIN.md §2 (ours, stable, in the API). */
export const CATEGORY_CODES = [
  'B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5', 'B25-X',
  'B11', 'B12', 'B13', 'B14', 'B21', 'B22', 'B23', 'B24', 'B26', 'A',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** Approval codes of DOMAIN.md §3. */
export const APPROVAL_CODES = [
  'news', 'publishing', 'audiovisual', 'culture', 'games', 'religion', 'medical', 'drugs',
  'education', 'finance', 'maps', 'ride_hailing', 'recruitment', 'lottery',
] as const;
export type ApprovalCode = (typeof APPROVAL_CODES)[number];

/** Declared capability codes of DOMAIN.md §5. */
export const CAPABILITY_CODES = [
  'publish_own_content', 'user_uploads', 'push_delivery', 'app_distribution', 'site_search',
  'web_search', 'comments', 'forum', 'follow_feed', 'live_comments', 'private_messaging',
  'group_chat', 'voice_call', 'video_call', 'user_file_transfer', 'security_scanning',
  'spam_filtering', 'third_party_marketplace', 'hosting_for_customers', 'cdn_for_customers',
  'vpn_service', 'internet_access', 'conferencing_service', 'email_hosting',
  'call_centre_service', 'dns_service', 'phone_calls_to_numbers', 'bandwidth_resale',
] as const;
export type CapabilityCode = (typeof CAPABILITY_CODES)[number];

/** Prohibited acts (DOMAIN.md §4). */
export const PROHIBITION_CODES = ['bandwidth_resale', 'public_telephony', 'forced_push'] as const;
export type ProhibitionCode = (typeof PROHIBITION_CODES)[number];

export type Verdict = 'allowed' | 'rejected' | 'needs_review';
export type ReasonKind = 'licence_invalid' | 'out_of_scope' | 'prohibited' | 'amendment_required' | 'uncertain';
export type Lang = 'zh' | 'en';

/** A proposed feature, as validated by the API. */
export interface Feature {
  title: string;
  description: string;
  capabilities: CapabilityCode[];
  sectors: ApprovalCode[];
  /** YYYY-MM-DD; when absent the engine uses `now`'s date (UTC+8, Beijing). */
  launch_date?: string;
}

/** A span of the request that led to a finding. Offsets are UTF-16 code units into the field, end exclusive. */
export interface Evidence {
  field: 'title' | 'description' | 'capabilities' | 'sectors';
  text: string;
  start: number;
  end: number;
  /** The id of the lexicon row (or declaration) that matched. */
  rule?: string;
}

export interface CategoryFinding {
  code: CategoryCode;
  name: string;
  covered: boolean;
  /** The licence that covers it, when covered. */
  licence_id: string | null;
  evidence: Evidence[];
}

export interface ApprovalFinding {
  code: ApprovalCode;
  name: string;
  authority: string;
  evidence: Evidence[];
}

export interface Reason {
  kind: ReasonKind;
  clause: string;
  clause_text: string;
  message: string;
  /** The category, approval or prohibition the reason is about, if any. */
  subject?: string;
  evidence?: Evidence[];
}

export interface Obligation {
  clause: string;
  text: string;
  /** Why it applies (which category or capability). */
  applies_because?: string;
  /** Set for obligations whose source is a regulation rather than the licence. */
  source?: string;
}

export interface Warning {
  code: string;
  message: string;
  due?: string;
  /** The licence the warning is about (lifecycle warnings are given for every licence relied on). */
  licence_id?: string;
}

/** One special-provision clause of a licence, verbatim. */
export interface Clause {
  id: string;
  text: string;
}

/** A business type a licence grants, with its limits. */
export interface LicencedBusiness {
  /** Catalogue code of the business: B25, B21, B11, … */
  code: string;
  name: string;
  /** e.g. 仅限互联网信息服务, 仅限经营类电子商务 */
  limit?: string | null;
  /** Sub-categories excluded (不含…): e.g. ['B25-2', 'B25-4'] */
  excludes: string[];
  /**
   * For B25 only: the sub-types the certificate names when it grants only some of them
   * (…（仅限信息发布平台和递送服务、信息社区平台服务）→ ['B25-1', 'B25-3']). Empty or absent: no narrowing.
   */
  includes?: string[];
  text?: string;
}

export interface Website {
  name: string;
  domain: string;
  server_location?: string | null;
  access_provider?: string | null;
}

/** A licence as data (DOMAIN.md §1). */
export interface Licence {
  id: string;
  kind: string;
  number: string;
  holder: string;
  legal_representative: string;
  business: LicencedBusiness[];
  coverage: string | null;
  issued: string;
  valid_until: string;
  websites: Website[];
  /** The 业务种类 text, cited by out-of-scope reasons. */
  business_clause: Clause;
  /** 特别规定事项: 一 … 十五 and 十五(一) … 十五(十四). */
  clauses: Clause[];
}

/** A licence with its content revision (sha256 of its canonical JSON). */
export interface PinnedLicence extends Licence {
  revision: string;
}

/** Result of evaluating a feature. The HTTP layer adds id and created_at. */
export interface Evaluation {
  verdict: Verdict;
  categories: CategoryFinding[];
  approvals: ApprovalFinding[];
  reasons: Reason[];
  obligations: Obligation[];
  warnings: Warning[];
  licence: { id: string; revision: string };
  /** Every licence considered (the company may hold several). */
  licences: { id: string; revision: string; valid: boolean }[];
  ruleset: { id: string; revision: string };
  launch_date: string;
}
