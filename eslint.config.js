import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.bench/', '.scratch/', 'node_modules/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Page text and lexicon imports are untrusted: the extension never injects markup (scripts/lint-firefox.ts
    // relies on it). Tests build their fixture pages from markup.
    ignores: ['tests/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'never inject markup' },
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'never inject markup' }],
    },
  },
  {
    // The pure core runs in Node and in the content script alike: no browser APIs may creep in.
    files: ['lexicon/**/*.ts'],
    ignores: ['lexicon/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*', 'node:*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage'],
    },
  },
);
