import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sameOriginAsTop } from './content/frames';
import { declaredOtherLanguage, watchForArabic } from './content/gate';
import { leave, withdraw } from './content/handoff';
import { adoptHighlightStyle, highlightSupported } from './content/highlighter';
import { isGateStatusRequest, type GateStatus } from '@/utils/channels/gate-status';

/**
 * The one script of ours on every page, a few kB. At document_start it adopts the style of our highlights before
 * the page is styled: adopted later, it makes the browser restyle the whole page (see adoptHighlightStyle). Its
 * rules style only highlights registered under their random names, so where nothing is highlighted they style
 * nothing. Once the page is parsed, the gate (content/gate.ts) decides whether it holds Arabic prose, now or
 * after a later change; only then are the reader's settings and lexicon read and the reading companion (the
 * tagger, its trie and the UI, content/index.ts) asked for, which the background injects into this frame.
 * Listed in the manifest by wxt.config.ts as a plain content script: a WXT content script would bring the browser
 * API polyfill and WXT's context to every page, and this needs neither.
 */
/** The reading companion's script, built by WXT from content/index.ts and listed as a web-accessible resource. */
const COMPANION = '/content-scripts/content.js';

export default defineUnlistedScript(() => {
  // Cross-origin frames are ads, players and widgets, not the article: leave them alone.
  if (!sameOriginAsTop()) return;
  // A page that declares another language is seldom read, so it is not restyled for us; if it turns Arabic later,
  // the companion adopts the style then. Here, before the page is parsed, that is the <html> element's lang alone.
  if (!declaredOtherLanguage(document) && highlightSupported(window)) leave('style', adoptHighlightStyle(document));
  let arabic = false;
  // A side panel that finds no companion here asks why: the page has no Arabic (yet), or it is still starting.
  if (window === window.top) {
    browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, reply: (status: GateStatus) => void) => {
      if (isGateStatusRequest(message)) reply({ arabic });
      return undefined;
    });
  }
  const load = () => {
    arabic = true;
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
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
});
