/**
 * The CLI's client of POST /v1/decisions. Every failure becomes a CliError that says what to do:
 * which URL could not be reached and how to start the service, which role a key needs, which
 * manifest line holds the field the service refused.
 */
import { canonicalJson, sha256Hex } from '../engine/canonical.js';
import { CliError } from './errors.js';
import { formatIssue, splitPath, type ApiContext, type LoadedFeature } from './manifest.js';
import type { DecisionView } from './render.js';

export interface DecisionBody {
  feature: LoadedFeature['feature'];
  licence_id?: string;
  context?: ApiContext;
}

export interface ClientOptions {
  server: string;
  token: string;
  lang?: string;
  timeoutMs?: number;
  /** Retries of 429/503 answers (the idempotency key makes them safe). */
  retries?: number;
}

/** The request body for one feature. */
export function decisionBody(source: LoadedFeature, context: ApiContext): DecisionBody {
  return {
    feature: source.feature,
    ...(source.licence_id ? { licence_id: source.licence_id } : {}),
    ...(Object.keys(context).length ? { context } : {}),
  };
}

/**
 * The Idempotency-Key: a hash of the feature's id and the exact body, which carries the manifest's
 * content and the commit. A re-run of the same commit replays the logged decision instead of
 * logging a second one; an edited manifest or a new commit gets a new decision.
 */
export function idempotencyKey(source: LoadedFeature, body: DecisionBody): string {
  return 'sg1-' + sha256Hex(canonicalJson({ id: source.id, body })).slice(0, 48);
}

const startHint = (server: string) => {
  let port = '8787';
  try {
    port = new URL(server).port || port;
  } catch { /* keep the default */ }
  return `Start it in a scope-gate checkout with \`PORT=${port} API_KEYS=submitter:<token> npm start\`, ` +
    'or point --server / SCOPE_GATE_URL at a running service. To judge without logging, add --offline.';
};

interface Problem {
  title?: string;
  detail?: string;
  field?: string;
  errors?: { field: string; message: string }[];
}

/** Maps a field the service named (`feature.capabilities.0`) to the manifest's field (`capabilities[0]`). */
function manifestField(apiField: string): string {
  const parts = splitPath(apiField);
  const path = parts[0] === 'feature' ? parts.slice(1) : parts;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : (i ? '.' : '') + p)).join('') || apiField;
}

/** POSTs one feature; answers the decision or throws a CliError. */
export async function postDecision(source: LoadedFeature, body: DecisionBody, opts: ClientOptions): Promise<DecisionView> {
  const url = `${opts.server.replace(/\/+$/, '')}/v1/decisions`;
  const key = idempotencyKey(source, body);
  const retries = opts.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, application/problem+json',
          authorization: `Bearer ${opts.token}`,
          'idempotency-key': key,
          'user-agent': 'scope-gate-cli/0.1',
          ...(opts.lang ? { 'accept-language': opts.lang } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `no answer within ${Math.round((opts.timeoutMs ?? 30_000) / 1000)}s` : (err.cause?.code ?? err.cause?.message ?? err.message);
      throw new CliError(`cannot reach the scope-gate service at ${opts.server} (${why}).\n${startHint(opts.server)}`);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.status === 201 || res.status === 200) {
      const d = json as DecisionView | undefined;
      if (!d || !['allowed', 'rejected', 'needs_review'].includes(d.verdict as string)) {
        throw new CliError(`${url} answered ${res.status} without a decision (is --server the scope-gate service?): ${text.slice(0, 200)}`);
      }
      return d;
    }
    const p = (json ?? {}) as Problem;
    const detail = p.detail ? `: ${p.detail}` : '';
    if ((res.status === 429 || res.status === 503) && attempt < retries) {
      const after = Number(res.headers.get('retry-after'));
      await new Promise((r) => setTimeout(r, Math.min(5, Number.isFinite(after) && after > 0 ? after : 1 + attempt) * 1000));
      continue;
    }
    switch (res.status) {
      case 401:
        throw new CliError(`${opts.server} refused the token (401${detail}).\nSet --token or SCOPE_GATE_TOKEN to an API key of role submitter (or admin).`);
      case 403:
        throw new CliError(`${opts.server} refused to create a decision with this token (403${detail}).\n` +
          'Creating decisions needs a key of role submitter (or admin); an auditor key can only read the log, and a team-scoped key only acts for its team (--team).');
      case 400:
      case 422: {
        const errors = p.errors?.length ? p.errors : [{ field: p.field ?? '', message: p.detail ?? 'is invalid' }];
        const lines = errors.map((e) => {
          if (e.field === 'Idempotency-Key' || !e.field) return `${source.file}:${source.line}: feature ${source.id}: ${e.field ? e.field + ' ' : ''}${e.message}`;
          const field = manifestField(e.field);
          const span = source.fieldSpan(field);
          return formatIssue({ file: source.file, line: span.start_line, column: span.start_column ?? 1, field, message: `${e.message} (refused by the service as ${e.field})` });
        });
        throw new CliError(`the service refused feature ${source.id} (${res.status}):\n${lines.join('\n')}\nFix the field in the manifest and run again.`);
      }
      case 409:
        throw new CliError(`${source.file}:${source.line}: feature ${source.id}: the service already logged another request under this idempotency key (409${detail}).\n` +
          'This happens when the same commit is checked with different flags; pass a different --commit or keep the flags the same.');
      case 404:
        throw new CliError(`${url} does not exist (404): is --server the base URL of the scope-gate service (e.g. http://127.0.0.1:8787)?`);
      case 413:
        throw new CliError(`${source.file}: feature ${source.id} is too large for the service (413${detail}). Shorten the description.`);
      case 429:
        throw new CliError(`${opts.server} is rate-limiting this key (429${detail}). Wait a minute and run again.`);
      case 503:
        throw new CliError(`${opts.server} cannot log decisions right now (503${detail}); nothing was decided. Run again shortly.`);
      default:
        throw new CliError(`${url} answered ${res.status}${detail || `: ${text.slice(0, 200)}`}`);
    }
  }
}
