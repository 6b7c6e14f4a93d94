import type { Ruleset } from '../engine/ruleset.js';

// The Worker's ruleset travels as data beside the code, the way OPA ships policy bundles: the build
// (scripts/build-edge.mjs) writes the default ruleset as one JSON file among the Worker's static
// assets, named by its SHA-256, and pins that digest and the ruleset's revision into the Worker.
// On its first request an isolate reads the file through the ASSETS binding, checks the digest and
// the revision, and only then builds its services: a Worker never judges with tables other than the
// ones it was built with, and the rule tables (most of the Worker's former bundle) can grow without
// growing the script.
//
// The file carries the tables without their reviewers' notes (documentation nothing at run time
// reads); the revision stays the one computed on Node over the full tables, so a decision made on
// the edge records the very revision a decision made on Node records.

/** What the build pins into the Worker: where its ruleset file is and what it must be. */
export interface RulesetPin {
  /** The file's path among the static assets (`/_rules/<sha256>.json`). */
  path: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** The ruleset revision the file must carry. */
  revision: string;
}

/** The top-level tables whose rows carry a `note` nothing at run time reads. */
export const NOTED_TABLES = ['lexicon', 'compounds', 'capabilities', 'decision_table'] as const;

/** Where ruleset files live among the Worker's static assets; the Worker answers 404 there itself. */
export const RULES_ASSET_DIR = '/_rules/';

type Row = Record<string, unknown>;
type LexiconRow = { id: string; target: string; lang: string; pattern: string; scope?: string };
/** Lexicon rows as [target, lang, scope or 0, patterns]. */
export type LexiconGroup = [string, string, string | 0, string[]];

/** The ruleset without its rows' notes (the revision kept as it is). */
export function withoutNotes<R extends object>(ruleset: R): R {
  const out: Row = { ...(ruleset as Row) };
  for (const t of NOTED_TABLES) {
    const rows = (ruleset as Row)[t];
    if (!Array.isArray(rows)) throw new Error(`edge rules: table ${t} is missing`);
    out[t] = rows.map(({ note: _note, ...row }: Row) => row);
  }
  return out as R;
}

/**
 * Lexicon rows as groups of consecutive patterns with the same target, language and scope. Row ids
 * are `${target}.${lang}.${n}`, n counting per target and language in order, so the groups rebuild
 * them; a row whose id does not follow that rule fails the build rather than change an id.
 */
export function groupLexicon(rows: readonly LexiconRow[]): LexiconGroup[] {
  const groups: LexiconGroup[] = [];
  const counters = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.target}.${r.lang}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    if (r.id !== `${key}.${n}`) throw new Error(`edge rules: lexicon row ${r.id} is not ${key}.${n}`);
    const extra = Object.keys(r).filter((k) => !['id', 'target', 'lang', 'pattern', 'scope'].includes(k));
    if (extra.length) throw new Error(`edge rules: lexicon row ${r.id} has fields ${extra.join(', ')} the groups do not keep`);
    const last = groups[groups.length - 1];
    const scope = r.scope ?? 0;
    if (last && last[0] === r.target && last[1] === r.lang && last[2] === scope) last[3].push(r.pattern);
    else groups.push([r.target, r.lang, scope, [r.pattern]]);
  }
  return groups;
}

/** Rebuilds lexicon rows from groupLexicon's groups (the inverse). */
export function expandLexicon(groups: readonly LexiconGroup[]): LexiconRow[] {
  const rows: LexiconRow[] = [];
  const counters = new Map<string, number>();
  for (const [target, lang, scope, patterns] of groups) {
    for (const pattern of patterns) {
      const key = `${target}.${lang}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const row: LexiconRow = { id: `${key}.${n}`, target, pattern, lang };
      if (scope) row.scope = scope;
      rows.push(row);
    }
  }
  return rows;
}

/** The ruleset file's text: the ruleset without notes, its lexicon grouped (`lexicon_groups`). */
export function rulesetBundle(ruleset: Ruleset): string {
  const { lexicon, ...rest } = withoutNotes(ruleset);
  return JSON.stringify({ ...rest, lexicon_groups: groupLexicon(lexicon as unknown as LexiconRow[]) });
}

/** Reads a ruleset file's text back into a ruleset (the inverse of rulesetBundle, notes aside). */
export function rulesetFromBundle(text: string): Ruleset {
  const { lexicon_groups: groups, ...rest } = JSON.parse(text) as Row & { lexicon_groups?: LexiconGroup[] };
  if (!Array.isArray(groups)) throw new Error('edge rules: the ruleset file has no lexicon_groups');
  return { ...rest, lexicon: expandLexicon(groups) } as unknown as Ruleset;
}

/** Lowercase hex SHA-256 of some bytes (Web Crypto: the same on Workers and Node). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Anything with a fetch (the Worker's ASSETS binding; a stub in tests). */
export interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

/**
 * Loads the pinned ruleset from the static assets: refuses a missing file, bytes whose SHA-256 is
 * not the pinned one, or a file carrying another revision.
 */
export async function loadRulesetBundle(assets: AssetFetcher, pin: RulesetPin): Promise<Ruleset> {
  const res = await assets.fetch(new Request(new URL(pin.path, 'https://assets.invalid')));
  if (!res.ok) throw new Error(`edge rules: ${pin.path} answered ${res.status}; deploy the assets built with this Worker`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const digest = await sha256Hex(bytes);
  if (digest !== pin.sha256) throw new Error(`edge rules: ${pin.path} has SHA-256 ${digest}, the Worker was built with ${pin.sha256}`);
  const ruleset = rulesetFromBundle(new TextDecoder().decode(bytes));
  if (ruleset.revision !== pin.revision) throw new Error(`edge rules: ${pin.path} carries revision ${ruleset.revision}, the Worker was built with ${pin.revision}`);
  return ruleset;
}
