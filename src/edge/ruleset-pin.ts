import type { RulesetPin } from './ruleset-bundle.js';

/**
 * The ruleset the Worker was built with. scripts/build-edge.mjs writes the real pin into
 * .edge-build/ruleset-pin.gen.mjs, which wrangler.bundle.toml puts in this module's place; this
 * null is what a Worker bundled any other way sees, and it refuses to judge (src/worker.ts).
 */
export const RULESET_PIN: RulesetPin | null = null;
