/**
 * The two GitHub REST endpoints the pull-request report uses: issue comments (one sticky comment,
 * found by its hidden marker and edited in place) and check runs (the verdict as a check, with
 * annotations at the manifest lines, 50 per request).
 */
import { CliError } from './errors.js';
import type { CheckRunPayloads } from './render.js';

export interface GitHubTarget {
  apiUrl: string;
  /** owner/name */
  repository: string;
  token: string;
}

interface Comment {
  id: number;
  body?: string;
  html_url?: string;
}

async function gh<T>(t: GitHubTarget, method: string, path: string, body?: unknown): Promise<{ data: T; headers: Headers }> {
  const url = path.startsWith('http') ? path : `${t.apiUrl.replace(/\/+$/, '')}${path}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${t.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'scope-gate-cli/0.1',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    throw new CliError(`cannot reach the GitHub API at ${t.apiUrl} (${err.cause?.code ?? err.message}); check GITHUB_API_URL.`);
  }
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? message;
    } catch { /* not JSON */ }
    const hint =
      res.status === 401 ? 'GITHUB_TOKEN is missing or invalid.'
      : res.status === 403 || res.status === 404
        ? 'Give the workflow `permissions: { pull-requests: write, checks: write }` (pull requests from forks get a read-only token: run the report from a `pull_request_target` or `workflow_run` job, or use --no-comment --no-check).'
        : '';
    throw new CliError(`GitHub ${method} ${path.replace(/\?.*$/, '')} answered ${res.status}: ${message}${hint ? `\n${hint}` : ''}`);
  }
  return { data: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

function nextLink(headers: Headers): string | undefined {
  return headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
}

/** Every comment of an issue or pull request, following pagination. */
export async function listComments(t: GitHubTarget, issue: number): Promise<Comment[]> {
  const all: Comment[] = [];
  let path: string | undefined = `/repos/${t.repository}/issues/${issue}/comments?per_page=100`;
  for (let page = 0; path && page < 50; page++) {
    const { data, headers }: { data: Comment[]; headers: Headers } = await gh<Comment[]>(t, 'GET', path);
    all.push(...data);
    path = nextLink(headers);
  }
  return all;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  html_url?: string;
}

/** Creates the sticky comment, or edits the one that starts with `marker` in place. */
export async function upsertComment(t: GitHubTarget, issue: number, marker: string, body: string): Promise<CommentResult> {
  const existing = (await listComments(t, issue)).find((c) => c.body?.trimStart().startsWith(marker));
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, html_url: existing.html_url };
    const { data } = await gh<Comment>(t, 'PATCH', `/repos/${t.repository}/issues/comments/${existing.id}`, { body });
    return { action: 'updated', id: data.id ?? existing.id, html_url: data.html_url ?? existing.html_url };
  }
  const { data } = await gh<Comment>(t, 'POST', `/repos/${t.repository}/issues/${issue}/comments`, { body });
  return { action: 'created', id: data.id, html_url: data.html_url };
}

/** Creates the check run, then adds the annotations past the first 50. */
export async function createCheckRun(t: GitHubTarget, payloads: CheckRunPayloads): Promise<{ id: number; html_url?: string; requests: number }> {
  const { data } = await gh<{ id: number; html_url?: string }>(t, 'POST', `/repos/${t.repository}/check-runs`, payloads.create);
  for (const update of payloads.updates) {
    await gh(t, 'PATCH', `/repos/${t.repository}/check-runs/${data.id}`, update);
  }
  return { id: data.id, html_url: data.html_url, requests: 1 + payloads.updates.length };
}
