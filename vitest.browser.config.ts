import { defineConfig } from 'vitest/config';

/**
 * Browser tests: run in Node, drive the system's Chromium (`/usr/bin/chromium`, Debian package) through
 * playwright-core. Not part of `npm test` (a fresh machine has no Chromium); `.ci/run` installs it and runs
 * `npm run test:browser`.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
