/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by `npm run pin:engine`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = 'sha256:fc73972a211791f2138d9bb80696074a2bdc45d3c5df651c837f5ece43c49521';
