import { seedLicence } from '../licences/seed.js';
import type { Ruleset } from '../engine/ruleset.js';
import { KeyRing, Keys } from '../http/keys.js';
import type { Config } from '../config.js';
import type { Store } from '../storage/db.js';
import { DecisionLog } from '../storage/log.js';
import { KeyStore } from './keys-store.js';
import { DbLicenceRegistry } from './licences.js';
import type { Services } from './services.js';

/**
 * Builds the services over a migrated store and a ruleset (on Node the default one from src/rules,
 * on Workers the pinned one from the static assets). Called once per process (Node) or isolate
 * (Workers).
 */
export function buildServices(config: Config, store: Store, ruleset: Ruleset, clock: () => Date = () => new Date()): Services {
  const keyStore = new KeyStore(store);
  return {
    config,
    keys: new Keys(new KeyRing(config.apiKeys), keyStore),
    keyStore,
    log: new DecisionLog(store),
    licences: new DbLicenceRegistry(store, config.defaultLicenceId, { seed: [seedLicence], clock }),
    ruleset,
    clock,
  };
}
