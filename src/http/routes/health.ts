import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';

const health = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['service'],
  summary: 'Answers 200 once the service can take decisions (the log answers)',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), entries: z.number().int(), ruleset: z.string(), licence: z.string() }) } } },
    503: { description: 'Not ready', content: { 'application/problem+json': { schema: z.object({}).passthrough() } } },
  },
});

/** GET /healthz: no key needed; checks that the log can be read. */
export function healthRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(health, async (c) => {
    const s = c.get('services');
    const entries = await s.log.count();
    return c.json({ status: 'ok' as const, entries, ruleset: s.ruleset.revision, licence: s.licences.defaultId }, 200);
  });
  return app;
}
