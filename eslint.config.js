import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Import patterns of the layers a module may not reach up to. */
function above(...layers) {
  return layers.flatMap((l) => [`@/${l}/*`, `../${l}/*`, `../../${l}/*`]);
}

/** A restricted named import of a channel module. */
function only(module, name, why) {
  return { name: `@/utils/channels/${module}`, importNames: [name], message: `${why} (utils/channels/README.md)` };
}

/** Extension pages send to the page and the background; they listen to neither channel. */
const sendsOnly = [
  only('to-page', 'onPageMessage', 'only the content script answers messages to the page'),
  only('to-background', 'onBackgroundMessage', 'only the background answers messages to it'),
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.bench/', '.scratch/', 'node_modules/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Preact's hooks follow React's rules: called unconditionally, with every dependency their effects read.
  { files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'never inject markup' },
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'never inject markup' },
      ],
    },
  },
  {
    // The pure core runs in Node and in the content script alike: no browser APIs may creep in, and it knows
    // nothing of the layers above it.
    files: ['lexicon/**/*.ts', 'geo/**/*.ts'],
    ignores: ['lexicon/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*', 'node:*', ...above('utils', 'components', 'entrypoints')] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage'],
    },
  },
  // Layers: lexicon/ and geo/ (pure) ← utils/ (shared non-UI code) ← components/ (Preact UI) ← entrypoints/ (contexts).
  { files: ['utils/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: above('components', 'entrypoints') }] } },
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: above('entrypoints'), paths: sendsOnly }] } },
  // Each context sends and handles only its own messages (utils/channels/README.md).
  {
    files: ['entrypoints/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            only('to-page', 'sendToPage', 'the content script answers messages to the page'),
            only('to-background', 'onBackgroundMessage', 'only the background answers messages to it'),
          ],
        },
      ],
    },
  },
  { files: ['entrypoints/{sidepanel,options,popup}/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: sendsOnly }] } },
  {
    files: ['entrypoints/background.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [only('to-page', 'onPageMessage', 'only the content script answers messages to the page')] }] },
  },
);
