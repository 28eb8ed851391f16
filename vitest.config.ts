import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { bundledLexiconPlugin } from './build/bundled-lexicon';

export default defineConfig({
  plugins: [WxtVitest(), preact(), bundledLexiconPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/browser/**', 'node_modules/**'],
    environment: 'node',
    expect: { requireAssertions: true },
    // Tests over the whole lexicon compile its 4,600 entries, some twice: seconds each on a shared 2-core machine.
    testTimeout: 20_000,
  },
});
