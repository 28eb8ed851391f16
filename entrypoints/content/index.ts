import './popover.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { defaultLang, translator } from '@/utils/i18n';
import { uiLangOf } from '@/utils/settings';
import { sendToBackground } from '@/utils/channels/to-background';
import { readReaderState, watchReaderState } from '@/utils/reader-state';
import { documentParsed } from './gate';
import { highlightSupported } from './highlighter';
import { exposeFrame, parentFrame, sameOriginAsTop } from './frames';
import { frameOf } from './frame-bridge';
import { answerPageCommands } from './page-commands';
import { PageSession } from './page-session';
import { pageStateChannel } from './state-channel';
import { take } from './handoff';
import { UiHost } from './ui-host';

/** Whether the reader was told once that this browser cannot highlight without rewriting pages. */
const NOTICE_SHOWN_KEY = 'noHighlightNoticeShown';

export default defineContentScript({
  // Not in the manifest: the page-start script imports it into a frame where its gate found Arabic prose
  // (entrypoints/page-start.ts). Each same-origin frame with Arabic text gets its own instance and paints its own
  // text.
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  // WXT also announces the script with window.postMessage, which every message listener of the page hears and
  // which took 15–50 ms of the script's first task here; its custom event still stops an older copy of us.
  noScriptStartedPostMessage: true,

  async main(ctx) {
    // Cross-origin frames are ads, players and widgets, not the article: leave them alone.
    if (!sameOriginAsTop()) return;
    // Marks on the page's timeline let anyone (and bench:browser) see how long the first paint of highlights took.
    performance.mark('anc:start');
    // From here on this script watches storage (below, in this same task), so the page-start script stops.
    const early = take('storage');
    early?.release();
    let stateRead = readReaderState(early?.values);
    const browserLanguage = browser.i18n.getUILanguage();
    let lang = defaultLang(browserLanguage);
    const ui = new UiHost(ctx);

    if (!highlightSupported(window)) {
      // Rewriting the page would break joined Arabic letters and the page's own scripts: say so, once.
      if (window === window.top && !(await browser.storage.local.get(NOTICE_SHOWN_KEY))[NOTICE_SHOWN_KEY]) {
        await browser.storage.local.set({ [NOTICE_SHOWN_KEY]: true });
        await ui.notice(translator(lang)('notice.noHighlightApi'), 15000);
      }
      return;
    }

    // A panel following this tab hears of changes at most every 250 ms, and then asks for the state. Same-origin
    // frames tell the top frame, which answers for the whole page.
    const isTop = window === window.top;
    const panels = isTop ? pageStateChannel() : null;
    let notifyTimer = 0;
    const notify = () => {
      if (!panels) return parentFrame()?.changed();
      clearTimeout(notifyTimer);
      notifyTimer = window.setTimeout(() => panels.changed(), 250);
    };
    const session = new PageSession({
      doc: document,
      ui,
      lang: () => lang,
      onChange: notify,
      loadCard: (id) => sendToBackground('getCard', id),
      loadMap: (id) => sendToBackground('getLocatorMap', id),
      openPanel: (id) => void sendToBackground('openSidePanel', id),
      tag: (request) => sendToBackground('tag', request),
    });
    const page = frameOf(session, notify);
    exposeFrame(page);

    // Imported while the page is still parsed when it declares itself Arabic (see page-start.ts): the page is read
    // once it is whole, as the gate reads any other.
    const parsed = documentParsed(document);
    /** Applies the latest read of storage, unless a newer read has started meanwhile. */
    const settle = async () => {
      const read = stateRead;
      const [{ settings, records }] = await Promise.all([read, parsed]);
      if (read !== stateRead || !ctx.isValid) return;
      const began = performance.now();
      lang = uiLangOf(settings, browserLanguage);
      await session.apply(settings, records, began);
    };

    // A changed setting, or an entry added or edited on the settings page, reaches open tabs without a reload.
    const unwatch = watchReaderState(() => {
      stateRead = readReaderState();
      void settle();
    });
    const unanswer = isTop ? answerPageCommands(session, page) : () => {};
    ctx.onInvalidated(() => {
      unwatch();
      unanswer();
      panels?.close();
      session.destroy();
    });

    await settle();
  },
});
