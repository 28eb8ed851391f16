import { browser } from 'wxt/browser';
import { take } from './handoff';
import type { PopoverView } from './popover-view';

/** What draws cards, built by WXT from entrypoints/popover-view.ts and listed as a web-accessible resource. */
const VIEW = '/popover-view.js';

let loading: Promise<PopoverView> | null = null;

/**
 * Imports the card's view into this isolated world on the first card opened, then keeps it: a module is evaluated
 * once per frame, so it hands itself over once (handoff.ts). A failed import is forgotten, so the next card asks
 * again. The address changes every session (use_dynamic_url), so a page cannot probe for it.
 */
export function loadPopoverView(): Promise<PopoverView> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(VIEW))
    .then(() => {
      const view = take('popoverView');
      if (!view) throw new Error(`${VIEW} did not hand over its view`);
      return view;
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
