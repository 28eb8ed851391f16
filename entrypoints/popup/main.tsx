import { browser } from 'wxt/browser';
import { ActionPopup } from '@/components/ActionPopup';
import { drawPage } from '@/components/draw-page';
import { toggleGlobal, toggleSite } from '@/utils/settings-store';
import { openSidePanel } from '@/utils/side-panel';
import { mentionShortcuts } from '@/utils/shortcuts';
import './popup.css';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const hostname = url && /^https?:$/.test(url.protocol) ? url.hostname : null;
  const shortcuts = (await mentionShortcuts()) ?? ['—', '—'];
  await drawPage('popup', (settings) => (
    <ActionPopup
      hostname={hostname}
      settings={settings}
      shortcuts={shortcuts}
      onToggleSite={() => hostname && void toggleSite(hostname)}
      onToggleGlobal={() => void toggleGlobal()}
      onOpenPanel={async () => {
        await openSidePanel({ windowId: tab?.windowId });
        window.close();
      }}
      onOpenSettings={() => void browser.runtime.openOptionsPage?.()}
    />
  ));
}

void main();
