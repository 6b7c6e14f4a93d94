import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditOf } from '../../audit/context.js';
import { exportStream } from '../../audit/export.js';
import { inclusionProof, IntegrityError, makeCheckpoint, ProofUnavailable, verifyAudit } from '../../audit/service.js';
import { publicKeyDocument } from '../../audit/signing.js';
import { auditStats } from '../../audit/stats.js';
import type { AppEnv } from '../env.js';
import { authenticate, requireRole } from '../middleware/auth.js';
import { ProblemError } from '../problem.js';
import { IsoDate, ListQuerySchema, ProblemSchema, problemResponses, VerifyQuerySchema } from '../schemas.js';
import { validationHook } from '../validation.js';

const problems = problemResponses;

const Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const CheckpointSchema = z.object({
  id: z.number().int().openapi({ description: 'Checkpoints are numbered 1, 2, 3…; a missing number is a deleted checkpoint.' }),
  tree_size: z.number().int().openapi({ description: 'Entries covered: seq 1..tree_size.' }),
  root_hash: Hex.openapi({ description: 'RFC 9162 Merkle root over the entries\' hashes (leaf = sha256(0x00 || entry_hash), node = sha256(0x01 || l || r)), hex.' }),
  head_seq: z.number().int(),
  head_hash: Hex.openapi({ description: 'entry_hash of entry head_seq.' }),
  created_at: z.string(),
  key_id: z.string().openapi({ description: 'First 16 hex digits of sha256(raw public key).' }),
  signature: z.string().openapi({ description: 'Base64 Ed25519 signature over the checkpoint text (see GET /v1/audit/public-key, signed_text_format).' }),
}).openapi('Checkpoint');

const VerifyReportSchema = z.object({
  ok: z.boolean(),
  scope: z.enum(['whole', 'range']),
  entries: z.number().int(), from_seq: z.number().int(), to_seq: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  first_broken: z.object({
    seq: z.number().int(), id: z.string().nullable(), reason: z.string(), checkpoint: z.number().int().optional(),
  }).nullable().openapi({ description: 'The first entry that does not hold and why (a changed field, a gap, a broken link, a root no longer matching a signed checkpoint, a truncated tail), or a checkpoint problem.' }),
  root_hash: z.string().nullable().openapi({ description: 'Merkle root over entries 1..head, for a run from entry 1 that held.' }),
  checkpoints: z.object({
    total: z.number().int(), signatures_checked: z.number().int(), roots_checked: z.number().int(),
    latest: z.object({ id: z.number().int(), tree_size: z.number().int(), root_hash: z.string(), created_at: z.string() }).nullable(),
    problems: z.array(z.object({ id: z.number().int(), reason: z.string() })),
  }),
}).openapi('VerifyReport');

const verify = createRoute({
  method: 'get',
  path: '/v1/audit/verify',
  tags: ['audit'],
  summary: 'Verify the log: the hash chain (whole log or a range of seq), every signed checkpoint (signature, Merkle root, truncation), naming the first broken entry',
  security: [{ bearer: [] }],
  request: { query: VerifyQuerySchema },
  responses: {
    200: { description: 'The verification report', content: { 'application/json': { schema: VerifyReportSchema } } },
    ...problems(401, 403, 422, 503),
  },
});

const PublicKeySchema = z.object({
  key_id: z.string(),
  algorithm: z.literal('Ed25519'),
  raw: z.string().openapi({ description: 'The raw 32-byte public key, base64.' }),
  jwk: z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string(), use: z.literal('sig'), alg: z.literal('EdDSA') }),
  signed_text_format: z.string().openapi({ description: 'The text a checkpoint signature covers, one "name value" a line, each ended by \\n.' }),
  source: z.enum(['configured', 'file', 'ephemeral']).openapi({ description: 'ephemeral: generated at start-up, checkpoints it signed stop verifying after a restart.' }),
}).openapi('CheckpointPublicKey');

const publicKey = createRoute({
  method: 'get',
  path: '/v1/audit/public-key',
  tags: ['audit'],
  summary: 'The Ed25519 public key that signs checkpoints (any valid key; the same document is at /.well-known/scope-gate/checkpoint-key without one)',
  security: [{ bearer: [] }],
  responses: { 200: { description: 'The key', content: { 'application/json': { schema: PublicKeySchema } } }, ...problems(401, 503) },
});

/** The same key document outside /v1 (where every route needs a token): no authentication. */
const publicKeyOpen = createRoute({
  method: 'get',
  path: '/.well-known/scope-gate/checkpoint-key',
  tags: ['audit'],
  summary: 'The Ed25519 public key that signs checkpoints (no authentication needed)',
  responses: { 200: { description: 'The key', content: { 'application/json': { schema: PublicKeySchema } } }, ...problems(503) },
});

