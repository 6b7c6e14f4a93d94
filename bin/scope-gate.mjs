#!/usr/bin/env node
// The scope-gate CLI launcher: registers tsx so the TypeScript sources run as they are (no build
// step), then hands over to src/cli/main.ts. Works from any directory: `npx scope-gate …`.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await run(process.argv.slice(2));
