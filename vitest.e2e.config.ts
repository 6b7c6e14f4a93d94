import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the browser console driven end to end, with Debian's Chromium
 * (/usr/bin/chromium) through playwright-core, against the real service (`tsx src/node.ts`).
 * Screenshots land in test-results/ (git-ignored).
 */
export default defineConfig({
  test: {
    include: ['test/console/e2e/**/*.e2e.ts'],
    exclude: ['node_modules/**'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
