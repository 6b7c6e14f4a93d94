/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by `npm run pin:engine`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = 'sha256:c54e02aa21635f27363def3393ca2f8430ce1b7207521720f5e172d43600eeb1';
