import type { browser as ExtensionApi } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sameOriginAsTop } from './content/frames';
import { declaredArabic, declaredOtherLanguage, documentParsed, watchForArabic } from './content/gate';
import { leave, withdraw } from './content/handoff';
import { adoptHighlightStyle, highlightSupported } from './content/highlighter';

/**
 * The one script of ours on every page, a few kB. At document_start it adopts the style of our highlights before
 * the page is styled: adopted later, it makes the browser restyle the whole page (see adoptHighlightStyle). Its
 * rules style only highlights registered under their random names, so where nothing is highlighted they style
 * nothing. A page whose <html> declares it Arabic is served at once; on any other, once the page is parsed, the
 * gate (content/gate.ts) decides whether it holds Arabic prose, now or after a later change; only then are the
 * reader's settings read and the reading companion (the tagger's client and the UI, content/index.ts) imported.
 * Listed in the manifest by wxt.config.ts as a plain content script: a WXT content script would bring the browser
 * API polyfill and WXT's context to every page, and this needs neither. On a page without Arabic it touches no
 * extension API at all and listens for no message (see api below and utils/tabs-before-start.ts).
 */
/** The reading companion's script, built by WXT from content/index.ts and listed as a web-accessible resource. */
const COMPANION = '/content-scripts/content.js';

/**
 * The extension API, looked up as @wxt-dev/browser does but only once the page has Arabic: reading
 * `browser.runtime` makes Chromium set up the API's bindings in this world. With a message listener, that was
 * 1 ms of the 2.4 ms our script cost a 1 MB English page at load (Chromium 150, medians of 14 loads).
 */
const api = (): typeof ExtensionApi => {
  const g = globalThis as { browser?: typeof ExtensionApi; chrome?: typeof ExtensionApi };
  return g.browser?.runtime?.id ? g.browser : g.chrome!;
};

export default defineUnlistedScript(() => {
  // Cross-origin frames are ads, players and widgets, not the article: leave them alone.
  if (!sameOriginAsTop()) return;
  // A page that declares another language is seldom read, so it is not restyled for us; if it turns Arabic later,
  // the companion adopts the style then. Here, before the page is parsed, that is the <html> element's lang alone.
  if (!declaredOtherLanguage(document) && highlightSupported(window)) leave('style', adoptHighlightStyle(document));
  const load = () => {
    const browser = api();
    // Storage is read while the companion is on its way; a change meanwhile makes the read stale.
    const release = () => browser.storage.onChanged.removeListener(changed);
    const changed = () => {
      withdraw('storage');
      release();
    };
    browser.storage.onChanged.addListener(changed);
    leave('storage', { values: browser.storage.local.get(null), release });
    // Imported straight from the extension, into this isolated world: no message wakes the background, and the
    // file's address is secret to the page (use_dynamic_url in wxt.config.ts), so the page cannot probe for us.
    // web-ext lint flags any import() of a computed address; this one is our own file (scripts/lint-firefox.ts).
    void import(/* @vite-ignore */ browser.runtime.getURL(COMPANION));
  };
  const watch = () => watchForArabic(document, load);
  // A page whose <html> says it is Arabic gets the companion at once: fetching and compiling it then overlaps the
  // parse instead of following it, and the companion waits for the parsed document before it reads the page.
  if (declaredArabic(document)) load();
  else void documentParsed(document).then(watch);
});
