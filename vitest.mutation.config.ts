import { defineConfig } from 'vitest/config';

/**
 * Tests Stryker runs against mutants of src/evaluation, src/funding and src/money (`npm run mutation`): only the
 * suites that exercise them, so each mutant is judged in seconds. See docs/quality.md.
 */
export default defineConfig({
  test: {
    include: ['test/evaluation/**/*.test.ts', 'test/funding/**/*.test.ts', 'test/money/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
