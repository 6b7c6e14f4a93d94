import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ConsoleFiles } from '../console/assets.js';
import type { Services } from '../service/services.js';
import type { AppEnv } from './env.js';
import { authenticate } from './middleware/auth.js';
import { hasBody, strictJsonBody } from './middleware/body-guard.js';
import { language } from './middleware/language.js';
import { rateLimit, workersBinding } from './middleware/rate-limit.js';
import { teamScope } from './middleware/team-scope.js';
import { storageUnavailable } from './middleware/unavailable.js';
import { requestId } from './middleware/request-id.js';
import { problem, ProblemError, type PROBLEM_TYPES } from './problem.js';
import { auditRoutes } from './routes/audit.js';
import { consoleRoutes } from './routes/console.js';
import { decisionRoutes } from './routes/decisions.js';
import { healthRoutes } from './routes/health.js';
import { keyRoutes } from './routes/keys.js';
import { licenceRoutes } from './routes/licences.js';
import { validationHook } from './validation.js';

/** The 413 of the body limit. */
function bodyTooLarge(c: Context, maxSize: number): Response {
  return problem(c, 413, `The body is larger than ${maxSize} bytes.`);
}

/** How the app gets its services: built once, handed over (Node), or built on first use (Workers). */
export type ServicesProvider = Services | ((c: Context) => Services | Promise<Services>);

/** What differs between the platforms beyond the services. */
export interface AppOptions {
  /**
   * The console's static files, served by the app (Node: CONSOLE_FILES of src/console/assets.ts).
   * The Worker leaves them out: Workers static assets serve them (scripts/build-edge.mjs).
   */
  consoleFiles?: ConsoleFiles;
}

/** The security headers of every answer (Hono's secureHeaders); the Worker's static files get the same. */
export const SECURE_HEADERS = { crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'no-referrer' } as const;

/**
 * The scope-gate HTTP app, the same on Node and on Workers. Services (config, key ring, log,
 * licences, ruleset) are built once outside the request path and handed in.
 */
export function createApp(provider: ServicesProvider, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  let resolved: Services | null = typeof provider === 'function' ? null : provider;

  app.use('*', requestId());
  app.use('*', language());
  app.use('*', async function provideServices(c, next) {
    if (!resolved) resolved = await (provider as (c: Context) => Services | Promise<Services>)(c);
    c.set('services', resolved);
    await next();
  });
  app.use('*', secureHeaders(SECURE_HEADERS));
  app.use('*', async function corsIfConfigured(c, next) {
    const origins = c.get('services').config.corsOrigins;
    if (!origins.length) return next();
    return cors({ origin: origins, allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id', 'Accept-Language'], exposeHeaders: ['X-Request-Id', 'Location', 'Idempotent-Replayed', 'Retry-After'] })(c, next);
  });
  app.use('*', storageUnavailable());
  // Strangers are turned away before a body is read; then each key is held to its rate.
  app.use('/v1/*', authenticate());
  app.use('/v1/*', rateLimit({ perMinute: (c) => c.get('services').config.rateLimitPerMinute, binding: workersBinding }));
  app.use('/v1/*', teamScope());
  app.use('/v1/*', async function limitBody(c, next) {
    // Hono's bodyLimit, without its first step (`c.req.raw.body`), which on Node builds the whole
    // web Request just to ask whether there is a body: a declared length is compared, a streamed
    // body (no Content-Length, or Transfer-Encoding) is counted by bodyLimit itself as before.
    if (!hasBody(c)) return next();
    const maxSize = c.get('services').config.maxBodyBytes;
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return parseInt(length || '0', 10) > maxSize ? bodyTooLarge(c, maxSize) : next();
    }
    return bodyLimit({ maxSize, onError: (c2) => bodyTooLarge(c2, maxSize) })(c, next);
  });
  app.use('/v1/*', async function requireJson(c, next) {
    if (c.req.method === 'POST' || c.req.method === 'PUT') {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/(?:[a-z.+-]*\+)?json\s*(?:;|$)/i.test(type)) {
        return problem(c, 415, 'Send the body as application/json.', [{ field: 'Content-Type', message: 'must be application/json' }]);
      }
    }
    await next();
  });
  app.use('/v1/*', strictJsonBody({ maxBytes: (c) => c.get('services').config.maxBodyBytes }));

  app.route('/', healthRoutes());
  app.route('/', decisionRoutes());
  app.route('/', auditRoutes());
  app.route('/', keyRoutes());
  app.route('/', consoleRoutes(options.consoleFiles));
  app.route('/', licenceRoutes());

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'scope-gate',
      version: '1.0.0',
      description: 'Judges proposed features against the company\'s ICP licence (京B2-20224676) and logs every decision for audit. Errors are RFC 9457 problem+json naming the field.',
    },
  });

  app.notFound((c) => problem(c, 404, `No route ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.onError((err, c) => {
    if (err instanceof ProblemError) return problem(c, err.status, err.message, err.errors, err.headers, err.extra);
    if (err instanceof HTTPException) {
      const status = (err.status in { 400: 1, 401: 1, 403: 1, 404: 1, 413: 1, 415: 1 } ? err.status : 400) as keyof typeof PROBLEM_TYPES;
      const detail = /JSON/i.test(err.message) ? 'The body is not valid JSON.' : err.message || 'Bad request.';
      return problem(c, status, detail, /JSON/i.test(err.message) ? [{ field: '(body)', message: 'is not valid JSON' }] : undefined);
    }
    console.error(JSON.stringify({ level: 'error', request_id: c.get('requestId'), error: String(err), stack: (err as Error).stack }));
    return problem(c, 500, 'Something went wrong on our side; the request id identifies it in our logs.');
  });
  return app;
}

/** The app's type, for typed clients. */
export type App = ReturnType<typeof createApp>;
