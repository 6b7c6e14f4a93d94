/**
 * `scope-gate`: checks feature manifests against the ICP licence, through the service (logged) or
 * in-process (`--offline`, not logged), and reports the verdicts to a terminal, a pipeline or a
 * pull request. See docs/CLI.md.
 *
 * Exit codes: 0 all allowed, 1 any rejected, 3 needs review (none rejected), 2 usage or connection error.
 */
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../engine/types.js';
import { decisionBody, postDecision } from './client.js';
import { githubEnv, requestContext, type RunFlags } from './context.js';
import { CliError } from './errors.js';
import { createCheckRun, upsertComment } from './github.js';
import { ManifestError, manifestJsonSchema, parseManifest, type LoadedFeature } from './manifest.js';
import {
  checkRunPayloads, commentMarker, EXIT, exitCode, OFFLINE_LABEL, renderGithubCommands, renderJson, renderMarkdown, renderText,
  type FeatureResult, type Report,
} from './render.js';

type Env = Record<string, string | undefined>;
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const FORMATS = ['text', 'markdown', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `scope-gate — does a feature stay inside the ICP licence?

Usage:
  scope-gate check FILE|DIR…        judge the features of each manifest and print the verdicts
  scope-gate report FILE|DIR…       the same, then post the sticky pull-request comment and a check run
                                    (alias: pr-comment)
  scope-gate validate FILE|DIR…     only read the manifests; report errors with file:line
  scope-gate schema                 print the manifest's JSON Schema

Options (check, report):
  --server URL          the scope-gate service (env SCOPE_GATE_URL; default http://127.0.0.1:8787)
  --token TOKEN         an API key of role submitter (env SCOPE_GATE_TOKEN)
  --offline             judge in-process with the engine; nothing is logged ("${OFFLINE_LABEL}")
  --format FORMAT       text | markdown | json | github   (check: text; report: github)
  --lang zh|en          language of the service's messages (env SCOPE_GATE_LANG)
  --repo, --pull-request, --commit, --team, --requested-by
                        context logged with each decision (default: GITHUB_* variables; team: the owner)
  --timeout SECONDS     per request (default 30)
Options (report):
  --comment-key KEY     several sticky comments on one pull request (default: default)
  --check-name NAME     name of the check run (default: scope-gate)
  --no-comment, --no-check
  --pr NUMBER           pull request (default: from GITHUB_EVENT_PATH)
  GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL are read from the environment.

Exit codes: 0 all allowed · 1 any rejected · 3 needs review (none rejected) · 2 usage or connection error.
`;

const OPTIONS = {
  server: { type: 'string' },
  token: { type: 'string' },
  format: { type: 'string', short: 'f' },
  offline: { type: 'boolean' },
  lang: { type: 'string' },
  repo: { type: 'string' },
  'pull-request': { type: 'string' },
  commit: { type: 'string' },
  team: { type: 'string' },
  'requested-by': { type: 'string' },
  timeout: { type: 'string' },
  'comment-key': { type: 'string' },
  'check-name': { type: 'string' },
  'no-comment': { type: 'boolean' },
  'no-check': { type: 'boolean' },
  pr: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const MANIFEST_EXT = /\.(ya?ml|json)$/i;

/** The manifest files named: files as given, directories searched for *.yaml, *.yml, *.json. */
function expand(paths: string[], cwd: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new CliError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = join(p, name);
        const s = statSync(resolve(cwd, child));
        if (s.isDirectory() || MANIFEST_EXT.test(name)) visit(child);
      }
    } else out.push(p);
  };
  for (const p of paths) visit(p);
  return [...new Set(out)];
}

/** Reads every manifest first, so nothing is sent (or logged) while any of them is wrong. */
function loadAll(files: string[], cwd: string): LoadedFeature[] {
  const features: LoadedFeature[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, file), 'utf8');
    } catch (e) {
      problems.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    try {
      features.push(...parseManifest(text, file));
    } catch (e) {
      if (e instanceof ManifestError) problems.push(e.message);
      else throw e;
    }
  }
  if (problems.length) {
    throw new CliError(`${problems.join('\n')}\nFix the manifest${problems.length > 1 ? 's' : ''} (see docs/CLI.md or schemas/feature-manifest.schema.json); nothing was sent.`);
  }
  return features;
}

function langOf(v: string | undefined): Lang | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'zh' || v === 'en') return v;
  throw new CliError(`--lang must be zh or en, not "${v}"`);
}

export async function run(argv: string[], env: Env = process.env, io: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }, cwd = process.cwd()): Promise<number> {
  try {
    return await runInner(argv, env, io, cwd);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`scope-gate: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`scope-gate: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.usage;
  }
}

