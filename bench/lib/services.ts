import { createClient } from '@libsql/client';
import { loadConfig } from '../../src/config.js';
import { defaultRuleset } from '../../src/rules/index.js';
import { buildServices } from '../../src/service/bootstrap.js';
import type { Services } from '../../src/service/services.js';
import { libsqlStore } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';

/** The service's own services over a fresh in-memory database (licences and keys live there too). */
export async function benchServices(): Promise<Services> {
  const store = libsqlStore(createClient({ url: ':memory:' }));
  await migrate(store, readMigrations());
  return buildServices(loadConfig({ API_KEYS: 'submitter:bench-s,auditor:bench-a' }), store, defaultRuleset);
}

/** What `evaluate` takes besides the feature, as decide() builds it. */
export async function evaluationContext(services: Services, now = new Date()) {
  const licenceId = services.licences.defaultId;
  const held = await services.licences.heldWith(licenceId);
  return { licences: held, primaryLicenceId: licenceId, ruleset: services.ruleset, now, lang: 'zh' as const };
}
