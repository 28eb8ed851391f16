import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ActionPopup } from '@/components/ActionPopup';
import { LocaleProvider } from '@/components/locale';
import { uiLangOf, type Settings } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { settingsItem, toggleGlobal, toggleSite } from '@/utils/settings-store';
import { openSidePanel } from '@/utils/side-panel';
import { mentionShortcuts } from '@/utils/shortcuts';
import './popup.css';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const hostname = url && /^https?:$/.test(url.protocol) ? url.hostname : null;
  const shortcuts = (await mentionShortcuts()) ?? ['—', '—'];
  const app = document.getElementById('app')!;
  const draw = (settings: Settings) => {
    const lang = uiLangOf(settings, browser.i18n.getUILanguage());
    setDocumentLanguage(lang, 'popup');
    render(
      <LocaleProvider lang={lang}>
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
      </LocaleProvider>,
      app,
    );
  };
  settingsItem.watch(draw);
  draw(await settingsItem.getValue());
}

void main();
