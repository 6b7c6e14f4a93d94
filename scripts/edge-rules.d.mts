/** Types of scripts/edge-rules.mjs (the Worker's copy of the default ruleset, written at build time). */
type Rows = Record<string, unknown> & { revision: string };
type LexiconRowLike = { id: string; target: string; lang: string; pattern: string; scope?: string };
type Group = [string, string, string | 0, string[]];
export declare const NOTED_TABLES: string[];
export declare function withoutNotes<T extends Rows>(ruleset: T): T;
export declare function groupLexicon(rows: LexiconRowLike[]): Group[];
export declare function expandLexicon(groups: Group[]): LexiconRowLike[];
export declare function edgeRulesModule(ruleset: Rows & { lexicon: unknown[] }): string;
