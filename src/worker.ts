import { createClient } from '@libsql/client/web';
import { checkpointScheduled } from './audit/scheduled.js';
import { loadConfig } from './config.js';
import { createApp } from './http/app.js';
import { loadRulesetBundle } from './edge/ruleset-bundle.js';
import { RULESET_PIN } from './edge/ruleset-pin.js';
import { buildServices } from './service/bootstrap.js';
import type { Services } from './service/services.js';
import { d1Store, libsqlStore, type Store } from './storage/db.js';

/**
 * The Cloudflare Worker entry: the same app, with the log in D1 (binding `DB`) or in a remote
 * libSQL/Turso database (`DATABASE_URL` + `DATABASE_AUTH_TOKEN`). Services are built once per
 * isolate, on the first request, never per request: the configuration read, the store opened and
 * the pinned ruleset loaded from the static assets (src/edge/ruleset-bundle.ts). D1 is migrated by
 * `wrangler d1 migrations apply`; a Turso database by `npm run migrate`.
 */
let services: Promise<Services> | null = null;

function storeFor(env: Env): Store {
  if (env.DB) return d1Store(env.DB);
  if (env.DATABASE_URL) return libsqlStore(createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }));
  throw new Error('Configure a D1 binding named DB or DATABASE_URL for a libSQL database');
}

async function build(env: Env): Promise<Services> {
  const config = loadConfig(env as unknown as Record<string, string | undefined>);
  const store = storeFor(env);
  if (!RULESET_PIN) throw new Error('This Worker was not built by scripts/build-edge.mjs: it has no pinned ruleset');
  return buildServices(config, store, await loadRulesetBundle(env.ASSETS, RULESET_PIN));
}

/** The isolate's services; a failed build is not kept, so the next request tries again. */
function servicesFor(env: Env): Promise<Services> {
  services ??= build(env).catch((e: unknown) => {
    services = null;
    throw e;
  });
  return services;
}

const app = createApp((c) => servicesFor(c.env as unknown as Env));

/** fetch serves the API; scheduled (the cron in wrangler.toml) signs a checkpoint over the log's head. */
export default { fetch: app.fetch, scheduled: checkpointScheduled(servicesFor) };