const createCheckpoint = createRoute({
  method: 'post',
  path: '/v1/audit/checkpoints',
  tags: ['audit'],
  summary: 'Sign a checkpoint over the log as it stands (201), or answer the latest one if it already covers the head (200)',
  description: 'Send an empty JSON object as the body. Refused with 409 when the log does not hold (it is re-verified since the last checkpoint first) or is empty.',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: z.object({}).strict() } }, required: false } },
  responses: {
    201: { description: 'A new checkpoint', content: { 'application/json': { schema: CheckpointSchema } } },
    200: { description: 'The latest checkpoint already covers the log', content: { 'application/json': { schema: CheckpointSchema } } },
    ...problems(401, 403, 409, 415, 422, 503),
  },
});

const cursor = z.string().regex(/^c[0-9a-z]{1,12}$/, 'is not a cursor this service gave').optional();
const listCheckpoints = createRoute({
  method: 'get',
  path: '/v1/audit/checkpoints',
  tags: ['audit'],
  summary: 'Signed checkpoints, newest first, with a cursor',
  security: [{ bearer: [] }],
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor }).strict() },
  responses: {
    200: { description: 'A page of checkpoints', content: { 'application/json': { schema: z.object({ items: z.array(CheckpointSchema), next_cursor: z.string().nullable() }) } } },
    ...problems(401, 403, 422, 503),
  },
});

const getCheckpoint = createRoute({
  method: 'get',
  path: '/v1/audit/checkpoints/{id}',
  tags: ['audit'],
  summary: 'One signed checkpoint',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
  responses: { 200: { description: 'The checkpoint', content: { 'application/json': { schema: CheckpointSchema } } }, ...problems(401, 403, 404, 422, 503) },
});

const proof = createRoute({
  method: 'get',
  path: '/v1/decisions/{id}/proof',
  tags: ['audit'],
  summary: 'Inclusion proof (RFC 9162 §2.1.3 audit path) of a decision in the latest, or a named, checkpoint',
  security: [{ bearer: [] }],
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    query: z.object({ checkpoint: z.coerce.number().int().min(1).optional().openapi({ description: 'Checkpoint id; default the latest.' }) }).strict(),
  },
  responses: {
    200: {
      description: 'The proof: verify with leaf_hash = sha256(0x00 || entry_hash), the audit_path and the checkpoint\'s signed root_hash',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(), seq: z.number().int(), leaf_index: z.number().int(), entry_hash: Hex, leaf_hash: Hex,
            tree_size: z.number().int(), root_hash: Hex, audit_path: z.array(Hex), checkpoint: CheckpointSchema,
            valid: z.boolean().openapi({ description: 'The service\'s own check of the path; false means the log changed after signing.' }),
          }).openapi('InclusionProof'),
        },
      },
    },
    ...problems(401, 403, 404, 409, 422, 503),
  },
});

const ExportQuerySchema = ListQuerySchema.omit({ limit: true, cursor: true })
  .extend({ format: z.enum(['ndjson', 'csv']).default('ndjson') })
  .strict()
  .openapi('AuditExportQuery');

const exportLog = createRoute({
  method: 'get',
  path: '/v1/audit/export',
  tags: ['audit'],
  summary: 'Export the log in chain order, streamed: NDJSON (with checkpoints, re-verifiable offline by `npm run verify-log`) or CSV; the filters of GET /v1/decisions',
  security: [{ bearer: [] }],
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The export. NDJSON lines: header, checkpoint…, entry…, end (see docs/AUDIT.md).',
      content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
    ...problems(401, 403, 422, 503),
  },
});

const CountsSchema = z.object({
  total: z.number().int(),
  verdict: z.record(z.string(), z.number().int()),
  category: z.record(z.string(), z.number().int()),
  approval: z.record(z.string(), z.number().int()),
});

const stats = createRoute({
  method: 'get',
  path: '/v1/audit/stats',
  tags: ['audit'],
  summary: 'Decisions per UTC day, by verdict, category and approval',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      from: IsoDate.optional().openapi({ description: 'First day (UTC), inclusive.' }),
      to: IsoDate.optional().openapi({ description: 'Last day (UTC), inclusive.' }),
    }).strict(),
  },
  responses: {
    200: {
      description: 'Counts for the period and per day',
      content: { 'application/json': { schema: CountsSchema.extend({ from: z.string().nullable(), to: z.string().nullable(), days: z.array(CountsSchema.extend({ date: z.string() })) }).openapi('AuditStats') } },
    },
    ...problems(401, 403, 422, 503),
  },
});

