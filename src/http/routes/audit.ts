import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { ProblemSchema, VerifyQuerySchema } from '../schemas.js';
import { validationHook } from '../validation.js';

const verify = createRoute({
  method: 'get',
  path: '/v1/audit/verify',
  tags: ['audit'],
  summary: 'Recompute the hash chain (whole log, or a range of sequence numbers) and name the first broken entry',
  security: [{ bearer: [] }],
  request: { query: VerifyQuerySchema },
  responses: {
    200: {
      description: 'The verification report',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(), entries: z.number().int(), from_seq: z.number().int(), to_seq: z.number().int(),
            head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
            first_broken: z.object({ seq: z.number().int(), id: z.string().nullable(), reason: z.string() }).nullable(),
          }).openapi('VerifyReport'),
        },
      },
    },
    401: { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } },
    403: { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } },
  },
});

/** GET /v1/audit/verify. */
export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/audit/*', authenticate(), requireRole('auditor', 'admin'));
  app.openapi(verify, async (c) => {
    const { from_seq, to_seq } = c.req.valid('query');
    return c.json(await c.get('services').log.verify(from_seq, to_seq), 200);
  });
  return app;
}
