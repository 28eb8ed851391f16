import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledLexiconPlugin, lexiconFiles, matcherFiles, publicPaths, validatedBundle } from './build/bundled-lexicon';
import { polyfillAsEsm } from './build/polyfill-as-esm';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), bundledLexiconPlugin(), polyfillAsEsm()],
  }),
  hooks: {
    // WXT turns a runtime-registered content script's matches into host permissions, for scripting.executeScript;
    // page-start.js imports ours instead. Chrome runs a manifest content script wherever it matches, so there they
    // would grant nothing more than cross-origin requests we never make. Firefox runs content scripts (MV3) only
    // where the add-on holds host permissions, granted at install for those the manifest lists: there they stay.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.host_permissions;
    },
    // A bundled lexicon that breaks its schema fails the build instead of shipping.
    'build:before': () => {
      validatedBundle();
    },
    // The whole lexicon and its compiled matcher as JSON files beside the code, fetched by the background and the
    // extension pages.
    'build:publicAssets': (_wxt, files) => {
      files.push(...lexiconFiles(), ...matcherFiles());
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...publicPaths([...lexiconFiles(), ...matcherFiles()]));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the reader's lexicon; activeTab: the popup reads the current site's name;
    // contextMenus: "Add to lexicon" on selected text; sidePanel: Chrome's side panel (Firefox gets a sidebar).
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next highlighted mention' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous highlighted mention' },
    },
    // The highlight style, adopted while the page loads, and the gate that asks for the reading companion where
    // the page holds Arabic prose (entrypoints/page-start.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_start', js: ['page-start.js'] }],
    // The reading companion, imported by page-start.js where the page holds Arabic prose; at an address that
    // changes every session, so that a page cannot tell from loading it that the extension is installed.
    // The card's view joins it when a reader opens the first card (entrypoints/content/popover-loader.ts).
    web_accessible_resources: [{ resources: ['content-scripts/content.js', 'popover-view.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Nothing leaves the browser: addons.mozilla.org asks new listings to say so in the manifest.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'arabic-news-companion@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
