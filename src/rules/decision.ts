/**
 * The decision table (DOMAIN.md §4), in the manner of Cedar/OPA policies: every row whose fact holds
 * fires and contributes its reasons; the verdict is the strongest verdict among fired rows, by
 * `PRECEDENCE` (rejected > needs_review > allowed). The last row always fires, so the table is
 * exhaustive.
 */
import type { DecisionRow } from '../engine/ruleset.js';
import type { Verdict } from '../engine/types.js';

export const DECISION_TABLE: DecisionRow[] = [
  { id: 'R1', fact: 'licence_invalid', verdict: 'rejected', kind: 'licence_invalid',
    note: 'the licence is not valid on the launch date (issued <= date <= valid_until)' },
  { id: 'R2', fact: 'uncovered_category', verdict: 'rejected', kind: 'out_of_scope',
    note: 'a category no licence valid on the launch date covers (B25-2, B25-4, B25-X, B1x, B2x, A for this licence)' },
  { id: 'R3', fact: 'prohibited_act', verdict: 'rejected', kind: 'prohibited',
    note: 'bandwidth resale (四), public telephony (十五(十四)), forced push (十五(十))' },
  { id: 'R4', fact: 'approval_needed', verdict: 'rejected', kind: 'amendment_required',
    note: 'a sector approval of DOMAIN §3 is needed, then 增项 (十五(一))' },
  { id: 'R5', fact: 'contradictory_evidence', verdict: 'needs_review', kind: 'uncertain',
    note: 'the text both denies an excluded function and describes something like it' },
  { id: 'R6', fact: 'doubtful_evidence', verdict: 'needs_review', kind: 'uncertain',
    note: 'evidence too weak to decide safely (staff chat, unqualified search, a game without stated monetisation, paid creator works…)' },
  { id: 'R6b', fact: 'unexplained_cue', verdict: 'needs_review', kind: 'uncertain',
    note: 'a sentence carries a telecom-relevant cue (users reaching each other, instant delivery, money held, media for others, content from elsewhere) that nothing in it explains (src/rules/safety.ts)' },
  { id: 'R7', fact: 'no_recognised_evidence', verdict: 'needs_review', kind: 'uncertain',
    note: 'nothing telecom-relevant recognised and not recognised as incidental work: silence is not safety' },
  { id: 'R8', fact: 'otherwise', verdict: 'allowed', kind: null,
    note: 'every category found is covered and nothing above applies' },
];

/** Strongest first. */
export const PRECEDENCE: Verdict[] = ['rejected', 'needs_review', 'allowed'];
