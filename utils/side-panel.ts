import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Opens the side panel: Chrome's sidePanel API, or the sidebar in Firefox, which has no such API. */
export async function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel && (target.tabId !== undefined || target.windowId !== undefined)) await sidePanel.open(target);
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}
