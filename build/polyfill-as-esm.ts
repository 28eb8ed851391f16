import type { Plugin } from 'vite';

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

/**
 * Loads webextension-polyfill, a UMD script, as an ES module with one default export. Through the bundler's
 * CommonJS interop, importing it copied every property of the exported object onto a namespace object; in
 * Chrome that object is the native `browser`, and reading each property's descriptor makes Chrome build the
 * bindings of every extension API (app, storage, i18n, …) in every page the content script runs on.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'polyfill-as-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return undefined;
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}
