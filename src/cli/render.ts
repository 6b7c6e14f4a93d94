/**
 * How verdicts are shown: plain text for a terminal, markdown for the one sticky pull-request
 * comment, JSON for machines, workflow commands for GitHub Actions, and a check-run payload.
 * Every function here is pure: the same report renders to the same bytes (the fixtures in
 * test/cli/fixtures rely on it).
 */
import type { z } from 'zod';
import type { Evidence, Verdict } from '../engine/types.js';
import type { DecisionSchema } from '../http/schemas.js';
import type { LoadedFeature, SourceSpan } from './manifest.js';

type ApiDecision = z.output<typeof DecisionSchema>;

/** What the renderers need of a decision (a logged one, or an offline evaluation with no id). */
export type DecisionView = Pick<ApiDecision, 'verdict' | 'categories' | 'approvals' | 'reasons' | 'obligations' | 'warnings' | 'licence'> & {
  id: string | null;
  launch_date?: string;
  created_at?: string;
};

export interface FeatureResult {
  source: LoadedFeature;
  decision: DecisionView;
}

export interface Report {
  results: FeatureResult[];
  /** True when the engine ran in-process: nothing was logged. */
  offline: boolean;
  /** The service that logged the decisions. */
  server?: string;
}

export const OFFLINE_LABEL = 'offline — not logged';
/** GitHub refuses comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_535;
/** At most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Exit codes: 0 all allowed, 1 any rejected, 3 needs review (none rejected), 2 usage or connection error. */
export const EXIT = { allowed: 0, rejected: 1, usage: 2, needs_review: 3 } as const;

export function overallVerdict(results: readonly { decision: { verdict: Verdict } }[]): Verdict {
  if (results.some((r) => r.decision.verdict === 'rejected')) return 'rejected';
  if (results.some((r) => r.decision.verdict === 'needs_review')) return 'needs_review';
  return 'allowed';
}

export function exitCode(report: Report): number {
  return EXIT[overallVerdict(report.results)];
}

function counts(report: Report) {
  const c = { allowed: 0, rejected: 0, needs_review: 0 };
  for (const r of report.results) c[r.decision.verdict]++;
  return c;
}

const ICON: Record<Verdict, string> = { allowed: '✅', rejected: '❌', needs_review: '⚠️' };
const TEXT_MARK: Record<Verdict, string> = { allowed: '✓ ALLOWED', rejected: '✗ REJECTED', needs_review: '! NEEDS REVIEW' };
const LABEL: Record<Verdict, string> = { allowed: 'allowed', rejected: 'rejected', needs_review: 'needs review' };
const KIND_LABEL: Record<string, string> = {
  out_of_scope: 'Outside the licence',
  amendment_required: 'Needs an approval first',
  prohibited: 'Prohibited',
  licence_invalid: 'Licence not valid on the launch date',
  uncertain: 'Unclear — a person must decide',
};

function summaryLine(report: Report): string {
  const c = counts(report);
  return `${c.rejected} rejected, ${c.needs_review} needs review, ${c.allowed} allowed`;
}

/** The evidence behind a reason: its own, else that of the category or approval it is about. */
export function reasonEvidence(decision: DecisionView, reason: DecisionView['reasons'][number]): Evidence[] {
  if (reason.evidence?.length) return reason.evidence;
  if (!reason.subject) return [];
  const cat = decision.categories.find((c) => c.code === reason.subject);
  if (cat) return cat.evidence;
  const appr = decision.approvals.find((a) => a.code === reason.subject || `appr:${a.code}` === reason.subject);
  return appr?.evidence ?? [];
}

const lineRef = (s: SourceSpan) => (s.end_line > s.start_line ? `${s.start_line}-${s.end_line}` : `${s.start_line}`);

// ---------------------------------------------------------------------------------------------
// Text