async function runInner(argv: string[], env: Env, io: Io, cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values: o, positionals } = parsed;
  if (o.version) {
    io.stdout('scope-gate 0.1.0\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  if (o.help || !command || command === 'help') {
    (o.help || command === 'help' ? io.stdout : io.stderr)(USAGE);
    return o.help || command === 'help' ? 0 : EXIT.usage;
  }
  if (command === 'schema') {
    io.stdout(JSON.stringify(manifestJsonSchema(), null, 2) + '\n');
    return 0;
  }
  const isReport = command === 'report' || command === 'pr-comment';
  if (!['check', 'validate'].includes(command) && !isReport) throw new CliError(`unknown command "${command}"\n\n${USAGE}`);
  if (!paths.length) throw new CliError(`${command}: name at least one manifest file or directory (e.g. scope-gate ${command} examples/features/)`);

  const features = loadAll(expand(paths, cwd), cwd);
  if (command === 'validate') {
    io.stdout(`${features.length} feature${features.length === 1 ? '' : 's'} in ${new Set(features.map((f) => f.file)).size} manifest(s): valid\n`);
    return 0;
  }

  const format = (o.format ?? (isReport ? 'github' : 'text')) as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${o.format}"`);
  const lang = langOf(o.lang ?? env.SCOPE_GATE_LANG);
  const timeoutS = o.timeout === undefined ? 30 : Number(o.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new CliError(`--timeout must be a positive number of seconds, not "${o.timeout}"`);
  const gh = githubEnv(env);
  const flags: RunFlags = {
    repo: o.repo, pull_request: o['pull-request'] ?? o.pr, commit: o.commit, team: o.team, requested_by: o['requested-by'],
  };
  const server = (o.server ?? env.SCOPE_GATE_URL ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const offline = !!o.offline;
  if (!offline) {
    try {
      const u = new URL(server);
      if (!/^https?:$/.test(u.protocol)) throw new Error('not http');
    } catch {
      throw new CliError(`--server / SCOPE_GATE_URL must be an http(s) URL such as http://127.0.0.1:8787, not "${server}"`);
    }
  }
  const token = o.token ?? env.SCOPE_GATE_TOKEN;
  if (!offline && !token) {
    throw new CliError('no API key: set SCOPE_GATE_TOKEN (or --token) to a key of role submitter, or add --offline to judge without logging.');
  }

  // Report prerequisites are checked before anything is logged.
  const pr = isReport ? Number(o.pr ?? o['pull-request'] ?? gh.pullRequest) : NaN;
  const wantComment = isReport && !o['no-comment'];
  const wantCheck = isReport && !o['no-check'];
  const headSha = o.commit ?? gh.headSha;
  if (isReport) {
    if (!gh.repository) throw new CliError('report: GITHUB_REPOSITORY (owner/name) is not set; run it in GitHub Actions or set it.');
    if ((wantComment || wantCheck) && !gh.token) throw new CliError('report: GITHUB_TOKEN is not set; pass `env: GITHUB_TOKEN: ${{ github.token }}` to the step.');
    if (wantComment && !(Number.isInteger(pr) && pr > 0)) throw new CliError('report: no pull request number (from GITHUB_EVENT_PATH or --pr); run it on a pull_request event or pass --pr, or add --no-comment.');
    if (wantCheck && !headSha) throw new CliError('report: no commit for the check run (GITHUB_SHA or --commit), or add --no-check.');
  }

  const results: FeatureResult[] = [];
  if (offline) {
    const { evaluateOffline } = await import('./offline.js');
    for (const source of features) results.push({ source, decision: await evaluateOffline(source, { lang: lang ?? 'zh' }) });
  } else {
    for (const source of features) {
      const body = decisionBody(source, requestContext(source, flags, gh));
      results.push({ source, decision: await postDecision(source, body, { server, token: token!, lang, timeoutMs: timeoutS * 1000 }) });
    }
  }
  const report: Report = { results, offline, server: offline ? undefined : server };

  const root = gh.workspace ?? cwd;
  const pathFor = (file: string) => {
    const abs = isAbsolute(file) ? file : resolve(cwd, file);
    return relative(root, abs).split(sep).join('/');
  };
  const lineUrl = gh.repository && headSha
    ? (file: string, line: number) => `${gh.serverUrl}/${gh.repository}/blob/${headSha}/${pathFor(file).split('/').map(encodeURIComponent).join('/')}#L${line}`
    : undefined;
  const command_ = `npx scope-gate check ${paths.join(' ')}${offline ? ' --offline' : ''}`;
  const mdOpts = { key: o['comment-key'], fullReportUrl: gh.runUrl, lineUrl, command: command_ };

  switch (format) {
    case 'text': io.stdout(renderText(report)); break;
    case 'json': io.stdout(JSON.stringify(renderJson(report), null, 2) + '\n'); break;
    case 'markdown': io.stdout(renderMarkdown(report, mdOpts)); break;
    case 'github': {
      io.stdout(renderGithubCommands(report, { pathFor }));
      if (env.GITHUB_STEP_SUMMARY) {
        try {
          appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown(report, { ...mdOpts, marker: false }) + '\n');
        } catch { /* the summary is a courtesy */ }
      }
      break;
    }
  }

  if (isReport) {
    const target = { apiUrl: gh.apiUrl, repository: gh.repository!, token: gh.token! };
    let commentUrl: string | undefined;
    if (wantComment) {
      const key = o['comment-key'] ?? 'default';
      const c = await upsertComment(target, pr, commentMarker(key), renderMarkdown(report, mdOpts));
      commentUrl = c.html_url;
      io.stderr(`scope-gate: pull request comment ${c.action} (#${c.id})\n`);
    }
    if (wantCheck) {
      const payloads = checkRunPayloads(report, {
        name: o['check-name'] ?? 'scope-gate', head_sha: headSha!, details_url: commentUrl ?? gh.runUrl, pathFor, ...mdOpts,
      });
      const run = await createCheckRun(target, payloads);
      io.stderr(`scope-gate: check run ${payloads.create.conclusion} (#${run.id}, ${run.requests} request${run.requests === 1 ? '' : 's'})\n`);
    }
  }
  return exitCode(report);
}
