/**
 * The renderers are pure: a frozen decision (fixtures/decisions.json) and a fixture manifest
 * render to exactly the committed markdown comment and check-run payload.
 * Regenerate after an intended change with UPDATE_FIXTURES=1 npx vitest run test/cli/render.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/cli/manifest.js';
import {
  ANNOTATIONS_PER_REQUEST, annotations, checkRunPayloads, code, commentMarker, GITHUB_COMMENT_LIMIT, renderGithubCommands,
  renderJson, renderMarkdown, renderText, type DecisionView, type Report,
} from '../../src/cli/render.js';
import { ROOT } from './helpers.js';

const FIX = join(ROOT, 'test/cli/fixtures');
const MANIFEST = 'test/cli/fixtures/manifest.yaml';
const sources = parseManifest(readFileSync(join(ROOT, MANIFEST), 'utf8'), MANIFEST);
const decisions = JSON.parse(readFileSync(join(FIX, 'decisions.json'), 'utf8')) as DecisionView[];
const report: Report = { results: sources.map((source, i) => ({ source, decision: decisions[i]! })), offline: false, server: 'http://127.0.0.1:8787' };
const opts = {
  lineUrl: (file: string, line: number) => `https://github.com/example/app/blob/abc123/${file}#L${line}`,
  fullReportUrl: 'https://github.com/example/app/actions/runs/1',
  command: `npx scope-gate check ${MANIFEST}`,
};

function fixture(name: string, actual: string) {
  const path = join(FIX, name);
  if (process.env.UPDATE_FIXTURES) writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing: run UPDATE_FIXTURES=1 npx vitest run test/cli/render.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('markdown comment', () => {
  it('matches the fixture', () => {
    fixture('comment.md', renderMarkdown(report, opts));
  });

  it('carries the verdict, quoted clause text, evidence at its line, approvals, obligations and ids', () => {
    const md = renderMarkdown(report, opts);
    expect(md.split('\n')[0]).toBe(commentMarker());
    expect(md).toContain('## ❌ scope-gate: rejected');
    expect(md).toContain('### ❌ rejected · 私信 v1');
    expect(md).toContain('### ✅ allowed · 帮助中心文章');
    expect(md).toContain('decision `dec_01FIXTURE00000000000000000`');
    expect(md).toContain('   Clause **业务种类**:\n\n   > 信息服务业务（仅限互联网信息服务）\n   > 不含信息搜索查询服务、信息即时交互服务。');
    // 私信 is in the title (line 7) and the description's first line (line 9).
    expect(md).toContain('`私信` (title, [line 7](https://github.com/example/app/blob/abc123/test/cli/fixtures/manifest.yaml#L7))');
    expect(md).toContain('`对方` `私信` (description, [line 9]');
    expect(md).toMatch(/<details><summary>Obligations \(\d+\)<\/summary>/);
    expect(md).toContain('**十五(八)**');
  });

  it('stays under GitHub\'s limit: later features shrink, then are counted, with a link', () => {
    const many: Report = { ...report, results: Array.from({ length: 400 }, (_, i) => report.results[i % 2]!) };
    const full = renderMarkdown(many, { ...opts, limit: 10_000_000 });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const md = renderMarkdown(many, opts);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.startsWith(commentMarker())).toBe(true);
    expect(md).toMatch(/_… \d+ more features not shown: the comment would pass GitHub's 65,535-character limit\. \[Full report\]\(https:\/\/github\.com\/example\/app\/actions\/runs\/1\)_/);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
    const small = renderMarkdown(many, { ...opts, limit: 3000 });
    expect(small.length).toBeLessThanOrEqual(3000);
    expect(small).toContain('more features not shown');
  });

  it('keeps user text from breaking out of the markdown or the marker', () => {
    const evil = { ...report.results[1]!, source: { ...report.results[1]!.source, feature: { ...report.results[1]!.source.feature, title: 'x --> <script>| `a` **b**' } } };
    const md = renderMarkdown({ ...report, results: [evil] });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('x -->');
    expect(code('a ``b`` c')).toBe('```a ``b`` c```');
  });

  it('uses a different marker per key', () => {
    expect(renderMarkdown(report, { key: 'mobile' }).split('\n')[0]).toBe('<!-- scope-gate:report key=mobile -->');
  });
});

describe('check run', () => {
  const payloads = checkRunPayloads(report, { ...opts, head_sha: 'abc123', details_url: 'https://github.com/example/app/pull/7' });

  it('matches the fixture', () => {
    fixture('check-run.json', JSON.stringify(payloads, null, 2) + '\n');
  });

  it('maps rejected → failure, needs_review → action_required, allowed → success', () => {
    expect(payloads.create.conclusion).toBe('failure');
    const review: Report = { ...report, results: [{ ...report.results[1]!, decision: { ...decisions[1]!, verdict: 'needs_review' } }, report.results[1]!] };
    expect(checkRunPayloads(review, { head_sha: 'x' }).create.conclusion).toBe('action_required');
    expect(checkRunPayloads({ ...report, results: [report.results[1]!] }, { head_sha: 'x' }).create.conclusion).toBe('success');
  });

  it('annotates the manifest lines of the evidence', () => {
    const a = payloads.create.output.annotations;
    const failures = a.filter((x) => x.annotation_level === 'failure');
    // out_of_scope: title (7), description (9, 10), the declared capability (12).
    expect(failures.map((x) => x.start_line)).toEqual([7, 9, 10, 12]);
    expect(failures.every((x) => x.path === MANIFEST && x.title.includes('out_of_scope · 业务种类'))).toBe(true);
    expect(failures[1]!.message.startsWith('「对方」「私信」: ')).toBe(true);
    // uncertain is a warning at the description's second line.
    expect(a.filter((x) => x.annotation_level === 'warning').map((x) => x.start_line)).toEqual([10]);
    expect(a.find((x) => x.start_line === 12)).toMatchObject({ start_column: 9, end_column: 25 });
    expect(a.filter((x) => x.annotation_level === 'notice')).toEqual([
      expect.objectContaining({ start_line: 15, message: expect.stringContaining('帮助中心文章: allowed (decision dec_01FIXTURE00000000000000001)') }),
    ]);
  });

  it('sends at most 50 annotations per request and the rest in updates', () => {
    const many: Report = { ...report, results: Array.from({ length: 30 }, () => report.results[0]!) };
    const all = annotations(many);
    expect(all.length).toBeGreaterThan(2 * ANNOTATIONS_PER_REQUEST);
    const p = checkRunPayloads(many, { head_sha: 'x' });
    const chunks = [p.create.output.annotations, ...p.updates.map((u) => u.output.annotations)];
    expect(chunks.every((c) => c.length <= ANNOTATIONS_PER_REQUEST)).toBe(true);
    expect(chunks.flat()).toEqual(all);
    expect(p.updates.length).toBe(Math.ceil(all.length / ANNOTATIONS_PER_REQUEST) - 1);
  });
});

describe('other formats', () => {
  it('github workflow commands escape data and properties', () => {
    const out = renderGithubCommands(report, { pathFor: (f) => `sub,dir/${f}` });
    const first = out.split('\n').find((l) => l.startsWith('::error'))!;
    expect(first).toMatch(/^::error file=sub%2Cdir\/test\/cli\/fixtures\/manifest.yaml,line=\d+,endLine=\d+/);
    expect(first).toContain('title=scope-gate%3A rejected · direct-messages · out_of_scope · 业务种类::');
    expect(first).toContain('%0A业务种类%3A'.replace('%3A', ':'));
  });

  it('text and json agree on the verdict and exit code', () => {
    expect(renderText(report)).toMatch(/1 rejected, 0 needs review, 1 allowed → exit 1\n$/);
    expect(renderJson(report)).toMatchObject({ verdict: 'rejected', exit_code: 1, logged: true });
    expect(renderJson({ ...report, offline: true })).toMatchObject({ logged: false, mode: 'offline — not logged' });
  });
});
