/**
 * The CLI as a process against a running service (`npm start` on a free port): exit codes,
 * every format, the context and idempotency of what is logged, and the errors that say what to do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Each test runs the CLI as a process (tsx start-up included) several times: generous timeouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runCli, startService, TOKENS, type Service } from './helpers.js';

let svc: Service;
let dir: string;
const ALLOWED = 'examples/features/help-centre-articles.yaml';
const REJECTED = 'examples/features/direct-messages.yaml';
let UNCLEAR: string;

beforeAll(async () => {
  svc = await startService();
  dir = mkdtempSync(join(tmpdir(), 'scope-gate-manifests-'));
  UNCLEAR = join(dir, 'aurora.yaml');
  // Says nothing the engine recognises: silence is not safety (needs_review).
  writeFileSync(UNCLEAR, 'id: aurora\nowner: team-x\ntitle: Project Aurora\nlaunch_date: 2026-12-20\n');
});
afterAll(async () => {
  await svc?.stop();
});

const online = () => ({ SCOPE_GATE_URL: svc.url, SCOPE_GATE_TOKEN: TOKENS.submitter });

describe('scope-gate check against the service', { timeout: 180_000 }, () => {
  it('exits 0 when every feature is allowed, and prints the logged decision id', async () => {
    const r = await runCli(['check', ALLOWED], { env: online() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ ALLOWED {2}help-centre-articles/);
    const id = r.stdout.match(/decision (\S+)/)?.[1];
    expect(id).toBeTruthy();
    const logged = await svc.get(`/v1/decisions/${id}`);
    expect(logged.verdict).toBe('allowed');
    expect(logged.request.feature.title).toBe('帮助中心文章');
  });

  it('exits 1 when any feature is rejected (even next to allowed ones)', async () => {
    const r = await runCli(['check', ALLOWED, REJECTED], { env: online() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ REJECTED {2}direct-messages/);
    expect(r.stdout).toMatch(/out_of_scope \[业务种类\]/);
    expect(r.stdout).toMatch(/1 rejected, 0 needs review, 1 allowed → exit 1/);
  });

  it('exits 3 when a feature needs review and none is rejected', async () => {
    const r = await runCli(['check', ALLOWED, UNCLEAR], { env: online() });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/! NEEDS REVIEW {2}aurora/);
  });

  it('--format json: verdicts, decision ids and logged: true', async () => {
    const r = await runCli(['check', 'examples/features/community.yaml', '--format', 'json'], { env: online() });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ logged: true, mode: 'logged', verdict: 'rejected', exit_code: 1, counts: { allowed: 1, rejected: 1, needs_review: 0 } });
    expect(out.results.map((x: any) => [x.id, x.verdict, x.line])).toEqual([
      ['article-comments', 'allowed', 7],
      ['industry-news-feed', 'rejected', 14],
    ]);
    for (const x of out.results) expect(x.decision_id).toMatch(/\S/);
    expect(out.results[1].decision.approvals.map((a: any) => a.code)).toContain('news');
  });

  it('--format markdown: the sticky marker, the clause with its text, evidence and the decision id', async () => {
    const r = await runCli(['check', REJECTED, '--format', 'markdown'], { env: online() });
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<!-- scope-gate:report key=default -->\n')).toBe(true);
    expect(r.stdout).toContain('## ❌ scope-gate: rejected');
    expect(r.stdout).toContain('Clause **业务种类**');
    expect(r.stdout).toContain('> 信息服务业务（仅限互联网信息服务）');
    expect(r.stdout).toMatch(/`私信` \(title, line 6\)/);
    expect(r.stdout).toMatch(/decision `[^`]+`/);
    expect(r.stdout).not.toContain('offline');
  });

  it('--format github: workflow commands at the manifest lines of the evidence', async () => {
    const r = await runCli(['check', REJECTED, ALLOWED, '--format', 'github'], { env: online() });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    // Title 私信 on line 6, description lines 8-9, the declared capability on line 11.
    expect(errors.some((l) => l.includes('file=examples/features/direct-messages.yaml,line=6,'))).toBe(true);
    expect(errors.some((l) => l.includes('line=11,'))).toBe(true);
    expect(r.stdout).toMatch(/^::notice file=examples\/features\/help-centre-articles.yaml,line=3,/m);
    expect(r.stdout).not.toContain('::warning title=scope-gate::');
  });

  it('logs the context from flags and GITHUB_* variables; a re-run replays instead of logging again', async () => {
    const eventDir = mkdtempSync(join(tmpdir(), 'scope-gate-event-'));
    const eventPath = join(eventDir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 42, head: { sha: 'abc123head' } } }));
    const env = { ...online(), GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: 'mergecommit', GITHUB_ACTOR: 'octocat' };
    const first = await runCli(['check', ALLOWED, '--format', 'json'], { env });
    expect(first.code).toBe(0);
    const id = JSON.parse(first.stdout).results[0].decision_id;
    const logged = await svc.get(`/v1/decisions/${id}`);
    expect(logged.request.context).toEqual({ team: 'team-support', repo: 'acme/app', pull_request: '42', commit: 'abc123head', requested_by: 'octocat' });

    const before = await svc.entries();
    const again = await runCli(['check', ALLOWED, '--format', 'json'], { env });
    expect(JSON.parse(again.stdout).results[0].decision_id).toBe(id);
    expect(await svc.entries()).toBe(before);

    // A new commit is a new decision.
    const other = await runCli(['check', ALLOWED, '--format', 'json', '--commit', 'def456', '--team', 'platform'], { env });
    const otherId = JSON.parse(other.stdout).results[0].decision_id;
    expect(otherId).not.toBe(id);
    expect(await svc.entries()).toBe(before + 1);
    expect((await svc.get(`/v1/decisions/${otherId}`)).request.context).toMatchObject({ commit: 'def456', team: 'platform' });
  });
});

describe('errors say what to do, exit 2', { timeout: 180_000 }, () => {
  it('a server that is down: names the URL and how to start it', async () => {
    const port = await freePort();
    const r = await runCli(['check', ALLOWED, '--server', `http://127.0.0.1:${port}`, '--token', 'x']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cannot reach the scope-gate service at http://127.0.0.1:${port}`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).toContain(`PORT=${port} API_KEYS=submitter:<token> npm start`);
    expect(r.stderr).toContain('--offline');
  });

  it('401: the token is refused; says which role to use', async () => {
    const r = await runCli(['check', ALLOWED], { env: { ...online(), SCOPE_GATE_TOKEN: 'nope' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refused the token \(401/);
    expect(r.stderr).toContain('role submitter');
  });

  it('403: an auditor key cannot create decisions; says submitter is needed', async () => {
    const r = await runCli(['check', ALLOWED, '--token', TOKENS.auditor], { env: online() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(403');
    expect(r.stderr).toContain('needs a key of role submitter');
  });

  it('422: the field the service refused, at its manifest line', async () => {
    const file = join(dir, 'unknown-licence.yaml');
    writeFileSync(file, 'id: x\nowner: t\ntitle: 帮助中心文章\nlicence_id: 京B2-00000000\n');
    const before = await svc.entries();
    const r = await runCli(['check', file], { env: online() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:4:13: licence_id:`);
    expect(r.stderr).toContain('(422)');
    expect(await svc.entries()).toBe(before);
  });

  it('an invalid manifest: file, line and field; nothing is sent', async () => {
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, 'id: x\nowner: t\ntitle: ok\ncapabilities:\n  - comments\n  - privat_messaging\n');
    const before = await svc.entries();
    const r = await runCli(['check', ALLOWED, file], { env: online() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:6:5: capabilities[1]: "privat_messaging" is not a known code (did you mean "private_messaging"?)`);
    expect(r.stderr).toContain('nothing was sent');
    expect(await svc.entries()).toBe(before);
  });

  it('no token, an unknown format, no files, an unknown command', async () => {
    const noToken = await runCli(['check', ALLOWED], { env: { SCOPE_GATE_URL: svc.url } });
    expect([noToken.code, noToken.stderr]).toEqual([2, expect.stringContaining('set SCOPE_GATE_TOKEN')]);
    const fmt = await runCli(['check', ALLOWED, '--format', 'xml'], { env: online() });
    expect([fmt.code, fmt.stderr]).toEqual([2, expect.stringContaining('--format must be one of text, markdown, json, github')]);
    const none = await runCli(['check'], { env: online() });
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('name at least one manifest')]);
    const cmd = await runCli(['judge', ALLOWED]);
    expect([cmd.code, cmd.stderr]).toEqual([2, expect.stringContaining('unknown command "judge"')]);
  });
});

describe('--offline', { timeout: 180_000 }, () => {
  it('judges in-process, logs nothing, and says so in every format', async () => {
    const before = await svc.entries();
    const text = await runCli(['check', REJECTED, '--offline']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('OFFLINE — NOT LOGGED');
    expect(text.stdout).toMatch(/direct-messages\.yaml:4 {2}owner team-social {2}offline — not logged/);

    const json = JSON.parse((await runCli(['check', ALLOWED, UNCLEAR, '--offline', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ mode: 'offline — not logged', logged: false, verdict: 'needs_review', exit_code: 3 });
    expect(json.results.map((x: any) => x.decision_id)).toEqual([null, null]);

    const md = await runCli(['check', ALLOWED, '--offline', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**offline — not logged**');

    const gh = await runCli(['check', REJECTED, '--offline', '--format', 'github']);
    expect(gh.stdout.split('\n')[0]).toMatch(/^::warning title=scope-gate::scope-gate ran offline — not logged/);
    expect(gh.stdout).toMatch(/::error file=examples\/features\/direct-messages.yaml,line=6,.*\[offline — not logged\]/);

    expect(await svc.entries()).toBe(before);
  });

  it('needs no server and no token', async () => {
    const r = await runCli(['check', ALLOWED, '--offline'], { env: { SCOPE_GATE_URL: 'http://127.0.0.1:9' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
