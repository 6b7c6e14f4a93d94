/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by `npm run pin:engine`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = 'sha256:ad20726ecc73ffc0956b3e032a498d0a54ba2439baa479227b7f04d459ba7feb';
