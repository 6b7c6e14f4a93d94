/**
 * The pull-request workflow end to end, on loopback only: the steps of
 * examples/github/scope-gate.yml run in a temporary git repository (the diff against the base picks
 * the changed manifests), the CLI judges them with the service started by `npm start`, and reports
 * to a local fake of the GitHub REST endpoints it calls (issue comments, check runs).
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, runCli, startService, TOKENS, type Service } from './helpers.js';

interface Comment { id: number; body: string; user: { login: string } }
interface CheckRun { id: number; create: any; updates: any[] }

/** A fake of the GitHub endpoints the CLI calls; two comments per page to exercise pagination. */
class FakeGitHub {
  comments: Comment[] = [];
  checkRuns: CheckRun[] = [];
  calls: string[] = [];
  private nextId = 1000;
  private server!: Server;
  url = '';

  async start() {
    this.server = createServer(async (req, res) => {
      const body = await read(req);
      const u = new URL(req.url!, this.url);
      this.calls.push(`${req.method} ${u.pathname}`);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization === 'Bearer read-only') return send(403, { message: 'Resource not accessible by integration' });
      if (req.headers.authorization !== 'Bearer gh-token') return send(401, { message: 'Bad credentials' });
      if (req.headers['x-github-api-version'] !== '2022-11-28') return send(400, { message: 'missing API version' });
      let m;
      if (req.method === 'GET' && (m = u.pathname.match(/^\/repos\/acme\/app\/issues\/(\d+)\/comments$/))) {
        const page = Number(u.searchParams.get('page') ?? '1');
        const size = 2;
        const items = this.comments.slice((page - 1) * size, page * size);
        const more = page * size < this.comments.length;
        return send(200, items, more ? { link: `<${this.url}${u.pathname}?per_page=${size}&page=${page + 1}>; rel="next"` } : {});
      }
      if (req.method === 'POST' && (m = u.pathname.match(/^\/repos\/acme\/app\/issues\/(\d+)\/comments$/))) {
        const c = { id: this.nextId++, body: JSON.parse(body).body, user: { login: 'github-actions[bot]' } };
        this.comments.push(c);
        return send(201, { ...c, html_url: `https://github.com/acme/app/pull/${m[1]}#issuecomment-${c.id}` });
      }
      if (req.method === 'PATCH' && (m = u.pathname.match(/^\/repos\/acme\/app\/issues\/comments\/(\d+)$/))) {
        const c = this.comments.find((x) => x.id === Number(m![1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = JSON.parse(body).body;
        return send(200, { ...c, html_url: `https://github.com/acme/app/pull/7#issuecomment-${c.id}` });
      }
      if (req.method === 'POST' && u.pathname === '/repos/acme/app/check-runs') {
        const payload = JSON.parse(body);
        if (payload.output.annotations.length > 50) return send(422, { message: 'too many annotations' });
        const run = { id: this.nextId++, create: payload, updates: [] };
        this.checkRuns.push(run);
        return send(201, { id: run.id, html_url: `https://github.com/acme/app/runs/${run.id}` });
      }
      if (req.method === 'PATCH' && (m = u.pathname.match(/^\/repos\/acme\/app\/check-runs\/(\d+)$/))) {
        const run = this.checkRuns.find((r) => r.id === Number(m![1]));
        if (!run) return send(404, { message: 'Not Found' });
        const payload = JSON.parse(body);
        if (payload.output.annotations.length > 50) return send(422, { message: 'too many annotations' });
        run.updates.push(payload);
        return send(200, { id: run.id });
      }
      send(404, { message: 'Not Found' });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop() {
    return new Promise((r) => this.server.close(r));
  }

  sticky() {
    return this.comments.filter((c) => c.body.startsWith('<!-- scope-gate:report'));
  }

  allAnnotations(run: CheckRun) {
    return [run.create.output.annotations, ...run.updates.map((u) => u.output.annotations)].flat();
  }
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (d) => (s += d));
    req.on('end', () => resolve(s));
  });
}

function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env } as unknown as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const workflow = parse(readFileSync(join(ROOT, 'examples/github/scope-gate.yml'), 'utf8'));
const steps: any[] = workflow.jobs['scope-gate'].steps;
const diffStep = steps.find((s) => s.id === 'manifests');
const reportStep = steps.find((s) => typeof s.run === 'string' && s.run.includes(' report '));

const DM = readFileSync(join(ROOT, 'examples/features/direct-messages.yaml'), 'utf8');
const ARTICLES = readFileSync(join(ROOT, 'examples/features/help-centre-articles.yaml'), 'utf8');

let svc: Service;
let gh: FakeGitHub;
beforeAll(async () => {
  [svc, gh] = await Promise.all([startService(), (async () => { const g = new FakeGitHub(); await g.start(); return g; })()]);
});
afterAll(async () => {
  await Promise.all([svc?.stop(), gh?.stop()]);
});

describe('the pull-request workflow (examples/github/scope-gate.yml)', { timeout: 180_000 }, () => {
  it('asks for the permissions it needs and runs the report on pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toMatchObject({ 'pull-requests': 'write', checks: 'write' });
    expect(diffStep.run).toContain('git diff --name-only');
    expect(reportStep.env).toMatchObject({ GITHUB_TOKEN: '${{ github.token }}', SCOPE_GATE_TOKEN: '${{ secrets.SCOPE_GATE_TOKEN }}' });
  });

  it('judges only the changed manifests, creates the sticky comment once, then edits it in place', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'scope-gate-repo-'));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'scope-gate-runner-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    git('init', '-q', '-b', 'main');
    mkdirSync(join(repo, 'scope-gate'));
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'scope-gate/articles.yaml'), ARTICLES);
    writeFileSync(join(repo, 'README.md'), 'app\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(repo, 'scope-gate/dm.yaml'), DM);
    writeFileSync(join(repo, 'docs/not-a-manifest.yaml'), 'a: 1\n');
    git('add', '.');
    git('commit', '-q', '-m', 'add direct messages');
    let head = git('rev-parse', 'HEAD');

    // Unrelated comments first (one quotes the marker mid-text), so the sticky one is on a later page.
    gh.comments.push(
      { id: 1, body: 'LGTM', user: { login: 'alice' } },
      { id: 2, body: 'as the bot said: <!-- scope-gate:report key=default -->', user: { login: 'bob' } },
      { id: 3, body: 'ship it', user: { login: 'carol' } },
    );

    const runSteps = async () => {
      const output = join(runnerTemp, `output-${Date.now()}`);
      const env = { ...workflow.env, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output };
      const diff = await bash(diffStep.run, { ...env, BASE_SHA: base }, repo);
      expect(diff.code).toBe(0);
      const event = join(runnerTemp, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: base } } }));
      const report = await bash(reportStep.run, {
        ...env,
        SCOPE_GATE_URL: svc.url, SCOPE_GATE_TOKEN: TOKENS.submitter, SCOPE_GATE_CLI: BIN,
        GITHUB_TOKEN: 'gh-token', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_PATH: event,
        GITHUB_SHA: 'merge-commit', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '99', GITHUB_WORKSPACE: repo,
      }, repo);
      return { diff, output: readFileSync(output, 'utf8'), list: readFileSync(join(runnerTemp, 'scope-gate-manifests.txt'), 'utf8'), report };
    };

    const first = await runSteps();
    expect(first.list).toBe('scope-gate/dm.yaml\n');
    expect(first.output).toBe('count=1\n');
    expect(first.report.code).toBe(1);
    expect(first.report.stderr).toContain('pull request comment created');
    expect(first.report.stdout).toMatch(/^::error file=scope-gate\/dm.yaml,line=6,/m);
    expect(gh.sticky()).toHaveLength(1);
    const sticky = gh.sticky()[0]!;
    expect(sticky.body).toContain('### ❌ rejected · 私信 v1');
    expect(sticky.body).toContain(`[line 6](https://github.com/acme/app/blob/${head}/scope-gate/dm.yaml#L6)`);
    expect(gh.checkRuns).toHaveLength(1);
    const run1 = gh.checkRuns[0]!;
    expect(run1.create).toMatchObject({ name: 'scope-gate', head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(run1.create.details_url).toBe(`https://github.com/acme/app/pull/7#issuecomment-${sticky.id}`);
    const failures = gh.allAnnotations(run1).filter((a: any) => a.annotation_level === 'failure');
    expect(failures.map((a: any) => [a.path, a.start_line])).toEqual([
      ['scope-gate/dm.yaml', 6], ['scope-gate/dm.yaml', 8], ['scope-gate/dm.yaml', 9], ['scope-gate/dm.yaml', 11],
    ]);
    // The decision was logged with the pull request's context.
    const decisionId = sticky.body.match(/decision `([^`]+)`/)![1];
    expect((await svc.get(`/v1/decisions/${decisionId}`)).request.context).toMatchObject({ repo: 'acme/app', pull_request: '7', commit: head });

    // The team narrows the feature to the company's own articles and pushes again.
    writeFileSync(join(repo, 'scope-gate/dm.yaml'), ARTICLES.replace('help-centre-articles', 'direct-messages-v2'));
    git('commit', '-q', '-am', 'publish articles instead');
    head = git('rev-parse', 'HEAD');
    const posts = gh.calls.filter((c) => c === 'POST /repos/acme/app/issues/7/comments').length;
    const second = await runSteps();
    expect(second.report.code).toBe(0);
    expect(second.report.stderr).toContain('pull request comment updated');
    expect(gh.calls.filter((c) => c === 'POST /repos/acme/app/issues/7/comments').length).toBe(posts);
    expect(gh.sticky()).toHaveLength(1);
    expect(gh.sticky()[0]!.id).toBe(sticky.id);
    expect(gh.sticky()[0]!.body).toContain('## ✅ scope-gate: allowed');
    expect(gh.sticky()[0]!.body).not.toContain('私信 v1');
    expect(gh.comments.map((c) => c.id).slice(0, 3)).toEqual([1, 2, 3]);
    expect(gh.comments.find((c) => c.id === 2)!.body).toBe('as the bot said: <!-- scope-gate:report key=default -->');
    expect(gh.checkRuns[1]!.create).toMatchObject({ conclusion: 'success', head_sha: head });
    expect(gh.checkRuns[1]!.create.output.annotations).toEqual([
      expect.objectContaining({ path: 'scope-gate/dm.yaml', start_line: 3, annotation_level: 'notice' }),
    ]);

    // Nothing changed under the manifest directory: the report steps are skipped.
    const output = join(runnerTemp, 'output-none');
    const none = await bash(diffStep.run, { ...workflow.env, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, BASE_SHA: head }, repo);
    expect(none.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('count=0\n');
  });

  it('sends more than 50 annotations in chunks, and marks an offline report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scope-gate-many-'));
    const features = Array.from({ length: 25 }, (_, i) => `  - id: dm-${i}\n    title: 私信 ${i}\n    description: 用户之间发送私信，对方实时收到并回复。\n    capabilities: [private_messaging]\n`).join('');
    writeFileSync(join(dir, 'many.yaml'), `owner: team-social\nfeatures:\n${features}`);
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 8, head: { sha: 'feedface' } } }));
    const before = gh.checkRuns.length;
    const r = await runCli(['report', 'many.yaml', '--offline', '--comment-key', 'many'], {
      cwd: dir,
      env: { GITHUB_TOKEN: 'gh-token', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_PATH: event },
    });
    expect(r.code).toBe(1);
    const run = gh.checkRuns[before]!;
    const all = gh.allAnnotations(run);
    expect(all.length).toBeGreaterThan(50);
    expect(run.updates.length).toBe(Math.ceil(all.length / 50) - 1);
    expect(run.create.output.title).toContain('offline — not logged');
    expect(new Set(all.map((a: any) => a.path))).toEqual(new Set(['many.yaml']));
    const sticky = gh.comments.find((c) => c.body.startsWith('<!-- scope-gate:report key=many -->'))!;
    expect(sticky.body).toContain('**offline — not logged**');
  });

  it('a read-only token: exit 2 and says which permissions to grant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scope-gate-ro-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 9, head: { sha: 'cafe' } } }));
    const r = await runCli(['report', join(ROOT, 'examples/features/help-centre-articles.yaml'), '--offline'], {
      env: { GITHUB_TOKEN: 'read-only', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_PATH: join(dir, 'event.json') },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('answered 403: Resource not accessible by integration');
    expect(r.stderr).toContain('pull-requests: write, checks: write');
  });
});
