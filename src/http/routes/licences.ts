import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { beijingDate } from '../../engine/index.js';
import { coveredCategories, isValidOn, pinLicence } from '../../engine/licence.js';
import { CATEGORY_CODES, type Licence } from '../../engine/types.js';
import { parseLicence } from '../../licences/parse.js';
import { changedFields, licenceImpact } from '../../service/impact.js';
import { holderKey, isWritableRegistry, type DbLicenceRegistry, type StoredRevision } from '../../service/licences.js';
import type { Services } from '../../service/services.js';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/auth.js';
import { ProblemError } from '../problem.js';
import { IsoDate, noControl, ProblemSchema, problemResponses, Text, wellFormed } from '../schemas.js';
import { fieldErrors, validationHook } from '../validation.js';

const problems = problemResponses;

// ───────────────────────────── the Licence schema ─────────────────────────────

const Name = (max: number) => Text(1, max).refine((s) => s.trim().length > 0, 'must not be blank');
const sortedUnique = <T extends string>(l: T[]) => [...new Set(l)].sort();

const B25_INTERNET = ['B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5'] as const;

const BusinessSchema = z
  .object({
    code: z.string().regex(/^(?:B1[1-4]|B2[1-6]|A\d{0,2})$/, 'must be a business code: B11…B14, B21…B26, or A for basic telecom')
      .openapi({ example: 'B25' }),
    name: Name(100).openapi({ example: '信息服务业务' }),
    limit: Text(1, 200).nullable().default(null).openapi({ description: '仅限… as printed, e.g. 仅限互联网信息服务', example: '仅限互联网信息服务' }),
    excludes: z.array(z.enum(CATEGORY_CODES)).max(16).default([]).transform(sortedUnique)
      .openapi({ description: 'Sub-types excluded (不含…), as category codes.', example: ['B25-2', 'B25-4'] }),
    includes: z.array(z.enum(B25_INTERNET)).max(5).optional().transform((l) => (l && l.length ? sortedUnique(l) : undefined))
      .openapi({ description: 'For a B25 business naming the sub-types it grants (仅限信息发布平台和递送服务…): only these are covered.' }),
    text: Text(0, 2000).optional().openapi({ description: 'The business as printed.' }),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.code === 'B25') {
      b.excludes.forEach((c, i) => {
        if (!c.startsWith('B25-')) ctx.addIssue({ code: 'custom', path: ['excludes', i], message: 'a B25 business can exclude only B25 sub-types (B25-1 … B25-X)' });
      });
    } else {
      if (b.excludes.length) ctx.addIssue({ code: 'custom', path: ['excludes'], message: `must be empty: only a B25 business has sub-types to exclude, not ${b.code}` });
      if (b.includes) ctx.addIssue({ code: 'custom', path: ['includes'], message: `only a B25 business names sub-types, not ${b.code}` });
    }
  })
  .openapi('LicencedBusiness');

const WebsiteSchema = z
  .object({
    name: Name(200),
    domain: Name(253),
    server_location: Text(0, 300).nullable().default(null),
    access_provider: Text(0, 300).nullable().default(null),
  })
  .strict()
  .openapi('LicenceWebsite');

const ClauseSchema = z
  .object({
    id: Name(32).openapi({ example: '十五(一)' }),
    text: Text(1, 10000),
  })
  .strict()
  .openapi('LicenceClause');

