import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid field of a request: a dotted path (`feature.title`) and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The one error shape of the API: RFC 9457 problem details, naming the field(s) at fault. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  /** The first field at fault, when one is. */
  field?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

/** Problem types: `type` URIs are relative to the service and documented in /openapi.json. */
export const PROBLEM_TYPES = {
  400: ['/problems/bad-request', 'Bad request'],
  401: ['/problems/unauthenticated', 'Unauthenticated'],
  403: ['/problems/forbidden', 'Forbidden'],
  404: ['/problems/not-found', 'Not found'],
  405: ['/problems/method-not-allowed', 'Method not allowed'],
  409: ['/problems/conflict', 'Conflict'],
  413: ['/problems/payload-too-large', 'Payload too large'],
  415: ['/problems/unsupported-media-type', 'Unsupported media type'],
  422: ['/problems/validation', 'Invalid request'],
  429: ['/problems/rate-limited', 'Too many requests'],
  500: ['/problems/internal', 'Internal error'],
  503: ['/problems/unavailable', 'Service unavailable'],
} as const satisfies Record<number, readonly [string, string]>;

/** An error a handler throws to answer with a problem. */
export class ProblemError extends Error {
  constructor(
    readonly status: keyof typeof PROBLEM_TYPES,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail);
  }
}

/** Builds the problem body for a status. */
export function problemBody(c: Context, status: keyof typeof PROBLEM_TYPES, detail: string, errors?: FieldError[], extra?: Record<string, unknown>): Problem {
  const [type, title] = PROBLEM_TYPES[status];
  return {
    type, title, status, detail,
    instance: new URL(c.req.url).pathname,
    request_id: c.get('requestId' as never) as string | undefined,
    ...(errors?.length ? { field: errors[0]!.field, errors } : {}),
    ...extra,
  };
}

/** Answers with a problem+json body. */
export function problem(c: Context, status: keyof typeof PROBLEM_TYPES, detail: string, errors?: FieldError[], headers?: Record<string, string>, extra?: Record<string, unknown>): Response {
  const body = problemBody(c, status, detail, errors, extra);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...(headers ?? {}),
  });
}
