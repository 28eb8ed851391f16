import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/Welcome';
import { LocaleProvider } from '@/components/locale';
import { uiLangOf, type Settings } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { settingsItem } from '@/utils/settings-store';
import { mentionShortcuts } from '@/utils/shortcuts';
import './style.css';

async function main() {
  const shortcuts = await mentionShortcuts();
  const app = document.getElementById('app')!;
  const draw = (settings: Settings) => {
    const lang = uiLangOf(settings, browser.i18n.getUILanguage());
    setDocumentLanguage(lang, 'welcome');
    render(
      <LocaleProvider lang={lang}>
        <Welcome colours={settings.colours} shortcuts={shortcuts} onOpenSettings={() => void browser.runtime.openOptionsPage()} />
      </LocaleProvider>,
      app,
    );
  };
  settingsItem.watch(draw);
  draw(await settingsItem.getValue());
}

void main();
