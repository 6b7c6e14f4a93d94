import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '../../config.js';
import type { ApiKeyRecord, KeyStore } from '../../service/keys-store.js';
import type { Services } from '../../service/services.js';
import type { AppEnv } from '../env.js';
import { KeyRing, Keys } from '../keys.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { ProblemError } from '../problem.js';
import { ProblemSchema, problemResponses } from '../schemas.js';
import { validationHook } from '../validation.js';

const problems = problemResponses;

const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
const Label = (max: number) =>
  z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be blank')
    .refine(noControl, 'must not contain control characters')
    .refine(wellFormed, 'must be well-formed Unicode (no lone surrogates)');

const KeySchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  team: z.string().nullable(),
  name: z.string(),
  source: z.enum(['db', 'env']),
  created_at: z.string().nullable(),
  created_by: z.string().nullable(),
  revoked_at: z.string().nullable(),
  revoked_by: z.string().nullable(),
}).openapi('ApiKey');

const CreateKeySchema = z.object({
  role: z.enum(ROLES).openapi({ description: 'submitter, auditor or admin' }),
  team: Label(200).optional().openapi({ description: 'Scope the key to one team: its decisions are logged with this team, and it reads only this team\'s decisions.' }),
  name: Label(100).openapi({ description: 'What the key is for (shown in listings).', example: 'ci-pipeline' }),
}).strict().openapi('CreateApiKey');

const create = createRoute({
  method: 'post',
  path: '/v1/keys',
  tags: ['keys'],
  summary: 'Create an API key (admin). The token is in this answer and never shown again.',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: CreateKeySchema } }, required: true } },
  responses: {
    201: { description: 'The new key, with its token', content: { 'application/json': { schema: KeySchema.extend({ token: z.string() }).openapi('NewApiKey') } } },
    ...problems(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/keys',
  tags: ['keys'],
  summary: 'Every key: configured (API_KEYS) and created, revoked ones included; never a token or hash (admin)',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The keys', content: { 'application/json': { schema: z.object({ items: z.array(KeySchema) }) } } },
    ...problems(401, 403, 429, 503),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/v1/keys/{id}',
  tags: ['keys'],
  summary: 'Revoke a created key (admin): it is refused from the next request on. The record stays.',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The revoked key', content: { 'application/json': { schema: KeySchema } } },
    ...problems(401, 403, 404, 409, 422, 429, 503),
  },
});

function storeOf(s: Services): KeyStore {
  if (!s.keyStore) throw new ProblemError(503, 'This deployment has no key store; keys come from API_KEYS only.');
  return s.keyStore;
}

function configured(s: Services): ApiKeyRecord[] {
  const ring = s.keys instanceof Keys ? s.keys.ring : new KeyRing(s.config.apiKeys);
  return ring.list().map((p) => ({
    id: p.keyId, role: p.role, team: p.team ?? null, name: 'API_KEYS', source: 'env' as const,
    created_at: null, created_by: null, revoked_at: null, revoked_by: null,
  }));
}

/** POST /v1/keys, GET /v1/keys, DELETE /v1/keys/{id}: admin only. */
export function keyRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/v1/keys', authenticate(), requireRole('admin'));
  app.use('/v1/keys/*', authenticate(), requireRole('admin'));

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const s = c.get('services');
    const { record, token } = await storeOf(s).create({
      role: body.role, team: body.team ?? null, name: body.name,
      createdBy: c.get('principal').keyId, createdAt: s.clock().toISOString(),
    });
    c.header('Location', `/v1/keys/${encodeURIComponent(record.id)}`);
    c.header('Cache-Control', 'no-store');
    return c.json({ ...record, token }, 201);
  });

  app.openapi(list, async (c) => {
    const s = c.get('services');
    const stored = s.keyStore ? await s.keyStore.list() : [];
    return c.json({ items: [...configured(s), ...stored] }, 200);
  });

  app.openapi(revoke, async (c) => {
    const { id } = c.req.valid('param');
    const s = c.get('services');
    if (configured(s).some((k) => k.id === id)) {
      throw new ProblemError(409, 'This key is configured in API_KEYS: remove it there and restart to revoke it.', [
        { field: 'id', message: 'is a configured key' },
      ]);
    }
    const record = await storeOf(s).revoke(id, c.get('principal').keyId, s.clock().toISOString());
    if (!record) throw new ProblemError(404, 'No key has this id.', [{ field: 'id', message: 'not found' }]);
    return c.json(record, 200);
  });

  return app;
}
