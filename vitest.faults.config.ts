import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the slow tests against the real server process (crash with SIGKILL,
 * 60 s soak). One file at a time, so that the soak's memory samples are not disturbed by the crash
 * test's servers.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    exclude: ['node_modules/**'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
