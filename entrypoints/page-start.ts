import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sameOriginAsTop } from './content/frames';
import { leave, withdraw } from './content/handoff';
import { adoptHighlightStyle, highlightSupported } from './content/highlighter';

/**
 * Runs at document_start and prepares what the main content script, which starts once the page is idle, needs
 * at once (entrypoints/content/handoff.ts):
 * - The style of our highlights, adopted before the page is styled: adopted later, it makes the browser restyle
 *   the whole page (see adoptHighlightStyle). Its rules style only highlights registered under their random
 *   names, so on a paused site they style nothing.
 * - The reader's settings and lexicon, read from storage while the page loads instead of after it.
 * Listed in the manifest by wxt.config.ts as a plain content script: a WXT content script would bring the browser
 * API polyfill and WXT's context to the start of every page, and this needs neither.
 */
export default defineUnlistedScript(() => {
  if (!sameOriginAsTop() || !highlightSupported(window)) return;
  leave('style', adoptHighlightStyle(document));
  const release = () => browser.storage.onChanged.removeListener(changed);
  const changed = () => {
    withdraw('storage');
    release();
  };
  browser.storage.onChanged.addListener(changed);
  leave('storage', { values: browser.storage.local.get(null), release });
});
