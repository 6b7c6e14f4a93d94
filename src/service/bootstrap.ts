import { seedLicence } from '../licences/seed.js';
import { defaultRuleset } from '../rules/index.js';
import { KeyRing, Keys } from '../http/keys.js';
import type { Config } from '../config.js';
import type { Store } from '../storage/db.js';
import { DecisionLog } from '../storage/log.js';
import { KeyStore } from './keys-store.js';
import { DbLicenceRegistry } from './licences.js';
import type { Services } from './services.js';

/** Builds the services over a migrated store. Called once per process (Node) or isolate (Workers). */
export function buildServices(config: Config, store: Store, clock: () => Date = () => new Date()): Services {
  const keyStore = new KeyStore(store);
  return {
    config,
    keys: new Keys(new KeyRing(config.apiKeys), keyStore),
    keyStore,
    log: new DecisionLog(store),
    licences: new DbLicenceRegistry(store, config.defaultLicenceId, { seed: [seedLicence], clock }),
    ruleset: defaultRuleset,
    clock,
  };
}
