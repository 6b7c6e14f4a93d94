import { createClient } from '@libsql/client/web';
import { checkpointScheduled } from './audit/scheduled.js';
import { loadConfig } from './config.js';
import { createApp } from './http/app.js';
import { buildServices } from './service/bootstrap.js';
import type { Services } from './service/services.js';
import { d1Store, libsqlStore, type Store } from './storage/db.js';

/**
 * The Cloudflare Worker entry: the same app, with the log in D1 (binding `DB`) or in a remote
 * libSQL/Turso database (`DATABASE_URL` + `DATABASE_AUTH_TOKEN`). Services are built once per
 * isolate, on the first request, never per request. D1 is migrated by
 * `wrangler d1 migrations apply`; a Turso database by `npm run migrate`.
 */
let services: Services | null = null;

function storeFor(env: Env): Store {
  if (env.DB) return d1Store(env.DB);
  if (env.DATABASE_URL) return libsqlStore(createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }));
  throw new Error('Configure a D1 binding named DB or DATABASE_URL for a libSQL database');
}

function servicesFor(env: Env): Services {
  services ??= buildServices(loadConfig(env as unknown as Record<string, string | undefined>), storeFor(env));
  return services;
}

const app = createApp((c) => servicesFor(c.env as unknown as Env));

/** fetch serves the API; scheduled (the cron in wrangler.toml) signs a checkpoint over the log's head. */
export default { fetch: app.fetch, scheduled: checkpointScheduled(servicesFor) };