/** A terminal report. */
export function renderText(report: Report): string {
  const out: string[] = [];
  const head = report.results[0]?.decision.licence.id;
  out.push(`scope-gate${head ? ` · licence ${head}` : ''} · ${report.offline ? OFFLINE_LABEL.toUpperCase() : `logged at ${report.server ?? 'the service'}`}`);
  out.push('');
  for (const { source, decision } of report.results) {
    out.push(`${TEXT_MARK[decision.verdict]}  ${source.id}  ${oneLine(source.feature.title)}`);
    out.push(`  ${source.file}:${source.line}  owner ${source.owner}  ${decision.id ? `decision ${decision.id}` : OFFLINE_LABEL}`);
    for (const r of decision.reasons) {
      out.push(`  - ${r.kind} [${r.clause}] ${oneLine(r.message)}`);
      out.push(`      ${r.clause}: ${clip(oneLine(r.clause_text), 160)}`);
      for (const ev of reasonEvidence(decision, r)) {
        out.push(`      evidence ${ev.field} (${source.file}:${lineRef(source.locate(ev))}): 「${oneLine(ev.text)}」`);
      }
    }
    if (decision.approvals.length) out.push(`  approvals needed: ${decision.approvals.map((a) => `${a.code} (${a.name})`).join(', ')}`);
    if (decision.obligations.length) out.push(`  obligations: ${decision.obligations.map((o) => o.clause).join(', ')}`);
    for (const w of decision.warnings) out.push(`  warning ${w.code}: ${oneLine(w.message)}`);
    out.push('');
  }
  out.push(`${summaryLine(report)} → exit ${exitCode(report)}${report.offline ? ` (${OFFLINE_LABEL})` : ''}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// JSON

/** A machine-readable report. */
export function renderJson(report: Report) {
  return {
    mode: report.offline ? OFFLINE_LABEL : 'logged',
    logged: !report.offline,
    ...(report.server && !report.offline ? { server: report.server } : {}),
    verdict: overallVerdict(report.results),
    exit_code: exitCode(report),
    counts: counts(report),
    results: report.results.map(({ source, decision }) => ({
      file: source.file,
      line: source.line,
      id: source.id,
      owner: source.owner,
      title: source.feature.title,
      verdict: decision.verdict,
      decision_id: decision.id,
      logged: !report.offline,
      decision,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown (the sticky pull-request comment)

export interface MarkdownOptions {
  /** Include the hidden marker (the comment's identity); default true. */
  marker?: boolean;
  /** Distinguishes several sticky comments on one pull request; default `default`. */
  key?: string;
  /** Longest body allowed; default GitHub's 65,535. */
  limit?: number;
  /** Where the full report is, linked when the body is truncated (the workflow run). */
  fullReportUrl?: string;
  /** Link to a manifest line (a blob URL), when known. */
  lineUrl?: (file: string, line: number) => string | undefined;
  /** The command that reproduces the report, shown in the footer. */
  command?: string;
}

/** The hidden marker that identifies the sticky comment. */
export function commentMarker(key = 'default'): string {
  return `<!-- scope-gate:report key=${key.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`;
}

/** Inline code that survives backticks and newlines in the text. */
export function code(s: string): string {
  const t = oneLine(s);
  const runs = t.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** Text safe to place in markdown: no HTML, no table breaks. */
export function md(s: string): string {
  return oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/([\\`*_[\]#])/g, '\\$1');
}

function quote(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').split(/\r?\n/).map((l) => `> ${l}`).join('\n');
}

function where(source: LoadedFeature, span: SourceSpan, opts: MarkdownOptions): string {
  const label = `line ${lineRef(span)}`;
  const url = opts.lineUrl?.(source.file, span.start_line);
  return url ? `[${label}](${url})` : label;
}

/** Evidence grouped by field and manifest line: `私信` `对方` (description, line 9). */
function evidenceList(source: LoadedFeature, evs: Evidence[], opts: MarkdownOptions): string {
  const groups = new Map<string, { field: string; span: SourceSpan; texts: string[] }>();
  for (const ev of evs) {
    const span = source.locate(ev);
    const k = `${ev.field}:${span.start_line}:${span.end_line}`;
    const g = groups.get(k) ?? { field: ev.field, span, texts: [] };
    if (!g.texts.includes(ev.text)) g.texts.push(ev.text);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => `${g.texts.map(code).join(' ')} (${g.field}, ${where(source, g.span, opts)})`).join(', ');
}

function featureHeading({ source, decision }: FeatureResult): string {
  return `### ${ICON[decision.verdict]} ${LABEL[decision.verdict]} · ${md(source.feature.title)}`;
}

function featureMeta({ source, decision }: FeatureResult, opts: MarkdownOptions, offline: boolean): string {
  const bits = [
    `${code(source.file)} ${where(source, { start_line: source.line, end_line: source.line }, opts)}`,
    `feature ${code(source.id)}`,
    `owner ${code(source.owner)}`,
    decision.id ? `decision ${code(decision.id)}` : `**${OFFLINE_LABEL}**`,
  ];
  if (decision.launch_date) bits.push(`launch ${decision.launch_date}`);
  return bits.join(' · ');
}

/** The full section of one feature. */
function featureSection(r: FeatureResult, opts: MarkdownOptions, offline: boolean): string {
  const { source, decision } = r;
  const out: string[] = [featureHeading(r), featureMeta(r, opts, offline), ''];
  if (decision.reasons.length) {
    out.push('**Why**', '');
    decision.reasons.forEach((reason, i) => {
      out.push(`${i + 1}. **${KIND_LABEL[reason.kind] ?? reason.kind}** (${code(reason.kind)}) — ${md(reason.message)}`);
      out.push(`   Clause **${md(reason.clause)}**:`);
      out.push('', quote(reason.clause_text).split('\n').map((l) => `   ${l}`).join('\n'), '');
      const evs = reasonEvidence(decision, reason);
      if (evs.length) out.push(`   Evidence: ${evidenceList(source, evs, opts)}`, '');
    });
  } else if (decision.verdict === 'allowed') {
    out.push('Every category found is covered by the licence.', '');
  }
  if (decision.categories.length) {
    out.push('**Categories found**', '', '| code | category | covered | evidence |', '| --- | --- | --- | --- |');
    for (const c of decision.categories) {
      out.push(`| ${c.code} | ${md(c.name)} | ${c.covered ? `✅ yes${c.licence_id ? ` (${md(c.licence_id)})` : ''}` : '❌ no'} | ${c.evidence.length ? evidenceList(source, c.evidence, opts).replace(/\|/g, '\\|') : '—'} |`);
    }
    out.push('');
  }
  if (decision.approvals.length) {
    out.push('**Approvals needed**', '');
    for (const a of decision.approvals) {
      out.push(`- **${md(a.name)}** (${code(a.code)}), from ${md(a.authority)}${a.evidence.length ? ` — evidence: ${evidenceList(source, a.evidence, opts)}` : ''}`);
    }
    out.push('');
  }
  if (decision.obligations.length) {
    out.push(`<details><summary>Obligations (${decision.obligations.length})</summary>`, '');
    for (const o of decision.obligations) {
      const why = [o.applies_because ? md(o.applies_because) : '', o.source ? `source: ${md(o.source)}` : ''].filter(Boolean).join('; ');
      out.push(`- **${md(o.clause)}** ${md(o.text)}${why ? ` _(${why})_` : ''}`);
    }
    out.push('', '</details>', '');
  }
  if (decision.warnings.length) {
    out.push(`<details><summary>Warnings (${decision.warnings.length})</summary>`, '');
    for (const w of decision.warnings) out.push(`- ${code(w.code)} ${md(w.message)}${w.due ? ` (due ${w.due})` : ''}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

/** A short form, used when the full sections do not fit. */
function featureCompact(r: FeatureResult, opts: MarkdownOptions, offline: boolean): string {
  const reasons = r.decision.reasons.map((x) => `${code(x.kind)} ${md(x.clause)}`).join(', ');
  return `${featureHeading(r)}\n${featureMeta(r, opts, offline)}${reasons ? `\n\nReasons: ${reasons}` : ''}\n`;
}

/**
 * The sticky comment: a marker, the overall verdict, then each feature with its evidence,
 * clauses (quoted with their text), approvals, obligations and decision id. Never longer than
 * `limit`: sections that do not fit shrink to a line, then to a count, with a link to the rest.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
  const overall = overallVerdict(report.results);
  const head: string[] = [];
  if (opts.marker !== false) head.push(commentMarker(opts.key));
  head.push(`## ${ICON[overall]} scope-gate: ${LABEL[overall]}`, '');
  const licence = report.results[0]?.decision.licence;
  head.push(`${summaryLine(report)}${licence ? ` · licence ${code(licence.id)}` : ''}`, '');
  if (report.offline) {
    head.push(`> [!WARNING]\n> **${OFFLINE_LABEL}**: these verdicts were computed by the engine on the runner and are not in the decision log. Run without \`--offline\` for a logged decision.`, '');
  }
  const foot: string[] = ['---'];
  foot.push(`<sub>${report.offline ? OFFLINE_LABEL : 'Each decision is in the scope-gate log under its id.'}${opts.command ? ` Reproduce: ${code(opts.command)}` : ''}</sub>`);
  const headText = head.join('\n') + '\n';
  const footText = '\n' + foot.join('\n') + '\n';

  const truncationNote = (n: number) =>
    `\n_… ${n} more feature${n === 1 ? '' : 's'} not shown: the comment would pass GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en')}-character limit.${opts.fullReportUrl ? ` [Full report](${opts.fullReportUrl})` : ' Run the command below for the full report.'}_\n`;
  const reserve = footText.length + truncationNote(report.results.length).length + 32;

  let body = headText;
  let shown = 0;
  for (const r of report.results) {
    const full = featureSection(r, opts, report.offline) + '\n';
    if (body.length + full.length + reserve <= limit) {
      body += full;
      shown++;
      continue;
    }
    const compact = featureCompact(r, opts, report.offline) + '\n';
    if (body.length + compact.length + reserve <= limit) {
      body += compact;
      shown++;
      continue;
    }
    if (shown === 0) {
      // Not even one compact section fits (a huge title): cut it.
      body += compact.slice(0, Math.max(0, limit - body.length - reserve - 2)) + '…\n';
      shown++;
    }
    break;
  }
  if (shown < report.results.length) body += truncationNote(report.results.length - shown);
  body += footText;
  return body.length > limit ? body.slice(0, limit) : body;
}

// ---------------------------------------------------------------------------------------------
// Annotations, check runs and workflow commands

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** A check-run annotation (GitHub REST: checks). */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
  raw_details?: string;
}

export interface AnnotationOptions {
  /** The manifest's path relative to the repository root (annotations need it). Default: as given. */
  pathFor?: (file: string) => string;
}

const LEVEL: Record<string, AnnotationLevel> = {
  out_of_scope: 'failure', amendment_required: 'failure', prohibited: 'failure', licence_invalid: 'failure', uncertain: 'warning',
};

/**
 * Annotations at the manifest lines that caused the verdict: one per reason and source line of its
 * evidence (at the feature's `id` line when a reason has no evidence), one notice per allowed feature.
 */
export function annotations(report: Report, opts: AnnotationOptions = {}): Annotation[] {
  const pathFor = opts.pathFor ?? ((f: string) => f);
  const out: Annotation[] = [];
  const suffix = report.offline ? ` [${OFFLINE_LABEL}]` : '';
  for (const { source, decision } of report.results) {
    const path = pathFor(source.file);
    const ref = decision.id ? ` (decision ${decision.id})` : '';
    if (decision.verdict === 'allowed') {
      out.push({
        path, start_line: source.line, end_line: source.line, annotation_level: 'notice',
        title: clip(`scope-gate: allowed · ${source.id}`, 255),
        message: `${oneLine(source.feature.title)}: allowed${ref}.${decision.obligations.length ? ` Obligations: ${decision.obligations.map((o) => o.clause).join(', ')}.` : ''}${suffix}`,
      });
      continue;
    }
    for (const reason of decision.reasons) {
      // One annotation per reason and manifest line, quoting the evidence found there.
      const lines = new Map<number, { span: SourceSpan; texts: string[] }>();
      for (const ev of reasonEvidence(decision, reason)) {
        const s = source.locate(ev);
        const g = lines.get(s.start_line);
        if (!g) lines.set(s.start_line, { span: s, texts: [ev.text] });
        else {
          g.span = { start_line: g.span.start_line, end_line: Math.max(g.span.end_line, s.end_line) };
          if (!g.texts.includes(ev.text)) g.texts.push(ev.text);
        }
      }
      if (!lines.size) lines.set(source.line, { span: { start_line: source.line, end_line: source.line }, texts: [] });
      for (const { span, texts } of lines.values()) {
        out.push({
          path, ...span,
          annotation_level: LEVEL[reason.kind] ?? 'warning',
          title: clip(`scope-gate: ${LABEL[decision.verdict]} · ${source.id} · ${reason.kind} · ${reason.clause}`, 255),
          message: clip(`${texts.length ? `${texts.map((t) => `「${oneLine(t)}」`).join('')}: ` : ''}${oneLine(reason.message)}${ref}${suffix}`, 60_000),
          raw_details: clip(`${reason.clause}: ${reason.clause_text}`, 60_000),
        });
      }
    }
    if (!decision.reasons.length) {
      out.push({
        path, start_line: source.line, end_line: source.line, annotation_level: LEVEL.uncertain!,
        title: clip(`scope-gate: ${LABEL[decision.verdict]} · ${source.id}`, 255),
        message: `${oneLine(source.feature.title)}: ${LABEL[decision.verdict]}${ref}${suffix}`,
      });
    }
  }
  return out;
}

export const CONCLUSION: Record<Verdict, 'success' | 'failure' | 'action_required'> = {
  allowed: 'success', rejected: 'failure', needs_review: 'action_required',
};

export interface CheckRunOptions extends AnnotationOptions, MarkdownOptions {
  name?: string;
  head_sha: string;
  details_url?: string;
  external_id?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
}

/** The body of "create a check run", and the "update" bodies carrying the annotations past the first 50. */
export interface CheckRunPayloads {
  create: {
    name: string;
    head_sha: string;
    status: 'completed';
    conclusion: 'success' | 'failure' | 'action_required';
    details_url?: string;
    external_id?: string;
    output: CheckRunOutput;
  };
  updates: { output: CheckRunOutput }[];
}

/** The check run: conclusion from the overall verdict, annotations chunked by 50. */
export function checkRunPayloads(report: Report, opts: CheckRunOptions): CheckRunPayloads {
  const overall = overallVerdict(report.results);
  const all = annotations(report, opts);
  const chunks: Annotation[][] = [];
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST) chunks.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const title = clip(`${LABEL[overall]}: ${summaryLine(report)}${report.offline ? ` (${OFFLINE_LABEL})` : ''}`, 255);
  const summaryRows = report.results.map(({ source, decision }) =>
    `| ${ICON[decision.verdict]} ${LABEL[decision.verdict]} | ${code(source.id)} | ${md(source.feature.title)} | ${code(source.file)}:${source.line} | ${decision.id ? code(decision.id) : OFFLINE_LABEL} |`);
  const summary = clip([
    `${summaryLine(report)}${report.offline ? ` — **${OFFLINE_LABEL}**` : ''}`,
    '',
    '| verdict | feature | title | manifest | decision |',
    '| --- | --- | --- | --- | --- |',
    ...summaryRows,
  ].join('\n'), GITHUB_COMMENT_LIMIT);
  const text = renderMarkdown(report, { ...opts, marker: false });
  const output = (annotations: Annotation[]): CheckRunOutput => ({ title, summary, annotations });
  return {
    create: {
      name: opts.name ?? 'scope-gate',
      head_sha: opts.head_sha,
      status: 'completed',
      conclusion: CONCLUSION[overall],
      ...(opts.details_url ? { details_url: opts.details_url } : {}),
      ...(opts.external_id ? { external_id: opts.external_id } : {}),
      output: { ...output(chunks[0] ?? []), text },
    },
    updates: chunks.slice(1).map((c) => ({ output: output(c) })),
  };
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands (`::error file=…,line=…::…`), one per annotation. */
export function renderGithubCommands(report: Report, opts: AnnotationOptions = {}): string {
  const cmd: Record<AnnotationLevel, string> = { failure: 'error', warning: 'warning', notice: 'notice' };
  const lines: string[] = [];
  if (report.offline) lines.push(`::warning title=scope-gate::${escapeData(`scope-gate ran ${OFFLINE_LABEL}: verdicts were computed on the runner and are not in the decision log`)}`);
  for (const a of annotations(report, opts)) {
    const props = [`file=${escapeProperty(a.path)}`, `line=${a.start_line}`, `endLine=${a.end_line}`];
    if (a.start_column !== undefined && a.end_column !== undefined) props.push(`col=${a.start_column}`, `endColumn=${a.end_column}`);
    props.push(`title=${escapeProperty(a.title)}`);
    lines.push(`::${cmd[a.annotation_level]} ${props.join(',')}::${escapeData(a.message + (a.raw_details ? `\n${a.raw_details}` : ''))}`);
  }
  lines.push(`scope-gate: ${summaryLine(report)} → exit ${exitCode(report)}${report.offline ? ` (${OFFLINE_LABEL})` : ''}`);
  return lines.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
