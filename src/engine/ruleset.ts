/**
 * The shape of a ruleset: every table the engine reads, as plain, serialisable data. A ruleset's
 * revision is the hash of this data (without the revision itself), so a decision records exactly
 * which rules produced it. The tables live in src/rules/*.ts, written to be read by a compliance
 * officer; the engine (src/engine/*.ts) only interprets them.
 */
import type { ApprovalCode, CapabilityCode, CategoryCode, ProhibitionCode, ReasonKind, Verdict } from './types.js';

/** A catalogue category (DOMAIN.md §2). */
export interface CategoryRow {
  code: CategoryCode;
  /** The catalogue's name (CATALOGUE.md). */
  name: string;
  /** English gloss, for messages in English. */
  name_en: string;
  /** The business code that covers it (B25 for B25-1…B25-X, B11 for B11, A for A). */
  business: string;
}

/** A sector approval (DOMAIN.md §3). */
export interface ApprovalRow {
  code: ApprovalCode;
  name: string;
  authority: string;
  name_en: string;
}

/** What a declared capability means (DOMAIN.md §5). */
export interface CapabilityRow {
  capability: CapabilityCode;
  category: CategoryCode;
  prohibition?: ProhibitionCode;
  /** Extra obligation ids the declaration brings (e.g. 十五(十一) for app distribution). */
  note: string;
}

/** A prohibited act (DOMAIN.md §4) and the category it also falls into. */
export interface ProhibitionRow {
  code: ProhibitionCode;
  name: string;
  name_en: string;
  category: CategoryCode;
}

/**
 * What a lexicon row or a compound rule points at:
 * - a category code (`B25-4`), an approval (`appr:news`), a prohibition (`prohib:forced_push`);
 * - `doubt:<topic>`: evidence that makes the answer unsafe to give automatically (→ needs_review);
 * - `benign:<topic>`: recognised incidental product work (DOMAIN.md §2 last paragraph);
 * - `cancel:<subject>` (compound rules only): in the rule's unit (sentence or feature), text findings
 *   of the subject (a category code or `appr:<code>`) are recorded against instead of counted;
 * - `cue:<name>`: a building block only meaningful in a compound rule or as a modifier
 *   (`cue:neg` negation, `cue:break` negation-scope breaker, `cue:licensed`, `cue:delegate`,
 *   `cue:internal`, `cue:own` …).
 */
export type Target = string;

/** One pattern of the lexicon. Patterns are regular-expression sources without capturing groups. */
export interface LexiconRow {
  id: string;
  target: Target;
  pattern: string;
  /** `en` patterns get ASCII word boundaries and match case-insensitively; `zh` ones match as written. */
  lang: 'zh' | 'en';
  note: string;
  /**
   * For `cue:neg` rows only: how far the negation reaches.
   * `phrase`: to the next punctuation mark (incl. 、 and ASCII comma) — determiners like "no", 非;
   * `clause`: to the end of the clause (，；。 and, in English, a comma followed by a new subject);
   * `line`: to the end of the sentence/line, and over a bullet list that follows a heading colon;
   * `sentence`: to the end of the sentence, never shortened to a clause nor extended over a list.
   */
  scope?: 'phrase' | 'clause' | 'line' | 'sentence';
}

/** A cue group: any one of these targets satisfies it. */
export type CueGroup = Target[];

/**
 * A meaning rule: the target holds when, inside one sentence, every group in `all` is matched by a
 * non-negated mention, and no group in `none` is matched by one. When all groups are present but
 * at least one only in negated form, the rule is recorded as evidence against its target.
 */
export interface CompoundRow {
  id: string;
  target: Target;
  all: CueGroup[];
  none?: CueGroup[];
  /** `sentence` (default) or `feature` (title + description together). */
  scope?: 'sentence' | 'feature';
  /**
   * For `doubt:<category>` rules: when the text also denies that category, the denial settles the
   * doubt (true: "搜索…不抓取外部网站" answers the search question) or makes it a contradiction for a
   * reviewer (false, the default: "本期不做私信" next to a described real-time chat).
   */
  denial_settles?: boolean;
  /**
   * For `appr:<code>` rules: the act is ours (users' money lands in our own account), so a licensed
   * third party named in the same sentence (a licensed payment channel that only collects it) does
   * not take it over.
   */
  own_act?: boolean;
  /**
   * The rule does not hold when the text denies every one of these groups (each has a negated
   * mention and no positive one): "积分不可购买、不可提现" settles the stored-value doubt; "不含新闻"
   * settles the news doubt about a partner feed.
   */
  unless_denied?: CueGroup[];
  note: string;
}