const integrity = (e: unknown): never => {
  if (e instanceof IntegrityError) {
    throw new ProblemError(409, `The log does not hold, so no checkpoint is signed: ${e.message}. See GET /v1/audit/verify.`);
  }
  throw e;
};

/** The audit API: verify, public key, checkpoints, proofs, export, stats. */
export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const guard = [authenticate(), requireRole('auditor', 'admin')] as const;
  for (const path of ['/v1/audit/verify', '/v1/audit/checkpoints', '/v1/audit/checkpoints/*', '/v1/audit/export', '/v1/audit/stats', '/v1/decisions/:id/proof']) {
    app.use(path, ...guard);
  }

  app.openapi(verify, async (c) => {
    const { from_seq, to_seq } = c.req.valid('query');
    if (from_seq !== undefined && to_seq !== undefined && to_seq < from_seq) {
      throw new ProblemError(422, 'to_seq must not be below from_seq.', [{ field: 'to_seq', message: 'must be at least from_seq' }]);
    }
    return c.json(await verifyAudit(c.get('services'), from_seq ?? 1, to_seq), 200);
  });

  const keyDocument = async (c: Context<AppEnv>) => {
    const signer = await auditOf(c.get('services')).signer();
    return { ...publicKeyDocument(signer), source: signer.source };
  };
  app.openapi(publicKey, async (c) => c.json(await keyDocument(c), 200));
  app.openapi(publicKeyOpen, async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await keyDocument(c), 200);
  });

  app.openapi(createCheckpoint, async (c) => {
    const out = await makeCheckpoint(c.get('services')).catch(integrity);
    if (!out.checkpoint) throw new ProblemError(409, 'The log is empty: there is nothing to checkpoint yet.');
    c.header('Location', `/v1/audit/checkpoints/${out.checkpoint.id}`);
    return out.created ? c.json(out.checkpoint, 201) : c.json(out.checkpoint, 200);
  });

  app.openapi(listCheckpoints, async (c) => {
    const q = c.req.valid('query');
    const before = q.cursor ? parseInt(q.cursor.slice(1), 36) : undefined;
    const rows = await auditOf(c.get('services')).checkpoints.list(q.limit + 1, before);
    const page = rows.slice(0, q.limit);
    return c.json({ items: page, next_cursor: rows.length > q.limit ? 'c' + page[page.length - 1]!.id.toString(36) : null }, 200);
  });

  app.openapi(getCheckpoint, async (c) => {
    const cp = await auditOf(c.get('services')).checkpoints.get(c.req.valid('param').id);
    if (!cp) throw new ProblemError(404, 'No checkpoint has this id.', [{ field: 'id', message: 'not found' }]);
    return c.json(cp, 200);
  });

  app.openapi(proof, async (c) => {
    try {
      return c.json(await inclusionProof(c.get('services'), c.req.valid('param').id, c.req.valid('query').checkpoint), 200);
    } catch (e) {
      if (e instanceof ProofUnavailable) {
        if (e.kind === 'no_entry') throw new ProblemError(404, e.message, [{ field: 'id', message: 'not found' }]);
        if (e.kind === 'no_checkpoint') throw new ProblemError(404, e.message, [{ field: 'checkpoint', message: 'not found' }]);
        throw new ProblemError(409, e.message, [{ field: 'checkpoint', message: 'does not cover this decision yet' }]);
      }
      if (e instanceof IntegrityError) throw new ProblemError(409, `No proof can be built: ${e.message}.`);
      throw e;
    }
  });

  app.openapi(exportLog, async (c) => {
    const { format, ...f } = c.req.valid('query');
    const principal = c.get('principal');
    const filter = { ...f, team: principal.team ?? f.team };
    const stream = exportStream(c.get('services'), filter, format);
    const stamp = c.get('services').clock().toISOString().replace(/[:.]/g, '-');
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="scope-gate-log-${stamp}.${format === 'csv' ? 'csv' : 'ndjson'}"`,
        'cache-control': 'no-store',
      },
    }) as never;
  });

  app.openapi(stats, async (c) => {
    const q = c.req.valid('query');
    if (q.from && q.to && q.to < q.from) throw new ProblemError(422, 'to must not be before from.', [{ field: 'to', message: 'must be on or after from' }]);
    const principal = c.get('principal');
    return c.json(await auditStats(c.get('services').log.backingStore, { ...q, team: principal.team }), 200);
  });

  return app;
}
