/**
 * The default ruleset: every table of src/rules/*.ts, with its revision (sha256 of the canonical
 * JSON of the data and of the engine's source digest). Changing any row, or any line of the engine
 * that reads the rows, changes the revision every decision records.
 */
import { revisionOf } from '../engine/canonical.js';
import { ENGINE_SOURCE_DIGEST } from '../engine/revision.js';
import type { Ruleset, RulesetData } from '../engine/ruleset.js';
import { COMPOUNDS } from './compounds.js';
import { DECISION_TABLE, PRECEDENCE } from './decision.js';
import { LEXICON } from './lexicon.js';
import { MESSAGES } from './messages.js';
import { OBLIGATIONS } from './obligations.js';
import { SAFETY_NET } from './safety.js';
import { APPROVALS, CAPABILITIES, CATEGORIES, CLAUSE_LINKS, PROHIBITIONS } from './tables.js';
import { TRADITIONAL_PAIRS } from './traditional.js';

const data: RulesetData = {
  id: 'scope-rules',
  categories: CATEGORIES,
  approvals: APPROVALS,
  capabilities: CAPABILITIES,
  prohibitions: PROHIBITIONS,
  lexicon: LEXICON,
  compounds: COMPOUNDS,
  clause_links: CLAUSE_LINKS,
  obligations: OBLIGATIONS,
  decision_table: DECISION_TABLE,
  precedence: PRECEDENCE,
  lifecycle: { renewal_days_before_expiry: 90, launch_window_days: 90, annual_report_quarter_end: '03-31' },
  messages: MESSAGES,
  safety_net: SAFETY_NET,
  traditional: TRADITIONAL_PAIRS,
};

/**
 * Builds a ruleset from data, computing its revision over the data and the engine that interprets it
 * (`engine`, the source digest of src/engine/*.ts; defaults to this build's).
 */
export function makeRuleset(d: RulesetData, engine: string = ENGINE_SOURCE_DIGEST): Ruleset {
  return { ...d, revision: revisionOf({ data: d, engine }) };
}

/** The ruleset the service uses unless told otherwise. */
export const defaultRuleset: Ruleset = makeRuleset(data);

export { data as defaultRulesetData };
