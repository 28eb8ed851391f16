import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entries } from 'virtual:bundled-lexicon';
import { cardView } from '@/lexicon/card-view';
import { onMessage, sendMessage } from '@/utils/messaging';
import { panelSelection } from '@/utils/panel-selection';

const COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // Only the top frame steps through mentions; frames would otherwise all answer at once.
    await sendMessage('navigate', direction, { tabId: tab.id, frameId: 0 }).catch(() => {
      // No content script on this page (a browser page, or one loaded before the extension): nothing to do.
    });
  });

  onMessage('getCard', ({ data }) => cardView(data, entries));

  onMessage('openSidePanel', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const windowId = sender.tab?.windowId;
    await panelSelection.setValue({ tabId: tabId ?? null, id: data, at: Date.now() });
    const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome?.sidePanel;
    if (chromeSidePanel && tabId !== undefined) await chromeSidePanel.open({ tabId, windowId });
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  });
});
