import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { decide, LogUnavailableError, loggedView } from '../../service/decide.js';
import type { AppEnv } from '../env.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { ProblemError } from '../problem.js';
import { DecisionRequestSchema, DecisionSchema, ListQuerySchema, LoggedDecisionSchema, ProblemSchema, problemResponses } from '../schemas.js';
import { validationHook } from '../validation.js';

const problems = problemResponses;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const create = createRoute({
  method: 'post',
  path: '/v1/decisions',
  tags: ['decisions'],
  summary: 'Judge a feature against the licence and log the decision',
  security: [{ bearer: [] }],
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional().openapi({ description: 'Same key and body: the first answer is replayed, nothing new is logged. Same key, other body: 409.' }) }),
    body: { content: { 'application/json': { schema: DecisionRequestSchema } }, required: true },
  },
  responses: {
    201: { description: 'The decision, already in the log', content: { 'application/json': { schema: DecisionSchema } } },
    ...problems(400, 401, 403, 409, 413, 415, 422, 429, 503),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/v1/decisions/{id}',
  tags: ['audit'],
  summary: 'A logged decision with its request and log fields',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The logged decision', content: { 'application/json': { schema: LoggedDecisionSchema } } },
    ...problems(401, 403, 404, 503),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/decisions',
  tags: ['audit'],
  summary: 'Logged decisions, newest first, filtered, with a cursor',
  security: [{ bearer: [] }],
  request: { query: ListQuerySchema },
  responses: {
    200: {
      description: 'A page of decisions',
      content: { 'application/json': { schema: z.object({ items: z.array(LoggedDecisionSchema), next_cursor: z.string().nullable() }) } },
    },
    ...problems(401, 403, 422, 503),
  },
});

/** Cursor: the sequence number to page below, base36. Opaque to clients. */
export const encodeCursor = (seq: number) => 's' + seq.toString(36);
export const decodeCursor = (cursor: string): number | null => {
  if (!/^s[0-9a-z]{1,12}$/.test(cursor)) return null;
  const n = parseInt(cursor.slice(1), 36);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** POST /v1/decisions, GET /v1/decisions, GET /v1/decisions/{id}. */
export function decisionRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/decisions', authenticate());
  app.use('/v1/decisions/*', authenticate());
  app.on('POST', '/v1/decisions', requireRole('submitter', 'admin'));
  app.on('GET', ['/v1/decisions', '/v1/decisions/*'], requireRole('auditor', 'admin'));

  app.openapi(create, async (c) => {
    const key = c.req.header('idempotency-key') ?? null;
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      throw new ProblemError(400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.', [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    try {
      const { id, body, replayed } = await decide(c.get('services'), c.req.valid('json'), {
        principal: c.get('principal'), requestId: c.get('requestId'), lang: c.get('lang'), idempotencyKey: key,
      });
      if (replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/v1/decisions/${encodeURIComponent(id)}`);
      // The answer's JSON text as logged (what c.json would send for it: same bytes, same type),
      // not serialised a second time.
      c.header('Content-Type', 'application/json');
      return c.body(body, 201) as never;
    } catch (e) {
      if (e instanceof LogUnavailableError) {
        throw new ProblemError(503, 'The decision log cannot take entries right now, so no verdict is given. Retry shortly.', undefined, { 'Retry-After': '5' });
      }
      throw e;
    }
  });

  app.openapi(getOne, async (c) => {
    const row = await c.get('services').log.get(c.req.valid('param').id);
    const team = c.get('principal').team;
    // A team-scoped key sees its own team's decisions only: another team's is as if it did not exist.
    if (!row || (team && row.team !== team)) throw new ProblemError(404, 'No decision has this id.', [{ field: 'id', message: 'not found' }]);
    return c.json(loggedView(row) as z.infer<typeof LoggedDecisionSchema>, 200);
  });

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    let beforeSeq: number | undefined;
    if (q.cursor !== undefined) {
      const seq = decodeCursor(q.cursor);
      if (seq === null) throw new ProblemError(422, 'The cursor is not one this service gave.', [{ field: 'cursor', message: 'is not a valid cursor' }]);
      beforeSeq = seq;
    }
    const principal = c.get('principal');
    const rows = await c.get('services').log.list({
      verdict: q.verdict, category: q.category, approval: q.approval, team: principal.team ?? q.team, repo: q.repo,
      requester: q.requester, from: q.from, to: q.to, q: q.q, beforeSeq, limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const next = rows.length > q.limit ? encodeCursor(page[page.length - 1]!.seq) : null;
    return c.json({ items: page.map(loggedView) as z.infer<typeof LoggedDecisionSchema>[], next_cursor: next }, 200);
  });

  return app;
}
