/**
 * Feature manifests: a team's description of one or several features, kept in its repository
 * next to the code (YAML or JSON). The fields are the API's `feature` plus `id` and `owner`, and
 * optionally `licence_id` and `context`. The field schemas are the API's own (src/http/schemas.ts),
 * so a manifest that parses here is a request the service accepts.
 *
 * Parsing keeps the YAML source positions, so every error names file:line and the field, and
 * every piece of evidence in a decision can be mapped back to the line that caused it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { z } from 'zod';
import type { Evidence } from '../engine/types.js';
import { ContextSchema, DecisionRequestSchema, FeatureSchema } from '../http/schemas.js';

const f = FeatureSchema.shape;

const ManifestId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit')
  .describe('Stable id of the feature within the manifest (used in reports and idempotency keys).');
const Owner = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .describe('The team that owns the feature; sent as context.team unless --team is given.');

/** The fields of one feature. Exported for the JSON Schema and for tests. */
const featureFields = {
  id: ManifestId,
  owner: Owner,
  title: f.title.describe('Short name of the feature (1..200 characters).'),
  description: f.description.describe('What the feature does, for users, in Chinese, English or both (0..20000 characters).'),
  capabilities: f.capabilities.describe('Declared capabilities (DOMAIN.md §5): what the feature lets users do.'),
  sectors: f.sectors.describe('Declared sectors (DOMAIN.md §3), each needing its own approval.'),
  launch_date: f.launch_date.describe('Planned launch date, YYYY-MM-DD; default: the day of the check.'),
  licence_id: DecisionRequestSchema.shape.licence_id.describe('Licence to judge against; default: the deployment\'s default licence.'),
  context: ContextSchema.optional().describe('Extra context logged with the decision; flags and GitHub variables take precedence.'),
};

const SchemaRef = z.string().optional().describe('Optional JSON Schema reference, for editors.');

/** A manifest holding one feature: the feature's fields at the top level. */
export const SingleFeatureManifestSchema = z
  .object({ $schema: SchemaRef, ...featureFields })
  .strict()
  .describe('One feature.');

/** A feature inside `features: [...]`: `owner` and `licence_id` may come from the top level. */
export const ListedFeatureSchema = z.object({ ...featureFields, owner: Owner.optional() }).strict();

/** A manifest holding several features, with defaults for their owner, licence and context. */
export const MultiFeatureManifestSchema = z
  .object({
    $schema: SchemaRef,
    owner: Owner.optional().describe('Default owner of every feature below.'),
    licence_id: featureFields.licence_id,
    context: featureFields.context,
    features: z.array(ListedFeatureSchema).min(1, 'must list at least one feature').max(200, 'must list at most 200 features'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.features.forEach((feat, i) => {
      if (!feat.owner && !m.owner) {
        ctx.addIssue({ code: 'custom', path: ['features', i, 'owner'], message: 'is required (here or as a top-level owner)' });
      }
      const first = seen.get(feat.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['features', i, 'id'], message: `repeats the id of features[${first}]` });
      } else seen.set(feat.id, i);
    });
  })
  .describe('Several features, with shared defaults.');

/** Either form. Used to generate schemas/feature-manifest.schema.json. */
export const FeatureManifestSchema = z.union([SingleFeatureManifestSchema, MultiFeatureManifestSchema]);

/** The JSON Schema of a manifest, as committed in schemas/feature-manifest.schema.json. */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FeatureManifestSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'scope-gate feature manifest',
    description:
      'One feature (its fields at the top level) or several (`features: [...]`), judged by scope-gate against the ICP licence. ' +
      'Generated from src/cli/manifest.ts by scripts/gen-manifest-schema.ts; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The feature as the API takes it. */
export type ApiFeature = z.output<typeof FeatureSchema>;
export type ApiContext = z.output<typeof ContextSchema>;

/** Where something is in a manifest: 1-based lines and columns. */
export interface SourceSpan {
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
}

