/** Shared helpers for engine tests. */
import { readFileSync } from 'node:fs';
import { evaluate, type EvalContext } from '../../src/engine/index.js';
import type { Feature, Lang, PinnedLicence } from '../../src/engine/types.js';
import { seedLicence } from '../../src/licences/seed.js';
import { defaultRuleset } from '../../src/rules/index.js';

/** A fixed clock: 2026-11-29 noon in Beijing. */
export const NOW = new Date('2026-11-29T04:00:00Z');

export function ctx(over: Partial<EvalContext> = {}): EvalContext {
  return { licences: [seedLicence], primaryLicenceId: seedLicence.id, ruleset: defaultRuleset, now: NOW, lang: 'zh' as Lang, ...over };
}

export function feature(title: string, description = '', more: Partial<Feature> = {}): Feature {
  return { title, description, capabilities: [], sectors: [], ...more };
}

export function run(f: Feature, over: Partial<EvalContext> = {}) {
  return evaluate(f, ctx(over));
}

/** A golden case (test/golden/*.jsonl). */
export interface GoldenCase {
  id: string;
  note?: string;
  feature: { title: string; description?: string; capabilities?: string[]; sectors?: string[]; launch_date?: string };
  expect: {
    verdict: string;
    accept?: string[];
    categories?: string[];
    approvals?: string[];
    approvals_any?: string[][];
    kinds?: string[];
    reasons?: { kind: string; clause: string }[];
    /** Warning codes the decision must carry. */
    warnings?: string[];
  };
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as T;
    } catch {
      throw new Error(`${path}:${i + 1}: not JSON`);
    }
  });
}

export function toFeature(c: GoldenCase['feature']): Feature {
  const f: Feature = { title: c.title, description: c.description ?? '', capabilities: (c.capabilities ?? []) as Feature['capabilities'], sectors: (c.sectors ?? []) as Feature['sectors'] };
  if (c.launch_date) f.launch_date = c.launch_date;
  return f;
}

export { seedLicence, defaultRuleset };
export type { PinnedLicence };
