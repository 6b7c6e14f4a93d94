/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by `npm run pin:engine`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = 'sha256:2b41588e33d717b7a4642a242b5142b7dd655af5ae3585fea2676bdf3c55c1af';
