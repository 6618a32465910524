import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the browser test needs Debian's Chromium: `.ci/run` installs it and runs `npm run test:browser`
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    typecheck: { include: ['test/**/*.test-d.ts'] },
    testTimeout: 30_000,
  },
});
