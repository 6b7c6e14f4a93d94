import { seedLicence } from '../licences/seed.js';
import { defaultRuleset } from '../rules/index.js';
import { KeyRing } from '../http/keys.js';
import type { Config } from '../config.js';
import type { Store } from '../storage/db.js';
import { DecisionLog } from '../storage/log.js';
import { StaticLicenceRegistry } from './licences.js';
import type { Services } from './services.js';

/** Builds the services over a migrated store. Called once per process (Node) or isolate (Workers). */
export function buildServices(config: Config, store: Store, clock: () => Date = () => new Date()): Services {
  return {
    config,
    keys: new KeyRing(config.apiKeys),
    log: new DecisionLog(store),
    licences: new StaticLicenceRegistry([seedLicence], config.defaultLicenceId),
    ruleset: defaultRuleset,
    clock,
  };
}