/** A licence as data (DOMAIN.md §1): what POST /v1/licences/parse answers and POST /v1/licences takes. */
export const LicenceSchema = z
  .object({
    id: z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters')
      .regex(/^[^\s/?#%\\]+$/u, 'must not contain spaces, /, ?, #, % or \\')
      .refine(noControl, 'must not contain control characters')
      .refine(wellFormed, 'must be well-formed Unicode (no lone surrogates)')
      .openapi({ description: 'The licence id decisions name (licence_id); usually its number.', example: '京B2-20224676' }),
    kind: Name(100).openapi({ example: '中华人民共和国增值电信业务经营许可证' }),
    number: Name(64).openapi({ example: '京B2-20224676' }),
    holder: Name(200).openapi({ description: 'The company. Licences with the same holder (brackets of either width) are held together.', example: '好美信息技术（北京）有限公司' }),
    legal_representative: Text(0, 100).default(''),
    business: z.array(BusinessSchema).min(1, 'must name at least one business').max(20),
    coverage: Text(1, 200).nullable().default(null).openapi({ description: '业务覆盖范围, e.g. 全国 or 北京市' }),
    issued: IsoDate,
    valid_until: IsoDate,
    websites: z.array(WebsiteSchema).max(100).default([]),
    business_clause: z.object({ id: Name(32), text: Text(1, 10000) }).strict().openapi({ description: 'The 业务种类 text, cited by out-of-scope reasons.' }),
    clauses: z.array(ClauseSchema).max(200).default([]).openapi({ description: '特别规定事项 一 … 十五(十四), verbatim.' }),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.issued && l.valid_until && l.valid_until < l.issued) {
      ctx.addIssue({ code: 'custom', path: ['valid_until'], message: `must not be before issued (${l.issued})` });
    }
    const seen = new Set<string>([l.business_clause.id]);
    l.clauses.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `"${c.id}" appears twice` });
      seen.add(c.id);
    });
  })
  .openapi('Licence');

const PinnedSchema = z.object({}).catchall(z.unknown()).openapi({ description: 'A Licence with its `revision` (sha256 of its canonical JSON).' });

const RevisionInfoSchema = z.object({
  number: z.number().int(),
  revision: z.string(),
  registered_at: z.string(),
  registered_by: z.string(),
  source: z.enum(['seed', 'api']),
  note: z.string().nullable(),
}).openapi('LicenceRevisionInfo');

const StatusSchema = z.enum(['valid', 'expired', 'not_yet_valid']);

const SummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.string(),
  holder: z.string(),
  issued: z.string(),
  valid_until: z.string(),
  revision: z.string(),
  revision_number: z.number().int(),
  revisions: z.number().int(),
  registered_at: z.string(),
  registered_by: z.string(),
  default: z.boolean().openapi({ description: 'Decisions that name no licence are judged against this one.' }),
  status: StatusSchema.openapi({ description: 'On today\'s date in Beijing.' }),
  covers: z.array(z.enum(CATEGORY_CODES)),
  held_with: z.array(z.string()).openapi({ description: 'The other licences of the same holder: a decision on this licence is judged against them too.' }),
}).openapi('LicenceSummary');

const DetailSchema = z.object({
  licence: PinnedSchema,
  current: z.boolean().openapi({ description: 'Whether `licence` is the current revision.' }),
  revision_number: z.number().int(),
  registered_at: z.string(),
  registered_by: z.string(),
  source: z.enum(['seed', 'api']),
  note: z.string().nullable(),
  default: z.boolean(),
  status: StatusSchema,
  covers: z.array(z.enum(CATEGORY_CODES)),
  held_with: z.array(z.object({ id: z.string(), revision: z.string() })),
  revisions: z.array(RevisionInfoSchema.extend({ changed_fields: z.array(z.string()) })).openapi({ description: 'Oldest first; each with the fields it changed.' }),
}).openapi('LicenceDetail');

const RegisterAnswerSchema = DetailSchema.extend({
  outcome: z.enum(['created', 'unchanged']),
  changed_fields: z.array(z.string()),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
}).openapi('LicenceRegistered');

const IdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' }, example: '京B2-20224676' }) });

// ───────────────────────────── routes ─────────────────────────────

