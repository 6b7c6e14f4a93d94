/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by `npm run pin:engine`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = 'sha256:45725ea4081271e72d95e4a1c60fb8ea7ee0bc8698a940d1ae4f225fa135d58d';