/** One group of the safety net: telecom-relevant cues a sentence must not carry unexplained. */
export interface SafetyNetGroup {
  id: string;
  /** What the cues are about (the message names it via `net:<subject>`). */
  subject: string;
  /** Cue targets (usually `cue:*` rows of the lexicon). */
  cues: Target[];
  /** Findings (positive, negated or cancelling) anywhere in the feature that settle this subject. */
  settled_by: Target[];
  note: string;
}

/**
 * The safety net: a sentence with a non-negated cue of a group, and nothing in it that explains it
 * (a finding, incidental work, a negated mention, a target of `explained_by`), is a doubt unless the
 * feature settles the group's subject elsewhere.
 */
export interface SafetyNet {
  explained_by: Target[];
  groups: SafetyNetGroup[];
  /**
   * Words that name no surface of a website by themselves (发布, 通知, thread): a feature whose
   * categories rest on these words alone, with no surface of our site or app (`cue:surface`), no
   * declared capability, no incidental product work and no staff tool, is not recognised (R7).
   */
  weak_words?: string[];
}

/** Which licence clause a reason cites, per reason kind and subject. */
export interface ClauseLinkRow {
  kind: ReasonKind;
  /** A category, approval, prohibition code, `*` for any; `licence` for licence_invalid. */
  subject: string;
  clauses: string[];
}

/** When an obligation applies. */
export interface ObligationCondition {
  always?: boolean;
  categories?: CategoryCode[];
  capabilities?: CapabilityCode[];
  /** Targets (cue/benign/compound) found in the text, non-negated. */
  cues?: Target[];
  approvals?: ApprovalCode[];
}

/** An obligation: either a licence clause (text looked up verbatim) or a regulation (`source`). */
export interface ObligationRow {
  id: string;
  clause: string;
  /** Only for regulation-based rows: the regulation's text or summary. */
  text?: string;
  source?: string;
  when: ObligationCondition;
  because_zh: string;
  because_en: string;
}

/** The named facts the decision table can test. */
export type DecisionFact =
  | 'licence_invalid'
  | 'uncovered_category'
  | 'prohibited_act'
  | 'approval_needed'
  | 'contradictory_evidence'
  | 'doubtful_evidence'
  | 'unexplained_cue'
  | 'no_recognised_evidence'
  | 'otherwise';

/** One row of the decision table: when `fact` holds, the row fires. */
export interface DecisionRow {
  id: string;
  fact: DecisionFact;
  verdict: Verdict;
  kind: ReasonKind | null;
  note: string;
}

/** Message templates: `{placeholders}` are filled by the engine. */
export interface MessageTemplates {
  zh: Record<string, string>;
  en: Record<string, string>;
}

/** The ruleset's data (what its revision hashes). */
export interface RulesetData {
  id: string;
  categories: CategoryRow[];
  approvals: ApprovalRow[];
  capabilities: CapabilityRow[];
  prohibitions: ProhibitionRow[];
  lexicon: LexiconRow[];
  compounds: CompoundRow[];
  clause_links: ClauseLinkRow[];
  obligations: ObligationRow[];
  decision_table: DecisionRow[];
  /** Verdict precedence, strongest first. */
  precedence: Verdict[];
  /** Warning thresholds in days. */
  lifecycle: { renewal_days_before_expiry: number; launch_window_days: number; annual_report_quarter_end: string };
  messages: MessageTemplates;
  /** Unexplained telecom-relevant cues (absent: no safety net). */
  safety_net?: SafetyNet;
  /**
   * Traditional → simplified characters as (traditional, simplified) pairs, one UTF-16 code unit
   * each; texts are matched after this 1:1 replacement. Absent: no replacement (the default ruleset carries src/rules/traditional.ts).
   */
  traditional?: string;
}

/** A ruleset: its data plus its revision (sha256 of the data's canonical JSON). */
export interface Ruleset extends RulesetData {
  revision: string;
}
