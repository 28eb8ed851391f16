import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium against pages served on localhost. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