const parseRoute = createRoute({
  method: 'post',
  path: '/v1/licences/parse',
  tags: ['licences'],
  summary: 'Read the OCR text of a certificate into a Licence for review (admin). Nothing is stored.',
  security: [{ bearer: [] }],
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ text: z.string().min(1, 'must not be empty').max(200_000, 'must be at most 200000 characters') }).strict().openapi('LicenceText') } },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'The licence as read, what the parser could not read, and what would still be refused on registration',
      content: {
        'application/json': {
          schema: z.object({
            licence: PinnedSchema,
            warnings: z.array(z.object({ field: z.string(), message: z.string() })),
            problems: z.array(z.object({ field: z.string(), message: z.string() })).openapi({ description: 'What POST /v1/licences would refuse in this licence as it stands (fix these on review).' }),
            revision: z.string().nullable().openapi({ description: 'The revision registering it unchanged would give (null while it has problems).' }),
            registered: z.object({ current_revision: z.string().nullable(), same: z.boolean() }).openapi({ description: 'Whether a licence with this id is registered, and whether it has this content.' }),
          }).openapi('ParsedLicence'),
        },
      },
    },
    ...problems(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

const registerRoute = createRoute({
  method: 'post',
  path: '/v1/licences',
  tags: ['licences'],
  summary: 'Register a licence, or a new revision of one (admin). The same content again is a no-op.',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: LicenceSchema } }, required: true } },
  responses: {
    201: { description: 'A new revision', content: { 'application/json': { schema: RegisterAnswerSchema } } },
    200: { description: 'The current revision already has this content: nothing was written', content: { 'application/json': { schema: RegisterAnswerSchema } } },
    ...problems(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/licences',
  tags: ['licences'],
  summary: 'Every registered licence, current revisions',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The licences', content: { 'application/json': { schema: z.object({ items: z.array(SummarySchema), default_id: z.string() }) } } },
    ...problems(401, 403, 429, 503),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/licences/{id}',
  tags: ['licences'],
  summary: 'A licence with its revisions (?revision= for an earlier one, by number or sha256)',
  security: [{ bearer: [] }],
  request: {
    params: IdParam,
    query: z.object({
      revision: z.string().regex(/^(?:[1-9]\d{0,8}|sha256:[0-9a-f]{64})$/, 'must be a revision number or sha256:<64 hex>').optional(),
    }).strict(),
  },
  responses: {
    200: { description: 'The licence', content: { 'application/json': { schema: DetailSchema } } },
    ...problems(401, 403, 404, 422, 429, 503),
  },
});

const ImpactSchema = z.object({
  licence: z.object({ id: z.string(), current_revision: z.string().nullable(), candidate_revision: z.string(), unchanged: z.boolean() }),
  changed_fields: z.array(z.string()),
  ruleset: z.object({ id: z.string(), revision: z.string() }),
  range: z.object({ from_seq: z.number().int(), to_seq: z.number().int(), next_seq: z.number().int().nullable() }),
  counts: z.object({
    scanned: z.number().int(), affected: z.number().int(), changed: z.number().int(), coverage_only: z.number().int(),
    unchanged: z.number().int(), drifted: z.number().int(), masked: z.number().int(), skipped: z.number().int(),
    by_transition: z.record(z.string(), z.number().int()),
  }),
  changes: z.array(z.object({
    id: z.string(), sequence: z.number().int(), title: z.string(), created_at: z.string(), launch_date: z.string(),
    logged_verdict: z.string(), from: z.enum(['allowed', 'rejected', 'needs_review']), to: z.enum(['allowed', 'rejected', 'needs_review']),
    reasons: z.array(z.object({ kind: z.string(), clause: z.string(), clause_text: z.string(), message: z.string(), subject: z.string().optional() })),
    categories_changed: z.array(z.object({
      code: z.string(), name: z.string(),
      from: z.object({ covered: z.boolean(), licence_id: z.string().nullable() }).nullable(),
      to: z.object({ covered: z.boolean(), licence_id: z.string().nullable() }).nullable(),
    })),
  })),
  truncated: z.boolean(),
}).openapi('LicenceImpact');

