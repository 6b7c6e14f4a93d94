import { z } from '@hono/zod-openapi';
import { APPROVAL_CODES, CAPABILITY_CODES, CATEGORY_CODES } from '../engine/types.js';

/** A real calendar date in YYYY-MM-DD (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(s + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s <= '2199-12-31';
  }, 'must be a real calendar date between 2000-01-01 and 2199-12-31')
  .openapi({ example: '2026-12-20' });

/** True when a string has no control characters but tab and newlines. */
export const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);
/** True when a string has no lone surrogates. */
export const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
/** Text a person wrote: no control characters but tab and newlines, no lone surrogates. */
export const Text = (min: number, max: number) =>
  z.string().min(min, `must be at least ${min} character(s)`).max(max, `must be at most ${max} characters`)
    .refine(noControl, 'must not contain control characters')
    .refine(wellFormed, 'must be well-formed Unicode (no lone surrogates)');

export const FeatureSchema = z
  .object({
    title: Text(1, 200).refine((s) => s.trim().length > 0, 'must not be blank').openapi({ example: '私信 v1' }),
    description: Text(0, 20000).default('').openapi({ example: '用户可以在对方主页点击「私信」，发送文字和图片消息。' }),
    capabilities: z.array(z.enum(CAPABILITY_CODES)).max(64).default([]).openapi({ description: 'Declared capabilities (DOMAIN.md §5).' }),
    sectors: z.array(z.enum(APPROVAL_CODES)).max(32).default([]).openapi({ description: 'Declared sectors (DOMAIN.md §3).' }),
    launch_date: IsoDate.optional().openapi({ description: 'Planned launch date; default today (Beijing time).' }),
  })
  .strict()
  .openapi('Feature');

const ContextField = Text(0, 200).optional();
export const ContextSchema = z
  .object({
    team: ContextField, repo: ContextField, pull_request: ContextField, commit: ContextField, requested_by: ContextField,
  })
  .strict()
  .openapi('Context');

export const DecisionRequestSchema = z
  .object({
    feature: FeatureSchema,
    licence_id: Text(1, 64).optional().openapi({ description: 'Default: the deployment\'s default licence.', example: '京B2-20224676' }),
    context: ContextSchema.optional(),
  })
  .strict()
  .openapi('DecisionRequest');
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;

const EvidenceSchema = z.object({
  field: z.enum(['title', 'description', 'capabilities', 'sectors']),
  text: z.string(), start: z.number().int(), end: z.number().int(), rule: z.string().optional(),
}).openapi('Evidence');

export const DecisionSchema = z
  .object({
    id: z.string(),
    verdict: z.enum(['allowed', 'rejected', 'needs_review']),
    categories: z.array(z.object({
      code: z.enum(CATEGORY_CODES), name: z.string(), covered: z.boolean(), licence_id: z.string().nullable(),
      evidence: z.array(EvidenceSchema),
    })),
    approvals: z.array(z.object({ code: z.enum(APPROVAL_CODES), name: z.string(), authority: z.string(), evidence: z.array(EvidenceSchema) })),
    reasons: z.array(z.object({
      kind: z.enum(['out_of_scope', 'amendment_required', 'prohibited', 'licence_invalid', 'uncertain']),
      clause: z.string(), clause_text: z.string(), message: z.string(), subject: z.string().optional(),
      evidence: z.array(EvidenceSchema).optional(),
    })),
    obligations: z.array(z.object({ clause: z.string(), text: z.string(), applies_because: z.string().optional(), source: z.string().optional() })),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), due: z.string().optional() })),
    licence: z.object({ id: z.string(), revision: z.string() }),
    licences: z.array(z.object({ id: z.string(), revision: z.string(), valid: z.boolean() })),
    ruleset: z.object({ id: z.string(), revision: z.string() }),
    launch_date: z.string(),
    request_id: z.string(),
    created_at: z.string(),
  })
  .openapi('Decision');

export const LoggedDecisionSchema = DecisionSchema.extend({
  request: DecisionRequestSchema,
  sequence: z.number().int(),
  prev_hash: z.string(),
  entry_hash: z.string(),
  requester: z.string(),
  idempotency_key: z.string().nullable(),
  masked: z.array(z.string()),
}).openapi('LoggedDecision');

export const ProblemSchema = z
  .object({
    type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(),
    instance: z.string().optional(), request_id: z.string().optional(), field: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const ListQuerySchema = z
  .object({
    verdict: z.enum(['allowed', 'rejected', 'needs_review']).optional(),
    category: z.enum(CATEGORY_CODES).optional(),
    approval: z.enum(APPROVAL_CODES).optional(),
    team: Text(1, 200).optional(),
    repo: Text(1, 200).optional(),
    requester: Text(1, 200).optional(),
    q: Text(1, 200).optional().openapi({ description: 'Free text over title and request.' }),
    from: IsoDate.optional().openapi({ description: 'Created on or after this date (UTC).' }),
    to: IsoDate.optional().openapi({ description: 'Created on or before this date (UTC).' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'is not a cursor this service gave').optional(),
  })
  .strict()
  .openapi('DecisionListQuery');

export const VerifyQuerySchema = z
  .object({
    from_seq: z.coerce.number().int().min(1).optional(),
    to_seq: z.coerce.number().int().min(1).optional(),
  })
  .strict();

/** OpenAPI responses for problem statuses: the one error shape of every route. */
export const problemResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } }]));
