/**
 * Pins the engine's code into the ruleset revision.
 *
 *   npm run pin:engine
 *
 * A decision records the ruleset revision it was made under; the rules are data (src/rules/*.ts) and
 * their hash is that revision. The engine that reads them (src/engine/*.ts) decides too: a change to
 * a negation pattern in matcher.ts changes verdicts as surely as a lexicon row does. So the revision
 * also covers the engine's source: this script hashes it into src/engine/revision.ts, and
 * test/engine/engine-pin.test.ts fails until the file is current. Any change to the engine is then a
 * new ruleset revision, and an auditor can tell decisions made by different engine code apart.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../src/engine/canonical.js';

/** The pinned file itself, which holds the digest and so cannot be part of it. */
export const PIN_FILE = 'revision.ts';

/**
 * `sha256:<hex>` over the engine's source files: each `src/engine/*.ts` but the pin file, sorted by
 * name, as its name, a newline, its text with line ends normalised to LF, and a newline.
 */
export function engineSourceDigest(root: string): string {
  const dir = join(root, 'src', 'engine');
  const names = readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== PIN_FILE).sort();
  const text = names.map((n) => n + '\n' + readFileSync(join(dir, n), 'utf8').replace(/\r\n?/g, '\n') + '\n').join('');
  return 'sha256:' + sha256Hex(text);
}

/** The pin file's text for a digest. */
export function pinFileText(digest: string): string {
  return `/**
 * The engine's source digest, pinned into every ruleset revision (src/rules/index.ts), so a decision
 * records the engine code that made it as well as the rules. Written by \`npm run pin:engine\`
 * (scripts/pin-engine.ts); test/engine/engine-pin.test.ts fails when it is out of date.
 */
export const ENGINE_SOURCE_DIGEST = '${digest}';
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const digest = engineSourceDigest(root);
  writeFileSync(join(root, 'src', 'engine', PIN_FILE), pinFileText(digest));
  console.log(`src/engine/${PIN_FILE}: ${digest}`);
}
