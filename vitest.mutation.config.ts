import { defineConfig } from 'vitest/config';

/**
 * Tests Stryker runs against mutants of src/evaluation, src/funding and src/money (`npm run mutation`): only the
 * suites that exercise them, so each mutant is judged in seconds. The two differential tests of funding against its
 * decimal reference implementation are left out: they replay the whole national simulation twice (about 2 s per
 * mutant, which made a run last hours), and the score is meant to measure the behavioural tests. See
 * docs/quality.md.
 */
export default defineConfig({
  test: {
    include: ['test/evaluation/**/*.test.ts', 'test/funding/**/*.test.ts', 'test/money/**/*.test.ts'],
    exclude: ['test/funding/cents-differential.test.ts', 'test/funding/decimal-invariance.test.ts'],
    testTimeout: 30_000,
  },
});