/** One feature read from a manifest, with what is needed to map findings back to its source. */
export interface LoadedFeature {
  /** The manifest's path as given (reports show it; annotations use it relative to the repository). */
  file: string;
  /** Position in the manifest (0 for a single-feature manifest). */
  index: number;
  id: string;
  owner: string;
  feature: ApiFeature;
  licence_id?: string;
  context?: ApiContext;
  /** The line of the feature's `id` (its anchor in reports). */
  line: number;
  /** The source span of a field of this feature (`title`, `capabilities[2]`, …), or the feature's anchor. */
  fieldSpan(field: string): SourceSpan;
  /** The source span of a piece of evidence (a quoted span of the title or description, a declared code). */
  locate(evidence: Pick<Evidence, 'field' | 'text' | 'start' | 'end'>): SourceSpan;
}

/** One problem in a manifest, with its place. */
export interface ManifestIssue {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field at fault (`features[1].capabilities[0]`), empty for the document. */
  field: string;
  message: string;
}

export class ManifestError extends Error {
  constructor(readonly issues: ManifestIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

export function formatIssue(i: ManifestIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.field ? i.field + ': ' : ''}${i.message}`;
}

/** `features[1].capabilities[0]` from ['features', 1, 'capabilities', 0]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

/** Splits `features[1].capabilities[0]` or `feature.capabilities.0` into path segments. */
export function splitPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface Located {
  node: Node | null;
  /** The key node when the last step was a map key. */
  key: Node | null;
}

/** Walks a YAML document along a path; stops at the deepest node that exists. */
function walk(doc: Document, path: readonly (string | number)[]): { found: Located; complete: boolean } {
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return { found: { node, key }, complete: false };
      key = (pair.key as Node) ?? null;
      node = (pair.value as Node) ?? key;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return { found: { node, key }, complete: false };
      key = null;
      node = item;
    } else return { found: { node, key }, complete: false };
  }
  return { found: { node, key }, complete: true };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Edit distance, for "did you mean" hints on misspelt codes and fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Reads a manifest from its text. Throws ManifestError naming file, line and field. */
export function parseManifest(text: string, file: string): LoadedFeature[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: Math.max(1, p.line), col: Math.max(1, p.col) };
  };
  const spanOf = (start: number, end: number): SourceSpan => {
    const a = pos(start);
    const b = pos(Math.max(start, end - 1));
    return a.line === b.line
      ? { start_line: a.line, end_line: b.line, start_column: a.col, end_column: b.col }
      : { start_line: a.line, end_line: b.line };
  };
  if (doc.errors.length) {
    throw new ManifestError(doc.errors.map((e) => {
      const p = pos(e.pos[0]);
      return { file, line: p.line, column: p.col, field: '', message: `not valid ${/\.json$/i.test(file) ? 'JSON/' : ''}YAML: ${e.message.split('\n')[0]}` };
    }));
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    throw new ManifestError([{ file, line: 1, column: 1, field: '', message: 'is empty: write one feature (id, owner, title, …) or `features: [...]`' }]);
  }
  const multi = typeof data === 'object' && !Array.isArray(data) && 'features' in (data as object);
  const result = multi ? MultiFeatureManifestSchema.safeParse(data) : SingleFeatureManifestSchema.safeParse(data);

  const issueAt = (path: readonly PropertyKey[], message: string, unknownKey?: string): ManifestIssue => {
    const p = path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
    const { found } = walk(doc, p);
    let node: Node | null = found.node;
    if (unknownKey && isMap(found.node)) {
      const pair = found.node.items.find((it) => (isScalar(it.key) ? it.key.value : it.key) === unknownKey);
      if (pair?.key) node = pair.key as Node;
    }
    const offset = node?.range?.[0] ?? 0;
    const at = pos(offset);
    return { file, line: at.line, column: at.col, field: fieldPath(unknownKey ? [...p, unknownKey] : p), message };
  };

  if (!result.success) {
    const issues: ManifestIssue[] = [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) {
          const fields = Object.keys(multi && issue.path.length === 0 ? MultiFeatureManifestSchema.shape : SingleFeatureManifestSchema.shape).filter((x) => x !== '$schema');
          const guess = closest(k, fields);
          issues.push(issueAt(issue.path, `is not a manifest field${guess ? ` (did you mean "${guess}"?)` : ''}; fields: ${fields.join(', ')}`, k));
        }
      } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
        issues.push(issueAt(issue.path, 'is required'));
      } else if (issue.code === 'invalid_value') {
        const values = issue.values.map(String);
        const given = valueAt(data, issue.path);
        const guess = typeof given === 'string' ? closest(given, values) : undefined;
        issues.push(issueAt(issue.path, `${JSON.stringify(given)} is not a known code${guess ? ` (did you mean "${guess}"?)` : ''}; one of: ${values.join(', ')}`));
      } else {
        issues.push(issueAt(issue.path, issue.message));
      }
    }
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ManifestError(issues);
  }

  const top = multi ? (result.data as z.output<typeof MultiFeatureManifestSchema>) : null;
  const list = top ? top.features : [result.data as z.output<typeof SingleFeatureManifestSchema>];
  return list.map((feat, index) => {
    const prefix: (string | number)[] = top ? ['features', index] : [];
    const anchorNode = walk(doc, [...prefix, 'id']).found.key ?? walk(doc, prefix).found.node;
    const anchor = pos(anchorNode?.range?.[0] ?? 0).line;

    const fieldSpan = (field: string): SourceSpan => {
      const { found, complete } = walk(doc, [...prefix, ...splitPath(field)]);
      const node = complete ? found.node : null;
      if (!node?.range) return { start_line: anchor, end_line: anchor };
      return spanOf(node.range[0], node.range[1]);
    };

    const locate = (ev: Pick<Evidence, 'field' | 'text' | 'start' | 'end'>): SourceSpan => {
      const { found, complete } = walk(doc, [...prefix, ev.field]);
      const node = complete ? found.node : null;
      if (!node?.range) return { start_line: anchor, end_line: anchor };
      if (isSeq(node)) {
        // A declared code: the item whose value is the evidence, else the item at `start`.
        const items = node.items as Node[];
        const item = items.find((it) => isScalar(it) && it.value === ev.text) ?? items[ev.start];
        const r = item?.range ?? node.range;
        return spanOf(r[0], r[1]);
      }
      if (!isScalar(node) || typeof node.value !== 'string' || !ev.text) return spanOf(node.range[0], node.range[1]);
      const value = node.value;
      // Which occurrence of the quoted text is meant: count those before the evidence's offset.
      let k = 0;
      for (let i = value.indexOf(ev.text); i !== -1 && i < ev.start; i = value.indexOf(ev.text, i + ev.text.length)) k++;
      const source = text.slice(node.range[0], node.range[1]);
      let at = -1;
      for (let i = 0, from = 0; i <= k; i++) {
        at = source.indexOf(ev.text, from);
        if (at === -1) break;
        from = at + ev.text.length;
      }
      if (at !== -1) return spanOf(node.range[0] + at, node.range[0] + at + ev.text.length);
      // Escaped or folded text: count lines of a literal block, else the field's first line.
      const first = pos(node.range[0]).line;
      if (node.type === Scalar.BLOCK_LITERAL) {
        const header = text.slice(node.range[0], node.range[1]).indexOf('\n') >= 0 ? 1 : 0;
        const line = first + header + (value.slice(0, ev.start).match(/\n/g)?.length ?? 0);
        return { start_line: line, end_line: line };
      }
      return { start_line: first, end_line: first };
    };

    const ctx = { ...top?.context, ...feat.context };
    const loaded: LoadedFeature = {
      file,
      index,
      id: feat.id,
      owner: (feat.owner ?? top?.owner)!,
      feature: {
        title: feat.title,
        description: feat.description,
        capabilities: feat.capabilities,
        sectors: feat.sectors,
        ...(feat.launch_date ? { launch_date: feat.launch_date } : {}),
      },
      ...((feat.licence_id ?? top?.licence_id) ? { licence_id: (feat.licence_id ?? top?.licence_id)! } : {}),
      ...(Object.keys(ctx).length ? { context: ctx } : {}),
      line: anchor,
      fieldSpan,
      locate,
    };
    return loaded;
  });
}
