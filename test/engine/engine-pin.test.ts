import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { engineSourceDigest, pinFileText } from '../../scripts/pin-engine.js';
import { ENGINE_SOURCE_DIGEST } from '../../src/engine/revision.js';
import { defaultRuleset, defaultRulesetData, makeRuleset } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the ruleset revision pins the engine code', () => {
  test('src/engine/revision.ts is current (run `npm run pin:engine` after changing src/engine/*.ts)', () => {
    expect(ENGINE_SOURCE_DIGEST).toBe(engineSourceDigest(root));
    expect(readFileSync(new URL('../../src/engine/revision.ts', import.meta.url), 'utf8')).toBe(pinFileText(ENGINE_SOURCE_DIGEST));
  });

  test('the same rules under another engine have another revision; the same engine, the same one', () => {
    const other = 'sha256:' + '0'.repeat(64);
    expect(makeRuleset(defaultRulesetData).revision).toBe(defaultRuleset.revision);
    expect(makeRuleset(defaultRulesetData, other).revision).not.toBe(defaultRuleset.revision);
    expect(makeRuleset({ ...defaultRulesetData, id: 'x' }).revision).not.toBe(defaultRuleset.revision);
  });
});