const impactRoute = createRoute({
  method: 'post',
  path: '/v1/licences/{id}/impact',
  tags: ['licences'],
  summary: 'What a candidate revision would change (admin, auditor): the logged requests replayed with it in place; read-only',
  description: 'Each logged request is judged again at the moment it was first judged (its created_at, and its launch date as logged), once against the licences registered now and once with the candidate in place of licence {id} (or added, when {id} is not registered yet). The decisions whose verdict differs are listed with the candidate\'s reasons and the categories whose coverage changes. Nothing is written.',
  security: [{ bearer: [] }],
  request: {
    params: IdParam,
    query: z.object({
      from_seq: z.coerce.number().int().min(1).default(1).openapi({ description: 'First log sequence to replay (next_seq of a previous answer continues).' }),
      to_seq: z.coerce.number().int().min(1).optional().openapi({ description: 'Last log sequence to replay; default the head when the call starts.' }),
      max_entries: z.coerce.number().int().min(1).max(100_000).default(10_000).openapi({ description: 'Most log entries read by this call.' }),
      limit: z.coerce.number().int().min(1).max(1000).default(200).openapi({ description: 'Most changed decisions listed; counts are complete.' }),
    }).strict(),
    body: { content: { 'application/json': { schema: LicenceSchema } }, required: true },
  },
  responses: {
    200: { description: 'The decisions whose verdict would change, and counts', content: { 'application/json': { schema: ImpactSchema } } },
    ...problems(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

// ───────────────────────────── helpers ─────────────────────────────

function registryOf(s: Services): DbLicenceRegistry {
  if (!isWritableRegistry(s.licences)) throw new ProblemError(503, 'This deployment\'s licences are fixed in code; it has no licence store.');
  return s.licences;
}

function statusOn(l: Licence, today: string): z.infer<typeof StatusSchema> {
  if (isValidOn(l, today)) return 'valid';
  return today > l.valid_until ? 'expired' : 'not_yet_valid';
}

function heldWithOf(all: StoredRevision[], r: StoredRevision): StoredRevision[] {
  const key = holderKey(r.licence.holder);
  return all.filter((x) => x.licenceId !== r.licenceId && holderKey(x.licence.holder) === key);
}

async function detail(s: Services, reg: DbLicenceRegistry, r: StoredRevision) {
  const [all, revisions] = await Promise.all([reg.currentRevisions(), reg.revisions(r.licenceId)]);
  const cur = all.find((x) => x.licenceId === r.licenceId);
  const today = beijingDate(s.clock());
  return {
    licence: r.licence as unknown as Record<string, unknown>,
    current: cur?.seq === r.seq,
    revision_number: r.number,
    registered_at: r.createdAt,
    registered_by: r.createdBy,
    source: r.source,
    note: r.note,
    default: r.licenceId === s.licences.defaultId,
    status: statusOn(r.licence, today),
    covers: coveredCategories(r.licence),
    held_with: heldWithOf(all, r).map((x) => ({ id: x.licenceId, revision: x.revision })),
    revisions: revisions.map((x, i) => ({
      number: x.number, revision: x.revision, registered_at: x.createdAt, registered_by: x.createdBy, source: x.source, note: x.note,
      changed_fields: changedFields(i ? revisions[i - 1]!.licence : null, x.licence),
    })),
  };
}

/** The licence body of a request, validated by LicenceSchema (the route already did). */
const asLicence = (body: z.infer<typeof LicenceSchema>): Licence => body as unknown as Licence;

// ───────────────────────────── the module ─────────────────────────────

/**
 * POST /v1/licences/parse, POST /v1/licences, GET /v1/licences, GET /v1/licences/{id},
 * POST /v1/licences/{id}/impact.
 */
export function licenceRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Licence content is public (it is printed on the company's website); submitters read it to know
  // which licence_id to name. Registering is for admins; the impact replay reads the log, so it is
  // for those who may read the log.
  app.on('POST', '/v1/licences/parse', requireRole('admin'));
  app.on('POST', '/v1/licences', requireRole('admin'));
  app.on('POST', '/v1/licences/:id/impact', requireRole('admin', 'auditor'));
  app.on('GET', ['/v1/licences', '/v1/licences/*'], requireRole('submitter', 'auditor', 'admin'));

  app.openapi(parseRoute, async (c) => {
    const { text } = c.req.valid('json');
    const { licence, warnings } = parseLicence(text);
    const checked = LicenceSchema.safeParse(licence);
    const problemsFound = checked.success ? [] : fieldErrors(checked.error);
    const revision = checked.success ? pinLicence(asLicence(checked.data)).revision : null;
    const s = c.get('services');
    const cur = isWritableRegistry(s.licences) && licence.id ? await s.licences.current(licence.id) : undefined;
    return c.json({
      licence: licence as unknown as Record<string, unknown>,
      warnings,
      problems: problemsFound,
      revision,
      registered: { current_revision: cur?.revision ?? null, same: !!cur && cur.revision === revision },
    }, 200);
  });

  app.openapi(registerRoute, async (c) => {
    const s = c.get('services');
    const reg = registryOf(s);
    const licence = asLicence(c.req.valid('json'));
    const principal = c.get('principal');
    const result = await reg.register(licence, { by: principal.keyId, at: s.clock().toISOString(), source: 'api' });
    const today = beijingDate(s.clock());
    const warnings: { code: string; message: string }[] = [];
    const stored = result.stored.licence;
    if (today > stored.valid_until) warnings.push({ code: 'expired', message: `This licence expired on ${stored.valid_until}: it covers nothing launched after that date.` });
    if (today < stored.issued) warnings.push({ code: 'not_yet_valid', message: `This licence is valid from ${stored.issued}.` });
    const dflt = stored.id === s.licences.defaultId ? null : await reg.current(s.licences.defaultId);
    if (dflt && holderKey(dflt.licence.holder) !== holderKey(stored.holder)) {
      warnings.push({ code: 'other_holder', message: `The holder "${stored.holder}" is not the default licence's holder "${dflt.licence.holder}": this licence does not cover decisions on ${dflt.licenceId}.` });
    }
    if (result.created && result.previous && holderKey(result.previous.licence.holder) !== holderKey(stored.holder)) {
      warnings.push({ code: 'holder_changed', message: `The holder changed from "${result.previous.licence.holder}": the licences held with this one change too.` });
    }
    const body = {
      outcome: result.created ? ('created' as const) : ('unchanged' as const),
      changed_fields: result.created ? changedFields(result.previous?.licence ?? null, stored) : [],
      warnings,
      ...(await detail(s, reg, result.stored)),
    };
    c.header('Location', `/v1/licences/${encodeURIComponent(stored.id)}?revision=${result.stored.number}`);
    return result.created ? c.json(body, 201) : c.json(body, 200);
  });

  app.openapi(listRoute, async (c) => {
    const s = c.get('services');
    const reg = registryOf(s);
    const all = await reg.currentRevisions();
    const today = beijingDate(s.clock());
    const counts = new Map<string, number>();
    for (const r of all) counts.set(r.licenceId, r.number);
    const items = await Promise.all(all.map(async (r) => {
      const l = r.licence;
      return {
        id: l.id, number: l.number, kind: l.kind, holder: l.holder, issued: l.issued, valid_until: l.valid_until,
        revision: r.revision, revision_number: r.number, revisions: (await reg.revisions(r.licenceId)).length,
        registered_at: r.createdAt, registered_by: r.createdBy,
        default: l.id === s.licences.defaultId, status: statusOn(l, today), covers: coveredCategories(l),
        held_with: heldWithOf(all, r).map((x) => x.licenceId),
      };
    }));
    return c.json({ items, default_id: s.licences.defaultId }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { revision } = c.req.valid('query');
    const s = c.get('services');
    const reg = registryOf(s);
    const r = revision === undefined
      ? await reg.current(id)
      : await reg.revision(id, revision.startsWith('sha256:') ? revision : Number(revision));
    if (!r) {
      if (revision !== undefined && (await reg.current(id))) {
        throw new ProblemError(404, `Licence ${id} has no revision ${revision}.`, [{ field: 'revision', message: 'not found' }]);
      }
      throw new ProblemError(404, `No licence "${id}" is registered.`, [{ field: 'id', message: 'not found' }]);
    }
    return c.json(await detail(s, reg, r), 200);
  });

  app.openapi(impactRoute, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const candidate = asLicence(c.req.valid('json'));
    if (candidate.id !== id) {
      throw new ProblemError(422, `The candidate's id "${candidate.id}" is not the licence in the path ("${id}").`, [{ field: 'id', message: `must be ${id}` }]);
    }
    if (q.to_seq !== undefined && q.to_seq < q.from_seq) {
      throw new ProblemError(422, 'to_seq must not be below from_seq.', [{ field: 'to_seq', message: `must be at least from_seq (${q.from_seq})` }]);
    }
    const s = c.get('services');
    const reg = registryOf(s);
    const report = await licenceImpact({ log: s.log, ruleset: s.ruleset }, await reg.currentRevisions(), candidate, {
      fromSeq: q.from_seq, toSeq: q.to_seq, maxEntries: q.max_entries, limit: q.limit, lang: c.get('lang'),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(report, 200);
  });

  return app;
}
