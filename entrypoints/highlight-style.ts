import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sameOriginAsTop } from './content/frames';
import { adoptHighlightStyle, highlightSupported, leaveEarlyStyle } from './content/highlighter';

/**
 * Adopts the style of our highlights before the page is styled, so that the main content script, which starts
 * once the page is idle, does not make the browser restyle the whole page (see adoptHighlightStyle). The rules
 * style only highlights registered under their random names, so on a paused site they style nothing.
 * Listed in the manifest by wxt.config.ts as a plain content script: a WXT content script would bring the
 * browser API polyfill and WXT's context to the start of every page, and this needs neither.
 */
export default defineUnlistedScript(() => {
  if (sameOriginAsTop() && highlightSupported(window)) leaveEarlyStyle(adoptHighlightStyle(document));
});
