/**
 * What the engine thread loads (src/service/engine.worker.mjs): the engine and the default
 * ruleset, nothing of the HTTP app or the database.
 */
export { compileRuleset, evaluate } from '../engine/index.js';
export { defaultRuleset } from '../rules/index.js';
