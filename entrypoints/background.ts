import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { defineBackground } from 'wxt/utils/define-background';
import { cardView } from '@/lexicon/card-view';
import { onBackgroundMessage } from '@/utils/channels/to-background';
import { sendToPage } from '@/utils/channels/to-page';
import { panelSelection } from '@/utils/panel-selection';
import { openSidePanel } from '@/utils/side-panel';
import { currentLexicon } from '@/utils/current-lexicon';
import { taggingService } from '@/utils/tagging-service';
import { loadRecords } from '@/utils/lexicon-store';
import { addRequestHash } from '@/utils/add-request';
import { settingsItem } from '@/utils/settings-store';
import { tabsBeforeStart } from '@/utils/tabs-before-start';
import { uiLangOf, type Settings } from '@/utils/settings';
import { translator } from '@/utils/i18n';
import { LOCATOR_SIZE, locatorMap } from '@/geo/locator';

const COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };
const ADD_TO_LEXICON = 'add-to-lexicon';

export default defineBackground(() => {
  const lexicon = currentLexicon();
  // Old stored entries are upgraded once, here, so that pages can read them without the validator.
  void loadRecords();

  // Paused everywhere shows on the toolbar button, so the reader knows why pages are plain.
  const showPaused = (settings: Settings) => {
    const t = translator(uiLangOf(settings, browser.i18n.getUILanguage()));
    void browser.action.setBadgeText({ text: settings.paused ? t('badgePaused') : '' });
    void browser.action.setTitle({ title: t(settings.paused ? 'titlePaused' : 'extName') });
  };
  void settingsItem.getValue().then(showPaused);
  settingsItem.watch(showPaused);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void browser.tabs.query({}).then((tabs) => tabsBeforeStart.setValue(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))));
    browser.contextMenus.create({ id: ADD_TO_LEXICON, title: i18n.t('addToLexicon'), contexts: ['selection'] });
    // Once, for a new reader: what the colours mean, the keys, the panel and pausing (not on updates).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== ADD_TO_LEXICON || !info.selectionText) return;
    const text = info.selectionText.trim().slice(0, 120);
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${addRequestHash({ text })}`) });
  });

  browser.commands.onCommand.addListener(async (command, shortcutTab) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    // The tab the shortcut was pressed in, which browsers without that argument leave to the current window.
    const tab = shortcutTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return;
    // Only the top frame steps through mentions; frames would otherwise all answer at once.
    await sendToPage('navigate', direction, { tabId: tab.id, frameId: 0 }).catch(() => {
      // No content script on this page (a browser page, or one loaded before the extension): nothing to do.
    });
  });

  // Pages send their text here to be tagged: one matcher for every tab, built once, instead of one per page.
  const tagging = taggingService();
  onBackgroundMessage('tag', ({ data }) => tagging.tag(data));

  onBackgroundMessage('getCard', async ({ data }) => cardView(data, (await lexicon.get()).lexicon.entries));
  // The map code and the outlines live here, with the cards, not in the content script: a page gets a map's
  // path data only when a card with a place opens, and pays for no map code before.
  onBackgroundMessage('getLocatorMap', async ({ data }) => {
    const entry = (await lexicon.get()).lexicon.entries.find((e) => e.id === data);
    return entry ? locatorMap(entry, LOCATOR_SIZE.popover) : null;
  });

  onBackgroundMessage('openSidePanel', async ({ data, sender }) => {
    await panelSelection.setValue({ id: data, at: Date.now() });
    await openSidePanel({ tabId: sender.tab?.id, windowId: sender.tab?.windowId });
  });
});
