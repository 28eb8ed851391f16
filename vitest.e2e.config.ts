import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in Debian's Chromium (Playwright) and Firefox ESR (Puppeteer over
 * WebDriver BiDi) against pages served on localhost. `npm test` builds both before.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A real browser on a shared two-core machine: give expectations that wait on the page room to breathe.
    expect: { poll: { timeout: 8_000, interval: 100 }, requireAssertions: true },
    pool: 'forks',
  },
});
