import type { Config } from '../config.js';
import type { Ruleset } from '../engine/index.js';
import type { Principal } from '../http/keys.js';
import type { Evaluator } from './engine-thread.js';
import type { DecisionLog } from '../storage/log.js';
import type { KeyStore } from './keys-store.js';
import type { LicenceRegistry } from './licences.js';

/** Something that can tell who a token belongs to. */
export interface Authenticator {
  authenticate(token: string): Principal | null | Promise<Principal | null>;
}

/**
 * Everything a request needs, built once at start-up (per process on Node, per isolate on
 * Workers), never per request.
 */
export interface Services {
  config: Config;
  keys: Authenticator;
  /** API keys created through the admin API (absent: only API_KEYS, and /v1/keys answers 503). */
  keyStore?: KeyStore;
  log: DecisionLog;
  licences: LicenceRegistry;
  ruleset: Ruleset;
  /** The clock; tests give a fixed one. */
  clock: () => Date;
  /** Where the engine runs when not in this thread (Node: a worker thread); absent: in-process. */
  evaluator?: Evaluator;
}
