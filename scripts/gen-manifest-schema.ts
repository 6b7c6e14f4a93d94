/**
 * Writes schemas/feature-manifest.schema.json from the zod schema in src/cli/manifest.ts.
 * `npx tsx scripts/gen-manifest-schema.ts` (or `--check` to fail when the committed file is stale).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema } from '../src/cli/manifest.js';

export const MANIFEST_SCHEMA_PATH = fileURLToPath(new URL('../schemas/feature-manifest.schema.json', import.meta.url));

export function generatedManifestSchema(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generatedManifestSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(MANIFEST_SCHEMA_PATH, 'utf8');
    } catch { /* missing */ }
    if (current !== text) {
      console.error(`${MANIFEST_SCHEMA_PATH} is stale: run npx tsx scripts/gen-manifest-schema.ts`);
      process.exit(1);
    }
    console.log('manifest schema is up to date');
  } else {
    mkdirSync(dirname(MANIFEST_SCHEMA_PATH), { recursive: true });
    writeFileSync(MANIFEST_SCHEMA_PATH, text);
    console.log(`wrote ${MANIFEST_SCHEMA_PATH}`);
  }
}
