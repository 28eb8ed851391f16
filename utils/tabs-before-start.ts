import { storage } from 'wxt/utils/storage';

/**
 * The tabs that were open when the extension was installed, updated or reloaded. Their pages carry no script of
 * ours until they load again, so a side panel that finds nothing answering in one says "reload it" rather than
 * "no Arabic here". Pages keep no line to the panel to tell it so themselves: a message listener on every page was
 * the larger part of what the extension cost a page without Arabic (issue #14). Ids, not addresses: Chromium tells
 * an extension without host permissions no tab's address. The panel forgets a tab when it sees it load again.
 * Session storage: ids mean nothing after the browser restarts, when restored tabs load our script anyway.
 */
export const tabsBeforeStart = storage.defineItem<number[]>('session:tabsBeforeStart', { fallback: [] });

/** Forgets `tabId`: its page is loading again, with our script. */
export async function forgetTabBeforeStart(tabId: number): Promise<void> {
  const before = await tabsBeforeStart.getValue();
  if (before.includes(tabId)) await tabsBeforeStart.setValue(before.filter((id) => id !== tabId));
}
