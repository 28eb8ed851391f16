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
  },
});
