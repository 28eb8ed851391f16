import { render, type ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { uiLangOf, type Settings } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { settingsItem } from '@/utils/settings-store';
import { LocaleProvider } from './locale';

/** Draws a small extension page (the popup, the welcome page) in the reader's language, again on every settings change. */
export async function drawPage(page: 'popup' | 'welcome', view: (settings: Settings) => ComponentChildren): Promise<void> {
  const app = document.getElementById('app')!;
  const draw = (settings: Settings) => {
    const lang = uiLangOf(settings, browser.i18n.getUILanguage());
    setDocumentLanguage(lang, page);
    render(<LocaleProvider lang={lang}>{view(settings)}</LocaleProvider>, app);
  };
  settingsItem.watch(draw);
  draw(await settingsItem.getValue());
}
