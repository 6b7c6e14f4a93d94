/**
 * Where a check runs: the repository, pull request, commit and team it is for, from flags first,
 * then the GitHub Actions environment (GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_SHA, …), then
 * the manifest's own `context`, then the feature's owner (as the team).
 */
import { readFileSync } from 'node:fs';
import type { ApiContext, LoadedFeature } from './manifest.js';

export interface RunFlags {
  repo?: string;
  pull_request?: string;
  commit?: string;
  team?: string;
  requested_by?: string;
}

export interface GithubEnv {
  repository?: string;
  pullRequest?: number;
  /** The pull request's head commit (GITHUB_SHA is the merge commit on pull_request events). */
  headSha?: string;
  baseSha?: string;
  actor?: string;
  apiUrl: string;
  serverUrl: string;
  runUrl?: string;
  token?: string;
  workspace?: string;
}

type Env = Record<string, string | undefined>;

/** Reads the GitHub Actions variables and the event payload, when present. */
export function githubEnv(env: Env): GithubEnv {
  let event: { pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } }; issue?: { number?: number; pull_request?: unknown }; number?: number } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      event = {};
    }
  }
  const fromRef = env.GITHUB_REF?.match(/^refs\/pull\/(\d+)\//)?.[1];
  const pr = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined) ?? (fromRef ? Number(fromRef) : undefined);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    repository: env.GITHUB_REPOSITORY || undefined,
    pullRequest: pr,
    headSha: event.pull_request?.head?.sha ?? (env.GITHUB_SHA || undefined),
    baseSha: event.pull_request?.base?.sha,
    actor: env.GITHUB_ACTOR || undefined,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    token: env.GITHUB_TOKEN || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
  };
}

/** The `context` sent with a feature: flags, then GitHub, then the manifest, then the owner as team. */
export function requestContext(source: LoadedFeature, flags: RunFlags, gh: GithubEnv): ApiContext {
  const m = source.context ?? {};
  const ctx: ApiContext = {
    team: flags.team ?? m.team ?? source.owner,
    repo: flags.repo ?? gh.repository ?? m.repo,
    pull_request: flags.pull_request ?? (gh.pullRequest !== undefined ? String(gh.pullRequest) : undefined) ?? m.pull_request,
    commit: flags.commit ?? gh.headSha ?? m.commit,
    requested_by: flags.requested_by ?? gh.actor ?? m.requested_by,
  };
  return Object.fromEntries(Object.entries(ctx).filter(([, v]) => v !== undefined && v !== '')) as ApiContext;
}
