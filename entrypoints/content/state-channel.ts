import { browser, type Browser } from 'wxt/browser';
import { PAGE_STATE_PORT } from '@/utils/channels/page-state';

/**
 * Tells the side panels following this tab that the page's entities changed, over the ports they open to this
 * frame. (The page does not connect to them: a port opened from here starts the background service worker.)
 */
export function pageStateChannel(): { changed(): void; close(): void } {
  const ports = new Set<Browser.runtime.Port>();
  const adopt = (port: Browser.runtime.Port) => {
    if (port.name !== PAGE_STATE_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  };
  browser.runtime.onConnect.addListener(adopt);
  return {
    changed: () => {
      for (const port of ports) port.postMessage(null);
    },
    close: () => {
      browser.runtime.onConnect.removeListener(adopt);
      for (const port of ports) port.disconnect();
      ports.clear();
    },
  };
}
